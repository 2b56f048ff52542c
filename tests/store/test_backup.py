"""Backups of the local store: encrypted like it, checked, kept in generations; restore checks before it replaces and
keeps what it replaced; a damaged store is refused at start, never replaced by an empty one, and its newest good
backup is found."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import random
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
import sqlcipher3  # type: ignore[import-untyped]

from app.__main__ import main
from app.config import data_dir, resolve_store
from app.errors import BackupRejected, StoreKeyRejected, StoreLocked
from app.models.audit import AuditKind
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts import log
from app.services.contacts.editing import ContactInput, save_contact
from app.services.guard import audit_anchor, auth, backup_settings
from app.services.guard.backup_settings import BackupSettings
from app.services.guard.store_opening import open_configured_store
from app.store import backup
from app.store.db import Store, current_revision, head_revision
from app.store.integrity import Reason
from app.store.keys import KeySource, StoreKey
from app.store.opening import StoreDamaged, StoreMissing, open_local_store
from app.ui.kit import messages
from tests.conftest import local_store, make_user
from tests.store.test_encryption import NoKeyring, Prompt

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NAME, LATER_NAME = "Jüri Õunapuu-Šarõgina", "Ольга Смирнова"


def _no_passphrase(_new: bool, _retry: bool) -> str | None:
    raise AssertionError("the test keyring holds the key")


def _save(store: Store, name: str) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari") if not _names(store) else _admin(store)
    with store.unit_of_work() as uow:
        save_contact(uow, mari, ContactInput(started_at=NOW, identified=True, full_name=name, summary="ähvardused"))


def _admin(store: Store) -> SessionUser:
    with store.unit_of_work() as uow:
        return auth.authenticate(uow, "admin", "correct horse battery")


def _names(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        if auth.needs_first_administrator(uow):
            return []
        admin = auth.authenticate(uow, "admin", "correct horse battery")
        return sorted(row.person_name or "" for row in log.list_page(uow, admin))


def _filled(path: Path) -> Store:
    store = local_store(path)
    _save(store, NAME)
    return store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage_middle(path: Path, key: StoreKey | None) -> None:
    """Overwrite bytes in the middle of the contacts table's first page, as a failing disk would: the schema is intact,
    so it is the start's read of every table's first pages (``app.store.db.cheap_check``; SQLCipher authenticates each
    page) or a full quick check that finds the damage. Damage no start reads: tests/store/test_opening_checks.py."""
    connection = backup._connect(path, key)
    page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contacts'").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * 4096 + 1000)
        handle.write(random.Random(6).randbytes(64))


def _cut_short(path: Path, _key: StoreKey | None = None) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


# --- making backups ---------------------------------------------------------------------------------------------
def test_a_backup_is_encrypted_with_the_stores_key_and_named_by_time(tmp_path: Path) -> None:
    store = _filled(tmp_path / "helpline.sqlite3")
    made = backup.make_backup(store)
    assert made.path.parent == data_dir() / "backups"
    assert made.path.name.startswith("helpline-")
    assert made.path.name.endswith("Z.sqlite3")
    assert list(made.path.parent.iterdir()) == [made.path]  # no partial copy, no WAL beside it
    data = made.path.read_bytes()
    assert b"SQLite format 3" not in data
    for plain in (NAME, "Õunapuu", "ähvardused", "mari"):
        assert plain.encode() not in data
    with pytest.raises(BackupRejected) as refused:
        backup.check_backup(made.path, StoreKey("x'" + "00" * 32 + "'", KeySource.KEYRING))
    assert refused.value.reason == "unreadable"
    connection = sqlcipher3.connect(str(made.path))  # without a key
    with pytest.raises(sqlcipher3.DatabaseError):
        connection.execute("SELECT count(*) FROM contacts").fetchone()
    connection.close()
    assert backup.contact_count(made.path, store.key) == 1
    store.close()


def test_generations_beyond_the_count_are_removed_oldest_first(tmp_path: Path) -> None:
    store = _filled(tmp_path / "helpline.sqlite3")
    folder = tmp_path / "chosen"
    made = [backup.make_backup(store, folder, generations=3) for _ in range(5)]
    kept = sorted(path.name for path in folder.iterdir())
    assert kept == [m.path.name for m in made[2:]]
    assert [b.path for b in backup.known_backups(tmp_path / "helpline.sqlite3")] == [m.path for m in made[:1:-1]]
    assert backup.noted_folder(tmp_path / "helpline.sqlite3") == folder  # found again if the store is unreadable
    store.close()


def test_a_backup_that_does_not_check_out_removes_no_older_generation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _filled(tmp_path / "helpline.sqlite3")
    folder = tmp_path / "backups"
    older = [backup.make_backup(store, folder, generations=2).path for _ in range(2)]

    def damaged(path: Path, key: StoreKey | None, stop: object = None) -> str:
        raise BackupRejected("damaged", "injected")

    monkeypatch.setattr(backup, "check_backup", damaged)
    with pytest.raises(BackupRejected):
        backup.make_backup(store, folder, generations=2)
    assert sorted(folder.iterdir()) == older
    store.close()


# --- restoring --------------------------------------------------------------------------------------------------
def test_restore_puts_the_backup_back_and_keeps_the_replaced_store(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    made = backup.make_backup(store)
    _save(store, LATER_NAME)
    key = store.key
    store.close()

    aside = backup.restore(path, made.path, key)
    assert aside is not None
    assert aside.name.startswith("helpline.sqlite3.replaced-")
    assert made.path.exists()  # the backup stays where it was
    again = open_local_store(path, _no_passphrase)
    assert _names(again) == [NAME]
    again.close()
    replaced = Store.open(f"sqlite:///{aside}", key=key, migrate_to_head=False)
    assert _names(replaced) == sorted([NAME, LATER_NAME])  # nothing of the replaced store is lost
    replaced.close()


@pytest.mark.parametrize("damage", [_damage_middle, _cut_short])
def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path, damage: object) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    made = backup.make_backup(store)
    key = store.key
    store.close()
    assert callable(damage)
    damage(made.path, key)
    before = _digest(path)
    with pytest.raises(BackupRejected) as refused:
        backup.restore(path, made.path, key)
    assert refused.value.reason in ("damaged", "unreadable")
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("helpline.sqlite3")) == [
        "helpline.sqlite3",
        "helpline.sqlite3.backup-folder",
        "helpline.sqlite3.key-info",
    ]


def test_restore_refuses_another_stores_backup_and_a_newer_programs(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    key = store.key
    other = local_store(tmp_path / "other" / "helpline.sqlite3")  # its own key
    foreign = backup.make_backup(other, tmp_path / "foreign")
    other.close()
    future = backup.make_backup(store)
    store.close()
    connection = backup._connect(future.path, key)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = _digest(path)
    for file, reason in ((foreign.path, "unreadable"), (future.path, "newer")):
        with pytest.raises(BackupRejected) as refused:
            backup.restore(path, file, key)
        assert refused.value.reason == reason
    assert _digest(path) == before


# --- a damaged store at start -----------------------------------------------------------------------------------
@pytest.mark.parametrize("damage", [_damage_middle, _cut_short])
def test_a_damaged_store_is_refused_and_its_newest_good_backup_found(tmp_path: Path, damage: object) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    folder = tmp_path / "chosen"
    backup.make_backup(store, folder)
    _save(store, LATER_NAME)
    newest = backup.make_backup(store, folder)
    key = store.key
    store.close()
    assert callable(damage)
    damage(path, key)
    _damage_middle(newest.path, key)  # the newest backup went bad too: the one before it is offered
    before = _digest(path)

    with pytest.raises(StoreDamaged) as refused:
        open_local_store(path, _no_passphrase)
    assert refused.value.path == path
    assert _digest(path) == before  # nothing written to it, no empty store in its place
    good = backup.newest_good_backup(path, refused.value.key)
    assert good is not None
    assert good.path != newest.path
    aside = backup.restore(path, good.path, refused.value.key, label="damaged")
    assert aside is not None
    assert _digest(aside) == before
    again = open_local_store(path, _no_passphrase)
    assert _names(again) == [NAME]
    again.close()


def test_an_emptied_or_overwritten_store_never_becomes_a_new_one(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    made = backup.make_backup(store)
    store.close()

    path.write_bytes(b"")  # emptied: it was a store (its key note and backup are there)
    with pytest.raises(StoreDamaged) as refused:
        open_local_store(path, _no_passphrase)
    assert path.stat().st_size == 0
    assert backup.newest_good_backup(path, refused.value.key) == made

    path.write_bytes(os.urandom(200_000))  # noise from the first page on: with a backup the key proves right
    with pytest.raises(StoreDamaged):
        open_local_store(path, _no_passphrase)
    os.remove(made.path)  # without a backup the program cannot tell noise from a wrong key; it still creates nothing
    with pytest.raises(StoreKeyRejected):
        open_local_store(path, _no_passphrase)
    assert path.stat().st_size == 200_000


# --- settings ---------------------------------------------------------------------------------------------------
def test_backup_settings_have_defaults_and_refuse_nonsense(tmp_path: Path) -> None:
    store = local_store(tmp_path / "helpline.sqlite3")
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    with store.unit_of_work() as uow:
        assert backup_settings.backup_settings(uow) == BackupSettings(interval_hours=4, generations=10, folder="")
        with pytest.raises(backup_settings.FieldErrors) as refused:
            backup_settings.set_backup_settings(uow, admin, BackupSettings(0, 1, "relative/folder"))
        assert refused.value.errors == {
            "interval_hours": "backup.interval_range",
            "generations": "backup.generations_range",
            "folder": "backup.folder",
        }
        chosen = BackupSettings(2, 5, str(tmp_path / "Varukoopiad"))
        backup_settings.set_backup_settings(uow, admin, chosen)
        uow.commit()
    with store.unit_of_work() as uow:
        assert backup_settings.backup_settings(uow) == chosen
    store.close()


# --- the command line -------------------------------------------------------------------------------------------
def test_backup_and_restore_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    store.close()
    url = f"sqlite:///{path}"

    assert main(["--database", url, "backup"]) == 0
    (made,) = backup.known_backups(path)
    assert str(made.path) in capsys.readouterr().out

    store = open_local_store(path, _no_passphrase)
    _save(store, LATER_NAME)
    store.close()
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(made.path.read_bytes())
    _damage_middle(damaged, store.key)
    before = _digest(path)
    assert main(["--database", url, "restore", str(damaged)]) == 1
    assert "damaged" in capsys.readouterr().err
    assert _digest(path) == before

    monkeypatch.setattr(sys, "stdin", io.StringIO("admin\ncorrect horse battery\n"))  # an administrator's log-in
    assert main(["--database", url, "restore", str(made.path)]) == 0
    out = capsys.readouterr().out
    assert "replaced store is kept as" in out
    store = open_local_store(path, _no_passphrase)
    assert _names(store) == [NAME]
    store.close()

    _cut_short(path)
    assert main(["--database", url, "backup"]) == 2  # a damaged store is not backed up over good generations
    assert "damaged" in capsys.readouterr().err
    assert len(backup.known_backups(path)) == 1


def test_a_passphrase_stores_backups_open_with_the_same_passphrase(tmp_path: Path) -> None:
    keyring.set_keyring(NoKeyring())
    path = tmp_path / "helpline.sqlite3"
    store = open_local_store(path, Prompt("pikk ja salajane lause"))
    _save(store, NAME)
    made = backup.make_backup(store)
    store.close()
    backup.check_backup(made.path, StoreKey.from_passphrase("pikk ja salajane lause"))
    with pytest.raises(BackupRejected):
        backup.check_backup(made.path, StoreKey.from_passphrase("vale lause küll"))

    with path.open("r+b") as handle:  # the first page destroyed: the passphrase still opens the backup
        handle.write(os.urandom(4096))
    prompt = Prompt("vale lause küll", "pikk ja salajane lause")
    with pytest.raises(StoreDamaged) as refused:
        open_local_store(path, prompt)
    assert prompt.asked == [(False, False), (False, True)]  # a wrong passphrase is asked again, not called damage
    assert refused.value.key == StoreKey.from_passphrase("pikk ja salajane lause")
    assert backup.newest_good_backup(path, refused.value.key) == made


def test_restore_refuses_while_another_program_has_the_store_open(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = Store.open(f"sqlite:///{path}")  # unencrypted: the other program below needs no key
    _save(store, NAME)
    made = backup.make_backup(store)
    _save(store, LATER_NAME)
    store.close()
    holder = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM contacts').fetchall()\n"
        "print('open', flush=True); time.sleep(60)\n"
    )
    other = subprocess.Popen([sys.executable, "-c", holder, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None
        assert other.stdout.readline().strip() == "open"
        before = _digest(path)
        with pytest.raises(StoreLocked):
            backup.restore(path, made.path, None)
        assert _digest(path) == before
        assert not list(tmp_path.glob("helpline.sqlite3.replaced-*"))
    finally:
        other.kill()
        other.communicate()
    assert backup.restore(path, made.path, None) is not None  # once it has closed
    store = Store.open(f"sqlite:///{path}")
    assert _names(store) == [NAME]
    store.close()


def test_a_new_program_version_backs_up_the_store_before_it_changes_its_tables(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = local_store(path)  # made at the newest revision: bring it back to an older one, as an old program left it
    key = store.key
    store.close()
    older = Store.open(f"sqlite:///{path}", key=key, migrate_to_head=False)
    with older.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0009'")
        connection.exec_driver_sql("DROP TABLE drafts")  # what 0010 adds
        connection.exec_driver_sql("DROP INDEX ix_contacts_open_callback_handler")  # and 0011
        connection.exec_driver_sql("DROP INDEX ix_contacts_open_callback_due")
        for trigger in (
            "contacts_started_at_to_topics",
            "contact_topics_started_at_au",
            "contact_topics_started_at_ai",
        ):
            connection.exec_driver_sql(f"DROP TRIGGER {trigger}")  # and 0012
        connection.exec_driver_sql("DROP INDEX ix_contact_topics_started_at")
        connection.exec_driver_sql("ALTER TABLE contact_topics DROP COLUMN started_at")
    older.close()
    assert backup.known_backups(path) == []

    told: list[Reason] = []
    upgraded = open_local_store(path, _no_passphrase, checking=told.append)
    assert Reason.UPGRADE in told  # the log-in says why this start takes longer (app.ui.shell.integrity)
    (made,) = backup.known_backups(path)
    assert backup.check_backup(made.path, key) == "0009"  # the store as it was before the upgrade
    assert current_revision(upgraded.engine) == head_revision()
    with upgraded.unit_of_work() as uow:  # the upgrade's table is there again
        assert uow.session.execute(sa.text("SELECT count(*) FROM drafts")).scalar_one() == 0
    upgraded.close()

    again = local_store(path)  # nothing to upgrade: no further backup at opening
    assert len(backup.known_backups(path)) == 1
    again.close()


# --- a missing store (issue 10, point 2) -------------------------------------------------------------------------
def _store_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("helpline.sqlite3"))


def _remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


@pytest.mark.parametrize("trace", ["backups", "key note"])
def test_a_missing_store_with_traces_is_refused_never_made_empty(tmp_path: Path, trace: str) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    older = backup.make_backup(store)
    _save(store, LATER_NAME)
    newest = backup.make_backup(store)
    store.close()
    _remove_store(path)  # deleted or moved away, while its key note and backups remain
    if trace == "key note":
        for made in (older, newest):
            made.path.unlink()

    with pytest.raises(StoreMissing) as refused:
        open_local_store(path, _no_passphrase)
    assert not path.exists()  # no empty store in its place
    assert (tmp_path / "helpline.sqlite3.key-info") in refused.value.found
    if trace == "backups":
        assert newest.path in refused.value.found
        assert refused.value.offer is not None
        assert refused.value.offer.path == newest.path
        backup.put_in_place(path, refused.value.offer, refused.value.key)
        again = open_local_store(path, _no_passphrase)
        assert _names(again) == sorted([NAME, LATER_NAME])
        again.close()
    else:
        assert refused.value.offer is None


KILL_AT_SWAP = """
import os, signal, sys
from pathlib import Path
from app.store import backup
from app.store.opening import existing_key
real = os.replace
def replace(src, dst):
    if str(src).endswith(".restoring"):
        os.kill(os.getpid(), signal.SIGKILL)  # the power goes between the two renames
    real(src, dst)
