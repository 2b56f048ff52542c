"""Upgrading a store: what an older program version wrote is still there, and still found, after the migrations."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine

from app.models import Base, contact_topics
from app.models.base import UTCDateTime
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts import contact_view, log
from app.services.guard.auth import hash_password
from app.store import search_index
from app.store.db import Store, create_store_engine, current_revision, head_revision, migrate
from tests.conftest import postgres_database

FIRST_REVISION = "0001"
STARTED = datetime(2025, 3, 14, 23, 40, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def old_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a store whose schema stops at the first revision."""
    if request.param == "sqlite":
        engine = create_store_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
        migrate(engine, FIRST_REVISION)
        yield engine
        engine.dispose()
    else:
        with postgres_database() as url:
            engine = create_store_engine(url)
            migrate(engine, FIRST_REVISION)
            yield engine
            engine.dispose()


def _insert(connection: sa.Connection, table: str, row: dict[str, object]) -> None:
    """Plain SQL, as the first program version would have written it; typed binds only for UUIDs and timestamps."""
    types: dict[str, sa.types.TypeEngine[Any]] = {}
    for name, value in row.items():
        if isinstance(value, uuid.UUID):
            types[name] = sa.Uuid()
        elif isinstance(value, datetime):
            types[name] = UTCDateTime()
    statement = sa.text(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + name for name in row)})"
    ).bindparams(*(sa.bindparam(name, type_=type_) for name, type_ in types.items()))
    connection.execute(statement, row)


def _fill_first_version(engine: Engine) -> tuple[SessionUser, uuid.UUID]:
    user_id, person_id, contact_id, other_id = (uuid.uuid4() for _ in range(4))
    with engine.begin() as connection:
        _insert(
            connection,
            "users",
            {
                "id": user_id,
                "username": "mari",
                "full_name": "Mari Maasikas",
                "role": "counsellor",
                "password_hash": hash_password("correct horse battery"),
                "active": True,
                "created_at": STARTED,
                "updated_at": STARTED,
            },
        )
        _insert(
            connection,
            "persons",
            {
                "id": person_id,
                "full_name": "Jüri Õunapuu-Šarõgina",
                "id_code": "37605030299",
                "phone_e164": "+37251234567",
                "version": 1,
                "created_at": STARTED,
                "updated_at": STARTED,
            },
        )
        for row_id, started, person, summary in (
            (contact_id, STARTED, person_id, "Naaber kuulis öösel karjumist; lähisuhtevägivald, politsei teavitatud."),
            (other_id, STARTED + timedelta(hours=1), None, "Infopäring ohvriabi vastuvõtuaegade kohta."),
        ):
            _insert(
                connection,
                "contacts",
                {
                    "id": row_id,
                    "kind": "counselling",
                    "line": "116006",
                    "channel": "phone",
                    "direction": "incoming",
                    "language": "et",
                    "started_at": started,
                    "ended_at": started + timedelta(minutes=25),
                    "person_id": person,
                    "summary": summary,
                    "handled_by_id": user_id,
                    "entered_by_id": user_id,
                    "version": 1,
                    "created_at": started,
                    "updated_at": started,
                },
            )
        topic_id = connection.execute(sa.text("SELECT id FROM topics WHERE code = 'domestic_violence'")).scalar_one()
        connection.execute(
            sa.text("INSERT INTO contact_topics (contact_id, topic_id) VALUES (:contact_id, :topic_id)").bindparams(
                sa.bindparam("contact_id", type_=sa.Uuid())
            ),
            {"contact_id": contact_id, "topic_id": topic_id},
        )
    return SessionUser(user_id, "mari", "Mari Maasikas", Role.COUNSELLOR), contact_id


def test_upgrade_keeps_data_and_makes_them_searchable(old_store: Engine) -> None:
    assert current_revision(old_store) == FIRST_REVISION
    mari, contact_id = _fill_first_version(old_store)

    migrate(old_store)

    assert current_revision(old_store) == head_revision()
    store = Store(old_store)
    with store.unit_of_work() as uow:
        assert [row.summary[:6] for row in log.list_page(uow, mari)] == ["Infopä", "Naaber"]
        (found,) = log.list_page(uow, mari, "karju")  # a word of the summary, as a prefix
        by_name = log.list_page(uow, mari, "õunapuu")
        opened = contact_view.load_contact(uow, mari, contact_id)
    assert found.id == contact_id
    assert found.person_name == "Jüri Õunapuu-Šarõgina"
    assert found.started_at == STARTED
    assert [row.id for row in by_name] == [contact_id]
    assert opened.data.topics == ["domestic_violence"]
    assert opened.data.id_code == "37605030299"
    with store.unit_of_work() as uow:  # 0012: the topic link carries its contact's start, for the statistics
        copies = uow.session.scalars(sa.select(contact_topics.c.started_at)).all()
    assert copies == [STARTED]


def test_downgrade_of_the_topic_start_copy_and_upgrade_again(any_store: Store) -> None:
    """0012 undone leaves no trigger that writes a dropped column; done again, it fills the copy afresh."""
    migrate(any_store.engine, "0011")
    migrate(any_store.engine)
    assert current_revision(any_store.engine) == head_revision()


def test_models_and_migrations_describe_the_same_schema(any_store: Store) -> None:
    """A model change without its migration (or the reverse) shows here, before a store in the field meets it."""
    with any_store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"render_as_batch": True, "include_name": search_index.include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
