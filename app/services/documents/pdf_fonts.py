"""The fonts of the program's PDFs: DejaVu Sans from ``resources/fonts``, for Estonian and Cyrillic text.

reportlab's own fonts (Helvetica, Vera) have no Cyrillic; DejaVu Sans has, and is free to redistribute.
"""

from __future__ import annotations

import functools

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from app.resources import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@functools.cache
def register_fonts() -> None:
    """Register DejaVu Sans once per process, before the first PDF (reading the TTFs takes a few tens of ms)."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
