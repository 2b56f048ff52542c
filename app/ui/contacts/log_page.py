"""The log tab: the search box, the contact log and the counsellor's follow-up list.

Both lists are read on the database worker (``app.ui.kit.tasks``): typing in the search box never waits on the
store. A search starts ``SEARCH_DELAY_MS`` after the last keystroke (at once on Enter) and its rows replace the list
when they arrive; a search superseded by the next keystroke is dropped, so its rows are never shown.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import SessionUser
from app.services.contacts import log
from app.store.db import Store
from app.ui.contacts.log_model import ContactLogModel
from app.ui.kit import messages
from app.ui.kit.text import fill

SEARCH_DELAY_MS = 250


class LogView(QTableView):
    """A table of contacts; Enter or a double click opens the current one."""

    open_requested = Signal(uuid.UUID)

    def __init__(self, model: ContactLogModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.doubleClicked.connect(self._open)
        self.activated.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        model = self.model()
        assert isinstance(model, ContactLogModel)
        if index.isValid():
            self.open_requested.emit(model.row_at(index.row()).id)


class LogPage(QWidget):
    open_requested = Signal(uuid.UUID)

    def __init__(self, store: Store, user: SessionUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search: name, phone, ID code, case number or words of the summary (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.model = ContactLogModel(self._load_page, self, background=True)
        self.view = LogView(self.model)
        self.follow_model = ContactLogModel(
            self._load_follow_ups, self, columns=("due", "caller", "summary"), background=True
        )
        self.follow_view = LogView(self.follow_model)
        self.follow_title = QLabel()
        search_row = QHBoxLayout()
        label = QLabel(self.tr("&Find"))
        label.setBuddy(self.search)
        search_row.addWidget(label)
        search_row.addWidget(self.search, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.follow_title)
        side_layout.addWidget(self.follow_view)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1060, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        for view in (self.view, self.follow_view):
            view.open_requested.connect(self.open_requested)
        self._select_first = False  # a search's first row is selected when its rows arrive
        self.model.loaded.connect(self._search_shown)
        self.follow_model.loaded.connect(self._show_follow_count)
        for model in (self.model, self.follow_model):
            model.failed.connect(lambda error: messages.report(self, error))
        self.refresh()
        header = self.view.horizontalHeader()
        for column, width in enumerate((122, 62, 130, 140, 145, 110, 105)):
            header.resizeSection(column, width)
        for column, width in enumerate((122, 80)):
            self.follow_view.horizontalHeader().resizeSection(column, width)

    # --- on the database worker: plain values in and out ---------------------------------------------------------
    def _load_page(self, search: str, after: Any) -> list[log.LogRow]:
        with self.store.unit_of_work() as uow:
            return log.list_page(uow, self.user, search, after=after)

    def _load_follow_ups(self, _search: str, after: Any) -> list[log.LogRow]:
        if after is not None:
            return []
        with self.store.unit_of_work() as uow:
            return log.follow_ups(uow, self.user)

    # --- on the GUI thread --------------------------------------------------------------------------------------
    def run_search(self) -> None:
        self._search_timer.stop()
        self._select_first = True
        self.model.reload(self.search.text())

    def refresh(self) -> None:
        """Reload both lists (after a save), keeping the search text; they change when the rows arrive."""
        self.model.reload(self.search.text())
        self.follow_model.reload()

    def loading(self) -> bool:
        """A search or a list is still being read."""
        return self.model.loading or self.follow_model.loading

    def _search_shown(self) -> None:
        if self._select_first and self.model.rowCount():
            self.view.selectRow(0)
        self._select_first = False

    def _show_follow_count(self) -> None:
        self.follow_title.setText(fill(self.tr("My callbacks (%1)"), str(self.follow_model.rowCount())))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
