"""Who may see which identified caller: the one visibility rule, and the audited access with a stated reason.

The rule: counsellors see anonymous contacts and the identified contacts they handled or entered; shift leads and
administrators see all. Everything else follows from it, so there is one rule and not one per screen:

- a **person** is visible to a counsellor when one of the person's contacts is (they served the caller), or while
  the counsellor holds an access grant for the person;
- a **case** is visible to a counsellor who took part in it (``app.services.contacts.cases.took_part``), or while they
  hold
  a grant for the case's person.

A counsellor who must see another counsellor's caller (the caller rings about their earlier case, the counsellor who
served them is away) asks for access and states why (:func:`grant_access`, "break-the-glass"). The grant is an entry
of its own kind in the audit trail (``access_override``), with the reason, so that shift leads see it in the audit
viewer, and it is the grant itself: it lasts :data:`GRANT_PERIOD` (a shift) from that moment and covers that one
person and their cases. A contact the counsellor saves for the person meanwhile is theirs for good (they served the
caller), as for any contact.

The reason must be readable where it is read, in the audit viewer and the audit export: it needs a letter or a digit,
and a format character (zero-width space, soft hyphen, a bidi override or isolate that turns the text round, a
byte-order mark) or a blank that is no space (U+2800, the Hangul fillers) refuses it (``access.reason_invisible``)
rather than being taken out silently: what the counsellor sees in the field is what the lead reads. Whitespace is
collapsed to single spaces, and the length limit counts the reason as stored.
"""

from __future__ import annotations

import unicodedata
import uuid
from datetime import datetime, timedelta

import sqlalchemy as sa

from app.errors import FieldErrors, NotAllowed, StaleRecord
from app.models import Case, Contact, Person
from app.models.audit import AuditEntry, AuditKind
from app.models.base import utcnow
from app.models.identity import free_text_reason
from app.services.actor import SessionUser, oversees
from app.services.contacts import cases
from app.services.guard import audit
from app.store.db import UnitOfWork

GRANT_PERIOD = timedelta(hours=12)  # one shift
REASON_MAX = 500
# Blanks that are letters or symbols to Unicode (so no whitespace) and show nothing: braille blank, Hangul fillers.
INVISIBLE_BLANKS = frozenset("\u2800\u115f\u1160\u3164\uffa0")


# The rule's parts take the ``user`` they judge (they are not services acting for one: the services call them).
def sees_everyone(user: SessionUser) -> bool:
    return oversees(user)


def contact_condition(user: SessionUser) -> sa.ColumnElement[bool] | None:
    """The rule as a query condition on ``Contact``; None: no limit (leads and administrators)."""
    if sees_everyone(user):
        return None
    return sa.or_(Contact.person_id.is_(None), Contact.handled_by_id == user.id, Contact.entered_by_id == user.id)


def may_open_contact(user: SessionUser, contact: Contact) -> bool:
    """The rule for one loaded contact (the same as :func:`contact_condition`)."""
    return sees_everyone(user) or contact.person_id is None or user.id in (contact.handled_by_id, contact.entered_by_id)


def granted_persons(uow: UnitOfWork, user: SessionUser, now: datetime | None = None) -> set[uuid.UUID]:
    """The persons the user holds a grant for at ``now`` (from the audit trail's access entries)."""
    now = now or utcnow()
    rows = uow.session.scalars(
        sa.select(AuditEntry.record_id).where(
            AuditEntry.kind == AuditKind.ACCESS_OVERRIDE,
            AuditEntry.user_id == user.id,
            AuditEntry.record_type == "person",
            AuditEntry.at > now - GRANT_PERIOD,
            AuditEntry.at <= now,
        )
    )
    return {uuid.UUID(value) for value in rows if value}


