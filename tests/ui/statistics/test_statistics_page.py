"""The statistics tab against counts made here from the contacts the test logs; its exports read back."""

from __future__ import annotations

import csv
import errno
import io
import os
import random
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.models.aid import Outcome
from app.models.enums import Channel, ContactKind, Line, Role
from app.services.actor import SessionUser
from app.services.aid import decisions
from app.services.contacts import taxonomy
from app.services.documents.statistics_export import to_csv, to_xlsx
from app.services.documents.statistics_report import to_pdf
from app.services.statistics import figures
from app.store.db import Store
from app.ui.kit import formatting, labels
from app.ui.statistics.charts import bar_values
from app.ui.statistics.labels import TEXTS, VOCABULARIES, StatisticsLabels
from app.ui.statistics.page import StatisticsPage
from tests.conftest import make_user
from tests.services.aid.test_decisions import add_provider, decision, identified_contact
from tests.services.statistics.test_figures import Logged, log, random_contacts
from tests.ui.kit.test_live_language import english  # noqa: F401 - the fixture

TODAY = date(2026, 11, 22)  # the default period is then October 2026
SINCE, UNTIL = date(2026, 10, 1), date(2026, 10, 31)
PERSONAL = ("Kadri", "Mägi", "5550", "Helistaja", "kodusest", "olukorrast")  # what the test contacts carry


@pytest.fixture
def lead(store: Store) -> SessionUser:
    return make_user(store, Role.SHIFT_LEAD, "tiina")


@pytest.fixture
def logged(store: Store, counsellor: SessionUser) -> list[Logged]:
    """About forty contacts from late September to early November; the ones of October are the period's."""
    contacts = random_contacts(random.Random(11), 45, SINCE - timedelta(days=4), 40)
    contacts.append(
        Logged(local=datetime(2026, 10, 12, 9, 30), identified=True, topics=["sexual_violence"])
    )  # a Monday
    for contact in contacts:
        log(store, counsellor, contact)
    return [c for c in contacts if SINCE <= c.local.date() <= UNTIL]


