"""Issue 11, point 9: numbers, money and dates shown one way per interface language; texts that fit; the language
menu marks the current one; closing a contact returns to the log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import formats
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.aid import decisions as aid
from app.store.db import Store
from app.ui.aid.decisions_page import DecisionsPage
from app.ui.kit import formatting
from app.ui.shell.application import install_translation
from app.ui.shell.login import LoginDialog
from app.ui.shell.main_window import MainWindow
from app.ui.statistics.charts import TITLE_MARGINS
from app.ui.statistics.page import StatisticsPage
from tests.conftest import make_user
from tests.services.aid.test_decisions import add_provider, decision, identified_contact
from tests.ui.conftest import press, type_text

NBSP = "\xa0"


@pytest.fixture
def interface_language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface language as the program sets it at start (``install_translation``)."""
    language = request.param
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    yield language
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("language", "money", "number", "day"),
    [
        ("et", f"8{NBSP}514,00{NBSP}€", f"1{NBSP}234{NBSP}567", "01.04.2026"),
        ("ru", f"8{NBSP}514,00{NBSP}€", f"1{NBSP}234{NBSP}567", "01.04.2026"),
        ("en", "€8,514.00", "1,234,567", "01.04.2026"),  # as every date field of the program shows it
    ],
)
def test_one_module_formats_money_numbers_and_dates_by_language(language, money, number, day) -> None:
    assert formats.money(Decimal("8514"), language) == money
    assert formats.number(1234567, language) == number
    assert formats.day(date(2026, 4, 1), language) == day


@pytest.mark.parametrize("interface_language", ["et", "en"], indirect=True)
def test_statistics_and_the_decisions_list_show_money_alike(
    qtbot: QtBot, store: Store, counsellor: SessionUser, interface_language: str
) -> None:
    provider = add_provider(store)
    adult = identified_contact(store, counsellor, "Jaan Kask", "37605030299")
    with store.unit_of_work() as uow:
        for day in (1, 2):  # two standard limits of 946 € each
            aid.decide(uow, counsellor, decision(adult.id, provider.id, date(2026, 4, day)))
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    page = StatisticsPage(store, lead, language=interface_language, today=date(2026, 11, 22))
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    page.choose_quick("this_year")
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)

    expected_total = formats.money(Decimal("1892"), interface_language)
    assert expected_total == {"et": f"1{NBSP}892,00{NBSP}€", "en": "€1,892.00"}[interface_language]
    assert page.overview.aid_amount_value.text() == expected_total
    model = page.aid_box.model
    assert model.index(0, 3).data() == expected_total

    decisions = DecisionsPage(store, counsellor)
    qtbot.addWidget(decisions)
    decisions.since.setDate(QDate(2026, 1, 1))
    decisions.reload()
    column = decisions.model.COLUMNS.index("limit")
    shown = {decisions.model.index(row, column).data() for row in range(decisions.model.rowCount())}
    assert shown == {formats.money(Decimal("946"), interface_language)}
    dates = {decisions.model.index(row, 1).data() for row in range(decisions.model.rowCount())}
    assert dates == {formatting.day(date(2026, 4, 1)), formatting.day(date(2026, 4, 2))}


def test_a_wrong_password_is_said_in_full_and_the_title_fits(qtbot: QtBot, store: Store, counsellor) -> None:
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, counsellor.username)
    type_text(dialog.password, "vale parool")
    press(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)
    error = dialog.error
    assert error.text()
    # every line of the sentence is shown: the label is as high as its text needs at its width
    assert error.height() >= error.heightForWidth(error.width()) - 1, "the error is cut"
    assert error.width() >= min(error.sizeHint().width(), error.fontMetrics().horizontalAdvance(error.text()))
    # the title (with the window manager's buttons beside it) fits the window
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= title + 120, "the window title would be cut"


@pytest.fixture
def translated(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface in a language, its translation installed as at start."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = install_translation(app, request.param)
    yield request.param
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.parametrize("translated", ["en", "et", "ru"], indirect=True)
def test_statistics_chart_titles_are_not_cut(qtbot: QtBot, store: Store, counsellor, translated: str) -> None:
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    page = StatisticsPage(store, lead, language=translated, today=date(2026, 11, 22))
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    views = page.findChildren(QChartView)
    assert views
    for view in views:
        chart = view.chart()
        metrics = QFontMetrics(chart.titleFont())
        for line in chart.title().replace("<br>", "\n").splitlines():
            text = line.split("<span")[0]
            assert metrics.horizontalAdvance(text) <= view.width() - TITLE_MARGINS, f"chart title cut: {text!r}"


def test_the_language_menu_marks_the_current_language(window: MainWindow) -> None:
    choices = list(window.language_actions.values())
    assert all(a.isCheckable() for a in choices)
    assert window.language_actions["en"].isChecked()
    assert [a for a in choices if a.isChecked()] == [window.language_actions["en"]]
    assert window.language_actions["en"].actionGroup() is not None
    assert window.language_actions["en"].actionGroup().isExclusive()


def test_closing_a_saved_contact_returns_to_the_log(window: MainWindow, qtbot: QtBot) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    press(window, Qt.Key.Key_N, ctrl)
    form = window.current_form()
    assert form is not None
    qtbot.keyClicks(form.summary, "Caller wanted the number of the shelter")
    press(form.summary, Qt.Key.Key_S, ctrl)
    assert not form.dirty
    press(QApplication.focusWidget() or form.summary, Qt.Key.Key_W, ctrl)
    assert window.current_form() is None
    assert window.tabs.currentWidget() is window.log_page
