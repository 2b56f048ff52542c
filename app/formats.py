"""How numbers, money and dates are written in each interface language: the one place, from CLDR (babel).

Screens reach it through ``app.ui.kit.formatting`` (which knows the interface language); documents and exports made by
the services call it with the language they are written in. English is written as in Ireland (euro sign before the
amount, day before month), since the program is used in Estonia.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent, get_decimal_symbol, get_group_symbol

LOCALES = {"et": "et_EE", "ru": "ru_RU", "en": "en_IE"}


def locale(language: str) -> Locale:
    return _locale(LOCALES.get(language, LOCALES["en"]))


@cache
def _locale(name: str) -> Locale:
    return Locale.parse(name)


@cache
def day_pattern(language: str) -> str:
    """A date in figures: ``dd.MM.y`` in every language. It is CLDR's for Estonian and Russian; English keeps the
    day first as in Ireland and Britain, with the dots of every date field of the program (which take and show
    ``dd.MM.yyyy``), so that one date never looks two ways on one screen. Month names follow the language."""
    del language
    return "dd.MM.y"


def money(amount: Decimal | float | int, language: str) -> str:
    """``8 514,00 €`` (et, ru: no-break spaces), ``€8,514.00`` (en)."""
    return format_currency(Decimal(str(amount)), "EUR", locale=locale(language))


def number(value: int | float | Decimal, language: str, places: int | None = None) -> str:
    """A count or measure with the language's grouping and decimal sign; ``places`` fixes the decimals."""
    if places is None:
        return format_decimal(value, locale=locale(language))
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=locale(language))


def decimal_mark(language: str) -> str:
    return get_decimal_symbol(locale(language))


def group_separator(language: str) -> str:
    return get_group_symbol(locale(language))


def money_pattern(language: str) -> str:
    """Where the amount stands beside the euro sign: ``{amount} €`` (et, ru), ``€{amount}`` (en)."""
    return money(Decimal("1.00"), language).replace(number(1, language, 2), "{amount}")


def percent(share: float, language: str, places: int = 1) -> str:
    """A share (0.123) as ``12,3%`` / ``12.3%``."""
    pattern = "#,##0" + ("." + "0" * places if places else "") + "%"
    return format_percent(share, format=pattern, locale=locale(language))


def day(value: date | datetime, language: str) -> str:
    """A date in figures: ``01.04.2026``."""
    return format_date(value, format=day_pattern(language), locale=locale(language))


def day_month(value: date, language: str) -> str:
    """A day of the year without it, for axes: ``01.04``."""
    pattern = day_pattern(language).replace("y", "").strip(" ./-")
    return format_date(value, format=pattern, locale=locale(language))


def day_and_time(value: datetime, language: str) -> str:
    """A local date and time: ``01.04.2026 14:05`` (24-hour clock in every language)."""
    return f"{day(value, language)} {value:%H:%M}"


def month(value: date, language: str) -> str:
    """A month with its year, for axes and headings: ``apr 2026``, ``апр. 2026``, ``Apr 2026``."""
    return format_date(value, format="LLL y", locale=locale(language))
