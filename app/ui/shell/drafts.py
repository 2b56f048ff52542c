"""Never lose a word: open forms are put aside as drafts while the user types, and offered again after a crash.

- :class:`DraftKeeper` (``app.ui.kit.draft_keeper``) puts a form's raw input aside in the store about a second after the
  first change not yet there, however fast the user keeps typing, off the GUI thread; a locked store or a full disk
  is said in the form and the write is tried again until it succeeds.
- ``contact_payload``/``apply_contact_payload`` and ``decision_payload``/``apply_decision_payload`` turn a form into
  plain JSON values and back: what the widgets show, including input that does not validate yet.
- :func:`offer_drafts` runs after log-in: the user's unfinished drafts are continued (their forms open, filled) or
  discarded.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.models.drafts import DraftKind
from app.services import drafts
from app.services.drafts import DraftView
from app.ui.contacts.identity_section import NEW_CASE
from app.ui.kit import messages, questions
from app.ui.kit.formatting import from_qdatetime, local_datetime, to_qdatetime

if TYPE_CHECKING:
    from app.ui.aid.decision_dialog import DecisionDialog
    from app.ui.contacts.form import ContactForm
    from app.ui.shell.main_window import MainWindow


# --- the contact form ------------------------------------------------------------------------------------------------
def contact_payload(form: ContactForm) -> dict[str, Any]:
    """Every field of the contact form as it stands, as text and plain values (nothing is checked here)."""
    identity = form.identity
    return {
        "version": form.version,
        "opened_at": form.opened_at.isoformat(),
        "ended_at": form.ended_at.isoformat() if form.ended_at else None,
        "started_at": from_qdatetime(form.started_at.dateTime()).isoformat(),
        "line": form.line.currentData(),
        "channel": form.channel.currentData(),
        "direction": form.direction.currentData(),
        "language": form.language.currentData(),
        "caller_type": form.caller_type.currentData(),
        "handled_by": form.handled_by.currentData(),
        "handled_by_name": form.handled_by.currentText(),
        "identified": identity.identified.isChecked(),
        "full_name": identity.full_name.text(),
        "id_code": identity.id_code.text(),
        "birth_date": identity.birth_date.text(),
        "phone": identity.phone.text(),
        "email": identity.email.text(),
        "municipality": identity.municipality.text(),
        "caller_number": identity.caller_number.text(),
        "person_id": str(identity.person_id) if identity.person_id else None,
        # what the form showed of the linked person as this was typed: a continued draft changes only what the user
        # changed, never rolls back what was saved meanwhile (IdentitySection.continue_person)
        "person_seen": _seen_out(identity.seen) if identity.person_id else None,
        "case": identity.case.currentData(),
        "case_number": identity.case.currentText(),
        "summary": form.summary.toPlainText(),
        "topics": form.topics.codes(),
        "risks": {
            flag.value: {"status": row.status.currentData(), "reason": row.reason.text()}
            for flag, row in form.risks.rows.items()
            if row.raised.isChecked()
        },
        "actions": sorted(action.value for action in form.action_panel.chosen()),
        "consents": {purpose.value: combo.currentIndex() for purpose, combo in form.consents.choices.items()},
        "callback": form.callback.isChecked(),
        "callback_at": from_qdatetime(form.callback_at.dateTime()).isoformat(),
        "callback_done": form.callback_done.isChecked(),
    }


def apply_contact_payload(form: ContactForm, payload: dict[str, Any]) -> None:
    """Fill the form from a draft (what :func:`contact_payload` wrote); the form is then unsaved (dirty)."""
    text = _texts(payload)
    if isinstance(payload.get("version"), int):
        form.version = payload["version"]  # the version the user was editing: a later change by others shows
    if (opened := _moment(payload.get("opened_at"))) is not None and form.contact_id is None:
        form.opened_at = opened
    form.ended_at = _moment(payload.get("ended_at")) or form.ended_at
    if form.ended_at is not None:
        form.end_button.setEnabled(False)
    if (started := _moment(payload.get("started_at"))) is not None:
        form.started_at.setDateTime(to_qdatetime(started))
    for combo, key in (
        (form.line, "line"),
        (form.channel, "channel"),
        (form.direction, "direction"),
        (form.language, "language"),
        (form.caller_type, "caller_type"),
        (form.handled_by, "handled_by"),
    ):
        _choose(combo, payload.get(key), text.get(f"{key}_name"))
    identity = form.identity
    identity.identified.setChecked(bool(payload.get("identified")))
    identity.anonymous.setChecked(not payload.get("identified"))
    for edit, key in (
        (identity.full_name, "full_name"),
        (identity.id_code, "id_code"),
        (identity.birth_date, "birth_date"),
        (identity.phone, "phone"),
        (identity.email, "email"),
        (identity.municipality, "municipality"),
        (identity.caller_number, "caller_number"),
    ):
        edit.setText(text.get(key, ""))
    identity.person_id = _uuid(payload.get("person_id"))
    if identity.person_id is not None and identity.identified.isChecked():
        identity.continue_person(_seen_in(payload.get("person_seen")))
    case = payload.get("case")
    if case == NEW_CASE:
        identity.case.setCurrentIndex(max(0, identity.case.findData(NEW_CASE)))
    else:
        identity.set_case(_uuid(case), text.get("case_number") or None)
    form.summary.setPlainText(text.get("summary", ""))
    topics = payload.get("topics")
    form.topics.set_codes([str(code) for code in topics] if isinstance(topics, list) else [])
    risks = payload.get("risks") if isinstance(payload.get("risks"), dict) else {}
    for flag, row in form.risks.rows.items():
        answer = risks.get(flag.value) if isinstance(risks, dict) else None
        row.raised.setChecked(isinstance(answer, dict))
        if isinstance(answer, dict):
            row.status.setCurrentIndex(max(0, row.status.findData(answer.get("status"))))
            row.reason.setText(str(answer.get("reason") or ""))
    actions = payload.get("actions") if isinstance(payload.get("actions"), list) else []
    for action, box in form.action_panel.boxes.items():
        box.setChecked(action.value in (actions or []))
    consents = payload.get("consents") if isinstance(payload.get("consents"), dict) else {}
    for purpose, combo in form.consents.choices.items():
        index = (consents or {}).get(purpose.value, 0)
        combo.setCurrentIndex(index if isinstance(index, int) and 0 <= index < combo.count() else 0)
    form.callback.setChecked(bool(payload.get("callback")))
    if (due := _moment(payload.get("callback_at"))) is not None:
        form.callback_at.setDateTime(to_qdatetime(due))
    form.callback_done.setChecked(bool(payload.get("callback_done")))
    form.dirty = True
    form.title_changed.emit(form.title())


# --- the aid decision ------------------------------------------------------------------------------------------------
def decision_payload(dialog: DecisionDialog) -> dict[str, Any]:
    provider = dialog._chosen_provider()
    return {
        "decision_date": dialog._date().isoformat(),
        "role": dialog.role.currentData(),
        "happened": dialog.happened.currentData(),
        "reference": dialog.reference.text(),
        "granted": dialog.granted.isChecked(),
        "refusal_reason": dialog.refusal_reason.text(),
        "service": dialog.service.currentData(),
        "limit_category": dialog.limit_category.currentData(),
        "county": dialog.county.currentData(),
        "language": dialog.language.currentData(),
        "provider": str(provider) if provider else None,
        "notice_language": dialog.notice_language.currentData(),
    }


def apply_decision_payload(dialog: DecisionDialog, payload: dict[str, Any]) -> None:
    text = _texts(payload)
    try:
        day = date.fromisoformat(text.get("decision_date", ""))
        dialog.decision_date.setDate(QDate(day.year, day.month, day.day))
    except ValueError:
        pass
    for combo, key in (
        (dialog.role, "role"),
        (dialog.happened, "happened"),
        (dialog.service, "service"),
        (dialog.limit_category, "limit_category"),
        (dialog.county, "county"),
        (dialog.language, "language"),
        (dialog.notice_language, "notice_language"),
    ):
        _choose(combo, payload.get(key), None)
    dialog.reference.setText(text.get("reference", ""))
    (dialog.granted if payload.get("granted", True) else dialog.refused).setChecked(True)
    dialog.refusal_reason.setText(text.get("refusal_reason", ""))
    row = dialog.providers.row_of(_uuid(payload.get("provider")))
    if row >= 0:
        dialog.provider_view.setCurrentIndex(dialog.providers.index(row, 0))
    dialog.dirty = True


# --- after a crash ---------------------------------------------------------------------------------------------------
class DraftRecoveryDialog(QDialog):
    """Lists the unfinished drafts; ``choice`` is "continue", "discard" or "" (decide at the next start)."""

    def __init__(self, views: list[DraftView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("Unfinished forms"))
        intro = QLabel(
            self.tr(
                "These forms were left unsaved when you last logged out or changed user, or when the program was "
                "closed by a crash, a power cut or a forced stop. Continue them to check and save them; a form you "
                "do not need can then be closed with Discard."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for view in views:
            self.list.addItem(describe(view))
        self.continue_button = QPushButton(self.tr("&Continue them"))
        self.continue_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard them all…"))
        later = QPushButton(self.tr("Ask me &later"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch()
        buttons.addWidget(later)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.continue_button.clicked.connect(lambda: self._choose("continue"))
        self.discard_button.clicked.connect(self._discard)
        later.clicked.connect(self.reject)
        self.resize(620, 320)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _discard(self) -> None:
        answer = questions.ask(  # a stray Enter or Space goes back to the list
            self,
            self.tr("Discard the drafts"),
            self.tr("The unsaved input of these forms will be gone for good. Discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self._choose("discard")


def describe(view: DraftView) -> str:
    """One line per draft: what form, when it was last put aside, the first words typed."""
    when = local_datetime(view.updated_at)
    if view.kind is DraftKind.DECISION:
        what = QCoreApplication.translate("DraftRecoveryDialog", "Aid decision")
    elif view.record_id is None:
        what = QCoreApplication.translate("DraftRecoveryDialog", "New contact")
    else:
        what = QCoreApplication.translate("DraftRecoveryDialog", "Saved contact, changed")
    words = " ".join(str(view.payload.get("summary") or view.payload.get("reference") or "").split())
    return f"{what} · {when}" + (f" · {words[:80]}" if words else "")


def ask_about_drafts(views: list[DraftView], parent: QWidget) -> str:
    dialog = DraftRecoveryDialog(views, parent)
    dialog.exec()
    return dialog.choice


def offer_drafts(
    window: MainWindow, ask: Callable[[list[DraftView], QWidget], str] = ask_about_drafts
) -> list[QWidget]:
    """After log-in: offer the user's unfinished drafts; returns the forms opened from them."""
    store, user = window.context.store, window.context.user
    try:
        with store.unit_of_work() as uow:
            views = drafts.my_drafts(uow, user)
            saved = drafts.saved_meanwhile(uow, user.id, views)  # killed between a save and its draft's removal
            for draft_id in saved:
                drafts.discard_draft(uow, user, draft_id)
    except KnownError as error:
        messages.show_known_error(window, error)
        return []
    views = [view for view in views if view.id not in saved]
    if not views:
        return []
    choice = ask(views, window)
    if choice == "discard":
        try:
            with store.unit_of_work() as uow:
                for view in views:
                    drafts.discard_draft(uow, user, view.id)
        except KnownError as error:
            messages.show_known_error(window, error)
        return []
    if choice != "continue":
        return []
    # Decisions first: opening one saves its contact form if that has unsaved input, which a contact draft would be.
    opened: list[QWidget] = []
    for view in sorted(views, key=lambda v: v.kind is not DraftKind.DECISION):
        form = _restore(window, view)
        if form is not None:
            opened.append(form)
    return opened


