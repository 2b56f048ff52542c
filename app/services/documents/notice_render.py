"""The drawing of the notice (``app.services.documents.notice_pdf``) with reportlab, imported at the first notice.

It imports nothing of ``notice_pdf`` (which imports it when a notice is drawn): what a notice holds is in
``notice_data``.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.pdfencrypt import StandardEncryption  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import (  # type: ignore[import-untyped]
    cleanBlockQuotedText,
    paraFontSizeHeightOffset,
)
from reportlab.platypus.paraparser import ParaFrag, ParaParser  # type: ignore[import-untyped]

from app.models.identity import format_phone
from app.services.documents.notice_data import NoticeData, format_date, format_euros
from app.services.documents.notice_texts import ORGANISATION, TEXTS
from app.services.documents.pdf_fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#b8c2cc")

LEFT_MARGIN = 25 * mm  # room for a binder or a hole punch, as in Estonian official letters
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 27 * mm  # the letterhead is drawn on the page above the frame
BOTTOM_MARGIN = 21 * mm  # the footer is drawn below the frame
LABEL_WIDTH = 52 * mm


LAYOUT = 2  # the layout notices are drawn with now; 1: the notice's tables drawn by reportlab's Table
LAYOUTS = (1, 2)


def render(data: NoticeData, layout: int = LAYOUT) -> bytes:
    """The notice as PDF bytes; identical bytes for identical data and layout. One notice at a time in a process: the
    paragraphs of the notice's own wording are shared between notices (:func:`_fixed_paragraph`).

    The layouts put every line of text, rule and mark at the same place on the page; they differ in how: layout 1
    draws the notice through reportlab's document template, its tables with ``Table`` and each paragraph in a
    graphics state of its own; layout 2 (issue 13) puts a one-page notice's flowables on the canvas itself
    (:func:`_render_one_page`), its tables as :class:`_Grid` and plain paragraphs as lines of text
    (:meth:`_Paragraph.drawOn`): about a quarter less time per notice, ``bench/notice.py``. Their bytes differ, so a
    notice first made before layout 2 is recognised by drawing it with layout 1 (``notice_pdf.same_notice``); the
    tests pin both layouts' bytes and check that both draw the same page.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown notice layout {layout}")
    with _ONE_AT_A_TIME:
        return _render(data, layout)


_ONE_AT_A_TIME = threading.Lock()


def _render(data: NoticeData, layout: int) -> bytes:
    register_fonts()
    if layout >= 2:
        one_page = _render_one_page(data)
        if one_page is not None:
            return one_page
    texts = TEXTS[data.language]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=f"{texts['title']} ({data.number})",
        author=ORGANISATION["name"],
        subject=texts["title"],
        creator="helpline",
        initialFontName=REGULAR,
        lang=texts["lang"],
        invariant=1,
        encrypt=StandardEncryption(data.password, strength=128) if data.password else None,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0)
    template = PageTemplate(id="notice", frames=[frame], onPage=functools.partial(_draw_page, data=data))
    doc.addPageTemplates([template])
    doc.build(_story(data, doc.width, layout), canvasmaker=_canvas_maker(_document_id(data), layout))
    return buffer.getvalue()


# The body's frame, as BaseDocTemplate and Frame make it from the margins (6 pt of padding above and below)
_BODY_WIDTH = A4[0] - LEFT_MARGIN - RIGHT_MARGIN
_BODY_TOP = A4[1] - TOP_MARGIN - 6
_BODY_BOTTOM = BOTTOM_MARGIN + 6


def _render_one_page(data: NoticeData) -> bytes | None:
    """Layout 2's notice when its body fits one page (every notice seen so far): the canvas made, the page's
    furniture drawn and the story's flowables put one below the other as reportlab's frame puts them (the same
    places, the same space between them), without the document template's and frame's machinery. None when the
    body would run past the page: :func:`_render` then lets reportlab's template break it into pages."""
    texts = TEXTS[data.language]
    buffer = io.BytesIO()
    canvas = _canvas_maker(_document_id(data), 2)(
        buffer, pagesize=A4, invariant=1, initialFontName=REGULAR, lang=texts["lang"]
    )
    if data.password:
        canvas.setEncrypt(StandardEncryption(data.password, strength=128))
    canvas.setAuthor(ORGANISATION["name"])
    canvas.setTitle(f"{texts['title']} ({data.number})")
    canvas.setSubject(texts["title"])
    canvas.setCreator("helpline")
    _draw_page(canvas, _FIRST_PAGE, data=data)
    y, at_top, after = _BODY_TOP, True, 0.0
    for flowable in _flat(_story(data, _BODY_WIDTH, 2)):
        before = 0.0 if at_top else max(flowable.getSpaceBefore() - after, 0)
        width, height = flowable.wrapOn(canvas, _BODY_WIDTH, y - _BODY_BOTTOM - before)
        y -= height + before
        if y < _BODY_BOTTOM - 1e-8:  # reportlab's _FUZZ
            return None
        flowable.drawOn(canvas, LEFT_MARGIN, y, _sW=_BODY_WIDTH - width)
        after = flowable.getSpaceAfter()
        y -= after
        at_top = at_top and not (height or before or after)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _FirstPage:
    page = 1  # what _draw_page reads of the document template


