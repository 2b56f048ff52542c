"""Recognising a repeat caller while the form is being filled: earlier persons with the same phone, code or name.

A match shows only what the user may see (``app.services.guard.access``). A caller the user may not see is a
*restricted*
match: that a known caller exists, how many earlier contacts, the last one's time and the lines, and nothing that
names them (no name, ID code, phone or case numbers); the form then offers the audited access with a stated reason.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from app.models import Case, Contact, Person
from app.models.enums import Line
from app.models.identity import InvalidValue, parse_id_code, parse_phone
from app.services.actor import SessionUser
from app.services.guard import access
from app.services.text_search import name_matches, words
from app.store.db import UnitOfWork

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
    restricted: bool = False  # a caller the user may not see: no name, code, phone or cases (see the module)
    lines: tuple[Line, ...] = ()  # the lines of their earlier contacts, the latest's first


def find_matches(
    uow: UnitOfWork,
    actor: SessionUser,
    *,
    phone: str = "",
    id_code: str = "",
    full_name: str = "",
    exclude: uuid.UUID | None = None,
    now: datetime | None = None,
) -> list[PersonMatch]:
    """Persons already in the store whose phone, ID code or full name equals what is being typed.

    Incomplete or invalid values match nothing (no guessing while the counsellor is still typing). Callers the
    actor may not see come back restricted; their cases are left out, as are cases of a visible caller that the
    actor may not see.
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
    visible = access.person_condition(uow, actor, now)
    if visible is not None:
        seen = set(uow.session.scalars(sa.select(Person.id).where(Person.id.in_(ids), visible)))
        for hidden in set(ids) - seen:
            found[hidden] = PersonMatch(hidden, None, None, None, found[hidden].matched_on, restricted=True)
    for person_id, count, last in uow.session.execute(
        sa.select(Contact.person_id, sa.func.count(), sa.func.max(Contact.started_at))
        .where(Contact.person_id.in_(ids))
        .group_by(Contact.person_id)
    ):
        if person_id is not None:
            found[person_id].contact_count = count
            found[person_id].last_contact_at = last
    lines: dict[uuid.UUID, list[Line]] = {}
    for whose, line in uow.session.execute(
        sa.select(Contact.person_id, Contact.line)
        .where(Contact.person_id.in_(ids))
        .group_by(Contact.person_id, Contact.line)
        .order_by(sa.func.max(Contact.started_at).desc())
    ):
        if whose is not None:
            lines.setdefault(whose, []).append(line)
    for whose, its_lines in lines.items():
        found[whose].lines = tuple(its_lines)
    for case in uow.session.scalars(sa.select(Case).where(Case.person_id.in_(ids)).order_by(Case.opened_at.desc())):
        owner = found.get(case.person_id) if case.person_id is not None else None
        if owner is not None and not owner.restricted and access.may_see_case(uow, actor, case, now):
            owner.cases.append(CaseRef(case.id, case.number))
    return sorted(found.values(), key=lambda m: (m.restricted, -len(m.matched_on), -(m.contact_count)))
