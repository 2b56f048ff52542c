"""Migration 0012's triggers under row security: a counsellor signed in to the team server saves a contact with
topics and moves its start; the links' copy of the start follows (the triggers run as the counsellor)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from app.models import Contact, contact_topics
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts import editing
from app.store.db import Store, create_store_engine
from tests.store.server.conftest import PASSWORD, TeamServer, name

pytestmark = pytest.mark.postgres


def test_a_counsellors_save_and_edit_keep_the_topic_links_start(team_server: TeamServer) -> None:
    url = sa.make_url(team_server.url).set(username=name("mari"), password=PASSWORD)
    store = Store(create_store_engine(url.render_as_string(hide_password=False)))
    mari = SessionUser(team_server.ids["mari"], name("mari"), "Mari", Role.COUNSELLOR)
    now = datetime.now(UTC).replace(microsecond=0)
    first = now - timedelta(days=3)
    try:
        with store.unit_of_work() as uow:
            data = editing.ContactInput(
                started_at=first, ended_at=first + timedelta(minutes=20), summary="a", topics=["domestic_violence"]
            )
            saved = editing.save_contact(uow, mari, data, now=first + timedelta(minutes=25))
        moved = first - timedelta(days=40)
        with store.unit_of_work() as uow:
            data = editing.ContactInput(
                started_at=moved,
                ended_at=moved + timedelta(minutes=20),
                summary="a",
                topics=["domestic_violence", "sexual_violence"],
            )
            editing.save_contact(uow, mari, data, contact_id=saved.id, expected_version=saved.version, now=now)
    finally:
        store.close()

    engine = sa.create_engine(team_server.url)  # the owner: every row
    try:
        with engine.connect() as connection:
            query = (
                sa.select(contact_topics.c.started_at, Contact.started_at)
                .join(Contact, Contact.id == contact_topics.c.contact_id)
                .where(Contact.id == saved.id)
            )
            rows = connection.execute(query).all()
    finally:
        engine.dispose()
    assert [copy for copy, _ in rows] == [moved, moved]
    assert all(copy == start for copy, start in rows)
