"""Driving modal dialogs and message boxes with real key and mouse events while their exec() runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.ui.kit import questions

REAL_ASK = questions.ask  # the autouse fixture refuses questions; tests that answer one by keys put this back
REAL_QUESTION = QMessageBox.question


def real_questions(monkeypatch: object) -> None:
    """Let questions come up as real message boxes, to be answered with keys (``answer_boxes``)."""
    monkeypatch.setattr(questions, "ask", REAL_ASK)  # type: ignore[attr-defined]
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)  # type: ignore[attr-defined]


def drive_modal(qtbot: QtBot, open_it: Callable[[], object], steps: Callable[[QWidget], None]) -> None:
    """Run ``open_it`` (which opens a modal dialog with exec) and play ``steps`` on the dialog while it is up.

    Whatever happens in ``steps``, a dialog still open afterwards is closed, so a failing test never hangs.
    """
    failures: list[BaseException] = []

    def play() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None, "no dialog opened"
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            steps(dialog)
        except BaseException as error:
            failures.append(error)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, play)
    open_it()
    if failures:
        raise failures[0]


class Boxes:
    """Answers the message boxes that come up, one step each, in order; records their texts.

    A box for which no step is left is closed (its Escape answer) and recorded as unexpected; a box still open after
    its step is closed too and recorded in ``left_open``.
    """

    def __init__(self, qtbot: QtBot, steps: list[Callable[[QMessageBox], None]]) -> None:
        self.qtbot, self.steps = qtbot, list(steps)
        self.texts: list[str] = []
        self.unexpected: list[str] = []
        self.left_open: list[str] = []
        self.failures: list[BaseException] = []
        self._seen: list[QMessageBox] = []  # kept alive, so the same box comes back as the same object
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)

    def __enter__(self) -> Boxes:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.stop()
        if self.failures:
            raise self.failures[0]

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        if any(box is seen for seen in self._seen):  # its step did not answer it: closed so the test goes on
            self.left_open.append(box.text())
            box.close()
            return
        self._seen.append(box)
        self.texts.append(box.text())
        if not self.steps:
            self.unexpected.append(box.text())
            box.close()
            return
        step = self.steps.pop(0)
        self._timer.stop()  # one box at a time: the step may open the next one
        try:
            box.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
            step(box)
        except BaseException as error:
            self.failures.append(error)
            if box.isVisible():
                box.close()
        finally:
            self._timer.start()
