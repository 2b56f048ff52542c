"""The period's statistics as XLSX (one sheet per table) and CSV (one file per table), for management.

Only what :class:`~app.services.statistics.figures.PeriodStatistics` holds leaves the program: counts, shares,
durations and
sums, never a name, code, phone, e-mail or summary. Every text goes through ``labels(kind, code)``, which the UI
backs with Qt's translation; the kinds asked for are ``table``, ``column``, ``measure``, ``weekday`` (``"0"`` =
Monday), ``granularity`` and the vocabularies ``line``, ``channel``, ``direction``, ``kind``, ``language``,
``caller_type``, ``topic``, ``outcome`` and ``limit_category`` (whose code may also be ``NOT_RECORDED``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.services.documents.spreadsheet_cells import CsvWriter, mark_xlsx_text
from app.services.statistics.figures import HOURS, WEEKDAYS, Durations, PeriodStatistics

DASH = "–"


def minutes_seconds(seconds: float | None) -> str:
    """``12:05`` for 725 seconds (minutes may pass 59); a dash for none. The screens and the PDF report write
    durations so (here, not in the report, so a screen showing them does not load reportlab)."""
    if seconds is None:
        return DASH
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


Labels = Callable[[str, str], str]
Cell = str | int | float | Decimal | date | None

_SHARE_COLUMNS = frozenset({"share"})
_FORBIDDEN_IN_SHEET_NAMES = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


@dataclass(frozen=True)
class Table:
    code: str  # stable: the CSV's key and the sheet's identity
    header: tuple[str, ...]  # column codes
    rows: tuple[tuple[Cell, ...], ...]


def tables(stats: PeriodStatistics, labels: Labels) -> list[Table]:
    """The statistics as plain tables, labels applied to the values; column codes still to be labelled."""
    counted = [
        ("line", stats.by_line, stats.total),
        ("channel", stats.by_channel, stats.total),
        ("direction", stats.by_direction, stats.total),
        ("kind", stats.by_kind, stats.total),
        ("language", stats.by_language, stats.counselling),
        ("caller_type", stats.by_caller_type, stats.counselling),
        ("topic", stats.by_topic, stats.counselling),
    ]
    result = [_overview(stats)]
    result.extend(_counts(kind, counts, whole, labels) for kind, counts, whole in counted)
    result.append(
        Table(
            "durations",
            ("measure", "contacts", "mean_seconds", "median_seconds", "p90_seconds"),
            (_durations("duration", stats.duration, labels), _durations("wrapup", stats.wrapup, labels)),
        )
    )
    result.append(
        Table(
            "heatmap",
            ("weekday", *(f"{hour:02d}" for hour in range(HOURS))),
            tuple((labels("weekday", str(day)), *stats.heatmap[day]) for day in range(WEEKDAYS)),
        )
    )
    result.append(
        Table(
            "trend",
            ("period_start", "contacts", "counselling"),
            tuple((point.start, point.contacts, point.counselling) for point in stats.trend),
        )
    )
    result.append(
        Table(
            "aid",
            ("outcome", "limit_category", "decisions", "amount_eur"),
            tuple(
                (
                    labels("outcome", row.outcome),
                    labels("limit_category", row.limit_category),
                    row.decisions,
                    row.amount,
                )
                for row in stats.aid
            ),
        )
    )
    return result


def _overview(stats: PeriodStatistics) -> Table:
    rows: list[tuple[Cell, ...]] = [
        ("contacts", stats.total),
        ("counselling", stats.counselling),
        ("anonymous", stats.anonymous),
        ("identified", stats.identified),
        ("anonymous_share", stats.anonymous_share),
        ("aid_standard_amount_eur", stats.standard_amount),
    ]
    return Table("overview", ("measure", "value"), tuple(rows))


def _counts(kind: str, counts: Mapping[str, int], whole: int, labels: Labels) -> Table:
    return Table(
        kind,
        (kind, "contacts", "share"),
        tuple((labels(kind, code), count, count / whole if whole else None) for code, count in counts.items()),
    )


def _durations(measure: str, durations: Durations, labels: Labels) -> tuple[Cell, ...]:
    return (labels("measure", measure), durations.count, durations.mean, durations.median, durations.p90)


def _title(stats: PeriodStatistics, table: Table, labels: Labels, generated: date) -> str:
    return (
        f"{labels('table', table.code)}: {stats.since.isoformat()} – {stats.until.isoformat()}"
        f" ({labels('column', 'generated')} {generated.isoformat()})"
    )


def to_xlsx(stats: PeriodStatistics, labels: Labels, *, generated: date | None = None) -> bytes:
    """A workbook with one sheet per table: a title row (the period and the generation date), a header row, rows."""
    generated = generated or date.today()
    from openpyxl import Workbook  # type: ignore[import-untyped]  # ~80 ms: loaded at the first export, not at start
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for table in tables(stats, labels):
        sheet = book.create_sheet(_sheet_name(labels("table", table.code), used))
        sheet.append([_title(stats, table, labels, generated)])
        sheet["A1"].font = Font(bold=True)
        sheet.append([_column(labels, code) for code in table.header])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([float(value) if isinstance(value, Decimal) else value for value in row])
        for index, code in enumerate(table.header, start=1):
            column = sheet.cell(row=2, column=index).column_letter
            width = max(len(str(sheet.cell(row=r, column=index).value or "")) for r in range(2, sheet.max_row + 1))
            sheet.column_dimensions[column].width = min(max(width + 2, 8), 50)
            number_format = _number_format(code, table)
            if number_format:
                for (cell,) in sheet.iter_rows(min_row=3, min_col=index, max_col=index):
                    cell.number_format = number_format
        if table.code == "overview":
            for label, value in sheet.iter_rows(min_row=3, max_col=2):
                code = str(label.value)
                label.value = labels("measure", code)
                if code == "anonymous_share":
                    value.number_format = "0.0%"
                elif code.endswith("_eur"):
                    value.number_format = "#,##0.00"
        for cells in sheet.iter_rows():
            for cell in cells:
                mark_xlsx_text(cell)  # a topic named "=…" is text, never a live formula
        sheet.freeze_panes = "B3"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _number_format(code: str, table: Table) -> str | None:
    if code in _SHARE_COLUMNS:
        return "0.0%"
    if code.endswith("_seconds"):
        return "0.0"
    if code.endswith("_eur"):
        return "#,##0.00"
    if code == "period_start":
        return "yyyy-mm-dd"
    return None


def _column(labels: Labels, code: str) -> str:
    return code if code.isdigit() else labels("column", code)


def _sheet_name(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of ``[]:*?/\\``, unique regardless of case."""
    base = title.translate(_FORBIDDEN_IN_SHEET_NAMES).strip()[:31] or "Sheet"
    name, counter = base, 2
    while name.lower() in used:
        suffix = f" ({counter})"
        name, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    used.add(name.lower())
    return name


