"""Shift handover: the outgoing shift writes what the next one must know; the incoming one reads it at log-in.

The "Add open items" button lists the writer's open callbacks and the contacts of the last day whose risk step is
still pending, by time, line, case number and counsellor only: a handover note is read by everyone on the next
shift, counsellors included, who may not see the names of identified callers they did not handle.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldErrors, KnownError
from app.models.base import utcnow
from app.models.review import HANDOVER_MAX, Shift
from app.services.actor import SessionUser, is_counsellor
from app.services.contacts import log
from app.services.contacts.log import LogRow
from app.services.desk import review, shift_desk
from app.services.desk.shift_desk import HandoverView
from app.store.db import Store
from app.ui.kit import labels, messages
from app.ui.kit.calls import FAILED, Failed, Route, call
from app.ui.kit.formatting import local_datetime
from app.ui.kit.text import fill
from app.ui.kit.widgets import CodeCombo, ErrorLabel, with_error


class HandoverReadDialog(QDialog):
    """The unread notes, newest first. "Mark as read" records it; "Later" leaves them for the next log-in."""

    def __init__(
        self, store: Store, user: SessionUser, notes: list[HandoverView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.notes = notes
        self.setWindowTitle(self.tr("Handover notes from the previous shift"))
        self.resize(640, 480)
        self.text = QTextBrowser()
        self.text.setHtml(self._html())
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.read_button = buttons.addButton(self.tr("&Mark as read"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.mark_read)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _html(self) -> str:
        parts = []
        for note in self.notes:
            heading = fill(
                self.tr("%1, %2, %3"), note.author_name, labels.label(note.shift), local_datetime(note.written_at)
            )
            body = html.escape(note.text).replace("\n", "<br>")
            parts.append(f"<h4>{html.escape(heading)}</h4><p>{body}</p><hr>")
        return "".join(parts)

    def mark_read(self) -> None:
        route = Route(self, quiet=(KnownError,))  # said in the dialog, under the notes
        try:
            for note in self.notes:
                if call(route, self.store, shift_desk.mark_read, self.user, note.id) is FAILED:
                    return
        except KnownError as error:
            self.error.show_error(messages.known_error_text(error))
            return
        self.accept()


def show_unread_handovers(store: Store, user: SessionUser, parent: QWidget | None, *, always: bool = False) -> int:
    """Show the unread notes if there are any (at log-in); with ``always``, say so when there are none.

    Returns how many notes were shown. A store failure here is reported and does not stop the log-in.
    """
    notes = call(parent, store, shift_desk.unread_handovers, user)
    if isinstance(notes, Failed):
        return 0
    if not notes:
        if always:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("Handover", "Handover notes"),
                QCoreApplication.translate("Handover", "There are no unread handover notes."),
            )
        return 0
    HandoverReadDialog(store, user, notes, parent).exec()
    return len(notes)


class HandoverWriteDialog(QDialog):
    def __init__(self, store: Store, user: SessionUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.setWindowTitle(self.tr("Handover note for the next shift"))
        self.resize(640, 460)
        self.shift = CodeCombo(list(Shift))
        try:
            settings = call(Route(self, quiet=(KnownError,)), store, shift_desk.desk_settings)
        except KnownError:
            settings = FAILED  # the day shift stays chosen; saving will report the store's trouble
        if not isinstance(settings, Failed):
            self.shift.set_code(shift_desk.shift_of(utcnow(), settings)[1])
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr("What the next shift must know: open risks, expected callbacks, anything unusual.")
        )
        self.text_error = ErrorLabel()
        self.add_items = QPushButton(self.tr("Add &open items"))
        self.add_items.setToolTip(
            self.tr("Adds your open callbacks and the last day's contacts whose risk step is still pending")
        )
        self.add_items.clicked.connect(self.insert_open_items)
        form = QFormLayout()
        form.addRow(self.tr("&Shift ending"), self.shift)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(with_error(self.text, self.text_error), 1)
        layout.addWidget(self.add_items)
        layout.addWidget(buttons)
        self.note: HandoverView | None = None

    def open_items(self) -> list[str] | None:
        """Lines for the open callbacks and pending risk steps the writer can see; None when they could not be read
        (a known failure is raised, for the caller to show beside the text)."""
        now = utcnow()
        route = Route(self, quiet=(KnownError,))
        if is_counsellor(self.user):
            callbacks = call(route, self.store, log.follow_ups, self.user)
        else:
            groups = call(route, self.store, shift_desk.team_follow_ups, self.user, datetime.now().date())
            callbacks = FAILED if isinstance(groups, Failed) else [row for group in groups for row in group.rows]
        yesterday = (now - timedelta(days=1)).astimezone().date()
        where = review.ReviewFilter(date_from=yesterday, open_risk=True)
        risky = call(route, self.store, review.review_page, self.user, where)
        if isinstance(callbacks, Failed) or isinstance(risky, Failed):
            return None
        lines = []
        for row in callbacks:
            if row.callback_due_at is None:
                continue
            lines.append(fill(self.tr("Callback due %1: %2"), local_datetime(row.callback_due_at), self._describe(row)))
        for row in risky:
            risks = ", ".join(labels.label(flag) for flag in row.risks)
            lines.append(fill(self.tr("Risk step pending (%1): %2"), risks, self._describe(row)))
        return lines

    def _describe(self, row: LogRow) -> str:
        case = row.case_number or (self.tr("identified caller") if row.identified else self.tr("anonymous caller"))
        return f"{labels.short_line(row.line)} {local_datetime(row.started_at)}, {case}, {row.handled_by}"

    def insert_open_items(self) -> None:
        try:
            lines = self.open_items()
        except KnownError as error:
            self.text_error.show_error(messages.known_error_text(error))
            return
        if lines is None:
            return
        if not lines:
            lines = [self.tr("No open callbacks or pending risk steps.")]
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        prefix = "\n" if self.text.toPlainText().strip() else ""
        cursor.insertText(prefix + "\n".join("• " + line for line in lines) + "\n")
        self.text.setTextCursor(cursor)

    def save(self) -> None:
        self.text_error.clear_error()
        if len(self.text.toPlainText().strip()) > HANDOVER_MAX:
            self.text_error.show_error(messages.field_error("text.too_long"))
            return
        route = Route(self, quiet=(KnownError,))  # every refusal is said beside the text
        try:
            note = call(
                route,
                self.store,
                shift_desk.write_handover,
                self.user,
                self.text.toPlainText(),
                self.shift.code() or Shift.DAY,
            )
        except FieldErrors as error:
            self.text_error.show_error(messages.field_error(next(iter(error.errors.values()))))
            return
        except KnownError as error:
            self.text_error.show_error(messages.known_error_text(error))
            return
        if isinstance(note, Failed):
            return
        self.note = note
        self.accept()
