"""The aid decision dialog's fields, each described once.

One :class:`DecisionField` per field the dialog shows: how it is read into ``decisions.DecisionInput``, what of it a
draft keeps (the JSON keys drafts have always had: ``decision_date``, ``role``, ``happened``, ``reference``,
``granted``, ``refusal_reason``, ``service``, ``limit_category``, ``county``, ``language``, ``provider``,
``notice_language``), how a draft shows it again, and which signals say it changed. The dialog's ``gather``,
``payload``, ``restore`` and its "unsaved input" watch walk :data:`DECISION_FIELDS`; a new field is one entry here
(and its widget in the dialog). Model: the contact form's ``app.ui.contacts.form_fields``.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QDate, SignalInstance
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QListView, QRadioButton

from app.models.aid import Outcome
from app.models.aid_rules import Event, LimitCategory, PersonRole
from app.ui.kit.draft_keeper import as_uuid, choose, text
from app.ui.kit.widgets import CodeCombo

Values = dict[str, Any]


class DecisionWidgets(Protocol):
    """What the field table reads and fills: the dialog's widgets, its caller's contact and its provider choice."""

    decision_date: QDateEdit
    role: CodeCombo[Any]
    happened: CodeCombo[Any]
    reference: QLineEdit
    granted: QRadioButton
    refused: QRadioButton
    refusal_reason: QLineEdit
    service: CodeCombo[Any]
    limit_category: CodeCombo[Any]
    county: CodeCombo[Any]
    language: CodeCombo[Any]
    provider_view: QListView
    notice_language: QComboBox
    contact_id: uuid.UUID

    def chosen_provider(self) -> uuid.UUID | None: ...

    def choose_provider(self, provider_id: uuid.UUID | None) -> None: ...


@dataclass(frozen=True)
class DecisionField:
    """One field of the dialog.

    ``name``: the field's name (its ``DecisionInput`` name, or the dialog's own for a filter that is not part of the
    decision). ``read`` gives its ``DecisionInput`` values ({} for a filter); ``keep`` its draft values (plain JSON)
    and ``restore`` shows them again; ``signals`` are those that say the user changed it.
    """

    name: str
    read: Callable[[DecisionWidgets], Values]
    keep: Callable[[DecisionWidgets], Values]
    restore: Callable[[DecisionWidgets, Values], None]
    signals: Callable[[DecisionWidgets], tuple[SignalInstance, ...]]


def decision_day(dialog: DecisionWidgets) -> date:
    """The decision date as shown."""
    day = dialog.decision_date.date()
    return date(day.year(), day.month(), day.day())


def _restore_day(dialog: DecisionWidgets, kept: Values) -> None:
    with contextlib.suppress(TypeError, ValueError):
        day = date.fromisoformat(kept.get("decision_date", ""))
        dialog.decision_date.setDate(QDate(day.year, day.month, day.day))


def _code(
    name: str, key: str, combo: Callable[[DecisionWidgets], QComboBox], read: Callable[[DecisionWidgets], Values]
) -> DecisionField:
    """A list: read by ``read``, kept in a draft under ``key`` as the chosen item's data."""
    return DecisionField(
        name,
        read=read,
        keep=lambda dialog: {key: combo(dialog).currentData()},
        restore=lambda dialog, kept: choose(combo(dialog), kept.get(key), None),
        signals=lambda dialog: (combo(dialog).currentIndexChanged,),
    )


def _listed(
    name: str, combo: Callable[[DecisionWidgets], CodeCombo[Any]], default: StrEnum | None, *, key: str = ""
) -> DecisionField:
    """A list of codes read as the ``DecisionInput`` field ``name`` (``default`` when none is chosen)."""
    return _code(name, key or name, combo, lambda dialog: {name: combo(dialog).code() or default})


def _filter(name: str, combo: Callable[[DecisionWidgets], CodeCombo[Any]]) -> DecisionField:
    """A list that narrows the providers offered: kept in a draft, not part of the decision."""
    return _code(name, name, combo, lambda _dialog: {})


