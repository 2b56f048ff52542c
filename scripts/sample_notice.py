"""Sample notices (teatis) for looking at them: one per language and limit category, as PDF and, with poppler's
``pdftoppm`` installed, as PNG.

.venv/bin/python scripts/sample_notice.py /tmp/notices        # then open /tmp/notices/*.png
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.services.notice_pdf import NoticeData, render_notice

STANDARD = NoticeData(
    number="TT-2026-K7Q-000012",
    issued_on=date(2026, 4, 14),
    client_name="Jüri Õunapuu-Šarõgina",
    client_id_code="38001085718",
    client_phone="+37251234567",
    client_email="juri.ounapuu@example.ee",
    client_municipality="Tartu linn",
    case_number="JK-2026-004211",
    service="psychotherapy",
    limit_category="standard",
    limit_amount=Decimal("946"),
    decision_date=date(2026, 4, 14),
    counsellor_name="Maarja Kask",
    counsellor_phone="+3726630000",
    counsellor_email="maarja.kask@sotsiaalkindlustusamet.ee",
    provider_name="Psühhoteraapiakeskus Tähe OÜ",
    provider_registry_code="12345678",
    provider_email="info@tahe.example.ee",
    provider_phone="+3727301234",
    provider_address="Tähe 4, 50103 Tartu",
)

SAMPLES = {
    "et_standard": STANDARD,
    "et_minor": replace(
        STANDARD,
        client_name="Mari-Liis Žukova",
        client_email="mari-liis.zukova@example.ee",
        client_id_code="61101010001",
        limit_category="sexually_abused_minor",
        limit_amount=None,
        end_date=date(2029, 1, 1),
        service="counselling",
    ),
    "ru_trafficking": replace(
        STANDARD,
        language="ru",
        client_name="Ольга Смирнова",
        client_id_code=None,
        client_birth_date=date(1991, 7, 23),
        client_email=None,
        client_municipality="Narva linn",
        limit_category="trafficking",
        limit_amount=None,
        service="support_group",
    ),
    "en_standard": replace(STANDARD, language="en", client_name="Olga Smirnova"),
}


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