backup.os.replace = replace
store, chosen = Path(sys.argv[1]), Path(sys.argv[2])
backup.restore(store, chosen, existing_key(store, lambda new, retry: None, probe=chosen))
"""


def test_a_restore_killed_between_its_renames_offers_to_finish_it(tmp_path: Path) -> None:
    from tests import file_keyring

    keyring_file = tmp_path / "keyring.json"
    keyring.set_keyring(file_keyring.FileKeyring())
    os.environ[file_keyring.FILE_ENV] = str(keyring_file)
    try:
        path = tmp_path / "helpline.sqlite3"
        store = _filled(path)
        chosen = backup.make_backup(store)
        _save(store, LATER_NAME)
        store.close()
        environment = dict(os.environ, PYTHON_KEYRING_BACKEND=file_keyring.BACKEND)
        killed = subprocess.run(
            [sys.executable, "-c", KILL_AT_SWAP, str(path), str(chosen.path)],
            cwd=Path(__file__).resolve().parents[2],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert killed.returncode == -9, killed.stderr
        assert not path.exists()
        assert path.with_name("helpline.sqlite3.restoring").exists()

        with pytest.raises(StoreMissing) as refused:
            open_local_store(path, _no_passphrase)
        assert not path.exists()
        assert path.with_name("helpline.sqlite3.restoring") in refused.value.found
        assert refused.value.offer is not None
        assert refused.value.offer.path == path.with_name("helpline.sqlite3.restoring")  # the restore, finished
        backup.put_in_place(path, refused.value.offer, refused.value.key)
        again = open_local_store(path, _no_passphrase)
        assert _names(again) == [NAME]
        again.close()
        assert not path.with_name("helpline.sqlite3.restoring").exists()
        assert len(list(tmp_path.glob("helpline.sqlite3.replaced-*"))) == 1  # the store it replaced, kept
    finally:
        os.environ.pop(file_keyring.FILE_ENV, None)


def test_a_missing_store_is_refused_on_the_command_line_with_what_to_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    made = backup.make_backup(store)
    store.close()
    _remove_store(path)
    url = f"sqlite:///{path}"
    for _ in range(10):
        assert main(["--database", url, "backup"]) == 2
    err = capsys.readouterr().err
    assert "missing" in err
    assert f"helpline restore {made.path}" in err
    assert "Traceback" not in err
    assert not path.exists()
    assert backup.known_backups(path) == [made]  # ten refused backups prune nothing

    monkeypatch.setattr(sys, "stdin", io.StringIO("admin\ncorrect horse battery\n"))  # the backup's administrator
    assert main(["--database", url, "restore", str(made.path)]) == 0
    store = open_local_store(path, _no_passphrase)
    assert _names(store) == [NAME]
    store.close()


# --- pruning only what may go (issue 10, point 2) ----------------------------------------------------------------
def test_pruning_keeps_the_backups_that_hold_more_than_the_newest(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    folder = tmp_path / "backups"
    store = _filled(path)
    small = backup.make_backup(store, tmp_path / "elsewhere")
    _save(store, LATER_NAME)
    larger = [backup.make_backup(store, folder, generations=2).path for _ in range(2)]
    key = store.key
    store.close()
    backup.restore(path, small.path, key)  # back to one contact, as a loss would leave it
    store = open_local_store(path, _no_passphrase)
    made = [backup.make_backup(store, folder, generations=2) for _ in range(10)]
    store.close()
    left = {b.path for b in backup.backups_in(path, folder)}
    assert set(larger) <= left  # the copies holding more contacts than the newest are kept
    assert made[-1].path in left
    assert made[-1].kept_larger == 2  # and the backup says so
    assert len(left) == 4


def _contacts(store: Store, count: int, summary: str) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari") if not _names(store) else _admin(store)
    for _ in range(count):
        with store.unit_of_work() as uow:
            save_contact(uow, mari, ContactInput(started_at=NOW, summary=summary))


def _contact_ids(path: Path, key: StoreKey | None) -> set[str]:
    connection = backup._connect(path, key)
    try:
        return {str(row[0]) for row in connection.execute("SELECT id FROM contacts")}
    finally:
        connection.close()


def test_backups_holding_contacts_the_store_lost_are_never_pruned_whatever_the_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 10's probe: 10 contacts backed up, the store loses the last 7 (an old copy put back by hand, as a
    damaged WAL would leave it), then 8 new contacts: the new backups hold more contacts than the good ones, which
    must stay all the same, and none is pruned while the audit anchor reports its finding."""
    path = tmp_path / "helpline.sqlite3"
    folder = tmp_path / "backups"
    url = f"sqlite:///{path}"
    store = open_configured_store(resolve_store(url, demo=False), _no_passphrase)
    _contacts(store, 3, "early")
    early = backup.make_backup(store, tmp_path / "elsewhere")
    _contacts(store, 7, "lost later")
    good = [backup.make_backup(store, folder, generations=2).path for _ in range(2)]
    key = store.key
    store.close()
    lost = _contact_ids(good[-1], key) - _contact_ids(early.path, key)
    assert len(lost) == 7
    for companion in ("-wal", "-shm"):
        path.with_name(path.name + companion).unlink(missing_ok=True)
    shutil.copyfile(early.path, path)  # behind the program's back: the anchor finds the trail shorter
    store = open_configured_store(resolve_store(url, demo=False), _no_passphrase)
    assert store.anchor.finding is not None
    _contacts(store, 8, "new")
    made = [backup.make_backup(store, folder, generations=2) for _ in range(3)]
    assert all(m.pruning_held for m in made)  # said: nothing is pruned while the finding stands
    left = {b.path for b in backup.backups_in(path, folder)}
    assert set(good) <= left
    assert len(left) == 5
    store.close()
    capsys.readouterr()
    assert main(["--database", url, "backup"]) == 0
    assert "No older backup was removed: the audit trail is not the one recorded" in capsys.readouterr().out
    store = open_configured_store(resolve_store(url, demo=False), _no_passphrase)
    # An administrator accepts the trail as it is: pruning goes on, by what the backups hold, not by counts.
    with store.unit_of_work() as uow:
        audit_anchor.rebase(uow, store.anchor, AuditKind.ANCHOR_REBASED, _admin(store), {"by": "test"})
    made = [backup.make_backup(store, folder, generations=2) for _ in range(3)]
    store.close()
    assert not made[-1].pruning_held
    left = {b.path for b in backup.backups_in(path, folder)}
    assert set(good) <= left  # 10 contacts each, fewer than the newest's 11, but 7 of them only there
    assert made[-1].kept_larger == 2
    assert left == set(good) | {m.path for m in made[-2:]}  # the rest went: the newest holds all they held
    assert lost <= set().union(*(_contact_ids(p, key) for p in left))


