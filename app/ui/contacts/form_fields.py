"""The contact form's fields, described once: each field's widgets on top of the services' description.

:data:`FORM_FIELDS` has one :class:`FormField` per field of ``app.services.contacts.fields.CONTACT_FIELDS`` the form
shows (the rest, the kind and the contact's end, are the form's own state), in the form's order. Each says how to
read its widgets into ``ContactInput`` values, fill them from a stored contact, keep them in a draft (plain JSON
values, as shown, valid or not) and restore them from one, and its name in the conflict dialog. The form's
``values()``, ``fill()``, ``payload()`` and ``restore()`` walk this table; nothing else lists the form's fields.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QPlainTextEdit

from app.models.enums import Channel, Direction, Line
from app.services.contacts.contact_view import OpenedContact
from app.ui.contacts.identity_section import NEW_CASE, IdentitySection, parse_date
from app.ui.contacts.sections import ActionsPanel, ConsentPanel, RiskPanel, TopicsPanel
from app.ui.kit.draft_keeper import as_uuid, choose, moment, text
from app.ui.kit.formatting import from_qdatetime, to_qdatetime
from app.ui.kit.widgets import CodeCombo

Values = dict[str, Any]


class FormWidgets(Protocol):
    """What the field table reads and fills: the contact form's widgets and its opening moment."""

    line: CodeCombo[Line]
    channel: CodeCombo[Channel]
    direction: CodeCombo[Direction]
    language: CodeCombo[Any]
    caller_type: CodeCombo[Any]
    handled_by: QComboBox
    started_at: QDateTimeEdit
    opened_at: datetime
    identity: IdentitySection
    summary: QPlainTextEdit
    topics: TopicsPanel
    risks: RiskPanel
    action_panel: ActionsPanel
    consents: ConsentPanel
    callback: QCheckBox
    callback_at: QDateTimeEdit
    callback_done: QCheckBox


@dataclass(frozen=True)
class FormField:
    """One field of the form.

    ``name``: its ``ContactInput`` name (``app.services.contacts.fields``); ``label``: its name in the conflict
    dialog (untranslated, context "ConflictDialog"; "" for a field never offered there). ``read`` gives its
    ``ContactInput`` values (one field may carry a second, e.g. the case and "open a new case"; it raises
    ``InvalidValue`` for input the form itself cannot read); ``fill`` shows a stored contact; ``keep`` gives its
    draft values and ``restore`` shows them again.
    """

    name: str
    label: object  # QT_TRANSLATE_NOOP's text
    read: Callable[[FormWidgets], Values]
    fill: Callable[[FormWidgets, OpenedContact], None]
    keep: Callable[[FormWidgets], Values]
    restore: Callable[[FormWidgets, Values], None]

    def title(self) -> str:
        """The field's name in the user's language (the conflict dialog's row)."""
        return QCoreApplication.translate("ConflictDialog", str(self.label)) if self.label else self.name


def _code(
    name: str, label: object, combo: Callable[[FormWidgets], CodeCombo[Any]], default: StrEnum | None
) -> FormField:
    """A list of codes (``default`` when none is chosen)."""
    return FormField(
        name,
        label,
        read=lambda form: {name: combo(form).code() or default},
        fill=lambda form, opened: combo(form).set_code(getattr(opened.data, name)),
        keep=lambda form: {name: combo(form).currentData()},
        restore=lambda form, kept: choose(combo(form), kept.get(name), None),
    )


def _typed(name: str, label: object) -> FormField:
    """A person's field, typed text (saving checks it)."""
    return FormField(
        name,
        label,
        read=lambda form: {name: form.identity.typed(name)},
        fill=lambda form, opened: form.identity.set_typed(name, getattr(opened.data, name)),
        keep=lambda form: {name: form.identity.typed(name)},
        restore=lambda form, kept: form.identity.set_typed(name, text(kept, name)),
    )


