"""The provider register as a CSV file: export for a spreadsheet, import of a whole file in one go.

One row per provider; the format is documented with an example in ``docs/provider-csv.md``. In short:

- UTF-8, with or without a byte-order mark; the delimiter is a comma or (as Estonian spreadsheets write) a
  semicolon, read from the header line. The header names the columns, in any order: ``kind``, ``name``,
  ``registry_code``, ``basis``, ``email``, ``phone``, ``address``, ``counties``, ``languages``, ``services``,
  ``fields_of_work``, ``price_list_url``, ``contract_valid_from``, ``contract_valid_to``, ``active``,
  ``qualifications``. Only ``kind``, ``name``, ``basis``, ``services``, ``price_list_url`` and
  ``contract_valid_from`` are required.
- Lists (counties, languages, services, fields of work) are separated by ``;`` inside the cell. Codes as in the
  program (``harju``, ``ida_viru``; ``et``; ``counselling``); a county may also be written as its name
  (``Ida-Viru``, ``Lääne-Viru maakond``).
- ``qualifications``: one qualification per specialist and basis, separated by ``|``; each is six parts separated by
  ``;``: specialist name; basis; register or association; number; valid until; checked on. For example
  ``Mari Tamm; psychotherapist; epa; 1234; 2027-12-31; 2026-01-10 | Mari Tamm; clinical_psychologist;
  Kutseregister; 123456; ; 2026-01-10``. A ``;``, ``|`` or ``\\`` inside a name or tag is written ``\\;``, ``\\|``,
  ``\\\\``.
- Dates as ``2026-01-31`` or ``31.01.2026``; ``active`` is ``yes``/``no`` (also ``jah``/``ei``, ``true``/``false``,
  ``1``/``0``; empty means yes).
- A cell that would begin with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (a phone ``+372…``, a name
  typed as ``=…``) is exported with an apostrophe in front, so that no spreadsheet runs it as a formula; the import
  takes that apostrophe off again (``app.services.documents.spreadsheet_cells``).

Import validates every row by the form's rules before writing anything. One bad row and nothing is imported: the
result lists each bad row's line number with its reason codes. A good file creates or updates all its providers in
the caller's transaction. A row updates the provider with its registry code, else the one provider of the same name
(an FIE without a code gaining one is matched by name); its qualifications replace the stored ones. Providers that
the file does not mention are left as they are.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from app.errors import FieldErrors
from app.models import Provider
from app.models.providers import County
from app.services.actor import SessionUser
from app.services.aid import providers
from app.services.aid.provider_input import ProviderInput, ProviderView, QualificationInput, validate_provider
from app.services.documents.spreadsheet_cells import CsvWriter, restore
from app.services.guard import audit
from app.store.db import UnitOfWork

# Write the exported text with this encoding: the byte-order mark tells spreadsheets it is UTF-8.
ENCODING = "utf-8-sig"

COLUMNS = (
    "kind",
    "name",
    "registry_code",
    "basis",
    "email",
    "phone",
    "address",
    "counties",
    "languages",
    "services",
    "fields_of_work",
    "price_list_url",
    "contract_valid_from",
    "contract_valid_to",
    "active",
    "qualifications",
)
REQUIRED_COLUMNS = frozenset({"kind", "name", "basis", "services", "price_list_url", "contract_valid_from"})
_YES = {"", "yes", "y", "jah", "true", "1"}
_NO = {"no", "n", "ei", "false", "0"}
_QUALIFICATION_PARTS = 6


@dataclass(frozen=True)
class RowError:
    """A bad row: its line in the file (the header is line 1) and a reason code per column."""

    line: int
    errors: dict[str, str]

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.errors.values())))


@dataclass(frozen=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


# --- the compact cell formats -----------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace("|", "\\|")


def _split(text: str, separator: str) -> list[str]:
    """Split at ``separator`` where it is not escaped; the pieces keep their escapes (for a further split)."""
    pieces, current, chars = [], [], iter(text)
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif char == separator:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return pieces


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text).strip()


def _items(text: str) -> list[str]:
    return [item for item in (_unescape(piece) for piece in _split(text, ";")) if item]


def _county(text: str) -> str:
    """A county code from its code or its Estonian name (``Lääne-Viru``, ``Lääne-Viru maakond``)."""
    name = re.sub(r"\s+maakond$", "", text.strip().casefold())
    name = name.translate(str.maketrans("õäöü", "oaou")).replace("-", "_").replace(" ", "_")
    return name if name in set(County) else text


def _date(text: str) -> date | None:
    value = text.strip()
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(value)


def _format_qualification(q: providers.QualificationView) -> str:
    parts = (
        _escape(q.specialist_name),
        q.basis.value,
        _escape(q.register_or_association or ""),
        _escape(q.number or ""),
        q.valid_until.isoformat() if q.valid_until else "",
        q.checked_on.isoformat(),
    )
    return "; ".join(parts)


# --- export -----------------------------------------------------------------------------------------------------


def export_csv(uow: UnitOfWork, actor: SessionUser) -> str:
    """The whole register, one provider per row (administrators only). Save it with :data:`ENCODING`."""
    out = io.StringIO()
    writer = CsvWriter(out)  # a text beginning like a formula gets a quote, which the import takes off again
    writer.writerow(COLUMNS)
    for p in providers.list_providers(uow, actor):
        writer.writerow(
            (
                p.kind.value,
                p.name,
                p.registry_code or "",
                p.basis.value,
                p.email or "",
                p.phone or "",
                p.address or "",
                ";".join(p.counties),
                ";".join(p.languages),
                ";".join(p.services),
                "; ".join(_escape(tag) for tag in p.fields_of_work),
                p.price_list_url,
                p.contract_valid_from.isoformat(),
                p.contract_valid_to.isoformat() if p.contract_valid_to else "",
                "yes" if p.active else "no",
                " | ".join(_format_qualification(q) for q in p.qualifications),
            )
        )
    audit.record_export(uow, actor, "provider_register")
    return out.getvalue()


# --- import -----------------------------------------------------------------------------------------------------


@dataclass
class _Row:
    line: int
    clean: ProviderView
    target: Provider | None = None


def _records(text: str) -> Iterator[tuple[int, dict[str, str] | None]]:
    """(first line, cells by column) for every non-blank row after the header; cells are None for a row with more
    cells than the header has columns. :class:`FieldErrors` when the header is not this format's."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip().lower() for name in next(reader, [])]
    unknown, missing = set(header) - set(COLUMNS), REQUIRED_COLUMNS - set(header)
    if unknown or missing or len(set(header)) != len(header):
        raise FieldErrors({"header": "csv.header"})
    last_line = reader.line_num
    for cells in reader:
        start, last_line = last_line + 1, reader.line_num
        if any(cell.strip() for cell in cells):
            if len(cells) > len(header):
                yield start, None
            else:
                yield start, dict(zip(header, (restore(cell) for cell in cells), strict=False))


