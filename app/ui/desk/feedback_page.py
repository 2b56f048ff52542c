"""The counsellor's feedback: reviews of the contacts they handled, newest unacknowledged first, and "Acknowledge"."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import SessionUser
from app.services.desk import review
from app.store.db import Store
from app.ui.kit import labels
from app.ui.kit.calls import FAILED, Failed, call
from app.ui.kit.formatting import local_datetime
from app.ui.kit.text import fill


class FeedbackPage(QWidget):
    """``unacknowledged_changed(n)`` tells the window how many reviews wait for the counsellor."""

    open_requested = Signal(uuid.UUID)
    unacknowledged_changed = Signal(int)

    def __init__(self, store: Store, user: SessionUser, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.language = language
        self.reviews: list[review.ReviewView] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Contact"), self.tr("Line"), self.tr("Reviewed by"), self.tr("Reviewed on"), self.tr("Status")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge: I have read it"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.open_button = QPushButton(self.tr("Open contact"))
        self.open_button.clicked.connect(self._open)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.acknowledge_button)
        side_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([620, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show(row))
        self.reload()

    def reload(self) -> None:
        current = self.current()
        reviews = call(self, self.store, review.my_feedback, self.user, language=self.language)
        if isinstance(reviews, Failed):
            return
        self.reviews = reviews
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.reviews))
        for n, found in enumerate(self.reviews):
            status = (
                fill(self.tr("Acknowledged %1"), local_datetime(found.acknowledged_at))
                if found.acknowledged_at is not None
                else self.tr("New")
            )
            cells = (
                local_datetime(found.contact_started_at),
                labels.short_line(found.line),
                found.reviewer_name,
                local_datetime(found.reviewed_at),
                status,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if found.acknowledged_at is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(n, column, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        again = next((n for n, r in enumerate(self.reviews) if current and r.id == current.id), 0)
        if self.reviews:
            self.table.selectRow(again)
        self._show(again if self.reviews else -1)
        self.unacknowledged_changed.emit(self.unacknowledged())

    def unacknowledged(self) -> int:
        return sum(1 for r in self.reviews if r.acknowledged_at is None)

    def current(self) -> review.ReviewView | None:
        row = self.table.currentRow()
        return self.reviews[row] if 0 <= row < len(self.reviews) else None

    def _show(self, row: int) -> None:
        found = self.reviews[row] if 0 <= row < len(self.reviews) else None
        self.acknowledge_button.setEnabled(found is not None and found.acknowledged_at is None)
        self.open_button.setEnabled(found is not None)
        if found is None:
            self.detail.setPlainText(self.tr("No feedback on your contacts yet."))
            return
        parts = [
            "<h3>"
            + html.escape(
                fill(self.tr("Contact of %1 on %2"), local_datetime(found.contact_started_at), labels.label(found.line))
            )
            + "</h3>",
            "<p>"
            + html.escape(
                fill(self.tr("Reviewed by %1 on %2."), found.reviewer_name, local_datetime(found.reviewed_at))
            )
            + (" " + html.escape(self.tr("Discussed together.")) if found.discussed else "")
            + "</p>",
        ]
        if found.scores:
            parts.append("<table cellspacing='0' cellpadding='3'>")
            for score in found.scores:
                parts.append(
                    f"<tr><td>{html.escape(score.criterion_name)}</td><td><b>{score.score}/5</b></td>"
                    f"<td>{html.escape(score.comment)}</td></tr>"
                )
            parts.append("</table>")
        if found.overall:
            parts.append("<p>" + html.escape(found.overall).replace("\n", "<br>") + "</p>")
        self.detail.setHtml("".join(parts))

    def acknowledge(self) -> None:
        found = self.current()
        if found is None:
            return
        if call(self, self.store, review.acknowledge, self.user, found.id) is FAILED:
            return
        self.reload()

    def _open(self) -> None:
        found = self.current()
        if found is not None:
            self.open_requested.emit(found.contact_id)
