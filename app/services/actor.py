"""The acting user and the role rules every service and window asks: one predicate per question.

Three roles: a counsellor sees and changes only the contacts and decisions they took part in; a shift lead also sees
every caller, reviews the desk's contacts and reads the audit trail and the statistics; an administrator does all of
that and keeps the accounts, settings, registers and rates. The services call ``require_*`` before acting; a window
asks the same predicates to show or hide what the role may use (the services refuse anyway).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import NotAllowed
from app.models.enums import Role

if TYPE_CHECKING:
    from app.models import Contact, User


@dataclass(frozen=True)
class SessionUser:
    """Who is logged in; passed to every service call that acts for a user."""

    id: uuid.UUID
    username: str
    full_name: str
    role: Role

    @classmethod
    def of(cls, user: User) -> SessionUser:
        return cls(user.id, user.username, user.full_name, user.role)


def is_administrator(actor: SessionUser) -> bool:
    """Keeps the accounts, the settings, the registers and the rates."""
    return actor.role is Role.ADMINISTRATOR


def oversees(actor: SessionUser) -> bool:
    """A shift lead or an administrator: sees every caller and decision, the desk, the audit trail, the statistics."""
    return actor.role in (Role.SHIFT_LEAD, Role.ADMINISTRATOR)


def is_counsellor(actor: SessionUser) -> bool:
    """Sees and changes only what they took part in."""
    return actor.role is Role.COUNSELLOR


def took_part(actor: SessionUser, contact: Contact) -> bool:
    """The contact is the actor's own: they handled it or entered it."""
    return actor.id in (contact.handled_by_id, contact.entered_by_id)


def may_change(actor: SessionUser, contact: Contact) -> bool:
    """Anyone who oversees, or the counsellor the contact is theirs."""
    return not is_counsellor(actor) or took_part(actor, contact)


def require_administrator(actor: SessionUser, message: str) -> None:
    """:class:`NotAllowed` (with ``message`` for the log) unless the actor is an administrator."""
    if not is_administrator(actor):
        raise NotAllowed(message)


def require_oversight(actor: SessionUser, message: str) -> None:
    """:class:`NotAllowed` unless the actor is a shift lead or an administrator."""
    if not oversees(actor):
        raise NotAllowed(message)
