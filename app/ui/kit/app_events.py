"""One event filter on the application for the program's application-wide watchers: the wheel guard
(``app.ui.kit.wheel_guard``), the accessible names (``app.ui.kit.accessibility``) and the lock (``app.ui.shell.lock``).

Every event of the program passes the application's event filters, and a filter written in Python costs a call from
C++ into Python for each event (a few microseconds: building and showing a contact form sends thousands). With three
filters each event paid it three times, 10–20 % of every stall on the GUI thread. The hub is the one filter: each
event crosses into Python once, its type is read once, and the watchers are plain Python calls that return at once
for the types they do not handle.

Watchers behave as the filters did: the newest first (as Qt calls application filters), one that returns True stops
the event, and a watcher goes away with its object (held by a weak reference, and skipped once Qt has deleted it), as
a Qt filter does.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

Watcher = Callable[[QObject, QEvent, QEvent.Type], bool]  # a method of a QObject: (watched, event, its type) → stop


class AppEvents(QObject):
    """The hub, installed once on the application by :func:`watch`."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        # (its object, weakly; its function): the bound method would keep the object alive
        self._watchers: list[tuple[weakref.ref[QObject], Callable[..., bool]]] = []
        self._prune = False  # an object went: forget its watcher before the next event

    def add(self, watcher: Watcher) -> None:
        self.remove(watcher)
        owner: QObject = watcher.__self__  # type: ignore[attr-defined]
        self._watchers.insert(0, (weakref.ref(owner, self._gone), watcher.__func__))  # type: ignore[attr-defined]
        owner.destroyed.connect(self._gone)  # deleted by Qt (a window's lock goes with its window)

    def remove(self, watcher: Watcher) -> None:
        owner, func = getattr(watcher, "__self__", None), getattr(watcher, "__func__", None)
        self._watchers = [(ref, f) for ref, f in self._watchers if ref() is not None and (ref(), f) != (owner, func)]

    def _gone(self, *_args: object) -> None:
        self._prune = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._prune:
            self._prune = False
            self._watchers = [(ref, f) for ref, f in self._watchers if (o := ref()) is not None and isValid(o)]
        kind = event.type()
        for ref, func in self._watchers:
            owner = ref()
            if owner is not None and func(owner, watched, event, kind):
                return True
        return False


def watch(watcher: Watcher) -> None:
    """Let ``watcher`` (a method of a QObject) see every event of the application, before the ones added earlier."""
    found = hub(required=True)
    assert found is not None, "a QApplication first"
    found.add(watcher)


def unwatch(watcher: Watcher) -> None:
    """``watcher`` sees no more events (nothing happens if it was not watching)."""
    found = hub(required=False)
    if found is not None:
        found.remove(watcher)


def hub(*, required: bool) -> AppEvents | None:
    """The application's hub (made and installed when ``required`` and there is none yet)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    found = app.findChild(AppEvents)
    if found is None and required:
        found = AppEvents(app)
        app.installEventFilter(found)
    return found
