"""Questions before an act that loses or creates data: a stray key goes back, a deliberate Alt-key acts (issue 11).

The contact form's and the aid decision's questions are played in test_contact_log.py and test_decision_keyboard.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.aid import decisions
from app.store.db import Store
from app.ui.aid.rates_page import RatesPage
from tests.ui.aid.test_rates_page import admin_of
from tests.ui.modal import Boxes, real_questions

NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier


def keys(which: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> Callable[[QMessageBox], None]:
    def step(box: QMessageBox) -> None:
        QTest.keyClick(box.focusWidget() or box, which, modifier)
        QTest.qWait(250)  # an Alt-key clicks its button after a short animation

    return step


def rates(store: Store) -> list[date]:
    with store.unit_of_work() as uow:
        return [rate.valid_from for rate in decisions.list_rates(uow)]


def test_a_stray_key_in_remove_rate_keeps_the_rate(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real_questions(monkeypatch)
    admin = admin_of(store)
    with store.unit_of_work() as uow:
        decisions.set_rate(uow, admin, date(2031, 7, 1), "1100")
        uow.commit()
    page = RatesPage(store, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.view.selectRow(0)
    for stray in (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Escape):
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
        with Boxes(qtbot, [keys(stray)]) as boxes:
            qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
        assert len(boxes.texts) == 1
        assert boxes.left_open == []
        assert date(2031, 7, 1) in rates(store)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    with Boxes(qtbot, [keys(Qt.Key.Key_Y, ALT)]) as boxes:  # &Yes, deliberately
        qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    assert boxes.left_open == []
    assert date(2031, 7, 1) not in rates(store)
