"""The statistics export: the counts arrive in the workbook and the CSV files, the personal data never do."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from app.models.enums import CallerType, ContactKind, Language, Line, Role
from app.services.actor import SessionUser
from app.services.contacts.editing import ContactInput, log_non_data_contact, save_contact
from app.services.documents.statistics_export import to_csv, to_xlsx
from app.services.statistics.figures import PeriodStatistics, period_statistics
from app.store.db import Store
from tests.conftest import make_user

NAME = "Kadri Mägi"
ID_CODE = "48702150004"
PHONE = "+37255501234"
EMAIL = "kadri.magi@example.ee"
SUMMARY_WORD = "Pärnumaal"
START = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)  # 11:00 in Tallinn, a Monday


def labels(kind: str, code: str) -> str:
    return f"{kind}.{code}"


@pytest.fixture
def stats(store: Store) -> PeriodStatistics:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    for index in range(3):
        _identified(store, mari, START + timedelta(hours=index))
    with store.unit_of_work() as uow:
        data = ContactInput(
            started_at=START + timedelta(hours=4),
            ended_at=START + timedelta(hours=4, minutes=5),
            line=Line.EMOTIONAL_116123,
            language=Language.RUSSIAN,
            topics=["sexual_violence"],
        )
        save_contact(uow, mari, data, now=START + timedelta(hours=5))
        log_non_data_contact(uow, mari, ContactKind.SILENT, started_at=START, now=START + timedelta(minutes=1))
    with store.unit_of_work() as uow:
        return period_statistics(uow, lead, date(2026, 5, 1), date(2026, 5, 31))


def _identified(store: Store, user: SessionUser, started: datetime) -> None:
    with store.unit_of_work() as uow:
        data = ContactInput(
            started_at=started,
            ended_at=started + timedelta(minutes=20),
            identified=True,
            full_name=NAME,
            id_code=ID_CODE,
            phone=PHONE,
            email=EMAIL,
            caller_type=CallerType.VICTIM,
            topics=["domestic_violence"],
            summary=f"Helistaja elab {SUMMARY_WORD} ja kirjeldas partneri vägivalda.",
        )
        save_contact(uow, user, data, now=started + timedelta(minutes=30))


def _sheets(content: bytes) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(io.BytesIO(content))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


def _pairs(rows: list[tuple[object, ...]]) -> dict[object, object]:
    """The first two columns below the title and header rows."""
    return {row[0]: row[1] for row in rows[2:]}


def test_xlsx_holds_the_counts_as_numbers(stats: PeriodStatistics) -> None:
    sheets = _sheets(to_xlsx(stats, labels, generated=date(2026, 6, 1)))

    lines = sheets["table.line"]
    assert lines[0][0] == "table.line: 2026-05-01 – 2026-05-31 (column.generated 2026-06-01)"
    assert lines[1] == ("column.line", "column.contacts", "column.share")
    assert lines[2] == ("line.116006", 4, pytest.approx(0.8))
    assert lines[3] == ("line.116123", 1, pytest.approx(0.2))
    assert _pairs(sheets["table.kind"]) == {
        "kind.counselling": 4,
        "kind.silent": 1,
        "kind.hang_up": 0,
        "kind.wrong_number": 0,
        "kind.prank": 0,
    }
    assert _pairs(sheets["table.topic"]) == {
        "topic.domestic_violence": 3,
        "topic.sexual_violence": 1,
    }
    overview = _pairs(sheets["table.overview"])
    assert overview["measure.contacts"] == 5
    assert overview["measure.anonymous_share"] == pytest.approx(0.25)
    durations = {row[0]: row[1:] for row in sheets["table.durations"][2:]}
    assert durations["measure.duration"] == (4, 1200 * 3 / 4 + 300 / 4, 1200, 1200)
    heat = {row[0]: row[1:] for row in sheets["table.heatmap"][2:]}
    assert heat["weekday.0"][11:16] == (2, 1, 1, 0, 1)  # Monday 11:00 local: the silent call and the first contact
    trend = sheets["table.trend"][2:]
    assert len(trend) == 31
    assert trend[3][1:] == (5, 4)


def test_export_carries_no_personal_data(stats: PeriodStatistics) -> None:
    personal = (NAME, "Mägi", ID_CODE, PHONE, "5550 1234", "55501234", EMAIL, SUMMARY_WORD, "vägivalda")
    cells = [str(value) for rows in _sheets(to_xlsx(stats, labels)).values() for row in rows for value in row]
    assert cells
    texts = list(to_csv(stats, labels).values())
    for found in (*cells, *texts):
        for value in personal:
            assert value not in found


def test_csv_has_one_file_per_table_with_a_header(stats: PeriodStatistics) -> None:
    files = to_csv(stats, labels)

    assert set(files) == {
        "overview",
        "line",
        "channel",
        "direction",
        "kind",
        "language",
        "caller_type",
        "topic",
        "durations",
        "heatmap",
        "trend",
        "aid",
    }
    languages = list(csv.reader(io.StringIO(files["language"])))
    assert languages[0] == ["column.language", "column.contacts", "column.share"]
    assert ["language.et", "3", "0.75"] in languages
    assert ["language.ru", "1", "0.25"] in languages
    trend = list(csv.reader(io.StringIO(files["trend"])))
    assert trend[4] == ["2026-05-04", "5", "4"]
