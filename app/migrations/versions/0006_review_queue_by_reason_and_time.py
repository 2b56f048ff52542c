"""The review queue is listed by reason and time: an index for that walk.

The desk lists unreviewed queue entries risk first, newest first, probing each for a review and stopping after a
page; without this index it read and sorted every entry ever queued.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_review_queue_reason_added_at", "review_queue", ["reason", "added_at"])


def downgrade() -> None:
    op.drop_index("ix_review_queue_reason_added_at", table_name="review_queue")
