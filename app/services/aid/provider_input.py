"""What the administrator types about a provider, checked and normalised before anything is stored.

:func:`validate_provider` is shared by the form (``app.services.aid.providers``) and the CSV import
(``app.services.documents.provider_csv``), so a row of a file is held to exactly the rules of the form. Bad input raises
:class:`FieldErrors` mapping a field (``registry_code``, ``qualifications.1.number``) to a reason code
(``provider.registry_code``, ``qualification.number``) that the UI translates.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar
from urllib.parse import urlsplit

from stdnum import exceptions as stdnum_errors
from stdnum.ee import registrikood

from app.errors import FieldErrors
from app.models.enums import Language
from app.models.identity import CONTROL_CHARACTERS, InvalidValue, parse_email, parse_phone
from app.models.provider_rules import REGISTER_BASES
from app.models.providers import (
    ADDRESS_MAX,
    ASSOCIATION_NAMES,
    FIELD_OF_WORK_MAX,
    NAME_MAX,
    NUMBER_MAX,
    REGISTER_MAX,
    URL_MAX,
    AidService,
    Association,
    County,
    ProviderBasis,
    ProviderKind,
    QualificationBasis,
)


@dataclass(frozen=True)
class QualificationInput:
    """One specialist's evidence as typed. Codes may be given as the enum or its plain string."""

    specialist_name: str
    basis: str
    register_or_association: str = ""
    number: str = ""
    valid_until: date | None = None
    checked_on: date | None = None


@dataclass(frozen=True)
class ProviderInput:
    """A provider as typed in the form or read from a CSV row; checked by :func:`validate_provider`."""

    kind: str
    name: str
    basis: str
    price_list_url: str
    contract_valid_from: date | None
    contract_valid_to: date | None = None
    registry_code: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    counties: Collection[str] = ()
    languages: Collection[str] = ()
    services: Collection[str] = ()
    fields_of_work: Collection[str] = ()
    active: bool = True
    qualifications: Sequence[QualificationInput] = ()


@dataclass(frozen=True)
class QualificationView:
    id: uuid.UUID | None
    specialist_name: str
    basis: QualificationBasis
    register_or_association: str | None
    number: str | None
    valid_until: date | None
    checked_on: date


@dataclass(frozen=True)
class ProviderView:
    """A provider as the administrator's list and form see it (``id`` and ``version`` are None before saving)."""

    id: uuid.UUID | None
    version: int | None
    kind: ProviderKind
    name: str
    registry_code: str | None
    basis: ProviderBasis
    email: str | None
    phone: str | None  # E.164
    address: str | None
    price_list_url: str
    contract_valid_from: date
    contract_valid_to: date | None
    active: bool
    counties: tuple[County, ...]
    languages: tuple[Language, ...]
    services: tuple[AidService, ...]
    fields_of_work: tuple[str, ...]
    qualifications: tuple[QualificationView, ...] = field(default=())

    def as_input(self) -> ProviderInput:
        """The form's starting values when the administrator edits this provider."""
        return ProviderInput(
            kind=self.kind,
            name=self.name,
            basis=self.basis,
            price_list_url=self.price_list_url,
            contract_valid_from=self.contract_valid_from,
            contract_valid_to=self.contract_valid_to,
            registry_code=self.registry_code or "",
            email=self.email or "",
            phone=self.phone or "",
            address=self.address or "",
            counties=self.counties,
            languages=self.languages,
            services=self.services,
            fields_of_work=self.fields_of_work,
            active=self.active,
            qualifications=tuple(
                QualificationInput(
                    q.specialist_name,
                    q.basis,
                    q.register_or_association or "",
                    q.number or "",
                    q.valid_until,
                    q.checked_on,
                )
                for q in self.qualifications
            ),
        )


_Set = TypeVar("_Set", County, Language, AidService)
_Code = TypeVar("_Code", ProviderKind, ProviderBasis, County, Language, AidService, QualificationBasis)


def ordered(enum: type[_Set], values: Collection[_Set]) -> tuple[_Set, ...]:
    return tuple(member for member in enum if member in values)


# Control characters other than whitespace never belong in typed text (PostgreSQL refuses NUL outright).
_CONTROL = CONTROL_CHARACTERS  # and lone surrogates (app.models.identity)


def _spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _text_reason(raw: str, cleaned: str, limit: int) -> str | None:
    """``text.control`` or ``text.too_long`` for free text, or None when it fits."""
    if _CONTROL.search(raw):
        return "text.control"
    if len(cleaned) > limit:
        return "text.too_long"
    return None


def _code(enum: type[_Code], value: str) -> _Code | None:
    try:
        return enum(value.strip().lower())
    except ValueError:
        return None


def check_registry_code(text: str) -> str:
    """An Estonian registry code (registrikood) checked with python-stdnum, or :class:`InvalidValue`."""
    try:
        return str(registrikood.validate(text))
    except stdnum_errors.ValidationError:
        raise InvalidValue("provider.registry_code") from None


def check_url(text: str) -> str:
    """The price-list address: an absolute http(s) URL with a host name."""
    value = text.strip()
    if len(value) > URL_MAX:
        raise InvalidValue("text.too_long")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise InvalidValue("provider.url") from None
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or "." not in host or re.search(r"[\s\x00-\x1f\x7f]", value):
        raise InvalidValue("provider.url")
    return value


def _association(text: str) -> Association | None:
    wanted = _spaces(text).casefold()
    for association, name in ASSOCIATION_NAMES.items():
        if wanted in (association.value, name.casefold()):
            return association
    return None


