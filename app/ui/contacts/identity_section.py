"""The caller section of the contact form: anonymous by default, identity fields when needed, repeat callers."""

from __future__ import annotations

import contextlib
import html
import uuid
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldErrors, KnownError
from app.models.identity import InvalidValue, format_phone, parse_id_code, parse_phone
from app.services.contacts.caller_recognition import CallerHistory
from app.services.contacts.editing import rebase_person, same_value
from app.services.contacts.matching import CaseRef, PersonMatch
from app.ui.contacts.access_dialog import AccessAsker, AccessDialog
from app.ui.kit import labels, messages
from app.ui.kit.formatting import local_datetime
from app.ui.kit.messages import field_error
from app.ui.kit.text import fill
from app.ui.kit.widgets import ErrorLabel, with_error

MatchFinder = Callable[[str, str, str], list[PersonMatch]]
# number -> (earlier contacts from it: count, last time, rows the user may see), or raises FieldErrors
# (None: it could not be read, and the user has been told why)
Recogniser = Callable[[str], CallerHistory | None]
# (person id, screen) -> the person's fields as stored (ContactInput.person_seen's shape); None or KnownError: not to
# be read now (None: the user has been told why)
PersonLoader = Callable[[uuid.UUID, str], dict[str, str | date | None] | None]
Shown = dict[str, str | date | None]
NEW_CASE = "new"


def parse_date(text: str) -> date:
    """A date typed as dd.mm.yyyy (also d.m.yyyy or yyyy-mm-dd)."""
    text = text.strip()
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise InvalidValue("date.format")


