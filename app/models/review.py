"""The shift lead's desk: the quality rubric, reviews of contacts, the review queue and shift handover notes.

The desk's settings (shift hours, the review sample share) are rows of ``store_settings``; see
``app.services.desk.review.DeskSettings``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, EditableVocabulary, UUIDPrimaryKey, utcnow
from app.models.columns import code_column

COMMENT_MAX = 2000
OVERALL_MAX = 10_000
HANDOVER_MAX = 5000
SCORE_MIN = 1
SCORE_MAX = 5


class Shift(StrEnum):
    """Day or night, by the hours an administrator sets (Europe/Tallinn local time)."""

    DAY = "day"
    NIGHT = "night"


class QueueReason(StrEnum):
    RISK = "risk"
    SAMPLE = "sample"


class ReviewCriterion(UUIDPrimaryKey, EditableVocabulary, Base):
    """One line of the quality rubric. Names per language; retired criteria stay on old reviews."""

    __tablename__ = "review_criteria"


class Review(UUIDPrimaryKey, Base):
    """A shift lead's review of one contact; the counsellor who handled it acknowledges it."""

    __tablename__ = "reviews"

    contact_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"), unique=True)
    reviewer_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    reviewed_at: Mapped[datetime] = mapped_column(default=utcnow)
    overall: Mapped[str] = mapped_column(sa.Text, default="")
    discussed: Mapped[bool] = mapped_column(default=False)
    acknowledged_at: Mapped[datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(default=1)

    scores: Mapped[list[ReviewScore]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (sa.Index("ix_reviews_reviewed_at", "reviewed_at"),)


class ReviewScore(UUIDPrimaryKey, Base):
    __tablename__ = "review_scores"

    review_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("reviews.id", ondelete="CASCADE"))
    criterion_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("review_criteria.id"))
    score: Mapped[int] = mapped_column()
    comment: Mapped[str | None] = mapped_column(sa.String(COMMENT_MAX))

    criterion: Mapped[ReviewCriterion] = relationship()

    __table_args__ = (
        sa.UniqueConstraint("review_id", "criterion_id", name="uq_review_scores_review_criterion"),
        sa.CheckConstraint(f"score BETWEEN {SCORE_MIN} AND {SCORE_MAX}", name="score_range"),
    )


class ReviewQueueEntry(Base):
    """A contact waiting for review: every risk-flagged contact, and a random share of the others.

    A table of its own rather than a column on ``contacts``: the queue is the desk's concern, it keeps the
    contacts table (and its word-search triggers) untouched, and its index holds only the queued few.
    """

    __tablename__ = "review_queue"
    # The desk lists the queue by reason, newest first, probing each entry for a review: this index is that walk.
    __table_args__ = (sa.Index("ix_review_queue_reason_added_at", "reason", "added_at"),)

    contact_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    reason: Mapped[QueueReason] = mapped_column(code_column(QueueReason, 10))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class HandoverNote(UUIDPrimaryKey, Base):
    """What the outgoing shift tells the next one: open risks, expected callbacks, anything unusual."""

    __tablename__ = "handover_notes"

    author_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    written_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    shift: Mapped[Shift] = mapped_column(code_column(Shift, 10))
    text: Mapped[str] = mapped_column(sa.Text)


class HandoverRead(Base):
    """A user has read a handover note (and when)."""

    __tablename__ = "handover_reads"

    note_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("handover_notes.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(default=utcnow)
