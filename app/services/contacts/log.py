"""The contact log: newest first, one page at a time (keyset pagination), with the search box.

The search box takes whatever the counsellor has at hand and works out what it is: a case number (``OA-2026-…``),
a personal ID code, a phone number in any usual format, or words of a name or summary.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

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


@dataclass(frozen=True)
class LogRow:
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


def _condition(term: SearchTerm, session: Session) -> sa.ColumnElement[bool] | None:
    if term.kind == "case":
        return Contact.case_id.in_(sa.select(Case.id).where(Case.number.startswith(term.value, autoescape=True)))
    if term.kind == "id_code":
        return Contact.person_id.in_(sa.select(Person.id).where(Person.id_code == term.value))
    if term.kind == "phone":
        return Contact.person_id.in_(sa.select(Person.id).where(Person.phone_e164 == term.value))
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
    handler = aliased(User)
    query = (
        sa.select(
            Contact.id,
            Contact.started_at,
            Contact.ended_at,
            Contact.kind,
            Contact.line,
            Contact.channel,
            Contact.direction,
            Person.full_name,
            Contact.person_id,
            Case.number,
            handler.full_name,
            sa.func.substr(Contact.summary, 1, SNIPPET_LENGTH),
            Contact.callback_due_at,
        )
        .join(handler, handler.id == Contact.handled_by_id)
        .outerjoin(Person, Person.id == Contact.person_id)
        .outerjoin(Case, Case.id == Contact.case_id)
        .order_by(Contact.started_at.desc(), Contact.id.desc())
        .limit(limit)
    )
    for condition in (_condition(interpret(search), uow.session), _visible_to(actor), *conditions):
        if condition is not None:
            query = query.where(condition)
    if only is not None:
        query = query.where(Contact.id.in_(only))
    if after is not None:
        started, last_id = after
        query = query.where(
            sa.or_(Contact.started_at < started, sa.and_(Contact.started_at == started, Contact.id < last_id))
        )
    rows = uow.session.execute(query).all()
    risks = _risks_of(uow, [row[0] for row in rows])
    return [
        LogRow(
            id=row[0],
            started_at=row[1],
            ended_at=row[2],
            kind=row[3],
            line=row[4],
            channel=row[5],
            direction=row[6],
            person_name=row[7],
            identified=row[8] is not None,
            case_number=row[9],
            handled_by=row[10],
            summary=(row[11] or "").replace("\n", " "),
            risks=tuple(flag for flag, _ in risks.get(row[0], ())),
            open_risks=any(status is StepStatus.PENDING for _, status in risks.get(row[0], ())),
            callback_due_at=row[12],
        )
        for row in rows
    ]


def _risks_of(uow: UnitOfWork, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[RiskFlag, StepStatus]]]:
    found: dict[uuid.UUID, list[tuple[RiskFlag, StepStatus]]] = {}
    if not ids:
        return found
    for contact_id, flag, status in uow.session.execute(
        sa.select(ContactRisk.contact_id, ContactRisk.flag, ContactRisk.status).where(ContactRisk.contact_id.in_(ids))
    ):
        found.setdefault(contact_id, []).append((flag, status))
    return found


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
