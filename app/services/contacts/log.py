"""The contact log: newest first, one page at a time (keyset pagination), with the search box.

The search box takes whatever the counsellor has at hand and works out what it is: a case number (``OA-2026-…``),
a personal ID code, a phone number in any usual format, or words of a name or summary.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.errors import NotAllowed
from app.models import Case, Contact, ContactRisk, Person, User
from app.models.base import utcnow
from app.models.enums import Channel, ContactKind, Direction, Line, RiskFlag, StepStatus
from app.services.actor import SessionUser, may_change
from app.services.guard import access
from app.services.text_search import SearchTerm, contact_matches, interpret
from app.store.db import UnitOfWork

PAGE_SIZE = 100
SNIPPET_LENGTH = 160


class LogRow(NamedTuple):
    """A contact as the log lists it. A named tuple: a page makes a hundred of them, and a tuple is made at a fifth of
    a frozen dataclass's cost."""

    id: uuid.UUID
    started_at: datetime
    ended_at: datetime | None
    kind: ContactKind
    line: Line
    channel: Channel
    direction: Direction
    person_name: str | None
    identified: bool
    case_number: str | None
    handled_by: str
    summary: str
    risks: tuple[RiskFlag, ...]
    open_risks: bool
    callback_due_at: datetime | None

    @property
    def cursor(self) -> tuple[datetime, uuid.UUID]:
        return (self.started_at, self.id)


# The page's query, built once on the tables (SQLAlchemy Core: no ORM entities, so no ORM loading around the rows).
# Its columns are read as the driver gives them (type_coerce to String: no per-value processing by SQLAlchemy) and
# converted below by _row: on SQLite ids are 32 hex digits and moments naive UTC text, on PostgreSQL uuid and
# timestamptz values. What each search or role adds is a WHERE on this statement; SQLAlchemy's compiled cache keeps
# the compiled form of each shape.
_CONTACTS: sa.Table = Contact.__table__  # type: ignore[assignment]
_PERSONS: sa.Table = Person.__table__  # type: ignore[assignment]
_CASES: sa.Table = Case.__table__  # type: ignore[assignment]
_RISKS: sa.Table = ContactRisk.__table__  # type: ignore[assignment]
_HANDLER = User.__table__.alias("handler")


