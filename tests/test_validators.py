"""Properties of the validators behind every form: ID codes, phones, e-mail, provider URLs and registry codes.

Whatever is typed, a validator either gives back a value or raises :class:`InvalidValue` with a reason code that has
a sentence for the user; it never raises anything else. What it gives back is accepted again unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import phonenumbers
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from stdnum.ee import ik, registrikood

from app.models.enums import Sex
from app.models.identity import IdCodeFacts, InvalidValue, free_text_reason, parse_email, parse_id_code, parse_phone
from app.models.user_names import parse_username, skeleton
from app.services import text_search
from app.services.aid.provider_input import check_registry_code, check_url
from app.ui.kit import messages

FALLBACK = "This value cannot be accepted."
TODAY = date.today()
CONTROL = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)]

REASONS: dict[Callable[[str], Any], set[str]] = {
    parse_id_code: {
        "id_code.not_digits",
        "id_code.length",
        "id_code.checksum",
        "id_code.date",
        "id_code.future",
        "id_code.invalid",
    },
    parse_phone: {"phone.empty", "phone.characters", "phone.invalid"},
    parse_email: {"email.invalid"},
    check_url: {"provider.url", "text.too_long"},
    check_registry_code: {"provider.registry_code"},
    parse_username: {"user.username", "user.username_characters", "user.username_mixed_scripts", "user.username_edges"},
}
VALIDATORS = list(REASONS)

# Text a person might type or paste, weighted towards what reaches the validators' inner branches.
typed_text = st.one_of(
    st.text(),
    st.text(alphabet="0123456789 +-()./"),
    st.text(alphabet="0123456789٣٧５²¹ \t\n\x00+-OoЗ"),
    st.text(alphabet="abcõäöüšžжя@.-_+:/?#[]%😢 \x00\x1b", max_size=40),
    st.sampled_from(["' OR 1=1 --", "%s%s%n", "{0}", "\x00", "😢", "Ольга", "http://[::1", "https://a.ee:99999/"]),
    st.text(alphabet='admin.@<>"\ud800\udfff\u200b\u202e\u00adаοＡ１', max_size=20),  # look-alikes, halves
)


def make_id_code(born: date, sex: Sex, serial: int) -> str:
    century = (born.year - 1800) // 100  # 1800s -> 0, 1900s -> 1, 2000s -> 2, 2100s -> 3
    first = century * 2 + (1 if sex is Sex.MALE else 2)
    body = f"{first}{born:%y%m%d}{serial:03d}"
    return body + ik.calc_check_digit(body + "0")


def _outcome(validator: Callable[[str], Any], text: str) -> Any:
    """The validator's result, or the reason it gave; any other exception fails the test here."""
    try:
        return validator(text)
    except InvalidValue as error:
        refused = error
    assert refused.reason in REASONS[validator], (validator.__name__, text, refused.reason)
    return refused


@pytest.mark.parametrize("validator", VALIDATORS, ids=lambda v: v.__name__)
@given(text=typed_text)
@example(text="٣٧٦٠٥٠٣٠٢٩٩")  # Arabic-Indic digits are digits to str.isdigit, not to an ID code
@example(text="mari\x00@example.ee")
@example(text="https://kadri.ee/\x00")
def test_any_text_parses_or_is_refused_with_a_known_reason(validator: Callable[[str], Any], text: str) -> None:
    _outcome(validator, text)


