"""The charts of the statistics report as reportlab drawings (vector graphics, flowables of their own).

Every chart draws its own axis and unit text; the heading above it is the report's. Texts arrive ready-made (labels
applied, numbers formatted), so this module knows nothing of codes or languages. A text too long for its place is
set smaller, down to :data:`MIN_SIZE`, and then shortened with an ellipsis, never drawn over its neighbour.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

from app.services.documents.pdf_fonts import REGULAR

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
GRID = colors.HexColor("#d0d0d0")
BAR = colors.HexColor("#3d6a99")
LIGHT_BAR = colors.HexColor("#a9c1dc")
DARK = colors.HexColor("#1f3a5f")
WHITE = colors.white
SIZE = 7.5  # points, the charts' text
SMALL = 6.5
MIN_SIZE = 5.5
HEAT_STEPS = 6  # shades in the heat map's legend

Format = Callable[[int], str]


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    note: str  # printed after the bar, e.g. "120 (45,0 %)"


def fit(text: str, width: float, size: float = SIZE, font: str = REGULAR) -> tuple[str, float]:
    """The text and a font size at which it fits ``width``: smaller first, then shortened with "…"."""
    natural = stringWidth(text, font, size)
    if natural <= width:
        return text, size
    smaller = max(MIN_SIZE, math.floor(size * width / natural * 10) / 10)  # down to a tenth: it must fit
    if stringWidth(text, font, smaller) <= width:
        return text, smaller
    while text and stringWidth(text + "…", font, smaller) > width:
        text = text[:-1]
    return text.rstrip() + "…", smaller


def axis(maximum: int, ticks: int = 5) -> tuple[int, int]:
    """A round step (1, 2 or 5 times a power of ten, at least 1) and the axis end, a multiple of it >= maximum."""
    if maximum <= 0:
        return 1, 1
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, round(step))
    return step, step * math.ceil(maximum / step)


def _text(x: float, y: float, text: str, *, width: float | None = None, size: float = SIZE, **style: object) -> String:
    """A string, shrunk or shortened to ``width`` when one is given."""
    font = str(style.pop("fontName", REGULAR))
    if width is not None:
        text, size = fit(text, width, size, font)
    return String(x, y, text, fontName=font, fontSize=size, fillColor=style.pop("fillColor", INK), **style)


def bar_chart(bars: Sequence[Bar], width: float, unit: str, number: Format) -> Drawing:
    """Horizontal bars in the given order: the label left, the bar, its note; under them an axis in ``unit``."""
    row, thickness = 5.4 * mm, 3.6 * mm
    note_width = max(stringWidth(bar.note, REGULAR, SIZE) for bar in bars) + 2 * mm
    widest = max(stringWidth(bar.label, REGULAR, SIZE) for bar in bars) + 2 * mm
    label_width = min(widest, max(0.36 * width, width - note_width - 32 * mm))  # the bars keep 32 mm at least
    left, right = label_width, width - note_width
    axis_height = 9 * mm
    height = axis_height + row * len(bars) + 1 * mm
    step, end = axis(max(bar.value for bar in bars), ticks=max(2, min(5, int((right - left) / (14 * mm)))))
    scale = (right - left) / end
    drawing = Drawing(width, height)
    for tick in range(0, end + 1, step):
        x = left + tick * scale
        drawing.add(Line(x, axis_height - 1 * mm, x, height, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(_text(x, axis_height - 4 * mm, number(tick), size=SMALL, fillColor=MUTED, textAnchor="middle"))
    drawing.add(
        _text((left + right) / 2, 0.6 * mm, unit, width=right - left, size=SMALL, fillColor=MUTED, textAnchor="middle")
    )
    for index, bar in enumerate(bars):
        y = height - (index + 1) * row + (row - thickness) / 2
        drawing.add(_text(left - 1.5 * mm, y + 1 * mm, bar.label, width=label_width - 2 * mm, textAnchor="end"))
        length = bar.value * scale
        if length:
            drawing.add(Rect(left, y, length, thickness, fillColor=BAR, strokeColor=None))
        drawing.add(_text(left + length + 1.2 * mm, y + 1 * mm, bar.note))
    drawing.add(Line(left, axis_height - 1 * mm, left, height, strokeColor=MUTED, strokeWidth=0.6))
    return drawing


@dataclass(frozen=True)
class Column:
    label: str  # under the axis (may be left out where the labels would crowd)
    total: int
    part: int  # drawn over the lower part of the total's column


def column_chart(columns: Sequence[Column], width: float, texts: tuple[str, str, str, str], number: Format) -> Drawing:
    """Vertical columns over time: the total light, the part dark over it. ``texts``: the unit of the vertical axis,
    the horizontal axis' title, the total's and the part's legend."""
    unit, across, total_name, part_name = texts
    height = 62 * mm
    step, end = axis(max(column.total for column in columns))
    left = max(stringWidth(number(tick), REGULAR, SMALL) for tick in range(0, end + 1, step)) + 2.5 * mm
    bottom, top = 10 * mm, height - 8 * mm
    scale = (top - bottom) / end
    drawing = Drawing(width, height)
    for tick in range(0, end + 1, step):
        y = bottom + tick * scale
        drawing.add(Line(left, y, width, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(_text(left - 1.2 * mm, y - 2, number(tick), size=SMALL, fillColor=MUTED, textAnchor="end"))
    drawing.add(_text(0, height - 3 * mm, unit, width=width / 2 - 2 * mm, size=SMALL, fillColor=MUTED))
    legend_x = width
    for name, colour in ((part_name, DARK), (total_name, LIGHT_BAR)):
        text, size = fit(name, width / 4, SMALL)
        legend_x -= stringWidth(text, REGULAR, size)
        drawing.add(String(legend_x, height - 3 * mm, text, fontName=REGULAR, fontSize=size, fillColor=INK))
        legend_x -= 4 * mm
        drawing.add(Rect(legend_x, height - 3.2 * mm, 2.8 * mm, 2.8 * mm, fillColor=colour, strokeColor=None))
        legend_x -= 4 * mm
    slot = (width - left) / len(columns)
    thickness = max(0.3, slot * 0.72)
    label_width = max(stringWidth(column.label, REGULAR, SMALL) for column in columns) + 1.5 * mm
    every = max(1, math.ceil(label_width / slot))
    for index, column in enumerate(columns):
        x = left + index * slot + (slot - thickness) / 2
        if column.total:
            drawing.add(Rect(x, bottom, thickness, column.total * scale, fillColor=LIGHT_BAR, strokeColor=None))
        if column.part:
            drawing.add(Rect(x, bottom, thickness, column.part * scale, fillColor=DARK, strokeColor=None))
        if index % every == 0:
            centre = left + (index + 0.5) * slot
            drawing.add(_text(centre, bottom - 3.5 * mm, column.label, size=SMALL, textAnchor="middle"))
    drawing.add(Line(left, bottom, width, bottom, strokeColor=MUTED, strokeWidth=0.6))
    drawing.add(
        _text(
            (left + width) / 2, 0.6 * mm, across, width=width - left, size=SMALL, fillColor=MUTED, textAnchor="middle"
        )
    )
    return drawing


def shade(value: int, maximum: int) -> colors.Color:
    """White for nothing, the darkest blue for the maximum, linear in between."""
    share = value / maximum if maximum else 0.0
    return colors.linearlyInterpolatedColor(WHITE, DARK, 0, 1, share)


def heat_map(cells: Sequence[Sequence[int]], rows: Sequence[str], across: str, width: float, number: Format) -> Drawing:
    """Rows (weekdays) by 24 columns (hours), each cell shaded by its count (see :func:`heat_legend`) and showing it;
    the hours above, ``across`` (the hour axis' title) under them."""
    label_width = min(max(stringWidth(row, REGULAR, SIZE) for row in rows) + 2 * mm, 0.2 * width)
    columns = len(cells[0])
    cell = (width - label_width) / columns
    cell_height = 6 * mm
    maximum = max(max(row) for row in cells)
    grid_bottom = 6 * mm
    height = grid_bottom + cell_height * len(rows) + 4 * mm
    drawing = Drawing(width, height)
    widest = max(stringWidth(number(value), REGULAR, SMALL) for row in cells for value in row)
    size = min(SMALL, SMALL * (cell - 1 * mm) / widest)
    for r, (name, values) in enumerate(zip(rows, cells, strict=True)):
        y = grid_bottom + (len(rows) - 1 - r) * cell_height
        drawing.add(_text(label_width - 1.5 * mm, y + 2 * mm, name, width=label_width - 2 * mm, textAnchor="end"))
        for c, value in enumerate(values):
            x = label_width + c * cell
            fill = shade(value, maximum)
            drawing.add(Rect(x, y, cell, cell_height, fillColor=fill, strokeColor=GRID, strokeWidth=0.3))
            ink = WHITE if maximum and value / maximum > 0.5 else INK
            drawing.add(_text(x + cell / 2, y + 2 * mm, number(value), size=size, fillColor=ink, textAnchor="middle"))
    hours_y = grid_bottom + cell_height * len(rows) + 1.2 * mm
    for c in range(columns):
        drawing.add(_text(label_width + (c + 0.5) * cell, hours_y, f"{c:02d}", size=SMALL, textAnchor="middle"))
    middle = (label_width + width) / 2
    title = _text(middle, 1 * mm, across, width=width - label_width, size=SMALL, fillColor=MUTED, textAnchor="middle")
    drawing.add(title)
    return drawing


def heat_legend(maximum: int, number: Format) -> Drawing:
    """The heat map's shades in a row, from 0 to the maximum, each with the count it stands for."""
    box = 8 * mm
    values = sorted({round(maximum * step / (HEAT_STEPS - 1)) for step in range(HEAT_STEPS)})
    drawing = Drawing(box * len(values), 8 * mm)
    for index, value in enumerate(values):
        left = index * box
        fill = shade(value, maximum)
        drawing.add(Rect(left, 4 * mm, box, 3.2 * mm, fillColor=fill, strokeColor=GRID, strokeWidth=0.3))
        drawing.add(_text(left + box / 2, 1 * mm, number(value), size=SMALL, fillColor=MUTED, textAnchor="middle"))
    return drawing
