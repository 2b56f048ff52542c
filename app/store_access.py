"""Opening the local store encrypted: its key from the keyring or a passphrase, and converting an unencrypted one.

``open_local_store(path, ask)`` is what the window, the command line and the smoke test call for a SQLite file:

- a new store gets a random key kept in the keyring; without a usable keyring, ``ask(new=True)`` gets a passphrase;
- an existing encrypted store is opened with its key, or with the passphrase ``ask(new=False)`` returns (asked again
  after a wrong one);
- an existing unencrypted store (made before encryption) is converted: a copy is made first, the data are exported
  into a new encrypted file, the new file is checked (every table's row count, integrity), and only then does it
  replace the old one. The unencrypted copy is then overwritten and deleted, since leaving it would undo the point;
  if anything fails before the swap, the original stays as it was and the half-made file is removed.

A PostgreSQL store is not encrypted by the program: the server's own disk encryption and TLS are the place for it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3  # type: ignore[import-untyped]

from app.config import StoreConfig
from app.db import BUSY_TIMEOUT_MS, Store
from app.errors import StoreCorrupt, StoreKeyRejected
from app.keys import (
    KeyringUnavailable,
    KeySource,
    StoreKey,
    is_plain_sqlite,
    keyring_key,
    record_source,
    recorded_source,
)

# ask(new, retry) -> the passphrase, or None when the user gives up. new: choosing one for a new store;
# retry: the last one given was wrong.
PassphrasePrompt = Callable[[bool, bool], str | None]
MAX_TRIES = 5


class PassphraseRefused(StoreKeyRejected):
    """The user closed the passphrase prompt; nothing was opened."""


def open_configured_store(config: StoreConfig, ask: PassphrasePrompt) -> Store:
    """The store the configuration names; a SQLite file is opened encrypted."""
    path = config.local_path
    return open_local_store(path, ask) if path is not None else Store.open(config.url)


def open_local_store(path: Path, ask: PassphrasePrompt, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Store:
    """The encrypted store at ``path`` (created, or converted from an unencrypted one, when needed)."""
    url = f"sqlite:///{path}"
    exists = path.exists() and path.stat().st_size > 0
    if not exists:
        key = _new_key(path, ask)
        store = Store.open(url, key=key, busy_timeout_ms=busy_timeout_ms)
        record_source(path, key.source)
        return store
    if is_plain_sqlite(path):
        key = _new_key(path, ask)
        encrypt_plain_store(path, key)
        record_source(path, key.source)
        return Store.open(url, key=key, busy_timeout_ms=busy_timeout_ms)
    source = recorded_source(path)
    if source in (KeySource.KEYRING, None):
        kept: StoreKey | None = None
        try:
            kept = keyring_key(path, create=False)
        except KeyringUnavailable:
            if source is KeySource.KEYRING:
                raise  # the key is only in the keyring: a passphrase cannot open this store
        if kept is not None:
            return Store.open(url, key=kept, busy_timeout_ms=busy_timeout_ms)
    for attempt in range(MAX_TRIES):
        passphrase = ask(False, attempt > 0)
        if passphrase is None:
            raise PassphraseRefused("no passphrase given")
        try:
            return Store.open(url, key=StoreKey.from_passphrase(passphrase), busy_timeout_ms=busy_timeout_ms)
        except StoreKeyRejected:
            continue
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
    """Convert the unencrypted store at ``path`` in place (see the module's docstring for the steps)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.unencrypted-{stamp}.bak")
    target = path.with_name(f"{path.name}.encrypting")
    plain = sqlite3.connect(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file before it is copied
        expected = _row_counts(plain)
    except sqlite3.DatabaseError as error:
        raise StoreCorrupt(str(error)) from error
    finally:
        plain.close()
    shutil.copy2(path, backup)
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
            if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or _row_counts(check) != expected:
                raise StoreCorrupt("the encrypted copy does not match the original")
            check.execute("PRAGMA journal_mode = WAL")
        finally:
            check.close()
        os.replace(target, path)
        for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        _destroy(backup)  # the original is still in place, untouched: the copy is not needed
        raise
    _destroy(backup)


def _destroy(path: Path) -> None:
    """Overwrite, then delete, the unencrypted copy (best effort: flash storage may keep old blocks)."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(b"\0" * size)
            handle.flush()
            os.fsync(handle.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
