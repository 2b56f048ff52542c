"""The start as the counsellor meets it: the log-in is the first window and takes typing while the store opens
behind it (``app.ui.shell.application``); Enter before the store is open waits for it; a store that turns out
unusable closes the log-in and says its sentence as before; the desk and the statistics are built when first shown;
the audit trail and Administration open from their menus (their modules load then if the start has not loaded them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.error_texts import known_error_text
from app.errors import StoreKeyGone
from app.models.enums import Role
from app.services.actor import SessionUser
from app.store.db import Store
from app.store.keys import forget_keyring_key
from app.ui.shell import application
from app.ui.shell.login import LoginDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.conftest import close_store, local_store, make_user
from tests.ui.conftest import press, type_text
from tests.ui.modal import drive_modal

PASSWORD = "correct horse battery"  # make_user's


def test_log_in_typed_before_the_store_is_open_is_checked_once_it_is(
    qtbot: QtBot, store: Store, counsellor: SessionUser
) -> None:
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, counsellor.username)
    type_text(dialog.password, PASSWORD)
    press(dialog.password, Qt.Key.Key_Return)
    assert dialog.checking  # waits for the store, with its fields and button disabled
    assert not dialog.ok_button.isEnabled()
    assert not dialog.password.isEnabled()
    qtbot.wait(100)
    assert dialog.result() != LoginDialog.DialogCode.Accepted
    dialog.store_ready(store)
    qtbot.waitUntil(lambda: dialog.result() == LoginDialog.DialogCode.Accepted)
    assert dialog.user is not None
    assert dialog.user.id == counsellor.id


def _args(path: Path) -> argparse.Namespace:
    return argparse.Namespace(database=f"sqlite:///{path}", demo=False, smoke=False, language="en", command=None)


def test_a_start_shows_the_log_in_first_and_logs_in_to_the_log(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    made = local_store(path)
    make_user(made, Role.COUNSELLOR, "mari")
    close_store(made)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    monkeypatch.setattr(application, "configure_logging", lambda: None)  # no log file left open by the test
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *_args: QMessageBox.StandardButton.Ok))
    seen: list[str] = []

    def drive() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()), None)
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if dialog is not None and "login" not in seen:
            seen.append("login")
            qtbot.keyClicks(dialog.username, "mari")
            qtbot.keyClicks(dialog.password, PASSWORD)
            press(dialog.password, Qt.Key.Key_Return)
        elif window is not None and not window.log_page.loading():
            seen.append("log")
            window.close()
            return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    assert application.run(_args(path)) == 0
    assert seen == ["login", "log"]


def test_a_store_whose_key_is_gone_closes_the_log_in_and_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    made = local_store(path)
    make_user(made, Role.COUNSELLOR, "mari")
    close_store(made)
    forget_keyring_key(path)  # the keyring no longer holds it: the store cannot be opened
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(application, "configure_logging", lambda: None)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text: said.append(text)))
    shown: list[str] = []

    def look() -> None:
        if any(isinstance(w, LoginDialog) and w.isVisible() for w in QApplication.topLevelWidgets()):
            shown.append("login")
        else:
            QTimer.singleShot(5, look)

    QTimer.singleShot(0, look)
    assert application.run(_args(path)) == 1
    assert shown == ["login"]  # the log-in was the first window, typing could begin
    assert said == [known_error_text(StoreKeyGone("gone"))]


def test_the_desk_and_statistics_are_built_when_first_shown(qtbot: QtBot, store: Store) -> None:
    lead = make_user(store, Role.SHIFT_LEAD, "juht")
    window = MainWindow(build_context(store, lead, "en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window._desk_page is None  # the log is shown; the desk has read nothing yet
    assert window._statistics_page is None
    titles = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    desk = titles.index("Desk")
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(desk).center())
    assert window.tabs.currentWidget() is window._desk_page
    assert window._desk_page is not None
    assert window._statistics_page is None  # the neighbouring tab stays unbuilt
    assert [window.tabs.tabText(index) for index in range(window.tabs.count())] == titles
    close = bar.tabButton(desk, bar.ButtonPosition.RightSide)
    assert close is None  # still a fixed tab


def test_a_store_checked_in_full_first_says_so_over_the_log_in(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.config import StoreConfig
    from app.store.integrity import SECTION, Reason
    from app.store.keys import update_note_section
    from app.ui.shell.integrity import StartCheckNotice

    path = tmp_path / "helpline.sqlite3"
    made = local_store(path)
    make_user(made, Role.COUNSELLOR, "mari")
    close_store(made)
    update_note_section(path, SECTION, {"open": True})  # as a crash leaves it: checked in full before it opens
    told: list[tuple[Reason, bool]] = []
    real = StartCheckNotice.checking

    def checking(notice: StartCheckNotice, reason: Reason) -> None:
        told.append((reason, any(isinstance(w, LoginDialog) and w.isVisible() for w in QApplication.topLevelWidgets())))
        real(notice, reason)

    monkeypatch.setattr(StartCheckNotice, "checking", checking)
    monkeypatch.setattr(application, "configure_logging", lambda: None)

    def leave_once_open() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()), None)
        if dialog is not None and dialog.store is not None:
            dialog.reject()
        else:
            QTimer.singleShot(10, leave_once_open)

    QTimer.singleShot(0, leave_once_open)
    store, user = application.log_in_while_opening(StoreConfig(f"sqlite:///{path}"), "en")
    assert store is not None
    close_store(store)
    assert user is None
    assert told == [(Reason.UNCLEAN, True)]  # said while the log-in was up, taking typing


def test_the_audit_trail_and_administration_open_from_their_menus(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(build_context(store, make_user(store, Role.ADMINISTRATOR, "admin"), "en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    opened: list[str] = []
    for menu_key, item_key in (("s", "t"), ("s", "a")):  # Settings → Audit trail…, Settings → Administration…
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

        def open_it(menu_key: str = menu_key, item_key: str = item_key) -> None:
            qtbot.keyClick(window, menu_key, Qt.KeyboardModifier.AltModifier)  # the Settings menu
            menu = QApplication.activePopupWidget()
            assert menu is not None
            qtbot.keyClick(menu, item_key)  # its item: the dialog's exec() runs until steps close it

        drive_modal(qtbot, open_it, lambda dialog: opened.append(dialog.windowTitle()))
    assert opened == ["Audit trail", "Administration"]
