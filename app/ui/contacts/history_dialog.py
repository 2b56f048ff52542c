"""A saved contact's edit history: who changed which field, when, from what to what.

Each row names the field as the contact form does (``app.ui.contacts.form_fields``, the one description of the
form's fields) and shows its values as the form would: a line, channel or language by its name, a moment in local
time, a counsellor, case, caller or topic by name (the service resolves those), never a bare code or key.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.models.enums import CallerType, Channel, Direction, Language, Line, Sex
from app.services.actor import SessionUser
from app.services.contacts import contact_view
from app.store.db import Store
from app.ui.contacts.form_fields import BY_NAME
from app.ui.kit.calls import call_or_raise
from app.ui.kit.formatting import day, interface_language, local_datetime
from app.ui.kit.labels import label

# The stored columns the form does not show, by their names in the history.
_OWN_TITLES = {
    "sex": QT_TRANSLATE_NOOP("HistoryDialog", "Sex"),
    "ended_at": QT_TRANSLATE_NOOP("HistoryDialog", "Ended"),
    "person_id": QT_TRANSLATE_NOOP("HistoryDialog", "Linked caller"),
}
_CODES: dict[str, type[StrEnum]] = {
    "line": Line,
    "channel": Channel,
    "direction": Direction,
    "language": Language,
    "caller_type": CallerType,
    "sex": Sex,
}
_MOMENTS = {"started_at", "ended_at", "callback_due_at", "callback_done_at"}


def field_title(change: contact_view.Change) -> str:
    """The changed field's name as the form shows it."""
    if change.name in BY_NAME:
        return BY_NAME[change.name].title()
    if change.field in _OWN_TITLES:
        return QCoreApplication.translate("HistoryDialog", str(_OWN_TITLES[change.field]))
    return change.field


def shown_value(column: str, value: str | None) -> str:
    """A stored value as the form would show it ("—" for none)."""
    if value is None or value == "":
        return "—"
    try:
        if column in _CODES:
            return label(_CODES[column](value))
        if column in _MOMENTS:
            return local_datetime(_aware(datetime.fromisoformat(value)))
        if column == "birth_date":
            return day(date.fromisoformat(value))
    except ValueError:  # a value from an older version the codes no longer know: shown as kept
        pass
    return value


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class HistoryDialog(QDialog):
    def __init__(self, store: Store, user: SessionUser, contact_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact history"))
        changes = call_or_raise(  # a refusal: to the caller
            store, contact_view.contact_history, user, contact_id, interface_language()
        )
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        for change in changes:
            self.model.appendRow(
                [
                    QStandardItem(local_datetime(change.changed_at)),
                    QStandardItem(change.changed_by),
                    QStandardItem(field_title(change)),
                    QStandardItem(shown_value(change.field, change.old_value)),
                    QStandardItem(shown_value(change.field, change.new_value)),
                ]
            )
        view = QTableView()
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(800, 400)
