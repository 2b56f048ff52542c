"""The period's statistics for the shift lead: counts, shares, durations, the weekly heat map, the trend, aid.

Everything is counted by the database (GROUP BY); Python receives at most one row per combination of codes, per
distinct duration in seconds, or per UTC hour of the period, never one row per contact. Percentiles come from the
histogram of whole seconds, so they need no window functions and read the same on SQLite and PostgreSQL.

Local time (the heat map's hour and weekday, the trend's days) is worked out in Python from UTC hour buckets: every
UTC hour lies wholly in one local hour for zones whose offsets are whole hours, Europe/Tallinn's included, summer
time or not. SQLite knows no time zones, so this is the way that gives both databases the same answer.

The result carries codes and numbers only, no personal data; the UI turns codes into names.
"""

from __future__ import annotations

import ctypes
import math
import sys
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.models import Contact, Topic
from app.models import contact_topics as contact_topics_table
from app.models.aid import AidDecision, Outcome
from app.models.aid_rules import LimitCategory
from app.models.enums import CallerType, Channel, ContactKind, Direction, Language, Line
from app.services import local_time
from app.services.actor import SessionUser, require_oversight
from app.store.db import UnitOfWork

PAGE_CACHE_KIB = 64 * 1024  # SQLite's page cache while a period is counted (a year's contact rows: about 46 MB)
NOT_RECORDED = "not_recorded"  # the code under which contacts without a language / caller type are counted
HOURS = 24
WEEKDAYS = 7  # Monday first, as ``date.weekday()``
_SEPARATOR = "|"  # in no code


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"  # ISO weeks, each known by its Monday
    MONTH = "month"


def default_granularity(since: date, until: date) -> Granularity:
    """Days for a month or less, weeks up to about half a year, months beyond."""
    days = (until - since).days + 1
    if days <= 31:
        return Granularity.DAY
    if days <= 186:
        return Granularity.WEEK
    return Granularity.MONTH


@dataclass(frozen=True)
class Durations:
    """Seconds: how many contacts had a value, and the mean, median and 90th percentile (None when none had)."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None


@dataclass(frozen=True)
class TrendPoint:
    start: date  # the day, the Monday of the week, or the first of the month
    contacts: int  # all kinds
    counselling: int


@dataclass(frozen=True)
class AidRow:
    outcome: str  # Outcome code
    limit_category: str  # LimitCategory code; NOT_RECORDED for refusals (they carry no category)
    decisions: int
    amount: Decimal  # the sum of the limits committed (standard limit only; the others have no amount)


@dataclass(frozen=True)
class PeriodStatistics:
    """A period's figures. Count mappings go from code to count, in the vocabulary's order (zeros included);
    topics go from topic code to count, most frequent first. Language, caller type, topics, the anonymous share and
    the durations are about counselling contacts; line, channel, direction, kind, the heat map and the trend about
    all contacts."""

    since: date
    until: date
    tz: str
    granularity: Granularity
    total: int
    counselling: int
    by_line: Mapping[str, int]
    by_channel: Mapping[str, int]
    by_direction: Mapping[str, int]
    by_kind: Mapping[str, int]
    by_language: Mapping[str, int]
    by_caller_type: Mapping[str, int]
    by_topic: Mapping[str, int]
    anonymous: int
    identified: int
    duration: Durations
    wrapup: Durations
    heatmap: tuple[tuple[int, ...], ...]  # [weekday, Monday = 0][local hour]
    trend: tuple[TrendPoint, ...]
    aid: tuple[AidRow, ...]

    @property
    def anonymous_share(self) -> float | None:
        """The share (0..1) of counselling contacts with no identified person."""
        return self.anonymous / self.counselling if self.counselling else None

    @property
    def standard_amount(self) -> Decimal:
        """The sum of standard limits granted in the period."""
        return sum((row.amount for row in self.aid if row.outcome == Outcome.GRANTED), Decimal(0))


def period_statistics(
    uow: UnitOfWork,
    actor: SessionUser,
    since: date,
    until: date,
    *,
    tz: str = local_time.ZONE_NAME,
    granularity: Granularity | None = None,
) -> PeriodStatistics:
    """The statistics of the local days ``since`` to ``until``, both included. Shift leads and administrators only."""
    require_oversight(actor, "only shift leads and administrators see the statistics")
    if until < since:
        raise ValueError("the period ends before it starts")
    zone = ZoneInfo(tz)
    begin = datetime.combine(since, time(), zone).astimezone(UTC)
    end = datetime.combine(until + timedelta(days=1), time(), zone).astimezone(UTC)
    in_period = sa.and_(Contact.started_at >= begin, Contact.started_at < end)
    counselling = sa.and_(in_period, Contact.kind == ContactKind.COUNSELLING)
    session = uow.session
    dialect = session.get_bind().dialect.name
    granularity = granularity or default_granularity(since, until)
    with _page_cache(session, dialect):
        return _figures(session, dialect, since, until, tz, zone, granularity, (begin, end), in_period, counselling)


@contextmanager
def _page_cache(session: Session, dialect: str) -> Iterator[None]:
    """SQLite: a page cache of :data:`PAGE_CACHE_KIB` on this unit of work's connection while the figures are counted,
    the connection's own size (SQLCipher's 8 MB) again after, with the pages over it freed.

    The coded columns, hours, durations and wrap-up each scan the period's contact rows (about 46 MB for a year of
    100,000 contacts); with the 8 MB cache every scan after the first read the rows again, and on the encrypted store
    every page read is a page decrypted (AES and HMAC): 3.7 s for a year at 1,000,000 contacts, of which the topics
    took half (see :func:`_topics`). Only this connection, and only while it counts, holds the larger cache: the
    pool's other connections, and this one afterwards, keep the small one (``bench/statistics.py`` prints the RSS).
    """
    if dialect != "sqlite":
        yield
        return
    connection = session.connection()
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    connection.exec_driver_sql(f"PRAGMA cache_size = -{int(PAGE_CACHE_KIB)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")
        connection.exec_driver_sql("PRAGMA shrink_memory")
        _return_freed_memory()


def _return_freed_memory() -> None:
    """Give the heap's free memory back to the system (glibc's ``malloc_trim``; elsewhere nothing is done).

    SQLite frees the cache's pages when the cache shrinks, but glibc keeps freed 4 KB blocks in the (worker thread's)
    heap: without this the process keeps ~70 MB after a year's figures (``bench/statistics.py``), with it ~4 MB.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return


