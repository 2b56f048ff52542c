"""Screen readers: every input gets an accessible name, from the label beside it (its buddy or its form row),
else its placeholder or tooltip. Qt on some platforms reads a buddy label by itself, but not every reader does, so
the name is set. Done once per window as it is shown, and for the pages of tab and stacked widgets as they are."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.ui.kit import app_events

AUTO_NAME = "accessibleNameDerived"
INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def plain(text: str) -> str:
    """A label's text as spoken: no ``&`` marks, no rich-text tags, no trailing colon."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"&(?=[^&])", "", text).replace("&&", "&")
    return " ".join(text.split()).rstrip(":").strip()


def _inputs_in(widget: QWidget) -> list[QWidget]:
    if isinstance(widget, INPUTS):
        return [widget]
    return [child for child in widget.findChildren(QWidget) if isinstance(child, INPUTS)]


def _form_labels(root: QWidget) -> dict[QWidget, str]:
    """Each field of a QFormLayout with the text of its row's label (labels made by ``addRow(str, field)``)."""
    named: dict[QWidget, str] = {}
    for layout in root.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            label_widget = label.widget()
            assert isinstance(label_widget, QLabel)
            fields = [field.widget()] if field.widget() is not None else []
            inner = field.layout()
            if inner is not None:
                items = (inner.itemAt(i) for i in range(inner.count()))
                fields = [item.widget() for item in items if item is not None]
            for found in fields:
                if found is not None:
                    for widget in _inputs_in(found)[:1]:
                        named.setdefault(widget, plain(label_widget.text()))
    return named


def name_inputs(root: QWidget) -> None:
    """Give every input under ``root`` that has no accessible name the best one it has."""
    names: dict[QWidget, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and plain(label.text()):
            for widget in _inputs_in(buddy)[:1]:
                names.setdefault(widget, plain(label.text()))
    for widget, text in _form_labels(root).items():
        names.setdefault(widget, text)
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INPUTS) or widget.accessibleName():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, QHeaderView):
            continue  # part of its table
        name = names.get(widget) or _own_words(widget)
        if name:
            widget.setAccessibleName(name)
            widget.setProperty(AUTO_NAME, name)  # derived here: derived again when the language changes


def rename_inputs(root: QWidget) -> None:
    """After a change of language: the names derived from labels are derived again from the translated labels."""
    for widget in [root, *root.findChildren(QWidget)]:
        derived = widget.property(AUTO_NAME)
        if derived and widget.accessibleName() == derived:
            widget.setAccessibleName("")
    name_inputs(root)


def _own_words(widget: QWidget) -> str:
    """Without a label of its own: the label just before it in its row, its placeholder, its tooltip; a list or
    table is named by its group box, tab or window."""
    before = _label_before(widget)
    if before:
        return before
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and widget.placeholderText():
        return plain(widget.placeholderText())
    if widget.toolTip():
        return plain(widget.toolTip())
    parent = widget.parentWidget()
    if isinstance(parent, QGroupBox) and len(_inputs_in(parent)) == 1:
        return plain(parent.title())
    if isinstance(widget, (QAbstractItemView, QTextEdit)):
        return _surroundings(widget)
    return ""


def _label_before(widget: QWidget) -> str:
    """The text of a label right before ``widget`` in the same row or column of a box or grid layout."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    if top is None:
        return ""
    for layout in [top, *top.findChildren(QLayout)]:
        index = layout.indexOf(widget)
        if index > 0:
            item = layout.itemAt(index - 1)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.buddy() is None and plain(label.text()):
                if not any(ch.isalnum() for ch in label.text()) and index > 1:  # "From [date] – [date]"
                    before = layout.itemAt(index - 2)
                    first = before.widget() if before is not None else None
                    if first is not None and first.accessibleName():
                        return QCoreApplication.translate("Accessibility", "%1 (end)").replace(
                            "%1", first.accessibleName()
                        )
                return plain(label.text())
            if isinstance(label, QCheckBox) and plain(label.text()):  # "Callback due" [date]
                return plain(label.text())
            return ""
    return ""


def _surroundings(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return plain(parent.title())
        grand = parent.parentWidget()
        if isinstance(grand, QStackedWidget) and isinstance(grand.parentWidget(), QTabWidget):
            tabs = grand.parentWidget()
            assert isinstance(tabs, QTabWidget)
            return plain(tabs.tabText(tabs.indexOf(parent)))
        if parent.isWindow():
            return plain(parent.windowTitle().split(" – ")[0])
        parent = grand
    return ""


class AccessibleNames(QObject):
    """Names the inputs of each window, and of each page of a tab or stacked widget, when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.watch(watched, event, event.type())

    def watch(self, watched: QObject, _event: QEvent, kind: QEvent.Type) -> bool:
        """Each event of the application (``app.ui.kit.app_events``): only a show or a language change is looked at."""
        if kind is _SHOW:
            if isinstance(watched, QWidget) and (
                watched.isWindow() or isinstance(watched.parentWidget(), QStackedWidget)
            ):
                name_inputs(watched)
        elif kind is _LANGUAGE_CHANGE and isinstance(watched, QWidget) and watched.isWindow():
            QTimer.singleShot(0, watched, lambda w=watched: rename_inputs(w))  # once the labels are translated
        return False


_SHOW, _LANGUAGE_CHANGE = QEvent.Type.Show, QEvent.Type.LanguageChange


def install_accessible_names(app: QApplication) -> None:
    """Once at start (and by tests that look at the names): every window shown from then on is named."""
    if app.findChild(AccessibleNames) is None:
        app_events.watch(AccessibleNames(app).watch)  # the application's one filter
