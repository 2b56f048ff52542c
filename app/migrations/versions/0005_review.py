"""The shift lead's desk: the quality rubric (seeded), reviews and their scores, the review queue, handover notes.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen copy of the rubric seeded at the start (code, English, Estonian, Russian); administrators edit it later.
SEED_CRITERIA = (
    ("opening", "Opening", "Vestluse algus", "Начало разговора"),
    ("listening", "Listening", "Kuulamine", "Слушание"),
    ("risk_assessment", "Assessment of risk", "Riski hindamine", "Оценка риска"),
    ("information_referral", "Information and referral", "Teave ja suunamine", "Информация и перенаправление"),
    ("closing", "Closing", "Vestluse lõpetamine", "Завершение разговора"),
)


def upgrade() -> None:
    criteria = op.create_table(
        "review_criteria",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_et", sa.String(length=120), nullable=False),
        sa.Column("name_ru", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_criteria")),
        sa.UniqueConstraint("code", name=op.f("uq_review_criteria_code")),
    )
    op.bulk_insert(
        criteria,
        [
            {
                "id": uuid.uuid5(uuid.NAMESPACE_URL, f"helpline:review_criterion:{code}"),
                "code": code,
                "name_en": name_en,
                "name_et": name_et,
                "name_ru": name_ru,
                "active": True,
                "sort_order": (index + 1) * 10,
            }
            for index, (code, name_en, name_et, name_ru) in enumerate(SEED_CRITERIA)
        ],
    )
    op.create_table(
        "handover_notes",
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("shift", sa.Enum("day", "night", name="shift", native_enum=False, length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_handover_notes_author_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_notes")),
    )
    with op.batch_alter_table("handover_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_notes_written_at"), ["written_at"], unique=False)

    op.create_table(
        "handover_reads",
        sa.Column("note_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["handover_notes.id"],
            name=op.f("fk_handover_reads_note_id_handover_notes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_handover_reads_user_id_users")),
        sa.PrimaryKeyConstraint("note_id", "user_id", name=op.f("pk_handover_reads")),
    )
    op.create_table(
        "review_queue",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column(
            "reason", sa.Enum("risk", "sample", name="queuereason", native_enum=False, length=10), nullable=False
        ),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_review_queue_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_review_queue")),
    )
    op.create_table(
        "reviews",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("reviewer_id", sa.Uuid(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("overall", sa.Text(), nullable=False),
        sa.Column("discussed", sa.Boolean(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_reviews_contact_id_contacts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["reviewer_id"], ["users.id"], name=op.f("fk_reviews_reviewer_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_reviews_contact_id")),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index("ix_reviews_reviewed_at", ["reviewed_at"], unique=False)

    op.create_table(
        "review_scores",
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("criterion_id", sa.Uuid(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(length=2000), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_review_scores_score_range")),
        sa.ForeignKeyConstraint(
            ["criterion_id"], ["review_criteria.id"], name=op.f("fk_review_scores_criterion_id_review_criteria")
        ),
        sa.ForeignKeyConstraint(
            ["review_id"], ["reviews.id"], name=op.f("fk_review_scores_review_id_reviews"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_scores")),
        sa.UniqueConstraint("review_id", "criterion_id", name="uq_review_scores_review_criterion"),
    )


def downgrade() -> None:
    op.drop_table("review_scores")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_reviews_reviewed_at")

    op.drop_table("reviews")
    op.drop_table("review_queue")
    op.drop_table("handover_reads")
    with op.batch_alter_table("handover_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_notes_written_at"))

    op.drop_table("handover_notes")
    op.drop_table("review_criteria")