def _figures(
    session: Session,
    dialect: str,
    since: date,
    until: date,
    tz: str,
    zone: ZoneInfo,
    granularity: Granularity,
    bounds: tuple[datetime, datetime],
    in_period: sa.ColumnElement[bool],
    counselling: sa.ColumnElement[bool],
) -> PeriodStatistics:
    cube = _cube(session, in_period)
    lines, channels, directions, kinds = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    languages, caller_types = Counter[str](), Counter[str]()
    anonymous = identified = 0
    for kind, line, channel, direction, language, caller_type, is_anonymous, count in cube:
        lines[line] += count
        channels[channel] += count
        directions[direction] += count
        kinds[kind] += count
        if kind == ContactKind.COUNSELLING:
            languages[language or NOT_RECORDED] += count
            caller_types[caller_type or NOT_RECORDED] += count
            if is_anonymous:
                anonymous += count
            else:
                identified += count

    # The four scans of the period's contact rows one after the other, while the rows are in the page cache; the
    # topics last: their index's pages would push the rows out of it.
    seconds = _duration_seconds(dialect)
    heatmap, trend = _by_hour(session, dialect, in_period, zone, since, until, granularity)
    duration = _durations(
        session, sa.func.round(seconds).label("value"), seconds, sa.and_(counselling, Contact.ended_at.is_not(None))
    )
    wrapup = _durations(
        session,
        Contact.wrapup_seconds.label("value"),
        Contact.wrapup_seconds,
        sa.and_(counselling, Contact.wrapup_seconds.is_not(None)),
    )
    return PeriodStatistics(
        since=since,
        until=until,
        tz=tz,
        granularity=granularity,
        total=sum(kinds.values()),
        counselling=kinds[ContactKind.COUNSELLING],
        by_line=_in_order(lines, Line),
        by_channel=_in_order(channels, Channel),
        by_direction=_in_order(directions, Direction),
        by_kind=_in_order(kinds, ContactKind),
        by_language=_in_order(languages, Language),
        by_caller_type=_in_order(caller_types, CallerType),
        by_topic=_topics(session, *bounds),
        anonymous=anonymous,
        identified=identified,
        duration=duration,
        wrapup=wrapup,
        heatmap=heatmap,
        trend=trend,
        aid=_aid(session, since, until),
    )


