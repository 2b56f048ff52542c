"""Initial schema: users, persons, cases, contacts and their parts, the change log; seeded topics.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copy of the topics seeded at the start (code, English, Estonian, Russian); administrators edit them later.
SEED_TOPICS = (
    (
        "domestic_violence",
        "Domestic / intimate-partner violence",
        "Lähisuhte- või paarisuhtevägivald",
        "Домашнее насилие / насилие в паре",
    ),
    ("sexual_violence", "Sexual violence", "Seksuaalvägivald", "Сексуальное насилие"),
    (
        "violence_against_child",
        "Violence against a child",
        "Vägivald lapse vastu",
        "Насилие в отношении ребёнка",
    ),
    ("human_trafficking", "Human trafficking", "Inimkaubandus", "Торговля людьми"),
    ("stalking", "Stalking", "Ahistav jälitamine", "Преследование"),
    ("other_violence", "Other violence", "Muu vägivald", "Другое насилие"),
    ("property_crime", "Property crime", "Varavastane süütegu", "Имущественное преступление"),
    (
        "fraud_cybercrime",
        "Fraud or cybercrime",
        "Pettus või küberkuritegu",
        "Мошенничество или киберпреступление",
    ),
    (
        "accident_crisis",
        "Accident or crisis event",
        "Õnnetus või kriisisündmus",
        "Несчастный случай или кризисное событие",
    ),
    ("grief", "Grief", "Lein", "Горе"),
    ("mental_health_crisis", "Mental-health crisis", "Vaimse tervise kriis", "Кризис психического здоровья"),
    ("suicidal_thoughts", "Suicidal thoughts", "Enesetapumõtted", "Суицидальные мысли"),
    ("social_problem", "Social problem", "Sotsiaalne probleem", "Социальная проблема"),
    ("information_request", "Information request", "Infopäring", "Запрос информации"),
    ("other", "Other", "Muu", "Другое"),
)


def upgrade() -> None:
    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.create_table(
        "persons",
        sa.Column("full_name", sa.String(length=200), nullable=True),
        sa.Column("id_code", sa.String(length=11), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.Enum("F", "M", name="sex", native_enum=False), nullable=True),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_id_code"), ["id_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_persons_phone_e164"), ["phone_e164"], unique=False)

    op.create_table(
        "store_settings",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_store_settings")),
    )
    op.create_table(
        "topics",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_et", sa.String(length=120), nullable=False),
        sa.Column("name_ru", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topics")),
        sa.UniqueConstraint("code", name=op.f("uq_topics_code")),
    )
    op.create_table(
        "users",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum("counsellor", "shift_lead", "administrator", name="role", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "cases",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("opened_by_id", sa.Uuid(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["opened_by_id"], ["users.id"], name=op.f("fk_cases_opened_by_id_users")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_cases_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_person_id"), ["person_id"], unique=False)

    op.create_table(
        "change_log",
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("changed_by_id", sa.Uuid(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["changed_by_id"], ["users.id"], name=op.f("fk_change_log_changed_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "contacts",
        sa.Column(
            "kind",
            sa.Enum(
                "counselling",
                "silent",
                "hang_up",
                "wrong_number",
                "prank",
                name="contactkind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "line",
            sa.Enum("116006", "116123", "video", "web", name="line", native_enum=False, length=10),
            nullable=False,
        ),
        sa.Column(
            "channel",
            sa.Enum("phone", "chat", "email", "video", name="channel", native_enum=False, length=10),
            nullable=False,
        ),
        sa.Column(
            "direction",
            sa.Enum("incoming", "outgoing", name="direction", native_enum=False, length=10),
            nullable=False,
        ),
        sa.Column("language", sa.Enum("et", "ru", "en", "other", name="language", native_enum=False), nullable=True),
        sa.Column(
            "caller_type",
            sa.Enum(
                "victim",
                "close_person",
                "professional",
                "witness",
                "other",
                name="callertype",
                native_enum=False,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("wrapup_seconds", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("callback_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("callback_done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handled_by_id", sa.Uuid(), nullable=False),
        sa.Column("entered_by_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_contacts_case_id_cases")),
        sa.ForeignKeyConstraint(["entered_by_id"], ["users.id"], name=op.f("fk_contacts_entered_by_id_users")),
        sa.ForeignKeyConstraint(["handled_by_id"], ["users.id"], name=op.f("fk_contacts_handled_by_id_users")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_contacts_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_callback_due", ["callback_due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_contacts_handled_by_started", ["handled_by_id", "started_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_person_id"), ["person_id"], unique=False)
        batch_op.create_index("ix_contacts_started_at_id", ["started_at", "id"], unique=False)

    op.create_table(
        "contact_actions",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "information",
                "ref_victim_support",
                "ref_police",
                "ref_shelter",
                "ref_child_protection",
                "ref_local_government",
                "ref_health_care",
                "ref_other",
                name="action",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_actions_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", "action", name=op.f("pk_contact_actions")),
    )
    op.create_table(
        "contact_consents",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "victim_support",
                "police",
                "shelter",
                "child_protection",
                "local_government",
                "health_care",
                "other",
                name="consentpurpose",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_consents_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_contact_consents_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_consents")),
    )
    with op.batch_alter_table("contact_consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_consents_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "contact_risks",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column(
            "flag",
            sa.Enum(
                "immediate_danger",
                "suicidal",
                "child_at_risk",
                "high_risk_ipv",
                name="riskflag",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum("pending", "done", "declined", name="stepstatus", native_enum=False, length=10),
            nullable=False,
        ),
        sa.Column("reason", sa.String(length=1000), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_risks_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", "flag", name=op.f("pk_contact_risks")),
    )
    op.create_table(
        "contact_topics",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("topic_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_topics_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["topic_id"], ["topics.id"], name=op.f("fk_contact_topics_topic_id_topics")),
        sa.PrimaryKeyConstraint("contact_id", "topic_id", name=op.f("pk_contact_topics")),
    )
    with op.batch_alter_table("contact_topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_topics_topic_id"), ["topic_id"], unique=False)

    topics = sa.table(
        "topics",
        sa.column("id", sa.Uuid()),
        sa.column("code", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("name_et", sa.String()),
        sa.column("name_ru", sa.String()),
        sa.column("active", sa.Boolean()),
        sa.column("sort_order", sa.Integer()),
    )
    op.bulk_insert(
        topics,
        [
            {
                "id": uuid.uuid5(uuid.NAMESPACE_URL, f"helpline:topic:{code}"),
                "code": code,
                "name_en": en,
                "name_et": et,
                "name_ru": ru,
                "active": True,
                "sort_order": (index + 1) * 10,
            }
            for index, (code, en, et, ru) in enumerate(SEED_TOPICS)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("contact_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_topics_topic_id"))

    op.drop_table("contact_topics")
    op.drop_table("contact_risks")
    with op.batch_alter_table("contact_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_consents_contact_id"))

    op.drop_table("contact_consents")
    op.drop_table("contact_actions")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_started_at_id")
        batch_op.drop_index(batch_op.f("ix_contacts_person_id"))
        batch_op.drop_index("ix_contacts_handled_by_started")
        batch_op.drop_index(batch_op.f("ix_contacts_case_id"))
        batch_op.drop_index("ix_contacts_callback_due")

    op.drop_table("contacts")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_entity_id"))

    op.drop_table("change_log")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_person_id"))

    op.drop_table("cases")
    op.drop_table("users")
    op.drop_table("topics")
    op.drop_table("store_settings")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_phone_e164"))
        batch_op.drop_index(batch_op.f("ix_persons_id_code"))

    op.drop_table("persons")
    op.drop_table("counters")
