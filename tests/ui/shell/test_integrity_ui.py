"""The store's full check once the window is up (issue 13): damage it finds is said over the window, and saving is
refused from then on; the next start refuses the store before anything is written. A start that checks the store
first says why."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.models import Contact
from app.models.enums import Role
from app.services.contacts.editing import ContactInput, save_contact
from app.store import backup
from app.store.db import Store
from app.store.integrity import Reason, reason_to_check_first
from app.store.opening import StoreDamaged, open_local_store
from app.ui.kit import tasks
from app.ui.shell.integrity import StartCheckNotice
from app.ui.shell.session import Session
from tests.conftest import close_store, local_store, make_user
from tests.store.test_opening_checks import NOW, _damage_deep
from tests.ui.conftest import type_text


def _contacts(store: Store) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.scalar(sa.select(sa.func.count()).select_from(Contact)) or 0)


@pytest.fixture
def running(qtbot: QtBot) -> Iterator[list[Session]]:
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        window, session.window = session.window, None
        if session.lock is not None:
            session.lock.uninstall()
        if window is not None:
            window.leave()
            window.deleteLater()
        QApplication.setQuitOnLastWindowClosed(True)
        tasks.wait_until_idle()
        close_store(session.store)


def test_damage_found_after_the_window_shows_is_said_and_nothing_more_is_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, running: list[Session]
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = local_store(path)
    mari = make_user(store, Role.COUNSELLOR, "mari")
    for number in range(40):
        with store.unit_of_work() as uow:
            save_contact(uow, mari, ContactInput(started_at=NOW, summary=f"{number} " + "üksindus ja uni " * 90))
    backup.make_backup(store)
    key = store.key
    store.close()
    _damage_deep(path, key)  # on a disk at rest, where no start reads

    critical: list[str] = []
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *_a: critical.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warned.append(text)))
    opened = local_store(path)  # the start's checks pass: the window shows at once
    session = Session(opened, "en", automatic_backups=False)
    running.append(session)
    window = session.begin(mari)
    qtbot.waitUntil(lambda: bool(critical), timeout=30_000)
    assert critical[0].startswith("The program's check of the store found it damaged")
    assert "nothing more can be saved" in critical[0]
    assert "offer to restore the newest good backup" in critical[0]

    form = window.new_contact()
    type_text(form.summary, "Ärevus, ei maga")
    assert not form.save()
    assert any(text.startswith("The store file is damaged") for text in warned)
    assert form.summary.toPlainText() == "Ärevus, ei maga"  # the typing stays on screen
    assert _contacts(opened) == 40

    running.clear()
    session.window = None
    if session.lock is not None:
        session.lock.uninstall()
    window.leave()
    window.deleteLater()
    tasks.wait_until_idle()
    close_store(opened)
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreDamaged):  # the next start: refused before anything is written, a backup offered
        open_local_store(path, lambda _new, _retry: None)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == damaged


def test_a_start_after_an_unclean_shutdown_says_why_it_checks_the_store_first(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = local_store(path)
    make_user(store, Role.COUNSELLOR, "mari")
    store.engine.dispose()  # the program died: nothing noted the close
    notice = StartCheckNotice()
    shown: list[str] = []

    def check_shown(reason: Reason) -> None:
        notice.checking(reason)
        assert notice.dialog is not None
        shown.append(notice.dialog.labelText())

    opened = open_local_store(path, lambda _new, _retry: None, checking=check_shown)
    assert shown == [
        "The program was not closed properly last time, so the store is checked before it opens. On a very large "
        "store this takes up to a minute."
    ]
    notice.close()
    assert notice.dialog is None
    close_store(opened)

    again = open_local_store(path, lambda _new, _retry: None, checking=check_shown)  # closed cleanly: no waiting
    assert len(shown) == 1
    close_store(again)


def test_a_clean_exit_leaves_nothing_for_the_next_start_to_check_first(qtbot: QtBot, tmp_path: Path) -> None:
    """The program's whole run (a window, the backup after opening, the worker's jobs, the check once the window is
    up, the backup at exit) ends with the store closed cleanly: no WAL left, the next start opens without the full
    check first (else every start would pay for it again)."""
    path = tmp_path / "helpline.sqlite3"
    store = local_store(path)
    mari = make_user(store, Role.COUNSELLOR, "mari")
    session = Session(store, "en", automatic_backups=True)
    window = session.begin(mari)
    qtbot.waitUntil(lambda: session.integrity is not None and store.integrity.finished.is_set(), timeout=30_000)
    qtbot.waitUntil(lambda: bool(backup.known_backups(path)), timeout=30_000)  # the backup after opening
    window.close()
    session.at_exit()  # the end of the session in the trail, the backup at exit
    tasks.finish(store)
    store.close()  # as application.run ends
    assert not path.with_name(path.name + "-wal").exists()
    assert reason_to_check_first(path) is None
    window.deleteLater()
