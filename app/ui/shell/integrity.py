"""Saying on screen what the store's full check found once the window was up, and why a start checks it first
(``app.store.integrity``).

The check runs on a thread of its own (not the database worker: 9 s at 1,000,000 contacts would hold up every search);
its verdict crosses into the GUI thread through a queued signal. A pass says nothing. Damage has already made the store
refuse every commit when it is said: the message tells the counsellor what that means and what to do (close, start
again, and the start offers the newest good backup).

When the full check runs before the store opens (after an unclean shutdown, found damage, a week without one),
:class:`StartCheckNotice` says why the start takes longer: pass its ``checking`` to ``open_configured_store``, from
the GUI thread or the thread that opens the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app import APP_TITLE
from app.errors import StoreCorrupt
from app.store.db import Store
from app.store.integrity import Reason

log = logging.getLogger(__name__)


def damage_text() -> str:
    return QCoreApplication.translate(
        "Integrity",
        "The program's check of the store found it damaged (a failing disk, or the file changed outside the "
        "program). So that the damage does not spread, nothing more can be saved. Write down on paper what you are "
        "working on, then close the program and start it again: it will offer to restore the newest good backup. "
        "Tell your administrator.",
    )


class IntegrityWatch(QObject):
    """Receives the background check's verdict (from its thread) and says damage over the current window."""

    found = Signal(object)  # StoreCorrupt or None, emitted on the check's thread

    def __init__(self, window_of: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self._window_of = window_of
        self.damage: StoreCorrupt | None = None
        self.found.connect(self._arrived)

    def _arrived(self, damage: StoreCorrupt | None) -> None:
        if damage is None:
            return
        self.damage = damage
        QMessageBox.critical(self._window_of(), APP_TITLE, damage_text())


def start_integrity_check(store: Store, window_of: Callable[[], QWidget | None]) -> IntegrityWatch | None:
    """Start the store's full check once the window is up (a local store's, once per opening); None when there is
    none to run (a PostgreSQL server, or it ran already). Keep the returned watch as long as the window lives."""
    keeper = store.integrity
    if keeper is None:
        return None
    watch = IntegrityWatch(window_of)
    if not keeper.start_background_check(watch.found.emit):
        return None
    return watch


def checking_text(reason: Reason) -> str:
    """Why the store is checked in full before it opens, and that it takes a while."""
    if reason is Reason.UNCLEAN:
        return QCoreApplication.translate(
            "Integrity",
            "The program was not closed properly last time, so the store is checked before it opens. On a very large "
            "store this takes up to a minute.",
        )
    if reason is Reason.UPGRADE:
        return QCoreApplication.translate(
            "Integrity",
            "This version of the program changes how the store is kept: it backs the store up first, then changes it. "
            "This happens once; on a very large store it takes up to a minute.",
        )
    if reason is Reason.DAMAGE:
        return QCoreApplication.translate(
            "Integrity", "A check found the store damaged last time, so it is checked again before it opens."
        )
    return QCoreApplication.translate(
        "Integrity",
        "The store has not been checked in full for a week, so it is checked before it opens. On a very large store "
        "this takes up to a minute.",
    )


class StartCheckNotice(QObject):
    """A busy window while the store is checked in full before it opens. ``checking`` may be called from any thread
    (it is ``open_configured_store``'s ``checking``); :meth:`close` once the store is open or refused."""

    _asked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__()
        self._parent = parent
        self.dialog: QProgressDialog | None = None
        self._asked.connect(self._show)

    def checking(self, reason: Reason) -> None:
        self._asked.emit(reason.value)

    def _show(self, reason: str) -> None:
        self.close()
        dialog = QProgressDialog(checking_text(Reason(reason)), "", 0, 0, self._parent)
        dialog.setWindowTitle(APP_TITLE)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.show()
        self.dialog = dialog
        QCoreApplication.processEvents()  # painted before a check on this same thread holds it

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
