"""Start-up: the QApplication, translation, the store, log-in and the main window.

The first window that takes typing comes before the store is open: the log-in, shown at once for an existing store
whose key is in the keyring (or a server), while :class:`StoreOpening` opens the store on a thread of its own and
then loads what follows the log-in (``log_in_while_opening``). Where the store must be opened first (a passphrase,
whose dialog is then the first window; a new store, whose administrator is created first; the demo) it is opened
before the log-in as it always was (``open_before_log_in``). A store that cannot be opened says the same sentence
either way. ``bench/start.py`` measures it; ``tests/test_start.py`` keeps the first window's imports small.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QObject, QSettings, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from app import APP_NAME, APP_TITLE
from app.config import StoreConfig, data_dir, resolve_store
from app.errors import KnownError
from app.ui.kit.accessibility import install_accessible_names
from app.ui.kit.i18n import LANGUAGES, live_translator, switch_language
from app.ui.kit.theme import install_theme
from app.ui.kit.wheel_guard import install_wheel_guard
from app.ui.shell.login import LoginDialog
from app.ui.shell.passphrase import ask_passphrase

if TYPE_CHECKING:
    from app.services.actor import SessionUser
    from app.store.db import Store
    from app.store.opening import PassphrasePrompt

# What a start imports before its first window (the log-in, or the passphrase) is only the above: Qt's widgets, the
# translation, the theme and these two dialogs. The store (SQLAlchemy, the models, the services, the key, the
# migrations) and the main window's modules load on a thread of their own while the person types (StoreOpening);
# tests/test_start.py keeps it so. The other functions import what they need when they run.

SUPPORTED_LANGUAGES = tuple(LANGUAGES)


def choose_language(requested: str | None) -> str:
    """``--language``, else the user's saved choice, else the system's language if shipped, else English."""
    if requested:
        return requested
    saved = QSettings().value("language")
    if isinstance(saved, str) and saved in SUPPORTED_LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED_LANGUAGES else "en"


def install_translation(app: QApplication, language: str) -> list[QTranslator]:
    """Show the program (and Qt's own texts) in ``language``; open windows change at once (app.ui.kit.i18n)."""
    switch_language(language)
    return [live_translator(app)]


def configure_logging() -> None:
    """Warnings and errors (crash details) go to ``helpline.log`` in the data folder, rotated at 1 MB.

    Log lines never carry form contents; only crash tracebacks may name values, so the file stays in the user's own
    data folder.
    """
    import logging.handlers  # here, not before the first window (socket, pickle: ~10 ms)

    handler = logging.handlers.RotatingFileHandler(
        data_dir() / "helpline.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])


def open_store(config: StoreConfig, ask: PassphrasePrompt) -> Store:
    from app.services.guard.store_opening import open_configured_store

    store = open_configured_store(config, ask)
    if config.demo:
        from app.demo.data import fill_demo_store

        fill_demo_store(store)
    return store


def fill_demo_with_progress(store: Store) -> None:
    """The demo store's first start generates six months of contacts (several seconds): show that it is working."""
    from app.demo.data import fill_demo_store
    from app.services.guard import auth
    from app.ui.kit.calls import call_or_raise
    from app.ui.kit.tasks import run_in_background

    if not call_or_raise(store, auth.needs_first_administrator):
        return
    progress = QProgressDialog(
        QCoreApplication.translate("Application", "Filling the demo store with generated contacts…"), "", 0, 0
    )
    progress.setWindowTitle(APP_TITLE)
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    progress.show()
    loop = QEventLoop()
    failures: list[Exception] = []

    def failed(error: Exception) -> None:
        failures.append(error)
        loop.quit()

    run_in_background(progress, lambda: fill_demo_store(store), lambda _result: loop.quit(), failed)
    loop.exec()
    progress.close()
    progress.deleteLater()
    if failures:
        raise failures[0]


def log_in(store: Store) -> SessionUser | None:
    from app.services.guard import auth
    from app.ui.kit.calls import call_or_raise
    from app.ui.shell.login import FirstAdministratorDialog

    first = call_or_raise(store, auth.needs_first_administrator)
    dialog: FirstAdministratorDialog | LoginDialog = FirstAdministratorDialog(store) if first else LoginDialog(store)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.user


def smoke(args: argparse.Namespace, language: str) -> int:
    """Everything a real start builds (store, migrations, main window) with a stand-in user that is never stored.

    No dialog ever opens here: a failure prints its reason and exits 1, so CI and the packaged build never hang.
    Without a keyring the throwaway store lives in a temporary folder that is removed afterwards.
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="helpline-smoke-") as folder:  # removed afterwards, whatever happens
        return _smoke_in(args, language, Path(folder))


def _smoke_in(args: argparse.Namespace, language: str, scratch: Path) -> int:
    import secrets
    import traceback
    import uuid

    from app.models.enums import Role
    from app.services.actor import SessionUser
    from app.store.keys import KeyringUnavailable
    from app.store.opening import PassphraseRefused
    from app.ui.kit import messages, tasks
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.session import build_context

    def no_prompt(_new: bool, _retry: bool) -> None:
        return None

    try:
        config = resolve_store(args.database, demo=args.demo)
        try:
            store = open_store(config, no_prompt)
        except (PassphraseRefused, KeyringUnavailable):
            path = config.local_path
            if path is None or (path.exists() and path.stat().st_size > 0):
                raise  # an existing store that needs a person to unlock it: say so, as a start would
            # No keyring here and no one to type a passphrase: check a throwaway encrypted store instead.
            print("helpline --smoke: no keyring on this machine; checked a throwaway encrypted store", file=sys.stderr)
            throwaway = StoreConfig(f"sqlite:///{scratch / 'smoke.sqlite3'}", demo=config.demo)
            store = open_store(throwaway, lambda _new, _retry: secrets.token_urlsafe(24))
        try:
            user = SessionUser(uuid.uuid4(), "smoke", "Smoke Test", Role.ADMINISTRATOR)
            MainWindow(build_context(store, user, language)).close()
        finally:
            tasks.finish(store)  # the log's first page, asked for by the window, is read before the store closes
            store.close()
    except KnownError as error:
        print(messages.known_error_text(error), file=sys.stderr)
        return 1
    except Exception:
        traceback.print_exc()
        return 1
    return 0


def install_excepthook() -> None:
    """Uncaught exceptions in slots become the crash dialog instead of a silent abort (``messages.report``).

    As ``app.ui.kit.messages.install_excepthook``, but that module (its error sentences know the store's errors, so
    it loads the store) is imported at the first such exception, not before the first window."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        from app.ui.kit import messages

        messages.report(QApplication.activeWindow(), error)

    sys.excepthook = hook


# --- the start: the log-in first, the store opened meanwhile ---------------------------------------------------------
def log_in_first(config: StoreConfig) -> bool:
    """Whether the log-in can be the first window while the store opens behind it: an existing store whose key is
    in the keyring (its key note says so), or a server. Otherwise the store opens first, as it may have to ask for a
    passphrase (that dialog is then the first window), create an administrator (a new store) or fill the demo."""
    if config.demo:
        return False
    if config.local_path is None:
        return True
    return _existing_store_key_source(config) == "keyring"


def _existing_store_key_source(config: StoreConfig) -> str | None:
    """How an existing local store's key is kept, as its key note says ("keyring", "passphrase"); None: no store
    yet, an empty file, no note. Read here without the keyring or the store's modules."""
    path = config.local_path
    if path is None:
        return None
    try:
        if path.stat().st_size == 0:
            return None
    except OSError:
        return None  # no store yet: a new one (its administrator first), or a missing one (said before anything)
    note = path.with_name(path.name + ".key-info")  # app.store.keys.key_info_path
    try:
        import json

        source = json.loads(note.read_text(encoding="utf-8")).get("source")
    except (OSError, ValueError, AttributeError):
        return None
    return source if isinstance(source, str) else None


def _load_in_background(*modules: str) -> None:
    """Import ``modules`` on a thread of their own (while a person types into the first window)."""

    def load() -> None:
        for name in modules:
            with contextlib.suppress(Exception):  # the GUI thread imports it again and meets the fault there
                importlib.import_module(name)

    threading.Thread(target=load, name="start-imports", daemon=True).start()


class StoreOpening(QObject):
    """Opens the store on a thread of its own while the first window waits for typing, then loads what the main
    window needs (its modules; the store's first connection on the GUI thread comes with the log-in's check).

    ``opened(store, first)`` (``first``: the store has no users yet) or ``failed(error)`` arrive on the GUI thread.
    A passphrase the opening needs is asked on the GUI thread (``ask_passphrase``) while the thread waits for it.
    """

    opened = Signal(object, bool)
    failed = Signal(object)
    checking = Signal(object)  # app.store.integrity.Reason: the store is checked in full before it opens (seconds)
    _ask = Signal(bool, bool)

    def __init__(self, config: StoreConfig, language: str) -> None:
        super().__init__()
        self.config, self.language = config, language
        self.store: Store | None = None
        self.error: BaseException | None = None
        self._answer: str | None = None
        self._answered = threading.Event()
        self._thread = threading.Thread(target=self._run, name="store-opening", daemon=True)
        self._ask.connect(self._ask_here)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Until the opening has ended (a log-in closed before the store was open: it is closed properly)."""
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        try:
            from app.services.guard import auth
            from app.services.guard.store_opening import open_configured_store

            store = open_configured_store(self.config, self._ask_from_thread, checking=self.checking.emit)
            try:
                with store.unit_of_work() as uow:
                    first = auth.needs_first_administrator(uow)
                import app.ui.admin.audit_dialog
            except BaseException:
                self._close_connection(store)
                store.close()
                raise
        except BaseException as error:  # said on the GUI thread as a start always said it
            self.error = error
            self.failed.emit(error)
            return
        self.store = store
        self.opened.emit(store, first)
        try:  # what follows the log-in, made ready while the person types
            import app.ui.shell.backup_dialogs
            import app.ui.shell.session  # noqa: F401  (the main window and its pages)
            from app.services.contacts import taxonomy

            # Loaded at first use, not by the main window's modules (--smoke does without them): here beforehand.
            for name in ("phonenumbers", "email_validator", "app.ui.admin.dialog"):
                importlib.import_module(name)

            # The window's first reads (its form context), so that their SQL is compiled and cached once here.
            with store.unit_of_work() as uow:
                auth.list_counsellors(uow)
                taxonomy.active_topics(uow, self.language)
        except Exception:  # the GUI thread meets the same fault again, and says it
            logging.getLogger(__name__).warning("preparing the main window failed", exc_info=True)
        finally:
            self._close_connection(store)

    @staticmethod
    def _close_connection(store: Store) -> None:
        """This thread's connection to the store is closed here, on the thread that opened it (SQLCipher's pool
        keeps one per thread); the GUI thread and the database worker open their own."""
        store.close_this_threads_connection()

    def _ask_from_thread(self, new: bool, retry: bool) -> str | None:
        self._answered.clear()
        self._ask.emit(new, retry)  # queued to the GUI thread
        self._answered.wait()
        return self._answer

    def _ask_here(self, new: bool, retry: bool) -> None:
        try:
            self._answer = ask_passphrase(new, retry)
        finally:
            self._answered.set()


def _typed_first(typed: str) -> PassphrasePrompt:
    """The passphrase already typed for the store's first question; the dialog again for any other."""
    pending = [typed]

    def ask(new: bool, retry: bool) -> str | None:
        if pending and not new and not retry:
            return pending.pop()
        pending.clear()
        return ask_passphrase(new, retry)

    return ask


def open_before_log_in(config: StoreConfig) -> Store | None:
    """Today's order for a store that may need a person first: open it (a passphrase, a damaged store's backup),
    then the trail's warning and the demo's filling. None: the user quit; raises what a start must say."""
    ask: PassphrasePrompt = ask_passphrase
    if not config.demo and _existing_store_key_source(config) == "passphrase":
        # The passphrase dialog is the first window: asked before the store's modules load (meanwhile, on a thread).
        _load_in_background("app.ui.shell.backup_dialogs", "app.ui.admin.audit_dialog")
        typed = ask_passphrase(False, False)
        if typed is None:
            from app.store.opening import PassphraseRefused

            raise PassphraseRefused("no passphrase given")
        ask = _typed_first(typed)
    from app.ui.admin.audit_dialog import warn_about_the_trail
    from app.ui.shell.backup_dialogs import open_store_or_recover

    store = open_store_or_recover(config, ask)  # damaged: the newest good backup, or quit
    if store is None:
        return None
    warn_about_the_trail(store)  # an audit trail shorter or other than anchored outside the store: say so
    if config.demo:
        fill_demo_with_progress(store)
    return store


def log_in_while_opening(config: StoreConfig, language: str) -> tuple[Store | None, SessionUser | None]:
    """The log-in shown at once, the store opened behind it (``StoreOpening``); Enter before it is open waits.

    A store that turns out damaged or missing closes the log-in and is handled as before (its backup offered, its
    sentence said); one without users yet asks for its administrator. Returns the store (None: nothing opened, or
    the user quit) and who logged in (None: nobody)."""
    opening = StoreOpening(config, language)
    dialog = LoginDialog(None)
    found: dict[str, Any] = {}

    def opened(store: Store, first: bool) -> None:
        from app.ui.admin.audit_dialog import warn_about_the_trail

        if found.get("closed"):
            return  # the log-in was closed before: nothing more to say
        found["store"] = store
        if first:
            found["first"] = True
            dialog.reject()
            return
        with contextlib.suppress(Exception):  # this thread's connection, opened now rather than after the log-in
            store.engine.connect().close()
        warn_about_the_trail(store, dialog)
        dialog.store_ready(store)

    def failed(_error: BaseException) -> None:
        dialog.reject()

    def checking(reason: Any) -> None:  # after a crash, damage found or a week without: said over the log-in
        from app.ui.shell.integrity import StartCheckNotice  # the store's modules are loaded by now

        found["notice"] = notice = StartCheckNotice(dialog)
        notice.checking(reason)

    def checked() -> None:
        if (notice := found.pop("notice", None)) is not None:
            notice.close()

    opening.checking.connect(checking)
    opening.opened.connect(checked)  # the busy window goes first, then the log-in takes the store
    opening.failed.connect(checked)
    opening.opened.connect(opened)
    opening.failed.connect(failed)

    def begin() -> None:  # once the log-in is on its way to the screen
        configure_logging()
        opening.start()

    QTimer.singleShot(0, begin)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    found["closed"] = True
    if accepted:
        return found["store"], dialog.user
    opening.wait()  # closed before the store was open: it is opened to the end (then closed by the caller)
    if opening.error is not None:
        from app.store.opening import StoreDamaged, StoreMissing
        from app.ui.shell.backup_dialogs import recover, recover_missing

        error = opening.error
        if isinstance(error, StoreDamaged):
            store = recover(config, error, ask_passphrase)
        elif isinstance(error, StoreMissing):
            store = recover_missing(config, error, ask_passphrase)
        else:
            raise error
        if store is None:
            return None, None
        from app.ui.admin.audit_dialog import warn_about_the_trail

        warn_about_the_trail(store)
        return store, log_in(store)
    store = opening.store
    if store is not None and found.get("first"):
        return store, log_in(store)  # no users yet: the administrator is created first
    return store, None


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_wheel_guard(app)  # before any widget: the wheel scrolls forms instead of changing their answers
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    language = choose_language(args.language)
    install_translation(app, language)
    install_theme(app)  # light or dark as the system or the saved choice says
    install_accessible_names(app)  # every input named for screen readers as its window is shown
    if args.smoke:
        return smoke(args, language)
    install_excepthook()
    config = resolve_store(args.database, demo=args.demo)
    store: Store | None = None
    user: SessionUser | None = None
    try:
        if log_in_first(config):
            store, user = log_in_while_opening(config, language)  # logging is configured once the log-in shows
        else:
            configure_logging()
            store = open_before_log_in(config)
            if store is not None:
                user = log_in(store)
    except KnownError as error:
        from app.store.opening import PassphraseRefused
        from app.ui.kit import messages

        if store is not None:
            store.close()
        if isinstance(error, PassphraseRefused):
            return 0  # the user closed the passphrase dialog: nothing was opened, nothing to say
        QMessageBox.critical(None, APP_TITLE, messages.known_error_text(error))
        return 1
    if store is None:
        return 1  # the damaged or missing store was not replaced: the user quit, nothing opened
    from app.ui.kit import tasks
    from app.ui.shell.session import Session

    try:
        if user is None:
            return 0
        label = app.translate("Application", "Demo store") if config.demo else ""
        # The user's window with the lock (idle time, Ctrl+L), backups (at start, every N hours), their drafts and
        # handover notes; users then log out and in without the store being opened again.
        session = Session(store, language, store_label=label, automatic_backups=not config.demo)
        session.begin(user)
        code = app.exec()
        session.at_exit()  # the backup at exit, or the restore chosen from the menu (it closes the store)
        return code
    finally:
        tasks.finish(store)  # the worker's jobs done and its connection closed, then the store
        store.close()
