"""Retention: when a case's and a person's personal data were removed, and a legal hold that keeps a case's.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN on both databases: persons (and its word-search triggers) is not copied.
    op.add_column("cases", sa.Column("legal_hold_reason", sa.String(length=500), nullable=True))
    op.add_column("cases", sa.Column("legal_hold_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("cases", sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("persons", sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("persons", "anonymised_at")
    op.drop_column("cases", "anonymised_at")
    op.drop_column("cases", "legal_hold_at")
    op.drop_column("cases", "legal_hold_reason")
