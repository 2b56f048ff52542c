"""The statistics report PDF: what management reads in it, in any alphabet, reproducibly, and nothing personal."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from app.models.aid import Outcome
from app.models.enums import CallerType, Channel, ContactKind, Direction, Language, Line, Role
from app.services.aid import decisions
from app.services.contacts.editing import ContactInput, log_non_data_contact, save_contact
from app.services.documents.statistics_export import minutes_seconds
from app.services.documents.statistics_report import english_labels, to_pdf
from app.services.statistics.figures import NOT_RECORDED, PeriodStatistics, period_statistics
from app.store.db import Store
from tests.conftest import make_user
from tests.services.aid.test_decisions import add_provider, decision, identified_contact
from tests.services.documents.test_statistics_export import (
    EMAIL,
    ID_CODE,
    NAME,
    PHONE,
    START,
    SUMMARY_WORD,
    _identified,
)

GENERATED = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # 12:00 in Tallinn
CLIENT = "Jaan Kask"
CLIENT_ID_CODE = "37605030299"


@pytest.fixture
def stats(store: Store) -> PeriodStatistics:
    """May 2026: three identified counselling contacts on the crisis line, one anonymous in Russian on 116 123, one
    silent call; a granted standard decision (946 €) and a refused one."""
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    for index in range(3):
        _identified(store, mari, START + timedelta(hours=index))
    with store.unit_of_work() as uow:
        data = ContactInput(
            started_at=START + timedelta(hours=4),
            ended_at=START + timedelta(hours=4, minutes=5),
            line=Line.EMOTIONAL_116123,
            channel=Channel.CHAT,
            language=Language.RUSSIAN,
            topics=["sexual_violence"],
        )
        save_contact(uow, mari, data, now=START + timedelta(hours=4, minutes=15))
        log_non_data_contact(uow, mari, ContactKind.SILENT, started_at=START, now=START + timedelta(minutes=1))
    provider = add_provider(store)
    client = identified_contact(store, mari, CLIENT, CLIENT_ID_CODE)
    with store.unit_of_work() as uow:
        decisions.decide(uow, mari, decision(client.id, provider.id, date(2026, 5, 4)))
        refused = {"outcome": Outcome.REFUSED, "refusal_reason": "Ei soovi"}
        decisions.decide(uow, mari, decision(client.id, None, date(2026, 5, 5), **refused))
    with store.unit_of_work() as uow:
        return period_statistics(uow, lead, date(2026, 5, 1), date(2026, 5, 31))


def read(pdf: bytes) -> tuple[str, int]:
    """The text of all pages with runs of whitespace made single spaces, and the number of pages."""
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


def test_report_carries_the_headings_and_the_counts(stats: PeriodStatistics) -> None:
    text, pages = read(to_pdf(stats, english_labels, generated_at=GENERATED))

    for expected in (
        "Statistics report",
        "Period: 01.05.2026 – 31.05.2026",
        "Generated: 01.06.2026 12:00",  # local time
        # the overview
        "Contacts, all kinds 5",
        "Counselling contacts 4",
        "Anonymous share of counselling contacts 25.0%",
        "Standard aid limits granted €946.00",
        "Mean Median 90th percentile",
        "Duration of the conversation 16:15 20:00 20:00",  # (3 × 20 min + 5 min) / 4, minutes:seconds
        "Wrap-up time after it 10:00 10:00 10:00",
        # the charts, each with its heading and its unit
        "Contacts by line",
        "116 006 crisis line",
        "4 (80.0%)",
        "116 123 emotional support",
        "1 (20.0%)",
        "Contacts by channel",
        "Counselling contacts by topic",
        "Domestic violence",
        "3 (75.0%)",
        "Sexual violence",
        "1 (25.0%)",
        "contacts",
        "Contacts over the period",
        "Day",
        "Contacts by weekday and hour",
        "Monday",
        "hour of the day, local time (Europe/Tallinn)",
        "the darker the cell, the more contacts started in that hour",
        # aid
        "Psychological aid decisions",
        "Granted Standard: one monthly minimum wage 1 €946.00",
        "Refused Not recorded 1",
        "Total 2 €946.00",
        f"Page 1 / {pages}",
        f"Page {pages} / {pages}",
    ):
        assert expected in text
    assert "No contacts in this period." not in text


def test_charts_are_vector_drawings_not_images(stats: PeriodStatistics) -> None:
    reader = PdfReader(io.BytesIO(to_pdf(stats, english_labels)))

    assert all(not page.images for page in reader.pages)


def test_estonian_and_cyrillic_labels_survive(stats: PeriodStatistics) -> None:
    own = {
        ("report", "title"): "Pöördumiste statistika",
        ("report", "by_line"): "Pöördumised liini järgi",
        ("report", "aid_amount"): "Määratud tavalimiidid",
        ("report", "decimal_mark"): ",",
        ("report", "thousands_separator"): " ",
        ("report", "amount"): "{amount} €",
        ("line", "116006"): "116 006 ohvriabi kriisitelefon",
        ("weekday", "0"): "Понедельник",
        ("topic", "domestic_violence"): "Lähisuhtevägivald",
    }

    def labels(kind: str, code: str) -> str:
        return own.get((kind, code)) or english_labels(kind, code)

    text, _ = read(to_pdf(stats, labels, generated_at=GENERATED))

    for expected in (
        "Pöördumiste statistika",
        "Pöördumised liini järgi",
        "116 006 ohvriabi kriisitelefon",
        "Понедельник",
        "Lähisuhtevägivald",
        "Määratud tavalimiidid 946,00 €",
        "25,0%",
    ):
        assert expected in text


def test_the_same_report_is_byte_identical_and_dated_when_generated(stats: PeriodStatistics) -> None:
    first = to_pdf(stats, english_labels, generated_at=GENERATED)

    assert to_pdf(stats, english_labels, generated_at=GENERATED) == first
    assert to_pdf(stats, english_labels, generated_at=GENERATED + timedelta(hours=1)) != first
    assert PdfReader(io.BytesIO(first)).metadata.creation_date == GENERATED  # type: ignore[union-attr]
    assert to_pdf(stats, english_labels) == to_pdf(stats, english_labels)


def test_an_empty_period_gives_a_short_report(store: Store) -> None:
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    with store.unit_of_work() as uow:
        empty = period_statistics(uow, lead, date(2026, 1, 1), date(2026, 1, 31))

    text, pages = read(to_pdf(empty, english_labels, generated_at=GENERATED))

    assert pages == 1
    assert "Period: 01.01.2026 – 31.01.2026" in text
    assert "No contacts in this period." in text
    assert "Contacts by line" not in text
    assert "Psychological aid decisions" not in text  # none were taken either
    assert "Page 1 / 1" in text


def test_report_holds_no_personal_data(stats: PeriodStatistics) -> None:
    personal = [NAME, "Mägi", ID_CODE, PHONE, "5550 1234", "55501234", EMAIL, SUMMARY_WORD, "vägivalda"]
    personal += [CLIENT, "Kask", CLIENT_ID_CODE, "Ei soovi", "Hingerahu", "Mari Tamm", "Tiina Tamm"]
    pdf = to_pdf(stats, english_labels, generated_at=GENERATED)
    text, _ = read(pdf)
    metadata = " ".join(str(value) for value in (PdfReader(io.BytesIO(pdf)).metadata or {}).values())

    assert "Contacts by line" in text
    for value in personal:
        assert value not in text
        assert value not in metadata


@pytest.mark.parametrize(
    ("kind", "codes"),
    [
        ("line", list(Line)),
        ("channel", list(Channel)),
        ("direction", list(Direction)),
        ("kind", list(ContactKind)),
        ("language", [*Language, NOT_RECORDED]),
        ("caller_type", [*CallerType, NOT_RECORDED]),
        ("outcome", list(Outcome)),
        ("limit_category", ["standard", "sexually_abused_minor", "trafficking", NOT_RECORDED]),
        ("weekday", [str(day) for day in range(7)]),
        ("granularity", ["day", "week", "month"]),
        ("topic", ["domestic_violence", "fraud_cybercrime"]),
    ],
)
def test_english_labels_are_readable_for_every_code(kind: str, codes: list[str]) -> None:
    names = [english_labels(kind, str(code)) for code in codes]

    assert all(name and "_" not in name and not name[0].islower() for name in names)
    assert len(set(names)) == len(names)


def test_durations_are_written_in_minutes_and_seconds() -> None:
    assert minutes_seconds(725.4) == "12:05"
    assert minutes_seconds(3725) == "62:05"
    assert minutes_seconds(None) == "–"
