"""How long a notice (teatis) PDF takes to render, and how big it is. Prints figures; asserts nothing.

    .venv/bin/python -m bench.notice

One notice: the median of 20 renders after a warm-up (the warm-up pays for reading the fonts once per process).
A batch: 100 notices with different clients, one after the other, as a month's re-print would do. Target: under
100 ms for one notice.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace

from app.services.documents.notice_pdf import render_notice
from app.services.documents.notice_samples import STANDARD

NOTICE = STANDARD


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> None:
    started = time.perf_counter()
    pdf = render_notice(NOTICE)
    print(f"first notice (fonts loaded)   {_ms(time.perf_counter() - started)}")

    for label, data in (
        ("one notice, Estonian", NOTICE),
        ("one notice, Russian", replace(NOTICE, language="ru", client_name="Ольга Смирнова")),
        ("one notice, with a password", replace(NOTICE, password="Kass-2026-mai")),
    ):
        times = []
        for _ in range(20):
            started = time.perf_counter()
            render_notice(data)
            times.append(time.perf_counter() - started)
        print(f"{label:30}{_ms(statistics.median(times))}  (median of 20; worst {max(times) * 1000:.1f} ms)")

    batch = [replace(NOTICE, number=f"TT-2026-K7Q-{n:06d}", case_number=f"JK-2026-{n:06d}") for n in range(100)]
    started = time.perf_counter()
    total = sum(len(render_notice(data)) for data in batch)
    print(f"{'100 notices':30}{_ms(time.perf_counter() - started)}  ({total / 1e6:.1f} MB in all)")
    print(f"{'PDF size':30}{len(pdf):8,} bytes")


if __name__ == "__main__":
    main()
