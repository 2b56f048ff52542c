"""Who gets trauma-recovery mental-health aid (TTTVT), under which limit, and why: the rules without storage.

Victim Support Act as in force since 1 April 2023 (RT I, 06.01.2023, 1; ``shared/DOMAIN.md``):

- Entitled are victims of a crime or of violence and their family members, and witnesses in criminal proceedings.
- Victims of domestic or sexual violence, and their children, are entitled whether or not criminal proceedings have
  started: no police certificate or proceedings reference is needed. Every other case needs one.
- Limit: one monthly minimum wage at the rate in force on the decision date (a date-ranged table an administrator
  keeps, never a number in code), except:
  - a sexually abused minor: until the need ceases, but not past coming of age (the end date is the 18th birthday);
    a person already 18 on the decision date cannot get this category;
  - a victim of human trafficking: until the need ceases.
- Referrals made before 1 April 2023 continue under the old rules; this program makes decisions under the new ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.models.identity import age_on

NEW_RULES_FROM = date(2023, 4, 1)
AGE_OF_MAJORITY = 18


class PersonRole(StrEnum):
    VICTIM = "victim"
    FAMILY_MEMBER = "family_member"
    WITNESS = "witness"


class Event(StrEnum):
    DOMESTIC_VIOLENCE = "domestic_violence"
    SEXUAL_VIOLENCE = "sexual_violence"
    TRAFFICKING = "trafficking"
    OTHER_OFFENCE = "other_offence"


class LimitCategory(StrEnum):
    STANDARD = "standard"
    SEXUALLY_ABUSED_MINOR = "sexually_abused_minor"
    TRAFFICKING = "trafficking"

    @property
    def unlimited(self) -> bool:
        return self is not LimitCategory.STANDARD


@dataclass(frozen=True)
class Answers:
    """The counsellor's answers to the eligibility questions."""

    role: PersonRole
    event: Event
    reference: str = ""  # police certificate or proceedings number, where needed
    birth_date: date | None = None


@dataclass(frozen=True)
class Assessment:
    """What the rules say: entitled or not, which rule applies (a stable code the UI explains), what is missing."""

    entitled: bool
    rule: str
    missing: tuple[str, ...] = ()
    categories: tuple[LimitCategory, ...] = ()


def needs_reference(answers: Answers) -> bool:
    violence = answers.event in (Event.DOMESTIC_VIOLENCE, Event.SEXUAL_VIOLENCE)
    return not (violence and answers.role in (PersonRole.VICTIM, PersonRole.FAMILY_MEMBER))


def assess(answers: Answers, decision_date: date) -> Assessment:
    """Entitlement and the limit categories open to this person on ``decision_date``."""
    if decision_date < NEW_RULES_FROM:
        return Assessment(False, "rule.before_new_act")
    if answers.role is PersonRole.WITNESS:
        rule = "rule.witness_in_proceedings"
    elif not needs_reference(answers):
        rule = "rule.domestic_or_sexual_violence"
    else:
        rule = "rule.crime_victim_with_reference"
    missing = ("reference",) if needs_reference(answers) and not answers.reference.strip() else ()
    categories = [LimitCategory.STANDARD]
    abused = answers.role is PersonRole.VICTIM and answers.event is Event.SEXUAL_VIOLENCE
    if abused and minor_category_refusal(answers.birth_date, decision_date) is None:
        categories.append(LimitCategory.SEXUALLY_ABUSED_MINOR)
    if answers.role is PersonRole.VICTIM and answers.event is Event.TRAFFICKING:
        categories.append(LimitCategory.TRAFFICKING)
    return Assessment(not missing, rule, missing, tuple(categories))


def coming_of_age(birth_date: date) -> date:
    """The 18th birthday (a 29 February birthday comes of age on 1 March)."""
    try:
        return birth_date.replace(year=birth_date.year + AGE_OF_MAJORITY)
    except ValueError:
        return date(birth_date.year + AGE_OF_MAJORITY, 3, 1)


def minor_category_refusal(birth_date: date | None, decision_date: date) -> str | None:
    """Why the sexually-abused-minor category cannot be used, or None when it can."""
    if birth_date is None:
        return "limit.minor_needs_birth_date"
    if age_on(birth_date, decision_date) >= AGE_OF_MAJORITY:
        return "limit.minor_is_adult"
    return None
