"""A case's timeline: its contacts, aid decisions and what happened after each."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.db import Store
from app.models.aid import DecisionEventKind
from app.models.enums import ContactKind
from app.services.auth import SessionUser
from app.services.case_timeline import TimelineEntry, case_timeline
from app.ui import labels
from app.ui.formatting import local_datetime


class CaseDialog(QDialog):
    def __init__(self, store: Store, user: SessionUser, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with store.unit_of_work() as uow:
            number, entries = case_timeline(uow, user, case_id)
        self.setWindowTitle(self.tr("Case %1").replace("%1", number))
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("Who")])
        for entry in entries:
            self.model.appendRow(
                [
                    QStandardItem(local_datetime(entry.at)),
                    QStandardItem(self._what(entry)),
                    QStandardItem(entry.detail),
                    QStandardItem(entry.by),
                ]
            )
        view = QTableView()
        view.setModel(self.model)
        view.setWordWrap(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def _what(self, entry: TimelineEntry) -> str:
        if entry.kind == "contact":
            return self.tr("Contact") + " · " + labels.label(ContactKind(entry.title))
        if entry.kind == "decision":
            return self.tr("Aid decision %1").replace("%1", entry.title)
        return labels.label(DecisionEventKind(entry.kind)) + " · " + entry.title
