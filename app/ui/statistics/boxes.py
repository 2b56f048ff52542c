"""The statistics tab's overview figures and aid table, each a box of its own."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.aid_rules import LimitCategory
from app.services.documents.statistics_export import Labels
from app.services.documents.statistics_report import minutes_seconds
from app.services.statistics.figures import NOT_RECORDED, Durations, PeriodStatistics
from app.ui.kit import formatting

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class OverviewBox(QGroupBox):
    """The period's totals, the anonymous share, the standard limits granted, and the durations as m:ss."""

    def __init__(self, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(labels("report", "overview"), parent)
        self.labels = labels
        figures = QGridLayout(self)
        self.total_value, self.counselling_value, self.anonymous_value = QLabel(), QLabel(), QLabel()
        self.aid_amount_value = QLabel()
        for row, (code, value) in enumerate(
            (
                ("total", self.total_value),
                ("counselling", self.counselling_value),
                ("anonymous_share", self.anonymous_value),
                ("aid_amount", self.aid_amount_value),
            )
        ):
            figures.addWidget(QLabel(labels("report", code)), row, 0, 1, 2)
            value.setAlignment(RIGHT)
            value.setStyleSheet("font-weight: bold;")
            figures.addWidget(value, row, 2, 1, 2)
        unit = QLabel(f"{labels('report', 'durations')} ({labels('report', 'duration_unit')})")
        unit.setStyleSheet("font-weight: bold;")
        figures.setRowMinimumHeight(4, 8)
        figures.addWidget(unit, 5, 0)
        for column, code in enumerate(("mean", "median", "p90"), start=1):
            head = QLabel(labels("report", code))
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            figures.addWidget(head, 5, column)
        self.duration_values: dict[str, list[QLabel]] = {}
        for row, code in enumerate(("duration", "wrapup"), start=6):
            figures.addWidget(QLabel(labels("report", code)), row, 0)
            self.duration_values[code] = []
            for column in range(1, 4):
                value = QLabel()
                value.setAlignment(RIGHT)
                figures.addWidget(value, row, column)
                self.duration_values[code].append(value)
        figures.setRowStretch(8, 1)

    def fill(self, stats: PeriodStatistics) -> None:
        self.total_value.setText(formatting.number(stats.total))
        self.counselling_value.setText(formatting.number(stats.counselling))
        share = stats.anonymous_share
        self.anonymous_value.setText("–" if share is None else formatting.percent(share))
        self.aid_amount_value.setText(formatting.money(stats.standard_amount))
        durations: dict[str, Durations] = {"duration": stats.duration, "wrapup": stats.wrapup}
        for code, found in durations.items():
            for label, value in zip(self.duration_values[code], (found.mean, found.median, found.p90), strict=True):
                label.setText(minutes_seconds(value))


class AidBox(QGroupBox):
    """Aid decisions by outcome and limit category with their amounts, every row shown, long names wrapped."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.model = AidTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.note)

    def fill(self, stats: PeriodStatistics, labels: Labels) -> None:
        headers = [labels("column", code) for code in ("outcome", "limit_category", "decisions", "amount_eur")]
        rows = [
            (
                labels("outcome", row.outcome),
                "–" if row.limit_category == NOT_RECORDED else labels("limit_category", row.limit_category),
                row.decisions,
                row.amount if row.amount or row.limit_category == LimitCategory.STANDARD else None,
            )
            for row in stats.aid
        ]
        total = (labels("report", "total_row"), sum(row.decisions for row in stats.aid), stats.standard_amount)
        self.model.set_rows(headers, rows, total)
        self.note.setText(labels("report", "aid_note"))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """The rows grow with their wrapped names; the table is as high as all its rows (no scroll bar in it)."""
        self.view.resizeRowsToContents()
        height = self.view.horizontalHeader().height() + sum(
            self.view.rowHeight(row) for row in range(self.model.rowCount())
        )
        self.view.setFixedHeight(height + 2 * self.view.frameWidth())


class AidTableModel(QAbstractTableModel):
    """Aid decisions by outcome and limit category, with a total row. Rows: (outcome, category, decisions,
    amount or None where the category has no amount)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self._rows: list[tuple[str, str, int, Decimal | None]] = []
        self._total: tuple[str, int, Decimal] | None = None

    def set_rows(
        self, headers: list[str], rows: list[tuple[str, str, int, Decimal | None]], total: tuple[str, int, Decimal]
    ) -> None:
        self.beginResetModel()
        self.headers, self._rows, self._total = headers, list(rows), total
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._total else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def row(self, index: int) -> tuple[str, str, int, Decimal | None]:
        if index < len(self._rows):
            return self._rows[index]
        assert self._total is not None
        name, decisions, amount = self._total
        return name, "", decisions, amount

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows):
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.row(index.row())
        if column == 2:
            return formatting.number(row[2])
        if column == 3:
            return "–" if row[3] is None else formatting.money(row[3])
        return row[column]