def _cube(session: Session, where: sa.ColumnElement[bool]) -> list[tuple[str, str, str, str, str, str, bool, int]]:
    """One scan: a count per combination of the coded columns (a few hundred rows at most).

    The columns are grouped as one text (``counselling|116006|phone|…``): SQLite sorts one key for its GROUP BY
    about twice as fast as seven (measured: 120 ms against 210 ms for a year of 1,000,000 contacts).
    """
    parts: list[sa.ColumnElement[str]] = [
        sa.func.coalesce(sa.type_coerce(column, sa.String), "")
        for column in (
            Contact.kind,
            Contact.line,
            Contact.channel,
            Contact.direction,
            Contact.language,
            Contact.caller_type,
        )
    ]
    parts.append(sa.case((Contact.person_id.is_(None), "1"), else_="0"))
    key = parts[0]
    for part in parts[1:]:
        key = key + _SEPARATOR + part
    query = sa.select(key.label("key"), sa.func.count()).where(where).group_by(key)
    cube = []
    for text, count in session.execute(query):
        kind, line, channel, direction, language, caller_type, anonymous = str(text).split(_SEPARATOR)
        cube.append((kind, line, channel, direction, language, caller_type, anonymous == "1", int(count)))
    return cube


def _in_order(counts: Mapping[str, int], vocabulary: Iterable[StrEnum]) -> dict[str, int]:
    """Every code of the vocabulary (zeros too) in its order, then codes no longer in it and NOT_RECORDED."""
    ordered = {member.value: counts.get(member.value, 0) for member in vocabulary}
    for code, count in counts.items():
        if code not in ordered and code != NOT_RECORDED:
            ordered[code] = count
    if counts.get(NOT_RECORDED):
        ordered[NOT_RECORDED] = counts[NOT_RECORDED]
    return ordered


def _topics(session: Session, begin: datetime, end: datetime) -> dict[str, int]:
    """Counts per topic code, most frequent first, from the topic links' own copy of their contact's start
    (``contact_topics.started_at``, kept by the database's triggers, migration 0012): one range of the index
    ``(started_at, topic_id)``, which holds all the count needs. Only counselling contacts have topics, so the range
    alone selects the period's counselling links.

    Before, the links were found by their contacts' ids (``contact_id IN (SELECT id FROM contacts WHERE started_at in
    the period)``): a year's contacts are spread over the whole key index of ``contact_topics`` (83 MB at 1,000,000
    contacts), so the count read (on the encrypted store: decrypted) nearly all of it: ~0.3 s of a year's 0.9 s. The
    range is ~7 MB: ~70 ms (``bench/statistics.py`` times both). A join instead of ``IN`` was worse still (2.5 s).
    """
    started_at = contact_topics_table.c.started_at
    query = (
        sa.select(contact_topics_table.c.topic_id, sa.func.count())
        .where(started_at >= begin, started_at < end)
        .group_by(contact_topics_table.c.topic_id)
    )
    counts: dict[uuid.UUID, int] = {topic: int(count) for topic, count in session.execute(query)}
    if not counts:
        return {}
    codes = {
        topic: str(code) for topic, code in session.execute(sa.select(Topic.id, Topic.code).where(Topic.id.in_(counts)))
    }
    rows = sorted(((codes[topic], int(count)) for topic, count in counts.items()), key=lambda r: (-r[1], r[0]))
    return dict(rows)


def _duration_seconds(dialect: str) -> sa.ColumnElement[float]:
    """ended_at - started_at in (fractional) seconds."""
    if dialect == "sqlite":
        days = sa.func.julianday(Contact.ended_at) - sa.func.julianday(Contact.started_at)
        return sa.type_coerce(days * 86400.0, sa.Float)
    return sa.type_coerce(sa.extract("epoch", Contact.ended_at - Contact.started_at), sa.Float)


def _durations(
    session: Session,
    bucket: sa.ColumnElement[Any],
    exact: sa.ColumnElement[Any] | sa.orm.InstrumentedAttribute[Any],
    where: sa.ColumnElement[bool],
) -> Durations:
    """One scan: per whole second, the count and the sum of the exact values. The mean comes from the sums (to the
    millisecond: SQLite's julianday arithmetic is not exact to the microsecond), the median and the 90th percentile
    from the counts."""
    query = sa.select(bucket, sa.func.count(), sa.func.sum(exact)).where(where).group_by(bucket).order_by(bucket)
    rows = session.execute(query).all()
    histogram = [(float(value), int(count)) for value, count, _ in rows]
    total = sum(count for _, count in histogram)
    if not total:
        return Durations(0, None, None, None)
    mean = sum(float(exact_sum) for _, _, exact_sum in rows) / total
    return Durations(total, round(mean, 3), quantile(histogram, 0.5), quantile(histogram, 0.9))


