"""The contact form's fields are described once, and every described field survives what a user puts it through.

Walks the description (``app.services.contacts.fields`` and the form's ``app.ui.contacts.form_fields``): a field
entered in the form is saved and shown again when the contact is opened; it is put aside in a draft and back after a
crash; changed by someone else meanwhile, it is offered by its name in the conflict dialog; and its change is named
in the contact's history. A new field is covered by its descriptor and one line in ``sample``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from app.models.base import utcnow
from app.models.enums import (
    Action,
    CallerType,
    Channel,
    ConsentPurpose,
    Direction,
    Language,
    Line,
    RiskFlag,
    Role,
    StepStatus,
)
from app.services import conflicts
from app.services.actor import SessionUser
from app.services.contacts import contact_view
from app.services.contacts import fields as contact_fields
from app.services.contacts.editing import PERSON_INPUT, ContactInput, RiskAnswer, same_value, save_contact
from app.store.db import Store
from app.ui.contacts.form import ContactForm
from app.ui.contacts.form_fields import FORM_FIELDS
from app.ui.kit.conflict_dialog import ConflictDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.conftest import make_user
from tests.ui.conftest import _forget_unsaved_input


@dataclass(frozen=True)
class Setting:
    """The contact every field is changed on (an identified caller's, with a case), a colleague and a topic."""

    contact_id: uuid.UUID
    colleague: SessionUser
    topic: str
    other_case: uuid.UUID  # the caller's second case


def sample(name: str, setting: Setting) -> dict[str, Any]:
    """A value for the field ``name`` other than the contact's (with what it needs to be saved)."""
    due = (utcnow() + timedelta(days=1)).replace(second=0, microsecond=0)
    samples: dict[str, dict[str, Any]] = {
        "line": {"line": Line.EMOTIONAL_116123},
        "channel": {"channel": Channel.CHAT},
        "direction": {"direction": Direction.OUTGOING},
        "language": {"language": Language.RUSSIAN},
        "caller_type": {"caller_type": CallerType.WITNESS},
        "handled_by_id": {"handled_by_id": setting.colleague.id},
        "started_at": {"started_at": (utcnow() - timedelta(hours=3)).replace(second=0, microsecond=0)},
        "identified": {"identified": False, "case_id": None},  # an anonymous contact has no case
        "full_name": {"full_name": "Mari Maasikas"},
        "id_code": {"id_code": "48501010003"},
        "birth_date": {"birth_date": date(1985, 1, 1)},
        "phone": {"phone": "+37251234567"},
        "email": {"email": "mari@example.ee"},
        "municipality": {"municipality": "Tartu linn"},
        "case_id": {"case_id": setting.other_case},
        "topics": {"topics": [setting.topic]},
        "risks": {"risks": {RiskFlag.SUICIDAL: RiskAnswer(StepStatus.DONE, "")}},
        "actions": {"actions": {Action.REF_POLICE}},
        "consents": {"consents": {ConsentPurpose.POLICE: True}},
        "summary": {"summary": "Helistaja räägib: ёжик, šokolaad."},
        "callback_due_at": {"callback_due_at": due},
        "callback_done": {"callback_due_at": due, "callback_done": True},
    }
    return samples[name]


def same(name: str, first: ContactInput, second: ContactInput) -> bool:
    """The field holds the same value in both, as the conflict comparison judges it (a person's field as saving
    does: a phone shown as ``+372 5123 4567`` is ``+37251234567``)."""
    if name in PERSON_INPUT:
        return same_value(name, getattr(first, name), getattr(second, name))
    return conflicts.differences(first, first, second, [name]) == []


@pytest.fixture
def setting(store: Store, counsellor: SessionUser) -> Setting:
    colleague = make_user(store, Role.COUNSELLOR, "kolleeg")
    first = ContactInput(started_at=utcnow(), identified=True, full_name="Peeter Pärn", open_new_case=True)
    with store.unit_of_work() as uow:
        saved = save_contact(uow, counsellor, replace(first, summary="Esimene kõne."))
    with store.unit_of_work() as uow:
        linked = contact_view.load_contact(uow, counsellor, saved.id).data
    with store.unit_of_work() as uow:
        other = save_contact(uow, counsellor, replace(linked, case_id=None, open_new_case=True, summary="Teine."))
    assert other.case_id is not None
    return Setting(saved.id, colleague, build_context(store, counsellor, "en").topics[0].code, other.case_id)


@pytest.fixture
def main(qtbot: QtBot, store: Store, counsellor: SessionUser, setting: Setting) -> MainWindow:
    """The main window, opened after the colleague exists (the form offers them as "handled by")."""
    window = MainWindow(build_context(store, counsellor, "en"))
    qtbot.addWidget(window, before_close_func=_forget_unsaved_input)
    window.show()
    qtbot.waitExposed(window)
    return window


def opened_as(contact: ContactInput, like: contact_view.OpenedContact) -> contact_view.OpenedContact:
    return replace(like, data=contact)


def test_the_form_describes_every_field_of_the_contact_once() -> None:
    """Every ContactInput field is in the services' description; the form reads each one it shows through exactly one
    descriptor (the rest is its own state: the kind, the contact's end); every field a conflict offers has a name."""
    described = [field.name for field in contact_fields.CONTACT_FIELDS]
    assert sorted(described) == sorted(field.name for field in fields(ContactInput))
    assert len(set(described)) == len(described)
    form_names = [field.name for field in FORM_FIELDS]
    assert len(set(form_names)) == len(form_names)
    assert set(contact_fields.COMPARED) <= set(form_names)
    assert all(field.label for field in FORM_FIELDS if field.name in contact_fields.COMPARED)
    own = ("person_id", "caller_number")  # not offered in a conflict: the person follows their fields; never shown
    assert all(contact_fields.BY_NAME[name].compared for name in form_names if name not in own)


@pytest.mark.parametrize("name", contact_fields.COMPARED)
def test_a_field_survives_saving_a_draft_a_conflict_and_the_history(
    name: str,
    qtbot: QtBot,
    main: MainWindow,
    store: Store,
    counsellor: SessionUser,
    setting: Setting,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    values = sample(name, setting)
    with store.unit_of_work() as uow:
        stored = contact_view.load_contact(uow, counsellor, setting.contact_id)
    wanted = replace(stored.data, **values)
    assert not same(name, stored.data, wanted), "the sample must change the field"
    main.open_contact(setting.contact_id)  # opened before anyone changes it
    mine = main.current_form()
    assert isinstance(mine, ContactForm)

    # Entered in a form, saved, and shown again when the contact is opened.
    form = main.new_contact()
    form.fill(opened_as(wanted, stored))
    assert same(name, form.values()[0], wanted)
    assert form.save(), form.status.text()
    assert form.contact_id is not None
    with store.unit_of_work() as uow:
        again = contact_view.load_contact(uow, counsellor, form.contact_id)
    assert same(name, again.data, wanted)
    reopened = ContactForm(main.context, again)
    qtbot.addWidget(reopened)
    assert same(name, reopened.values()[0], wanted)

    # Put aside as a draft, and back in a new form after a crash.
    restored = main.new_contact()
    restored.restore(form.payload())
    assert same(name, restored.values()[0], wanted)
    restored.dirty = False

    # Changed by someone else meanwhile: the next save offers it, by its name, in the conflict dialog.
    lead = make_user(store, Role.SHIFT_LEAD, "juht")
    with store.unit_of_work() as uow:
        save_contact(uow, lead, wanted, contact_id=setting.contact_id, expected_version=stored.version)
    shown: list[ConflictDialog] = []

    def back_to_the_form(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConflictDialog, "exec", back_to_the_form)
    assert not mine.save()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert name in [difference.field for difference in dialog.found]
    title = next(field.title() for field in FORM_FIELDS if field.name == name)
    assert title != name
    assert title in [label.text().removesuffix(" *") for label in dialog.findChildren(QLabel)]
    mine.dirty = False

    # Its change is named in the contact's history, where the history keeps it (the person's fields, as the person's).
    described = contact_fields.BY_NAME[name]
    if described.history or described.person:
        with store.unit_of_work() as uow:
            changes = contact_view.contact_history(uow, counsellor, setting.contact_id)
        assert name in {contact_fields.history_name(change.entity, change.field) for change in changes}
