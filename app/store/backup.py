"""Backups of the local store: made with SQLite's online backup API, encrypted with the store's own key, checked.

- :func:`make_backup` copies the open store page by page while the program keeps working into
  ``<folder>/<store name>-<store id>-<UTC time>.sqlite3``, a file keyed like the store (SQLCipher re-encrypts every
  page with the same key; a passphrase store's backup opens with the same passphrase). The copy is
  written under a ``.partial`` name, opened with the key and quick-checked, and only then given its final name; only
  after that are generations beyond the configured count removed, oldest first. Pruning removes only this store's
  backups (its random id is in the name: workstations may share one folder) and only those the newest backup holds
  in full: its audit trail goes on from theirs, and it holds every contact they hold (a store that lost data must not
  take its good copies with it, however many new contacts came since). Nothing is pruned while the store's audit
  anchor reports a finding an administrator has not accepted. ``.partial`` files of this store older than an hour
  (a killed backup) are removed. Backups made before the id was in the name are still found.
- :func:`restore` checks a backup (the key opens it, quick check, a schema revision this program knows) before it
  touches anything, moves the current store aside (``<store>.replaced-<time>``, with its WAL, never deleted) and puts
  a copy of the backup in its place.
- :func:`newest_good_backup` is what a start offers when the store is damaged; :func:`newest_good_copy` what it offers
  when the store is missing (a backup, or a file a restore cut short or a restore set aside, see :func:`leftovers`),
  and :func:`put_in_place` puts either there.

The folder of the last backup is noted beside the store (``<store>.backup-folder``, no secret in it), so that a store
too damaged to read its settings still finds backups kept in a folder the administrator chose.

Backups concern the embedded SQLite store only: a PostgreSQL server is backed up by its own tools (``pg_dump``).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3  # type: ignore[import-untyped]

from app.config import data_dir
from app.errors import BackupRejected, StoreLocked
from app.files import sync_folder, write_text_atomically
from app.store import integrity
from app.store.db import BUSY_TIMEOUT_MS, Store, alembic_config
from app.store.keys import StoreKey, quiet_sqlcipher, store_id

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"  # 20261129T144253123456Z: fixed width, so names sort by time
FOLDER_NOTE_SUFFIX = ".backup-folder"
PARTIAL_SUFFIX = ".partial"
STEP_PAGES = 2048  # pages copied per backup step (8 MB at 4 KiB pages): how soon a stop is seen
CHECK_STEPS = 100_000  # SQLite instructions between two looks at ``stop`` during a quick check
RESTORING_SUFFIX = ".restoring"
LEFTOVER_LABELS = ("replaced", "damaged")  # ``<store>.<label>-<time>``: a store a restore set aside
GENERATIONS_MAX = 100  # the most backups an administrator may keep; also "remove nothing old"
STALE_PARTIAL = timedelta(hours=1)  # a .partial this old is a killed backup's, not one being written
SPECIAL_FOLDERS = (Path("/dev"), Path("/proc"), Path("/sys"))  # devices and the kernel's views, never backups
log = logging.getLogger(__name__)
_one_at_a_time = threading.Lock()  # the timer and "Back up now" never write the same generation twice


class BackupStopped(Exception):
    """A backup or a check was stopped before it finished (the program is closing); nothing was kept."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime  # UTC, from the name (a leftover file: when it was last written)
    size: int  # bytes
    store_id: str | None = None  # from the name; None for backups made before ids, and for leftovers
    kept_larger: int = field(default=0, compare=False)  # a new backup: older ones kept, holding what it does not
    pruning_held: bool = field(default=False, compare=False)  # a new backup: nothing pruned (an anchor finding)
    leftover: bool = False  # a file beside the store (a restore cut short, a store set aside), not a backup


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


def _pattern(store_file: Path, suffix: str = "") -> re.Pattern[str]:
    """``<stem>-[<store id>-]<time>.sqlite3``: the id is missing in backups made before it was introduced."""
    return re.compile(
        rf"{re.escape(store_file.stem)}-(?:(?P<id>[0-9a-f]{{8}})-)?(?P<stamp>\d{{8}}T\d{{12}}Z)\.sqlite3"
        + re.escape(suffix)
    )