_FIRST_PAGE = _FirstPage()


def _flat(story: list[Flowable]) -> list[Flowable]:
    """The story with each section (KeepTogether) given as its flowables, as the frame receives them when it fits."""
    flowables: list[Flowable] = []
    for flowable in story:
        flowables.extend(_flat(flowable._content) if isinstance(flowable, KeepTogether) else [flowable])
    return flowables


# --- fonts and determinism ------------------------------------------------------------------------------------


def _document_id(data: NoticeData) -> bytes:
    """Seed of the PDF's /ID: fixed for the same data, different for different notices.

    The ID also keys the RC4 encryption, so two notices encrypted with one password must not share it. The password
    itself stays out: the ID is printed in the clear.
    """
    return hashlib.sha256(repr(replace(data, password=None)).encode("utf-8")).digest()


def _canvas_maker(document_id: bytes, layout: int) -> Callable[..., Any]:
    def make(*args: Any, **kwargs: Any) -> Any:
        canvas = Canvas(*args, **kwargs)
        canvas.notice_layout = layout  # read by _Paragraph.drawOn
        # In invariant mode reportlab's signature is a constant; feeding it the data gives each notice its own ID.
        canvas._doc.updateSignature(document_id)
        return canvas

    return make


# --- page furniture: letterhead and footer --------------------------------------------------------------------


def _draw_page(canvas: Any, doc: Any, *, data: NoticeData) -> None:
    texts = TEXTS[data.language]
    width, height = A4
    left, right = LEFT_MARGIN, width - RIGHT_MARGIN
    top = height - 18 * mm
    canvas.saveState()

    canvas.setFillColor(ACCENT)
    canvas.rect(left, top - 1.2 * mm, 1.6 * mm, 15.5 * mm, stroke=0, fill=1)
    x = left + 4.5 * mm
    canvas.setFont(BOLD, 14)
    canvas.drawString(x, top + 9 * mm, ORGANISATION["name"])
    canvas.setFont(REGULAR, 9)
    canvas.setFillColor(INK)
    canvas.drawString(x, top + 4 * mm, texts["unit"])
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(x, top, f"{ORGANISATION['address']} · {texts['registry_code']} {ORGANISATION['registry_code']}")

    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(left, top - 4 * mm, right, top - 4 * mm)

    footer_y = 14 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, footer_y + 5 * mm, right, footer_y + 5 * mm)
    canvas.setFillColor(MUTED)
    page_mark = f"{data.number} · {doc.page}"
    requisites = (
        f"{ORGANISATION['name']} · {ORGANISATION['address']} · {texts['registry_code']} {ORGANISATION['registry_code']}"
    )
    _fitted_string(canvas, left, footer_y + 1.5 * mm, texts["confidential"], right - left)
    _fitted_string(canvas, left, footer_y - 2 * mm, requisites, right - left - 45 * mm)
    canvas.setFont(REGULAR, 7)
    canvas.drawRightString(right, footer_y - 2 * mm, page_mark)
    canvas.restoreState()


def _fitted_string(canvas: Any, x: float, y: float, text: str, width: float, size: float = 7) -> None:
    """One footer line in 7 pt, smaller if a language's sentence would run past the margin."""
    size = min(size, size * width / pdfmetrics.stringWidth(text, REGULAR, size))
    canvas.setFont(REGULAR, size)
    canvas.drawString(x, y, text)