def test_two_workstations_sharing_a_backup_folder_keep_their_own_backups(tmp_path: Path) -> None:
    shared = tmp_path / "network share"
    first = _filled(tmp_path / "office" / "helpline.sqlite3")
    second = _filled(tmp_path / "home" / "helpline.sqlite3")
    for _ in range(5):
        for store in (first, second):
            backup.make_backup(store, shared, generations=2)
    for store in (first, second):
        store_file = backup.store_path(store)
        assert store_file is not None
        assert store.key is not None
        own = [b for b in backup.backups_in(store_file, shared) if backup.opens_with(b.path, store.key)]
        assert len(own) == 2
        store.close()
    assert len(list(shared.iterdir())) == 4


# --- messages and leftovers (issue 10, points 12 and 13) ---------------------------------------------------------
@pytest.mark.parametrize("folder", ["/dev/null", "/dev", "/proc/self", "a file"])
def test_a_backup_folder_must_be_a_folder_that_can_hold_backups(tmp_path: Path, folder: str) -> None:
    store = local_store(tmp_path / "helpline.sqlite3")
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    if folder == "a file":
        (tmp_path / "notes.txt").write_text("not a folder", encoding="utf-8")
        folder = str(tmp_path / "notes.txt")
    with store.unit_of_work() as uow:
        with pytest.raises(backup_settings.FieldErrors) as refused:
            backup_settings.set_backup_settings(uow, admin, BackupSettings(4, 10, folder))
        assert refused.value.errors == {"folder": "backup.not_a_folder"}
    assert messages.field_error("backup.not_a_folder") != messages.field_error("no such reason")
    with pytest.raises(NotADirectoryError):
        backup.make_backup(store, Path(folder))
    store.close()
    assert Path("/dev/null").is_char_device()


