"""The sync worker as the window sees it: statuses in its own thread, online and offline, changes sent without being
asked (a sign-in the server refuses: tests/ui/shell/test_team_join.py, whose server checks passwords)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from app.models import Contact
from app.store.sync.status import SyncStatus
from app.store.sync.worker import SyncWorker, server_engine
from tests.store.sync.conftest import PASSWORD, Team, Workstation, name

pytestmark = pytest.mark.postgres


class Statuses:
    def __init__(self) -> None:
        self.seen: list[SyncStatus] = []
        self.changed = threading.Condition()

    def __call__(self, status: SyncStatus) -> None:
        with self.changed:
            self.seen.append(status)
            self.changed.notify_all()

    def wait_for(self, wanted: Callable[[SyncStatus], bool], timeout: float = 15.0) -> SyncStatus:
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for status in reversed(self.seen):
                    if wanted(status):
                        return status
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no such status; seen: {self.seen}")
                self.changed.wait(left)


def test_a_save_goes_to_the_server_by_itself_and_the_status_says_so(
    team: Team, workstation: Callable[[str], Workstation]
) -> None:
    mari = workstation("mari")
    statuses = Statuses()
    worker = SyncWorker(mari.store, server_engine(mari.server.url), statuses, interval=0.2)
    worker.start()
    try:
        first = statuses.wait_for(lambda s: s.online)
        assert first.offline_since is None
        with mari.store.unit_of_work() as uow:
            uow.session.add(
                Contact(
                    line="116006", channel="phone", started_at=datetime.now(UTC), summary="sent by the worker",
                    handled_by_id=team.ids["mari"], entered_by_id=team.ids["mari"],
                )
            )  # fmt: skip
            uow.commit()
        worker.nudge()
        deadline = time.monotonic() + 15
        engine = team.superuser()
        try:
            while time.monotonic() < deadline:
                with engine.connect() as connection:
                    if connection.execute(sa.select(Contact.id).where(Contact.summary == "sent by the worker")).first():
                        break
                time.sleep(0.1)
            else:
                raise AssertionError("the save did not reach the server")
        finally:
            engine.dispose()
        assert statuses.wait_for(lambda s: s.online and s.waiting == 0).last_sync is not None
    finally:
        worker.stop()


def test_offline_is_a_state_with_its_time(team: Team, workstation: Callable[[str], Workstation]) -> None:
    mari = workstation("mari")
    gone = sa.make_url(team.url).set(port=1, username=name("mari"), password=PASSWORD)
    statuses = Statuses()
    worker = SyncWorker(mari.store, server_engine(gone), statuses, interval=0.2, offline_retry=0.2)
    worker.start()
    try:
        offline = statuses.wait_for(lambda s: not s.online)
        assert offline.offline_since is not None
        assert offline.problem is None
    finally:
        worker.stop()
