"""Which tables a workstation shares with the team server, in the order rows must arrive (parents first).

Not shared: ``drafts`` (a draft is its user's alone and only a crash's safety net), ``counters`` and
``store_settings`` (a workstation's own case and notice sequences and its station code: numbers stay unique across the
team because every workstation has its own station code, registered on the server when it joins), the audit trail
(``audit_log`` and ``audit_head``: each store keeps its own chain; the entries reach the server through
``app.store.sync.audit_push``, appended at the server's own tip) and ``alembic_version``.

``users`` comes down only: accounts are changed on the server (``app.services.guard.team_accounts``) and a person's
password hash never leaves the server for a workstation (a counsellor may not even read the column there).
"""

from __future__ import annotations

import sqlalchemy as sa

from app.models import Base

NOT_SHARED = frozenset({"drafts", "counters", "store_settings", "audit_log", "audit_head"})
PULL_ONLY = frozenset({"users"})
# Columns a workstation never reads from the server (a counsellor may not) and never overwrites locally.
SERVER_HIDDEN = {"users": ("password_hash",)}
VERSIONED = frozenset(table.name for table in Base.metadata.sorted_tables if "version" in table.c)


def shared() -> list[sa.Table]:
    """Every shared table, parents before children (the order of the foreign keys)."""
    return [table for table in Base.metadata.sorted_tables if table.name not in NOT_SHARED]


def pushed() -> list[sa.Table]:
    """The shared tables a workstation's own changes are sent from."""
    return [table for table in shared() if table.name not in PULL_ONLY]


def table(name: str) -> sa.Table:
    return Base.metadata.tables[name]


def key_columns(table: sa.Table) -> list[sa.Column]:
    return list(table.primary_key.columns)


def shared_names() -> frozenset[str]:
    return frozenset(table.name for table in shared())