def unfit_folder(folder: Path) -> bool:
    """Whether ``folder`` cannot hold backups: a file or a device (``/dev/null``), or inside /dev, /proc or /sys."""
    try:
        resolved = folder.resolve()
    except (OSError, RuntimeError):
        return True
    if resolved.exists() and not resolved.is_dir():
        return True
    return any(resolved == special or special in resolved.parents for special in SPECIAL_FOLDERS)


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
        write_text_atomically(folder_note(store_file), json.dumps({"folder": str(folder)}) + "\n")


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
                made = datetime.strptime(match.group("stamp"), STAMP_FORMAT).replace(tzinfo=UTC)
                found.append(BackupFile(entry, made, entry.stat().st_size, match.group("id")))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


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
    quiet_sqlcipher()
    connection = sqlcipher3.connect(str(path))
    connection.execute('PRAGMA key = "{}"'.format(key.pragma_value.replace('"', '""')))
    return connection


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # only when a backup is checked: a start imports no Alembic

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_backup(path: Path, key: StoreKey | None, stop: threading.Event | None = None) -> str:
    """Raise :class:`BackupRejected` unless ``path`` opens with ``key``, passes the quick check and has a schema
    revision this program knows (not newer than its own). Returns that revision. Writes nothing. ``stop`` set
    meanwhile ends the check with :class:`BackupStopped`."""
    if not path.exists():
        raise BackupRejected("missing", str(path))
    if not path.is_file():
        raise BackupRejected("not_a_file", str(path))
    if path.stat().st_size == 0:
        raise BackupRejected("unreadable", "empty")
    connection = _connect(path, key)
    if stop is not None:
        connection.set_progress_handler(stop.is_set, CHECK_STEPS)  # a true answer interrupts the statement
    try:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as error:
            _raise_if_stopped(stop, error)
            raise BackupRejected("damaged" if "malformed" in str(error) else "unreadable", str(error)) from error
        try:
            verdict = str(connection.execute("PRAGMA quick_check").fetchone()[0])
        except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as error:
            _raise_if_stopped(stop, error)
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


def _raise_if_stopped(stop: threading.Event | None, error: Exception | None = None) -> None:
    if stop is not None and stop.is_set():
        raise BackupStopped("stopped") from error


def newest_good_backup(store_file: Path, key: StoreKey | None, folder: Path | None = None) -> BackupFile | None:
    """The newest known backup of the store that passes :func:`check_backup` with ``key`` (another store's,
    known by its id, is never offered)."""
    own = store_id(store_file, create=False)
    for backup in known_backups(store_file, folder):
        if own is not None and backup.store_id not in (None, own):
            continue
        try:
            check_backup(backup.path, key)
        except BackupRejected:
            continue
        return backup
    return None


def opens_with(path: Path, key: StoreKey) -> bool:
    """Whether ``key`` decrypts the file's first page (a cheap test of a passphrase against a backup)."""
    if not path.is_file():
        return False  # connecting would create it
    connection = _connect(path, key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError):
        return False
    finally:
        connection.close()


# --- making -------------------------------------------------------------------------------------------------------
def make_backup(
    store: Store, folder: Path | None = None, generations: int = 10, *, stop: threading.Event | None = None
) -> BackupFile:
    """Back up the open local store into ``folder`` (default: the data folder's ``backups``); keep ``generations``.

    Runs on any thread, beside the database worker (its own connection, one snapshot). :class:`BackupStopped` when
    ``stop`` was set before the copy was checked and named (nothing is left of it).

    Raises :class:`BackupRejected` if the new copy does not check out (then nothing older is removed), ``OSError``
    when the folder cannot be written or is no folder for backups (a full disk: ``ENOSPC``), ``ValueError`` for a
    store that is not a local file. The result's ``kept_larger`` counts older backups kept beyond the generations
    because they hold contacts or audit entries this one does not; ``pruning_held`` says that nothing was pruned
    because the store's audit anchor reports a finding (``app.services.guard.audit_anchor``) no administrator has
    accepted yet.
    """
    source_file = store_path(store)
    if source_file is None:
        raise ValueError("only the local SQLite store is backed up by the program")
    folder = folder or default_folder()
    if unfit_folder(folder):
        raise NotADirectoryError(errno.ENOTDIR, "not a folder that can hold backups", str(folder))
    own = store_id(source_file)
    with _one_at_a_time:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_partials(source_file, folder, own)
        made_at = datetime.now(UTC)
        final = folder / f"{source_file.stem}-{own}-{_stamp(made_at)}.sqlite3"
        partial = final.with_name(final.name + PARTIAL_SUFFIX)
        try:
            _copy(source_file, store.key, partial, stop)
            check_backup(partial, store.key, stop)
            _raise_if_stopped(stop)
            with partial.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, final)
            sync_folder(folder)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        _note_checked(store, source_file, made_at)
        _remember_folder(source_file, folder)
        if _finding_stands(store):  # the store may have lost data: every older copy may be the one holding it
            log.warning("no older backup of %s removed: the audit trail's anchor reports a finding", source_file)
            return BackupFile(final, made_at, final.stat().st_size, own, pruning_held=True)
        kept = prune(source_file, folder, generations, key=store.key)
        return BackupFile(final, made_at, final.stat().st_size, own, kept_larger=len(kept))


