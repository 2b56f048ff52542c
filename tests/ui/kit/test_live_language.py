"""Settings → Language changes the interface at once: the open main window, an open contact form and an open dialog
show the new language without a restart, and nothing typed is lost (issue 11, point 11)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services.actor import SessionUser
from app.store.db import Store
from app.ui.contacts.form import ContactForm
from app.ui.kit.i18n import live_translator
from app.ui.shell.application import install_translation
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.conftest import make_user
from tests.ui.conftest import _forget_unsaved_input, type_text


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The program's translator, English first (as a start with --language en); English again afterwards."""
    locale = QLocale()
    installed = install_translation(qapp, "en")
    try:
        yield
    finally:
        install_translation(qapp, "en")
        for translator in installed:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def open_menu_item(qtbot: QtBot, window: MainWindow, path: list[str]) -> None:
    """Each item clicked with the mouse, as a user would: the menu bar's menu, then the submenus' items."""
    bar = window.menuBar()
    first = next(a for a in bar.actions() if a.text().replace("&", "") == path[0])
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(first).center())
    for name in path[1:]:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), f"no menu open to choose {name!r} from"
        items = {a.text().replace("&", ""): a for a in menu.actions()}
        assert name in items, f"{name!r} is not in the menu: {list(items)}"
        item: QAction = items[name]
        centre: QPoint = menu.actionGeometry(item).center()
        qtbot.mouseMove(menu, centre)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.wait(50)


@pytest.mark.usefixtures("english")
def test_choosing_russian_changes_the_open_window_and_form_at_once(
    qtbot: QtBot, store: Store, counsellor: SessionUser
) -> None:
    window = MainWindow(build_context(store, counsellor, "en"))
    qtbot.addWidget(window, before_close_func=_forget_unsaved_input)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    form = window.new_contact()
    form.summary.setFocus()
    type_text(form.summary, "Helistaja räägib vene keeles: «Здравствуйте»")
    assert window.tabs.tabText(0) == "Log"

    open_menu_item(qtbot, window, ["Settings", "Language", "Русский"])

    assert [a.text() for a in window.menuBar().actions()] == ["&Обращение", "С&мена", "На&стройки"]
    assert window.tabs.tabText(0) == "Журнал"
    assert window.tabs.tabText(window.tabs.indexOf(form)).startswith("Новое обращение")
    assert form.end_button.text() != "&End contact"
    assert "Резюме" in _texts(form)
    assert form.summary.toPlainText() == "Helistaja räägib vene keeles: «Здравствуйте»"
    assert form.dirty
    assert QSettings().value("language") == "ru"

    open_menu_item(qtbot, window, ["Настройки", "Язык", "Eesti keel"])

    assert window.tabs.tabText(0) == "Logi"
    assert [a.text() for a in window.menuBar().actions()] == ["&Pöördumine", "&Vahetus", "&Seaded"]
    assert form.identity.anonymous.text() == "Anon&üümne"
    assert form.summary.toPlainText() == "Helistaja räägib vene keeles: «Здравствуйте»"

    open_menu_item(qtbot, window, ["Seaded", "Keel", "English"])

    assert window.tabs.tabText(0) == "Log"
    assert form.end_button.text() == "&End contact"
    assert isinstance(window.current_form(), ContactForm)


def _texts(root: QWidget) -> set[str]:
    found: set[str] = set()
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.add(widget.text().replace("&", ""))
        if isinstance(widget, QGroupBox):
            found.add(widget.title().replace("&", ""))
    return found


def visible_texts(window: QWidget) -> list[str]:
    """What a user reads on the window: every shown label, button, group title, tab, combo item and menu title."""
    texts: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QToolButton):
            continue  # a toolbar shows as many as fit: its actions' texts are compared below
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
    texts += [action.text() for action in window.findChildren(QAction)]
    return sorted(text for text in texts if text)


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("language", ["ru", "et"])
def test_a_window_switched_live_reads_as_one_started_in_that_language(
    qtbot: QtBot, store: Store, language: str
) -> None:
    """Every text the main window (each tab: log, decisions, desk, statistics, feedback) and an open contact form
    show, switched live, is what a fresh start in that language would show."""
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    switched = MainWindow(build_context(store, admin, "en"))
    qtbot.addWidget(switched, before_close_func=_forget_unsaved_input)
    switched.show()
    switched.new_contact().identity.identified.click()
    switched.choose_language(language)

    fresh = MainWindow(build_context(store, admin, language))
    qtbot.addWidget(fresh, before_close_func=_forget_unsaved_input)
    fresh.show()
    fresh.new_contact().identity.identified.click()

    for index in range(switched.tabs.count() - 1):  # each page as it is shown; the form last
        switched.tabs.setCurrentIndex(index)
        fresh.tabs.setCurrentIndex(index)
        assert_same_texts(switched, fresh, f"tab {fresh.tabs.tabText(index)!r}")
    switched.tabs.setCurrentIndex(switched.tabs.count() - 1)
    fresh.tabs.setCurrentIndex(fresh.tabs.count() - 1)
    assert_same_texts(switched, fresh, "contact form")


def assert_same_texts(switched: QWidget, fresh: QWidget, where: str) -> None:
    old, new = Counter(visible_texts(switched)), Counter(visible_texts(fresh))
    assert old == new, (
        f"{where}: only after switching {sorted((old - new).elements())}, only fresh {sorted((new - old).elements())}"
    )


@pytest.mark.usefixtures("english")
def test_a_filled_text_is_refilled_from_its_most_specific_template(qapp: QApplication) -> None:
    """ "My callbacks (3)" fits both "%1 (%2)" and "My callbacks (%1)": the latter is the text's own."""
    QCoreApplication.translate("MainWindow", "%1 (%2)")
    QCoreApplication.translate("LogPage", "My callbacks (%1)")
    install_translation(qapp, "ru")
    assert live_translator(qapp).again("My callbacks (3)") == "Мои обратные звонки (3)"


@pytest.mark.usefixtures("english")
def test_statistics_shown_are_drawn_again_in_the_new_language(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtCharts import QChartView

    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    window = MainWindow(build_context(store, admin, "en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.statistics_page
    window.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stats is not None and not page.busy)

    def titles() -> list[str]:
        return [view.chart().title() for view in page.findChildren(QChartView) if view.chart().title()]

    assert any("contacts" in title for title in titles())

    open_menu_item(qtbot, window, ["Settings", "Language", "Русский"])

    # The old charts go at the next turn of the event loop (deleteLater): what the user then sees is only the new.
    qtbot.waitUntil(
        lambda: (
            not page.busy
            and any("обращ" in title for title in titles())
            and not any("contacts" in title for title in titles())
        )
    )
    assert not any("contacts" in title for title in titles())
