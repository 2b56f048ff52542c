"""Keep only what is needed: identified personal data of cases without activity are anonymised.

The unit is the **case** of an identified person. A case is *due* when it is not on legal hold, not anonymised yet,
and nothing happened in it for ``security.retention_months`` (app.services.guard.security_settings): its opening and
closing, its contacts (started, changed, a callback due) and its aid decisions (changed, their events).
Anonymising a case empties the personal text of its contacts and decisions:

- contacts: the summary, the anonymous caller's number code, risk reasons, action notes, the old and new values in
  their change history (the field names stay), the reviews' comments (the scores stay);
- aid decisions: the reference, the refusal reason, the events' notes;
- unsaved drafts of those contacts (and any draft left unfinished for longer than the period).

A **person** is anonymised when none of their cases is still kept (all anonymised or due now, none on hold) and none
of their contacts outside a case had activity within the period; those contacts are anonymised with them. The person
row stays, with every field empty (name, ID code, birth date, sex, phone, e-mail, municipality) and the change
history of those fields emptied, so the statistics still count an identified caller, and every count, line, topic,
risk flag, duration and decision amount stays as it was.

Nothing removed stays readable in the store's pages either (issue 10, point 8): the removing transaction merges
the word index, and after its commit the old page images are erased (``app.store.search_index.erase_freed``).

Each anonymised case and person gets one audit entry (kind ``anonymised``), which names the record by id only.
Anonymous contacts are outside retention: they hold no identified data (their caller's number is a keyed code).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from app.errors import FieldErrors, NotAllowed, StaleRecord
from app.models import AidDecision, Case, ChangeRecord, Contact, Person
from app.models.aid import DecisionEvent
from app.models.audit import AuditKind
from app.models.base import utcnow
from app.models.contacts import LEGAL_HOLD_REASON_MAX, ContactAction, ContactRisk
from app.models.drafts import Draft
from app.models.identity import free_text_reason
from app.models.review import Review, ReviewScore
from app.services.actor import SessionUser, is_administrator, require_administrator, require_oversight
from app.services.guard import audit
from app.services.guard.security_settings import security_settings
from app.store import search_index
from app.store.db import UnitOfWork

AUTOMATIC = "retention"  # the audit trail's user name for a run nobody started by hand
LAST_RUN_KEY = "retention.last_run"


@dataclass(frozen=True)
class DueCase:
    id: uuid.UUID
    number: str
    last_activity: datetime
    contacts: int
    decisions: int


@dataclass(frozen=True)
class DuePerson:
    id: uuid.UUID
    last_activity: datetime
    case_numbers: tuple[str, ...]  # its cases anonymised now or before
    caseless_contacts: int


@dataclass(frozen=True)
class Plan:
    """What a run would anonymise now; ``cutoff`` is the moment before which nothing happened in them."""

    cutoff: datetime
    months: int
    cases: list[DueCase] = field(default_factory=list)
    persons: list[DuePerson] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.cases and not self.persons


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (the month's last day where it is shorter)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=moment.tzinfo)
    last_day = (following - timedelta(days=1)).day
    return moment.replace(year=year, month=month, day=min(moment.day, last_day))


def _latest(*moments: datetime | None) -> datetime | None:
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def _activity_by(
    uow: UnitOfWork, key: Any, *where: sa.ColumnElement[bool]
) -> tuple[dict[uuid.UUID, datetime], dict[uuid.UUID, int]]:
    """Per ``key`` (a case or a person): the latest moment of its contacts (started, changed, callback due), and
    how many contacts it has."""
    latest: dict[uuid.UUID, datetime] = {}
    counts: dict[uuid.UUID, int] = {}
    rows = uow.session.execute(
        sa.select(
            key,
            sa.func.count(),
            sa.func.max(Contact.started_at),
            sa.func.max(Contact.updated_at),
            sa.func.max(Contact.callback_due_at),
        )
        .where(*where)
        .group_by(key)
    ).all()
    for group, count, *moments in rows:
        counts[group] = count
        found = _latest(*moments)  # MAX() keeps the column's type: aware UTC datetimes
        if found is not None:
            latest[group] = found
    return latest, counts


def plan(uow: UnitOfWork, *, now: datetime | None = None, months: int | None = None) -> Plan:
    """What is due now (or at ``now``), read only. ``months`` overrides the store's setting (a preview)."""
    now = now or utcnow()
    months = months if months is not None else security_settings(uow).retention_months
    cutoff = months_before(now, months)
    session = uow.session

    # Cases of identified people, with their own dates.
    case_rows = session.execute(
        sa.select(
            Case.id,
            Case.number,
            Case.person_id,
            Case.opened_at,
            Case.closed_at,
            Case.updated_at,
            Case.legal_hold_reason,
            Case.anonymised_at,
        ).where(Case.person_id.is_not(None))
    ).all()
    contact_latest, counts = _activity_by(uow, Contact.case_id, Contact.case_id.is_not(None))
    decision_latest: dict[uuid.UUID, datetime] = {}
    for case_id, changed, happened in session.execute(
        sa.select(AidDecision.case_id, sa.func.max(AidDecision.updated_at), sa.func.max(DecisionEvent.happened_at))
        .outerjoin(DecisionEvent, DecisionEvent.decision_id == AidDecision.id)
        .group_by(AidDecision.case_id)
    ).all():
        found = _latest(changed, happened)
        if found is not None:
            decision_latest[case_id] = found
    decision_counts = dict(
        session.execute(sa.select(AidDecision.case_id, sa.func.count()).group_by(AidDecision.case_id)).all()
    )

    due_cases: list[DueCase] = []
    kept_persons: set[uuid.UUID] = set()  # a person with a case still kept keeps their identity
    person_cases: dict[uuid.UUID, list[str]] = {}
    person_latest: dict[uuid.UUID, datetime] = {}
    for case_id, number, person_id, opened, closed, updated, hold, anonymised in case_rows:
        assert person_id is not None  # selected so
        last = _latest(opened, closed, updated, contact_latest.get(case_id), decision_latest.get(case_id))
        assert last is not None  # opened_at is never empty
        person_latest[person_id] = max(person_latest.get(person_id, last), last)
        if anonymised is not None:
            person_cases.setdefault(person_id, []).append(number)
        elif hold is None and last < cutoff:
            person_cases.setdefault(person_id, []).append(number)
            due_cases.append(DueCase(case_id, number, last, counts.get(case_id, 0), decision_counts.get(case_id, 0)))
        else:
            kept_persons.add(person_id)

    # Identified people: their contacts outside any case count for them alone.
    caseless_latest, caseless_counts = _activity_by(
        uow, Contact.person_id, Contact.case_id.is_(None), Contact.person_id.is_not(None)
    )
    persons = session.execute(
        sa.select(Person.id, Person.created_at, Person.updated_at).where(Person.anonymised_at.is_(None))
    ).all()
    due_persons: list[DuePerson] = []
    for person_id, created, updated in persons:
        if person_id in kept_persons:
            continue
        last = _latest(created, updated, person_latest.get(person_id), caseless_latest.get(person_id))
        assert last is not None
        if last < cutoff:
            due_persons.append(
                DuePerson(
                    person_id,
                    last,
                    tuple(sorted(person_cases.get(person_id, []))),
                    caseless_counts.get(person_id, 0),
                )
            )
    due_cases.sort(key=lambda case: (case.last_activity, case.number))
    due_persons.sort(key=lambda person: (person.last_activity, str(person.id)))
    return Plan(cutoff, months, due_cases, due_persons)


