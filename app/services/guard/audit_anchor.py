"""The audit trail's anchor: the number and hash of its newest entry, kept outside the store, where its key is kept.

The hash chain (``app.models.audit``) shows that no entry was changed or removed *inside* a trail, but someone with
the store's key can cut the trail's tail, re-hash the whole chain, or put an old backup back, and the chain is then
intact again. The anchor is what the store cannot change about itself: after every commit that wrote an audit entry,
the entry's number and hash are written

- for a store whose key is in the keyring: into the keyring, beside the key (``audit-anchor:<store>``);
- for a store protected by a passphrase (no keyring): into a note beside the store (``<store>.audit-anchor``) with an
  HMAC keyed from the passphrase, so it cannot be forged or edited without the passphrase. Copied back together
  with an old store it is not caught: that is what the anchor shown to the administrator is for (``audit verify``
  prints it; ``audit verify --expect N:HASH`` checks the trail against one written down);
- for a PostgreSQL store: into this workstation's keyring, when one is usable (every workstation keeps its own).

At start (:func:`attach`) and in ``audit verify`` the anchored entry must be in the store with the same hash: a
trail that is shorter (an old backup put back, entries cut, a WAL that lost commits) or rewritten (re-hashed,
the table recreated) is named in a :class:`Finding`. The finding is recorded in the trail, said to the user, and
freezes the anchor (it is not moved on, so the next start says it again) until an administrator re-bases it: by a
restore made with their log-in, or by accepting it (``helpline audit verify --accept``); both are in the trail.
Recording a restore and re-basing (:func:`rebase`, :func:`record_restore`, :func:`record_restore_at`,
:func:`after_restore`) refuse anyone but an administrator with :class:`NotAllowed` before anything is opened or
written (the role table, ``tests/services/test_roles.py``). The restore at start after damage, made before anyone
logs in, calls none of them: the next start finds the trail shorter and an administrator accepts it.

What this cannot stop is written in ``docs/security.md`` ("What the audit anchor does not stop").
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import shutil
import socket
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import keyring
import keyring.errors
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.files import write_text_atomically
from app.models.audit import AuditEntry, AuditHead, AuditKind
from app.services.actor import SessionUser, is_administrator, require_administrator
from app.services.guard import backup_settings
from app.store.db import Store, UnitOfWork
from app.store.keys import KEYRING_SERVICE, KeySource, StoreKey
from app.store.opening import open_local_store

ANCHOR_SUFFIX = ".audit-anchor"
SESSION_KEY = "audit_anchor"  # the keeper, in every session's info
TIP_KEY = "audit_tip"  # (seq, hash) of the newest entry the transaction wrote (set by ``audit.record``)

log = logging.getLogger(__name__)


SEQ_MAX = 2**63 - 1  # an entry's number is a 64-bit integer in both stores
HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str  # the full 64 hex digits where stored; at least 16 only when typed by a person (``--expect``)

    def text(self) -> str:
        """As the administrator writes it down: ``N:HASH``."""
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Anchor:
        """``N:HASH`` as a person writes it down (the hash may be shortened to its first 16 digits; N is an entry's
        number, 1 or more); ValueError otherwise."""
        seq, _, digest = text.strip().partition(":")
        seq, digest = seq.strip(), digest.strip().lower()
        number = int(seq) if seq.isascii() and seq.isdigit() else 0
        if not 1 <= number <= SEQ_MAX or not 16 <= len(digest) <= 64 or not set(digest) <= HEX:
            raise ValueError(
                "an anchor is written N:HASH (the entry's number, 1 or more, a colon, at least 16 hex digits)"
            )
        return cls(number, digest)

    @classmethod
    def stored(cls, data: object) -> Anchor:
        """An anchor as the program stores it (``{"seq": N, "hash": 64 hex digits}``); AnchorTampered otherwise:
        a shortened or empty hash would match entries it never named."""
        if not isinstance(data, dict):
            raise AnchorTampered("the anchor is not a record")
        seq, digest = data.get("seq"), data.get("hash")
        if type(seq) is not int or not 1 <= seq <= SEQ_MAX:
            raise AnchorTampered("the anchor's entry number is not one")
        if not isinstance(digest, str) or len(digest) != 64 or not set(digest) <= HEX:
            raise AnchorTampered("the anchor's hash is not 64 hex digits")
        return cls(seq, digest)


class _Unreadable(Exception):
    """The anchor's place could not be read (no keyring, or a refusing one)."""