def _typed(name: str, line: Callable[[DecisionWidgets], QLineEdit]) -> DecisionField:
    """Typed text, read and kept as typed."""
    return DecisionField(
        name,
        read=lambda dialog: {name: line(dialog).text()},
        keep=lambda dialog: {name: line(dialog).text()},
        restore=lambda dialog, kept: line(dialog).setText(text(kept, name)),
        signals=lambda dialog: (line(dialog).textChanged,),
    )


def _keep_provider(dialog: DecisionWidgets) -> Values:
    provider = dialog.chosen_provider()
    return {"provider": str(provider) if provider else None}


DECISION_FIELDS: tuple[DecisionField, ...] = (
    DecisionField(  # the caller the dialog was begun for: a draft is kept under this contact, not in its values
        "contact_id",
        read=lambda dialog: {"contact_id": dialog.contact_id, "case_id": None},  # the case follows from the contact
        keep=lambda _dialog: {},
        restore=lambda _dialog, _kept: None,
        signals=lambda _dialog: (),
    ),
    DecisionField(
        "decision_date",
        read=lambda dialog: {"decision_date": decision_day(dialog)},
        keep=lambda dialog: {"decision_date": decision_day(dialog).isoformat()},
        restore=_restore_day,
        signals=lambda dialog: (dialog.decision_date.dateChanged,),
    ),
    _listed("role", lambda dialog: dialog.role, PersonRole.VICTIM),
    _listed("event", lambda dialog: dialog.happened, Event.OTHER_OFFENCE, key="happened"),
    _typed("reference", lambda dialog: dialog.reference),
    DecisionField(
        "outcome",
        read=lambda dialog: {"outcome": Outcome.GRANTED if dialog.granted.isChecked() else Outcome.REFUSED},
        keep=lambda dialog: {"granted": dialog.granted.isChecked()},
        restore=lambda dialog, kept: (dialog.granted if kept.get("granted", True) else dialog.refused).setChecked(True),
        signals=lambda dialog: (dialog.granted.toggled,),
    ),
    _typed("refusal_reason", lambda dialog: dialog.refusal_reason),
    _listed("service", lambda dialog: dialog.service, None),
    _listed("limit_category", lambda dialog: dialog.limit_category, LimitCategory.STANDARD),
    _filter("county", lambda dialog: dialog.county),
    _filter("language", lambda dialog: dialog.language),
    _code(
        "notice_language",
        "notice_language",
        lambda dialog: dialog.notice_language,
        lambda dialog: {"notice_language": str(dialog.notice_language.currentData())},
    ),
    DecisionField(  # last: the lists above ask for the providers; a provider not yet listed is chosen when it is
        "provider_id",
        read=lambda dialog: {"provider_id": dialog.chosen_provider()},
        keep=_keep_provider,
        restore=lambda dialog, kept: dialog.choose_provider(as_uuid(kept.get("provider"))),
        signals=lambda dialog: (dialog.provider_view.selectionModel().currentChanged,),
    ),
)
BY_NAME: dict[str, DecisionField] = {field.name: field for field in DECISION_FIELDS}


def read(dialog: DecisionWidgets) -> Values:
    """Every field's ``DecisionInput`` values."""
    return {name: value for field in DECISION_FIELDS for name, value in field.read(dialog).items()}


def keep(dialog: DecisionWidgets) -> Values:
    """Every field's draft values: the draft put aside."""
    return {key: value for field in DECISION_FIELDS for key, value in field.keep(dialog).items()}


def restore(dialog: DecisionWidgets, kept: Values) -> None:
    """Every field shown again from a draft, in the table's order."""
    for field in DECISION_FIELDS:
        field.restore(dialog, kept)


def changes(dialog: DecisionWidgets) -> list[SignalInstance]:
    """The signals that say the user changed a field."""
    return [signal for field in DECISION_FIELDS for signal in field.signals(dialog)]
