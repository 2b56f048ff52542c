"""The period's statistics against figures computed here, in plain Python, from the contacts the test logs."""

from __future__ import annotations

import random
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.errors import NotAllowed
from app.models.aid import Outcome
from app.models.aid_rules import Event, LimitCategory
from app.models.enums import CallerType, Channel, ContactKind, Direction, Language, Line, Role
from app.services.actor import SessionUser
from app.services.aid import decisions as aid
from app.services.contacts.editing import ContactInput, log_non_data_contact, save_contact
from app.services.statistics.figures import (
    NOT_RECORDED,
    Granularity,
    PeriodStatistics,
    default_granularity,
    period_statistics,
    quantile,
)
from app.store.db import Store
from tests.conftest import make_user
from tests.services.aid.test_decisions import add_provider, decision, identified_contact

TALLINN = ZoneInfo("Europe/Tallinn")
TOPICS = ("domestic_violence", "sexual_violence", "violence_against_child")


@dataclass
class Logged:
    local: datetime  # the start in Tallinn time
    kind: ContactKind = ContactKind.COUNSELLING
    line: Line = Line.CRISIS_116006
    channel: Channel = Channel.PHONE
    direction: Direction = Direction.INCOMING
    language: Language | None = Language.ESTONIAN
    caller_type: CallerType | None = None
    identified: bool = False
    topics: list[str] = field(default_factory=list)
    seconds: int = 600
    wrapup: int = 60


def log(store: Store, user: SessionUser, contact: Logged) -> None:
    started = contact.local.replace(tzinfo=TALLINN).astimezone(UTC)
    ended = started + timedelta(seconds=contact.seconds)
    with store.unit_of_work() as uow:
        if contact.kind.is_non_data:
            log_non_data_contact(
                uow, user, contact.kind, line=contact.line, channel=contact.channel, started_at=started, now=ended
            )
            return
        data = ContactInput(
            started_at=started,
            ended_at=ended,
            line=contact.line,
            channel=contact.channel,
            direction=contact.direction,
            language=contact.language,
            caller_type=contact.caller_type,
            identified=contact.identified,
            full_name="Kadri Mägi" if contact.identified else "",
            phone="5550 1234" if contact.identified else "",
            topics=contact.topics,
            summary="Helistaja rääkis kodusest olukorrast.",
        )
        save_contact(uow, user, data, now=ended + timedelta(seconds=contact.wrapup))


def random_contacts(rng: random.Random, count: int, since: date, days: int) -> list[Logged]:
    contacts = []
    for _ in range(count):
        local = datetime.combine(since, datetime.min.time()) + timedelta(minutes=rng.randrange(days * 24 * 60))
        kind = rng.choice([ContactKind.COUNSELLING] * 4 + [k for k in ContactKind if k.is_non_data])
        contacts.append(
            Logged(
                local=local,
                kind=kind,
                line=rng.choice(list(Line)),
                channel=rng.choice(list(Channel)),
                direction=rng.choice(list(Direction)) if not kind.is_non_data else Direction.INCOMING,
                language=rng.choice([*Language, None]),
                caller_type=rng.choice([*CallerType, None]),
                identified=rng.random() < 0.3,
                topics=rng.sample(TOPICS, rng.randint(0, 2)),
                seconds=rng.randint(30, 3000),
                wrapup=rng.randint(0, 900),
            )
        )
    return contacts


def read(store: Store, user: SessionUser, since: date, until: date, **kwargs: object) -> PeriodStatistics:
    with store.unit_of_work() as uow:
        return period_statistics(uow, user, since, until, **kwargs)  # type: ignore[arg-type]


