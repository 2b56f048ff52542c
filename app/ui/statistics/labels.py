"""Names for the codes the statistics carry, for the statistics tab, its XLSX/CSV export and the PDF report.

``statistics_label(kind, code)`` answers the ``labels(kind, code)`` callable of
:mod:`app.services.documents.statistics_export`
and :mod:`app.services.documents.statistics_report`: their own texts (kinds ``table``, ``column``, ``measure``,
``weekday``,
``granularity``, ``report``) are translated here in the context "Statistics"; the vocabularies come from
:func:`app.ui.kit.labels.label`; topics from the names the administrator gave them (see :func:`topic_names`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import formats
from app.models.aid import Outcome
from app.models.aid_rules import LimitCategory
from app.models.enums import CallerType, Channel, ContactKind, Direction, Language, Line
from app.services.contacts import taxonomy
from app.services.statistics.figures import NOT_RECORDED
from app.store.db import UnitOfWork
from app.ui.kit import formatting, labels

CONTEXT = "Statistics"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


VOCABULARIES: dict[str, type[StrEnum]] = {
    "line": Line,
    "channel": Channel,
    "direction": Direction,
    "kind": ContactKind,
    "language": Language,
    "caller_type": CallerType,
    "outcome": Outcome,
    "limit_category": LimitCategory,
}

# English source strings, marked for lupdate; translated when asked for.
TEXTS: dict[str, dict[str, Any]] = {
    "table": {
        "overview": QT_TRANSLATE_NOOP("Statistics", "Overview"),
        "line": QT_TRANSLATE_NOOP("Statistics", "By line"),
        "channel": QT_TRANSLATE_NOOP("Statistics", "By channel"),
        "direction": QT_TRANSLATE_NOOP("Statistics", "By direction"),
        "kind": QT_TRANSLATE_NOOP("Statistics", "By kind"),
        "language": QT_TRANSLATE_NOOP("Statistics", "By language"),
        "caller_type": QT_TRANSLATE_NOOP("Statistics", "By caller type"),
        "topic": QT_TRANSLATE_NOOP("Statistics", "By topic"),
        "durations": QT_TRANSLATE_NOOP("Statistics", "Durations"),
        "heatmap": QT_TRANSLATE_NOOP("Statistics", "Weekday and hour"),
        "trend": QT_TRANSLATE_NOOP("Statistics", "Trend"),
        "aid": QT_TRANSLATE_NOOP("Statistics", "Aid decisions"),
    },
    "column": {
        "measure": QT_TRANSLATE_NOOP("Statistics", "Measure"),
        "value": QT_TRANSLATE_NOOP("Statistics", "Value"),
        "contacts": QT_TRANSLATE_NOOP("Statistics", "Contacts"),
        "share": QT_TRANSLATE_NOOP("Statistics", "Share"),
        "mean_seconds": QT_TRANSLATE_NOOP("Statistics", "Mean (s)"),
        "median_seconds": QT_TRANSLATE_NOOP("Statistics", "Median (s)"),
        "p90_seconds": QT_TRANSLATE_NOOP("Statistics", "90th percentile (s)"),
        "weekday": QT_TRANSLATE_NOOP("Statistics", "Weekday"),
        "period_start": QT_TRANSLATE_NOOP("Statistics", "Period start"),
        "counselling": QT_TRANSLATE_NOOP("Statistics", "Counselling"),
        "outcome": QT_TRANSLATE_NOOP("Statistics", "Outcome"),
        "limit_category": QT_TRANSLATE_NOOP("Statistics", "Limit category"),
        "decisions": QT_TRANSLATE_NOOP("Statistics", "Decisions"),
        "amount_eur": QT_TRANSLATE_NOOP("Statistics", "Amount (EUR)"),
        "generated": QT_TRANSLATE_NOOP("Statistics", "generated"),
        "line": QT_TRANSLATE_NOOP("Statistics", "Line"),
        "channel": QT_TRANSLATE_NOOP("Statistics", "Channel"),
        "direction": QT_TRANSLATE_NOOP("Statistics", "Direction"),
        "kind": QT_TRANSLATE_NOOP("Statistics", "Kind of contact"),
        "language": QT_TRANSLATE_NOOP("Statistics", "Language"),
        "caller_type": QT_TRANSLATE_NOOP("Statistics", "Caller type"),
        "topic": QT_TRANSLATE_NOOP("Statistics", "Topic"),
    },
    "measure": {
        "contacts": QT_TRANSLATE_NOOP("Statistics", "Contacts"),
        "counselling": QT_TRANSLATE_NOOP("Statistics", "Counselling contacts"),
        "anonymous": QT_TRANSLATE_NOOP("Statistics", "Anonymous"),
        "identified": QT_TRANSLATE_NOOP("Statistics", "Identified"),
        "anonymous_share": QT_TRANSLATE_NOOP("Statistics", "Anonymous share"),
        "aid_standard_amount_eur": QT_TRANSLATE_NOOP("Statistics", "Standard limits granted (EUR)"),
        "duration": QT_TRANSLATE_NOOP("Statistics", "Duration"),
        "wrapup": QT_TRANSLATE_NOOP("Statistics", "Wrap-up time"),
    },
    "weekday": {
        "0": QT_TRANSLATE_NOOP("Statistics", "Monday"),
        "1": QT_TRANSLATE_NOOP("Statistics", "Tuesday"),
        "2": QT_TRANSLATE_NOOP("Statistics", "Wednesday"),
        "3": QT_TRANSLATE_NOOP("Statistics", "Thursday"),
        "4": QT_TRANSLATE_NOOP("Statistics", "Friday"),
        "5": QT_TRANSLATE_NOOP("Statistics", "Saturday"),
        "6": QT_TRANSLATE_NOOP("Statistics", "Sunday"),
    },
    "weekday_short": {
        "0": QT_TRANSLATE_NOOP("Statistics", "Mon"),
        "1": QT_TRANSLATE_NOOP("Statistics", "Tue"),
        "2": QT_TRANSLATE_NOOP("Statistics", "Wed"),
        "3": QT_TRANSLATE_NOOP("Statistics", "Thu"),
        "4": QT_TRANSLATE_NOOP("Statistics", "Fri"),
        "5": QT_TRANSLATE_NOOP("Statistics", "Sat"),
        "6": QT_TRANSLATE_NOOP("Statistics", "Sun"),
    },
    "granularity": {
        "day": QT_TRANSLATE_NOOP("Statistics", "Day"),
        "week": QT_TRANSLATE_NOOP("Statistics", "Week (from its Monday)"),
        "month": QT_TRANSLATE_NOOP("Statistics", "Month"),
    },
    "report": {
        "title": QT_TRANSLATE_NOOP("Statistics", "Statistics report"),
        "period": QT_TRANSLATE_NOOP("Statistics", "Period"),
        "generated": QT_TRANSLATE_NOOP("Statistics", "Generated"),
        "page": QT_TRANSLATE_NOOP("Statistics", "Page"),
        "no_data": QT_TRANSLATE_NOOP("Statistics", "No contacts in this period."),
        "overview": QT_TRANSLATE_NOOP("Statistics", "Overview"),
        "total": QT_TRANSLATE_NOOP("Statistics", "Contacts, all kinds"),
        "counselling": QT_TRANSLATE_NOOP("Statistics", "Counselling contacts"),
        "anonymous_share": QT_TRANSLATE_NOOP("Statistics", "Anonymous share of counselling contacts"),
        "aid_amount": QT_TRANSLATE_NOOP("Statistics", "Standard aid limits granted"),
        "durations": QT_TRANSLATE_NOOP("Statistics", "Counselling contacts"),
        "duration_unit": QT_TRANSLATE_NOOP("Statistics", "minutes:seconds"),
        "duration": QT_TRANSLATE_NOOP("Statistics", "Duration of the conversation"),
        "wrapup": QT_TRANSLATE_NOOP("Statistics", "Wrap-up time after it"),
        "mean": QT_TRANSLATE_NOOP("Statistics", "Mean"),
        "median": QT_TRANSLATE_NOOP("Statistics", "Median"),
        "p90": QT_TRANSLATE_NOOP("Statistics", "90th percentile"),
        "by_line": QT_TRANSLATE_NOOP("Statistics", "Contacts by line"),
        "by_channel": QT_TRANSLATE_NOOP("Statistics", "Contacts by channel"),
        "by_topic": QT_TRANSLATE_NOOP("Statistics", "Counselling contacts by topic"),
        "topic_note": QT_TRANSLATE_NOOP(
            "Statistics", "A contact may have several topics, so the shares may add up to more than 100%."
        ),
        "no_topics": QT_TRANSLATE_NOOP("Statistics", "No topics were recorded in this period."),
        "contacts": QT_TRANSLATE_NOOP("Statistics", "contacts"),
        "trend": QT_TRANSLATE_NOOP("Statistics", "Contacts over the period"),
        "all_contacts": QT_TRANSLATE_NOOP("Statistics", "All contacts"),
        "heatmap": QT_TRANSLATE_NOOP("Statistics", "Contacts by weekday and hour"),
        "hour": QT_TRANSLATE_NOOP("Statistics", "hour of the day, local time"),
        "heatmap_legend": QT_TRANSLATE_NOOP(
            "Statistics", "the darker the cell, the more contacts started in that hour over the whole period"
        ),
        "heatmap_legend_dark": QT_TRANSLATE_NOOP(  # the heat map on screen in the dark theme
            "Statistics", "the lighter the cell, the more contacts started in that hour over the whole period"
        ),
        "aid": QT_TRANSLATE_NOOP("Statistics", "Psychological aid decisions"),
        "aid_note": QT_TRANSLATE_NOOP(
            "Statistics",
            "By the date of the decision. Amounts in euros: only the standard category has a limit amount.",
        ),
        "total_row": QT_TRANSLATE_NOOP("Statistics", "Total"),
    },
}
NOT_RECORDED_TEXT = QT_TRANSLATE_NOOP("Statistics", "Not recorded")


def statistics_label(kind: str, code: str, topics: Mapping[str, str] | None = None) -> str:
    """The name of ``code`` in the interface language. Topics are named from ``topics`` (code -> name); a code
    nobody named (a vocabulary member removed since) is shown as it is rather than hidden."""
    if code == NOT_RECORDED:
        return _t(str(NOT_RECORDED_TEXT))
    if kind == "report" and code in ("decimal_mark", "thousands_separator", "amount"):
        return _number_format(code)
    if kind == "topic":
        return (topics or {}).get(code) or code.replace("_", " ").capitalize()
    vocabulary = VOCABULARIES.get(kind)
    if vocabulary is not None:
        try:
            return labels.label(vocabulary(code))
        except ValueError:
            return code
    source = TEXTS.get(kind, {}).get(code)
    return _t(str(source)) if source else code


def _number_format(code: str) -> str:
    """The decimal mark, digit grouping and euro pattern of the interface language (``app.formats``)."""
    language = formatting.interface_language()
    if code == "decimal_mark":
        return formats.decimal_mark(language)
    if code == "amount":
        return formats.money_pattern(language)
    return formats.group_separator(language)


class StatisticsLabels:
    """``labels(kind, code)`` with the topic names of one store; plain data, so a background job may call it."""

    def __init__(self, topics: Mapping[str, str]) -> None:
        self.topics = dict(topics)

    def __call__(self, kind: str, code: str) -> str:
        return statistics_label(kind, code, self.topics)


def topic_names(uow: UnitOfWork, language: str) -> dict[str, str]:
    """Every topic's name in ``language`` (those no longer offered too: old periods still count them)."""
    names = {}
    for row in taxonomy.list_topics(uow):
        names[row.code] = {"et": row.name_et, "ru": row.name_ru}.get(language) or row.name_en
    return names


def interface_language() -> str:
    """The two-letter code of the language the program runs in (``install_translation`` sets the default locale)."""
    return formatting.interface_language()
