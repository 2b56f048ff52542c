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

from app.errors import FieldErrors
from app.services.actor import SessionUser
from app.services.contacts.taxonomy import TopicEdit
from app.store.db import Store, UnitOfWork
from app.ui.kit import messages
from app.ui.kit.calls import FAILED, Failed, Route, call
from app.ui.kit.text import fill
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
    """The list's services (``taxonomy.list_topics``, ``add_topic``, ``update_topic`` and their like); with
    ``save_all`` (``taxonomy.save_topics``) the table is saved in one transaction, else row by row."""

    entries: Callable[[UnitOfWork], Sequence[NamedEntry]]
    add: Callable[[UnitOfWork, SessionUser, str, str, str], NamedEntry]
    update: UpdateEntry
    save_all: Callable[[UnitOfWork, SessionUser, list[TopicEdit]], None] | None = None


class NamesTablePage(QWidget):
    """The table with an add and a save button over the services of one list; a subclass names the buttons.

    Attributes: ``model`` (one row per entry, the entry's id under ``ID_ROLE`` of the first cell, empty for a new
    row), ``view``, ``error`` (the sentence about the first row that could not be saved), ``add_button`` and
    ``save_button`` (their texts are set by the subclass).
    """

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
        found = call(self, self.store, self.services.entries)
        if isinstance(found, Failed):
            return
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

        With ``save_all`` the table is one use case: nothing is saved then. Otherwise each row is its own, committed
        by its service: the rows above the bad one are saved, and new ones among them keep their id, so saving
        again does not add them twice.
        """
        self.error.clear_error()
        if self.services.save_all is None:
            for row in range(self.model.rowCount()):
                if not self._save_row(row):
                    return
            self.reload()
            return
        rows = [self._edit(row) for row in range(self.model.rowCount())]
        try:
            saved = call(Route(self, quiet=(FieldErrors,)), self.store, self.services.save_all, self.actor, rows)
        except FieldErrors as error:  # keyed <row>.<field>
            key, reason = next(iter(error.errors.items()))
            index, _, field = key.partition(".")
            self._show_row_error(int(index), field, reason)
            return
        if saved is not FAILED:
            self.reload()

    def _edit(self, row: int) -> TopicEdit:
        first = self.model.item(row, 0)
        et, en, ru = (self.model.item(row, column).text() for column in range(3))
        active = self.model.item(row, OFFERED).checkState() == Qt.CheckState.Checked
        return TopicEdit(uuid.UUID(first.data(ID_ROLE)) if first.data(ID_ROLE) else None, et, en, ru, active)

    def _save_row(self, row: int) -> bool:
        edit = self._edit(row)
        route = Route(self, quiet=(FieldErrors,))  # said beside the table, with the row and column
        try:
            if edit.topic_id is not None:
                names = {"name_et": edit.name_et, "name_en": edit.name_en, "name_ru": edit.name_ru}
                done = call(
                    route, self.store, self.services.update, self.actor, edit.topic_id, **names, active=edit.active
                )
                return done is not FAILED
            added = call(route, self.store, self.services.add, self.actor, edit.name_et, edit.name_en, edit.name_ru)
        except FieldErrors as error:
            field, reason = next(iter(error.errors.items()))
            self._show_row_error(row, field, reason)
            return False
        if isinstance(added, Failed):
            return False
        self.model.item(row, 0).setData(str(added.id), ID_ROLE)
        return True

    def _show_row_error(self, row: int, field: str, reason: str) -> None:
        column = NAME_FIELDS.index(field) if field in NAME_FIELDS else 0
        self.view.setCurrentIndex(self.model.index(row, column))
        header = self.model.headerData(column, Qt.Orientation.Horizontal)
        self.error.show_error(
            fill(
                QCoreApplication.translate("NamesTablePage", "Row %1, %2: %3"),
                str(row + 1),
                str(header),
                messages.field_error(reason),
            )
        )
