"""Drafts of open forms in the store: saved, replaced, listed per user, discarded; a locked store and a full disk
leave the previous draft as it was."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.errors import NotAllowed, StoreLocked, StoreUnavailable
from app.models.drafts import Draft, DraftKind
from app.models.enums import Role
from app.services import drafts
from app.services.actor import SessionUser
from app.store.db import Store, UnitOfWork
from app.store.opening import open_local_store
from tests.conftest import make_user

RAW = {"summary": "Helistaja räägib: ёжик, õun, šokolaad 🙂", "id_code": "4850101000", "birth_date": "31.02.19"}


def test_a_draft_is_saved_replaced_listed_and_discarded(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    with any_store.unit_of_work() as uow:
        draft_id = drafts.save_draft(uow, mari, DraftKind.CONTACT, {"summary": "Hel"})
    with any_store.unit_of_work() as uow:
        assert drafts.save_draft(uow, mari, DraftKind.CONTACT, RAW, draft_id=draft_id) == draft_id
    record = uuid.uuid4()
    with any_store.unit_of_work() as uow:
        second = drafts.save_draft(uow, mari, DraftKind.DECISION, {"reference": "1-26"}, record_id=record)
    with any_store.unit_of_work() as uow:
        found = drafts.my_drafts(uow, mari)
    assert [(d.id, d.kind, d.record_id, d.payload) for d in found] == [
        (draft_id, DraftKind.CONTACT, None, RAW),  # the input that does not validate yet, exactly as typed
        (second, DraftKind.DECISION, record, {"reference": "1-26"}),
    ]
    with any_store.unit_of_work() as uow:
        assert drafts.discard_draft(uow, mari, draft_id)
    with any_store.unit_of_work() as uow:
        assert [d.id for d in drafts.my_drafts(uow, mari)] == [second]
        assert not drafts.discard_draft(uow, mari, draft_id)  # gone already: nothing to do


def test_a_user_sees_and_removes_only_their_own_drafts(any_store: Store) -> None:
    admin = make_user(any_store, Role.ADMINISTRATOR, "admin")
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    with any_store.unit_of_work() as uow:
        draft_id = drafts.save_draft(uow, mari, DraftKind.CONTACT, RAW)
    with any_store.unit_of_work() as uow:
        assert drafts.my_drafts(uow, admin) == []
        assert not drafts.discard_draft(uow, admin, draft_id)
        with pytest.raises(NotAllowed):
            drafts.save_draft(uow, admin, DraftKind.CONTACT, {"summary": "overwritten"}, draft_id=draft_id)
    with any_store.unit_of_work() as uow:
        assert [d.payload for d in drafts.my_drafts(uow, mari)] == [RAW]


def test_a_locked_store_keeps_the_previous_draft_and_saving_works_once_free(tmp_path: Path) -> None:
    """Another program holds the write lock (BEGIN IMMEDIATE on its own connection): the save waits the busy
    timeout, fails with StoreLocked, and the draft written before is intact; once the lock goes, saving works."""
    path = tmp_path / "store.sqlite3"
    store = open_local_store(path, lambda _new, _retry: None, busy_timeout_ms=200)
    try:
        mari = make_user(store, Role.COUNSELLOR, "mari")
        with store.unit_of_work() as uow:
            draft_id = drafts.save_draft(uow, mari, DraftKind.CONTACT, {"summary": "Helistaja"})
        other = open_local_store(path, lambda _new, _retry: None)  # another program's own connection
        try:
            with other.engine.connect() as connection:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                with pytest.raises(StoreLocked), store.unit_of_work() as uow:
                    drafts.save_draft(uow, mari, DraftKind.CONTACT, {"summary": "Helistaja räägib"}, draft_id=draft_id)
                connection.exec_driver_sql("ROLLBACK")
        finally:
            other.close()
        assert _payloads(store, mari) == [{"summary": "Helistaja"}]
        with store.unit_of_work() as uow:
            drafts.save_draft(uow, mari, DraftKind.CONTACT, {"summary": "Helistaja räägib"}, draft_id=draft_id)
        assert _payloads(store, mari) == [{"summary": "Helistaja räägib"}]
    finally:
        store.close()


def test_a_full_disk_writes_nothing_half_and_the_draft_is_saved_when_space_returns(store: Store) -> None:
    """SQLite's own "database or disk is full" (the file may not grow: max_page_count) becomes the known error."""
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        draft_id = drafts.save_draft(uow, mari, DraftKind.CONTACT, {"summary": "Lühike"})
    big = {"summary": "Pikk kokkuvõte. " * 20_000}
    with pytest.raises(StoreUnavailable) as raised, store.unit_of_work() as uow, file_may_not_grow(uow):
        drafts.save_draft(uow, mari, DraftKind.CONTACT, big, draft_id=draft_id)
    assert raised.value.disk_full
    assert _payloads(store, mari) == [{"summary": "Lühike"}]
    with store.unit_of_work() as uow:
        drafts.save_draft(uow, mari, DraftKind.CONTACT, big, draft_id=draft_id)
    assert _payloads(store, mari) == [big]


def test_the_draft_is_not_readable_in_the_store_file(store: Store, tmp_path: Path) -> None:
    """Drafts hold the same personal data as the form: they are in the encrypted store, not in a plain file."""
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        drafts.save_draft(uow, mari, DraftKind.CONTACT, {"summary": "Salajane-kokkuvõte-42"})
    store.engine.dispose()
    for file in tmp_path.glob("store.sqlite3*"):
        assert b"Salajane-kokkuv" not in file.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(tmp_path / "store.sqlite3").execute("SELECT payload FROM drafts").fetchall()


@contextmanager
def file_may_not_grow(uow: UnitOfWork) -> Iterator[None]:
    """SQLite refuses to grow the file past its current size, exactly as on a full disk."""
    connection = uow.session.connection()
    pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    try:
        yield
    finally:
        uow.session.rollback()
        uow.session.connection().exec_driver_sql("PRAGMA max_page_count = 1073741823")


def _payloads(store: Store, user: SessionUser) -> list[object]:
    with store.unit_of_work() as uow:
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(Draft)) == len(drafts.my_drafts(uow, user))
        return [d.payload for d in drafts.my_drafts(uow, user)]
