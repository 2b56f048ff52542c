"""A case's timeline: its contacts, aid decisions and what happened after each; its legal hold for leads."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldErrors, KnownError
from app.models.aid import DecisionEventKind
from app.models.enums import ContactKind
from app.services.actor import SessionUser, oversees
from app.services.contacts.case_timeline import TimelineEntry, case_timeline
from app.services.guard import retention
from app.store.db import Store
from app.ui.kit import labels, messages
from app.ui.kit.calls import FAILED, call, call_or_raise
from app.ui.kit.formatting import local_datetime
from app.ui.kit.text import fill
from app.ui.kit.widgets import ErrorLabel, with_error

HOLD = "legal_hold"
ANONYMISED = "anonymised"


class HoldReasonDialog(QDialog):
    """Asks why a case goes on legal hold. ``save`` is tried with the text: it returns None when the hold is stored,
    or the sentence to show under the field, and the dialog stays open for a corrected reason."""

    def __init__(self, number: str, save: Callable[[str], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(fill(self.tr("Legal hold for case %1"), number))
        prompt = QLabel(
            self.tr(
                "Why must this case keep its personal data? Say who asked and for which matter (e.g. a court case)."
            )
        )
        prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        prompt.setBuddy(self.reason)
        self.reason_error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Put on &hold"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(with_error(self.reason, self.reason_error), 1)
        layout.addWidget(buttons)
        self.resize(480, 260)
        self.reason.setFocus()

    def submit(self) -> None:
        self.reason_error.clear_error()
        problem = self._save(self.reason.toPlainText())
        if problem:
            self.reason_error.show_error(problem)
            self.reason.setFocus()
            return
        self.accept()


class CaseDialog(QDialog):
    def __init__(self, store: Store, user: SessionUser, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.case_id = case_id
        self.number = ""
        self.hold_dialog: HoldReasonDialog | None = None
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("Who")])
        self.retention_line = QLabel()
        self.retention_line.setWordWrap(True)
        self.retention_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hold_button = QPushButton(self.tr("Put on &legal hold…"))
        self.hold_button.setToolTip(
            self.tr("A case on legal hold keeps its personal data, however long it stays quiet")
        )
        self.release_button = QPushButton(self.tr("&Release the hold"))
        self.hold_button.clicked.connect(self.put_on_hold)
        self.release_button.clicked.connect(self.release_hold)
        view = QTableView()
        view.setModel(self.model)
        view.setWordWrap(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        hold_row = QHBoxLayout()
        hold_row.addWidget(self.retention_line, 1)
        hold_row.addWidget(self.hold_button)
        hold_row.addWidget(self.release_button)
        layout = QVBoxLayout(self)
        layout.addLayout(hold_row)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.load()  # a refusal or a store failure reaches the caller, who shows it instead of the dialog

    def load(self) -> None:
        """Read the case's timeline again; a refusal or the store's fault is raised."""
        self.number, entries = call_or_raise(self.store, case_timeline, self.user, self.case_id)
        self.setWindowTitle(fill(self.tr("Case %1"), self.number))
        self.model.removeRows(0, self.model.rowCount())
        for entry in entries:
            self.model.appendRow(
                [
                    QStandardItem(local_datetime(entry.at)),
                    QStandardItem(self._what(entry)),
                    QStandardItem(entry.detail),
                    QStandardItem(entry.by),
                ]
            )
        self._show_retention(
            next((entry for entry in entries if entry.kind == HOLD), None),
            next((entry for entry in entries if entry.kind == ANONYMISED), None),
        )

    def _show_retention(self, hold: TimelineEntry | None, anonymised: TimelineEntry | None) -> None:
        """The line about legal hold and retention; the hold buttons for shift leads and administrators."""
        may_hold = oversees(self.user) and anonymised is None
        if anonymised is not None:
            text = fill(self.tr("Personal data removed by retention on %1."), local_datetime(anonymised.at))
        elif hold is not None:
            since = local_datetime(hold.at)
            if hold.by:  # the reason is the user's text: put in last, so nothing in it is taken for a %n
                text = self.tr("On legal hold since %1 (%2). Reason: %3")
                text = fill(text, since, hold.by, hold.detail)
            else:
                text = fill(self.tr("On legal hold since %1. Reason: %2"), since, hold.detail)
        else:
            text = self.tr("Not on legal hold.") if may_hold else ""
        self.retention_line.setText(text)
        self.retention_line.setVisible(bool(text))
        self.hold_button.setVisible(may_hold and hold is None)
        self.release_button.setVisible(may_hold and hold is not None)

    def put_on_hold(self) -> None:
        self.hold_dialog = HoldReasonDialog(self.number, self._hold, self)
        self.hold_dialog.open()

    def _hold(self, reason: str) -> str | None:
        """Store the hold; None when done, else the sentence for the reason's field."""
        try:  # a refused reason, and the store's fault, are said under the field
            call_or_raise(self.store, retention.set_legal_hold, self.user, self.case_id, reason)
        except FieldErrors as error:
            return messages.field_error(error.errors.get("legal_hold_reason", next(iter(error.errors.values()), "")))
        except KnownError as error:
            return messages.known_error_text(error)
        self._reload()
        return None

    def release_hold(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Release the hold"),
            fill(
                self.tr(
                    "Release the legal hold of case %1? Retention will then remove its personal data once the case "
                    "has been quiet for the retention period."
                ),
                self.number,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if call(self, self.store, retention.set_legal_hold, self.user, self.case_id, None) is FAILED:
            return
        self._reload()

    def _reload(self) -> None:
        try:
            self.load()
        except KnownError as error:
            messages.show_known_error(self, error)

    def _what(self, entry: TimelineEntry) -> str:
        if entry.kind == "contact":
            return self.tr("Contact") + " · " + labels.label(ContactKind(entry.title))
        if entry.kind == "decision":
            return fill(self.tr("Aid decision %1"), entry.title)
        if entry.kind == HOLD:
            return self.tr("Put on legal hold")
        if entry.kind == ANONYMISED:
            return self.tr("Personal data removed by retention")
        return labels.label(DecisionEventKind(entry.kind)) + " · " + entry.title
