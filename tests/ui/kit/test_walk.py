"""Walking the application's widgets while the garbage collector deletes a window nobody refers to any more.

This crashed the program's own walks (a change of user closing the last session's dialogs, the lock covering the
windows) and the tests' readers of the screen: a segmentation fault, not an exception. Each walk runs in its own
process, so a crash fails the test instead of the suite."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QWidget

from app.ui.kit.walk import application_widgets

ROOT = Path(__file__).resolve().parents[3]

WALK = """
import sys
from PySide6.QtWidgets import QApplication, QComboBox, QVBoxLayout, QWidget
from app.ui.kit.walk import application_widgets

app = QApplication([])


def drop_a_window() -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    for _ in range(20):
        combo = QComboBox()  # with children Qt made, which Python has never seen
        combo.setEditable(True)
        layout.addWidget(combo)
    window.itself = window  # only the collector frees it


def read(widgets) -> int:
    shown = 0
    for widget in widgets:
        garbage = [[] for _ in range(2000)]  # enough new objects that a collection starts
        for item in garbage:
            item.append(item)
        shown += len(widget.window().objectName()) + widget.isVisible()
    return shown


drop_a_window()
if sys.argv[1] == "guarded":
    with application_widgets() as widgets:
        read(widgets)
else:
    read(list(QApplication.allWidgets()))
print("read every widget")
"""


def _walk(how: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", WALK, how], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )


def test_a_walk_over_the_widgets_survives_a_window_the_collector_deletes_meanwhile() -> None:
    guarded = _walk("guarded")
    assert guarded.returncode == 0, guarded.stderr[-2000:]
    assert "read every widget" in guarded.stdout


def _dropped_window(deleted: list[bool]) -> None:
    window = QWidget()
    QComboBox(window)
    window.itself = window  # type: ignore[attr-defined]  # only the collector frees it
    window.destroyed.connect(lambda: deleted.append(True))


def _make_garbage() -> None:
    for _ in range(20):
        garbage: list[list[object]] = [[] for _ in range(2000)]
        for item in garbage:
            item.append(item)


def test_no_collection_deletes_a_widget_while_they_are_walked(qapp) -> None:
    deleted: list[bool] = []
    _dropped_window(deleted)
    with application_widgets() as widgets:
        _make_garbage()
        assert not deleted
        assert all(isinstance(widget.isVisible(), bool) for widget in widgets)
    del widgets  # it held the window too
    gc.collect()
    assert deleted  # the garbage went at the next collection


def test_without_the_guard_a_collection_deletes_the_window_mid_walk(qapp) -> None:
    deleted: list[bool] = []
    _dropped_window(deleted)
    _make_garbage()
    assert deleted
