"""Retention on screen: the administrator's period, preview and run; the daily run after log-in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.models.audit import AuditKind
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.guard import audit, security_settings
from app.services.guard.audit import AuditFilter
from app.store.db import Store
from app.ui.admin.dialog import AdminDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import run_retention_in_background
from tests.conftest import make_user
from tests.services.guard.test_retention import backdate_everything, identified, text_of_store


def test_the_administrator_sets_the_period_previews_and_anonymises(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    admin = make_user(store, Role.ADMINISTRATOR, "haldur")
    saved = identified(store, mari, "Jüri Õunapuu", "37605030299", "Partner ähvardas.")
    backdate_everything(store, days=2 * 366)  # two years: kept under the default 60 months
    dialog = AdminDialog(store, admin)
    qtbot.addWidget(dialog)
    page = dialog.security
    assert page.retention_months.value() == 60

    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert "Nothing is due." in page.due.toPlainText()
    assert not page.run_button.isEnabled()

    page.retention_months.setValue(12)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    with store.unit_of_work() as uow:
        assert security_settings.security_settings(uow).retention_months == 12

    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    listed = page.due.toPlainText()
    assert f"Case {saved.case_number}: last activity" in listed
    assert "The names, ID codes and contacts of 1 person(s) go too." in listed
    assert "Jüri" not in listed
    assert page.run_button.isEnabled()

    asked: list[str] = []

    def no(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert asked
    assert "Jüri Õunapuu" in text_of_store(store)  # "No" changes nothing

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Anonymised: 1 case(s), 1 person(s)."
    assert "Nothing is due." in page.due.toPlainText()
    assert "Jüri" not in text_of_store(store)
    with store.unit_of_work() as uow:
        entries = audit.entries(uow, admin, AuditFilter(kind=AuditKind.ANONYMISED))
    assert {entry.username for entry in entries} == {"haldur"}


def test_the_daily_run_after_log_in_anonymises_in_the_background(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    saved = identified(store, counsellor, "Jüri Õunapuu", "37605030299", "Partner ähvardas.")
    backdate_everything(store)  # six years: due under the default 60 months
    run_retention_in_background(store, window)
    qtbot.waitUntil(lambda: "Jüri" not in text_of_store(store), timeout=10_000)
    admin = make_user(store, Role.ADMINISTRATOR, "haldur")
    with store.unit_of_work() as uow:
        entries = audit.entries(uow, admin, AuditFilter(kind=AuditKind.ANONYMISED))
    assert {entry.username for entry in entries} == {"retention"}
    assert len(entries) == 2  # the case and the person

    # The contact still opens, says what happened and cannot be changed (saving could only bring data back).
    window.open_contact(saved.id)
    form = window.current_form()
    assert form is not None
    assert form.identity.full_name.text() == ""
    assert form.summary.toPlainText() == ""
    assert form.status.text().startswith("Retention removed this contact's personal data on ")
    assert not form.fields.isEnabled()
    assert not form.save_button.isEnabled()
