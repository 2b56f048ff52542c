"""Someone else saved the contact meanwhile: both values side by side, field by field, and the user chooses.

Nothing is saved until the user says so; "Back to the form" keeps their input in the form and the stored contact as
the other person left it (see ``app.services.conflicts``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import StepStatus
from app.services.conflicts import Difference, Side
from app.ui.kit import labels
from app.ui.kit.formatting import local_datetime
from app.ui.kit.text import fill

# The provider editor's fields; the contact form names its own (app.ui.contacts.form_fields, the same context).
_NAMES: dict[str, object] = {
    "kind": QT_TRANSLATE_NOOP("ConflictDialog", "Kind"),
    "name": QT_TRANSLATE_NOOP("ConflictDialog", "Name"),
    "registry_code": QT_TRANSLATE_NOOP("ConflictDialog", "Registry code"),
    "basis": QT_TRANSLATE_NOOP("ConflictDialog", "Basis"),
    "address": QT_TRANSLATE_NOOP("ConflictDialog", "Address"),
    "price_list_url": QT_TRANSLATE_NOOP("ConflictDialog", "Price list"),
    "contract_valid_from": QT_TRANSLATE_NOOP("ConflictDialog", "Contract from"),
    "contract_valid_to": QT_TRANSLATE_NOOP("ConflictDialog", "Contract until"),
    "counties": QT_TRANSLATE_NOOP("ConflictDialog", "Counties"),
    "languages": QT_TRANSLATE_NOOP("ConflictDialog", "Languages"),
    "services": QT_TRANSLATE_NOOP("ConflictDialog", "Services"),
    "fields_of_work": QT_TRANSLATE_NOOP("ConflictDialog", "Fields of work"),
    "active": QT_TRANSLATE_NOOP("ConflictDialog", "Active"),
    "qualifications": QT_TRANSLATE_NOOP("ConflictDialog", "Qualifications"),
}

# What became of a raised risk's step, as the contact form's risk rows say it (their context).
_STEPS: dict[str, object] = {
    StepStatus.PENDING: QT_TRANSLATE_NOOP("RiskRow", "Step not yet taken"),
    StepStatus.DONE: QT_TRANSLATE_NOOP("RiskRow", "Step done"),
    StepStatus.DECLINED: QT_TRANSLATE_NOOP("RiskRow", "Declined (say why)"),
}


class _Choice(QWidget):
    """A radio button with its value as wrapped text beside it; a click anywhere on the value chooses it."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.button = QRadioButton()
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMinimumWidth(200)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.button.setChecked(True)
        super().mousePressEvent(event)


class ConflictDialog(QDialog):
    """One row per differing field: its name, the user's value and the stored one, each with a choice."""

    def __init__(
        self,
        found: list[Difference],
        who: str,
        names: dict[str, str],
        parent: QWidget | None = None,
        *,
        provider: bool = False,
        field_names: Mapping[str, str] | None = None,
    ) -> None:
        """``who`` saved the stored version; ``names`` gives readable names for ids and codes (users, topics);
        ``field_names`` the form's names of its fields, translated (without them: the provider editor's)."""
        super().__init__(parent)
        self.found = found
        self.names = names
        self.field_names = field_names or {}
        self.setWindowTitle(self.tr("Changed by someone else meanwhile"))
        text = (
            self.tr(
                "%1 saved this provider after you opened it. Choose, field by field, which value to keep; "
                "nothing is saved until you press Save my choices."
            )
            if provider
            else self.tr(
                "%1 saved this contact after you opened it. Choose, field by field, which value to keep; "
                "nothing is saved until you press Save my choices."
            )
        )
        intro = QLabel(fill(text, who))
        intro.setWordWrap(True)
        grid = QGridLayout()
        bold = QFont()
        bold.setBold(True)
        for column, title in enumerate(("", self.tr("Yours"), fill(self.tr("Saved by %1"), who))):
            header = QLabel(title)
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        self.choices: dict[str, QButtonGroup] = {}
        self.buttons: dict[tuple[str, Side], QRadioButton] = {}
        self.values: dict[tuple[str, Side], QLabel] = {}
        for row, difference in enumerate(found, start=1):
            name = QLabel(self._field_name(difference.field) + (" *" if difference.both_changed else ""))
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 0)
            group = QButtonGroup(self)
            for column, side, value in ((1, Side.MINE, difference.mine), (2, Side.THEIRS, difference.theirs)):
                choice = _Choice(self.describe(difference.field, value))
                choice.button.setChecked(side is difference.suggested)
                group.addButton(choice.button)
                grid.addWidget(choice, row, column)
                self.buttons[(difference.field, side)] = choice.button
                self.values[(difference.field, side)] = choice.text
            self.choices[difference.field] = group
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(found) + 1, 1)  # rows stay together at the top
        grid.setColumnStretch(2, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        note = QLabel(self.tr("* changed on both sides."))
        note.setVisible(any(difference.both_changed for difference in found))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save my choices"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(self.tr("&Back to the form"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long texts wrap instead
        self.resize(820, min(640, 220 + 60 * len(found)))

    def chosen(self) -> dict[str, Side]:
        return {
            difference.field: Side.THEIRS if self.buttons[(difference.field, Side.THEIRS)].isChecked() else Side.MINE
            for difference in self.found
        }

    def choose(self, field: str, side: Side) -> None:
        self.buttons[(field, side)].setChecked(True)

    def _field_name(self, field: str) -> str:
        if field in self.field_names:
            return self.field_names[field]
        return QCoreApplication.translate("ConflictDialog", str(_NAMES.get(field, field)))

    def describe(self, field: str, value: Any) -> str:
        """A value as the form shows it: names rather than ids and codes, local times, "—" for nothing."""
        if value is None or value == "" or value == [] or value == {} or value == set():
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, datetime):
            return local_datetime(value)
        if isinstance(value, date):
            return value.strftime("%d.%m.%Y")
        if isinstance(value, StrEnum):
            return labels.label(value)
        if isinstance(value, uuid.UUID):
            return self.names.get(str(value), self.tr("another record"))
        if isinstance(value, dict):
            return "; ".join(
                f"{self.describe(field, key)}: {self.describe(field, item)}" for key, item in value.items()
            )
        if isinstance(value, list | set | tuple):
            return ", ".join(sorted(self.describe(field, item) for item in value))
        if isinstance(value, str) and field in ("topics", "kind", "basis"):
            return self.names.get(value, value)
        if hasattr(value, "specialist_name"):  # a provider's qualification evidence
            return " ".join(
                part for part in (value.specialist_name, value.register_or_association, value.number) if part
            )
        if hasattr(value, "status"):  # a risk's answer: what became of its step, and why (as the form says it)
            text = QCoreApplication.translate("RiskRow", str(_STEPS.get(value.status, value.status)))
            return f"{text} ({value.reason})" if getattr(value, "reason", "") else text
        return str(value)