def _copy(source_file: Path, key: StoreKey | None, partial: Path, stop: threading.Event | None) -> None:
    """The online backup of the store file into ``partial``, in steps over one read snapshot (see the module)."""

    def between_steps(_status: int, _remaining: int, _total: int) -> None:
        _raise_if_stopped(stop)  # an exception here ends the backup (sqlite3_backup_finish) and is raised again

    try:
        source = _connect(source_file, key)
        try:
            source.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            source.execute("PRAGMA query_only = ON")
            source.execute("BEGIN")  # one read transaction for every step: one snapshot, never a restart
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            target = _connect(partial, key)
            try:
                source.backup(target, pages=STEP_PAGES, progress=between_steps)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no WAL beside it
            finally:
                target.close()
        finally:
            source.close()  # ends the read transaction: the worker's checkpoints go on
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as error:
        _raise_if_stopped(stop, error)
        raise _as_os_error(error, partial) from error


def _note_checked(store: Store, source_file: Path, snapshot_at: datetime) -> None:
    """The copy passed its quick check: the store's content as it was at ``snapshot_at`` is whole (every page was
    read and authenticated by the copy, the copy's structure checked), so that counts as the store's full check."""
    if store.integrity is None or store.damage is not None:
        return  # not opened by the program (no note kept), or a check found damage: only a full check clears that
    try:
        integrity.note_backup_checked(source_file, snapshot_at)
    except OSError as error:  # a note that cannot be written: the next start checks first, as before
        log.warning("the store's note could not be written: %s", error)


def _finding_stands(store: Store) -> bool:
    """Whether the store's audit anchor (attached at opening) found the trail not as recorded, unaccepted yet."""
    return getattr(store.anchor, "finding", None) is not None


def _as_os_error(error: Exception, path: Path) -> OSError:
    """SQLite's "database or disk is full" and I/O errors while writing a backup, as the OSError they are."""
    text = str(error)
    code = errno.ENOSPC if "full" in text else errno.EIO
    return OSError(code, os.strerror(code) if code == errno.ENOSPC else text, str(path))


def _remove_stale_partials(store_file: Path, folder: Path, own: str | None) -> None:
    """Remove this store's ``.partial`` files that no backup is writing any more (a killed backup's)."""
    pattern = _pattern(store_file, PARTIAL_SUFFIX)
    cutoff = (datetime.now(UTC) - STALE_PARTIAL).timestamp()
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = pattern.fullmatch(entry.name)
            if match is None or match.group("id") not in (None, own):
                continue
            with contextlib.suppress(OSError):
                if entry.lstat().st_mtime < cutoff:
                    entry.unlink()
                    log.warning("removed %s, left by a backup that did not finish", entry)


@dataclass(frozen=True)
class _Holding:
    """What a backup holds, as far as pruning compares: its audit trail's tip and its contacts' ids."""

    tip: tuple[int, str] | None  # None: no trail (made before it), or unreadable
    contacts: frozenset[str]


