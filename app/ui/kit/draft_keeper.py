"""The draft keeper of one open form: its input put aside in the store within a second, off the GUI thread.

The form calls :meth:`DraftKeeper.changed` on every change. The first change not yet in the store starts a
``DELAY_MS`` timer; later keystrokes do not restart it, so steady typing cannot put the save off. When it fires the
form is read into plain values on the GUI thread (a fraction of a millisecond) and written by a background job
(``app.ui.kit.tasks``): the write waits for the disk (``synchronous=FULL``), which the typist must not feel.

Writes and removals of one form's draft run one at a time, in order; a save still waiting is replaced by a newer
one. A store fault (locked by another program, disk full) is said in the form's ``banner``, the input stays in the
form and in the queue, and the queue is tried again every ``RETRY_MS`` until it goes through. The jobs carry on
after the form is closed (a removal queued behind a write still happens).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from app.errors import KnownError
from app.models.drafts import DraftKind
from app.services import drafts
from app.services.actor import SessionUser
from app.store.db import Store
from app.ui.kit import messages
from app.ui.kit.tasks import run_in_background, wait_until_idle

log = logging.getLogger(__name__)

DELAY_MS = 1000  # a change is in the store about this long after it was made (the promise is 2 s)
RETRY_MS = 5000  # after a failed write (store locked, disk full), how soon it is tried again
FAULT_STYLE = "background: #fff4ce; color: #5c3c00; padding: 4px;"


@dataclass(frozen=True)
class _Write:
    draft_id: uuid.UUID
    payload: dict[str, Any] | None  # None: remove the draft
    record_id: uuid.UUID | None = None


class DraftKeeper(QObject):
    """Keeps one form's draft in the store. Signals: ``fault_changed(text)``: the sentence shown (empty: all saved);
    ``written()``: a write or removal reached the store.

    ``payload()`` gives the form's input, or None when nothing is unsaved; ``record_id()`` the record it edits.
    """

    fault_changed = Signal(str)
    written = Signal()

    def __init__(
        self,
        store: Store,
        user: SessionUser,
        kind: DraftKind,
        payload: Callable[[], dict[str, Any] | None],
        record_id: Callable[[], uuid.UUID | None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.kind = store, user, kind
        self._payload, self._record_id = payload, record_id
        self.draft_id: uuid.UUID | None = None
        self.fault = ""
        self._queue: list[_Write] = []
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._try_again)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(FAULT_STYLE)
        self.banner.hide()

    def adopt(self, draft_id: uuid.UUID) -> None:
        """The form was filled from this draft: later saves replace it."""
        self.draft_id = draft_id

    def changed(self) -> None:
        """The form changed. The timer is started only when not running: typing on cannot put the save off."""
        if not self._timer.isActive() and not self._retry.isActive():
            self._timer.start(DELAY_MS)

    def idle(self) -> bool:
        """Everything asked for is in the store (nothing due, queued, being written or waiting for a retry)."""
        return not (self._timer.isActive() or self._busy or self._queue)

    def pending(self) -> bool:
        """Input is waiting to be put aside (a save is due, queued, or being retried after a failure)."""
        return not self.idle()

    def save_now(self) -> None:
        """Read the form now and put it aside (in the background)."""
        self._timer.stop()
        payload = self._payload()
        if payload is None:
            return
        self.draft_id = self.draft_id or uuid.uuid4()  # chosen here, so every write of this form hits one row
        self._queue = [w for w in self._queue if not (w.draft_id == self.draft_id and w.payload is not None)]
        self._queue.append(_Write(self.draft_id, payload, self._record_id()))
        self._next()

    def payload_now(self) -> dict[str, Any] | None:
        """The form's input as it would be put aside now, or None when nothing is unsaved."""
        return self._payload()

    def put_aside_now(self) -> None:
        """The form is about to close for a log-out: its input goes to the store now, on this thread, where the next
        log-in of its user finds it. A write still under way finishes first, so it cannot overwrite this one later.
        Raises the store's fault (``KnownError``, ``OSError``): the caller then keeps the form open."""
        self._timer.stop()
        self._retry.stop()
        payload = self._payload()
        if payload is None:
            return
        if self._busy:
            wait_until_idle()
        self.draft_id = self.draft_id or uuid.uuid4()
        self._queue = [w for w in self._queue if w.draft_id != self.draft_id]
        self._perform(_Write(self.draft_id, payload, self._record_id()))
        self._show("")

    def discard(self) -> None:
        """The record is saved or the user discarded the input: the draft goes, at once, or after a write of it that
        is still under way."""
        self._timer.stop()
        if self.draft_id is None:
            return
        gone = self.draft_id
        self.draft_id = None
        self._queue = [w for w in self._queue if w.draft_id != gone]
        if self._busy or self._queue:
            self._queue.append(_Write(gone, None))  # behind the write under way, which must not bring it back
            self._next()
            return
        try:  # at once, on this thread: the user just saved or closed, and the program may be about to end
            self._perform(_Write(gone, None))
        except (KnownError, OSError) as error:
            self._queue.append(_Write(gone, None))
            self._failed(error)
        else:
            self._show("")

    # --- the queue -----------------------------------------------------------------------------------------------
    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        write = self._queue[0]
        self._busy = True
        run_in_background(self.banner, lambda: self._perform(write), lambda _: self._done(write), self._failed)

    def _try_again(self) -> None:
        if self.draft_id is not None and any(w.draft_id == self.draft_id and w.payload for w in self._queue):
            self.save_now()  # the form as it is now, typed on meanwhile, not as it was at the failed write
        else:
            self._next()

    def _perform(self, write: _Write) -> None:
        """On the database worker: one write or removal, in its own unit of work (rolled back on failure)."""
        with self.store.unit_of_work() as uow:
            if write.payload is None:
                drafts.discard_draft(uow, self.user, write.draft_id)
            else:
                drafts.save_draft(
                    uow, self.user, self.kind, write.payload, draft_id=write.draft_id, record_id=write.record_id
                )

    def _done(self, write: _Write) -> None:
        self._busy = False
        if self._queue and self._queue[0] is write:
            self._queue.pop(0)
        self._show("")
        if shiboken6.isValid(self):
            self.written.emit()
        self._next()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        if isinstance(error, KnownError | OSError):
            log.warning("the draft could not be saved: %s", type(error).__name__)  # never the input itself
        else:  # a bug: in the log with its traceback; the form says the draft is not saved, no dialog mid-typing
            log.error("the draft could not be saved", exc_info=error)
        self._show(messages.draft_fault_text(error))
        if shiboken6.isValid(self._retry):
            self._retry.start(RETRY_MS)

    def _show(self, text: str) -> None:
        if text == self.fault or not shiboken6.isValid(self):
            return
        self.fault = text
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.fault_changed.emit(text)


# --- reading a draft's values back (a draft is whatever JSON the store gives back: check every value) -----------------
def text(kept: dict[str, Any], key: str) -> str:
    """A draft's text value ("" when missing or not text)."""
    value = kept.get(key)
    return value if isinstance(value, str) else ""


def moment(value: object) -> datetime | None:
    """A draft's moment (ISO 8601 with its offset), or None."""
    if not isinstance(value, str):
        return None
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        return None
    return found if found.tzinfo is not None else None


def as_uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def choose(combo: QComboBox, data: object, name: str | None) -> None:
    """Select the item carrying ``data`` (a user no longer listed is added under the name the draft kept)."""
    if data is None:  # "not given": the item without data
        index = next((i for i in range(combo.count()) if combo.itemData(i) is None), -1)
    else:
        index = combo.findData(data)
    if index < 0 and name and data is not None:
        combo.addItem(name, data)
        index = combo.count() - 1
    if index >= 0:
        combo.setCurrentIndex(index)
