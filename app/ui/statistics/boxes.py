"""The statistics tab's overview figures and aid table, each a box of its own."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
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
from app.services.documents.statistics_export import Labels, minutes_seconds
from app.services.statistics.figures import NOT_RECORDED, Durations, PeriodStatistics
from app.ui.kit import formatting
from app.ui.kit.table_model import Column, RowTableModel

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
        self.model.set_aid(headers, rows, total)
        self.note.setText(labels("report", "aid_note"))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """The rows grow with their wrapped names; the table is as high as all its rows (no scroll bar in it)."""
        self.view.resizeRowsToContents()
        height = self.view.horizontalHeader().height() + sum(
            self.view.rowHeight(row) for row in range(self.model.rowCount())
        )
        self.view.setFixedHeight(height + 2 * self.view.frameWidth())


class AidRow(NamedTuple):
    outcome: str
    category: str
    decisions: int
    amount: Decimal | None  # None where the category has no amount
    total: bool = False


class AidTableModel(RowTableModel[AidRow]):
    """Aid decisions by outcome and limit category, with a total row (bold); the headers come with the rows."""

    def __init__(self, parent: Any = None) -> None:
        self.headers: list[str] = []
        super().__init__(parent)

    def columns(self) -> list[Column[AidRow]]:
        bold = QFont()
        bold.setBold(True)
        font = {Qt.ItemDataRole.FontRole: lambda row: bold if row.total else None}
        number = {**font, Qt.ItemDataRole.TextAlignmentRole: lambda _row: int(RIGHT)}

        def header(section: int) -> Callable[[], str]:
            return lambda: self.headers[section] if section < len(self.headers) else ""

        return [
            Column(header(0), lambda row: row.outcome, font),
            Column(header(1), lambda row: row.category, font),
            Column(header(2), lambda row: formatting.number(row.decisions), number),
            Column(header(3), lambda row: "–" if row.amount is None else formatting.money(row.amount), number),
        ]

    def set_aid(
        self, headers: list[str], rows: list[tuple[str, str, int, Decimal | None]], total: tuple[str, int, Decimal]
    ) -> None:
        self.headers = headers
        name, decisions, amount = total
        self.set_rows([AidRow(*row) for row in rows] + [AidRow(name, "", decisions, amount, total=True)])
