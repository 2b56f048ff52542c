"""The review panel beside the desk's lists: the rubric scored 1-5 with comments, the overall review, "discussed".

Unsaved input is never dropped: moving to another contact keeps what was typed for the one left (in memory, per
contact), and coming back brings it back. :meth:`ReviewPanel.unsaved` lists the contacts with such input, so the
window can ask before it closes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldErrors, KnownError, StaleRecord
from app.models.review import COMMENT_MAX, SCORE_MAX, SCORE_MIN
from app.services.actor import SessionUser
from app.services.contacts.log import LogRow
from app.services.desk import review
from app.store.db import Store
from app.ui.kit import labels, messages
from app.ui.kit.accessibility import name_inputs
from app.ui.kit.calls import FAILED, Failed, Route, call
from app.ui.kit.formatting import local_datetime
from app.ui.kit.text import fill
from app.ui.kit.theme import set_tone
from app.ui.kit.widgets import ErrorLabel

NOT_SCORED = 0


@dataclass
class _Input:
    """What the panel holds for one contact: scores (0 = not scored), comments, overall, discussed."""

    scores: dict[str, int]
    comments: dict[str, str]
    overall: str
    discussed: bool
    version: int | None  # of the review this input started from; None for a new review


class _CriterionRow(QWidget):
    """One criterion: its name, the score buttons (– for not scored, 1-5), a comment and the error line."""

    def __init__(self, criterion: review.CriterionChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = criterion.code
        self.name = QLabel(criterion.name)
        self.name.setWordWrap(True)
        self.group = QButtonGroup(self)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for value in (NOT_SCORED, *range(SCORE_MIN, SCORE_MAX + 1)):
            button = QRadioButton("–" if value == NOT_SCORED else str(value))
            button.setToolTip(
                self.tr("Not scored (does not apply)")
                if value == NOT_SCORED
                else fill(self.tr("Score %1 of 5"), str(value))
            )
            self.group.addButton(button, value)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.comment = QLineEdit()
        self.comment.setMaxLength(COMMENT_MAX)
        self.comment.setPlaceholderText(self.tr("Comment"))
        self.error = ErrorLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        grid.addWidget(self.name, 0, 0)
        grid.addLayout(buttons, 0, 1)
        grid.addWidget(self.comment, 1, 0, 1, 2)
        grid.addWidget(self.error, 2, 0, 1, 2)

    def score(self) -> int:
        return max(self.group.checkedId(), NOT_SCORED)

    def set_score(self, value: int) -> None:
        button = self.group.button(value) or self.group.button(NOT_SCORED)
        button.setChecked(True)


class ReviewPanel(QWidget):
    """Reviews one contact at a time; shift leads and administrators only."""

    saved = Signal(uuid.UUID)
    open_requested = Signal(uuid.UUID)

    def __init__(self, store: Store, user: SessionUser, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.language = language
        self.contact: LogRow | None = None
        self._stored: review.ReviewView | None = None
        self._drafts: dict[uuid.UUID, _Input] = {}
        self._base_version: int | None = None  # the stored review's version the input on screen started from

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.risks = QLabel()
        set_tone(self.risks, "error")
        self.risks.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open contact"))
        self.open_button.clicked.connect(self._open)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.criteria_box = QWidget()
        self.criteria_layout = QVBoxLayout(self.criteria_box)
        self.criteria_layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[_CriterionRow] = []
        self.overall = QPlainTextEdit()
        self.overall.setPlaceholderText(self.tr("What went well, what to work on"))
        self.overall.setMinimumHeight(90)
        self.overall_error = ErrorLabel()
        self.discussed = QCheckBox(self.tr("&Discussed with the counsellor"))
        self.save_button = QPushButton(self.tr("Sav&e review"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self.discard)
        self.general_error = ErrorLabel()
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.placeholder = QLabel(self.tr("Choose a contact in the list to review it."))
        self.placeholder.setWordWrap(True)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_button)
        body.addLayout(top)
        body.addWidget(self.summary)
        body.addWidget(self.risks)
        body.addWidget(self.status)
        rubric_title = QLabel(self.tr("Quality rubric (1 = poor, 5 = excellent)"))
        rubric_title.setStyleSheet("font-weight: bold;")
        body.addWidget(rubric_title)
        body.addWidget(self.criteria_box)
        overall_label = QLabel(self.tr("&Overall review"))
        overall_label.setBuddy(self.overall)
        overall_label.setStyleSheet("font-weight: bold;")
        body.addWidget(overall_label)
        body.addWidget(self.overall)
        body.addWidget(self.overall_error)
        body.addWidget(self.discussed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        body.addLayout(buttons)
        body.addWidget(self.general_error)
        body.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.placeholder)
        inner_layout.addWidget(self.body)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_contact(None)

    # --- which contact -------------------------------------------------------------------------------------------
    def show_contact(self, row: LogRow | None) -> None:
        """Show the review of this contact, or the input left unsaved for it earlier."""
        self._keep_input()
        self.contact = row
        self._clear_errors()
        self.placeholder.setVisible(row is None)
        self.body.setVisible(row is not None)
        if row is None:
            return
        found = call(self, self.store, review.reviews_for, self.user, row.id, language=self.language)
        criteria = (
            FAILED if isinstance(found, Failed) else call(self, self.store, review.active_criteria, self.language)
        )
        if isinstance(found, Failed) or isinstance(criteria, Failed):
            self.contact = None
            self.body.hide()
            self.placeholder.show()
            return
        self._stored = found[0] if found else None
        self._build_rows(criteria, self._stored)
        self._show_heading(row)
        self._show_status()
        self._fill(self._drafts.get(row.id) or self._input_of(self._stored))

    def reload(self) -> None:
        """Read the contact's review again (after a save elsewhere); unsaved input here is kept."""
        self.show_contact(self.contact)

    def unsaved(self) -> list[uuid.UUID]:
        """Contacts with review input not saved yet, the one on screen included."""
        self._keep_input()
        return list(self._drafts)

    def kept_input(self) -> dict[uuid.UUID, _Input]:
        """The unsaved review input of every contact, for a log-out (given back by :meth:`restore_input`)."""
        self._keep_input()
        return dict(self._drafts)

    def restore_input(self, kept: dict[uuid.UUID, _Input]) -> None:
        """Input kept at this user's log-out, back on the panel (the contact on screen shows its own at once)."""
        self._drafts.update(kept)
        if self.contact is not None and self.contact.id in kept:
            self._fill(kept[self.contact.id])

    def _build_rows(self, criteria: list[review.CriterionChoice], stored: review.ReviewView | None) -> None:
        """The active criteria, and any retired one the stored review still scores (so no score is dropped)."""
        known = {c.code for c in criteria}
        shown = list(criteria)
        if stored is not None:
            shown += [
                review.CriterionChoice(s.criterion_code, s.criterion_name)
                for s in stored.scores
                if s.criterion_code not in known
            ]
        if [r.code for r in self.rows] == [c.code for c in shown]:
            return
        for old in self.rows:
            self.criteria_layout.removeWidget(old)
            old.deleteLater()
        self.rows = [_CriterionRow(c) for c in shown]
        for row in self.rows:
            self.criteria_layout.addWidget(row)
        # Built when a contact is first shown, after the page was (its lists arrive from the database worker): the
        # names given to a page's inputs when it is shown (app.ui.kit.accessibility) are given to these now.
        name_inputs(self.criteria_box)

    def _show_heading(self, row: LogRow) -> None:
        caller = (row.person_name or self.tr("Identified")) if row.identified else self.tr("Anonymous")
        self.heading.setText(
            f"{local_datetime(row.started_at)} · {labels.short_line(row.line)} · {labels.label(row.channel)}"
            f" · {caller}\n" + fill(self.tr("Counsellor: %1"), row.handled_by)
        )
        self.summary.setText(row.summary or self.tr("(no summary)"))
        self.risks.setText(", ".join(labels.label(flag) for flag in row.risks))
        self.risks.setVisible(bool(row.risks))

    def _show_status(self) -> None:
        stored = self._stored
        if stored is None:
            self.status.setText(self.tr("Not reviewed yet."))
            return
        text = fill(self.tr("Reviewed by %1 on %2."), stored.reviewer_name, local_datetime(stored.reviewed_at))
        if stored.acknowledged_at is not None:
            text += " " + fill(self.tr("The counsellor acknowledged it on %1."), local_datetime(stored.acknowledged_at))
        else:
            text += " " + self.tr("Not yet acknowledged by the counsellor.")
        self.status.setText(text)

    # --- input -----------------------------------------------------------------------------------------------------
    @staticmethod
    def _input_of(stored: review.ReviewView | None) -> _Input:
        if stored is None:
            return _Input({}, {}, "", False, None)
        return _Input(
            {s.criterion_code: s.score for s in stored.scores},
            {s.criterion_code: s.comment for s in stored.scores},
            stored.overall,
            stored.discussed,
            stored.version,
        )

    def _current(self) -> _Input:
        return _Input(
            {r.code: r.score() for r in self.rows if r.score() != NOT_SCORED},
            {r.code: r.comment.text() for r in self.rows if r.comment.text().strip()},
            self.overall.toPlainText(),
            self.discussed.isChecked(),
            self._base_version,
        )

    def _fill(self, value: _Input) -> None:
        for row in self.rows:
            row.set_score(value.scores.get(row.code, NOT_SCORED))
            row.comment.setText(value.comments.get(row.code, ""))
        self.overall.setPlainText(value.overall)
        self.discussed.setChecked(value.discussed)
        self._base_version = value.version

    def _keep_input(self) -> None:
        """Remember unsaved input of the contact on screen, or forget it when it equals what is stored."""
        if self.contact is None or not self.body.isVisibleTo(self):
            return
        current = self._current()
        stored = self._input_of(self._stored)
        same = (
            current.scores == stored.scores
            and {k: v.strip() for k, v in current.comments.items() if k in current.scores or v.strip()}
            == {k: v for k, v in stored.comments.items() if v}
            and current.overall.strip() == stored.overall.strip()
            and current.discussed == stored.discussed
        )
        if same:
            self._drafts.pop(self.contact.id, None)
        else:
            self._drafts[self.contact.id] = current

    def _clear_errors(self) -> None:
        for row in self.rows:
            row.error.clear_error()
        self.overall_error.clear_error()
        self.general_error.clear_error()

    # --- actions -----------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.contact is None:
            return False
        self._clear_errors()
        current = self._current()
        comments_without_score = [r for r in self.rows if r.comment.text().strip() and r.score() == NOT_SCORED]
        for row in comments_without_score:
            row.error.show_error(self.tr("Give a score for this comment, or remove the comment."))
        if comments_without_score:
            return False
        scores = {code: (score, current.comments.get(code, "")) for code, score in current.scores.items()}
        route = Route(self, quiet=(KnownError,))  # every refusal is said in the panel, beside its score or below
        try:
            saved = call(
                route,
                self.store,
                review.save_review,
                self.user,
                self.contact.id,
                scores,
                current.overall,
                current.discussed,
                expected_version=review.NEW_REVIEW if current.version is None else current.version,
            )
        except FieldErrors as error:
            self._show_field_errors(error.errors)
            return False
        except StaleRecord:
            self._changed_meanwhile()
            return False
        except KnownError as error:
            self.general_error.show_error(messages.known_error_text(error))
            return False
        if isinstance(saved, Failed):
            return False
        self._drafts.pop(self.contact.id, None)
        self._stored = saved
        self._show_status()
        self.saved.emit(self.contact.id)
        return True

    def discard(self) -> None:
        """Back to the stored review (or an empty one), dropping the input typed since."""
        if self.contact is None:
            return
        self._drafts.pop(self.contact.id, None)
        self._clear_errors()
        self._fill(self._input_of(self._stored))

    def _changed_meanwhile(self) -> None:
        """Someone else saved a review of this contact since this input began: show theirs, keep ours on screen."""
        assert self.contact is not None
        route = Route(self, quiet=(KnownError,))
        try:
            found = call(route, self.store, review.reviews_for, self.user, self.contact.id, language=self.language)
        except KnownError as error:
            self.general_error.show_error(messages.known_error_text(error))
            return
        if isinstance(found, Failed):
            return
        self._stored = found[0] if found else None
        self._base_version = self._stored.version if self._stored is not None else None
        self._show_status()
        self.general_error.show_error(
            self.tr(
                "Someone else saved a review of this contact meanwhile (see above). Your input is still here: "
                "save again to replace their review with yours, or discard your changes to see theirs."
            )
        )

    def _show_field_errors(self, errors: dict[str, str]) -> None:
        by_code = {r.code: r for r in self.rows}
        for field, reason in errors.items():
            kind, _, code = field.partition(".")
            if kind in ("score", "comment") and code in by_code:
                by_code[code].error.show_error(messages.field_error(reason))
            elif field == "overall":
                self.overall_error.show_error(messages.field_error(reason))
            else:
                self.general_error.show_error(messages.field_error(reason))

    def _open(self) -> None:
        if self.contact is not None:
            self.open_requested.emit(self.contact.id)
