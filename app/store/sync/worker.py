"""The sync worker: one background thread per signed-in person that pushes this workstation's changes and pulls the
team's, every second while the server answers and every few seconds while it does not, never on the window's thread
and never holding the local store longer than a page of rows.

The person's own saves do not wait for it: a save writes the local store (and its outbox row) as it always did; the
worker sends it within a second, or at once when :meth:`SyncWorker.nudge` is called after a save. What the window
shows comes from :class:`app.store.sync.status.SyncStatus` snapshots given to ``on_status`` (from the worker's
thread: the window hands them to its own thread), only when something in them changed.

Offline is a state, not an error: the first failed attempt after being online is remembered as the time the
workstation went offline, the changes wait in the outbox, and every attempt after that tries again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.store.db import Store
from app.store.sync import engine as sync
from app.store.sync import local
from app.store.sync.status import SyncStatus

log = logging.getLogger(__name__)

INTERVAL = 1.0  # seconds between rounds while online: others' changes arrive within about this
OFFLINE_RETRY = 5.0  # seconds between attempts while the server does not answer
# A dead network is found within seconds, not at TCP's default of minutes; a statement never hangs a round.
CONNECT_ARGS = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
    "options": "-c statement_timeout=60000",
}

_OFFLINE = (sa.exc.OperationalError, sa.exc.InterfaceError, OSError)


def server_engine(url: str | sa.URL) -> Engine:
    """The person's connection to the team server, as the worker uses it (small pool, dead connections found fast)."""
    return sa.create_engine(url, pool_size=1, max_overflow=1, pool_pre_ping=True, connect_args=CONNECT_ARGS)


def sync_once(local_engine: Engine, server: Engine) -> tuple[sync.PushResult, sync.PullResult]:
    """One round: send what waits here, then take what changed there."""
    pushed = sync.push(local_engine, server)
    pulled = sync.pull(local_engine, server)
    return pushed, pulled


class SyncWorker:
    """Runs rounds of :func:`sync_once` in its own thread until :meth:`stop`."""

    def __init__(
        self,
        store: Store,
        server: Engine,
        on_status: Callable[[SyncStatus], None],
        *,
        interval: float = INTERVAL,
        offline_retry: float = OFFLINE_RETRY,
    ) -> None:
        self.store = store
        self.server = server
        self.on_status = on_status
        self.interval = interval
        self.offline_retry = offline_retry
        self.status = SyncStatus()
        self._received = 0
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="team sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def nudge(self) -> None:
        """Start the next round now (after a save: it goes to the server at once)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                self._wake.clear()  # before the round: a nudge during it starts the next one at once
                online = self._round()
                self._wake.wait(self.interval if online else self.offline_retry)
        finally:
            self.server.dispose()
            self.store.close_this_threads_connection()

    def _round(self) -> bool:
        problem: str | None = None
        try:
            pushed, pulled = sync_once(self.store.engine, self.server)
            self._received += pulled.rows + pulled.deleted
        except _OFFLINE as error:
            if _sign_in_refused(error):  # the server answers, and says no: waiting does not mend that
                self.server.dispose()
                self._publish(online=False, problem=SIGN_IN_REFUSED)
                return False
            log.info("team server not reached: %s", error)
            self.server.dispose()  # connections that went through a cut network are not reused
            self._publish(online=False, problem=None)
            return False
        except sync.SyncRefused as error:
            problem = str(error)
        else:
            problem = pushed.problem
        self._publish(online=True, problem=problem)
        return True

    def _publish(self, *, online: bool, problem: str | None) -> None:
        now = datetime.now(UTC)
        with self.store.engine.connect() as connection:
            waiting, conflicts = local.waiting(connection), local.conflicts(connection)
            connection.rollback()
        previous = self.status
        offline_since = None if online else (previous.offline_since or now)
        status = SyncStatus(
            online=online,
            offline_since=offline_since,
            waiting=waiting,
            conflicts=conflicts,
            last_sync=now if online and problem is None else previous.last_sync,
            problem=problem,
            received=self._received,
        )
        self.status = status
        if _shown(status) != _shown(previous):
            self.on_status(status)


SIGN_IN_REFUSED = (
    "The team server no longer accepts your sign-in (your password was changed or your account deactivated). "
    "Your work is kept on this computer: log out and sign in again, or ask your administrator."
)


def _sign_in_refused(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error))
    return any(said in text for said in ("password authentication failed", "not permitted to log in"))


def _shown(status: SyncStatus) -> tuple[object, ...]:
    """What the indicator shows: the time of the last sync only to the minute (no signal every second)."""
    last = status.last_sync.replace(second=0, microsecond=0) if status.last_sync else None
    shown = (status.online, status.offline_since, status.waiting, status.conflicts, last, status.problem)
    return (*shown, status.received)
