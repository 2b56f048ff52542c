"""Shifts and what a shift lead follows across them: the desk's settings, the team's follow-ups, workload, handover.

Shifts are told apart by the local hour in Europe/Tallinn, summer time included: from the day start hour to the
night start hour is the day shift, the rest the night shift, which belongs to the date it started on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

import sqlalchemy as sa

from app.errors import FieldErrors, StaleRecord
from app.models import Contact, ContactRisk, HandoverNote, HandoverRead, StoreSetting, User
from app.models.base import utcnow
from app.models.enums import ContactKind
from app.models.identity import CONTROL_CHARACTERS
from app.models.review import HANDOVER_MAX, Shift
from app.services import local_time
from app.services.actor import SessionUser, require_administrator, require_oversight
from app.services.contacts import log
from app.services.contacts.log import LogRow
from app.services.store_settings import write_settings
from app.store.db import UnitOfWork

_CONTROL = CONTROL_CHARACTERS  # and lone surrogates (app.models.identity)
HANDOVER_MAX_AGE = timedelta(days=7)
TEAM_FOLLOW_UP_LIMIT = 1000


class FollowUp(StrEnum):
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    DUE_OR_OVERDUE = "due_or_overdue"  # by the end of today, not done


def require_lead(actor: SessionUser, message: str) -> None:
    require_oversight(actor, message)


# --- Settings -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeskSettings:
    """Declared once with their defaults; stored as rows of ``store_settings`` (keys ``desk.*``)."""

    day_start_hour: int = 8
    night_start_hour: int = 20
    sample_share: float = 0.1  # share of contacts without a risk flag that enter the review queue


_KEYS = {
    "day_start_hour": "desk.day_start_hour",
    "night_start_hour": "desk.night_start_hour",
    "sample_share": "desk.review_sample_share",
}


# Read at every save of a contact (the review queue's sample share): a Core statement built once on the table, sent
# on the session's connection, without the ORM's execution around a two-column read (issue 13).
_SETTINGS: sa.Table = StoreSetting.__table__  # type: ignore[assignment]
_READ_DESK = sa.select(_SETTINGS.c.key, _SETTINGS.c.value).where(
    sa.or_(*(_SETTINGS.c.key == sa.literal(key, sa.String()) for key in _KEYS.values()))
)


def desk_settings(uow: UnitOfWork) -> DeskSettings:
    stored = dict(uow.session.connection().execute(_READ_DESK).all())
    default = DeskSettings()
    try:
        return DeskSettings(
            day_start_hour=int(stored.get(_KEYS["day_start_hour"], default.day_start_hour)),
            night_start_hour=int(stored.get(_KEYS["night_start_hour"], default.night_start_hour)),
            sample_share=float(stored.get(_KEYS["sample_share"], default.sample_share)),
        )
    except ValueError:
        return default


def set_desk_settings(uow: UnitOfWork, actor: SessionUser, settings: DeskSettings) -> None:
    """Administrators only. The day must start before the night (both whole hours); the share is 0-1."""
    require_administrator(actor, "only an administrator changes the desk's settings")
    errors: dict[str, str] = {}
    for field in ("day_start_hour", "night_start_hour"):
        if not 0 <= getattr(settings, field) <= 23:
            errors[field] = "desk.hour_range"
    if not errors and settings.day_start_hour >= settings.night_start_hour:
        errors["night_start_hour"] = "desk.night_before_day"
    if not 0.0 <= settings.sample_share <= 1.0:
        errors["sample_share"] = "desk.share_range"
    if errors:
        raise FieldErrors(errors)
    write_settings(uow, settings, _KEYS)
    uow.commit()


# --- Shift arithmetic -----------------------------------------------------------------------------------------


def shift_of(moment: datetime, settings: DeskSettings) -> tuple[date, Shift]:
    """The shift a moment falls in, named by the date the shift started (02:00 belongs to the previous night)."""
    local = local_time.local(moment)
    if settings.day_start_hour <= local.hour < settings.night_start_hour:
        return local.date(), Shift.DAY
    if local.hour >= settings.night_start_hour:
        return local.date(), Shift.NIGHT
    return local.date() - timedelta(days=1), Shift.NIGHT


def shift_bounds(day: date, shift: Shift, settings: DeskSettings) -> tuple[datetime, datetime]:
    if shift is Shift.DAY:
        return local_time.at(day, settings.day_start_hour), local_time.at(day, settings.night_start_hour)
    night_ends = local_time.at(day + timedelta(days=1), settings.day_start_hour)
    return local_time.at(day, settings.night_start_hour), night_ends


def shift_intervals(first: date, last: date, shift: Shift, settings: DeskSettings) -> list[tuple[datetime, datetime]]:
    """The UTC intervals of one kind of shift starting on each day from ``first`` to ``last``, oldest first."""
    return [shift_bounds(first + timedelta(days=n), shift, settings) for n in range((last - first).days + 1)]


# --- The team's follow-ups ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CounsellorFollowUps:
    counsellor_id: uuid.UUID
    counsellor_name: str
    rows: tuple[LogRow, ...]  # earliest due first


def team_follow_ups(uow: UnitOfWork, actor: SessionUser, today: date) -> list[CounsellorFollowUps]:
    """Callbacks not done and due by the end of ``today`` (Tallinn), overdue included, grouped by counsellor."""
    require_lead(actor, "the team's follow-ups are for shift leads")
    end = local_time.day_bounds(today)[1]
    handlers = dict(
        uow.session.execute(
            sa.select(Contact.id, Contact.handled_by_id)
            .where(Contact.callback_due_at < end, Contact.callback_done_at.is_(None))
            .order_by(Contact.callback_due_at)
            .limit(TEAM_FOLLOW_UP_LIMIT)
        ).all()
    )
    if not handlers:
        return []
    rows = log.list_page(uow, actor, only=list(handlers), limit=len(handlers))
    names = dict(uow.session.execute(sa.select(User.id, User.full_name).where(User.id.in_(handlers.values()))).all())
    grouped: dict[uuid.UUID, list[LogRow]] = {}
    for row in rows:
        grouped.setdefault(handlers[row.id], []).append(row)
    return sorted(
        (
            CounsellorFollowUps(
                handler,
                names[handler],
                tuple(sorted(found, key=lambda r: (r.callback_due_at or r.started_at, r.id))),
            )
            for handler, found in grouped.items()
        ),
        key=lambda group: (group.counsellor_name, group.counsellor_id),
    )


# --- Workload -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkloadRow:
    counsellor_id: uuid.UUID
    counsellor_name: str
    shift_date: date
    shift: Shift
    contacts: int  # every contact, non-data ones included
    non_data: int
    seconds_on_line: int  # sum of durations (start to end) of the contacts that started in the shift
    risk_contacts: int

    @property
    def hours_on_line(self) -> float:
        return self.seconds_on_line / 3600


def workload(uow: UnitOfWork, actor: SessionUser, since: date, until: date) -> list[WorkloadRow]:
    """Per counsellor per shift, for the shifts starting from ``since`` to ``until`` (both included)."""
    require_lead(actor, "workload is for shift leads")
    settings = desk_settings(uow)
    start = shift_bounds(since, Shift.DAY, settings)[0]
    end = shift_bounds(until, Shift.NIGHT, settings)[1]
    risky = sa.select(ContactRisk.contact_id).where(ContactRisk.contact_id == Contact.id).exists()
    found = uow.session.execute(
        sa.select(Contact.handled_by_id, User.full_name, Contact.started_at, Contact.ended_at, Contact.kind, risky)
        .join(User, User.id == Contact.handled_by_id)
        .where(Contact.started_at >= start, Contact.started_at < end)
    ).all()
    totals: dict[tuple[uuid.UUID, date, Shift], list[int]] = {}
    names: dict[uuid.UUID, str] = {}
    for handler, name, started, ended, kind, has_risk in found:
        names[handler] = name
        day, shift = shift_of(started, settings)
        counts = totals.setdefault((handler, day, shift), [0, 0, 0, 0])
        counts[0] += 1
        counts[1] += kind is not ContactKind.COUNSELLING
        counts[2] += max(0, int((ended - started).total_seconds())) if ended is not None else 0
        counts[3] += bool(has_risk)
    rows = [
        WorkloadRow(handler, names[handler], day, shift, *counts) for (handler, day, shift), counts in totals.items()
    ]
    return sorted(rows, key=lambda r: (r.shift_date, r.shift is Shift.NIGHT, r.counsellor_name, r.counsellor_id))


# --- Handover -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HandoverView:
    id: uuid.UUID
    author_id: uuid.UUID
    author_name: str
    written_at: datetime
    shift: Shift
    text: str


def write_handover(
    uow: UnitOfWork, actor: SessionUser, text: str, shift: Shift, *, now: datetime | None = None
) -> HandoverView:
    """The outgoing shift's note for the next one. Anyone on shift may write one."""
    cleaned = text.strip()
    if not cleaned:
        raise FieldErrors({"text": "handover.empty"})
    if len(cleaned) > HANDOVER_MAX:
        raise FieldErrors({"text": "text.too_long"})
    if _CONTROL.search(cleaned):
        raise FieldErrors({"text": "text.control"})
    note = HandoverNote(author_id=actor.id, written_at=now or utcnow(), shift=shift, text=cleaned)
    uow.session.add(note)
    uow.commit()
    return HandoverView(note.id, actor.id, actor.full_name, note.written_at, note.shift, note.text)


