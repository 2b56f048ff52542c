"""Keystrokes a typical counselling contact takes besides the summary. Prints figures; asserts nothing.

    .venv/bin/python -m bench.keystrokes

Plays the five calls of ``tests/ui/typical_calls.py`` (different lines, channels and topics) on the real main window,
offscreen, in Estonian, with real key events sent to whatever has the focus, from Ctrl+N to Ctrl+S, and prints the
keystrokes each took besides the summary (a chord such as Ctrl+N counts as one). ``tests/ui/test_typical_calls.py``
holds each to at most 12 and checks what was saved.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.models.enums import Role
from app.services.guard import auth
from app.store.db import Store
from app.store.keys import KeySource, StoreKey
from app.ui.shell.application import install_translation
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.ui.typical_calls import BUDGET, CALLS, play


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_translation(app, "et")
    with tempfile.TemporaryDirectory(prefix="helpline-bench-") as folder:
        key = StoreKey(f"x'{secrets.token_hex(32)}'", KeySource.KEYRING)  # made here: no keyring is asked
        store = Store.open(f"sqlite:///{Path(folder) / 'keystrokes.sqlite3'}", key=key)
        try:
            with store.unit_of_work() as uow:
                admin = auth.create_first_administrator(uow, "admin", "Anna Administraator", "correct horse battery")
                user = auth.create_user(uow, admin, "mari", "Mari Mänd", "correct horse battery", Role.COUNSELLOR)
                uow.commit()
            window = MainWindow(build_context(store, user, "et"))
            window.show()
            window.activateWindow()
            while not window.isActiveWindow():
                app.processEvents()
            print(f"keystrokes besides the summary (budget {BUDGET}):")
            for call in CALLS:
                form, count = play(window, call)
                saved = "saved" if form.contact_id is not None and not form.dirty else "NOT SAVED"
                print(f"  {count:3d}  {call.title} ({saved})")
            window.close()
        finally:
            store.close()


if __name__ == "__main__":
    main()
