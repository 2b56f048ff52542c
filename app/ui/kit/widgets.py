"""Small widgets shared by the forms: a field with its error line, code combo boxes."""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from app.ui.kit import labels
from app.ui.kit.error_label import ErrorLabel, with_error
from app.ui.kit.type_filter import SearchCombo

__all__ = ["ERROR_STYLE", "CodeCombo", "ErrorLabel", "with_error"]

E = TypeVar("E", bound=StrEnum)

ERROR_STYLE = "color: #b00020;"


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
