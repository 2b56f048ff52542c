"""The topic links' copy of their contact's start (``contact_topics.started_at``, migration 0012) always equals the
contact's ``started_at``, whoever writes, and the period's topic counts read from it are those of the old join."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from app.models import Contact, Topic, contact_topics
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts.editing import ContactInput, save_contact
from app.services.guard import retention
from app.store import search_index, topic_starts
from app.store.db import Store
from tests.conftest import make_user
from tests.services.statistics.test_figures import TALLINN, TOPICS, log, random_contacts, read

LATER = datetime(2040, 1, 1, tzinfo=UTC)


def mismatches(store: Store) -> list[tuple[object, object, object]]:
    """The links whose copy is not their contact's start (compared as the database stores them)."""
    with store.unit_of_work() as uow:
        query = sa.select(contact_topics.c.contact_id, contact_topics.c.started_at, Contact.started_at).join(
            Contact, Contact.id == contact_topics.c.contact_id
        )
        rows = uow.session.execute(query).all()
    assert rows, "no topic links to check"
    return [(contact, copy, start) for contact, copy, start in rows if copy != start]


def topics_by_join(store: Store, since: date, until: date) -> dict[str, int]:
    """The topic counts as they were counted before the copy: the links joined to the period's contacts."""
    begin = datetime.combine(since, datetime.min.time(), TALLINN).astimezone(UTC)
    end = datetime.combine(until + timedelta(days=1), datetime.min.time(), TALLINN).astimezone(UTC)
    with store.unit_of_work() as uow:
        query = (
            sa.select(Topic.code, sa.func.count())
            .select_from(contact_topics)
            .join(Contact, Contact.id == contact_topics.c.contact_id)
            .join(Topic, Topic.id == contact_topics.c.topic_id)
            .where(Contact.started_at >= begin, Contact.started_at < end)
            .group_by(Topic.code)
        )
        return {str(code): int(count) for code, count in uow.session.execute(query)}


def edit(
    store: Store,
    user: SessionUser,
    contact_id: uuid.UUID,
    *,
    moved: timedelta = timedelta(),
    topics: list[str] | None = None,
) -> None:
    """Save the contact again as the form would: its start and end ``moved``, its topics replaced by ``topics``."""
    with store.unit_of_work() as uow:
        contact = uow.session.get_one(Contact, contact_id)
        assert contact.ended_at is not None
        data = ContactInput(
            started_at=contact.started_at + moved,
            ended_at=contact.ended_at + moved,
            line=contact.line,
            channel=contact.channel,
            direction=contact.direction,
            language=contact.language,
            caller_type=contact.caller_type,
            identified=contact.person_id is not None,
            person_id=contact.person_id,
            full_name="Kadri Mägi" if contact.person_id is not None else "",
            phone="5550 1234" if contact.person_id is not None else "",
            topics=[topic.code for topic in contact.topics] if topics is None else topics,
            summary=contact.summary,
        )
        version, now = contact.version, contact.ended_at + moved + timedelta(minutes=5)
        save_contact(uow, user, data, contact_id=contact_id, expected_version=version, now=now)


def counselling_ids(store: Store) -> list[uuid.UUID]:
    with store.unit_of_work() as uow:
        query = sa.select(Contact.id).where(Contact.kind == "counselling").order_by(Contact.started_at)
        return list(uow.session.scalars(query))


