"""Trauma-recovery mental-health aid: rates, decisions, their notices and what happens after.

A decision starts from an identified contact (or a case). Everything is validated before anything is written; a
granted decision gets a notice number (``TT-<year>-<station>-<sequence>``, unique across workstations like case
numbers), and its notice PDF's SHA-256 is kept so that a notice made again can be shown to be the same.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from app.errors import FieldErrors, NotAllowed, StaleRecord
from app.models import Case, Contact, Person, User
from app.models.aid import (
    REASON_MAX,
    REFERENCE_MAX,
    AidDecision,
    DecisionEvent,
    DecisionEventKind,
    MinimumWageRate,
    Outcome,
)
from app.models.aid_rules import (
    Answers,
    Event,
    LimitCategory,
    PersonRole,
    assess,
    coming_of_age,
    minor_category_refusal,
)
from app.models.audit import AuditKind
from app.models.base import utcnow
from app.models.identity import free_text_reason
from app.models.provider_rules import availability
from app.models.providers import AidService, Provider
from app.services.actor import SessionUser, is_counsellor, require_administrator, require_oversight
from app.services.contacts import cases
from app.services.documents.notice_pdf import NoticeData, notice_sha256, render_notice, same_notice
from app.services.documents.spreadsheet_cells import CsvWriter
from app.services.guard import access, audit
from app.store.db import UnitOfWork

NOTICE_PREFIX = "TT"
NOTICE_LANGUAGES = ("et", "en", "ru")
MAX_RATE = Decimal("100000")
_text_reason = free_text_reason


# --- the minimum wage table ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rate:
    valid_from: date
    amount: Decimal


def list_rates(uow: UnitOfWork) -> list[Rate]:
    rows = uow.session.scalars(sa.select(MinimumWageRate).order_by(MinimumWageRate.valid_from))
    return [Rate(row.valid_from, row.amount) for row in rows]


def rate_on(uow: UnitOfWork, day: date) -> Decimal | None:
    """The monthly minimum wage in force on ``day`` (the row with the latest start on or before it)."""
    return uow.session.scalar(
        sa.select(MinimumWageRate.amount)
        .where(MinimumWageRate.valid_from <= day)
        .order_by(MinimumWageRate.valid_from.desc())
        .limit(1)
    )


def set_rate(uow: UnitOfWork, actor: SessionUser, valid_from: date, amount_text: str) -> Rate:
    """Add or correct the rate from ``valid_from`` on (administrators only). Amount as typed: ``946`` or ``946,00``."""
    require_administrator(actor, "only an administrator keeps the rates")
    try:
        amount = Decimal(amount_text.strip().replace(" ", "").replace(",", ".")).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise FieldErrors({"amount": "rate.amount"}) from None
    if not amount.is_finite() or not Decimal(0) < amount < MAX_RATE:
        raise FieldErrors({"amount": "rate.amount"})
    row = uow.session.scalar(sa.select(MinimumWageRate).where(MinimumWageRate.valid_from == valid_from))
    if row is None:
        uow.session.add(MinimumWageRate(valid_from=valid_from, amount=amount))
    else:
        row.amount = amount
    uow.commit()
    return Rate(valid_from, amount)


def remove_rate(uow: UnitOfWork, actor: SessionUser, valid_from: date) -> None:
    require_administrator(actor, "only an administrator keeps the rates")
    uow.session.execute(sa.delete(MinimumWageRate).where(MinimumWageRate.valid_from == valid_from))
    uow.commit()


# --- decisions -----------------------------------------------------------------------------------------------------
@dataclass
class DecisionInput:
    """The decision form. Start from ``contact_id`` (an identified contact) or ``case_id``."""

    decision_date: date
    role: PersonRole
    event: Event
    contact_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    reference: str = ""
    outcome: Outcome = Outcome.GRANTED
    refusal_reason: str = ""
    service: AidService | None = None
    limit_category: LimitCategory = LimitCategory.STANDARD
    provider_id: uuid.UUID | None = None
    notice_language: str = "et"


@dataclass(frozen=True)
class DecisionView:
    id: uuid.UUID
    number: str
    decision_date: date
    outcome: Outcome
    rule: str
    person_name: str
    case_number: str
    service: AidService | None
    limit_category: LimitCategory | None
    limit_amount: Decimal | None
    end_date: date | None
    provider_id: uuid.UUID | None
    provider_name: str | None
    decided_by: str
    notice_sha256: str | None
    events: tuple[tuple[DecisionEventKind, str | None], ...]


def _origin(uow: UnitOfWork, data: DecisionInput) -> tuple[Person | None, Case | None, Contact | None]:
    contact = uow.session.get(Contact, data.contact_id) if data.contact_id else None
    case = uow.session.get(Case, data.case_id) if data.case_id else (contact.case if contact else None)
    person = contact.person if contact else (case.person if case else None)
    return person, case, contact


def _check_may_start(
    uow: UnitOfWork, actor: SessionUser, data: DecisionInput, case: Case | None, contact: Contact | None
) -> None:
    """A counsellor decides from a contact they may open and in a case they may see (``app.services.guard.access``);
    the decision would show them the client's data."""
    if contact is not None and not access.may_open_contact(actor, contact):
        raise NotAllowed("a counsellor decides only from their own identified contacts")
    if case is not None and not access.may_see_case(uow, actor, case):
        raise NotAllowed("a counsellor decides only in the cases they may see", reason="case.not_visible")


