"""Administration's Security tab: store-wide settings that guard the data (administrators only).

One form; a new setting adds a row in ``__init__`` (its widget and an error label keyed by the field's name), its
value in ``reload`` and in ``wanted``. The services check the values (``app.services.security_settings``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from app.db import Store
from app.errors import FieldErrors, KnownError
from app.services import security_settings
from app.services.auth import SessionUser
from app.services.security_settings import IDLE_LOCK_MAX, IDLE_LOCK_MIN, SecuritySettings
from app.ui import messages
from app.ui.widgets import ErrorLabel, with_error


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
        self.errors = {"idle_lock_minutes": ErrorLabel()}
        self.form = QFormLayout()
        self.form.addRow(
            self.tr("&Lock the screen after"), with_error(self.idle_minutes, self.errors["idle_lock_minutes"])
        )
        explanation = QLabel(
            self.tr(
                "A locked screen keeps everything that was being typed; only the logged-in user's password opens "
                "it. The new time applies on every workstation within a minute."
            )
        )
        explanation.setWordWrap(True)
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("&Save security settings"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(explanation)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch()
        self.save_button.clicked.connect(self.save)
        self.idle_minutes.valueChanged.connect(self.status.clear)
        self.reload()

    def reload(self) -> None:
        with self.store.unit_of_work() as uow:
            self.current = security_settings.security_settings(uow)
        self.idle_minutes.setValue(self.current.idle_lock_minutes)
        self.status.clear()

    def wanted(self) -> SecuritySettings:
        return replace(self.current, idle_lock_minutes=self.idle_minutes.value())

    def save(self) -> None:
        for label in self.errors.values():
            label.clear_error()
        self.status.clear()
        wanted = self.wanted()
        try:
            with self.store.unit_of_work() as uow:
                security_settings.set_security_settings(uow, self.actor, wanted)
                uow.commit()
        except FieldErrors as error:
            for field, reason in error.errors.items():
                self.errors.get(field, self.errors["idle_lock_minutes"]).show_error(messages.field_error(reason))
            return
        except KnownError as error:
            messages.show_known_error(self, error)
            return
        self.current = wanted
        self.status.setText(self.tr("Saved."))
