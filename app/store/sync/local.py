"""The workstation's side of the sync in its own store: the outbox, the sync's state and the triggers that fill the
outbox.

**The outbox.** Every write to a shared table (``app.store.sync.tables``) appends, by an SQLite trigger in the same
transaction as the write itself, one row to ``sync_outbox``: a change id (random, 128 bits), the table, the record's
key (a JSON array of its primary key's stored values) and the version the change was based on (the row's ``version``
before an update or a delete, ``NULL`` for an insert). A write that is not committed leaves no outbox row; a committed
one always does, whatever code made it (the services' unit of work, retention's Core updates, a migration's copy).
The triggers carry no values: a push sends the record as it is at push time (:mod:`app.store.sync.engine`), so
three edits of one contact while offline travel as one.

**Rows that come from the server** are written by the sync with ``sync_state.applying`` set, which the triggers
test: they are not sent back.

Nothing here runs on a store that never joined a team: the tables and triggers are made by :func:`install` when a
workstation joins, and again at each start in team mode (``IF NOT EXISTS``: a migration that copies a table, as
Alembic's batch mode does on SQLite, drops its triggers, and the next start puts them back).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from enum import Enum

import sqlalchemy as sa

from app.store.sync import tables

# What a person's row says for its password where the server did not tell (it never does): no password matches it,
# so a person who has not yet signed in on this workstation while online cannot sign in on it offline.
NO_PASSWORD = "!team"
APPLYING = "applying"
CURSOR = "cursor"

_TABLES = (
    "CREATE TABLE IF NOT EXISTS sync_outbox ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " change_id TEXT NOT NULL UNIQUE,"
    " table_name TEXT NOT NULL,"
    " row_key TEXT NOT NULL,"
    " base_version INTEGER,"
    " base_row TEXT,"  # a versioned record's values before the change (JSON): the base of a conflict's comparison
    " made_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))",
    "CREATE INDEX IF NOT EXISTS ix_sync_outbox_record ON sync_outbox (table_name, row_key)",
    "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT)",
    # A record changed here and on the server since: the server's row waits for the person's choice.
    "CREATE TABLE IF NOT EXISTS sync_conflicts ("
    " table_name TEXT NOT NULL,"
    " row_key TEXT NOT NULL,"
    " server_row TEXT NOT NULL,"
    " server_version INTEGER,"
    " base_row TEXT,"
    " found_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),"
    " PRIMARY KEY (table_name, row_key))",
)

_NOT_APPLYING = f"(SELECT value FROM sync_state WHERE key = '{APPLYING}') IS NULL"


def _key(table: sa.Table, row: str) -> str:
    return "json_array(" + ", ".join(f"{row}.{column.name}" for column in tables.key_columns(table)) + ")"


def _triggers(table: sa.Table) -> list[str]:
    name = table.name
    versioned = name in tables.VERSIONED
    base = "OLD.version" if versioned else "NULL"
    change_id = "lower(hex(randomblob(16)))"

    before = (
        "json_object(" + ", ".join(f"'{column.name}', OLD.{column.name}" for column in table.columns) + ")"
        if versioned
        else "NULL"
    )

    def trigger(event: str, row: str, version: str, base_row: str = "NULL") -> str:
        return (
            f"CREATE TRIGGER IF NOT EXISTS sync_{name}_{event.lower()} AFTER {event} ON {name}"
            f" WHEN {_NOT_APPLYING} BEGIN"
            f" INSERT INTO sync_outbox (change_id, table_name, row_key, base_version, base_row)"
            f" VALUES ({change_id}, '{name}', {_key(table, row)}, {version}, {base_row}); END"
        )

    return [
        trigger("INSERT", "NEW", "NULL"),
        trigger("UPDATE", "NEW", base, before),
        trigger("DELETE", "OLD", base),
    ]


def install(connection: sa.Connection) -> None:
    """Make the outbox, the state and the triggers where they are missing (in the caller's transaction)."""
    for statement in _TABLES:
        connection.exec_driver_sql(statement)
    for table in tables.pushed():
        for statement in _triggers(table):
            connection.exec_driver_sql(statement)


def installed(connection: sa.Connection) -> bool:
    return bool(
        connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_outbox'").first()
    )


def get_state(connection: sa.Connection, key: str) -> str | None:
    value = connection.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (key,)).scalar()
    return None if value is None else str(value)


def set_state(connection: sa.Connection, key: str, value: str | None) -> None:
    if value is None:
        connection.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (key,))
    else:
        connection.exec_driver_sql(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def waiting(connection: sa.Connection) -> int:
    """How many changes made here are not on the server yet."""
    return int(connection.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar_one())


def conflicts(connection: sa.Connection) -> int:
    return int(connection.exec_driver_sql("SELECT count(*) FROM sync_conflicts").scalar_one())


def pending_records(connection: sa.Connection) -> set[tuple[str, tuple[object, ...]]]:
    """(table, key) of every record with a change waiting to be sent: the server's rows for these are not taken."""
    return {
        (str(table_name), tuple(json.loads(row_key)))
        for table_name, row_key in connection.exec_driver_sql("SELECT DISTINCT table_name, row_key FROM sync_outbox")
    }


def stored_key(values: Iterable[object]) -> tuple[object, ...]:
    """A key as the local store holds it (a UUID as 32 hexadecimal digits, a code as its text): how the outbox's
    ``row_key`` and a server row's key are compared."""
    return tuple(_stored(value) for value in values)


def _stored(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str):
        try:
            return uuid.UUID(value).hex if len(value) in (32, 36) else value
        except ValueError:
            return value
    return value
