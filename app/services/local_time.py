"""Local time: the line works in Europe/Tallinn (summer time included), whatever zone a computer or server is set to.

The store keeps moments in UTC; days, shifts and the statistics' hours are Tallinn's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ZONE_NAME = "Europe/Tallinn"
TALLINN = ZoneInfo(ZONE_NAME)


def at(day: date, hour: int = 0) -> datetime:
    """The UTC moment of ``hour`` o'clock on a Tallinn calendar day."""
    return datetime.combine(day, time(hour), tzinfo=TALLINN).astimezone(UTC)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC moments a Tallinn calendar day starts and ends."""
    return at(day), at(day + timedelta(days=1))


def local(moment: datetime) -> datetime:
    """The moment as a Tallinn clock shows it."""
    return moment.astimezone(TALLINN)


def local_date(moment: datetime) -> date:
    """The Tallinn calendar day a moment falls on."""
    return moment.astimezone(TALLINN).date()