class IdentitySection(QGroupBox):
    """Anonymous / identified, the identity fields with their checks, matches with earlier callers, the case."""

    changed = Signal()

    def __init__(
        self,
        find_matches: MatchFinder,
        recognise: Recogniser | None = None,
        ask_access: AccessAsker | None = None,
        parent: QWidget | None = None,
        *,
        load_person: PersonLoader | None = None,
    ) -> None:
        super().__init__(self.tr("Caller"), parent)
        self._find_matches = find_matches
        self._load_person = load_person
        self._recognise = recognise
        self._ask_access = ask_access
        self.access_dialog: AccessDialog | None = None
        self.history: CallerHistory | None = None
        self.person_id: uuid.UUID | None = None
        # The person fields typed since a person was last shown here (opened, linked, continued) or unlinked: what
        # linking treats as typed for this link rather than as what an earlier person left in the form.
        self._typed: set[str] = set()
        self._before_link: dict[str, str] = {}  # typed before the link shown now, given back if it is undone
        # The linked person's fields as shown here (ContactInput.person_seen): what is left so keeps the person's value.
        self._seen: Shown = {}
        self.anonymous = QRadioButton(self.tr("An&onymous"))
        self.identified = QRadioButton(self.tr("Identi&fied"))
        self.anonymous.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.anonymous)
        group.addButton(self.identified)

        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.id_code = QLineEdit()
        self.id_code.setMaxLength(20)
        self.id_code_facts = QLabel()
        self.id_code_facts.hide()
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("5123 4567")
        self.email = QLineEdit()
        self.municipality = QLineEdit()
        self.municipality.setMaxLength(100)
        self.errors = {
            name: ErrorLabel()
            for name in ("full_name", "id_code", "birth_date", "phone", "email", "municipality", "case")
        }

        # An anonymous caller's number: kept only as a keyed hash, to recognise repeat callers.
        self.caller_number = QLineEdit()
        self.caller_number.setPlaceholderText(self.tr("Caller's number, if they agree (kept only as a code)"))
        self.caller_number.setToolTip(
            self.tr(
                "The number is not stored: only a code made from it, so the program can tell when the same number "
                "calls again, while nobody can read the number back."
            )
        )
        self.caller_number_error = ErrorLabel()
        self.caller_seen = QLabel()
        self.caller_seen.setWordWrap(True)
        self.caller_seen.setTextFormat(Qt.TextFormat.RichText)
        self.caller_seen.linkActivated.connect(lambda _link: self.show_history())
        self.caller_seen.hide()
        self.remembered = False  # the saved contact already has a number's code

        self.matches = QListWidget()
        self.matches.setMaximumHeight(90)
        self.link_button = QPushButton(self.tr("Link to this person"))
        # Another counsellor's caller (a "known caller"): opened only with a stated reason, which is audited.
        self.access_button = QPushButton(self.tr("Ask for access…"))
        self.access_button.setToolTip(
            self.tr("See this caller's name and cases: you say why, and the access is recorded in the audit trail")
        )
        self.linked = QLabel()
        self.notice = QLabel()  # after linking or continuing a draft: fields to check before saving
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.case = QComboBox()

        switch = QHBoxLayout()
        switch.addWidget(self.anonymous)
        switch.addWidget(self.identified)
        switch.addStretch()
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name"), with_error(self.full_name, self.errors["full_name"]))
        id_box = QWidget()
        id_layout = QVBoxLayout(id_box)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.setSpacing(2)
        id_layout.addWidget(self.id_code)
        id_layout.addWidget(self.id_code_facts)
        id_layout.addWidget(self.errors["id_code"])
        id_box.setFocusProxy(self.id_code)  # the label's Alt-key lands in the field
        id_box.setFocusPolicy(self.id_code.focusPolicy())
        form.addRow(self.tr("&ID code"), id_box)
        form.addRow(self.tr("Bi&rth date"), with_error(self.birth_date, self.errors["birth_date"]))
        form.addRow(self.tr("&Phone"), with_error(self.phone, self.errors["phone"]))
        form.addRow(self.tr("E-&mail"), with_error(self.email, self.errors["email"]))
        form.addRow(self.tr("Municipality"), with_error(self.municipality, self.errors["municipality"]))
        self.match_box = QWidget()
        match_layout = QVBoxLayout(self.match_box)
        match_layout.setContentsMargins(0, 0, 0, 0)
        self.match_title = QLabel(self.tr("Earlier contacts with the same phone, ID code or name:"))
        match_layout.addWidget(self.match_title)
        match_layout.addWidget(self.matches)
        match_buttons = QHBoxLayout()
        match_buttons.addWidget(self.link_button)
        match_buttons.addWidget(self.access_button)
        match_buttons.addStretch()
        match_layout.addLayout(match_buttons)
        form.addRow(self.match_box)
        linked_row = QHBoxLayout()
        linked_row.addWidget(self.linked, 1)
        linked_row.addWidget(self.unlink_button)
        form.addRow(linked_row)
        form.addRow(self.notice)

        self.anonymous_fields = QWidget()
        anonymous_form = QFormLayout(self.anonymous_fields)
        anonymous_form.setContentsMargins(0, 0, 0, 0)
        anonymous_form.addRow(self.tr("Number"), with_error(self.caller_number, self.caller_number_error))
        anonymous_form.addRow(self.caller_seen)

        layout = QVBoxLayout(self)
        layout.addLayout(switch)
        layout.addWidget(self.anonymous_fields)
        layout.addWidget(self.fields)
        case_row = QFormLayout()
        case_row.addRow(self.tr("Case"), with_error(self.case, self.errors["case"]))
        layout.addLayout(case_row)
        _align_labels(form, anonymous_form, case_row)

        self.anonymous.toggled.connect(self._sync)
        self.id_code.editingFinished.connect(self._check_id_code)
        self.phone.editingFinished.connect(self._check_phone)
        self.caller_number.editingFinished.connect(self.recognise_caller)
        self.caller_number.textEdited.connect(lambda *_: self.changed.emit())
        for edit in (self.id_code, self.phone, self.full_name):
            edit.editingFinished.connect(self.refresh_matches)
        self.link_button.clicked.connect(self._link_selected)
        self.access_button.clicked.connect(self.ask_access)
        self.matches.currentItemChanged.connect(lambda *_: self._sync_match_buttons())
        self.unlink_button.clicked.connect(lambda: self.link(None))
        self.matches.itemActivated.connect(lambda _item: self._link_selected())
        for name, edit in self._person_edits().items():
            edit.textEdited.connect(lambda *_: self.changed.emit())
            edit.textEdited.connect(lambda *_, name=name: self._typed.add(name))
        self.anonymous.toggled.connect(lambda *_: self.changed.emit())
        self.case.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self._set_cases([])
        self.link(None)
        self._sync()

    @property
    def seen(self) -> Shown:
        return self._seen

    @seen.setter
    def seen(self, shown: Shown) -> None:
        """What the form now shows of the person: typing counts from here on."""
        self._seen = shown
        self._typed = set()

    def typed(self, name: str) -> str:
        """What a person field (a ContactInput identity name) shows, as typed."""
        return self._person_edits()[name].text()

    def set_typed(self, name: str, text: str) -> None:
        """Show ``text`` in a person field, as if typed there (no check runs)."""
        self._person_edits()[name].setText(text)

    def _person_edits(self) -> dict[str, QLineEdit]:
        """The person's fields by their ContactInput names."""
        return {
            "full_name": self.full_name,
            "id_code": self.id_code,
            "birth_date": self.birth_date,
            "phone": self.phone,
            "email": self.email,
            "municipality": self.municipality,
        }

    # --- checks while typing -------------------------------------------------------------------------------------
    def _check_id_code(self) -> None:
        text = self.id_code.text().strip()
        self.id_code_facts.clear()
        self.id_code_facts.hide()
        if not text:
            self.errors["id_code"].clear_error()
            return
        try:
            facts = parse_id_code(text)
        except InvalidValue as error:
            self.errors["id_code"].show_error(field_error(error.reason))
            return
        self.errors["id_code"].clear_error()
        self.birth_date.setText(facts.birth_date.strftime("%d.%m.%Y"))
        self.errors["birth_date"].clear_error()
        self.id_code_facts.setText(
            fill(self.tr("Born %1, %2"), facts.birth_date.strftime("%d.%m.%Y"), labels.label(facts.sex).lower())
        )

    def _check_phone(self) -> None:
        text = self.phone.text().strip()
        if not text:
            self.errors["phone"].clear_error()
            return
        try:
            self.phone.setText(format_phone(parse_phone(text)))
            self.errors["phone"].clear_error()
        except InvalidValue as error:
            self.errors["phone"].show_error(field_error(error.reason))

    def recognise_caller(self) -> None:
        """Say how often the typed number has called before (the number itself is never stored)."""
        text = self.caller_number.text().strip()
        self.caller_number_error.clear_error()
        self.history = None
        if not text or self._recognise is None:
            self.caller_seen.setVisible(self.remembered)
            self.caller_seen.setText(self.tr("A number is remembered for this contact (as a code)."))
            return
        try:
            history = self._recognise(text)
        except FieldErrors as error:
            self.caller_number_error.show_error(field_error(next(iter(error.errors.values()))))
            self.caller_seen.hide()
            return
        if history is None:  # not to be read now: said in a message
            self.caller_seen.hide()
            return
        self.history = history
        if history.count == 0:
            self.caller_seen.setText(self.tr("This number has not called before."))
        else:
            text = fill(
                self.tr("Earlier calls from this number: %n, the last on %1.", "", history.count),
                local_datetime(history.last_at) if history.last_at else "—",
            )
            link = self.tr("Show")
            self.caller_seen.setText(f"<b>{html.escape(text)}</b> <a href='show'>{html.escape(link)}</a>")
        self.caller_seen.show()

    def show_history(self) -> None:
        if self.history is None or not self.history.rows:
            return
        rows = "\n".join(
            f"{local_datetime(row.started_at)} · {labels.short_line(row.line)} · {row.handled_by} · {row.summary}"
            for row in self.history.rows
        )
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Earlier contacts from this number"))
        box.setText(rows)
        box.exec()

    def refresh_matches(self) -> None:
        if not self.identified.isChecked():
            return
        found = [
            m
            for m in self._find_matches(self.phone.text(), self.id_code.text(), self.full_name.text())
            if m.person_id != self.person_id
        ]
        self.matches.clear()
        for match in found:
            last = local_datetime(match.last_contact_at) if match.last_contact_at else "—"
            reasons = ", ".join(sorted(self._reason_name(r) for r in match.matched_on))
            if match.restricted:  # nothing that names them: that they exist, how often, when, on which lines
                text = fill(
                    self.tr("Known caller · %1 contacts, last %2 (%3) · matches %4"),
                    str(match.contact_count),
                    last,
                    ", ".join(labels.short_line(line) for line in match.lines) or "—",
                    reasons,
                )
            else:
                text = fill(
                    self.tr("%1 · %2 contacts, last %3 · matches %4"),
                    match.full_name or self.tr("(no name)"),
                    str(match.contact_count),
                    last,
                    reasons,
                )
            item = QListWidgetItem(text)
            if match.restricted:
                item.setToolTip(
                    self.tr("Another counsellor served this caller: ask for access, with a reason, to see who it is.")
                )
            item.setData(Qt.ItemDataRole.UserRole, match)
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
        self.match_box.setVisible(bool(found))
        self._sync_match_buttons()

    def _selected_match(self) -> PersonMatch | None:
        item = self.matches.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _sync_match_buttons(self) -> None:
        match = self._selected_match()
        restricted = match is not None and match.restricted
        self.link_button.setEnabled(match is not None and not restricted)
        self.access_button.setVisible(restricted and self._ask_access is not None)

    def ask_access(self) -> None:
        """Open the selected known caller with a stated reason (break-the-glass); on success they show in full."""
        match = self._selected_match()
        if match is None or not match.restricted or self._ask_access is None:
            return
        self.access_dialog = AccessDialog(match.person_id, self._ask_access, self)
        self.access_dialog.accepted.connect(lambda: self._opened(match.person_id))
        self.access_dialog.open()
        self.access_dialog.activateWindow()
        self.access_dialog.reason.setFocus()  # typing starts at the reason

    def _opened(self, person_id: uuid.UUID) -> None:
        self.refresh_matches()
        for row in range(self.matches.count()):
            match = self.matches.item(row).data(Qt.ItemDataRole.UserRole)
            if match.person_id == person_id:
                self.matches.setCurrentRow(row)
        self.matches.setFocus()

    def _reason_name(self, reason: str) -> str:
        return {"phone": self.tr("phone"), "id_code": self.tr("ID code"), "name": self.tr("name")}.get(reason, reason)

    def _link_selected(self) -> None:
        match = self._selected_match()
        if match is not None and match.restricted:
            self.ask_access()  # Enter on a known caller asks for access; it never links blind
        elif match is not None:
            self.link(match)

    def link(self, match: PersonMatch | None) -> None:
        """Tie the contact to an earlier person, or untie it.

        Linking shows the person as stored, every field: what was typed before was a search (a partial or
        lower-case name, the phone that found them) and what an earlier, unlinked person left in the form is theirs,
        not this person's. A field the person has nothing in keeps what was typed since the last person was shown or
        unlinked (saved to the person as an addition); a typed value a stored one replaced is named in ``notice``.
        """
        stored: Shown | None = None
        if match is not None:
            stored = self._stored(match.person_id, "link", _shown_of(match))
            if stored is None:
                return  # refused (no longer visible, or gone): said in a message; the form stays as it was
        self.person_id = match.person_id if match else None
        self.notice.clear()
        if match is not None and stored is not None:
            edits = self._person_edits().items()
            self._before_link = {name: edit.text() for name, edit in edits if name in self._typed and edit.text()}
            replaced = self._show_stored(stored)
            self._set_cases(match.cases)
            if match.cases:
                self.case.setCurrentIndex(2)
            self._show_linked(str(stored.get("full_name") or match.full_name or ""))
            self.matches.clear()
            self.match_box.hide()
            if replaced:
                self.notice.setText(
                    fill(
                        self.tr("Shown as stored for this caller, not as typed: %1. Type a field again to change it."),
                        ", ".join(self._field_name(name) for name in replaced),
                    )
                )
        else:
            # Unlinked: what the form showed of that caller is theirs, so it goes with the link (saving would
            # otherwise copy it into a new person, a second one with their ID code); what was typed stays.
            # A field typed before linking (the phone that found them) gets that typing back: nothing typed is lost.
            for name, edit in self._person_edits().items():
                if name not in self._typed and self.seen.get(name) is not None:
                    edit.setText(self._before_link.get(name, ""))
            self._before_link = {}
            self._check_id_code()
            self.seen = {}
            self.linked.clear()
            self._set_cases([])
        self.notice.setVisible(bool(self.notice.text()))
        self.linked.setVisible(match is not None)
        self.unlink_button.setVisible(match is not None)
        self.changed.emit()

    def continue_person(self, then: Shown | None) -> None:
        """A draft's input is in the fields, linked to ``person_id``: lay it over the person as stored now.

        ``then`` is what the form showed of the person when the draft was typed (None: an older draft). A field the
        counsellor left as shown shows the stored value, a newer one saved meanwhile included, so saving never rolls
        it back; their own changes stay; a field changed on both sides keeps the typing and is named in ``notice``.
        """
        if self.person_id is None:
            return
        now = self._stored(self.person_id, "draft", None)
        if now is None:  # not to be read now: the typing stays; a save says why it cannot be saved
            self.seen = dict(then or {})
            return
        edits = self._person_edits()
        typed: Shown = {name: edit.text() for name, edit in edits.items()}
        with contextlib.suppress(InvalidValue):
            typed["birth_date"] = parse_date(self.birth_date.text()) if self.birth_date.text().strip() else None
        shown, both = rebase_person(typed, then, now)
        for name, edit in edits.items():
            edit.setText(_display(name, shown.get(name)))
        self._check_id_code()
        self.seen = {name: _displayed_seen(name, value) for name, value in now.items()}
        self._show_linked(str(now.get("full_name") or ""))
        self.linked.show()
        self.unlink_button.show()
        if both:
            self.notice.setText(
                fill(
                    self.tr(
                        "Changed elsewhere while this form was put aside: %1. The form shows your typing; "
                        "check it before saving."
                    ),
                    ", ".join(self._field_name(name) for name in both),
                )
            )
        self.notice.setVisible(bool(both))

    def _stored(self, person_id: uuid.UUID, screen: str, fallback: Shown | None) -> Shown | None:
        """The person as stored, read for ``screen``; without a reader (a bare section in a test) ``fallback``."""
        if self._load_person is None:
            return fallback
        try:
            return self._load_person(person_id, screen)
        except KnownError as error:
            messages.show_known_error(self, error)
            return None

    def _show_stored(self, stored: Shown) -> list[str]:
        """Every person field shows ``stored``; see :meth:`link`. The fields whose typed value was replaced."""
        replaced: list[str] = []
        for name, edit in self._person_edits().items():
            value = _display(name, stored.get(name))
            typed = edit.text().strip()
            if value:
                if name in self._typed and typed and not _searched_for(name, typed, stored.get(name)):
                    replaced.append(name)
                edit.setText(value)
            elif name not in self._typed:
                edit.setText("")  # an earlier person's, or nothing
        self._check_id_code()
        self._check_phone()
        self.seen = {name: _displayed_seen(name, value) for name, value in stored.items()}
        return replaced

    def _show_linked(self, name: str) -> None:
        self.linked.setText(fill(self.tr("Linked to an earlier caller: %1"), name or "—"))

    def _field_name(self, name: str) -> str:
        return {
            "full_name": self.tr("name"),
            "id_code": self.tr("ID code"),
            "birth_date": self.tr("birth date"),
            "phone": self.tr("phone"),
            "email": self.tr("e-mail"),
            "municipality": self.tr("municipality"),
        }.get(name, name)

    def _set_cases(self, cases: list[CaseRef]) -> None:
        self.case.blockSignals(True)
        self.case.clear()
        self.case.addItem(self.tr("No case"), None)
        self.case.addItem(self.tr("Open a new case"), NEW_CASE)
        for case in cases:
            self.case.addItem(case.number, str(case.id))
        self.case.blockSignals(False)

    def set_case(self, case_id: uuid.UUID | None, number: str | None) -> None:
        if case_id is None:
            self.case.setCurrentIndex(0)
            return
        index = self.case.findData(str(case_id))
        if index < 0:
            self.case.addItem(number or str(case_id), str(case_id))
            index = self.case.count() - 1
        self.case.setCurrentIndex(index)

    def _sync(self) -> None:
        self.fields.setEnabled(self.identified.isChecked())
        self.anonymous_fields.setVisible(self.anonymous.isChecked() and self._recognise is not None)
        self.match_box.setVisible(self.identified.isChecked() and self.matches.count() > 0)

    def clear_errors(self) -> None:
        self.caller_number_error.clear_error()
        for label in self.errors.values():
            label.clear_error()


