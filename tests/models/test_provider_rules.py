"""Who may be chosen for trauma-recovery aid on a day: pure rules on providers built in memory."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import Provider, Qualification
from app.models.provider_rules import QUALIFYING_BASES, availability, qualifies
from app.models.providers import AidService, ProviderBasis, ProviderKind, QualificationBasis

DAY = date(2026, 5, 4)


def _provider(*qualifications: Qualification, services: set[AidService] | None = None, **overrides: object) -> Provider:
    provider = Provider(
        kind=ProviderKind.PERSON,
        name="Mari Tamm FIE",
        basis=ProviderBasis.FIE_BUSINESS_REGISTER,
        price_list_url="https://tamm.example.ee/hinnad",
        contract_valid_from=date(2025, 1, 1),
        contract_valid_to=None,
        active=True,
    )
    for name, value in overrides.items():
        setattr(provider, name, value)
    provider.services = services if services is not None else set(AidService)
    provider.qualifications = list(qualifications)
    return provider


def _evidence(basis: QualificationBasis, valid_until: date | None = None, name: str = "Mari Tamm") -> Qualification:
    return Qualification(specialist_name=name, basis=basis, valid_until=valid_until, checked_on=date(2025, 1, 10))


def test_qualified_provider_may_be_chosen_and_names_its_specialist() -> None:
    provider = _provider(_evidence(QualificationBasis.CLINICAL_PSYCHOLOGIST))

    result = availability(provider, AidService.COUNSELLING, DAY)

    assert result.available
    assert result.reasons == ()
    assert result.qualified_specialists == ("Mari Tamm",)


def test_provider_without_qualifying_evidence_cannot_be_chosen() -> None:
    no_evidence = _provider()
    school_psychologist_only = _provider(_evidence(QualificationBasis.SCHOOL_PSYCHOLOGIST))

    assert availability(no_evidence, AidService.COUNSELLING, DAY).reasons == ("provider.no_qualified_specialist",)
    # A school psychologist may counsel but not give psychotherapy.
    assert availability(school_psychologist_only, AidService.COUNSELLING, DAY).available
    result = availability(school_psychologist_only, AidService.PSYCHOTHERAPY, DAY)
    assert not result.available
    assert result.reasons == ("provider.no_qualified_specialist",)


def test_expired_evidence_takes_the_provider_out_from_the_day_after() -> None:
    provider = _provider(_evidence(QualificationBasis.PSYCHOTHERAPIST, valid_until=date(2026, 5, 3)))

    assert availability(provider, AidService.PSYCHOTHERAPY, date(2026, 5, 3)).available
    result = availability(provider, AidService.PSYCHOTHERAPY, DAY)
    assert result.reasons == ("provider.evidence_expired",)
    assert result.qualified_specialists == ()


def test_one_unexpired_qualification_is_enough() -> None:
    provider = _provider(
        _evidence(QualificationBasis.CLINICAL_PSYCHOLOGIST, valid_until=date(2024, 12, 31)),
        _evidence(QualificationBasis.MASTERS_PSYCHOLOGY, name="Jaan Kask"),
    )

    result = availability(provider, AidService.SUPPORT_GROUP, DAY)

    assert result.available
    assert result.qualified_specialists == ("Jaan Kask",)


def test_contract_period_and_active_flag_decide_too() -> None:
    evidence = _evidence(QualificationBasis.HEALTH_CARE_PROFESSIONAL)
    not_started = _provider(evidence, contract_valid_from=date(2026, 6, 1))
    ended = _provider(evidence, contract_valid_to=date(2026, 4, 30))
    inactive = _provider(evidence, active=False)

    assert availability(not_started, AidService.COUNSELLING, DAY).reasons == ("provider.contract_not_started",)
    assert availability(ended, AidService.COUNSELLING, DAY).reasons == ("provider.contract_expired",)
    assert availability(ended, AidService.COUNSELLING, date(2026, 4, 30)).available
    assert availability(inactive, AidService.COUNSELLING, DAY).reasons == ("provider.inactive",)


def test_a_service_not_offered_is_a_reason_and_all_reasons_are_listed() -> None:
    provider = _provider(
        _evidence(QualificationBasis.COUNSELLING_PSYCHOLOGIST),
        services={AidService.COUNSELLING},
        contract_valid_to=date(2026, 1, 31),
    )

    result = availability(provider, AidService.PSYCHOTHERAPY, DAY)

    assert result.reasons == (
        "provider.contract_expired",
        "provider.no_service",
        "provider.no_qualified_specialist",
    )


@pytest.mark.parametrize("basis", list(QualificationBasis))
def test_every_basis_allows_counselling_and_support_groups_but_only_psychotherapists_psychotherapy(
    basis: QualificationBasis,
) -> None:
    assert qualifies(basis, AidService.COUNSELLING)
    assert qualifies(basis, AidService.SUPPORT_GROUP)
    assert qualifies(basis, AidService.PSYCHOTHERAPY) is (basis is QualificationBasis.PSYCHOTHERAPIST)
    assert set(QUALIFYING_BASES) == set(AidService)
