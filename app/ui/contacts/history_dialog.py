"""A saved contact's edit history: who changed which field, when, from what to what."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.services.actor import SessionUser
from app.services.contacts import contact_view
from app.store.db import Store
from app.ui.kit.calls import call_or_raise
from app.ui.kit.formatting import local_datetime


class HistoryDialog(QDialog):
    def __init__(self, store: Store, user: SessionUser, contact_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact history"))
        changes = call_or_raise(store, contact_view.contact_history, user, contact_id)  # a refusal: to the caller
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        for change in changes:
            self.model.appendRow(
                [
                    QStandardItem(local_datetime(change.changed_at)),
                    QStandardItem(change.changed_by),
                    QStandardItem(change.field if change.entity == "contact" else f"{change.entity}.{change.field}"),
                    QStandardItem(change.old_value or "—"),
                    QStandardItem(change.new_value or "—"),
                ]
            )
        view = QTableView()
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(800, 400)
