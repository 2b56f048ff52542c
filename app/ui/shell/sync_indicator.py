"""The team sync in the status bar (team mode only): online, offline since when with how many changes waiting, a
conflict to resolve, a problem the server reported; a click (or *Settings → Team sync…*) shows the same in full
sentences.

The sync worker (``app.store.sync``, a thread of its own) sends a :class:`~app.store.sync.status.SyncStatus` each time
something in it changes; the session hands it to ``MainWindow.show_sync_status`` on the GUI thread (a signal from the
worker's thread, which Qt queues). The indicator never takes the focus (typing in a form goes on while it changes), and
a status equal to the one shown costs one comparison. The texts say the state in words, with an icon of its own shape
and, for what needs attention, a coloured tone: never by colour alone.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store.sync.status import SyncStatus
from app.ui.kit import formatting
from app.ui.kit.text import counted, fill
from app.ui.kit.theme import set_tone

PROBLEM_IN_BAR = 80  # characters of the server's problem sentence shown in the bar; the whole of it in the tooltip


def moment(value: datetime, now: datetime | None = None) -> str:
    """A moment as the bar says it: the clock today (``02:14``), with the date on another day."""
    local = value.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    return f"{local:%H:%M}" if local.date() == today else formatting.local_datetime(value)


class SyncTexts(QObject):
    """The indicator's and the details' words (``self.tr``: lupdate gives its ``%n`` messages plural forms)."""

    def summary(self, status: SyncStatus, now: datetime | None = None) -> str:
        """The bar's one line: ``Team: online · synced 14:02``, ``Team: offline since 02:14 · 7 changes waiting (saved
        on this computer)``, ``Team: 1 conflict to resolve · online``, the server's problem at its end."""
        parts: list[str] = []
        conflicts, waiting = status.conflicts, status.waiting  # lupdate skips a count read from an attribute
        if status.conflicts:
            parts.append(
                counted(
                    self.tr("%n conflict(s) to resolve", "", conflicts),
                    conflicts,
                )
            )
        if status.online:
            parts.append(self.tr("online"))
            if status.waiting:
                parts.append(counted(self.tr("sending %n change(s)", "", waiting), waiting))
            elif status.last_sync is not None:
                parts.append(fill(self.tr("synced %1"), moment(status.last_sync, now)))
        else:
            if status.offline_since is not None:
                since = moment(status.offline_since, now)
                parts.append(fill(self.tr("offline since %1"), since))
            else:
                parts.append(self.tr("connecting…"))
            if status.waiting:
                parts.append(
                    counted(
                        self.tr("%n change(s) waiting (saved on this computer)", "", waiting),
                        waiting,
                    )
                )
        if status.problem:
            problem = " ".join(status.problem.split())
            if len(problem) > PROBLEM_IN_BAR:
                problem = problem[: PROBLEM_IN_BAR - 1].rstrip() + "…"
            parts.append(problem)
        return fill(self.tr("Team: %1"), " · ".join(parts))

    def sentences(self, status: SyncStatus, now: datetime | None = None) -> list[str]:
        """The same in full sentences, one per fact: the tooltip's lines and the details dialog's paragraphs."""
        said: list[str] = []
        conflicts, waiting = status.conflicts, status.waiting  # lupdate skips a count read from an attribute
        if status.online:
            said.append(self.tr("This workstation is connected to the team server."))
        elif status.offline_since is not None:
            said.append(
                fill(
                    self.tr(
                        "This workstation has been offline since %1: it cannot reach the team server. You can go "
                        "on working: everything you save is kept on this computer and goes to the server by itself "
                        "when it is back.",
                    ),
                    moment(status.offline_since, now),
                )
            )
        else:
            said.append(self.tr("This workstation is connecting to the team server."))
        if status.waiting:
            said.append(
                self.tr(
                    "Changes made here and not yet on the server: %n. They are saved on this computer.",
                    "",
                    waiting,
                )
            )
        elif status.online:
            said.append(self.tr("Every change made here is on the server."))
        if status.last_sync is not None:
            said.append(
                fill(
                    self.tr("The last complete sync was at %1."),
                    formatting.local_datetime(status.last_sync),
                )
            )
        else:
            said.append(self.tr("This workstation has not synced yet."))
        if status.conflicts:
            said.append(
                self.tr(
                    "Records changed both here and on another workstation: %n. Nothing is lost: both versions are "
                    "kept until you choose, field by field, what stays. Choose “Resolve conflicts…” to do it now.",
                    "",
                    conflicts,
                )
            )
        if status.problem:
            said.append(fill(self.tr("The server reports a problem: %1"), status.problem))
        return said


