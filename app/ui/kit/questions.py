"""Questions asked before an act that can lose or create data (closing unsaved input, saving an empty contact).

A stray key must never answer them: the safe answer, back to the form, is both the default (Enter, Space) and the
Escape answer, and it has the focus; every answer has an Alt-key, and a letter typed without Alt answers nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


class _QuestionBox(QMessageBox):
    """A message box that a letter typed on without Alt does not answer.

    QMessageBox presses a button whose mnemonic letter is typed even without Alt; a counsellor still typing a
    summary when the question comes up would save or discard with the next "s" or "d".
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        )
        if plain and event.text().isprintable() and event.text().strip():
            event.accept()
            return
        super().keyPressEvent(event)


def _labels() -> dict[Button, str]:
    return {
        Button.Save: QCoreApplication.translate("Questions", "&Save"),
        Button.Discard: QCoreApplication.translate("Questions", "&Discard"),
        Button.Cancel: QCoreApplication.translate("Questions", "&Back to the form"),
        Button.Yes: QCoreApplication.translate("Questions", "&Yes"),
        Button.No: QCoreApplication.translate("Questions", "&No"),
    }


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button,
    back: Button,
    labels: dict[Button, str] | None = None,
) -> Button:
    """Ask ``text`` with ``buttons``; ``back`` is the safe answer: default, Escape and first focus.

    ``labels`` replaces the usual button texts (``&Save``, ``&Discard``, ``&Back to the form``, ``&Yes``, ``&No``).
    The arguments are in the order of ``QMessageBox.question`` so that tests answer both alike.
    """
    box = _QuestionBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    for which, label in {**_labels(), **(labels or {})}.items():
        button = box.button(which)
        if button is not None:
            button.setText(label)
    box.setDefaultButton(back)
    box.setEscapeButton(box.button(back))
    box.exec()
    chosen = box.standardButton(box.clickedButton()) if box.clickedButton() is not None else back
    return chosen if chosen != Button.NoButton else back


def save_without_content(parent: QWidget | None) -> bool:
    """A counselling contact with neither a summary nor a topic is saved only on a deliberate yes."""
    answer = ask(
        parent,
        QCoreApplication.translate("Questions", "Empty contact"),
        QCoreApplication.translate(
            "Questions",
            "This contact has neither a summary nor a topic. Save it anyway? For a silent call, hang-up or wrong "
            "number, go back and log it with its own button instead.",
        ),
        Button.Save | Button.Cancel,
        Button.Cancel,
        {Button.Save: QCoreApplication.translate("Questions", "&Save anyway")},
    )
    return answer == Button.Save
