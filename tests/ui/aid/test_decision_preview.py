"""The decision dialog's preview (the rate, the providers) is read on the database worker, never on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import StoreLocked
from app.models.providers import AidService
from app.services.aid import providers
from app.store.db import Store
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.kit import formatting, questions, tasks
from app.ui.shell.main_window import MainWindow
from tests.services.aid.test_decisions import add_provider
from tests.ui.aid.test_decision_dialog import open_decision


def test_the_providers_arrive_for_the_latest_choice_only(
    window: MainWindow, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_provider(store, "Hingerahu OÜ")
    dialog = open_decision(window, qtbot, "Jüri Õunapuu", "37605030299")
    assert formatting.money(946) in dialog.limit.text()
    assert [dialog.providers.choice_at(row).name for row in range(dialog.providers.rowCount())] == ["Hingerahu OÜ"]
    gate, started = threading.Event(), threading.Event()
    real = providers.choices
    asked: list[AidService] = []

    def slow(uow: Any, service: AidService, *args: Any, **kwargs: Any) -> list[providers.ProviderChoice]:
        asked.append(service)
        if service is AidService.PSYCHOTHERAPY:
            started.set()
            assert gate.wait(10)
        return real(uow, service, *args, **kwargs)

    monkeypatch.setattr(providers, "choices", slow)
    dialog.service.set_code(AidService.PSYCHOTHERAPY)  # its list is being read...
    assert dialog.previewing
    qtbot.waitUntil(started.is_set)
    assert dialog.providers.rowCount() == 1  # ...and the GUI did not wait for it
    dialog.service.set_code(AidService.COUNSELLING)  # changed again before it arrived
    gate.set()
    qtbot.waitUntil(lambda: not dialog.previewing)
    assert asked == [AidService.PSYCHOTHERAPY, AidService.COUNSELLING]
    assert dialog.providers.rowCount() == 1  # the counselling list, not the (empty) psychotherapy one
    assert dialog.providers.choice_at(0).name == "Hingerahu OÜ"


def test_a_dialog_closed_while_its_preview_is_read_gets_no_callback(
    window: MainWindow, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_provider(store, "Hingerahu OÜ")
    dialog = open_decision(window, qtbot, "Jüri Õunapuu", "37605030299")
    gate = threading.Event()
    real = providers.choices

    def slow(*args: Any, **kwargs: Any) -> list[providers.ProviderChoice]:
        assert gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(providers, "choices", slow)
    delivered: list[object] = []
    monkeypatch.setattr(DecisionDialog, "_show_providers", lambda _self, found: delivered.append(found))
    dialog.decision_date.setDate(QDate(2026, 4, 2))  # a new preview, held on the worker
    assert dialog.previewing
    monkeypatch.setattr(questions, "ask", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)
    dialog.reject()  # the counsellor closes it and discards the input
    assert not dialog.isVisible()
    gate.set()
    tasks.wait_until_idle()
    qtbot.waitUntil(lambda: tasks.undelivered() == 0)
    assert delivered == []


def test_a_preview_that_fails_is_said(
    window: MainWindow, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_decision(window, qtbot, "Jüri Õunapuu", "37605030299")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))

    def locked(*_args: Any, **_kwargs: Any) -> list[providers.ProviderChoice]:
        raise StoreLocked("database is locked")

    monkeypatch.setattr(providers, "choices", locked)
    dialog.service.set_code(AidService.PSYCHOTHERAPY)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "The store is busy" in told[0]
    assert not dialog.previewing
