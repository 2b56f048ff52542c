"""A workstation's audit entries, sent to the team server and appended there at the server's own tip.

The local store keeps its own chain and anchor as always (``app.models.audit``). The sync sends the local entries
with :func:`push_audit_entries`, in the server transaction of its push: the server's ``helpline_append_audit``
(``app/store/server/audit_chain.py``) gives each entry the server's next number, chains it to the server's tip and
computes its hash as the program does, and keeps the entry's number and hash in this workstation's trail
(``station_code``, ``station_seq``, ``station_hash``) beside it. So the server's trail is one chain of every
workstation's entries that ``helpline audit verify`` checks like any store's, and each entry can be found again in
the trail of the workstation that wrote it.

Exactly once: an entry the server already holds (the same station, number and hash: a push cut off after the
server's commit and sent again) appends nothing. Another entry under a number the server holds for the station is
refused (the local trail was rewritten, or put back from a backup): the push fails, nothing of it is kept, and the
queue stops there to be looked at; never skipped.

Only the signed-in person's own entries may be sent (and failed or locked-out log-ins with no user), as the server's
insert rule for the trail says: an entry in another person's name fails the whole push with "permission denied"
(``psycopg.errors.InsufficientPrivilege``). The sync sends each person's entries while that person is signed in;
entries with no user of other kinds (none today) stay in the local trail.

What to send, with no bookkeeping on the workstation::

    since = received(server, station)                       # how far the server holds them
    entries = local_session.scalars(unsent(me.id, since)).all()
    push_audit_entries(server, station, entries)            # in the push's server transaction

A workstation used by several people sends each one's entries when that one signs in (and the failed log-ins with
whoever is signed in); nothing is skipped, since each push sends everything above the server's own count, in order.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import sqlalchemy as sa

from app.models.audit import AuditEntry, AuditKind

BATCH = 5000  # entries per call: one round trip each, arrays of this length


class LocalAuditEntry(Protocol):
    """An entry of the local trail as read from it: ``app.models.audit.AuditEntry`` or a row of its columns."""

    @property
    def seq(self) -> int: ...
    @property
    def at(self) -> datetime: ...
    @property
    def user_id(self) -> uuid.UUID | None: ...
    @property
    def username(self) -> str: ...
    @property
    def kind(self) -> str: ...  # an AuditKind (a str) or its value
    @property
    def record_type(self) -> str | None: ...
    @property
    def record_id(self) -> str | None: ...
    @property
    def screen(self) -> str | None: ...
    @property
    def details(self) -> str: ...
    @property
    def hash(self) -> str: ...


# The entries go as one array per field, oldest first; the server appends those it lacks in that order, with one
# move of its tip, and says how many were new.
_PUSH = sa.text(
    "SELECT helpline_append_audit(CAST(:station AS text), CAST(:seqs AS bigint[]), CAST(:hashes AS text[]),"
    " CAST(:ats AS timestamptz[]), CAST(:user_ids AS uuid[]), CAST(:usernames AS text[]), CAST(:kinds AS text[]),"
    " CAST(:record_types AS text[]), CAST(:record_ids AS text[]), CAST(:screens AS text[]), CAST(:details AS text[]))"
)


FAILED_LOG_INS = (AuditKind.LOGIN_FAILED, AuditKind.LOGIN_LOCKED)  # entries with no user anyone may send


@dataclass(frozen=True)
class Received:
    """How far the server holds a station's entries (local numbers; 0 for none)."""

    own: int  # the signed-in person's own entries
    no_user: int  # the failed and locked-out log-ins with no user


def received(connection: sa.Connection, station_code: str) -> Received:
    """Asked of the server as the signed-in person (``helpline_audit_received``); reads nothing else of the trail."""
    own, no_user = connection.execute(
        sa.text("SELECT own, no_user FROM helpline_audit_received(:station)"), {"station": station_code}
    ).one()
    return Received(int(own), int(no_user))


def unsent(user_id: uuid.UUID, since: Received) -> sa.Select[Any]:
    """The local query of the entries to send for the person ``user_id``: their own above ``since.own`` and the failed
    log-ins with no user above ``since.no_user``, oldest first (run it on the local store's session)."""
    return (
        sa.select(AuditEntry)
        .where(
            sa.or_(
                sa.and_(AuditEntry.user_id == user_id, AuditEntry.seq > since.own),
                sa.and_(
                    AuditEntry.user_id.is_(None), AuditEntry.kind.in_(FAILED_LOG_INS), AuditEntry.seq > since.no_user
                ),
            )
        )
        .order_by(AuditEntry.seq)
    )


def _at(at: datetime) -> str:
    """As text (ISO 8601 with its offset, microseconds kept): an array of text needs no guess of its type. The
    program stores UTC only; a time read without its zone is UTC."""
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone(UTC).isoformat(timespec="microseconds")


def _kind(kind: object) -> str:
    value = getattr(kind, "value", kind)  # AuditKind, or the text a raw read gives
    return str(value)


def push_audit_entries(connection: sa.Connection, station_code: str, entries: Sequence[LocalAuditEntry]) -> int:
    """Append ``entries`` of this workstation's trail (station ``station_code``) to the server's trail, in the order of
    their local numbers, on ``connection`` (the signed-in person's server connection, inside the caller's
    transaction: nothing is committed here). Returns how many were new on the server (the others were there already).

    Raises the driver's error (wrapped by SQLAlchemy) when the server refuses one: an entry in another person's name
    (``InsufficientPrivilege``), another entry under a number the server holds for this station (``UniqueViolation``),
    a kind the program does not know (``CheckViolation``). The caller's transaction is then to be rolled back.
    """
    ordered = sorted(entries, key=lambda entry: entry.seq)
    new = 0
    for start in range(0, len(ordered), BATCH):
        batch = ordered[start : start + BATCH]
        new += int(
            connection.execute(
                _PUSH,
                {
                    "station": station_code,
                    "seqs": [entry.seq for entry in batch],
                    "hashes": [entry.hash for entry in batch],
                    "ats": [_at(entry.at) for entry in batch],
                    "user_ids": [str(entry.user_id) if entry.user_id is not None else None for entry in batch],
                    "usernames": [entry.username for entry in batch],
                    "kinds": [_kind(entry.kind) for entry in batch],
                    "record_types": [entry.record_type for entry in batch],
                    "record_ids": [entry.record_id for entry in batch],
                    "screens": [entry.screen for entry in batch],
                    "details": [entry.details or "" for entry in batch],
                },
            ).scalar_one()
        )
    return new
