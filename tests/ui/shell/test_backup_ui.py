"""Backups on screen: a damaged store at start offers its newest good backup or to quit; backups after opening,
every N hours and at exit; Back up now and Restore from backup… in the Settings menu."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.config import StoreConfig
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.guard import audit_anchor, backup_settings
from app.services.guard.backup_settings import BackupSettings
from app.store import backup
from app.store.db import Store
from app.store.opening import open_local_store
from app.ui.admin.security import SecurityPage
from app.ui.kit.formatting import local_datetime
from app.ui.shell import backup_dialogs
from app.ui.shell.backup_dialogs import install_backups, open_store_or_recover
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.conftest import local_store, make_user
from tests.store.test_backup import LATER_NAME, NAME, _damage_middle, _names, _save


def _no_passphrase(_new: bool, _retry: bool) -> str | None:
    raise AssertionError("the test keyring holds the key")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damaged_store_with_backup(path: Path) -> backup.BackupFile:
    store = local_store(path)
    _save(store, NAME)
    made = backup.make_backup(store)
    key = store.key
    store.close()
    _damage_middle(path, key)
    return made


# --- a damaged store at start -----------------------------------------------------------------------------------
def test_a_damaged_store_at_start_offers_the_newest_good_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    made = _damaged_store_with_backup(path)
    damaged = _digest(path)
    asked: list[tuple[str, str]] = []
    told: list[str] = []

    def answer(text: str, label: str) -> bool:
        asked.append((text, label))
        return True

    monkeypatch.setattr(backup_dialogs, "ask_restore", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))

    store = open_store_or_recover(StoreConfig(f"sqlite:///{path}"), _no_passphrase)
    assert store is not None
    ((text, label),) = asked
    when = local_datetime(made.made_at)
    assert text.startswith("The store file is damaged")
    assert when in text
    assert label == f"Restore the backup of {when}"
    assert _names(store) == [NAME]
    store.close()
    (aside,) = tmp_path.glob("helpline.sqlite3.damaged-*")
    assert _digest(aside) == damaged  # kept, renamed, never deleted
    assert "Contacts saved after that time are not in it" in told[0]


def test_quitting_leaves_the_damaged_store_as_it_is(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    _damaged_store_with_backup(path)
    before = _digest(path), sorted(p.name for p in tmp_path.iterdir())
    monkeypatch.setattr(backup_dialogs, "ask_restore", lambda _text, _label: False)
    assert open_store_or_recover(StoreConfig(f"sqlite:///{path}"), _no_passphrase) is None
    assert (_digest(path), sorted(p.name for p in tmp_path.iterdir())) == before


def test_without_a_good_backup_the_program_says_so_and_creates_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    made = _damaged_store_with_backup(path)
    made.path.unlink()
    before = _digest(path)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    assert open_store_or_recover(StoreConfig(f"sqlite:///{path}"), _no_passphrase) is None
    assert said[0].startswith("The store file is damaged and no good backup of it was found")
    assert _digest(path) == before


# --- backups while the program runs -----------------------------------------------------------------------------
@pytest.fixture
def admin_window(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Store, SessionUser]]:
    store = local_store(tmp_path / "helpline.sqlite3")
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    window = MainWindow(build_context(store, admin, "en"))
    qtbot.addWidget(window)
    yield window, store, admin
    store.close()


def test_backups_after_opening_every_n_hours_and_at_exit(
    qtbot: QtBot, tmp_path: Path, admin_window: tuple[MainWindow, Store, SessionUser]
) -> None:
    window, store, admin = admin_window
    path = tmp_path / "helpline.sqlite3"
    folder = tmp_path / "Varukoopiad"
    with store.unit_of_work() as uow:
        backup_settings.set_backup_settings(uow, admin, BackupSettings(2, 2, str(folder)))
        uow.commit()
    backups = install_backups(window, store, admin)
    qtbot.waitUntil(lambda: len(backup.backups_in(path, folder)) == 1)  # after opening
    qtbot.waitUntil(lambda: backups.timer.isActive())
    assert backups.timer.interval() == 2 * 3_600_000
    assert "Backed up" in window.statusBar().currentMessage()

    backups.timer.timeout.emit()  # two hours later
    qtbot.waitUntil(lambda: len(backup.backups_in(path, folder)) == 2)
    qtbot.waitUntil(lambda: not backups.running)
    third_from_now = backup.backups_in(path, folder)
    backups.at_exit()
    kept = backup.backups_in(path, folder)
    assert len(kept) == 2  # two generations
    assert kept[1] == third_from_now[0]
    assert kept[0].made_at > third_from_now[0].made_at


def test_back_up_now_from_the_menu(
    qtbot: QtBot, tmp_path: Path, admin_window: tuple[MainWindow, Store, SessionUser]
) -> None:
    window, store, admin = admin_window
    backups = install_backups(window, store, admin, automatic=False)
    assert window.backup_action.isEnabled()
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not backups.running)
    (made,) = backup.known_backups(tmp_path / "helpline.sqlite3")
    assert str(made.path) in window.statusBar().currentMessage()


def test_a_failed_backup_from_the_menu_says_so(
    qtbot: QtBot, tmp_path: Path, admin_window: tuple[MainWindow, Store, SessionUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, store, admin = admin_window
    with store.unit_of_work() as uow:
        backup_settings.set_backup_settings(uow, admin, BackupSettings(folder=str(tmp_path / "not a folder")))
        uow.commit()
    (tmp_path / "not a folder").write_text("a file where the folder should be")  # put there after it was chosen
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    backups = install_backups(window, store, admin, automatic=False)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not backups.running)
    assert warned[0].startswith("The backup was not made; the store itself is unchanged.")


def test_restore_from_the_menu_replaces_the_store_once_the_window_has_closed(
    qtbot: QtBot, tmp_path: Path, admin_window: tuple[MainWindow, Store, SessionUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, store, admin = admin_window
    path = tmp_path / "helpline.sqlite3"
    _save(store, NAME)
    made = backup.make_backup(store)
    _save(store, LATER_NAME)
    backups = install_backups(window, store, admin, automatic=False)
    window.show()
    questions: list[str] = []
    told: list[str] = []

    def confirm(_parent: QWidget, _title: str, text: str, *_buttons: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(made.path), ""))
    monkeypatch.setattr(QMessageBox, "question", confirm)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    assert window.restore_action is not None
    window.restore_action.trigger()
    assert "(1 contacts)" in questions[0]
    assert not window.isVisible()
    backups.at_exit()
    (aside,) = tmp_path.glob("helpline.sqlite3.replaced-*")
    assert str(aside) in told[0]
    again = open_local_store(path, _no_passphrase)
    assert _names(again) == [NAME]
    again.close()


def test_restore_from_the_menu_refuses_a_damaged_backup(
    qtbot: QtBot, tmp_path: Path, admin_window: tuple[MainWindow, Store, SessionUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, store, admin = admin_window
    _save(store, NAME)
    made = backup.make_backup(store)
    _damage_middle(made.path, store.key)
    backups = install_backups(window, store, admin, automatic=False)
    window.show()
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(made.path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    assert window.restore_action is not None
    window.restore_action.trigger()
    assert warned[0].startswith("This backup is damaged")
    assert backups.pending_restore is None
    assert window.isVisible()


def test_only_administrators_restore(qtbot: QtBot, store: Store, counsellor: SessionUser) -> None:
    window = MainWindow(build_context(store, counsellor, "en"))
    qtbot.addWidget(window)
    install_backups(window, store, counsellor, automatic=False)
    assert window.restore_action is None
    assert window.backup_action.isEnabled()


def test_administrators_set_interval_generations_and_folder_on_the_security_tab(
    qtbot: QtBot, tmp_path: Path, admin_window: tuple[MainWindow, Store, SessionUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, store, admin = admin_window
    page = SecurityPage(store, admin)
    qtbot.addWidget(page)
    box = page.backups
    assert (box.interval.value(), box.generations.value(), box.folder.text()) == (4, 10, "")
    chosen = tmp_path / "Välisketas" / "varukoopiad"
    chosen.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(chosen))
    box.interval.setValue(8)
    box.generations.setValue(30)
    qtbot.mouseClick(box.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.status.text() == "Saved."
    with store.unit_of_work() as uow:
        assert backup_settings.backup_settings(uow) == BackupSettings(8, 30, str(chosen))
    made = backup.make_backup(store, *_configured(store))
    assert made.path.parent == chosen
    qtbot.mouseClick(box.default_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    with store.unit_of_work() as uow:
        assert backup_settings.backup_settings(uow).folder_path is None


def _configured(store: Store) -> tuple[Path | None, int]:
    with store.unit_of_work() as uow:
        settings = backup_settings.backup_settings(uow)
    return settings.folder_path, settings.generations


def test_older_backups_holding_more_contacts_are_kept_and_the_administrator_told_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    folder = tmp_path / "Varukoopiad"
    store = local_store(path)
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    with store.unit_of_work() as uow:
        backup_settings.set_backup_settings(uow, admin, BackupSettings(4, 2, str(folder)))
        uow.commit()
    before = backup.make_backup(store, tmp_path / "elsewhere")  # no contacts yet
    _save(store, NAME)
    larger = [backup.make_backup(store, folder, 2).path for _ in range(2)]
    key = store.key
    store.close()
    backup.restore(path, before.path, key)  # the contacts are gone from the store
    store = local_store(path)
    window = MainWindow(build_context(store, admin, "en"))
    qtbot.addWidget(window)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    backups = install_backups(window, store, admin, automatic=False)
    for _ in range(2):
        window.backup_action.trigger()
        qtbot.waitUntil(lambda: not backups.running)
    assert len(warned) == 1  # once a session
    assert "1 older backup(s) hold contacts or audit entries the newest backup does not" in warned[0]
    assert "2 older backup(s) hold contacts or audit entries" in window.statusBar().currentMessage()
    assert all(path.exists() for path in larger)
    store.close()


def test_no_backup_is_pruned_while_the_audit_anchor_reports_a_finding_and_the_window_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = local_store(path)
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    folder = tmp_path / "Varukoopiad"
    with store.unit_of_work() as uow:
        backup_settings.set_backup_settings(uow, admin, BackupSettings(4, 2, str(folder)))
        uow.commit()
    keeper = audit_anchor.Keeper(None, "test")
    keeper.finding = audit_anchor.Finding("shorter", audit_anchor.Anchor(40, "0" * 64), 12)
    store.keep_anchor(keeper)  # what a start finds after an old copy was put back by hand
    window = MainWindow(build_context(store, admin, "en"))
    qtbot.addWidget(window)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    backups = install_backups(window, store, admin, automatic=False)
    for _ in range(4):
        window.backup_action.trigger()
        qtbot.waitUntil(lambda: not backups.running)
    assert len(backup.backups_in(path, folder)) == 4  # two generations configured, none removed
    assert len(warned) == 1
    assert warned[0].startswith("No older backup was removed")
    store.close()


def test_a_device_chosen_as_the_backup_folder_is_refused_on_the_security_tab(
    qtbot: QtBot, admin_window: tuple[MainWindow, Store, SessionUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, store, admin = admin_window
    page = SecurityPage(store, admin)
    qtbot.addWidget(page)
    box = page.backups
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: "/dev/null")
    qtbot.mouseClick(box.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.status.text() != "Saved."
    assert box.errors["folder"].text().startswith("This is a file or a device, not a folder")
    with store.unit_of_work() as uow:
        assert backup_settings.backup_settings(uow).folder == ""
