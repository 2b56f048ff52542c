"""Team mode on this workstation: joining a team server, and signing in to it as oneself (docs/team.md).

A workstation joins once, on its first start, from the first window (*Join a team server*): the server's address,
the team's CA certificate, the person's user name and password. The program connects to the server as that person
over TLS with the server's certificate verified (``sslmode=verify-full``), takes a station code of its own from the
server, and pulls what the person may see (``app.store.sync.engine.join``). The address (never a password) is kept
in the local store.

**Signing in.** The server is the one that knows a person's password: a workstation is told no one's hash. The first
time a person signs in on a workstation, the password they type is checked by signing in to the server with it
(:func:`check_on_server`); when the server accepts it, its Argon2 hash is kept in the local store, so that from then
on the person signs in here offline as well, as before team mode. A person who never signed in here cannot do so while
the server is out of reach (:class:`app.errors.ServerUnreachable`, with what to do).

The person's password is held in memory for the session only, by the sync (it signs in to the server as them), and
is never written anywhere.
"""

from __future__ import annotations

import socket
from pathlib import Path

import sqlalchemy as sa

from app.errors import FieldErrors, ServerUnreachable
from app.services.actor import SessionUser, require_administrator
from app.store.db import Store, UnitOfWork
from app.store.server import tls
from app.store.sync import engine as sync
from app.store.sync import local
from app.store.sync.status import WorkstationState
from app.store.sync.worker import server_engine

SERVER = "server"  # sync_state: the server's address (a URL without user or password)
DEFAULT_DATABASE = "helpline"


def address(host: str, port: int, database: str, ca_file: Path) -> str:
    """The server's address as kept here: TLS with the server's certificate verified against the team's CA."""
    host = host.strip()
    if not host:
        raise FieldErrors({"host": "team.host_missing"})
    if not ca_file.is_file():
        raise FieldErrors({"ca_file": "team.ca_missing"})
    url = sa.URL.create("postgresql+psycopg", host=host, port=port, database=database.strip() or DEFAULT_DATABASE)
    try:
        return tls.verified_url(url.render_as_string(hide_password=False), ca_file)
    except tls.WeakTls as error:  # pragma: no cover - the URL is made here, with no mode of its own
        raise FieldErrors({"host": "team.host_missing"}) from error


def person_url(server_address: str, username: str, password: str) -> sa.URL:
    return sa.make_url(server_address).set(username=username, password=password)


def server_address(uow: UnitOfWork) -> str | None:
    """The team server this workstation joined, or None (a workstation of its own)."""
    connection = uow.session.connection()
    if connection.dialect.name != "sqlite" or not local.installed(connection):
        return None
    return local.get_state(connection, SERVER)


def check_on_server(server_address: str, username: str, password: str) -> bool:
    """Whether the server accepts this password for this person (it signs them in); :class:`ServerUnreachable` when
    it cannot say (no network, the server down, its certificate not the team's)."""
    engine = server_engine(person_url(server_address, username, password))
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        return True
    except sa.exc.OperationalError as error:
        if _refused_password(error):
            return False
        raise ServerUnreachable(str(error.orig)) from error
    finally:
        engine.dispose()


def _refused_password(error: sa.exc.OperationalError) -> bool:
    text = str(error.orig)
    return any(said in text for said in ("password authentication failed", "no password", "not permitted to log in"))


def join(store: Store, server_address: str, username: str, password: str) -> str:
    """Make this new store a workstation of the team at ``server_address``, signed in as ``username``; returns the
    station code the server gave it. :class:`FieldErrors` for a refused password, :class:`ServerUnreachable` when the
    server cannot be reached. The person then signs in as usual (their password is checked again, and its hash kept
    here: :func:`app.services.guard.auth.authenticate`)."""
    if not check_on_server(server_address, username, password):
        raise FieldErrors({"password": "team.password_refused"})
    engine = server_engine(person_url(server_address, username, password))
    try:
        code = sync.join(store.engine, engine, name=socket.gethostname())
    except sa.exc.OperationalError as error:
        raise ServerUnreachable(str(error.orig)) from error
    finally:
        engine.dispose()
    with store.engine.begin() as connection:
        local.set_state(connection, SERVER, server_address)
    return code


def list_workstations(uow: UnitOfWork, actor: SessionUser) -> list[WorkstationState]:
    """The team's workstations as the server last heard of them (``uow`` on the server, as the administrator)."""
    require_administrator(actor, "only an administrator sees the team's workstations")
    rows = uow.session.execute(
        sa.text(
            "SELECT station_code, name, username, joined_at, last_push_at, last_pull_at, waiting"
            " FROM helpline_workstations ORDER BY station_code"
        )
    ).all()
    return [
        WorkstationState(
            station_code=str(row.station_code),
            name=str(row.name),
            username=str(row.username),
            joined_at=row.joined_at,
            last_push_at=row.last_push_at,
            last_pull_at=row.last_pull_at,
            waiting=int(row.waiting),
        )
        for row in rows
    ]