def decide(uow: UnitOfWork, actor: SessionUser, data: DecisionInput) -> DecisionView:
    """Validate the whole decision and save it; raises :class:`FieldErrors` with every problem and writes nothing."""
    errors: dict[str, str] = {}
    person, case, contact = _origin(uow, data)
    _check_may_start(uow, actor, data, case, contact)
    if data.case_id is not None and case is None:
        errors["case"] = "case.missing"
    elif case is not None and case.person_id is not None and person is not None and case.person_id != person.id:
        errors["case"] = "case.other_person"  # the notice would join this caller to another's case number
    if person is None or not (person.full_name or "").strip():
        errors["person"] = "decision.needs_identified"
    if data.notice_language not in NOTICE_LANGUAGES:
        errors["notice_language"] = "decision.language"
    birth = person.birth_date if person else None
    answers = Answers(data.role, data.event, data.reference, birth)
    assessment = assess(answers, data.decision_date)
    amount: Decimal | None = None
    end: date | None = None
    provider: Provider | None = None
    if data.outcome is Outcome.REFUSED:
        if not data.refusal_reason.strip():
            errors["refusal_reason"] = "decision.reason_required"
    else:
        if assessment.rule == "rule.before_new_act":
            errors["decision_date"] = "decision.before_new_act"
        elif "reference" in assessment.missing:
            errors["reference"] = "decision.reference_needed"
        if data.service is None:
            errors["service"] = "decision.service_required"
        if data.limit_category is LimitCategory.SEXUALLY_ABUSED_MINOR:
            refusal = minor_category_refusal(birth, data.decision_date)
            if refusal:
                errors["limit_category"] = refusal
            elif birth is not None:
                end = coming_of_age(birth)
        if data.limit_category not in assessment.categories and "limit_category" not in errors:
            errors["limit_category"] = "limit.not_open"
        if data.limit_category is LimitCategory.STANDARD:
            amount = rate_on(uow, data.decision_date)
            if amount is None:
                errors["decision_date"] = "rate.missing"
        provider = uow.session.get(Provider, data.provider_id) if data.provider_id else None
        if provider is None:
            errors["provider"] = "decision.provider_required"
        elif data.service is not None:
            available = availability(provider, data.service, data.decision_date)
            if not available.available:
                errors["provider"] = available.reasons[0]
    for name, value, limit in (
        ("reference", data.reference, REFERENCE_MAX),
        ("refusal_reason", data.refusal_reason, REASON_MAX),
    ):
        if reason := _text_reason(value, limit):
            errors[name] = reason
    if errors:
        raise FieldErrors(errors)
    assert person is not None
    if case is None:
        case = cases.open_case(uow, person.id, actor.id, utcnow())
        if contact is not None:
            contact.case = case
    year = data.decision_date.year
    number = f"{NOTICE_PREFIX}-{year}-{cases.station_code(uow)}-{cases.next_value(uow, f'notice:{year}'):06d}"
    decision = AidDecision(
        number=number,
        case=case,
        person_id=person.id,
        contact_id=contact.id if contact else None,
        decided_by_id=actor.id,
        decision_date=data.decision_date,
        role=data.role,
        event=data.event,
        reference=data.reference.strip() or None,
        rule=assessment.rule,
        outcome=data.outcome,
        refusal_reason=data.refusal_reason.strip() or None,
        service=data.service if data.outcome is Outcome.GRANTED else None,
        limit_category=data.limit_category if data.outcome is Outcome.GRANTED else None,
        limit_amount=amount,
        end_date=end,
        provider_id=provider.id if provider else None,
        notice_language=data.notice_language,
    )
    uow.session.add(decision)
    uow.flush()
    details = {"outcome": decision.outcome.value, "number": number}
    audit.record(uow, AuditKind.CREATE, actor=actor, record_type="decision", record_id=decision.id, details=details)
    uow.commit()
    return get_decision(uow, actor, decision.id)


