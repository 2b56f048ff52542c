"""The audit trail on screen: log-in lock-out, changing one's password, the viewer with its filters and export."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from app.db import Store
from app.models.audit import AuditKind
from app.models.base import utcnow
from app.models.enums import Role
from app.services import auth, contact_view
from app.services.contacts import ContactInput, save_contact
from app.ui.application import build_context
from app.ui.audit_dialog import AuditDialog
from app.ui.login import ChangePasswordDialog, LoginDialog
from app.ui.main_window import MainWindow
from tests.conftest import make_user
from tests.ui.conftest import type_text

PASSWORD = "correct horse battery"


def test_log_in_says_so_when_the_name_is_locked_out(qtbot: QtBot, store: Store) -> None:
    make_user(store, Role.COUNSELLOR, "mari")
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.username.setText("mari")
    for _ in range(auth.LOCKOUT_AFTER):
        dialog.password.setText("not the password")
        dialog.try_login()
        assert dialog.error.text() == "Wrong user name or password."
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    assert dialog.user is None
    assert dialog.error.text().startswith("Too many wrong passwords in a row: try again in 1 minute")


def test_changing_ones_password(qtbot: QtBot, store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    dialog = ChangePasswordDialog(store, mari)
    qtbot.addWidget(dialog)
    type_text(dialog.fields["current"], "vale parool")
    type_text(dialog.fields["new"], "uus ja pikk salasõna")
    type_text(dialog.fields["repeated"], "uus ja pikk salasõna")
    dialog.save()
    assert dialog.errors["current"].text() == "This is not your current password."
    dialog.fields["current"].setText(PASSWORD)
    dialog.save()
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    with store.unit_of_work() as uow:
        assert auth.authenticate(uow, "mari", "uus ja pikk salasõna").id == mari.id


def test_only_leads_and_administrators_get_the_viewer(qtbot: QtBot, store: Store) -> None:
    def actions(user_role: Role, name: str) -> list[str]:
        window = MainWindow(build_context(store, make_user(store, user_role, name), "en"))
        qtbot.addWidget(window)
        menus = [action.menu() for action in window.menuBar().actions()]
        return [action.text() for menu in menus if isinstance(menu, QMenu) for action in menu.actions()]

    assert "Audit &trail…" not in actions(Role.COUNSELLOR, "mari")
    assert "Audit &trail…" in actions(Role.SHIFT_LEAD, "liis")


def test_the_viewer_filters_checks_and_exports(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "liis")
    with store.unit_of_work() as uow:
        saved = save_contact(
            uow,
            mari,
            ContactInput(
                started_at=utcnow() - timedelta(hours=1), identified=True, full_name="Ülle Kask", phone="5550 1234"
            ),
        )
    with store.unit_of_work() as uow:
        contact_view.load_contact(uow, lead, saved.id, screen="desk")
    dialog = AuditDialog(store, lead)
    qtbot.addWidget(dialog)
    kinds = [row.kind for row in dialog.model.rows]
    assert AuditKind.VIEW in kinds
    assert AuditKind.CREATE in kinds
    created = next(
        i for i, row in enumerate(dialog.model.rows) if row.kind is AuditKind.CREATE and row.record_id == str(saved.id)
    )
    details = dialog.model.index(created, 5)
    assert dialog.model.data(details) == "identified: yes"  # readable; the raw JSON stays in the tooltip
    assert dialog.model.data(details, Qt.ItemDataRole.ToolTipRole) == '{"identified": true}'

    dialog.kind.set_code(AuditKind.VIEW)
    dialog.reload()
    assert [(row.username, row.screen, row.record_id) for row in dialog.model.rows] == [("liis", "desk", str(saved.id))]
    assert dialog.model.data(dialog.model.index(0, 2)) == "Opened personal data"

    dialog.kind.set_code(None)
    dialog.person.setText("+372 5550 1234")
    dialog.reload()
    assert {row.record_id for row in dialog.model.rows} == {str(saved.id), str(saved.person_id)}
    dialog.person.setText("OA-2026-ZZZ-999999")
    dialog.reload()
    assert dialog.person_error.text() == "No person has this ID code, phone or case number."

    dialog.verify()
    assert dialog.verdict.text().startswith("The audit trail is intact")

    dialog.person.clear()
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    dialog.export()
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("seq,at_utc,username,kind")
    assert "view" in text
    assert "Ülle" not in text
    assert "5550" not in text
