"""What the lists read at log-in read on SQLite: the counsellor's feedback and the open follow-ups.

On a store of 1,000,000 contacts these lists read every contact a counsellor ever handled, or every callback ever
due, and the window waited seconds for them at every log-in (bench/gui_stall.py). SQLite has no statistics to
choose a plan by, so the plan follows from how a query is written and which indexes exist: these tests read the
plans (EXPLAIN QUERY PLAN, no timing), which do not depend on how many rows the store holds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import sqlalchemy as sa

from app.models.enums import Role
from app.services.contacts import log
from app.services.desk import review, shift_desk
from app.store.db import Store, UnitOfWork
from tests.conftest import make_user


def _plans(store: Store, use: Callable[[UnitOfWork], Any]) -> list[str]:
    """The plan of every SELECT ``use`` runs, each as one text of its lines."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    sa.event.listen(store.engine, "after_cursor_execute", record)
    try:
        with store.unit_of_work() as uow:
            use(uow)
    finally:
        sa.event.remove(store.engine, "after_cursor_execute", record)
    with store.engine.connect() as connection:
        return [
            " | ".join(row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))
            for statement, parameters in seen
        ]


def test_the_feedback_list_reads_the_reviews_not_every_contact_of_the_counsellor(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    [plan] = _plans(store, lambda uow: review.my_feedback(uow, mari))  # no reviews yet: the one query of ids
    assert "SCAN reviews" in plan
    assert "SEARCH contacts USING INDEX sqlite_autoindex_contacts_1 (id=?)" in plan  # each review's contact by key
    assert "ix_contacts_handled_by_started" not in plan


def test_the_follow_ups_read_only_the_open_callbacks(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "liis")
    [own] = _plans(store, lambda uow: log.follow_ups(uow, mari))
    [team] = _plans(store, lambda uow: shift_desk.team_follow_ups(uow, lead, date(2026, 12, 4)))
    assert "USING INDEX ix_contacts_open_callback_handler (handled_by_id=?" in own
    assert "ix_contacts_handled_by_started" not in own
    assert "USING INDEX ix_contacts_open_callback_due (callback_due_at<?)" in team
