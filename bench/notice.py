"""How long a notice (teatis) PDF takes to render, beside bare reportlab drawing the same text. Prints figures; asserts
nothing.

    .venv/bin/python -m bench.notice
    .venv/bin/python -m bench.notice --repeat 60

The baseline ("bare reportlab") is what the notice costs without the program's layout: a reportlab ``Canvas`` that
draws the very same text runs, with the same fonts and sizes at the same places, that the program's notice shows
(read once, outside the timing, from the program's own PDF with pypdf), with the same embedded DejaVu Sans fonts,
invariant mode and, for the notice with a password, the same RC4 encryption. What the program costs beyond it is
its layout (paragraphs, tables, the page template). Target: the program within 1.5 times the baseline. The last
line draws the Estonian notice with layout 1, the layout before issue 13's (``notice_render.render``), beside the
same baseline: before and after in one run.

Each pair is timed interleaved (program, baseline, program, …) after a warm-up, so a busy machine slows both alike;
the figures are medians of the wall time, and the ratio of the CPU time's medians beside it (what a busy machine
inflates least). A batch: 100 notices with different clients, one after the other, as a month's re-print
would do.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import time
from dataclasses import dataclass, replace
from typing import Any

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.pdfencrypt import StandardEncryption  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from app.services.documents.notice_pdf import NoticeData, render_notice
from app.services.documents.notice_samples import STANDARD
from app.services.documents.pdf_fonts import BOLD, REGULAR, register_fonts

TARGET_RATIO = 1.5


@dataclass(frozen=True)
class Run:
    """One piece of text as the program's notice shows it."""

    text: str
    font: str
    size: float
    x: float
    y: float


def text_runs(pdf: bytes) -> list[Run]:
    """The text runs of the notice's first page, with font, size and position (read with pypdf)."""
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        text = text.replace("\n", "")
        if not text.strip():
            return
        name = str(font.get("/BaseFont", "")) if font else ""
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        runs.append(Run(text, BOLD if "Bold" in name else REGULAR, size * (tm[0] or 1), x, y))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


def bare_notice(runs: list[Run], password: str | None = None) -> bytes:
    """The baseline: the same runs drawn straight on a canvas, nothing laid out."""
    register_fonts()
    buffer = io.BytesIO()
    encrypt = StandardEncryption(password, strength=128) if password else None
    canvas = Canvas(buffer, pagesize=A4, invariant=1, encrypt=encrypt)
    for run in runs:
        canvas.setFont(run.font, run.size)
        canvas.drawString(run.x, run.y, run.text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def compare(label: str, data: NoticeData, repeat: int, layout: int | None = None) -> None:
    from app.services.documents.notice_render import LAYOUT, render  # after the first notice has loaded reportlab

    layout = layout or LAYOUT
    runs = text_runs(render(replace(data, password=None), layout))
    render(data, layout), bare_notice(runs, data.password)  # warm-up
    wall: dict[str, list[float]] = {"program": [], "bare": []}
    cpu: dict[str, list[float]] = {"program": [], "bare": []}
    for _ in range(repeat):
        for side, make in (
            ("program", lambda: render(data, layout)),
            ("bare", lambda: bare_notice(runs, data.password)),
        ):
            started, used = time.perf_counter(), time.thread_time()
            make()
            wall[side].append(time.perf_counter() - started)
            cpu[side].append(time.thread_time() - used)
    median = {side: statistics.median(times) for side, times in wall.items()}
    ratio = median["program"] / median["bare"]
    cpu_ratio = statistics.median(cpu["program"]) / statistics.median(cpu["bare"])
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(
        f"{label:30}{_ms(median['program'])} {_ms(median['bare'])}  {ratio:5.2f}×  (CPU {cpu_ratio:4.2f}×;"
        f" {len(runs)} runs of text; target ≤ {TARGET_RATIO}×: {verdict})"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=40, help="timed pairs per notice")
    args = parser.parse_args(argv)
    print(f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}; medians of {args.repeat} interleaved pairs")

    started = time.perf_counter()
    pdf = render_notice(STANDARD)
    print(f"{'first notice (fonts loaded)':30}{_ms(time.perf_counter() - started)}")
    print(f"{'':30}{'program':>11} {'bare':>11}  ratio")
    for label, data in (
        ("one notice, Estonian", STANDARD),
        ("one notice, Russian", replace(STANDARD, language="ru", client_name="Ольга Смирнова")),
        ("one notice, with a password", replace(STANDARD, password="Kass-2026-mai")),
    ):
        compare(label, data, args.repeat)
    # the layout notices were drawn with before issue 13's layout 2 (still drawn to recognise their hashes)
    compare("Estonian, layout 1 (before)", STANDARD, args.repeat, layout=1)

    batch = [replace(STANDARD, number=f"TT-2026-K7Q-{n:06d}", case_number=f"JK-2026-{n:06d}") for n in range(100)]
    started = time.perf_counter()
    total = sum(len(render_notice(data)) for data in batch)
    print(f"{'100 notices':30}{_ms(time.perf_counter() - started)}  ({total / 1e6:.1f} MB in all)")
    print(f"{'PDF size':30}{len(pdf):8,} bytes")


if __name__ == "__main__":
    main()
