"""``helpline server init`` / ``upgrade`` from the command line, and Administration's account changes on the server:
a user made, moved to another role or deactivated is the same login role, group and NOLOGIN on the server."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from app.__main__ import main
from app.errors import FieldErrors, NotAllowed
from app.models import User
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.guard import team_accounts
from app.store.db import Store, create_store_engine, migrate
from app.store.server import accounts
from tests.conftest import postgres_database
from tests.store.server.conftest import PASSWORD, name

pytestmark = pytest.mark.postgres

MADE = ("anna", "kati", "toomas")


def _as(url: str, person: str, password: str = PASSWORD) -> str:
    return sa.make_url(url).set(username=name(person), password=password).render_as_string(hide_password=False)


def _connect(url: str, person: str) -> psycopg.Connection:
    parsed = sa.make_url(url)
    return psycopg.connect(
        host=parsed.host, port=parsed.port, dbname=parsed.database, user=name(person), password=PASSWORD
    )


def _superuser(url: str) -> psycopg.Connection:
    parsed = sa.make_url(url)
    return psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database, user=parsed.username)


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    """A database set up with ``helpline server init URL --administrator NAME`` (name and password on stdin)."""
    with postgres_database() as url, pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(f"Anna Administraator\n{PASSWORD}\n"))
        assert main(["server", "init", url, "--administrator", name("anna")]) == 0
        try:
            yield url
        finally:
            engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
            with engine.connect() as connection:
                for person in MADE:
                    connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name(person)}"')
            engine.dispose()


@pytest.fixture
def admin_store(server_url: str) -> Iterator[Store]:
    """The store as the first administrator's own login sees it (the program's unit of work over it)."""
    store = Store(create_store_engine(_as(server_url, "anna")))
    yield store
    store.close()


def _admin(store: Store) -> SessionUser:
    with store.unit_of_work() as uow:
        return SessionUser.of(uow.session.scalars(sa.select(User).where(User.username == name("anna"))).one())


def test_init_made_the_first_administrator_a_login(server_url: str) -> None:
    with _connect(server_url, "anna") as connection:
        row = connection.execute("SELECT username, role FROM users").fetchall()
        assert row == [(name("anna"), "administrator")]
        assert connection.execute("SELECT pg_has_role('helpline_admin', 'MEMBER')").fetchone() == (True,)


def test_init_refuses_a_database_that_is_not_empty(server_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "init", server_url]) == 1
    assert "not empty" in capsys.readouterr().err


def test_upgrade_applies_the_same_security_again(server_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    def state() -> list[tuple[object, ...]]:
        engine = sa.create_engine(server_url)
        with engine.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT tablename, policyname, roles::text, qual, with_check FROM pg_policies ORDER BY 1, 2"
            ).all()
            grants = connection.exec_driver_sql(
                "SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants"
                " WHERE table_schema = 'public' ORDER BY 1, 2, 3"
            ).all()
        engine.dispose()
        return [tuple(row) for row in (*found, *grants)]

    before = state()
    assert main(["server", "upgrade", server_url]) == 0
    assert main(["server", "upgrade", server_url]) == 0
    assert "is at schema revision" in capsys.readouterr().out
    assert state() == before
    with _connect(server_url, "anna") as connection:  # the administrator still works as one
        assert connection.execute("SELECT count(*) FROM users").fetchone() == (1,)


def test_upgrade_refuses_a_database_init_did_not_set_up(capsys: pytest.CaptureFixture[str]) -> None:
    with postgres_database() as url:
        engine = create_store_engine(url)
        migrate(engine)  # the plain single-credential PostgreSQL store of today
        engine.dispose()
        assert main(["server", "upgrade", url]) == 1
    assert "not set up by helpline server init" in capsys.readouterr().err


def test_a_server_is_postgresql(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "init", f"sqlite:///{tmp_path}/x.sqlite3"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err


def test_an_administrator_creates_moves_deactivates_and_resets_a_user(server_url: str, admin_store: Store) -> None:
    admin = _admin(admin_store)
    with admin_store.unit_of_work() as uow:
        kati = team_accounts.create_user(uow, admin, name("kati"), "Kati Kask", PASSWORD, Role.COUNSELLOR)
    with _connect(server_url, "kati") as connection:
        assert connection.execute("SELECT pg_has_role('helpline_counsellor', 'MEMBER')").fetchone() == (True,)
        assert connection.execute("SELECT pg_has_role('helpline_lead', 'MEMBER')").fetchone() == (False,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT count(*) FROM audit_log")
    with admin_store.unit_of_work() as uow:  # the creation is in the server's audit trail, in anna's name
        kinds = uow.session.execute(sa.text("SELECT kind, username FROM audit_log ORDER BY seq")).all()
        assert ("user_created", name("anna")) in [tuple(row) for row in kinds]

    with admin_store.unit_of_work() as uow:
        team_accounts.set_role(uow, admin, kati.id, Role.SHIFT_LEAD)
    with _connect(server_url, "kati") as connection:
        assert connection.execute("SELECT pg_has_role('helpline_lead', 'MEMBER')").fetchone() == (True,)
        assert connection.execute("SELECT pg_has_role('helpline_counsellor', 'MEMBER')").fetchone() == (False,)
        assert connection.execute("SELECT role FROM users WHERE id = %s", (kati.id,)).fetchone() == ("shift_lead",)

    still_open = _connect(server_url, "kati")
    with admin_store.unit_of_work() as uow:
        team_accounts.set_active(uow, admin, kati.id, False)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        _connect(server_url, "kati")
    with pytest.raises(psycopg.OperationalError):  # what kati had open ended with the deactivation
        still_open.execute("SELECT 1")
    still_open.close()

    with admin_store.unit_of_work() as uow:
        team_accounts.set_active(uow, admin, kati.id, True)
    _connect(server_url, "kati").close()

    # A forgotten password: the server keeps a new SCRAM verifier for the login (this test server trusts every
    # password; tests/store/server/test_tls.py shows a verifier's server refusing a wrong one).
    verifier = "SELECT rolpassword FROM pg_authid WHERE rolname = %s"
    with _superuser(server_url) as connection:
        (before,) = connection.execute(verifier, (name("kati"),)).fetchone() or (None,)
    with admin_store.unit_of_work() as uow:
        team_accounts.reset_password(uow, admin, kati.id, "a quite new horse battery")
    with _superuser(server_url) as connection:
        (after,) = connection.execute(verifier, (name("kati"),)).fetchone() or (None,)
    assert str(after).startswith("SCRAM-SHA-256$")
    assert after != before


def test_a_refused_user_name_leaves_no_login_behind(server_url: str, admin_store: Store) -> None:
    admin = _admin(admin_store)
    too_long = "ж" * 40  # 40 letters, 80 bytes: more than a PostgreSQL name holds
    with admin_store.unit_of_work() as uow, pytest.raises(FieldErrors) as refused:
        team_accounts.create_user(uow, admin, too_long, "Long Name", PASSWORD, Role.COUNSELLOR)
    assert refused.value.errors == {"username": "server.name_too_long"}
    with admin_store.unit_of_work() as uow, pytest.raises(FieldErrors):  # the program's own check, after the login
        team_accounts.create_user(uow, admin, name("toomas"), "Toomas", "short", Role.COUNSELLOR)
    with admin_store.unit_of_work() as uow:
        found = uow.session.execute(sa.text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": name("toomas")})
        assert found.scalar_one() == 0  # rolled back with the user that was refused


def test_only_an_administrator_keeps_accounts(server_url: str, admin_store: Store) -> None:
    admin = _admin(admin_store)
    with admin_store.unit_of_work() as uow:
        lead = SessionUser(admin.id, admin.username, admin.full_name, Role.SHIFT_LEAD)
        with pytest.raises(NotAllowed):
            team_accounts.create_user(uow, lead, name("toomas"), "Toomas", PASSWORD, Role.COUNSELLOR)
    with _connect(server_url, "anna") as connection:
        for target in ("postgres", "helpline_owner", "helpline_accounts", "helpline_admin"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), connection.transaction():
                connection.execute("SELECT helpline_set_login_group(%s, 'helpline_admin')", (target,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege), connection.transaction():
                connection.execute("SELECT helpline_set_login_password(%s, %s)", (target, accounts.scram_verifier("x")))
        with pytest.raises(psycopg.errors.InvalidParameterValue), connection.transaction():
            connection.execute("SELECT helpline_create_login('intruder', %s, 'helpline_owner')", ("SCRAM-SHA-256$x",))
        with pytest.raises(psycopg.errors.InvalidPassword), connection.transaction():
            connection.execute("SELECT helpline_create_login('intruder', 'plain password', 'helpline_counsellor')")


@pytest.mark.parametrize(
    "password", ["correct horse battery", "Jõulu\u00a0kuusk ﬁ", "\u0627\u0644\u0633\u0644\u0627\u0645 1"]
)
def test_the_verifier_is_the_one_postgresql_makes(server_url: str, password: str) -> None:
    """PostgreSQL's own SCRAM-SHA-256 of the password (SASLprep'd: a no-break space is a space, the ligature fi is
    f and i) and the program's, with the same salt, are the same verifier."""
    engine = sa.create_engine(server_url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("SET LOCAL password_encryption = 'scram-sha-256'")
            connection.exec_driver_sql("CREATE ROLE verifier_probe")
            quoted = password.replace("'", "''")
            connection.exec_driver_sql(f"ALTER ROLE verifier_probe PASSWORD '{quoted}'")
            theirs = connection.exec_driver_sql(
                "SELECT rolpassword FROM pg_authid WHERE rolname = 'verifier_probe'"
            ).scalar_one()
            connection.exec_driver_sql("DROP ROLE verifier_probe")
    finally:
        engine.dispose()
    iterations, salt = theirs.split("$")[1].split(":")
    assert accounts.scram_verifier(password, salt=base64.b64decode(salt), iterations=int(iterations)) == theirs


def test_a_ca_file_means_a_verified_certificate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--ca-file`` makes the command verify the server (sslmode=verify-full); a URL asking for less is refused
    before anything is sent."""
    ca = tmp_path / "ca.crt"
    ca.write_text("not needed: nothing is sent")
    url = "postgresql://postgres@helpline.example/helpline?sslmode=require"
    assert main(["server", "upgrade", url, "--ca-file", str(ca)]) == 2
    assert "does not verify the server" in capsys.readouterr().err
    assert main(["server", "init", url.replace("?sslmode=require", ""), "--ca-file", str(tmp_path / "missing")]) == 2
    assert "is not there" in capsys.readouterr().err
