"""How long a year's statistics take on the program's encrypted 1,000,000-contact store, beside the plain store and
the raw SQL of the same aggregate queries. Prints figures; asserts nothing.

    .venv/bin/python -m bench.statistics --path /tmp/me/big1m.sqlite3       # a copy of a plain bench store
    .venv/bin/python -m bench.statistics --path big.sqlite3 --repeat 7 --cold 3

``--path`` is a plain store filled by ``bench.log_store``'s filler (filled with 1,000,000 contacts if missing, about
3 minutes). Beside it the bench keeps the program's encrypted copy, made as ``bench/gui_stall.py`` makes it
(``<name>-app.sqlite3``, converted by ``open_configured_store`` with its key in a JSON keyring file beside it: a
minute on the first run). The plain file is opened with ``Store.open`` too (which migrates it): use a copy of a
shared bench store, never the original.

Four things are timed for the last full calendar year (about 100,000 contacts), interleaved so a busy machine slows
them alike, medians:

- the program: ``period_statistics`` in a new unit of work, on the encrypted store and on the plain one;
- raw SQL: the very statements that ``period_statistics`` sent (caught once with SQLAlchemy's cursor events), run on
  a bare driver connection with the connection's defaults (the plain store with ``sqlite3``; the encrypted one with
  SQLCipher and the program's key), fetching every row, nothing else.

Warm: after a warm-up run, each in the same pooled connection, the files in the OS cache. Cold: before each run the
store's files are dropped from the OS cache (``posix_fadvise(DONTNEED)``) and the engine's pool is emptied, so the
run reads the disk and starts with an empty SQLite page cache. The RSS line says what the program's run adds to the
process at its peak (sampled every 5 ms) and keeps after it (the page cache, ``figures.PAGE_CACHE_KIB``).
The CPU column (this thread's CPU time in the warm runs) is
what a busy machine inflates least: on the shared 2-core VM the wall times vary 2-3× with the load average printed.
Target: the program on the encrypted store, warm, under 1 s.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from datetime import time as dt_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.config import sqlite_url
from app.models import Contact, Topic, contact_topics
from app.services import local_time
from app.services.actor import SessionUser
from app.services.documents.statistics_report import english_labels, to_pdf
from app.services.statistics import figures
from app.services.statistics.figures import period_statistics
from app.store.db import Store, create_store_engine
from bench.gui_stall import fill_plain, open_app_copy
from bench.log_store import NOW, existing_users

YEAR = (date(NOW.year - 1, 1, 1), date(NOW.year - 1, 12, 31))
TARGET_MS = 1000.0
Query = tuple[str, Any]


def drop_from_os_cache(path: Path) -> None:
    """The store's file, WAL and shared memory out of the OS page cache (clean pages only: nothing is lost)."""
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if name.exists():
            fd = os.open(name, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


@contextmanager
def peak_rss() -> Iterator[list[float]]:
    """Samples the process's RSS every 5 ms; the list holds the peak when the block ends."""
    found = [rss_mb()]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.005):
            found[0] = max(found[0], rss_mb())

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield found
    finally:
        stop.set()
        thread.join()
        found[0] = max(found[0], rss_mb())


def program(store: Store, lead: SessionUser) -> Callable[[], int]:
    since, until = YEAR

    def run() -> int:
        with store.unit_of_work() as uow:
            return period_statistics(uow, lead, since, until).total

    return run


def topics_by_contact_ids(session: Session, begin: datetime, end: datetime) -> dict[str, int]:
    """The topics counted as before migration 0012 (commit 68ece32): the links of the period's contact ids, found
    through ``contact_topics``' key index (``contact_id IN (SELECT id FROM contacts WHERE started_at in the period)``).
    """
    links = contact_topics
    period = sa.select(Contact.id).where(Contact.started_at >= begin, Contact.started_at < end)
    query = (
        sa.select(links.c.topic_id, sa.func.count()).where(links.c.contact_id.in_(period)).group_by(links.c.topic_id)
    )
    counts: dict[uuid.UUID, int] = {topic: int(n) for topic, n in session.execute(query)}
    codes = {
        topic: str(code) for topic, code in session.execute(sa.select(Topic.id, Topic.code).where(Topic.id.in_(counts)))
    }
    return dict(sorted(((codes[topic], int(n)) for topic, n in counts.items()), key=lambda r: (-r[1], r[0])))


def program_before(store: Store, lead: SessionUser) -> Callable[[], int]:
    """The program as before migration 0012: the topics counted by contact ids (:func:`topics_by_contact_ids`)."""
    after = program(store, lead)

    def run() -> int:
        kept = figures._topics
        figures._topics = topics_by_contact_ids
        try:
            return after()
        finally:
            figures._topics = kept

    return run