def quantile(histogram: Sequence[tuple[float, int]], q: float) -> float:
    """The q-quantile of the values in ``histogram`` (value, count; sorted by value), linearly interpolated between
    the two nearest ranks, as ``statistics.quantiles(method="inclusive")`` and numpy's default."""
    total = sum(count for _, count in histogram)
    position = q * (total - 1)
    low_rank, high_rank = math.floor(position), math.ceil(position)
    low = high = None
    seen = 0
    for value, count in histogram:
        if low is None and low_rank < seen + count:
            low = value
        if high_rank < seen + count:
            high = value
            break
        seen += count
    assert low is not None
    assert high is not None
    return low + (high - low) * (position - low_rank)


def _hour_bucket(dialect: str) -> sa.ColumnElement[Any]:
    """The UTC hour of the start: SQLite's stored text up to the hour (``2026-03-29 01``, cheaper than date
    functions), PostgreSQL's whole hours since 1970."""
    if dialect == "sqlite":
        return sa.type_coerce(sa.func.substr(Contact.started_at, 1, 13), sa.String)
    return sa.cast(sa.func.floor(sa.extract("epoch", Contact.started_at) / 3600), sa.Integer)


def _hour_start(bucket: str | int) -> datetime:
    if isinstance(bucket, str):
        return datetime(int(bucket[:4]), int(bucket[5:7]), int(bucket[8:10]), int(bucket[11:13]), tzinfo=UTC)
    return datetime.fromtimestamp(int(bucket) * 3600, UTC)


def _by_hour(
    session: Session,
    dialect: str,
    where: sa.ColumnElement[bool],
    zone: ZoneInfo,
    since: date,
    until: date,
    granularity: Granularity,
) -> tuple[tuple[tuple[int, ...], ...], tuple[TrendPoint, ...]]:
    """The heat map and the trend from one count per UTC hour (at most 8,784 rows for a year)."""
    bucket = _hour_bucket(dialect).label("hour")
    is_counselling = sa.case((Contact.kind == ContactKind.COUNSELLING, 1), else_=0).label("counselling")
    query = sa.select(bucket, is_counselling, sa.func.count()).where(where).group_by(bucket, is_counselling)
    heat = [[0] * HOURS for _ in range(WEEKDAYS)]
    contacts: Counter[date] = Counter()
    counselling: Counter[date] = Counter()
    previous: str | int | None = None
    weekday = local_hour = 0
    start = since
    for hour, counselled, count in session.execute(query):
        if hour != previous:  # an hour's two rows (counselling or not) come together: convert the hour once
            previous = hour
            local = _hour_start(hour).astimezone(zone)
            weekday, local_hour = local.weekday(), local.hour
            start = _period_start(local.date(), granularity)
        heat[weekday][local_hour] += count
        contacts[start] += count
        if counselled:
            counselling[start] += count
    starts = _period_starts(since, until, granularity)
    trend = tuple(TrendPoint(start, contacts[start], counselling[start]) for start in starts)
    return tuple(tuple(row) for row in heat), trend


def _period_start(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.DAY:
        return day
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _period_starts(since: date, until: date, granularity: Granularity) -> list[date]:
    """Every day / week / month of the period, those without contacts too, so a chart's axis has no gaps."""
    starts: list[date] = []
    current = _period_start(since, granularity)
    while current <= until:
        starts.append(current)
        if granularity is Granularity.DAY:
            current += timedelta(days=1)
        elif granularity is Granularity.WEEK:
            current += timedelta(days=7)
        else:
            current = (current + timedelta(days=32)).replace(day=1)
    return starts


def _aid(session: Session, since: date, until: date) -> tuple[AidRow, ...]:
    """Decisions dated in the period, by outcome and limit category, with the sum of the standard limits."""
    query = (
        sa.select(
            sa.type_coerce(AidDecision.outcome, sa.String),
            sa.type_coerce(AidDecision.limit_category, sa.String),
            sa.func.count(),
            sa.func.sum(AidDecision.limit_amount),
        )
        .where(AidDecision.decision_date >= since, AidDecision.decision_date <= until)
        .group_by(AidDecision.outcome, AidDecision.limit_category)
    )
    found = {
        (outcome, category or NOT_RECORDED): (int(n), Decimal(amount or 0))
        for outcome, category, n, amount in session.execute(query)
    }
    rows = [
        AidRow(
            Outcome.GRANTED.value, category.value, *found.pop((Outcome.GRANTED.value, category.value), (0, Decimal(0)))
        )
        for category in LimitCategory
    ]
    rows.append(
        AidRow(Outcome.REFUSED.value, NOT_RECORDED, *found.pop((Outcome.REFUSED.value, NOT_RECORDED), (0, Decimal(0))))
    )
    rows.extend(AidRow(outcome, category, n, amount) for (outcome, category), (n, amount) in sorted(found.items()))
    return tuple(rows)
