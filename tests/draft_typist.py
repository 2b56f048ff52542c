"""A typist for tests/test_kill.py: the program's main window, a new contact, and steady typing into its summary.

``python -m tests.draft_typist STORE PACE_MS`` opens (creating) the encrypted store at STORE with the key in the file
keyring the environment names (``tests/file_keyring.py``), builds the main window offscreen, opens a new contact and
types :data:`TEXT` into the summary one character every PACE_MS milliseconds through Qt's key events, as a person
would. It prints ``ready`` once typing starts, then one line per character typed, ``<time.time()> <index>``, flushed
at once, until it is killed. Never used by the program.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = (
    "Helistaja räägib, et mees ähvardas teda öösel; lapsed olid kodus. Ta kardab minna tagasi ja küsib, kus "
    "saaks ööbida. Мы обсудили варианты убежища и номер полиции 112. Šokk möödub aeglaselt, ta nutab vahel. "
    "Leppisime kokku, et ta helistab homme hommikul tagasi ja et ma otsin talle turvakodu koha Tartus või Tallinnas."
)


def main(store_path: str, pace_ms: int) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.services.guard import auth
    from app.store.opening import open_local_store
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.session import build_context

    app = QApplication(sys.argv[:1])
    store = open_local_store(Path(store_path), lambda _new, _retry: None)
    with store.unit_of_work() as uow:
        user = auth.create_first_administrator(uow, "mari", "Mari Kask", "correct horse battery")
        uow.commit()
    window = MainWindow(build_context(store, user, "en"))
    window.show()
    form = window.new_contact()
    typed = 0

    def type_next() -> None:
        nonlocal typed
        if typed >= len(TEXT):
            return
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, form.summary, Qt.Key.Key_unknown, TEXT[typed], Qt.KeyboardModifier.NoModifier
        )
        print(f"{time.time():.6f} {typed}", flush=True)
        typed += 1

    keys = QTimer()
    keys.timeout.connect(type_next)
    print("ready", flush=True)
    type_next()
    keys.start(pace_ms)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
