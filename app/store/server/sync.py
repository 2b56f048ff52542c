"""The server's side of the sync (docs/team.md, "What happens offline"): what ``server init`` and ``upgrade`` add so
that workstations can send their changes exactly once and take others' changes without ever skipping one.

- **Every shared table** (``app.store.sync.tables``) gets a column ``sync_xid xid8``, set by a trigger to the writing
  transaction's id on every insert and update (a workstation cannot set it), with an index. A workstation pulls the
  rows with ``cursor <= sync_xid < pg_snapshot_xmin(pg_current_snapshot())`` and its next cursor is that horizon: a
  transaction still running has an id at or above it, so its rows come with a later pull, however transactions
  commit. (A sequence number taken at write time would skip a row whose transaction commits after a later one's.)
- **A deleted row** leaves its key in ``helpline_tombstones`` (a SECURITY DEFINER trigger: no one writes there
  directly), with the deleting transaction's id, pulled the same way.
- **``helpline_applied_changes``**: the id of every change a workstation sent, inserted in the same server
  transaction as the change itself. A change sent again after an interruption is found there and only acknowledged:
  exactly once, whatever the moment of the interruption.
- **``helpline_workstations``**: each workstation's station code (unique: case and notice numbers carry it), its
  name, who was signed in and when it last sent and took changes; the administrator's view of the workstations.
- A statement-level trigger ``NOTIFY helpline_changes`` so that a listening workstation pulls at once.

The tables here are the server's own (no migration makes them: a local store has its own outbox instead), and their
row-level security rules are in :data:`TABLES`, applied with the program's.
"""

from __future__ import annotations

import sqlalchemy as sa

from app.store.server.policies import Rule, TableRules
from app.store.server.roles import ADMIN, COUNSELLOR, EVERYONE, OVERSEERS, OWNER
from app.store.sync import tables

CHANNEL = "helpline_changes"
_SELF = "username = session_user::text"
# The parts of a contact whose keys would say something of a contact the counsellor may not see (which topic it had).
_CONTACT_PARTS = ("contact_topics", "contact_risks", "contact_actions", "contact_consents")

TABLES: tuple[TableRules, ...] = (
    TableRules(
        "helpline_applied_changes",
        (Rule("SELECT", EVERYONE, _SELF), Rule("INSERT", EVERYONE, _SELF)),
    ),
    TableRules(
        "helpline_tombstones",
        (
            Rule("SELECT", OVERSEERS),
            Rule(
                "SELECT",
                (COUNSELLOR,),
                f"table_name NOT IN ({', '.join(repr(t) for t in _CONTACT_PARTS)})"
                " OR EXISTS (SELECT 1 FROM contacts c WHERE c.id::text = row_key->>0)",
            ),
        ),
    ),
    TableRules(
        "helpline_workstations",
        (
            Rule("SELECT", (ADMIN,)),
            Rule("SELECT", EVERYONE, _SELF),
            Rule("INSERT", EVERYONE, _SELF),
            Rule("UPDATE", (ADMIN,)),
            Rule("UPDATE", EVERYONE, _SELF),
        ),
    ),
)

_CREATE = (
    "CREATE TABLE IF NOT EXISTS helpline_applied_changes ("
    " change_id uuid PRIMARY KEY,"
    " username text NOT NULL DEFAULT session_user,"
    " applied_at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE IF NOT EXISTS helpline_tombstones ("
    " id bigserial PRIMARY KEY,"
    " table_name text NOT NULL,"
    " row_key jsonb NOT NULL,"
    " sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id())",
    "CREATE INDEX IF NOT EXISTS ix_helpline_tombstones_sync_xid ON helpline_tombstones (sync_xid)",
    "CREATE TABLE IF NOT EXISTS helpline_workstations ("
    " station_code text PRIMARY KEY,"
    " name text NOT NULL,"
    " username text NOT NULL,"
    " joined_at timestamptz NOT NULL DEFAULT now(),"
    " last_push_at timestamptz,"
    " last_pull_at timestamptz,"
    " waiting integer NOT NULL DEFAULT 0)",
)

FUNCTIONS = ("helpline_sync_mark", "helpline_sync_tombstone", "helpline_sync_notify")
_FUNCTIONS = (
    "CREATE OR REPLACE FUNCTION helpline_sync_mark() RETURNS trigger LANGUAGE plpgsql"
    " AS $fn$ BEGIN NEW.sync_xid := pg_current_xact_id(); RETURN NEW; END $fn$",
    # The key's columns are the trigger's arguments; owner's rights: the tombstones are written by no one else.
    "CREATE OR REPLACE FUNCTION helpline_sync_tombstone() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = public, pg_temp AS $fn$"
    " DECLARE old_row jsonb := to_jsonb(OLD); row_key jsonb := '[]'::jsonb; i integer;"
    " BEGIN"
    "  FOR i IN 0 .. TG_NARGS - 1 LOOP row_key := row_key || jsonb_build_array(old_row -> TG_ARGV[i]); END LOOP;"
    "  INSERT INTO helpline_tombstones (table_name, row_key) VALUES (TG_TABLE_NAME, row_key);"
    "  RETURN OLD;"
    " END $fn$",
    f"CREATE OR REPLACE FUNCTION helpline_sync_notify() RETURNS trigger LANGUAGE plpgsql"
    f" AS $fn$ BEGIN PERFORM pg_notify('{CHANNEL}', ''); RETURN NULL; END $fn$",
)


def _table_statements(table: sa.Table) -> list[str]:
    name = table.name
    keys = ", ".join(f"'{column.name}'" for column in tables.key_columns(table))
    return [
        f'ALTER TABLE "{name}" ADD COLUMN IF NOT EXISTS sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id()',
        f'CREATE INDEX IF NOT EXISTS "ix_{name}_sync_xid" ON "{name}" (sync_xid)',
        f'CREATE OR REPLACE TRIGGER helpline_sync_mark BEFORE INSERT OR UPDATE ON "{name}"'
        " FOR EACH ROW EXECUTE FUNCTION helpline_sync_mark()",
        f'CREATE OR REPLACE TRIGGER helpline_sync_tombstone AFTER DELETE ON "{name}"'
        f" FOR EACH ROW EXECUTE FUNCTION helpline_sync_tombstone({keys})",
        f'CREATE OR REPLACE TRIGGER helpline_sync_notify AFTER INSERT OR UPDATE OR DELETE ON "{name}"'
        " FOR EACH STATEMENT EXECUTE FUNCTION helpline_sync_notify()",
    ]


def prepare(connection: sa.Connection) -> None:
    """The sync's tables, columns, indexes and triggers, where missing (before the grants and policies are made,
    which then cover them)."""
    for statement in (*_CREATE, *_FUNCTIONS):
        connection.exec_driver_sql(statement)
    for name in ("helpline_applied_changes", "helpline_tombstones", "helpline_workstations"):
        connection.exec_driver_sql(f"ALTER TABLE {name} OWNER TO {OWNER}")
    for function in FUNCTIONS:
        connection.exec_driver_sql(f"ALTER FUNCTION {function}() OWNER TO {OWNER}")
    for table in tables.shared():
        for statement in _table_statements(table):
            connection.exec_driver_sql(statement)
