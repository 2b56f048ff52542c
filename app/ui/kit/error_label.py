"""The red sentence under a field (``ErrorLabel``) and the field with it (``with_error``).

Apart from ``app.ui.kit.widgets`` (which re-exports them) so that the first window of a start, the log-in, is built
without the store's models that the other widgets' labels need.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.kit.theme import set_tone


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


def grow_to_fit(dialog: QWidget) -> None:
    """After a sentence appeared under a field: as high as the layout now needs, so no line of it is cut."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    needed = dialog.heightForWidth(dialog.width()) if dialog.hasHeightForWidth() else dialog.sizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
