"""Administration's Security tab: store-wide settings that guard the data (administrators only).

One form; a new setting adds a row in ``__init__`` (its widget and an error label keyed by the field's name), its
value in ``reload`` and in ``wanted``. The services check the values (``app.services.guard.security_settings``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import SessionUser
from app.services.guard import retention, security_settings
from app.services.guard.security_settings import (
    IDLE_LOCK_MAX,
    IDLE_LOCK_MIN,
    RETENTION_MAX,
    RETENTION_MIN,
    SecuritySettings,
)
from app.store.db import Store
from app.ui.admin.backups import BackupSettingsBox
from app.ui.admin.settings_form import save_settings
from app.ui.kit.calls import Failed, call
from app.ui.kit.formatting import local_date
from app.ui.kit.text import fill
from app.ui.kit.widgets import ErrorLabel, with_error


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SecurityPage(QWidget):
    def __init__(self, store: Store, actor: SessionUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.current = SecuritySettings()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(IDLE_LOCK_MIN, IDLE_LOCK_MAX)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.idle_minutes.setToolTip(
            self.tr(
                "Without keyboard or mouse input for this long, every window of the program hides its contents "
                "until the user's password is typed. Ctrl+L locks at once."
            )
        )
        self.retention_months = QSpinBox()
        self.retention_months.setRange(RETENTION_MIN, RETENTION_MAX)
        self.retention_months.setSuffix(self.tr(" months"))
        self.retention_months.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.retention_months.setToolTip(
            self.tr(
                "Names, ID codes, contacts, summaries and notes of an identified caller's case are removed once "
                "nothing has happened in the case for this long. The statistics keep every count."
            )
        )
        self.errors = {"idle_lock_minutes": ErrorLabel(), "retention_months": ErrorLabel()}
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("&Save security settings"))

        lock_box = QGroupBox(self.tr("Screen lock"))
        lock_form = QFormLayout(lock_box)
        lock_form.addRow(
            self.tr("&Lock the screen after"), with_error(self.idle_minutes, self.errors["idle_lock_minutes"])
        )
        lock_form.addRow(
            _note(
                self.tr(
                    "A locked screen keeps everything that was being typed; only the logged-in user's password "
                    "opens it. The new time applies on every workstation within a minute."
                )
            )
        )

        # Retention runs by itself once a day when the program starts; here an administrator sees what is due.
        retention_box = QGroupBox(self.tr("Retention of personal data"))
        retention_form = QFormLayout(retention_box)
        retention_form.addRow(
            self.tr("&Keep personal data for"), with_error(self.retention_months, self.errors["retention_months"])
        )
        retention_form.addRow(
            _note(
                self.tr(
                    "Counted from a case's last activity. Names, ID codes, contacts, summaries and notes are then "
                    "removed at the next start; the statistics keep every count. A case on legal hold is kept."
                )
            )
        )
        self.preview_button = QPushButton(self.tr("&Preview what retention removes"))
        self.run_button = QPushButton(self.tr("&Anonymise now"))
        self.run_button.setEnabled(False)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.preview_button)
        retention_row.addWidget(self.run_button)
        retention_row.addStretch()
        retention_form.addRow(retention_row)
        self.due = QPlainTextEdit()
        self.due.setReadOnly(True)
        self.due.setMaximumHeight(160)
        self.due.hide()
        retention_form.addRow(self.due)

        layout = QVBoxLayout(self)
        layout.addWidget(lock_box)
        layout.addWidget(retention_box)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        layout.addLayout(save_row)
        self.backups = BackupSettingsBox(store, actor)
        layout.addWidget(self.backups)
        layout.addStretch()
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.preview)
        self.run_button.clicked.connect(self.anonymise)
        self.idle_minutes.valueChanged.connect(self.status.clear)
        self.retention_months.valueChanged.connect(self.status.clear)
        self.reload()

    def reload(self) -> None:
        current = call(self, self.store, security_settings.security_settings)
        if isinstance(current, Failed):  # nothing to save over: the hidden settings are unknown
            self.save_button.setEnabled(False)
            return
        self.current = current
        self.save_button.setEnabled(True)
        self.idle_minutes.setValue(self.current.idle_lock_minutes)
        self.retention_months.setValue(self.current.retention_months)
        self.status.clear()

    def wanted(self) -> SecuritySettings:
        return replace(
            self.current,
            idle_lock_minutes=self.idle_minutes.value(),
            retention_months=self.retention_months.value(),
        )

    def preview(self) -> None:
        """List what the saved period would remove now (by case number only), and offer to do it."""
        due = call(self, self.store, retention.preview, self.actor)
        if isinstance(due, Failed):
            return
        lines = [
            fill(
                self.tr("Kept for %1 months: cases without activity since %2."), str(due.months), local_date(due.cutoff)
            )
        ]
        lines += [
            fill(
                self.tr("Case %1: last activity %2, %3 contact(s), %4 aid decision(s)"),
                case.number,
                local_date(case.last_activity),
                str(case.contacts),
                str(case.decisions),
            )
            for case in due.cases
        ]
        if due.persons:
            lines.append(self.tr("The names, ID codes and contacts of %n person(s) go too.", "", len(due.persons)))
        if due.empty:
            lines.append(self.tr("Nothing is due."))
        self.due.setPlainText("\n".join(lines))
        self.due.show()
        self.run_button.setEnabled(not due.empty)

    def anonymise(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Anonymise now"),
            self.tr(
                "Remove the personal data listed? This cannot be undone; the audit trail records each case and person."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # a stray Enter or Space answers no
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        outcome = call(self, self.store, retention.anonymise, self.actor)
        if isinstance(outcome, Failed):
            return
        self.preview()
        self.status.setText(
            fill(self.tr("Anonymised: %1 case(s), %2 person(s)."), str(outcome.cases), str(outcome.persons))
        )

    def save(self) -> None:
        wanted = self.wanted()
        if save_settings(
            self,
            self.store,
            security_settings.set_security_settings,
            self.actor,
            wanted,
            self.errors,
            "idle_lock_minutes",
            self.status,
        ):
            self.current = wanted
