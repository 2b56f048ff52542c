"""The log search runs on the database worker: typing never waits on the store, and only the newest search shows."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import StoreLocked
from app.services.contacts import log
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import press, shown_log, type_text


def summaries(window: MainWindow) -> list[str]:
    model = window.log_page.model
    return [model.row_at(row).summary for row in range(model.rowCount())]


def saved(window: MainWindow, *texts: str) -> None:
    for text in texts:
        form = window.new_contact()
        form.summary.setPlainText(text)
        assert form.save()


def test_the_rows_of_an_older_keystroke_never_replace_a_newer_search(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved(window, "Ants kardab koju minna", "Berit ei saa magada")
    shown_log(qtbot, window)
    gate = threading.Event()
    real = log.list_page

    def slow_for_ants(uow: Any, actor: Any, search: str = "", **kwargs: Any) -> list[log.LogRow]:
        if search == "Ants":
            assert gate.wait(10)  # the older search is still being read when the newer one is typed
        return real(uow, actor, search, **kwargs)

    monkeypatch.setattr(log, "list_page", slow_for_ants)
    shown: list[list[str]] = []
    window.log_page.model.loaded.connect(lambda: shown.append(summaries(window)))
    search = window.log_page.search
    search.setFocus()
    type_text(search, "Ants")
    press(search, Qt.Key.Key_Return)
    assert window.log_page.loading()
    assert summaries(window) == ["Berit ei saa magada", "Ants kardab koju minna"]  # the GUI did not wait
    search.clear()
    type_text(search, "Berit")
    press(search, Qt.Key.Key_Return)
    gate.set()
    shown_log(qtbot, window)
    assert summaries(window) == ["Berit ei saa magada"]
    assert shown == [["Berit ei saa magada"]]  # the rows for "Ants" were dropped, never shown
    assert window.log_page.view.currentIndex().row() == 0


def test_a_search_that_fails_is_said_and_the_rows_shown_stay(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved(window, "Helistaja kardab koju minna")
    shown_log(qtbot, window)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))

    def locked(*_args: Any, **_kwargs: Any) -> list[log.LogRow]:
        raise StoreLocked("database is locked")

    monkeypatch.setattr(log, "list_page", locked)
    search = window.log_page.search
    search.setFocus()
    type_text(search, "kardab")
    press(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "The store is busy" in told[0]
    assert summaries(window) == ["Helistaja kardab koju minna"]
    assert not window.log_page.loading()


def test_scrolling_to_the_end_reads_the_next_page_on_the_worker(
    window: MainWindow, qtbot: QtBot, store: Any, counsellor: Any
) -> None:
    from app.models.enums import ContactKind
    from app.services.contacts.editing import log_non_data_contact

    for _ in range(log.PAGE_SIZE + 3):
        with store.unit_of_work() as uow:
            log_non_data_contact(uow, counsellor, ContactKind.WRONG_NUMBER)
    window.log_page.refresh()
    model = shown_log(qtbot, window)
    assert model.rowCount() == log.PAGE_SIZE
    window.log_page.view.scrollToBottom()  # the view asks for more (fetchMore) at the end
    qtbot.waitUntil(lambda: model.rowCount() == log.PAGE_SIZE + 3)
    assert not model.canFetchMore()
