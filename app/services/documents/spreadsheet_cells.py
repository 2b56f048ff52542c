"""Texts a spreadsheet would run as a formula leave the program as text: the one rule of every CSV and XLSX export.

Excel, LibreOffice and Google Sheets read a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula when a
CSV file is opened, and a leading tab or carriage return can hide such a start (OWASP, "CSV injection"). Names,
addresses, topics and log-in names are typed by people outside the export (a caller's name, a provider, an
administrator naming a topic, anyone at the log-in screen), so ``=HYPERLINK(…)`` or a DDE call must not run on the
machine of whoever opens the file.

- **CSV**: such a text gets a leading apostrophe (:func:`neutralise`), which spreadsheets show or hide but never run.
  A text that already begins with apostrophes before such a character gets one more, so that :func:`restore`, for
  reading the program's own files back (the provider register), gives back exactly what was written. Apply it once,
  when writing: :class:`CsvWriter` does, for text cells only. Numbers are not texts and are written as they are,
  minus signs and all. Lines end in CRLF (RFC 4180), which also makes the writer quote a carriage return in a cell.
- **A separator inside a cell**: the files are comma-separated, but Estonian Excel splits a CSV file on ``;`` (its
  list separator), and a spreadsheet told to ignore quotes splits on every ``,``; the text after either then begins a
  cell of its own, outside any quoting (``Abi OÜ;=HYPERLINK(…)``). So the rule applies to every part of a text after
  a ``;`` or ``,`` as to its start: ``Abi OÜ;'=HYPERLINK(…)``. Double quotes before such a start count as nothing
  (a field beginning ``""=`` is read differently by different spreadsheets). Quoting every text cell instead was
  weighed and not taken: a ``;``-splitting reader starts a new cell mid-way through a quoted one, so the quotes
  protect nothing there. :func:`restore` takes these apostrophes off again, part by part.
- **XLSX**: every text is a text cell, never a formula, and one that begins like a formula carries Excel's own quote
  prefix, so it is shown as typed and stays text when someone edits the cell (:func:`mark_xlsx_text`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, TextIO, TypeVar

FORMULA_STARTS = frozenset("=+-@\t\r")
QUOTE = "'"

T = TypeVar("T")


SEPARATORS = re.compile(r"([;,])")  # where a spreadsheet may start a new cell inside the program's one


def formula_like(text: str) -> bool:
    """The text begins with a character that makes a spreadsheet read it as a formula."""
    return text[:1] in FORMULA_STARTS


def _runs(part: str) -> bool:
    """The part, after any apostrophes and double quotes, begins like a formula."""
    return formula_like(part.lstrip(QUOTE + '"'))


def neutralise(value: T) -> T | str:
    """A text with a quote in front of its start and of every part after a ``;`` or ``,`` that would run as a
    formula (or is quotes before one); anything else as is."""
    if not isinstance(value, str):
        return value
    return "".join(QUOTE + part if index % 2 == 0 and _runs(part) else part for index, part in _parts(value))


def restore(text: str) -> str:
    """The text :func:`neutralise` was given: one quote less before each formula's start; any other text as is."""
    return "".join(
        part[1:] if index % 2 == 0 and part.startswith(QUOTE) and _runs(part) else part for index, part in _parts(text)
    )


def _parts(text: str) -> enumerate[str]:
    """The text's parts between separators (even positions) and the separators themselves (odd positions)."""
    return enumerate(SEPARATORS.split(text))


class CsvWriter:
    """``csv.writer`` that passes every text cell through :func:`neutralise`; lines end in CRLF."""

    def __init__(self, out: TextIO) -> None:
        self._writer = csv.writer(out, lineterminator="\r\n")

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def mark_xlsx_text(cell: Any) -> None:
    """An openpyxl cell holding a text: stored as text (openpyxl makes a formula of a text beginning with ``=``),
    with Excel's quote prefix when it begins like a formula. Cells holding anything else are left alone."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if formula_like(cell.value):
            cell.quotePrefix = True
