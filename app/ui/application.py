"""Start-up: the QApplication, translation, the store, log-in and the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from app import APP_NAME, APP_TITLE
from app.config import resolve_store
from app.db import Store


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    store = Store.open(resolve_store(args.database, demo=args.demo).url)
    window = QMainWindow()
    window.setWindowTitle(APP_TITLE)
    if args.smoke:
        store.close()
        return 0
    window.show()
    return app.exec()