def _holding(path: Path, key: StoreKey | None) -> _Holding | None:
    """None when the file cannot be read (a damaged or foreign backup holds nothing to keep)."""
    try:
        connection = _connect(path, key)
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError):
        return None
    try:
        contacts = frozenset(str(row[0]) for row in connection.execute("SELECT id FROM contacts"))
        try:
            row = connection.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
            tip = (int(row[0]), str(row[1])) if row is not None else None
        except (sqlite3.DatabaseError, sqlcipher3.DatabaseError, TypeError, ValueError):
            tip = None
        return _Holding(tip, contacts)
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError):
        return None
    finally:
        connection.close()


def _trail_goes_on(path: Path, key: StoreKey | None, tip: tuple[int, str]) -> bool:
    """Whether the backup at ``path`` has the entry ``tip`` names with the same hash: the trail that ends there is a
    prefix of its trail (the hash chain covers every entry before it)."""
    try:
        connection = _connect(path, key)
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError):
        return False
    try:
        row = connection.execute("SELECT hash FROM audit_log WHERE seq = ?", (tip[0],)).fetchone()
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError, OverflowError):
        return False
    finally:
        connection.close()
    return row is not None and str(row[0]) == tip[1]


def holds_more(old: Path, newest: Path, key: StoreKey | None, ours: _Holding | None = None) -> bool:
    """Whether the backup ``old`` holds anything the backup ``newest`` does not: a contact whose id ``newest``
    lacks, or an audit trail ``newest``'s does not go on from (rolled back, rewritten, or lost and written anew).
    ``ours``: what ``newest`` holds, when read already."""
    theirs = _holding(old, key)
    if theirs is None:
        return False
    ours = ours or _holding(newest, key)
    if ours is None:
        return True  # nothing to compare with: keep
    if not theirs.contacts <= ours.contacts:
        return True
    return theirs.tip is not None and theirs.tip[0] > 0 and not _trail_goes_on(newest, key, theirs.tip)


def prune(store_file: Path, folder: Path, generations: int, *, key: StoreKey | None = None) -> list[Path]:
    """Remove this store's backups in ``folder`` beyond the newest ``generations`` (at least one is kept).

    Only this store's: named with its id, or (made before ids) opening with its ``key``. A backup that holds what
    the newest does not (:func:`holds_more`: contacts it lacks, a trail it does not go on from) is never removed
    here: it is returned (kept) instead, so that a store that lost data does not prune its good copies away, however
    many contacts were saved since.
    """
    own = store_id(store_file, create=False)
    ours = [
        found
        for found in backups_in(store_file, folder)
        if found.store_id == own or (found.store_id is None and key is not None and opens_with(found.path, key))
    ]
    if len(ours) <= max(1, generations):
        return []
    kept: list[Path] = []
    newest = _holding(ours[0].path, key)
    for old in ours[max(1, generations) :]:
        if holds_more(old.path, ours[0].path, key, newest):
            kept.append(old.path)
            continue
        with contextlib.suppress(OSError):
            old.path.unlink()
    if kept:
        log.warning("kept %d older backup(s) of %s: they hold what the newest does not", len(kept), store_file)
    return kept


