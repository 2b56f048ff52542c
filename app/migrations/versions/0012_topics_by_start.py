"""Topic links carry their contact's start (``contact_topics.started_at``), indexed with the topic, for the statistics.

A year's topic counts read the links of the year's contacts. Keyed by contact id, those links lie all over
``contact_topics``' index (a year's contacts are spread over all of it: 83 MB at 1,000,000 contacts, every page
decrypted on the encrypted store); by ``(started_at, topic_id)`` they are one range of about a tenth of it, which the
count reads without touching a contact (``app.services.statistics.figures._topics``).

The copy is kept by the database, so no writer can forget it (raw inserts, the ORM's relationship, the bench filler,
older code): on SQLite a link inserted (or moved) with another start than its contact's gets the contact's, and a
contact whose start changes moves its links' copies; on PostgreSQL a BEFORE trigger sets the link's copy and an AFTER
trigger on contacts moves it. A writer may pass the right value (``editing.save_contact`` does: SQLite then only
checks it). The trigger functions are not named ``helpline_…`` (``server upgrade`` drops unknown ones of that name).

A later migration that copies ``contact_topics`` or ``contacts`` in SQLite's batch mode runs the batch inside
``app.store.topic_starts.lifted`` (SQLite refuses the copy's rename while these triggers name the dropped table; it
makes them again after). That module holds the same statements: change both together.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEX = "ix_contact_topics_started_at"

_CONTACTS_START = "(SELECT started_at FROM contacts WHERE id = NEW.contact_id)"
SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER contact_topics_started_at_ai AFTER INSERT ON contact_topics
    WHEN NEW.started_at IS NOT {_CONTACTS_START} BEGIN
        UPDATE contact_topics SET started_at = {_CONTACTS_START}
        WHERE contact_id = NEW.contact_id AND topic_id = NEW.topic_id;
    END""",
    f"""CREATE TRIGGER contact_topics_started_at_au AFTER UPDATE OF contact_id, started_at ON contact_topics
    WHEN NEW.started_at IS NOT {_CONTACTS_START} BEGIN
        UPDATE contact_topics SET started_at = {_CONTACTS_START}
        WHERE contact_id = NEW.contact_id AND topic_id = NEW.topic_id;
    END""",
    """CREATE TRIGGER contacts_started_at_to_topics AFTER UPDATE OF started_at ON contacts
    WHEN NEW.started_at IS NOT OLD.started_at BEGIN
        UPDATE contact_topics SET started_at = NEW.started_at WHERE contact_id = NEW.id;
    END""",
)
POSTGRESQL_TRIGGERS = (
    f"""CREATE FUNCTION contact_topics_started_at() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.started_at := {_CONTACTS_START};
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER contact_topics_started_at BEFORE INSERT OR UPDATE OF contact_id, started_at ON contact_topics
    FOR EACH ROW EXECUTE FUNCTION contact_topics_started_at()""",
    """CREATE FUNCTION contacts_started_at_to_topics() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE contact_topics SET started_at = NEW.started_at WHERE contact_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER contacts_started_at_to_topics AFTER UPDATE OF started_at ON contacts
    FOR EACH ROW WHEN (OLD.started_at IS DISTINCT FROM NEW.started_at)
    EXECUTE FUNCTION contacts_started_at_to_topics()""",
)


def upgrade() -> None:
    # A plain ALTER TABLE ADD COLUMN on both databases (no table copy); nullable, so SQLite's trigger can fill it.
    op.add_column("contact_topics", sa.Column("started_at", UTCDateTime(), nullable=True))
    # Both databases know UPDATE … FROM (SQLite since 3.33).
    op.execute(
        "UPDATE contact_topics SET started_at = contacts.started_at FROM contacts"
        " WHERE contacts.id = contact_topics.contact_id"
    )
    triggers = SQLITE_TRIGGERS if op.get_bind().dialect.name == "sqlite" else POSTGRESQL_TRIGGERS
    op.create_index(INDEX, "contact_topics", ["started_at", "topic_id"])
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("contacts_started_at_to_topics", "contact_topics_started_at_au", "contact_topics_started_at_ai"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS contacts_started_at_to_topics ON contacts")
        op.execute("DROP TRIGGER IF EXISTS contact_topics_started_at ON contact_topics")
        op.execute("DROP FUNCTION IF EXISTS contacts_started_at_to_topics()")
        op.execute("DROP FUNCTION IF EXISTS contact_topics_started_at()")
    op.drop_index(INDEX, table_name="contact_topics")
    op.drop_column("contact_topics", "started_at")
