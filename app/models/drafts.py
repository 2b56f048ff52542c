"""A draft: the raw input of a form that is open and not yet saved, kept so a crash or power cut loses nothing."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UUIDPrimaryKey, utcnow
from app.models.columns import code_column


class DraftKind(enum.StrEnum):
    CONTACT = "contact"
    DECISION = "decision"


class Draft(UUIDPrimaryKey, Base):
    """One open, unsaved form of one user. ``payload`` is JSON text of the widgets' raw values (input that does
    not validate yet included); ``record_id`` is the saved record the form edits (a contact for a decision form),
    none for a new contact. Lives in the store, so it is encrypted with everything else."""

    __tablename__ = "drafts"

    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"), index=True)
    kind: Mapped[DraftKind] = mapped_column(code_column(DraftKind, 10))
    record_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    payload: Mapped[str] = mapped_column(sa.Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
