"""Backups on screen: the damaged store at start, the backups at start, every few hours and at exit, and the
*Back up now* / *Restore from backup…* entries of the Settings menu.

- :func:`open_store_or_recover` opens the configured store; when it is damaged it says so in one sentence and offers
  the newest good backup (restoring it keeps the damaged file aside, renamed) or to quit. When it is missing but
  traces show there was one (key note, backups, a restore cut short) it names what it found and offers the newest
  good copy, or to quit. It never creates a store where one was.
- :func:`install_backups` connects the menu entries and starts the backup after opening and the timer; its
  :meth:`Backups.at_exit` makes the backup at exit, or carries out the restore chosen from the menu.

A restore chosen while the program runs happens when the window has closed (the store must be closed by then): the
program restores, says so and ends; the user starts it again.

Backups, the check of a backup chosen for a restore and the restore itself run on the files lane
(``run_in_background(..., lane=Lane.FILES)``), never on the database worker: a backup reads and checks the whole
store (20–25 s at 1,000,000 contacts), and a search, a preview or a password check typed meanwhile comes back at once.
Closing the program during a backup stops it (nothing is left of it: its ``.partial`` is removed) and makes the
backup at exit; a log-out stops it too (the next log-in makes a backup at its start), and the program's end waits
for whatever file job still runs (``tasks.finish``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app import APP_TITLE
from app.config import StoreConfig
from app.errors import BackupRejected, KnownError
from app.services.actor import SessionUser, is_administrator
from app.services.guard import audit_anchor, backup_settings
from app.services.guard.backup_settings import BackupSettings
from app.services.guard.store_opening import open_configured_store
from app.store import backup
from app.store.backup import BackupFile
from app.store.db import Store
from app.store.opening import PassphrasePrompt, StoreDamaged, StoreMissing
from app.ui.kit import messages, tasks
from app.ui.kit.calls import call_or_raise
from app.ui.kit.formatting import local_datetime
from app.ui.kit.tasks import Lane, run_in_background
from app.ui.kit.text import fill
from app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
T = TypeVar("T")


# --- a damaged store at start -------------------------------------------------------------------------------------
def ask_restore(text: str, restore_label: str) -> bool:
    """The question at start: restore (True) or quit (False)."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, text)
    restore = box.addButton(restore_label, QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(QCoreApplication.translate("Backups", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_button)
    box.exec()
    return box.clickedButton() is restore


def open_store_or_recover(config: StoreConfig, ask: PassphrasePrompt) -> Store | None:
    """The configured store, or after a damaged one the newest good backup in its place; None: the user quits."""
    try:
        return open_configured_store(config, ask)
    except StoreDamaged as damaged:
        return recover(config, damaged, ask)
    except StoreMissing as missing:
        return recover_missing(config, missing, ask)


def recover_missing(config: StoreConfig, missing: StoreMissing, ask: PassphrasePrompt) -> Store | None:
    """The store is gone but was there: say what was found; put the newest good copy in place, or quit."""
    log.warning("the store %s is missing; found %s", missing.path, ", ".join(map(str, missing.found)))
    shown = missing.found[:8]
    found = "\n".join(str(path) for path in shown) + ("\n…" if len(missing.found) > len(shown) else "")
    head = (
        fill(
            QCoreApplication.translate(
                "Backups",
                "The store file %1 is missing, but these files show that there was one:",
            ),
            str(missing.path),
        )
        + "\n\n"
        + found
        + "\n\n"
    )
    offer = missing.offer
    if offer is None:
        QMessageBox.critical(
            None,
            APP_TITLE,
            head
            + QCoreApplication.translate(
                "Backups",
                "None of them opens as a good copy of the store, so the program does not start on an empty one. "
                "Nothing was changed: call your administrator.",
            ),
        )
        return None
    when = local_datetime(offer.made_at)
    text = head + fill(
        QCoreApplication.translate(
            "Backups",
            "So that nothing is lost, the program does not start on an empty store. The newest good copy is %1 "
            "(%2): put it in place, or quit and call your administrator.",
        ),
        str(offer.path),
        when,
    )
    if not ask_restore(text, fill(QCoreApplication.translate("Backups", "Put the copy of %1 in place"), when)):
        return None
    try:
        backup.put_in_place(missing.path, offer, missing.key)
    except (KnownError, OSError) as error:  # nothing was replaced
        reason = messages.known_error_text(error) if isinstance(error, KnownError) else messages.write_error_text(error)
        QMessageBox.critical(None, APP_TITLE, reason)
        return None
    store = open_configured_store(config, ask)
    QMessageBox.information(
        None,
        APP_TITLE,
        fill(
            QCoreApplication.translate(
                "Backups", "The copy of %1 is in place. Contacts saved after that time are not in it: enter them again."
            ),
            when,
        ),
    )
    return store


def recover(config: StoreConfig, damaged: StoreDamaged, ask: PassphrasePrompt) -> Store | None:
    log.warning("the store %s is damaged: %s", damaged.path, damaged)
    good = backup.newest_good_backup(damaged.path, damaged.key) if damaged.key is not None else None
    if good is None:
        QMessageBox.critical(
            None,
            APP_TITLE,
            QCoreApplication.translate(
                "Backups",
                "The store file is damaged and no good backup of it was found, so the program cannot start. The "
                "file is left as it is: call your administrator, who can restore a backup from another place.",
            ),
        )
        return None
    when = local_datetime(good.made_at)
    text = fill(
        QCoreApplication.translate(
            "Backups",
            "The store file is damaged, so the program will not use it; the newest good backup is from %1: restore it "
            "(the damaged file is kept beside it, renamed), or quit and call your administrator.",
        ),
        when,
    )
    if not ask_restore(text, fill(QCoreApplication.translate("Backups", "Restore the backup of %1"), when)):
        return None
    try:
        backup.restore(damaged.path, good.path, damaged.key, label="damaged")
    except OSError as error:  # the folder not writable, the disk full: nothing was replaced
        QMessageBox.critical(None, APP_TITLE, messages.write_error_text(error))
        return None
    store = open_configured_store(config, ask)
    QMessageBox.information(
        None,
        APP_TITLE,
        fill(
            QCoreApplication.translate(
                "Backups",
                "The backup of %1 is restored. Contacts saved after that time are not in it: enter them again.",
            ),
            when,
        ),
    )
    return store


# --- backups while the program runs -------------------------------------------------------------------------------
class Backups(QObject):
    """The backups of one session: after opening, every ``interval_hours``, on request and at exit."""

    def __init__(self, window: MainWindow, store: Store, user: SessionUser, *, automatic: bool = True) -> None:
        super().__init__(window)
        self.window, self.store, self.user = window, store, user
        self.store_file = backup.store_path(store)
        self.automatic = automatic and self.store_file is not None
        self.pending_restore: Path | None = None
        self.running = False
        self._stop = threading.Event()  # set at exit: the backup running then ends without leaving anything
        # A log-out deletes the window and these backups with it: a backup still running is stopped (the next log-in
        # makes one at its start), so closing the log-in that follows does not wait for it with nothing on screen.
        self.destroyed.connect(self._stop.set)
        self.told_larger = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.back_up(quiet=True))

    def settings(self) -> BackupSettings:
        try:
            return call_or_raise(self.store, backup_settings.backup_settings)
        except KnownError:
            return BackupSettings()

    def start(self) -> None:
        """The backup after opening, then the timer (its interval re-read after each backup)."""
        if self.automatic:
            self.back_up(quiet=True)

    def _schedule(self) -> None:
        if self.automatic:
            self.timer.start(self.settings().interval_hours * 3_600_000)

    def _work(self, stop: threading.Event | None = None) -> Callable[[], BackupFile]:
        settings = self.settings()
        store = self.store
        return lambda: backup.make_backup(store, settings.folder_path, settings.generations, stop=stop)

    def back_up(self, *, quiet: bool = False) -> None:
        """A backup off the GUI thread; ``quiet`` (the automatic ones): the outcome only in the status line."""
        if self.store_file is None or self.running:
            return
        self.running = True
        bar = self.window.statusBar()
        bar.showMessage(QCoreApplication.translate("Backups", "Backing up the store…"))

        def done(made: BackupFile) -> None:
            self.running = False
            bar.showMessage(
                fill(
                    QCoreApplication.translate("Backups", "Backed up at %1 to %2."),
                    local_datetime(made.made_at),
                    str(made.path),
                ),
                15000,
            )
            if made.kept_larger or made.pruning_held:
                self._larger_kept(made)
            self._schedule()

        def failed(error: Exception) -> None:
            self.running = False
            if isinstance(error, backup.BackupStopped):
                return  # stopped at exit, where the backup at exit follows
            log.warning("a backup failed", exc_info=error)
            text = failure_text(error)
            bar.showMessage(text, 60000)
            if not quiet:
                QMessageBox.warning(self.window, QCoreApplication.translate("Backups", "Not backed up"), text)
            self._schedule()

        run_in_background(self.window, self._work(self._stop), done, failed, tied_to=self, lane=Lane.FILES)

    def _larger_kept(self, made: BackupFile) -> None:
        """Older backups hold what the newest does not, or the audit anchor reports a finding: they were kept, not
        pruned. Say so (to an administrator once a session in a message, since they can restore one; to others in
        the status line)."""
        if made.pruning_held:
            text = QCoreApplication.translate(
                "Backups",
                "No older backup was removed: the audit trail is not the one recorded outside the store, so the store "
                "may have lost data that only an older backup holds. Old backups are removed again once an "
                "administrator has looked into it and accepted the trail (Audit trail window).",
            )
        else:
            text = fill(
                QCoreApplication.translate(
                    "Backups",
                    "%n older backup(s) hold contacts or audit entries the newest backup does not, so they were kept "
                    "instead of removed. If contacts are missing, an administrator can restore one (Settings → Restore "
                    "from backup…); if not, they can be deleted by hand from %1.",
                    "",
                    made.kept_larger,
                ),
                str(made.path.parent),
            )
        if is_administrator(self.user) and not self.told_larger:
            self.told_larger = True
            QMessageBox.warning(self.window, QCoreApplication.translate("Backups", "Older backups kept"), text)
        else:
            self.window.statusBar().showMessage(text, 60000)

    def choose_restore(self) -> None:
        """Administrators: pick a backup, see it checked, confirm; the program then closes and restores it."""
        if self.store_file is None or not is_administrator(self.user):
            return
        folder = self.settings().folder_path or backup.default_folder()
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Backups", "Restore from backup"),
            str(folder),
            QCoreApplication.translate("Backups", "Backups (*.sqlite3)"),
        )
        if not name:
            return
        chosen = Path(name)
        key = self.store.key

        def checked() -> int:
            backup.check_backup(chosen, key)
            return backup.contact_count(chosen, key)

        try:
            contacts = with_progress(
                QCoreApplication.translate("Backups", "Checking the backup…"), checked, parent=self.window
            )
        except BackupRejected as error:
            messages.show_known_error(self.window, error)
            return
        except Exception as error:  # unreadable file, a bug: said, nothing restored
            messages.report(self.window, error)
            return
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("Backups", "Restore from backup"),
            fill(
                QCoreApplication.translate(
                    "Backups",
                    "Replace the store by this backup (%1 contacts)? Whatever was saved after it is set aside, not "
                    "deleted. The program closes to restore it; start it again afterwards.",
                ),
                f"{contacts:,}".replace(",", " "),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # a stray Enter or Space answers no
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.pending_restore = chosen
        if not self.window.close():  # an unsaved contact kept the window open: nothing is restored
            self.pending_restore = None

    def at_exit(self) -> None:
        """After the window has closed: the restore chosen from the menu, else the backup at exit. A backup still
        running is stopped first (the one at exit is newer), a retention run is let finish."""
        self.timer.stop()
        self._stop.set()
        tasks.wait_until_idle()
        if self.pending_restore is not None and self.store_file is not None:
            self._restore_now(self.pending_restore, self.store_file)
        elif self.automatic:
            self._back_up_with_progress()

    def _restore_now(self, chosen: Path, store_file: Path) -> None:
        key = self.store.key
        tasks.finish(self.store)  # the worker's connection closes before the store is replaced
        self.store.close()
        try:
            aside = with_progress(
                QCoreApplication.translate("Backups", "Restoring the backup…"),
                lambda: backup.restore(store_file, chosen, key),
            )
        except (KnownError, OSError) as error:
            reason = (
                messages.known_error_text(error) if isinstance(error, KnownError) else messages.write_error_text(error)
            )
            QMessageBox.warning(
                None,
                QCoreApplication.translate("Backups", "Not restored"),
                fill(QCoreApplication.translate("Backups", "The store was not replaced. %1"), reason),
            )
            return
        audit_anchor.after_restore(store_file, key, self.user, chosen)  # in the trail; the anchor follows it
        QMessageBox.information(
            None,
            APP_TITLE,
            fill(
                QCoreApplication.translate(
                    "Backups", "The backup is restored. The replaced store is kept as %1. Start the program again."
                ),
                str(aside),
            ),
        )

    def _back_up_with_progress(self) -> None:
        try:
            with_progress(QCoreApplication.translate("Backups", "Backing up the store before closing…"), self._work())
        except Exception as error:
            log.warning("the backup at exit failed", exc_info=error)
            QMessageBox.warning(None, QCoreApplication.translate("Backups", "Not backed up"), failure_text(error))


def with_progress(text: str, work: Callable[[], T], *, parent: QWidget | None = None) -> T:
    """Run ``work`` on the files lane while a busy window says ``text`` (modal over ``parent``: the windows below
    repaint, take no input); its result, or its failure raised here."""
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setWindowTitle(APP_TITLE)
    progress.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(500)
    loop = QEventLoop()
    outcome: list[object] = []
    failures: list[Exception] = []

    def done(result: T) -> None:
        outcome.append(result)
        loop.quit()

    def failed(error: Exception) -> None:
        failures.append(error)
        loop.quit()

    run_in_background(parent, work, done, failed, lane=Lane.FILES)
    loop.exec()
    progress.close()
    progress.deleteLater()
    if failures:
        raise failures[0]
    return outcome[0]  # type: ignore[return-value]


def failure_text(error: Exception) -> str:
    """Why a backup or restore did not happen, and that the store itself is untouched."""
    if isinstance(error, KnownError):
        reason = messages.known_error_text(error)
    elif isinstance(error, OSError):
        reason = messages.write_error_text(error)
    else:
        reason = type(error).__name__
    return fill(
        QCoreApplication.translate("Backups", "The backup was not made; the store itself is unchanged. %1"), reason
    )


def install_backups(window: MainWindow, store: Store, user: SessionUser, *, automatic: bool = True) -> Backups:
    """Connect the window's backup entries and start the automatic backups (``automatic``: not for the demo)."""
    backups = Backups(window, store, user, automatic=automatic)
    local = backups.store_file is not None
    window.backup_action.setEnabled(local)
    window.backup_action.triggered.connect(lambda: backups.back_up())
    if window.restore_action is not None:
        window.restore_action.setEnabled(local)
        window.restore_action.triggered.connect(backups.choose_restore)
    QTimer.singleShot(0, backups.start)
    return backups
