"""One base for the lists shown as tables: rows of plain values, columns described once.

A model lists its columns in ``columns()``: each with its header (a function, so that ``self.tr`` runs when the header
is shown and a language switch shows the new language) and a function per item role (display, tooltip, alignment,
colour, font, any user role, …) from the row to the value; ``row_roles()`` gives values every column of a row
answers alike (e.g. the row's id under a user role). The base answers Qt's ``rowCount``, ``columnCount``,
``headerData`` and ``data`` from that description, and keeps the rows: ``set_rows`` replaces them, ``append_rows``
adds a page at the end (a table that grows as it is scrolled: the subclass's ``canFetchMore``/``fetchMore`` ask for
the page, this shows it), ``remove_row`` takes one out. A subclass adds only what is its own (how rows are read or
sorted, a lookup by id).
The headers stay literal ``self.tr("…")`` calls in the subclass, where lupdate finds them under the subclass's context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header and, per item role, the value a row shows there (None: nothing for that role)."""

    header: Callable[[], str]
    show: Callable[[Row], Any]
    roles: Mapping[Qt.ItemDataRole, Callable[[Row], Any]] = field(default_factory=dict)

    def value(self, row: Row, role: int) -> Any:
        if role == DISPLAY:
            return self.show(row)
        found = self.roles.get(Qt.ItemDataRole(role))
        return None if found is None else found(row)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A flat, read-only table of ``Row`` values; subclasses describe their columns in :meth:`columns`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._columns: Sequence[Column[Row]] = self.columns()
        self._row_roles: Mapping[Qt.ItemDataRole, Callable[[Row], Any]] = self.row_roles()

    def columns(self) -> Sequence[Column[Row]]:
        raise NotImplementedError

    def row_roles(self) -> Mapping[Qt.ItemDataRole, Callable[[Row], Any]]:
        """Values every column of a row gives for a role (a column's own value for that role comes first)."""
        return {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        """Add ``rows`` after the last (the next page); the rows shown stay where they are."""
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY or not 0 <= section < len(self._columns):
            return None
        return self._columns[section].header()

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < len(self._columns)
        ):
            return None
        row = self._rows[index.row()]
        value = self._columns[index.column()].value(row, role)
        if value is None and (whole := self._row_roles.get(Qt.ItemDataRole(role))) is not None:
            return whole(row)
        return value
