"""Guessing passwords from many processes at once gets no more checks than one process: the lock-out is counted and
recorded under one lock (the store's write lock on SQLite, a per-name lock on PostgreSQL)."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from app.errors import AccountLocked, AuthenticationFailed
from app.models import AuditEntry
from app.models.audit import AuditKind
from app.models.enums import Role
from app.services.guard import auth
from app.store.db import Store, create_store_engine
from app.store.keys import StoreKey
from tests.conftest import make_user

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def _guess(url: str, key: StoreKey | None, name: str, start: Any, results: Any) -> None:
    """One guessing process: wait for the others, then try one wrong password."""
    store = Store(create_store_engine(url, key=key, busy_timeout_ms=60_000), key)
    start.wait()
    try:
        with store.unit_of_work() as uow:
            auth.authenticate(uow, name, "a wrong guess", now=NOW)
            uow.commit()
        results.put("in")
    except AuthenticationFailed:
        results.put("checked")
    except AccountLocked:
        results.put("locked")
    except Exception as error:  # reported to the test, which fails on it
        results.put(f"error: {error!r}")
    finally:
        store.close()


@pytest.mark.parametrize(("processes", "name"), [(10, "mari"), (20, "nobody")])
def test_parallel_guessing_gets_no_more_checks_than_the_lock_out_allows(
    any_store: Store, processes: int, name: str
) -> None:
    make_user(any_store, Role.COUNSELLOR, "mari")
    url = any_store.engine.url
    if any_store.dialect == "sqlite":  # the key goes to the engine separately, as the program gives it
        url = sa.make_url(f"sqlite:///{url.database}")
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(processes)
    results = context.Queue()
    workers = [
        context.Process(
            target=_guess,
            args=(url.render_as_string(hide_password=False), any_store.key, name, start, results),
        )
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    outcomes = sorted(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
    assert not [o for o in outcomes if o.startswith("error")], outcomes
    assert outcomes.count("checked") == auth.LOCKOUT_AFTER, outcomes
    assert outcomes.count("locked") == processes - auth.LOCKOUT_AFTER
    with any_store.unit_of_work() as uow:
        failed = uow.session.scalar(
            sa.select(sa.func.count()).select_from(AuditEntry).where(AuditEntry.kind == AuditKind.LOGIN_FAILED)
        )
    assert failed == auth.LOCKOUT_AFTER