def _parse_qualifications(text: str, errors: dict[str, str]) -> list[QualificationInput]:
    found = []
    for index, chunk in enumerate(piece for piece in _split(text, "|") if piece.strip()):
        parts = [_unescape(part) for part in _split(chunk, ";")]
        if len(parts) > _QUALIFICATION_PARTS:
            errors.setdefault(f"qualifications.{index}", "csv.qualification_format")
        parts = (parts + [""] * _QUALIFICATION_PARTS)[:_QUALIFICATION_PARTS]
        name, basis, register, number, valid_until, checked_on = parts
        dates: list[date | None] = []
        for key, value in (("valid_until", valid_until), ("checked_on", checked_on)):
            try:
                dates.append(_date(value))
            except ValueError:
                errors.setdefault(f"qualifications.{index}.{key}", "csv.date")
                dates.append(None)
        found.append(QualificationInput(name, basis, register, number, dates[0], dates[1]))
    return found


def _row_input(cells: dict[str, str]) -> tuple[ProviderInput, dict[str, str]]:
    errors: dict[str, str] = {}

    def cell(name: str) -> str:
        return cells.get(name, "") or ""

    dates: dict[str, date | None] = {}
    for key in ("contract_valid_from", "contract_valid_to"):
        try:
            dates[key] = _date(cell(key))
        except ValueError:
            errors[key] = "csv.date"
            dates[key] = None
    active = cell("active").strip().casefold()
    if active not in _YES | _NO:
        errors["active"] = "csv.active"
    qualifications = _parse_qualifications(cell("qualifications"), errors)
    data = ProviderInput(
        kind=cell("kind"),
        name=cell("name"),
        basis=cell("basis"),
        price_list_url=cell("price_list_url"),
        contract_valid_from=dates["contract_valid_from"],
        contract_valid_to=dates["contract_valid_to"],
        registry_code=cell("registry_code"),
        email=cell("email"),
        phone=cell("phone"),
        address=cell("address"),
        counties=[_county(item) for item in _items(cell("counties"))],
        languages=_items(cell("languages")),
        services=_items(cell("services")),
        fields_of_work=_items(cell("fields_of_work")),
        active=active not in _NO,
        qualifications=qualifications,
    )
    return data, errors


