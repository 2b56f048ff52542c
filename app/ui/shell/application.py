"""Start-up: the QApplication, translation, the store, log-in and the main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import secrets
import sys
import tempfile
import traceback
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from app import APP_NAME, APP_TITLE
from app.config import StoreConfig, data_dir, resolve_store
from app.errors import KnownError
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.guard import auth
from app.services.guard.store_opening import open_configured_store
from app.store.db import Store
from app.store.keys import KeyringUnavailable
from app.store.opening import PassphrasePrompt, PassphraseRefused
from app.ui.admin.audit_dialog import warn_about_the_trail
from app.ui.kit import messages, tasks
from app.ui.kit.accessibility import install_accessible_names
from app.ui.kit.calls import call_or_raise
from app.ui.kit.i18n import LANGUAGES, live_translator, switch_language
from app.ui.kit.tasks import run_in_background
from app.ui.kit.theme import install_theme
from app.ui.kit.wheel_guard import install_wheel_guard
from app.ui.shell.backup_dialogs import open_store_or_recover
from app.ui.shell.login import FirstAdministratorDialog, LoginDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.passphrase import ask_passphrase
from app.ui.shell.session import Session, build_context

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
    handler = logging.handlers.RotatingFileHandler(
        data_dir() / "helpline.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])


def open_store(config: StoreConfig, ask: PassphrasePrompt) -> Store:
    store = open_configured_store(config, ask)
    if config.demo:
        from app.demo.data import fill_demo_store

        fill_demo_store(store)
    return store


def fill_demo_with_progress(store: Store) -> None:
    """The demo store's first start generates six months of contacts (several seconds): show that it is working."""
    from app.demo.data import fill_demo_store

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
    with tempfile.TemporaryDirectory(prefix="helpline-smoke-") as folder:  # removed afterwards, whatever happens
        return _smoke_in(args, language, Path(folder))


def _smoke_in(args: argparse.Namespace, language: str, scratch: Path) -> int:
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
            store.close()
    except KnownError as error:
        print(messages.known_error_text(error), file=sys.stderr)
        return 1
    except Exception:
        traceback.print_exc()
        return 1
    return 0


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
    configure_logging()
    messages.install_excepthook()
    config = resolve_store(args.database, demo=args.demo)
    try:
        store = open_store_or_recover(config, ask_passphrase)  # damaged: the newest good backup, or quit
        if store is None:
            return 1
        warn_about_the_trail(store)  # an audit trail shorter or other than anchored outside the store: say so
        if config.demo:
            fill_demo_with_progress(store)
    except PassphraseRefused:
        return 0  # the user closed the passphrase dialog: nothing was opened, nothing to say
    except KnownError as error:
        QMessageBox.critical(None, APP_TITLE, messages.known_error_text(error))
        return 1
    try:
        user = log_in(store)
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
