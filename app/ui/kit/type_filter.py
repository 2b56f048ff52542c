"""Type-to-filter: a choice is found by typing a few letters of any of its words, not only of its first one.

``rank`` says how well typed letters fit a text; ``SearchCombo`` is a combo box that picks its item that way while
it has the focus ("em" or "123" → "116 123 emotional support"). The topic list of the contact form filters with the
same rule (``app.ui.contacts.sections.TopicsPanel``). Case is ignored, and so are diacritics unless some are typed
("on" finds "Õnnetus", as a keyboard without Estonian letters types it; "vä" finds "Vägivald" but not "Vaimse");
spaces between digits too ("116123").
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

TEXT_START, WORD_START, INSIDE = 0, 1, 2


def fold(text: str) -> str:
    """Lower case without diacritics: "Õnnetus" → "onnetus", "Ärevus" → "arevus"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def rank(text: str, typed: str) -> int | None:
    """How well ``typed`` fits ``text``: at its start, at the start of a word, inside a word; None: not at all."""
    plain = fold(typed) == typed.casefold()  # letters with diacritics typed ("vä") are meant as typed
    needle = (fold(typed) if plain else typed.casefold()).strip()
    if not needle:
        return None
    hay = fold(text) if plain else text.casefold()
    if hay.startswith(needle) or hay.replace(" ", "").startswith(needle.replace(" ", "")):
        return TEXT_START
    found = None
    at = hay.find(needle)
    while at >= 0:
        if not hay[at - 1].isalnum():
            return WORD_START
        found = INSIDE
        at = hay.find(needle, at + 1)
    return found


def best_first(texts: Sequence[str], typed: str) -> list[int]:
    """The positions of the texts ``typed`` fits, the best fits first, in their own order within each."""
    ranked = [(fit, index) for index, text in enumerate(texts) if (fit := rank(text, typed)) is not None]
    return [index for _fit, index in sorted(ranked)]


class SearchCombo(QComboBox):
    """A combo box that picks an item by a few letters of any of its words, typed while it has the focus.

    The letters add up while typed without a pause of more than :attr:`PAUSE_S` seconds; Backspace takes the last
    one back, Escape forgets them. A choice made this way is the user's, as with the arrow keys (``activated``).
    Letters that fit no item leave the choice as it was (with a beep). Editable combos keep Qt's own typing.
    """

    PAUSE_S = 1.5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._last_key = 0.0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isEditable() or event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        ):
            super().keyPressEvent(event)
            return
        now = time.monotonic()
        if now - self._last_key > self.PAUSE_S:
            self._typed = ""
        self._last_key = now
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Backspace and self._typed:
            self._typed = self._typed[:-1]
            self._search()
        elif key == Qt.Key.Key_Escape and self._typed:
            self._typed = ""
        elif text and text.isprintable() and (text != " " or self._typed):
            self._typed += text
            self._search()
        else:
            self._typed = ""
            super().keyPressEvent(event)
            return
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        super().focusOutEvent(event)

    def _search(self) -> None:
        if not self._typed.strip():
            return
        found = best_first([self.itemText(index) for index in range(self.count())], self._typed)
        if not found:
            QApplication.beep()
        elif found[0] != self.currentIndex():
            self.setCurrentIndex(found[0])
            self.activated.emit(found[0])
