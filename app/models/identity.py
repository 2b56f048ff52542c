"""Identifiers of people: Estonian personal ID codes, phone numbers, e-mail addresses.

Each parser returns the normalised value or raises :class:`InvalidValue` with a reason code; the UI turns the code
into a translated sentence next to the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import phonenumbers
from stdnum import exceptions as stdnum_errors
from stdnum.ee import ik

from app.models.enums import Sex

DEFAULT_REGION = "EE"


class InvalidValue(ValueError):
    """A value the user typed cannot be accepted; ``reason`` is a stable code such as ``id_code.checksum``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class IdCodeFacts:
    code: str
    birth_date: date
    sex: Sex


def parse_id_code(text: str) -> IdCodeFacts:
    """Validate an Estonian personal ID code (isikukood) with python-stdnum and read what it says."""
    code = re.sub(r"\s", "", text)
    if not code.isdigit():
        raise InvalidValue("id_code.not_digits")
    if len(code) != 11:
        raise InvalidValue("id_code.length")
    try:
        ik.validate(code)
    except stdnum_errors.InvalidChecksum:
        raise InvalidValue("id_code.checksum") from None
    except stdnum_errors.InvalidComponent:
        raise InvalidValue("id_code.date") from None
    except stdnum_errors.ValidationError:
        raise InvalidValue("id_code.invalid") from None
    birth = ik.get_birth_date(code)
    if birth > date.today():
        raise InvalidValue("id_code.future")
    sex = Sex.MALE if int(code[0]) % 2 == 1 else Sex.FEMALE
    return IdCodeFacts(code=code, birth_date=birth, sex=sex)


def parse_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """A phone number typed any usual way (``5123 4567``, ``+372 5123 4567``, ``00372…``) in E.164."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidValue("phone.empty")
    if re.search(r"[^\d\s()+\-./]", cleaned):
        raise InvalidValue("phone.characters")
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        raise InvalidValue("phone.invalid") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidValue("phone.invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """E.164 shown the way people read it (``+372 5123 4567``)."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164


# Deliberately simple: one @, a dot in the domain, no spaces or control characters. Deliverability is the mail
# server's business.
_EMAIL = re.compile(r"^[^@\s\x00-\x1f\x7f]{1,64}@[^@\s\x00-\x1f\x7f]+\.[^@\s.\x00-\x1f\x7f]{2,}$")


def parse_email(text: str) -> str:
    value = text.strip()
    if len(value) > 254 or not _EMAIL.match(value) or ".." in value:
        raise InvalidValue("email.invalid")
    return value


# Control characters other than tab and newline never belong in typed text (PostgreSQL refuses NUL outright).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def free_text_reason(value: str, limit: int) -> str | None:
    """``text.control`` or ``text.too_long`` for typed free text, or None when it may be stored as typed."""
    if CONTROL_CHARACTERS.search(value):
        return "text.control"
    if len(value.strip()) > limit:
        return "text.too_long"
    return None


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
