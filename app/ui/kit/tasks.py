"""The one way to run slow work (big queries, PDF batches, exports) off the GUI thread.

``run_in_background(parent, work, on_success, on_failure)`` runs ``work()`` on Qt's thread pool and calls one of the
callbacks back on the GUI thread. The work never touches a widget; it gets plain values and returns plain values
(Anki's ``QueryOp`` habit). Known failures reach ``on_failure``; a bug also reaches it, and the default
``on_failure`` shows it through ``app.ui.kit.messages``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from app.ui.kit import messages

T = TypeVar("T")
_in_flight: set[QObject] = set()


class _Relay(QObject):
    """Carries the result back to the GUI thread (signals across threads are queued)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # every failure goes back to the GUI thread, none is lost in the pool
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(
    parent: QWidget,
    work: Callable[[], T],
    on_success: Callable[[T], Any],
    on_failure: Callable[[Exception], Any] | None = None,
) -> None:
    """Start ``work`` now; exactly one of the callbacks runs later on the GUI thread.

    The relay has no Qt parent (a dialog closed meanwhile must not take it along); it is kept here until it has
    delivered its one result.
    """
    relay = _Relay()
    _in_flight.add(relay)

    def finish() -> None:
        _in_flight.discard(relay)
        relay.deleteLater()

    def succeeded(result: T) -> None:
        finish()
        on_success(result)

    def failed(error: Exception) -> None:
        finish()
        (on_failure or (lambda e: messages.report(parent, e)))(error)

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, relay))
