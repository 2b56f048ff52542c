from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.ee import ik

from app.models.enums import Sex
from app.models.identity import InvalidValue, format_phone, parse_email, parse_id_code, parse_phone

birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31))


def make_code(born: date, sex: Sex, serial: int) -> str:
    century = (born.year - 1800) // 100  # 1800s -> 0, 1900s -> 1, 2000s -> 2
    first = century * 2 + (1 if sex is Sex.MALE else 2)
    body = f"{first}{born:%y%m%d}{serial:03d}"
    return body + ik.calc_check_digit(body + "0")


@given(born=birth_dates, sex=st.sampled_from(list(Sex)), serial=st.integers(0, 999))
def test_every_valid_code_gives_its_birth_date_and_sex(born: date, sex: Sex, serial: int) -> None:
    facts = parse_id_code(make_code(born, sex, serial))
    assert facts.birth_date == born
    assert facts.sex is sex


@given(born=birth_dates, sex=st.sampled_from(list(Sex)), serial=st.integers(0, 999), wrong=st.integers(1, 9))
def test_a_wrong_check_digit_is_named(born: date, sex: Sex, serial: int, wrong: int) -> None:
    code = make_code(born, sex, serial)
    bad = code[:-1] + str((int(code[-1]) + wrong) % 10)
    with pytest.raises(InvalidValue) as raised:
        parse_id_code(bad)
    assert raised.value.reason == "id_code.checksum"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("3760503029", "id_code.length"),
        ("376050302999", "id_code.length"),
        ("3760503029x", "id_code.not_digits"),
        ("37613030299", "id_code.date"),  # month 13
        ("", "id_code.not_digits"),
    ],
)
def test_bad_codes_are_refused_with_a_reason(typed: str, reason: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        parse_id_code(typed)
    assert raised.value.reason == reason


@pytest.mark.parametrize("typed", ["51234567", "5123 4567", "+372 5123 4567", "00372 5123-4567", "(+372) 51234567"])
def test_phone_typed_any_usual_way_is_stored_in_e164(typed: str) -> None:
    assert parse_phone(typed) == "+37251234567"
    assert format_phone("+37251234567") == "+372 5123 4567"


@pytest.mark.parametrize(
    ("typed", "reason"), [("12", "phone.invalid"), ("5123 456a", "phone.characters"), (" ", "phone.empty")]
)
def test_bad_phones_are_refused(typed: str, reason: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        parse_phone(typed)
    assert raised.value.reason == reason


@pytest.mark.parametrize("typed", ["mari@", "mari@example", "mari example@x.ee", "a@b..ee", "@x.ee"])
def test_bad_emails_are_refused(typed: str) -> None:
    with pytest.raises(InvalidValue):
        parse_email(typed)