def open_page(qtbot: QtBot, store: Store, user: SessionUser) -> StatisticsPage:
    page = StatisticsPage(store, user, language="en", today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


def show(qtbot: QtBot, page: StatisticsPage) -> None:
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.stats is not None


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; the titles it was asked with are returned."""
    asked: list[str] = []

    def answer(_parent: object, title: str, _start: str = "", _filter: str = "", *_args: object) -> tuple[str, str]:
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *_a: shown.append(text)))
    return shown


def test_the_last_full_month_is_shown_with_the_counts_of_its_contacts(
    qtbot: QtBot, store: Store, lead: SessionUser, logged: list[Logged]
) -> None:
    page = open_page(qtbot, store, lead)
    assert (page.since.date(), page.until.date()) == (QDate(2026, 10, 1), QDate(2026, 10, 31))
    assert not page.xlsx_button.isEnabled()  # nothing to export before anything is shown

    page.show_button.click()
    assert not page.show_button.isEnabled()  # busy until the answer arrives
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)

    counselling = [c for c in logged if c.kind is ContactKind.COUNSELLING]
    assert page.overview.total_value.text() == str(len(logged))
    assert page.overview.counselling_value.text() == str(len(counselling))
    lines = Counter(c.line for c in logged)
    assert bar_values(page.charts["line"]) == {labels.label(line): lines[line] for line in Line}
    channels = Counter(c.channel for c in logged)
    assert bar_values(page.charts["channel"]) == {labels.label(channel): channels[channel] for channel in Channel}
    with store.unit_of_work() as uow:
        names = {row.code: row.name_en for row in taxonomy.list_topics(uow)}
    topics = Counter(names[topic] for c in counselling for topic in c.topics)
    assert bar_values(page.charts["topic"]) == dict(topics)
    monday_morning = sum(1 for c in logged if c.local.weekday() == 0 and c.local.hour == 9)
    assert page.heat_map.counts[0][9] == monday_morning
    assert sum(map(sum, page.heat_map.counts)) == len(logged)
    assert page.show_button.isEnabled()
    assert page.xlsx_button.isEnabled()
    assert page.csv_button.isEnabled()
    assert page.pdf_button.isEnabled()


def test_an_empty_period_says_so(qtbot: QtBot, store: Store, lead: SessionUser, logged: list[Logged]) -> None:
    page = open_page(qtbot, store, lead)
    page.since.setDate(QDate(2025, 1, 1))
    page.until.setDate(QDate(2025, 1, 31))

    show(qtbot, page)

    assert page.overview.total_value.text() == "0"
    assert "No contacts in this period." in page.status.text()
    assert bar_values(page.charts["topic"]) == {}
    assert "No topics were recorded in this period." in page.charts["topic"].chart().title()
    assert set(bar_values(page.charts["line"]).values()) == {0}


def test_a_period_that_ends_before_it_starts_is_refused_next_to_the_dates(
    qtbot: QtBot, store: Store, lead: SessionUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, store, lead)
    asked: list[object] = []
    monkeypatch.setattr(figures, "period_statistics", lambda *args, **kwargs: asked.append(args))
    page.since.setDate(QDate(2026, 10, 31))
    page.until.setDate(QDate(2026, 10, 1))

    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)

    assert page.period_error.isVisible()
    assert "ends before it starts" in page.period_error.text()
    below_dates = page.until.mapTo(page, QPoint(0, page.until.height())).y()
    assert 0 <= page.period_error.mapTo(page, QPoint(0, 0)).y() - below_dates < 20  # right under the date fields
    assert page.show_button.isEnabled()
    qtbot.wait(100)
    assert asked == []
    assert page.stats is None

    page.until.setDate(QDate(2026, 11, 30))
    assert not page.period_error.isVisible()


def test_xlsx_export_holds_the_counts_and_nothing_personal(
    qtbot: QtBot, store: Store, lead: SessionUser, logged: list[Logged], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, store, lead)
    show(qtbot, page)
    save_as(monkeypatch, tmp_path / "oktoober")  # no suffix typed: the program adds it

    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "oktoober.xlsx"
    qtbot.waitUntil(lambda: not page.busy and target.exists(), timeout=10000)

    book = openpyxl.load_workbook(target)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row]
    texts = " ".join(str(cell) for cell in cells if cell is not None)
    for word in PERSONAL:
        assert word not in texts
    overview = {row[0]: row[1] for row in book["Overview"].iter_rows(min_row=3, values_only=True)}
    assert overview["Contacts"] == len(logged)
    assert overview["Counselling contacts"] == sum(1 for c in logged if c.kind is ContactKind.COUNSELLING)
    by_line = {row[0]: row[1] for row in book["By line"].iter_rows(min_row=3, values_only=True)}
    lines = Counter(c.line for c in logged)
    assert by_line == {labels.label(line): lines[line] for line in Line}
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []  # no temporary left


def test_csv_export_is_one_zip_of_tables(
    qtbot: QtBot, store: Store, lead: SessionUser, logged: list[Logged], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, store, lead)
    show(qtbot, page)
    save_as(monkeypatch, tmp_path / "oktoober.zip")

    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "oktoober.zip"
    qtbot.waitUntil(lambda: not page.busy and target.exists(), timeout=10000)

    with zipfile.ZipFile(target) as archive:
        assert archive.namelist()[0] == "01_overview.csv"
        assert len(archive.namelist()) > 10
        overview = archive.read("01_overview.csv").decode("utf-8-sig")
        everything = " ".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())
    rows = {row[0]: row[1] for row in csv.reader(io.StringIO(overview))}
    assert rows["Contacts"] == str(len(logged))
    for word in PERSONAL:
        assert word not in everything


def test_pdf_report_button_writes_a_pdf_with_the_total(
    qtbot: QtBot, store: Store, lead: SessionUser, logged: list[Logged], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, store, lead)
    show(qtbot, page)
    save_as(monkeypatch, tmp_path / "report.pdf")

    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "report.pdf"
    qtbot.waitUntil(lambda: not page.busy and target.exists(), timeout=20000)

    assert target.read_bytes().startswith(b"%PDF")
    text = " ".join(page_.extract_text() for page_ in PdfReader(target).pages)
    assert "Statistics report" in text
    assert "01.10.2026" in text
    assert str(len(logged)) in text
    assert "Saved" in page.status.text()


def test_a_failed_write_says_what_to_do_and_leaves_no_file(
    qtbot: QtBot, store: Store, lead: SessionUser, logged: list[Logged], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, store, lead)
    show(qtbot, page)
    folder = tmp_path / "out"
    folder.mkdir()
    save_as(monkeypatch, folder / "oktoober.xlsx")
    shown = warnings(monkeypatch)

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)

    assert "disk is full" in shown[0]
    assert "Free some space" in shown[0]
    assert list(folder.iterdir()) == []
    assert page.xlsx_button.isEnabled()  # the shown statistics stay; the user can try another place


def test_a_counsellor_who_gets_the_page_anyway_is_told_the_role_does_not_allow_it(
    qtbot: QtBot, store: Store, counsellor: SessionUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, store, counsellor)
    shown = warnings(monkeypatch)

    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)

    assert shown == ["Your role does not allow this."]
    assert page.stats is None
    assert not page.xlsx_button.isEnabled()


def test_aid_decisions_with_their_amounts(
    qtbot: QtBot, store: Store, lead: SessionUser, counsellor: SessionUser, qtmodeltester: Any
) -> None:
    provider = add_provider(store)
    adult = identified_contact(store, counsellor, "Jaan Kask", "37605030299")
    with store.unit_of_work() as uow:
        decisions.decide(uow, counsellor, decision(adult.id, provider.id, date(2026, 4, 1)))
        decisions.decide(uow, counsellor, decision(adult.id, provider.id, date(2026, 4, 2)))
        refused = {"outcome": Outcome.REFUSED, "refusal_reason": "Ei soovi"}
        decisions.decide(uow, counsellor, decision(adult.id, None, date(2026, 4, 3), **refused))
    page = open_page(qtbot, store, lead)
    page.choose_quick("this_year")
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)

    model = page.aid_box.model
    qtmodeltester.check(model)
    rows = [[model.index(row, column).data() for column in range(4)] for row in range(model.rowCount())]
    assert rows[0] == ["Granted", "Standard: one monthly minimum wage", "2", formatting.money(1892)]
    assert rows[-2][:3] == ["Refused", "–", "1"]
    assert rows[-1][0] == "Total"
    assert rows[-1][2] == "3"


def test_every_text_the_exports_ask_for_has_a_translatable_name(
    store: Store, lead: SessionUser, logged: list[Logged]
) -> None:
    with store.unit_of_work() as uow:
        stats = figures.period_statistics(uow, lead, SINCE, UNTIL)
    asked: set[tuple[str, str]] = set()
    names = StatisticsLabels({})

    def recording(kind: str, code: str) -> str:
        asked.add((kind, code))
        return names(kind, code)

    to_xlsx(stats, recording)
    to_csv(stats, recording)
    to_pdf(stats, recording)

    computed = {("report", "decimal_mark"), ("report", "thousands_separator"), ("report", "amount")}  # app.formats
    unnamed = {
        (kind, code)
        for kind, code in asked - computed
        if kind not in VOCABULARIES and kind != "topic" and code not in TEXTS.get(kind, {})
    }
    assert unnamed == set()


def test_long_bar_names_are_shown_whole_on_two_lines_and_typed_markup_as_typed(qtbot: QtBot) -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    from app.ui.statistics.charts import bar_chart

    long_name = "116 006 кризисная линия помощи жертвам"
    view = bar_chart("Линии", [(long_name, 229), ("<b>Grief</b> & loss", 3), ("Чат", 29)])
    qtbot.addWidget(view)
    view.resize(330, 240)
    view.show()
    qtbot.waitExposed(view)
    axis = next(a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis))
    labels = {label.replace("<br>", " "): label for label in axis.categories()}
    shown = labels["116 006 кризисная линия помощи жертвам"]
    assert shown.count("<br>") == 1  # two lines, each short enough to be drawn whole
    assert all(len(line) <= 22 for line in shown.split("<br>"))
    assert "&lt;b&gt;Grief&lt;/b&gt; &amp; loss" in labels  # markup typed into a topic's name is shown as typed
    assert bar_values(view) == {long_name: 229, "<b>Grief</b> & loss": 3, "Чат": 29}


@pytest.mark.usefixtures("english")
def test_a_language_chosen_while_the_charts_are_drawn_is_the_one_they_end_in(
    qtbot: QtBot, store: Store, lead: SessionUser, logged: list[Logged], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The results are drawn a piece per event-loop turn; a language chosen meanwhile is not lost: they are counted
    and drawn again in it once the drawing is done."""
    from PySide6.QtCharts import QChartView

    from app.ui.kit.i18n import switch_language

    drawing = StatisticsPage._fill
    chosen: list[str] = []

    def russian_chosen_meanwhile(page: StatisticsPage, stats: figures.PeriodStatistics) -> Iterator[None]:
        pieces = drawing(page, stats)
        for _piece in range(3):  # the figures, the trend and the first bar chart are drawn, the rest still to come
            yield next(pieces)
        if not chosen:
            chosen.append("ru")
            assert page.busy
            switch_language("ru")  # as the Settings menu does
        yield from pieces

    monkeypatch.setattr(StatisticsPage, "_fill", russian_chosen_meanwhile)
    page = open_page(qtbot, store, lead)
    page.show_button.click()

    def titles() -> list[str]:
        return [view.chart().title() for view in page.findChildren(QChartView) if view.chart().title()]

    qtbot.waitUntil(lambda: bool(chosen) and not page.busy and any("обращ" in title for title in titles()))
    assert not any("contacts" in title for title in titles())
    assert page.show_button.isEnabled()
