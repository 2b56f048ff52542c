"""The shift lead's desk: who sees what, the review queue, feedback, filters, shifts, workload and handover."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from app.errors import FieldErrors, NotAllowed
from app.models import ContactRisk
from app.models.enums import Channel, ContactKind, Direction, Line, RiskFlag, Role, StepStatus
from app.models.review import QueueReason, Shift
from app.services.actor import SessionUser
from app.services.contacts import contact_view, log
from app.services.contacts.editing import ContactInput, RiskAnswer, log_non_data_contact, save_contact
from app.services.desk import review, shift_desk
from app.services.desk.review import ReviewFilter
from app.services.desk.shift_desk import DeskSettings, FollowUp
from app.store.db import Store
from tests.conftest import make_user

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)  # 12:00 in Tallinn (winter time, UTC+2)
TALLINN = ZoneInfo("Europe/Tallinn")
TOPICS = ("domestic_violence", "grief", "stalking")


def _tallinn(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TALLINN).astimezone(UTC)


@dataclass
class Team:
    admin: SessionUser
    lead: SessionUser
    mari: SessionUser
    jaan: SessionUser


def _team(store: Store) -> Team:
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    return Team(
        admin,
        make_user(store, Role.SHIFT_LEAD, "liis"),
        make_user(store, Role.COUNSELLOR, "mari"),
        make_user(store, Role.COUNSELLOR, "jaan"),
    )


def _save(store: Store, actor: SessionUser, data: ContactInput) -> uuid.UUID:
    with store.unit_of_work() as uow:
        return save_contact(uow, actor, data, now=NOW).id


# --- Who sees what ---------------------------------------------------------------------------------------------


def test_counsellor_cannot_reach_another_counsellors_identified_contact(any_store: Store) -> None:
    team = _team(any_store)
    secret = _save(
        any_store,
        team.mari,
        ContactInput(started_at=NOW - timedelta(hours=3), identified=True, full_name="Kadri Kask", summary="peksmine"),
    )
    anonymous = _save(any_store, team.mari, ContactInput(started_at=NOW - timedelta(hours=2), summary="peksmine"))
    with any_store.unit_of_work() as uow:
        review.save_review(uow, team.lead, secret, {"opening": (5, "")}, "Hästi tehtud", True)
    with any_store.unit_of_work() as uow:
        with pytest.raises(NotAllowed):
            contact_view.load_contact(uow, team.jaan, secret)
        with pytest.raises(NotAllowed):
            review.reviews_for(uow, team.jaan, secret)
        for where in (
            ReviewFilter(),
            ReviewFilter(search="Kadri"),
            ReviewFilter(search="peksmine"),
            ReviewFilter(counsellor_id=team.mari.id, identified=True),
            ReviewFilter(reviewed=True),
        ):
            ids = {row.id for row in review.review_page(uow, team.jaan, where, now=NOW)}
            assert secret not in ids, where
        assert {row.id for row in review.review_page(uow, team.jaan, ReviewFilter(), now=NOW)} == {anonymous}
        # Another counsellor's feedback stays theirs, even on an anonymous contact.
        with pytest.raises(NotAllowed):
            review.reviews_for(uow, team.jaan, anonymous)
        assert review.my_feedback(uow, team.jaan) == []
        for lead_only in (
            lambda: review.review_queue(uow, team.jaan),
            lambda: shift_desk.team_follow_ups(uow, team.jaan, NOW.date()),
            lambda: shift_desk.workload(uow, team.jaan, NOW.date(), NOW.date()),
            lambda: review.save_review(uow, team.jaan, anonymous, {"opening": (1, "")}, "", False),
        ):
            with pytest.raises(NotAllowed):
                lead_only()
        # The owner and the lead do see it.
        assert secret in {row.id for row in review.review_page(uow, team.mari, ReviewFilter(), now=NOW)}
        assert secret in {row.id for row in review.review_page(uow, team.lead, ReviewFilter(), now=NOW)}
        assert len(review.reviews_for(uow, team.mari, secret)) == 1


# --- The review queue -----------------------------------------------------------------------------------------


def _set_share(store: Store, admin: SessionUser, share: float) -> None:
    with store.unit_of_work() as uow:
        shift_desk.set_desk_settings(uow, admin, DeskSettings(sample_share=share))


def test_risk_flagged_contact_enters_the_review_queue_by_itself(any_store: Store) -> None:
    team = _team(any_store)
    _set_share(any_store, team.admin, 0.0)
    risky = _save(
        any_store,
        team.mari,
        ContactInput(started_at=NOW - timedelta(hours=1), risks={RiskFlag.SUICIDAL: RiskAnswer(StepStatus.DONE)}),
    )
    plain = _save(any_store, team.mari, ContactInput(started_at=NOW - timedelta(hours=2)))
    with any_store.unit_of_work() as uow:
        log_non_data_contact(uow, team.mari, ContactKind.SILENT, now=NOW)
    with any_store.unit_of_work() as uow:
        queue = review.review_queue(uow, team.lead)
    assert [(item.row.id, item.reason) for item in queue] == [(risky, QueueReason.RISK)]

    # Reviewed, it leaves the queue; a risk added later to a contact brings it in.
    with any_store.unit_of_work() as uow:
        review.save_review(uow, team.lead, risky, {"risk_assessment": (3, "")}, "", False)
    data = ContactInput(
        started_at=NOW - timedelta(hours=2), risks={RiskFlag.CHILD_AT_RISK: RiskAnswer(StepStatus.DONE)}
    )
    with any_store.unit_of_work() as uow:
        save_contact(uow, team.mari, data, contact_id=plain, now=NOW)
    with any_store.unit_of_work() as uow:
        assert [(item.row.id, item.reason) for item in review.review_queue(uow, team.lead)] == [
            (plain, QueueReason.RISK)
        ]


def test_sample_share_is_stable_and_configurable(any_store: Store) -> None:
    team = _team(any_store)
    _set_share(any_store, team.admin, 0.5)
    ids = [_save(any_store, team.mari, ContactInput(started_at=NOW - timedelta(minutes=n))) for n in range(40)]
    with any_store.unit_of_work() as uow:
        queued = {item.row.id: item.reason for item in review.review_queue(uow, team.lead)}
        assert shift_desk.desk_settings(uow).sample_share == 0.5
    expected = {cid for cid in ids if review.sampled(cid, 0.5)}
    assert set(queued) == expected
    assert set(queued.values()) <= {QueueReason.SAMPLE}
    assert 5 < len(expected) < 35  # a share, not all or nothing
    assert all(review.sampled(cid, 1.0) for cid in ids)
    assert not any(review.sampled(cid, 0.0) for cid in ids)


# --- Reviews and feedback -------------------------------------------------------------------------------------


def test_review_reaches_the_counsellor_who_acknowledges_it(any_store: Store) -> None:
    team = _team(any_store)
    contact = _save(any_store, team.mari, ContactInput(started_at=NOW - timedelta(hours=5)))
    with any_store.unit_of_work() as uow:
        with pytest.raises(FieldErrors) as raised:
            review.save_review(uow, team.lead, contact, {"opening": (6, ""), "nonsense": (3, "")}, "", False)
        assert raised.value.errors == {
            "score.opening": "review.score_range",
            "score.nonsense": "review.unknown_criterion",
        }
        with pytest.raises(FieldErrors):
            review.save_review(uow, team.lead, contact, {}, "  ", False)
        saved = review.save_review(
            uow, team.lead, contact, {"opening": (4, "Soe algus"), "closing": (2, "Lõpp järsk")}, "Arutame", False
        )
    with any_store.unit_of_work() as uow:
        feedback = review.my_feedback(uow, team.mari, language="et")
        assert [f.id for f in feedback] == [saved.id]
        assert [(s.criterion_code, s.criterion_name, s.score, s.comment) for s in feedback[0].scores] == [
            ("opening", "Vestluse algus", 4, "Soe algus"),
            ("closing", "Vestluse lõpetamine", 2, "Lõpp järsk"),
        ]
        assert feedback[0].acknowledged_at is None
        assert feedback[0].reviewer_name == "Liis Tamm"
        for stranger in (team.jaan, team.lead):
            with pytest.raises(NotAllowed):
                review.acknowledge(uow, stranger, saved.id)
    read_at = NOW + timedelta(hours=1)
    with any_store.unit_of_work() as uow:
        review.acknowledge(uow, team.mari, saved.id, now=read_at)
    with any_store.unit_of_work() as uow:
        assert review.my_feedback(uow, team.mari)[0].acknowledged_at == read_at
        assert review.reviews_for(uow, team.lead, contact)[0].acknowledged_at == read_at

    # A second contact's review comes first while unacknowledged; changing a review asks for acknowledgement again.
    second = _save(any_store, team.mari, ContactInput(started_at=NOW - timedelta(hours=4)))
    with any_store.unit_of_work() as uow:
        newer = review.save_review(uow, team.lead, second, {"listening": (5, "")}, "", True)
        assert [f.id for f in review.my_feedback(uow, team.mari)] == [newer.id, saved.id]
        review.save_review(uow, team.lead, contact, {"opening": (5, "Soe algus")}, "Arutatud", True)
    with any_store.unit_of_work() as uow:
        [again] = review.reviews_for(uow, team.mari, contact)
        assert again.acknowledged_at is None
        assert again.discussed
        assert len(again.scores) == 1


def test_rubric_is_seeded_and_edited_by_administrators_only(store: Store) -> None:
    team = _team(store)
    with store.unit_of_work() as uow:
        assert [c.code for c in review.active_criteria(uow, "en")] == [
            "opening",
            "listening",
            "risk_assessment",
            "information_referral",
            "closing",
        ]
        with pytest.raises(NotAllowed):
            review.add_criterion(uow, team.lead, "Empaatia", "Empathy", "Эмпатия")
        added = review.add_criterion(uow, team.admin, "Empaatia", "Empathy", "Эмпатия")
        closing = next(c for c in review.list_criteria(uow) if c.code == "closing")
        review.update_criterion(
            uow,
            team.admin,
            closing.id,
            name_et=closing.name_et,
            name_en="Ending",
            name_ru=closing.name_ru,
            active=False,
        )
    with store.unit_of_work() as uow:
        codes = [c.code for c in review.active_criteria(uow, "en")]
        assert codes[-1] == added.code
        assert "closing" not in codes
        contact = _save(store, team.mari, ContactInput(started_at=NOW))
        with pytest.raises(FieldErrors):
            review.save_review(uow, team.lead, contact, {"closing": (3, "")}, "", False)


# --- Filters against sets computed in plain Python -------------------------------------------------------------


@dataclass
class Fact:
    id: uuid.UUID
    started: datetime
    ended: datetime
    handler: uuid.UUID
    line: Line
    channel: Channel
    direction: Direction
    topics: set[str]
    flags: set[RiskFlag]
    pending: bool
    identified: bool
    summary: str
    due: datetime | None
    done: bool
    name: str
    reviewed: bool = False


def _night_of(moment: datetime) -> tuple[date, str]:
    """The test's own reading of the shift rule (08-20 day), independent of the service."""
    local = moment.astimezone(TALLINN)
    if 8 <= local.hour < 20:
        return local.date(), "day"
    return (local - timedelta(hours=8)).date(), "night"