class AnchorTampered(Exception):
    """The anchor is there but is no anchor the program wrote: text that is not one, a malformed one, or a note
    beside a passphrase store that does not match its HMAC (edited by hand)."""


class Place(Protocol):
    def read(self) -> Anchor | None: ...
    def write(self, anchor: Anchor) -> None: ...


class KeyringPlace:
    """The anchor in the keyring, beside the store's key."""

    def __init__(self, account: str) -> None:
        self.account = account

    def read(self) -> Anchor | None:
        found = keyring.get_password(KEYRING_SERVICE, self.account)
        if found is None:
            return None
        try:
            data = json.loads(found)
        except ValueError as error:
            raise AnchorTampered(str(error)) from error
        return Anchor.stored(data)

    def write(self, anchor: Anchor) -> None:
        keyring.set_password(KEYRING_SERVICE, self.account, json.dumps({"seq": anchor.seq, "hash": anchor.hash}))


class NotePlace:
    """The anchor in a note beside a passphrase store, with an HMAC keyed from the passphrase."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self.path = path
        salt = b"helpline audit anchor " + path.name.encode()
        self._key = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 100_000)

    def _mac(self, anchor: Anchor) -> str:
        return hmac.new(self._key, anchor.text().encode(), hashlib.sha256).hexdigest()

    def read(self) -> Anchor | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise AnchorTampered(str(error)) from error
        anchor = Anchor.stored(data)
        mac = data["mac"] if isinstance(data.get("mac"), str) else ""
        if not hmac.compare_digest(mac, self._mac(anchor)):
            raise AnchorTampered("the anchor note's HMAC does not match")
        return anchor

    def write(self, anchor: Anchor) -> None:
        note = json.dumps({"seq": anchor.seq, "hash": anchor.hash, "mac": self._mac(anchor)}) + "\n"
        write_text_atomically(self.path, note)


def anchor_note_path(store_file: Path) -> Path:
    return store_file.with_name(store_file.name + ANCHOR_SUFFIX)


def place_for(store: Store, store_file: Path | None) -> Place | None:
    """Where this store's anchor is kept: where its key is (see the module's docstring); None for none."""
    if store_file is not None:
        if store.key is not None and store.key.source is KeySource.PASSPHRASE:
            return NotePlace(anchor_note_path(store_file), store.key.pragma_value)
        return KeyringPlace(f"audit-anchor:{store_file.resolve()}")
    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        return None  # an in-memory or test store
    return KeyringPlace("audit-anchor:" + url.set(password=None).render_as_string(hide_password=True))


# --- what is found ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """Why the trail in the store is not the one the anchor recorded."""

    # "shorter", "rewritten" (the entry is there but another: rolled back and gone on, or rewritten), "tampered"
    # (the anchor cannot be read or checked: edited by hand), "gone" (the anchor was removed), "head" (the store's
    # record of its newest entry was unreadable or missing: changed by hand; set again from the newest entry)
    kind: str
    recorded: Anchor | None  # what the anchor (or the administrator's note) says
    store_seq: int  # the store's newest entry

    def sentence(self) -> str:
        """In the command line's plain English (the window translates its own, ``app.ui.admin.audit_dialog``)."""
        if self.kind == "shorter" and self.recorded is not None:
            return (
                f"The audit trail is shorter than recorded outside the store: entry {self.recorded.seq} was written, "
                f"but the store ends at entry {self.store_seq}. An old copy of the store was put back, entries were "
                "cut, or the store lost its newest commits (a damaged WAL): what was saved after that may be lost."
            )
        if self.kind == "rewritten" and self.recorded is not None:
            return (
                f"Entry {self.recorded.seq} of the audit trail is not the one recorded outside the store: the store "
                "was rolled back (an old copy put back, entries cut, or a damaged WAL that lost commits) and work "
                "went on after that, or the trail was rewritten. What was saved after the roll-back may be lost."
            )
        if self.kind == "tampered":
            return (
                "The record of the audit trail kept outside the store was changed by hand: it can no longer be read "
                "or checked."
            )
        if self.kind == "head":
            return (
                f"The store's record of the newest audit entry was changed by hand; it was set again from the newest "
                f"entry there is ({self.store_seq}). Check the whole trail (helpline audit verify)."
            )
        return (
            f"The record of the audit trail kept outside the store is gone, although the store's trail has "
            f"{self.store_seq} entries and was anchored before."
        )


