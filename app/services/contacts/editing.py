"""Logging, opening and editing contacts.

The form hands over :class:`ContactInput` with text as typed; :func:`save_contact` validates all of it first and
raises :class:`FieldErrors` (a reason code per field) before anything is written, so nothing is ever half-saved.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import attributes, selectinload

from app.errors import FieldErrors, NotAllowed, StaleRecord
from app.models import Case, ChangeRecord, Contact, ContactAction, ContactConsent, ContactRisk, Person, Topic
from app.models.audit import AuditKind
from app.models.base import utcnow
from app.models.contacts import EMAIL_MAX, MUNICIPALITY_MAX, NAME_MAX, RISK_REASON_MAX, SUMMARY_MAX, contact_topics
from app.models.enums import (
    Action,
    CallerType,
    Channel,
    ConsentPurpose,
    ContactKind,
    Direction,
    Language,
    Line,
    RiskFlag,
    Sex,
    StepStatus,
)
from app.models.identity import CONTROL_CHARACTERS, InvalidValue, parse_email, parse_id_code, parse_phone
from app.services.actor import SessionUser, may_change
from app.services.contacts import cases, fields
from app.services.contacts.caller_recognition import caller_hash
from app.services.desk import review
from app.services.guard import access, audit
from app.store.db import UnitOfWork

# Control characters other than tab and newline never belong in typed text.
_CONTROL = CONTROL_CHARACTERS  # and lone surrogates (app.models.identity)
EARLIEST_BIRTH = date(1900, 1, 1)
FUTURE_TOLERANCE = timedelta(minutes=5)


@dataclass
class RiskAnswer:
    status: StepStatus = StepStatus.PENDING
    reason: str = ""


@dataclass
class ContactInput:
    """Everything the contact form holds, as typed. Empty strings mean "not given"."""

    started_at: datetime
    line: Line = Line.CRISIS_116006
    channel: Channel = Channel.PHONE
    direction: Direction = Direction.INCOMING
    kind: ContactKind = ContactKind.COUNSELLING
    ended_at: datetime | None = None
    language: Language | None = Language.ESTONIAN
    caller_type: CallerType | None = None
    identified: bool = False
    full_name: str = ""
    id_code: str = ""
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    municipality: str = ""
    person_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    open_new_case: bool = False
    topics: list[str] = field(default_factory=list)
    risks: dict[RiskFlag, RiskAnswer] = field(default_factory=dict)
    actions: set[Action] = field(default_factory=set)
    consents: dict[ConsentPurpose, bool] = field(default_factory=dict)
    summary: str = ""
    # An anonymous caller's number to remember as a keyed hash (None or "": keep what the contact has).
    caller_number: str | None = None
    # The linked person's fields as the form showed them (PERSON_INPUT names and types; a field not shown is ""). A
    # field typed as shown is untouched and keeps what the person has, as does an empty field never shown: linking
    # never erases. Emptying a field that was shown clears it, and the person's history records that.
    person_seen: dict[str, str | date | None] = field(default_factory=dict)
    callback_due_at: datetime | None = None
    callback_done: bool = False
    handled_by_id: uuid.UUID | None = None


@dataclass(frozen=True)
class SavedContact:
    id: uuid.UUID
    version: int
    case_number: str | None
    person_id: uuid.UUID | None
    case_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ValidIdentity:
    full_name: str | None
    id_code: str | None
    birth_date: date | None
    sex: Sex | None
    phone_e164: str | None
    email: str | None
    municipality: str | None


def _text(errors: dict[str, str], name: str, value: str, limit: int, *, multiline: bool = False) -> str | None:
    value = value if multiline else value.strip()
    if _CONTROL.search(value) or (not multiline and ("\n" in value or "\t" in value)):
        errors[name] = "text.control"
    elif len(value) > limit:
        errors[name] = "text.too_long"
    return value or None


def validate_identity(data: ContactInput, errors: dict[str, str], today: date) -> ValidIdentity:
    full_name = _text(errors, "full_name", data.full_name, NAME_MAX)
    municipality = _text(errors, "municipality", data.municipality, MUNICIPALITY_MAX)
    id_code = birth = sex = phone = email = None
    if data.id_code.strip():
        try:
            facts = parse_id_code(data.id_code)
            id_code, birth, sex = facts.code, facts.birth_date, facts.sex
        except InvalidValue as error:
            errors["id_code"] = error.reason
    if birth is None and data.birth_date is not None:
        if data.birth_date > today:
            errors["birth_date"] = "birth_date.future"
        elif data.birth_date < EARLIEST_BIRTH:
            errors["birth_date"] = "birth_date.too_early"
        birth = data.birth_date
    if data.phone.strip():
        try:
            phone = parse_phone(data.phone)
        except InvalidValue as error:
            errors["phone"] = error.reason
    if data.email.strip():
        if len(data.email.strip()) > EMAIL_MAX:
            errors["email"] = "text.too_long"
        else:
            try:
                email = parse_email(data.email)
            except InvalidValue as error:
                errors["email"] = error.reason
    identity = ValidIdentity(full_name, id_code, birth, sex, phone, email, municipality)
    given = (full_name, id_code, data.birth_date, phone, email)
    linked = data.person_id is not None  # a linked caller is known already: nothing need be typed
    if data.identified and not linked and not any(given) and not data.id_code.strip() and not data.phone.strip():
        errors.setdefault("full_name", "identity.empty")
    return identity


def validate(data: ContactInput, now: datetime) -> ValidIdentity | None:
    """All checks of a counselling contact; raises :class:`FieldErrors` listing every bad field at once."""
    errors: dict[str, str] = {}
    if data.started_at > now + FUTURE_TOLERANCE:
        errors["started_at"] = "time.future"
    if data.ended_at is not None and data.ended_at < data.started_at:
        errors["ended_at"] = "time.order"
    if data.callback_due_at is not None and data.callback_due_at < data.started_at:
        errors["callback_due_at"] = "time.callback_before_start"
    _text(errors, "summary", data.summary, SUMMARY_MAX, multiline=True)
    for flag, answer in data.risks.items():
        if answer.status is StepStatus.PENDING:
            errors[f"risk.{flag.value}"] = "risk.unanswered"
        elif answer.status is StepStatus.DECLINED and not answer.reason.strip():
            errors[f"risk.{flag.value}"] = "risk.reason_required"
        else:
            _text(errors, f"risk.{flag.value}", answer.reason, RISK_REASON_MAX)
    identity = validate_identity(data, errors, now.date()) if data.identified else None
    if errors:
        raise FieldErrors(errors)
    return identity


# The contact's columns whose changes the history keeps, the person's, and the identity fields of ContactInput with
# the person's column each fills: from the one description of the contact's fields (app.services.contacts.fields).
_CONTACT_FIELDS = fields.HISTORY
_PERSON_FIELDS = ("full_name", "id_code", "birth_date", "sex", "phone_e164", "email", "municipality")
PERSON_INPUT = fields.PERSON_INPUT


def _shown(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Action | Line | Channel | Direction | Language | CallerType | Sex):
        return value.value
    return str(value)


def _snapshot(entity: object, names: Iterable[str]) -> dict[str, str | None]:
    return {name: _topic_codes(entity) if name == "topics" else _shown(getattr(entity, name)) for name in names}


def _topic_codes(contact: object) -> str:
    """A contact's topics as the history keeps them: their codes, sorted, joined by commas."""
    assert isinstance(contact, Contact)
    return ",".join(sorted(topic.code for topic in contact.topics))


