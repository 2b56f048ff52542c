"""The contact log as a lazily loaded table model: one page at a time, newest first, never all rows.

With ``background=True`` (the log tab's search) pages are read on the database worker (``app.ui.kit.tasks``): a
reload or the next page is asked for and shown when it arrives, and the GUI never waits on the store. Only the
newest request counts: a reload supersedes the page or search still under way, whose result is dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from app.models.base import utcnow
from app.models.enums import ContactKind
from app.services.contacts.log import PAGE_SIZE, LogRow
from app.ui.kit import labels
from app.ui.kit.formatting import local_datetime
from app.ui.kit.tasks import Latest
from app.ui.kit.theme import tone_colour

# A page loader: (search text, cursor after which to continue) -> rows
PageLoader = Callable[[str, "tuple[Any, uuid.UUID] | None"], list[LogRow]]
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactLogModel(QAbstractTableModel):
    """Rows of :class:`LogRow`; ``fetchMore`` asks the loader for the next page when the view scrolls down.

    Signals (``background=True``): ``loaded()`` when a reload's rows or the next page are shown; ``failed(error)``
    when reading them failed (the rows shown stay).
    """

    LOG_COLUMNS = ("started", "line", "kind", "caller", "case", "risks", "handled_by", "summary")

    loaded = Signal()
    failed = Signal(object)

    def __init__(
        self,
        loader: PageLoader,
        parent: Any = None,
        columns: tuple[str, ...] = LOG_COLUMNS,
        *,
        background: bool = False,
    ) -> None:
        super().__init__(parent)
        self.COLUMNS = columns
        self._loader = loader
        self._rows: list[LogRow] = []
        self._search = ""
        self._exhausted = True
        self._reads = Latest(self) if background else None

    # --- loading -------------------------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """A reload or the next page is being read (``background=True`` only)."""
        return self._reads is not None and self._reads.busy

    def reload(self, search: str | None = None) -> None:
        """Start again from the newest contact (after a save, or with new search text)."""
        if search is not None:
            self._search = search
        if self._reads is None:
            self._show_first(self._loader(self._search, None))
            return
        loader, wanted = self._loader, self._search
        self._reads.run(lambda: loader(wanted, None), self._show_first, self._failed)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._rows or self.loading:
            return
        if self._reads is None:
            self._show_next(self._loader(self._search, self._rows[-1].cursor))
            return
        loader, search, cursor = self._loader, self._search, self._rows[-1].cursor  # keyset paging
        self._reads.run(lambda: loader(search, cursor), self._show_next, self._failed)

    def _show_first(self, rows: list[LogRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < PAGE_SIZE
        self.endResetModel()
        self.loaded.emit()

    def _show_next(self, page: list[LogRow]) -> None:
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.failed.emit(error)

    def row_at(self, row: int) -> LogRow:
        return self._rows[row]

    # --- Qt model interface --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "started": self.tr("Started"),
            "due": self.tr("Due"),
            "line": self.tr("Line"),
            "kind": self.tr("Channel"),
            "caller": self.tr("Caller"),
            "case": self.tr("Case"),
            "risks": self.tr("Risks"),
            "handled_by": self.tr("Counsellor"),
            "summary": self.tr("Summary"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return str(row.id)
        if role == Qt.ItemDataRole.ToolTipRole and column == "line":
            return labels.label(row.line)
        if role == Qt.ItemDataRole.ToolTipRole and column == "summary":
            return row.summary
        if role == Qt.ItemDataRole.ToolTipRole and column == "risks" and row.risks:
            return "\n".join(labels.label(flag) for flag in row.risks)
        if role == Qt.ItemDataRole.ForegroundRole and column == "risks" and row.risks:
            return QBrush(tone_colour("error"))
        if role == Qt.ItemDataRole.ForegroundRole and column == "due" and row.callback_due_at:
            return QBrush(tone_colour("error")) if row.callback_due_at < utcnow() else None
        return None

    def _display(self, row: LogRow, column: str) -> str:
        if column == "started":
            return local_datetime(row.started_at)
        if column == "due":
            return local_datetime(row.callback_due_at) if row.callback_due_at else ""
        if column == "line":
            return labels.short_line(row.line)
        if column == "kind":
            if row.kind is not ContactKind.COUNSELLING:
                return labels.label(row.kind)
            return f"{labels.label(row.channel)} · {labels.label(row.direction)}"
        if column == "caller":
            if row.identified:
                return row.person_name or self.tr("Identified")
            return self.tr("Anonymous")
        if column == "case":
            return row.case_number or ""
        if column == "risks":
            return ", ".join(labels.label(flag) for flag in row.risks)
        if column == "handled_by":
            return row.handled_by
        return row.summary