def _matcher(uow: UnitOfWork) -> tuple[dict[str, Provider], dict[str, list[Provider]]]:
    stored = list(uow.session.scalars(providers.loaded_query()))
    by_code = {p.registry_code: p for p in stored if p.registry_code}
    by_name: dict[str, list[Provider]] = {}
    for p in stored:
        by_name.setdefault(p.name.casefold(), []).append(p)
    return by_code, by_name


def _match(row: _Row, by_code: dict[str, Provider], by_name: dict[str, list[Provider]]) -> str | None:
    """Find the stored provider the row is about; a reason code when the name alone cannot tell."""
    code = row.clean.registry_code
    if code and code in by_code:
        row.target = by_code[code]
        return None
    named = by_name.get(row.clean.name.casefold(), [])
    if code:
        named = [p for p in named if not p.registry_code]
    if len(named) > 1:
        return "csv.name_ambiguous"
    row.target = named[0] if named else None
    return None


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _NotUtf8(data[: error.start].count(b"\n") + 1) from None


class _NotUtf8(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _read(uow: UnitOfWork, text: str, today: date) -> tuple[list[_Row], list[RowError]]:
    """Every row parsed, validated and matched to a stored provider; nothing is written."""
    rows: list[_Row] = []
    bad: list[RowError] = []
    by_code, by_name = _matcher(uow)
    targets: set[uuid.UUID] = set()
    new_names: set[str] = set()
    codes: set[str] = set()
    for line, cells in _records(text.removeprefix("\ufeff")):
        if cells is None:
            bad.append(RowError(line, {"row": "csv.columns"}))
            continue
        data, errors = _row_input(cells)
        try:
            clean = validate_provider(data, today=today)
        except FieldErrors as error:
            bad.append(RowError(line, {**error.errors, **errors}))
            continue
        if errors:
            bad.append(RowError(line, errors))
            continue
        row = _Row(line, clean)
        reason = _match(row, by_code, by_name)
        # The same provider twice, or two rows claiming one registry code: which should win is not ours to guess.
        if row.target is not None:
            duplicate = row.target.id in targets
            targets.add(row.target.id)
        else:
            duplicate = not clean.registry_code and clean.name.casefold() in new_names
            new_names.add(clean.name.casefold())
        if clean.registry_code:
            duplicate = duplicate or clean.registry_code in codes
            codes.add(clean.registry_code)
        if reason is None and duplicate:
            reason = "csv.duplicate"
        if reason is not None:
            bad.append(RowError(line, {"name": reason}))
        else:
            rows.append(row)
    return rows, bad


def import_csv(uow: UnitOfWork, actor: SessionUser, text: str | bytes, *, today: date | None = None) -> ImportResult:
    """Import a whole file, or nothing (administrators only). ``text`` may be the file's bytes or its text.

    Commits only when every row is good (``result.ok``); otherwise nothing is written.
    """
    providers.require_admin(actor)
    try:
        rows, bad = _read(uow, _decode(text) if isinstance(text, bytes) else text, today or date.today())
    except _NotUtf8 as error:
        return ImportResult(errors=[RowError(error.line, {"file": "csv.encoding"})])
    except FieldErrors as error:
        return ImportResult(errors=[RowError(1, error.errors)])
    except csv.Error:
        return ImportResult(errors=[RowError(1, {"file": "csv.format"})])
    if bad:
        return ImportResult(errors=sorted(bad, key=lambda error: error.line))
    created = 0
    for row in rows:
        target = row.target
        if target is None:
            target = Provider()
            created += 1
        providers.write(uow, target, row.clean)
    uow.commit()
    return ImportResult(created=created, updated=len(rows) - created)
