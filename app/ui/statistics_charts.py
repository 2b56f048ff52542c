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
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

BAR = QColor("#3d6a99")
LIGHT_BAR = QColor("#8fb0d4")
DARK = QColor("#1f3a5f")
ROW_HEIGHT = 24  # pixels per bar of a horizontal bar chart
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


def _view(chart: QChart, height: int, parent: QWidget | None) -> QChartView:
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    view.setMaximumHeight(height)
    return view


def bar_chart(
    title: str, bars: Sequence[tuple[str, int]], parent: QWidget | None = None, *, rows: int = 0, empty: str = ""
) -> QChartView:
    """Horizontal bars (names stay readable however long), first item on top, each with its count after it.
    ``rows`` makes the chart as high as one of that many bars, so charts side by side line up; with no bars at all
    the chart says ``empty`` under its title instead of drawing empty axes."""
    if not bars and empty:
        chart = _chart(f"{html.escape(title)}<br><span style='font-weight: normal'>{html.escape(empty)}</span>")
        return _view(chart, FRAME_HEIGHT, parent)
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
    names.append([name for name, _ in bars] or ["–"])
    names.setGridLineVisible(False)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    counts = count_axis(max((count for _, count in bars), default=0))
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(counts)
    return _view(chart, FRAME_HEIGHT + ROW_HEIGHT * max(len(bars), rows, 1), parent)


def bar_values(view: QChartView) -> dict[str, int]:
    """What a bar chart shows: each name with its count, top bar first (for tests and for the reader of this code)."""
    chart = view.chart()
    if not chart.series():
        return {}
    series = chart.series()[0]
    assert isinstance(series, QAbstractBarSeries)
    names = next(axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis)).categories()
    values = series.barSets()[0]
    shown = [(name, round(values.at(index))) for index, name in enumerate(names) if index < values.count()]
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
    return _view(chart, 280, parent)
