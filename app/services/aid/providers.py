"""The provider register: the administrator keeps it, counsellors choose from it.

Writes are for administrators only (:class:`NotAllowed` otherwise). Input is validated as a whole
(:func:`app.services.aid.provider_input.validate_provider`) before anything is written; bad input raises
:class:`FieldErrors`. Like the other administration services these flush but do not commit: the caller's unit of
work commits.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from app.errors import FieldErrors, StaleRecord
from app.models import Provider, ProviderCounty, ProviderLanguage, Qualification
from app.models.base import utcnow
from app.models.enums import Language
from app.models.provider_rules import Availability, availability
from app.models.providers import AidService, County, ProviderKind
from app.services import conflicts
from app.services.actor import SessionUser, require_administrator
from app.services.aid.provider_input import (
    ProviderInput,
    ProviderView,
    QualificationInput,
    QualificationView,
    ordered,
    validate_provider,
)
from app.services.conflicts import Difference, Side
from app.store.db import UnitOfWork

__all__ = [
    "ProviderChoice",
    "ProviderInput",
    "ProviderView",
    "QualificationInput",
    "QualificationView",
    "choices",
    "create_provider",
    "deactivate",
    "get_provider",
    "list_providers",
    "set_active",
    "update_provider",
    "validate_provider",
]


def require_admin(actor: SessionUser) -> None:
    require_administrator(actor, "only an administrator keeps the provider register")


def loaded_query() -> sa.Select[Provider]:
    return sa.select(Provider).options(
        selectinload(Provider.county_rows),
        selectinload(Provider.language_rows),
        selectinload(Provider.service_rows),
        selectinload(Provider.field_rows),
        selectinload(Provider.qualifications),
    )


def view_of(provider: Provider) -> ProviderView:
    return ProviderView(
        id=provider.id,
        version=provider.version,
        kind=provider.kind,
        name=provider.name,
        registry_code=provider.registry_code,
        basis=provider.basis,
        email=provider.email,
        phone=provider.phone_e164,
        address=provider.address,
        price_list_url=provider.price_list_url,
        contract_valid_from=provider.contract_valid_from,
        contract_valid_to=provider.contract_valid_to,
        active=provider.active,
        counties=ordered(County, provider.counties),
        languages=ordered(Language, provider.languages),
        services=ordered(AidService, provider.services),
        fields_of_work=provider.fields_of_work,
        qualifications=tuple(
            QualificationView(
                q.id, q.specialist_name, q.basis, q.register_or_association, q.number, q.valid_until, q.checked_on
            )
            for q in provider.qualifications
        ),
    )


def registry_code_owner(uow: UnitOfWork, registry_code: str) -> uuid.UUID | None:
    return uow.session.scalar(sa.select(Provider.id).where(Provider.registry_code == registry_code))


def write(uow: UnitOfWork, provider: Provider, clean: ProviderView) -> None:
    """Copy a validated provider onto ``provider``; its qualifications replace the old ones."""
    provider.kind = clean.kind
    provider.name = clean.name
    provider.registry_code = clean.registry_code
    provider.basis = clean.basis
    provider.email = clean.email
    provider.phone_e164 = clean.phone
    provider.address = clean.address
    provider.price_list_url = clean.price_list_url
    provider.contract_valid_from = clean.contract_valid_from
    provider.contract_valid_to = clean.contract_valid_to
    provider.active = clean.active
    provider.counties = clean.counties
    provider.languages = clean.languages
    provider.services = clean.services
    provider.fields_of_work = clean.fields_of_work
    provider.qualifications = [
        Qualification(
            specialist_name=q.specialist_name,
            basis=q.basis,
            register_or_association=q.register_or_association,
            number=q.number,
            valid_until=q.valid_until,
            checked_on=q.checked_on,
        )
        for q in clean.qualifications
    ]
    provider.updated_at = utcnow()  # child-only edits still bump the version, so other editors see them
    uow.session.add(provider)


def create_provider(
    uow: UnitOfWork, actor: SessionUser, data: ProviderInput, *, today: date | None = None
) -> ProviderView:
    require_admin(actor)
    clean = validate_provider(data, today=today)
    if clean.registry_code and registry_code_owner(uow, clean.registry_code) is not None:
        raise FieldErrors({"registry_code": "provider.registry_code_taken"})
    provider = Provider()
    write(uow, provider, clean)
    uow.commit()
    return view_of(provider)


def update_provider(
    uow: UnitOfWork,
    actor: SessionUser,
    provider_id: uuid.UUID,
    data: ProviderInput,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> ProviderView:
    """Save the form over the stored provider; :class:`StaleRecord` if someone saved it since ``expected_version``."""
    require_admin(actor)
    clean = validate_provider(data, today=today)
    provider = uow.session.scalar(loaded_query().where(Provider.id == provider_id))
    if provider is None:
        raise StaleRecord("the provider no longer exists")
    if expected_version is not None and provider.version != expected_version:
        raise StaleRecord("the provider was changed elsewhere")
    if clean.registry_code and registry_code_owner(uow, clean.registry_code) not in (None, provider_id):
        raise FieldErrors({"registry_code": "provider.registry_code_taken"})
    write(uow, provider, clean)
    uow.commit()
    return view_of(provider)


def set_active(uow: UnitOfWork, actor: SessionUser, provider_id: uuid.UUID, active: bool) -> None:
    """A deactivated provider is no longer offered to counsellors; its record and evidence stay."""
    require_admin(actor)
    provider = uow.session.get(Provider, provider_id)
    if provider is None:
        raise StaleRecord("the provider no longer exists")
    provider.active = active
    uow.commit()


def deactivate(uow: UnitOfWork, actor: SessionUser, provider_id: uuid.UUID) -> None:
    set_active(uow, actor, provider_id, False)


def list_providers(uow: UnitOfWork, actor: SessionUser) -> list[ProviderView]:
    """The whole register for the administrator: active providers first, then by name."""
    require_admin(actor)
    providers = uow.session.scalars(loaded_query().order_by(Provider.active.desc(), Provider.name, Provider.id))
    return [view_of(provider) for provider in providers]


def get_provider(uow: UnitOfWork, actor: SessionUser, provider_id: uuid.UUID) -> ProviderView:
    require_admin(actor)
    provider = uow.session.scalar(loaded_query().where(Provider.id == provider_id))
    if provider is None:
        raise StaleRecord("the provider no longer exists")
    return view_of(provider)


# --- another administrator saved the provider meanwhile ------------------------------------------------------------
COMPARED = tuple(field.name for field in fields(ProviderInput))  # a conflict compares every field of the editor


class ProviderConflict(StaleRecord):
    """The provider changed since the editor opened it and differs from the input, field by field (``found``, with
    the side suggested); nothing was saved. ``mine`` is the input as it would be stored, ``theirs`` the provider now."""

    def __init__(self, mine: ProviderInput, theirs: ProviderView, found: list[Difference]) -> None:
        super().__init__("the provider was changed elsewhere")
        self.mine, self.theirs, self.found = mine, theirs, found


def update_opened(
    uow: UnitOfWork,
    actor: SessionUser,
    provider_id: uuid.UUID,
    data: ProviderInput,
    *,
    base: ProviderInput,
    expected_version: int | None,
    today: date | None = None,
) -> ProviderView:
    """The editor's save (:func:`update_provider`) of the provider it opened as ``base``. Saved by someone else
    meanwhile: the stored provider is compared with the input field by field; if nothing differs the input is saved
    over their version, otherwise :class:`ProviderConflict` says what differs and nothing is saved. Commits."""
    try:
        return update_provider(uow, actor, provider_id, data, expected_version=expected_version, today=today)
    except StaleRecord:
        uow.session.rollback()
    theirs = get_provider(uow, actor, provider_id)  # gone: StaleRecord
    mine = data
    with contextlib.suppress(FieldErrors):  # compared as stored (an association typed by name is kept as its code)
        mine = validate_provider(data, today=today).as_input()
    found = conflicts.differences(base, mine, theirs.as_input(), COMPARED)
    if found:
        raise ProviderConflict(mine, theirs, found)
    return update_opened(
        uow, actor, provider_id, data, base=theirs.as_input(), expected_version=theirs.version, today=today
    )


def merged(conflict: ProviderConflict, choices: Mapping[str, Side]) -> ProviderInput:
    """The input with each field the user chose as theirs taken from the stored provider."""
    return conflicts.merge(conflict.mine, conflict.theirs.as_input(), choices, {})


@dataclass(frozen=True)
class ProviderChoice:
    """A provider as the counsellor and client see it when choosing; ``availability`` says whether and why not."""

    id: uuid.UUID
    name: str
    kind: ProviderKind
    availability: Availability
    counties: tuple[County, ...]
    languages: tuple[Language, ...]
    services: tuple[AidService, ...]
    fields_of_work: tuple[str, ...]
    price_list_url: str
    email: str | None
    phone: str | None
    address: str | None

    @property
    def available(self) -> bool:
        return self.availability.available


def choices(
    uow: UnitOfWork,
    service: AidService,
    on: date,
    county: County | None = None,
    language: Language | None = None,
) -> list[ProviderChoice]:
    """Every active provider serving ``county`` in ``language`` (when given): those who may be chosen for ``service``
    on ``on`` first, then the others with their reasons, each group by name."""
    query = loaded_query().where(Provider.active.is_(True))
    if county is not None:
        query = query.where(Provider.county_rows.any(ProviderCounty.county == county))
    if language is not None:
        query = query.where(Provider.language_rows.any(ProviderLanguage.language == language))
    found = []
    for provider in uow.session.scalars(query):
        view = view_of(provider)
        found.append(
            ProviderChoice(
                id=provider.id,
                name=provider.name,
                kind=provider.kind,
                availability=availability(provider, service, on),
                counties=view.counties,
                languages=view.languages,
                services=view.services,
                fields_of_work=view.fields_of_work,
                price_list_url=provider.price_list_url,
                email=provider.email,
                phone=provider.phone_e164,
                address=provider.address,
            )
        )
    return sorted(found, key=lambda choice: (not choice.available, choice.name.casefold(), str(choice.id)))
