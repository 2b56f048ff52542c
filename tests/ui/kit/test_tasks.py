from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.errors import StoreLocked
from app.ui.kit.tasks import run_in_background


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
