"""A record changed on this workstation and on another before either synced: the person chooses field by field, in the
conflict dialog that a save meeting a change made meanwhile opens (``app.services.conflicts``), and nothing is
overwritten without them seeing it (docs/team.md, "No silent overwrite").

The sync (``app.store.sync.engine.push``) finds the conflict: its versioned update matched no row on the server, so
it keeps the server's row beside the local one (``sync_conflicts``) and sends nothing more until it is resolved.

**A contact** goes through the contact form's own path (``app.services.contacts.conflict``): :func:`open_contact`
makes the :class:`ContactConflict` the form shows, *mine* being the contact as it is here, *theirs* the server's, and
*base* the contact as it was here before the first change still waiting (kept by the outbox); :func:`save_contact`
takes the server's row as the stored version here and saves the person's choices on top of it, as the form's own
save of choices does, in one transaction. The push then sends the choices based on the server's version.

**Any other record** (a person, a provider, a decision, a review) is compared column by column: :func:`differences`
for the same dialog, :func:`save_record` for the choices.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import sqlalchemy as sa

from app.errors import NotAllowed, StaleRecord
from app.models import ChangeRecord, Contact, User
from app.services import conflicts
from app.services.actor import SessionUser, may_change
from app.services.conflicts import Difference, Side
from app.services.contacts import conflict as contact_conflict
from app.services.contacts import fields
from app.services.contacts.contact_view import load_contact
from app.services.contacts.editing import ContactInput, SavedContact
from app.store.db import UnitOfWork
from app.store.sync import engine as sync
from app.store.sync import local, tables

# The contact row's columns the form shows, as ContactInput's fields (the person's own are the person's record).
_CONTACT_FIELDS = (
    "started_at", "line", "channel", "direction", "kind", "ended_at", "language", "caller_type", "person_id",
    "case_id", "summary", "callback_due_at", "handled_by_id",
)  # fmt: skip
# Columns the program keeps for itself: never offered as a choice.
_BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "caller_hash", "wrapup_seconds"})


def pending(uow: UnitOfWork) -> list[sync.Conflict]:
    """The conflicts waiting here, oldest first (none on a workstation of its own)."""
    connection = uow.session.connection()
    if connection.dialect.name != "sqlite" or not local.installed(connection):
        return []
    return sync.conflicts_in(connection)


def _with_row(data: ContactInput, row: Mapping[str, Any]) -> ContactInput:
    changed: dict[str, Any] = {name: row[name] for name in _CONTACT_FIELDS if name in row}
    if "callback_done_at" in row:
        changed["callback_done"] = row["callback_done_at"] is not None
    if "person_id" in row:
        changed["identified"] = row["person_id"] is not None or data.identified
    return replace(data, **changed)


def open_contact(uow: UnitOfWork, actor: SessionUser, found: sync.Conflict) -> contact_conflict.ContactConflict:
    """The conflict of a contact, as the contact form shows one (see the module's text)."""
    contact_id = uuid.UUID(str(found.key[0]))
    mine = load_contact(uow, actor, contact_id, screen="conflict")
    base = _with_row(mine.data, found.base_row) if found.base_row else mine.data
    who = uow.session.scalar(
        sa.select(User.full_name)
        .join(ChangeRecord, ChangeRecord.changed_by_id == User.id)
        .where(ChangeRecord.entity_id == contact_id, ChangeRecord.changed_by_id != actor.id)
        .order_by(ChangeRecord.changed_at.desc())
        .limit(1)
    )
    theirs = replace(
        mine,
        version=int(found.server_row["version"]),
        data=_with_row(mine.data, found.server_row),
        changed_by_name=who,
    )
    return contact_conflict.ContactConflict(
        base, mine.data, theirs, conflicts.differences(base, mine.data, theirs.data, fields.COMPARED)
    )


def save_contact(
    uow: UnitOfWork,
    actor: SessionUser,
    found: sync.Conflict,
    opened: contact_conflict.ContactConflict,
    choices: Mapping[str, Side],
) -> SavedContact:
    """The person's choices for a contact in conflict, saved here against the server's version (commits)."""
    contact = uow.session.get(Contact, uuid.UUID(str(found.key[0])))
    if contact is None:
        raise StaleRecord("the contact no longer exists")
    if not may_change(actor, contact):  # before anything is written: a refusal leaves the store as it was
        raise NotAllowed("only the contact's counsellor, shift leads and administrators change it")
    uow.session.expunge(contact)  # the save reads it again, as the server's version adopted below
    sync.adopt_server_row(uow.session.connection(), found)
    return contact_conflict.save_choices(uow, actor, opened, choices)


def differences(found: sync.Conflict, mine: Mapping[str, Any]) -> list[Difference]:
    """Any other record's conflict, column by column: ``mine`` is the record here."""
    base = found.base_row or dict(mine)
    shown = [name for name in found.server_row if name not in _BOOKKEEPING and name in mine]
    return [
        Difference(
            name,
            mine[name],
            found.server_row[name],
            Side.MINE if base.get(name) != mine[name] or base.get(name) == found.server_row[name] else Side.THEIRS,
            base.get(name) != mine[name] and base.get(name) != found.server_row[name],
        )
        for name in shown
        if mine[name] != found.server_row[name]
    ]


def record_here(uow: UnitOfWork, found: sync.Conflict) -> dict[str, Any]:
    """The record in conflict as it is here."""
    table = tables.table(found.table)
    row = uow.session.connection().execute(sa.select(table).where(sync.key_clause(table, found.key))).first()
    if row is None:
        raise StaleRecord("the record is no longer here")
    return dict(row._mapping)


def save_record(uow: UnitOfWork, found: sync.Conflict, choices: Mapping[str, Side]) -> None:
    """The person's choices for any other record: theirs where chosen, mine elsewhere, based on the server's
    version (commits). It changes only this workstation's copy of a change already made here; whether it may be
    made is the server's to say when it is sent (a change it does not allow stops the queue with its refusal)."""
    mine = record_here(uow, found)
    chosen = {
        name: (found.server_row[name] if choices.get(name) is Side.THEIRS else value)
        for name, value in mine.items()
        if name not in _BOOKKEEPING
    }
    sync.resolve_in(uow.session.connection(), found, chosen)
    uow.commit()
