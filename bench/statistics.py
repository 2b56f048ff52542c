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

from datetime import date

from app.services.actor import SessionUser
from app.services.documents.statistics_report import english_labels, to_pdf
from app.services.statistics.figures import Granularity, PeriodStatistics, period_statistics
from app.store.db import Store
from bench.log_store import NOW, bench_stores, measure

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


def main(argv: list[str] | None = None) -> None:
    for bench, repeat in bench_stores(__doc__ or "", argv, repeat=5):
        print(bench.heading())
        run(bench.store, bench.lead, repeat)


if __name__ == "__main__":
    main()
