"""Maintenance of SQLite's FTS5 word-search tables (see migration 0002)."""

from __future__ import annotations

import sqlalchemy as sa

FTS_TABLES = ("contacts_fts", "persons_fts")


def rebuild(connection: sa.Connection) -> None:
    """Re-read every indexed text; needed after ``VACUUM`` or after a migration copies ``contacts``/``persons``."""
    if connection.dialect.name != "sqlite":
        return
    for fts in FTS_TABLES:
        connection.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
