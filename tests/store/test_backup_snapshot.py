"""A backup beside a working program (issue 13): it copies one snapshot in steps, so saves meanwhile neither restart
nor starve it; it can be stopped, leaving nothing; and a backup that passes its check counts as the store's last
full check (``app.store.integrity``)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts.editing import ContactInput, save_contact
from app.store import backup
from app.store.db import Store
from app.store.integrity import SECTION, Reason, reason_to_check_first
from app.store.keys import note_section, update_note_section
from tests.conftest import local_store, make_user
from tests.store.test_backup import NOW


def _save(store: Store, user: SessionUser, summary: str) -> None:
    with store.unit_of_work() as uow:
        save_contact(uow, user, ContactInput(started_at=NOW, summary=summary))


def _store(path: Path, contacts: int = 30) -> tuple[Store, SessionUser]:
    store = local_store(path)
    mari = make_user(store, Role.COUNSELLOR, "mari")
    for number in range(contacts):
        _save(store, mari, f"{number} " + "üksindus ja uni " * 60)
    return store, mari


def _contacts_in(path: Path, store: Store) -> int:
    return backup.contact_count(path, store.key)


class SavingBetweenSteps:
    """A ``stop`` that never stops but saves a contact each time it is asked, up to ``times``: a busy shift writing
    while the backup copies (one page per step here)."""

    def __init__(self, store: Store, user: SessionUser, times: int) -> None:
        self.store, self.user, self.times, self.saved = store, user, times, 0

    def is_set(self) -> bool:
        if self.saved < self.times:
            self.saved += 1
            _save(self.store, self.user, f"saved during the backup {self.saved}")
        return False


def test_saves_during_a_stepped_backup_neither_restart_nor_starve_it_and_the_copy_is_one_moment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, mari = _store(tmp_path / "helpline.sqlite3")
    monkeypatch.setattr(backup, "STEP_PAGES", 1)
    busy = SavingBetweenSteps(store, mari, times=40)
    made = backup.make_backup(store, tmp_path / "backups", stop=busy)  # type: ignore[arg-type]
    assert busy.saved == 40  # saved between the copy's steps
    assert _contacts_in(made.path, store) == 30  # the store as it was when the copy began
    backup.check_backup(made.path, store.key)
    store.close()


def test_a_stopped_backup_leaves_nothing_and_says_it_was_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _mari = _store(tmp_path / "helpline.sqlite3")
    folder = tmp_path / "backups"
    monkeypatch.setattr(backup, "STEP_PAGES", 1)
    stop = threading.Event()
    steps: list[int] = []
    real = backup._raise_if_stopped

    def count_then_stop(event: threading.Event | None, error: Exception | None = None) -> None:
        steps.append(1)
        if len(steps) == 3:
            stop.set()  # the program closes while the copy is under way
        real(event, error)

    monkeypatch.setattr(backup, "_raise_if_stopped", count_then_stop)
    with pytest.raises(backup.BackupStopped):
        backup.make_backup(store, folder, stop=stop)
    assert list(folder.iterdir()) == []  # no .partial, no backup
    monkeypatch.setattr(backup, "_raise_if_stopped", real)
    made = backup.make_backup(store, folder)  # the next one is whole
    assert [entry.name for entry in folder.iterdir()] == [made.path.name]
    store.close()


def test_a_backup_that_passes_its_check_is_the_stores_last_full_check(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store, _mari = _store(path, contacts=3)
    week_ago = (datetime.now(UTC) - timedelta(days=8)).isoformat()
    update_note_section(path, SECTION, {"checked_at": week_ago})
    before = datetime.now(UTC)
    made = backup.make_backup(store, tmp_path / "backups")
    checked = datetime.fromisoformat(str(note_section(path, SECTION)["checked_at"]))
    assert before <= checked <= made.made_at + timedelta(seconds=1)
    store.close()
    assert reason_to_check_first(path) is None  # closed cleanly and checked by the backup: no check first


def test_a_backup_does_not_clear_damage_a_check_found(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store, _mari = _store(path, contacts=3)
    update_note_section(path, SECTION, {"damage": "quick_check: page 7 is never used"})
    backup.make_backup(store, tmp_path / "backups")
    assert note_section(path, SECTION)["damage"] == "quick_check: page 7 is never used"
    store.close()
    assert reason_to_check_first(path) is Reason.DAMAGE
