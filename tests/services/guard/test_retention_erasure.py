"""Point 8 of issue 10: what retention removes is gone from every page of the store, not only from its rows.

The store file and its WAL are decrypted page by page with the store's key (tests/sqlcipher_pages.py), so deleted
cells, free pages, the full-text index's old segments and old page images in the WAL are all looked at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from app.models import Contact, Person
from app.models.drafts import DraftKind
from app.models.enums import Role
from app.services import drafts
from app.services.actor import SessionUser
from app.services.contacts import log
from app.services.contacts.editing import ContactInput, save_contact
from app.services.guard import retention
from app.store.db import Store
from tests.conftest import make_user, postgres_database
from tests.services.guard.test_retention import LATER, SAVED, backdate_everything, identified
from tests.sqlcipher_pages import decrypted_pages, pages_holding

# Words only the removed caller's records hold (their name, the words of their summaries and their edit), and the
# forms the word-search index keeps them in (lower case, diacritics removed).
REMOVED = [
    "Qwendolyn",
    "Xyloporras",
    "39912310174",
    "vombatipesa",
    "ylemistejärv",
    "ylemistejarv",
    "zorbakaru",
    "Jaaguarikoobas",  # only in an unsaved draft of the old contact
]
KEPT = ["Kuldnokkpesa"]  # a recent caller's summary word: proves the pages were decrypted at all


def _world(store: Store) -> tuple[SessionUser, SessionUser]:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    admin = make_user(store, Role.ADMINISTRATOR, "haldur")
    old = identified(store, mari, "Qwendolyn Xyloporras", "39912310174", "Vombatipesa juures Ylemistejärv.")
    with store.unit_of_work() as uow:  # an edit: the history holds the old summary, the page its old cell
        save_contact(
            uow,
            mari,
            ContactInput(
                started_at=SAVED,
                identified=True,
                full_name="Qwendolyn Xyloporras",
                id_code="39912310174",
                phone="5550 1234",
                summary="Vombatipesa juures Ylemistejärv. Zorbakaru helistab homme.",
                person_id=old.person_id,
                case_id=old.case_id,
                topics=["domestic_violence"],
            ),
            contact_id=old.id,
            expected_version=old.version,
            now=SAVED,
        )
    with store.unit_of_work() as uow:
        drafts.save_draft(uow, mari, DraftKind.CONTACT, {"summary": "Jaaguarikoobas " * 40}, record_id=old.id)
        uow.commit()
    backdate_everything(store)
    identified(store, mari, "Malle Mets", "49403136526", "Kuldnokkpesa.", callback_due_at=LATER)
    if store.dialect == "sqlite":
        with store.engine.connect() as connection:  # years pass: the program closed and reopened, the WAL written out
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return mari, admin


def test_after_retention_no_page_of_the_store_or_its_wal_holds_a_removed_word(store: Store) -> None:
    mari, admin = _world(store)
    assert store.key is not None
    path = Path(store.engine.url.database or "")
    with store.unit_of_work() as uow:  # as Administration → Security → Anonymise now does
        outcome = retention.anonymise(uow, admin)
        uow.commit()
    assert (outcome.cases, outcome.persons) == (1, 1)

    with store.unit_of_work() as uow:  # the rows are empty and the search finds nothing, as before
        assert uow.session.scalars(sa.select(Person.full_name).where(Person.full_name.is_not(None))).all() == [
            "Malle Mets"
        ]
        assert [row.summary for row in log.list_page(uow, mari, "vombatipesa")] == []
        assert [row.summary for row in log.list_page(uow, mari, "kuldnokkpesa")] == ["Kuldnokkpesa."]
    assert pages_holding(path, store.key.pragma_value, KEPT)
    assert pages_holding(path, store.key.pragma_value, REMOVED) == []


@pytest.mark.postgres
def test_on_postgresql_no_tuple_or_index_page_holds_a_removed_word() -> None:
    """PostgreSQL keeps old row versions (dead tuples) until VACUUM, and a GIN index keeps a word's key when no row
    has it any more. After retention neither does; what the pages' free space, the server's WAL and its backups
    still hold is the server administrator's (docs/decisions.md)."""
    with postgres_database() as url:
        store = Store.open(url)
        try:
            _mari, admin = _world(store)
            with store.unit_of_work() as uow:
                retention.anonymise(uow, admin)
                uow.commit()
            found = _postgres_pages_holding(store, REMOVED)
        finally:
            store.close()
    assert found == []


def _postgres_pages_holding(store: Store, words: list[str]) -> list[str]:
    """Every tuple (live or dead) of every table, and every page of every index, read with ``pageinspect``."""
    wanted = [word.lower().encode() for word in words]
    found = []
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pageinspect")
        relations = connection.exec_driver_sql(
            "SELECT c.oid::regclass::text, c.relkind, pg_relation_size(c.oid) / 8192 FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 't', 'i') "
            "AND (n.nspname = 'public' OR c.oid IN (SELECT reltoastrelid FROM pg_class))"
        ).all()
        for name, kind, blocks in relations:
            for block in range(blocks):
                if kind == "i":
                    page = connection.exec_driver_sql("SELECT get_raw_page(%s, %s)", (name, block)).scalar_one()
                    texts = [bytes(page)]
                else:
                    texts = [
                        bytes(data)
                        for (data,) in connection.exec_driver_sql(
                            "SELECT t_data FROM heap_page_items(get_raw_page(%s, %s))", (name, block)
                        )
                        if data is not None
                    ]
                found += [f"{name} block {block}" for text in texts for word in wanted if word in text.lower()]
    return found


def test_the_store_still_works_after_retention_erased_its_traces(store: Store) -> None:
    mari, admin = _world(store)
    with store.unit_of_work() as uow:
        retention.anonymise(uow, admin)
        uow.commit()
    with store.unit_of_work() as uow:
        save_contact(uow, mari, ContactInput(started_at=SAVED, summary="Tagasihelistamine: Pärnamägi."), now=SAVED)
        uow.commit()
    with store.unit_of_work() as uow:
        found = [row.summary for row in log.list_page(uow, mari, "pärnamägi")]
        kept = [row.summary for row in log.list_page(uow, mari, "kuldnokkpesa")]
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(Contact)) == 3
    assert found == ["Tagasihelistamine: Pärnamägi."]
    assert kept == ["Kuldnokkpesa."]
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
        for fts in ("contacts_fts", "persons_fts"):
            connection.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")


@pytest.mark.parametrize("where", ["main file", "WAL"])
def test_the_page_reader_sees_a_plain_word_where_it_was_written(store: Store, where: str) -> None:
    """The detector itself: a word written to the store is found, in the WAL before a checkpoint, in the file after."""
    assert store.key is not None
    path = Path(store.engine.url.database or "")
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        save_contact(uow, mari, ContactInput(started_at=SAVED, summary="Sinilillepeenar."), now=SAVED)
        uow.commit()
    if where == "main file":
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    holding = pages_holding(path, store.key.pragma_value, ["Sinilillepeenar"])
    assert holding
    assert all(("WAL" in found) == (where == "WAL") for found in holding)
    assert sum(1 for _ in decrypted_pages(path, store.key.pragma_value)) > 10
