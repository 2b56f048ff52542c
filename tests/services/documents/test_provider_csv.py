"""Provider register to and from CSV: a bad row stops the whole file; export and import give back the same register."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from datetime import date
from pathlib import Path

import pytest

from app.errors import NotAllowed
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.aid import providers
from app.services.aid.providers import ProviderView
from app.services.documents import provider_csv
from app.services.documents.provider_csv import RowError
from app.store.db import Store
from tests.conftest import make_user
from tests.services.aid.test_providers import TODAY, person_input, provider_input, qualification

DOCS = Path(__file__).parents[3] / "docs" / "provider-csv.md"
HEADER = "kind,name,registry_code,basis,services,price_list_url,contract_valid_from,counties,languages,qualifications"


def _row(name: str, registry_code: str, county: str = "harju") -> str:
    return (
        f"organisation,{name},{registry_code},articles_of_association,counselling,https://{registry_code}.example.ee/"
        f",2025-01-01,{county},et,Mari Tamm; clinical_psychologist; Kutseregister; 1; ; 2026-01-10"
    )


def _import(store: Store, actor: SessionUser, text: str | bytes) -> provider_csv.ImportResult:
    with store.unit_of_work() as uow:
        result = provider_csv.import_csv(uow, actor, text, today=TODAY)
        uow.commit()
    return result


def _register(store: Store, actor: SessionUser) -> list[ProviderView]:
    with store.unit_of_work() as uow:
        return providers.list_providers(uow, actor)


def _comparable(views: list[ProviderView]) -> list[ProviderView]:
    """The providers without what a store assigns itself (ids, versions)."""
    return [
        dataclasses.replace(
            view,
            id=None,
            version=None,
            qualifications=tuple(dataclasses.replace(q, id=None) for q in view.qualifications),
        )
        for view in views
    ]


def test_a_bad_row_imports_nothing_and_is_reported_by_line(any_store: Store) -> None:
    admin = make_user(any_store, Role.ADMINISTRATOR, "admin")
    text = "\n".join(
        [HEADER, _row("Esimene MTÜ", "80012342"), _row("Teine MTÜ", "80012343"), _row("Kolmas MTÜ", "90123456")]
    )

    result = _import(any_store, admin, text)

    assert not result.ok
    assert result.errors == [RowError(3, {"registry_code": "provider.registry_code"})]
    assert result.errors[0].reasons == ("provider.registry_code",)
    assert (result.created, result.updated) == (0, 0)
    assert _register(any_store, admin) == []


def test_every_bad_row_is_listed(store: Store) -> None:
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    text = "\n".join(
        [
            HEADER,
            _row("Esimene MTÜ", "80012342", county="Atlantis"),
            _row("Teine MTÜ", "90123456"),
            _row("Teine MTÜ uus nimi", "90123456"),
            _row("Neljas MTÜ", "12345678").replace("2025-01-01", "31.02.2025"),
            _row("Viies MTÜ", "11002203") + ",extra cell",
        ]
    )

    result = _import(store, admin, text)

    assert [(error.line, error.reasons) for error in result.errors] == [
        (2, ("provider.county",)),
        (4, ("csv.duplicate",)),
        (5, ("csv.date",)),
        (6, ("csv.columns",)),
    ]
    assert _register(store, admin) == []


def test_good_file_imports_in_one_go_and_updates_by_registry_code_or_name(any_store: Store) -> None:
    admin = make_user(any_store, Role.ADMINISTRATOR, "admin")
    with any_store.unit_of_work() as uow:
        providers.create_provider(uow, admin, provider_input(counties=["tartu"]), today=TODAY)
        providers.create_provider(uow, admin, person_input("Aino Saar FIE", counties=["tartu"]), today=TODAY)
        uow.commit()
    person_row = (
        "person,Aino Saar FIE,14556675,articles_of_association,counselling,https://saar.example.ee/,2025-01-01,"
        "harju,et;en,"
    )
    text = "\n".join(
        [HEADER, _row("Tartu Pereteraapia Keskus", "80012342", "Võru"), person_row, _row("Uus", "90123456")]
    )

    result = _import(any_store, admin, text)

    assert result.ok, result.errors
    assert (result.created, result.updated) == (1, 2)
    by_name = {view.name: view for view in _register(any_store, admin)}
    assert sorted(by_name) == ["Aino Saar FIE", "Tartu Pereteraapia Keskus", "Uus"]
    assert [c.value for c in by_name["Tartu Pereteraapia Keskus"].counties] == ["voru"]
    assert by_name["Aino Saar FIE"].registry_code == "14556675"  # found by name, gained its registry code
    assert by_name["Aino Saar FIE"].qualifications == ()


def test_export_then_import_gives_back_the_same_register(any_store: Store, tmp_path: Path) -> None:
    admin = make_user(any_store, Role.ADMINISTRATOR, "admin")
    with any_store.unit_of_work() as uow:
        providers.create_provider(
            uow,
            admin,
            provider_input(
                address='Riia 15, "Pereteraapia" maja, Tartu',
                fields_of_work=["lapsed; noored", "lein|kaotus", "kald\\kriips"],
                contract_valid_to=date(2027, 12, 31),
                qualifications=[
                    qualification(specialist_name="Mari Tamm", number="A;1|2"),
                    qualification("psychotherapist", specialist_name="Mari Tamm", valid_until=date(2026, 12, 31)),
                    qualification("masters_psychology", specialist_name="Jaan Kask", register_or_association=""),
                ],
            ),
            today=TODAY,
        )
        providers.create_provider(uow, admin, person_input("Olga Ivanova FIE", active=False), today=TODAY)
        providers.create_provider(
            uow, admin, person_input("Aino Saar FIE", registry_code="14556675", phone="", email=""), today=TODAY
        )
        uow.commit()
    before = _register(any_store, admin)
    with any_store.unit_of_work() as uow:
        exported = provider_csv.export_csv(uow, admin)
    path = tmp_path / "providers.csv"
    path.write_text(exported, encoding=provider_csv.ENCODING)

    fresh = Store.open(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        fresh_admin = make_user(fresh, Role.ADMINISTRATOR, "admin")
        into_fresh = _import(fresh, fresh_admin, path.read_bytes())
        assert (into_fresh.created, into_fresh.updated, into_fresh.errors) == (3, 0, [])
        assert _comparable(_register(fresh, fresh_admin)) == _comparable(before)
    finally:
        fresh.close()
    again = _import(any_store, admin, path.read_bytes())
    assert (again.created, again.updated, again.errors) == (0, 3, [])
    assert _comparable(_register(any_store, admin)) == _comparable(before)


def test_documented_example_imports_with_a_bom_and_semicolons(store: Store) -> None:
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    example = re.search(r"```csv\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    assert example is not None
    rows = list(csv.reader(io.StringIO(example.group(1))))
    as_spreadsheet = io.StringIO()
    csv.writer(as_spreadsheet, delimiter=";").writerows(rows)  # as an Estonian spreadsheet saves it

    result = _import(store, admin, as_spreadsheet.getvalue().encode("utf-8-sig"))

    assert result.ok, result.errors
    assert result.created == 2
    olga = next(view for view in _register(store, admin) if view.name == "Olga Ivanova FIE")
    assert [c.value for c in olga.counties] == ["ida_viru", "laane_viru"]
    assert olga.contract_valid_from == date(2024, 3, 1)
    assert olga.phone == "+37251234567"


def test_file_format_faults_are_reported(store: Store) -> None:
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    latin1 = (HEADER + "\n" + _row("Põlva MTÜ", "80012342")).encode("latin-1")

    assert _import(store, admin, latin1).errors == [RowError(2, {"file": "csv.encoding"})]
    assert _import(store, admin, "name,colour\nx,red").errors == [RowError(1, {"header": "csv.header"})]
    assert _import(store, admin, "").errors == [RowError(1, {"header": "csv.header"})]


def test_only_an_administrator_imports_or_exports(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        with pytest.raises(NotAllowed):
            provider_csv.export_csv(uow, mari)
        with pytest.raises(NotAllowed):
            provider_csv.import_csv(uow, mari, HEADER + "\n" + _row("Esimene MTÜ", "80012342"))
