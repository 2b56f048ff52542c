"""Sample notices in every language and limit category: for the sample script, the benchmark and the tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from app.services.documents.notice_pdf import NoticeData

STANDARD = NoticeData(
    number="TT-2026-K7Q-000012",
    issued_on=date(2026, 4, 15),
    client_name="Jüri Õunapuu-Šarõgina",
    client_id_code="38001085718",
    client_phone="+37251234567",
    client_email="juri@example.ee",
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
