"""A list an administrator keeps in three languages (topics, review criteria) as an editable table.

Names in Estonian, English and Russian, and whether the entry is still offered: entries are retired, never deleted,
because old records keep pointing at them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from app.errors import FieldErrors, KnownError
from app.services.actor import SessionUser
from app.store.db import Store, UnitOfWork
from app.ui.kit import messages
from app.ui.kit.widgets import ErrorLabel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_FIELDS = ("name_et", "name_en", "name_ru")  # the table's first three columns, in this order
OFFERED = 3


class NamedEntry(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def name_et(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def name_ru(self) -> str: ...
    @property
    def active(self) -> bool: ...


class UpdateEntry(Protocol):
    def __call__(
        self,
        uow: UnitOfWork,
        actor: SessionUser,
        entry_id: uuid.UUID,
        /,
        *,
        name_et: str,
        name_en: str,
        name_ru: str,
        active: bool,
    ) -> None: ...


@dataclass(frozen=True)
class NamesServices:
    """The list's services (``taxonomy.list_topics``, ``add_topic``, ``update_topic`` and their like)."""

    entries: Callable[[UnitOfWork], Sequence[NamedEntry]]
    add: Callable[[UnitOfWork, SessionUser, str, str, str], NamedEntry]
    update: UpdateEntry


class NamesTablePage(QWidget):
    """The table with an add and a save button over the services of one list; a subclass names the buttons.

    Attributes: ``model`` (one row per entry, the entry's id under ``ID_ROLE`` of the first cell, empty for a new
    row), ``view``, ``error`` (the sentence about the first row that could not be saved), ``add_button`` and
    ``save_button`` (their texts are set by the subclass).
    """

    each_row_commits = False  # the services commit each entry themselves (otherwise one transaction for all)

    def __init__(
        self, store: Store, actor: SessionUser, services: NamesServices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.services = store, actor, services
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("NamesTablePage", "Estonian"),
                QCoreApplication.translate("NamesTablePage", "English"),
                QCoreApplication.translate("NamesTablePage", "Russian"),
                QCoreApplication.translate("NamesTablePage", "Offered"),
            ]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.error = ErrorLabel()
        self.add_button = QPushButton()
        self.save_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.save_button.clicked.connect(self.save)
        self.reload()

    def reload(self) -> None:
        with self.store.unit_of_work() as uow:
            found = self.services.entries(uow)
        self.model.removeRows(0, self.model.rowCount())
        for entry in found:
            self._append(str(entry.id), entry.name_et, entry.name_en, entry.name_ru, entry.active)

    def _append(self, entry_id: str, et: str, en: str, ru: str, active: bool) -> None:
        first = QStandardItem(et)
        first.setData(entry_id, ID_ROLE)
        offered = QStandardItem()
        offered.setCheckable(True)
        offered.setEditable(False)
        offered.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
        self.model.appendRow([first, QStandardItem(en), QStandardItem(ru), offered])

    def add_row(self) -> None:
        self._append("", "", "", "", True)
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        self.view.edit(self.view.currentIndex())

    def save(self) -> None:
        """Every row in order; the first bad one stops the save, is named and gets the cursor on its bad cell.

        With one transaction nothing is saved then. When each row commits (``each_row_commits``), the rows above
        the bad one are saved: new ones among them keep their id, so saving again does not add them twice.
        """
        self.error.clear_error()
        try:
            with self.store.unit_of_work() as uow:
                for row in range(self.model.rowCount()):
                    if not self._save_row(uow, row):
                        return
                uow.commit()
        except KnownError as error:
            messages.show_known_error(self, error)
            return
        self.reload()

    def _save_row(self, uow: UnitOfWork, row: int) -> bool:
        names = dict(zip(NAME_FIELDS, (self.model.item(row, column).text() for column in range(3)), strict=True))
        first = self.model.item(row, 0)
        try:
            if first.data(ID_ROLE):
                active = self.model.item(row, OFFERED).checkState() == Qt.CheckState.Checked
                self.services.update(uow, self.actor, uuid.UUID(first.data(ID_ROLE)), **names, active=active)
            else:
                added = self.services.add(uow, self.actor, *names.values())
                if self.each_row_commits:
                    first.setData(str(added.id), ID_ROLE)
        except FieldErrors as error:
            field, reason = next(iter(error.errors.items()))
            column = NAME_FIELDS.index(field) if field in NAME_FIELDS else 0
            self.view.setCurrentIndex(self.model.index(row, column))
            header = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.error.show_error(
                QCoreApplication.translate("NamesTablePage", "Row %1, %2: %3")
                .replace("%1", str(row + 1))
                .replace("%2", str(header))
                .replace("%3", messages.field_error(reason))
            )
            return False
        return True
