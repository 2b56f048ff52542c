"""The parts of the contact form that carry lists of choices: topics, risk flags, actions and consents."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Action, ConsentPurpose, RiskFlag, StepStatus
from app.services.contacts.editing import RiskAnswer
from app.services.contacts.taxonomy import TopicChoice
from app.ui.kit import labels
from app.ui.kit.theme import set_tone
from app.ui.kit.type_filter import best_first
from app.ui.kit.widgets import ErrorLabel


class TopicsPanel(QWidget):
    """The topic taxonomy as check boxes in three columns (several topics per contact), found by typing.

    One stop of the Tab order: the filter line above the boxes. Letters typed there dim the topics they do not fit
    (any word's start counts: "le" finds "Lein", "vägi" every kind of violence); the best fit is in bold and Enter
    ticks it (or unticks it, if ticked) and empties the filter for the next topic. Down goes to the bold topic,
    the arrow keys move among the topics not dimmed, Space ticks; a letter typed there goes back to the filter.
    Escape empties the filter. The boxes themselves are not Tab stops, so Tab goes on to the next field at once.
    """

    changed = Signal()
    COLUMNS = 3

    def __init__(self, topics: list[TopicChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type a few letters of a topic, Enter ticks it"))
        self.filter.setToolTip(
            self.tr("Down goes to the topics found, Space ticks one there; Escape shows all topics again.")
        )
        self.filter.setAccessibleName(self.tr("Find a topic"))
        self.filter.setMaxLength(100)
        self.no_match = QLabel(self.tr("No topic fits these letters."))
        self.no_match.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.no_match)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        layout.addLayout(grid)
        self.boxes: dict[str, QCheckBox] = {}
        rows = max(1, (len(topics) + self.COLUMNS - 1) // self.COLUMNS)
        for index, topic in enumerate(topics):
            box = QCheckBox(topic.name)
            box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached by the arrow keys from the filter
            box.toggled.connect(lambda *_: self.changed.emit())
            box.installEventFilter(self)
            grid.addWidget(box, index % rows, index // rows)  # fill down the columns: reads like a list
            self.boxes[topic.code] = box
        self._order = list(self.boxes.values())
        self._best: QCheckBox | None = None
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def restore_draft(self, kept: object) -> None:
        """Tick what a draft kept (:meth:`codes`); anything else ticks nothing."""
        self.set_codes([str(code) for code in kept] if isinstance(kept, list) else [])

    def focus_chain(self) -> list[QWidget]:
        """The panel's widgets in their focus order (only the filter is a Tab stop), for the form's Tab order."""
        return [self.filter, *self._order]

    def found(self) -> list[QCheckBox]:
        """The topics the filter's letters fit, in the order of the list."""
        return [box for box in self._order if box.isEnabled()]

    def _narrow(self, text: str) -> None:
        fits = best_first([box.text() for box in self._order], text) if text.strip() else None
        shown = set(range(len(self._order)) if fits is None else fits)
        for index, box in enumerate(self._order):
            box.setEnabled(index in shown)
        self._mark(self._order[fits[0]] if fits else None)
        self.no_match.setVisible(fits is not None and not fits)

    def _mark(self, best: QCheckBox | None) -> None:
        """The topic Enter would tick, in bold."""
        for box in (self._best, best):
            if box is not None:
                font = box.font()
                font.setBold(box is best)
                box.setFont(font)
        self._best = best

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.filter:
            return self._filter_key(event)
        if isinstance(watched, QCheckBox):
            return self._box_key(watched, event)
        return False

    def _filter_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._best is not None:
                self._best.toggle()
                self.filter.clear()
            elif self.filter.text():
                QApplication.beep()
            return True  # never further: Enter in the topics must not reach anything that saves
        if key == Qt.Key.Key_Down and self.found():
            (self._best or self.found()[0]).setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_Escape and self.filter.text():
            self.filter.clear()
            return True
        return False

    def _box_key(self, box: QCheckBox, event: QKeyEvent) -> bool:
        key = event.key()
        found = self.found()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) and box in found:
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            index = found.index(box) + step
            if index < 0:
                self.filter.setFocus(Qt.FocusReason.OtherFocusReason)  # keeps the letters, unselected
            elif index < len(found):
                found[index].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        text = event.text()
        if text and text.isprintable() and text != " " and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.filter.setFocus(Qt.FocusReason.OtherFocusReason)
            self.filter.insert(text)
            return True
        return False


