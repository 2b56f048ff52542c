"""The one table-model base: columns described once answer Qt's row, column, header and item questions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.ui.kit.table_model import RIGHT, Column, RowTableModel


class Pairs(RowTableModel[tuple[str, int]]):
    def columns(self) -> list[Column[tuple[str, int]]]:
        return [
            Column(
                lambda: self.tr("Name"), lambda row: row[0], {Qt.ItemDataRole.ToolTipRole: lambda row: row[0].upper()}
            ),
            Column(
                lambda: self.tr("Count"), lambda row: str(row[1]), {Qt.ItemDataRole.TextAlignmentRole: lambda _r: RIGHT}
            ),
        ]


def test_columns_described_once_answer_every_question(qtmodeltester: Any) -> None:
    model = Pairs()
    model.set_rows([("mari", 3), ("jaan", 12)])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.index(1, 1).data() == "12"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "JAAN"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.row_at(0) == ("mari", 3)
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


class Paged(Pairs):
    """A table that grows page by page, with each row's name under a user role in every column."""

    NAME_ROLE = Qt.ItemDataRole(Qt.ItemDataRole.UserRole + 1)

    def row_roles(self) -> dict[Qt.ItemDataRole, Any]:
        return {self.NAME_ROLE: lambda row: row[0]}


def test_a_table_grows_by_pages_and_loses_single_rows(qtmodeltester: Any) -> None:
    model = Paged()
    model.set_rows([("mari", 3)])
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.append_rows([("jaan", 12), ("juku", 1)])
    model.append_rows([])  # an empty last page adds nothing
    assert inserted == [(1, 2)]
    assert [model.index(row, 1).data(Paged.NAME_ROLE) for row in range(model.rowCount())] == ["mari", "jaan", "juku"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "MARI"  # a column's own value comes first
    qtmodeltester.check(model, force_py=True)
    model.remove_row(1)
    assert model.rows() == [("mari", 3), ("juku", 1)]
    qtmodeltester.check(model, force_py=True)
