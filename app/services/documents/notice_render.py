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
from dataclasses import replace
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
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
from reportlab.platypus.paragraph import cleanBlockQuotedText  # type: ignore[import-untyped]
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


def render(data: NoticeData) -> bytes:
    """The notice as PDF bytes; identical bytes for identical data. One notice at a time in a process: the
    paragraphs of the notice's own wording are shared between notices (:func:`_fixed_paragraph`)."""
    with _ONE_AT_A_TIME:
        return _render(data)


_ONE_AT_A_TIME = threading.Lock()


def _render(data: NoticeData) -> bytes:
    register_fonts()
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
    doc.build(_story(data, doc.width), canvasmaker=_canvas_maker(_document_id(data)))
    return buffer.getvalue()


# --- fonts and determinism ------------------------------------------------------------------------------------


def _document_id(data: NoticeData) -> bytes:
    """Seed of the PDF's /ID: fixed for the same data, different for different notices.

    The ID also keys the RC4 encryption, so two notices encrypted with one password must not share it. The password
    itself stays out: the ID is printed in the clear.
    """
    return hashlib.sha256(repr(replace(data, password=None)).encode("utf-8")).digest()


def _canvas_maker(document_id: bytes) -> Callable[..., Any]:
    def make(*args: Any, **kwargs: Any) -> Any:
        canvas = Canvas(*args, **kwargs)
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


def _story(data: NoticeData, width: float) -> list[Flowable]:
    return _Body(data, width).story()


class _Body:
    """The flowables of the notice, one method per block of the page."""

    def __init__(self, data: NoticeData, width: float) -> None:
        self.data = data
        self.width = width
        self.texts = TEXTS[data.language]
        self.styles = _styles()

    def story(self) -> list[Flowable]:
        t = self.texts
        return [
            Table([[self.addressee(), self.reference()]], colWidths=[self.width - 65 * mm, 65 * mm], style=_LETTER),
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

    def rows(self, pairs: list[tuple[str, str | None]], widths: tuple[float, float] | None = None) -> Table:
        """Label: value rows; a row without a value is left out."""
        cells = [[self.fixed(f"{label}:", "label"), self.p(value, "value")] for label, value in pairs if value]
        table = Table(cells, colWidths=widths or (LABEL_WIDTH, self.width - LABEL_WIDTH))
        table.setStyle(_ROWS)
        return table

    def section(self, title: str, *content: Flowable) -> KeepTogether:
        heading = Table([[self.fixed(title, "section")]], colWidths=[self.width])
        heading.setStyle(_HEADING)
        return KeepTogether([heading, Spacer(0, 1.5 * mm), *content, Spacer(0, 2.5 * mm)])

    def addressee(self) -> list[Flowable]:
        d, t = self.data, self.texts
        contacts = " · ".join(filter(None, (d.provider_email, _phone(d.provider_phone))))
        registry = f"{t['registry_code']} {d.provider_registry_code}" if d.provider_registry_code else None
        lines = [self.p(line) for line in (d.provider_address, registry, contacts) if line]
        return [self.fixed(t["addressee"], "caption"), self.p(d.provider_name, "value"), *lines]

    def reference(self) -> Table:
        t = self.texts
        return self.rows(
            [(t["number"], self.data.number), (t["date"], format_date(self.data.issued_on))], (20 * mm, 45 * mm)
        )

    def client(self) -> Table:
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

    def counsellor(self) -> Table:
        """The counsellor's name and contacts, and a line to sign on."""
        d, t = self.data, self.texts
        contacts = [self.p(d.counsellor_name, "value")]
        contacts += [
            _Paragraph(f'<font color="{MUTED.hexval()}">{escape(label)}:</font> {escape(value)}', self.styles["body"])
            for label, value in ((t["phone"], _phone(d.counsellor_phone)), (t["email"], d.counsellor_email))
            if value
        ]
        table = Table(
            [[contacts, ""], ["", self.fixed(t["signature"], "caption")]],
            colWidths=[self.width - 65 * mm, 65 * mm],
            rowHeights=[max(14 * mm, 5 * mm * len(contacts)), None],
        )
        table.setStyle(_SIGNATURE)
        return table


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


_LETTER = TableStyle(
    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
)
_ROWS = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]
)
_HEADING = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ]
)
_SIGNATURE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
    ]
)
