"""The statistics tab's charts (QtCharts). Texts arrive translated; this module knows no codes."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.ui.kit import theme

BAR = QColor("#3d6a99")
LIGHT_BAR = QColor("#8fb0d4")
DARK = QColor("#1f3a5f")
ROW_HEIGHT = 24  # pixels per bar of a horizontal bar chart
ROW_HEIGHT_TWO_LINES = 40  # per bar, when a name is shown on two lines (QtCharts cuts a label taller than its row)
FRAME_HEIGHT = 80  # title and value axis
MAX_AXIS_LABELS = 12  # of the trend's time axis
MAX_MARKED_POINTS = 62


def nice_top(largest: int, *, ticks: int = 6) -> tuple[int, int]:
    """A whole top for a count axis and its whole step (1, 2 or 5 times a power of ten), so every tick is an integer
    and the top leaves room for the value printed after the longest bar."""
    wanted = max(1, math.ceil(largest * 1.12))
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if math.ceil(wanted / step) <= ticks:
                return step * math.ceil(wanted / step), step
        magnitude *= 10


def count_axis(largest: int, title: str = "") -> QValueAxis:
    top, step = nice_top(largest)
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setLabelFormat("%.0f")  # whole numbers anyway; Qt 6 draws no "%d" label when numbers are localised
    axis.setMinorTickCount(0)
    if title:
        axis.setTitleText(title)
    _small(axis)
    return axis


def _small(axis: Any) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))
    axis.setLabelsFont(font)
    title = QFont(font)
    axis.setTitleFont(title)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    chart.legend().hide()
    return chart


TITLE_MARGINS = 2 * (9 + 20)


class ChartView(QChartView):
    """A chart whose title wraps to its width instead of being cut, in the program's light or dark colours."""

    def __init__(self, chart: QChart, title: str, note: str, height: int, parent: QWidget | None) -> None:
        super().__init__(chart, parent)
        self.title_text, self.note, self.base_height = title, note, height
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._set_height(height)
        self.restyle()
        self._wrap_title()

    def _set_height(self, height: int) -> None:
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)

    def _wrap_title(self) -> None:
        chart = self.chart()
        metrics = QFontMetrics(chart.titleFont())
        # QtCharts elides a title wider than the chart less its layout's and its own margins (9 + 20 a side).
        room = max(self.width() - TITLE_MARGINS, 120)
        lines: list[str] = []
        for word in self.title_text.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        shown = "<br>".join(html.escape(line) for line in lines)
        if self.note:
            shown += f"<br><span style='font-weight: normal'>{html.escape(self.note)}</span>"
        if chart.title() != shown:
            chart.setTitle(shown)
        self._set_height(self.base_height + metrics.lineSpacing() * max(len(lines) - 1, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap_title()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()

    def restyle(self) -> None:
        """Background, texts, grid and series in the current scheme's colours."""
        look = theme.colours()
        chart = self.chart()
        chart.setBackgroundBrush(look.background)
        chart.setTitleBrush(look.ink)
        chart.legend().setLabelColor(look.ink)
        for axis in chart.axes():
            axis.setLabelsBrush(look.ink)
            axis.setTitleBrush(look.ink)
            axis.setLinePenColor(look.muted)
            axis.setGridLineColor(look.muted if look.dark else QColor("#dddddd"))
        for series in chart.series():
            if isinstance(series, QAbstractBarSeries):
                for values in series.barSets():
                    values.setColor(look.bar)
                    values.setBorderColor(look.bar)
                    values.setLabelColor(look.ink)
            elif isinstance(series, QLineSeries):
                colour = look.line if series is chart.series()[0] else look.light_bar
                pen = QPen(colour)
                pen.setWidth(2)
                series.setPen(pen)
                series.setColor(colour)


def _view(chart: QChart, height: int, parent: QWidget | None, title: str, note: str = "") -> ChartView:
    return ChartView(chart, title, note, height, parent)


LONG_NAME = 20  # characters; a longer bar name is shown on two lines, so QtCharts does not cut it with "…"


def category_label(name: str) -> str:
    """A bar's name as its axis shows it: escaped (the axis reads HTML, and names are typed by administrators) and,
    when long, broken at the space nearest its middle onto two lines."""
    if len(name) <= LONG_NAME or " " not in name.strip():
        return html.escape(name)
    middle = len(name) / 2
    cut = min((i for i, ch in enumerate(name) if ch == " "), key=lambda i: abs(i - middle))
    return f"{html.escape(name[:cut])}<br>{html.escape(name[cut + 1 :])}"


def category_name(label: str) -> str:
    """The name a bar's axis label stands for (:func:`category_label` undone)."""
    return html.unescape(label.replace("<br>", " "))


def bar_chart(
    title: str, bars: Sequence[tuple[str, int]], parent: QWidget | None = None, *, rows: int = 0, empty: str = ""
) -> QChartView:
    """Horizontal bars (names stay readable however long), first item on top, each with its count after it.
    ``rows`` makes the chart as high as one of that many bars, so charts side by side line up; with no bars at all
    the chart says ``empty`` under its title instead of drawing empty axes."""
    if not bars and empty:
        return _view(_chart(title), FRAME_HEIGHT, parent, title, empty)
    bars = list(reversed(bars))  # a vertical category axis runs upwards
    chart = _chart(title)
    values = QBarSet(title)
    values.setColor(BAR)
    values.setBorderColor(BAR)
    values.setLabelColor(QColor("#1a1a1a"))
    for _name, count in bars:
        values.append(count)
    series = QHorizontalBarSeries()
    series.append(values)
    series.setBarWidth(0.7 * max(len(bars), 1) / max(len(bars), rows, 1))  # as thick as the neighbours' bars
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([category_label(name) for name, _ in bars] or ["–"])
    names.setGridLineVisible(False)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    counts = count_axis(max((count for _, count in bars), default=0))
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(counts)
    row = ROW_HEIGHT_TWO_LINES if any("<br>" in label for label in names.categories()) else ROW_HEIGHT
    return _view(chart, FRAME_HEIGHT + row * max(len(bars), rows, 1), parent, title)


def bar_values(view: QChartView) -> dict[str, int]:
    """What a bar chart shows: each name with its count, top bar first (for tests and for the reader of this code)."""
    chart = view.chart()
    if not chart.series():
        return {}
    series = chart.series()[0]
    assert isinstance(series, QAbstractBarSeries)
    names = next(axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis)).categories()
    values = series.barSets()[0]
    shown = [
        (category_name(name), round(values.at(index))) for index, name in enumerate(names) if index < values.count()
    ]
    return dict(reversed(shown))


def trend_chart(
    title: str,
    starts: Sequence[str],
    series_values: Sequence[tuple[str, Sequence[int]]],
    axis_title: str,
    parent: QWidget | None = None,
) -> QChartView:
    """Lines over the period, one per named series, points marked; at most MAX_AXIS_LABELS dates under them."""
    chart = _chart(title)
    chart.legend().show()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    largest = 0
    for (name, values), colour in zip(series_values, (DARK, LIGHT_BAR), strict=False):
        line = QLineSeries()
        line.setName(name)
        pen = QPen(colour)
        pen.setWidth(2)
        line.setPen(pen)
        line.setColor(colour)
        line.setPointsVisible(len(values) <= MAX_MARKED_POINTS)  # a year of days would be a chain of beads
        for index, value in enumerate(values):
            line.append(index, value)
        largest = max(largest, *values, 0)
        chart.addSeries(line)
    across = QCategoryAxis()
    across.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    every = max(1, math.ceil(len(starts) / MAX_AXIS_LABELS))
    for index in range(0, len(starts), every):
        across.append(starts[index], index)
    across.setRange(-0.5, max(len(starts) - 0.5, 0.5))
    across.setTitleText(axis_title)
    _small(across)
    chart.addAxis(across, Qt.AlignmentFlag.AlignBottom)
    counts = count_axis(largest)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    for series in chart.series():
        series.attachAxis(across)
        series.attachAxis(counts)
    return _view(chart, 280, parent, title)
