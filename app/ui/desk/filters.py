"""The shift lead's filter bar: period, shift, counsellor, line, channel, direction, kind, topic, risk, caller,
review state, follow-up and the words search. Every change applies at once (after a short pause for typing)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.models.enums import Channel, ContactKind, Direction, Line, RiskFlag
from app.models.review import Shift
from app.services.actor import SessionUser
from app.services.contacts.taxonomy import TopicChoice
from app.services.desk.review import ReviewFilter
from app.services.desk.shift_desk import FollowUp
from app.ui.kit import labels
from app.ui.kit.widgets import CodeCombo, ErrorLabel

APPLY_DELAY_MS = 250
DEFAULT_DAYS = 7  # the period the desk opens with: the last week, today included


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DeskFilters(QWidget):
    """Emits ``changed`` when the filter is valid and differs; ``current()`` gives it, or None while dates are wrong."""

    changed = Signal()

    def __init__(
        self, users: list[SessionUser], topics: list[TopicChoice], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.date_from = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.date_error = ErrorLabel()
        self.shift = CodeCombo(list(Shift), allow_none=True)
        self.counsellor = QComboBox()
        self.counsellor.addItem("—", None)
        for user in sorted(users, key=lambda u: u.full_name):
            self.counsellor.addItem(user.full_name, str(user.id))  # Qt finds strings, not Python objects
        self.line = CodeCombo(list(Line), allow_none=True)
        self.channel = CodeCombo(list(Channel), allow_none=True)
        self.direction = CodeCombo(list(Direction), allow_none=True)
        self.kind = CodeCombo(list(ContactKind), allow_none=True)
        self.topic = QComboBox()
        self.topic.addItem("—", None)
        for topic in topics:
            self.topic.addItem(topic.name, topic.code)
        self.risk = QComboBox()
        self.risk.addItem("—", None)
        self.risk.addItem(self.tr("Any risk flag"), "any")
        self.risk.addItem(self.tr("Open risk (step pending)"), "open")
        self.risk.addItem(self.tr("No risk flag"), "none")
        for flag in RiskFlag:
            self.risk.addItem(labels.label(flag), flag.value)
        self.caller = QComboBox()
        self.caller.addItem("—", None)
        self.caller.addItem(self.tr("Anonymous"), "anonymous")  # strings: PySide6 miscounts bools kept in items
        self.caller.addItem(self.tr("Identified"), "identified")
        self.review = QComboBox()
        self.review.addItem("—", None)
        self.review.addItem(self.tr("Not reviewed"), "not_reviewed")
        self.review.addItem(self.tr("Reviewed"), "reviewed")
        self.review.addItem(self.tr("In the queue, not reviewed"), "queued")
        self.follow_up = CodeCombo(list(FollowUp), allow_none=True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, phone, ID code, case number or words"))
        self.last_night = QPushButton(self.tr("Last night"))
        self.last_night.setToolTip(self.tr("The night shift that started yesterday"))
        self.clear = QPushButton(self.tr("Clear filters"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addWidget(self.last_night)
        # (label, field, row, column, columns spanned): the period and the words get room, the combos share the rest
        cells: list[tuple[str, QWidget | QHBoxLayout, int, int, int]] = [
            (self.tr("&Period"), period, 0, 0, 1),
            (self.tr("Shi&ft"), self.shift, 0, 1, 1),
            (self.tr("Counsello&r"), self.counsellor, 0, 2, 1),
            (self.tr("Line"), self.line, 0, 3, 1),
            (self.tr("Channel"), self.channel, 0, 4, 1),
            (self.tr("Direction"), self.direction, 0, 5, 1),
            (self.tr("Kind"), self.kind, 0, 6, 2),
            (self.tr("&Topic"), self.topic, 1, 0, 1),
            (self.tr("Ris&k"), self.risk, 1, 1, 1),
            (self.tr("Caller"), self.caller, 1, 2, 1),
            (self.tr("Re&view"), self.review, 1, 3, 1),
            (self.tr("Callback"), self.follow_up, 1, 4, 1),
            (self.tr("&Words"), self.search, 1, 5, 2),
        ]
        for text, field, row, column, span in cells:
            label = QLabel(text)
            grid.addWidget(label, 2 * row, column, 1, span)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, 2 * row + 1, column, 1, span)
                label.setBuddy(self.date_from)
            else:
                grid.addWidget(field, 2 * row + 1, column, 1, span)
                label.setBuddy(field)
        grid.addWidget(self.clear, 3, 7)
        grid.addWidget(self.date_error, 4, 0, 1, 8)
        for column in range(1, 8):
            grid.setColumnStretch(column, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(APPLY_DELAY_MS)
        self._timer.timeout.connect(self._apply)
        self._applied: ReviewFilter | None = None
        self._combos: tuple[QComboBox, ...] = (
            self.shift,
            self.counsellor,
            self.line,
            self.channel,
            self.direction,
            self.kind,
            self.topic,
            self.risk,
            self.caller,
            self.review,
            self.follow_up,
        )
        for combo in self._combos:
            # Long names (topics, risk flags) must not widen the window past a laptop screen; the list shows them.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.currentIndexChanged.connect(self._apply)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._apply)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._apply)
        self.last_night.clicked.connect(self.show_last_night)
        self.clear.clicked.connect(self.reset)
        self._applied = self.current()

    def current(self) -> ReviewFilter | None:
        """The filter as set, or None (with the reason shown under the dates) when the period is backwards."""
        first, last = _date(self.date_from.date()), _date(self.date_to.date())
        if last < first:
            self.date_error.show_error(self.tr("The end of the period is before its start."))
            return None
        self.date_error.clear_error()
        risk = self.risk.currentData()
        review = self.review.currentData()
        return ReviewFilter(
            date_from=first,
            date_to=last,
            shift=self.shift.code(),
            counsellor_id=uuid.UUID(self.counsellor.currentData()) if self.counsellor.currentData() else None,
            line=self.line.code(),
            channel=self.channel.code(),
            direction=self.direction.code(),
            kind=self.kind.code(),
            topic=self.topic.currentData(),
            risk=True if risk == "any" else False if risk == "none" else None,
            open_risk=True if risk == "open" else None,
            risk_flag=RiskFlag(risk) if risk in {f.value for f in RiskFlag} else None,
            identified={"anonymous": False, "identified": True}.get(self.caller.currentData()),
            reviewed=True if review == "reviewed" else False if review in ("not_reviewed", "queued") else None,
            queued=True if review == "queued" else None,
            follow_up=self.follow_up.code(),
            search=self.search.text().strip(),
        )

    def period(self) -> tuple[date, date] | None:
        where = self.current()
        return (
            None
            if where is None or where.date_from is None or where.date_to is None
            else (
                where.date_from,
                where.date_to,
            )
        )

    def _apply(self) -> None:
        self._timer.stop()
        where = self.current()
        if where is not None and where != self._applied:
            self._applied = where
            self.changed.emit()

    def show_last_night(self) -> None:
        """The morning review: the night shift that started yesterday, everything else as it is."""
        self._set_quietly(self.today - timedelta(days=1), self.today - timedelta(days=1))
        self.shift.set_code(Shift.NIGHT)
        self._apply()

    def reset(self) -> None:
        for combo in self._combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._set_quietly(self.today - timedelta(days=DEFAULT_DAYS - 1), self.today)
        self._apply()

    def _set_quietly(self, first: date, last: date) -> None:
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
