"""What the sync tells the window: one immutable snapshot, sent each time something in it changes.

The sync worker (its own thread) makes these; the status bar's indicator and the administrator's views only show
them. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SyncStatus:
    """The state of one workstation's sync at one moment.

    ``online``: the last attempt to reach the server succeeded. ``offline_since``: when the first failed attempt after
    being online was (None while online, or before the first attempt). ``waiting``: local changes not yet on the
    server. ``conflicts``: records changed here and on another workstation, waiting for the person to choose field by
    field. ``last_sync``: the last time a push and a pull both went through. ``problem``: a sentence for the person
    when the server refuses something (a change it does not allow, a sign-in it refuses), else None.
    ``received``: how many rows came from the server since the worker started (when it moves, others' changes
    arrived: the window's lists are read again).
    """

    online: bool = False
    offline_since: datetime | None = None
    waiting: int = 0
    conflicts: int = 0
    last_sync: datetime | None = None
    problem: str | None = None
    received: int = 0  # rows taken from the server since the worker started: the window reads its lists again


@dataclass(frozen=True)
class WorkstationState:
    """One workstation as the server last heard of it (the administrator's view of the workstations)."""

    station_code: str
    name: str  # the workstation's host name, as it said when it joined
    username: str  # who was signed in at its last sync
    joined_at: datetime
    last_push_at: datetime | None
    last_pull_at: datetime | None
    waiting: int  # changes it said were waiting at its last sync
