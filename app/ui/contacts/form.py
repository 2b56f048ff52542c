"""The contact form: one open contact, with its own running timer. Several can be open at once (one per tab)."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldErrors, KnownError, StaleRecord
from app.models.base import utcnow
from app.models.drafts import DraftKind
from app.models.enums import DEFAULT_CHANNEL, CallerType, Channel, Direction, Language, Line, RiskFlag
from app.models.identity import InvalidValue
from app.services.actor import SessionUser
from app.services.conflicts import Side
from app.services.contacts import caller_recognition, contact_view, matching
from app.services.contacts import conflict as contact_conflict
from app.services.contacts.conflict import ContactConflict
from app.services.contacts.editing import ContactInput, SavedContact, person_seen, validate
from app.services.contacts.taxonomy import TopicChoice
from app.store.db import Store
from app.ui.contacts.access_dialog import access_asker
from app.ui.contacts.form_fields import FORM_FIELDS, moment
from app.ui.contacts.identity_section import NEW_CASE, IdentitySection
from app.ui.contacts.sections import ActionsPanel, ConsentPanel, RiskPanel, TopicsPanel
from app.ui.kit import messages, questions
from app.ui.kit.calls import FAILED, Failed, Route, call
from app.ui.kit.conflict_dialog import ConflictDialog
from app.ui.kit.draft_keeper import DraftKeeper
from app.ui.kit.formatting import duration, local_date, local_datetime, to_qdatetime
from app.ui.kit.text import fill
from app.ui.kit.theme import set_tone
from app.ui.kit.type_filter import SearchCombo
from app.ui.kit.widgets import CodeCombo, ErrorLabel, with_error

_BUILT = object()  # what the building steps give once there are none left


@dataclass(frozen=True)
class FormContext:
    """What every contact form needs from the window: the store, who is logged in, the choices offered."""

    store: Store
    user: SessionUser
    users: list[SessionUser]
    topics: list[TopicChoice]
    language: str = "en"  # the interface language: names of topics and other administrator-kept lists


class ContactForm(QWidget):
    """A new or saved contact. Signals: ``saved(id)`` after a successful save; ``title_changed(text)``.

    Its fields are described once, in ``app.ui.contacts.form_fields``: :meth:`values` reads them, :meth:`fill` shows
    a stored contact, :meth:`payload` and :meth:`restore` put the input aside as a draft and bring it back.
    """

    saved = Signal(uuid.UUID)
    title_changed = Signal(str)

    def __init__(
        self,
        context: FormContext,
        opened: contact_view.OpenedContact | None = None,
        parent: QWidget | None = None,
        *,
        spare: bool = False,
    ) -> None:
        """A form showing ``opened`` (or a new contact), built at once; or, with ``spare``, a form not yet begun
        whose widgets the caller builds a slice at a time (:meth:`build_step`, in idle time) before
        :meth:`begin` starts it (the window keeps one ready: building a form takes longer than a frame)."""
        super().__init__(parent)
        self.context = context
        self.contact_id: uuid.UUID | None = None
        self.version: int | None = None
        # The values as stored when the form opened or last saved: what a conflict is judged against.
        self.base: ContactInput | None = None
        self.dirty = False
        self._loading = True
        self.opened_at = utcnow()
        self.ended_at: datetime | None = None
        # Unsaved input is put aside in the store within seconds (app.ui.shell.drafts), to survive a crash.
        self.drafts = DraftKeeper(
            context.store,
            context.user,
            DraftKind.CONTACT,
            lambda: self.payload() if self.dirty else None,
            lambda: self.contact_id,
            self,
        )
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._building: Iterator[None] | None = self._build()
        if not spare:
            self.begin(opened)

    def build_step(self) -> bool:
        """Build the next slice of the form's widgets (each well under a frame); False once all are built."""
        if self._building is None:
            return False
        if next(self._building, _BUILT) is _BUILT:
            self._building = None
            return False
        return True

    def begin(self, opened: contact_view.OpenedContact | None = None) -> None:
        """Start the form, once: showing the stored contact ``opened``, or a new contact whose clock starts now.

        What :meth:`_build` set from the clock (the start time, the call-back's default) is set again here, so a
        spare form built minutes earlier starts exactly as one built now."""
        while self.build_step():
            pass
        self._loading = True
        self.contact_id = opened.id if opened else None
        self.version = opened.version if opened else None
        self.base = opened.data if opened else None
        self.opened_at = opened.data.started_at if opened else utcnow()
        self.ended_at = opened.data.ended_at if opened else None
        self.started_at.setDateTime(to_qdatetime(self.opened_at))
        self.callback_at.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        if opened is not None:
            self.fill(opened)
        else:
            self._timer.start(1000)
        self._tick()
        self.dirty = False
        self._loading = False

    # --- building ------------------------------------------------------------------------------------------------
    def _build(self) -> Iterator[None]:
        """The widgets, in slices: a spare form is built one slice per turn of the event loop."""
        self.line = CodeCombo(list(Line))
        self.channel = CodeCombo(list(Channel))
        self.direction = CodeCombo(list(Direction))
        self.language = CodeCombo(list(Language), allow_none=True)
        self.language.set_code(Language.ESTONIAN)
        self.caller_type = CodeCombo(list(CallerType), allow_none=True)
        self.handled_by: QComboBox = SearchCombo()  # a colleague found by any word of the name
        for user in self.context.users:
            self.handled_by.addItem(user.full_name, str(user.id))
        self.handled_by.setCurrentIndex(max(0, self.handled_by.findData(str(self.context.user.id))))
        self.started_at = QDateTimeEdit(to_qdatetime(self.opened_at))
        self.started_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.started_error = ErrorLabel()
        self.clock = QLabel()
        self.clock.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.end_button = QPushButton(self.tr("&End contact"))
        self.end_button.setToolTip(self.tr("Stops the contact's clock; wrap-up time runs until saving (Ctrl+E)."))

        contact_box = QGroupBox(self.tr("Contact"))
        form = QFormLayout(contact_box)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock, 1)
        clock_row.addWidget(self.end_button)
        form.addRow(clock_row)
        form.addRow(self.tr("&Line"), self.line)
        form.addRow(self.tr("Ch&annel"), self.channel)
        form.addRow(self.tr("&Direction"), self.direction)
        form.addRow(self.tr("Lan&guage"), self.language)
        form.addRow(self.tr("Caller t&ype"), self.caller_type)
        form.addRow(self.tr("Handled &by"), self.handled_by)
        form.addRow(self.tr("S&tarted"), with_error(self.started_at, self.started_error))
        yield

        self.identity = IdentitySection(
            self._find_matches,
            self._recognise,
            access_asker(self.context.store, self.context.user),
            load_person=self._load_person,
        )
        yield

        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What the caller told, what was agreed (type while listening)"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(110)
        self.summary_error = ErrorLabel()
        self.topics = TopicsPanel(self.context.topics)
        self.topics_error = ErrorLabel()
        yield
        self.risks = RiskPanel()
        yield
        self.action_panel = ActionsPanel()
        self.consents = ConsentPanel()
        yield
        self.callback = QCheckBox(self.tr("Callbac&k due"))
        self.callback_at = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.callback_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.callback_at.setCalendarPopup(True)
        self.callback_done = QCheckBox(self.tr("Callback done"))
        self.callback_error = ErrorLabel()
        follow = QGroupBox(self.tr("Follow-up"))
        follow_layout = QHBoxLayout(follow)
        follow_layout.addWidget(self.callback)
        follow_layout.addWidget(self.callback_at)
        follow_layout.addWidget(self.callback_done)
        follow_layout.addStretch()

        summary_box = QGroupBox(self.tr("S&ummary"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(with_error(self.summary, self.summary_error))
        summary_layout.addWidget(QLabel(self.tr("Topics")))
        summary_layout.addWidget(with_error(self.topics, self.topics_error))

        left = QVBoxLayout()
        left.addWidget(contact_box)
        left.addWidget(self.identity)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(summary_box, 2)
        right.addWidget(self.risks)
        right.addWidget(self.action_panel)
        right.addWidget(self.consents)
        right.addWidget(follow)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        inner = QWidget()
        inner.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.fields = inner
        yield

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setVisible(False)
        self.case_button = QPushButton(self.tr("Case timeline…"))
        self.case_button.setVisible(False)
        self.aid_button = QPushButton(self.tr("Aid decision…"))
        self.aid_button.setToolTip(self.tr("Trauma-recovery mental-health aid for the identified caller (Ctrl+D)"))
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.case_button)
        bottom.addWidget(self.aid_button)
        bottom.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.drafts.banner)
        outer.addLayout(bottom)
        yield

        self.identity.case.currentIndexChanged.connect(self._sync_case_button)
        self.end_button.clicked.connect(self.end_contact)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+E"), self, self.end_contact)
        self.callback.toggled.connect(self._sync_callback)
        self._sync_callback()
        self._channel_chosen = False  # until the user picks a channel, it follows the line (web → chat)
        self.channel.activated.connect(self._choose_channel)
        self.line.activated.connect(self._line_chosen)
        self._set_tab_order()
        for signal in (
            self.line.currentIndexChanged,
            self.channel.currentIndexChanged,
            self.direction.currentIndexChanged,
            self.language.currentIndexChanged,
            self.caller_type.currentIndexChanged,
            self.handled_by.currentIndexChanged,
            self.started_at.dateTimeChanged,
            self.summary.textChanged,
            self.topics.changed,
            self.risks.changed,
            self.action_panel.changed,
            self.consents.changed,
            self.callback.toggled,
            self.callback_at.dateTimeChanged,
            self.callback_done.toggled,
            self.identity.changed,
        ):
            signal.connect(self._mark_dirty)

    def _set_tab_order(self) -> None:
        """The order a call is written down: summary, topics, line, channel and the rest of the *Contact* box.

        The topic boxes are reached from the topic filter by the arrow keys. Then come the risks, actions, consents,
        follow-up and buttons; the clock's button (also Ctrl+E), start time and identity close the round.
        """
        chain: list[QWidget] = [
            self.summary,
            *self.topics.focus_chain(),
            self.line,
            self.channel,
            self.direction,
            self.language,
            self.caller_type,
            self.handled_by,
        ]  # the start time stays after the clock's button: moving a date field would cut the ring in two
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _choose_channel(self, *_args: object) -> None:
        self._channel_chosen = True

    def _line_chosen(self, *_args: object) -> None:
        """A new contact's channel comes with its line (video → video, web → chat) until the user picks one."""
        line = self.line.code()
        if self.contact_id is None and not self._channel_chosen and line is not None:
            self.channel.set_code(DEFAULT_CHANNEL[line])

    def current_case_id(self) -> uuid.UUID | None:
        """The saved case this contact belongs to, if any (not "open a new case" before saving)."""
        data = self.identity.case.currentData()
        try:
            return uuid.UUID(str(data)) if data not in (None, NEW_CASE, "") else None
        except ValueError:
            return None

    def _sync_case_button(self, *_args: object) -> None:
        self.case_button.setVisible(self.contact_id is not None and self.current_case_id() is not None)

    def focus_first_field(self) -> None:
        """Where typing starts on a new contact: the summary (the defaults cover the rest until changed)."""
        self.summary.setFocus()

    # --- state ---------------------------------------------------------------------------------------------------
    def _mark_dirty(self, *_args: object) -> None:
        if self._loading:
            return
        if not self.dirty:
            self.dirty = True
            self.title_changed.emit(self.title())
        self.drafts.changed()

    def title(self) -> str:
        if self.contact_id is None:
            text = fill(self.tr("New contact %1"), self.opened_at.astimezone().strftime("%H:%M"))
        else:
            text = fill(self.tr("Contact %1"), local_datetime(self.opened_at))
        return text + (" *" if self.dirty else "")

    def _sync_callback(self) -> None:
        self.callback_at.setEnabled(self.callback.isChecked())
        self.callback_done.setEnabled(self.callback.isChecked())

    def _tick(self) -> None:
        now = utcnow()
        if self.contact_id is not None and not self._timer.isActive():
            self.clock.setText(self.tr("Saved contact"))
            self.end_button.setEnabled(False)
            return
        if self.ended_at is None:
            self.clock.setText(fill(self.tr("On the line %1"), duration((now - self.opened_at).total_seconds())))
        else:
            talk = duration((self.ended_at - self.opened_at).total_seconds())
            wrap = duration((now - self.ended_at).total_seconds())
            self.clock.setText(fill(self.tr("Contact %1 · wrap-up %2"), talk, wrap))

    def end_contact(self) -> None:
        if self.ended_at is None and self.contact_id is None:
            self.ended_at = utcnow()
            self.end_button.setEnabled(False)
            self._tick()
            self._mark_dirty()

    def _recognise(self, number: str) -> caller_recognition.CallerHistory | None:
        """How often the number called; a number that cannot be read is refused beside its field (FieldErrors)."""
        found = call(
            Route(self, quiet=(FieldErrors,)),
            self.context.store,
            caller_recognition.caller_history,
            self.context.user,
            number,
            excluding=self.contact_id,
        )
        return None if isinstance(found, Failed) else found

    def _find_matches(self, phone: str, id_code: str, full_name: str) -> list[matching.PersonMatch]:
        found = call(
            self,
            self.context.store,
            matching.find_matches,
            self.context.user,
            phone=phone,
            id_code=id_code,
            full_name=full_name,
        )
        return [] if isinstance(found, Failed) else found

    def _load_person(self, person_id: uuid.UUID, screen: str) -> dict[str, str | date | None] | None:
        found = call(self, self.context.store, contact_view.load_person, self.context.user, person_id, screen=screen)
        return None if isinstance(found, Failed) else found

    # --- reading and writing the form: each field as described in form_fields -----------------------------------
    def values(self) -> tuple[ContactInput, dict[str, str]]:
        """The form as a ContactInput, plus errors the form itself can tell (a date it cannot read)."""
        errors: dict[str, str] = {}
        found: dict[str, Any] = {"ended_at": self.ended_at}
        for field in FORM_FIELDS:
            try:
                found |= field.read(self)
            except InvalidValue as error:
                errors[field.name] = error.reason
        return ContactInput(**found), errors

    def fill(self, opened: contact_view.OpenedContact) -> None:
        """Show a stored contact: every field, who handled and entered it, and whether it may still change."""
        for field in FORM_FIELDS:
            field.fill(self, opened)
        self.history_button.setVisible(True)
        self._sync_case_button()
        self.status.setText(
            fill(self.tr("Handled by %1, entered by %2."), opened.handled_by_name, opened.entered_by_name)
        )
        if opened.removed_at is not None:  # nothing left to change; saving could only bring data back
            self.fields.setEnabled(False)
            self.save_button.setEnabled(False)
            self.aid_button.setEnabled(False)
            self.status.setText(
                fill(
                    self.tr("Retention removed this contact's personal data on %1; it can no longer be changed."),
                    local_date(opened.removed_at),
                )
            )

    def payload(self) -> dict[str, Any]:
        """Every field as it stands, as text and plain JSON values (nothing is checked): the draft put aside."""
        kept: dict[str, Any] = {
            "version": self.version,
            "opened_at": self.opened_at.isoformat(),
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
        }
        for field in FORM_FIELDS:
            kept |= field.keep(self)
        return kept

    def restore(self, payload: dict[str, Any]) -> None:
        """Fill the form from a draft (what :meth:`payload` wrote); the form is then unsaved (dirty)."""
        if isinstance(payload.get("version"), int):
            self.version = payload["version"]  # the version the user was editing: a later change by others shows
        if (opened := moment(payload.get("opened_at"))) is not None and self.contact_id is None:
            self.opened_at = opened
        self.ended_at = moment(payload.get("ended_at")) or self.ended_at
        if self.ended_at is not None:
            self.end_button.setEnabled(False)
        for field in FORM_FIELDS:
            field.restore(self, payload)
        self.dirty = True
        self.title_changed.emit(self.title())

    def identified_caller(self) -> tuple[str, date | None] | None:
        """The identified caller's name and birth date as typed (None: anonymous, or no name; no date if unreadable)."""
        name = self.identity.typed("full_name")
        if not self.identity.identified.isChecked() or not name.strip():
            return None
        return name, self.values()[0].birth_date

    def start_on(self, line: Line) -> None:
        """A new contact on ``line``, with that line's usual channel; nothing typed yet."""
        self.line.set_code(line)
        self.channel.set_code(DEFAULT_CHANNEL[line])
        self.dirty = False

    def resolve_sync_conflict(self, found: object, conflict: ContactConflict) -> bool:
        """Team mode: this contact was changed here and on another workstation before either synced; the same dialog
        as a conflict met at a save, the choices saved against the server's version (``app.services.sync_conflicts``).
        ``found`` is the sync's record of the conflict."""
        from app.services import sync_conflicts

        return self._resolve_conflict(
            conflict,
            save=lambda choices: self._call_save(sync_conflicts.save_contact, found, conflict, choices),
        )

    def _resolve_conflict(
        self, conflict: ContactConflict, save: Callable[[dict[str, Side]], SavedContact] | None = None
    ) -> bool:
        """The stored contact changed since this form opened: the service compared the two, field by field; show
        both values and send the user's choices back.

        Nothing is overwritten silently: the user's input stays in the form unless they choose otherwise, and the
        choices are saved against the version just read, so yet another change is caught the same way.
        """
        theirs = conflict.theirs
        names = {str(user.id): user.full_name for user in self.context.users}
        names |= {topic.code: topic.name for topic in self.context.topics}
        if theirs.data.case_id is not None and theirs.case_number:
            names[str(theirs.data.case_id)] = theirs.case_number
        if conflict.mine.case_id is not None:
            names[str(conflict.mine.case_id)] = self.identity.case.currentText()
        titles = {field.name: field.title() for field in FORM_FIELDS}
        dialog = ConflictDialog(conflict.found, conflict.who, names, self, field_names=titles)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.status.setText(
                fill(self.tr("Not saved: %1 changed this contact meanwhile. Your input is still here."), conflict.who)
            )
            return False
        choices = dialog.chosen()
        merged = contact_conflict.merged(conflict, choices)
        saving = save or (lambda chosen: self._call_save(contact_conflict.save_choices, conflict, chosen))
        if not self._save_data(merged, lambda: saving(choices)):
            return False
        saved_text = self.status.text()
        self._loading = True
        try:
            self.fill(
                contact_view.OpenedContact(
                    id=theirs.id,
                    version=self.version or theirs.version,
                    data=merged,
                    case_number=theirs.case_number if merged.case_id == theirs.data.case_id else None,
                    handled_by_name=theirs.handled_by_name,
                    entered_by_name=theirs.entered_by_name,
                    wrapup_seconds=theirs.wrapup_seconds,
                    caller_remembered=theirs.caller_remembered,
                )
            )
        finally:
            self._loading = False
        self.dirty = False
        self.status.setText(saved_text)
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each error next to its field; the first one gets the focus; a line at the bottom says how many."""
        self.identity.clear_errors()
        for label in (self.started_error, self.summary_error, self.topics_error, self.callback_error):
            label.clear_error()
        for row in self.risks.rows.values():
            row.error.clear_error()
        first: QWidget | None = None
        for name, reason in errors.items():
            text = messages.field_error(reason)
            if name in self.identity.errors:
                self.identity.errors[name].show_error(text)
                first = first or getattr(self.identity, name)
            elif name == "caller_number":
                self.identity.caller_number_error.show_error(text)
                first = first or self.identity.caller_number
            elif name.startswith("risk."):
                row = self.risks.rows[RiskFlag(name.removeprefix("risk."))]
                row.error.show_error(text)
                first = first or row.status
            else:
                label, widget = {
                    "started_at": (self.started_error, self.started_at),
                    "ended_at": (self.started_error, self.started_at),
                    "summary": (self.summary_error, self.summary),
                    "topics": (self.topics_error, self.topics),
                    "callback_due_at": (self.callback_error, self.callback_at),
                }.get(name, (self.summary_error, self.summary))
                label.show_error(text)
                first = first or widget
        if errors:
            self.status.setText(self.tr("Not saved: %n field(s) need attention.", "", len(errors)))
            set_tone(self.status, "error")
            if first is not None:
                first.setFocus()
        else:
            set_tone(self.status, "")

    def save(self) -> bool:
        """Validate and save; on any failure the input stays in the form and the reason is shown."""
        data, errors = self.values()
        if errors:
            self.show_errors(errors)
            return False
        if not data.summary.strip() and not data.topics:
            try:
                validate(data, utcnow())  # a field to correct comes first; the question is for a savable contact
            except FieldErrors as error:
                self.show_errors(error.errors)
                return False
            if not questions.save_without_content(self):
                self.summary.setFocus()
                return False
        return self._save_data(data)

    def _call_save(self, use_case: Callable[..., SavedContact], *args: Any, **kwargs: Any) -> SavedContact:
        """One save through the service-call helper; the form tells every known failure itself (see _save_data)."""
        saved = call(Route(self, quiet=(KnownError,)), self.context.store, use_case, self.context.user, *args, **kwargs)
        if saved is FAILED:  # a bug, shown in the crash dialog: nothing was saved
            raise _NotSaved
        assert isinstance(saved, SavedContact)
        return saved

    def _save_data(self, data: ContactInput, saving: Callable[[], SavedContact] | None = None) -> bool:
        """Save ``data``: the form's input against the version it opened, or as ``saving`` says (the choices made
        in a conflict). A conflict with a change saved meanwhile is shown and resolved here."""
        against = {"contact_id": self.contact_id, "expected_version": self.version, "base": self.base}
        try:
            saved = (saving or (lambda: self._call_save(contact_conflict.save_opened, data, **against)))()
        except _NotSaved:
            return False
        except FieldErrors as error:
            self.show_errors(error.errors)
            return False
        except ContactConflict as conflict:
            return self._resolve_conflict(conflict)
        except StaleRecord as error:  # a new contact's save, or the contact is gone
            messages.show_known_error(self, error)
            return False
        except KnownError as error:
            self.drafts.save_now()  # the input at least goes aside; a store fault there is retried until it works
            messages.show_known_error(self, error)
            return False
        self.show_errors({})
        self._timer.stop()
        self.contact_id, self.version = saved.id, saved.version
        self.base = data
        self.drafts.discard()
        self.identity.person_id = saved.person_id
        self.identity.seen = person_seen(data) if saved.person_id else {}
        if saved.case_number and self.identity.case.currentData() == NEW_CASE:
            self.identity.set_case(saved.case_id, saved.case_number)
        self.dirty = False
        self.status.setText(
            fill(self.tr("Saved %1."), local_datetime(utcnow()))
            + (" " + fill(self.tr("Case %1."), saved.case_number) if saved.case_number else "")
        )
        self.history_button.setVisible(True)
        self._sync_case_button()
        self._tick()
        self.title_changed.emit(self.title())
        self.saved.emit(saved.id)
        return True


class _NotSaved(Exception):
    """A save that ended in the crash dialog (a bug): the user has been told; the input stays in the form."""
