"""The weekly heat map: weekdays down, hours of the day across, each cell shaded by its count (QtCharts has none)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui.kit import theme

CELL_HEIGHT = 24
GAP = 6
LEGEND_WIDTH = 160
LEGEND_HEIGHT = 10


def shade(value: int, top: int, look: theme.Colours | None = None) -> QColor:
    """From the empty cell's colour (none) to the full one's (the busiest cell), linearly; in the dark scheme the
    busiest cell is the lightest."""
    look = look or theme.colours()
    empty, full = look.empty_cell, look.full_cell
    if top <= 0 or value <= 0:
        return QColor(empty)
    f = min(1.0, value / top)
    return QColor(
        round(empty.red() + (full.red() - empty.red()) * f),
        round(empty.green() + (full.green() - empty.green()) * f),
        round(empty.blue() + (full.blue() - empty.blue()) * f),
    )


class HeatMap(QWidget):
    """Counts by row (weekday) and column (hour). Texts arrive translated; numbers go through ``number``.

    Attributes: ``counts`` the rows shown; ``row_names`` their names; ``across`` the text under the hours (what they
    are, with the time zone); ``legend`` the sentence beside the shade scale (``dark_legend`` in the dark theme);
    ``describe(row, hour, count)`` the tooltip of a cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: tuple[tuple[int, ...], ...] = ()
        self.row_names: list[str] = []
        self.across = ""
        self.legend = ""
        self.dark_legend = ""  # the same in the dark theme, where the busiest cell is the lightest
        self.number: Callable[[int], str] = str
        self.describe: Callable[[int, int, int], str] = lambda row, hour, count: str(count)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_counts(self, counts: Sequence[Sequence[int]], row_names: Sequence[str]) -> None:
        self.counts = tuple(tuple(row) for row in counts)
        self.row_names = list(row_names)
        self.updateGeometry()
        self.update()

    def shown_legend(self) -> str:
        """The legend for the current scheme: in the dark one the busiest cell is the lightest."""
        return self.dark_legend if theme.is_dark() and self.dark_legend else self.legend

    @property
    def top(self) -> int:
        return max((max(row) for row in self.counts if row), default=0)

    def _columns(self) -> int:
        return max((len(row) for row in self.counts), default=24)

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(name) for name in self.row_names), default=0) + GAP

    def _grid(self) -> QRect:
        line = self.fontMetrics().height()
        left = self._label_width()
        width = max(self.width() - left - 1, 1)
        cell = width // self._columns()
        return QRect(left, line + 2, cell * self._columns(), CELL_HEIGHT * len(self.counts))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        rows = max(len(self.counts), 7)
        return QSize(self._label_width() + 24 * 26, line + 2 + rows * CELL_HEIGHT + 2 * line + LEGEND_HEIGHT + 3 * GAP)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(self._label_width() + 24 * 20, hint.height())

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        grid = self._grid()
        if not self.counts or not grid.contains(point):
            return None
        cell = grid.width() // self._columns()
        row, column = (point.y() - grid.top()) // CELL_HEIGHT, (point.x() - grid.left()) // max(cell, 1)
        if 0 <= row < len(self.counts) and 0 <= column < len(self.counts[row]):
            return row, column
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.cell_at(event.pos())
            if found is None:
                QToolTip.hideText()
            else:
                row, hour = found
                QToolTip.showText(event.globalPos(), self.describe(row, hour, self.counts[row][hour]), self)
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        look = theme.colours()
        ink, muted = look.ink, look.muted
        metrics = self.fontMetrics()
        line = metrics.height()
        grid = self._grid()
        columns = self._columns()
        cell = grid.width() // columns
        top = self.top
        # Hours across the top: every hour while they fit, else every second or third.
        step = (
            1
            if cell >= metrics.horizontalAdvance("00") + 6
            else 2
            if cell * 2 >= metrics.horizontalAdvance("00") + 6
            else 3
        )
        painter.setPen(muted)
        for hour in range(0, columns, step):
            painter.drawText(
                QRect(grid.left() + hour * cell, 0, cell, line), Qt.AlignmentFlag.AlignCenter, f"{hour:02d}"
            )
        bold = painter.font()
        for row, counts in enumerate(self.counts):
            y = grid.top() + row * CELL_HEIGHT
            painter.setPen(ink)
            painter.drawText(
                QRect(0, y, grid.left() - GAP, CELL_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.row_names[row] if row < len(self.row_names) else "",
            )
            for hour, count in enumerate(counts):
                rect = QRect(grid.left() + hour * cell, y, cell, CELL_HEIGHT)
                colour = shade(count, top, look)
                painter.fillRect(rect, colour)
                painter.setPen(look.grid)
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
                text = self.number(count)
                if count and metrics.horizontalAdvance(text) + 4 <= cell:
                    painter.setPen(QColor("white") if colour.lightness() < 140 else QColor("#1a1a1a"))
                    painter.setFont(bold)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        # Under the grid: what the hours are, then the scale of shades from none to the busiest cell.
        y = grid.bottom() + GAP
        painter.setPen(muted)
        painter.drawText(QRect(grid.left(), y, grid.width(), line), Qt.AlignmentFlag.AlignCenter, self.across)
        y += line + GAP
        x = grid.left()
        zero = self.number(0)
        painter.drawText(QRect(x, y, metrics.horizontalAdvance(zero), line), Qt.AlignmentFlag.AlignVCenter, zero)
        x += metrics.horizontalAdvance(zero) + 4
        gradient = QLinearGradient(x, 0, x + LEGEND_WIDTH, 0)
        gradient.setColorAt(0, look.empty_cell)
        gradient.setColorAt(1, look.full_cell)
        bar = QRect(x, y + (line - LEGEND_HEIGHT) // 2, LEGEND_WIDTH, LEGEND_HEIGHT)
        painter.fillRect(bar, gradient)
        x += LEGEND_WIDTH + 4
        most = self.number(top)
        painter.drawText(QRect(x, y, metrics.horizontalAdvance(most) + 2, line), Qt.AlignmentFlag.AlignVCenter, most)
        x += metrics.horizontalAdvance(most) + 3 * GAP
        painter.drawText(
            QRect(x, y, max(self.width() - x, 0), line),
            Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
            metrics.elidedText(
                self.shown_legend(),
                Qt.TextElideMode.ElideRight,
                max(self.width() - x, 0),
            ),
        )
        painter.end()
