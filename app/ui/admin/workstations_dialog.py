"""Administration's view of the team's workstations (team mode): each one's station code, host name, who was signed
in, when it joined, its last push and pull and the changes it said were waiting; one that has not synced for a day is
marked in words, with an icon and a tone.

The list comes from the team server through a loader the session gives (``load() -> list[WorkstationState]``). It
runs on the server lane (``app.ui.kit.tasks.Lane.SERVER``), never on the GUI thread: a server that does not answer
leaves the window responsive, and its :class:`~app.errors.ServerUnreachable` is said in the dialog, not in a box.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServerUnreachable
from app.models.base import utcnow
from app.store.sync.status import WorkstationState
from app.ui.kit import formatting, messages
from app.ui.kit.table_model import RIGHT, Column, RowTableModel
from app.ui.kit.tasks import Lane, Ticket, run_in_background
from app.ui.kit.text import counted
from app.ui.kit.theme import set_tone, tone_colour

WorkstationsLoader = Callable[[], list[WorkstationState]]
"""What the session gives for the view: reads the workstations from the team server (on the server lane); raises
``app.errors.ServerUnreachable`` when the server cannot be reached."""

STALE_AFTER = timedelta(hours=24)
STALE_ROLE = Qt.ItemDataRole(Qt.ItemDataRole.UserRole + 1)
"""True on every column of a workstation not heard from for ``STALE_AFTER`` (or never)."""


def last_heard(station: WorkstationState) -> datetime | None:
    """The last time the workstation synced with the server: its newer push or pull (None: never)."""
    moments = [moment for moment in (station.last_push_at, station.last_pull_at) if moment is not None]
    return max(moments) if moments else None


def is_stale(station: WorkstationState, now: datetime, stale_after: timedelta = STALE_AFTER) -> bool:
    heard = last_heard(station)
    return heard is None or now - heard > stale_after


class WorkstationsModel(RowTableModel[WorkstationState]):
    """The workstations, stale ones marked in words (the *Sync* column, next to the station), with an icon and the
    row's tone."""

    def __init__(self, parent: QObject | None = None, *, stale_after: timedelta = STALE_AFTER) -> None:
        self.stale_after = stale_after
        self.now = utcnow()
        super().__init__(parent)

    def show_rows(self, rows: Sequence[WorkstationState], now: datetime) -> None:
        self.now = now
        self.set_rows(sorted(rows, key=lambda station: station.station_code))

    def stale(self, station: WorkstationState) -> bool:
        return is_stale(station, self.now, self.stale_after)

    def columns(self) -> Sequence[Column[WorkstationState]]:
        def when(moment: datetime | None) -> str:
            return self.tr("never") if moment is None else formatting.local_datetime(moment)

        warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return [
            Column(
                lambda: self.tr("Station"),
                lambda s: s.station_code,
                {Qt.ItemDataRole.DecorationRole: lambda s: warning if self.stale(s) else None},
            ),
            Column(lambda: self.tr("Sync"), self._sync_text),
            Column(lambda: self.tr("Computer"), lambda s: s.name),
            Column(lambda: self.tr("Signed in"), lambda s: s.username),
            Column(lambda: self.tr("Joined"), lambda s: formatting.local_datetime(s.joined_at)),
            Column(lambda: self.tr("Last push"), lambda s: when(s.last_push_at)),
            Column(lambda: self.tr("Last pull"), lambda s: when(s.last_pull_at)),
            Column(
                lambda: self.tr("Changes waiting"),
                lambda s: formatting.number(s.waiting),
                {Qt.ItemDataRole.TextAlignmentRole: lambda _s: RIGHT},
            ),
        ]

    def _sync_text(self, station: WorkstationState) -> str:
        heard = last_heard(station)
        if heard is None:
            return self.tr("Never synced")
        if not self.stale(station):
            return self.tr("Up to date")
        hours = int((self.now - heard).total_seconds() // 3600)
        if hours < 48:
            return counted(self.tr("No sync for %n hour(s)", "", hours), hours)
        return counted(self.tr("No sync for %n day(s)", "", hours // 24), hours // 24)

    def row_roles(self) -> Mapping[Qt.ItemDataRole, Callable[[WorkstationState], Any]]:
        return {
            STALE_ROLE: self.stale,
            Qt.ItemDataRole.ForegroundRole: lambda s: tone_colour("warning") if self.stale(s) else None,
            Qt.ItemDataRole.ToolTipRole: lambda s: (
                self.tr("This workstation has not synced with the server for more than a day.")
                if self.stale(s)
                else None
            ),
        }


class WorkstationsDialog(QDialog):
    """The team's workstations as the server last heard of them; *Refresh* reads them again."""

    def __init__(
        self,
        load: WorkstationsLoader,
        parent: QWidget | None = None,
        *,
        stale_after: timedelta = STALE_AFTER,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.load = load
        self.now = now
        self.setWindowTitle(self.tr("Team workstations"))
        self.model = WorkstationsModel(self, stale_after=stale_after)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Workstations"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a team has tens of rows, not more
        self.view.setWordWrap(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self._ticket: Ticket | None = None
        self._note: Callable[[], tuple[str, str]] = self._reading
        self.resize(1080, 420)
        self.refresh()

    def loading(self) -> bool:
        """A read from the server is under way."""
        return self._ticket is not None and self._ticket.pending

    def refresh(self) -> None:
        if self.loading():
            return
        self._say(self._reading)
        self.refresh_button.setEnabled(False)
        load = self.load
        self._ticket = run_in_background(self, load, self._loaded, self._failed, tied_to=self, lane=Lane.SERVER)

    def _loaded(self, rows: list[WorkstationState]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.show_rows(rows, self.now())
        self._say(self._listed)

    def _listed(self) -> tuple[str, str]:
        count = len(self.model.rows())
        stale = sum(1 for row in self.model.rows() if self.model.stale(row))
        text = counted(self.tr("%n workstation(s) in the team.", "", count), count)
        if stale:
            text += " " + self.tr("Not synced for more than a day: %n (see the Sync column).", "", stale)
        return text, "warning" if stale else ""

    def _failed(self, error: Exception) -> None:
        self.refresh_button.setEnabled(True)
        if isinstance(error, ServerUnreachable):
            self._say(self._unreachable)
            return
        self._say(lambda: ("", ""))
        messages.report(self, error)

    def _unreachable(self) -> tuple[str, str]:
        text = self.tr("The server cannot be reached: the list is shown when the workstation is online again.")
        return text, "warning"

    def _reading(self) -> tuple[str, str]:
        return self.tr("Reading the workstations from the server…"), "muted"

    def _say(self, note: Callable[[], tuple[str, str]]) -> None:
        """The line above the table, from ``note`` (text and tone), which is asked again after a change of language."""
        self._note = note
        text, tone = note()
        self.note.setText(text)
        self.note.setAccessibleName(text)
        set_tone(self.note, tone)

    def retranslate(self) -> None:
        """Headers, the rows' words and the line above them in the new language (``app.ui.kit.i18n``)."""
        self.model.set_rows(self.model.rows())
        self._say(self._note)


def open_workstations(load: WorkstationsLoader, parent: QWidget | None) -> WorkstationsDialog:
    """The view, window-modal over ``parent`` and not blocking it; deleted when closed."""
    dialog = WorkstationsDialog(load, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
