"""Writing, reading and checking the audit trail (``app.models.audit`` explains the chain).

:func:`record` adds an entry to the caller's unit of work, so it commits or rolls back with the action it records;
an action that fails records nothing. Log-in failures and views commit their entry themselves (there is nothing
else to commit). :func:`verify` walks the whole chain and names the first entry that is not as it was written.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import secrets
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.models import AidDecision, Case, Contact, Person, StoreSetting
from app.models.audit import GENESIS, AuditEntry, AuditHead, AuditKind
from app.models.base import utcnow
from app.services import local_time
from app.services.actor import SessionUser, require_oversight
from app.services.documents.spreadsheet_cells import CsvWriter
from app.services.text_search import interpret
from app.store.db import UnitOfWork

PAGE_SIZE = 200
VERIFY_BATCH = 5000
UNKNOWN_NAME = ""  # the user name of a failed log-in whose name is no user's (the name itself is not kept)
NAME_TAG_SALT = "audit.name_tag_salt"  # store setting: the random key of unknown names' tags


def canonical(details: dict[str, Any] | None) -> str:
    return json.dumps(details or {}, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_hash(
    seq: int,
    at: datetime,
    user_id: uuid.UUID | None,
    username: str,
    kind: str,
    record_type: str | None,
    record_id: str | None,
    screen: str | None,
    details: str,
    prev_hash: str,
) -> str:
    """SHA-256 over the entry's fields in a fixed order; the same on SQLite and PostgreSQL."""
    content = [
        seq,
        at.astimezone(UTC).isoformat(timespec="microseconds"),
        str(user_id) if user_id else None,
        username,
        str(kind),
        record_type,
        record_id,
        screen,
        details,
        prev_hash,
    ]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def unknown_name_tag(uow: UnitOfWork, name: str) -> str:
    """A 4-hex-digit keyed tag of a log-in name that is no user's: enough to count its failures for the lock-out,
    far too short to tell what was typed (65,536 values; the key is a random secret kept in the store)."""
    salt = uow.session.get(StoreSetting, NAME_TAG_SALT)
    if salt is None:
        try:
            with uow.session.begin_nested():  # another workstation may make it at the same moment
                uow.session.add(StoreSetting(key=NAME_TAG_SALT, value=secrets.token_hex(32)))
        except sa.exc.IntegrityError:
            pass
        salt = uow.session.get(StoreSetting, NAME_TAG_SALT, populate_existing=True)
        assert salt is not None
    return hmac.new(bytes.fromhex(salt.value), name.encode(), hashlib.sha256).hexdigest()[:4]


# The statements of an append, built once on the tables: an append is part of every save, and Core statements sent on
# the session's connection skip the ORM's bulk-update and flush machinery (three round trips, as before).
_HEAD: sa.Table = AuditHead.__table__  # type: ignore[assignment]
_ENTRIES: sa.Table = AuditEntry.__table__  # type: ignore[assignment]
_TAKE_NUMBERS = (
    sa.update(_HEAD)
    .where(_HEAD.c.id == 1)
    .values(seq=_HEAD.c.seq + sa.bindparam("count", type_=sa.Integer()))
    .returning(_HEAD.c.seq, _HEAD.c.hash)
)
_APPEND = sa.insert(_ENTRIES)
_MOVE_TIP = sa.update(_HEAD).where(_HEAD.c.id == 1).values(hash=sa.bindparam("tip", type_=sa.String()))


@dataclass(frozen=True)
class Entry:
    """One entry for :func:`record_entries`: what happened to which record (the arguments of :func:`record`)."""

    kind: AuditKind
    record_type: str | None = None
    record_id: uuid.UUID | str | None = None
    details: dict[str, Any] | None = None
    screen: str | None = None


