"""Column helpers shared by the entity modules."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import sqlalchemy as sa


def code_column(enum: type[StrEnum], length: int = 30) -> sa.Enum:
    """A closed vocabulary stored as its plain code (VARCHAR, no native enum, no CHECK).

    New codes then need no migration, and the stored value is the readable code.
    """
    return sa.Enum(enum, native_enum=False, length=length, values_callable=_values, validate_strings=True)


def _values(enum: Any) -> list[str]:
    return [member.value for member in enum]