def test_a_backup_on_a_full_disk_says_so_in_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    full = tmp_path / "full disk"
    full.mkdir()
    with store.unit_of_work() as uow:
        backup_settings.set_backup_settings(uow, _admin(store), BackupSettings(4, 10, str(full)))
        uow.commit()
    monkeypatch.setattr(backup, "_stamp", lambda _moment: "20261204T120000000000Z")
    name = backup.make_backup(store, tmp_path / "scratch").path.name  # the name the next backup will have
    store.close()
    (full / (name + ".partial")).symlink_to("/dev/full")  # every write there fails with "no space left on device"

    assert main(["--database", f"sqlite:///{path}", "backup"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "disk is full" in err
    assert list(full.iterdir()) == []  # nothing half-written left behind


def test_a_killed_backups_partial_file_is_removed_by_the_next_backup(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    folder = tmp_path / "backups"
    store = _filled(path)
    made = backup.make_backup(store, folder)
    stale = folder / (made.path.name[: -len("0Z.sqlite3")] + "9Z.sqlite3.partial")
    stale.write_bytes(os.urandom(8192))  # what a kill in the middle of a backup leaves
    hour_ago = datetime.now(UTC).timestamp() - 2 * 3600
    os.utime(stale, (hour_ago, hour_ago))
    others = folder / "helpline-99999999-20261204T120000000000Z.sqlite3.partial"  # another workstation's, writing
    others.write_bytes(b"x")
    backup.make_backup(store, folder)
    store.close()
    assert not stale.exists()
    assert others.exists()


def test_a_killed_restores_copy_is_removed_when_the_store_is_there(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    made = backup.make_backup(store)
    store.close()
    leftover = path.with_name("helpline.sqlite3.restoring")
    leftover.write_bytes(made.path.read_bytes()[:5000])  # killed while copying: the store was not touched
    again = open_local_store(path, _no_passphrase)
    assert _names(again) == [NAME]
    again.close()
    assert not leftover.exists()


def test_a_missing_restore_file_is_reported_as_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "helpline.sqlite3"
    _filled(path).close()
    before = _digest(path)
    nowhere = tmp_path / "helpline-20261204T120000000000Z.sqlite3"
    assert main(["--database", f"sqlite:///{path}", "restore", str(nowhere)]) == 1
    err = capsys.readouterr().err
    assert "no file" in err
    assert str(nowhere) in err
    assert "key" not in err
    assert not nowhere.exists()  # not created by looking for it
    assert _digest(path) == before


def test_sqlcipher_lines_never_reach_the_terminal(tmp_path: Path) -> None:
    from tests import file_keyring

    keyring_file = tmp_path / "keyring.json"
    keyring.set_keyring(file_keyring.FileKeyring())
    os.environ[file_keyring.FILE_ENV] = str(keyring_file)
    try:
        path = tmp_path / "helpline.sqlite3"
        _filled(path).close()
        other = local_store(tmp_path / "other" / "helpline.sqlite3")
        foreign = backup.make_backup(other, tmp_path / "foreign")
        other.close()
        environment = dict(os.environ, PYTHON_KEYRING_BACKEND=file_keyring.BACKEND)
        result = subprocess.run(
            [sys.executable, "-m", "app", "--database", f"sqlite:///{path}", "restore", str(foreign.path)],
            cwd=Path(__file__).resolve().parents[2],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.environ.pop(file_keyring.FILE_ENV, None)
    assert result.returncode == 1
    assert result.stderr.startswith("helpline: This backup does not open with this store's key"), result.stderr
    assert "ERROR" not in result.stderr


def test_a_missing_demo_store_is_made_anew(tmp_path: Path) -> None:
    config = resolve_store(demo=True)
    path = config.local_path
    assert path is not None
    open_configured_store(config, _no_passphrase).close()
    _remove_store(path)  # its key note stays: the demo's data are generated, so a new one is made
    open_configured_store(config, _no_passphrase).close()
    assert path.exists()


def test_a_restore_killed_between_moving_the_store_and_its_wal_never_replays_that_wal(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    chosen = backup.make_backup(store)
    _save(store, LATER_NAME)  # in the WAL, not yet in the main file
    wal = path.with_name("helpline.sqlite3-wal")
    old_wal = wal.read_bytes()
    assert len(old_wal) > 4096
    key = store.key
    os.replace(path, path.with_name("helpline.sqlite3.replaced-20261204T120000000000Z"))  # what the kill left:
    wal.write_bytes(old_wal)  # the store moved aside, its WAL not yet
    store.close()
    wal.write_bytes(old_wal)
    path.with_name("helpline.sqlite3.restoring").write_bytes(chosen.path.read_bytes())

    with pytest.raises(StoreMissing) as refused:
        open_local_store(path, _no_passphrase)
    assert refused.value.offer is not None
    backup.put_in_place(path, refused.value.offer, key)
    again = open_local_store(path, _no_passphrase)
    assert _names(again) == [NAME]  # the backup, not the old store's WAL replayed over it
    again.close()
    assert any(p.name.endswith("-wal") and ".replaced-" in p.name for p in tmp_path.iterdir())  # kept aside


def test_a_wal_left_without_its_store_is_a_trace(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    path.with_name("helpline.sqlite3-wal").write_bytes(os.urandom(8192))  # nothing else is left of the store
    with pytest.raises(StoreMissing) as refused:
        open_local_store(path, _no_passphrase)
    assert refused.value.found == [path.with_name("helpline.sqlite3-wal")]
    assert not path.exists()


def test_a_restore_cut_short_is_finished_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    chosen = backup.make_backup(store)
    _save(store, LATER_NAME)
    store.close()
    os.replace(path, path.with_name("helpline.sqlite3.replaced-20261204T120000000000Z"))  # killed between the renames
    leftover = path.with_name("helpline.sqlite3.restoring")
    leftover.write_bytes(chosen.path.read_bytes())
    url = f"sqlite:///{path}"
    assert main(["--database", url, "backup"]) == 2
    assert f"helpline restore {leftover}" in capsys.readouterr().err  # the copy the restore had checked

    monkeypatch.setattr(sys, "stdin", io.StringIO("admin\ncorrect horse battery\n"))
    assert main(["--database", url, "restore", str(leftover)]) == 0
    assert not leftover.exists()
    store = open_local_store(path, _no_passphrase)
    assert _names(store) == [NAME]
    store.close()


def test_backups_named_before_store_ids_are_pruned_only_when_they_open_with_the_key(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    folder = tmp_path / "backups"
    store = _filled(path)
    other = local_store(tmp_path / "home" / "helpline.sqlite3")
    mine = backup.make_backup(store, tmp_path / "scratch").path
    theirs = backup.make_backup(other, tmp_path / "scratch").path
    other.close()
    folder.mkdir()
    old_mine = [folder / f"helpline-2025010{day}T120000000000Z.sqlite3" for day in (1, 2)]
    old_theirs = folder / "helpline-20250103T120000000000Z.sqlite3"
    for name in old_mine:
        shutil.copyfile(mine, name)
    shutil.copyfile(theirs, old_theirs)
    backup.make_backup(store, folder, generations=2)
    store.close()
    assert not old_mine[0].exists()  # this store's, by its key: pruned as the oldest
    assert old_mine[1].exists()
    assert old_theirs.exists()  # another workstation's: never
