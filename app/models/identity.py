"""Identifiers of people: Estonian personal ID codes, phone numbers, e-mail addresses.

Each parser returns the normalised value or raises :class:`InvalidValue` with a reason code; the UI turns the code
into a translated sentence next to the field.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

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
    """Validate an Estonian personal ID code (isikukood) with python-stdnum and read what it says.

    The text is normalised first (NFKC): digits typed in full width (an East Asian keyboard layout, a paste from a
    PDF) become the ASCII digits a search types, so the code is stored once, in one form, and found again.
    """
    code = re.sub(r"\s", "", unicodedata.normalize("NFKC", text))
    if not code.isdigit():
        raise InvalidValue("id_code.not_digits")
    if len(code) != 11:
        raise InvalidValue("id_code.length")
    if not code.isascii():  # digits of another script (Arabic-Indic, Devanagari…): no Estonian code is written so
        raise InvalidValue("id_code.invalid")
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
    import phonenumbers  # here and in the two below: ~25 ms that a start does not wait for (issue 13)

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
    import phonenumbers

    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164


EMAIL_MAX = 254


def parse_email(text: str) -> str:
    """An e-mail address as a mail program takes it (``email-validator``: RFC 5321/5322 syntax, internationalised
    names, DNS label rules, no quoted or bracketed forms, no invisible or bidi characters), in its normalised form
    (the domain in lower case). Whether it is delivered is the mail server's business: nothing is looked up."""
    from email_validator import EmailNotValidError, validate_email

    value = text.strip()
    if len(value) > EMAIL_MAX:
        raise InvalidValue("email.invalid")
    try:
        return validate_email(value, check_deliverability=False).normalized
    except (EmailNotValidError, UnicodeError):
        raise InvalidValue("email.invalid") from None


# Control characters other than tab and newline never belong in typed text (PostgreSQL refuses NUL outright), nor
# does a lone surrogate: half of a character, left by a broken paste, which no store can encode (the save crashed).
# Every form's service checks its text with these two (``text.control``).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
ONE_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")  # a name or title: no tab or newline either


def free_text_reason(value: str, limit: int) -> str | None:
    """``text.control`` or ``text.too_long`` for typed free text, or None when it may be stored as typed."""
    if CONTROL_CHARACTERS.search(value):
        return "text.control"
    if len(value.strip()) > limit:
        return "text.too_long"
    return None


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
