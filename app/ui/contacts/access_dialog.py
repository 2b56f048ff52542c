"""Break-the-glass: opening another counsellor's caller with a stated reason (``app.services.guard.access``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.errors import FieldErrors, KnownError
from app.services.actor import SessionUser
from app.services.guard import access
from app.store.db import Store
from app.ui.kit import messages
from app.ui.kit.calls import call_or_raise
from app.ui.kit.widgets import ErrorLabel, with_error

# (person, reason) -> None when access is granted, else the sentence to show under the reason
AccessAsker = Callable[[uuid.UUID, str], str | None]


def access_asker(store: Store, user: SessionUser) -> AccessAsker:
    """Ask the store for access to a person for ``user``; the answer as :data:`AccessAsker` wants it."""

    def ask(person_id: uuid.UUID, reason: str) -> str | None:
        try:  # a refused reason, and the store's fault, are said under the field
            call_or_raise(store, access.grant_access, user, person_id, reason)
        except FieldErrors as error:
            return messages.field_error(error.errors.get("reason", next(iter(error.errors.values()), "")))
        except KnownError as error:
            return messages.known_error_text(error)
        return None

    return ask


class AccessDialog(QDialog):
    """Asks why the counsellor must see a caller another counsellor served. ``ask`` is tried with the text: the
    dialog closes when access is granted, or shows why not under the field and stays open for a better reason."""

    def __init__(self, person_id: uuid.UUID, ask: AccessAsker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_id = person_id
        self._ask = ask
        self.setWindowTitle(self.tr("Open a known caller"))
        hours = int(access.GRANT_PERIOD.total_seconds() // 3600)
        self.explanation = QLabel(
            self.tr(
                "Another counsellor served this caller, so their name, ID code, phone and cases are hidden from you. "
                "If you must see them, say why. Your access and its reason go into the audit trail, which shift "
                "leads read, and last %n hours. Write why, not who: no names or ID codes in the reason.",
                "",
                hours,
            )
        )
        self.explanation.setWordWrap(True)
        prompt = QLabel(self.tr("&Reason"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        prompt.setBuddy(self.reason)
        self.reason_error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open with this reason"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(prompt)
        layout.addWidget(with_error(self.reason, self.reason_error), 1)
        layout.addWidget(buttons)
        self.resize(500, 300)
        self.reason.setFocus()

    def submit(self) -> None:
        self.reason_error.clear_error()
        problem = self._ask(self._person_id, self.reason.toPlainText())
        if problem:
            self.reason_error.show_error(problem)
            self.reason.setFocus()
            return
        self.accept()
