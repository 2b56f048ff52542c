"""One run of the program with the store open: users log in, work, and log out or make way for the next user.

A shift change needs no restart, so the store's passphrase is not asked again. At a log-out:

- **Nothing typed is lost.** Every unsaved contact form and aid decision is put aside in the store as a draft of its
  user (``DraftKeeper.put_aside_now``), and offered again at that user's next log-in (``app.ui.shell.drafts``). Review
  input on the desk, which has no drafts, is kept in memory for that user until the program ends.
- **Nothing is left to see.** The user's windows and dialogs close without asking (their input is aside) and are
  deleted before the log-in shows; the next user's window is built anew, with the next user's handover notes and
  drafts.
- *Log out* (``Ctrl+Shift+Q``) asks first when input is unsaved (going back is the default); *Change user*
  (``Ctrl+Shift+L``, also on the lock screen, where whoever stands at it may press it) asks nothing.
- Each log-out is in the audit trail (``auth.log_out``, how it was done). Cancelling the log-in quits the program.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import KnownError
from app.services.actor import SessionUser, is_administrator
from app.services.contacts import taxonomy
from app.services.guard import auth, retention
from app.store.db import Store, UnitOfWork
from app.ui.contacts.form import FormContext
from app.ui.desk.handover import show_unread_handovers
from app.ui.kit import messages, questions, tasks
from app.ui.kit.calls import call_or_raise
from app.ui.kit.tasks import run_in_background
from app.ui.kit.text import fill
from app.ui.shell import team_sync
from app.ui.shell.backup_dialogs import Backups, install_backups
from app.ui.shell.drafts import offer_drafts
from app.ui.shell.integrity import IntegrityWatch, start_integrity_check
from app.ui.shell.lock import LockController, install_lock
from app.ui.shell.login import LoginDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.team_sync import TeamSync

log = logging.getLogger(__name__)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Session", text, "", n)


def run_retention_in_background(store: Store, window: MainWindow) -> None:
    """The daily retention run (``retention.run_if_due``) off the GUI thread, whoever logged in.

    What it anonymised is in the audit trail. A failure (the store busy, the disk full) is logged and said in the
    status line, never in a dialog in a counsellor's way: the next start tries again.
    """

    def work() -> retention.Outcome | None:
        with store.unit_of_work() as uow:
            return retention.run_if_due(uow)

    def done(outcome: retention.Outcome | None) -> None:
        if outcome is not None and (outcome.cases or outcome.persons):
            logging.getLogger(__name__).info(
                "retention anonymised %d case(s) and %d person(s)", outcome.cases, outcome.persons
            )

    def failed(error: Exception) -> None:
        logging.getLogger(__name__).warning("the retention run failed", exc_info=error)
        reason = messages.known_error_text(error) if isinstance(error, KnownError) else type(error).__name__
        text = QCoreApplication.translate(
            "Application", "Old personal data could not be anonymised today (%1) The next start tries again."
        )
        window.statusBar().showMessage(fill(text, reason), 15000)

    run_in_background(window, work, done, failed)


def build_context(store: Store, user: SessionUser, language: str) -> FormContext:
    """What the user's forms offer (counsellors, topics); a failure to read it is raised to the start."""

    def read(uow: UnitOfWork) -> FormContext:
        return FormContext(
            store=store,
            user=user,
            users=auth.list_counsellors(uow) or [user],
            topics=taxonomy.active_topics(uow, language),
            language=language,
        )

    return call_or_raise(store, read)


