"""A case's timeline: its contacts, the aid decisions made in it and what happened after each, oldest first.

Two entries say what retention does with the case: ``legal_hold`` while it is on hold (since when, the reason, who
put it on hold) and ``anonymised`` once its personal data were removed. Neither has a history of its own: a
released hold leaves no entry.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time

import sqlalchemy as sa

from app.errors import NotAllowed, StaleRecord
from app.models import Case, Contact, User
from app.models.aid import AidDecision, DecisionEvent
from app.models.audit import AuditEntry, AuditKind
from app.services.actor import SessionUser
from app.services.guard import access, audit
from app.store.db import UnitOfWork


@dataclass(frozen=True)
class TimelineEntry:
    """``kind`` is ``contact``, ``decision``, a decision event's code, ``legal_hold`` or ``anonymised``.

    ``detail`` is a short text to show (for ``legal_hold`` the whole reason).
    """

    at: datetime
    kind: str
    title: str
    detail: str
    by: str
    contact_id: uuid.UUID | None = None
    decision_id: uuid.UUID | None = None


def case_timeline(
    uow: UnitOfWork, actor: SessionUser, case_id: uuid.UUID, *, now: datetime | None = None
) -> tuple[str, list[TimelineEntry]]:
    """The case number and its timeline. Counsellors see cases they took part in (or hold an access grant for, see
    ``app.services.guard.access``); leads and administrators all."""
    case = uow.session.get(Case, case_id)
    if case is None:
        raise StaleRecord("no such case")
    names: dict[uuid.UUID, str] = {
        row.id: row.full_name for row in uow.session.execute(sa.select(User.id, User.full_name))
    }
    if not access.may_see_case(uow, actor, case, now):
        raise NotAllowed("a counsellor sees the cases they took part in", reason="case.not_visible")
    contacts = list(uow.session.scalars(sa.select(Contact).where(Contact.case_id == case_id)))
    decisions = list(uow.session.scalars(sa.select(AidDecision).where(AidDecision.case_id == case_id)))
    entries = [
        TimelineEntry(
            at=contact.started_at,
            kind="contact",
            title=contact.kind.value,
            detail=contact.summary[:200].replace("\n", " "),
            by=names.get(contact.handled_by_id, ""),
            contact_id=contact.id,
        )
        for contact in contacts
    ]
    for decision in decisions:
        entries.append(
            TimelineEntry(
                at=datetime.combine(decision.decision_date, time(12, 0), UTC),
                kind="decision",
                title=f"{decision.number} · {decision.outcome.value}",
                detail=decision.refusal_reason or (decision.limit_category.value if decision.limit_category else ""),
                by=names.get(decision.decided_by_id, ""),
                decision_id=decision.id,
            )
        )
        events = uow.session.scalars(sa.select(DecisionEvent).where(DecisionEvent.decision_id == decision.id))
        entries.extend(
            TimelineEntry(
                at=event.happened_at,
                kind=event.kind.value,
                title=decision.number,
                detail=event.note or "",
                by=names.get(event.recorded_by_id, ""),
                decision_id=decision.id,
            )
            for event in events
        )
    entries.extend(_retention_entries(uow, case, names))
    if case.person_id is not None:  # a look at an identified person's case is in the audit trail
        audit.record(uow, AuditKind.VIEW, actor=actor, record_type="case", record_id=case.id, screen="case")
        uow.commit()
    return case.number, sorted(entries, key=lambda entry: (entry.at, entry.kind))


def _retention_entries(uow: UnitOfWork, case: Case, names: dict[uuid.UUID, str]) -> list[TimelineEntry]:
    """The case's legal hold and its anonymisation, each named by who did it (from the audit trail)."""

    def by(kind: AuditKind) -> str:
        latest = uow.session.execute(
            sa.select(AuditEntry.user_id, AuditEntry.username)
            .where(AuditEntry.kind == kind, AuditEntry.record_type == "case", AuditEntry.record_id == str(case.id))
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).first()
        if latest is None:
            return ""
        return names.get(latest.user_id, latest.username) if latest.user_id else latest.username

    found = []
    if case.legal_hold_at is not None and case.legal_hold_reason is not None:
        found.append(
            TimelineEntry(
                at=case.legal_hold_at,
                kind="legal_hold",
                title="",
                detail=case.legal_hold_reason,
                by=by(AuditKind.LEGAL_HOLD),
            )
        )
    if case.anonymised_at is not None:
        found.append(
            TimelineEntry(at=case.anonymised_at, kind="anonymised", title="", detail="", by=by(AuditKind.ANONYMISED))
        )
    return found