def record(
    uow: UnitOfWork,
    kind: AuditKind,
    *,
    actor: SessionUser | None = None,
    username: str | None = None,
    record_type: str | None = None,
    record_id: uuid.UUID | str | None = None,
    screen: str | None = None,
    details: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> None:
    """Append an entry in the caller's transaction. Never put names, codes, phones or text of a person in details.

    What the session holds is written first (as an ORM statement's autoflush did): the trail's tip is always the
    last lock a transaction takes. Then the tip's row is moved on (which serialises appends), the entry inserted and
    the tip given its hash.
    """
    record_entries(uow, [Entry(kind, record_type, record_id, details, screen)], actor=actor, username=username, now=now)


def record_entries(
    uow: UnitOfWork,
    entries: Sequence[Entry],
    *,
    actor: SessionUser | None = None,
    username: str | None = None,
    now: datetime | None = None,
) -> None:
    """Append ``entries`` in order, one actor and moment for all: the same entries, numbers and hashes as a
    :func:`record` per entry, in three statements instead of three per entry (a save of a contact with a new person
    records two). The tip's row is moved on by the number of entries at once, the entries are inserted together and
    the tip given the last one's hash."""
    if not entries:
        return
    session = uow.session
    session.flush()
    connection = session.connection()
    count = len(entries)
    tip = connection.execute(_TAKE_NUMBERS, {"count": count}).one_or_none()
    if tip is None:  # the tip's row was deleted by hand: the chain goes on from its newest entry
        newest = newest_entry(session)
        seq, prev = newest[0] + 1, newest[1]
        connection.execute(sa.insert(_HEAD).values(id=1, seq=newest[0] + count, hash=prev))
    else:
        seq, prev = int(tip[0]) - count + 1, str(tip[1])
    at = (now or utcnow()).astimezone(UTC)
    name = (actor.username if actor else username or "")[:64]
    user_id = actor.id if actor else None
    rows = []
    for entry in entries:
        text = canonical(entry.details)
        rid = str(entry.record_id) if entry.record_id is not None else None
        digest = entry_hash(seq, at, user_id, name, entry.kind.value, entry.record_type, rid, entry.screen, text, prev)
        rows.append(
            {
                "seq": seq,
                "at": at,
                "user_id": user_id,
                "username": name,
                "kind": entry.kind,
                "record_type": entry.record_type,
                "record_id": rid,
                "screen": entry.screen,
                "details": text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        seq, prev = seq + 1, digest
    connection.execute(_APPEND, rows if count > 1 else rows[0])
    connection.execute(_MOVE_TIP, {"tip": prev})
    session.info["audit_tip"] = (seq - 1, prev)  # the anchor outside the store moves here once this commits


def record_export(uow: UnitOfWork, actor: SessionUser, what: str, details: dict[str, Any] | None = None) -> None:
    """An export left the program (statistics, provider clients, the register, the audit trail): recorded, committed."""
    record(uow, AuditKind.EXPORT, actor=actor, record_type="export", details={"what": what, **(details or {})})
    uow.commit()


# --- Checking the chain ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    ok: bool
    checked: int
    first_broken: int | None  # the number of the first entry that is missing, edited or mislinked
    # "ok", "missing", "edited", "relinked", "tail_missing", "head_edited", "unknown_kind", "unreadable"
    reason: str
    last: int | None = None  # tail_missing: the number of the newest entry the tip names
    kind: str | None = None  # unknown_kind: the kind as stored

    def sentence(self) -> str:
        if self.ok:
            return f"The audit trail is intact: {self.checked} entries checked."
        return f"The audit trail is broken: {self.problem()}. {self.checked} entries checked."

    def problem(self) -> str:
        """What is wrong, as a clause naming the entries (no full stop)."""
        where = f"entry {self.first_broken}"
        if self.reason == "tail_missing":
            if self.last is not None and self.first_broken is not None and self.last > self.first_broken:
                return f"entries {self.first_broken} to {self.last} are missing (deleted)"
            return f"{where} is missing (deleted)"
        if self.reason == "head_edited":
            return "the newest entries do not match the recorded tip of the chain"
        if self.reason == "unknown_kind":
            return f"{where} has a kind this program does not know ({self.kind!r}): it was not written by the program"
        what = {
            "missing": "is missing (deleted)",
            "edited": "was changed after it was written",
            "relinked": "does not follow the entry before it (an entry before it was changed or removed)",
            "unreadable": "has a date that cannot be read: it was changed after it was written",
        }[self.reason]
        return f"{where} {what}"


_KINDS = {kind.value for kind in AuditKind}
_RAW_COLUMNS = (
    AuditEntry.seq,
    sa.type_coerce(AuditEntry.user_id, sa.String()).label("user_id"),
    AuditEntry.username,
    sa.type_coerce(AuditEntry.kind, sa.String()).label("kind"),
    AuditEntry.record_type,
    AuditEntry.record_id,
    AuditEntry.screen,
    AuditEntry.details,
    AuditEntry.prev_hash,
    AuditEntry.hash,
)


def stored_at(raw: object) -> datetime | None:
    """An entry's time as the program reads it, or None when what is stored is not a time (changed by hand)."""
    if isinstance(raw, datetime):
        return raw if raw.tzinfo is not None else raw.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(str(raw))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


class _Bad:
    """A value as stored that is not what the program writes (changed by hand)."""


BAD = _Bad()


def stored_user_id(raw: object) -> uuid.UUID | _Bad | None:
    """An entry's user id as the program reads it (SQLite keeps 32 hex digits; PostgreSQL a uuid), else BAD."""
    if raw is None or isinstance(raw, uuid.UUID):
        return raw
    if not isinstance(raw, str):
        return BAD
    try:
        return uuid.UUID(raw)
    except ValueError:
        return BAD


def stored_head(session: Session) -> tuple[int, str] | None:
    """The chain's tip as ``audit_head`` records it (number, hash); None when its row is missing or holds what the
    program never writes (changed by hand)."""
    row = session.execute(
        sa.select(sa.type_coerce(AuditHead.seq, sa.String()), sa.type_coerce(AuditHead.hash, sa.String())).where(
            AuditHead.id == 1
        )
    ).one_or_none()
    if row is None:
        return None
    raw, digest = row
    seq: object = int(raw) if isinstance(raw, str) and raw.isascii() and raw.isdigit() else raw
    if type(seq) is not int or seq < 0:
        return None
    if not isinstance(digest, str) or len(digest) != 64 or not set(digest) <= set("0123456789abcdef"):
        return None
    return seq, digest


def newest_entry(session: Session) -> tuple[int, str]:
    """The number and hash of the trail's newest entry, read from the entries themselves; (0, GENESIS) for none."""
    row = session.execute(
        sa.select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).one_or_none()
    return (int(row[0]), str(row[1])) if row is not None else (0, GENESIS)


def verify(session: Session) -> Verdict:
    """Walk the chain oldest first; the first entry out of place is named. Reads in batches, never all at once.

    Each entry is read as stored (its kind as text, its time as text on SQLite), so that an entry changed into
    something the program cannot read is named rather than failing the whole check.
    """
    expected_seq, prev, checked = 1, GENESIS, 0
    last_seq = 0
    sqlite = session.get_bind().dialect.name == "sqlite"
    raw_at = sa.type_coerce(AuditEntry.at, sa.String()) if sqlite else AuditEntry.at
    while True:
        batch = session.execute(
            sa.select(*_RAW_COLUMNS, raw_at.label("at"))
            .where(AuditEntry.seq >= expected_seq)
            .order_by(AuditEntry.seq)
            .limit(VERIFY_BATCH)
        ).all()
        for entry in batch:
            if entry.seq != expected_seq:
                return Verdict(False, checked, expected_seq, "missing")
            if entry.kind not in _KINDS:
                return Verdict(False, checked, entry.seq, "unknown_kind", kind=str(entry.kind))
            at = stored_at(entry.at)
            if at is None:
                return Verdict(False, checked, entry.seq, "unreadable")
            user_id = stored_user_id(entry.user_id)
            if isinstance(user_id, _Bad):
                return Verdict(False, checked, entry.seq, "edited")
            digest = entry_hash(
                entry.seq,
                at,
                user_id,
                entry.username,
                str(entry.kind),
                entry.record_type,
                entry.record_id,
                entry.screen,
                entry.details,
                entry.prev_hash,
            )
            if digest != entry.hash:
                return Verdict(False, checked, entry.seq, "edited")
            if entry.prev_hash != prev:
                return Verdict(False, checked, entry.seq, "relinked")
            prev, last_seq = entry.hash, entry.seq
            expected_seq += 1
            checked += 1
        if len(batch) < VERIFY_BATCH:
            break
    tip = stored_head(session)
    if tip is not None and tip[0] > last_seq:
        return Verdict(False, checked, last_seq + 1, "tail_missing", last=tip[0])
    if tip is None or tip != (last_seq, prev):
        return Verdict(False, checked, None, "head_edited")
    return Verdict(True, checked, None, "ok")


# --- Reading ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    user_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None  # the person, their contacts, cases and decisions
    kind: AuditKind | None = None
    date_from: date | None = None  # Tallinn days, both included
    date_to: date | None = None


@dataclass(frozen=True)
class AuditRow:
    """An entry as the viewer shows it. An entry changed by hand into what the program cannot read is still a row:
    ``at``/``kind`` None and ``raw_kind``/``raw_details`` as stored, so the viewer and the export show it (``audit
    verify`` names it)."""

    seq: int
    at: datetime | None
    username: str
    kind: AuditKind | None
    record_type: str | None
    record_id: str | None
    screen: str | None
    details: dict[str, Any]
    raw_kind: str = ""
    raw_details: str | None = None  # set when the details are not the JSON object the program writes


def _require_reader(actor: SessionUser) -> None:
    require_oversight(actor, "the audit trail is for shift leads and administrators")


def check_chain(uow: UnitOfWork, actor: SessionUser, anchor: object = "ok") -> Verdict:
    """Walk the chain (:func:`verify`) and record the check in the trail, with what the anchor outside the store
    found (``anchor``: its finding's kind, or "ok"); commits. Leads and administrators, who read the trail."""
    _require_reader(actor)
    verdict = verify(uow.session)
    details = {"chain": verdict.reason, "checked": verdict.checked, "anchor": anchor}
    record(uow, AuditKind.AUDIT_VERIFIED, actor=actor, record_type="anchor", details=details)
    uow.commit()
    return verdict


def person_for(uow: UnitOfWork, text: str) -> uuid.UUID | None:
    """The person a personal ID code, phone number or case number typed in the viewer's filter belongs to."""
    term = interpret(text)
    if term.kind == "id_code":
        return uow.session.scalar(sa.select(Person.id).where(Person.id_code == term.value).limit(1))
    if term.kind == "phone":
        return uow.session.scalar(sa.select(Person.id).where(Person.phone_e164 == term.value).limit(1))
    if term.kind == "case":
        return uow.session.scalar(sa.select(Case.person_id).where(Case.number == term.value).limit(1))
    return None


def _person_records(session: Session, person_id: uuid.UUID) -> list[str]:
    ids: list[uuid.UUID] = [person_id]
    ids += session.scalars(sa.select(Contact.id).where(Contact.person_id == person_id))
    ids += session.scalars(sa.select(Case.id).where(Case.person_id == person_id))
    ids += session.scalars(sa.select(AidDecision.id).where(AidDecision.person_id == person_id))
    return [str(i) for i in ids]


def _where(session: Session, where: AuditFilter) -> list[sa.ColumnElement[bool]]:
    found: list[sa.ColumnElement[bool]] = []
    if where.user_id is not None:
        found.append(AuditEntry.user_id == where.user_id)
    if where.person_id is not None:
        found.append(AuditEntry.record_id.in_(_person_records(session, where.person_id)))
    if where.kind is not None:
        found.append(AuditEntry.kind == where.kind)
    dated: list[sa.ColumnElement[bool]] = []
    if where.date_from is not None:
        dated.append(AuditEntry.at >= local_time.day_bounds(where.date_from)[0])
    if where.date_to is not None:
        dated.append(AuditEntry.at < local_time.day_bounds(where.date_to)[1])
    if dated and session.get_bind().dialect.name == "sqlite":  # a date changed by hand into text is no date:
        found.append(sa.or_(sa.and_(*dated), sa.func.datetime(AuditEntry.at).is_(None)))  # shown whatever the days
    else:
        found.extend(dated)
    return found


def entries(
    uow: UnitOfWork, actor: SessionUser, where: AuditFilter, *, before: int | None = None, limit: int = PAGE_SIZE
) -> list[AuditRow]:
    """One page of entries, newest first, continuing below ``before`` (the last row's number)."""
    _require_reader(actor)
    query = _raw_select(uow.session).where(*_where(uow.session, where)).order_by(AuditEntry.seq.desc()).limit(limit)
    if before is not None:
        query = query.where(AuditEntry.seq < before)
    return [_row(entry) for entry in uow.session.execute(query)]


def _raw_select(session: Session) -> Any:
    """Entries as stored (kind as text; on SQLite the time as text), so one changed by hand reads as a row."""
    raw_at = (
        sa.type_coerce(AuditEntry.at, sa.String()) if session.get_bind().dialect.name == "sqlite" else AuditEntry.at
    )
    return sa.select(*_RAW_COLUMNS, raw_at.label("at"))


def _row(entry: sa.Row[Any]) -> AuditRow:
    kind = str(entry.kind)
    try:
        details = json.loads(entry.details or "{}")
    except ValueError:
        details = None
    readable = isinstance(details, dict)
    return AuditRow(
        entry.seq,
        stored_at(entry.at),
        str(entry.username or ""),
        AuditKind(kind) if kind in _KINDS else None,
        entry.record_type,
        entry.record_id,
        entry.screen,
        details if isinstance(details, dict) else {},
        raw_kind=kind,
        raw_details=None if readable else str(entry.details),
    )


EXPORT_COLUMNS = ("seq", "at_utc", "username", "kind", "record_type", "record_id", "screen", "details", "hash")


def export_csv(uow: UnitOfWork, actor: SessionUser, where: AuditFilter) -> bytes:
    """The filtered entries as UTF-8 CSV, oldest first; the export itself is recorded (and committed)."""
    _require_reader(actor)
    buffer = io.StringIO()
    writer = CsvWriter(buffer)  # a typed log-in name must not run as a formula in a spreadsheet
    writer.writerow(EXPORT_COLUMNS)
    for entry in _walk(uow.session, where):
        at = stored_at(entry.at)
        writer.writerow(
            [
                entry.seq,
                at.astimezone(UTC).isoformat(timespec="seconds") if at is not None else str(entry.at),
                entry.username,
                str(entry.kind),
                entry.record_type or "",
                entry.record_id or "",
                entry.screen or "",
                entry.details,
                entry.hash,
            ]
        )
    record_export(uow, actor, "audit_trail")
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _walk(session: Session, where: AuditFilter) -> Iterator[sa.Row[Any]]:
    query = _raw_select(session).where(*_where(session, where)).order_by(AuditEntry.seq)
    yield from session.execute(query.execution_options(yield_per=1000))