def _restore(window: MainWindow, view: DraftView) -> QWidget | None:
    if view.kind is DraftKind.CONTACT and view.record_id is None:
        form = window.new_contact()
        form.drafts.adopt(view.id)
        apply_contact_payload(form, view.payload)
        return form
    if view.record_id is None:
        return None
    window.open_contact(view.record_id)
    contact = window.current_form()
    if contact is None or contact.contact_id != view.record_id:
        return None  # gone, or no longer the user's to open: the message was shown; the draft waits
    if view.kind is DraftKind.CONTACT:
        contact.drafts.adopt(view.id)
        apply_contact_payload(contact, view.payload)
        return contact
    dialog = window.open_decision(contact)
    if dialog is None:
        return None
    dialog.drafts.adopt(view.id)
    apply_decision_payload(dialog, view.payload)
    return dialog


# --- reading values back ---------------------------------------------------------------------------------------------
def _texts(payload: dict[str, Any]) -> dict[str, str]:
    return {key: value for key, value in payload.items() if isinstance(value, str)}


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


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


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _choose(combo: QComboBox, data: object, name: str | None) -> None:
    """Select the item carrying ``data`` (a user no longer listed is added under the name the draft kept)."""
    if data is None:  # "not given": the item without data
        index = next((i for i in range(combo.count()) if combo.itemData(i) is None), -1)
    else:
        index = combo.findData(data)
    if index < 0 and name and data is not None:
        combo.addItem(name, data)
        index = combo.count() - 1
    if index >= 0:
        combo.setCurrentIndex(index)
