"""The list of aid decisions with filters, events after a decision, and the per-provider export."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldErrors
from app.files import write_text_atomically
from app.models.aid import DecisionEventKind, Outcome
from app.services.actor import SessionUser, oversees
from app.services.aid import decisions
from app.store.db import Store
from app.ui.kit import formatting, labels, messages
from app.ui.kit.calls import FAILED, Failed, Route, call
from app.ui.kit.table_model import Column, RowTableModel
from app.ui.kit.text import fill
from app.ui.kit.widgets import CodeCombo

Index = QModelIndex | QPersistentModelIndex


class DecisionTableModel(RowTableModel[decisions.DecisionView]):
    COLUMNS = ("number", "date", "client", "case", "outcome", "limit", "provider", "events")

    def columns(self) -> list[Column[decisions.DecisionView]]:
        return [
            Column(lambda: self.tr("Notice"), lambda row: row.number),
            Column(lambda: self.tr("Decided"), lambda row: formatting.day(row.decision_date)),
            Column(lambda: self.tr("Client"), lambda row: row.person_name),
            Column(lambda: self.tr("Case"), lambda row: row.case_number),
            Column(lambda: self.tr("Outcome"), lambda row: labels.label(row.outcome)),
            Column(lambda: self.tr("Limit"), self._limit),
            Column(lambda: self.tr("Provider"), lambda row: row.provider_name or ""),
            Column(lambda: self.tr("Events"), lambda row: ", ".join(labels.label(kind) for kind, _note in row.events)),
        ]

    def _limit(self, row: decisions.DecisionView) -> str:
        if row.outcome is Outcome.REFUSED:
            return ""
        if row.limit_amount is not None:
            return formatting.money(row.limit_amount)
        until = f" → {formatting.day(row.end_date)}" if row.end_date else ""
        return self.tr("until the need ceases") + until


class DecisionsPage(QWidget):
    def __init__(self, store: Store, user: SessionUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        self.outcome = CodeCombo(list(Outcome), allow_none=True)
        self.limit = QComboBox()
        self.limit.addItem(self.tr("All limits"), None)
        self.limit.addItem(self.tr("With a limit"), False)
        self.limit.addItem(self.tr("Without a limit"), True)
        self.model = DecisionTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        event_button = QPushButton(self.tr("Record &event…"))
        self.export_button = QPushButton(self.tr("E&xport for a provider…"))
        self.export_button.setVisible(oversees(user))
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("From"), self.since),
            (self.tr("to"), self.until),
            (self.tr("Outcome"), self.outcome),
            (self.tr("Limit"), self.limit),
        ):
            filters.addWidget(QLabel(text))
            filters.addWidget(widget)
        filters.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(event_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for signal in (
            self.since.dateChanged,
            self.until.dateChanged,
            self.outcome.currentIndexChanged,
            self.limit.currentIndexChanged,
        ):
            signal.connect(self.reload)
        event_button.clicked.connect(self.record_event)
        self.export_button.clicked.connect(self.export_for_provider)
        self.reload()

    @staticmethod
    def _day(edit: QDateEdit) -> date:
        value = edit.date()
        return date(value.year(), value.month(), value.day())

    def reload(self, *_args: object) -> None:
        where = decisions.DecisionFilter(
            since=self._day(self.since),
            until=self._day(self.until),
            outcome=self.outcome.code(),
            unlimited=self.limit.currentData(),
        )
        rows = call(self, self.store, decisions.list_decisions, self.user, where)
        if isinstance(rows, Failed):
            return
        self.model.set_rows(rows)
        self.status.setText(fill(self.tr("%1 decision(s)"), str(self.model.rowCount())))

    def record_event(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        decision = self.model.row_at(index.row())
        kinds = list(DecisionEventKind)
        names = [labels.label(kind) for kind in kinds]
        name, ok = QInputDialog.getItem(self, self.tr("Event"), decision.number, names, 0, False)
        if not ok:
            return
        note, ok = QInputDialog.getText(self, labels.label(kinds[names.index(name)]), self.tr("Note (reason, how):"))
        if not ok:
            return
        kind = kinds[names.index(name)]
        try:  # the reason a note is refused goes to the status line
            done = call(
                Route(self, quiet=(FieldErrors,)),
                self.store,
                decisions.record_event,
                self.user,
                decision.id,
                kind,
                note,
            )
        except FieldErrors as error:
            self.status.setText(messages.field_error(next(iter(error.errors.values()))))
            return
        if done is FAILED:
            return
        self.reload()

    def export_for_provider(self) -> None:
        """Two files per provider and period: clients with a limit and clients without; never mixed (seed 003)."""
        shown = {
            row.provider_id: row.provider_name
            for row in (self.model.row_at(i) for i in range(self.model.rowCount()))
            if row.provider_id is not None and row.provider_name
        }
        if not shown:
            self.status.setText(self.tr("No provider has granted decisions in the list."))
            return
        found = sorted(shown.items(), key=lambda item: (item[1] or "").casefold())
        names = [name or "" for _id, name in found]
        name, ok = QInputDialog.getItem(self, self.tr("Export for a provider"), self.tr("Provider"), names, 0, False)
        if not ok:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the two files"))
        if not folder:
            return
        provider_id, provider_name = found[names.index(name)]
        since, until = self._day(self.since), self._day(self.until)
        files = call(self, self.store, decisions.export_for_provider, self.user, provider_id, since, until)
        if isinstance(files, Failed):
            return
        stem = re.sub(r"[^\w-]+", "_", provider_name or "provider").strip("_") + f"_{since:%Y%m%d}-{until:%Y%m%d}"
        try:  # the lines end in CRLF already (CsvWriter): newline="" keeps them so on Windows too
            write_text_atomically(
                Path(folder, f"{stem}_with-limit.csv"), files.with_limit, encoding="utf-8-sig", newline=""
            )
            write_text_atomically(
                Path(folder, f"{stem}_without-limit.csv"), files.without_limit, encoding="utf-8-sig", newline=""
            )
        except OSError as error:
            messages.show_write_error(self, error)
            return
        self.status.setText(fill(self.tr("Two files written to %1."), folder))
