"""When the local store's full integrity check runs, and what a failure does.

SQLite's ``PRAGMA quick_check`` reads every page of the store (0.8 s at 100,000 contacts, 9 s at 1,000,000, more on
the first start after a reboot). It no longer stands between a counsellor and the window at every start:

- **Every start**, before anything is written, :func:`app.store.db.cheap_check` (milliseconds at any size): the key
  decrypts the first page, the header adds up, the file is not shorter than the pages it counts, the schema and every
  table's first pages read. SQLCipher authenticates every page it reads (HMAC), so a damaged page is refused whenever
  it is read, never taken for data.
- **The full check before anything is written** (:func:`reason_to_check_first` says why) when the last run did not
  close the store cleanly (a crash, a power cut, a kill: the note says it is still open, or a WAL was left beside
  it), when a check after opening found damage, or when no full check has passed for :data:`FULL_CHECK_MAX_AGE`
  (or none is known: the first start of this version). A damaged store is then refused (``StoreDamaged``) and the
  start offers its newest good backup.
- **Otherwise, once the window is up**, :meth:`Integrity.start_background_check` runs the full check on a plain
  thread of its own with its own connection that writes nothing (``query_only``), while the user works; the
  database worker stays free. A pass notes the time; damage makes the store refuse every commit from then on
  (:meth:`app.store.db.Store.refuse_writes`), is noted so that the next start refuses the store before anything is
  written and offers the newest good backup, and is said on screen (``app.ui.shell.integrity``).

What it guarantees: a store damaged at rest is never migrated or written to at start unless the damage lies in pages
no start reads and the last close was clean and the last full check passed within a week; such damage is found
seconds after the window shows, after which nothing more is written; SQLCipher's page authentication refuses a
damaged page that is read in between. Backups check what they copy (``app.store.backup``), so a damaged store never
prunes its good backups.

The state lives in the ``integrity`` section of the note beside the store (``<store>.key-info``, no secret in it):
``open`` (set at opening, cleared after a clean close), ``checked_at`` (the last full check that passed, UTC ISO
time; a backup whose copy passed its quick check counts, from the moment of its snapshot: :func:`note_backup_checked`)
and ``damage`` (what a check found, until a full check of the store passes).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlcipher3  # type: ignore[import-untyped]

from app.errors import StoreCorrupt
from app.store.db import BUSY_TIMEOUT_MS, Store
from app.store.keys import StoreKey, note_section, quiet_sqlcipher, update_note_section

SECTION = "integrity"
FULL_CHECK_MAX_AGE = timedelta(days=7)
CHECK_NICENESS = 10  # the background check's thread runs at a lower priority where the system allows it
STOP_WAIT_S = 5.0  # how long closing the store waits for an interrupted check to return
log = logging.getLogger(__name__)
# The note is read, changed and written whole: the background check, a backup (files lane) and the GUI thread change
# it, and a lost update could drop a damage finding. Every change of this section goes through this lock.
_note_lock = threading.Lock()


def _update_note(path: Path, values: dict[str, object]) -> None:
    with _note_lock:
        update_note_section(path, SECTION, values)


class Reason(StrEnum):
    """Why the full check runs before anything is written."""

    UNCLEAN = "unclean"  # the last run did not close the store, or left its WAL
    DAMAGE = "damage"  # a check after opening found damage
    DUE = "due"  # no full check passed within FULL_CHECK_MAX_AGE, or none is known
    # Not a check, but the other long step before the store opens: a new program version backs the store up and
    # changes its tables (once per version; ~30 s at 1,000,000 contacts). Told through the same notice.
    UPGRADE = "upgrade"


def _now() -> datetime:
    return datetime.now(UTC)


def reason_to_check_first(path: Path, now: datetime | None = None) -> Reason | None:
    """Why the store at ``path`` must pass the full check before anything is written to it; None when the start's
    cheap checks are enough and the full check can run once the window is up."""
    state = note_section(path, SECTION)
    if not state:
        return Reason.DUE  # opened by no version that keeps the note yet
    if state.get("damage"):
        return Reason.DAMAGE
    wal = path.with_name(path.name + "-wal")
    if state.get("open") is not False or (wal.exists() and wal.stat().st_size > 0):
        return Reason.UNCLEAN
    try:
        checked = datetime.fromisoformat(str(state["checked_at"]))
    except (KeyError, ValueError):
        return Reason.DUE
    if checked.tzinfo is None or (now or _now()) - checked > FULL_CHECK_MAX_AGE:
        return Reason.DUE
    return None


def note_checked(path: Path) -> None:
    """A full check of the store at ``path`` passed just now (made new, converted and checked, or checked)."""
    _update_note(path, {"checked_at": _now().isoformat(), "damage": None})


def note_backup_checked(path: Path, snapshot_at: datetime) -> bool:
    """A backup of the store at ``path``, copied from one snapshot taken at ``snapshot_at``, passed its quick check:
    every page of the store's content was read (and authenticated) then and the copy's structure checked, which is a
    full check of the store at that moment (``app.store.backup``). Noted as the last full check unless damage is
    noted (only a full check of the store itself clears that) or a later check is noted already. True when noted."""
    with _note_lock:
        state = note_section(path, SECTION)
        if state.get("damage"):
            return False
        with contextlib.suppress(KeyError, ValueError, TypeError):
            noted = datetime.fromisoformat(str(state["checked_at"]))
            if noted.tzinfo is not None and noted >= snapshot_at:
                return False
        update_note_section(path, SECTION, {"checked_at": snapshot_at.astimezone(UTC).isoformat()})
        return True


def _connect_for_check(path: Path, key: StoreKey | None) -> Any:
    """A connection of the check's own that writes nothing."""
    if key is None:
        connection = sqlite3.connect(str(path), check_same_thread=False)
    else:
        quiet_sqlcipher()
        connection = sqlcipher3.connect(str(path), check_same_thread=False)
        connection.execute('PRAGMA key = "{}"'.format(key.pragma_value.replace('"', '""')))
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA query_only = ON")
    return connection


