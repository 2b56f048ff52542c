"""Aid decisions, the events that follow them, and the table of monthly minimum wage rates that sets the limit."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.aid_rules import Event, LimitCategory, PersonRole
from app.models.base import Base, Timestamps, UUIDPrimaryKey, utcnow
from app.models.columns import code_column
from app.models.contacts import Case
from app.models.providers import AidService

MONEY = sa.Numeric(10, 2)
REFERENCE_MAX = 200
REASON_MAX = 1000


class Outcome(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"


class DecisionEventKind(StrEnum):
    NOTICE_SENT = "notice_sent"
    NO_SHOW = "no_show"
    PROVIDER_DECLINED = "provider_declined"
    NEED_ENDED = "need_ended"
    WITHDRAWN = "withdrawn"


class MinimumWageRate(UUIDPrimaryKey, Base):
    """The monthly minimum wage from ``valid_from`` on, until the next row's date. Kept by an administrator."""

    __tablename__ = "minimum_wage_rates"

    valid_from: Mapped[date] = mapped_column(unique=True)
    amount: Mapped[Decimal] = mapped_column(MONEY)


class AidDecision(UUIDPrimaryKey, Timestamps, Base):
    """A counsellor's decision on trauma-recovery mental-health aid for one person, and its notice."""

    __tablename__ = "aid_decisions"

    number: Mapped[str] = mapped_column(sa.String(32), unique=True)
    case_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("contacts.id"))
    decided_by_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    decision_date: Mapped[date] = mapped_column(index=True)
    role: Mapped[PersonRole] = mapped_column(code_column(PersonRole, 20))
    event: Mapped[Event] = mapped_column(code_column(Event, 20))
    reference: Mapped[str | None] = mapped_column(sa.String(REFERENCE_MAX))
    rule: Mapped[str] = mapped_column(sa.String(60))
    outcome: Mapped[Outcome] = mapped_column(code_column(Outcome, 10))
    refusal_reason: Mapped[str | None] = mapped_column(sa.String(REASON_MAX))
    service: Mapped[AidService | None] = mapped_column(code_column(AidService, 20))
    limit_category: Mapped[LimitCategory | None] = mapped_column(code_column(LimitCategory, 30))
    limit_amount: Mapped[Decimal | None] = mapped_column(MONEY)
    end_date: Mapped[date | None] = mapped_column()
    provider_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("providers.id"), index=True)
    notice_language: Mapped[str] = mapped_column(sa.String(2), default="et")
    notice_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    notice_made_at: Mapped[datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(default=1)

    case: Mapped[Case] = relationship()
    events: Mapped[list[DecisionEvent]] = relationship(
        cascade="all, delete-orphan", order_by="DecisionEvent.happened_at"
    )

    __mapper_args__ = {"version_id_col": version}


class DecisionEvent(UUIDPrimaryKey, Base):
    """Something that happened after the decision: notice sent, a no-show or refusal reported by the provider, ..."""

    __tablename__ = "aid_decision_events"

    decision_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("aid_decisions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DecisionEventKind] = mapped_column(code_column(DecisionEventKind, 20))
    happened_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(sa.String(REASON_MAX))
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
