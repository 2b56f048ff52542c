"""The Qt binding itself: a program that runs through a 12-hour shift must not leak references with every call."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_do_not_leak_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 loses a reference to None on every such call; Python aborts once None's count
    reaches zero (a few thousand calls: the form's clock alone makes 3,600 an hour). pyproject.toml excludes it."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(2000):
        edit.setText("x")
        QCoreApplication.processEvents()
    assert before - sys.getrefcount(None) < 100