def _record_changes(
    uow: UnitOfWork,
    entity: str,
    entity_id: uuid.UUID,
    before: dict[str, str | None],
    after: dict[str, str | None],
    actor: SessionUser,
    when: datetime,
) -> list[str]:
    """Add a history row per changed field; the names of the fields that changed."""
    changed = []
    for name, old in before.items():
        new = after[name]
        if old != new:
            changed.append(name)
            uow.session.add(
                ChangeRecord(
                    entity=entity,
                    entity_id=entity_id,
                    field=name,
                    old_value=old,
                    new_value=new,
                    changed_by_id=actor.id,
                    changed_at=when,
                )
            )
    return changed


def person_seen(data: ContactInput) -> dict[str, str | date | None]:
    """The identity fields of ``data`` as :attr:`ContactInput.person_seen` wants them (what a form shows)."""
    return {name: getattr(data, name) for name in PERSON_INPUT}


def _as_seen(name: str, value: str | date | None) -> str | date | None:
    """A value the form showed, normalised as a typed one is (a phone shown as ``5123 4567`` is ``+37251234567``)."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    parse = {"id_code": lambda t: parse_id_code(t).code, "phone": parse_phone, "email": parse_email}.get(name)
    if text and parse is not None:
        try:
            return parse(text)
        except InvalidValue:
            return text
    return text or None


def same_value(name: str, first: str | date | None, second: str | date | None) -> bool:
    """Two values of the person field ``name`` (a PERSON_INPUT name) are the same once normalised as a save does."""
    return _as_seen(name, first) == _as_seen(name, second)


def stored_person(person: Person) -> dict[str, str | date | None]:
    """The person's fields as :attr:`ContactInput.person_seen` holds them ("" or None for nothing stored)."""
    shown = {name: getattr(person, column) for name, column in PERSON_INPUT.items()}
    return {name: value if name == "birth_date" else (value or "") for name, value in shown.items()}


