"""Word search survives a migration that copies a searched table on SQLite (Alembic's batch mode)."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from app.services.actor import SessionUser
from app.services.contacts import log
from app.services.contacts.editing import ContactInput, save_contact
from app.store import search_index, topic_starts
from app.store.db import Store

NOW = datetime(2026, 11, 20, 22, 15, tzinfo=UTC)


def _save(store: Store, user: SessionUser, summary: str) -> None:
    with store.unit_of_work() as uow:
        save_contact(uow, user, ContactInput(started_at=NOW, summary=summary), now=NOW)


def _found(store: Store, user: SessionUser, word: str) -> list[str]:
    with store.unit_of_work() as uow:
        return [row.summary for row in log.list_page(uow, user, word)]


def test_search_works_after_a_batch_migration_copies_contacts(store: Store, counsellor: SessionUser) -> None:
    _save(store, counsellor, "Naabrimees ähvardas telefonis")
    with store.engine.begin() as connection:
        operations = Operations(MigrationContext.configure(connection, opts={"render_as_batch": True}))
        with topic_starts.lifted(connection), operations.batch_alter_table("contacts", recreate="always") as batch:
            batch.add_column(sa.Column("scratch", sa.Integer()))
        search_index.rebuild(connection)
    _save(store, counsellor, "Ähvardused jätkuvad, teine kõne")

    assert sorted(_found(store, counsellor, "ähvard")) == [
        "Naabrimees ähvardas telefonis",
        "Ähvardused jätkuvad, teine kõne",
    ]
    assert _found(store, counsellor, "naabrimees") == ["Naabrimees ähvardas telefonis"]
