"""The register of trauma-recovery mental-health aid providers (TTTVT) and their specialists' qualifications.

A provider is a sole proprietor (FIE) or a person working for a legal person (``person``), or the legal person
itself (``organisation``). SKA checks both the organisation (``ProviderBasis``) and every specialist
(``Qualification``): seed 003's table of person and organisation requirements, DOMAIN.md "Providers".
Which qualification allows which service is decided in :mod:`app.models.provider_rules`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamps, UUIDPrimaryKey
from app.models.columns import code_column
from app.models.enums import Language

NAME_MAX = 200
ADDRESS_MAX = 300
URL_MAX = 500
EMAIL_MAX = 254
FIELD_OF_WORK_MAX = 60
REGISTER_MAX = 200
NUMBER_MAX = 60


class ProviderKind(StrEnum):
    PERSON = "person"  # FIE, or a person working for a legal person
    ORGANISATION = "organisation"


class ProviderBasis(StrEnum):
    """Why the organisation side qualifies (seed 003, "Asutuse nõuded")."""

    FIE_BUSINESS_REGISTER = "fie_business_register"  # FIE in the business register (äriregister)
    PSYCHIATRIC_LICENCE = "psychiatric_licence"  # psychiatric specialist-care licence, Terviseamet
    ARTICLES_OF_ASSOCIATION = "articles_of_association"  # articles name counselling, psychotherapy or support groups


class County(StrEnum):
    """Estonia's 15 counties (maakonnad). Codes are the names in ASCII; labels live in the UI."""

    HARJU = "harju"
    HIIU = "hiiu"
    IDA_VIRU = "ida_viru"
    JOGEVA = "jogeva"
    JARVA = "jarva"
    LAANE = "laane"
    LAANE_VIRU = "laane_viru"
    POLVA = "polva"
    PARNU = "parnu"
    RAPLA = "rapla"
    SAARE = "saare"
    TARTU = "tartu"
    VALGA = "valga"
    VILJANDI = "viljandi"
    VORU = "voru"


class AidService(StrEnum):
    COUNSELLING = "counselling"  # psühholoogiline nõustamine
    PSYCHOTHERAPY = "psychotherapy"
    SUPPORT_GROUP = "support_group"


class QualificationBasis(StrEnum):
    """Why a specialist qualifies (seed 003, "Isikupõhised nõuded", and the 2023 rules)."""

    HEALTH_CARE_PROFESSIONAL = "health_care_professional"  # Terviseamet register
    CLINICAL_PSYCHOLOGIST = "clinical_psychologist"  # kutseregister
    SCHOOL_PSYCHOLOGIST = "school_psychologist"  # kutseregister
    COUNSELLING_PSYCHOLOGIST = "counselling_psychologist"  # kutseregister, psühholoog-nõustaja
    PSYCHOTHERAPIST = "psychotherapist"  # recognised by one of the five associations
    MASTERS_PSYCHOLOGY = "masters_psychology"  # master's degree in psychology (counselling)


class Association(StrEnum):
    """The five associations whose recognition of a psychotherapist SKA accepts."""

    EAP = "eap"  # European Association for Psychotherapy
    EPA = "epa"  # Eesti Psühhoteraapia Assotsiatsioon
    EKKTU = "ekktu"  # Eesti Kognitiivse ja Käitumisteraapia Ühing
    EPS = "eps"  # Eesti Psühhoanalüütiline Selts
    EPTU = "eptu"  # Eesti Pereteraapia Ühing


# Official names (proper nouns, shown as they are); also accepted instead of the code when importing.
ASSOCIATION_NAMES: dict[Association, str] = {
    Association.EAP: "European Association for Psychotherapy",
    Association.EPA: "Eesti Psühhoteraapia Assotsiatsioon",
    Association.EKKTU: "Eesti Kognitiivse ja Käitumisteraapia Ühing",
    Association.EPS: "Eesti Psühhoanalüütiline Selts",
    Association.EPTU: "Eesti Pereteraapia Ühing",
}


