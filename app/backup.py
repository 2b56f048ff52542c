"""Backups of the local store: made with SQLite's online backup API, encrypted with the store's own key, checked.

- :func:`make_backup` copies the open store page by page while the program keeps working (WAL: writers are not
  stopped) into ``<folder>/<store name>-<UTC time>.sqlite3``, a file keyed like the store (SQLCipher re-encrypts every
  page with the same key; a passphrase store's backup opens with the same passphrase). The copy is written under a
  ``.partial`` name, opened with the key and quick-checked, and only then given its final name; only after that are
  generations beyond the configured count removed, oldest first. The names sort by time.
- :func:`restore` checks a backup (the key opens it, quick check, a schema revision this program knows) before it
  touches anything, moves the current store aside (``<store>.replaced-<time>``, with its WAL, never deleted) and puts
  a copy of the backup in its place.
- :func:`newest_good_backup` is what a start offers when the store is damaged.

The folder of the last backup is noted beside the store (``<store>.backup-folder``, no secret in it), so that a store
too damaged to read its settings still finds backups kept in a folder the administrator chose.

Backups concern the embedded SQLite store only: a PostgreSQL server is backed up by its own tools (``pg_dump``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3  # type: ignore[import-untyped]
from alembic.script import ScriptDirectory

from app.config import data_dir
from app.db import Store, alembic_config
from app.errors import BackupRejected, StoreLocked
from app.keys import StoreKey

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"  # 20261129T144253123456Z: fixed width, so names sort by time
FOLDER_NOTE_SUFFIX = ".backup-folder"
PARTIAL_SUFFIX = ".partial"
_one_at_a_time = threading.Lock()  # the timer and "Back up now" never write the same generation twice


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime  # UTC, from the name
    size: int  # bytes


def default_folder() -> Path:
    return data_dir() / "backups"


def store_path(store: Store) -> Path | None:
    """The file of a local SQLite store; None for a server or an in-memory store."""
    url = store.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


def _pattern(store_file: Path) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(store_file.stem)}-(\d{{8}}T\d{{12}}Z)\.sqlite3")


# --- where backups are --------------------------------------------------------------------------------------------
def folder_note(store_file: Path) -> Path:
    return store_file.with_name(store_file.name + FOLDER_NOTE_SUFFIX)


def noted_folder(store_file: Path) -> Path | None:
    try:
        return Path(json.loads(folder_note(store_file).read_text(encoding="utf-8"))["folder"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _remember_folder(store_file: Path, folder: Path) -> None:
    with contextlib.suppress(OSError):  # only a hint for a later rescue; the backup itself is made
        folder_note(store_file).write_text(json.dumps({"folder": str(folder)}) + "\n", encoding="utf-8")


def backups_in(store_file: Path, folder: Path) -> list[BackupFile]:
    """The backups of this store in ``folder``, newest first."""
    pattern = _pattern(store_file)
    found: list[BackupFile] = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = pattern.fullmatch(entry.name)
            if match is None:
                continue
            with contextlib.suppress(OSError, ValueError):
                made = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
                found.append(BackupFile(entry, made, entry.stat().st_size))
    return sorted(found, key=lambda backup: backup.path.name, reverse=True)


def known_backups(store_file: Path, folder: Path | None = None) -> list[BackupFile]:
    """Backups in ``folder`` (the configured one), the folder noted beside the store and the default one."""
    folders: list[Path] = []
    for candidate in (folder, noted_folder(store_file), default_folder()):
        if candidate is not None and candidate.resolve() not in [f.resolve() for f in folders]:
            folders.append(candidate)
    every = [backup for place in folders for backup in backups_in(store_file, place)]
    return sorted(every, key=lambda backup: backup.made_at, reverse=True)


# --- checking -----------------------------------------------------------------------------------------------------
def _connect(path: Path, key: StoreKey | None) -> Any:
    """A DB-API connection to ``path``: SQLCipher with ``key`` (quoted as SQLAlchemy's dialect quotes it)."""
    if key is None:
        return sqlite3.connect(str(path))
    connection = sqlcipher3.connect(str(path))
    connection.execute('PRAGMA key = "{}"'.format(key.pragma_value.replace('"', '""')))
    return connection


def _known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_backup(path: Path, key: StoreKey | None) -> str:
    """Raise :class:`BackupRejected` unless ``path`` opens with ``key``, passes the quick check and has a schema
    revision this program knows (not newer than its own). Returns that revision. Writes nothing."""
    if not path.is_file() or path.stat().st_size == 0:
        raise BackupRejected("unreadable", "no such file, or empty")
    connection = _connect(path, key)
    try:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as error:
            raise BackupRejected("damaged" if "malformed" in str(error) else "unreadable", str(error)) from error
        try:
            verdict = str(connection.execute("PRAGMA quick_check").fetchone()[0])
        except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as error:
            raise BackupRejected("damaged", str(error)) from error
        if verdict != "ok":
            raise BackupRejected("damaged", verdict.splitlines()[-1][:200])
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as error:
            raise BackupRejected("not_a_store", str(error)) from error
    finally:
        connection.close()
    if row is None:
        raise BackupRejected("not_a_store", "no schema revision")
    revision = str(row[0])
    if revision not in _known_revisions():
        raise BackupRejected("newer", revision)
    return revision


def newest_good_backup(store_file: Path, key: StoreKey | None, folder: Path | None = None) -> BackupFile | None:
    """The newest known backup of the store that passes :func:`check_backup` with ``key``."""
    for backup in known_backups(store_file, folder):
        try:
            check_backup(backup.path, key)
        except BackupRejected:
            continue
        return backup
    return None


def opens_with(path: Path, key: StoreKey) -> bool:
    """Whether ``key`` decrypts the file's first page (a cheap test of a passphrase against a backup)."""
    connection = _connect(path, key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError):
        return False
    finally:
        connection.close()


# --- making -------------------------------------------------------------------------------------------------------
def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system lets a folder be opened (Windows)
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def make_backup(store: Store, folder: Path | None = None, generations: int = 10) -> BackupFile:
    """Back up the open local store into ``folder`` (default: the data folder's ``backups``); keep ``generations``.

    Raises :class:`BackupRejected` if the new copy does not check out (then nothing older is removed), ``OSError``
    when the folder cannot be written, ``ValueError`` for a store that is not a local file.
    """
    source_file = store_path(store)
    if source_file is None:
        raise ValueError("only the local SQLite store is backed up by the program")
    folder = folder or default_folder()
    with _one_at_a_time:
        folder.mkdir(parents=True, exist_ok=True)
        made_at = datetime.now(UTC)
        final = folder / f"{source_file.stem}-{_stamp(made_at)}.sqlite3"
        partial = final.with_name(final.name + PARTIAL_SUFFIX)
        try:
            target = _connect(partial, store.key)
            try:
                source = store.engine.raw_connection()
                try:
                    source.driver_connection.backup(target)  # type: ignore[union-attr]
                finally:
                    source.close()
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no WAL beside it
            finally:
                target.close()
            check_backup(partial, store.key)
            with partial.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, final)
            _fsync_folder(folder)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        _remember_folder(source_file, folder)
        prune(source_file, folder, generations)
        return BackupFile(final, made_at, final.stat().st_size)


