"""Legal hold in a case's timeline: leads put a case on hold with a reason and release it; counsellors only read."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.models import Case
from app.models.enums import Role
from app.services.actor import SessionUser
from app.store.db import Store
from app.ui.contacts.case_dialog import CaseDialog
from tests.conftest import make_user
from tests.ui.conftest import identified_contact_with_case, type_text


def a_case(store: Store, counsellor: SessionUser) -> uuid.UUID:
    return identified_contact_with_case(store, counsellor)[1]


def stored_hold(store: Store, case_id: uuid.UUID) -> tuple[str | None, datetime | None]:
    with store.unit_of_work() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        return case.legal_hold_reason, case.legal_hold_at


def what_column(dialog: CaseDialog) -> list[str]:
    return [dialog.model.item(row, 1).text() for row in range(dialog.model.rowCount())]


def test_a_lead_puts_a_case_on_hold_and_releases_it(
    qtbot: QtBot, store: Store, counsellor: SessionUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = a_case(store, counsellor)
    lead = make_user(store, Role.SHIFT_LEAD, "liis")
    dialog = CaseDialog(store, lead, case_id)
    qtbot.addWidget(dialog)
    assert dialog.retention_line.text() == "Not on legal hold."
    assert dialog.hold_button.isVisibleTo(dialog)
    assert not dialog.release_button.isVisibleTo(dialog)

    dialog.hold_button.click()
    asking = dialog.hold_dialog
    assert asking is not None
    assert asking.isVisible()
    type_text(asking.reason, "   ")
    asking.ok_button.click()
    assert asking.reason_error.text() == "Say why the case is on hold (who asked, which matter)."
    assert asking.reason_error.isVisibleTo(asking)
    assert asking.isVisible()  # still asking, nothing stored
    assert stored_hold(store, case_id) == (None, None)

    asking.reason.clear()
    type_text(asking.reason, "Politsei palve, kriminaalasi 1-26-123")
    asking.ok_button.click()
    assert not asking.isVisible()
    reason, since = stored_hold(store, case_id)
    assert reason == "Politsei palve, kriminaalasi 1-26-123"
    assert since is not None
    line = dialog.retention_line.text()
    assert line.startswith("On legal hold since ")
    assert "(Liis Tamm)" in line
    assert line.endswith("Reason: Politsei palve, kriminaalasi 1-26-123")
    assert "Put on legal hold" in what_column(dialog)  # and in the timeline
    assert not dialog.hold_button.isVisibleTo(dialog)
    assert dialog.release_button.isVisibleTo(dialog)

    asked: list[str] = []

    def answer(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    dialog.release_button.click()
    assert len(asked) == 1
    assert "Release the legal hold" in asked[0]
    assert stored_hold(store, case_id) == (None, None)
    assert dialog.retention_line.text() == "Not on legal hold."
    assert "Put on legal hold" not in what_column(dialog)
    assert dialog.hold_button.isVisibleTo(dialog)


def test_a_counsellor_who_took_part_reads_the_hold_without_buttons(
    qtbot: QtBot, store: Store, counsellor: SessionUser
) -> None:
    case_id = a_case(store, counsellor)
    dialog = CaseDialog(store, counsellor, case_id)
    qtbot.addWidget(dialog)
    assert not dialog.retention_line.isVisibleTo(dialog)  # nothing to say while the case is not held
    assert not dialog.hold_button.isVisibleTo(dialog)
    assert not dialog.release_button.isVisibleTo(dialog)

    admin = make_user(store, Role.ADMINISTRATOR, "haldur")
    admin_dialog = CaseDialog(store, admin, case_id)
    qtbot.addWidget(admin_dialog)
    admin_dialog.hold_button.click()
    assert admin_dialog.hold_dialog is not None
    type_text(admin_dialog.hold_dialog.reason, "Kohtu nõue")
    admin_dialog.hold_dialog.ok_button.click()

    dialog = CaseDialog(store, counsellor, case_id)
    qtbot.addWidget(dialog)
    assert dialog.retention_line.isVisibleTo(dialog)
    assert dialog.retention_line.text().endswith("Reason: Kohtu nõue")
    assert not dialog.hold_button.isVisibleTo(dialog)
    assert not dialog.release_button.isVisibleTo(dialog)


def test_an_anonymised_case_says_so_and_offers_no_hold(qtbot: QtBot, store: Store, counsellor: SessionUser) -> None:
    case_id = a_case(store, counsellor)
    with store.unit_of_work() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        case.anonymised_at = datetime(2031, 5, 4, 10, 30, tzinfo=UTC)
        uow.commit()
    lead = make_user(store, Role.SHIFT_LEAD, "liis")
    dialog = CaseDialog(store, lead, case_id)
    qtbot.addWidget(dialog)
    assert dialog.retention_line.text().startswith("Personal data removed by retention on 04.05.2031")
    assert "Personal data removed by retention" in what_column(dialog)
    assert not dialog.hold_button.isVisibleTo(dialog)
    assert not dialog.release_button.isVisibleTo(dialog)