# --- the body -------------------------------------------------------------------------------------------------


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles, built once (a style is never changed after it is made)."""
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11.5, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        "label": ParagraphStyle("label", parent=body, textColor=MUTED),
        "value": ParagraphStyle("value", parent=body, fontName=BOLD),
        "caption": ParagraphStyle("caption", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=13, leading=16.5, textColor=ACCENT),
        "section": ParagraphStyle("section", parent=body, fontName=BOLD, fontSize=10, leading=12.5, textColor=ACCENT),
    }


def _story(data: NoticeData, width: float, layout: int = LAYOUT) -> list[Flowable]:
    return _Body(data, width, layout).story()


class _Body:
    """The flowables of the notice, one method per block of the page."""

    def __init__(self, data: NoticeData, width: float, layout: int = LAYOUT) -> None:
        self.data = data
        self.width = width
        self.layout = layout
        self.texts = TEXTS[data.language]
        self.styles = _styles()

    def story(self) -> list[Flowable]:
        t = self.texts
        return [
            self.table([[self.addressee(), self.reference()]], [self.width - 65 * mm, 65 * mm], _LETTER),
            Spacer(0, 7 * mm),
            self.fixed(t["title"], "title"),
            Spacer(0, 3 * mm),
            self.fixed(t["intro"]),
            Spacer(0, 5 * mm),
            self.section(t["section_client"], self.client()),
            self.section(t["section_decision"], *self.decision()),
            self.section(t["section_duties"], self.duties()),
            self.section(t["section_counsellor"], self.counsellor()),
        ]

    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of the notice's data (a name, a date, an address)."""
        return _Paragraph(escape(text), self.styles[style])

    def fixed(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of the notice's own wording (a label, a heading, a duty): the same in every notice of a
        language, so made and its lines broken once per process (:func:`_fixed_paragraph`)."""
        return _fixed_paragraph(text, style)

    def table(
        self, cells: list[list[Any]], widths: list[float], style: _Style, heights: list[float | None] | None = None
    ) -> Flowable:
        """The cells as layout 1 draws them (reportlab's ``Table``) or layout 2 (:class:`_Grid`, the same places)."""
        if self.layout == 1:
            return Table(cells, colWidths=widths, rowHeights=heights, style=style.table)
        return _Grid(cells, widths, style, heights)

    def rows(self, pairs: list[tuple[str, str | None]], widths: tuple[float, float] | None = None) -> Flowable:
        """Label: value rows; a row without a value is left out."""
        cells = [[self.fixed(f"{label}:", "label"), self.p(value, "value")] for label, value in pairs if value]
        return self.table(cells, list(widths or (LABEL_WIDTH, self.width - LABEL_WIDTH)), _ROWS)

    def section(self, title: str, *content: Flowable) -> KeepTogether:
        heading = self.table([[self.fixed(title, "section")]], [self.width], _HEADING)
        return KeepTogether([heading, Spacer(0, 1.5 * mm), *content, Spacer(0, 2.5 * mm)])

    def addressee(self) -> list[Flowable]:
        d, t = self.data, self.texts
        contacts = " · ".join(filter(None, (d.provider_email, _phone(d.provider_phone))))
        registry = f"{t['registry_code']} {d.provider_registry_code}" if d.provider_registry_code else None
        lines = [self.p(line) for line in (d.provider_address, registry, contacts) if line]
        return [self.fixed(t["addressee"], "caption"), self.p(d.provider_name, "value"), *lines]

    def reference(self) -> Flowable:
        t = self.texts
        return self.rows(
            [(t["number"], self.data.number), (t["date"], format_date(self.data.issued_on))], (20 * mm, 45 * mm)
        )

    def client(self) -> Flowable:
        d, t = self.data, self.texts
        # The ID code already says the birth date: print one of them, not both.
        identity = (
            (t["id_code"], d.client_id_code) if d.client_id_code else (t["birth_date"], _date(d.client_birth_date))
        )
        return self.rows(
            [
                (t["client_name"], d.client_name),
                identity,
                (t["phone"], _phone(d.client_phone)),
                (t["email"], d.client_email),
                (t["municipality"], d.client_municipality),
                (t["case_number"], d.case_number),
            ]
        )

    def decision(self) -> list[Flowable]:
        d, t = self.data, self.texts
        limit = t["until_ceases"] if d.limit_amount is None else format_euros(d.limit_amount, d.language)
        table = self.rows(
            [
                (t["service"], t[f"service_{d.service}"]),
                (t["decision_date"], format_date(d.decision_date)),
                (t["limit"], limit),
                (t["end_date"], _date(d.end_date)),
            ]
        )
        if d.limit_amount is not None:
            note = t["note_limited"]
        elif d.limit_category == "sexually_abused_minor":
            note = t["note_minor"]
        else:
            return [table]
        return [table, Spacer(0, 1 * mm), self.fixed(note, "small")]

    def duties(self) -> ListFlowable:
        report = "duty_report_unlimited" if self.data.limit_amount is None else "duty_report_limited"
        keys = ("duty_no_show", "duty_refusal", report, "duty_invoice")
        return ListFlowable(
            [ListItem(self.fixed(self.texts[key]), leftIndent=5 * mm) for key in keys],
            bulletType="1",
            bulletFormat="%s.",
            bulletFontName=REGULAR,
            bulletFontSize=9,
            leftIndent=5 * mm,
        )

    def counsellor(self) -> Flowable:
        """The counsellor's name and contacts, and a line to sign on."""
        d, t = self.data, self.texts
        contacts = [self.p(d.counsellor_name, "value")]
        contacts += [
            _Paragraph(f'<font color="{MUTED.hexval()}">{escape(label)}:</font> {escape(value)}', self.styles["body"])
            for label, value in ((t["phone"], _phone(d.counsellor_phone)), (t["email"], d.counsellor_email))
            if value
        ]
        return self.table(
            [[contacts, ""], ["", self.fixed(t["signature"], "caption")]],
            [self.width - 65 * mm, 65 * mm],
            _SIGNATURE,
            heights=[max(14 * mm, 5 * mm * len(contacts)), None],
        )


class _Paragraph(Paragraph):
    """reportlab's paragraph, less two costs that leave every byte of the PDF as it was (profiled: together about
    half of the layout's time, ``bench/notice.py``).

    - Text without markup is not run through reportlab's XML parser (an ``HTMLParser`` per paragraph): its one
      fragment is the one the parser makes for a letter in that style (parsed once per style and kept), with this
      text. Text with markup or with an entity (``&amp;``: the parser would cut the fragment there) is parsed.
    - The lines are broken once per width: a table measures its cells' paragraphs when it is wrapped and again when
      it draws them, and ``KeepTogether`` wraps its sections before the frame does; the result depends on the width
      alone (the style and the text are fixed), so later wraps at that width reuse it.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,  # noqa: N803 - reportlab's names: its split() calls the class with them
        frags: list[ParaFrag] | None = None,
        caseSensitive: int = 1,  # noqa: N803
        encoding: str = "utf8",
    ) -> None:
        if frags is None and bulletText is None and text is not None and not _MARKUP.search(text):
            text = cleanBlockQuotedText(text)
            frags = [_plain_fragment(style).clone(text=text, link=[], us_lines=[])] if text else None
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        self._wraps: dict[float, tuple[tuple[float, float], dict[str, Any]]] = {}

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        """Layout 2 draws a paragraph of plain text (one font, left-aligned: all but the counsellor's coloured
        labels) as its lines of text, each where reportlab's paragraph puts it, without the paragraph's own
        translated coordinates and per-line machinery; layout 1 as reportlab does."""
        lines = self.blPara
        if getattr(canvas, "notice_layout", 1) < 2 or lines.kind != 0 or not self._plain_style():
            super().drawOn(canvas, x, y, _sW)
            return
        x = self._hAlignAdjust(x, _sW) + self.style.leftIndent
        top = self.height - (lines.fontSize if paraFontSizeHeightOffset else getattr(lines, "ascent", lines.fontSize))
        canvas.setFillColor(lines.textColor)  # every text sets its colour: none is kept in a graphics state
        text = canvas.beginText(x, y + top)
        text.setFont(lines.fontName, lines.fontSize, self.style.leading)
        for _extra, words in lines.lines:
            text.textLine(" ".join(words))
        canvas.drawText(text)

    def _plain_style(self) -> bool:
        style = self.style
        return bool(
            style.alignment == TA_LEFT
            and not style.firstLineIndent
            and not self.bulletText
            and not style.backColor
            and not (style.borderColor and style.borderWidth)
            and style.wordWrap in (None, "LTR")
            and getattr(style, "autoLeading", "") in ("", "off")
            and not hasattr(self, "_offsets")
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        done = self._wraps.get(availWidth)
        if done is None:
            size = super().wrap(availWidth, availHeight)
            self._wraps[availWidth] = (size, {name: value for name, value in vars(self).items() if name != "_wraps"})
            return size
        size, state = done
        self.__dict__.update(state)  # the lines, width and height of that wrap, which drawing reads
        return size


@functools.lru_cache(maxsize=2048)
def _fixed_paragraph(text: str, style: str) -> _Paragraph:
    """The notice's own wording as a paragraph, shared by every notice of a process (``render`` draws one notice at
    a time). Drawing reads a paragraph and changes nothing of it; its lines are kept per width (:class:`_Paragraph`),
    so a label in two tables of different widths is drawn right in both."""
    return _Paragraph(escape(text), _styles()[style])


_MARKUP = re.compile(r"[<>&]")


@functools.cache
def _plain_fragment(style: ParagraphStyle) -> ParaFrag:
    """The fragment reportlab's parser makes for plain text in ``style`` (its text to be replaced)."""
    _style, frags, _bullet = ParaParser().parse("x", style)
    assert len(frags) == 1, "a letter parses to one fragment"
    return frags[0]


def _phone(e164: str | None) -> str | None:
    return format_phone(e164) if e164 else None


def _date(day: date | None) -> str | None:
    return format_date(day) if day else None


@dataclass(frozen=True)
class _Style:
    """How the notice's tables of one kind look: reportlab's ``TableStyle`` (layout 1) and the same as plain values
    for :class:`_Grid` (layout 2). Unset, a value is the ``Table``'s default: 3 pt above and below a cell, 6 pt left
    and right, text at the cell's bottom."""

    commands: tuple[tuple[Any, ...], ...]
    top: float = 3
    bottom: float = 3
    left: float = 6
    right: float = 6
    valign: str = "BOTTOM"
    # rules below cells: first and last column, the row, width, colour
    lines: tuple[tuple[int, int, int, float, Any], ...] = ()

    @functools.cached_property
    def table(self) -> TableStyle:
        return TableStyle(list(self.commands))


_LETTER = _Style(
    (("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)),
    left=0,
    right=0,
    valign="TOP",
)
_ROWS = _Style(
    (
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ),
    top=1.2,
    bottom=1.2,
    left=0,
    valign="TOP",
)
_HEADING = _Style(
    (
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ),
    bottom=2,
    left=0,
    lines=((0, 0, 0, 0.5, RULE),),
)
_SIGNATURE = _Style(
    (
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
    ),
    left=0,
    right=0,
    valign="TOP",
    lines=((1, 1, 0, 0.6, INK),),
)

# An empty cell is one line of the Table's default cell font high (10 pt, leading 12), as reportlab sizes it.
_EMPTY_CELL = 12.0


class _Grid(Flowable):
    """Rows of cells at fixed column widths, laid out as reportlab's ``Table`` lays out the notice's tables (the same
    paddings, cells' content at their top or bottom, an empty cell one line of 10 pt high, fixed or measured row
    heights, rules below cells) and drawn straight: each paragraph at the place the ``Table`` puts it, without the
    ``Table``'s per-cell graphics states and style machinery (layout 2 of :func:`render`). A grid is never split
    across pages (the notice is one page; its sections are kept together anyway)."""

    def __init__(
        self, cells: list[list[Any]], widths: list[float], style: _Style, heights: list[float | None] | None = None
    ) -> None:
        super().__init__()
        self.cells = [[_cell(value) for value in row] for row in cells]
        self.widths = widths
        self.style = style
        self.fixed_heights = heights or [None] * len(cells)
        self.heights: list[float] = []
        self.width: float = 0
        self.height: float = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.heights:  # the column widths are fixed: measured once (a section is wrapped twice, see _Paragraph)
            return self.width, self.height
        style, heights = self.style, []
        for row, fixed in zip(self.cells, self.fixed_heights, strict=True):
            tallest = 0.0
            for content, width in zip(row, self.widths, strict=True):
                if fixed is not None:
                    break
                inner = width - style.left - style.right
                high = _EMPTY_CELL if content is None else sum(f.wrapOn(self.canv, inner, 72000)[1] for f in content)
                tallest = max(tallest, high + style.top + style.bottom)
            heights.append(tallest if fixed is None else fixed)
        self.heights = heights
        self.width, self.height = sum(self.widths), sum(self.heights)
        return self.width, self.height

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        bottoms, top = [], self.height
        for height in self.heights:
            top -= height
            bottoms.append(top)
        for row, bottom, height in zip(self.cells, bottoms, self.heights, strict=True):
            left = 0.0
            for content, width in zip(row, self.widths, strict=True):
                if content:
                    inner = width - style.left - style.right
                    sizes = [f.wrapOn(canvas, inner, 72000)[1] for f in content]  # a shared paragraph's lines
                    y = bottom + height - style.top if style.valign == "TOP" else bottom + style.bottom + sum(sizes)
                    for flowable, high in zip(content, sizes, strict=True):
                        y -= high
                        flowable.drawOn(canvas, left + style.left, y)
                left += width
        if style.lines:
            canvas.saveState()
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            for first, last, row_, weight, colour in style.lines:
                canvas.setLineWidth(weight)
                canvas.setStrokeColor(colour)
                canvas.line(sum(self.widths[:first]), bottoms[row_], sum(self.widths[: last + 1]), bottoms[row_])
            canvas.restoreState()


def _cell(value: Any) -> list[Flowable] | None:
    """A cell's flowables (a list, or one), or None for an empty cell."""
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, list | tuple):
        return list(value)
    assert value in ("", None), "a grid's cell is flowables or empty"
    return None
