"""The aid decision from the keyboard: where typing starts, stray keys, the notice saved with a password (issue 11).

Points 3 and 7: Escape then Enter keeps the input; focus starts where the counsellor begins; a date changed by a
stray arrow key says so; *Save notice as* starts in the documents folder and hides the password typed.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, QStandardPaths, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.store.db import Store
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.kit.widgets import ErrorLabel
from app.ui.shell.main_window import MainWindow
from tests.services.aid.test_decisions import add_provider
from tests.ui.aid.test_decision_dialog import open_decision
from tests.ui.conftest import type_text
from tests.ui.modal import Boxes, drive_modal, real_questions

NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier


def keys(*sequence: tuple[Qt.Key, Qt.KeyboardModifier]) -> Callable[[QMessageBox], None]:
    def step(box: QMessageBox) -> None:
        for which, modifier in sequence:
            QTest.keyClick(box.focusWidget() or box, which, modifier)
        QTest.qWait(250)  # an Alt-key clicks its button after a short animation

    return step


def test_escape_then_enter_keeps_the_unsaved_decision(
    window: MainWindow, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_questions(monkeypatch)
    dialog = open_decision(window, qtbot, "Jaan Kask", "37605030299")
    dialog.reference.setFocus()
    QTest.keyClicks(dialog.reference, "KR-2026-118")
    assert dialog.dirty
    for stray in (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Escape):
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        with Boxes(qtbot, [keys((stray, NONE))]) as boxes:
            QTest.keyClick(dialog.reference, Qt.Key.Key_Escape)
        assert boxes.texts == ["This aid decision is not saved. Discard its input?"]
        assert boxes.left_open == []
        assert dialog.isVisible()
        assert dialog.dirty
        assert dialog.reference.text() == "KR-2026-118"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with Boxes(qtbot, [keys((Qt.Key.Key_D, ALT))]) as boxes:  # &Discard, deliberately
        QTest.keyClick(dialog.reference, Qt.Key.Key_Escape)
    assert boxes.left_open == []
    assert not dialog.isVisible()


# --- where typing starts and what a stray arrow does (point 7) -----------------------------------------------------
def opened_as_is(window: MainWindow, qtbot: QtBot) -> DecisionDialog:
    """The dialog as the counsellor gets it: nothing set from the test."""
    form = window.new_contact()
    form.identity.identified.setChecked(True)
    type_text(form.identity.full_name, "Jüri Õunapuu")
    form.identity.id_code.setText("37605030299")
    form.identity.id_code.editingFinished.emit()
    form.summary.setPlainText("Vägivald kodus")
    dialog = window.open_decision(form)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: not dialog.previewing)  # the rate and the providers are read on the database worker
    return dialog


def test_focus_starts_at_the_first_question_not_in_the_date(window: MainWindow, qtbot: QtBot) -> None:
    dialog = opened_as_is(window, qtbot)
    assert QApplication.focusWidget() is dialog.role  # "The person is": where the counsellor begins
    QTest.keyClick(dialog.role, Qt.Key.Key_Down)  # an arrow key there changes the answer, not the date
    assert dialog.decision_date.date() == QDate.currentDate()
    assert not dialog.date_note.isVisibleTo(dialog)


def test_a_date_changed_by_an_arrow_key_says_so(window: MainWindow, qtbot: QtBot) -> None:
    dialog = opened_as_is(window, qtbot)
    field = dialog.decision_date
    text = field.lineEdit()  # where a click lands: the text in the field (QTest sends to the widget it is given)
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton, pos=QPoint(4, text.height() // 2))  # on the day
    assert field.date() == QDate.currentDate()
    QTest.keyClick(dialog.decision_date, Qt.Key.Key_Down)  # a stray arrow
    changed = dialog.decision_date.date()
    assert changed != QDate.currentDate()
    assert dialog.date_note.isVisibleTo(dialog)
    assert changed.toString("dd.MM.yyyy") in dialog.date_note.text()
    assert "not today" in dialog.date_note.text()
    QTest.keyClick(dialog.decision_date, Qt.Key.Key_Up)  # back to today: the note goes
    assert not dialog.date_note.isVisibleTo(dialog)


# --- Save notice as: the documents folder, a hidden password (point 7) ----------------------------------------------
def granted(window: MainWindow, qtbot: QtBot, store: Store) -> DecisionDialog:
    add_provider(store, "Hingerahu OÜ")
    dialog = opened_as_is(window, qtbot)
    dialog.provider_view.setCurrentIndex(dialog.providers.index(0, 0))
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.decision is not None
    return dialog


def test_save_notice_as_starts_in_the_documents_folder_and_hides_the_password(
    window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = granted(window, qtbot, store)
    asked: list[str] = []
    target = tmp_path / "teatis.pdf"

    def choose(_parent: object, _caption: str, start: str, *_rest: object) -> tuple[str, str]:
        asked.append(start)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)

    def type_password(password_dialog: QWidget) -> None:
        fields = [f for f in password_dialog.findChildren(QLineEdit) if f.isVisible()]
        assert len(fields) == 2, "a password and its confirmation"
        assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in fields)
        first, second = fields
        assert QApplication.focusWidget() is first
        QTest.keyClicks(first, "Salajane-7")
        assert "Salajane" not in first.displayText()  # hidden as typed
        QTest.keyClick(first, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is second
        QTest.keyClicks(second, "Salajane-8")  # a typing error
        QTest.keyClick(second, Qt.Key.Key_Return)
        assert password_dialog.isVisible()  # refused: the two differ
        error = password_dialog.findChild(ErrorLabel)
        assert error is not None
        assert "differ" in error.text()
        assert QApplication.focusWidget() is second  # with the repetition selected, to type again
        QTest.keyClicks(second, "Salajane-7")
        show = next(b for b in password_dialog.findChildren(QCheckBox))
        qtbot.mouseClick(show, Qt.MouseButton.LeftButton, pos=QPoint(6, show.height() // 2))  # on its box
        assert first.displayText() == "Salajane-7"  # shown on request
        QTest.keyClick(second, Qt.Key.Key_Return)

    drive_modal(qtbot, lambda: qtbot.mouseClick(dialog.save_as_button, Qt.MouseButton.LeftButton), type_password)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert len(asked) == 1
    assert asked[0].startswith(documents)
    assert asked[0].endswith(".pdf")
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.is_encrypted
    assert reader.decrypt("Salajane-7")
