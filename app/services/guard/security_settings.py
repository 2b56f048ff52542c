"""Store-wide security settings: declared once with their defaults, stored as ``store_settings`` rows ``security.*``.

Only an administrator changes them. To add one: a field on :class:`SecuritySettings` with its default, its key in
``_KEYS`` and its check in ``_problems`` (a reason code per field, with a sentence in ``app.ui.kit.messages``).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import FieldErrors
from app.services.actor import SessionUser, require_administrator
from app.services.store_settings import read_settings, write_settings
from app.store.db import UnitOfWork

IDLE_LOCK_MIN, IDLE_LOCK_MAX = 1, 120  # minutes; never 0: the screen always locks when left alone
RETENTION_MIN, RETENTION_MAX = 6, 240  # months; retention cannot be switched off, only set long


@dataclass(frozen=True)
class SecuritySettings:
    idle_lock_minutes: int = 5  # the screen locks after this long without keyboard or mouse input
    # Identified personal data of a case without activity for this long are anonymised (app.services.guard.retention).
    retention_months: int = 60


_KEYS = {
    "idle_lock_minutes": "security.idle_lock_minutes",
    "retention_months": "security.retention_months",
}


def _problems(settings: SecuritySettings) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not IDLE_LOCK_MIN <= settings.idle_lock_minutes <= IDLE_LOCK_MAX:
        errors["idle_lock_minutes"] = "security.idle_range"
    if not RETENTION_MIN <= settings.retention_months <= RETENTION_MAX:
        errors["retention_months"] = "security.retention_range"
    return errors


def security_settings(uow: UnitOfWork) -> SecuritySettings:
    """The stored values; a value missing, unreadable or out of range reads as its default."""
    return read_settings(uow, SecuritySettings(), _KEYS, _problems)


def set_security_settings(uow: UnitOfWork, actor: SessionUser, settings: SecuritySettings) -> None:
    """Administrators only; :class:`FieldErrors` names each value out of range. Commits."""
    require_administrator(actor, "only an administrator changes the security settings")
    errors = _problems(settings)
    if errors:
        raise FieldErrors(errors)
    write_settings(uow, settings, _KEYS)
    uow.commit()