def _as_read(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    return sa.type_coerce(column, sa.String())


_c = _CONTACTS.c
# The risks of a page's contacts, by the ids as read (no conversion either way). A second query rather than a
# correlated subquery in the page's: a search whose hits are sorted computes every hit's columns before the LIMIT.
_PAGE_RISKS = sa.select(_as_read(_RISKS.c.contact_id), _as_read(_RISKS.c.flag), _as_read(_RISKS.c.status)).where(
    _RISKS.c.contact_id.in_(sa.bindparam("ids", expanding=True, type_=sa.Uuid(as_uuid=False)))
)  # as_uuid=False: the ids as read pass as they are (SQLite's hex text; PostgreSQL's uuid values)
_PAGE = (
    sa.select(
        _as_read(_c.id),
        _as_read(_c.started_at),
        _as_read(_c.ended_at),
        _as_read(_c.kind),
        _as_read(_c.line),
        _as_read(_c.channel),
        _as_read(_c.direction),
        _PERSONS.c.full_name,
        _as_read(_c.person_id),
        _CASES.c.number,
        _HANDLER.c.full_name,
        sa.func.substr(_c.summary, 1, SNIPPET_LENGTH),
        _as_read(_c.callback_due_at),
    )
    .select_from(
        _CONTACTS.join(_HANDLER, _HANDLER.c.id == _c.handled_by_id)
        .outerjoin(_PERSONS, _PERSONS.c.id == _c.person_id)
        .outerjoin(_CASES, _CASES.c.id == _c.case_id)
    )
    .order_by(_c.started_at.desc(), _c.id.desc())
)
_PAGE_SIZE = sa.bindparam("page_size", type_=sa.Integer())


def _condition(term: SearchTerm, session: Session) -> sa.ColumnElement[bool] | None:
    if term.kind == "case":
        return _c.case_id.in_(sa.select(_CASES.c.id).where(_CASES.c.number.startswith(term.value, autoescape=True)))
    if term.kind == "id_code":
        return _c.person_id.in_(sa.select(_PERSONS.c.id).where(_PERSONS.c.id_code == term.value))
    if term.kind == "phone":
        return _c.person_id.in_(sa.select(_PERSONS.c.id).where(_PERSONS.c.phone_e164 == term.value))
    if term.kind == "words":
        terms = term.value.split()
        if not terms:
            return sa.false()
        return contact_matches(session, terms)
    return None


def _visible_to(actor: SessionUser) -> sa.ColumnElement[bool] | None:
    """Counsellors see anonymous contacts and their own identified ones; leads and administrators see all."""
    return access.contact_condition(actor)


def list_page(
    uow: UnitOfWork,
    actor: SessionUser,
    search: str = "",
    *,
    after: tuple[datetime, uuid.UUID] | None = None,
    limit: int = PAGE_SIZE,
    only: list[uuid.UUID] | None = None,
    conditions: Sequence[sa.ColumnElement[bool]] = (),
) -> list[LogRow]:
    """One page of the log, newest first, continuing after ``after`` (the last row's cursor) if given.

    ``conditions`` narrow it further (the shift lead's filters, ``app.services.desk.review``); the visibility rule
    applies on top of them, always.
    """
    wanted = [
        condition
        for condition in (_condition(interpret(search), uow.session), _visible_to(actor), *conditions)
        if condition is not None
    ]
    if only is not None:
        wanted.append(_c.id.in_(only))
    if after is not None:
        started, last_id = after
        wanted.append(sa.or_(_c.started_at < started, sa.and_(_c.started_at == started, _c.id < last_id)))
    query = _PAGE.where(*wanted).limit(_PAGE_SIZE) if wanted else _PAGE.limit(_PAGE_SIZE)
    # The session's connection, not session.execute: the rows need no ORM (a condition from elsewhere may name
    # ORM attributes, which would route session.execute through the ORM's loading).
    connection = uow.session.connection()
    rows = connection.execute(query, {"page_size": limit}).fetchall()
    risks: dict[Any, list[tuple[str, str]]] = {}
    if rows:
        for contact_id, flag, status in connection.execute(_PAGE_RISKS, {"ids": [row[0] for row in rows]}):
            risks.setdefault(contact_id, []).append((flag, status))
    return [_row(row, risks.get(row[0])) for row in rows]


_KINDS = {member.value: member for member in ContactKind}
_LINES = {member.value: member for member in Line}
_CHANNELS = {member.value: member for member in Channel}
_DIRECTIONS = {member.value: member for member in Direction}
_FLAGS = {member.value: member for member in RiskFlag}
_PENDING = StepStatus.PENDING.value


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _moment(value: Any) -> datetime | None:
    """A stored moment, aware in UTC (as ``UTCDateTime`` reads it): SQLite's naive UTC text, PostgreSQL's value."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value + "+00:00")  # as stored: naive UTC; one call, aware at once
        except ValueError:
            moment = datetime.fromisoformat(value)
            return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _row(row: Any, risks: list[tuple[str, str]] | None) -> LogRow:
    contact_id, started, ended, kind, line, channel, direction, name, person, case, handler, summary, due = row
    flags: tuple[RiskFlag, ...] = ()
    pending = False
    if risks:
        flags = tuple(_FLAGS[flag] for flag, _status in risks)
        pending = any(status == _PENDING for _flag, status in risks)
    started_at = _moment(started)
    assert started_at is not None
    return LogRow(
        _uuid(contact_id),
        started_at,
        _moment(ended),
        _KINDS[kind],
        _LINES[line],
        _CHANNELS[channel],
        _DIRECTIONS[direction],
        name,
        person is not None,
        case,
        handler,
        (summary or "").replace("\n", " "),
        flags,
        pending,
        _moment(due),
    )


def follow_ups(uow: UnitOfWork, actor: SessionUser) -> list[LogRow]:
    """The actor's callbacks not yet done, earliest due first (overdue ones on top)."""
    ids = list(
        uow.session.scalars(
            sa.select(Contact.id)
            .where(
                Contact.callback_due_at.is_not(None),
                Contact.callback_done_at.is_(None),
                Contact.handled_by_id == actor.id,
            )
            .order_by(Contact.callback_due_at)
            .limit(PAGE_SIZE)
        )
    )
    rows = list_page(uow, actor, only=ids, limit=len(ids)) if ids else []
    return sorted(rows, key=lambda row: (row.callback_due_at or row.started_at, row.id))


def mark_callback_done(uow: UnitOfWork, actor: SessionUser, contact_id: uuid.UUID) -> None:
    """The callback is made. Like any edit of a contact: a counsellor marks only their own contacts."""
    contact = uow.session.get(Contact, contact_id)
    if contact is None:
        return
    if not may_change(actor, contact):
        raise NotAllowed("a counsellor edits only their own contacts")
    if contact.callback_due_at is None or contact.callback_done_at is not None:
        return
    contact.callback_done_at = utcnow()
    uow.commit()