def test_the_copy_follows_saves_edits_topic_changes_and_anonymisation(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    lead = make_user(any_store, Role.SHIFT_LEAD, "tiina")
    since, until = date(2026, 3, 1), date(2026, 3, 31)
    rng = random.Random(13)
    for contact in random_contacts(rng, 40, since - timedelta(days=10), 50):
        log(any_store, mari, contact)
    assert mismatches(any_store) == []
    assert read(any_store, lead, since, until).by_topic == topics_by_join(any_store, since, until)

    ids = counselling_ids(any_store)
    # Edits that move the start across the period's ends, and one that moves it and changes the topics too.
    for contact_id, days in zip(ids[:6], (40, -40, 15, -3, 60, -25), strict=True):
        edit(any_store, mari, contact_id, moved=timedelta(days=days))
    edit(any_store, mari, ids[6], moved=timedelta(days=-20, hours=5), topics=list(TOPICS))
    # Topics added and removed without moving the start.
    for contact_id in ids[7:12]:
        edit(any_store, mari, contact_id, topics=rng.sample(TOPICS, rng.randint(1, 3)))
    assert mismatches(any_store) == []
    assert read(any_store, lead, since, until).by_topic == topics_by_join(any_store, since, until)

    with any_store.unit_of_work() as uow:
        outcome = retention.anonymise(uow, None, now=LATER)
        uow.commit()
    assert outcome.persons > 0
    assert mismatches(any_store) == []
    stats = read(any_store, lead, since, until)
    assert stats.by_topic == topics_by_join(any_store, since, until)
    assert sum(stats.by_topic.values()) > 0


def test_a_link_written_with_another_start_gets_its_contacts(any_store: Store) -> None:
    """Raw inserts and updates (an older program, a script) cannot leave a wrong copy: the database corrects it."""
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    for contact in random_contacts(random.Random(3), 12, date(2026, 3, 1), 20):
        contact.topics = contact.topics or [TOPICS[0]]
        log(any_store, mari, contact)
    contact_id = counselling_ids(any_store)[0]
    with any_store.unit_of_work() as uow:
        topic_ids = dict(uow.session.execute(sa.select(Topic.code, Topic.id)).all())
        uow.session.execute(sa.delete(contact_topics).where(contact_topics.c.contact_id == contact_id))
        uow.session.execute(
            sa.insert(contact_topics),
            [
                {"contact_id": contact_id, "topic_id": topic_ids[TOPICS[0]]},  # no copy given
                {"contact_id": contact_id, "topic_id": topic_ids[TOPICS[1]], "started_at": LATER},  # a wrong one
            ],
        )
        uow.commit()
    assert mismatches(any_store) == []

    with any_store.unit_of_work() as uow:
        uow.session.execute(sa.update(contact_topics).values(started_at=LATER))
        uow.session.execute(  # a contact whose start changes outside the program's save
            sa.update(Contact).where(Contact.id == contact_id).values(started_at=datetime(2026, 2, 1, tzinfo=UTC))
        )
        uow.commit()
    assert mismatches(any_store) == []
    with any_store.unit_of_work() as uow:
        copies = uow.session.scalars(
            sa.select(contact_topics.c.started_at).where(contact_topics.c.contact_id == contact_id)
        ).all()
    assert copies == [datetime(2026, 2, 1, tzinfo=UTC)] * 2


def test_topic_counts_equal_the_old_join_over_many_periods(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    lead = make_user(any_store, Role.SHIFT_LEAD, "tiina")
    contacts = random_contacts(random.Random(29), 80, date(2025, 12, 20), 120)
    for contact in contacts:
        log(any_store, mari, contact)
    for since, until in (
        (date(2026, 1, 1), date(2026, 1, 31)),
        (date(2026, 3, 29), date(2026, 3, 29)),  # the night the clocks change
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 12, 31)),
    ):
        expected = topics_by_join(any_store, since, until)
        assert read(any_store, lead, since, until).by_topic == expected
    in_2026 = Counter(topic for c in contacts if c.local.year == 2026 and c.kind == "counselling" for topic in c.topics)
    assert read(any_store, lead, date(2026, 1, 1), date(2026, 12, 31)).by_topic == dict(in_2026)


def test_a_batch_migration_copying_contacts_or_links_keeps_the_copy(store: Store) -> None:
    """A later migration that copies ``contacts`` or ``contact_topics`` (Alembic's batch mode on SQLite) inside
    ``topic_starts.lifted`` goes through, and leaves migration 0012's triggers as they were, still at work."""
    mari = make_user(store, Role.COUNSELLOR, "mari")
    for contact in random_contacts(random.Random(5), 12, date(2026, 3, 1), 20):
        contact.topics = contact.topics or [TOPICS[0]]
        log(store, mari, contact)
    triggers = sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN :names").bindparams(
        sa.bindparam("names", expanding=True)
    )
    with store.engine.begin() as connection:
        before = connection.execute(triggers, {"names": list(topic_starts.TRIGGER_NAMES)}).all()
        operations = Operations(MigrationContext.configure(connection, opts={"render_as_batch": True}))
        for table in ("contacts", "contact_topics"):
            with topic_starts.lifted(connection), operations.batch_alter_table(table, recreate="always") as batch:
                batch.add_column(sa.Column("scratch", sa.Integer()))
        search_index.rebuild(connection)
        after = connection.execute(triggers, {"names": list(topic_starts.TRIGGER_NAMES)}).all()
    assert len(before) == 3
    assert sorted(after) == sorted(before)

    contact_id = counselling_ids(store)[0]
    edit(store, mari, contact_id, moved=timedelta(days=-30), topics=list(TOPICS))
    assert mismatches(store) == []