def prune(store_file: Path, folder: Path, generations: int) -> list[Path]:
    """Remove this store's backups in ``folder`` beyond the newest ``generations`` (at least one is kept)."""
    removed: list[Path] = []
    for old in backups_in(store_file, folder)[max(1, generations) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


# --- restoring ----------------------------------------------------------------------------------------------------
def _move_aside(store_file: Path, label: str) -> Path | None:
    """Rename the store and its WAL files to ``<store>.<label>-<time>``; None when there is no store file."""
    if not store_file.exists():
        return None
    aside = store_file.with_name(f"{store_file.name}.{label}-{_stamp(datetime.now(UTC))}")
    os.replace(store_file, aside)
    for suffix in ("-wal", "-shm"):  # the WAL may hold the newest commits: it stays with its store
        companion = store_file.with_name(store_file.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside


def in_use(store_file: Path) -> bool:
    """Whether another program has the store open: in WAL mode every open connection holds a shared lock on the
    file's SQLite lock bytes, which a write lock on them would conflict with. (POSIX only; elsewhere False.)

    Only call it while this process has no connection to the store open: closing the probe's descriptor releases
    every POSIX lock this process holds on the file.
    """
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's own locks there are not visible this way
        return False
    try:
        handle = os.open(store_file, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB, 510, 0x40000002, os.SEEK_SET)  # SQLite's shared range
    except OSError:
        return True
    finally:
        os.close(handle)
    return False


def restore(store_file: Path, backup_file: Path, key: StoreKey | None, *, label: str = "replaced") -> Path | None:
    """Put the backup in the store's place. The store must be closed (by every program using it).

    The backup is checked first (:class:`BackupRejected`: nothing was changed); a copy of it is written beside the
    store, then the current store is renamed ``<store>.<label>-<time>`` (returned; None if there was none) and the
    copy takes its name. The backup file itself stays where it is. :class:`StoreLocked` while another program has
    the store open (its connections would go on writing to the renamed file).
    """
    check_backup(backup_file, key)
    if store_file.exists() and in_use(store_file):
        raise StoreLocked("the store is open in another program")
    incoming = store_file.with_name(store_file.name + ".restoring")
    try:
        shutil.copyfile(backup_file, incoming)
        with incoming.open("rb+") as handle:
            os.fsync(handle.fileno())
        check_backup(incoming, key)  # the copy, not just the original, is what will be opened
    except BaseException:
        with contextlib.suppress(OSError):
            incoming.unlink()
        raise
    aside = _move_aside(store_file, label)
    os.replace(incoming, store_file)
    _fsync_folder(store_file.parent)
    return aside


def contact_count(path: Path, key: StoreKey | None) -> int:
    """How many contacts a (checked) backup holds, shown before a restore; the file is not changed."""
    connection = _connect(path, key)
    try:
        return int(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])
    finally:
        connection.close()
