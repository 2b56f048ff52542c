"""Settings kept as ``store_settings`` rows (key → text), declared as a frozen dataclass with its defaults.

The security, backup and desk settings each declare their fields, a key per field and a check that names each bad
value with a reason code; reading and writing is the same for all of them and lives here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from typing import Any, TypeVar

import sqlalchemy as sa

from app.models import StoreSetting
from app.store.db import UnitOfWork

Settings = TypeVar("Settings")


def read_settings(
    uow: UnitOfWork, default: Settings, keys: Mapping[str, str], problems: Callable[[Settings], dict[str, str]]
) -> Settings:
    """The stored values; a value missing, unreadable or refused by ``problems`` reads as its default."""
    stored = dict(
        uow.session.execute(
            sa.select(StoreSetting.key, StoreSetting.value).where(StoreSetting.key.in_(keys.values()))
        ).all()
    )
    values: dict[str, Any] = {}
    for field in fields(default):  # type: ignore[arg-type]
        raw = stored.get(keys[field.name])
        if raw is None:
            continue
        try:
            values[field.name] = type(getattr(default, field.name))(raw)
        except ValueError:
            continue
    settings = replace(default, **values)  # type: ignore[type-var]
    bad = problems(settings)
    return replace(settings, **{name: getattr(default, name) for name in bad}) if bad else settings  # type: ignore[type-var]


def write_settings(uow: UnitOfWork, settings: object, keys: Mapping[str, str]) -> None:
    """Store every field (checked by the caller); flushed, not committed."""
    for field, key in keys.items():
        row = uow.session.get(StoreSetting, key)
        value = str(getattr(settings, field))
        if row is None:
            uow.session.add(StoreSetting(key=key, value=value))
        else:
            row.value = value
    uow.flush()
