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
