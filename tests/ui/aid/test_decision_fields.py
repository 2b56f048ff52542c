"""The aid decision dialog's fields are described once, and every described field survives a draft.

Walks the description (``app.ui.aid.decision_fields``): every ``DecisionInput`` field is read through exactly one
descriptor; a decision typed by a counsellor (keys and clicks) is put aside as a draft and shown again field for
field; and a draft as the program has always written it still restores. A new field is covered by its descriptor and
one step in ``enter_every_field``.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, fields
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.models.aid import Outcome
from app.models.aid_rules import Event, LimitCategory, PersonRole
from app.models.enums import Language
from app.models.providers import AidService, County
from app.services.aid import decisions, providers
from app.services.aid.provider_input import ProviderInput, QualificationInput
from app.store.db import Store
from app.ui.aid import decision_fields
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.kit.widgets import CodeCombo
from app.ui.shell.main_window import MainWindow
from tests.services.aid.test_decisions import admin_of
from tests.ui.aid.test_decision_dialog import open_decision
from tests.ui.conftest import type_text

# The keys of a draft as the dialog has always written it (drafts already stored must still restore).
DRAFT_KEYS = {
    "decision_date",
    "role",
    "happened",
    "reference",
    "granted",
    "refusal_reason",
    "service",
    "limit_category",
    "county",
    "language",
    "provider",
    "notice_language",
}


def add_psychotherapist(store: Store) -> uuid.UUID:
    """A provider who may be chosen for psychotherapy (the dialog begins with counselling)."""
    qualified = QualificationInput("Mari Tamm", "psychotherapist", "epa", "PT-0042", None, date(2026, 1, 5))
    data = ProviderInput(
        kind="organisation",
        name="Hingerahu OÜ",
        basis="articles_of_association",
        price_list_url="https://hingerahu.example.ee/hinnakiri",
        contract_valid_from=date(2025, 1, 1),
        registry_code="12345678",
        email="info@hingerahu.example.ee",
        phone="5123 4567",
        address="Tartu mnt 1, Tallinn",
        counties=["harju"],
        languages=["et", "ru"],
        services=["counselling", "psychotherapy"],
        qualifications=[qualified],
    )
    with store.unit_of_work() as uow:
        view = providers.create_provider(uow, admin_of(store), data, today=date(2026, 1, 5))
        uow.commit()
    assert view.id is not None
    return view.id


def choose_by_keys(combo: QComboBox, wanted: object) -> None:
    """Press Down in the list until it shows ``wanted`` (a code, or the item's data), as a counsellor would."""
    combo.setFocus()
    for _ in range(combo.count()):
        shown = combo.code() if isinstance(combo, CodeCombo) else combo.currentData()
        if shown == wanted:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{wanted!r} is not in the list")


def enter_every_field(dialog: DecisionDialog, qtbot: QtBot) -> None:
    """Every field changed from what the dialog begins with, through keys and clicks."""
    field = dialog.decision_date
    line = field.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(4, line.height() // 2))  # on the day
    QTest.keyClick(field, Qt.Key.Key_Up)
    choose_by_keys(dialog.role, PersonRole.FAMILY_MEMBER)
    choose_by_keys(dialog.happened, Event.SEXUAL_VIOLENCE)
    dialog.reference.setFocus()
    type_text(dialog.reference, "1-26-4711/ Šokk")
    choose_by_keys(dialog.service, AidService.PSYCHOTHERAPY)
    choose_by_keys(dialog.limit_category, LimitCategory.SEXUALLY_ABUSED_MINOR)
    choose_by_keys(dialog.county, County.HARJU)
    choose_by_keys(dialog.language, Language.RUSSIAN)
    choose_by_keys(dialog.notice_language, "ru")
    qtbot.waitUntil(lambda: not dialog.previewing and dialog.providers.rowCount() == 1)
    view = dialog.provider_view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(dialog.providers.index(0, 0)).center()
    )
    qtbot.mouseClick(dialog.refused, Qt.MouseButton.LeftButton)  # last: refusing disables the provider's fields
    dialog.refusal_reason.setFocus()
    type_text(dialog.refusal_reason, "Abi ei soovi – ёжик")


def begun_like(dialog: DecisionDialog, qtbot: QtBot) -> DecisionDialog:
    """A new dialog for the same caller, as the next start opens it to continue a draft."""
    again = DecisionDialog(dialog.store, dialog.user, dialog.contact_id, "Jüri Õunapuu", dialog.birth_date)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.previewing)
    return again


