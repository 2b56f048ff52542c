"""The audit trail: who did or saw what, when, from which screen; append-only and hash-chained.

Each entry carries the SHA-256 of the entry before it (``prev_hash``) and its own (``hash``, over its content and
``prev_hash``), so editing an entry breaks its own hash and deleting one breaks the next entry's link. The chain's
tip (last number and hash) is kept in ``audit_head``, one row, which also serialises appends: an append first
updates that row (taking the write lock on SQLite, the row lock on PostgreSQL), so two workstations never chain to
the same predecessor. Deleting the newest entries is caught by the tip. Database triggers refuse UPDATE and DELETE
on ``audit_log`` (migration 0007), so the program itself cannot change an entry either.

No personal data is written into an entry: a change names the record and the fields, and the values before and
after stay in the record's change history (``change_log``), where retention can remove them. An entry names a
record by type and id only.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.columns import code_column

GENESIS = "0" * 64  # the "hash before" the first entry


class AuditKind(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGIN_LOCKED = "login_locked"  # a log-in refused while the account is locked out
    LOGOUT = "logout"  # the user logged out or made way for another user (details: how)
    VIEW = "view"  # identified personal data opened
    CREATE = "create"
    CHANGE = "change"
    NOTICE_GENERATED = "notice_generated"
    NOTICE_SENT = "notice_sent"
    EXPORT = "export"
    USER_CREATED = "user_created"
    USER_CHANGED = "user_changed"  # role, active, contacts
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_RESET = "password_reset"
    ANONYMISED = "anonymised"
    LEGAL_HOLD = "legal_hold"
    RESTORED = "restored"  # an administrator put a backup in the store's place (recorded in the restored store)
    RETENTION_RUN = "retention_run"  # an administrator ran retention from the command line
    AUDIT_VERIFIED = "audit_verified"  # an administrator checked the trail (details: what was found)
    ANCHOR_STARTED = (
        "anchor_started"  # the trail's anchor outside the store was started (``app.services.guard.audit_anchor``)
    )
    ANCHOR_MISMATCH = "anchor_mismatch"  # at start the trail was not the one the anchor recorded
    ANCHOR_REBASED = "anchor_rebased"  # an administrator accepted the trail as it is after a finding
    ACCESS_OVERRIDE = "access_override"  # another counsellor's caller opened with a stated reason (break-the-glass)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(
        sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=False
    )
    at: Mapped[datetime]
    user_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    username: Mapped[str] = mapped_column(sa.String(64), index=True)  # as typed: failed log-ins of unknown names too
    kind: Mapped[AuditKind] = mapped_column(code_column(AuditKind, 20), index=True)
    record_type: Mapped[str | None] = mapped_column(sa.String(20))
    record_id: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    screen: Mapped[str | None] = mapped_column(sa.String(30))
    details: Mapped[str] = mapped_column(sa.Text, default="")  # canonical JSON, no personal data
    prev_hash: Mapped[str] = mapped_column(sa.String(64))
    hash: Mapped[str] = mapped_column(sa.String(64))

    __table_args__ = (sa.Index("ix_audit_log_at", "at"),)


class AuditHead(Base):
    """The chain's tip: one row (id 1). Updated first on every append, which serialises appends."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer(), "sqlite"))
    hash: Mapped[str] = mapped_column(sa.String(64))
