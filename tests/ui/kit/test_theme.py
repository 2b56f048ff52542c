"""Issue 11, point 12: a dark theme that follows the system's colour scheme, or the user's choice in Settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.models.base import utcnow
from app.models.enums import RiskFlag, Role, StepStatus
from app.services.actor import SessionUser
from app.services.contacts.editing import ContactInput, RiskAnswer, save_contact
from app.store.db import Store
from app.ui.kit.theme import SETTING, install_theme
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from app.ui.statistics.page import StatisticsPage
from tests.conftest import make_user
from tests.services.statistics.test_figures import Logged, log
from tests.ui.conftest import _forget_unsaved_input, shown_log


def window_is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends in the light scheme with no saved choice."""
    QSettings().remove(SETTING)
    theme = install_theme(qapp)
    theme.choose("system")
    theme.system_changed(Qt.ColorScheme.Light)
    yield
    theme.choose("system")
    theme.system_changed(Qt.ColorScheme.Light)
    QSettings().remove(SETTING)


def open_menu_item(qtbot: QtBot, window: MainWindow, path: list[str]) -> None:
    """The menu bar's menu clicked, then each submenu's item."""
    bar = window.menuBar()
    first = next(a for a in bar.actions() if a.text().replace("&", "") == path[0])
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(first).center())
    for name in path[1:]:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), f"no menu open to choose {name!r} from"
        item = next(a for a in menu.actions() if a.text().replace("&", "") == name)
        centre = menu.actionGeometry(item).center()
        qtbot.mouseMove(menu, centre)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.wait(50)


def open_window(qtbot: QtBot, store: Store, user: SessionUser) -> MainWindow:
    win = MainWindow(build_context(store, user, "en"))
    qtbot.addWidget(win, before_close_func=_forget_unsaved_input)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_settings_appearance_dark_is_applied_marked_and_remembered(
    qtbot: QtBot, store: Store, counsellor: SessionUser
) -> None:
    win = open_window(qtbot, store, counsellor)
    assert win.theme_actions["system"].isChecked()
    assert not window_is_dark()
    open_menu_item(qtbot, win, ["Settings", "Colours", "Dark"])  # with the mouse, as a user would
    assert window_is_dark()
    qtbot.waitUntil(lambda: win.palette().color(QPalette.ColorRole.Base).lightness() < 100)  # the fields too
    assert [c for c, a in win.theme_actions.items() if a.isChecked()] == ["dark"]
    assert QSettings().value(SETTING) == "dark"
    win.close()

    again = open_window(qtbot, store, counsellor)  # the next start
    assert again.theme_actions["dark"].isChecked()
    open_menu_item(qtbot, again, ["Settings", "Colours", "Light"])
    assert not window_is_dark()
    assert QSettings().value(SETTING) == "light"


def test_as_the_system_follows_the_desktops_scheme_as_it_changes(qapp: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop switches to dark at dusk
    assert window_is_dark()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not window_is_dark()
    install_theme(qapp).choose("light")  # a manual choice wins over the desktop
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not window_is_dark()


def test_charts_and_the_heat_map_are_dark_too(qtbot: QtBot, store: Store, qapp: QApplication) -> None:
    counsellor = make_user(store, Role.COUNSELLOR, "mari")
    log(store, counsellor, Logged(local=datetime(2026, 10, 12, 9, 30)))
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    page = StatisticsPage(store, lead, language="en", today=date(2026, 11, 22))
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)

    install_theme(qapp).choose("dark")  # switched while the page is open
    qtbot.wait(10)
    views = page.findChildren(QChartView)
    assert views
    for view in views:
        chart = view.chart()
        assert chart.backgroundBrush().color().lightness() < 100, chart.title()
        assert chart.titleBrush().color().lightness() > 150, chart.title()
    heat = page.heat_map.grab().toImage()
    grid = page.heat_map._grid()
    empty_cell = heat.pixelColor(QPoint(grid.left() + 3, grid.top() + 3))  # Monday 00:00: no contact
    assert empty_cell.lightness() < 100
    assert page.heat_map.shown_legend().startswith("the lighter the cell")  # no longer "the darker"


def test_the_logs_risk_marks_stay_readable_in_the_dark(
    qtbot: QtBot, store: Store, counsellor: SessionUser, qapp: QApplication
) -> None:
    with store.unit_of_work() as uow:
        save_contact(
            uow,
            counsellor,
            ContactInput(
                started_at=utcnow() - timedelta(minutes=5),
                summary="Mõtleb enesetapule.",
                risks={RiskFlag.SUICIDAL: RiskAnswer(StepStatus.DONE)},
            ),
        )
    win = open_window(qtbot, store, counsellor)
    model = shown_log(qtbot, win)
    column = model.COLUMNS.index("risks")

    def risk_colour() -> QColor:
        brush = model.index(0, column).data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush)
        return brush.color()

    assert risk_colour().lightness() < 100  # dark red on white
    install_theme(qapp).choose("dark")
    assert risk_colour().lightness() > 150  # light red on the dark background