def _store_tip(session: Session) -> tuple[int, str]:
    """The store's newest entry as ``audit_head`` records it; from the entries themselves when that row is missing
    or unreadable (changed by hand: :func:`mend_head` sets it again at start and says so)."""
    from app.services.guard import audit

    return audit.stored_head(session) or audit.newest_entry(session)


def mend_head(uow: UnitOfWork) -> int | None:
    """Set ``audit_head`` again from the newest entry when its row is missing or holds what the program never
    writes (changed by hand), so that the next entry can be written; the newest entry's number, else None."""
    from app.services.guard import audit

    if audit.stored_head(uow.session) is not None:
        return None
    seq, digest = audit.newest_entry(uow.session)
    uow.session.execute(sa.delete(AuditHead).where(AuditHead.id == 1))
    uow.session.add(AuditHead(id=1, seq=seq, hash=digest))
    uow.session.flush()
    return seq


def check(session: Session, recorded: Anchor) -> Finding | None:
    """Whether the recorded entry is in the store as it was (one look-up by number; cheap at every start).

    Both a trail that ends before the entry and one whose entry is another say what may be lost: work that went
    on after a roll-back writes a new entry under the anchored number."""
    store_seq, _ = _store_tip(session)
    found = session.scalar(sa.select(AuditEntry.hash).where(AuditEntry.seq == recorded.seq))
    if found is None:
        newest = session.scalar(sa.select(sa.func.max(AuditEntry.seq))) or 0
        return Finding("shorter", recorded, min(store_seq, int(newest)))
    if len(recorded.hash) < 16 or not str(found).startswith(recorded.hash):
        return Finding("rewritten", recorded, store_seq)
    return None


# --- keeping it up to date --------------------------------------------------------------------------------------


class Keeper:
    """This store's anchor in this process: moved on after each commit that wrote an audit entry, unless frozen by
    a finding (until an administrator re-bases it)."""

    def __init__(self, place: Place | None, store_id: str) -> None:
        self.place = place
        self.store_id = store_id  # names the place in the trail without a path (paths may hold a user's name)
        self.recorded: Anchor | None = None
        self.finding: Finding | None = None
        self.unchecked = ""  # why the trail was not checked against the anchor (the keyring could not be read)
        self._lock = threading.Lock()

    def advance(self, seq: int, digest: str) -> None:
        with self._lock:
            if self.place is None or (self.finding is not None and self.finding.kind != "head"):
                return  # frozen by a finding (a mended tip is said once: the anchor itself still holds)
            if self.recorded is not None and seq <= self.recorded.seq:
                return  # another workstation's commit came later and anchored further: keep the furthest
            self._write(Anchor(seq, digest))

    def rebase(self, anchor: Anchor) -> None:
        """An administrator accepted the trail as it is (a restore, or a finding they looked into)."""
        with self._lock:
            self.finding = None
            if self.place is not None:
                self._write(anchor)

    def _write(self, anchor: Anchor) -> None:
        assert self.place is not None
        try:
            self.place.write(anchor)
        except (keyring.errors.KeyringError, OSError) as error:  # the commit stands; the next start checks
            log.warning("the audit trail's anchor could not be kept, so it is not kept this time: %s", error)
            self.place = None
            self.unchecked = f"the keyring refused to keep the anchor ({error})"
            return
        self.recorded = anchor


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    tip = session.info.pop(TIP_KEY, None)
    keeper = session.info.get(SESSION_KEY)
    if tip is not None and isinstance(keeper, Keeper):
        keeper.advance(*tip)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(TIP_KEY, None)