def full_check(connection: Any) -> StoreCorrupt | None:
    """``PRAGMA quick_check`` on ``connection``: the damage found, or None. Raises what is not about damage (the
    check interrupted, the store busy)."""
    try:
        verdict = str(connection.execute("PRAGMA quick_check").fetchone()[0])
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as error:
        text = str(error)
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return StoreCorrupt(text)
        raise
    if verdict != "ok":
        return StoreCorrupt("quick_check: " + verdict.splitlines()[-1][:200])
    return None


class Integrity:
    """The open local store's integrity: its note, and the full check once the window is up (one per opening)."""

    def __init__(self, store: Store, path: Path) -> None:
        self.store, self.path = store, path
        self._thread: threading.Thread | None = None
        self._connection: Any = None
        self._lock = threading.Lock()
        self._stopping = False
        self.result: StoreCorrupt | None = None  # the damage the background check found
        self.finished = threading.Event()  # the background check returned (passed, found damage or was stopped)

    @classmethod
    def attach(cls, store: Store, path: Path, *, checked: bool) -> Integrity:
        """Note the store open (before anything writes to it; ``checked``: it just passed the full check)."""
        keeper = cls(store, path)
        values: dict[str, object] = {"open": True}
        if checked:
            values.update(checked_at=_now().isoformat(), damage=None)
        try:
            _update_note(path, values)
        except OSError as error:  # a folder that cannot be written: the store itself will say so when it writes
            log.warning("the store's note could not be written: %s", error)
        store.integrity = keeper
        return keeper

    def start_background_check(self, done: Callable[[StoreCorrupt | None], None] | None = None) -> bool:
        """Run the full check on a thread of its own; ``done(damage or None)`` is called on that thread when it
        passed or found damage (not when it was stopped or could not run). False when one already ran or runs."""
        with self._lock:
            if self._thread is not None or self._stopping:
                return False
            self._thread = threading.Thread(target=self._run, args=(done,), name="store-check", daemon=True)
        self._thread.start()
        return True

    def _run(self, done: Callable[[StoreCorrupt | None], None] | None) -> None:
        with contextlib.suppress(AttributeError, OSError):  # Linux: this thread yields the cores to the user's work
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), CHECK_NICENESS)
        try:
            try:
                damage = self._check()
            except Exception as error:  # interrupted at close, busy, unreadable: no verdict, the next start tries again
                if not self._stopping:
                    log.warning("the store's background check did not finish: %s", error)
                return
            self.result = damage
            if damage is None:
                with contextlib.suppress(OSError):
                    note_checked(self.path)
            else:
                log.error("the store's background check found damage: %s", damage)
                self.store.refuse_writes(damage)
                with contextlib.suppress(OSError):
                    _update_note(self.path, {"damage": str(damage)[:200]})
            if done is not None:
                try:
                    done(damage)
                except Exception:  # the window that was to say it is gone: the note and the refusal stand
                    log.exception("the check's verdict could not be passed on")
        finally:
            self.finished.set()

    def _check(self) -> StoreCorrupt | None:
        with self._lock:
            if self._stopping:
                raise InterruptedError("the store is closing")
            self._connection = _connect_for_check(self.path, self.store.key)
        try:
            return full_check(self._connection)
        finally:
            with self._lock:
                connection, self._connection = self._connection, None
            connection.close()

    def stop(self) -> None:
        """Interrupt a running check and wait for it (closing the store)."""
        with self._lock:
            self._stopping = True
            if self._connection is not None:
                self._connection.interrupt()
            thread = self._thread
        if thread is not None:
            thread.join(STOP_WAIT_S)

    def closed(self) -> None:
        """The store's connections are closed: the next start need not run the full check first."""
        with contextlib.suppress(OSError):
            _update_note(self.path, {"open": False})
