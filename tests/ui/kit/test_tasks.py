from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.errors import StoreLocked
from app.ui.kit import tasks
from app.ui.kit.tasks import Latest, run_in_background


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        seen["callback"] = threading.get_ident()
        results.append(value)

    run_in_background(parent, work, done)
    qtbot.waitUntil(lambda: results == [42])
    assert seen["work"] != gui_thread
    assert seen["callback"] == gui_thread


def test_a_failure_reaches_the_failure_callback(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[Exception] = []

    def work() -> None:
        raise StoreLocked("busy")

    run_in_background(parent, work, lambda _value: None, failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert isinstance(failures[0], StoreLocked)


def test_jobs_run_one_after_another_on_one_thread_in_the_order_given(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ran: list[tuple[int, int]] = []
    delivered: list[int] = []

    def job(number: int) -> Callable[[], int]:
        def work() -> int:
            ran.append((number, threading.get_ident()))
            return number

        return work

    for number in range(6):
        run_in_background(parent, job(number), delivered.append)
    qtbot.waitUntil(lambda: len(delivered) == 6)
    assert [number for number, _thread in ran] == list(range(6))
    assert delivered == list(range(6))
    assert len({thread for _number, thread in ran}) == 1  # one database worker, one connection


def test_a_cancelled_job_neither_runs_nor_calls_back(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gate = threading.Event()
    ran: list[str] = []
    called: list[str] = []
    run_in_background(parent, gate.wait, lambda _value: called.append("first"))  # holds the worker
    dropped = run_in_background(parent, lambda: ran.append("dropped"), lambda _value: called.append("dropped"))
    dropped.cancel()
    run_in_background(parent, lambda: ran.append("last"), lambda _value: called.append("last"))
    gate.set()
    qtbot.waitUntil(lambda: "last" in called)
    assert ran == ["last"]
    assert called == ["first", "last"]


def test_only_the_newest_of_a_series_is_delivered(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    series = Latest(owner)
    gate = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        gate.wait()
        return "older"

    series.run(slow, shown.append)  # already running when superseded: its result is dropped
    series.run(lambda: "newer", shown.append)
    assert series.busy
    gate.set()
    qtbot.waitUntil(lambda: not series.busy)
    tasks.wait_until_idle()
    qtbot.wait(0)
    assert shown == ["newer"]


def test_a_widget_deleted_meanwhile_gets_no_callback(qtbot: QtBot) -> None:
    owner = QWidget()
    gate = threading.Event()
    called: list[object] = []
    run_in_background(owner, gate.wait, called.append, called.append, tied_to=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    gate.set()
    tasks.wait_until_idle()
    qtbot.waitUntil(lambda: tasks.undelivered() == 0)
    assert called == []


def test_without_a_failure_callback_the_user_is_told(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))

    def work() -> None:
        raise StoreLocked("busy")

    run_in_background(parent, work, lambda _value: None)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "The store is busy" in told[0]
