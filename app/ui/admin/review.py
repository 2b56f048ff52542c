"""Administration of the shift lead's desk: the review rubric and the desk's settings (administrators only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import SessionUser
from app.services.desk import review, shift_desk
from app.services.desk.shift_desk import DeskSettings
from app.store.db import Store
from app.ui.admin.names_table import NamesServices, NamesTablePage
from app.ui.kit.calls import FAILED, Failed, Route, call
from app.ui.kit.widgets import ErrorLabel, with_error


class CriteriaPage(NamesTablePage):
    """The quality rubric shift leads score contacts with; a retired criterion stays on the reviews that scored it.

    Each criterion is saved on its own (no ``save_all``), so a save stops at the first bad row with the rows above
    it saved.
    """

    def __init__(self, store: Store, actor: SessionUser, parent: QWidget | None = None) -> None:
        services = NamesServices(review.list_criteria, review.add_criterion, review.update_criterion)
        super().__init__(store, actor, services, parent)
        self.add_button.setText(self.tr("&Add criterion"))
        self.save_button.setText(self.tr("&Save criteria"))


class DeskSettingsPage(QWidget):
    """Where the day and night shifts start (Tallinn time) and the share of ordinary contacts sampled for review."""

    def __init__(self, store: Store, actor: SessionUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.day_start = self._hour_box()
        self.night_start = self._hour_box()
        self.share = QDoubleSpinBox()
        self.share.setRange(0.0, 100.0)
        self.share.setDecimals(1)
        self.share.setSuffix(" %")
        for box in (self.day_start, self.night_start, self.share):
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.errors = {field: ErrorLabel() for field in ("day_start_hour", "night_start_hour", "sample_share")}
        form = QFormLayout()
        form.addRow(self.tr("&Day shift starts at"), with_error(self.day_start, self.errors["day_start_hour"]))
        form.addRow(self.tr("&Night shift starts at"), with_error(self.night_start, self.errors["night_start_hour"]))
        form.addRow(self.tr("Share &reviewed at random"), with_error(self.share, self.errors["sample_share"]))
        explanation = QLabel(
            self.tr(
                "The day shift runs from its hour until the night shift starts; the night shift runs until the next "
                "morning and belongs to the date it started on (Tallinn time). The desk's shift filter and workload "
                "follow these hours.\n\nContacts with a risk flag always enter the review queue; of the others, this "
                "share is picked at random as they are saved."
            )
        )
        explanation.setWordWrap(True)
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("&Save desk settings"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch()
        self.save_button.clicked.connect(self.save)
        for box in (self.day_start, self.night_start, self.share):
            box.valueChanged.connect(self.status.clear)
        self.reload()

    def _hour_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 23)
        box.setSuffix(self.tr(":00"))
        return box

    def reload(self) -> None:
        current = call(self, self.store, shift_desk.desk_settings)
        if isinstance(current, Failed):
            return
        self.day_start.setValue(current.day_start_hour)
        self.night_start.setValue(current.night_start_hour)
        self.share.setValue(current.sample_share * 100)
        self.status.clear()

    def save(self) -> None:
        self.status.clear()
        wanted = DeskSettings(self.day_start.value(), self.night_start.value(), round(self.share.value() / 100, 4))
        route = Route(self, self.errors, fallback="sample_share")
        if call(route, self.store, shift_desk.set_desk_settings, self.actor, wanted) is FAILED:
            return
        self.status.setText(self.tr("Saved."))
