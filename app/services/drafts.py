"""Drafts of open forms: saved while the user types, offered again after a crash, removed on save or discard.

A draft holds the form's raw input (what the widgets show, valid or not), as JSON, in the store: encrypted like the
records themselves, never in a plain file. Each user sees and removes only their own drafts; nobody else, not even
an administrator, reads a colleague's unsaved typing. Drafts are not in the audit trail: they are the user's own
input on its way to a record, and the record's save is audited.

Saving a draft is one UPDATE (or the first INSERT) and a commit, so it stays well under the 5 ms a typist could feel
(``bench/drafts.py``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from app.errors import NotAllowed
from app.models import Contact
from app.models.base import utcnow
from app.models.drafts import Draft, DraftKind
from app.services.actor import SessionUser
from app.store.db import UnitOfWork

DRAFT_WAIT_MS = 250  # how long a draft waits for another program's write lock before the save is retried later
MAX_PAYLOAD_CHARS = 2_000_000  # far beyond any form; a runaway payload must not fill the disk twice a second


@dataclass(frozen=True)
class DraftView:
    id: uuid.UUID
    kind: DraftKind
    record_id: uuid.UUID | None
    payload: dict[str, Any]
    updated_at: datetime


def save_draft(
    uow: UnitOfWork,
    actor: SessionUser,
    kind: DraftKind,
    payload: dict[str, Any],
    *,
    draft_id: uuid.UUID | None = None,
    record_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> uuid.UUID:
    """Write the form's input as the actor's draft ``draft_id`` (replacing what it held), or as a new draft.

    Returns the draft's id, which the form keeps for its next save. Another user's draft id is refused. A failure
    (the store locked, the disk full) raises the store's known error and leaves the previous draft as it was.
    """
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_PAYLOAD_CHARS:
        raise ValueError("a draft this large is not a form's input")
    at = now or utcnow()
    with _short_wait(uow):
        return _write(uow, actor, kind, text, draft_id, record_id, at)


def _write(
    uow: UnitOfWork,
    actor: SessionUser,
    kind: DraftKind,
    text: str,
    draft_id: uuid.UUID | None,
    record_id: uuid.UUID | None,
    at: datetime,
) -> uuid.UUID:
    if draft_id is not None:
        updated = uow.session.execute(
            sa.update(Draft)
            .where(Draft.id == draft_id, Draft.user_id == actor.id)
            .values(kind=kind, record_id=record_id, payload=text, updated_at=at)
            .execution_options(synchronize_session=False)
        )
        if getattr(updated, "rowcount", 0):
            uow.commit()
            return draft_id
        if uow.session.get(Draft, draft_id) is not None:
            raise NotAllowed("another user's draft")
    draft = Draft(id=draft_id or uuid.uuid4(), user_id=actor.id, kind=kind, record_id=record_id, payload=text)
    draft.updated_at = at
    uow.session.add(draft)
    uow.commit()
    return draft.id


def my_drafts(uow: UnitOfWork, actor: SessionUser) -> list[DraftView]:
    """The actor's unfinished drafts, oldest first (the order the forms were left in)."""
    found = uow.session.scalars(
        sa.select(Draft).where(Draft.user_id == actor.id).order_by(Draft.updated_at, Draft.id)
    ).all()
    return [DraftView(d.id, d.kind, d.record_id, _payload(d.payload), d.updated_at) for d in found]


def discard_draft(uow: UnitOfWork, actor: SessionUser, draft_id: uuid.UUID) -> bool:
    """Remove the actor's draft (after the record is saved, or the user chose to discard it). Removing a draft
    that is gone, or is not the actor's, changes nothing and returns False."""
    removed = uow.session.execute(
        sa.delete(Draft)
        .where(Draft.id == draft_id, Draft.user_id == actor.id)
        .execution_options(synchronize_session=False)
    )
    uow.commit()
    return bool(getattr(removed, "rowcount", 0))


def unfinished_drafts(uow: UnitOfWork, actor: SessionUser) -> list[DraftView]:
    """The actor's drafts to offer after log-in (:func:`my_drafts`), without those whose contact was saved after all
    (:func:`saved_meanwhile`), which are discarded here. Commits."""
    views = my_drafts(uow, actor)
    saved = saved_meanwhile(uow, actor.id, views)
    for draft_id in saved:
        discard_draft(uow, actor, draft_id)
    uow.commit()
    return [view for view in views if view.id not in saved]


def discard_drafts(uow: UnitOfWork, actor: SessionUser, draft_ids: list[uuid.UUID]) -> None:
    """Remove these drafts of the actor's (the user chose to discard them all). Commits."""
    for draft_id in draft_ids:
        discard_draft(uow, actor, draft_id)
    uow.commit()


def saved_meanwhile(uow: UnitOfWork, user_id: uuid.UUID, views: list[DraftView]) -> list[uuid.UUID]:
    """New-contact drafts whose contact was saved after all: a kill between a contact's save and its draft's
    removal (two transactions) leaves such a draft, and continuing it would log the contact twice.

    A draft counts as saved when the same user entered a contact with the same start and the same summary. Only
    the user's own contacts are read.
    """
    found: list[uuid.UUID] = []
    for view in views:
        if view.kind is not DraftKind.CONTACT or view.record_id is not None:
            continue
        try:  # the form saves the start field's moment, or the exact moment it opened if the field was untouched
            moments = [datetime.fromisoformat(str(view.payload.get(key))) for key in ("started_at", "opened_at")]
        except ValueError:
            continue
        twin = uow.session.execute(
            sa.select(Contact.id)
            .where(
                Contact.entered_by_id == user_id,
                Contact.started_at.in_(moments),
                Contact.summary == str(view.payload.get("summary", "")),
            )
            .limit(1)
        ).first()
        if twin is not None:
            found.append(view.id)
    return found


@contextmanager
def _short_wait(uow: UnitOfWork) -> Iterator[None]:
    """On SQLite a draft waits at most ``DRAFT_WAIT_MS`` for another program's write lock, not the store's busy
    timeout: the save runs on the GUI thread while the user types, and a failed one is simply tried again."""
    if uow.session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = uow.session.connection()
    usual = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {DRAFT_WAIT_MS}")
    try:
        yield
    finally:
        uow.session.rollback()  # after a failure the session is unusable until rolled back; after a commit a no-op
        uow.session.connection().exec_driver_sql(f"PRAGMA busy_timeout = {int(usual or 0)}")


def _payload(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
