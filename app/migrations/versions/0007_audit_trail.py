"""The audit trail: an append-only, hash-chained log of log-ins, views of personal data, changes, notices, exports
and user changes (app.models.audit).

Triggers refuse UPDATE and DELETE on audit_log in both databases, so not even the program can rewrite an entry;
the chain's tip starts at the genesis hash.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
KINDS = (
    "login",
    "login_failed",
    "login_locked",
    "view",
    "create",
    "change",
    "notice_generated",
    "notice_sent",
    "export",
    "user_created",
    "user_changed",
    "password_changed",
    "password_reset",
    "anonymised",
    "legal_hold",
)
SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

SQLITE_GUARDS = [
    f"""
    CREATE TRIGGER audit_log_no_{action.lower()} BEFORE {action} ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
    """
    for action in ("UPDATE", "DELETE")
]
POSTGRES_GUARDS = [
    """
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$
    """,
    """
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
    """,
]


def upgrade() -> None:
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", SEQ, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", SEQ, autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.Enum(*KINDS, name="auditkind", native_enum=False, length=20), nullable=False),
        sa.Column("record_type", sa.String(length=20), nullable=True),
        sa.Column("record_id", sa.String(length=64), nullable=True),
        sa.Column("screen", sa.String(length=30), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index(op.f("ix_audit_log_kind"), "audit_log", ["kind"])
    op.create_index(op.f("ix_audit_log_record_id"), "audit_log", ["record_id"])
    op.create_index(op.f("ix_audit_log_user_id"), "audit_log", ["user_id"])
    op.create_index(op.f("ix_audit_log_username"), "audit_log", ["username"])
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS}])
    guards = POSTGRES_GUARDS if op.get_bind().dialect.name == "postgresql" else SQLITE_GUARDS
    for statement in guards:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
    op.drop_table("audit_log")
    op.drop_table("audit_head")
