"""Backups run on a lane of their own (issue 13): a search typed during a backup shows its rows before the backup
ends, and closing the program during a backup stops it cleanly (nothing half-written) and makes the backup at exit.

The backup is made slow here by holding its copy step until the test lets it go (or until it is told to stop)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts.editing import ContactInput, save_contact
from app.store import backup
from app.store.db import Store
from app.ui.kit import tasks
from app.ui.shell.backup_dialogs import install_backups
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import Session, build_context
from tests.conftest import close_store, local_store, make_user
from tests.store.test_opening_checks import NOW
from tests.ui.conftest import press

CTRL = Qt.KeyboardModifier.ControlModifier
HOLD_AT_MOST_S = 15


class HeldCopy:
    """Replaces ``backup._copy``: the first copy, once written, waits until :attr:`release` (or its stop) is set
    before the backup goes on; the rest run through."""

    def __init__(self, real: Callable[..., None]) -> None:
        self.real = real
        self.started = threading.Event()
        self.release = threading.Event()
        self.calls = 0

    def __call__(self, source: Path, key: Any, partial: Path, stop: threading.Event | None) -> None:
        self.calls += 1
        self.real(source, key, partial, stop)  # the copy is written (as .partial), not yet checked nor named
        if self.calls == 1:
            self.started.set()
            for _ in range(HOLD_AT_MOST_S * 100):  # bounded: a test that fails does not hang
                if self.release.wait(0.01) or (stop is not None and stop.is_set()):
                    break


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldCopy]:
    copy = HeldCopy(backup._copy)
    monkeypatch.setattr(backup, "_copy", copy)
    yield copy
    copy.release.set()  # a test that failed half-way does not leave the files lane waiting


def _filled(path: Path) -> tuple[Store, SessionUser]:
    store = local_store(path)
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    mari = make_user(store, Role.COUNSELLOR, "mari")
    for summary in ("Üksindus öösel", "Võlad ja uni", "Anxiety at work"):
        with store.unit_of_work() as uow:
            save_contact(uow, mari, ContactInput(started_at=NOW, summary=summary))
            uow.commit()
    return store, admin


def test_a_search_typed_during_a_backup_shows_its_rows_before_the_backup_ends(
    qtbot: QtBot, tmp_path: Path, held: HeldCopy
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store, admin = _filled(path)
    window = MainWindow(build_context(store, admin, "en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.log_page.loading())
    backups = install_backups(window, store, admin, automatic=False)
    window.backup_action.trigger()  # Back up now
    assert held.started.wait(10)
    assert "Backing up" in window.statusBar().currentMessage()

    press(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.log_page.search, "Anxiety")  # typed while the backup reads the store
    press(window.log_page.search, Qt.Key.Key_Return)
    model = window.log_page.model
    qtbot.waitUntil(lambda: not window.log_page.loading() and model.rowCount() == 1, timeout=10_000)
    assert model.row_at(0).summary == "Anxiety at work"
    assert backups.running  # the rows came while the backup was still going
    assert backup.known_backups(path) == []

    held.release.set()
    qtbot.waitUntil(lambda: not backups.running, timeout=30_000)
    (made,) = backup.known_backups(path)
    assert str(made.path) in window.statusBar().currentMessage()
    window.close()
    close_store(store)


def test_closing_during_a_backup_stops_it_leaves_nothing_half_written_and_backs_up_at_exit(
    qtbot: QtBot, tmp_path: Path, held: HeldCopy
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store, admin = _filled(path)
    session = Session(store, "en")
    window = session.begin(admin)  # the backup after opening starts and is held in its copy
    qtbot.waitUntil(held.started.is_set, timeout=10_000)
    assert session.backups is not None
    assert session.backups.running
    folder = backup.default_folder()
    (being_written,) = folder.iterdir()
    assert being_written.name.endswith(backup.PARTIAL_SUFFIX)

    window.close()  # as the program ends: the window closes, then the session's end and the store's
    session.at_exit()
    tasks.finish(store)
    store.close()
    QApplication.setQuitOnLastWindowClosed(True)

    assert held.calls == 2  # the held backup was stopped, then the backup at exit was made
    (made,) = backup.known_backups(path)
    assert [entry.name for entry in folder.iterdir()] == [made.path.name]  # no .partial left
    again = local_store(path)
    with again.unit_of_work() as uow:
        assert len(uow.session.execute(sa.text("SELECT id FROM contacts")).all()) == 3
    again.close()
    backup.check_backup(made.path, again.key)


def test_a_log_out_during_a_backup_stops_it_and_closing_the_log_in_then_waits_for_nothing(
    qtbot: QtBot, tmp_path: Path, held: HeldCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store, admin = _filled(path)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    session = Session(store, "en")
    window = session.begin(admin)
    qtbot.waitUntil(held.started.is_set, timeout=10_000)
    qtbot.waitExposed(window)
    window.change_user_action.trigger()  # Change user: the log-in shows, the store stays open
    qtbot.waitUntil(lambda: session.login_dialog is not None and session.login_dialog.isVisible())
    assert session.login_dialog is not None
    press(session.login_dialog.username, Qt.Key.Key_Escape)  # nobody logs in: the program ends
    assert quits == [True]
    tasks.finish(store)  # the held backup was stopped with its window: nothing to wait for
    assert not held.release.is_set()
    store.close()
    QApplication.setQuitOnLastWindowClosed(True)
    assert list(backup.default_folder().iterdir()) == []  # no .partial, no half backup
