"""A workstation reaches the team server only over TLS, verifying the server's certificate, and signs in with its
person's SCRAM-SHA-256 password (issue 14, point 2).

``./dev test``'s throwaway server trusts every local connection and has no certificate, so this module starts a
second server of its own, configured as docs/team.md tells an administrator to configure theirs: a certificate signed
by the team's CA (made here with ``cryptography``), ``ssl = on``, and a ``pg_hba.conf`` that takes only ``hostssl``
connections with ``scram-sha-256`` (the superuser over the server's own socket, as ``server init`` is run).
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.models.enums import Role
from app.store.db import create_store_engine
from app.store.server import accounts, setup, tls
from tests.store.server.conftest import PASSWORD, name

pytestmark = pytest.mark.postgres


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = _key()
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name(common))
        .issuer_name(_name(common))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, certificate


def _server_certificate(
    ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = _key()
    now = datetime.now(UTC)
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return key, certificate


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _postgres_bin() -> Path:
    """The server's programs, found as ./dev finds them."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    if not versions:
        pytest.fail("PostgreSQL's server programs (pg_ctl, initdb) are not installed; ./dev test installs them")
    return versions[-1].parent


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
    folder = Path(tempfile.mkdtemp(prefix="helpline-tls-"))
    as_root = os.getuid() == 0
    binaries = _postgres_bin()

    def run(*command: str | Path) -> None:
        line = [str(part) for part in command]
        if as_root:
            line = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{part}'" for part in line)]
        subprocess.run(line, check=True, capture_output=True, timeout=120)

    ca_key, ca = _ca("Helpline test CA")
    _, stranger = _ca("Someone else's CA")
    key, certificate = _server_certificate(ca_key, ca)
    (folder / "ca.crt").write_bytes(_pem(ca))
    (folder / "stranger.crt").write_bytes(_pem(stranger))
    (folder / "server.crt").write_bytes(_pem(certificate))
    (folder / "server.key").write_bytes(_key_pem(key))
    os.chmod(folder / "server.key", 0o600)
    if as_root:
        shutil.chown(folder, "postgres")
        for file in folder.iterdir():
            shutil.chown(file, "postgres")
    data = folder / "data"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run(binaries / "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")
    hba = "local all postgres trust\nhostssl all all 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 reject\n"
    (data / "pg_hba.conf").write_text(hba)
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={folder} -c fsync=off -c ssl=on"
        f" -c ssl_cert_file={folder / 'server.crt'} -c ssl_key_file={folder / 'server.key'}"
        " -c password_encryption=scram-sha-256"
    )
    run(binaries / "pg_ctl", "-D", data, "-w", "-l", folder / "server.log", "-o", options, "start")
    try:
        server = TlsServer(port, folder, folder / "ca.crt", folder / "stranger.crt")
        engine = sa.create_engine(
            f"postgresql+psycopg://postgres@/postgres?host={folder}&port={port}", isolation_level="AUTOCOMMIT"
        )
        with engine.connect() as connection:
            connection.exec_driver_sql("CREATE DATABASE helpline")
        engine.dispose()
        setup.init(server.superuser_url)
        engine = sa.create_engine(server.superuser_url)
        with engine.begin() as connection:
            accounts.create_login(connection, name("kati"), PASSWORD, Role.COUNSELLOR)
        engine.dispose()
        yield server
    finally:
        subprocess.run(
            ["su", "postgres", "-s", "/bin/sh", "-c", f"'{binaries / 'pg_ctl'}' -D '{data}' -m immediate stop"]
            if as_root
            else [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)


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
