"""Administration: the provider register as a list, with add/edit, activate/deactivate and CSV import/export."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.files import write_text_atomically
from app.models.providers import County
from app.services.actor import SessionUser
from app.services.aid import providers
from app.services.aid.provider_input import ProviderView
from app.services.documents import provider_csv
from app.services.documents.provider_csv import ImportResult, RowError
from app.store.db import Store
from app.ui.aid.provider_editor import ProviderEditor
from app.ui.aid.qualification_table import format_day
from app.ui.kit import labels, messages
from app.ui.kit.calls import Failed, call
from app.ui.kit.table_model import Column, RowTableModel
from app.ui.kit.text import fill

Index = QModelIndex | QPersistentModelIndex


class ProviderTableModel(RowTableModel[ProviderView]):
    """The register, one provider per row; inactive providers greyed."""

    NAME, KIND, REGISTRY_CODE, COUNTIES, SERVICES, CONTRACT_TO, ACTIVE = range(7)

    def columns(self) -> list[Column[ProviderView]]:
        grey = {Qt.ItemDataRole.ForegroundRole: lambda view: None if view.active else QBrush(QColor("#777777"))}

        def column(
            header: Callable[[], str],
            show: Callable[[ProviderView], str],
            full: Callable[[ProviderView], str] | None = None,
        ) -> Column[ProviderView]:
            return Column(header, show, {**grey, Qt.ItemDataRole.ToolTipRole: full or show})

        return [
            column(lambda: self.tr("Name"), lambda view: view.name),
            column(lambda: self.tr("Kind"), lambda view: labels.label(view.kind)),
            column(lambda: self.tr("Registry code"), lambda view: view.registry_code or ""),
            column(
                lambda: self.tr("Counties"),
                lambda view: self._counties(view, full=False),
                lambda view: self._counties(view, full=True),
            ),
            column(
                lambda: self.tr("Services"), lambda view: ", ".join(labels.label(service) for service in view.services)
            ),
            column(
                lambda: self.tr("Contract to"), lambda view: format_day(view.contract_valid_to) or self.tr("open-ended")
            ),
            column(lambda: self.tr("Active"), lambda view: self.tr("yes") if view.active else self.tr("no")),
        ]

    def _counties(self, view: ProviderView, *, full: bool) -> str:
        if len(view.counties) == len(County) and not full:
            return self.tr("All counties")
        return ", ".join(labels.label(county) for county in view.counties)

    def set_providers(self, rows: list[ProviderView]) -> None:
        self.set_rows(rows)

    def provider_at(self, row: int) -> ProviderView:
        return self.row_at(row)

    def row_of(self, provider_id: uuid.UUID | None) -> int:
        return next((row for row, view in enumerate(self._rows) if view.id == provider_id), -1)


class ImportErrorsDialog(QDialog):
    """Why a CSV file was not imported: every bad row with its line in the file."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nothing imported"))
        intro = QLabel(
            self.tr(
                "The file was not imported: nothing was added or changed. Correct these lines in the file and "
                "import it again."
            )
        )
        intro.setWordWrap(True)
        self.lines = QPlainTextEdit("\n".join(lines))
        self.lines.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.lines)
        layout.addWidget(buttons)
        self.resize(640, 360)


class ProvidersPage(QWidget):
    def __init__(self, store: Store, actor: SessionUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.model = ProviderTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (ProviderTableModel.NAME, ProviderTableModel.COUNTIES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        add = QPushButton(self.tr("&Add…"))
        edit = QPushButton(self.tr("&Edit…"))
        self.toggle = QPushButton(self.tr("&Deactivate"))
        import_ = QPushButton(self.tr("&Import CSV…"))
        export = QPushButton(self.tr("E&xport CSV…"))
        buttons = QHBoxLayout()
        for widget in (add, edit, self.toggle):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(import_)
        buttons.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        add.clicked.connect(self.add_provider)
        edit.clicked.connect(self.edit_provider)
        self.toggle.clicked.connect(self.toggle_active)
        import_.clicked.connect(self.import_file)
        export.clicked.connect(self.export_file)
        self.view.doubleClicked.connect(self.edit_provider)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_provider)
        self.view.selectionModel().currentRowChanged.connect(self._update_toggle)
        self.reload()

    # --- the list -------------------------------------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        rows = call(self, self.store, providers.list_providers, self.actor)
        if isinstance(rows, Failed):
            return
        self.model.set_providers(rows)
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.view.selectRow(row)
        self._update_toggle()

    def selected(self) -> ProviderView | None:
        index = self.view.currentIndex()
        return self.model.provider_at(index.row()) if index.isValid() else None

    def _update_toggle(self, *_args: object) -> None:
        chosen = self.selected()
        self.toggle.setEnabled(chosen is not None)
        self.toggle.setText(self.tr("A&ctivate") if chosen and not chosen.active else self.tr("&Deactivate"))

    # --- one function per action ----------------------------------------------------------------------------------
    def add_provider(self) -> None:
        self._open_editor(None)

    def edit_provider(self, *_args: object) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._open_editor(chosen)

    def _open_editor(self, provider: ProviderView | None) -> None:
        editor = ProviderEditor(self.store, self.actor, provider, self)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.saved is not None:
            self.status.setText(fill(self.tr("Saved %1."), editor.saved.name))
            self.reload(select=editor.saved.id)

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.id is None:
            return
        call(self, self.store, providers.set_active, self.actor, chosen.id, not chosen.active)
        self.reload(select=chosen.id)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import providers"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Not imported"),
                fill(self.tr("The file cannot be read: %1"), error.strerror or str(error)),
            )
            return
        result = call(self, self.store, provider_csv.import_csv, self.actor, data)
        if isinstance(result, Failed):
            return
        self.report_import(result)
        self.reload()

    def report_import(self, result: ImportResult) -> None:
        if not result.ok:
            ImportErrorsDialog([self._row_error(error) for error in result.errors], self).exec()
            return
        text = fill(self.tr("Imported: %1 new providers added, %2 updated."), str(result.created), str(result.updated))
        self.status.setText(text)
        QMessageBox.information(self, self.tr("Providers imported"), text)

    def _row_error(self, error: RowError) -> str:
        """``Line 3: <sentence> (registry_code)``: the column named as in the file's header."""
        parts = []
        for key, reason in sorted(error.errors.items()):
            column = key.split(".")[0]
            sentence = messages.field_error(reason)
            parts.append(f"{sentence} ({column})" if column in provider_csv.COLUMNS else sentence)
        return fill(self.tr("Line %1: %2"), str(error.line), " ".join(parts))

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export providers"), "providers.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".csv")
        text = call(self, self.store, provider_csv.export_csv, self.actor)
        if isinstance(text, Failed):
            return
        try:
            write_text_atomically(target, text, encoding=provider_csv.ENCODING, newline="")
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Not exported"),
                fill(self.tr("The file cannot be written: %1"), error.strerror or str(error)),
            )
            return
        self.status.setText(fill(self.tr("Exported %1 providers to %2."), str(self.model.rowCount()), str(target)))
