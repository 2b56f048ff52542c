"""The audit trail on screen: log-in lock-out, changing one's password, the viewer with its filters and export."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from app.config import StoreConfig
from app.models import AuditEntry
from app.models.audit import AuditKind
from app.models.base import utcnow
from app.models.enums import Role
from app.services.contacts import contact_view
from app.services.contacts.editing import ContactInput, save_contact
from app.services.guard import audit, audit_anchor, auth
from app.services.guard.audit import AuditFilter
from app.services.guard.store_opening import open_configured_store
from app.store.db import Store
from app.ui.admin.audit_dialog import AuditDialog, warn_about_the_trail
from app.ui.shell.login import ChangePasswordDialog, LoginDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
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
        qtbot.waitUntil(lambda: not dialog.checking)  # the password is checked on the database worker
        assert dialog.error.text() == "Wrong user name or password."
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    qtbot.waitUntil(lambda: not dialog.checking)
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
    kinds = [row.kind for row in dialog.model.rows()]
    assert AuditKind.VIEW in kinds
    assert AuditKind.CREATE in kinds
    created = next(
        i
        for i, row in enumerate(dialog.model.rows())
        if row.kind is AuditKind.CREATE and row.record_id == str(saved.id)
    )
    details = dialog.model.index(created, 5)
    assert dialog.model.data(details) == "identified: yes"  # readable; the raw JSON stays in the tooltip
    assert dialog.model.data(details, Qt.ItemDataRole.ToolTipRole) == '{"identified": true}'

    dialog.kind.set_code(AuditKind.VIEW)
    dialog.reload()
    assert [(row.username, row.screen, row.record_id) for row in dialog.model.rows()] == [
        ("liis", "desk", str(saved.id))
    ]
    assert dialog.model.data(dialog.model.index(0, 2)) == "Opened personal data"

    dialog.kind.set_code(None)
    dialog.person.setText("+372 5550 1234")
    dialog.reload()
    assert {row.record_id for row in dialog.model.rows()} == {str(saved.id), str(saved.person_id)}
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


def test_a_cut_trail_is_said_at_start_and_by_the_viewers_check(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone with the key cuts the trail's newest entries and fixes its tip: the chain holds, the anchor does not."""
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    store = open_configured_store(StoreConfig(url), _no_passphrase)
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    for n in range(6):
        with store.unit_of_work() as uow:
            audit.record(uow, AuditKind.EXPORT, actor=admin, details={"n": n})
            uow.commit()
    dialog = AuditDialog(store, admin)
    qtbot.addWidget(dialog)
    newest = audit_anchor.current(store)
    assert newest is not None
    assert dialog.anchor.text().endswith(newest.text())  # for the administrator to write down
    dialog.close()
    with store.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        connection.exec_driver_sql("DELETE FROM audit_log WHERE seq > 3")
        tip = connection.exec_driver_sql("SELECT hash FROM audit_log WHERE seq = 3").scalar()
        connection.exec_driver_sql(f"UPDATE audit_head SET seq = 3, hash = '{tip}'")
    store.close()

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    again = open_configured_store(StoreConfig(url), _no_passphrase)
    assert warn_about_the_trail(again)
    assert f"entry {newest.seq} was written, but the store ends at entry 3" in warned[0]
    assert "Tell your administrator" in warned[0]

    viewer = AuditDialog(again, admin)
    qtbot.addWidget(viewer)
    qtbot.mouseClick(viewer.verify_button, Qt.MouseButton.LeftButton)
    assert viewer.verdict.text().startswith("The audit trail is intact")  # the chain itself
    assert "shorter than recorded outside the store" in viewer.verdict.text()
    with again.unit_of_work() as uow:
        kinds = [row.kind for row in audit.entries(uow, admin, AuditFilter())]
    assert AuditKind.AUDIT_VERIFIED in kinds
    assert AuditKind.ANCHOR_MISMATCH in kinds

    # The administrator has looked into it and accepts the trail as it is: recorded, and the next start is quiet.
    assert viewer.accept_button.isVisibleTo(viewer)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(viewer.accept_button, Qt.MouseButton.LeftButton)
    assert "accepted" in viewer.verdict.text()
    again.close()
    last = open_configured_store(StoreConfig(url), _no_passphrase)
    assert not warn_about_the_trail(last)
    with last.unit_of_work() as uow:
        assert AuditKind.ANCHOR_REBASED in [row.kind for row in audit.entries(uow, admin, AuditFilter())]
    last.close()


def test_an_unknown_name_is_shown_as_such_not_as_typed(qtbot: QtBot, store: Store) -> None:
    lead = make_user(store, Role.SHIFT_LEAD, "liis")
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, "my-secret-password")
    qtbot.keyClicks(dialog.password, "x")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking)
    assert dialog.error.text() == "Wrong user name or password."
    viewer = AuditDialog(store, lead)
    qtbot.addWidget(viewer)
    shown = [viewer.model.data(viewer.model.index(row, 1)) for row in range(viewer.model.rowCount())]
    assert "(an unknown name)" in shown
    assert not any("secret" in str(text) for text in shown)


def _no_passphrase(_new: bool, _retry: bool) -> str | None:
    raise AssertionError("the test keyring is usable: no passphrase should be asked")


def test_the_viewer_lists_and_exports_an_entry_changed_by_hand_and_the_check_names_it(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead = make_user(store, Role.SHIFT_LEAD, "liis")
    with store.unit_of_work() as uow:
        seq = uow.session.scalar(sa.select(sa.func.max(AuditEntry.seq)))
    with store.engine.begin() as connection:  # someone with the key, behind the program's back
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        connection.exec_driver_sql(f"UPDATE audit_log SET kind = 'hacked', at = 'garbage' WHERE seq = {seq}")
    dialog = AuditDialog(store, lead)
    qtbot.addWidget(dialog)
    shown = next(i for i, row in enumerate(dialog.model.rows()) if row.seq == seq)
    assert dialog.model.data(dialog.model.index(shown, 0)) == "(cannot be read)"
    assert dialog.model.data(dialog.model.index(shown, 2)) == "(cannot be read: hacked)"
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert f"entry {seq}" in dialog.verdict.text()
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    dialog.export()
    assert "hacked" in target.read_text(encoding="utf-8-sig")