@cache
def _texts() -> SyncTexts:
    return SyncTexts()


def summary(status: SyncStatus, now: datetime | None = None) -> str:
    """The bar's one line (:meth:`SyncTexts.summary`)."""
    return _texts().summary(status, now)


def sentences(status: SyncStatus, now: datetime | None = None) -> list[str]:
    """The details in full sentences (:meth:`SyncTexts.sentences`)."""
    return _texts().sentences(status, now)


def tone(status: SyncStatus) -> str:
    """The tone of the bar's text (``app.ui.kit.theme.TONES``): what needs the person stands out."""
    if status.problem:
        return "error"
    if status.conflicts or not status.online:
        return "warning"
    return ""


def icon(status: SyncStatus, style: QStyle) -> QIcon:
    """An icon of its own shape per state: a tick online, an information mark while offline or connecting, a warning
    triangle for a conflict, a stop sign for a problem."""
    pixmap = QStyle.StandardPixmap
    if status.problem:
        return style.standardIcon(pixmap.SP_MessageBoxCritical)
    if status.conflicts:
        return style.standardIcon(pixmap.SP_MessageBoxWarning)
    if not status.online:
        return style.standardIcon(pixmap.SP_MessageBoxInformation)
    return style.standardIcon(pixmap.SP_DialogApplyButton)


class SyncDetailsDialog(QDialog):
    """The team sync in full sentences; follows the status while open. With conflicts, a button asks for the
    conflict dialog (:attr:`resolve_conflicts_requested`)."""

    resolve_conflicts_requested = Signal()

    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team sync"))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: bold;")
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setMinimumWidth(420)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.resolve_button = QPushButton(self.tr("&Resolve conflicts…"))
        buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.resolve_button.clicked.connect(self.resolve_conflicts_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch()
        layout.addWidget(buttons)
        self._status = status
        self.show_status(status)

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        self.heading.setText(summary(status))
        self.body.setText("\n\n".join(sentences(status)))
        self.resolve_button.setVisible(status.conflicts > 0)
        if status.conflicts:
            self.resolve_button.setDefault(True)

    def retranslate(self) -> None:
        """The sentences in the new language (``app.ui.kit.i18n``)."""
        self.show_status(self._status)


class SyncIndicator(QToolButton):
    """The status bar's team sync: hidden until the first status; a click opens :class:`SyncDetailsDialog`.

    :attr:`resolve_conflicts_requested` is emitted when the person asks, in the details, to resolve the conflicts.
    """

    resolve_conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays where it is, whatever the status does
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(16, 16))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._status: SyncStatus | None = None
        self._details: SyncDetailsDialog | None = None
        self.clicked.connect(self.open_details)
        self.hide()

    def status(self) -> SyncStatus | None:
        """The status shown, None before the first."""
        return self._status

    def show_status(self, status: SyncStatus) -> None:
        """Show ``status`` (the GUI thread only); the same status again changes nothing."""
        if status == self._status:
            return
        self._status = status
        self._render()
        if self._details is not None:
            self._details.show_status(status)

    def _render(self) -> None:
        status = self._status
        if status is None:
            return
        line = summary(status)
        self.setText(line.replace("&", "&&"))  # a server's sentence with "&" is no mnemonic
        details = sentences(status)
        self.setToolTip("\n".join(details))
        self.setAccessibleName(line)
        self.setAccessibleDescription(" ".join(details))
        self.setIcon(icon(status, self.style()))
        set_tone(self, tone(status))

    def open_details(self) -> SyncDetailsDialog | None:
        """The details dialog (one at a time, not modal: the forms take typing while it is open); None before the
        first status."""
        if self._status is None:
            return None
        if self._details is None:
            self._details = SyncDetailsDialog(self._status, self.window())
            self._details.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._details.resolve_conflicts_requested.connect(self._resolve)
            self._details.finished.connect(self._forget_details)
        self._details.show()
        self._details.raise_()
        self._details.activateWindow()
        return self._details

    def _resolve(self) -> None:
        if self._details is not None:
            self._details.close()
        self.resolve_conflicts_requested.emit()

    def _forget_details(self, _result: int = 0) -> None:
        self._details = None

    def retranslate(self) -> None:
        """The texts in the new language (``app.ui.kit.i18n``)."""
        self._render()