def rebase_person(
    typed: Mapping[str, str | date | None],
    then: Mapping[str, str | date | None] | None,
    now: Mapping[str, str | date | None],
) -> tuple[dict[str, str | date | None], list[str]]:
    """Input typed over a linked person shown as ``then``, laid over the person as stored ``now`` (a draft continued).

    Per field: one the user left as shown takes the stored value (a newer one saved meanwhile is never rolled back);
    one the user changed keeps their typing; one changed on both sides to different values keeps the typing and is
    named in the second result, for the user to check. Without ``then`` (a draft written before drafts kept it) a
    field that differs from the stored value counts as changed on both sides. Returns the values to show, PERSON_INPUT
    names; what to hold as shown is ``now``.
    """
    shown: dict[str, str | date | None] = {}
    both: list[str] = []
    for name in PERSON_INPUT:
        mine, stored = typed.get(name), now.get(name)
        if same_value(name, mine, stored):
            shown[name] = stored
        elif then is not None and same_value(name, mine, then.get(name)):
            shown[name] = stored  # changed elsewhere only
        elif then is not None and same_value(name, then.get(name), stored):
            shown[name] = mine  # changed here only
        else:
            shown[name] = mine
            both.append(name)
    return shown, both


def _person_changes(data: ContactInput, identity: ValidIdentity, person: Person) -> dict[str, object]:
    """The columns of a linked person to set: only the fields the user changed from what they were shown."""
    changes: dict[str, object] = {}
    for name, column in PERSON_INPUT.items():
        typed = getattr(identity, column)
        if typed != _as_seen(name, data.person_seen.get(name)):
            changes[column] = typed
    if "id_code" in changes:
        changes["sex"] = identity.sex
    code = changes.get("id_code", person.id_code)
    if isinstance(code, str):  # the ID code decides the birth date and sex, as when both are typed
        with contextlib.suppress(InvalidValue):
            facts = parse_id_code(code)
            changes["birth_date"], changes["sex"] = facts.birth_date, facts.sex
    return {column: value for column, value in changes.items() if getattr(person, column) != value}