# --- the fields that need more than one widget or the form's state --------------------------------------------------
def _read_handled_by(form: FormWidgets) -> Values:
    data = form.handled_by.currentData()
    return {"handled_by_id": uuid.UUID(data) if data else None}


def _fill_handled_by(form: FormWidgets, opened: OpenedContact) -> None:
    combo = form.handled_by
    index = combo.findData(str(opened.data.handled_by_id))
    if index < 0:  # no longer a user of the program: shown under the name stored
        combo.addItem(opened.handled_by_name, str(opened.data.handled_by_id))
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _read_started(form: FormWidgets) -> Values:
    started = from_qdatetime(form.started_at.dateTime())
    if started in (form.opened_at.replace(microsecond=0), form.opened_at.replace(second=0, microsecond=0)):
        started = form.opened_at  # untouched (the field holds whole seconds): keep the exact moment
    return {"started_at": started}


def _restore_started(form: FormWidgets, kept: Values) -> None:
    if (started := moment(kept.get("started_at"))) is not None:
        form.started_at.setDateTime(to_qdatetime(started))


def _set_identified(form: FormWidgets, identified: bool) -> None:
    form.identity.identified.setChecked(identified)
    form.identity.anonymous.setChecked(not identified)


def _read_birth_date(form: FormWidgets) -> Values:
    typed = form.identity.typed("birth_date")
    identified = form.identity.identified.isChecked()
    return {"birth_date": parse_date(typed) if identified and typed.strip() else None}


def _fill_birth_date(form: FormWidgets, opened: OpenedContact) -> None:
    born = opened.data.birth_date
    form.identity.set_typed("birth_date", born.strftime("%d.%m.%Y") if born else "")


def _read_person(form: FormWidgets) -> Values:
    identity = form.identity
    linked = identity.person_id if identity.identified.isChecked() else None
    return {"person_id": linked, "person_seen": dict(identity.seen) if linked else {}}


def _fill_person(form: FormWidgets, opened: OpenedContact) -> None:
    form.identity.person_id = opened.data.person_id
    form.identity.seen = dict(opened.data.person_seen)


def _keep_person(form: FormWidgets) -> Values:
    person_id = form.identity.person_id
    # what the form showed of the linked person as this was typed: a continued draft changes only what the user
    # changed, never rolls back what was saved meanwhile (IdentitySection.continue_person)
    return {
        "person_id": str(person_id) if person_id else None,
        "person_seen": _seen_out(form.identity.seen) if person_id else None,
    }


def _restore_person(form: FormWidgets, kept: Values) -> None:
    identity = form.identity
    identity.person_id = as_uuid(kept.get("person_id"))
    if identity.person_id is not None and identity.identified.isChecked():
        identity.continue_person(_seen_in(kept.get("person_seen")))


def _read_caller_number(form: FormWidgets) -> Values:
    identity = form.identity
    return {"caller_number": identity.caller_number.text() if identity.anonymous.isChecked() else None}


def _fill_caller_number(form: FormWidgets, opened: OpenedContact) -> None:
    form.identity.remembered = opened.caller_remembered  # the number itself is never shown back
    form.identity.recognise_caller()


def _read_case(form: FormWidgets) -> Values:
    chosen = form.identity.case.currentData()
    return {
        "case_id": uuid.UUID(chosen) if chosen not in (None, NEW_CASE) else None,
        "open_new_case": chosen == NEW_CASE,
    }


def _restore_case(form: FormWidgets, kept: Values) -> None:
    identity = form.identity
    case = kept.get("case")
    if case == NEW_CASE:
        identity.case.setCurrentIndex(max(0, identity.case.findData(NEW_CASE)))
    else:
        identity.set_case(as_uuid(case), text(kept, "case_number") or None)


def _read_callback(form: FormWidgets) -> Values:
    due = from_qdatetime(form.callback_at.dateTime()) if form.callback.isChecked() else None
    return {"callback_due_at": due}


def _fill_callback(form: FormWidgets, opened: OpenedContact) -> None:
    due = opened.data.callback_due_at
    form.callback.setChecked(due is not None)
    if due is not None:
        form.callback_at.setDateTime(to_qdatetime(due))


