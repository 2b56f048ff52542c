"""The contact's fields, described once: plain data, no Qt.

:data:`CONTACT_FIELDS` names every field of :class:`~app.services.contacts.editing.ContactInput`, in the form's
order, with what the services need to know of it: whether a conflict offers it on its own and which fields a value
taken from the other side brings along, the person's column an identity field fills, and the name its changes are
kept under in the contact's history. The conflict comparison (``app.services.conflicts``), the person's fields
(``editing.PERSON_INPUT``) and the history (``editing`` records, ``contact_view.contact_history`` reads) are all
derived from it; the contact form (``app.ui.contacts.form_fields``) adds its widgets on top, one per field.
Adding a field to the contact is: a column, a ``ContactInput`` attribute, a line here and a line in the form's table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class ContactField:
    """One field of ``ContactInput``.

    ``compared``: a conflict shows it field by field (False: it follows another, or the form never changes it).
    ``follows``: fields taken along when the user keeps the other side's value of this one, so the input stays whole.
    ``person``: an identity field, the :class:`~app.models.Person` column it fills (recorded in the person's history).
    ``history``: the contact's column whose changes the history keeps (None: not kept, or kept as the person's).
    """

    name: str
    compared: bool = True
    follows: tuple[str, ...] = ()
    person: str | None = None
    history: str | None = None


def _identity(name: str, column: str | None = None) -> ContactField:
    return ContactField(name, follows=("person_id",), person=column or name)


CONTACT_FIELDS: tuple[ContactField, ...] = (
    ContactField("line", history="line"),
    ContactField("channel", history="channel"),
    ContactField("direction", history="direction"),
    ContactField("language", history="language"),
    ContactField("caller_type", history="caller_type"),
    ContactField("handled_by_id", history="handled_by_id"),
    ContactField("started_at", follows=("ended_at",), history="started_at"),
    ContactField("identified", follows=("person_id",)),
    _identity("full_name"),
    _identity("id_code"),
    _identity("birth_date"),
    _identity("phone", "phone_e164"),
    _identity("email"),
    _identity("municipality"),
    ContactField("case_id", follows=("open_new_case",), history="case_id"),
    ContactField("topics", history="topics"),
    ContactField("risks"),
    ContactField("actions"),
    ContactField("consents"),
    ContactField("summary", history="summary"),
    ContactField("callback_due_at", history="callback_due_at"),
    ContactField("callback_done", history="callback_done_at"),
    # Not offered on their own: the form does not change the kind; the end follows the start, the person the
    # identity fields, a new case the case; the number is never shown back; what was shown of the person is a note.
    ContactField("kind", compared=False),
    ContactField("ended_at", compared=False, history="ended_at"),
    ContactField("person_id", compared=False, history="person_id"),
    ContactField("open_new_case", compared=False),
    ContactField("caller_number", compared=False),
    ContactField("person_seen", compared=False),
)
BY_NAME: Mapping[str, ContactField] = {field.name: field for field in CONTACT_FIELDS}

# What the conflict dialog offers, in the form's order, and what a value taken from the other side brings along.
COMPARED: tuple[str, ...] = tuple(field.name for field in CONTACT_FIELDS if field.compared)
FOLLOWERS: Mapping[str, tuple[str, ...]] = {field.name: field.follows for field in CONTACT_FIELDS if field.follows}
# The identity fields and the person's column each fills.
PERSON_INPUT: Mapping[str, str] = {field.name: field.person for field in CONTACT_FIELDS if field.person}
# The contact's columns whose changes the history keeps ("topics": the codes, joined).
HISTORY: tuple[str, ...] = tuple(field.history for field in CONTACT_FIELDS if field.history)


def history_name(entity: str, column: str) -> str | None:
    """The ``ContactInput`` field whose change a history row (``entity``, ``column``) records (None: none, e.g. the
    person's sex, which follows the ID code)."""
    for field in CONTACT_FIELDS:
        if (entity == "contact" and field.history == column) or (entity == "person" and field.person == column):
            return field.name
    return None