def place_id(store: Store, store_file: Path | None) -> str:
    """Names the anchor's place (this computer, this store) in the trail without a path, which may hold a name."""
    where = str(store_file.resolve() if store_file else store.engine.url.set(password=None))
    return hashlib.sha256(f"{socket.gethostname()} {where}".encode()).hexdigest()[:12]


def attach(store: Store, store_file: Path | None) -> Keeper:
    """Read the store's anchor, check the trail against it, and keep it from now on. A finding is recorded in the
    trail and kept in ``keeper.finding`` for the start to show; the anchor then stays where it was."""
    place = place_for(store, store_file)
    store_id = place_id(store, store_file)
    keeper = Keeper(place, store_id)
    store.keep_anchor(keeper)
    with store.unit_of_work() as uow:  # a tip changed by hand would stop every entry (log-ins too) being written
        mended = mend_head(uow)
        if mended is not None:
            keeper.finding = Finding("head", None, mended)
            _record(uow, AuditKind.ANCHOR_MISMATCH, keeper.finding, store_id)
            uow.commit()
    if place is None:
        keeper.unchecked = "this store keeps no anchor outside it"
        return keeper
    with store.unit_of_work() as uow:
        try:
            finding, recorded = _examine(uow, place, store_id)
        except _Unreadable as error:  # no keyring here (a server store's workstation), or it refused: not kept
            log.warning("the audit trail's anchor could not be read, so it is not kept this time: %s", error)
            keeper.place = None
            keeper.unchecked = f"the keyring could not be read ({error})"
            return keeper
        keeper.recorded = recorded
        if finding is not None:
            keeper.finding = finding
            _record(uow, AuditKind.ANCHOR_MISMATCH, finding, store_id)
            uow.commit()
        elif recorded is None:  # a new store, or one made before anchors: anchored from here on
            _record(uow, AuditKind.ANCHOR_STARTED, None, store_id)
            uow.commit()  # the anchor is written after this commit
    return keeper


def _examine(uow: UnitOfWork, place: Place, store_id: str) -> tuple[Finding | None, Anchor | None]:
    store_seq, _ = _store_tip(uow.session)
    try:
        recorded = place.read()
    except AnchorTampered:  # there, but no anchor the program wrote: found, never silently switched off
        return Finding("tampered", None, store_seq), None
    except keyring.errors.KeyringError as error:
        raise _Unreadable(str(error)) from error
    if recorded is None:
        started = uow.session.scalar(
            sa.select(sa.func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.kind == AuditKind.ANCHOR_STARTED, AuditEntry.record_id == store_id)
        )
        return (Finding("gone", None, store_seq), None) if started else (None, None)
    return check(uow.session, recorded), recorded


def _record(uow: UnitOfWork, kind: AuditKind, finding: Finding | None, store_id: str, **more: Any) -> None:
    from app.services.guard import audit

    details: dict[str, Any] = dict(more)
    if finding is not None:
        details.update({"finding": finding.kind, "store_seq": finding.store_seq})
        if finding.recorded is not None:
            details.update({"recorded_seq": finding.recorded.seq, "recorded_hash": finding.recorded.hash})
    audit.record(uow, kind, record_type="anchor", record_id=store_id, details=details)


def current(store: Store) -> Anchor | None:
    """The store's newest entry as an anchor: what the administrator writes down."""
    with store.unit_of_work() as uow:
        seq, digest = _store_tip(uow.session)
    return Anchor(seq, digest) if seq else None


