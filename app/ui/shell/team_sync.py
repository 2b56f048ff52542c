"""Team mode in the window: joining a team server from the first window, and the sync running for the person signed
in (docs/team.md).

:class:`JoinTeamDialog` is reached from the first start's window (*Join a team server…*): the server, the team's
certificate, the person's user name and password; it joins (``app.services.guard.team.join``) off the GUI thread and
signs the person in. :class:`TeamSync` runs the sync worker (``app.store.sync.worker``) for the session, with the
person's password held in memory only, and shows its state in the status bar.

The password typed at a log-in reaches the session through :func:`remember` and :func:`take` (kept for one
moment, between the dialog and the session; never written anywhere).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import APP_TITLE
from app.errors import FieldErrors, KnownError, ServerUnreachable
from app.services.actor import SessionUser
from app.store.db import Store
from app.store.sync.status import SyncStatus, WorkstationState
from app.ui.kit.error_label import ErrorLabel, grow_to_fit, with_error
from app.ui.kit.text import fill

_typed: weakref.WeakKeyDictionary[Store, tuple[str, str, str]] = weakref.WeakKeyDictionary()


def remember(store: Store, username: str, password: str, server: str) -> None:
    """The password just accepted for ``username`` on a workstation of the team at ``server``, for the session
    about to begin (from the log-in's check, on the database worker)."""
    _typed[store] = (username, password, server)


def take(store: Store, username: str) -> tuple[str, str] | None:
    """(password, server) remembered for ``username`` (then forgotten here), or None: not a team workstation."""
    found = _typed.pop(store, None)
    return (found[1], found[2]) if found is not None and found[0] == username else None


class JoinTeamDialog(QDialog):
    """A new workstation joins the team's server; ``user`` holds who signed in once accepted."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user: SessionUser | None = None
        self.setWindowTitle(fill(self.tr("Join a team server – %1"), APP_TITLE))
        intro = QLabel(
            self.tr(
                "Your administrator gives you the team server's name and the team's certificate file. Sign in with "
                "your own user name and password: this computer then keeps the contacts you may see and works on "
                "when the network is down."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("helpline")
        self.ca_file = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: ErrorLabel() for name in ("host", "ca_file", "username", "password")}
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(browse)
        ca_box = QWidget()
        ca_box.setLayout(ca_row)
        ca_box.setFocusProxy(self.ca_file)  # the label's Alt-key goes to the file's field
        ca_box.setFocusPolicy(self.ca_file.focusPolicy())
        ca_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("&Server"), with_error(self.host, self.errors["host"]))
        form.addRow(self.tr("P&ort"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("Team &certificate"), with_error(ca_box, self.errors["ca_file"]))
        form.addRow(self.tr("&User name"), with_error(self.username, self.errors["username"]))
        form.addRow(self.tr("&Password"), with_error(self.password, self.errors["password"]))
        self.problem = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Join"))
        buttons.accepted.connect(self.try_join)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._job: object | None = None
        self.setMinimumWidth(max(560, self.sizeHint().width()))  # the certificate's path and the reasons have room
        self.host.setFocus()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("The team's certificate"), "", self.tr("Certificates (*.crt *.pem);;All files (*)")
        )
        if chosen:
            self.ca_file.setText(chosen)

    def try_join(self) -> None:
        from app.services.guard import auth, team
        from app.ui.kit.tasks import Latest

        for label in (*self.errors.values(), self.problem):
            label.clear_error()
        try:
            server = team.address(self.host.text(), self.port.value(), self.database.text(), Path(self.ca_file.text()))
        except FieldErrors as error:
            self._field_errors(error)
            return
        store, username, password = self.store, self.username.text().strip(), self.password.text()

        def work() -> SessionUser:
            team.join(store, server, username, password)
            with store.unit_of_work() as uow:
                user = auth.authenticate(uow, username, password)
                uow.commit()
            remember(store, user.username, password, server)
            return user

        self._busy(True)
        job = Latest(self)
        self._job = job
        job.run(work, self._joined, self._refused)

    def _busy(self, busy: bool) -> None:
        for widget in (self.host, self.port, self.database, self.ca_file, self.username, self.password):
            widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def _field_errors(self, error: FieldErrors) -> None:
        from app.ui.kit import messages

        for name, reason in error.errors.items():
            label = self.errors.get(name, self.problem)
            label.show_error(messages.field_error(reason))
        grow_to_fit(self)

    def _joined(self, user: SessionUser) -> None:
        self._busy(False)
        self.user = user
        self.accept()

    def _refused(self, error: Exception) -> None:
        from app.ui.kit import messages

        self._busy(False)
        if isinstance(error, FieldErrors):
            self._field_errors(error)
            self.password.selectAll()
            self.password.setFocus()
        elif isinstance(error, KnownError):
            self.problem.show_error(messages.known_error_text(error))
            grow_to_fit(self)
        else:
            messages.report(self, error)


def server_store(server: str, username: str, password: str) -> Store:
    """The team server as a store of the program's, signed in as this person: what an administrator's account
    changes and the workstations' view go through (the server's rules, not this workstation, decide)."""
    from app.services.guard import team
    from app.store.sync.worker import server_engine

    return Store(server_engine(team.person_url(server, username, password)))


def workstations_loader(server: Store, actor: SessionUser) -> Callable[[], list[WorkstationState]]:
    """What the workstations view reads, on the server lane: :class:`ServerUnreachable` when the server is out of
    reach."""
    from app.services.guard import team

    def load() -> list[WorkstationState]:
        try:
            with server.unit_of_work() as uow:
                return team.list_workstations(uow, actor)
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as error:
            raise ServerUnreachable(str(error)) from error

    return load


class _Relay(QObject):
    """Hands the worker thread's statuses to the GUI thread."""

    status = Signal(object)


class TeamSync:
    """The sync for the person signed in: started with their session, stopped when it ends."""

    def __init__(self, store: Store, server: str, username: str, password: str) -> None:
        from app.services.guard import team
        from app.store.sync.worker import SyncWorker, server_engine

        self.relay = _Relay()
        engine = server_engine(team.person_url(server, username, password))
        self.worker = SyncWorker(store, engine, self.relay.status.emit)

    def start(self, show: object) -> None:
        """Start; each status that changes is given to ``show`` (a callable taking a SyncStatus) on the GUI thread."""
        self.relay.status.connect(show)
        self.worker.start()

    def nudge(self) -> None:
        self.worker.nudge()

    def stop(self) -> None:
        self.worker.stop()

    @property
    def status(self) -> SyncStatus:
        return self.worker.status
