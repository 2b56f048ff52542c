"""Failures of the store as the counsellor meets them: a sentence that says what to do, and nothing typed is lost."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.config import StoreConfig
from app.models.enums import Role
from app.services.contacts.editing import ContactInput, save_contact
from app.store import backup
from app.store.db import Store
from app.ui.shell.backup_dialogs import open_store_or_recover
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.conftest import local_store, make_user
from tests.ui.conftest import shown_log, type_text


def test_locked_store_keeps_the_input_and_says_what_to_do(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shared.sqlite3"
    store = Store.open(f"sqlite:///{path}", busy_timeout_ms=200)
    mari = make_user(store, Role.COUNSELLOR, "mari")
    window = MainWindow(build_context(store, mari, "en"))
    qtbot.addWidget(window)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    form = window.new_contact()
    type_text(form.summary, "Helistaja kardab koju minna")
    other_program = sqlite3.connect(path)
    other_program.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        assert not form.save()
    finally:
        other_program.rollback()
        other_program.close()
    assert len(warnings) == 1
    assert "busy" in warnings[0]
    assert "Nothing was lost" in warnings[0]
    assert form.dirty
    assert form.summary.toPlainText() == "Helistaja kardab koju minna"
    assert shown_log(qtbot, window).rowCount() == 0

    assert form.save()  # the lock is gone: the same input saves
    assert shown_log(qtbot, window).row_at(0).summary == "Helistaja kardab koju minna"
    store.close()


def _click_when_shown(qtbot: QtBot, label: str, shown: list[str]) -> None:
    """Click the message box's button whose text starts with ``label`` once the box is on screen."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        shown.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "").startswith(label))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def _no_passphrase(_new: bool, _retry: bool) -> str | None:
    raise AssertionError("the test keyring holds the key")


@pytest.mark.parametrize("answer", ["Put", "Quit"])
def test_a_missing_store_at_start_says_what_was_found_and_offers_the_newest_copy(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = local_store(path)
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        save_contact(uow, mari, ContactInput(started_at=datetime(2026, 11, 20, 9, tzinfo=UTC), summary="ähvardused"))
    made = backup.make_backup(store)
    store.close()
    for leftover in tmp_path.glob("helpline.sqlite3*"):
        if leftover.name in ("helpline.sqlite3", "helpline.sqlite3-wal", "helpline.sqlite3-shm"):
            leftover.unlink()  # the store moved or deleted; its key note and backups remain
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: informed.append(text))
    shown: list[str] = []
    _click_when_shown(qtbot, answer, shown)

    opened = open_store_or_recover(StoreConfig(f"sqlite:///{path}"), _no_passphrase)

    assert "missing" in shown[0]
    assert str(made.path) in shown[0]  # what was found, and the copy offered
    assert "helpline.sqlite3.key-info" in shown[0]
    if answer == "Quit":
        assert opened is None
        assert not path.exists()  # no empty store made in its place
        return
    assert opened is not None
    with opened.unit_of_work() as uow:
        assert uow.session.execute(sa.text("SELECT count(*) FROM contacts")).scalar_one() == 1
    opened.close()
    assert len(informed) == 1
