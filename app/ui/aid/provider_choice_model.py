"""The providers a counsellor and client choose from: qualified ones first, the others greyed with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.aid.providers import ProviderChoice
from app.ui.kit import labels
from app.ui.kit.messages import field_error

Index = QModelIndex | QPersistentModelIndex


class ProviderChoiceModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: list[ProviderChoice] = []

    def set_choices(self, choices: list[ProviderChoice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def choice_at(self, row: int) -> ProviderChoice:
        return self._choices[row]

    def row_of(self, provider_id: object) -> int:
        return next((row for row, choice in enumerate(self._choices) if choice.id == provider_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._choices)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._choices[index.row()].available:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags  # shown with its reason, never chosen

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            places = ", ".join(labels.label(county) for county in choice.counties)
            languages = ", ".join(labels.label(language) for language in choice.languages)
            text = f"{choice.name} — {places} — {languages}"
            if not choice.available:
                text += "  ✕ " + "; ".join(field_error(reason) for reason in choice.availability.reasons)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [choice.name, choice.price_list_url]
            lines += list(choice.fields_of_work)
            lines += list(choice.availability.qualified_specialists)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and not choice.available:
            return QBrush(QColor("#777777"))
        return None
