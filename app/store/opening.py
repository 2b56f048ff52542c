"""Opening the local store encrypted: its key from the keyring or a passphrase, and converting an unencrypted one.

``open_local_store(path, ask)`` is what the window, the command line and the smoke test call for a SQLite file:

- a new store gets a random key kept in the keyring; without a usable keyring, ``ask(new=True)`` gets a passphrase;
- an existing encrypted store is opened with its key, or with the passphrase ``ask(new=False)`` returns (asked again
  after a wrong one);
- an existing store that opens with its key but is damaged (the start's checks, or the full check when
  ``app.store.integrity`` says it must run first; a file cut short), or an emptied file that was a store, raises
  :class:`StoreDamaged` (with the key, so that the newest good backup can be offered); nothing is created or written
  in its place. Only a missing file (or an empty one) with no trace of a store is a new store;
- a missing file with traces of a store (its key note, backups, a restore cut short or a store a restore set aside)
  raises :class:`StoreMissing` with what was found and the newest good copy to put in place: a store that was moved,
  deleted or lost between a restore's two renames never becomes an empty store whose backups then prune the good ones;
- a keyring store whose key the (working) keyring no longer holds raises :class:`StoreKeyGone`: a passphrase can
  never open it, so none is asked for;
- an existing unencrypted store (made before encryption) is converted (:func:`encrypt_plain_store`): the data are
  exported into a new encrypted file, the new file is checked (every table's row count, integrity), and only
  then does it replace the old one. The unencrypted original is then overwritten with zeros, streamed (1 MiB at a
  time: memory stays flat at any size), and deleted, since leaving it would undo the point; if anything fails before
  the swap, the original stays as it was and the half-made file is removed.

A PostgreSQL store is not encrypted by the program: the server's own disk encryption and TLS are the place for it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3  # type: ignore[import-untyped]

from app.errors import KnownError, StoreCorrupt, StoreKeyGone, StoreKeyRejected
from app.files import sync_folder
from app.store import backup
from app.store.backup import BackupFile
from app.store.db import BUSY_TIMEOUT_MS, HEAD_REVISION, Store, current_revision, migrate
from app.store.integrity import Integrity, Reason, note_checked, reason_to_check_first
from app.store.keys import (
    KeyringUnavailable,
    KeySource,
    StoreKey,
    is_plain_sqlite,
    key_info_path,
    keyring_key,
    quiet_sqlcipher,
    record_source,
    recorded_source,
    store_id,
)

# ask(new, retry) -> the passphrase, or None when the user gives up. new: choosing one for a new store;
# retry: the last one given was wrong.
PassphrasePrompt = Callable[[bool, bool], str | None]
# backup_place(store) -> (folder, generations) for the backup made before an upgrade: the administrator's choice, read
# by the services (app.services.guard.backup_settings.upgrade_backup_place); without it, the default folder, keeping
# every older backup.
BackupPlace = Callable[[Store], tuple[Path | None, int]]
# checking(reason) is called before a full check runs at start, before anything is written (seconds at 1,000,000
# contacts; ``app.store.integrity.Reason`` says why), and before a new version's backup and migration (Reason.UPGRADE):
# a window can say why the store takes a while to open.
CheckingNotice = Callable[[Reason], None]
MAX_TRIES = 5
OVERWRITE_CHUNK = 1 << 20  # the unencrypted original is overwritten this many zero bytes at a time
PLAIN_LEFTOVER = ".unencrypted-"  # ``<store>.unencrypted-<time>.bak``: the original under a second name, overwritten

log = logging.getLogger(__name__)


class PassphraseRefused(StoreKeyRejected):
    """The user closed the passphrase prompt; nothing was opened."""


class StoreDamaged(StoreCorrupt):
    """The local store file opens with its key but is damaged (its quick check fails, or it is cut short or empty).

    ``path`` is the file; ``key`` the key it was opened with (never in the message), which its backups share, so
    that the newest good one can be offered (``app.store.backup``). Nothing has been written to the file.
    """

    def __init__(self, message: str, *, path: Path, key: StoreKey | None) -> None:
        super().__init__(message)
        self.path = path
        self.key = key


class StoreMissing(KnownError):
    """The local store file is not there, but traces show a store was (its key note, backups, a restore cut short,
    a store set aside): the program does not start on an empty store in its place.

    ``found``: the traces; ``offer``: the newest good copy to put in place (a backup, or a file a restore or a
    conversion left beside the store), None when nothing checks out; ``key``: the store's key, when at hand.
    """

    def __init__(self, *, path: Path, found: list[Path], offer: BackupFile | None, key: StoreKey | None) -> None:
        super().__init__(f"the store {path} is missing, but {len(found)} trace(s) of it remain")
        self.path = path
        self.found = found
        self.offer = offer
        self.key = key


def open_local_store(
    path: Path,
    ask: PassphrasePrompt,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    refill: bool = False,
    backup_place: BackupPlace | None = None,
    checking: CheckingNotice | None = None,
) -> Store:
    """The encrypted store at ``path`` (created, or converted from an unencrypted one, when needed).

    ``refill``: a missing store is made anew whatever traces it left (the demo store, whose data are generated);
    ``backup_place``: where the backup before an upgrade goes (:data:`BackupPlace`); ``checking``: told when the full
    check runs before the store opens (:data:`CheckingNotice`). The opened store's full check once the window is up
    is ``store.integrity.start_background_check`` (``app.store.integrity``)."""
    url = f"sqlite:///{path}"
    quiet_sqlcipher()
    destroy_plain_leftovers(path)
    size = path.stat().st_size if path.exists() else None
    if size is None and not refill and (found := traces(path)):
        key = existing_key(path, ask)
        raise StoreMissing(path=path, found=found, offer=backup.newest_good_copy(path, key), key=key)
    backup.remove_restoring_leftover(path)
    if size is None or (size == 0 and not _was_a_store(path)):
        key = _new_key(path, ask)
        store = Store.open(url, key=key, busy_timeout_ms=busy_timeout_ms)
        record_source(path, key.source)
        Integrity.attach(store, path, checked=True)  # nothing in it to be damaged
        return store
    if size == 0:  # emptied (a failing disk, a bad copy): never a new store in its place
        raise StoreDamaged("the store file is empty", path=path, key=existing_key(path, ask))
    if is_plain_sqlite(path):
        key = _new_key(path, ask)
        encrypt_plain_store(path, key)
        record_source(path, key.source)
        note_checked(path)  # the encrypted file was checked before it took the original's place
        return _open_existing(path, key, busy_timeout_ms, backup_place, checking)
    source = recorded_source(path)
    if source in (KeySource.KEYRING, None):
        kept: StoreKey | None = None
        try:
            kept = keyring_key(path, create=False)
        except KeyringUnavailable:
            if source is KeySource.KEYRING:
                raise  # the key is only in the keyring: a passphrase cannot open this store
        if kept is not None:
            return _open_existing(path, kept, busy_timeout_ms, backup_place, checking)
        if source is KeySource.KEYRING:
            raise StoreKeyGone("the keyring no longer holds the store's key")
    for attempt in range(MAX_TRIES):
        passphrase = ask(False, attempt > 0)
        if passphrase is None:
            raise PassphraseRefused("no passphrase given")
        try:
            return _open_existing(path, StoreKey.from_passphrase(passphrase), busy_timeout_ms, backup_place, checking)
        except StoreKeyRejected:
            continue
    raise StoreKeyRejected("the passphrase was wrong too many times")


def _open_existing(
    path: Path,
    key: StoreKey,
    busy_timeout_ms: int,
    backup_place: BackupPlace | None,
    checking: CheckingNotice | None = None,
) -> Store:
    """Open an existing encrypted store; a damaged one raises :class:`StoreDamaged`, never anything that writes.

    The full check runs first when ``app.store.integrity`` says so (``checking`` is told), else the start's cheap
    checks are all (the full one runs once the window is up). SQLCipher reads a wrong key and a damaged first page
    alike; when the key opens one of the store's backups it is the right key, so the store is what is damaged.
    """
    reason = reason_to_check_first(path)
    if reason is not None:
        log.warning("the store is checked in full before it opens (%s)", reason.value)
        if checking is not None:
            checking(reason)
    try:
        store = Store.open(
            f"sqlite:///{path}",
            key=key,
            busy_timeout_ms=busy_timeout_ms,
            migrate_to_head=False,
            full_check=reason is not None,
        )
    except StoreCorrupt as error:
        raise StoreDamaged(str(error), path=path, key=key) from error
    except StoreKeyRejected as error:
        if any(backup.opens_with(found.path, key) for found in backup.known_backups(path)[:3]):
            raise StoreDamaged(str(error), path=path, key=key) from error
        raise
    try:
        Integrity.attach(store, path, checked=reason is not None)  # noted open before anything writes
        if current_revision(store.engine) != HEAD_REVISION:
            if checking is not None:
                checking(Reason.UPGRADE)
            _back_up_before_upgrade(store, backup_place)
            migrate(store.engine)
    except BaseException:
        store.close()
        raise
    return store


def _back_up_before_upgrade(store: Store, backup_place: BackupPlace | None) -> None:
    """A new program version changes the store's tables: keep a backup of the store as it was, first.

    Into the administrator's folder (else the default one), keeping their generation count. A backup that cannot be
    made is logged and the upgrade goes on: a crisis line must start, and the migration runs in one transaction.
    """
    folder: Path | None = None
    generations = backup.GENERATIONS_MAX  # settings unreadable before the upgrade: remove nothing old
    if backup_place is not None:
        with contextlib.suppress(Exception):
            folder, generations = backup_place(store)
    for place in dict.fromkeys((folder, None)):
        try:
            made = backup.make_backup(store, place, generations)
        except (OSError, KnownError) as error:
            log.warning("no backup before the upgrade in %s: %s", place or "the default folder", error)
            continue
        log.info("backed up before the upgrade: %s", made.path)
        return


def traces(path: Path) -> list[Path]:
    """Signs that a store was at ``path``: the files beside it named after it (its key note, the audit anchor's and
    the backup folder's notes, files a restore left: ``<store>.restoring``, ``<store>.replaced-<time>``; a WAL left
    without its store) and its backups. Files a restore left come first, then the key note."""
    beside = sorted(
        (entry for entry in path.parent.glob(backup.glob_escape(path.name) + ".*") if entry.is_file()),
        key=lambda entry: (entry not in backup.leftovers(path), entry != key_info_path(path), entry.name),
    )
    wal = [companion for suffix in ("-wal", "-shm") if (companion := path.with_name(path.name + suffix)).is_file()]
    return beside + wal + [found.path for found in backup.known_backups(path)]


def _was_a_store(path: Path) -> bool:
    """Whether an empty file at ``path`` once held a store (its key note or backups are there)."""
    return bool(traces(path))


def existing_key(path: Path, ask: PassphrasePrompt, probe: Path | None = None) -> StoreKey | None:
    """The key of a store without opening it (damaged, missing, or about to be replaced): the keyring's, or a
    passphrase that opens ``probe`` (by default a file a restore left, else the store's newest backup). None when
    neither is there. A store whose key was in the keyring never asks for a passphrase: :class:`KeyringUnavailable`
    or :class:`StoreKeyGone` instead."""
    if recorded_source(path) is KeySource.KEYRING:
        kept = keyring_key(path, create=False)
        if kept is None:
            raise StoreKeyGone("the keyring no longer holds the store's key")
        return kept
    with contextlib.suppress(KeyringUnavailable):
        kept = keyring_key(path, create=False)
        if kept is not None:
            return kept
    if probe is None:
        own = store_id(path, create=False)  # in a shared folder, not another store's backup
        ours = [found.path for found in backup.known_backups(path) if own is None or found.store_id in (None, own)]
        files = backup.leftovers(path) + ours
        if not files:
            return None
        probe = files[0]
    for attempt in range(MAX_TRIES):
        passphrase = ask(False, attempt > 0)
        if passphrase is None:
            raise PassphraseRefused("no passphrase given")
        if backup.opens_with(probe, StoreKey.from_passphrase(passphrase)):
            return StoreKey.from_passphrase(passphrase)
    raise StoreKeyRejected("the passphrase was wrong too many times")


def _new_key(path: Path, ask: PassphrasePrompt) -> StoreKey:
    try:
        key = keyring_key(path, create=True)
        assert key is not None
        return key
    except KeyringUnavailable:
        passphrase = ask(True, False)
        if passphrase is None:
            raise PassphraseRefused("no passphrase chosen") from None
        return StoreKey.from_passphrase(passphrase)


def _row_counts(connection: sqlite3.Connection | sqlcipher3.Connection) -> dict[str, int]:
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}


def encrypt_plain_store(path: Path, key: StoreKey) -> None:
    """Convert the unencrypted store at ``path`` in place (see the module's docstring for the steps).

    Memory stays flat at any size: SQLCipher exports page by page through its page cache, and the original is
    overwritten :data:`OVERWRITE_CHUNK` bytes at a time. The original is not copied: after the check a second name
    for it (a hard link; a copy where the file system has none) keeps its blocks reachable across the swap, so that
    the very blocks that held the plain data are overwritten, not a copy of them.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}{PLAIN_LEFTOVER}{stamp}.bak")
    target = path.with_name(f"{path.name}.encrypting")
    plain = sqlite3.connect(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file before it is exported
        expected = _row_counts(plain)
    except sqlite3.DatabaseError as error:
        raise StoreCorrupt(str(error)) from error
    finally:
        plain.close()
    linked = False
    try:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        exporter = sqlcipher3.connect(str(path))
        try:
            exporter.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), key.pragma_value))
            exporter.execute("SELECT sqlcipher_export('encrypted')")
            version = exporter.execute("PRAGMA main.user_version").fetchone()[0]
            exporter.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            exporter.execute("DETACH DATABASE encrypted")
        finally:
            exporter.close()
        check = sqlcipher3.connect(str(target))
        try:
            quoted = key.pragma_value.replace('"', '""')
            check.execute(f'PRAGMA key = "{quoted}"')
            # integrity_check, not quick_check: once in a store's life, the indexes are checked against their rows
            if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or _row_counts(check) != expected:
                raise StoreCorrupt("the encrypted copy does not match the original")
            check.execute("PRAGMA journal_mode = WAL")
        finally:
            check.close()
        try:
            os.link(path, aside)
            linked = True
        except OSError:  # no hard links here (FAT): a copy, overwritten all the same
            shutil.copyfile(path, aside)
        os.replace(target, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        if linked:
            with contextlib.suppress(FileNotFoundError):
                aside.unlink()  # the original's second name: the original itself is still in place, untouched
        else:
            _destroy(aside)
        raise
    sync_folder(path.parent)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()  # the plain store's, emptied by the checkpoint: never replayed over the encrypted one
    _destroy(aside)


def destroy_plain_leftovers(path: Path) -> None:
    """Overwrite and delete what a conversion cut short left beside the store: a second name of the unencrypted
    original (only unlinked while the original is still the store, to be converted again) or a copy of it."""
    for entry in path.parent.glob(backup.glob_escape(path.name) + PLAIN_LEFTOVER + "*.bak"):
        try:
            same = path.exists() and os.path.samefile(entry, path)
        except OSError:
            same = False
        if same:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
        else:
            _destroy(entry)


def _destroy(path: Path) -> None:
    """Overwrite with zeros, :data:`OVERWRITE_CHUNK` bytes at a time, then delete the unencrypted file (best effort:
    flash storage may keep old blocks)."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        zeros = memoryview(bytes(OVERWRITE_CHUNK))
        with path.open("r+b") as handle:
            written = 0
            while written < size:
                written += handle.write(zeros[: min(OVERWRITE_CHUNK, size - written)])
            handle.flush()
            os.fsync(handle.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
