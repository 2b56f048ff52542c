"""The parts of the contact form that carry lists of choices: topics, risk flags, actions and consents."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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
from app.services.contacts import RiskAnswer
from app.services.taxonomy import TopicChoice
from app.ui import labels
from app.ui.theme import set_tone
from app.ui.widgets import ErrorLabel


class TopicsPanel(QWidget):
    """The topic taxonomy as check boxes in three columns (several topics per contact); Space toggles one."""

    changed = Signal()
    COLUMNS = 3

    def __init__(self, topics: list[TopicChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        rows = (len(topics) + self.COLUMNS - 1) // self.COLUMNS
        for index, topic in enumerate(topics):
            box = QCheckBox(topic.name)
            box.toggled.connect(lambda *_: self.changed.emit())
            layout.addWidget(box, index % rows, index // rows)  # fill down the columns: reads like a list
            self.boxes[topic.code] = box

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


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
