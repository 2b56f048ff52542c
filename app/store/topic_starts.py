"""The topic links' copy of their contact's start (``contact_topics.started_at``, migration 0012) on SQLite: its
triggers, and how a migration that copies ``contacts`` or ``contact_topics`` keeps them.

The triggers of ``contact_topics`` read ``contacts`` (and the one of ``contacts`` writes ``contact_topics``). Alembic's
batch mode on SQLite copies a table (create a new one, copy the rows, drop the old, rename the new): once the old
table is dropped, SQLite's rename refuses to go on while a trigger names the missing table ("error in trigger …: no
such table: main.contacts"). A migration that copies either table therefore runs its batch inside :func:`lifted`,
which drops the triggers first and makes them again after, with every copy set right (as
``app.store.search_index.rebuild`` restores the word-search triggers). PostgreSQL needs none of this.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

_CONTACTS_START = "(SELECT started_at FROM contacts WHERE id = NEW.contact_id)"
# The same statements as migration 0012's, character for character (tests/services/statistics/test_topic_start_copy.py
# compares what SQLite keeps of them before and after lifted).
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
TRIGGER_NAMES = ("contact_topics_started_at_ai", "contact_topics_started_at_au", "contacts_started_at_to_topics")
_SET_RIGHT = (
    "UPDATE contact_topics SET started_at = contacts.started_at FROM contacts"
    " WHERE contacts.id = contact_topics.contact_id AND contact_topics.started_at IS NOT contacts.started_at"
)


@contextmanager
def lifted(connection: sa.Connection) -> Iterator[None]:
    """Within: no copy triggers (SQLite), so a batch migration may copy ``contacts`` or ``contact_topics``. After:
    the triggers again and every link's copy equal to its contact's start. Elsewhere nothing is done."""
    if connection.dialect.name != "sqlite":
        yield
        return
    for name in TRIGGER_NAMES:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    yield
    for statement in SQLITE_TRIGGERS:
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(_SET_RIGHT)