def test_counts_match_the_logged_contacts(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    lead = make_user(any_store, Role.SHIFT_LEAD, "tiina")
    since, until = date(2026, 3, 1), date(2026, 4, 30)
    contacts = random_contacts(random.Random(7), 60, since - timedelta(days=5), 70)  # some outside the period
    for contact in contacts:
        log(any_store, mari, contact)
    inside = [c for c in contacts if since <= c.local.date() <= until]
    counselling = [c for c in inside if c.kind is ContactKind.COUNSELLING]
    assert 0 < len(inside) < len(contacts)

    stats = read(any_store, lead, since, until)

    assert stats.total == len(inside)
    assert stats.counselling == len(counselling)
    assert stats.by_line == {line.value: sum(c.line is line for c in inside) for line in Line}
    assert stats.by_channel == {channel.value: sum(c.channel is channel for c in inside) for channel in Channel}
    assert stats.by_direction == {d.value: sum(c.direction is d for c in inside) for d in Direction}
    assert stats.by_kind == {kind.value: sum(c.kind is kind for c in inside) for kind in ContactKind}
    languages = Counter(c.language.value if c.language else NOT_RECORDED for c in counselling)
    assert {k: v for k, v in stats.by_language.items() if v} == dict(languages)
    callers = Counter(c.caller_type.value if c.caller_type else NOT_RECORDED for c in counselling)
    assert {k: v for k, v in stats.by_caller_type.items() if v} == dict(callers)
    assert stats.by_topic == dict(Counter(topic for c in counselling for topic in c.topics))
    assert stats.anonymous == sum(not c.identified for c in counselling)
    assert stats.identified == sum(c.identified for c in counselling)
    assert stats.anonymous_share == pytest.approx(stats.anonymous / len(counselling))

    assert stats.granularity is Granularity.WEEK
    weeks = Counter(c.local.date() - timedelta(days=c.local.weekday()) for c in inside)
    assert {p.start: p.contacts for p in stats.trend if p.contacts} == dict(weeks)
    assert stats.trend[0].start == date(2026, 2, 23)  # the Monday of the week of 1 March
    monthly = read(any_store, lead, since, until, granularity=Granularity.MONTH)
    assert [(p.start, p.contacts, p.counselling) for p in monthly.trend] == [
        (
            month,
            sum(c.local.month == month.month for c in inside),
            sum(c.local.month == month.month for c in counselling),
        )
        for month in (date(2026, 3, 1), date(2026, 4, 1))
    ]
    heat = Counter((c.local.weekday(), c.local.hour) for c in inside)
    assert {(d, h): n for d, row in enumerate(stats.heatmap) for h, n in enumerate(row) if n} == dict(heat)

    durations = [c.seconds for c in counselling]
    assert stats.duration.count == len(durations)
    assert stats.duration.mean == pytest.approx(statistics.mean(durations), abs=0.01)
    assert stats.duration.median == pytest.approx(statistics.median(durations))
    assert stats.duration.p90 == pytest.approx(statistics.quantiles(durations, n=10, method="inclusive")[8])
    wrapups = [c.wrapup for c in counselling]
    assert stats.wrapup.mean == pytest.approx(statistics.mean(wrapups))
    assert stats.wrapup.median == pytest.approx(statistics.median(wrapups))
    assert stats.wrapup.p90 == pytest.approx(statistics.quantiles(wrapups, n=10, method="inclusive")[8])


def test_percentiles_of_a_known_set(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    minutes = [1, 2, 3, 4, 5, 10, 15, 20, 30, 50]
    for index, length in enumerate(minutes):
        log(store, mari, Logged(datetime(2026, 5, 4, 10 + index), seconds=length * 60, wrapup=index * 10))
    log(store, mari, Logged(datetime(2026, 5, 4, 22), kind=ContactKind.SILENT, seconds=5000))  # not counselling

    stats = read(store, lead, date(2026, 5, 4), date(2026, 5, 4))

    assert stats.duration.count == 10
    assert stats.duration.mean == pytest.approx(14 * 60)
    assert stats.duration.median == pytest.approx(7.5 * 60)  # between 5 and 10 minutes
    assert stats.duration.p90 == pytest.approx(32 * 60)  # 30 + 0.1 * (50 - 30) minutes
    assert (stats.wrapup.mean, stats.wrapup.median, stats.wrapup.p90) == pytest.approx((45, 45, 81))
    assert stats.granularity is Granularity.DAY
    assert [(p.start, p.contacts, p.counselling) for p in stats.trend] == [(date(2026, 5, 4), 11, 10)]


def test_quantile_agrees_with_the_standard_library() -> None:
    rng = random.Random(3)
    for size in (1, 2, 3, 10, 101):
        values = [rng.randint(0, 50) for _ in range(size)]
        histogram = sorted(Counter(values).items())
        expected = statistics.quantiles(values * 2 if size == 1 else values, n=10, method="inclusive")
        assert quantile([(float(v), n) for v, n in histogram], 0.9) == pytest.approx(expected[8])
        assert quantile([(float(v), n) for v, n in histogram], 0.5) == pytest.approx(statistics.median(values))


@pytest.mark.parametrize(
    "local",
    [datetime(2026, 3, 22, 23, 30), datetime(2026, 7, 5, 23, 30)],  # a Sunday in winter time and one in summer time
    ids=["winter", "summer"],
)
def test_heat_map_puts_a_late_sunday_contact_in_the_sunday_23_cell(any_store: Store, local: datetime) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    lead = make_user(any_store, Role.SHIFT_LEAD, "tiina")
    log(any_store, mari, Logged(local))
    log(any_store, mari, Logged(local + timedelta(hours=1)))  # Monday 00:30, outside a Sunday-only period

    stats = read(any_store, lead, local.date(), local.date())

    assert stats.total == 1
    assert stats.heatmap[6][23] == 1
    assert sum(map(sum, stats.heatmap)) == 1
    assert [(p.start, p.contacts) for p in stats.trend] == [(local.date(), 1)]


def test_the_night_the_clocks_change_keeps_local_hours(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    lead = make_user(any_store, Role.SHIFT_LEAD, "tiina")
    # 29 March 2026: 03:00 becomes 04:00. UTC 00:30 is 02:30 local, UTC 01:30 is 04:30 local.
    for utc_hour in (0, 1):
        moment = datetime(2026, 3, 29, utc_hour, 30, tzinfo=UTC).astimezone(TALLINN).replace(tzinfo=None)
        log(any_store, mari, Logged(moment))

    stats = read(any_store, lead, date(2026, 3, 29), date(2026, 3, 29))

    sunday = stats.heatmap[6]
    assert (sunday[2], sunday[3], sunday[4]) == (1, 0, 1)


def test_aid_decisions_by_outcome_and_limit_category(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    provider = add_provider(store)
    adult = identified_contact(store, mari, "Jaan Kask", "37605030299")
    child = identified_contact(store, mari, "Liis Kask", "61004020009")
    minor = {"event": Event.SEXUAL_VIOLENCE, "limit_category": LimitCategory.SEXUALLY_ABUSED_MINOR}
    with store.unit_of_work() as uow:
        aid.decide(uow, mari, decision(adult.id, provider.id, date(2026, 3, 31)))  # 886
        aid.decide(uow, mari, decision(adult.id, provider.id, date(2026, 4, 1)))  # 946
        aid.decide(uow, mari, decision(child.id, provider.id, date(2026, 4, 2), **minor))
        refused = {"outcome": Outcome.REFUSED, "refusal_reason": "Ei soovi"}
        aid.decide(uow, mari, decision(adult.id, None, date(2026, 4, 3), **refused))
        aid.decide(uow, mari, decision(adult.id, provider.id, date(2026, 5, 1)))  # after the period

    stats = read(store, lead, date(2026, 3, 1), date(2026, 4, 30))

    rows = {(row.outcome, row.limit_category): (row.decisions, row.amount) for row in stats.aid}
    assert rows == {
        ("granted", "standard"): (2, Decimal("1832.00")),
        ("granted", "sexually_abused_minor"): (1, Decimal(0)),
        ("granted", "trafficking"): (0, Decimal(0)),
        ("refused", NOT_RECORDED): (1, Decimal(0)),
    }
    assert stats.standard_amount == Decimal("1832.00")


def test_only_shift_leads_and_administrators_see_statistics(any_store: Store) -> None:
    admin = make_user(any_store, Role.ADMINISTRATOR, "admin")
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    with any_store.unit_of_work() as uow, pytest.raises(NotAllowed):
        period_statistics(uow, mari, date(2026, 1, 1), date(2026, 12, 31))
    assert read(any_store, admin, date(2026, 1, 1), date(2026, 12, 31)).total == 0


def test_default_granularity_follows_the_period_length() -> None:
    assert default_granularity(date(2026, 2, 1), date(2026, 2, 28)) is Granularity.DAY
    assert default_granularity(date(2026, 1, 1), date(2026, 3, 31)) is Granularity.WEEK
    assert default_granularity(date(2026, 1, 1), date(2026, 12, 31)) is Granularity.MONTH


def test_counting_leaves_the_connections_page_cache_at_its_small_size(store: Store) -> None:
    """The figures count with a larger page cache (a year's contact rows, read by four scans); the pooled connection
    must not keep it afterwards, or every connection that ever counted would hold it for the program's lifetime."""
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    log(store, mari, Logged(datetime(2026, 3, 2, 10), topics=["domestic_violence"]))
    with store.unit_of_work() as uow:
        connection = uow.session.connection()
        usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        stats = period_statistics(uow, lead, date(2026, 3, 1), date(2026, 3, 31))
        assert uow.session.connection() is connection
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == usual

    assert stats.total == 1
    assert stats.by_topic == {"domestic_violence": 1}
