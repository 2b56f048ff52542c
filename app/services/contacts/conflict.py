"""Saving a contact someone else saved meanwhile: the conflict, with both sides, and the user's choices saved.

:func:`save_opened` is the contact form's save. When the stored version moved on since the form opened (another
workstation saved it), it reads the stored contact and compares it, field by field, with the form's input
(``app.services.conflicts``): if nothing differs the input is saved on top of the stored version; otherwise nothing is
saved and :class:`ContactConflict` carries both sides and the differences, for the form to show. The user's
choices come back through :func:`save_choices`, saved against the version the user saw, so a third change in the
meantime is caught the same way. Both commit on success (through ``editing.save_contact``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import replace

from app.errors import StaleRecord
from app.services import conflicts
from app.services.actor import SessionUser
from app.services.conflicts import Difference, Side
from app.services.contacts import fields
from app.services.contacts.contact_view import OpenedContact, load_contact
from app.services.contacts.editing import ContactInput, SavedContact, save_contact
from app.store.db import UnitOfWork


class ContactConflict(StaleRecord):
    """The contact changed since the form opened and differs from the input: nothing was saved.

    ``base`` is what the form opened with, ``mine`` its input, ``theirs`` the contact as stored now (with who saved
    it), ``found`` the fields whose two values differ, each with the side suggested.
    """

    def __init__(self, base: ContactInput, mine: ContactInput, theirs: OpenedContact, found: list[Difference]) -> None:
        super().__init__("the contact was changed elsewhere")
        self.base, self.mine, self.theirs, self.found = base, mine, theirs, found

    @property
    def who(self) -> str:
        """Who saved the stored version."""
        return self.theirs.changed_by_name or self.theirs.entered_by_name


def save_opened(
    uow: UnitOfWork,
    actor: SessionUser,
    data: ContactInput,
    *,
    contact_id: uuid.UUID | None,
    expected_version: int | None,
    base: ContactInput | None,
) -> SavedContact:
    """Save the form's input; a contact changed meanwhile raises :class:`ContactConflict` (a new one cannot be)."""
    try:
        return save_contact(uow, actor, data, contact_id=contact_id, expected_version=expected_version)
    except StaleRecord:
        if contact_id is None:
            raise
    uow.session.rollback()
    theirs = load_contact(uow, actor, contact_id, screen="conflict")  # deleted, or no longer to be opened: raises
    found = conflicts.differences(base or theirs.data, data, theirs.data, fields.COMPARED)
    if found:
        raise ContactConflict(base or theirs.data, data, theirs, found)
    # They saved exactly what the form holds: save on top of their version.
    return save_opened(uow, actor, data, contact_id=contact_id, expected_version=theirs.version, base=base)


def merged(conflict: ContactConflict, choices: Mapping[str, Side]) -> ContactInput:
    """The input to save: the user's, with each field chosen as theirs taken from theirs (with what follows it), and
    the person's fields as the conflict showed them."""
    theirs = conflict.theirs.data
    chosen = conflicts.merge(conflict.mine, theirs, choices, fields.FOLLOWERS)
    return replace(chosen, person_seen=dict(theirs.person_seen))


def save_choices(
    uow: UnitOfWork, actor: SessionUser, conflict: ContactConflict, choices: Mapping[str, Side]
) -> SavedContact:
    """Save what the user chose field by field (:func:`merged`) against the version they saw; yet another change
    meanwhile raises :class:`ContactConflict` again."""
    return save_opened(
        uow,
        actor,
        merged(conflict, choices),
        contact_id=conflict.theirs.id,
        expected_version=conflict.theirs.version,
        base=conflict.base,
    )