def rebase(uow: UnitOfWork, keeper: Keeper, kind: AuditKind, actor: SessionUser, details: dict[str, Any]) -> Anchor:
    """Record an administrator's restore or acceptance in the trail, commit, and anchor the trail as it now is."""
    from app.services.guard import audit

    require_administrator(actor, "only an administrator re-bases the audit trail's anchor")
    before = keeper.finding
    info = dict(details)
    if before is not None:
        info.update({"finding": before.kind, "store_seq": before.store_seq})
        if before.recorded is not None:
            info.update({"recorded_seq": before.recorded.seq, "recorded_hash": before.recorded.hash})
    elif keeper.recorded is not None:
        info.update({"recorded_seq": keeper.recorded.seq, "recorded_hash": keeper.recorded.hash})
    audit.record(uow, kind, actor=actor, record_type="anchor", record_id=keeper.store_id, details=info)
    uow.session.info.pop(TIP_KEY, None)  # moved on here, not by the commit (the keeper may still be frozen)
    uow.commit()
    seq, digest = _store_tip(uow.session)
    anchor = Anchor(seq, digest)
    keeper.rebase(anchor)
    return anchor


def forget_note(store_file: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        anchor_note_path(store_file).unlink()


def record_restore(store: Store, store_file: Path, actor: SessionUser, backup_name: str) -> Anchor:
    """After an administrator's restore: the restore in the restored store's trail (naming the backup and the
    trail it replaced, as the anchor recorded it), and the anchor re-based on the restored trail."""
    require_administrator(actor, "only an administrator records a restore")  # before the store's keeper changes
    place = place_for(store, store_file)
    keeper = Keeper(place, place_id(store, store_file))
    store.keep_anchor(keeper)
    with store.unit_of_work() as uow:
        keeper.recorded = None
        if place is not None:
            with contextlib.suppress(_Unreadable):  # then only the restore's entry is written, and no anchor
                keeper.finding, keeper.recorded = _examine(uow, place, keeper.store_id)
        return rebase(uow, keeper, AuditKind.RESTORED, actor, {"backup": backup_name})


def record_restore_at(store_file: Path, key: StoreKey | None, actor: SessionUser, backup_name: str) -> Anchor:
    """Open the store just restored (with the key it was restored with), record the restore and re-base the anchor
    (:func:`record_restore`). The window and the command line both end a restore with this."""
    require_administrator(actor, "only an administrator records a restore")  # before the store is opened

    def known_key(_new: bool, _retry: bool) -> str | None:
        return key.pragma_value if key is not None and key.source is KeySource.PASSPHRASE and not _retry else None

    restored = open_local_store(store_file, known_key, backup_place=backup_settings.upgrade_backup_place)
    try:
        return record_restore(restored, store_file, actor, backup_name)
    finally:
        restored.close()


def after_restore(store_file: Path, key: StoreKey | None, actor: SessionUser, backup_file: Path) -> bool:
    """:func:`record_restore_at` for the window, which has restored already: a failure to record is logged, never
    raised (the next start then finds the trail shorter than anchored, and an administrator accepts it). Anyone
    but an administrator is refused (:class:`NotAllowed`, raised: a caller's mistake, not a failure to record)."""
    require_administrator(actor, "only an administrator records a restore")
    try:
        record_restore_at(store_file, key, actor, backup_file.name)
    except Exception:  # the restore itself is done and must be said as done
        log.warning("the restore could not be recorded in the audit trail", exc_info=True)
        return False
    return True


def administrator_in_backup(
    backup_file: Path, key: StoreKey | None, username: str, password: str, *, now: datetime | None = None
) -> Any:
    """The backup's administrator with this name and password (a :class:`SessionUser`), or None; ``AccountLocked``
    when the backup's trail has the name locked out. The window's log-in (``auth.authenticate``: an active account,
    the lock-out) on a temporary copy, so the backup itself is not changed; nothing is recorded, a failure neither
    (the backup is only read; the restore is recorded afterwards, in the restored store)."""
    from app.errors import AuthenticationFailed
    from app.services.guard import auth
    from app.store.db import create_store_engine

    with tempfile.TemporaryDirectory(prefix="helpline-restore-") as folder:
        copy = Path(folder) / "check.sqlite3"
        shutil.copyfile(backup_file, copy)
        probe = Store(create_store_engine(f"sqlite:///{copy}", key=key), key)
        try:
            with probe.unit_of_work() as uow:
                try:
                    user = auth.authenticate(uow, username, password, now=now)
                except AuthenticationFailed:
                    return None
                return user if is_administrator(user) else None
        finally:
            probe.close()