def _apply_person(
    uow: UnitOfWork, data: ContactInput, identity: ValidIdentity
) -> tuple[uuid.UUID, Person | None, dict[str, str | None] | None]:
    """The contact's person: a new one from what is typed, or the linked one changed only where the user changed it.
    Returns the person's id, the linked person with its fields as they were (for :func:`_person_entries` once the
    changes are written), or (None, None) for a new one.

    A linked person is read under a row lock (PostgreSQL), so that two contacts of one caller saved at once change
    it one after the other, each keeping the other's fields it did not touch. A new person is one row, inserted here
    with its id made up front (the ORM's unit of work would take longer to write the same row).
    """
    person = uow.session.get(Person, data.person_id, with_for_update=True) if data.person_id else None
    if person is None:
        person_id = uuid.uuid4()
        # ValidIdentity's fields carry the person's column names; created_at, updated_at and version are the
        # columns' defaults, as the ORM would fill them
        row = {name: getattr(identity, name) for name in _PERSON_FIELDS}
        uow.session.connection().execute(_NEW_PERSON, {"id": person_id, **row})
        return person_id, None, None
    before = _snapshot(person, _PERSON_FIELDS)
    for column, value in _person_changes(data, identity, person).items():
        setattr(person, column, value)
    return person.id, person, before


def _person_entries(
    uow: UnitOfWork,
    person_id: uuid.UUID,
    person: Person | None,
    before: dict[str, str | None] | None,
    actor: SessionUser,
    now: datetime,
) -> list[audit.Entry]:
    """The person's audit entry (and history rows) once it is written: created, or the fields that changed."""
    if person is None or before is None:
        return [audit.Entry(AuditKind.CREATE, "person", person_id)]
    changed = _record_changes(uow, "person", person_id, before, _snapshot(person, _PERSON_FIELDS), actor, now)
    return [audit.Entry(AuditKind.CHANGE, "person", person_id, {"fields": changed})] if changed else []


def _table(model: type[object]) -> sa.Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, sa.Table)
    return table


# A new contact's rows, inserted on the tables (the columns' defaults fill created_at, updated_at, version and ids)
_NEW_PERSON = sa.insert(_table(Person))
_NEW_CONTACT = sa.insert(_table(Contact))
_NEW_RISK = sa.insert(_table(ContactRisk))
_NEW_ACTION = sa.insert(_table(ContactAction))
_NEW_CONSENT = sa.insert(_table(ContactConsent))
_TOPIC_IDS = sa.select(Topic.__table__.c.code, Topic.__table__.c.id).where(
    Topic.__table__.c.code.in_(sa.bindparam("codes", expanding=True))
)
_LINK_TOPIC = sa.insert(contact_topics)


def _topic_ids_by_code(uow: UnitOfWork, codes: Iterable[str]) -> list[uuid.UUID]:
    """The ids of the topics a new contact is linked to (its links are written as plain rows after the flush: no
    Topic entities to load). :class:`FieldErrors` for a code no topic has."""
    wanted = set(codes)
    if not wanted:
        return []
    found = dict(uow.session.connection().execute(_TOPIC_IDS, {"codes": sorted(wanted)}).all())
    if wanted - found.keys():
        raise FieldErrors({"topics": "topics.unknown"})
    return [found[code] for code in sorted(wanted)]


def _topics_by_code(uow: UnitOfWork, codes: Iterable[str]) -> list[Topic]:
    wanted = set(codes)
    if not wanted:
        return []
    found = list(uow.session.scalars(sa.select(Topic).where(Topic.code.in_(wanted))))
    unknown = wanted - {topic.code for topic in found}
    if unknown:
        raise FieldErrors({"topics": "topics.unknown"})
    return found


