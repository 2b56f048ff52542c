"""The administrator's form for one provider of the register, with its specialists' qualifications."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QDate,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldErrors, StaleRecord
from app.models.enums import Language
from app.models.providers import (
    AidService,
    County,
    ProviderBasis,
    ProviderKind,
)
from app.services.actor import SessionUser
from app.services.aid import providers
from app.services.aid.provider_input import ProviderInput, ProviderView, validate_provider
from app.store.db import Store
from app.ui.aid.qualification_table import QualificationTable, code_combo, from_qdate, to_qdate
from app.ui.kit import labels, messages
from app.ui.kit.calls import Failed, Route, call
from app.ui.kit.conflict_dialog import ConflictDialog
from app.ui.kit.text import fill
from app.ui.kit.widgets import ErrorLabel, with_error


class ProviderEditor(QDialog):
    """Add a provider (``provider`` None) or edit one; on success ``saved`` holds the stored provider."""

    def __init__(
        self, store: Store, actor: SessionUser, provider: ProviderView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.provider = store, actor, provider
        self.saved: ProviderView | None = None
        self.setWindowTitle(fill(self.tr("Edit provider – %1"), provider.name) if provider else self.tr("New provider"))
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
        box.setFocusProxy(widgets[0])  # the label's Alt-key lands in the first field
        box.setFocusPolicy(widgets[0].focusPolicy())
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
        route = Route(self, quiet=(FieldErrors, StaleRecord))  # shown here: beside qualification rows, or compared
        try:
            if local:
                validate_provider(data)  # so the other fields' problems show at the same time
                raise FieldErrors(local)
            if self.provider is None or self.provider.id is None:
                saved = call(route, self.store, providers.create_provider, self.actor, data)
            else:
                saved = call(
                    route,
                    self.store,
                    providers.update_opened,
                    self.actor,
                    self.provider.id,
                    data,
                    base=self.provider.as_input(),
                    expected_version=self.provider.version,
                )
        except FieldErrors as error:
            self.show_errors({**error.errors, **local})
            return
        except providers.ProviderConflict as conflict:
            self._resolve_conflict(conflict)
            return
        except StaleRecord as error:  # a new provider's save, or the provider is gone
            messages.show_known_error(self, error)
            return
        if isinstance(saved, Failed):
            return
        self.saved = saved
        self.accept()

    def _resolve_conflict(self, conflict: providers.ProviderConflict) -> None:
        """Another administrator saved this provider meanwhile (the service compared the two): both values field by
        field, then the user's choice.

        The chosen values go into the form and are saved against the version just read; "Back to the form" keeps
        this form's input and saves nothing.
        """
        names = {
            str(combo.itemData(index)): combo.itemText(index)
            for combo in (self.kind, self.basis)
            for index in range(combo.count())
        }
        dialog = ConflictDialog(conflict.found, self.tr("Another administrator"), names, self, provider=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.set_input(providers.merged(conflict, dialog.chosen()))
        self.provider = conflict.theirs  # its version: the user has seen its values and chosen
        self.save()

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
