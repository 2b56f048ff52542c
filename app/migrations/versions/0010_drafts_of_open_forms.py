"""Drafts: the raw input of each open, unsaved form, so a crash or power cut loses no typed word.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind", sa.Enum("contact", "decision", name="draftkind", native_enum=False, length=10), nullable=False
        ),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_drafts_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
    )
    op.create_index(op.f("ix_drafts_user_id"), "drafts", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_drafts_user_id"), table_name="drafts")
    op.drop_table("drafts")
