"""The register of trauma-recovery mental-health aid providers: providers, their counties, languages, services,
fields of work, and their specialists' qualifications.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "providers",
        sa.Column(
            "kind", sa.Enum("person", "organisation", name="providerkind", native_enum=False, length=20), nullable=False
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("registry_code", sa.String(length=8), nullable=True),
        sa.Column(
            "basis",
            sa.Enum(
                "fie_business_register",
                "psychiatric_licence",
                "articles_of_association",
                name="providerbasis",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("price_list_url", sa.String(length=500), nullable=False),
        sa.Column("contract_valid_from", sa.Date(), nullable=False),
        sa.Column("contract_valid_to", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_providers")),
        sa.UniqueConstraint("registry_code", name=op.f("uq_providers_registry_code")),
    )
    with op.batch_alter_table("providers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_providers_name"), ["name"], unique=False)

    op.create_table(
        "provider_counties",
        sa.Column("provider_id", sa.Uuid(), nullable=False),
        sa.Column(
            "county",
            sa.Enum(
                "harju",
                "hiiu",
                "ida_viru",
                "jogeva",
                "jarva",
                "laane",
                "laane_viru",
                "polva",
                "parnu",
                "rapla",
                "saare",
                "tartu",
                "valga",
                "viljandi",
                "voru",
                name="county",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["providers.id"],
            name=op.f("fk_provider_counties_provider_id_providers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("provider_id", "county", name=op.f("pk_provider_counties")),
    )
    op.create_table(
        "provider_fields",
        sa.Column("provider_id", sa.Uuid(), nullable=False),
        sa.Column("tag", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["providers.id"], name=op.f("fk_provider_fields_provider_id_providers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("provider_id", "tag", name=op.f("pk_provider_fields")),
    )
    op.create_table(
        "provider_languages",
        sa.Column("provider_id", sa.Uuid(), nullable=False),
        sa.Column("language", sa.Enum("et", "ru", "en", "other", name="language", native_enum=False), nullable=False),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["providers.id"],
            name=op.f("fk_provider_languages_provider_id_providers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("provider_id", "language", name=op.f("pk_provider_languages")),
    )
    op.create_table(
        "provider_qualifications",
        sa.Column("provider_id", sa.Uuid(), nullable=False),
        sa.Column("specialist_name", sa.String(length=200), nullable=False),
        sa.Column(
            "basis",
            sa.Enum(
                "health_care_professional",
                "clinical_psychologist",
                "school_psychologist",
                "counselling_psychologist",
                "psychotherapist",
                "masters_psychology",
                name="qualificationbasis",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("register_or_association", sa.String(length=200), nullable=True),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["providers.id"],
            name=op.f("fk_provider_qualifications_provider_id_providers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_qualifications")),
    )
    with op.batch_alter_table("provider_qualifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_provider_qualifications_provider_id"), ["provider_id"], unique=False)

    op.create_table(
        "provider_services",
        sa.Column("provider_id", sa.Uuid(), nullable=False),
        sa.Column(
            "service",
            sa.Enum("counselling", "psychotherapy", "support_group", name="aidservice", native_enum=False, length=20),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["providers.id"],
            name=op.f("fk_provider_services_provider_id_providers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("provider_id", "service", name=op.f("pk_provider_services")),
    )


def downgrade() -> None:
    op.drop_table("provider_services")
    with op.batch_alter_table("provider_qualifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provider_qualifications_provider_id"))

    op.drop_table("provider_qualifications")
    op.drop_table("provider_languages")
    op.drop_table("provider_fields")
    op.drop_table("provider_counties")
    with op.batch_alter_table("providers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_providers_name"))

    op.drop_table("providers")
