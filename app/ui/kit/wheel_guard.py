"""The mouse wheel scrolls what is under the pointer; it changes a combo box, spin box or date field only with focus.

A counsellor scrolling the contact form must not change an answer because a combo passed under the pointer (a consent
went from "Not asked" to "No" that way). One filter on the application does it for every window and dialog:

- such a field gets the focus only from a click or the keyboard (``StrongFocus`` instead of Qt's ``WheelFocus``,
  set when the widget is first polished), so the wheel never focuses it on the way past;
- a wheel event over such a field without the focus is refused by it, and Qt hands it on to the parents: the scroll
  area around the form scrolls as if the field were not there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from app.ui.kit import app_events
from app.ui.kit.walk import application_widgets

GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers spin boxes and date and time fields
_POLISH, _WHEEL = QEvent.Type.Polish, QEvent.Type.Wheel


class WheelGuard(QObject):
    """Installed once on the application by :func:`install_wheel_guard`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.watch(watched, event, event.type())

    def watch(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        """Each event of the application (``app.ui.kit.app_events``): only a polish or a wheel event is looked at."""
        if kind is _POLISH:
            if isinstance(watched, GUARDED):
                _no_wheel_focus(watched)
        elif kind is _WHEEL and isinstance(watched, GUARDED) and not _focused(watched):
            event.ignore()  # not for this field: Qt passes the event on to its parent (the scroll area)
            return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guard every combo box, spin box and date field of the program (once; a second call returns the same)."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app_events.watch(guard.watch)  # the application's one filter; the guard goes with its object
        with application_widgets() as widgets:
            for widget in widgets:  # those made before, which have had their polish already
                if isinstance(widget, GUARDED):
                    _no_wheel_focus(widget)
    return guard


def _no_wheel_focus(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _focused(widget: QWidget) -> bool:
    """The field or a part of it (an editable combo's line edit) has the keyboard focus."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))
