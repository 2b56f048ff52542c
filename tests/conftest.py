"""Shared fixtures. Tests never touch the user's real data folder, settings or keyring."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa

from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.guard import auth
from app.store.db import Store
from app.store.opening import open_local_store
from tests.file_keyring import MemoryKeyring

POSTGRES_ENV = "HELPLINE_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True, scope="session")
def never_the_machines_keyring() -> Iterator[None]:
    """Fixtures wider than one test (a module's store) get a keyring of their own too, never the machine's.

    Chosen once for the session, before any test can set ``PYTHON_KEYRING_BACKEND`` for its subprocesses: keyring
    picks its default backend at the first use and would otherwise keep whatever that test's environment named.
    """
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.setenv("HELPLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("HELPLINE_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@contextmanager
def postgres_database() -> Iterator[str]:
    """The URL of a new, empty database on the test server (``./dev test`` starts one), dropped afterwards."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.fail(f"{POSTGRES_ENV} is not set; run the suite through ./dev test, which starts PostgreSQL")
    name = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield sa.make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
        admin.dispose()


def _postgres_store() -> Iterator[Store]:
    with postgres_database() as url:
        store = Store.open(url)
        try:
            yield store
        finally:
            close_store(store)


def local_store(path: Path) -> Store:
    """The embedded store as the program opens it: SQLCipher, its key in the (test's memory) keyring."""
    return open_local_store(path, _no_passphrase)


def _no_passphrase(_new: bool, _retry: bool) -> str | None:
    raise AssertionError("the test keyring is usable: no passphrase should be asked")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same test on the embedded (encrypted) SQLite store and on a PostgreSQL server."""
    if request.param == "sqlite":
        store = local_store(tmp_path / "store.sqlite3")
        yield store
        close_store(store)
    else:
        yield from _postgres_store()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = local_store(tmp_path / "store.sqlite3")
    yield store
    close_store(store)


def close_store(store: Store) -> None:
    """As the program closes it: the database worker (if a GUI test started it) finishes and closes its connection
    first (``app.ui.kit.tasks.finish``)."""
    tasks = sys.modules.get("app.ui.kit.tasks")
    if tasks is not None:
        tasks.finish(store)
    store.close()


def make_user(store: Store, role: Role, username: str) -> SessionUser:
    with store.unit_of_work() as uow:
        if auth.needs_first_administrator(uow):
            admin = auth.create_first_administrator(uow, "admin", "Anna Administraator", "correct horse battery")
            uow.commit()
            if role is Role.ADMINISTRATOR and username == "admin":
                return admin
        else:
            from app.models import User

            admin = SessionUser.of(uow.session.scalars(sa.select(User).where(User.username == "admin")).one())
        user = auth.create_user(uow, admin, username, username.title() + " Tamm", "correct horse battery", role)
        uow.commit()
        return user


@pytest.fixture
def counsellor(store: Store) -> SessionUser:
    return make_user(store, Role.COUNSELLOR, "mari")
