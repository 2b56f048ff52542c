"""The longest GUI-thread stall while the statistics page redraws its results. Prints figures; asserts nothing.

    .venv/bin/python -m bench.statistics_redraw --path /tmp/s13/redraw/store100k.sqlite3
    .venv/bin/python -m bench.statistics_redraw --path … --program /tmp/old-tree   # another checkout's program

Target (issue 12): no GUI-thread slice over 50 ms. The page (``app.ui.statistics.page.StatisticsPage``, 1366 × 740,
shown, the program's theme and Estonian translation) gets its results as the database worker hands them over
(``_shown``), alternately the last full year by month and the last full month by day, so every redraw changes every
chart, the trend's length and the bars' names' language stays the same. The query itself runs on the database worker
and is not measured here (``bench.statistics`` measures it). ``bench.gui_stall``'s watchdog (a 1 ms timer whose gaps
are how long the thread was blocked) runs from the hand-over until the page is no longer busy and the event loop has
had 300 ms more (the old charts' deletion and the first paint of the new ones count). It also prints how long the
page stayed busy after the hand-over (drawn a piece per turn, it is busy until the last piece; drawn at once, it was
not busy while the paint that followed blocked the window). Before the redraws the same
watchdog runs as long over an idle page: the floor of this machine at this moment.

``--path`` is a plain store as ``bench.log_store`` fills it; it is only read (use a copy of the shared big stores).
``--program`` runs the program of another checkout (its ``app`` first on ``sys.path``; the bench's own modules from
this one), so a change can be compared with what it replaced in the same sitting: run both, interleaved.
"""

from __future__ import annotations

import argparse
import os
import statistics as stats_module
import sys
import tempfile
import time
from datetime import date
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, required=True, help="plain store of bench.log_store (only read)")
    parser.add_argument("--program", type=Path, help="the checkout whose app to run (default: this one)")
    parser.add_argument("--repeat", type=int, default=8, help="redraws measured (after one not measured)")
    args = parser.parse_args(argv)
    if args.program is not None:
        sys.path.insert(0, str(args.program.resolve()))
    scratch = tempfile.TemporaryDirectory(prefix="helpline-statistics-redraw-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HELPLINE_DATA_DIR"] = str(Path(scratch.name) / "data")
    os.environ["XDG_CONFIG_HOME"] = str(Path(scratch.name) / "config")
    run(args.path.resolve(), args.repeat)


def run(path: Path, repeat: int) -> None:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    import app
    from app.config import sqlite_url
    from app.services.statistics import figures
    from app.services.statistics.figures import Granularity
    from app.store.db import Store
    from app.ui.kit.theme import install_theme
    from app.ui.shell.application import install_translation
    from app.ui.statistics.labels import topic_names
    from app.ui.statistics.page import StatisticsPage, last_full_month
    from bench.gui_stall import STALL_MS, Watchdog, quiet_offscreen_notes, wait, wait_until
    from bench.log_store import existing_users

    qInstallMessageHandler(quiet_offscreen_notes)
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    install_translation(qt, "et")
    install_theme(qt)
    store = Store.open(sqlite_url(path))
    try:
        lead, _handlers = existing_users(store)
        today = date.today()
        year = (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
        month = last_full_month(today)
        results = []
        with store.unit_of_work() as uow:
            names = topic_names(uow, "et")
            for (since, until), granularity in ((year, Granularity.MONTH), (month, Granularity.DAY)):
                results.append((figures.period_statistics(uow, lead, since, until, granularity=granularity), names))
        page = StatisticsPage(store, lead, language="et", today=today)
        page.resize(1366, 740)
        page.show()
        wait(500)
        watchdog = Watchdog()

        def redraw(number: int) -> tuple[float, float]:
            began = time.perf_counter()
            watchdog.gaps, watchdog.last = [], began
            watchdog.timer.start()
            page._set_busy(True, "")  # as show_statistics leaves it while the worker counts
            page._shown(results[number % 2])
            wait_until(lambda: not page.busy, 60_000)
            wait(300)
            watchdog._tick()
            watchdog.timer.stop()
            return max(watchdog.gaps), time.perf_counter() - began

        def idle(seconds: float) -> float:
            watchdog.gaps, watchdog.last = [], time.perf_counter()
            watchdog.timer.start()
            wait(int(seconds * 1000))
            watchdog._tick()
            watchdog.timer.stop()
            return max(watchdog.gaps)

        redraw(0)  # not measured: the first charts, fonts and translations
        longest, floors, seconds = [], [], []
        for number in range(1, repeat + 1):
            stall, took = redraw(number)
            longest.append(stall)
            seconds.append(took)
            floors.append(idle(took))
        load = os.getloadavg()[0]
        shown = sum(1 for chart in page.charts.values() if chart.isVisible())
        print(f"program: {Path(app.__file__).parent.parent} ({shown} charts shown); load average {load:.2f}")
        print(f"redraws: {' '.join(f'{ms:.0f}' for ms in longest)} ms (longest slice of each)")
        print(f"idle floor: {' '.join(f'{ms:.0f}' for ms in floors)} ms")
        print(
            f"longest slice: median {stats_module.median(longest):.0f} ms, worst {max(longest):.0f} ms, "
            f"{sum(ms > STALL_MS for ms in longest)}/{len(longest)} redraws over {STALL_MS} ms; "
            f"idle floor median {stats_module.median(floors):.0f} ms; "
            f"busy after the hand-over median {stats_module.median(seconds) * 1000 - 300:.0f} ms"
        )
        page.close()
    finally:
        store.close()


if __name__ == "__main__":
    main()
