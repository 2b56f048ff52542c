"""The specialists' qualifications table of the provider editor, and the small helpers both use."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.providers import (
    ASSOCIATION_NAMES,
    Association,
    QualificationBasis,
)
from app.services.aid.provider_input import QualificationInput
from app.ui.kit import labels
from app.ui.kit.text import fill
from app.ui.kit.theme import set_tone
from app.ui.kit.widgets import ErrorLabel

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_FORMAT = "%d.%m.%Y"


def code_combo(codes: list[Any], parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for code in codes:
        combo.addItem(labels.label(code), code.value)
    return combo


def format_day(day: date | None) -> str:
    return day.strftime(DATE_FORMAT) if day else ""


def parse_day(text: str) -> date | None:
    """A typed date (``31.01.2026`` or ``2026-01-31``), None when empty; ValueError when unreadable."""
    value = text.strip()
    if not value:
        return None
    for pattern in (DATE_FORMAT, "%Y-%m-%d"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(value)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class QualificationDelegate(QStyledItemDelegate):
    """The basis column picks from the bases; the register column offers the five associations' names."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == QualificationTable.BASIS:
            return code_combo(list(QualificationBasis), parent)
        if index.column() == QualificationTable.REGISTER:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(list(ASSOCIATION_NAMES.values()))
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox) and index.column() == QualificationTable.BASIS:
            editor.setCurrentIndex(editor.findData(index.data(CODE_ROLE)))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox) and index.column() == QualificationTable.BASIS:
            # Name and code in one write: the view refills an open editor from the model on every change, so a
            # first write of the name alone would reset the combo to the old code before the code is written.
            if editor.currentIndex() >= 0:
                model.setItemData(
                    index, {Qt.ItemDataRole.DisplayRole: editor.currentText(), CODE_ROLE: editor.currentData()}
                )
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class QualificationTable(QWidget):
    """The specialists' evidence as a small editable table with add/remove row, and its error lines under it."""

    NAME, BASIS, REGISTER, NUMBER, VALID_UNTIL, CHECKED_ON = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Specialist"),
                self.tr("Basis"),
                self.tr("Register or association"),
                self.tr("Number"),
                self.tr("Valid until"),
                self.tr("Checked on"),
            ]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(QualificationDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((self.NAME, 170), (self.BASIS, 230), (self.REGISTER, 250), (self.NUMBER, 90)):
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(110)
        self.error = ErrorLabel()
        self.error.setWordWrap(False)  # one line per row; see ProviderEditor on height-for-width
        add = QPushButton(self.tr("Add &specialist"))
        remove = QPushButton(self.tr("Re&move specialist"))
        hint = QLabel(self.tr("Dates as dd.mm.yyyy; leave “valid until” empty when the evidence does not expire."))
        set_tone(hint, "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.remove_row)

    def set_rows(self, rows: tuple[QualificationInput, ...] | list[QualificationInput]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            self._append(row)

    def _append(self, row: QualificationInput) -> None:
        basis = QStandardItem()
        code = str(row.basis)
        if code in set(QualificationBasis):
            basis.setText(labels.label(QualificationBasis(code)))
            basis.setData(code, CODE_ROLE)
        register = row.register_or_association
        if register in set(Association):
            register = ASSOCIATION_NAMES[Association(register)]
        self.model.appendRow(
            [
                QStandardItem(row.specialist_name),
                basis,
                QStandardItem(register),
                QStandardItem(row.number),
                QStandardItem(format_day(row.valid_until)),
                QStandardItem(format_day(row.checked_on)),
            ]
        )

    def add_row(self) -> None:
        self._append(QualificationInput("", "", checked_on=date.today()))
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, self.NAME))
        self.view.edit(self.view.currentIndex())

    def remove_row(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRow(index.row())

    def rows(self, errors: dict[str, str]) -> list[QualificationInput]:
        """The table as input; unreadable dates go into ``errors`` under the service's keys."""
        found = []
        for row in range(self.model.rowCount()):
            cells = [(self.model.item(row, column).text() or "").strip() for column in range(6)]
            days: list[date | None] = []
            for column, key in ((self.VALID_UNTIL, "valid_until"), (self.CHECKED_ON, "checked_on")):
                try:
                    days.append(parse_day(cells[column]))
                except ValueError:
                    errors[f"qualifications.{row}.{key}"] = "date.format"
                    days.append(None)
            basis = self.model.item(row, self.BASIS).data(CODE_ROLE) or ""
            found.append(QualificationInput(cells[0], basis, cells[2], cells[3], days[0], days[1]))
        return found

    def show_errors(self, errors: list[tuple[int, str]]) -> None:
        lines = [fill(self.tr("Row %1: %2"), str(row + 1), text) for row, text in sorted(errors)]
        self.error.show_error("\n".join(lines))
