"""A log-out is recorded in the audit trail, on both stores, and the trail stays intact (issue 11, point 5)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.models import AuditEntry
from app.models.audit import AuditKind
from app.models.enums import Role
from app.services.guard import audit, auth
from app.store.db import Store
from tests.conftest import make_user


def test_each_way_of_leaving_is_recorded_and_the_trail_verifies(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    for how in auth.LOG_OUT_WAYS:
        with any_store.unit_of_work() as uow:
            auth.log_out(uow, mari, how)
    with any_store.unit_of_work() as uow:
        entries = uow.session.scalars(
            sa.select(AuditEntry).where(AuditEntry.kind == AuditKind.LOGOUT).order_by(AuditEntry.seq)
        ).all()
        assert [(e.username, e.user_id, e.record_id, e.details) for e in entries] == [
            ("mari", mari.id, str(mari.id), f'{{"how":"{how}"}}') for how in auth.LOG_OUT_WAYS
        ]
        assert audit.verify(uow.session).ok


def test_an_unknown_way_is_a_bug_not_an_entry(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    with any_store.unit_of_work() as uow, pytest.raises(ValueError, match="reboot"):
        auth.log_out(uow, mari, "reboot")