def _build(store: Store, team: Team) -> list[Fact]:
    rng = random.Random(4)
    facts: list[Fact] = []
    for n in range(60):
        handler = (team.mari, team.jaan)[n % 2]
        started = NOW - timedelta(minutes=rng.randrange(20, 6 * 24 * 60))
        ended = started + timedelta(minutes=rng.randrange(3, 50))
        topics = set(rng.sample(TOPICS, rng.randrange(0, 3)))
        flags = {rng.choice(list(RiskFlag))} if rng.random() < 0.3 else set()
        identified = rng.random() < 0.4
        due = started + timedelta(hours=rng.choice((2, 20, 30, 60, 150))) if rng.random() < 0.4 else None
        done = due is not None and rng.random() < 0.3
        fact = Fact(
            uuid.uuid4(),
            started,
            ended,
            handler.id,
            rng.choice(list(Line)),
            rng.choice(list(Channel)),
            rng.choice(list(Direction)),
            topics,
            flags,
            False,
            identified,
            rng.choice(("vägivald kodus", "lein ja kaotus", "vägivald tööl")),
            due,
            done,
            f"Isik Number{n}" if identified else "",
        )
        data = ContactInput(
            started_at=started,
            ended_at=ended,
            line=fact.line,
            channel=fact.channel,
            direction=fact.direction,
            topics=sorted(topics),
            risks={flag: RiskAnswer(StepStatus.DONE) for flag in flags},
            identified=identified,
            full_name=fact.name,
            summary=fact.summary,
            callback_due_at=due,
            callback_done=done,
        )
        fact.id = _save(store, handler, data)
        facts.append(fact)
    with store.unit_of_work() as uow:
        for fact in facts[::7]:
            if fact.flags:
                fact.pending = True
                uow.session.execute(
                    sa.update(ContactRisk).where(ContactRisk.contact_id == fact.id).values(status=StepStatus.PENDING)
                )
        uow.commit()
    for fact in facts[::5]:
        with store.unit_of_work() as uow:
            review.save_review(uow, team.lead, fact.id, {"listening": (3, "")}, "", False)
        fact.reviewed = True
    return facts


