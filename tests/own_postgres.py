"""A PostgreSQL server of a test's own, configured as docs/team.md tells an administrator to configure the team's:
a certificate signed by the team's CA (made here with ``cryptography``), ``ssl = on``, and a ``pg_hba.conf`` that
takes only ``hostssl`` connections with ``scram-sha-256`` (the superuser over the server's own socket, as ``server
init`` is run). ``./dev test``'s throwaway server trusts every local connection, has no certificate, and is shared by
the whole suite: a test that needs TLS, or must stop the server, starts one of these.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
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


def server_certificate(
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


def pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def postgres_bin() -> Path:
    """The server's programs, found as ./dev finds them."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    if not versions:
        pytest.fail("PostgreSQL's server programs (pg_ctl, initdb) are not installed; ./dev test installs them")
    return versions[-1].parent


@dataclass
class OwnServer:
    """A server with TLS in a temporary folder; :meth:`stop` and :meth:`start` again keep its data."""

    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="helpline-pg-")))
    port: int = 0
    binaries: Path = field(default_factory=postgres_bin)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def ca_file(self) -> Path:
        return self.folder / "ca.crt"

    @property
    def stranger_ca_file(self) -> Path:
        return self.folder / "stranger.crt"

    def superuser_url(self, database: str = "helpline") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.folder}&port={self.port}"

    def _run(self, *command: str | Path) -> None:
        line = [str(part) for part in command]
        if os.getuid() == 0:
            line = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{part}'" for part in line)]
        subprocess.run(line, check=True, capture_output=True, timeout=120)

    def create(self, database: str = "helpline") -> None:
        """Make the CA, the certificate and the cluster, start it, and create ``database``."""
        ca_key, ca = make_ca("Helpline test CA")
        _, stranger = make_ca("Someone else's CA")
        key, certificate = server_certificate(ca_key, ca)
        self.ca_file.write_bytes(pem(ca))
        self.stranger_ca_file.write_bytes(pem(stranger))
        (self.folder / "server.crt").write_bytes(pem(certificate))
        (self.folder / "server.key").write_bytes(key_pem(key))
        os.chmod(self.folder / "server.key", 0o600)
        if os.getuid() == 0:
            shutil.chown(self.folder, "postgres")
            for file in self.folder.iterdir():
                shutil.chown(file, "postgres")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._run(self.binaries / "initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8")  # fmt: skip
        hba = "local all postgres trust\nhostssl all all 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 reject\n"
        (self.data / "pg_hba.conf").write_text(hba)
        self.start()
        engine = sa.create_engine(self.superuser_url("postgres"), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {database}")
        engine.dispose()

    def start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.folder} -c fsync=off"
            f" -c ssl=on -c ssl_cert_file={self.folder / 'server.crt'} -c ssl_key_file={self.folder / 'server.key'}"
            " -c password_encryption=scram-sha-256"
        )
        self._run(self.binaries / "pg_ctl", "-D", self.data, "-w", "-l", self.folder / "server.log", "-o", options,
                  "start")  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(self.binaries / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)