def _restore_callback(form: FormWidgets, kept: Values) -> None:
    form.callback.setChecked(bool(kept.get("callback")))
    if (due := moment(kept.get("callback_at"))) is not None:
        form.callback_at.setDateTime(to_qdatetime(due))


FORM_FIELDS: tuple[FormField, ...] = (
    _code("line", QT_TRANSLATE_NOOP("ConflictDialog", "Line"), lambda form: form.line, Line.CRISIS_116006),
    _code("channel", QT_TRANSLATE_NOOP("ConflictDialog", "Channel"), lambda form: form.channel, Channel.PHONE),
    _code(
        "direction", QT_TRANSLATE_NOOP("ConflictDialog", "Direction"), lambda form: form.direction, Direction.INCOMING
    ),
    _code("language", QT_TRANSLATE_NOOP("ConflictDialog", "Language"), lambda form: form.language, None),
    _code("caller_type", QT_TRANSLATE_NOOP("ConflictDialog", "Caller"), lambda form: form.caller_type, None),
    FormField(
        "handled_by_id",
        QT_TRANSLATE_NOOP("ConflictDialog", "Handled by"),
        read=_read_handled_by,
        fill=_fill_handled_by,
        keep=lambda form: {
            "handled_by": form.handled_by.currentData(),
            "handled_by_name": form.handled_by.currentText(),
        },
        restore=lambda form, kept: choose(form.handled_by, kept.get("handled_by"), text(kept, "handled_by_name")),
    ),
    FormField(
        "started_at",
        QT_TRANSLATE_NOOP("ConflictDialog", "Started"),
        read=_read_started,
        fill=lambda form, opened: form.started_at.setDateTime(to_qdatetime(opened.data.started_at)),
        keep=lambda form: {"started_at": from_qdatetime(form.started_at.dateTime()).isoformat()},
        restore=_restore_started,
    ),
    FormField(
        "identified",
        QT_TRANSLATE_NOOP("ConflictDialog", "Identified"),
        read=lambda form: {"identified": form.identity.identified.isChecked()},
        fill=lambda form, opened: _set_identified(form, opened.data.identified),
        keep=lambda form: {"identified": form.identity.identified.isChecked()},
        restore=lambda form, kept: _set_identified(form, bool(kept.get("identified"))),
    ),
    _typed("full_name", QT_TRANSLATE_NOOP("ConflictDialog", "Name")),
    _typed("id_code", QT_TRANSLATE_NOOP("ConflictDialog", "ID code")),
    FormField(
        "birth_date",
        QT_TRANSLATE_NOOP("ConflictDialog", "Birth date"),
        read=_read_birth_date,
        fill=_fill_birth_date,
        keep=lambda form: {"birth_date": form.identity.typed("birth_date")},
        restore=lambda form, kept: form.identity.set_typed("birth_date", text(kept, "birth_date")),
    ),
    _typed("phone", QT_TRANSLATE_NOOP("ConflictDialog", "Phone")),
    _typed("email", QT_TRANSLATE_NOOP("ConflictDialog", "E-mail")),
    _typed("municipality", QT_TRANSLATE_NOOP("ConflictDialog", "Municipality")),
    FormField(  # the linked person, with what the form showed of them (person_seen); after the person's fields
        "person_id",
        "",
        read=_read_person,
        fill=_fill_person,
        keep=_keep_person,
        restore=_restore_person,
    ),
    FormField(
        "caller_number",
        "",
        read=_read_caller_number,
        fill=_fill_caller_number,
        keep=lambda form: {"caller_number": form.identity.caller_number.text()},
        restore=lambda form, kept: form.identity.caller_number.setText(text(kept, "caller_number")),
    ),
    FormField(  # with "open a new case" (open_new_case)
        "case_id",
        QT_TRANSLATE_NOOP("ConflictDialog", "Case"),
        read=_read_case,
        fill=lambda form, opened: form.identity.set_case(opened.data.case_id, opened.case_number),
        keep=lambda form: {"case": form.identity.case.currentData(), "case_number": form.identity.case.currentText()},
        restore=_restore_case,
    ),
    FormField(
        "topics",
        QT_TRANSLATE_NOOP("ConflictDialog", "Topics"),
        read=lambda form: {"topics": form.topics.codes()},
        fill=lambda form, opened: form.topics.set_codes(opened.data.topics),
        keep=lambda form: {"topics": form.topics.codes()},
        restore=lambda form, kept: form.topics.restore_draft(kept.get("topics")),
    ),
    FormField(
        "risks",
        QT_TRANSLATE_NOOP("ConflictDialog", "Risk flags"),
        read=lambda form: {"risks": form.risks.answers()},
        fill=lambda form, opened: form.risks.set_answers(opened.data.risks),
        keep=lambda form: {"risks": form.risks.draft()},
        restore=lambda form, kept: form.risks.restore_draft(kept.get("risks")),
    ),
    FormField(
        "actions",
        QT_TRANSLATE_NOOP("ConflictDialog", "Actions"),
        read=lambda form: {"actions": form.action_panel.chosen()},
        fill=lambda form, opened: form.action_panel.set_chosen(opened.data.actions),
        keep=lambda form: {"actions": form.action_panel.draft()},
        restore=lambda form, kept: form.action_panel.restore_draft(kept.get("actions")),
    ),
    FormField(
        "consents",
        QT_TRANSLATE_NOOP("ConflictDialog", "Consents"),
        read=lambda form: {"consents": form.consents.consents()},
        fill=lambda form, opened: form.consents.set_consents(opened.data.consents),
        keep=lambda form: {"consents": form.consents.draft()},
        restore=lambda form, kept: form.consents.restore_draft(kept.get("consents")),
    ),
    FormField(
        "summary",
        QT_TRANSLATE_NOOP("ConflictDialog", "Summary"),
        read=lambda form: {"summary": form.summary.toPlainText()},
        fill=lambda form, opened: form.summary.setPlainText(opened.data.summary),
        keep=lambda form: {"summary": form.summary.toPlainText()},
        restore=lambda form, kept: form.summary.setPlainText(text(kept, "summary")),
    ),
    FormField(
        "callback_due_at",
        QT_TRANSLATE_NOOP("ConflictDialog", "Callback"),
        read=_read_callback,
        fill=_fill_callback,
        keep=lambda form: {
            "callback": form.callback.isChecked(),
            "callback_at": from_qdatetime(form.callback_at.dateTime()).isoformat(),
        },
        restore=_restore_callback,
    ),
    FormField(
        "callback_done",
        QT_TRANSLATE_NOOP("ConflictDialog", "Callback done"),
        read=lambda form: {"callback_done": form.callback_done.isChecked()},
        fill=lambda form, opened: form.callback_done.setChecked(opened.data.callback_done),
        keep=lambda form: {"callback_done": form.callback_done.isChecked()},
        restore=lambda form, kept: form.callback_done.setChecked(bool(kept.get("callback_done"))),
    ),
)
BY_NAME: dict[str, FormField] = {field.name: field for field in FORM_FIELDS}


# --- what the form showed of the linked person, in a draft ----------------------------------------------------------
def _seen_out(seen: dict[str, str | date | None]) -> dict[str, str | None]:
    return {name: value.isoformat() if isinstance(value, date) else value for name, value in seen.items()}


def _seen_in(value: object) -> dict[str, str | date | None] | None:
    """A draft's ``person_seen`` back (None: the draft has none, or it is not one)."""
    if not isinstance(value, dict):
        return None
    seen: dict[str, str | date | None] = {}
    for name, item in value.items():
        if name == "birth_date" and isinstance(item, str):
            try:
                seen[name] = date.fromisoformat(item)
            except ValueError:
                return None
        elif isinstance(name, str) and (item is None or isinstance(item, str)):
            seen[name] = item
        else:
            return None
    return seen