def caught_queries(store: Store, lead: SessionUser) -> list[Query]:
    """The SELECT statements (with their parameters as the driver got them) that one year's statistics send."""
    caught: list[Query] = []

    def catch(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            caught.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", catch)
    try:
        program(store, lead)()
    finally:
        event.remove(store.engine, "before_cursor_execute", catch)
    return caught


def raw(
    connect: Callable[[], Any], queries: list[Query], after: Callable[[], None] = lambda: None
) -> Callable[[], int]:
    """The caught statements on a driver connection of ``connect`` (kept between runs, as a pool keeps one; closed,
    then ``after`` called, before a cold run)."""
    held: list[Any] = []

    def run() -> int:
        if not held:
            held.append(connect())
        cursor = held[0].cursor()
        try:
            return sum(len(cursor.execute(statement, parameters).fetchall()) for statement, parameters in queries)
        finally:
            cursor.close()

    def forget() -> None:
        while held:
            held.pop().close()
        after()

    run.forget = forget  # type: ignore[attr-defined]
    return run


class Row:
    def __init__(self, label: str, run: Callable[[], int], path: Path, forget: Callable[[], None]) -> None:
        self.label, self.run, self.path, self.forget = label, run, path, forget
        self.warm: list[float] = []
        self.cold: list[float] = []
        self.cpu: list[float] = []  # warm runs: this thread's CPU time (SQLite runs in the calling thread)

    def timed(self, cold: bool) -> None:
        if cold:
            self.forget()
            drop_from_os_cache(self.path)
        started, cpu = time.perf_counter(), time.thread_time()
        self.run()
        (self.cold if cold else self.warm).append((time.perf_counter() - started) * 1000)
        if not cold:
            self.cpu.append((time.thread_time() - cpu) * 1000)


def measure(rows: list[Row], repeat: int, cold: int) -> None:
    for row in rows:
        row.run()  # warm-up
    for _ in range(repeat):
        for row in rows:
            row.timed(cold=False)
    for _ in range(cold):
        for row in rows:
            row.timed(cold=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, required=True, help="plain bench store (a copy: it is migrated)")
    parser.add_argument("--repeat", type=int, default=5, help="warm runs of each")
    parser.add_argument("--cold", type=int, default=3, help="cold runs of each")
    args = parser.parse_args(argv)
    plain_path: Path = args.path
    if not plain_path.exists():
        fill_plain(plain_path)
    encrypted, encrypted_path = open_app_copy(plain_path)
    began = time.perf_counter()
    plain = Store.open(sqlite_url(plain_path))
    print(f"opened the plain store {plain_path} (migrated if behind) in {time.perf_counter() - began:.1f} s")
    key = encrypted.key
    assert key is not None, "the program's copy is encrypted"
    raw_engine = create_store_engine(sqlite_url(encrypted_path), key=key)
    try:
        lead, _handlers = existing_users(plain)
        # First, in a process that has not counted yet: what one count adds to its memory.
        before = rss_mb()
        with peak_rss() as peak:
            program(encrypted, lead)()
        after = rss_mb()
        print(
            f"RSS of the first program run on the encrypted store: peak +{peak[0] - before:.0f} MB, "
            f"kept after +{after - before:.0f} MB (process {after:.0f} MB)"
        )

        queries = caught_queries(plain, lead)
        raw_encrypted = raw(raw_engine.raw_connection, queries, raw_engine.dispose)
        raw_plain = raw(lambda: sqlite3.connect(plain_path), queries)
        rows = [
            Row("program, encrypted store", program(encrypted, lead), encrypted_path, encrypted.engine.dispose),
            Row(
                "  before 0012 (topics by id)",
                program_before(encrypted, lead),
                encrypted_path,
                encrypted.engine.dispose,
            ),
            Row("program, plain store", program(plain, lead), plain_path, plain.engine.dispose),
            Row("raw SQL, encrypted store", raw_encrypted, encrypted_path, raw_encrypted.forget),  # type: ignore[attr-defined]
            Row("raw SQL, plain store", raw_plain, plain_path, raw_plain.forget),  # type: ignore[attr-defined]
        ]
        with encrypted.unit_of_work() as uow:
            contacts = int(uow.session.scalar(sa.text("SELECT count(*) FROM contacts")) or 0)
        since, until = YEAR
        bounds = tuple(
            datetime.combine(day, dt_time(), ZoneInfo(local_time.ZONE_NAME)).astimezone(UTC)
            for day in (since, until + timedelta(days=1))
        )
        total = program(encrypted, lead)()
        print(
            f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}; {contacts:,} contacts, "
            f"{total:,} in {since.year}; {len(queries)} aggregate queries; page cache while counting "
            f"{getattr(figures, 'PAGE_CACHE_KIB', 8000) / 1024:.0f} MB"
        )
        measure(rows, args.repeat, args.cold)
        print(f"load average after the runs {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
        print(
            f"{'':28}{'warm ms':>10}{'cold ms':>10}{'CPU ms':>10}   (medians of {args.repeat} warm, {args.cold} cold;"
            " CPU: warm runs)"
        )
        for row in rows:
            print(
                f"{row.label:28}{statistics.median(row.warm):10.0f}{statistics.median(row.cold):10.0f}"
                f"{statistics.median(row.cpu):10.0f}"
            )
        encrypted_ms, before_ms, plain_ms = (statistics.median(row.warm) for row in rows[:3])
        with encrypted.unit_of_work() as uow:
            same = figures._topics(uow.session, *bounds) == topics_by_contact_ids(uow.session, *bounds)
        verdict = "met" if encrypted_ms < TARGET_MS else "NOT met"
        cpu_ratio = statistics.median(rows[0].cpu) / statistics.median(rows[1].cpu)
        print(
            f"program encrypted / plain (warm): {encrypted_ms / plain_ms:.2f}×; after / before 0012 (warm): "
            f"{encrypted_ms / before_ms:.2f}×, CPU {cpu_ratio:.2f}×"
            f"; topic counts the same: {same}; target < {TARGET_MS:.0f} ms: {verdict}"
        )

        with plain.unit_of_work() as uow:
            stats = period_statistics(uow, lead, since, until)
        started = time.perf_counter()
        pdf = to_pdf(stats, english_labels)
        elapsed = (time.perf_counter() - started) * 1000
        print(f"report PDF of the year (to_pdf only): {elapsed:.0f} ms, {len(pdf) // 1024} KB")
    finally:
        encrypted.close()
        plain.close()
        raw_engine.dispose()


if __name__ == "__main__":
    main()
