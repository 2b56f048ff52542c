"""Small widgets shared by the forms: a field with its error line, code combo boxes."""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.kit import labels
from app.ui.kit.theme import set_tone
from app.ui.kit.type_filter import SearchCombo

E = TypeVar("E", bound=StrEnum)

ERROR_STYLE = "color: #b00020;"


class ErrorLabel(QLabel):
    """The red sentence under a field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_tone(self, "error")  # red, lighter in the dark scheme
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """The field with its error line under it, as one cell of a form layout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)  # a label's Alt-key (its buddy is this box) lands in the field: QLabel wants a policy
    box.setFocusPolicy(field.focusPolicy())
    return box


class CodeCombo(SearchCombo, Generic[E]):
    """A combo box over the codes of one enum, showing their translated names; optionally with "not given".

    Typing a few letters of any word of a name picks it (``SearchCombo``).
    """

    def __init__(self, codes: list[E], *, allow_none: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if allow_none:
            self.addItem("—", None)
        for code in codes:
            self.addItem(labels.label(code), code.value)
        self._codes = {code.value: code for code in codes}

    def code(self) -> E | None:
        value = self.currentData()
        return self._codes.get(value) if value is not None else None

    def set_code(self, code: E | None) -> None:
        index = self.findData(code.value if code is not None else None)
        self.setCurrentIndex(max(index, 0))
