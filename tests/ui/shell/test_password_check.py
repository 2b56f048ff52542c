"""The argon2 password check of log-in and of the lock screen runs on the database worker: the dialog waits with its
button disabled, Enter pressed twice checks once, and a wrong password is still said beside the field."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.actor import SessionUser
from app.services.guard import auth
from app.store.db import Store
from app.ui.shell.lock import LockController, install_lock
from app.ui.shell.login import LoginDialog
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import press, type_text
from tests.ui.shell.test_lock import PASSWORD, page_of


def held(monkeypatch: pytest.MonkeyPatch, name: str) -> tuple[threading.Event, list[str]]:
    """``auth.<name>`` waits for the returned gate, and says in the list each time it is called."""
    gate = threading.Event()
    real = getattr(auth, name)
    calls: list[str] = []

    def waiting(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        assert gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(auth, name, waiting)
    return gate, calls


def test_log_in_waits_with_its_button_disabled_and_enter_twice_logs_in_once(
    qtbot: QtBot, store: Store, counsellor: SessionUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, counsellor.username)
    type_text(dialog.password, PASSWORD)
    gate, calls = held(monkeypatch, "authenticate")
    press(dialog.password, Qt.Key.Key_Return)
    assert dialog.checking
    assert not dialog.ok_button.isEnabled()
    assert not dialog.password.isEnabled()
    assert dialog.cursor().shape() == Qt.CursorShape.WaitCursor
    press(dialog, Qt.Key.Key_Return)  # impatient
    dialog.try_login()
    gate.set()
    qtbot.waitUntil(lambda: dialog.result() == LoginDialog.DialogCode.Accepted)
    assert calls == ["authenticate"]
    assert dialog.user is not None
    assert dialog.user.id == counsellor.id


def test_a_wrong_password_is_said_beside_the_field_once_checked(
    qtbot: QtBot, store: Store, counsellor: SessionUser
) -> None:
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, counsellor.username)
    type_text(dialog.password, "vale parool")
    press(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking)
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.isVisible()
    assert dialog.ok_button.isEnabled()
    assert dialog.password.hasFocus()
    assert dialog.cursor().shape() != Qt.CursorShape.WaitCursor


@pytest.fixture
def lock(window: MainWindow, store: Store, counsellor: SessionUser) -> Iterator[LockController]:
    controller = install_lock(window, store, counsellor)
    yield controller
    controller.uninstall()


def test_unlocking_waits_with_the_field_disabled_and_enter_twice_checks_once(
    qtbot: QtBot, window: MainWindow, lock: LockController, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock.lock()
    page = page_of(window)
    page.password.setFocus()
    type_text(page.password, PASSWORD)
    gate, calls = held(monkeypatch, "verify_password")
    press(page.password, Qt.Key.Key_Return)
    assert lock.checking
    assert lock.locked
    assert not page.password.isEnabled()
    assert not page.unlock_button.isEnabled()
    lock.try_unlock(PASSWORD)  # a second Enter
    gate.set()
    qtbot.waitUntil(lambda: not lock.locked)
    assert calls == ["verify_password"]
    assert lock.failures == 0
