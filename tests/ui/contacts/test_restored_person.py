"""A draft continued after a crash or a log-out never rolls a caller's details back (issue 10, point 1).

The draft keeps what the form showed of the linked person when the counsellor typed (``person_seen``). Continued
later, a field the counsellor did not change shows the person as stored now, also a newer value saved meanwhile
through another contact; a field they changed keeps their typing; a field changed on both sides keeps their typing
and the form says which fields to check before saving.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.drafts import DraftKind
from app.services import drafts
from app.services.actor import SessionUser
from app.services.contacts import contact_view
from app.services.contacts.editing import ContactInput, person_seen, save_contact
from app.store.db import Store
from app.ui.contacts.form import ContactForm
from app.ui.shell.drafts import contact_payload, offer_drafts
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import press, type_text
from tests.ui.shell.test_drafts import continue_all, next_start, put_aside

STARTED = datetime.now(UTC) - timedelta(days=1)
PEETER = ContactInput(
    started_at=STARTED,
    identified=True,
    full_name="Peeter Pärn",
    phone="5111 1111",
    email="old@example.ee",
    municipality="Tartu linn",
    summary="Esimene",
)


def first_contact(store: Store, user: SessionUser) -> tuple[uuid.UUID, uuid.UUID]:
    with store.unit_of_work() as uow:
        saved = save_contact(uow, user, PEETER)
    assert saved.person_id is not None
    return saved.id, saved.person_id


def changed_elsewhere(store: Store, user: SessionUser, person_id: uuid.UUID, **new: str) -> None:
    """Another contact of the caller saved meanwhile, as the form saves it: the person's new details."""
    with store.unit_of_work() as uow:
        data = ContactInput(
            started_at=STARTED, identified=True, person_id=person_id, person_seen=person_seen(PEETER), summary="Teine"
        )
        for name in ("full_name", "phone", "email", "municipality"):
            setattr(data, name, new.get(name, getattr(PEETER, name)))
        save_contact(uow, user, data)


def details(store: Store, user: SessionUser, contact_id: uuid.UUID) -> tuple[str, ...]:
    with store.unit_of_work() as uow:
        data = contact_view.load_contact(uow, user, contact_id).data
    return (data.full_name, data.phone, data.email, data.municipality)


def crash(window: MainWindow, form: ContactForm) -> None:
    """The program stops with the form unsaved: its draft stays in the store."""
    form.dirty = False
    window.tabs.removeTab(window.tabs.indexOf(form))


def continued(qtbot: QtBot, store: Store, user: SessionUser) -> ContactForm:
    window = next_start(qtbot, store, user)
    opened = offer_drafts(window, continue_all)
    assert len(opened) == 1
    form = opened[0]
    assert isinstance(form, ContactForm)
    return form


def test_a_continued_draft_shows_details_saved_meanwhile_and_saving_keeps_them(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    first, person_id = first_contact(store, counsellor)
    window.open_contact(first)
    form = window.current_form()
    assert form is not None
    form.summary.setFocus()
    press(form.summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(form.summary, " lisa")
    put_aside(qtbot, form)
    crash(window, form)
    changed_elsewhere(store, counsellor, person_id, email="new@example.ee", municipality="Elva vald")

    restored = continued(qtbot, store, counsellor)
    assert restored.identity.email.text() == "new@example.ee"
    assert restored.identity.municipality.text() == "Elva vald"
    assert restored.summary.toPlainText() == "Esimene lisa"
    assert restored.save(), restored.status.text()  # as test_drafts saves a continued form (two windows here)
    assert details(store, counsellor, first) == ("Peeter Pärn", "+37251111111", "new@example.ee", "Elva vald")


def test_a_continued_new_contact_linked_to_the_caller_keeps_their_newer_details_and_its_own_edit(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    first, person_id = first_contact(store, counsellor)
    form = window.new_contact()
    identity = form.identity
    qtbot.mouseClick(identity.identified, Qt.MouseButton.LeftButton)
    identity.phone.setFocus()
    qtbot.keyClicks(identity.phone, "5111 1111")
    press(identity.phone, Qt.Key.Key_Tab)
    qtbot.mouseClick(identity.link_button, Qt.MouseButton.LeftButton)
    identity.full_name.setFocus()
    press(identity.full_name, Qt.Key.Key_End)
    type_text(identity.full_name, "-Tamm")  # the counsellor's own change
    form.summary.setFocus()
    type_text(form.summary, "Uuesti")
    put_aside(qtbot, form)
    crash(window, form)
    changed_elsewhere(store, counsellor, person_id, phone="5333 3333", email="new@example.ee")

    restored = continued(qtbot, store, counsellor)
    assert restored.identity.full_name.text() == "Peeter Pärn-Tamm"
    assert restored.identity.email.text() == "new@example.ee"
    assert "Peeter Pärn" in restored.identity.linked.text()
    assert restored.save(), restored.status.text()  # as test_drafts saves a continued form (two windows here)
    assert details(store, counsellor, first) == ("Peeter Pärn-Tamm", "+37253333333", "new@example.ee", "Tartu linn")


def test_a_field_changed_on_both_sides_keeps_the_typing_and_says_so(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    first, person_id = first_contact(store, counsellor)
    window.open_contact(first)
    form = window.current_form()
    assert form is not None
    form.identity.municipality.setFocus()
    press(form.identity.municipality, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.identity.municipality, "Valga vald")
    put_aside(qtbot, form)
    crash(window, form)
    changed_elsewhere(store, counsellor, person_id, municipality="Elva vald", email="new@example.ee")

    restored = continued(qtbot, store, counsellor)
    assert restored.identity.municipality.text() == "Valga vald"
    assert restored.identity.email.text() == "new@example.ee"
    assert "municipality" in restored.identity.notice.text()
    assert restored.identity.notice.isVisible()
    with store.unit_of_work() as uow:
        assert len(drafts.my_drafts(uow, counsellor)) == 1


def test_a_draft_whose_person_seen_is_garbage_is_continued_as_an_older_draft(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    """A draft edited by hand or written by an older version: nothing breaks; differing fields are named."""
    first, _person_id = first_contact(store, counsellor)
    window.open_contact(first)
    form = window.current_form()
    assert form is not None
    payload = contact_payload(form)
    payload["email"] = "typed@example.ee"
    payload["person_seen"] = {"birth_date": "not a date", "email": 5}
    with store.unit_of_work() as uow:
        drafts.save_draft(uow, counsellor, DraftKind.CONTACT, payload, record_id=first)
    crash(window, form)

    restored = continued(qtbot, store, counsellor)
    assert restored.identity.email.text() == "typed@example.ee"
    assert restored.identity.municipality.text() == "Tartu linn"
    assert "e-mail" in restored.identity.notice.text()
