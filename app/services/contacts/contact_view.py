"""Opening a saved contact for the form, and its edit history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import InstrumentedAttribute, selectinload

from app.errors import NotAllowed, StaleRecord
from app.models import Case, ChangeRecord, Contact, Person, Topic, User
from app.models.audit import AuditKind
from app.services.actor import SessionUser
from app.services.contacts import fields
from app.services.contacts.editing import ContactInput, RiskAnswer, current_consents, person_seen, stored_person
from app.services.guard import access, audit
from app.store.db import UnitOfWork


@dataclass(frozen=True)
class OpenedContact:
    id: uuid.UUID
    version: int
    data: ContactInput
    case_number: str | None
    handled_by_name: str
    entered_by_name: str
    wrapup_seconds: int | None
    caller_remembered: bool = False  # an anonymous caller's number is kept (as a keyed hash) for this contact
    removed_at: datetime | None = None  # when retention removed the personal data (app.services.guard.retention)
    changed_by_name: str | None = None  # who saved the last change (None: never changed since it was entered)


@dataclass(frozen=True)
class Change:
    """One recorded change. ``field`` is the stored column (of the contact or the person, ``entity``); ``name`` the
    ``ContactInput`` field it belongs to (``app.services.contacts.fields``; None for one the form does not show,
    e.g. the person's sex). The values are as stored, except that a counsellor, a case, a caller and topics are
    given by their names (the case's number, the topics' names in ``language``) rather than by their keys."""

    changed_at: datetime
    changed_by: str
    entity: str
    field: str
    old_value: str | None
    new_value: str | None
    name: str | None = None


def _check_may_open(actor: SessionUser, contact: Contact) -> None:
    if not access.may_open_contact(actor, contact):
        raise NotAllowed("a counsellor opens only their own identified contacts")


def _record_view(uow: UnitOfWork, actor: SessionUser, contact: Contact, screen: str) -> None:
    """Opening an identified contact is in the audit trail (committed here: a look changes nothing else)."""
    if contact.person_id is not None:
        audit.record(uow, AuditKind.VIEW, actor=actor, record_type="contact", record_id=contact.id, screen=screen)
        uow.commit()


def load_contact(uow: UnitOfWork, actor: SessionUser, contact_id: uuid.UUID, *, screen: str = "log") -> OpenedContact:
    """The contact as the form shows it; ``screen`` names where it was opened from, for the audit trail."""
    contact = uow.session.get(
        Contact,
        contact_id,
        options=[
            selectinload(Contact.topics),
            selectinload(Contact.risks),
            selectinload(Contact.actions),
            selectinload(Contact.consents),
        ],
    )
    if contact is None:
        raise StaleRecord("the contact no longer exists")
    _check_may_open(actor, contact)
    person = contact.person
    data = ContactInput(
        started_at=contact.started_at,
        line=contact.line,
        channel=contact.channel,
        direction=contact.direction,
        kind=contact.kind,
        ended_at=contact.ended_at,
        language=contact.language,
        caller_type=contact.caller_type,
        identified=person is not None,
        full_name=(person.full_name or "") if person else "",
        id_code=(person.id_code or "") if person else "",
        birth_date=person.birth_date if person else None,
        phone=(person.phone_e164 or "") if person else "",
        email=(person.email or "") if person else "",
        municipality=(person.municipality or "") if person else "",
        person_id=contact.person_id,
        case_id=contact.case_id,
        topics=[topic.code for topic in contact.topics],
        risks={risk.flag: RiskAnswer(risk.status, risk.reason or "") for risk in contact.risks},
        actions={action.action for action in contact.actions},
        consents=current_consents(contact),
        summary=contact.summary,
        callback_due_at=contact.callback_due_at,
        callback_done=contact.callback_done_at is not None,
        handled_by_id=contact.handled_by_id,
    )
    if person is not None:  # what the form shows of the person: a field left so is left as the person has it
        data.person_seen = person_seen(data)
    opened = OpenedContact(
        id=contact.id,
        version=contact.version,
        data=data,
        case_number=contact.case.number if contact.case else None,
        handled_by_name=contact.handled_by.full_name,
        entered_by_name=contact.entered_by.full_name,
        wrapup_seconds=contact.wrapup_seconds,
        caller_remembered=contact.caller_hash is not None,
        removed_at=(contact.case.anonymised_at if contact.case else None)
        or (contact.person.anonymised_at if contact.person else None),
        changed_by_name=uow.session.scalar(
            sa.select(User.full_name)
            .join(ChangeRecord, ChangeRecord.changed_by_id == User.id)
            .where(ChangeRecord.entity_id == contact.id)
            .order_by(ChangeRecord.changed_at.desc())
            .limit(1)
        ),
    )
    _record_view(uow, actor, contact, screen)
    return opened


def load_person(
    uow: UnitOfWork, actor: SessionUser, person_id: uuid.UUID, *, screen: str = "link"
) -> dict[str, str | date | None]:
    """A caller's details as the form shows them when it links a contact to them (``screen`` "link") or continues a
    linked draft ("draft"): every person field, as :attr:`ContactInput.person_seen` wants it. Only a caller the actor
    may see (:class:`NotAllowed` otherwise); the look is in the audit trail, as opening a contact is."""
    person = uow.session.get(Person, person_id)
    if person is None:
        raise StaleRecord("the person no longer exists")
    if not access.may_see_person(uow, actor, person_id):
        raise NotAllowed("the caller was served by another counsellor", reason="person.not_visible")
    shown = stored_person(person)
    audit.record(uow, AuditKind.VIEW, actor=actor, record_type="person", record_id=person_id, screen=screen)
    uow.commit()
    return shown


def contact_history(uow: UnitOfWork, actor: SessionUser, contact_id: uuid.UUID, language: str = "en") -> list[Change]:
    """Every recorded change of the contact and of the person it is linked to, oldest first (the same visibility
    as opening the contact; a look at an identified contact's history is in the audit trail), its keys given by
    name (:class:`Change`)."""
    contact = uow.session.get(Contact, contact_id)
    if contact is None:
        raise StaleRecord("the contact no longer exists")
    _check_may_open(actor, contact)
    person_id = contact.person_id
    ids = [contact_id] + ([person_id] if person_id else [])
    rows = uow.session.execute(
        sa.select(ChangeRecord, User.full_name)
        .join(User, User.id == ChangeRecord.changed_by_id)
        .where(ChangeRecord.entity_id.in_(ids))
        .order_by(ChangeRecord.changed_at, ChangeRecord.field)
    )
    records = list(rows)
    readable = _Readable(uow, language)
    changes = [
        Change(
            record.changed_at,
            name,
            record.entity,
            record.field,
            readable.value(record.field, record.old_value),
            readable.value(record.field, record.new_value),
            fields.history_name(record.entity, record.field),
        )
        for record, name in records
    ]
    _record_view(uow, actor, contact, "history")
    return changes


class _Readable:
    """A history value with its keys given by name: a counsellor's, a case's number, a caller's, topics' names.
    A key whose record is gone (a person removed) stays as "?", never as the bare key."""

    def __init__(self, uow: UnitOfWork, language: str) -> None:
        self.uow = uow
        self.language = language

    def value(self, column: str, value: str | None) -> str | None:
        if value is None or value == "":
            return value
        if column == "topics":
            codes = value.split(",")
            names = dict(self.uow.session.execute(sa.select(Topic.code, Topic).where(Topic.code.in_(codes))).all())
            return ", ".join(names[code].name(self.language) if code in names else code for code in codes)
        lookup = _NAMED_BY.get(column)
        if lookup is None:
            return value
        try:
            key = uuid.UUID(value)
        except ValueError:
            return value
        model, name = lookup
        found = self.uow.session.scalar(sa.select(name).where(model.id == key))
        return str(found) if found else "?"


# The history's columns that keep a key, and the name it is shown by.
_NAMED_BY: dict[str, tuple[type[User] | type[Case] | type[Person], InstrumentedAttribute[Any]]] = {
    "handled_by_id": (User, User.full_name),
    "case_id": (Case, Case.number),
    "person_id": (Person, Person.full_name),
}