class Session(QObject):
    """The logged-in user's window, lock and backups, and the log-in that follows a log-out.

    Attributes: ``window``, ``lock`` and ``backups`` of the user logged in (None between users); ``login_dialog``,
    the log-in shown after a log-out.
    """

    def __init__(self, store: Store, language: str, *, store_label: str = "", automatic_backups: bool = True) -> None:
        super().__init__()
        self.store, self.language, self.store_label = store, language, store_label
        self.automatic_backups = automatic_backups
        self.window: MainWindow | None = None
        self.lock: LockController | None = None
        self.backups: Backups | None = None
        self.login_dialog: LoginDialog | None = None
        self._reviews: dict[uuid.UUID, dict[uuid.UUID, Any]] = {}  # desk review input kept per user at log-out
        self.integrity: IntegrityWatch | None = None  # the store's full check, started once the first window is up
        self.team: TeamSync | None = None  # team mode: the sync for the person signed in
        self.team_server: Store | None = None  # team mode, an administrator: the server as their store

    def begin(self, user: SessionUser) -> MainWindow:
        """The user's window, shown, with the lock and the backups; then their drafts and handover notes."""
        window = MainWindow(build_context(self.store, user, self.language), store_label=self.store_label)
        self.window = window
        window.show()
        window.activateWindow()  # after a log-in dialog, the keyboard goes to the new window
        self.lock = install_lock(window, self.store, user)  # idle time and Ctrl+L
        self.lock.change_user_requested.connect(lambda: self.log_out("lock_screen"))
        self.backups = install_backups(window, self.store, user, automatic=self.automatic_backups)
        window.change_user_action.triggered.connect(lambda: self.log_out("change_user"))
        window.log_out_action.triggered.connect(lambda: self.log_out("log_out"))
        self._start_team_sync(window, user)
        kept = self._reviews.pop(user.id, None)
        if kept and window.desk_page is not None:
            window.desk_page.panel.restore_input(kept)
        QTimer.singleShot(0, lambda: self._welcome(window, user))
        return window

    def _start_team_sync(self, window: MainWindow, user: SessionUser) -> None:
        """On a team workstation: the sync, signed in to the server as this person, its state in the status bar."""
        signed_in = team_sync.take(self.store, user.username)
        if signed_in is None:
            return
        password, server = signed_in
        self.team = team_sync.TeamSync(self.store, server, user.username, password)
        self.team.start(window.show_sync_status)
        window.sync_indicator.resolve_conflicts_requested.connect(window.resolve_sync_conflicts)
        window.sync_conflicts_resolved.connect(self.team.nudge)
        window.contact_saved.connect(self.team.nudge)  # a save goes to the server at once, not at the next round
        if is_administrator(user):  # the accounts and the workstations view are the server's
            self.team_server = team_sync.server_store(server, user.username, password)
            window.team_server = self.team_server
            window.set_workstations_loader(team_sync.workstations_loader(self.team_server, user))

    def _stop_team_sync(self) -> None:
        if self.team is not None:
            self.team.stop()  # its last round ends first (seconds at most: the connection's timeouts)
            self.team = None
        if self.team_server is not None:
            self.team_server.close()
            self.team_server = None

    def _welcome(self, window: MainWindow, user: SessionUser) -> None:
        if self.window is not window:
            return  # logged out meanwhile
        if self.integrity is None:  # the full check the start left for later, on a thread of its own
            self.integrity = start_integrity_check(self.store, lambda: self.window)
        offer_drafts(window)  # forms left unsaved at a log-out, a crash or a power cut
        if self.window is window:
            show_unread_handovers(self.store, user, window)
        if self.window is window:
            run_retention_in_background(self.store, window)

    # --- leaving ---------------------------------------------------------------------------------------------------
    def log_out(self, how: str) -> bool:
        """End the session of the user logged in and show the log-in. False when it did not happen (the user went
        back, or the store could not take the input aside: the window stays as it was)."""
        window, lock = self.window, self.lock
        if window is None:
            return False
        user = window.context.user
        if how == "log_out" and not self._may_leave(window):
            return False
        try:
            window.put_aside()
        except (KnownError, OSError) as error:
            text = (
                messages.known_error_text(error) if isinstance(error, KnownError) else messages.write_error_text(error)
            )
            sentence = fill(_tr("Your unsaved input could not be put aside, so you are still logged in. %1"), text)
            if lock is not None and lock.locked:
                lock.say(sentence)  # said on the lock page, where the one who pressed it is
            else:
                QMessageBox.warning(window, _tr("Not logged out"), sentence)
            return False
        if window.built_desk_page is not None:  # a desk never shown holds no input (and is not built for this)
            kept = window.built_desk_page.panel.kept_input()
            if kept:
                self._reviews[user.id] = kept
        try:
            call_or_raise(self.store, auth.log_out, user, how)
        except KnownError as error:  # the log-out goes on: the user asked to leave, and their input is aside
            log.warning("the log-out was not recorded: %s", type(error).__name__)
        self._stop_team_sync()  # the next person signs in to the server as themselves
        tasks.release_connection(self.store)  # the worker's connection closes once the leaving user's jobs are done
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # between two users no window is open
        if lock is not None:
            lock.uninstall()
        self.window, self.lock, self.backups = None, None, None
        window.leave()
        # Deleted, and the log-in shown, once the closed dialogs' own event loops have returned to their callers.
        QTimer.singleShot(0, lambda: self._ask_next(user.full_name, window))
        return True

    def _may_leave(self, window: MainWindow) -> bool:
        unsaved = len(window.unsaved_forms())
        if window.built_desk_page is not None:
            unsaved += len(window.built_desk_page.panel.unsaved())
        if not unsaved:
            return True
        answer = questions.ask(  # going back is the default: a stray Enter or Space keeps the user logged in
            window,
            _tr("Log out"),
            _tr(
                "%n open form(s) have unsaved input. They are kept for you and offered again when you next log in "
                "(a review on the desk until the program is closed). Log out now?",
                unsaved,
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
            {QMessageBox.StandardButton.Ok: _tr("&Log out")},
        )
        return answer == QMessageBox.StandardButton.Ok

    def _ask_next(self, left: str, gone: MainWindow) -> None:
        gone.deleteLater()
        dialog = LoginDialog(self.store, left=left)
        self.login_dialog = dialog
        dialog.accepted.connect(lambda: self._logged_in(dialog))
        dialog.rejected.connect(self._nobody)
        dialog.open()
        dialog.activateWindow()
        dialog.username.setFocus()

    def _logged_in(self, dialog: LoginDialog) -> None:
        user = dialog.user
        dialog.deleteLater()
        self.login_dialog = None
        if user is None:
            self._nobody()
            return
        self.begin(user)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(True)

    def _nobody(self) -> None:
        """The log-in was closed: the program ends (the backup at exit still runs)."""
        QApplication.quit()

    def at_exit(self) -> None:
        """After the event loop, if someone is logged in: their session's end in the audit trail, then the backup at
        exit or the restore an administrator chose (which replaces the store, so it comes last)."""
        self._stop_team_sync()
        if self.window is not None:
            try:
                call_or_raise(self.store, auth.log_out, self.window.context.user, "quit")
            except KnownError as error:
                log.warning("the end of the session was not recorded: %s", type(error).__name__)
        if self.backups is not None:
            self.backups.at_exit()
