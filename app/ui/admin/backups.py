"""The backup settings on Administration's Security tab: how often, how many generations, which folder.

The service checks the values (``app.services.guard.backup_settings``); a running program picks up a new interval after
its next backup, a new folder and count at the next backup.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import SessionUser
from app.services.guard import backup_settings
from app.services.guard.backup_settings import (
    GENERATIONS_MAX,
    GENERATIONS_MIN,
    INTERVAL_MAX,
    INTERVAL_MIN,
    BackupSettings,
)
from app.store import backup
from app.store.db import Store
from app.ui.admin.settings_form import save_settings
from app.ui.kit.calls import Failed, call
from app.ui.kit.widgets import ErrorLabel, with_error


class BackupSettingsBox(QGroupBox):
    def __init__(self, store: Store, actor: SessionUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.store, self.actor = store, actor
        self.current = BackupSettings()
        self.interval = QSpinBox()
        self.interval.setRange(INTERVAL_MIN, INTERVAL_MAX)
        self.interval.setSuffix(self.tr(" h"))
        self.interval.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.interval.setToolTip(self.tr("Besides the backups made at every start and exit of the program."))
        self.generations = QSpinBox()
        self.generations.setRange(GENERATIONS_MIN, GENERATIONS_MAX)
        self.generations.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.generations.setToolTip(self.tr("The newest backups are kept; the oldest beyond this number are removed."))
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(str(backup.default_folder()))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.default_button = QPushButton(self.tr("&Default"))
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(self.choose_button)
        folder_layout.addWidget(self.default_button)
        folder_row.setFocusProxy(self.folder)  # the label's Alt-key lands in the field
        folder_row.setFocusPolicy(self.folder.focusPolicy())
        self.errors = {"interval_hours": ErrorLabel(), "generations": ErrorLabel(), "folder": ErrorLabel()}
        form = QFormLayout()
        form.addRow(self.tr("Back up &every"), with_error(self.interval, self.errors["interval_hours"]))
        form.addRow(self.tr("&Number of backups kept"), with_error(self.generations, self.errors["generations"]))
        form.addRow(self.tr("&Folder"), with_error(folder_row, self.errors["folder"]))
        explanation = QLabel(
            self.tr(
                "Backups are encrypted with the store's key: they open only on this computer's keyring (or with "
                "the store's passphrase). A folder on another disk protects against a failing disk."
            )
        )
        explanation.setWordWrap(True)
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Save &backup settings"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button.clicked.connect(lambda: self.folder.setText(""))
        self.save_button.clicked.connect(self.save)
        self.reload()

    def reload(self) -> None:
        current = call(self, self.store, backup_settings.backup_settings)
        if isinstance(current, Failed):  # nothing to save over: the hidden settings are unknown
            self.save_button.setEnabled(False)
            return
        self.current = current
        self.save_button.setEnabled(True)
        self.interval.setValue(self.current.interval_hours)
        self.generations.setValue(self.current.generations)
        self.folder.setText(self.current.folder)
        self.status.clear()

    def wanted(self) -> BackupSettings:
        return replace(
            self.current,
            interval_hours=self.interval.value(),
            generations=self.generations.value(),
            folder=self.folder.text(),
        )

    def choose_folder(self) -> None:
        start = self.folder.text() or str(backup.default_folder())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backups"), start)
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        wanted = self.wanted()
        if save_settings(
            self,
            self.store,
            backup_settings.set_backup_settings,
            self.actor,
            wanted,
            self.errors,
            "folder",
            self.status,
        ):
            self.current = wanted
