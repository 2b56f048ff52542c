"""The administrator's form for one provider of the register, with its specialists' qualifications."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Store
from app.errors import FieldErrors, KnownError
from app.models.enums import Language
from app.models.providers import (
    ASSOCIATION_NAMES,
    AidService,
    Association,
    County,
    ProviderBasis,
    ProviderKind,
    QualificationBasis,
)
from app.services import providers
from app.services.auth import SessionUser
from app.services.provider_input import ProviderInput, ProviderView, QualificationInput, validate_provider
from app.ui import labels, messages
from app.ui.widgets import ErrorLabel, with_error

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_FORMAT = "%d.%m.%Y"

# The provider register's own codes, named for people (English source, translated when shown).
_CODE_LABELS: dict[StrEnum, Any] = {
    ProviderKind.PERSON: QT_TRANSLATE_NOOP("ProviderLabels", "Person (FIE or employee)"),
    ProviderKind.ORGANISATION: QT_TRANSLATE_NOOP("ProviderLabels", "Organisation"),
    ProviderBasis.FIE_BUSINESS_REGISTER: QT_TRANSLATE_NOOP("ProviderLabels", "FIE in the business register"),
    ProviderBasis.PSYCHIATRIC_LICENCE: QT_TRANSLATE_NOOP("ProviderLabels", "Psychiatric specialist-care licence"),
    ProviderBasis.ARTICLES_OF_ASSOCIATION: QT_TRANSLATE_NOOP(
        "ProviderLabels", "Articles of association name the services"
    ),
    QualificationBasis.HEALTH_CARE_PROFESSIONAL: QT_TRANSLATE_NOOP(
        "ProviderLabels", "Health care professional (Terviseamet)"
    ),
    QualificationBasis.CLINICAL_PSYCHOLOGIST: QT_TRANSLATE_NOOP("ProviderLabels", "Clinical psychologist"),
    QualificationBasis.SCHOOL_PSYCHOLOGIST: QT_TRANSLATE_NOOP("ProviderLabels", "School psychologist"),
    QualificationBasis.COUNSELLING_PSYCHOLOGIST: QT_TRANSLATE_NOOP("ProviderLabels", "Counselling psychologist"),
    QualificationBasis.PSYCHOTHERAPIST: QT_TRANSLATE_NOOP("ProviderLabels", "Psychotherapist (association)"),
    QualificationBasis.MASTERS_PSYCHOLOGY: QT_TRANSLATE_NOOP("ProviderLabels", "Master's degree in psychology"),
}


def code_label(code: StrEnum) -> str:
    """The translated name of a provider kind, provider basis or qualification basis."""
    return QCoreApplication.translate("ProviderLabels", str(_CODE_LABELS[code]))


def code_combo(codes: list[Any], parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for code in codes:
        combo.addItem(code_label(code), code.value)
    return combo


def format_day(day: date | None) -> str:
    return day.strftime(DATE_FORMAT) if day else ""


def parse_day(text: str) -> date | None:
    """A typed date (``31.01.2026`` or ``2026-01-31``), None when empty; ValueError when unreadable."""
    value = text.strip()
    if not value:
        return None
    for pattern in (DATE_FORMAT, "%Y-%m-%d"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(value)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class QualificationDelegate(QStyledItemDelegate):
    """The basis column picks from the bases; the register column offers the five associations' names."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == QualificationTable.BASIS:
            return code_combo(list(QualificationBasis), parent)
        if index.column() == QualificationTable.REGISTER:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(list(ASSOCIATION_NAMES.values()))
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox) and index.column() == QualificationTable.BASIS:
            editor.setCurrentIndex(editor.findData(index.data(CODE_ROLE)))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox) and index.column() == QualificationTable.BASIS:
            if editor.currentIndex() >= 0:
                model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
                model.setData(index, editor.currentData(), CODE_ROLE)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class QualificationTable(QWidget):
    """The specialists' evidence as a small editable table with add/remove row, and its error lines under it."""

    NAME, BASIS, REGISTER, NUMBER, VALID_UNTIL, CHECKED_ON = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Specialist"),
                self.tr("Basis"),
                self.tr("Register or association"),
                self.tr("Number"),
                self.tr("Valid until"),
                self.tr("Checked on"),
            ]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(QualificationDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((self.NAME, 170), (self.BASIS, 230), (self.REGISTER, 250), (self.NUMBER, 90)):
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(110)
        self.error = ErrorLabel()
        self.error.setWordWrap(False)  # one line per row; see ProviderEditor on height-for-width
        add = QPushButton(self.tr("Add &specialist"))
        remove = QPushButton(self.tr("Re&move specialist"))
        hint = QLabel(self.tr("Dates as dd.mm.yyyy; leave “valid until” empty when the evidence does not expire."))
        hint.setStyleSheet("color: #555555;")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.remove_row)

    def set_rows(self, rows: tuple[QualificationInput, ...] | list[QualificationInput]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            self._append(row)

    def _append(self, row: QualificationInput) -> None:
        basis = QStandardItem()
        code = str(row.basis)
        if code in set(QualificationBasis):
            basis.setText(code_label(QualificationBasis(code)))
            basis.setData(code, CODE_ROLE)
        register = row.register_or_association
        if register in set(Association):
            register = ASSOCIATION_NAMES[Association(register)]
        self.model.appendRow(
            [
                QStandardItem(row.specialist_name),
                basis,
                QStandardItem(register),
                QStandardItem(row.number),
                QStandardItem(format_day(row.valid_until)),
                QStandardItem(format_day(row.checked_on)),
            ]
        )

    def add_row(self) -> None:
        self._append(QualificationInput("", "", checked_on=date.today()))
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, self.NAME))
        self.view.edit(self.view.currentIndex())

    def remove_row(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRow(index.row())

    def rows(self, errors: dict[str, str]) -> list[QualificationInput]:
        """The table as input; unreadable dates go into ``errors`` under the service's keys."""
        found = []
        for row in range(self.model.rowCount()):
            cells = [(self.model.item(row, column).text() or "").strip() for column in range(6)]
            days: list[date | None] = []
            for column, key in ((self.VALID_UNTIL, "valid_until"), (self.CHECKED_ON, "checked_on")):
                try:
                    days.append(parse_day(cells[column]))
                except ValueError:
                    errors[f"qualifications.{row}.{key}"] = "date.format"
                    days.append(None)
            basis = self.model.item(row, self.BASIS).data(CODE_ROLE) or ""
            found.append(QualificationInput(cells[0], basis, cells[2], cells[3], days[0], days[1]))
        return found

    def show_errors(self, errors: list[tuple[int, str]]) -> None:
        lines = [self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", text) for row, text in sorted(errors)]
        self.error.show_error("\n".join(lines))


class ProviderEditor(QDialog):
    """Add a provider (``provider`` None) or edit one; on success ``saved`` holds the stored provider."""

    def __init__(
        self, store: Store, actor: SessionUser, provider: ProviderView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.provider = store, actor, provider
        self.saved: ProviderView | None = None
        self.setWindowTitle(
            self.tr("Edit provider – %1").replace("%1", provider.name) if provider else self.tr("New provider")
        )
        self.kind = code_combo(list(ProviderKind))
        self.name = QLineEdit()
        self.registry_code = QLineEdit()
        self.registry_code.setPlaceholderText(self.tr("8 digits; required for an organisation"))
        self.basis = code_combo(list(ProviderBasis))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.price_list_url = QLineEdit()
        self.price_list_url.setPlaceholderText("https://")
        self.contract_from = QDateEdit(QDate.currentDate())
        self.contract_to = QDateEdit(QDate.currentDate().addYears(1))
        for edit in (self.contract_from, self.contract_to):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        self.open_ended = QCheckBox(self.tr("&Open-ended"))
        self.open_ended.toggled.connect(lambda checked: self.contract_to.setEnabled(not checked))
        self.fields_of_work = QLineEdit()
        self.fields_of_work.setPlaceholderText(self.tr("Separated by commas"))
        self.active = QCheckBox(self.tr("Acti&ve: offered to counsellors"))
        self.counties = {county: QCheckBox(labels.label(county)) for county in County}
        self.languages = {language: QCheckBox(labels.label(language)) for language in Language}
        self.services = {service: QCheckBox(labels.label(service)) for service in AidService}
        self.qualifications = QualificationTable()
        self.errors = {
            name: ErrorLabel()
            for name in (
                "kind",
                "name",
                "registry_code",
                "basis",
                "email",
                "phone",
                "address",
                "price_list_url",
                "contract_valid_from",
                "contract_valid_to",
                "counties",
                "languages",
                "services",
                "fields_of_work",
            )
        }
        for label in self.errors.values():
            # One-line sentences: a wrapping label's height-for-width lets the layout squeeze the fields around it.
            label.setWordWrap(False)

        from_box = self._row(self.contract_from)
        to_box = self._row(self.contract_to, self.open_ended)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), with_error(self.kind, self.errors["kind"]))
        form.addRow(self.tr("&Name"), with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("&Registry code"), with_error(self.registry_code, self.errors["registry_code"]))
        form.addRow(self.tr("&Basis"), with_error(self.basis, self.errors["basis"]))
        form.addRow(self.tr("&E-mail"), with_error(self.email, self.errors["email"]))
        form.addRow(self.tr("&Phone"), with_error(self.phone, self.errors["phone"]))
        form.addRow(self.tr("A&ddress"), with_error(self.address, self.errors["address"]))
        form.addRow(self.tr("Price &list (web)"), with_error(self.price_list_url, self.errors["price_list_url"]))
        form.addRow(self.tr("Contract &from"), with_error(from_box, self.errors["contract_valid_from"]))
        form.addRow(self.tr("Contract &to"), with_error(to_box, self.errors["contract_valid_to"]))

        right = QVBoxLayout()
        right.addWidget(self._group(self.tr("Counties served"), self.counties, "counties", columns=3))
        right.addWidget(self._group(self.tr("Languages"), self.languages, "languages", columns=4))
        right.addWidget(self._group(self.tr("Services"), self.services, "services", columns=3))
        more = QFormLayout()
        more.addRow(self.tr("Fields of &work"), with_error(self.fields_of_work, self.errors["fields_of_work"]))
        more.addRow("", self.active)
        right.addLayout(more)
        right.addStretch()
        top = QWidget()  # never squeezed: error lines under the fields take room from the specialists' table
        top.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        columns = QHBoxLayout(top)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)
        specialists = QGroupBox(self.tr("Specialists and their qualifications"))
        QVBoxLayout(specialists).addWidget(self.qualifications)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(specialists, 1)
        layout.addWidget(buttons)

        self.set_input(provider.as_input() if provider else None)
        self.name.setFocus()
        self.resize(1180, 680)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        """Widgets side by side at their natural width, as one cell of a form."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch()
        return box

    def _group(self, title: str, boxes: dict[Any, QCheckBox], key: str, *, columns: int) -> QGroupBox:
        group = QGroupBox(title)
        grid = QGridLayout(group)
        for position, box in enumerate(boxes.values()):
            grid.addWidget(box, position // columns, position % columns)
        grid.addWidget(self.errors[key], (len(boxes) + columns - 1) // columns, 0, 1, columns)
        return group

    # --- values ---------------------------------------------------------------------------------------------------
    def set_input(self, data: ProviderInput | None) -> None:
        if data is None:
            self.kind.setCurrentIndex(self.kind.findData(ProviderKind.ORGANISATION.value))
            self.basis.setCurrentIndex(self.basis.findData(ProviderBasis.ARTICLES_OF_ASSOCIATION.value))
            self.open_ended.setChecked(True)
            self.active.setChecked(True)
            return
        self.kind.setCurrentIndex(self.kind.findData(str(data.kind)))
        self.name.setText(data.name)
        self.registry_code.setText(data.registry_code)
        self.basis.setCurrentIndex(self.basis.findData(str(data.basis)))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.address.setText(data.address)
        self.price_list_url.setText(data.price_list_url)
        if data.contract_valid_from:
            self.contract_from.setDate(to_qdate(data.contract_valid_from))
        self.open_ended.setChecked(data.contract_valid_to is None)
        if data.contract_valid_to:
            self.contract_to.setDate(to_qdate(data.contract_valid_to))
        for chosen, boxes in (
            (data.counties, self.counties),
            (data.languages, self.languages),
            (data.services, self.services),
        ):
            for code, box in boxes.items():
                box.setChecked(code in chosen)
        self.fields_of_work.setText(", ".join(data.fields_of_work))
        self.active.setChecked(data.active)
        self.qualifications.set_rows(tuple(data.qualifications))

    def input(self, errors: dict[str, str]) -> ProviderInput:
        """The form as the service takes it; problems only the form can see (unreadable dates) go into ``errors``."""
        return ProviderInput(
            kind=self.kind.currentData() or "",
            name=self.name.text(),
            basis=self.basis.currentData() or "",
            price_list_url=self.price_list_url.text(),
            contract_valid_from=from_qdate(self.contract_from.date()),
            contract_valid_to=None if self.open_ended.isChecked() else from_qdate(self.contract_to.date()),
            registry_code=self.registry_code.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            counties=[code for code, box in self.counties.items() if box.isChecked()],
            languages=[code for code, box in self.languages.items() if box.isChecked()],
            services=[code for code, box in self.services.items() if box.isChecked()],
            fields_of_work=[tag for tag in self.fields_of_work.text().split(",") if tag.strip()],
            active=self.active.isChecked(),
            qualifications=self.qualifications.rows(errors),
        )

    # --- saving ---------------------------------------------------------------------------------------------------
    def save(self) -> None:
        """Validate and save in one unit of work; every problem is shown next to its field, nothing half-saved."""
        self.clear_errors()
        local: dict[str, str] = {}
        data = self.input(local)
        try:
            if local:
                validate_provider(data)  # so the other fields' problems show at the same time
                raise FieldErrors(local)
            with self.store.unit_of_work() as uow:
                if self.provider is None or self.provider.id is None:
                    saved = providers.create_provider(uow, self.actor, data)
                else:
                    saved = providers.update_provider(
                        uow, self.actor, self.provider.id, data, expected_version=self.provider.version
                    )
                uow.commit()
        except FieldErrors as error:
            self.show_errors({**error.errors, **local})
            return
        except KnownError as error:
            messages.show_known_error(self, error)
            return
        self.saved = saved
        self.accept()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()
        self.qualifications.error.clear_error()

    def show_errors(self, errors: dict[str, str]) -> None:
        rows: list[tuple[int, str]] = []
        for key, reason in errors.items():
            text = messages.field_error(reason)
            if key.startswith("qualifications."):
                index = key.split(".")[1]
                rows.append((int(index) if index.isdigit() else 0, text))
            else:
                self.errors.get(key, self.errors["name"]).show_error(text)
        self.qualifications.show_errors(rows)
