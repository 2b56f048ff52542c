"""Sample notices (teatis) for looking at them: one per language and limit category, as PDF and, with poppler's
``pdftoppm`` installed, as PNG.

.venv/bin/python scripts/sample_notice.py /tmp/notices        # then open /tmp/notices/*.png
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from app.services.documents.notice_pdf import render_notice
from app.services.documents.notice_samples import SAMPLES


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "notices")
    out.mkdir(parents=True, exist_ok=True)
    for name, data in SAMPLES.items():
        pdf = out / f"{name}.pdf"
        pdf.write_bytes(render_notice(data))
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(out / name)], check=True)
        print(pdf)


if __name__ == "__main__":
    main()