def _require_administrator(actor: SessionUser | None) -> None:
    if actor is not None and not is_administrator(actor):
        raise NotAllowed("only an administrator runs retention by hand")


def preview(uow: UnitOfWork, actor: SessionUser, *, months: int | None = None) -> Plan:
    """The plan for an administrator's screen (read only)."""
    _require_administrator(actor)
    return plan(uow, months=months)


def plan_by_hand(uow: UnitOfWork, actor: SessionUser, *, dry_run: bool) -> Plan:
    """The plan of a run an administrator starts by hand (the command line), recorded in the audit trail with what
    it found and whether it was a dry run; commits. :func:`anonymise` then carries it out."""
    require_administrator(actor, "only an administrator runs retention by hand")
    due = plan(uow)
    ran = {"dry_run": dry_run, "cases": len(due.cases), "persons": len(due.persons)}
    audit.record(uow, AuditKind.RETENTION_RUN, actor=actor, details=ran)
    uow.commit()
    return due


def _empty_contacts(uow: UnitOfWork, contact_ids: list[uuid.UUID]) -> None:
    session = uow.session
    for chunk in _chunks(contact_ids):
        # A bulk UPDATE: the contacts' version is left alone on purpose (an open form must not be saved over the
        # emptied text, but retention never touches a case with recent activity, so no form has it open).
        session.execute(sa.update(Contact).where(Contact.id.in_(chunk)).values(summary="", caller_hash=None))
        session.execute(sa.update(ContactRisk).where(ContactRisk.contact_id.in_(chunk)).values(reason=None))
        session.execute(sa.update(ContactAction).where(ContactAction.contact_id.in_(chunk)).values(note=None))
        session.execute(
            sa.update(ChangeRecord)
            .where(ChangeRecord.entity == "contact", ChangeRecord.entity_id.in_(chunk))
            .values(old_value=None, new_value=None)
        )
        review_ids = sa.select(Review.id).where(Review.contact_id.in_(chunk)).scalar_subquery()
        session.execute(sa.update(Review).where(Review.contact_id.in_(chunk)).values(overall=""))
        session.execute(sa.update(ReviewScore).where(ReviewScore.review_id.in_(review_ids)).values(comment=None))


