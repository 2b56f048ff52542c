"""Walking the application's widgets without a crash."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QWidget


@contextmanager
def application_widgets(*, top_level: bool = False) -> Iterator[list[QWidget]]:
    """The application's widgets (or its top-level ones), safe to walk.

    Qt's list is a snapshot of C++ pointers. A widget Python owns and no longer refers to is deleted by the garbage
    collector whenever a collection happens to run, its children with it, and a collection can start at any
    allocation in the walk's body: the walk would then touch a deleted widget and the program would crash. So no
    collection runs until the walk ends (the garbage waits for the next one)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield list(QApplication.topLevelWidgets() if top_level else QApplication.allWidgets())
    finally:
        if enabled:
            gc.enable()
