"""A sample statistics report for looking at it: the last six months of a freshly filled demo store, in English, as
PDF and, with poppler's ``pdftoppm`` installed, as one PNG per page.

.venv/bin/python scripts/sample_report.py /tmp/report        # then open /tmp/report/*.png
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.demo.data import DAYS, DEMO_PASSWORD, fill_demo_store
from app.services.documents.statistics_report import english_labels, to_pdf
from app.services.guard import auth
from app.services.statistics.figures import period_statistics
from app.store.db import Store

TODAY = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)  # fixed, so that the sample is the same every time


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "report")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="helpline-report-") as folder:
        store = Store.open(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
        try:
            fill_demo_store(store, today=TODAY)
            until = TODAY.date() - timedelta(days=1)
            with store.unit_of_work() as uow:
                lead = auth.authenticate(uow, "juht", DEMO_PASSWORD)
                stats = period_statistics(uow, lead, until - timedelta(days=DAYS - 1), until)
        finally:
            store.close()
    pdf = out / "report.pdf"
    pdf.write_bytes(to_pdf(stats, english_labels, generated_at=TODAY))
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(out / "report")], check=True)
    print(pdf)


if __name__ == "__main__":
    main()