def _chunks(ids: list[uuid.UUID], size: int = 500) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _anonymise_case(uow: UnitOfWork, case_id: uuid.UUID, now: datetime) -> list[uuid.UUID]:
    session = uow.session
    contact_ids = list(session.scalars(sa.select(Contact.id).where(Contact.case_id == case_id)))
    _empty_contacts(uow, contact_ids)
    decision_ids = list(session.scalars(sa.select(AidDecision.id).where(AidDecision.case_id == case_id)))
    if decision_ids:
        session.execute(
            sa.update(AidDecision).where(AidDecision.id.in_(decision_ids)).values(reference=None, refusal_reason=None)
        )
        session.execute(sa.update(DecisionEvent).where(DecisionEvent.decision_id.in_(decision_ids)).values(note=None))
    session.execute(sa.update(Case).where(Case.id == case_id).values(anonymised_at=now))
    return contact_ids


def _anonymise_person(uow: UnitOfWork, person_id: uuid.UUID, now: datetime) -> list[uuid.UUID]:
    session = uow.session
    caseless = list(
        session.scalars(sa.select(Contact.id).where(Contact.person_id == person_id, Contact.case_id.is_(None)))
    )
    _empty_contacts(uow, caseless)
    session.execute(
        sa.update(Person)
        .where(Person.id == person_id)
        .values(
            full_name=None,
            id_code=None,
            birth_date=None,
            sex=None,
            phone_e164=None,
            email=None,
            municipality=None,
            anonymised_at=now,
        )
    )
    session.execute(
        sa.update(ChangeRecord)
        .where(ChangeRecord.entity == "person", ChangeRecord.entity_id == person_id)
        .values(old_value=None, new_value=None)
    )
    return caseless


def _remove_drafts(uow: UnitOfWork, contact_ids: list[uuid.UUID], cutoff: datetime) -> int:
    """Unsaved forms of the contacts just anonymised, and any left unfinished for longer than the period: a draft
    holds what was typed, personal data included, and would otherwise outlive the record it was for."""
    stale = sa.or_(Draft.updated_at < cutoff, *(Draft.record_id.in_(chunk) for chunk in _chunks(contact_ids)))
    ids = list(uow.session.scalars(sa.select(Draft.id).where(stale)))
    for chunk in _chunks(ids):
        uow.session.execute(sa.delete(Draft).where(Draft.id.in_(chunk)))
    return len(ids)


@dataclass(frozen=True)
class Outcome:
    cases: int
    persons: int
    drafts: int = 0  # unsaved forms removed with them, or left unfinished for longer than the period


def anonymise(uow: UnitOfWork, actor: SessionUser | None, *, now: datetime | None = None) -> Outcome:
    """Anonymise what is due now and record each in the audit trail; commits (see :func:`_anonymise`)."""
    outcome = _anonymise(uow, actor, now=now)
    uow.commit()
    return outcome