class RiskRow(QWidget):
    """One risk flag: raised or not; when raised, the step it requires and what became of it."""

    changed = Signal()

    def __init__(self, flag: RiskFlag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        self.raised = QCheckBox(labels.label(flag))
        self.step = QLabel(labels.risk_step(flag))
        self.step.setWordWrap(True)
        set_tone(self.step, "warning")
        self.status = QComboBox()
        self.status.addItem(self.tr("Step not yet taken"), StepStatus.PENDING.value)
        self.status.addItem(self.tr("Step done"), StepStatus.DONE.value)
        self.status.addItem(self.tr("Declined (say why)"), StepStatus.DECLINED.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the step was declined"))
        self.reason.setMaxLength(1000)
        self.error = ErrorLabel()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.raised, 0, 0, 1, 2)
        layout.addWidget(self.step, 1, 0, 1, 2)
        layout.addWidget(self.status, 2, 0)
        layout.addWidget(self.reason, 2, 1)
        layout.addWidget(self.error, 3, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self.raised.toggled.connect(self._sync)
        self.status.currentIndexChanged.connect(self._sync)
        for signal in (self.raised.toggled, self.status.currentIndexChanged, self.reason.textChanged):
            signal.connect(lambda *_: self.changed.emit())
        self._sync()

    def _sync(self) -> None:
        on = self.raised.isChecked()
        self.step.setVisible(on)
        self.status.setVisible(on)
        self.reason.setVisible(on and self.status.currentData() == StepStatus.DECLINED.value)
        if not on:
            self.error.clear_error()

    def answer(self) -> RiskAnswer | None:
        if not self.raised.isChecked():
            return None
        return RiskAnswer(StepStatus(self.status.currentData()), self.reason.text())

    def set_answer(self, answer: RiskAnswer | None) -> None:
        self.raised.setChecked(answer is not None)
        if answer is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(answer.status.value)))
            self.reason.setText(answer.reason)
        self._sync()


class RiskPanel(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Risk"), parent)
        layout = QVBoxLayout(self)
        self.rows = {flag: RiskRow(flag) for flag in RiskFlag}
        for row in self.rows.values():
            layout.addWidget(row)
            row.changed.connect(self.changed)

    def answers(self) -> dict[RiskFlag, RiskAnswer]:
        found = {flag: row.answer() for flag, row in self.rows.items()}
        return {flag: answer for flag, answer in found.items() if answer is not None}

    def set_answers(self, answers: dict[RiskFlag, RiskAnswer]) -> None:
        for flag, row in self.rows.items():
            row.set_answer(answers.get(flag))

    def draft(self) -> dict[str, dict[str, str]]:
        """The raised flags as a draft keeps them, as shown (a declined step's reason may still be missing)."""
        return {
            flag.value: {"status": row.status.currentData(), "reason": row.reason.text()}
            for flag, row in self.rows.items()
            if row.raised.isChecked()
        }

    def restore_draft(self, kept: object) -> None:
        """Show what :meth:`draft` kept (anything else unraises every flag)."""
        kept = kept if isinstance(kept, dict) else {}
        for flag, row in self.rows.items():
            answer = kept.get(flag.value)
            row.raised.setChecked(isinstance(answer, dict))
            if isinstance(answer, dict):
                row.status.setCurrentIndex(max(0, row.status.findData(answer.get("status"))))
                row.reason.setText(str(answer.get("reason") or ""))


class ActionsPanel(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Actions"), parent)
        layout = QGridLayout(self)
        self.boxes = {action: QCheckBox(labels.label(action)) for action in Action}
        for index, box in enumerate(self.boxes.values()):
            layout.addWidget(box, index // 2, index % 2)
            box.toggled.connect(lambda *_: self.changed.emit())

    def chosen(self) -> set[Action]:
        return {action for action, box in self.boxes.items() if box.isChecked()}

    def set_chosen(self, actions: set[Action]) -> None:
        for action, box in self.boxes.items():
            box.setChecked(action in actions)

    def draft(self) -> list[str]:
        return sorted(action.value for action in self.chosen())

    def restore_draft(self, kept: object) -> None:
        codes = kept if isinstance(kept, list) else []
        for action, box in self.boxes.items():
            box.setChecked(action.value in codes)


class ConsentPanel(QGroupBox):
    """Consent to pass the caller's data to each partner: not asked, yes or no (recorded with who and when)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consent to pass data to a partner"), parent)
        layout = QGridLayout(self)
        self.choices: dict[ConsentPurpose, QComboBox] = {}
        for index, purpose in enumerate(ConsentPurpose):
            combo = QComboBox()
            combo.addItem(self.tr("Not asked"), None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
            label = QLabel(labels.label(purpose))
            label.setBuddy(combo)
            layout.addWidget(label, index // 2, (index % 2) * 2)
            layout.addWidget(combo, index // 2, (index % 2) * 2 + 1)
            self.choices[purpose] = combo

    def consents(self) -> dict[ConsentPurpose, bool]:
        found = {purpose: combo.currentData() for purpose, combo in self.choices.items()}
        return {purpose: bool(value) for purpose, value in found.items() if value is not None}

    def set_consents(self, consents: dict[ConsentPurpose, bool]) -> None:
        for purpose, combo in self.choices.items():
            value = consents.get(purpose)
            combo.setCurrentIndex(0 if value is None else (1 if value else 2))

    def draft(self) -> dict[str, int]:
        """Each partner's answer as a draft keeps it: 0 not asked, 1 yes, 2 no."""
        return {purpose.value: combo.currentIndex() for purpose, combo in self.choices.items()}

    def restore_draft(self, kept: object) -> None:
        answers = kept if isinstance(kept, dict) else {}
        for purpose, combo in self.choices.items():
            index = answers.get(purpose.value, 0)
            combo.setCurrentIndex(index if isinstance(index, int) and 0 <= index < combo.count() else 0)