def unread_handovers(
    uow: UnitOfWork, actor: SessionUser, *, now: datetime | None = None, max_age: timedelta = HANDOVER_MAX_AGE
) -> list[HandoverView]:
    """Notes by others from the last ``max_age`` that the actor has not marked read, newest first."""
    since = (now or utcnow()) - max_age
    read = sa.select(HandoverRead.note_id).where(HandoverRead.user_id == actor.id)
    found = uow.session.execute(
        sa.select(HandoverNote, User.full_name)
        .join(User, User.id == HandoverNote.author_id)
        .where(HandoverNote.written_at >= since, HandoverNote.author_id != actor.id, HandoverNote.id.not_in(read))
        .order_by(HandoverNote.written_at.desc(), HandoverNote.id)
    ).all()
    return [HandoverView(n.id, n.author_id, name, n.written_at, n.shift, n.text) for n, name in found]


def mark_read(uow: UnitOfWork, actor: SessionUser, note_id: uuid.UUID, *, now: datetime | None = None) -> None:
    """The actor has read the note; marking it again changes nothing."""
    if uow.session.get(HandoverNote, note_id) is None:
        raise StaleRecord("the handover note no longer exists")
    if uow.session.get(HandoverRead, (note_id, actor.id)) is None:
        uow.session.add(HandoverRead(note_id=note_id, user_id=actor.id, read_at=now or utcnow()))
        uow.commit()
