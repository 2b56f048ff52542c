"""Aid decisions, their events, and the monthly minimum wage table (seeded with the rates in force since 2019).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen copy of the rates known when this revision was written (DOMAIN.md); administrators add the next ones.
SEED_RATES = (
    (date(2019, 1, 1), "540"),
    (date(2020, 1, 1), "584"),
    (date(2021, 1, 1), "584"),
    (date(2022, 1, 1), "654"),
    (date(2023, 1, 1), "725"),
    (date(2024, 1, 1), "820"),
    (date(2025, 1, 1), "886"),
    (date(2026, 1, 1), "886"),
    (date(2026, 4, 1), "946"),
)


def _code(*values: str, name: str, length: int) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=length)


def upgrade() -> None:
    rates = op.create_table(
        "minimum_wage_rates",
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minimum_wage_rates")),
        sa.UniqueConstraint("valid_from", name=op.f("uq_minimum_wage_rates_valid_from")),
    )
    op.bulk_insert(
        rates,
        [
            {"id": uuid.uuid5(uuid.NAMESPACE_URL, f"helpline:rate:{day}"), "valid_from": day, "amount": Decimal(amount)}
            for day, amount in SEED_RATES
        ],
    )
    op.create_table(
        "aid_decisions",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("decided_by_id", sa.Uuid(), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("role", _code("victim", "family_member", "witness", name="personrole", length=20), nullable=False),
        sa.Column(
            "event",
            _code("domestic_violence", "sexual_violence", "trafficking", "other_offence", name="event", length=20),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=200), nullable=True),
        sa.Column("rule", sa.String(length=60), nullable=False),
        sa.Column("outcome", _code("granted", "refused", name="outcome", length=10), nullable=False),
        sa.Column("refusal_reason", sa.String(length=1000), nullable=True),
        sa.Column(
            "service",
            _code("counselling", "psychotherapy", "support_group", name="aidservice", length=20),
            nullable=True,
        ),
        sa.Column(
            "limit_category",
            _code("standard", "sexually_abused_minor", "trafficking", name="limitcategory", length=30),
            nullable=True,
        ),
        sa.Column("limit_amount", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("provider_id", sa.Uuid(), nullable=True),
        sa.Column("notice_language", sa.String(length=2), nullable=False),
        sa.Column("notice_sha256", sa.String(length=64), nullable=True),
        sa.Column("notice_made_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_aid_decisions_case_id_cases")),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_aid_decisions_contact_id_contacts")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"], name=op.f("fk_aid_decisions_decided_by_id_users")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_aid_decisions_person_id_persons")),
        sa.ForeignKeyConstraint(["provider_id"], ["providers.id"], name=op.f("fk_aid_decisions_provider_id_providers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aid_decisions")),
        sa.UniqueConstraint("number", name=op.f("uq_aid_decisions_number")),
    )
    with op.batch_alter_table("aid_decisions") as batch_op:
        for column in ("case_id", "person_id", "decision_date", "provider_id"):
            batch_op.create_index(batch_op.f(f"ix_aid_decisions_{column}"), [column], unique=False)
    op.create_table(
        "aid_decision_events",
        sa.Column("decision_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            _code(
                "notice_sent",
                "no_show",
                "provider_declined",
                "need_ended",
                "withdrawn",
                name="decisioneventkind",
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("happened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=True),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["aid_decisions.id"],
            name=op.f("fk_aid_decision_events_decision_id_aid_decisions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_aid_decision_events_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aid_decision_events")),
    )
    with op.batch_alter_table("aid_decision_events") as batch_op:
        batch_op.create_index(batch_op.f("ix_aid_decision_events_decision_id"), ["decision_id"], unique=False)


def downgrade() -> None:
    op.drop_table("aid_decision_events")
    op.drop_table("aid_decisions")
    op.drop_table("minimum_wage_rates")
