"""Word search: FTS5 tables kept by triggers on SQLite, GIN text indexes on PostgreSQL.

SQLite's FTS5 tables use external content keyed by the ``rowid`` of ``contacts`` and ``persons``. Those rowids are not
stable across ``VACUUM`` or a batch-mode copy of the table, so anything that rebuilds those tables must call
``app.store.search_index.rebuild(connection)`` afterwards (docs/store.md).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (FTS table, content table, indexed column)
SQLITE_FTS = (("contacts_fts", "contacts", "summary"), ("persons_fts", "persons", "full_name"))


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for fts, table, column in SQLITE_FTS:
            op.execute(
                f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content='{table}', content_rowid='rowid', "
                "tokenize='unicode61 remove_diacritics 2')"
            )
            op.execute(
                f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {fts}(rowid, {column}) VALUES (new.rowid, new.{column}); END"
            )
            op.execute(
                f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.rowid, old.{column}); END"
            )
            op.execute(
                f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {column} ON {table} BEGIN "
                f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.rowid, old.{column}); "
                f"INSERT INTO {fts}(rowid, {column}) VALUES (new.rowid, new.{column}); END"
            )
            op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_contacts_summary_tsv ON contacts USING gin (to_tsvector('simple', summary))")
        op.execute(
            "CREATE INDEX ix_persons_full_name_tsv ON persons "
            "USING gin (to_tsvector('simple', coalesce(full_name, '')))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for fts, _table, _column in SQLITE_FTS:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_contacts_summary_tsv")
        op.execute("DROP INDEX IF EXISTS ix_persons_full_name_tsv")
