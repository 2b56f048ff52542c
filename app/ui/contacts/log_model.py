"""The contact log as a lazily loaded table model: one page at a time, newest first, never all rows.

With ``background=True`` (the log tab's search) pages are read on the database worker (``app.ui.kit.tasks``): a
reload or the next page is asked for and shown when it arrives, and the GUI never waits on the store. Only the
newest request counts: a reload supersedes the page or search still under way, whose result is dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from app.models.base import utcnow
from app.models.enums import ContactKind
from app.services.contacts.log import PAGE_SIZE, LogRow
from app.ui.kit import labels
from app.ui.kit.formatting import local_datetime
from app.ui.kit.table_model import Column, RowTableModel
from app.ui.kit.tasks import Latest
from app.ui.kit.theme import tone_colour

# A page loader: (search text, cursor after which to continue) -> rows
PageLoader = Callable[[str, "tuple[Any, uuid.UUID] | None"], list[LogRow]]
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole(Qt.ItemDataRole.UserRole + 1)


class ContactLogModel(RowTableModel[LogRow]):
    """Rows of :class:`LogRow`; ``fetchMore`` asks the loader for the next page when the view scrolls down.

    ``columns`` names the columns shown, from :meth:`described` (each column's header and per-role values, once; a
    subclass adds its own there). Every column gives the row's contact id under ``ID_ROLE``.

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
        self.COLUMNS = columns  # before the base reads the columns
        super().__init__(parent)
        self._loader = loader
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
        self._exhausted = len(rows) < PAGE_SIZE
        self.set_rows(rows)
        self.loaded.emit()

    def _show_next(self, page: list[LogRow]) -> None:
        self._exhausted = len(page) < PAGE_SIZE
        self.append_rows(page)
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.failed.emit(error)

    # --- the columns ---------------------------------------------------------------------------------------------
    def columns(self) -> list[Column[LogRow]]:
        described = self.described()
        return [described[name] for name in self.COLUMNS]

    def row_roles(self) -> dict[Qt.ItemDataRole, Callable[[LogRow], Any]]:
        return {ID_ROLE: lambda row: str(row.id)}

    def described(self) -> dict[str, Column[LogRow]]:
        """Every column a log can show, by name."""
        tip = Qt.ItemDataRole.ToolTipRole
        ink = Qt.ItemDataRole.ForegroundRole
        return {
            "started": Column(lambda: self.tr("Started"), lambda row: local_datetime(row.started_at)),
            "due": Column(
                lambda: self.tr("Due"),
                lambda row: local_datetime(row.callback_due_at) if row.callback_due_at else "",
                {ink: _overdue},
            ),
            "line": Column(
                lambda: self.tr("Line"),
                lambda row: labels.short_line(row.line),
                {tip: lambda row: labels.label(row.line)},
            ),
            "kind": Column(lambda: self.tr("Channel"), _kind),
            "caller": Column(lambda: self.tr("Caller"), self._caller),
            "case": Column(lambda: self.tr("Case"), lambda row: row.case_number or ""),
            "risks": Column(
                lambda: self.tr("Risks"),
                lambda row: ", ".join(labels.label(flag) for flag in row.risks),
                {
                    tip: lambda row: "\n".join(labels.label(flag) for flag in row.risks) if row.risks else None,
                    ink: lambda row: QBrush(tone_colour("error")) if row.risks else None,
                },
            ),
            "handled_by": Column(lambda: self.tr("Counsellor"), lambda row: row.handled_by),
            "summary": Column(lambda: self.tr("Summary"), lambda row: row.summary, {tip: lambda row: row.summary}),
        }

    def _caller(self, row: LogRow) -> str:
        if row.identified:
            return row.person_name or self.tr("Identified")
        return self.tr("Anonymous")


def _kind(row: LogRow) -> str:
    if row.kind is not ContactKind.COUNSELLING:
        return labels.label(row.kind)
    return f"{labels.label(row.channel)} · {labels.label(row.direction)}"


def _overdue(row: LogRow) -> QBrush | None:
    due = row.callback_due_at
    return QBrush(tone_colour("error")) if due is not None and due < utcnow() else None
