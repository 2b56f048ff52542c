"""The shift lead's desk: the filtered contact list, reviews and feedback, the review queue and the rubric.

Shifts, the desk's settings, the team's follow-ups, workload and handover notes are in ``app.services.desk.shift_desk``.
Every function that changes something commits, except :func:`enqueue_new_contact`, which is part of saving a
contact and leaves the commit to it.

Who sees what: the log's visibility rule (``app.services.contacts.log``) applies to every list here, so a counsellor
sees through the desk exactly what the log shows them. Reviews are feedback to one person: a counsellor reads only
the reviews of contacts they handled.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased, selectinload

from app.errors import FieldErrors, NotAllowed, StaleRecord
from app.models import Contact, ContactRisk, Review, ReviewCriterion, ReviewQueueEntry, ReviewScore, Topic, User
from app.models import contact_topics as contact_topics_table
from app.models.audit import AuditKind
from app.models.base import utcnow
from app.models.enums import Channel, ContactKind, Direction, Line, RiskFlag, StepStatus
from app.models.identity import CONTROL_CHARACTERS
from app.models.review import COMMENT_MAX, OVERALL_MAX, SCORE_MAX, SCORE_MIN, QueueReason, Shift
from app.services import local_time
from app.services.actor import SessionUser, is_counsellor, require_administrator
from app.services.contacts import log
from app.services.contacts.log import LogRow
from app.services.desk.shift_desk import (
    FollowUp,
    desk_settings,
    require_lead,
    shift_intervals,
)
from app.services.guard import audit
from app.services.text_search import DENSE_HITS
from app.store.db import UnitOfWork

_CONTROL = CONTROL_CHARACTERS  # and lone surrogates (app.models.identity)
QUEUE_LIMIT = 500
NEW_REVIEW = 0  # expected_version of a review that did not exist when the input began (versions start at 1)


@dataclass(frozen=True)
class ReviewFilter:
    """What the shift lead narrows the log to; ``None`` means "any".

    Dates are Europe/Tallinn days, both ends included. Without a shift they are calendar days; with a shift they are
    the days the shifts *start* on, so the night of 20 November runs into the morning of the 21st.
    """

    date_from: date | None = None
    date_to: date | None = None
    shift: Shift | None = None
    counsellor_id: uuid.UUID | None = None
    line: Line | None = None
    channel: Channel | None = None
    direction: Direction | None = None
    kind: ContactKind | None = None  # e.g. counselling only, without silent calls and hang-ups
    topic: str | None = None  # topic code
    risk: bool | None = None  # any risk flag raised (True) or none (False)
    risk_flag: RiskFlag | None = None
    open_risk: bool | None = None  # a risk whose required step is still pending
    identified: bool | None = None  # False: anonymous
    reviewed: bool | None = None
    queued: bool | None = None  # in the review queue (reviewed or not)
    follow_up: FollowUp | None = None
    search: str = ""


def _conditions(uow: UnitOfWork, where: ReviewFilter, now: datetime) -> list[sa.ColumnElement[bool]]:
    found: list[sa.ColumnElement[bool]] = []
    if where.shift is not None:
        first, last = where.date_from, where.date_to
        if first is None or last is None:
            earliest, latest = uow.session.execute(
                sa.select(sa.func.min(Contact.started_at), sa.func.max(Contact.started_at))
            ).one()
            if earliest is None:
                return [sa.false()]
            first = first or (local_time.local_date(earliest) - timedelta(days=1))
            last = last or local_time.local_date(latest)
        found.append(_any_interval(shift_intervals(first, last, where.shift, desk_settings(uow))))
    else:
        if where.date_from is not None:
            found.append(Contact.started_at >= local_time.day_bounds(where.date_from)[0])
        if where.date_to is not None:
            found.append(Contact.started_at < local_time.day_bounds(where.date_to)[1])
    if where.counsellor_id is not None:
        found.append(Contact.handled_by_id == where.counsellor_id)
    if where.line is not None:
        found.append(Contact.line == where.line)
    if where.channel is not None:
        found.append(Contact.channel == where.channel)
    if where.direction is not None:
        found.append(Contact.direction == where.direction)
    if where.kind is not None:
        found.append(Contact.kind == where.kind)
    if where.topic is not None:
        topic_id = sa.select(Topic.id).where(Topic.code == where.topic).scalar_subquery()
        found.append(_holds(uow, True, contact_topics_table.c.contact_id, contact_topics_table.c.topic_id == topic_id))
    if where.risk is not None:
        found.append(_holds(uow, where.risk, ContactRisk.contact_id))
    if where.risk_flag is not None:
        found.append(_holds(uow, True, ContactRisk.contact_id, ContactRisk.flag == where.risk_flag))
    if where.open_risk is not None:
        found.append(_holds(uow, where.open_risk, ContactRisk.contact_id, ContactRisk.status == StepStatus.PENDING))
    if where.identified is not None:
        found.append(Contact.person_id.is_not(None) if where.identified else Contact.person_id.is_(None))
    if where.reviewed is not None:
        found.append(_holds(uow, where.reviewed, Review.contact_id))
    if where.queued is not None:
        found.append(_holds(uow, where.queued, ReviewQueueEntry.contact_id))
    if where.follow_up is not None:
        found.extend(_follow_up(where.follow_up, now))
    return found


def _holds(uow: UnitOfWork, wanted: bool, contact_id: Any, *criteria: sa.ColumnElement[bool]) -> sa.ColumnElement[bool]:
    """The contact is (or is not) among the rows of ``contact_id``'s table that meet ``criteria``.

    A small set drives the query: its members are fetched and the few sorted. A large one would be fetched whole
    and sorted before the first page, so from :data:`DENSE_HITS` members on SQLite gets a correlated EXISTS instead:
    it walks the contacts' time index newest first, probes each contact by the table's key and stops after a page
    (as the log's word search does, ``app.services.text_search``).
    """
    ids = sa.select(contact_id).where(*criteria)
    if not wanted:
        return Contact.id.not_in(ids)
    if uow.session.get_bind().dialect.name == "sqlite" and _at_least(uow, ids, DENSE_HITS):
        return sa.exists().where(contact_id == Contact.id, *criteria)
    return Contact.id.in_(ids)


def _at_least(uow: UnitOfWork, ids: sa.Select[Any], count: int) -> bool:
    counted = sa.select(sa.func.count()).select_from(ids.limit(count).subquery())
    return int(uow.session.scalar(counted) or 0) >= count


def _any_interval(intervals: list[tuple[datetime, datetime]]) -> sa.ColumnElement[bool]:
    """Started within one of the intervals, in OR groups of 32 so a year of shifts stays within SQLite's depth."""
    if not intervals:
        return sa.false()
    terms = [sa.and_(Contact.started_at >= start, Contact.started_at < end) for start, end in intervals]
    groups = [sa.or_(*terms[i : i + 32]) for i in range(0, len(terms), 32)]
    overall = sa.and_(Contact.started_at >= intervals[0][0], Contact.started_at < intervals[-1][1])
    return sa.and_(overall, sa.or_(*groups))


def _follow_up(which: FollowUp, now: datetime) -> list[sa.ColumnElement[bool]]:
    start, end = local_time.day_bounds(local_time.local_date(now))
    open_ = [Contact.callback_due_at.is_not(None), Contact.callback_done_at.is_(None)]
    if which is FollowUp.OVERDUE:
        return [*open_, Contact.callback_due_at < now]
    if which is FollowUp.DUE_TODAY:
        return [*open_, Contact.callback_due_at >= start, Contact.callback_due_at < end]
    return [*open_, Contact.callback_due_at < end]


def review_page(
    uow: UnitOfWork,
    actor: SessionUser,
    where: ReviewFilter,
    *,
    after: tuple[datetime, uuid.UUID] | None = None,
    limit: int = log.PAGE_SIZE,
    now: datetime | None = None,
) -> list[LogRow]:
    """One page of the filtered log, newest first; for a counsellor only what their log shows them."""
    conditions = _conditions(uow, where, now or utcnow())
    return log.list_page(uow, actor, where.search, after=after, limit=limit, conditions=conditions)


@dataclass(frozen=True)
class ReviewMark:
    """What the desk shows beside a log row."""

    reviewed: bool
    acknowledged: bool
    queued: QueueReason | None


def review_marks(uow: UnitOfWork, contact_ids: list[uuid.UUID]) -> dict[uuid.UUID, ReviewMark]:
    """Review state of the given contacts (one page of rows); contacts neither reviewed nor queued are left out."""
    if not contact_ids:
        return {}
    reviews = dict(
        uow.session.execute(
            sa.select(Review.contact_id, Review.acknowledged_at).where(Review.contact_id.in_(contact_ids))
        ).all()
    )
    queued = dict(
        uow.session.execute(
            sa.select(ReviewQueueEntry.contact_id, ReviewQueueEntry.reason).where(
                ReviewQueueEntry.contact_id.in_(contact_ids)
            )
        ).all()
    )
    return {
        contact_id: ReviewMark(contact_id in reviews, reviews.get(contact_id) is not None, queued.get(contact_id))
        for contact_id in set(reviews) | set(queued)
    }


# --- Reviews --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreView:
    criterion_code: str
    criterion_name: str
    score: int
    comment: str


@dataclass(frozen=True)
class ReviewView:
    id: uuid.UUID
    version: int
    contact_id: uuid.UUID
    contact_started_at: datetime
    line: Line
    channel: Channel
    counsellor_id: uuid.UUID
    counsellor_name: str
    reviewer_name: str
    reviewed_at: datetime
    overall: str
    discussed: bool
    acknowledged_at: datetime | None
    scores: tuple[ScoreView, ...]


def _text(errors: dict[str, str], field: str, value: str, limit: int) -> str:
    if _CONTROL.search(value):
        errors[field] = "text.control"
    elif len(value.strip()) > limit:
        errors[field] = "text.too_long"
    return value.strip()


def save_review(
    uow: UnitOfWork,
    actor: SessionUser,
    contact_id: uuid.UUID,
    scores: dict[str, tuple[int, str]],
    overall: str,
    discussed: bool,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ReviewView:
    """Create or replace the review of a contact; ``scores`` maps a criterion code to (score 1-5, comment).

    ``expected_version`` is the version of the review the input started from, or :data:`NEW_REVIEW` when there was
    none; a review saved meanwhile by someone else raises :class:`StaleRecord` instead of being overwritten. ``None``
    skips the check. A criterion left out was not scored (it may not apply). Changing a review the counsellor has
    acknowledged asks for their acknowledgement again. Raises :class:`FieldErrors` (``score.<code>``, ``overall``)
    before writing.
    """
    require_lead(actor, "only a shift lead or an administrator reviews contacts")
    now = now or utcnow()
    contact = uow.session.get(Contact, contact_id)
    if contact is None:
        raise StaleRecord("the contact no longer exists")
    review = uow.session.scalar(
        sa.select(Review).where(Review.contact_id == contact_id).options(selectinload(Review.scores))
    )
    if expected_version == NEW_REVIEW and review is not None:
        raise StaleRecord("someone else reviewed the contact meanwhile")
    if expected_version not in (None, NEW_REVIEW) and (review is None or review.version != expected_version):
        raise StaleRecord("the review was changed elsewhere")
    criteria = {c.code: c for c in uow.session.scalars(sa.select(ReviewCriterion))}
    already = {score.criterion_id for score in review.scores} if review is not None else set()
    errors: dict[str, str] = {}
    cleaned: dict[str, tuple[int, str]] = {}
    for code, (score, comment) in scores.items():
        criterion = criteria.get(code)
        if criterion is None or (not criterion.active and criterion.id not in already):
            errors[f"score.{code}"] = "review.unknown_criterion"
        elif isinstance(score, bool) or not isinstance(score, int) or not SCORE_MIN <= score <= SCORE_MAX:
            errors[f"score.{code}"] = "review.score_range"
        cleaned[code] = (score, _text(errors, f"comment.{code}", comment, COMMENT_MAX))
    overall = _text(errors, "overall", overall, OVERALL_MAX)
    if not scores and not overall and not errors:
        errors["overall"] = "review.empty"
    if errors:
        raise FieldErrors(errors)

    if review is None:
        review = Review(contact_id=contact_id)
        uow.session.add(review)
    wanted = {criteria[code].id: value for code, value in cleaned.items()}
    current = {(s.criterion_id, s.score, s.comment or "") for s in review.scores}
    changed = (
        review.overall != overall
        or current != {(cid, score, comment) for cid, (score, comment) in wanted.items()}
        or review.discussed != discussed
    )
    if changed or review.id is None:
        review.reviewer_id = actor.id
        review.reviewed_at = now
        review.overall = overall
        review.discussed = discussed
        review.acknowledged_at = None
        by_criterion = {s.criterion_id: s for s in review.scores}
        for criterion_id in set(by_criterion) - set(wanted):
            review.scores.remove(by_criterion[criterion_id])
        for criterion_id, (score, comment) in wanted.items():
            existing = by_criterion.get(criterion_id)
            if existing is None:
                review.scores.append(ReviewScore(criterion_id=criterion_id, score=score, comment=comment or None))
            else:
                existing.score, existing.comment = score, comment or None
    uow.commit()
    return _views(uow, [review.id], "en")[0]


def _views(uow: UnitOfWork, review_ids: list[uuid.UUID], language: str) -> list[ReviewView]:
    if not review_ids:
        return []
    reviewer = aliased(User)
    counsellor = aliased(User)
    rows = uow.session.execute(
        sa.select(Review, Contact.started_at, Contact.line, Contact.channel, counsellor, reviewer.full_name)
        .join(Contact, Contact.id == Review.contact_id)
        .join(counsellor, counsellor.id == Contact.handled_by_id)
        .join(reviewer, reviewer.id == Review.reviewer_id)
        .where(Review.id.in_(review_ids))
        .options(selectinload(Review.scores).selectinload(ReviewScore.criterion))
    ).all()
    by_id = {
        review.id: ReviewView(
            id=review.id,
            version=review.version,
            contact_id=review.contact_id,
            contact_started_at=started,
            line=line,
            channel=channel,
            counsellor_id=handler.id,
            counsellor_name=handler.full_name,
            reviewer_name=reviewer_name,
            reviewed_at=review.reviewed_at,
            overall=review.overall,
            discussed=review.discussed,
            acknowledged_at=review.acknowledged_at,
            scores=tuple(
                ScoreView(s.criterion.code, s.criterion.name(language), s.score, s.comment or "")
                for s in sorted(review.scores, key=lambda s: (s.criterion.sort_order, s.criterion.code))
            ),
        )
        for review, started, line, channel, handler, reviewer_name in rows
    }
    return [by_id[review_id] for review_id in review_ids if review_id in by_id]


def reviews_for(
    uow: UnitOfWork, actor: SessionUser, contact_id: uuid.UUID, *, language: str = "en", screen: str = "desk"
) -> list[ReviewView]:
    """The review of a contact (none or one). A counsellor may read it only for a contact they handled."""
    contact = uow.session.get(Contact, contact_id)
    if contact is None:
        raise StaleRecord("the contact no longer exists")
    if is_counsellor(actor) and (
        actor.id not in (contact.handled_by_id, contact.entered_by_id)
        or not log.list_page(uow, actor, only=[contact_id], limit=1)
    ):
        raise NotAllowed("a counsellor reads only the reviews of their own contacts")
    ids = list(uow.session.scalars(sa.select(Review.id).where(Review.contact_id == contact_id)))
    views = _views(uow, ids, language)
    if contact.person_id is not None:  # the review panel shows the contact: a look at identified data
        audit.record(uow, AuditKind.VIEW, actor=actor, record_type="contact", record_id=contact_id, screen=screen)
        uow.commit()
    return views


def my_feedback(uow: UnitOfWork, actor: SessionUser, *, language: str = "en", limit: int = 200) -> list[ReviewView]:
    """Reviews of the contacts the actor handled: unacknowledged first, then the newest.

    The reviews drive the query and each looks up its contact by key: a counsellor handled far more contacts than
    were ever reviewed, and a join lets SQLite (which has no statistics) start from the counsellor's contacts, reading
    every one of them (seconds for a counsellor with 200,000 contacts, at every log-in; docs/performance.md)."""
    handled_by = sa.select(Contact.handled_by_id).where(Contact.id == Review.contact_id).scalar_subquery()
    ids = list(
        uow.session.scalars(
            sa.select(Review.id)
            .where(handled_by == actor.id)
            .order_by(Review.acknowledged_at.is_not(None), Review.reviewed_at.desc(), Review.id)
            .limit(limit)
        )
    )
    return _views(uow, ids, language)


def acknowledge(uow: UnitOfWork, actor: SessionUser, review_id: uuid.UUID, *, now: datetime | None = None) -> None:
    """The counsellor who handled the contact has read the review; the first time counts."""
    row = uow.session.execute(
        sa.select(Review, Contact.handled_by_id)
        .join(Contact, Contact.id == Review.contact_id)
        .where(Review.id == review_id)
    ).one_or_none()
    if row is None:
        raise StaleRecord("the review no longer exists")
    review, handled_by_id = row
    if handled_by_id != actor.id:
        raise NotAllowed("only the counsellor who handled the contact acknowledges its review")
    if review.acknowledged_at is None:
        review.acknowledged_at = now or utcnow()
        uow.commit()


# --- The review queue -----------------------------------------------------------------------------------------


def sampled(contact_id: uuid.UUID, share: float) -> bool:
    """Whether a contact falls into the random sample: a hash of its id, so the choice is stable and testable."""
    draw = int.from_bytes(hashlib.sha256(contact_id.bytes).digest()[:8], "big") / 2**64
    return draw < share


def enqueue_new_contact(
    uow: UnitOfWork,
    contact_id: uuid.UUID,
    *,
    now: datetime | None = None,
    known: tuple[ContactKind, bool, bool] | None = None,
) -> None:
    """Put a just-saved contact in the review queue if it belongs there. Does not commit.

    Every contact with a risk flag enters; of the others, the configured random share. Non-data contacts never
    enter. A sampled contact that later gets a risk flag is moved up to the risk reason. ``known``: the contact's
    kind, whether it has a risk flag and whether it was just created (so has no queue entry), from a save that has
    them at hand: its three reads are spared.
    """
    if known is None:
        kind = uow.session.scalar(sa.select(Contact.kind).where(Contact.id == contact_id))
        risky = bool(uow.session.scalar(sa.select(sa.exists().where(ContactRisk.contact_id == contact_id))))
        created = False
    else:
        kind, risky, created = known
    if kind is None or kind is not ContactKind.COUNSELLING:
        return
    entry = None if created else uow.session.get(ReviewQueueEntry, contact_id)
    if risky:
        if entry is None:
            uow.session.add(ReviewQueueEntry(contact_id=contact_id, reason=QueueReason.RISK, added_at=now or utcnow()))
        elif entry.reason is not QueueReason.RISK:
            entry.reason = QueueReason.RISK
    elif entry is None and sampled(contact_id, desk_settings(uow).sample_share):
        uow.session.add(ReviewQueueEntry(contact_id=contact_id, reason=QueueReason.SAMPLE, added_at=now or utcnow()))


@dataclass(frozen=True)
class QueueItem:
    row: LogRow
    reason: QueueReason
    added_at: datetime


def review_queue(
    uow: UnitOfWork,
    actor: SessionUser,
    where: ReviewFilter | None = None,
    *,
    limit: int = QUEUE_LIMIT,
    now: datetime | None = None,
) -> list[QueueItem]:
    """Queued contacts not yet reviewed: risk first, then the sample; each newest queued first.

    ``where`` narrows the queue as the desk's filters narrow its list (period, shift, line, words…), so the queue
    after *Last night* holds last night's contacts only.

    One walk per reason down ``ix_review_queue_reason_added_at``, probing each entry for a review and stopping at
    ``limit``: the entries already reviewed (most of the queue's history) are passed over, never sorted.
    """
    require_lead(actor, "the review queue is for shift leads")
    where = where or ReviewFilter()
    conditions = _conditions(uow, where, now or utcnow())
    entries: list[tuple[uuid.UUID, QueueReason, datetime]] = []
    for reason in (QueueReason.RISK, QueueReason.SAMPLE):
        if len(entries) >= limit:
            break
        query = (
            sa.select(ReviewQueueEntry.contact_id, ReviewQueueEntry.reason, ReviewQueueEntry.added_at)
            .where(
                ReviewQueueEntry.reason == reason,
                ~sa.exists().where(Review.contact_id == ReviewQueueEntry.contact_id),
            )
            .order_by(ReviewQueueEntry.added_at.desc(), ReviewQueueEntry.contact_id.desc())
            .limit(limit - len(entries))
        )
        if conditions:
            query = query.join(Contact, Contact.id == ReviewQueueEntry.contact_id).where(*conditions)
        entries += [(contact_id, found, added_at) for contact_id, found, added_at in uow.session.execute(query)]
    if not entries:
        return []
    rows = {
        row.id: row for row in log.list_page(uow, actor, where.search, only=[e[0] for e in entries], limit=len(entries))
    }
    return [QueueItem(rows[cid], reason, added) for cid, reason, added in entries if cid in rows]


# --- The rubric -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionChoice:
    code: str
    name: str


@dataclass(frozen=True)
class CriterionRow:
    id: uuid.UUID
    code: str
    name_et: str
    name_en: str
    name_ru: str
    active: bool


def active_criteria(uow: UnitOfWork, language: str) -> list[CriterionChoice]:
    """The rubric as the review panel shows it, in the administrator's order."""
    found = uow.session.scalars(
        sa.select(ReviewCriterion)
        .where(ReviewCriterion.active.is_(True))
        .order_by(ReviewCriterion.sort_order, ReviewCriterion.code)
    )
    return [CriterionChoice(c.code, c.name(language)) for c in found]


def list_criteria(uow: UnitOfWork) -> list[CriterionRow]:
    found = uow.session.scalars(sa.select(ReviewCriterion).order_by(ReviewCriterion.sort_order, ReviewCriterion.code))
    return [CriterionRow(c.id, c.code, c.name_et, c.name_en, c.name_ru, c.active) for c in found]


def _check_names(name_et: str, name_en: str, name_ru: str) -> None:
    errors: dict[str, str] = {}
    for field, value in (("name_et", name_et), ("name_en", name_en), ("name_ru", name_ru)):
        if not value.strip():
            errors[field] = "criterion.name_empty"
        elif len(value.strip()) > 120 or _CONTROL.search(value):
            errors[field] = "text.too_long" if len(value.strip()) > 120 else "text.control"
    if errors:
        raise FieldErrors(errors)


def _require_admin(actor: SessionUser) -> None:
    require_administrator(actor, "only an administrator edits the review criteria")


def add_criterion(uow: UnitOfWork, actor: SessionUser, name_et: str, name_en: str, name_ru: str) -> CriterionRow:
    """A new criterion at the end of the rubric; its code is made once and never changes."""
    _require_admin(actor)
    _check_names(name_et, name_en, name_ru)
    last = uow.session.scalar(sa.select(sa.func.max(ReviewCriterion.sort_order))) or 0
    criterion = ReviewCriterion(
        code="c_" + uuid.uuid4().hex[:10],
        name_et=name_et.strip(),
        name_en=name_en.strip(),
        name_ru=name_ru.strip(),
        active=True,
        sort_order=last + 10,
    )
    uow.session.add(criterion)
    uow.commit()
    return CriterionRow(criterion.id, criterion.code, criterion.name_et, criterion.name_en, criterion.name_ru, True)


def update_criterion(
    uow: UnitOfWork,
    actor: SessionUser,
    criterion_id: uuid.UUID,
    *,
    name_et: str,
    name_en: str,
    name_ru: str,
    active: bool,
) -> None:
    """Rename or retire a criterion. Retired ones stay on old reviews but are no longer offered."""
    _require_admin(actor)
    _check_names(name_et, name_en, name_ru)
    criterion = uow.session.get(ReviewCriterion, criterion_id)
    if criterion is None:
        raise StaleRecord("no such criterion")
    criterion.name_et, criterion.name_en, criterion.name_ru = name_et.strip(), name_en.strip(), name_ru.strip()
    criterion.active = active
    uow.commit()
