"""The aid decision: eligibility questions, the rule that applies, the limit, the provider, then the notice.

The live preview reads the store on the database worker (``app.ui.kit.tasks``), never on the GUI thread while the
counsellor types or chooses: the monthly rate of the decision date (once per date; the limit says "…" meanwhile) and
the providers for the service, date, county and language (shown when they arrive; a newer change supersedes an
older one, and a dialog closed meanwhile gets nothing). The rule itself is pure (``assess``) and computed at once.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldErrors, KnownError
from app.files import write_atomically
from app.models.aid import DecisionEventKind, Outcome
from app.models.aid_rules import Answers, Event, LimitCategory, PersonRole, assess, coming_of_age
from app.models.drafts import DraftKind
from app.models.enums import Language
from app.models.providers import AidService, County
from app.services.actor import SessionUser
from app.services.aid import decisions, providers
from app.services.guard import auth
from app.store.db import Store
from app.ui.aid import decision_fields
from app.ui.aid.notice_password import ask_password
from app.ui.aid.provider_choice_model import ProviderChoiceModel
from app.ui.kit import formatting, labels, messages, questions
from app.ui.kit.calls import FAILED, Failed, Route, call
from app.ui.kit.draft_keeper import DraftKeeper
from app.ui.kit.tasks import Latest, run_in_background
from app.ui.kit.text import fill
from app.ui.kit.widgets import CodeCombo, ErrorLabel, with_error

if TYPE_CHECKING:
    from app.ui.aid.notice_viewer import NoticeViewer  # QtPdf: loaded when a notice is first shown (open_notice)

NOTICE_LANGUAGES = (("et", "Eesti"), ("en", "English"), ("ru", "Русский"))


class DecisionDialog(QDialog):
    """Started from a saved identified contact. ``decision`` holds the saved decision once made."""

    def __init__(
        self,
        store: Store,
        user: SessionUser,
        contact_id: uuid.UUID,
        client_name: str,
        birth_date: date | None,
        parent: QWidget | None = None,
        *,
        spare: bool = False,
    ) -> None:
        """The dialog for the caller of ``contact_id``, begun at once; or, with ``spare``, built but not begun: the
        main window keeps one ready (building it takes longer than a frame) and :meth:`begin` starts it for a
        caller. Until then it asks the store nothing and its input is nobody's."""
        super().__init__(parent)
        self.store, self.user, self.contact_id, self.birth_date = store, user, contact_id, birth_date
        self.decision: decisions.DecisionView | None = None
        self.notice_viewer: NoticeViewer | None = None
        self.dirty = False  # input not yet saved as a decision; put aside as a draft meanwhile (app.ui.shell.drafts)
        self.drafts = DraftKeeper(
            store,
            user,
            DraftKind.DECISION,
            lambda: self.payload() if self.dirty and self.decision is None else None,
            lambda: self.contact_id,
            self,
        )
        self._rates: dict[date, Decimal | None] = {}
        self._rate_read = Latest(self)  # the rate of one date, read on the database worker
        self._rate_asked: date | None = None
        self._provider_read = Latest(self)  # the providers for the current choices, read on the database worker
        self._wanted_provider: uuid.UUID | None = None  # chosen before its list had arrived (a draft restored)
        self.decision_date = QDateEdit(QDate.currentDate())
        self.decision_date.setDisplayFormat("dd.MM.yyyy")
        self.decision_date.setCalendarPopup(True)
        self.role = CodeCombo(list(PersonRole))
        self.happened = CodeCombo(list(Event))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Police certificate or criminal proceedings number"))
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.granted = QRadioButton(labels.label(Outcome.GRANTED))
        self.refused = QRadioButton(labels.label(Outcome.REFUSED))
        self.granted.setChecked(True)
        outcome_group = QButtonGroup(self)
        outcome_group.addButton(self.granted)
        outcome_group.addButton(self.refused)
        self.refusal_reason = QLineEdit()
        self.service = CodeCombo(list(AidService))
        self.limit_category = CodeCombo(list(LimitCategory))
        self.limit = QLabel()
        self.limit.setWordWrap(True)  # at 150 % text the amount and its date do not fit one line of the column
        self.county = CodeCombo(list(County), allow_none=True)
        self.language = CodeCombo(list(Language), allow_none=True)
        self.providers = ProviderChoiceModel(self)
        self.provider_view = QListView()
        self.provider_view.setModel(self.providers)
        self.provider_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.provider_view.setWordWrap(True)
        self.provider_view.setSpacing(3)
        self.notice_language = QComboBox()
        for code, name in NOTICE_LANGUAGES:
            self.notice_language.addItem(name, code)
        self.errors = {
            name: ErrorLabel()
            for name in (
                "person",
                "decision_date",
                "reference",
                "refusal_reason",
                "service",
                "limit_category",
                "provider",
                "notice_language",
            )
        }

        questions = QGroupBox(self.tr("Eligibility"))
        form = QFormLayout(questions)
        # A date other than today is said under the field: an arrow key in it changes the date without a sound.
        self.date_note = ErrorLabel()
        dated = with_error(with_error(self.decision_date, self.date_note), self.errors["decision_date"])
        form.addRow(self.tr("Decision &date"), dated)
        form.addRow(self.tr("The &person is"), self.role)
        form.addRow(self.tr("What &happened"), self.happened)
        form.addRow(self.tr("&Reference"), with_error(self.reference, self.errors["reference"]))
        form.addRow(self.rule)
        outcome = QGroupBox(self.tr("Decision"))
        outcome_form = QFormLayout(outcome)
        row = QHBoxLayout()
        row.addWidget(self.granted)
        row.addWidget(self.refused)
        row.addStretch()
        outcome_form.addRow(row)
        outcome_form.addRow(
            self.tr("Reason for re&fusal"), with_error(self.refusal_reason, self.errors["refusal_reason"])
        )
        outcome_form.addRow(self.tr("&Service"), with_error(self.service, self.errors["service"]))
        outcome_form.addRow(self.tr("&Limit"), with_error(self.limit_category, self.errors["limit_category"]))
        outcome_form.addRow("", self.limit)
        chooser = QGroupBox(self.tr("Provider (chosen with the client)"))
        chooser_layout = QVBoxLayout(chooser)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("County")))
        filters.addWidget(self.county)
        filters.addWidget(QLabel(self.tr("Language")))
        filters.addWidget(self.language)
        filters.addStretch()
        chooser_layout.addLayout(filters)
        chooser_layout.addWidget(with_error(self.provider_view, self.errors["provider"]))
        notice_row = QFormLayout()
        notice_row.addRow(self.tr("Notice lan&guage"), self.notice_language)
        chooser_layout.addLayout(notice_row)

        self.person_error = self.errors["person"]
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save decision (Ctrl+S)"))
        self.open_button = QPushButton(self.tr("&Open notice"))
        self.save_as_button = QPushButton(self.tr("Save notice &as…"))
        self.sent_button = QPushButton(self.tr("Mark se&nt…"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.open_button, self.save_as_button, self.sent_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(questions)
        left.addWidget(outcome)
        left.addStretch()
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(580)  # long rule sentences wrap instead of squeezing the provider list
        columns.addWidget(left_box, 1)
        columns.addWidget(chooser, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.person_error)
        layout.addLayout(columns)
        layout.addWidget(self.drafts.banner)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1100, 600)

        for signal in (
            self.role.currentIndexChanged,
            self.happened.currentIndexChanged,
            self.decision_date.dateChanged,
            self.reference.textChanged,
            self.granted.toggled,
            self.limit_category.currentIndexChanged,
        ):
            signal.connect(self.refresh_rule)
        for signal in (
            self.service.currentIndexChanged,
            self.county.currentIndexChanged,
            self.language.currentIndexChanged,
            self.decision_date.dateChanged,
        ):
            signal.connect(self.refresh_providers)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.open_button.clicked.connect(self.open_notice)
        self.save_as_button.clicked.connect(lambda: self.save_notice_as())
        self.sent_button.clicked.connect(self.mark_sent)
        close.clicked.connect(self.accept)
        self.decision_date.dateChanged.connect(self._note_date)
        if not spare:
            self.begin(contact_id, client_name, birth_date)

    def begin(self, contact_id: uuid.UUID, client_name: str, birth_date: date | None) -> None:
        """Start the dialog, once, for the caller of ``contact_id``: today's date, the rule, the preview asked for."""
        self.contact_id, self.birth_date = contact_id, birth_date
        self.setWindowTitle(fill(self.tr("Aid decision – %1"), client_name))
        if self.decision_date.date() != QDate.currentDate():  # a spare built before midnight
            blocked = self.decision_date.blockSignals(True)
            self.decision_date.setDate(QDate.currentDate())
            self.decision_date.blockSignals(blocked)
        self._warn_missing_counsellor_contacts()  # first to the worker, so it arrives before the preview
        self.refresh_rule()
        self.refresh_providers()
        self._sync_saved()
        self.role.setFocus()  # the counsellor starts with who the person is; the date is today's unless changed
        for changed in decision_fields.changes(self):  # every field's, from its one description
            changed.connect(self._changed)

    def _note_date(self, *_args: object) -> None:
        day = self.decision_date.date()
        if day == QDate.currentDate():
            self.date_note.clear_error()
            return
        self.date_note.show_error(
            fill(self.tr("The decision date %1 is not today: check it is the one meant."), formatting.day(self._date()))
        )

    def _changed(self, *_args: object) -> None:
        if self.decision is None:
            self.dirty = True
            self.drafts.changed()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the program rather than by the user (the window system's close is spontaneous): nobody to ask,
        # so the input stays as a draft and is offered at the next start.
        self._asked_to_close = event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._asked_to_close = True

    def done(self, result: int) -> None:
        """Closing with unsaved input asks first; Discard removes its draft."""
        if self.dirty and self.decision is None and getattr(self, "_asked_to_close", True):
            answer = questions.ask(  # a stray Enter or Space goes back to the dialog
                self,
                self.tr("Unsaved decision"),
                self.tr("This aid decision is not saved. Discard its input?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
            self.dirty = False
            self.drafts.discard()
        super().done(result)
        self._rate_read.cancel()  # closed: a preview still being read is not wanted
        self._provider_read.cancel()

    def _warn_missing_counsellor_contacts(self) -> None:
        """The notice must carry the counsellor's contacts; say so before the counsellor relies on it.

        Read on the database worker, not while the dialog opens (a cold read of the user's row); it arrives before
        the preview does, and says nothing over a status the dialog has shown meanwhile."""
        store, user_id = self.store, self.user.id

        def read() -> bool:
            with store.unit_of_work() as uow:
                return auth.has_contact_details(uow, user_id)

        run_in_background(self, read, self._say_if_unreachable, tied_to=self)

    def _say_if_unreachable(self, reachable: bool) -> None:
        if not reachable and not self.status.text():
            self.status.setText(
                self.tr(
                    "Your user account has no phone or e-mail, so the notice would carry only your name: "
                    "ask the administrator to add them."
                )
            )

    # --- live explanation ----------------------------------------------------------------------------------------
    def _date(self) -> date:
        return decision_fields.decision_day(self)

    def refresh_rule(self, *_args: object) -> None:
        answers = Answers(
            self.role.code() or PersonRole.VICTIM,
            self.happened.code() or Event.OTHER_OFFENCE,
            self.reference.text(),
            self.birth_date,
        )
        result = assess(answers, self._date())
        text = messages.field_error(result.rule)
        if "reference" in result.missing:
            text += " " + messages.field_error("decision.reference_needed")
        self.rule.setText(text)
        granted = self.granted.isChecked()
        self.refusal_reason.setEnabled(not granted)
        for widget in (self.service, self.limit_category, self.provider_view, self.notice_language):
            widget.setEnabled(granted)
        category = self.limit_category.code()
        if category is LimitCategory.STANDARD:
            known = self._date() in self._rates
            if not known:
                self._read_rate(self._date())  # it arrives from the database worker, then this runs again
            amount = self._rates.get(self._date())
            self.limit.setText(
                fill(
                    self.tr("%1 (monthly minimum wage on %2)"),
                    "…" if amount is None else formatting.money(amount),  # meanwhile the same sentence
                    formatting.day(self._date()),
                )
                if amount is not None or not known
                else messages.field_error("rate.missing")
            )
        elif category is LimitCategory.SEXUALLY_ABUSED_MINOR and self.birth_date is not None:
            self.limit.setText(
                fill(self.tr("Until the need ceases, at most until %1"), formatting.day(coming_of_age(self.birth_date)))
            )
        else:
            self.limit.setText(self.tr("Until the need ceases"))

    def _read_rate(self, day: date) -> None:
        """Ask the database worker for the rate of ``day``, once per date (the rule refreshes on every keystroke)."""
        if self._rate_asked == day:
            return
        self._rate_asked = day
        store = self.store

        def read() -> Decimal | None:
            with store.unit_of_work() as uow:
                return decisions.rate_on(uow, day)

        def arrived(amount: Decimal | None) -> None:
            self._rates[day] = amount
            self._rate_asked = None
            self.refresh_rule()

        def failed(error: Exception) -> None:
            self._rate_asked = None
            messages.report(self, error)

        self._rate_read.run(read, arrived, failed)

    def refresh_providers(self, *_args: object) -> None:
        """Ask the database worker for the providers of the current choices; shown when they arrive."""
        store, service, day = self.store, self.service.code() or AidService.COUNSELLING, self._date()
        county, language = self.county.code(), self.language.code()

        def read() -> list[providers.ProviderChoice]:
            with store.unit_of_work() as uow:
                return providers.choices(uow, service, day, county=county, language=language)

        self._provider_read.run(read, self._show_providers)

    def _show_providers(self, found: list[providers.ProviderChoice]) -> None:
        self.providers.set_choices(found)
        if self._wanted_provider is not None:
            self.choose_provider(self._wanted_provider)

    def choose_provider(self, provider_id: uuid.UUID | None) -> None:
        """Select this provider; if its list has not arrived yet, as soon as it has (a draft restored)."""
        row = self.providers.row_of(provider_id)
        if row >= 0:
            self.provider_view.setCurrentIndex(self.providers.index(row, 0))
        self._wanted_provider = provider_id if self._provider_read.busy else None  # a newer list is on its way

    @property
    def previewing(self) -> bool:
        """The rate or the providers are being read (on the database worker)."""
        return self._rate_read.busy or self._provider_read.busy

    def chosen_provider(self) -> uuid.UUID | None:
        index = self.provider_view.currentIndex()
        return self.providers.choice_at(index.row()).id if index.isValid() else None

    # --- the draft: every field as shown, and back (each field described once: app.ui.aid.decision_fields) ------
    def payload(self) -> dict[str, Any]:
        """The input as it stands, as plain JSON values (nothing is checked): the draft put aside."""
        return decision_fields.keep(self)

    def restore(self, payload: dict[str, Any]) -> None:
        """Fill the dialog from a draft (what :meth:`payload` wrote); the input is then unsaved."""
        decision_fields.restore(self, payload)
        self.dirty = True

    # --- saving and the notice -----------------------------------------------------------------------------------
    def gather(self) -> decisions.DecisionInput:
        return decisions.DecisionInput(**decision_fields.read(self))

    def save(self) -> bool:
        if self.decision is not None:
            return True
        for label in self.errors.values():
            label.clear_error()
        try:  # refused values go beside their fields; a known failure puts the input aside first
            made = call(Route(self, quiet=(KnownError,)), self.store, decisions.decide, self.user, self.gather())
        except FieldErrors as error:
            for name, reason in error.errors.items():
                self.errors.get(name, self.person_error).show_error(messages.field_error(reason))
            self.status.setText(self.tr("Not saved: see the marked fields."))
            return False
        except KnownError as error:
            self.drafts.save_now()  # the input at least goes aside; a store fault there is retried until it works
            messages.show_known_error(self, error)
            return False
        if isinstance(made, Failed):
            return False
        self.decision = made
        self.dirty = False
        self.drafts.discard()
        self._sync_saved()
        return True

    def _sync_saved(self) -> None:
        made = self.decision
        has_notice = made is not None and made.outcome is Outcome.GRANTED
        self.open_button.setEnabled(has_notice)
        self.save_as_button.setEnabled(has_notice)
        self.sent_button.setEnabled(has_notice)
        self.save_button.setEnabled(made is None)
        if made is not None:
            self.status.setText(fill(self.tr("Decision %1 saved (case %2)."), made.number, made.case_number))

    def notice_pdf(self, password: str = "") -> bytes | None:
        if self.decision is None:
            return None
        notice = call(self, self.store, decisions.make_notice, self.user, self.decision.id, password=password)
        if isinstance(notice, Failed):
            return None
        if not notice.same_as_before:
            self.status.setText(self.tr("The client's or provider's data changed since the first notice was made."))
        return notice.pdf

    def open_notice(self) -> None:
        """Show the notice in the program's own viewer, from memory: the notice holds personal data, so nothing of it
        is written to disk (no temp file) unless the user saves a copy."""
        pdf = self.notice_pdf()
        if pdf is None or self.decision is None:
            return
        from app.ui.aid.notice_viewer import NoticeViewer

        if self.notice_viewer is not None:
            self.notice_viewer.close()
        viewer = NoticeViewer(pdf, self.decision.number, self.save_notice_as, self)
        viewer.finished.connect(lambda _result: self._viewer_closed(viewer))
        self.notice_viewer = viewer
        viewer.show()
        viewer.activateWindow()

    def _viewer_closed(self, viewer: NoticeViewer) -> None:
        if self.notice_viewer is viewer:
            self.notice_viewer = None

    def save_notice_as(self, parent: QWidget | None = None) -> None:
        if self.decision is None:
            return
        parent = parent or self
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        target, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save notice"), str(Path(folder) / f"{self.decision.number}.pdf"), "PDF (*.pdf)"
        )
        if not target:
            return
        password = ask_password(parent)
        if password is None:
            return
        pdf = self.notice_pdf(password)
        if pdf is None:
            return
        try:
            write_atomically(Path(target), pdf)
        except OSError as error:
            messages.show_write_error(parent, error)
            return
        self.status.setText(fill(self.tr("Notice saved to %1."), target))

    def mark_sent(self) -> None:
        if self.decision is None:
            return
        how, ok = QInputDialog.getText(self, self.tr("Notice sent"), self.tr("How was it sent (e-mail, post, …)?"))
        if not ok:
            return
        sent = DecisionEventKind.NOTICE_SENT
        try:  # a refused note is reported like any known failure
            done = call(
                Route(self, quiet=(FieldErrors,)),
                self.store,
                decisions.record_event,
                self.user,
                self.decision.id,
                sent,
                how,
            )
        except FieldErrors as error:
            messages.report(self, error)
            return
        if done is FAILED:
            return
        self.status.setText(self.tr("Marked sent."))
