"""What a notice holds (:class:`NoticeData`) and how its values are written: the part of
``app.services.documents.notice_pdf`` that needs no reportlab (the decisions service builds and hashes notices with it).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app import formats

LANGUAGES = frozenset({"et", "en", "ru"})
SERVICES = frozenset({"counselling", "psychotherapy", "support_group"})
LIMIT_CATEGORIES = frozenset({"standard", "sexually_abused_minor", "trafficking"})
CENT = Decimal("0.01")


@dataclass(frozen=True, kw_only=True)
class NoticeData:
    """Everything printed on one notice. Phones are E.164; ``limit_amount`` in euros, None = until the need ceases."""

    number: str
    issued_on: date
    language: str = "et"
    client_name: str
    client_id_code: str | None = None
    client_birth_date: date | None = None
    client_phone: str | None = None
    client_email: str | None = None
    client_municipality: str | None = None
    case_number: str
    service: str
    limit_category: str
    limit_amount: Decimal | None = None
    end_date: date | None = None
    decision_date: date
    counsellor_name: str
    counsellor_phone: str | None = None
    counsellor_email: str | None = None
    provider_name: str
    provider_registry_code: str | None = None
    provider_email: str | None = None
    provider_phone: str | None = None
    provider_address: str | None = None
    password: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # Canonical values, so that equal notices have equal reprs and so equal document IDs and bytes: a StrEnum
        # member becomes its plain string, 946 and 946.00 the same amount.
        for name in ("language", "service", "limit_category"):
            object.__setattr__(self, name, str(getattr(self, name)))
        if self.limit_amount is not None:
            object.__setattr__(self, "limit_amount", Decimal(self.limit_amount).quantize(CENT, rounding=ROUND_HALF_UP))
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown notice language {self.language!r}")
        if self.service not in SERVICES:
            raise ValueError(f"unknown service {self.service!r}")
        if self.limit_category not in LIMIT_CATEGORIES:
            raise ValueError(f"unknown limit category {self.limit_category!r}")
        if self.limit_category != "standard" and self.limit_amount is not None:
            raise ValueError("only the standard category has a limit amount")
        if self.limit_amount is not None and self.limit_amount <= 0:
            raise ValueError("the limit amount must be positive")
        if self.limit_category == "sexually_abused_minor" and self.end_date is None:
            raise ValueError("a sexually abused minor's notice needs the end date (the 18th birthday)")
        if self.password is not None and not (self.password.isascii() and self.password.isprintable()):
            # RC4 PDF passwords are bytes in PDFDocEncoding; reportlab writes UTF-8 and readers disagree beyond ASCII.
            raise ValueError("the notice password must be printable ASCII")
        if self.password == "":
            raise ValueError("an empty password would not protect the notice")


def notice_sha256(pdf: bytes) -> str:
    """The hex SHA-256 of a rendered notice, stored with the decision to prove which notice was sent."""
    return hashlib.sha256(pdf).hexdigest()


def format_euros(amount: Decimal, language: str) -> str:
    """``946,00 €`` (Estonian and Russian: no-break space between thousands, decimal comma) or ``€946.00`` (English),
    as the screens write it (``app.formats``)."""
    return formats.money(amount.quantize(CENT, rounding=ROUND_HALF_UP), language)


def format_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")