def _shown_of(match: PersonMatch) -> dict[str, str | date | None]:
    """What linking shows of a person: the match's name, ID code (with its birth date) and phone; nothing else."""
    seen: dict[str, str | date | None] = {
        "full_name": match.full_name or "",
        "id_code": match.id_code or "",
        "phone": format_phone(match.phone_e164) if match.phone_e164 else "",
    }
    if match.id_code:
        with contextlib.suppress(InvalidValue):
            seen["birth_date"] = parse_id_code(match.id_code).birth_date
    return seen


def _display(name: str, value: str | date | None) -> str:
    """A stored value as its field shows it (a phone as ``5123 4567``, a date as dd.mm.yyyy)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if name == "phone" and value.startswith("+"):
        with contextlib.suppress(InvalidValue):
            return format_phone(parse_phone(value))
    return value


def _displayed_seen(name: str, value: str | date | None) -> str | date | None:
    """``value`` as person_seen holds what the field shows (a date stays a date)."""
    return value if isinstance(value, date) or value is None else _display(name, value)


def _searched_for(name: str, typed: str, stored: str | date | None) -> bool:
    """What was typed names the stored value: the same once normalised, or, for a name, a part of it in any case."""
    if same_value(name, typed, stored):
        return True
    if name != "full_name" or not isinstance(stored, str):
        return False
    known = stored.casefold().split()
    return all(any(word.startswith(part) for word in known) for part in typed.casefold().split())


def _align_labels(*forms: QFormLayout) -> None:
    """Labels of separate forms stacked in one column get one width, so their fields start in one line."""
    found: list[QLabel] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                found.append(widget)
    width = max((label.sizeHint().width() for label in found), default=0)
    for label in found:
        label.setMinimumWidth(width)
