"""The one service-call helper (``app.ui.kit.calls``): what a user sees when a call fails, and that the UI commits
through nothing else.

Bad input is said beside its field and nothing is saved; a known failure is said in its own sentence; a bug opens the
crash dialog and the program goes on. And no module under ``app/ui`` opens a unit of work or commits by hand, except
the helper itself and the work it hands to the database worker (listed below, each by its function).
"""

from __future__ import annotations

import ast
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import StaleRecord
from app.models.audit import AuditEntry, AuditKind
from app.services.actor import SessionUser
from app.services.guard import audit, auth
from app.store.db import Store, UnitOfWork
from app.ui.kit import messages
from app.ui.shell.login import ChangePasswordDialog
from app.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "correct horse battery"

# Where app/ui may still open a unit of work (or commit): the helper, and work that runs on the database worker
# (app.ui.kit.tasks), which opens its own unit of work on that thread. Path -> the functions, by qualified name.
BACKGROUND_WORK: dict[str, set[str]] = {
    "app/ui/kit/calls.py": {"call", "call_or_raise"},
    "app/ui/kit/draft_keeper.py": {"DraftKeeper._perform"},
    "app/ui/contacts/log_page.py": {"LogPage._load_page", "LogPage._load_follow_ups"},
    "app/ui/shell/login.py": {"LoginDialog.try_login.check"},
    "app/ui/shell/application.py": {"StoreOpening._run"},  # the store's opening, on its own thread at start
    "app/ui/shell/lock.py": {"LockController.try_unlock.check"},
    "app/ui/shell/session.py": {"run_retention_in_background.work"},
    "app/ui/shell/team_sync.py": {"JoinTeamDialog.try_join.work", "workstations_loader.load"},
    "app/ui/statistics/page.py": {"StatisticsPage.show_statistics.work"},
    "app/ui/aid/decision_dialog.py": {
        "DecisionDialog._read_rate.read",
        "DecisionDialog.refresh_providers.read",
        "DecisionDialog._warn_missing_counsellor_contacts.read",
    },
}


def _password_changes(store: Store) -> int:
    with store.unit_of_work() as uow:
        query = sa.select(sa.func.count()).where(AuditEntry.kind == AuditKind.PASSWORD_CHANGED)
        return int(uow.session.scalar(query) or 0)


def _change_password_dialog(qtbot: QtBot, store: Store, user: SessionUser) -> ChangePasswordDialog:
    dialog = ChangePasswordDialog(store, user)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_and_save(qtbot: QtBot, dialog: ChangePasswordDialog, current: str, new: str, repeated: str) -> None:
    for name, text in (("current", current), ("new", new), ("repeated", repeated)):
        dialog.fields[name].setFocus()
        qtbot.keyClicks(dialog.fields[name], text)
    qtbot.keyClick(dialog.fields["repeated"], Qt.Key.Key_Return)  # Enter presses Save


def test_a_refused_value_is_said_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot, store: Store, counsellor: SessionUser
) -> None:
    dialog = _change_password_dialog(qtbot, store, counsellor)
    _type_and_save(qtbot, dialog, "not my password", "short", "short")
    assert dialog.isVisible()  # stays open for a correction
    assert dialog.errors["current"].text() == messages.field_error("user.password_wrong")
    assert dialog.errors["new"].text() == messages.field_error("user.password_short")
    assert dialog.errors["repeated"].text() == ""
    assert _password_changes(store) == 0
    with store.unit_of_work() as uow:
        assert auth.authenticate(uow, counsellor.username, PASSWORD).id == counsellor.id


def test_the_reasons_go_once_the_values_are_right(qtbot: QtBot, store: Store, counsellor: SessionUser) -> None:
    dialog = _change_password_dialog(qtbot, store, counsellor)
    _type_and_save(qtbot, dialog, "not my password", "a new long password", "a new long password")
    assert dialog.errors["current"].text()
    for name in ("current", "new", "repeated"):
        dialog.fields[name].clear()
    _type_and_save(qtbot, dialog, PASSWORD, "a new long password", "a new long password")
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert dialog.errors["current"].text() == ""
    assert _password_changes(store) == 1  # committed by the service: a new unit of work sees it


def test_a_known_failure_is_said_in_its_sentence(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    tabs = window.tabs.count()
    window.open_contact(uuid.uuid4())  # a contact that is not there (removed meanwhile)
    assert shown == [messages.known_error_text(StaleRecord("the contact no longer exists"))]
    assert window.tabs.count() == tabs  # no form opened


def test_a_bug_opens_the_crash_dialog_and_nothing_is_saved(
    qtbot: QtBot, store: Store, counsellor: SessionUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = audit.record

    def tripping(uow: UnitOfWork, kind: AuditKind, **details: Any) -> None:
        if kind is AuditKind.PASSWORD_CHANGED:  # the new password is set, not yet committed: the program trips
            raise RuntimeError("a bug after the change")
        real(uow, kind, **details)

    crashes: list[tuple[str, str]] = []

    def exec_box(box: QMessageBox) -> int:
        crashes.append((box.windowTitle(), box.detailedText()))
        return int(QMessageBox.StandardButton.Close.value)

    monkeypatch.setattr(audit, "record", tripping)
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    dialog = _change_password_dialog(qtbot, store, counsellor)
    _type_and_save(qtbot, dialog, PASSWORD, "a new long password", "a new long password")
    assert [title for title, _details in crashes] == ["Unexpected error"]
    assert "a bug after the change" in crashes[0][1]  # the details to copy for the developers
    assert dialog.isVisible()  # the program goes on; the dialog waits
    monkeypatch.setattr(audit, "record", real)
    assert _password_changes(store) == 0
    with store.unit_of_work() as uow:  # the unit of work rolled the new password back
        assert auth.authenticate(uow, counsellor.username, PASSWORD).id == counsellor.id


def _store_calls(path: Path) -> list[tuple[str, str, int]]:
    """(enclosing function's qualified name, "commit" or "unit_of_work", line) for every such call in the module."""
    found: list[tuple[str, str, int]] = []

    def walk(node: ast.AST, names: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            inner = names
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                inner = [*names, child.name]
            elif isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
                if name in ("commit", "unit_of_work"):
                    found.append((".".join(names), name, child.lineno))
            walk(child, inner)

    walk(ast.parse(path.read_text(encoding="utf-8"), str(path)), [])
    return found


def test_the_ui_never_commits_nor_opens_a_unit_of_work_by_hand() -> None:
    stray: list[str] = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        module = path.relative_to(ROOT).as_posix()
        allowed = BACKGROUND_WORK.get(module, set())
        stray += [
            f"{module}:{line} {function or '<module>'} calls {name}()"
            for function, name, line in _store_calls(path)
            if function not in allowed
        ]
    assert stray == [], "call the service through app.ui.kit.calls instead:\n" + "\n".join(stray)


def test_the_guard_sees_a_commit_hidden_in_a_nested_function(tmp_path: Path) -> None:
    module = tmp_path / "page.py"
    module.write_text(
        "# uow.commit() in a comment is not a call\n"
        "class Page:\n"
        "    def save(self):\n"
        "        def write():\n"
        "            with self.store.unit_of_work() as uow:\n"
        "                uow.commit()\n"
        "        write()\n",
        encoding="utf-8",
    )
    assert _store_calls(module) == [("Page.save.write", "unit_of_work", 5), ("Page.save.write", "commit", 6)]