def to_csv(stats: PeriodStatistics, labels: Labels) -> dict[str, str]:
    """One CSV text per table, keyed by the table's code (``overview``, ``line``, …, ``aid``): a header row, rows.

    Numbers are written as Python prints them (a dot for decimals); shares as fractions 0..1, durations in seconds.
    A text that a spreadsheet would run as a formula (a topic named ``=…``) gets a leading quote
    (``app.services.documents.spreadsheet_cells``); lines end in CRLF.
    """
    result: dict[str, str] = {}
    for table in tables(stats, labels):
        out = io.StringIO()
        writer = CsvWriter(out)  # texts that would run as formulas get a quote; numbers are written as they are
        writer.writerow([_column(labels, code) for code in table.header])
        rows: Sequence[tuple[Cell, ...]] = table.rows
        if table.code == "overview":
            rows = [(labels("measure", str(code)), value) for code, value in rows]
        writer.writerows([_csv_value(value) for value in row] for row in rows)
        result[table.code] = out.getvalue()
    return result


def _csv_value(value: Cell) -> str | int | Decimal:
    """Numbers stay numbers (the writer quotes only texts); a float is rounded to four decimals."""
    if value is None:
        return ""
    if isinstance(value, float):
        return Decimal(f"{value:.4f}".rstrip("0").rstrip(".")) if value != int(value) else int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value