def _anonymise(uow: UnitOfWork, actor: SessionUser | None, *, now: datetime | None = None) -> Outcome:
    """Anonymise what is due now and record each in the audit trail, uncommitted.

    ``actor`` is the administrator who ran it, or None for the automatic run (and ``helpline retention``), which
    the audit trail names ``retention``. The plan is made again here, in the same transaction, so a case that had
    activity or was put on hold since a preview is left alone.
    """
    _require_administrator(actor)
    now = now or utcnow()
    due = plan(uow, now=now)
    emptied: list[uuid.UUID] = []
    for case in due.cases:
        emptied += _anonymise_case(uow, case.id, now)
        audit.record(
            uow,
            AuditKind.ANONYMISED,
            actor=actor,
            username=AUTOMATIC,
            record_type="case",
            record_id=case.id,
            details={"months": due.months, "contacts": case.contacts, "decisions": case.decisions},
            now=now,
        )
    for person in due.persons:
        emptied += _anonymise_person(uow, person.id, now)
        audit.record(
            uow,
            AuditKind.ANONYMISED,
            actor=actor,
            username=AUTOMATIC,
            record_type="person",
            record_id=person.id,
            details={"months": due.months, "contacts_outside_cases": person.caseless_contacts},
            now=now,
        )
    drafts = _remove_drafts(uow, emptied, due.cutoff)
    if drafts:
        audit.record(
            uow,
            AuditKind.ANONYMISED,
            actor=actor,
            username=AUTOMATIC,
            record_type="draft",
            details={"months": due.months, "drafts": drafts},
            now=now,
        )
    if due.cases or due.persons or drafts:
        _erase_after_commit(uow)
    uow.session.expire_all()  # the bulk updates went past the identity map
    return Outcome(len(due.cases), len(due.persons), drafts)


# Every table whose rows retention empties or deletes.
ERASED_TABLES = tuple(
    model.__tablename__
    for model in (
        Contact,
        ContactRisk,
        ContactAction,
        ChangeRecord,
        Review,
        ReviewScore,
        AidDecision,
        DecisionEvent,
        Case,
        Person,
        Draft,
    )
)


def _erase_after_commit(uow: UnitOfWork) -> None:
    """Merge the word index now (its old segments hold the removed words) and erase old page copies once the caller
    commits: whoever runs retention (the window, the command line, the daily run) gets the same."""
    connection = uow.session.connection()
    search_index.drop_removed_words(connection)
    engine = connection.engine

    def erase(_session: object) -> None:
        search_index.erase_freed(engine, ERASED_TABLES)

    sa.event.listen(uow.session, "after_commit", erase, once=True)


def run_if_due(uow: UnitOfWork, *, now: datetime | None = None) -> Outcome | None:
    """The automatic run, at most once a calendar day (UTC) per store; commits. None when it already ran today."""
    from app.models import StoreSetting

    now = now or utcnow()
    today = now.date().isoformat()
    row = uow.session.get(StoreSetting, LAST_RUN_KEY)
    if row is not None and row.value == today:
        return None
    outcome = _anonymise(uow, None, now=now)  # committed below together with the day of the run
    row = uow.session.get(StoreSetting, LAST_RUN_KEY)
    if row is None:
        uow.session.add(StoreSetting(key=LAST_RUN_KEY, value=today))
    else:
        row.value = today
    uow.commit()
    return outcome


def set_legal_hold(uow: UnitOfWork, actor: SessionUser, case_id: uuid.UUID, reason: str | None) -> None:
    """Put a case on legal hold (``reason`` given) or release it (None); shift leads and administrators only.

    Committed here. A held case is never anonymised; releasing lets retention judge it by its dates again.
    """
    require_oversight(actor, "a shift lead or an administrator puts a case on legal hold")
    case = uow.session.get(Case, case_id)
    if case is None:
        raise StaleRecord("the case no longer exists")
    text = reason.strip() if reason is not None else None
    if text is not None:
        problem = "retention.hold_reason" if not text else free_text_reason(text, LEGAL_HOLD_REASON_MAX)
        if problem:
            raise FieldErrors({"legal_hold_reason": problem})
    if case.anonymised_at is not None and text is not None:
        raise FieldErrors({"legal_hold_reason": "retention.already_anonymised"})
    case.legal_hold_reason = text
    case.legal_hold_at = utcnow() if text is not None else None
    audit.record(
        uow,
        AuditKind.LEGAL_HOLD,
        actor=actor,
        record_type="case",
        record_id=case.id,
        details={"hold": text is not None},  # the reason may name people: it stays on the case only
    )
    uow.commit()
