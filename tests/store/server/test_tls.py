"""A workstation reaches the team server only over TLS, verifying the server's certificate, and signs in with its
person's SCRAM-SHA-256 password (issue 14, point 2).

``./dev test``'s throwaway server trusts every local connection and has no certificate, so this module starts a
second server of its own (``tests.own_postgres``), configured as docs/team.md tells an administrator to configure
theirs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from app.models.enums import Role
from app.store.db import create_store_engine
from app.store.server import accounts, setup, tls
from tests.own_postgres import OwnServer
from tests.store.server.conftest import PASSWORD, name

pytestmark = pytest.mark.postgres


@dataclass
class TlsServer:
    port: int
    socket_dir: Path
    ca_file: Path
    stranger_ca_file: Path

    @property
    def superuser_url(self) -> str:
        return f"postgresql+psycopg://postgres@/helpline?host={self.socket_dir}&port={self.port}"

    def url(self, person: str, password: str = PASSWORD, host: str = "localhost") -> str:
        return f"postgresql+psycopg://{name(person)}:{password}@{host}:{self.port}/helpline"


@pytest.fixture(scope="module")
def tls_server() -> Iterator[TlsServer]:
    own = OwnServer()
    try:
        own.create()
        server = TlsServer(own.port, own.folder, own.ca_file, own.stranger_ca_file)
        setup.init(server.superuser_url)
        engine = sa.create_engine(server.superuser_url)
        with engine.begin() as connection:
            accounts.create_login(connection, name("kati"), PASSWORD, Role.COUNSELLOR)
        engine.dispose()
        yield server
    finally:
        own.destroy()


def _plain(server: TlsServer, **options: object) -> psycopg.Connection:
    settings: dict[str, object] = {
        "host": "localhost",
        "port": server.port,
        "dbname": "helpline",
        "user": name("kati"),
        "password": PASSWORD,
        "connect_timeout": 10,
    }
    settings.update(options)
    return psycopg.connect(**settings)  # type: ignore[arg-type]


def test_the_program_connects_over_verified_tls_with_its_own_login(tls_server: TlsServer) -> None:
    engine = create_store_engine(tls.verified_url(tls_server.url("kati"), tls_server.ca_file))
    try:
        with engine.connect() as connection:
            encrypted, user = connection.exec_driver_sql(
                "SELECT ssl, current_user FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).one()
    finally:
        engine.dispose()
    assert encrypted is True
    assert user == name("kati")


def test_a_wrong_password_is_refused(tls_server: TlsServer) -> None:
    engine = create_store_engine(tls.verified_url(tls_server.url("kati", "wrong password"), tls_server.ca_file))
    try:
        with pytest.raises(sa.exc.OperationalError, match="password authentication failed"), engine.connect():
            pass
    finally:
        engine.dispose()


def test_a_connection_without_tls_is_refused(tls_server: TlsServer) -> None:
    with pytest.raises(psycopg.OperationalError, match=r"rejects connection|no pg_hba\.conf entry"):
        _plain(tls_server, sslmode="disable")


def test_a_certificate_of_another_ca_is_refused(tls_server: TlsServer) -> None:
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        _plain(tls_server, sslmode="verify-full", sslrootcert=str(tls_server.stranger_ca_file))


def test_a_certificate_for_another_host_name_is_refused(tls_server: TlsServer) -> None:
    """A server that answers at the right address with a certificate that names another host (the team's CA signed
    it for localhost): verify-full checks the name the workstation asked for."""
    with pytest.raises(psycopg.OperationalError, match="does not match host name"):
        _plain(
            tls_server,
            host="helpline.example",
            hostaddr="127.0.0.1",
            sslmode="verify-full",
            sslrootcert=str(tls_server.ca_file),
        )


def test_the_right_name_and_ca_are_let_in(tls_server: TlsServer) -> None:
    with _plain(tls_server, sslmode="verify-full", sslrootcert=str(tls_server.ca_file)) as connection:
        assert connection.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() == (True,)


def test_a_weaker_sslmode_in_the_url_is_refused(tls_server: TlsServer) -> None:
    with pytest.raises(tls.WeakTls):
        tls.verified_url(tls_server.url("kati") + "?sslmode=require", tls_server.ca_file)
