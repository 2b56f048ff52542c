"""The audit trail for shift leads and administrators: filters, newest first, the chain check, CSV export."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.files import write_atomically
from app.models.audit import AuditKind
from app.services.actor import SessionUser, is_administrator
from app.services.guard import audit, audit_anchor, auth
from app.services.guard.audit import AuditFilter, AuditRow
from app.store.db import Store
from app.ui.kit import labels, messages
from app.ui.kit.calls import FAILED, Failed, Route, call
from app.ui.kit.formatting import local_datetime
from app.ui.kit.table_model import Column, RowTableModel
from app.ui.kit.text import fill
from app.ui.kit.theme import set_tone
from app.ui.kit.widgets import CodeCombo, ErrorLabel

DEFAULT_DAYS = 30


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditModel(RowTableModel[AuditRow]):
    """The audit entries shown, newest first; the next page is appended (``append_rows``) as the view scrolls."""

    COLUMNS = ("at", "user", "kind", "record", "screen", "details")

    def columns(self) -> list[Column[AuditRow]]:
        tip = Qt.ItemDataRole.ToolTipRole
        return [  # each cell's tooltip is its text, but for the record's whole id and the details as stored
            self._column(lambda: self.tr("When"), self._at),
            self._column(lambda: self.tr("User"), self._user),
            self._column(lambda: self.tr("What"), self._kind),
            Column(lambda: self.tr("Record"), self._record, {tip: self._record_id}),
            self._column(lambda: self.tr("Screen"), lambda row: row.screen or ""),
            Column(lambda: self.tr("Details"), self._details, {tip: self._details_stored}),
        ]

    @staticmethod
    def _column(header: Callable[[], str], show: Callable[[AuditRow], str]) -> Column[AuditRow]:
        return Column(header, show, {Qt.ItemDataRole.ToolTipRole: show})

    def _at(self, row: AuditRow) -> str:
        # an entry changed by hand into what cannot be read is shown, marked (verify names it)
        return local_datetime(row.at) if row.at is not None else self.tr("(cannot be read)")

    def _user(self, row: AuditRow) -> str:
        if not row.username and row.kind in _LOG_IN_KINDS:  # a name that is no user's is not kept
            return self.tr("(an unknown name)")
        return row.username

    def _kind(self, row: AuditRow) -> str:
        if row.kind is None:
            return fill(self.tr("(cannot be read: %1)"), row.raw_kind)
        return labels.label(row.kind)

    @staticmethod
    def _record(row: AuditRow) -> str:
        if row.record_type is None:
            return ""
        kind = QCoreApplication.translate("AuditModel", str(_RECORD_TYPES.get(row.record_type, row.record_type)))
        return f"{kind} {(row.record_id or '')[:8]}"

    @staticmethod
    def _record_id(row: AuditRow) -> str | None:
        return "" if row.record_type is None else row.record_id

    def _details(self, row: AuditRow) -> str:
        if row.raw_details is not None:
            return fill(self.tr("(cannot be read: %1)"), row.raw_details)
        if not row.details:
            return ""
        return "; ".join(f"{self._key(key)}: {self._value(value)}" for key, value in row.details.items())

    def _details_stored(self, row: AuditRow) -> str:
        if row.raw_details is None and row.details:
            return json.dumps(row.details, ensure_ascii=False)  # as stored (and exported)
        return self._details(row)

    @staticmethod
    def _key(key: str) -> str:
        known = _DETAIL_KEYS.get(key)
        return QCoreApplication.translate("AuditModel", str(known)) if known else key.replace("_", " ")

    def _value(self, value: Any) -> str:
        """One detail's value for reading: yes/no, a list's items joined, anything nested as JSON."""
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if value is None:
            return "—"
        if isinstance(value, list | tuple):
            return ", ".join(self._value(item) for item in value)
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False)
        return str(value)


_LOG_IN_KINDS = (AuditKind.LOGIN_FAILED, AuditKind.LOGIN_LOCKED)

# What the entries name (record types and the keys of their details), for reading in the user's language; a key
# not listed is shown as stored.
_RECORD_TYPES: dict[str, object] = {
    "contact": QT_TRANSLATE_NOOP("AuditModel", "contact"),
    "person": QT_TRANSLATE_NOOP("AuditModel", "person"),
    "case": QT_TRANSLATE_NOOP("AuditModel", "case"),
    "decision": QT_TRANSLATE_NOOP("AuditModel", "decision"),
    "user": QT_TRANSLATE_NOOP("AuditModel", "user"),
    "export": QT_TRANSLATE_NOOP("AuditModel", "export"),
    "anchor": QT_TRANSLATE_NOOP("AuditModel", "anchor"),
}
_DETAIL_KEYS: dict[str, object] = {
    "identified": QT_TRANSLATE_NOOP("AuditModel", "identified"),
    "fields": QT_TRANSLATE_NOOP("AuditModel", "fields"),
    "field": QT_TRANSLATE_NOOP("AuditModel", "field"),
    "from": QT_TRANSLATE_NOOP("AuditModel", "from"),
    "to": QT_TRANSLATE_NOOP("AuditModel", "to"),
    "number": QT_TRANSLATE_NOOP("AuditModel", "number"),
    "outcome": QT_TRANSLATE_NOOP("AuditModel", "outcome"),
    "language": QT_TRANSLATE_NOOP("AuditModel", "language"),
    "password": QT_TRANSLATE_NOOP("AuditModel", "password"),
    "event": QT_TRANSLATE_NOOP("AuditModel", "event"),
    "role": QT_TRANSLATE_NOOP("AuditModel", "role"),
    "what": QT_TRANSLATE_NOOP("AuditModel", "what"),
    "months": QT_TRANSLATE_NOOP("AuditModel", "months"),
    "contacts": QT_TRANSLATE_NOOP("AuditModel", "contacts"),
    "decisions": QT_TRANSLATE_NOOP("AuditModel", "decisions"),
    "contacts_outside_cases": QT_TRANSLATE_NOOP("AuditModel", "contacts outside a case"),
    "hold": QT_TRANSLATE_NOOP("AuditModel", "on hold"),
    "since": QT_TRANSLATE_NOOP("AuditModel", "since"),
    "until": QT_TRANSLATE_NOOP("AuditModel", "until"),
    "provider": QT_TRANSLATE_NOOP("AuditModel", "provider"),
    "name_tag": QT_TRANSLATE_NOOP("AuditModel", "name tag"),
    "backup": QT_TRANSLATE_NOOP("AuditModel", "backup"),
    "finding": QT_TRANSLATE_NOOP("AuditModel", "finding"),
    "recorded_seq": QT_TRANSLATE_NOOP("AuditModel", "anchored entry"),
    "store_seq": QT_TRANSLATE_NOOP("AuditModel", "store's newest entry"),
    "chain": QT_TRANSLATE_NOOP("AuditModel", "chain"),
    "checked": QT_TRANSLATE_NOOP("AuditModel", "checked"),
    "anchor": QT_TRANSLATE_NOOP("AuditModel", "anchor"),
    "reason": QT_TRANSLATE_NOOP(
        "AuditModel", "reason"
    ),  # of an access with a stated reason (app.services.guard.access)
}


class AuditDialog(QDialog):
    def __init__(self, store: Store, user: SessionUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1100, 640)
        today = date.today()
        self.date_from = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.user_combo = QComboBox()
        self.user_combo.addItem("—", None)
        try:  # without the list, the filter offers no user; the trail itself may still be readable
            found = call(Route(self, quiet=(KnownError,)), store, auth.list_counsellors)
        except KnownError:
            found = []
        users = [] if isinstance(found, Failed) else found
        for someone in users:
            self.user_combo.addItem(someone.full_name, str(someone.id))
        self.kind = CodeCombo(list(AuditKind), allow_none=True)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("ID code, phone or case number"))
        self.person_error = ErrorLabel()
        self.date_error = ErrorLabel()
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setDefault(True)
        self.more_button = QPushButton(self.tr("&More"))
        self.verify_button = QPushButton(self.tr("&Check the chain"))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        # After a finding of the anchor: an administrator who looked into it accepts the trail as it is (recorded).
        self.accept_button = QPushButton(self.tr("&Accept the trail as it is…"))
        keeper = store.anchor
        self.accept_button.setVisible(
            is_administrator(user) and isinstance(keeper, audit_anchor.Keeper) and keeper.finding is not None
        )
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        # The trail's anchor, for an administrator to write down (or copy) and check the trail against later.
        self.anchor = QLabel()
        self.anchor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.anchor.setVisible(is_administrator(user))
        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        # One line per entry: a wrapped record id would fall below the row's height and vanish.
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        record_width = self.view.fontMetrics().horizontalAdvance("decision 0000000000") + 16
        for column, width in enumerate((122, 90, 200, max(150, record_width), 80)):
            self.view.horizontalHeader().resizeSection(column, width)

        grid = QGridLayout()
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        cells: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("&Period"), period),
            (self.tr("&User"), self.user_combo),
            (self.tr("&Kind"), self.kind),
            (self.tr("Pe&rson"), self.person),
        ]
        for column, (text, field) in enumerate(cells):
            label = QLabel(text)
            grid.addWidget(label, 0, column)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, 1, column)
                label.setBuddy(self.date_from)
            else:
                grid.addWidget(field, 1, column)
                label.setBuddy(field)
        grid.addWidget(self.show_button, 1, 4)
        grid.addWidget(self.date_error, 2, 0)
        grid.addWidget(self.person_error, 2, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.verdict, 1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.anchor)

        self.show_button.clicked.connect(self.reload)
        self.more_button.clicked.connect(self.load_more)
        self.verify_button.clicked.connect(self.verify)
        self.accept_button.clicked.connect(self.accept_trail)
        self.export_button.clicked.connect(self.export)
        self.reload()
        self.show_anchor()

    def accept_trail(self) -> None:
        """The administrator has looked into what the anchor found: the trail is anchored again as it now is."""
        keeper = self.store.anchor
        if not is_administrator(self.user) or not isinstance(keeper, audit_anchor.Keeper):
            return
        if keeper.finding is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Accept the trail as it is"),
            finding_text(keeper.finding)
            + "\n\n"
            + self.tr(
                "Accept the trail as it is now and anchor it again? Do this only once you know why it changed (a "
                "restore at start, a backup put back by hand). The acceptance, and what was found, stay in the trail."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # a stray Enter or Space answers no
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        by = {"by": "audit viewer"}
        if call(self, self.store, audit_anchor.rebase, keeper, AuditKind.ANCHOR_REBASED, self.user, by) is FAILED:
            return
        self.accept_button.hide()
        self.verdict.setText(self.tr("The trail is accepted as it is and anchored again; this is in the trail."))
        set_tone(self.verdict, "")
        self.show_anchor()
        self.reload()

    def show_anchor(self) -> None:
        if not is_administrator(self.user):
            return
        newest = audit_anchor.current(self.store)
        if newest is None:
            self.anchor.clear()
            return
        self.anchor.setText(
            fill(self.tr("Anchor of the trail, to write down and check it against later: %1"), newest.text())
        )

    def current_filter(self) -> AuditFilter | None:
        """The filter as set, or None with the reason beside the field (backwards period, unknown person)."""
        self.date_error.clear_error()
        self.person_error.clear_error()
        first, last = _date(self.date_from.date()), _date(self.date_to.date())
        if last < first:
            self.date_error.show_error(self.tr("The end of the period is before its start."))
            return None
        person_id = None
        if self.person.text().strip():
            found = call(self, self.store, audit.person_for, self.person.text())
            if isinstance(found, Failed):
                return None
            person_id = found
            if person_id is None:
                self.person_error.show_error(self.tr("No person has this ID code, phone or case number."))
                return None
        chosen = self.user_combo.currentData()
        return AuditFilter(
            user_id=uuid.UUID(chosen) if chosen else None,
            person_id=person_id,
            kind=self.kind.code(),
            date_from=first,
            date_to=last,
        )

    def reload(self) -> None:
        where = self.current_filter()
        if where is None:
            return
        rows = call(self, self.store, audit.entries, self.user, where)
        if isinstance(rows, Failed):
            return
        self._shown = where
        self.model.set_rows(rows)
        self.more_button.setEnabled(len(rows) == audit.PAGE_SIZE)

    def load_more(self) -> None:
        if not self.model.rowCount():
            return
        rows = call(
            self,
            self.store,
            audit.entries,
            self.user,
            self._shown,
            before=self.model.row_at(self.model.rowCount() - 1).seq,
        )
        if isinstance(rows, Failed):
            return
        if rows:
            self.model.append_rows(rows)
        self.more_button.setEnabled(len(rows) == audit.PAGE_SIZE)

    def verify(self) -> None:
        """Check the chain and the anchor outside the store; the check is recorded in the trail."""
        keeper = self.store.anchor
        finding = keeper.finding if isinstance(keeper, audit_anchor.Keeper) else None
        verdict = call(self, self.store, audit.check_chain, self.user, finding.kind if finding else "ok")
        if isinstance(verdict, Failed):
            return
        if verdict.ok:
            text = fill(self.tr("The audit trail is intact: %1 entries checked."), str(verdict.checked))
        elif verdict.first_broken is None:
            text = self.tr("The audit trail is broken: its newest entries do not match the recorded tip.")
        else:
            text = fill(
                self.tr("The audit trail is broken at entry %1: it was changed, removed or relinked."),
                str(verdict.first_broken),
            )
        if finding is not None:
            text += " " + finding_text(finding)
        self.verdict.setText(text)
        set_tone(self.verdict, "" if verdict.ok and finding is None else "error")
        font = self.verdict.font()
        font.setBold(not (verdict.ok and finding is None))
        self.verdict.setFont(font)
        self.show_anchor()

    def export(self) -> None:
        where = self.current_filter()
        if where is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"audit_{date.today():%Y-%m-%d}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), str(Path(folder, name)), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        data = call(self, self.store, audit.export_csv, self.user, where)
        if isinstance(data, Failed):
            return
        try:
            write_atomically(Path(path), data)
        except OSError as error:
            messages.show_write_error(self, error)
            return
        self.verdict.setText(fill(self.tr("Saved: %1"), path))
        set_tone(self.verdict, "")


def finding_text(finding: audit_anchor.Finding) -> str:
    """What the anchor outside the store found, in the user's language (``Finding.sentence`` is the command line's)."""
    recorded = str(finding.recorded.seq) if finding.recorded is not None else ""
    texts = {
        "shorter": QCoreApplication.translate(
            "AuditDialog",
            "The audit trail is shorter than recorded outside the store: entry %1 was written, but the store ends at "
            "entry %2. An old copy of the store was put back, entries were cut, or the store lost its newest "
            "commits: what was saved after that may be lost.",
        ),
        "rewritten": QCoreApplication.translate(
            "AuditDialog",
            "Entry %1 of the audit trail is not the one recorded outside the store: the store was rolled back (an "
            "old copy put back, entries cut, or lost commits) and work went on after that, or the trail was "
            "rewritten. What was saved after the roll-back may be lost.",
        ),
        "tampered": QCoreApplication.translate(
            "AuditDialog",
            "The record of the audit trail kept outside the store was changed by hand: it can no longer be read or "
            "checked.",
        ),
        "head": QCoreApplication.translate(
            "AuditDialog",
            "The store's record of the newest audit entry was changed by hand; it was set again from the newest "
            "entry there is (%2). Check the whole trail (Check the chain).",
        ),
        "gone": QCoreApplication.translate(
            "AuditDialog", "The record of the audit trail kept outside the store is gone, although it was kept before."
        ),
    }
    return fill(texts[finding.kind], recorded, str(finding.store_seq))


def warn_about_the_trail(store: Store, parent: QWidget | None = None) -> bool:
    """At start: say what the anchor found (and what to do), once, before anyone logs in. True when it said so."""
    keeper = store.anchor
    if not isinstance(keeper, audit_anchor.Keeper) or keeper.finding is None:
        return False
    text = (
        finding_text(keeper.finding)
        + "\n\n"
        + QCoreApplication.translate(
            "AuditDialog",
            "The program works on, and says this at every start until an administrator has looked into it and "
            "accepted the trail as it is (Audit trail window, or helpline audit verify --accept). Tell your "
            "administrator now.",
        )
    )
    QMessageBox.warning(parent, QCoreApplication.translate("AuditDialog", "Audit trail"), text)
    return True
