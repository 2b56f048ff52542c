"""The open callbacks get indexes of their own (partial indexes: only contacts whose callback is not done).

The shift lead's team follow-ups ask for callbacks not done, earliest due first; through ``ix_contacts_callback_due``
they read every callback ever due and looked each contact up to see whether it was done (2 s when the desk opens at
log-in, with 1,000,000 contacts). A counsellor's own follow-ups went through ``ix_contacts_handled_by_started`` and
read every contact the counsellor ever handled (1 s for 250,000). The partial indexes hold only the open ones, in due
order, overall and by counsellor.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

OPEN = sa.text("callback_done_at IS NULL")


def upgrade() -> None:
    # A plain CREATE INDEX on both databases: the contacts table (and its word-search triggers) is not copied.
    op.create_index(
        "ix_contacts_open_callback_due", "contacts", ["callback_due_at"], sqlite_where=OPEN, postgresql_where=OPEN
    )
    op.create_index(
        "ix_contacts_open_callback_handler",
        "contacts",
        ["handled_by_id", "callback_due_at"],
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_open_callback_handler", table_name="contacts")
    op.drop_index("ix_contacts_open_callback_due", table_name="contacts")
