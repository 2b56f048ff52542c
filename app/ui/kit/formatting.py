"""How numbers, money, dates and times are shown on screen: in the interface language (``app.formats``), local
time on screen, UTC in the store."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from app import formats

LANGUAGES = {QLocale.Language.Estonian: "et", QLocale.Language.Russian: "ru"}


def interface_language() -> str:
    """The language the program was started in (``install_translation`` makes it Qt's default locale)."""
    return LANGUAGES.get(QLocale().language(), "en")


def money(amount: Decimal | float | int) -> str:
    return formats.money(amount, interface_language())


def number(value: int | float | Decimal, places: int | None = None) -> str:
    return formats.number(value, interface_language(), places)


def percent(share: float, places: int = 1) -> str:
    return formats.percent(share, interface_language(), places)


def day(value: date | datetime) -> str:
    return formats.day(value, interface_language())


def day_month(value: date) -> str:
    return formats.day_month(value, interface_language())


def month(value: date) -> str:
    return formats.month(value, interface_language())


def local_datetime(moment: datetime) -> str:
    return formats.day_and_time(moment.astimezone(), interface_language())


def local_date(moment: datetime) -> str:
    return formats.day(moment.astimezone(), interface_language())


def duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours:d}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)
