"""How fast the shift lead's filtered review list shows its first page on a big SQLite store. Prints figures;
asserts nothing.

    .venv/bin/python -m bench.review_page                                  # 1,000,000 contacts (~3 min to fill)
    .venv/bin/python -m bench.review_page --sizes 100000,1000000
    .venv/bin/python -m bench.review_page --path big.sqlite3               # keep the store (filled if new)

The store is filled by ``bench.log_store``'s filler (contacts over ten years up to ``NOW``, 1 June 2026; risk flags
on 8 % of counselling contacts, topics, persons, callbacks). The filler writes no review tables, so this bench adds
them by plain SQL, as the desk would have built them: every counselling contact with a risk flag in the review queue,
and about 10 % of the others (the default sample share); the shift lead has reviewed about 90 % of the queued
contacts older than two weeks. A store at ``--path`` that already has contacts is measured as it is (the review rows
are added once if missing). Each figure is the median of ``--repeat`` runs of ``review_page`` (one page of 100, as
the desk asks for) or ``review_queue``, each in a new unit of work, after one warm-up run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import sqlalchemy as sa

from app.models import Topic
from app.models.enums import Line
from app.models.review import Shift
from app.services.actor import SessionUser
from app.services.desk.review import ReviewFilter, review_page, review_queue
from app.services.desk.shift_desk import FollowUp
from app.services.local_time import TALLINN
from app.store.db import Store
from bench.log_store import FIXED_COMMON, NOW, bench_stores, measure

TODAY = NOW.astimezone(TALLINN).date()
LAST_MONTH = (date(2026, 5, 1), date(2026, 5, 31))
LAST_YEAR = (TODAY - timedelta(days=365), TODAY - timedelta(days=1))
REVIEWED_BEFORE = NOW - timedelta(days=14)

# The queue as enqueue_new_contact builds it: risk contacts, then a stable ~10 % of the others (the contacts' ids
# are random, so their first two hex digits below 0x1a pick 26 of 256). Reviews: ~90 % of the queue older than two
# weeks (third and fourth hex digits below 0xe6), a few days after the contact, most of them acknowledged.
QUEUE_RISK = """
INSERT OR IGNORE INTO review_queue (contact_id, reason, added_at)
SELECT id, 'risk', ended_at FROM contacts
WHERE kind = 'counselling' AND id IN (SELECT contact_id FROM contact_risks)
"""
QUEUE_SAMPLE = """
INSERT OR IGNORE INTO review_queue (contact_id, reason, added_at)
SELECT id, 'sample', ended_at FROM contacts
WHERE kind = 'counselling' AND substr(id, 1, 2) < '1a' AND id NOT IN (SELECT contact_id FROM contact_risks)
"""
REVIEWS = """
INSERT OR IGNORE INTO reviews
    (id, contact_id, reviewer_id, reviewed_at, overall, discussed, acknowledged_at, version)
SELECT lower(hex(randomblob(16))), c.id, :lead, datetime(c.ended_at, '+3 days'),
       'Hea kontakt, turvaplaan arutatud.', substr(c.id, 5, 1) < '4',
       CASE WHEN substr(c.id, 6, 1) < 'c' THEN datetime(c.ended_at, '+5 days') END, 1
FROM review_queue q JOIN contacts c ON c.id = q.contact_id
WHERE c.started_at < :before AND substr(c.id, 3, 2) < 'e6'
"""


def add_review_rows(store: Store, lead: SessionUser) -> tuple[int, int]:
    """Queue entries and reviews for the contacts that have none yet; returns the totals (queued, reviewed)."""
    with store.engine.begin() as connection:
        connection.exec_driver_sql(QUEUE_RISK)
        connection.exec_driver_sql(QUEUE_SAMPLE)
        before = REVIEWED_BEFORE.replace(tzinfo=None).isoformat(sep=" ")
        connection.execute(sa.text(REVIEWS), {"lead": lead.id.hex, "before": before})
        queued = connection.exec_driver_sql("SELECT count(*) FROM review_queue").scalar_one()
        reviewed = connection.exec_driver_sql("SELECT count(*) FROM reviews").scalar_one()
    return int(queued), int(reviewed)


def _topics(store: Store) -> tuple[str, str]:
    """The filler's most common topic (first in the list, on about a third of the contacts) and a middle one."""
    with store.unit_of_work() as uow:
        codes = list(uow.session.scalars(sa.select(Topic.code).order_by(Topic.sort_order)))
    return codes[0], codes[len(codes) // 2]


def run(store: Store, lead: SessionUser, counsellor: SessionUser, repeat: int) -> None:
    common, topic = _topics(store)
    filters = [
        ("last month", ReviewFilter(*LAST_MONTH)),
        ("last month, night shift", ReviewFilter(*LAST_MONTH, shift=Shift.NIGHT)),
        (f"{counsellor.username} + line 116123", ReviewFilter(counsellor_id=counsellor.id, line=Line.EMOTIONAL_116123)),
        ("any risk flag, not reviewed", ReviewFilter(risk=True, reviewed=False)),
        (f"identified + topic {topic}", ReviewFilter(identified=True, topic=topic)),
        (f"identified + topic {common}", ReviewFilter(identified=True, topic=common)),
        ("overdue follow-ups", ReviewFilter(follow_up=FollowUp.OVERDUE)),
        (f"last 12 months + '{FIXED_COMMON}'", ReviewFilter(*LAST_YEAR, search=FIXED_COMMON)),
    ]

    def page(where: ReviewFilter) -> Callable[[], int]:
        def once() -> int:
            with store.unit_of_work() as uow:
                return len(review_page(uow, lead, where, now=NOW))

        return once

    def queue() -> int:
        with store.unit_of_work() as uow:
            return len(review_queue(uow, lead))

    print(f"{'':42} {'median ms':>10} {'worst ms':>10} {'rows':>6}")
    for label, action in [*((label, page(where)) for label, where in filters), ("review queue", queue)]:
        median, worst, rows = measure(action, repeat)
        print(f"{label:42} {median:10.1f} {worst:10.1f} {rows!s:>6}")


def main(argv: list[str] | None = None) -> None:
    for bench, repeat in bench_stores(__doc__ or "", argv, repeat=9):
        queued, reviewed = add_review_rows(bench.store, bench.lead)
        print(bench.heading())
        print(f"   {queued:,} queued, {reviewed:,} reviewed")
        run(bench.store, bench.lead, bench.handlers[0], repeat)


if __name__ == "__main__":
    main()
