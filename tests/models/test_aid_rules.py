from __future__ import annotations

from datetime import date

import pytest

from app.models.aid_rules import (
    Answers,
    Event,
    LimitCategory,
    PersonRole,
    assess,
    coming_of_age,
    minor_category_refusal,
)

DECIDED = date(2026, 4, 1)


@pytest.mark.parametrize("event", [Event.DOMESTIC_VIOLENCE, Event.SEXUAL_VIOLENCE])
@pytest.mark.parametrize("role", [PersonRole.VICTIM, PersonRole.FAMILY_MEMBER])
def test_domestic_and_sexual_violence_need_no_police_reference(role: PersonRole, event: Event) -> None:
    result = assess(Answers(role, event), DECIDED)
    assert result.entitled
    assert result.rule == "rule.domestic_or_sexual_violence"
    assert result.missing == ()


@pytest.mark.parametrize(
    ("role", "event"),
    [
        (PersonRole.VICTIM, Event.OTHER_OFFENCE),
        (PersonRole.VICTIM, Event.TRAFFICKING),
        (PersonRole.FAMILY_MEMBER, Event.OTHER_OFFENCE),
        (PersonRole.WITNESS, Event.DOMESTIC_VIOLENCE),
    ],
)
def test_other_cases_need_the_police_certificate_or_proceedings_reference(role: PersonRole, event: Event) -> None:
    without = assess(Answers(role, event), DECIDED)
    assert not without.entitled
    assert without.missing == ("reference",)
    with_reference = assess(Answers(role, event, reference="Kriminaalasi 23270000123"), DECIDED)
    assert with_reference.entitled


def test_sexually_abused_minor_category_only_before_coming_of_age() -> None:
    child = Answers(PersonRole.VICTIM, Event.SEXUAL_VIOLENCE, birth_date=date(2010, 4, 2))
    assert LimitCategory.SEXUALLY_ABUSED_MINOR in assess(child, DECIDED).categories
    adult = Answers(PersonRole.VICTIM, Event.SEXUAL_VIOLENCE, birth_date=date(2008, 4, 1))  # 18 on the day
    assert LimitCategory.SEXUALLY_ABUSED_MINOR not in assess(adult, DECIDED).categories
    assert minor_category_refusal(date(2008, 4, 1), DECIDED) == "limit.minor_is_adult"
    assert minor_category_refusal(date(2008, 4, 2), DECIDED) is None
    assert minor_category_refusal(None, DECIDED) == "limit.minor_needs_birth_date"


def test_trafficking_victim_may_have_no_limit() -> None:
    answers = Answers(PersonRole.VICTIM, Event.TRAFFICKING, reference="PPA 12345")
    assert assess(answers, DECIDED).categories == (LimitCategory.STANDARD, LimitCategory.TRAFFICKING)


def test_end_date_is_the_eighteenth_birthday() -> None:
    assert coming_of_age(date(2010, 4, 2)) == date(2028, 4, 2)
    assert coming_of_age(date(2012, 2, 29)) == date(2030, 3, 1)


def test_decisions_before_the_new_act_are_not_made_here() -> None:
    result = assess(Answers(PersonRole.VICTIM, Event.DOMESTIC_VIOLENCE), date(2023, 3, 31))
    assert not result.entitled
    assert result.rule == "rule.before_new_act"
