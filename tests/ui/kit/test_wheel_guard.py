"""The mouse wheel scrolls the form; a combo box, spin box or date field takes it only when it has the focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.__main__ import parse_args
from app.models.enums import ConsentPurpose, Language
from app.ui.contacts.form import ContactForm
from app.ui.kit.wheel_guard import WheelGuard, install_wheel_guard
from app.ui.shell.application import run
from app.ui.shell.main_window import MainWindow

DOWN = QPoint(0, -120)  # one notch towards the user: the page moves up, a combo would step to its next item


@pytest.fixture
def guarded(qapp: QApplication) -> Iterator[None]:
    """The guard as the program installs it at start (``app.ui.shell.application.run``)."""
    guard = install_wheel_guard(qapp)
    yield
    remove(qapp, guard)


def remove(qapp: QApplication, guard: WheelGuard) -> None:
    qapp.removeEventFilter(guard)
    guard.setParent(None)  # gone with the Python object; the next install makes a new one


@pytest.fixture
def form(guarded: None, window: MainWindow, qtbot: QtBot) -> ContactForm:
    window.resize(1000, 520)  # small enough that the form scrolls
    form = window.new_contact()
    qtbot.waitUntil(lambda: form.summary.hasFocus())
    return form


def scroll_area(form: ContactForm) -> QScrollArea:
    area = form.findChild(QScrollArea)
    assert area is not None
    return area


def wheel_over(widget: QWidget, delta: QPoint = DOWN) -> None:
    """A real wheel notch from the platform, at the middle of ``widget`` (delivered to whatever is under it)."""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None
    QTest.wheelEvent(handle, widget.mapTo(window, widget.rect().center()), delta)
    QApplication.processEvents()


def test_wheel_over_an_unfocused_combo_scrolls_the_form_and_keeps_the_answer(form: ContactForm) -> None:
    bar = scroll_area(form).verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == 0
    wheel_over(form.language)
    assert form.language.code() is Language.ESTONIAN
    assert bar.value() > 0  # the form moved instead
    assert form.summary.hasFocus()  # the wheel did not take the focus either
    assert not form.dirty


def test_wheel_over_a_consent_answer_leaves_not_asked(form: ContactForm) -> None:
    area = scroll_area(form)
    combo = form.consents.choices[next(iter(ConsentPurpose))]
    area.ensureWidgetVisible(combo, 0, 0)
    bar = area.verticalScrollBar()
    if bar.value() == bar.maximum():  # at the very bottom the notch goes the other way
        delta, moved = QPoint(0, 120), (lambda before: bar.value() < before)
    else:
        delta, moved = DOWN, (lambda before: bar.value() > before)
    before = bar.value()
    wheel_over(combo, delta)
    assert combo.currentText() == "Not asked"
    assert moved(before)
    assert not form.dirty


def test_wheel_over_an_unfocused_date_field_keeps_the_date(form: ContactForm) -> None:
    started = form.started_at.dateTime()
    bar = scroll_area(form).verticalScrollBar()
    wheel_over(form.started_at)
    assert form.started_at.dateTime() == started
    assert bar.value() > 0


def test_a_focused_combo_still_takes_the_wheel(form: ContactForm) -> None:
    form.language.setFocus()
    bar = scroll_area(form).verticalScrollBar()
    wheel_over(form.language)
    assert form.language.code() is Language.RUSSIAN  # the next item after Estonian
    assert bar.value() == 0
    assert form.dirty


def test_the_program_installs_the_guard_at_start(qapp: QApplication) -> None:
    assert qapp.findChild(WheelGuard) is None or not _is_filtering(qapp)
    assert run(parse_args(["--smoke", "--language", "en"])) == 0
    guard = qapp.findChild(WheelGuard)
    assert guard is not None
    assert _is_filtering(qapp)
    remove(qapp, guard)


def _is_filtering(qapp: QApplication) -> bool:
    """Whether a guard is installed: a combo made now gets the focus policy that lets the wheel pass it by."""
    combo = QComboBox()
    combo.ensurePolished()
    return combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