def person_condition(uow: UnitOfWork, user: SessionUser, now: datetime | None = None) -> sa.ColumnElement[bool] | None:
    """The persons the user may see, as a query condition on ``Person``; None: all of them."""
    contacts = contact_condition(user)
    if contacts is None:
        return None
    served = sa.exists(sa.select(Contact.id).where(Contact.person_id == Person.id, contacts))
    granted = granted_persons(uow, user, now)
    return sa.or_(served, Person.id.in_(granted)) if granted else served


def may_see_person(uow: UnitOfWork, user: SessionUser, person_id: uuid.UUID, now: datetime | None = None) -> bool:
    condition = person_condition(uow, user, now)
    if condition is None:
        return True
    return bool(uow.session.scalar(sa.select(sa.exists(sa.select(Person.id).where(Person.id == person_id, condition)))))


def may_see_case(uow: UnitOfWork, user: SessionUser, case: Case, now: datetime | None = None) -> bool:
    if sees_everyone(user) or cases.took_part(uow, user.id, case):
        return True
    return case.person_id is not None and case.person_id in granted_persons(uow, user, now)


def check_may_attach(
    uow: UnitOfWork,
    user: SessionUser,
    *,
    person_id: uuid.UUID | None,
    new_person: bool,
    case_id: uuid.UUID | None,
    current: tuple[uuid.UUID | None, uuid.UUID | None] = (None, None),
    now: datetime | None = None,
) -> None:
    """A contact may be tied to a person and a case only where the user may see them, and to a case only of its
    own person (``new_person``: the save makes a person; ``current``: the person and case the contact has now,
    which stay allowed). Raises :class:`NotAllowed` or :class:`FieldErrors` (``case``) before anything is written."""
    current_person, current_case = current
    if person_id is not None and person_id != current_person and not may_see_person(uow, user, person_id, now):
        raise NotAllowed("the caller was served by another counsellor", reason="person.not_visible")
    if case_id is None or (case_id == current_case and person_id == current_person and not new_person):
        return
    case = uow.session.get(Case, case_id)
    if case is None:
        raise FieldErrors({"case": "case.missing"})
    if case_id != current_case and not may_see_case(uow, user, case, now):
        raise NotAllowed("the case belongs to another counsellor's caller", reason="case.not_visible")
    if case.person_id is not None and (new_person or case.person_id != person_id):
        raise FieldErrors({"case": "case.other_person"})


def _reason_problem(typed: str, text: str) -> str | None:
    """Why a break-the-glass reason (``typed``, stored as ``text``) is refused, or None (see the module's text)."""
    if not text:
        return "access.reason_required"
    if free_text_reason(typed, len(typed)):
        return "text.control"
    if any(ch in INVISIBLE_BLANKS or unicodedata.category(ch) == "Cf" for ch in text):
        return "access.reason_invisible"
    if not any(unicodedata.category(ch)[0] in "LN" for ch in text):
        return "access.reason_required"
    if len(text) > REASON_MAX:
        return "text.too_long"
    return None


def grant_access(
    uow: UnitOfWork,
    actor: SessionUser,
    person_id: uuid.UUID,
    reason: str,
    *,
    screen: str = "contact",
    now: datetime | None = None,
) -> datetime:
    """Break-the-glass: the actor sees the person and their cases for :data:`GRANT_PERIOD`; returns when it ends.

    The reason is required; it is written into the audit trail with the access (committed here), so it must say
    why, not who (the form says so). Anyone may ask; for leads and administrators it only adds the record.
    """
    now = now or utcnow()
    text = " ".join(reason.split())
    problem = _reason_problem(reason, text)
    if problem:
        raise FieldErrors({"reason": problem})
    if uow.session.get(Person, person_id) is None:
        raise StaleRecord("the person no longer exists")
    until = now + GRANT_PERIOD
    audit.record(
        uow,
        AuditKind.ACCESS_OVERRIDE,
        actor=actor,
        record_type="person",
        record_id=person_id,
        screen=screen,
        details={"reason": text, "until": until.isoformat(timespec="minutes")},
        now=now,
    )
    uow.commit()
    return until
