"""An anonymous caller's number kept only as a keyed hash (HMAC), so repeat callers are recognised unread.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ADD COLUMN on both databases: the contacts table (and its word-search triggers) is not copied.
    op.add_column("contacts", sa.Column("caller_hash", sa.String(length=64), nullable=True))
    op.create_index(op.f("ix_contacts_caller_hash"), "contacts", ["caller_hash"])


def downgrade() -> None:
    op.drop_index(op.f("ix_contacts_caller_hash"), table_name="contacts")
    op.drop_column("contacts", "caller_hash")  # SQLite 3.35+ drops a column in place