def _load(uow: UnitOfWork, actor: SessionUser, decision_id: uuid.UUID) -> AidDecision:
    decision = uow.session.get(AidDecision, decision_id, options=[selectinload(AidDecision.events)])
    if decision is None:
        raise StaleRecord("no such decision")
    if is_counsellor(actor) and decision.decided_by_id != actor.id:
        raise NotAllowed("a counsellor sees only their own decisions")
    return decision


def get_decision(uow: UnitOfWork, actor: SessionUser, decision_id: uuid.UUID) -> DecisionView:
    decision = _load(uow, actor, decision_id)
    person = uow.session.get(Person, decision.person_id)
    provider = uow.session.get(Provider, decision.provider_id) if decision.provider_id else None
    decided_by = uow.session.get(User, decision.decided_by_id)
    return _view(decision, person, provider, decided_by)


def _view(
    decision: AidDecision, person: Person | None, provider: Provider | None, decided_by: User | None
) -> DecisionView:
    return DecisionView(
        id=decision.id,
        number=decision.number,
        decision_date=decision.decision_date,
        outcome=decision.outcome,
        rule=decision.rule,
        person_name=(person.full_name or "") if person else "",
        case_number=decision.case.number,
        service=decision.service,
        limit_category=decision.limit_category,
        limit_amount=decision.limit_amount,
        end_date=decision.end_date,
        provider_id=decision.provider_id,
        provider_name=provider.name if provider else None,
        decided_by=decided_by.full_name if decided_by else "",
        notice_sha256=decision.notice_sha256,
        events=tuple((event.kind, event.note) for event in decision.events),
    )


# --- the notice ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Notice:
    pdf: bytes
    sha256: str
    same_as_before: bool  # False only when a notice was made before and its content has since changed


def notice_data(uow: UnitOfWork, actor: SessionUser, decision_id: uuid.UUID, language: str | None = None) -> NoticeData:
    decision = _load(uow, actor, decision_id)
    if decision.outcome is not Outcome.GRANTED or decision.provider_id is None or decision.service is None:
        raise NotAllowed("a refused decision has no notice")
    person = uow.session.get(Person, decision.person_id)
    provider = uow.session.get(Provider, decision.provider_id)
    counsellor = uow.session.get(User, decision.decided_by_id)
    if person is None or provider is None or counsellor is None:
        raise StaleRecord("the decision's person, provider or counsellor is gone")
    return NoticeData(
        number=decision.number,
        issued_on=decision.decision_date,
        language=language or decision.notice_language,
        client_name=person.full_name or "",
        client_id_code=person.id_code,
        client_birth_date=person.birth_date,
        client_phone=person.phone_e164,
        client_email=person.email,
        client_municipality=person.municipality,
        case_number=decision.case.number,
        service=decision.service,
        limit_category=(decision.limit_category or LimitCategory.STANDARD).value,
        limit_amount=decision.limit_amount,
        end_date=decision.end_date,
        decision_date=decision.decision_date,
        counsellor_name=counsellor.full_name,
        counsellor_phone=counsellor.phone,
        counsellor_email=counsellor.email,
        provider_name=provider.name,
        provider_registry_code=provider.registry_code,
        provider_email=provider.email,
        provider_phone=provider.phone_e164,
        provider_address=provider.address,
    )


def make_notice(
    uow: UnitOfWork, actor: SessionUser, decision_id: uuid.UUID, *, language: str | None = None, password: str = ""
) -> Notice:
    """Render the notice; the first one made in the decision's language fixes the hash kept with the decision."""
    data = notice_data(uow, actor, decision_id, language)
    plain = render_notice(data)
    digest = notice_sha256(plain)
    decision = _load(uow, actor, decision_id)
    same = True
    if data.language == decision.notice_language:
        if decision.notice_sha256 is None:
            decision.notice_sha256 = digest
            decision.notice_made_at = utcnow()
            uow.commit()
        else:
            same = same_notice(decision.notice_sha256, data, digest)  # also a notice of an earlier layout
    pdf = render_notice(_with_password(data, password)) if password else plain
    details = {"language": data.language, "sha256": digest, "password": bool(password)}
    audit.record(
        uow, AuditKind.NOTICE_GENERATED, actor=actor, record_type="decision", record_id=decision_id, details=details
    )
    uow.commit()
    return Notice(pdf, digest, same)


def _with_password(data: NoticeData, password: str) -> NoticeData:
    return replace(data, password=password)


def record_event(
    uow: UnitOfWork, actor: SessionUser, decision_id: uuid.UUID, kind: DecisionEventKind, note: str = ""
) -> None:
    """Notice sent (with how), a no-show or refusal reported by the provider, need ended, decision withdrawn."""
    decision = _load(uow, actor, decision_id)
    if kind in (DecisionEventKind.PROVIDER_DECLINED, DecisionEventKind.WITHDRAWN) and not note.strip():
        raise FieldErrors({"note": "decision.reason_required"})
    if reason := _text_reason(note, REASON_MAX):
        raise FieldErrors({"note": reason})
    decision.events.append(DecisionEvent(kind=kind, note=note.strip() or None, recorded_by_id=actor.id))
    audit.record(
        uow,
        AuditKind.NOTICE_SENT if kind is DecisionEventKind.NOTICE_SENT else AuditKind.CHANGE,
        actor=actor,
        record_type="decision",
        record_id=decision_id,
        details={"event": kind.value},
    )
    uow.commit()


