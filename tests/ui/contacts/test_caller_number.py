"""The contact form recognises an anonymous caller's number typed again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.ui.kit import questions
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import shown_log, type_text


def test_the_form_says_how_often_the_number_called(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = window.new_contact()
    identity = form.identity
    assert identity.caller_number.isVisibleTo(form)
    type_text(identity.caller_number, "5123 4567")
    identity.caller_number.editingFinished.emit()
    assert identity.caller_seen.text() == "This number has not called before."
    type_text(form.summary, "Helistab öösiti, ei maga")
    assert form.save()

    again = window.new_contact()
    type_text(again.identity.caller_number, "+372 5123 4567")
    again.identity.caller_number.editingFinished.emit()
    assert "Earlier calls from this number: 1, the last on" in again.identity.caller_seen.text()
    assert again.identity.history is not None
    assert [row.summary for row in again.identity.history.rows] == ["Helistab öösiti, ei maga"]

    again.identity.identified.setChecked(True)
    assert not again.identity.caller_number.isVisibleTo(again)  # an identified caller's phone goes with the person

    asked: list[str] = []

    def discard(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(questions, "ask", discard)
    assert window.close_tab(window.tabs.indexOf(again))
    assert asked == ["This contact has unsaved input. Save it before closing?"]
    assert window.close_tab(window.tabs.indexOf(form))  # saved: closes without asking
    window.log_page.refresh()
    window.open_contact(shown_log(qtbot, window).row_at(0).id)
    opened = window.current_form()
    assert opened is not None
    assert opened.identity.caller_number.text() == ""  # the number itself is not stored
    assert opened.identity.caller_seen.text() == "A number is remembered for this contact (as a code)."
