"""Two people changed the same record: compare field by field and merge what the user chose.

Shared by the contact service (``app.services.contacts.conflict``) and the provider register
(``app.services.aid.providers``); their inputs are dataclasses, and each names the fields it compares. A form keeps
the values it opened with (the *base*). When its save is refused because the stored version moved on
(:class:`app.errors.StaleRecord`), the service reads the stored record (*theirs*) and compares it with the form's
input (*mine*) through :func:`differences`. Only fields whose two values differ are shown; each comes with a
suggestion: a field only one side changed suggests that side's value, a field both changed suggests mine (the
user's own typing is never dropped without them seeing it). :func:`merge` builds the input to save from the user's
choices; it is saved against the stored version, so a third change in the meantime is caught the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

# A form's input: a dataclass (the contact's ContactInput, the provider's ProviderInput). Which of its fields are
# compared, and what a field taken from theirs brings along, each feature says (app.services.contacts.fields,
# app.services.aid.providers).
Input = TypeVar("Input", bound="DataclassInstance")


class Side(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class Difference:
    field: str
    mine: Any
    theirs: Any
    suggested: Side
    both_changed: bool  # both sides moved away from what the form opened with


def _comparable(name: str, value: Any) -> Any:
    if name in ("topics", "actions", "counties", "languages", "services"):
        return sorted(str(item) for item in value)
    if name in ("fields_of_work", "qualifications"):
        return [item.strip() if isinstance(item, str) else item for item in value]
    if name == "started_at" or name == "callback_due_at":
        return value.replace(second=0, microsecond=0) if value is not None else None
    if isinstance(value, str):
        return value.strip()
    return value


def differences(base: Input, mine: Input, theirs: Input, compared: Sequence[str]) -> list[Difference]:
    """Every compared field whose value in ``mine`` and ``theirs`` differs, in the order of ``compared``."""
    found: list[Difference] = []
    for name in compared:
        values = [_comparable(name, getattr(side, name)) for side in (base, mine, theirs)]
        was, my, their = values
        if my == their:
            continue
        i_changed, they_changed = my != was, their != was
        suggested = Side.THEIRS if they_changed and not i_changed else Side.MINE
        found.append(
            Difference(name, getattr(mine, name), getattr(theirs, name), suggested, i_changed and they_changed)
        )
    return found


def merge(mine: Input, theirs: Input, choices: Mapping[str, Side], followers: Mapping[str, tuple[str, ...]]) -> Input:
    """``mine`` with each field chosen as ``theirs`` taken from theirs, with the fields that follow it."""
    taken: dict[str, Any] = {}
    for chosen, side in choices.items():
        if side is Side.THEIRS:
            along: tuple[str, ...] = followers.get(chosen, ())
            for taking in (chosen, *along):
                taken[taking] = getattr(theirs, taking)
    return replace(mine, **taken)
