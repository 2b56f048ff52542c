"""How long a year's statistics take on a big SQLite store. Prints figures; asserts nothing.

    .venv/bin/python -m bench.statistics                                  # 1,000,000 contacts (~3 min to fill)
    .venv/bin/python -m bench.statistics --sizes 100000,1000000
    .venv/bin/python -m bench.statistics --path big.sqlite3               # keep the store (filled if new)

The store is filled by ``bench.log_store``'s filler (contacts over ten years, so a year holds about a tenth of them).
A store at ``--path`` that already has contacts is measured as it is. Each figure is the median of ``--repeat`` runs
of ``period_statistics`` for the last full calendar year, each in a new unit of work, after one warm-up run; then
of ``statistics_report.to_pdf`` for that year's statistics (the report alone, the query not counted).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from app.db import Store
from app.models import Contact
from app.services.auth import SessionUser
from app.services.statistics import Granularity, PeriodStatistics, period_statistics
from app.services.statistics_report import english_labels, to_pdf
from bench.log_store import NOW, Filler, existing_users, make_users, measure, store_size

YEAR = (date(NOW.year - 1, 1, 1), date(NOW.year - 1, 12, 31))


def run(store: Store, lead: SessionUser, repeat: int) -> None:
    since, until = YEAR
    print(f"{'':34} {'median ms':>10} {'worst ms':>10}  note")
    for label, granularity in (("year, by month", None), ("year, by day", Granularity.DAY)):

        def once(granularity: Granularity | None = granularity) -> int:
            with store.unit_of_work() as uow:
                return period_statistics(uow, lead, since, until, granularity=granularity).total

        median, worst, total = measure(once, repeat)
        print(f"{label:34} {median:10.1f} {worst:10.1f}  {total:,} contacts in {since.year}")
    for label, granularity in (("report PDF, year by month", None), ("report PDF, year by day", Granularity.DAY)):
        with store.unit_of_work() as uow:
            stats = period_statistics(uow, lead, since, until, granularity=granularity)

        def report(stats: PeriodStatistics = stats) -> bytes:
            return to_pdf(stats, english_labels)

        median, worst, pdf = measure(report, repeat)
        assert isinstance(pdf, bytes)
        print(f"{label:34} {median:10.1f} {worst:10.1f}  {len(pdf) / 1024:.0f} KB (to_pdf only, statistics given)")


def count(store: Store) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.scalar(sa.select(sa.func.count()).select_from(Contact)) or 0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, help="store file to use or create (default: a temporary file)")
    parser.add_argument("--sizes", default="1000000", help="comma-separated contact counts")
    parser.add_argument("--repeat", type=int, default=5, help="timed repetitions")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    sizes = sorted(int(size) for size in args.sizes.split(","))
    folder = None if args.path else tempfile.TemporaryDirectory(prefix="helpline-bench-")
    path: Path = args.path or Path(folder.name) / "bench.sqlite3"  # type: ignore[union-attr]
    existed = path.exists()
    store = Store.open(f"sqlite:///{path}")
    try:
        if existed and count(store):
            lead, _ = existing_users(store)
            print(f"\n== {count(store):,} contacts (existing store {path}, {store_size(path)})")
            run(store, lead, args.repeat)
            return
        lead, handlers = make_users(store)
        filler = Filler(store, random.Random(args.seed), handlers)
        for size in sizes:
            began = time.perf_counter()
            filler.fill_to(size)
            print(f"\n== {size:,} contacts (filled in {time.perf_counter() - began:.0f} s, {store_size(path)})")
            run(store, lead, args.repeat)
    finally:
        store.close()
        if folder is not None:
            folder.cleanup()


if __name__ == "__main__":
    main()