class Provider(UUIDPrimaryKey, Timestamps, Base):
    """A contracted provider. Counties, languages, services and fields of work are sets kept in child tables."""

    __tablename__ = "providers"

    kind: Mapped[ProviderKind] = mapped_column(code_column(ProviderKind, 20))
    name: Mapped[str] = mapped_column(sa.String(NAME_MAX), index=True)
    registry_code: Mapped[str | None] = mapped_column(sa.String(8), unique=True)
    basis: Mapped[ProviderBasis] = mapped_column(code_column(ProviderBasis, 30))
    email: Mapped[str | None] = mapped_column(sa.String(EMAIL_MAX))
    phone_e164: Mapped[str | None] = mapped_column(sa.String(20))
    address: Mapped[str | None] = mapped_column(sa.String(ADDRESS_MAX))
    price_list_url: Mapped[str] = mapped_column(sa.String(URL_MAX))
    contract_valid_from: Mapped[date] = mapped_column()
    contract_valid_to: Mapped[date | None] = mapped_column()
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)

    county_rows: Mapped[list[ProviderCounty]] = relationship(cascade="all, delete-orphan")
    language_rows: Mapped[list[ProviderLanguage]] = relationship(cascade="all, delete-orphan")
    service_rows: Mapped[list[ProviderService]] = relationship(cascade="all, delete-orphan")
    field_rows: Mapped[list[ProviderField]] = relationship(cascade="all, delete-orphan")
    qualifications: Mapped[list[Qualification]] = relationship(
        cascade="all, delete-orphan", order_by=lambda: (Qualification.specialist_name, Qualification.basis)
    )

    __mapper_args__ = {"version_id_col": version}

    @property
    def counties(self) -> frozenset[County]:
        return frozenset(row.county for row in self.county_rows)

    @counties.setter
    def counties(self, wanted: Iterable[County]) -> None:
        _sync(self.county_rows, "county", set(wanted), lambda value: ProviderCounty(county=value))

    @property
    def languages(self) -> frozenset[Language]:
        return frozenset(row.language for row in self.language_rows)

    @languages.setter
    def languages(self, wanted: Iterable[Language]) -> None:
        _sync(self.language_rows, "language", set(wanted), lambda value: ProviderLanguage(language=value))

    @property
    def services(self) -> frozenset[AidService]:
        return frozenset(row.service for row in self.service_rows)

    @services.setter
    def services(self, wanted: Iterable[AidService]) -> None:
        _sync(self.service_rows, "service", set(wanted), lambda value: ProviderService(service=value))

    @property
    def fields_of_work(self) -> tuple[str, ...]:
        """Free short tags (``lähisuhtevägivald``, ``lapsed ja noored``, ``lein``), in alphabetical order."""
        return tuple(sorted((row.tag for row in self.field_rows), key=str.casefold))

    @fields_of_work.setter
    def fields_of_work(self, wanted: Iterable[str]) -> None:
        _sync(self.field_rows, "tag", set(wanted), lambda value: ProviderField(tag=value))


def _sync(rows: list[Any], attribute: str, wanted: set[Any], make: Any) -> None:
    """Make the child rows hold exactly ``wanted``, keeping rows that stay (no delete and re-insert of a same key)."""
    present = {getattr(row, attribute) for row in rows}
    for row in [row for row in rows if getattr(row, attribute) not in wanted]:
        rows.remove(row)
    for value in sorted(wanted - present):
        rows.append(make(value))


def _provider_fk() -> Mapped[uuid.UUID]:
    return mapped_column(sa.ForeignKey("providers.id", ondelete="CASCADE"), primary_key=True)


class ProviderCounty(Base):
    __tablename__ = "provider_counties"

    provider_id: Mapped[uuid.UUID] = _provider_fk()
    county: Mapped[County] = mapped_column(code_column(County, 20), primary_key=True)


class ProviderLanguage(Base):
    __tablename__ = "provider_languages"

    provider_id: Mapped[uuid.UUID] = _provider_fk()
    language: Mapped[Language] = mapped_column(code_column(Language, 5), primary_key=True)


class ProviderService(Base):
    __tablename__ = "provider_services"

    provider_id: Mapped[uuid.UUID] = _provider_fk()
    service: Mapped[AidService] = mapped_column(code_column(AidService, 20), primary_key=True)


class ProviderField(Base):
    """A field of work (nõustamisvaldkond) as a free short tag."""

    __tablename__ = "provider_fields"

    provider_id: Mapped[uuid.UUID] = _provider_fk()
    tag: Mapped[str] = mapped_column(sa.String(FIELD_OF_WORK_MAX), primary_key=True)


class Qualification(UUIDPrimaryKey, Base):
    """Evidence that one specialist of the provider qualifies: where it was checked, and when."""

    __tablename__ = "provider_qualifications"

    provider_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("providers.id", ondelete="CASCADE"), index=True)
    specialist_name: Mapped[str] = mapped_column(sa.String(NAME_MAX))
    basis: Mapped[QualificationBasis] = mapped_column(code_column(QualificationBasis, 30))
    # An Association code for a psychotherapist; otherwise the register or issuer as text ("Kutseregister").
    register_or_association: Mapped[str | None] = mapped_column(sa.String(REGISTER_MAX))
    number: Mapped[str | None] = mapped_column(sa.String(NUMBER_MAX))
    valid_until: Mapped[date | None] = mapped_column()
    checked_on: Mapped[date] = mapped_column()
