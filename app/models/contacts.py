"""Contacts, the people behind identified contacts, their cases, and the edit history."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, EditableVocabulary, Timestamps, UTCDateTime, UUIDPrimaryKey, utcnow
from app.models.columns import code_column
from app.models.enums import (
    Action,
    CallerType,
    Channel,
    ConsentPurpose,
    ContactKind,
    Direction,
    Language,
    Line,
    RiskFlag,
    Sex,
    StepStatus,
)
from app.models.users import User

SUMMARY_MAX = 20_000
NAME_MAX = 200
MUNICIPALITY_MAX = 100
EMAIL_MAX = 254
RISK_REASON_MAX = 1000
LEGAL_HOLD_REASON_MAX = 500


class Person(UUIDPrimaryKey, Timestamps, Base):
    """An identified caller. Anonymous contacts have no person."""

    __tablename__ = "persons"

    full_name: Mapped[str | None] = mapped_column(sa.String(NAME_MAX))
    id_code: Mapped[str | None] = mapped_column(sa.String(11), index=True)
    birth_date: Mapped[date | None] = mapped_column()
    sex: Mapped[Sex | None] = mapped_column(code_column(Sex, 1))
    phone_e164: Mapped[str | None] = mapped_column(sa.String(20), index=True)
    email: Mapped[str | None] = mapped_column(sa.String(EMAIL_MAX))
    municipality: Mapped[str | None] = mapped_column(sa.String(MUNICIPALITY_MAX))
    # Set when retention removed who this was (app.services.guard.retention): the row stays so statistics still count an
    # identified caller, but every field above is empty.
    anonymised_at: Mapped[datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class Case(UUIDPrimaryKey, Timestamps, Base):
    """A series of contacts about one person's situation, known by a readable number (``OA-2026-K7Q-000123``)."""

    __tablename__ = "cases"

    number: Mapped[str] = mapped_column(sa.String(32), unique=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    opened_by_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column()
    # Legal hold: retention leaves the case alone while a reason is set (who set it is in the audit trail).
    legal_hold_reason: Mapped[str | None] = mapped_column(sa.String(LEGAL_HOLD_REASON_MAX))
    legal_hold_at: Mapped[datetime | None] = mapped_column()
    # Set when retention removed the personal text of the case's contacts and decisions.
    anonymised_at: Mapped[datetime | None] = mapped_column()

    person: Mapped[Person | None] = relationship()


class Topic(UUIDPrimaryKey, EditableVocabulary, Base):
    """An entry of the topic taxonomy. Names per language; retired topics stay for old contacts."""

    __tablename__ = "topics"


contact_topics = sa.Table(
    "contact_topics",
    Base.metadata,
    sa.Column("contact_id", sa.Uuid(), sa.ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("topic_id", sa.Uuid(), sa.ForeignKey("topics.id"), primary_key=True, index=True),
    # A copy of the contact's started_at, kept by triggers (migration 0012), so a period's topics are counted from
    # one range of the index below without reading contacts (app.services.statistics.figures._topics).
    sa.Column("started_at", UTCDateTime(), nullable=True),
    sa.Index("ix_contact_topics_started_at", "started_at", "topic_id"),
)


class Contact(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "contacts"

    kind: Mapped[ContactKind] = mapped_column(code_column(ContactKind, 20), default=ContactKind.COUNSELLING)
    line: Mapped[Line] = mapped_column(code_column(Line, 10))
    channel: Mapped[Channel] = mapped_column(code_column(Channel, 10))
    direction: Mapped[Direction] = mapped_column(code_column(Direction, 10), default=Direction.INCOMING)
    language: Mapped[Language | None] = mapped_column(code_column(Language, 5))
    caller_type: Mapped[CallerType | None] = mapped_column(code_column(CallerType, 20))
    started_at: Mapped[datetime] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    wrapup_seconds: Mapped[int | None] = mapped_column()
    person_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    summary: Mapped[str] = mapped_column(sa.Text, default="")
    # An anonymous caller's number, only as a keyed hash (app.services.contacts.caller_recognition): never readable
    # back.
    caller_hash: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    callback_due_at: Mapped[datetime | None] = mapped_column()
    callback_done_at: Mapped[datetime | None] = mapped_column()
    handled_by_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    entered_by_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(default=1)

    person: Mapped[Person | None] = relationship()
    case: Mapped[Case | None] = relationship()
    handled_by: Mapped[User] = relationship(foreign_keys=[handled_by_id])
    entered_by: Mapped[User] = relationship(foreign_keys=[entered_by_id])
    topics: Mapped[list[Topic]] = relationship(secondary=contact_topics, order_by=Topic.sort_order)
    risks: Mapped[list[ContactRisk]] = relationship(cascade="all, delete-orphan", order_by="ContactRisk.flag")
    actions: Mapped[list[ContactAction]] = relationship(cascade="all, delete-orphan", order_by="ContactAction.action")
    consents: Mapped[list[ContactConsent]] = relationship(
        cascade="all, delete-orphan", order_by="ContactConsent.recorded_at"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        sa.Index("ix_contacts_started_at_id", "started_at", "id"),
        sa.Index("ix_contacts_handled_by_started", "handled_by_id", "started_at"),
        sa.Index("ix_contacts_callback_due", "callback_due_at"),
        # The open callbacks only (a few hundred of a million contacts), earliest due first: the team's and a
        # counsellor's follow-ups and the follow-up filters read these instead of every callback ever due, or every
        # contact the counsellor handled (docs/performance.md).
        sa.Index(
            "ix_contacts_open_callback_due",
            "callback_due_at",
            sqlite_where=sa.text("callback_done_at IS NULL"),
            postgresql_where=sa.text("callback_done_at IS NULL"),
        ),
        sa.Index(
            "ix_contacts_open_callback_handler",
            "handled_by_id",
            "callback_due_at",
            sqlite_where=sa.text("callback_done_at IS NULL"),
            postgresql_where=sa.text("callback_done_at IS NULL"),
        ),
    )

    @property
    def anonymous(self) -> bool:
        return self.person_id is None and self.person is None


class ContactRisk(Base):
    """A risk flag raised on a contact and what became of the step it requires."""

    __tablename__ = "contact_risks"

    contact_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    flag: Mapped[RiskFlag] = mapped_column(code_column(RiskFlag, 20), primary_key=True)
    status: Mapped[StepStatus] = mapped_column(code_column(StepStatus, 10))
    reason: Mapped[str | None] = mapped_column(sa.String(RISK_REASON_MAX))
    answered_at: Mapped[datetime | None] = mapped_column()


class ContactAction(Base):
    __tablename__ = "contact_actions"

    contact_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    action: Mapped[Action] = mapped_column(code_column(Action, 30), primary_key=True)
    note: Mapped[str | None] = mapped_column(sa.String(500))


class ContactConsent(UUIDPrimaryKey, Base):
    """The caller's answer, yes or no, to passing their data to one partner; provable by who and when."""

    __tablename__ = "contact_consents"

    contact_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[ConsentPurpose] = mapped_column(code_column(ConsentPurpose, 30))
    granted: Mapped[bool] = mapped_column()
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))


class ChangeRecord(UUIDPrimaryKey, Base):
    """One field of a saved record changed: who, when, from what to what."""

    __tablename__ = "change_log"

    entity: Mapped[str] = mapped_column(sa.String(20))
    entity_id: Mapped[uuid.UUID] = mapped_column(index=True)
    field: Mapped[str] = mapped_column(sa.String(40))
    old_value: Mapped[str | None] = mapped_column(sa.Text)
    new_value: Mapped[str | None] = mapped_column(sa.Text)
    changed_by_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class Counter(Base):
    """Named counters (case numbers per year), incremented inside the saving transaction."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


# The store's station code, part of every case and notice number made in it (``OA-2026-<code>-000123``): unique per
# workstation, so numbers made on different workstations never collide. In team mode the server hands it out.
STATION_KEY = "station_code"
STATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone


class StoreSetting(Base):
    """Facts about this store (its station code for readable numbers); not user preferences."""

    __tablename__ = "store_settings"

    key: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    value: Mapped[str] = mapped_column(sa.String(200))
