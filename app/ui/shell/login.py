"""Log-in, and the first start's "create the administrator" dialog (there is no built-in password).

The log-in's password check (argon2, a good part of a second) runs on the database worker (``app.ui.kit.tasks``):
meanwhile the fields and the button are disabled and the cursor is busy, so Enter pressed twice logs in once.

The log-in is the first window of a start, shown before the store is open (``app.ui.shell.application``): this module
imports no store, service or model at module level (they load on a thread of their own meanwhile), and the log-in
takes its store when it is open (:meth:`LoginDialog.store_ready`); Enter pressed before that waits for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_TITLE
from app.errors import AccountLocked, AuthenticationFailed, FirstSignInOffline
from app.ui.kit.error_label import ErrorLabel, grow_to_fit, with_error
from app.ui.kit.text import fill

if TYPE_CHECKING:
    from app.services.actor import SessionUser
    from app.store.db import Store
    from app.ui.kit.tasks import Latest


def fit_title(dialog: QWidget) -> None:
    """Wide enough for its title beside the window manager's buttons (a narrow dialog cut "Log in – Helpline")."""
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    dialog.setMinimumWidth(max(dialog.minimumWidth(), title + 160, 380))


class LoginDialog(QDialog):
    """Asks for user name and password; ``user`` holds who logged in once accepted.

    ``left``: the full name of the user who just logged out (``app.ui.shell.session``); the dialog then says so, and its
    Cancel button, which quits the program, says *Quit*.
    """

    def __init__(self, store: Store | None, parent: QWidget | None = None, *, left: str = "") -> None:
        super().__init__(parent)
        self.store = store  # None: still being opened (store_ready)
        self.user: SessionUser | None = None
        self._waiting_for_store = False  # Enter was pressed before the store was open
        self.setWindowTitle(fill(self.tr("Log in – %1"), APP_TITLE))
        self.notice = QLabel(
            fill(
                self.tr(
                    "%1 is logged out; their unsaved forms wait for their next log-in. The next user logs in here."
                ),
                left,
            )
            if left
            else ""
        )
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(left))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), with_error(self.password, self.error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log in"))
        self._check: Latest | None = None  # the password check under way on the database worker (made at the first)
        if left:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_title(self)
        self.username.setFocus()

    @property
    def checking(self) -> bool:
        """The password typed is being checked (on the database worker), or waits for the store to be open."""
        return self._waiting_for_store or (self._check is not None and self._check.busy)

    def store_ready(self, store: Store) -> None:
        """The store is open: a log-in asked for meanwhile is checked now."""
        self.store = store
        if self._waiting_for_store:
            self._waiting_for_store = False
            self.try_login()

    def try_login(self) -> None:
        """Check the user name and password off the GUI thread; the dialog is accepted when they are right."""
        if self.checking:
            return
        if self.store is None:  # still opening: the check follows as soon as it is open (store_ready)
            self._waiting_for_store = True
            self._wait(True)
            return
        from app.services.guard import auth
        from app.ui.kit.tasks import Latest

        if self._check is None:
            self._check = Latest(self)
        store, username, password = self.store, self.username.text(), self.password.text()

        def check() -> SessionUser:
            from app.services.guard import team

            with store.unit_of_work() as uow:
                user = auth.authenticate(uow, username, password)
                uow.commit()
                server = team.server_address(uow)
            if server is not None:  # a team workstation: the sync signs in to the server as this person
                from app.ui.shell import team_sync

                team_sync.remember(store, user.username, password, server)
            return user

        self._wait(True)
        self._check.run(check, self._logged_in, self._refused)

    def _wait(self, waiting: bool) -> None:
        for widget in (self.username, self.password, self.ok_button):
            widget.setEnabled(not waiting)
        if waiting:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def _logged_in(self, user: SessionUser) -> None:
        self._wait(False)
        self.user = user
        self.accept()

    def _refused(self, error: Exception) -> None:
        from app.ui.kit import messages

        self._wait(False)
        if isinstance(error, AuthenticationFailed | AccountLocked | FirstSignInOffline):
            self.error.show_error(messages.known_error_text(error))
            grow_to_fit(self)
            self.password.selectAll()
            self.password.setFocus()
        else:
            messages.report(self, error)  # the store busy or gone: its sentence; a bug: the crash dialog

    def done(self, result: int) -> None:
        if self._check is not None:
            self._check.cancel()  # closed while the password was checked: its result is not wanted
        self._waiting_for_store = False
        self._wait(False)
        super().done(result)


class FirstAdministratorDialog(QDialog):
    """The store has no users yet: whoever installs the program creates the administrator account."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user: SessionUser | None = None
        self.setWindowTitle(fill(self.tr("Create the administrator – %1"), APP_TITLE))
        intro = QLabel(
            self.tr(
                "This store has no users yet. Create the administrator account; the administrator then adds "
                "counsellors and shift leads. Choose a password of at least 10 characters."
            )
        )
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: ErrorLabel() for name in ("username", "full_name", "password", "repeat")}
        form = QFormLayout()
        form.addRow(self.tr("&User name"), with_error(self.username, self.errors["username"]))
        form.addRow(self.tr("&Full name"), with_error(self.full_name, self.errors["full_name"]))
        form.addRow(self.tr("&Password"), with_error(self.password, self.errors["password"]))
        form.addRow(self.tr("&Repeat password"), with_error(self.repeat, self.errors["repeat"]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        team = QLabel(self.tr("Or, on a workstation of a team that shares a server:"))
        self.join_button = QPushButton(self.tr("&Join a team server…"))
        self.join_button.clicked.connect(self.join_team)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(team)
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)

    def join_team(self) -> None:
        """This workstation joins the team's server instead: its people come from there (no administrator here)."""
        from app.ui.shell.team_sync import JoinTeamDialog

        dialog = JoinTeamDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.user is not None:
            self.user = dialog.user
            self.accept()

    def try_create(self) -> None:
        from app.services.guard import auth
        from app.ui.kit import messages
        from app.ui.kit.calls import Failed, Route, call

        for label in self.errors.values():
            label.clear_error()
        if self.password.text() != self.repeat.text():
            self.errors["repeat"].show_error(messages.field_error("user.password_mismatch"))
            return
        user = call(
            Route(self, self.errors),
            self.store,
            auth.create_first_administrator,
            self.username.text(),
            self.full_name.text(),
            self.password.text(),
        )
        if isinstance(user, Failed):
            return
        self.user = user
        self.accept()


class ChangePasswordDialog(QDialog):
    """The logged-in user's own new password; the current one is asked first. Recorded in the audit trail."""

    def __init__(self, store: Store, user: SessionUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.setWindowTitle(self.tr("Change my password"))
        self.fields = {name: QLineEdit() for name in ("current", "new", "repeated")}
        self.errors = {name: ErrorLabel() for name in self.fields}
        form = QFormLayout()
        for name, text in (
            ("current", self.tr("&Current password")),
            ("new", self.tr("&New password (at least 10 characters)")),
            ("repeated", self.tr("&Repeat the new password")),
        ):
            self.fields[name].setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(text, with_error(self.fields[name], self.errors[name]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        from app.services.guard import auth
        from app.ui.kit.calls import FAILED, Route, call

        current, new, repeated = (self.fields[name].text() for name in ("current", "new", "repeated"))
        changed = call(Route(self, self.errors), self.store, auth.change_password, self.user, current, new, repeated)
        if changed is not FAILED:
            self.accept()
