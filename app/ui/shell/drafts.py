"""Never lose a word: open forms are put aside as drafts while the user types, and offered again after a crash.

- :class:`DraftKeeper` (``app.ui.kit.draft_keeper``) puts a form's raw input aside in the store about a second after the
  first change not yet there, however fast the user keeps typing, off the GUI thread; a locked store or a full disk
  is said in the form and the write is tried again until it succeeds.
- a form's ``payload()`` and ``restore(payload)`` turn it into plain JSON values and back: what the widgets show,
  including input that does not validate yet (each form walks the one description of its fields;
  ``contact_payload``/``decision_payload`` here are their short names).
- :func:`offer_drafts` runs after log-in: the user's unfinished drafts are continued (their forms open, filled) or
  discarded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.drafts import DraftKind
from app.services import drafts
from app.services.drafts import DraftView
from app.ui.kit import questions
from app.ui.kit.calls import Failed, call
from app.ui.kit.formatting import local_datetime

if TYPE_CHECKING:
    from app.ui.aid.decision_dialog import DecisionDialog
    from app.ui.contacts.form import ContactForm
    from app.ui.shell.main_window import MainWindow


# --- the forms' drafts: each form describes its own fields ---------------------------------------------------------
def contact_payload(form: ContactForm) -> dict[str, Any]:
    """Every field of the contact form as it stands, as text and plain values (nothing is checked here)."""
    return form.payload()


def apply_contact_payload(form: ContactForm, payload: dict[str, Any]) -> None:
    """Fill the form from a draft (what :func:`contact_payload` wrote); the form is then unsaved (dirty)."""
    form.restore(payload)


def decision_payload(dialog: DecisionDialog) -> dict[str, Any]:
    """The aid decision's input as it stands, as plain values."""
    return dialog.payload()


def apply_decision_payload(dialog: DecisionDialog, payload: dict[str, Any]) -> None:
    dialog.restore(payload)


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
    views = call(window, store, drafts.unfinished_drafts, user)
    if isinstance(views, Failed) or not views:
        return []
    choice = ask(views, window)
    if choice == "discard":
        call(window, store, drafts.discard_drafts, user, [view.id for view in views])
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
        form.restore(view.payload)
        return form
    if view.record_id is None:
        return None
    window.open_contact(view.record_id)
    contact = window.current_form()
    if contact is None or contact.contact_id != view.record_id:
        return None  # gone, or no longer the user's to open: the message was shown; the draft waits
    if view.kind is DraftKind.CONTACT:
        contact.drafts.adopt(view.id)
        contact.restore(view.payload)
        return contact
    dialog = window.open_decision(contact)
    if dialog is None:
        return None
    dialog.drafts.adopt(view.id)
    dialog.restore(view.payload)
    return dialog
