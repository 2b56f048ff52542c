"""A team server (``server init`` on a fresh database) with four people as login roles, and workstations: local
stores as the program opens them (SQLCipher), each joined to the server as one of the people."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.models import User
from app.models.enums import Role
from app.store.db import Store
from app.store.server import accounts, setup
from app.store.sync import engine as sync
from tests.conftest import close_store, local_store, postgres_database

PASSWORD = "correct horse battery"
TAG = uuid.uuid4().hex[:6]  # login roles are the cluster's: names of this run only
PEOPLE = {"anna": Role.ADMINISTRATOR, "liis": Role.SHIFT_LEAD, "mari": Role.COUNSELLOR, "jaan": Role.COUNSELLOR}


def name(person: str) -> str:
    return f"{person}.{TAG}"


@dataclass
class Team:
    url: str  # the superuser's
    ids: dict[str, uuid.UUID]

    def engine_as(self, person: str, **options: object) -> Engine:
        url = sa.make_url(self.url).set(username=name(person), password=PASSWORD)
        return sa.create_engine(url, **options)

    def superuser(self) -> Engine:
        return sa.create_engine(self.url)


@pytest.fixture(scope="module")
def team() -> Iterator[Team]:
    with postgres_database() as url:
        setup.init(url)
        engine = sa.create_engine(url)
        ids = {person: uuid.uuid4() for person in PEOPLE}
        try:
            with engine.begin() as connection:
                for person, role in PEOPLE.items():
                    connection.execute(
                        sa.insert(User).values(
                            id=ids[person],
                            username=name(person),
                            full_name=person.title(),
                            role=role,
                            password_hash="x",
                        )
                    )
                    accounts.create_login(connection, name(person), PASSWORD, role)
            yield Team(url, ids)
        finally:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                for person in PEOPLE:
                    connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name(person)}"')
            engine.dispose()


@dataclass
class Workstation:
    store: Store
    server: Engine
    station: str
    person: str

    def push(self) -> sync.PushResult:
        return sync.push(self.store.engine, self.server)

    def pull(self) -> sync.PullResult:
        return sync.pull(self.store.engine, self.server)


@pytest.fixture
def workstation(team: Team, tmp_path: Path) -> Iterator[Callable[[str], Workstation]]:
    """``workstation("mari")``: a new store, joined to the team as mari."""
    made: list[Workstation] = []

    def make(person: str) -> Workstation:
        store = local_store(tmp_path / f"{person}-{len(made)}.sqlite3")
        server = team.engine_as(person)
        station = sync.join(store.engine, server, name=f"pc-{len(made)}")
        made.append(Workstation(store, server, station, person))
        return made[-1]

    yield make
    for station in made:
        station.server.dispose()
        close_store(station.store)
