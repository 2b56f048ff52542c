"""The period's statistics as a PDF report for management: A4 portrait, the overview figures, charts and aid.

Pure: a :class:`~app.services.statistics.figures.PeriodStatistics` and a ``labels(kind, code)`` callable in, PDF bytes
out; no
Qt, no database. The statistics hold counts only, so the report holds no personal data either.

The labels are those of :mod:`app.services.documents.statistics_export` (``granularity``, ``weekday``, ``column`` for
the aid
table's headings ``outcome``, ``limit_category``, ``decisions`` and ``amount_eur``, and the vocabularies ``line``,
``channel``, ``topic``, ``outcome``, ``limit_category``), plus the kind ``report`` for the report's own texts:

- ``title``, ``period``, ``generated``, ``page`` (``page 2 / 3``), ``no_data`` (the sentence of an empty period);
- the overview: ``overview``, ``total``, ``counselling``, ``anonymous_share``, ``aid_amount``, ``durations``,
  ``duration``, ``wrapup``, ``mean``, ``median``, ``p90``, ``duration_unit`` (``minutes:seconds``);
- the charts: ``by_line``, ``by_channel``, ``by_topic``, ``topic_note``, ``no_topics``, ``contacts`` (the unit on
  the axes), ``trend``, ``all_contacts``, ``heatmap``, ``hour``, ``heatmap_legend``, ``aid``, ``aid_note``,
  ``total_row``;
- how numbers are written: ``decimal_mark`` (``.`` or ``,``), ``thousands_separator`` (``,``, a space or nothing)
  and ``amount``, a pattern with ``{amount}`` (``€{amount}`` in English, ``{amount} €`` in Estonian).

:func:`english_labels` gives readable English for every kind and code; the UI passes its translated labels.

Rendering is deterministic: the same statistics, labels and ``generated_at`` give byte-identical PDFs (reportlab's
invariant mode, a document ID derived from the content, and the PDF's creation date taken from ``generated_at``, or
from the period's end when none is given).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import TimeStamp  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.models.aid import Outcome
from app.models.aid_rules import LimitCategory
from app.services.documents.notice_pdf import format_date
from app.services.documents.pdf_fonts import BOLD, REGULAR, register_fonts
from app.services.documents.report_charts import Bar, Column, bar_chart, column_chart, heat_legend, heat_map
from app.services.documents.statistics_export import DASH, Labels, minutes_seconds
from app.services.statistics.figures import NOT_RECORDED, WEEKDAYS, Durations, Granularity, PeriodStatistics

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#b8c4d2")
MARGIN = 18 * mm
BOTTOM_MARGIN = 20 * mm


def to_pdf(stats: PeriodStatistics, labels: Labels, *, generated_at: datetime | None = None) -> bytes:
    """The report as A4 PDF bytes; identical bytes for identical statistics, labels and ``generated_at``.

    ``generated_at`` (aware, or naive in the statistics' zone) is printed under the title and is the PDF's creation
    date; without it no time is printed and the PDF is dated at the end of the period.
    """
    register_fonts()
    zone = ZoneInfo(stats.tz)
    if generated_at is not None and generated_at.tzinfo is None:
        generated_at = generated_at.replace(tzinfo=zone)
    dated = generated_at or datetime.combine(stats.until + timedelta(days=1), time(), zone)
    texts = _Texts(labels)
    period = f"{format_date(stats.since)} – {format_date(stats.until)}"
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=f"{texts.report('title')} {period}",
        subject=texts.report("title"),
        creator="helpline",
        initialFontName=REGULAR,
        invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])
    story = _Story(stats, texts, doc.width, generated_at.astimezone(zone) if generated_at else None).flowables()
    footer = f"{texts.report('title')} · {period}"
    seed = repr((stats, dated.isoformat(), footer, texts.report("page"))).encode("utf-8")
    doc.build(story, canvasmaker=_canvas_maker(footer, texts.report("page"), hashlib.sha256(seed).digest(), dated))
    return buffer.getvalue()


# --- English labels -------------------------------------------------------------------------------------------

_ENGLISH: dict[str, dict[str, str]] = {
    "report": {
        "title": "Statistics report",
        "period": "Period",
        "generated": "Generated",
        "page": "Page",
        "no_data": "No contacts in this period.",
        "overview": "Overview",
        "total": "Contacts, all kinds",
        "counselling": "Counselling contacts",
        "anonymous_share": "Anonymous share of counselling contacts",
        "aid_amount": "Standard aid limits granted",
        "durations": "Counselling contacts",
        "duration_unit": "minutes:seconds",
        "duration": "Duration of the conversation",
        "wrapup": "Wrap-up time after it",
        "mean": "Mean",
        "median": "Median",
        "p90": "90th percentile",
        "by_line": "Contacts by line",
        "by_channel": "Contacts by channel",
        "by_topic": "Counselling contacts by topic",
        "topic_note": "A contact may have several topics, so the shares may add up to more than 100%.",
        "no_topics": "No topics were recorded in this period.",
        "contacts": "contacts",
        "trend": "Contacts over the period",
        "all_contacts": "All contacts",
        "heatmap": "Contacts by weekday and hour",
        "hour": "hour of the day, local time",
        "heatmap_legend": "the darker the cell, the more contacts started in that hour over the whole period",
        "aid": "Psychological aid decisions",
        "aid_note": "By the date of the decision. Amounts in euros: only the standard category has a limit amount.",
        "total_row": "Total",
        "decimal_mark": ".",
        "thousands_separator": ",",
        "amount": "€{amount}",
    },
    "table": {
        "overview": "Overview",
        "line": "By line",
        "channel": "By channel",
        "direction": "By direction",
        "kind": "By kind",
        "language": "By language",
        "caller_type": "By caller type",
        "topic": "By topic",
        "durations": "Durations",
        "heatmap": "Weekday and hour",
        "trend": "Trend",
        "aid": "Aid decisions",
    },
    "column": {
        "measure": "Measure",
        "value": "Value",
        "contacts": "Contacts",
        "share": "Share",
        "mean_seconds": "Mean (s)",
        "median_seconds": "Median (s)",
        "p90_seconds": "90th percentile (s)",
        "weekday": "Weekday",
        "period_start": "Period start",
        "counselling": "Counselling",
        "outcome": "Outcome",
        "limit_category": "Limit category",
        "decisions": "Decisions",
        "amount_eur": "Amount",
        "generated": "generated",
        "caller_type": "Caller type",
    },
    "measure": {
        "contacts": "Contacts",
        "counselling": "Counselling contacts",
        "anonymous": "Anonymous",
        "identified": "Identified",
        "anonymous_share": "Anonymous share",
        "aid_standard_amount_eur": "Standard limits granted (EUR)",
        "duration": "Duration",
        "wrapup": "Wrap-up time",
    },
    "weekday": {
        str(day): name
        for day, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
    },
    "granularity": {"day": "Day", "week": "Week (from its Monday)", "month": "Month"},
    "line": {
        "116006": "116 006 crisis line",
        "116123": "116 123 emotional support",
        "video": "Video counselling",
        "web": "Web counselling",
    },
    "channel": {"email": "E-mail"},
    "direction": {"outgoing": "Outgoing (callback)"},
    "kind": {"silent": "Silent call", "hang_up": "Hang-up", "prank": "Prank or abusive"},
    "language": {"et": "Estonian", "ru": "Russian", "en": "English", "other": "Other language"},
    "caller_type": {"professional": "Professional or official"},
    "limit_category": {
        "standard": "Standard: one monthly minimum wage",
        "sexually_abused_minor": "Sexually abused minor: until the need ceases",
        "trafficking": "Victim of human trafficking: until the need ceases",
    },
}


def english_labels(kind: str, code: str) -> str:
    """Readable English for every kind and code the report and the export ask for; codes without a name of their
    own (topics, most vocabulary members) are written out (``domestic_violence``: "Domestic violence")."""
    if code == NOT_RECORDED:
        return "Not recorded"
    return _ENGLISH.get(kind, {}).get(code) or code.replace("_", " ").capitalize()


# --- texts and numbers ----------------------------------------------------------------------------------------


class _Texts:
    """The labels, and numbers written the way they say."""

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        mark = labels("report", "decimal_mark")
        self.mark = mark if mark in (".", ",") else "."
        separator = labels("report", "thousands_separator")
        fallback = " " if self.mark == "," else ","
        self.separator = separator if separator in (",", ".", " ", "\u00a0", "\u202f", "") else fallback
        if self.separator == self.mark:
            self.separator = fallback
        amount = labels("report", "amount")
        self.amount = amount if "{amount}" in amount else "{amount} €"

    def __call__(self, kind: str, code: str) -> str:
        return self.labels(kind, code)

    def report(self, code: str) -> str:
        return self.labels("report", code)

    def integer(self, value: int) -> str:
        return f"{value:,}".replace(",", self.separator)

    def decimal(self, value: float | Decimal, places: int) -> str:
        text = f"{value:,.{places}f}"
        return text.replace(",", "\0").replace(".", self.mark).replace("\0", self.separator)

    def percent(self, share: float) -> str:
        return f"{self.decimal(share * 100, 1)}%"

    def euros(self, amount: Decimal) -> str:
        return self.amount.replace("{amount}", self.decimal(amount, 2))


# --- the body -------------------------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11.5, textColor=INK)
    return {
        "body": body,
        "muted": ParagraphStyle("muted", parent=body, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=8.5, leading=10.5),
        "number": ParagraphStyle("number", parent=body, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "head_number": ParagraphStyle(
            "head_number", parent=body, fontName=BOLD, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT),
        "section": ParagraphStyle("section", parent=body, fontName=BOLD, fontSize=11, leading=14, textColor=ACCENT),
    }


class _Story:
    """The flowables of the report, one method per block."""

    def __init__(self, stats: PeriodStatistics, texts: _Texts, width: float, generated_at: datetime | None) -> None:
        self.stats = stats
        self.t = texts
        self.width = width
        self.generated_at = generated_at
        self.styles = _styles()

    def flowables(self) -> list[Flowable]:
        story = self.heading()
        if not self.stats.total:
            story += [Spacer(0, 8 * mm), self.p(self.t.report("no_data"))]
            if any(row.decisions for row in self.stats.aid):
                story.append(self.aid())
            return story
        story += [self.overview(), self.lines_and_channels(), self.by_topic()]
        story += [self.trend(), self.heat_map(), self.aid()]
        return story

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

    def section(self, title: str, *content: Flowable, note: str | None = None) -> KeepTogether:
        return KeepTogether(self.section_parts(title, *content, note=note))

    def section_parts(
        self, title: str, *content: Flowable, note: str | None = None, width: float | None = None
    ) -> list[Flowable]:
        """A heading with a rule, a note under it if any, then the content."""
        heading = Table([[self.p(title, "section")]], colWidths=[width or self.width], style=_HEADING)
        parts: list[Flowable] = [Spacer(0, 5 * mm), heading, Spacer(0, 1.5 * mm)]
        if note:
            parts += [self.p(note, "muted"), Spacer(0, 1.5 * mm)]
        return [*parts, *content]

    def heading(self) -> list[Flowable]:
        s, t = self.stats, self.t
        lines = [f"{t.report('period')}: {format_date(s.since)} – {format_date(s.until)}"]
        if self.generated_at:
            lines.append(f"{t.report('generated')}: {format_date(self.generated_at)} {self.generated_at:%H:%M}")
        return [self.p(t.report("title"), "title"), Spacer(0, 1 * mm), *(self.p(line, "muted") for line in lines)]

    def overview(self) -> KeepTogether:
        s, t = self.stats, self.t
        share = t.percent(s.anonymous_share) if s.anonymous_share is not None else DASH
        figures = [
            (t.report("total"), t.integer(s.total)),
            (t.report("counselling"), t.integer(s.counselling)),
            (t.report("anonymous_share"), share),
            (t.report("aid_amount"), t.euros(s.standard_amount)),
        ]
        column = 32 * mm
        totals = Table(
            [[self.p(label, "cell"), self.p(value, "head_number")] for label, value in figures],
            colWidths=[self.width - column, column],
            style=_FIGURES,
        )
        durations = [
            [
                self.p(f"{t.report('durations')} ({t.report('duration_unit')})", "head"),
                *(self.p(t.report(code), "head_number") for code in ("mean", "median", "p90")),
            ],
            self.duration_row("duration", s.duration),
            self.duration_row("wrapup", s.wrapup),
        ]
        table = Table(durations, colWidths=[self.width - 3 * column, column, column, column], style=_DURATIONS)
        return self.section(t.report("overview"), totals, Spacer(0, 3 * mm), table)

    def duration_row(self, code: str, durations: Durations) -> list[Paragraph]:
        values = (durations.mean, durations.median, durations.p90)
        return [self.p(self.t.report(code), "cell"), *(self.p(minutes_seconds(v), "number") for v in values)]

    def bars(
        self, title: str, kind: str, counts: Mapping[str, int], whole: int, note: str | None = None, width: float = 0
    ) -> list[Flowable]:
        """Horizontal bars with the count and the share of ``whole`` at each; a sentence instead when no codes."""
        t, width = self.t, width or self.width
        if not counts:
            return self.section_parts(title, self.p(t.report("no_topics"), "muted"), note=note, width=width)
        bars = [
            Bar(t(kind, code), count, f"{t.integer(count)} ({t.percent(count / whole)})" if whole else t.integer(count))
            for code, count in counts.items()
        ]
        chart = bar_chart(bars, width, t.report("contacts"), t.integer)
        return self.section_parts(title, chart, note=note, width=width)

    def lines_and_channels(self) -> Table:
        """The two short bar charts side by side."""
        s, t = self.stats, self.t
        gap = 8 * mm
        half = (self.width - gap) / 2
        by_line = self.bars(t.report("by_line"), "line", s.by_line, s.total, width=half)
        by_channel = self.bars(t.report("by_channel"), "channel", s.by_channel, s.total, width=half)
        return Table([[by_line, "", by_channel]], colWidths=[half, gap, half], style=_SIDE_BY_SIDE)

    def by_topic(self) -> KeepTogether:
        s = self.stats
        return KeepTogether(
            self.bars(self.t.report("by_topic"), "topic", s.by_topic, s.counselling, self.t.report("topic_note"))
        )

    def trend(self) -> KeepTogether:
        s, t = self.stats, self.t
        pattern = {Granularity.DAY: "%d.%m", Granularity.WEEK: "%d.%m", Granularity.MONTH: "%m.%Y"}[s.granularity]
        columns = [Column(point.start.strftime(pattern), point.contacts, point.counselling) for point in s.trend]
        texts = (
            t.report("contacts"),
            t("granularity", s.granularity.value),
            t.report("all_contacts"),
            t.report("counselling"),
        )
        return self.section(t.report("trend"), column_chart(columns, self.width, texts, t.integer))

    def heat_map(self) -> KeepTogether:
        s, t = self.stats, self.t
        weekdays = [t("weekday", str(day)) for day in range(WEEKDAYS)]
        across = f"{t.report('hour')} ({s.tz})"
        chart = heat_map(s.heatmap, weekdays, across, self.width, t.integer)
        legend = heat_legend(max(max(row) for row in s.heatmap), t.integer)
        caption = self.p(t.report("heatmap_legend"), "muted")
        key = Table([[legend, caption]], colWidths=[legend.width + 4 * mm, None], style=_LEGEND)
        return self.section(t.report("heatmap"), chart, Spacer(0, 2 * mm), key)

    def aid(self) -> KeepTogether:
        s, t = self.stats, self.t
        columns = ("outcome", "limit_category", "decisions", "amount_eur")
        header = [
            self.p(t("column", code), "head" if index < 2 else "head_number") for index, code in enumerate(columns)
        ]
        rows = [header]
        for row in s.aid:
            has_amount = row.outcome == Outcome.GRANTED and row.limit_category == LimitCategory.STANDARD
            amount = t.euros(row.amount) if has_amount or row.amount else DASH
            rows.append(
                [
                    self.p(t("outcome", row.outcome), "cell"),
                    self.p(t("limit_category", row.limit_category), "cell"),
                    self.p(t.integer(row.decisions), "number"),
                    self.p(amount, "number"),
                ]
            )
        decisions = sum(row.decisions for row in s.aid)
        total = [t.report("total_row"), "", t.integer(decisions), t.euros(s.standard_amount)]
        rows.append([self.p(text, "head" if index < 2 else "head_number") for index, text in enumerate(total)])
        widths = [32 * mm, self.width - 84 * mm, 22 * mm, 30 * mm]
        table = Table(rows, colWidths=widths, style=_AID, repeatRows=1)
        return self.section(t.report("aid"), table, note=t.report("aid_note"))


# --- page furniture and determinism ---------------------------------------------------------------------------


def _canvas_maker(footer: str, page: str, document_id: bytes, dated: datetime) -> Callable[..., Any]:
    """A canvas that keeps its pages until the end, so each footer can say ``page n / m``."""
    stamp = TimeStamp(invariant=1)
    stamp.YMDhms = dated.astimezone(UTC).timetuple()[:6]

    class _Canvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # In invariant mode reportlab's signature is a constant; the content gives each report its own ID.
            self._doc.updateSignature(document_id)
            self._doc._timeStamp = stamp
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, len(self._pages))
                super().showPage()
            super().save()

        def _footer(self, number: int, count: int) -> None:
            width, _ = A4
            y = 12 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
            self.setFillColor(MUTED)
            self.setFont(REGULAR, 7.5)
            self.drawString(MARGIN, y, footer)
            self.drawRightString(width - MARGIN, y, f"{page} {number} / {count}")
            self.restoreState()

    return _Canvas


_SIDE_BY_SIDE = TableStyle(
    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
)
_LEGEND = TableStyle(
    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]
)
_HEADING = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ]
)
_FIGURES = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
    ]
)
_DURATIONS = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
)
_AID = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)