def _validate_qualification(
    index: int, data: QualificationInput, today: date, errors: dict[str, str]
) -> QualificationView:
    def fail(name: str, reason: str) -> None:
        errors.setdefault(f"qualifications.{index}.{name}", reason)

    name = _spaces(data.specialist_name)
    if not name:
        fail("specialist_name", "qualification.specialist_name")
    elif reason := _text_reason(data.specialist_name, name, NAME_MAX):
        fail("specialist_name", reason)
    basis = _code(QualificationBasis, str(data.basis))
    if basis is None:
        fail("basis", "qualification.basis")
    register: str | None = _spaces(data.register_or_association) or None
    if reason := _text_reason(data.register_or_association, register or "", REGISTER_MAX):
        fail("register_or_association", reason)
    elif basis is QualificationBasis.PSYCHOTHERAPIST:
        association = _association(register or "")
        if association is None:
            fail("register_or_association", "qualification.association")
        register = association
    number = _spaces(data.number) or None
    if reason := _text_reason(data.number, number or "", NUMBER_MAX):
        fail("number", reason)
    elif number is None and basis in REGISTER_BASES:
        fail("number", "qualification.number")
    if data.checked_on is None or data.checked_on > today:
        fail("checked_on", "qualification.checked_on")
    return QualificationView(
        None,
        name,
        basis or QualificationBasis.MASTERS_PSYCHOLOGY,
        register,
        number,
        data.valid_until,
        data.checked_on or today,
    )


def validate_provider(data: ProviderInput, *, today: date | None = None) -> ProviderView:
    """Every field of ``data`` checked and normalised, or :class:`FieldErrors` with a reason code per bad field.

    Uniqueness of the registry code needs the store and is checked when saving.
    """
    today = today or date.today()
    errors: dict[str, str] = {}
    kind = _code(ProviderKind, str(data.kind))
    if kind is None:
        errors["kind"] = "provider.kind"
    name = _spaces(data.name)
    if not name:
        errors["name"] = "provider.name"
    elif reason := _text_reason(data.name, name, NAME_MAX):
        errors["name"] = reason
    registry_code: str | None = None
    if data.registry_code.strip():
        try:
            registry_code = check_registry_code(data.registry_code)
        except InvalidValue as error:
            errors["registry_code"] = error.reason
    elif kind is ProviderKind.ORGANISATION:
        errors["registry_code"] = "provider.registry_code_required"
    basis = _code(ProviderBasis, str(data.basis))
    if basis is None or (kind is ProviderKind.ORGANISATION and basis is ProviderBasis.FIE_BUSINESS_REGISTER):
        errors["basis"] = "provider.basis"
    email = phone = None
    if data.email.strip():
        try:
            email = parse_email(data.email)
        except InvalidValue:
            errors["email"] = "provider.email"
    if data.phone.strip():
        try:
            phone = parse_phone(data.phone)
        except InvalidValue:
            errors["phone"] = "provider.phone"
    address = _spaces(data.address) or None
    if reason := _text_reason(data.address, address or "", ADDRESS_MAX):
        errors["address"] = "provider.address" if reason == "text.too_long" else reason
    url = ""
    try:
        url = check_url(data.price_list_url)
    except InvalidValue as error:
        errors["price_list_url"] = error.reason
    if data.contract_valid_from is None:
        errors["contract_valid_from"] = "provider.contract_from"
    elif data.contract_valid_to is not None and data.contract_valid_to < data.contract_valid_from:
        errors["contract_valid_to"] = "provider.contract_order"

    counties = {_code(County, str(value)) for value in data.counties}
    if None in counties:
        errors["counties"] = "provider.county"
    languages = {_code(Language, str(value)) for value in data.languages}
    if None in languages:
        errors["languages"] = "provider.language"
    services = {_code(AidService, str(value)) for value in data.services}
    if None in services:
        errors["services"] = "provider.service"
    elif not services:
        errors["services"] = "provider.services_empty"
    fields: dict[str, str] = {}
    for raw in data.fields_of_work:
        tag = _spaces(raw)
        if reason := _text_reason(raw, tag, FIELD_OF_WORK_MAX):
            errors["fields_of_work"] = "provider.field_of_work" if reason == "text.too_long" else reason
        elif tag:
            fields.setdefault(tag.casefold(), tag)

    qualifications = [_validate_qualification(i, q, today, errors) for i, q in enumerate(data.qualifications)]
    seen: set[tuple[str, QualificationBasis]] = set()
    for index, qualification in enumerate(qualifications):
        key = (qualification.specialist_name.casefold(), qualification.basis)
        if key in seen:
            errors.setdefault(f"qualifications.{index}.basis", "qualification.duplicate")
        seen.add(key)
    if errors:
        raise FieldErrors(errors)
    assert kind is not None
    assert basis is not None
    assert data.contract_valid_from is not None
    return ProviderView(
        id=None,
        version=None,
        kind=kind,
        name=name,
        registry_code=registry_code,
        basis=basis,
        email=email,
        phone=phone,
        address=address,
        price_list_url=url,
        contract_valid_from=data.contract_valid_from,
        contract_valid_to=data.contract_valid_to,
        active=data.active,
        counties=ordered(County, {c for c in counties if c is not None}),
        languages=ordered(Language, {c for c in languages if c is not None}),
        services=ordered(AidService, {c for c in services if c is not None}),
        fields_of_work=tuple(sorted(fields.values(), key=str.casefold)),
        qualifications=tuple(qualifications),
    )
