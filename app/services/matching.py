"""Recognising a repeat caller while the form is being filled: earlier persons with the same phone, code or name."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from app.db import UnitOfWork
from app.models import Case, Contact, Person
from app.models.identity import InvalidValue, parse_id_code, parse_phone
from app.services.text_search import name_matches, words

MAX_MATCHES = 10


@dataclass(frozen=True)
class CaseRef:
    id: uuid.UUID
    number: str


@dataclass
class PersonMatch:
    person_id: uuid.UUID
    full_name: str | None
    id_code: str | None
    phone_e164: str | None
    matched_on: set[str] = field(default_factory=set)
    contact_count: int = 0
    last_contact_at: datetime | None = None
    cases: list[CaseRef] = field(default_factory=list)


def find_matches(
    uow: UnitOfWork, *, phone: str = "", id_code: str = "", full_name: str = "", exclude: uuid.UUID | None = None
) -> list[PersonMatch]:
    """Persons already in the store whose phone, ID code or full name equals what is being typed.

    Incomplete or invalid values match nothing (no guessing while the counsellor is still typing).
    """
    found: dict[uuid.UUID, PersonMatch] = {}
    dialect = uow.session.get_bind().dialect.name

    def add(condition: sa.ColumnElement[bool], reason: str) -> None:
        for person in uow.session.scalars(sa.select(Person).where(condition).limit(MAX_MATCHES)):
            if person.id == exclude:
                continue
            match = found.setdefault(
                person.id, PersonMatch(person.id, person.full_name, person.id_code, person.phone_e164)
            )
            match.matched_on.add(reason)

    with contextlib.suppress(InvalidValue):
        add(Person.phone_e164 == parse_phone(phone), "phone")
    with contextlib.suppress(InvalidValue):
        add(Person.id_code == parse_id_code(id_code).code, "id_code")
    terms = words(full_name)
    if len(terms) >= 2:  # a first name alone would match half the country
        wanted = " ".join(terms)
        for person in uow.session.scalars(sa.select(Person).where(name_matches(dialect, terms)).limit(MAX_MATCHES * 5)):
            if person.id != exclude and " ".join(words(person.full_name or "")) == wanted:
                found.setdefault(
                    person.id, PersonMatch(person.id, person.full_name, person.id_code, person.phone_e164)
                ).matched_on.add("name")
    if not found:
        return []
    ids = list(found)
    for person_id, count, last in uow.session.execute(
        sa.select(Contact.person_id, sa.func.count(), sa.func.max(Contact.started_at))
        .where(Contact.person_id.in_(ids))
        .group_by(Contact.person_id)
    ):
        if person_id is not None:
            found[person_id].contact_count = count
            found[person_id].last_contact_at = last
    for case in uow.session.scalars(sa.select(Case).where(Case.person_id.in_(ids)).order_by(Case.opened_at.desc())):
        if case.person_id is not None:
            found[case.person_id].cases.append(CaseRef(case.id, case.number))
    return sorted(found.values(), key=lambda m: (-len(m.matched_on), -(m.contact_count)))
