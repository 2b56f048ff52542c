"""The database worker: the one way to run store work that can take longer than a frame off the GUI thread.

The worker rule
    Store work that can take longer than a frame (the log search, the decision dialog's rule and provider preview,
    statistics, the password check of log-in and unlock, exports, PDF batches) runs on ONE worker thread,
    one job after another in the order they were submitted, through one helper with a success and a failure
    callback: ``run_in_background(parent, work, on_success, on_failure)``. Exactly one of the callbacks runs later on
    the GUI thread. The job gets plain values and returns plain values; it never touches a widget (Anki's
    ``QueryOp`` habit). Known failures and bugs alike reach ``on_failure``; the default one shows them through
    ``app.ui.kit.messages`` (a sentence, or the crash dialog).

Results that are no longer wanted are dropped
    ``run_in_background`` returns a :class:`Ticket`; ``ticket.cancel()`` means: if the job has not started it never
    runs, and neither callback runs. With ``tied_to=widget`` the ticket is cancelled when that widget is deleted, so a
    dialog closed meanwhile never gets a callback on a deleted widget. :class:`Latest` keeps one job of a series (a
    search per keystroke, a preview per change): each new one cancels the one before, so an older result never
    replaces a newer one.

One connection, closed with the store
    SQLite runs on ``SingletonThreadPool`` (SQLCipher): one connection per thread, shared by every unit of work on
    that thread. The worker is one thread, so it has one connection of its own, and its jobs never share a
    transaction (they run one at a time, each in its own unit of work). :func:`release_connection` closes it on the
    worker thread, after the jobs before it (at a log-out); :func:`finish` lets the worker finish what it was given
    and closes its connection before the store closes (at the program's end, before a restore). On PostgreSQL (and
    an unencrypted file) connections come from a queue pool and go back to it after each job, so there is nothing to
    close but the pool, which ``Store.close`` does.

Long file jobs run on a lane of their own
    A backup copies and checks the whole store (20–25 s at 1,000,000 contacts); a restore checks and copies a whole
    backup. On the database worker they would hold up every search, preview and password check queued behind them,
    so they run on a second thread, the files lane: ``run_in_background(..., lane=Lane.FILES)``, with the same
    delivery on the GUI thread, tickets and ``tied_to``. Its jobs open connections of their own (``app.store.backup``
    does; never the engine's, whose ``SingletonThreadPool`` connection would stay open on that thread) and close them
    before they return; SQLite's WAL lets them read while the worker writes. One file job runs at a time, in order.

Reads from the team server run on a third lane
    A read the window asks of the team server (Administration's view of the workstations) waits on the network, up
    to its connect timeout when the server is gone; ``lane=Lane.SERVER`` keeps that wait off the store's worker and
    off a backup's lane. Its jobs use a server connection of their own, never the store's.

The GUI thread may wait for the lanes (:func:`wait_until_idle`, every lane) only when it must, never while the user
types: a form put aside at a log-out, the backup at exit. :func:`finish` waits for every lane too, so a store never
closes under a running backup (the backup at exit stops a running one first: ``app.ui.shell.backup_dialogs``).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.store.db import Store
from app.ui.kit import messages

T = TypeVar("T")
log = logging.getLogger(__name__)


class Lane(Enum):
    """Which thread runs a job: the one database worker (store work), or the lane for long file jobs."""

    DATABASE = "database-worker"
    FILES = "file-worker"
    SERVER = "server-worker"  # reads from the team server (the workstations view): a network wait holds up no search


class Ticket:
    """One submitted job. :meth:`cancel` drops it: not run if it has not started, no callback either way."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._finished = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def pending(self) -> bool:
        """Submitted and neither cancelled nor delivered yet."""
        return not (self._cancelled.is_set() or self._finished.is_set())