# --- lists and exports ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DecisionFilter:
    since: date | None = None
    until: date | None = None
    outcome: Outcome | None = None
    provider_id: uuid.UUID | None = None
    unlimited: bool | None = None  # True: no limit (minor, trafficking); False: standard limit


def list_decisions(uow: UnitOfWork, actor: SessionUser, where: DecisionFilter | None = None) -> list[DecisionView]:
    """Decisions newest first; counsellors see their own, shift leads and administrators all."""
    where = where or DecisionFilter()
    query = sa.select(AidDecision).order_by(AidDecision.decision_date.desc(), AidDecision.number.desc())
    if is_counsellor(actor):
        query = query.where(AidDecision.decided_by_id == actor.id)
    if where.since is not None:
        query = query.where(AidDecision.decision_date >= where.since)
    if where.until is not None:
        query = query.where(AidDecision.decision_date <= where.until)
    if where.outcome is not None:
        query = query.where(AidDecision.outcome == where.outcome)
    if where.provider_id is not None:
        query = query.where(AidDecision.provider_id == where.provider_id)
    if where.unlimited is True:
        query = query.where(AidDecision.limit_category.in_([c for c in LimitCategory if c.unlimited]))
    elif where.unlimited is False:
        query = query.where(AidDecision.limit_category == LimitCategory.STANDARD)
    found = uow.session.scalars(
        query.limit(1000).options(selectinload(AidDecision.events), selectinload(AidDecision.case))
    ).all()
    # the people, providers and counsellors of all of them in one query each, never one query per decision
    people = _by_id(uow, Person, {decision.person_id for decision in found})
    providers_ = _by_id(uow, Provider, {decision.provider_id for decision in found if decision.provider_id})
    users = _by_id(uow, User, {decision.decided_by_id for decision in found})
    return [
        _view(
            decision,
            people.get(decision.person_id),
            providers_.get(decision.provider_id) if decision.provider_id else None,
            users.get(decision.decided_by_id),
        )
        for decision in found
    ]


_Row = TypeVar("_Row", Person, Provider, User)


def _by_id(uow: UnitOfWork, entity: type[_Row], ids: set[uuid.UUID]) -> dict[uuid.UUID, _Row]:
    if not ids:
        return {}
    return {row.id: row for row in uow.session.scalars(sa.select(entity).where(entity.id.in_(ids)))}


EXPORT_COLUMNS = ("notice_number", "decision_date", "client_name", "case_number", "service", "limit", "end_date")


@dataclass(frozen=True)
class ProviderExport:
    """The granted decisions for one provider, in two files that must never be merged (seed 003)."""

    with_limit: str
    without_limit: str


def export_for_provider(
    uow: UnitOfWork, actor: SessionUser, provider_id: uuid.UUID, since: date, until: date
) -> ProviderExport:
    """CSV (UTF-8) of a provider's clients for reconciling its cost reports: clients with a limit and clients
    without one in separate files. Only the fields the provider already has from the notices."""
    require_oversight(actor, "exports are for shift leads and administrators")
    files: dict[bool, io.StringIO] = {False: io.StringIO(), True: io.StringIO()}
    writers = {unlimited: CsvWriter(buffer) for unlimited, buffer in files.items()}  # a name never runs
    for writer in writers.values():
        writer.writerow(EXPORT_COLUMNS)
    decisions = list_decisions(
        uow, actor, DecisionFilter(since=since, until=until, outcome=Outcome.GRANTED, provider_id=provider_id)
    )
    for view in sorted(decisions, key=lambda d: (d.decision_date, d.number)):
        unlimited = view.limit_category is not None and view.limit_category.unlimited
        writers[unlimited].writerow(
            (
                view.number,
                view.decision_date.isoformat(),
                view.person_name,
                view.case_number,
                view.service.value if view.service else "",
                "" if unlimited or view.limit_amount is None else view.limit_amount.quantize(Decimal("0.01")),
                view.end_date.isoformat() if view.end_date else "",
            )
        )
    details = {"provider": str(provider_id), "since": since.isoformat(), "until": until.isoformat()}
    audit.record_export(uow, actor, "provider_clients", details | {"decisions": len(decisions)})
    return ProviderExport(with_limit=files[False].getvalue(), without_limit=files[True].getvalue())
