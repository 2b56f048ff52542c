"""Who may be chosen for trauma-recovery mental-health aid on a given day: pure rules, no storage, no screen.

DOMAIN.md ("Trauma-recovery mental-health aid", "Providers") and seed 003: SKA pays only for services given by a
specialist who meets the training requirements: a health-care professional in the Terviseamet register, a clinical
or school psychologist in the professional register (kutseregister), or a psychotherapist recognised by one of five
associations; under the 2023 rules also a psychologist-counsellor (psühholoog-nõustaja) or a master's degree in
psychology (counselling). Psychotherapy needs a base qualification plus psychotherapy training; the associations'
recognition stands for both, so it is the one basis accepted for psychotherapy here.

========================  ===========  =============  =============
Qualification basis       counselling  psychotherapy  support group
========================  ===========  =============  =============
health_care_professional  yes          no             yes
clinical_psychologist     yes          no             yes
school_psychologist       yes          no             yes
counselling_psychologist  yes          no             yes
psychotherapist           yes          yes            yes
masters_psychology        yes          no             yes
========================  ===========  =============  =============

A support group is psychological aid given to several people at once, so it asks for the same people as counselling.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from app.models.providers import AidService, Provider, Qualification, QualificationBasis

_COUNSELLING_BASES = frozenset(QualificationBasis)

QUALIFYING_BASES: Mapping[AidService, frozenset[QualificationBasis]] = {
    AidService.COUNSELLING: _COUNSELLING_BASES,
    AidService.PSYCHOTHERAPY: frozenset({QualificationBasis.PSYCHOTHERAPIST}),
    AidService.SUPPORT_GROUP: _COUNSELLING_BASES,
}

# Evidence read from a public register has a registration or certificate number, which the administrator records.
REGISTER_BASES = frozenset(
    {
        QualificationBasis.HEALTH_CARE_PROFESSIONAL,
        QualificationBasis.CLINICAL_PSYCHOLOGIST,
        QualificationBasis.SCHOOL_PSYCHOLOGIST,
        QualificationBasis.COUNSELLING_PSYCHOLOGIST,
    }
)

# Stable reason codes, in the order they are reported; the UI translates them.
INACTIVE = "provider.inactive"
CONTRACT_NOT_STARTED = "provider.contract_not_started"
CONTRACT_EXPIRED = "provider.contract_expired"
NO_SERVICE = "provider.no_service"
NO_QUALIFIED_SPECIALIST = "provider.no_qualified_specialist"
EVIDENCE_EXPIRED = "provider.evidence_expired"


@dataclass(frozen=True)
class Availability:
    """Whether a provider may be chosen for a service on a day; if not, every reason that keeps it out."""

    reasons: tuple[str, ...] = ()
    qualified_specialists: tuple[str, ...] = ()  # who gives the service, by evidence valid on the day

    @property
    def available(self) -> bool:
        return not self.reasons


def qualifies(basis: QualificationBasis, service: AidService) -> bool:
    return basis in QUALIFYING_BASES[service]


def evidence_valid_on(qualification: Qualification, on: date) -> bool:
    """Evidence without an end date stays valid; one with an end date is valid through that day."""
    return qualification.valid_until is None or qualification.valid_until >= on


def qualified_specialists(qualifications: Iterable[Qualification], service: AidService, on: date) -> tuple[str, ...]:
    names = {q.specialist_name for q in qualifications if qualifies(q.basis, service) and evidence_valid_on(q, on)}
    return tuple(sorted(names, key=str.casefold))


def availability(provider: Provider, service: AidService, on: date) -> Availability:
    """May the counsellor choose ``provider`` for ``service`` on the day ``on``? All reasons are listed, in order."""
    reasons: list[str] = []
    if not provider.active:
        reasons.append(INACTIVE)
    if on < provider.contract_valid_from:
        reasons.append(CONTRACT_NOT_STARTED)
    if provider.contract_valid_to is not None and on > provider.contract_valid_to:
        reasons.append(CONTRACT_EXPIRED)
    if service not in provider.services:
        reasons.append(NO_SERVICE)
    relevant = [q for q in provider.qualifications if qualifies(q.basis, service)]
    specialists = qualified_specialists(relevant, service, on)
    if not relevant:
        reasons.append(NO_QUALIFIED_SPECIALIST)
    elif not specialists:
        reasons.append(EVIDENCE_EXPIRED)
    return Availability(tuple(reasons), specialists)
