"""The provider register: the administrator keeps it, counsellors choose from it with the reasons shown."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from app.errors import FieldErrors, NotAllowed, StaleRecord
from app.models.enums import Language, Role
from app.models.providers import AidService, County, QualificationBasis
from app.services.actor import SessionUser
from app.services.aid import providers
from app.services.aid.providers import ProviderInput, QualificationInput
from app.store.db import Store
from tests.conftest import make_user

TODAY = date(2026, 5, 4)
CHECKED = date(2026, 1, 10)


def qualification(basis: str = "clinical_psychologist", **changes: Any) -> QualificationInput:
    base = QualificationInput(
        specialist_name="Mari Tamm",
        basis=basis,
        register_or_association="epa" if basis == "psychotherapist" else "Kutseregister",
        number="123456",
        checked_on=CHECKED,
    )
    return dataclasses.replace(base, **changes)


def provider_input(name: str = "Tartu Pereteraapia Keskus MTÜ", **changes: Any) -> ProviderInput:
    base = ProviderInput(
        kind="organisation",
        name=name,
        basis="articles_of_association",
        registry_code="80012342",
        price_list_url="https://pereteraapia.example.ee/hinnakiri",
        contract_valid_from=date(2025, 1, 1),
        email="info@pereteraapia.example.ee",
        phone="5123 4567",
        counties=["tartu", "jogeva"],
        languages=["et", "ru"],
        services=["counselling", "psychotherapy"],
        fields_of_work=["lähisuhtevägivald", "lein", "Lein "],
        qualifications=[qualification()],
    )
    return dataclasses.replace(base, **changes)


def person_input(name: str, **changes: Any) -> ProviderInput:
    fields: dict[str, Any] = {"kind": "person", "basis": "fie_business_register", "registry_code": "", **changes}
    return provider_input(name, **fields)


@pytest.fixture
def admin(store: Store) -> SessionUser:
    return make_user(store, Role.ADMINISTRATOR, "admin")


def _create(store: Store, admin: SessionUser, data: ProviderInput) -> providers.ProviderView:
    with store.unit_of_work() as uow:
        view = providers.create_provider(uow, admin, data, today=TODAY)
        uow.commit()
    return view


def test_administrator_creates_a_provider_with_normalised_values(store: Store, admin: SessionUser) -> None:
    created = _create(store, admin, provider_input())

    with store.unit_of_work() as uow:
        (stored,) = providers.list_providers(uow, admin)
    assert stored == created
    assert stored.phone == "+37251234567"
    assert stored.counties == (County.JOGEVA, County.TARTU)
    assert stored.languages == (Language.ESTONIAN, Language.RUSSIAN)
    assert stored.fields_of_work == ("lein", "lähisuhtevägivald")
    (evidence,) = stored.qualifications
    assert evidence.basis is QualificationBasis.CLINICAL_PSYCHOLOGIST
    assert evidence.number == "123456"


def test_counsellor_cannot_create_change_or_list_providers(store: Store, admin: SessionUser) -> None:
    created = _create(store, admin, provider_input())
    assert created.id is not None
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "liis")
    with store.unit_of_work() as uow:
        for actor in (mari, lead):
            with pytest.raises(NotAllowed):
                providers.create_provider(uow, actor, person_input("Olga Ivanova FIE"), today=TODAY)
            with pytest.raises(NotAllowed):
                providers.deactivate(uow, actor, created.id)
            with pytest.raises(NotAllowed):
                providers.list_providers(uow, actor)
    with store.unit_of_work() as uow:
        assert [p.name for p in providers.list_providers(uow, admin)] == ["Tartu Pereteraapia Keskus MTÜ"]


def test_bad_registry_code_is_refused_with_its_reason(store: Store, admin: SessionUser) -> None:
    with store.unit_of_work() as uow:
        with pytest.raises(FieldErrors) as bad_checksum:
            providers.create_provider(uow, admin, provider_input(registry_code="80012343"), today=TODAY)
        with pytest.raises(FieldErrors) as missing:
            providers.create_provider(uow, admin, provider_input(registry_code=""), today=TODAY)
        assert providers.list_providers(uow, admin) == []
    assert bad_checksum.value.errors == {"registry_code": "provider.registry_code"}
    assert missing.value.errors == {"registry_code": "provider.registry_code_required"}


def test_registry_code_belongs_to_one_provider(store: Store, admin: SessionUser) -> None:
    _create(store, admin, provider_input())
    with store.unit_of_work() as uow, pytest.raises(FieldErrors) as raised:
        providers.create_provider(uow, admin, provider_input("Another MTÜ"), today=TODAY)
    assert raised.value.errors == {"registry_code": "provider.registry_code_taken"}


def test_every_bad_field_is_reported_and_nothing_is_written(store: Store, admin: SessionUser) -> None:
    data = provider_input(
        name=" ",
        basis="fie_business_register",  # an organisation is not an FIE
        email="info@",
        phone="12",
        price_list_url="ftp://pereteraapia.example.ee/hinnakiri",
        contract_valid_to=date(2024, 12, 31),
        counties=["harju", "atlantis"],
        languages=["fi"],
        services=[],
        qualifications=[
            qualification(number=""),
            qualification("psychotherapist", register_or_association="Soome Psühhoteraapia Liit"),
            qualification("astrologer", checked_on=date(2026, 6, 1)),
        ],
    )
    with store.unit_of_work() as uow:
        with pytest.raises(FieldErrors) as raised:
            providers.create_provider(uow, admin, data, today=TODAY)
        assert providers.list_providers(uow, admin) == []
    assert raised.value.errors == {
        "name": "provider.name",
        "basis": "provider.basis",
        "email": "provider.email",
        "phone": "provider.phone",
        "price_list_url": "provider.url",
        "contract_valid_to": "provider.contract_order",
        "counties": "provider.county",
        "languages": "provider.language",
        "services": "provider.services_empty",
        "qualifications.0.number": "qualification.number",
        "qualifications.1.register_or_association": "qualification.association",
        "qualifications.2.basis": "qualification.basis",
        "qualifications.2.checked_on": "qualification.checked_on",
    }


def test_update_replaces_qualifications_and_detects_a_stale_form(store: Store, admin: SessionUser) -> None:
    created = _create(store, admin, provider_input())
    assert created.id is not None
    changed = provider_input(
        qualifications=[
            qualification("psychotherapist", register_or_association="Eesti Pereteraapia Ühing", number=""),
            qualification("masters_psychology", specialist_name="Jaan Kask", number=""),
        ]
    )
    with store.unit_of_work() as uow:
        updated = providers.update_provider(
            uow, admin, created.id, changed, expected_version=created.version, today=TODAY
        )
        uow.commit()
    assert [(q.specialist_name, q.basis, q.register_or_association) for q in updated.qualifications] == [
        ("Mari Tamm", QualificationBasis.PSYCHOTHERAPIST, "eptu"),
        ("Jaan Kask", QualificationBasis.MASTERS_PSYCHOLOGY, "Kutseregister"),
    ]
    assert updated.version != created.version
    with store.unit_of_work() as uow, pytest.raises(StaleRecord):
        providers.update_provider(uow, admin, created.id, changed, expected_version=created.version, today=TODAY)


def test_deactivated_provider_is_no_longer_offered(store: Store, admin: SessionUser) -> None:
    created = _create(store, admin, provider_input())
    assert created.id is not None
    with store.unit_of_work() as uow:
        assert [c.name for c in providers.choices(uow, AidService.COUNSELLING, TODAY)] == [created.name]
        providers.deactivate(uow, admin, created.id)
        uow.commit()
    with store.unit_of_work() as uow:
        assert providers.choices(uow, AidService.COUNSELLING, TODAY) == []
        (listed,) = providers.list_providers(uow, admin)
    assert not listed.active


def _register(store: Store) -> SessionUser:
    """Four providers in different counties and languages; one without evidence, one with an ended contract."""
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    with store.unit_of_work() as uow:
        for data in (
            provider_input(),  # Tartu, Jõgeva; et, ru; counselling + psychotherapy by a clinical psychologist
            person_input(
                "Olga Ivanova FIE",
                counties=["ida_viru"],
                languages=["ru"],
                qualifications=[qualification("psychotherapist", specialist_name="Olga Ivanova", number="")],
            ),
            person_input("Aino Saar FIE", counties=["harju", "tartu"], languages=["et", "en"], qualifications=[]),
            person_input(
                "Peeter Mets FIE",
                counties=["harju"],
                languages=["et"],
                contract_valid_to=date(2026, 3, 31),
                qualifications=[qualification(specialist_name="Peeter Mets")],
            ),
        ):
            providers.create_provider(uow, admin, data, today=TODAY)
        uow.commit()
    return make_user(store, Role.COUNSELLOR, "mari")


def test_choices_put_qualified_providers_first_and_say_why_the_others_are_out(any_store: Store) -> None:
    _register(any_store)

    with any_store.unit_of_work() as uow:
        counselling = providers.choices(uow, AidService.COUNSELLING, TODAY)
        psychotherapy = providers.choices(uow, AidService.PSYCHOTHERAPY, TODAY)

    assert [(c.name, c.availability.reasons) for c in counselling] == [
        ("Olga Ivanova FIE", ()),
        ("Tartu Pereteraapia Keskus MTÜ", ()),
        ("Aino Saar FIE", ("provider.no_qualified_specialist",)),
        ("Peeter Mets FIE", ("provider.contract_expired",)),
    ]
    assert counselling[1].availability.qualified_specialists == ("Mari Tamm",)
    assert [(c.name, c.available) for c in psychotherapy][:1] == [("Olga Ivanova FIE", True)]
    assert {c.name: c.availability.reasons for c in psychotherapy}["Tartu Pereteraapia Keskus MTÜ"] == (
        "provider.no_qualified_specialist",
    )


def test_choices_filter_by_county_and_language(any_store: Store) -> None:
    _register(any_store)

    with any_store.unit_of_work() as uow:
        in_tartu = providers.choices(uow, AidService.COUNSELLING, TODAY, county=County.TARTU)
        in_russian = providers.choices(uow, AidService.COUNSELLING, TODAY, language=Language.RUSSIAN)
        harju_english = providers.choices(
            uow, AidService.COUNSELLING, TODAY, county=County.HARJU, language=Language.ENGLISH
        )
        in_hiiu = providers.choices(uow, AidService.COUNSELLING, TODAY, county=County.HIIU)

    assert [c.name for c in in_tartu] == ["Tartu Pereteraapia Keskus MTÜ", "Aino Saar FIE"]
    assert [c.name for c in in_russian] == ["Olga Ivanova FIE", "Tartu Pereteraapia Keskus MTÜ"]
    assert [c.name for c in harju_english] == ["Aino Saar FIE"]
    assert in_hiiu == []
