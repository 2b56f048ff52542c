"""Issue 14, point 7: the administrator's view of the team's workstations with their last sync, read off the GUI
thread, a stale one marked in words, and a sentence instead of a frozen window when the server cannot be reached."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.errors import ServerUnreachable
from app.models.enums import Role
from app.services.actor import SessionUser
from app.store.db import Store
from app.store.sync.status import WorkstationState
from app.ui.admin.dialog import AdminDialog, WorkstationPage
from app.ui.admin.workstations_dialog import STALE_ROLE, WorkstationsDialog
from app.ui.kit import formatting
from app.ui.kit.accessibility import install_accessible_names
from app.ui.shell.application import SUPPORTED_LANGUAGES, install_translation
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.conftest import make_user
from tests.ui.conftest import _forget_unsaved_input
from tests.ui.mnemonics import mnemonic, press_each_label, problems
from tests.ui.test_accessibility import unnamed_inputs

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
STATIONS = [
    WorkstationState("K7", "tallinn-07", "mari", NOW - timedelta(days=90), NOW - timedelta(minutes=3), NOW, 0),
    WorkstationState(
        "T2", "tartu-02", "olga", NOW - timedelta(days=60), NOW - timedelta(days=3), NOW - timedelta(days=3), 12
    ),
    WorkstationState("A3", "kodu-liis", "liis", NOW - timedelta(hours=2), None, None, 0),
]
SYNC = 1  # the Sync column, next to the station


def shown(qtbot: QtBot, dialog: WorkstationsDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading())


def cell(dialog: WorkstationsDialog, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return dialog.model.data(dialog.model.index(row, column), role)


def test_the_workstations_are_listed_and_a_stale_one_is_marked_in_words(qtbot: QtBot) -> None:
    threads: list[threading.Thread] = []

    def load() -> list[WorkstationState]:
        threads.append(threading.current_thread())
        return list(STATIONS)

    dialog = WorkstationsDialog(load, now=lambda: NOW)
    shown(qtbot, dialog)
    assert threads
    assert threads[0] is not threading.main_thread()  # the server is read off the GUI thread
    rows = {str(cell(dialog, row, 0)): row for row in range(dialog.model.rowCount())}
    assert list(rows) == ["A3", "K7", "T2"]
    tallinn, tartu, home = rows["K7"], rows["T2"], rows["A3"]
    assert [cell(dialog, tartu, column) for column in range(8)] == [
        "T2",
        "No sync for 3 days",
        "tartu-02",
        "olga",
        formatting.local_datetime(NOW - timedelta(days=60)),
        formatting.local_datetime(NOW - timedelta(days=3)),
        formatting.local_datetime(NOW - timedelta(days=3)),
        "12",
    ]
    assert cell(dialog, tallinn, SYNC) == "Up to date"
    assert cell(dialog, tartu, SYNC) == "No sync for 3 days"
    assert cell(dialog, home, SYNC) == "Never synced"
    assert cell(dialog, home, 5) == "never"
    for row, stale in ((tallinn, False), (tartu, True), (home, True)):
        assert cell(dialog, row, 3, STALE_ROLE) is stale
        assert (cell(dialog, row, 0, Qt.ItemDataRole.DecorationRole) is not None) is stale  # an icon, not colour alone
    assert dialog.note.text() == "3 workstations in the team. Not synced for more than a day: 2 (see the Sync column)."


def test_a_sync_a_day_ago_is_counted_in_hours(qtbot: QtBot) -> None:
    late = WorkstationState("B4", "parnu-04", "mari", NOW - timedelta(days=9), NOW - timedelta(hours=30), None, 3)
    dialog = WorkstationsDialog(lambda: [late], now=lambda: NOW)
    shown(qtbot, dialog)
    assert cell(dialog, 0, SYNC) == "No sync for 30 hours"
    assert dialog.note.text() == "1 workstation in the team. Not synced for more than a day: 1 (see the Sync column)."


def test_an_unreachable_server_is_said_in_the_dialog_and_refresh_tries_again(qtbot: QtBot) -> None:
    answers: list[object] = [ServerUnreachable("connection refused"), list(STATIONS)]

    def load() -> list[WorkstationState]:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        assert isinstance(answer, list)
        return answer

    dialog = WorkstationsDialog(load, now=lambda: NOW)
    shown(qtbot, dialog)  # no message box (the tests fail on an unexpected one)
    assert dialog.note.text() == (
        "The server cannot be reached: the list is shown when the workstation is online again."
    )
    assert dialog.model.rowCount() == 0
    assert dialog.refresh_button.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Refresh, once it is back
    qtbot.waitUntil(lambda: not dialog.loading() and dialog.model.rowCount() == 3)
    assert dialog.note.text().startswith("3 workstations in the team.")


def test_another_failure_is_reported_as_a_bug(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown_boxes: list[str] = []
    monkeypatch.setattr(
        "app.ui.admin.workstations_dialog.messages.report", lambda _parent, error: shown_boxes.append(str(error))
    )

    def load() -> list[WorkstationState]:
        raise RuntimeError("a bug in the loader")

    dialog = WorkstationsDialog(load, now=lambda: NOW)
    shown(qtbot, dialog)
    assert shown_boxes == ["a bug in the loader"]
    assert dialog.note.text() == ""


def admin_window(qtbot: QtBot, store: Store) -> tuple[MainWindow, SessionUser]:
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    window = MainWindow(build_context(store, admin, "en"))
    qtbot.addWidget(window, before_close_func=_forget_unsaved_input)
    window.show()
    qtbot.waitExposed(window)
    return window, admin


def test_the_menu_entry_is_there_in_team_mode_only_and_opens_the_list(qtbot: QtBot, store: Store) -> None:
    window, _admin = admin_window(qtbot, store)
    assert not window.workstations_action.isVisible()
    assert not window.workstations_action.isEnabled()
    window.set_workstations_loader(lambda: list(STATIONS))
    assert window.workstations_action.isVisible()
    assert window.workstations_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Settings, then Team workstations…
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    QTest.keyClick(menu, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: (found := window.findChild(WorkstationsDialog)) is not None and found.isVisible())
    dialog = window.findChild(WorkstationsDialog)
    assert isinstance(dialog, WorkstationsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    dialog.close()


def test_a_counsellor_gets_no_workstations_entry(qtbot: QtBot, window: MainWindow) -> None:
    window.set_workstations_loader(lambda: list(STATIONS))
    assert window.workstations_action not in window.menuBar().actions()
    assert all(window.workstations_action not in menu.actions() for menu in window.findChildren(QMenu))
    assert window.open_workstations() is None


def test_administration_offers_the_list_only_with_a_loader(qtbot: QtBot, store: Store) -> None:
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    plain = AdminDialog(store, admin)
    qtbot.addWidget(plain)
    assert not plain.workstation.team_button.isVisibleTo(plain.workstation)
    team = AdminDialog(store, admin, workstations=lambda: list(STATIONS))
    qtbot.addWidget(team)
    team.show()
    assert team.workstation.team_button.isVisibleTo(team.workstation)
    qtbot.mouseClick(team.workstation.team_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (found := team.findChild(WorkstationsDialog)) is not None and found.isVisible())
    dialog = team.findChild(WorkstationsDialog)
    assert isinstance(dialog, WorkstationsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    dialog.close()


@pytest.fixture(params=SUPPORTED_LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    locale = QLocale()
    install_translation(qapp, request.param)
    try:
        yield request.param
    finally:
        for translator in install_translation(qapp, "en"):
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_the_dialogs_are_named_for_screen_readers_and_their_alt_keys_work(
    qtbot: QtBot, qapp: QApplication, store: Store, language: str
) -> None:
    from app.store.sync.status import SyncStatus
    from app.ui.shell.sync_indicator import SyncDetailsDialog

    install_accessible_names(qapp)  # as app.ui.shell.application.run does
    found: list[str] = []
    dialog = WorkstationsDialog(lambda: list(STATIONS), now=lambda: NOW)
    shown(qtbot, dialog)
    details = SyncDetailsDialog(SyncStatus(online=True, conflicts=2))
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    team = WorkstationPage(store, admin, workstations=lambda: [])  # Administration's tab, with its button to the list
    for widget, where in ((dialog, "workstations"), (details, "sync details"), (team, "administration, workstation")):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)  # noqa: B023 - waited for here
        found += unnamed_inputs(widget, where) + problems(widget, where) + press_each_label(widget, where)
        widget.close()
    assert found == []


def test_the_settings_menu_keeps_its_alt_keys_apart_in_team_mode(qtbot: QtBot, store: Store, language: str) -> None:
    from app.store.sync.status import SyncStatus

    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    window = MainWindow(build_context(store, admin, language))
    qtbot.addWidget(window, before_close_func=_forget_unsaved_input)
    window.show_sync_status(SyncStatus(online=True))
    window.set_workstations_loader(lambda: [])
    settings = window.sync_action.associatedObjects()[-1]
    assert isinstance(settings, QMenu)
    letters = [mnemonic(action.text()) for action in settings.actions() if action.isVisible() and action.text()]
    assert mnemonic(window.sync_action.text()) is not None
    assert mnemonic(window.workstations_action.text()) is not None
    assert len(letters) == len(set(letters)), letters