# --- restoring ----------------------------------------------------------------------------------------------------
def _move_aside(store_file: Path, label: str) -> Path | None:
    """Rename the store and its WAL files to ``<store>.<label>-<time>``; None when there is no store file.

    A WAL without its store (a restore killed between moving the two) is moved aside all the same: SQLite would
    replay it over whatever file takes the store's name."""
    aside = store_file.with_name(f"{store_file.name}.{label}-{_stamp(datetime.now(UTC))}")
    there = store_file.exists()
    if there:
        os.replace(store_file, aside)
    for suffix in ("-wal", "-shm"):  # the WAL may hold the newest commits: it stays with its store
        companion = store_file.with_name(store_file.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside if there else None


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


def check_restorable(store_file: Path, backup_file: Path) -> None:
    """:class:`BackupRejected` when ``backup_file`` cannot be put in the store's place, whatever it holds: there is
    no file there (``missing``), it is a folder or a device (``not_a_file``), or it is the store itself, by its name
    or a link (``the_store``: restoring it would only set the store aside beside an identical copy). Reads nothing."""
    if not backup_file.exists():
        raise BackupRejected("missing", str(backup_file))
    if not backup_file.is_file():
        raise BackupRejected("not_a_file", str(backup_file))
    try:
        same = store_file.exists() and os.path.samefile(store_file, backup_file)
    except OSError:
        same = False
    if same:
        raise BackupRejected("the_store", str(backup_file))


def restore(store_file: Path, backup_file: Path, key: StoreKey | None, *, label: str = "replaced") -> Path | None:
    """Put the backup in the store's place. The store must be closed (by every program using it).

    The backup is checked first (:class:`BackupRejected`: nothing was changed); a copy of it is written beside the
    store, then the current store is renamed ``<store>.<label>-<time>`` (returned; None if there was none) and the
    copy takes its name. The backup file itself stays where it is. :class:`StoreLocked` while another program has
    the store open (its connections would go on writing to the renamed file).
    """
    check_restorable(store_file, backup_file)
    check_backup(backup_file, key)
    if store_file.exists() and in_use(store_file):
        raise StoreLocked("the store is open in another program")
    incoming = store_file.with_name(store_file.name + RESTORING_SUFFIX)
    if backup_file.resolve() != incoming.resolve():  # else: finishing a restore that was cut short
        _settle(backup_file, key)
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
    sync_folder(store_file.parent)
    return aside


def _settle(path: Path, key: StoreKey | None) -> None:
    """Write a store file's WAL (a store set aside keeps its own) into it, so that a copy of the file is whole."""
    if not path.with_name(path.name + "-wal").exists():
        return
    connection = _connect(path, key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()


def leftovers(store_file: Path) -> list[Path]:
    """Files a restore left beside the store: the copy it was about to put in place (``.restoring``, when it was
    cut short) and the stores it set aside (``.replaced-<time>``, ``.damaged-<time>``); newest first."""
    found = [store_file.with_name(store_file.name + RESTORING_SUFFIX)]
    for label in LEFTOVER_LABELS:
        found += [
            entry
            for entry in store_file.parent.glob(f"{glob_escape(store_file.name)}.{label}-*")
            if not entry.name.endswith(("-wal", "-shm"))
        ]
    existing = [entry for entry in found if entry.is_file()]
    return sorted(
        existing, key=lambda entry: (entry.name.endswith(RESTORING_SUFFIX), entry.stat().st_mtime), reverse=True
    )


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def newest_good_copy(store_file: Path, key: StoreKey | None) -> BackupFile | None:
    """What to put in place of a missing store: a restore's copy cut short before its swap (it was checked
    already), else the newest of the store's good backups and the stores a restore set aside that check out."""
    candidates: list[BackupFile] = []
    for entry in leftovers(store_file):
        stat = entry.stat()
        copy = BackupFile(entry, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size, leftover=True)
        try:
            check_backup(entry, key)
        except BackupRejected:
            continue
        if entry.name.endswith(RESTORING_SUFFIX):
            return copy
        candidates.append(copy)
    good = newest_good_backup(store_file, key)
    if good is not None:
        candidates.append(good)
    return max(candidates, key=lambda copy: copy.made_at, default=None)


def put_in_place(store_file: Path, copy: BackupFile, key: StoreKey | None) -> None:
    """Put :func:`newest_good_copy`'s answer where the store was missing (a backup is copied and stays; a restore's
    copy is renamed into place; a store set aside is copied, so it stays too)."""
    restore(store_file, copy.path, key, label="replaced")


def remove_restoring_leftover(store_file: Path) -> Path | None:
    """With the store in place, a ``.restoring`` file beside it is a copy a killed restore never swapped in (the
    backup it copies is still there): remove it. Returns the removed file."""
    incoming = store_file.with_name(store_file.name + RESTORING_SUFFIX)
    if not store_file.exists() or not incoming.exists():
        return None
    with contextlib.suppress(OSError):
        incoming.unlink()
        log.warning("removed %s, left by a restore that did not finish; the store was not changed", incoming)
        return incoming
    return None


def contact_count(path: Path, key: StoreKey | None) -> int:
    """How many contacts a (checked) backup holds, shown before a restore; the file is not changed."""
    connection = _connect(path, key)
    try:
        return int(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])
    finally:
        connection.close()