class _Relay(QObject):
    """Carries the result back to the GUI thread (it lives there; signals from the worker thread are queued)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job:
    def __init__(self, work: Callable[[], Any], relay: _Relay, wanted: Callable[[], bool]) -> None:
        self.work, self.relay, self.wanted = work, relay, wanted

    def run(self) -> None:
        if not self.wanted():
            self.relay.succeeded.emit(_SKIPPED)  # only to let the relay go; the callbacks see it cancelled
            return
        try:
            result = self.work()
        except Exception as error:  # every failure goes back to the GUI thread, none is lost on the worker
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)


_SKIPPED = object()


class _Worker:
    """The thread and its queue; started at the first job, a daemon so that it never holds the program open."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._queue: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._waiting = 0  # submitted and not yet done
        self._thread: threading.Thread | None = None

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            self._waiting += 1
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
        self._queue.put(job)

    def on_worker_thread(self) -> bool:
        return self._thread is not None and threading.current_thread() is self._thread

    def wait_until_idle(self) -> None:
        if self.on_worker_thread():
            return
        with self._idle:
            self._idle.wait_for(lambda: self._waiting == 0)

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            try:
                job()
            except Exception:  # _Job catches its own; this is a release or a bug in this module
                log.exception("a %s job failed", self._name)
            finally:
                with self._idle:
                    self._waiting -= 1
                    self._idle.notify_all()


_lanes = {lane: _Worker(lane.value) for lane in Lane}
_worker = _lanes[Lane.DATABASE]
_in_flight: set[_Relay] = set()  # relays kept alive until they have delivered their one result


def run_in_background(
    parent: QWidget | None,
    work: Callable[[], T],
    on_success: Callable[[T], Any],
    on_failure: Callable[[Exception], Any] | None = None,
    *,
    tied_to: QObject | None = None,
    lane: Lane = Lane.DATABASE,
) -> Ticket:
    """Queue ``work`` on the database worker (or on ``lane``: :attr:`Lane.FILES` for backups and restores); exactly
    one of the callbacks runs later on the GUI thread, unless the returned ticket is cancelled first (or ``tied_to``
    is deleted first): then neither does.

    Without ``on_failure`` a failure is shown through ``messages.report(parent, …)``. The relay has no Qt parent (a
    dialog closed meanwhile must not take it along); it is kept here until it has delivered.
    """
    ticket = Ticket()
    relay = _Relay()
    _in_flight.add(relay)

    def wanted() -> bool:
        return not ticket.cancelled and (tied_to is None or shiboken6.isValid(tied_to))

    def finish() -> bool:
        """True when the callback is still wanted."""
        _in_flight.discard(relay)
        relay.deleteLater()
        still = wanted()
        ticket._finished.set()
        return still

    def succeeded(result: Any) -> None:
        if finish() and result is not _SKIPPED:
            on_success(result)

    def failed(error: Exception) -> None:
        if not finish():
            return
        if on_failure is not None:
            on_failure(error)
        else:
            messages.report(parent if parent is None or shiboken6.isValid(parent) else None, error)

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    _lanes[lane].submit(_Job(work, relay, wanted).run)
    return ticket


class Latest:
    """One job of a series counts: each :meth:`run` cancels the one before (a search per keystroke, a preview per
    change), so an older result never replaces a newer one. Tied to ``owner``: once it is deleted, nothing is
    delivered."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._ticket: Ticket | None = None

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], Any],
        on_failure: Callable[[Exception], Any] | None = None,
    ) -> Ticket:
        self.cancel()
        parent = self._owner if isinstance(self._owner, QWidget) else None
        self._ticket = run_in_background(parent, work, on_success, on_failure, tied_to=self._owner)
        return self._ticket

    def cancel(self) -> None:
        if self._ticket is not None:
            self._ticket.cancel()
            self._ticket = None

    @property
    def busy(self) -> bool:
        """A job of this series is queued or running and its result still wanted."""
        return self._ticket is not None and self._ticket.pending


def wait_until_idle(lane: Lane | None = None) -> None:
    """Block until the worker, the files lane and the server lane (or only ``lane``) have done every job given so
    far (their callbacks then wait in the event queue).

    For the few places that must: a form put aside at a log-out after its draft write, the end of the program."""
    for each in Lane if lane is None else (lane,):
        _lanes[each].wait_until_idle()


def undelivered() -> int:
    """How many jobs have not yet had their result delivered (or dropped) on the GUI thread."""
    return len(_in_flight)


def release_connection(store: Store) -> None:
    """Close the worker's own connection to ``store`` after the jobs already given (at a log-out); the next job
    opens a new one."""
    _worker.submit(store.close_this_threads_connection)


def finish(store: Store) -> None:
    """Before ``store.close()``: the worker does what it was given, then closes its connection to the store; a file
    job still running (a backup) is waited for (stop it first to end sooner: ``Backups.at_exit`` does)."""
    release_connection(store)
    wait_until_idle()