def test_the_dialog_describes_every_field_of_the_decision_once(window: MainWindow, qtbot: QtBot) -> None:
    """Each DecisionInput field comes from exactly one descriptor; the draft keeps the keys it has always had."""
    names = [field.name for field in decision_fields.DECISION_FIELDS]
    assert len(set(names)) == len(names)
    dialog = open_decision(window, qtbot, "Jüri Õunapuu", "37605030299")
    read = [name for field in decision_fields.DECISION_FIELDS for name in field.read(dialog)]
    assert sorted(read) == sorted(field.name for field in fields(decisions.DecisionInput))
    kept = [key for field in decision_fields.DECISION_FIELDS for key in field.keep(dialog)]
    assert sorted(kept) == sorted(DRAFT_KEYS)
    assert dialog.gather().contact_id == dialog.contact_id


def test_a_typed_decision_survives_its_draft_field_for_field(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    add_psychotherapist(store)
    dialog = open_decision(window, qtbot, "Jüri Õunapuu", "37605030299")
    untouched = asdict(dialog.gather())
    untouched_draft = dialog.payload()
    enter_every_field(dialog, qtbot)
    typed, draft = asdict(dialog.gather()), dialog.payload()
    assert dialog.dirty
    changed = {name for name in typed if typed[name] != untouched[name]}
    assert changed == set(typed) - {"contact_id", "case_id"}, "every field the counsellor enters must be changed"
    assert {key for key in draft if draft[key] != untouched_draft[key]} == DRAFT_KEYS
    assert typed["outcome"] is Outcome.REFUSED
    assert typed["reference"] == "1-26-4711/ Šokk"

    again = begun_like(dialog, qtbot)
    fresh = asdict(again.gather())
    assert [name for name in changed if fresh[name] == typed[name]] == []  # a dialog begun afresh shows none of it
    again.restore(draft)
    qtbot.waitUntil(lambda: not again.previewing and again.chosen_provider() is not None)
    assert asdict(again.gather()) == typed
    assert again.payload() == draft
    assert again.dirty  # restored input is unsaved input


def test_a_draft_written_before_the_fields_were_described_still_restores(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    provider = add_psychotherapist(store)
    dialog = open_decision(window, qtbot, "Jüri Õunapuu", "37605030299")
    stored = {  # as the dialog's own payload() wrote drafts before, JSON values only
        "decision_date": "2026-04-02",
        "reference": "1-26-99",
        "granted": True,
        "refusal_reason": "",
        "provider": str(provider),
        "role": "family_member",
        "happened": "sexual_violence",
        "service": "psychotherapy",
        "limit_category": "sexually_abused_minor",
        "county": "harju",
        "language": "ru",
        "notice_language": "en",
    }
    assert set(stored) == DRAFT_KEYS
    again = begun_like(dialog, qtbot)
    again.restore(stored)
    qtbot.waitUntil(lambda: not again.previewing and again.chosen_provider() is not None)
    assert again.gather() == decisions.DecisionInput(
        decision_date=date(2026, 4, 2),
        role=PersonRole.FAMILY_MEMBER,
        event=Event.SEXUAL_VIOLENCE,
        contact_id=dialog.contact_id,
        reference="1-26-99",
        outcome=Outcome.GRANTED,
        service=AidService.PSYCHOTHERAPY,
        limit_category=LimitCategory.SEXUALLY_ABUSED_MINOR,
        provider_id=uuid.UUID(str(provider)),
        notice_language="en",
    )
    assert (again.county.code(), again.language.code()) == (County.HARJU, Language.RUSSIAN)
    assert again.decision_date.date() == QDate(2026, 4, 2)