def save_contact(
    uow: UnitOfWork,
    actor: SessionUser,
    data: ContactInput,
    *,
    contact_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> SavedContact:
    """Create or update a counselling contact. Validates everything before writing; commits on success.

    A new contact's rows (its person if new, the contact, risks, actions, consents, topic links, the audit entries,
    the review queue's entry) are written by Core inserts in one transaction, not through the ORM's unit of work:
    the same rows, about a third of a save's Python time less (issue 13, docs/performance.md). An edit goes through
    the ORM, whose history compares the old values. The contact's columns come from one place for both
    (:func:`_contact_columns`).
    """
    now = now or utcnow()
    if contact_id is not None:
        _refuse_removed(uow, contact_id)
    identity = validate(data, now)
    # An edit sets the topics through the relationship (the history compares them); a new contact's links are
    # written as rows
    topics = _topics_by_code(uow, data.topics) if contact_id is not None else None
    new_topics = _topic_ids_by_code(uow, data.topics) if contact_id is None else []

    existing = None
    if contact_id is not None:
        _claim(uow, contact_id, expected_version)
        existing = uow.session.get(Contact, contact_id, options=[selectinload(Contact.topics)])
        if existing is None:
            raise StaleRecord("the contact no longer exists")
        _check_may_edit(actor, existing)
    access.check_may_attach(  # a person and a case only where the actor may see them; nothing written yet
        uow,
        actor,
        person_id=data.person_id if identity is not None else None,
        new_person=identity is not None and data.person_id is None,
        case_id=data.case_id,
        current=(existing.person_id, existing.case_id) if existing is not None else (None, None),
        now=now,
    )
    # After the permission check: a refused edit must not make the store's id or the keyring's secret.
    remembered = caller_hash(uow, data.caller_number) if data.caller_number and data.caller_number.strip() else None

    person_id, person, person_before = (
        _apply_person(uow, data, identity) if identity is not None else (None, None, None)
    )
    columns = _contact_columns(data, now, actor, person_id, remembered, existing)
    if existing is None:
        return _create_contact(uow, actor, data, columns, new_topics, person_id, person, person_before, now)

    contact = existing
    before = _snapshot(contact, _CONTACT_FIELDS)
    for column, value in columns.items():
        setattr(contact, column, value)
    if topics is not None:
        contact.topics = topics
    if data.case_id is None and data.open_new_case:
        contact.case = cases.open_case(uow, contact.person_id, actor.id, now)
    _apply_risks(contact, data, now)
    _apply_actions(contact, data)
    _apply_consents(uow, contact, data, actor, now)
    contact.updated_at = now  # every save moves the version on, also one that changed only topics or risks
    attributes.flag_modified(contact, "updated_at")
    uow.flush()  # the person and the contact with its links in one flush; the audit entries follow, person first

    entries = _person_entries(uow, person_id, person, person_before, actor, now) if person_id is not None else []
    after = _snapshot(contact, _CONTACT_FIELDS)
    changed = _record_changes(uow, "contact", contact.id, before, after, actor, now)
    if changed:  # the values stay in the contact's history (change_log), which retention can clear
        entries.append(audit.Entry(AuditKind.CHANGE, "contact", contact.id, {"fields": changed}))
    audit.record_entries(uow, entries, actor=actor, now=now)
    # The contact's risk flags are now exactly those of the input (_apply_risks)
    review.enqueue_new_contact(uow, contact.id, now=now, known=(contact.kind, bool(data.risks), False))
    uow.commit()
    case_number = contact.case.number if contact.case is not None else None
    return SavedContact(contact.id, contact.version, case_number, contact.person_id, contact.case_id)


def _contact_columns(
    data: ContactInput,
    now: datetime,
    actor: SessionUser,
    person_id: uuid.UUID | None,
    remembered: str | None,
    current: Contact | None,
) -> dict[str, object]:
    """The contact's columns a save sets from the form, for a new contact (``current`` None) and an edit alike: a
    column left out keeps what the contact has (an edit) or its default (a new contact)."""
    new = current is None
    columns: dict[str, object] = {
        "person_id": person_id,
        "line": data.line,
        "channel": data.channel,
        "direction": data.direction,
        "language": data.language,
        "caller_type": data.caller_type,
        "started_at": data.started_at,
        "ended_at": data.ended_at or (now if current is None else current.ended_at),
        "summary": data.summary,
        "callback_due_at": data.callback_due_at,
        "handled_by_id": data.handled_by_id or (actor.id if current is None else current.handled_by_id),
    }
    ended_at = columns["ended_at"]
    if new and isinstance(ended_at, datetime):
        columns["wrapup_seconds"] = max(0, int((now - ended_at).total_seconds()))
    if remembered is not None:
        columns["caller_hash"] = remembered
    if data.callback_due_at is None or not data.callback_done:
        columns["callback_done_at"] = None
    elif current is None or current.callback_done_at is None:
        columns["callback_done_at"] = now  # else the moment it was first marked done stays
    if data.case_id is not None:
        columns["case_id"] = data.case_id
    return columns


def _create_contact(
    uow: UnitOfWork,
    actor: SessionUser,
    data: ContactInput,
    columns: dict[str, object],
    topic_ids: list[uuid.UUID],
    person_id: uuid.UUID | None,
    person: Person | None,
    person_before: dict[str, str | None] | None,
    now: datetime,
) -> SavedContact:
    """Write a new contact's rows with Core inserts (the person, if new, is written already), then its audit
    entries (person first) and its place in the review queue, and commit: one transaction, so a failure anywhere
    leaves none of it. The rows are those the ORM wrote before (``tests/services/contacts/test_editing.py``)."""
    contact_id = uuid.uuid4()
    case_number: str | None = None
    if data.case_id is not None:
        case = uow.session.get(Case, data.case_id)  # read by the access check already: no query
        case_number = case.number if case is not None else None
    elif data.open_new_case:
        case = cases.open_case(uow, person_id, actor.id, now)
        case.id = uuid.uuid4()
        columns["case_id"], case_number = case.id, case.number
    uow.flush()  # a linked person's changes and a new case, before the contact that refers to them
    connection = uow.session.connection()
    connection.execute(
        _NEW_CONTACT,
        {"id": contact_id, "kind": ContactKind.COUNSELLING, "entered_by_id": actor.id, "created_at": now, **columns},
    )
    if data.risks:  # as _apply_risks writes them on a contact without any
        risks = [
            {"contact_id": contact_id, "flag": flag, "status": answer.status, "reason": answer.reason.strip() or None}
            for flag, answer in data.risks.items()
        ]
        connection.execute(_NEW_RISK, [{**risk, "answered_at": now} for risk in risks])
    if data.actions:
        connection.execute(_NEW_ACTION, [{"contact_id": contact_id, "action": code} for code in sorted(data.actions)])
    if data.consents:
        consents = [
            {"contact_id": contact_id, "purpose": purpose, "granted": granted, "recorded_at": now}
            for purpose, granted in data.consents.items()
        ]
        connection.execute(_NEW_CONSENT, [{**consent, "recorded_by_id": actor.id} for consent in consents])
    if topic_ids:
        # with the contact's start, as the statistics count topics by it (the triggers of migration 0012 check it)
        links = [{"contact_id": contact_id, "topic_id": topic, "started_at": data.started_at} for topic in topic_ids]
        connection.execute(_LINK_TOPIC, links)

    entries = _person_entries(uow, person_id, person, person_before, actor, now) if person_id is not None else []
    entries.append(audit.Entry(AuditKind.CREATE, "contact", contact_id, {"identified": person_id is not None}))
    audit.record_entries(uow, entries, actor=actor, now=now)
    review.enqueue_new_contact(uow, contact_id, now=now, known=(ContactKind.COUNSELLING, bool(data.risks), True))
    uow.commit()
    return SavedContact(contact_id, 1, case_number, person_id, columns.get("case_id"))  # type: ignore[arg-type]


def _claim(uow: UnitOfWork, contact_id: uuid.UUID, expected_version: int | None) -> None:
    """Check the version in an UPDATE, as the save's first write: :class:`StaleRecord` if another save came first.

    The UPDATE takes the contact's row (PostgreSQL) or the store's write lock (SQLite) until the save commits, so
    that a second save of the contact waits here and then finds the version moved on, whichever moment it read the
    contact at; and every save of a contact takes its locks in one order (contact, person, audit trail), so two
    saves never wait for each other in a circle. The UPDATE changes nothing (a refused save leaves the row as it was);
    the version moves on when the save's changes are written.
    """
    condition = Contact.id == contact_id
    if expected_version is not None:
        condition = condition & (Contact.version == expected_version)
    claimed = uow.session.execute(
        sa.update(Contact).where(condition).values(version=Contact.version, updated_at=Contact.updated_at),
        execution_options={"synchronize_session": False},
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        raise StaleRecord("the contact was changed elsewhere")


def _refuse_removed(uow: UnitOfWork, contact_id: uuid.UUID) -> None:
    """A contact whose personal data retention removed stays as it is: saving it again could only bring data back."""
    removed = uow.session.execute(
        sa.select(sa.func.count())
        .select_from(Contact)
        .outerjoin(Case, Case.id == Contact.case_id)
        .outerjoin(Person, Person.id == Contact.person_id)
        .where(Contact.id == contact_id, sa.or_(Case.anonymised_at.is_not(None), Person.anonymised_at.is_not(None)))
    ).scalar_one()
    if removed:
        raise FieldErrors({"summary": "retention.removed"})


def _check_may_edit(actor: SessionUser, contact: Contact) -> None:
    if not may_change(actor, contact):
        raise NotAllowed("a counsellor edits only their own contacts")


def _apply_risks(contact: Contact, data: ContactInput, now: datetime) -> None:
    current = {risk.flag: risk for risk in contact.risks}
    for flag in list(current):
        if flag not in data.risks:
            contact.risks.remove(current.pop(flag))
    for flag, answer in data.risks.items():
        risk = current.get(flag)
        if risk is None:
            risk = ContactRisk(flag=flag)
            contact.risks.append(risk)
        if risk.status != answer.status or (risk.reason or "") != answer.reason.strip():
            risk.answered_at = now
        risk.status = answer.status
        risk.reason = answer.reason.strip() or None


def _apply_actions(contact: Contact, data: ContactInput) -> None:
    current = {action.action: action for action in contact.actions}
    for code in set(current) - data.actions:
        contact.actions.remove(current[code])
    for code in sorted(data.actions - set(current)):
        contact.actions.append(ContactAction(action=code))


def _apply_consents(uow: UnitOfWork, contact: Contact, data: ContactInput, actor: SessionUser, now: datetime) -> None:
    """Consents are appended, never overwritten: the latest answer per partner counts, earlier ones stay as proof."""
    latest = current_consents(contact)
    for purpose, granted in data.consents.items():
        if latest.get(purpose) is not granted:
            contact.consents.append(
                ContactConsent(purpose=purpose, granted=granted, recorded_at=now, recorded_by_id=actor.id)
            )


def current_consents(contact: Contact) -> dict[ConsentPurpose, bool]:
    latest: dict[ConsentPurpose, bool] = {}
    for consent in sorted(contact.consents, key=lambda c: c.recorded_at):
        latest[consent.purpose] = consent.granted
    return latest


def log_non_data_contact(
    uow: UnitOfWork,
    actor: SessionUser,
    kind: ContactKind,
    *,
    line: Line = Line.CRISIS_116006,
    channel: Channel = Channel.PHONE,
    started_at: datetime | None = None,
    now: datetime | None = None,
) -> SavedContact:
    """A silent call, hang-up, wrong number or prank: one keystroke, no form, no personal data."""
    if not kind.is_non_data:
        raise ValueError("a counselling contact needs the form")
    now = now or utcnow()
    contact = Contact(
        kind=kind,
        line=line,
        channel=channel,
        direction=Direction.INCOMING,
        language=None,
        started_at=started_at or now,
        ended_at=now,
        wrapup_seconds=0,
        summary="",
        handled_by_id=actor.id,
        entered_by_id=actor.id,
        created_at=now,
    )
    uow.session.add(contact)
    uow.flush()
    audit.record(uow, AuditKind.CREATE, actor=actor, record_type="contact", record_id=contact.id, now=now)
    uow.commit()
    return SavedContact(contact.id, contact.version, None, None)