def _all_pages(store: Store, actor: SessionUser, where: ReviewFilter, page: int = 7) -> list[log.LogRow]:
    rows: list[log.LogRow] = []
    with store.unit_of_work() as uow:
        while True:
            found = review.review_page(uow, actor, where, after=rows[-1].cursor if rows else None, limit=page, now=NOW)
            rows.extend(found)
            if len(found) < page:
                return rows


@pytest.mark.parametrize("dense_from", [review.DENSE_HITS, 1], ids=["sets-driving", "sets-probed"])
def test_filters_combine_as_computed_by_hand(
    any_store: Store, dense_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # dense_from=1 takes every membership filter down the large-set path (a correlated EXISTS on SQLite).
    monkeypatch.setattr(review, "DENSE_HITS", dense_from)
    team = _team(any_store)
    facts = _build(any_store, team)
    today_end = datetime(2026, 11, 23, tzinfo=TALLINN)
    today_start = datetime(2026, 11, 22, tzinfo=TALLINN)
    middle = (NOW - timedelta(days=3)).astimezone(TALLINN).date()

    def open_due(f: Fact) -> bool:
        return f.due is not None and not f.done

    cases = [
        (ReviewFilter(), lambda f: True),
        (
            ReviewFilter(shift=Shift.NIGHT, date_from=middle, date_to=middle),
            lambda f: _night_of(f.started) == (middle, "night"),
        ),
        (
            ReviewFilter(shift=Shift.DAY, date_from=middle - timedelta(days=1), date_to=middle, search="vägivald"),
            lambda f: (
                _night_of(f.started)[1] == "day"
                and middle - timedelta(days=1) <= _night_of(f.started)[0] <= middle
                and "vägivald" in f.summary
            ),
        ),
        (ReviewFilter(shift=Shift.NIGHT), lambda f: _night_of(f.started)[1] == "night"),
        (
            ReviewFilter(date_from=middle, date_to=middle + timedelta(days=1)),
            lambda f: middle <= f.started.astimezone(TALLINN).date() <= middle + timedelta(days=1),
        ),
        (ReviewFilter(counsellor_id=team.mari.id, risk=True), lambda f: f.handler == team.mari.id and bool(f.flags)),
        (ReviewFilter(risk=False, identified=True), lambda f: not f.flags and f.identified),
        (
            ReviewFilter(line=Line.CRISIS_116006, channel=Channel.PHONE, identified=False),
            lambda f: f.line is Line.CRISIS_116006 and f.channel is Channel.PHONE and not f.identified,
        ),
        (
            ReviewFilter(topic="domestic_violence", direction=Direction.INCOMING, reviewed=False),
            lambda f: "domestic_violence" in f.topics and f.direction is Direction.INCOMING and not f.reviewed,
        ),
        (ReviewFilter(reviewed=True, search="lein"), lambda f: f.reviewed and "lein" in f.summary),
        (ReviewFilter(risk_flag=RiskFlag.SUICIDAL), lambda f: RiskFlag.SUICIDAL in f.flags),
        (ReviewFilter(open_risk=True), lambda f: f.pending),
        (ReviewFilter(follow_up=FollowUp.OVERDUE), lambda f: open_due(f) and f.due is not None and f.due < NOW),
        (
            ReviewFilter(follow_up=FollowUp.DUE_TODAY, counsellor_id=team.jaan.id),
            lambda f: (
                open_due(f) and f.due is not None and today_start <= f.due < today_end and f.handler == team.jaan.id
            ),
        ),
        (
            ReviewFilter(follow_up=FollowUp.DUE_OR_OVERDUE),
            lambda f: open_due(f) and f.due is not None and f.due < today_end,
        ),
        (ReviewFilter(search="number1", risk=False), lambda f: f.name.startswith("Isik Number1") and not f.flags),
    ]
    nonempty = 0
    for where, wanted in cases:
        expected = sorted((f for f in facts if wanted(f)), key=lambda f: (f.started, f.id), reverse=True)
        got = _all_pages(any_store, team.lead, where)
        assert [row.id for row in got] == [f.id for f in expected], where
        nonempty += bool(expected)
    assert nonempty >= len(cases) - 2  # the data exercise the filters

    # A counsellor gets the same filters over only what their log shows: anonymous contacts and their own.
    for where, wanted in cases[:9]:
        expected_ids = {f.id for f in facts if wanted(f) and (not f.identified or f.handler == team.jaan.id)}
        assert {row.id for row in _all_pages(any_store, team.jaan, where)} == expected_ids, where


def test_night_shift_runs_across_midnight(any_store: Store) -> None:
    team = _team(any_store)
    moments = {
        "day_end": _tallinn(2026, 11, 20, 19, 59),
        "night_start": _tallinn(2026, 11, 20, 20, 0),
        "midnight": _tallinn(2026, 11, 21, 0, 30),
        "night_end": _tallinn(2026, 11, 21, 7, 59),
        "next_day": _tallinn(2026, 11, 21, 8, 0),
        "night_before": _tallinn(2026, 11, 20, 2, 0),
    }
    ids = {name: _save(any_store, team.mari, ContactInput(started_at=at)) for name, at in moments.items()}
    night = ReviewFilter(shift=Shift.NIGHT, date_from=date(2026, 11, 20), date_to=date(2026, 11, 20))
    with any_store.unit_of_work() as uow:
        found = {row.id for row in review.review_page(uow, team.lead, night)}
        assert found == {ids["night_start"], ids["midnight"], ids["night_end"]}
        shift_desk.set_desk_settings(uow, team.admin, DeskSettings(day_start_hour=7, night_start_hour=22))
    with any_store.unit_of_work() as uow:
        found = {row.id for row in review.review_page(uow, team.lead, night)}
        assert found == {ids["midnight"]}
        day = ReviewFilter(shift=Shift.DAY, date_from=date(2026, 11, 20), date_to=date(2026, 11, 20))
        assert {row.id for row in review.review_page(uow, team.lead, day)} == {ids["day_end"], ids["night_start"]}


def test_shifts_follow_summer_time() -> None:
    settings = DeskSettings()
    summer_night = shift_desk.shift_bounds(date(2026, 7, 10), Shift.NIGHT, settings)
    assert summer_night == (datetime(2026, 7, 10, 17, 0, tzinfo=UTC), datetime(2026, 7, 11, 5, 0, tzinfo=UTC))
    winter_day = shift_desk.shift_bounds(date(2026, 1, 10), Shift.DAY, settings)
    assert winter_day == (datetime(2026, 1, 10, 6, 0, tzinfo=UTC), datetime(2026, 1, 10, 18, 0, tzinfo=UTC))
    assert shift_desk.shift_of(datetime(2026, 7, 11, 4, 59, tzinfo=UTC), settings) == (date(2026, 7, 10), Shift.NIGHT)
    assert shift_desk.shift_of(datetime(2026, 7, 11, 5, 0, tzinfo=UTC), settings) == (date(2026, 7, 11), Shift.DAY)


def test_desk_settings_are_checked_and_for_administrators(store: Store) -> None:
    team = _team(store)
    with store.unit_of_work() as uow:
        assert shift_desk.desk_settings(uow) == DeskSettings(8, 20, 0.1)
        with pytest.raises(NotAllowed):
            shift_desk.set_desk_settings(uow, team.lead, DeskSettings())
        with pytest.raises(FieldErrors) as raised:
            shift_desk.set_desk_settings(uow, team.admin, DeskSettings(20, 8, 1.5))
        assert raised.value.errors == {"night_start_hour": "desk.night_before_day", "sample_share": "desk.share_range"}


# --- Workload and the team's follow-ups -----------------------------------------------------------------------


def test_workload_sums_per_counsellor_and_shift(any_store: Store) -> None:
    team = _team(any_store)
    facts = _build(any_store, team)
    with any_store.unit_of_work() as uow:
        log_non_data_contact(uow, team.jaan, ContactKind.HANG_UP, started_at=NOW - timedelta(minutes=5), now=NOW)
    expected: dict[tuple[uuid.UUID, date, str], list[int]] = {}
    for f in facts:
        day, shift = _night_of(f.started)
        counts = expected.setdefault((f.handler, day, shift), [0, 0, 0, 0])
        counts[0] += 1
        counts[2] += int((f.ended - f.started).total_seconds())
        counts[3] += bool(f.flags)
    day, shift = _night_of(NOW - timedelta(minutes=5))
    counts = expected.setdefault((team.jaan.id, day, shift), [0, 0, 0, 0])
    counts[0] += 1
    counts[1] += 1
    counts[2] += 5 * 60
    first = min(_night_of(f.started)[0] for f in facts)
    with any_store.unit_of_work() as uow:
        rows = shift_desk.workload(uow, team.lead, first, NOW.date())
        later = shift_desk.workload(uow, team.lead, first + timedelta(days=1), NOW.date())
    got = {
        (r.counsellor_id, r.shift_date, r.shift.value): [r.contacts, r.non_data, r.seconds_on_line, r.risk_contacts]
        for r in rows
    }
    assert got == expected
    assert sum(r.contacts for r in rows) == 61
    with any_store.unit_of_work() as uow:
        counselling = review.review_page(uow, team.lead, ReviewFilter(kind=ContactKind.COUNSELLING), limit=100)
        everything = review.review_page(uow, team.lead, ReviewFilter(), limit=100)
    assert (len(counselling), len(everything)) == (60, 61)
    assert {(r.counsellor_id, r.shift_date, r.shift.value) for r in later} == {
        key for key in expected if key[1] > first
    }


def test_team_follow_ups_by_counsellor(any_store: Store) -> None:
    team = _team(any_store)
    facts = _build(any_store, team)
    today = NOW.astimezone(TALLINN).date()
    end = datetime(2026, 11, 23, tzinfo=TALLINN)
    with any_store.unit_of_work() as uow:
        groups = shift_desk.team_follow_ups(uow, team.lead, today)
    got = {group.counsellor_id: [row.id for row in group.rows] for group in groups}
    expected: dict[uuid.UUID, list[uuid.UUID]] = {}
    for f in sorted(facts, key=lambda f: (f.due or NOW, f.id)):
        if f.due is not None and not f.done and f.due < end:
            expected.setdefault(f.handler, []).append(f.id)
    assert got == expected
    assert [group.counsellor_name for group in groups] == sorted(group.counsellor_name for group in groups)


# --- Handover -------------------------------------------------------------------------------------------------


def test_handover_notes_unread_until_marked(store: Store) -> None:
    team = _team(store)
    with store.unit_of_work() as uow:
        with pytest.raises(FieldErrors):
            shift_desk.write_handover(uow, team.lead, "   ", Shift.NIGHT)
        old = shift_desk.write_handover(uow, team.lead, "Vana", Shift.DAY, now=NOW - timedelta(days=10))
        first = shift_desk.write_handover(
            uow, team.lead, "Tagasihelistamine kell 9", Shift.NIGHT, now=NOW - timedelta(hours=3)
        )
        second = shift_desk.write_handover(uow, team.jaan, "Riskiga kõne", Shift.NIGHT, now=NOW - timedelta(hours=2))
    with store.unit_of_work() as uow:
        assert [n.id for n in shift_desk.unread_handovers(uow, team.mari, now=NOW)] == [second.id, first.id]
        assert [n.id for n in shift_desk.unread_handovers(uow, team.jaan, now=NOW)] == [first.id]
        assert old.id not in {n.id for n in shift_desk.unread_handovers(uow, team.admin, now=NOW)}
        shift_desk.mark_read(uow, team.mari, second.id, now=NOW)
        shift_desk.mark_read(uow, team.mari, second.id, now=NOW)
    with store.unit_of_work() as uow:
        notes = shift_desk.unread_handovers(uow, team.mari, now=NOW)
        assert [(n.id, n.author_name, n.shift) for n in notes] == [(first.id, "Liis Tamm", Shift.NIGHT)]
        assert [n.id for n in shift_desk.unread_handovers(uow, team.admin, now=NOW)] == [second.id, first.id]


def test_the_review_queue_honours_the_desk_s_filters(any_store: Store) -> None:
    """The queue narrowed like the desk's list: period, shift, line, counsellor and words (issue 11, point 8)."""
    team = _team(any_store)
    _set_share(any_store, team.admin, 0.0)
    risk = {RiskFlag.SUICIDAL: RiskAnswer(StepStatus.DONE)}
    night = _save(
        any_store,
        team.mari,
        ContactInput(started_at=_tallinn(2026, 11, 21, 23), risks=risk, summary="öine kõne lahkumisest"),
    )
    day = _save(any_store, team.jaan, ContactInput(started_at=_tallinn(2026, 11, 21, 10), risks=risk))
    older = _save(
        any_store,
        team.mari,
        ContactInput(started_at=_tallinn(2026, 11, 18, 23), risks=risk, line=Line.EMOTIONAL_116123),
    )

    def queued(where: ReviewFilter | None = None) -> set[uuid.UUID]:
        with any_store.unit_of_work() as uow:
            return {item.row.id for item in review.review_queue(uow, team.lead, where, now=NOW)}

    assert queued() == {night, day, older}
    last_night = ReviewFilter(date_from=date(2026, 11, 21), date_to=date(2026, 11, 21), shift=Shift.NIGHT)
    assert queued(last_night) == {night}
    assert queued(ReviewFilter(date_from=date(2026, 11, 21), date_to=date(2026, 11, 22))) == {night, day}
    assert queued(ReviewFilter(line=Line.EMOTIONAL_116123)) == {older}
    assert queued(ReviewFilter(counsellor_id=team.jaan.id)) == {day}
    assert queued(ReviewFilter(search="lahkumisest")) == {night}
    assert queued(ReviewFilter(reviewed=True)) == set()  # the queue holds what is not reviewed yet