@st.composite
def grouped(draw: st.DrawFn, text: str) -> str:
    """``text`` with spaces where people put them, and around it."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=3)), reverse=True)
    for at in cuts:
        text = text[:at] + " " + text[at:]
    return draw(st.sampled_from(["", " ", "  "])) + text + draw(st.sampled_from(["", " "]))


@st.composite
def valid_typed(draw: st.DrawFn, validator: Callable[[str], Any]) -> str:
    """Text the validator should accept, typed with the usual noise."""
    if validator is parse_id_code:
        born = draw(st.dates(min_value=date(1800, 1, 1), max_value=TODAY))
        return draw(grouped(make_id_code(born, draw(st.sampled_from(list(Sex))), draw(st.integers(0, 999)))))
    if validator is parse_phone:
        national = "5" + draw(st.text(alphabet="0123456789", min_size=7, max_size=7))
        return draw(st.sampled_from([national, "+372" + national, "00372" + national, "５" + national[1:]]))
    if validator is parse_email:
        return " " + draw(local_part).strip(".") + "@" + draw(domain_label) + "." + draw(top_level) + " "
    if validator is check_url:
        return "https://" + draw(domain_label) + ".ee/" + draw(path_text)
    if validator is parse_username:
        return draw(st.sampled_from(["", " "])) + draw(latin_name) + draw(st.sampled_from(["", " "]))
    body = draw(st.sampled_from("1789")) + draw(st.text(alphabet="0123456789", min_size=6, max_size=6))
    return draw(grouped(body + registrikood.calc_check_digit(body + "0")))


@pytest.mark.parametrize("validator", VALIDATORS, ids=lambda v: v.__name__)
@given(data=st.data())
def test_parsing_is_idempotent_on_its_own_output(validator: Callable[[str], Any], data: st.DataObject) -> None:
    text = data.draw(st.one_of(valid_typed(validator), typed_text))
    first = _outcome(validator, text)
    if isinstance(first, InvalidValue):
        return
    value = first.code if isinstance(first, IdCodeFacts) else first
    assert validator(value) == first


def test_every_validator_reason_has_its_own_sentence() -> None:
    reasons = set().union(*REASONS.values())
    assert [reason for reason in sorted(reasons) if messages.field_error(reason) == FALLBACK] == []


# --- ID codes ------------------------------------------------------------------------------------------------------
born_by_now = st.dates(min_value=date(1800, 1, 1), max_value=TODAY)


@given(
    born=born_by_now, sex=st.sampled_from(list(Sex)), serial=st.integers(0, 999), spaces=st.lists(st.integers(0, 11))
)
def test_every_valid_code_gives_its_birth_date_and_sex_back(
    born: date, sex: Sex, serial: int, spaces: list[int]
) -> None:
    code = make_id_code(born, sex, serial)
    typed = code
    for at in sorted(spaces, reverse=True):  # spaces anywhere, as people group digits
        typed = typed[:at] + " " + typed[at:]
    facts = parse_id_code(typed)
    assert (facts.code, facts.birth_date, facts.sex) == (code, born, sex)


@given(
    born=st.dates(min_value=TODAY + timedelta(days=1), max_value=date(2199, 12, 31)),
    sex=st.sampled_from(list(Sex)),
    serial=st.integers(0, 999),
)
def test_a_code_of_someone_not_yet_born_is_refused(born: date, sex: Sex, serial: int) -> None:
    with pytest.raises(InvalidValue) as raised:
        parse_id_code(make_id_code(born, sex, serial))
    assert raised.value.reason == "id_code.future"


@given(born=born_by_now, sex=st.sampled_from(list(Sex)), serial=st.integers(0, 999), at=st.integers(0, 10))
def test_a_letter_anywhere_in_a_code_is_named(born: date, sex: Sex, serial: int, at: int) -> None:
    code = make_id_code(born, sex, serial)
    for letter in ("O", "l", "З", "x"):
        with pytest.raises(InvalidValue) as raised:
            parse_id_code(code[:at] + letter + code[at + 1 :])
        assert raised.value.reason == "id_code.not_digits"


# --- phone numbers -------------------------------------------------------------------------------------------------
@given(digits=st.text(alphabet="0123456789", min_size=7, max_size=8), first=st.sampled_from("5678"))
def test_a_valid_estonian_number_typed_any_usual_way_gives_one_e164(digits: str, first: str) -> None:
    national = first + digits[1:]
    assume(phonenumbers.is_valid_number(phonenumbers.parse(national, "EE")))
    e164 = "+372" + national
    half = len(national) // 2
    for typed in (
        national,
        f"{national[:half]} {national[half:]}",
        f"+372 {national}",
        f"00372 {national[:half]}-{national[half:]}",
        f"(+372) {national}",
        f"  {national}  ",
    ):
        assert parse_phone(typed) == e164


@given(
    national=st.text(alphabet="0123456789", min_size=7, max_size=8),
    bad=st.sampled_from([*(c for c in CONTROL if c.strip()), "a", "😢", "Ж", "'", "%"]),
)
def test_a_phone_with_a_letter_or_control_character_is_refused(national: str, bad: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        parse_phone(national[:3] + bad + national[3:])
    assert raised.value.reason == "phone.characters"


# --- e-mail addresses ----------------------------------------------------------------------------------------------
# An address a mail program takes (RFC 5322 dot-atoms, DNS labels: no dot or hyphen at either end).
local_part = st.from_regex(r"\A[a-zõäöüšž0-9_+-]{1,10}(\.[a-zõäöüšž0-9_+-]{1,10}){0,2}\Z")
domain_label = st.from_regex(r"\A[a-zäö0-9]([a-zäö0-9-]{0,18}[a-zäö0-9])?\Z")
top_level = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=6)


@given(local=local_part, labels=st.lists(domain_label, min_size=1, max_size=3), tld=top_level)
def test_a_plain_address_is_kept_exactly(local: str, labels: list[str], tld: str) -> None:
    address = f"{local}@{'.'.join(labels)}.{tld}"
    assume(not any(label[2:4] == "--" for label in labels))  # "xn--…" and the like are IDNA's own
    assert parse_email(f" {address} ") == address


@given(local=local_part, domain=domain_label, tld=top_level, bad=st.sampled_from(CONTROL), at=st.integers(0, 60))
def test_an_address_with_a_control_character_is_refused(local: str, domain: str, tld: str, bad: str, at: int) -> None:
    address = f"{local}@{domain}.{tld}"
    at = max(1, min(at, len(address) - 1))  # inside: at the ends, the whitespace-like ones are stripped as spaces
    with pytest.raises(InvalidValue):
        parse_email(address[:at] + bad + address[at:])


# Characters that show nothing, or turn the text round, and cannot be told apart on a screen.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"]
INVISIBLE += ["\u2060", "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad", "\ufeff", "\u061c", "\u180e"]
SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)


@given(local=local_part, domain=domain_label, tld=top_level, bad=st.sampled_from([*'<>()[]\\,;:"', " "]))
def test_an_address_with_brackets_quotes_or_a_space_in_its_name_is_refused(
    local: str, domain: str, tld: str, bad: str
) -> None:
    with pytest.raises(InvalidValue):
        parse_email(f"{local}{bad}{local}@{domain}.{tld}")


@given(
    local=local_part,
    domain=domain_label,
    tld=top_level,
    bad=st.one_of(st.sampled_from(INVISIBLE), SURROGATES),
    at=st.integers(0, 60),
)
def test_an_address_with_an_invisible_character_or_half_a_character_is_refused(
    local: str, domain: str, tld: str, bad: str, at: int
) -> None:
    address = f"{local}@{domain}.{tld}"
    at = min(at, len(address))
    with pytest.raises(InvalidValue) as raised:
        parse_email(address[:at] + bad + address[at:])
    assert raised.value.reason == "email.invalid"


# --- free text -------------------------------------------------------------------------------------------------
@given(text=st.text(max_size=40), surrogate=SURROGATES, at=st.integers(0, 40))
def test_free_text_with_half_a_character_is_refused_never_stored(text: str, surrogate: str, at: int) -> None:
    assert free_text_reason(text[:at] + surrogate + text[at:], 1000) == "text.control"


@given(text=st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=40))
def test_free_text_without_control_characters_fits(text: str) -> None:
    assert free_text_reason(text, 1000) is None


# --- ID codes in other digits ----------------------------------------------------------------------------------
@given(born=born_by_now, sex=st.sampled_from(list(Sex)), serial=st.integers(0, 999))
def test_a_code_typed_in_full_width_digits_is_the_code_in_ascii(born: date, sex: Sex, serial: int) -> None:
    code = make_id_code(born, sex, serial)
    wide = "".join(chr(ord(digit) - ord("0") + ord("０")) for digit in code)
    assert parse_id_code(wide).code == code
    assert text_search.interpret(wide[:5] + " " + wide[5:]) == text_search.SearchTerm("id_code", code)


# --- user names ------------------------------------------------------------------------------------------------
latin_name = st.from_regex(r"\A[a-zõäöüšž][a-zõäöüšž0-9]{1,12}([._-][a-z0-9]{1,8})?\Z")
CYRILLIC_LOOKALIKES = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ"}


@given(name=latin_name, bad=st.one_of(st.sampled_from(INVISIBLE), SURROGATES), at=st.integers(0, 30))
def test_a_user_name_with_an_invisible_character_is_refused(name: str, bad: str, at: int) -> None:
    at = min(at, len(name))
    with pytest.raises(InvalidValue) as raised:
        parse_username(name[:at] + bad + name[at:])
    assert raised.value.reason == "user.username_characters"


@given(name=latin_name, data=st.data())
def test_a_latin_user_name_with_a_cyrillic_look_alike_is_refused_and_looks_the_same(
    name: str, data: st.DataObject
) -> None:
    places = [at for at, ch in enumerate(name) if ch in CYRILLIC_LOOKALIKES]
    letters = [ch for ch in name if ch.isalpha()]
    assume(places and len(letters) > 1)
    at = data.draw(st.sampled_from(places))
    spoof = name[:at] + CYRILLIC_LOOKALIKES[name[at]] + name[at + 1 :]
    assert skeleton(spoof) == skeleton(name)
    with pytest.raises(InvalidValue) as raised:
        parse_username(spoof)
    assert raised.value.reason == "user.username_mixed_scripts"


@given(name=latin_name)
def test_a_user_name_in_full_width_is_the_same_name(name: str) -> None:
    wide = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in name.upper())
    assert parse_username(wide) == parse_username(name) == name


# --- provider URLs and registry codes ------------------------------------------------------------------------------
path_text = st.text(alphabet="abcdefghijklmnopqrstuvwxyzõäöü0123456789-_/?=&%.~", max_size=60)


@given(
    scheme=st.sampled_from(["http", "https"]),
    labels=st.lists(domain_label, min_size=1, max_size=3),
    tld=top_level,
    path=path_text,
)
def test_a_web_address_is_kept_exactly(scheme: str, labels: list[str], tld: str, path: str) -> None:
    url = f"{scheme}://{'.'.join(labels)}.{tld}/{path}"
    assert check_url(url) == url


@given(host=domain_label, path=path_text, bad=st.sampled_from([*CONTROL, " ", "\t", "\n"]))
def test_a_web_address_with_a_space_or_control_character_is_refused(host: str, path: str, bad: str) -> None:
    with pytest.raises(InvalidValue) as raised:
        check_url(f"https://{host}.ee/{path}{bad}x")
    assert raised.value.reason == "provider.url"


@given(scheme=st.sampled_from(["ftp", "file", "javascript", "mailto", "data", ""]), host=domain_label)
def test_only_http_and_https_are_price_list_addresses(scheme: str, host: str) -> None:
    with pytest.raises(InvalidValue):
        check_url(f"{scheme}://{host}.ee/hinnad" if scheme else f"{host}.ee/hinnad")


@given(first=st.sampled_from("1789"), rest=st.text(alphabet="0123456789", min_size=6, max_size=6))
def test_every_valid_registry_code_is_accepted_and_a_wrong_check_digit_is_not(first: str, rest: str) -> None:
    body = first + rest
    code = body + registrikood.calc_check_digit(body + "0")
    assert check_registry_code(f" {code[:4]} {code[4:]} ") == code
    for wrong in "0123456789":
        if wrong != code[-1]:
            with pytest.raises(InvalidValue):
                check_registry_code(body + wrong)


# --- the log's search box ------------------------------------------------------------------------------------------
@given(text=typed_text)
def test_the_search_box_takes_any_text_as_something(text: str) -> None:
    term = text_search.interpret(text)
    assert term.kind in {"all", "case", "id_code", "phone", "words"}
    if term.kind == "words":
        assert all(word.isalnum() or "_" in word for word in term.value.split())


@pytest.mark.parametrize(
    ("spoof", "name"),
    [("adrnin", "admin"), ("rnari", "mari"), ("vvilma", "wilma"), ("clora", "dora"), ("c1ara", "dara")],
)
def test_letters_that_together_read_as_another_letter_look_the_same(spoof: str, name: str) -> None:
    """``rn`` passes for ``m``, ``vv`` for ``w``, ``cl`` for ``d`` in most screen fonts (UTS #39's confusables)."""
    assert skeleton(spoof) == skeleton(name)
    assert skeleton("mari") != skeleton("maria")


@pytest.mark.parametrize("name", ["couns1.", ".admin", "_mari", "mari-", "mari@", "liis..", "-"])
def test_a_user_name_begins_and_ends_with_a_letter_or_digit(name: str) -> None:
    """``couns1.`` beside ``couns1``: a dot at the end is easily overlooked in the audit trail."""
    with pytest.raises(InvalidValue) as raised:
        parse_username(name)
    assert raised.value.reason == "user.username_edges"
    assert parse_username("mari.tamm") == "mari.tamm"
    assert parse_username("m") == "m"
