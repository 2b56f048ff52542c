"""Reads of identified data made on the team server are audited there: pgaudit's object audit logging
(app/store/server/audit_chain.py) writes a line to the server's log naming the reader's login for every read of
persons, contacts, cases, change_log and aid_decisions, and none for the registers and vocabularies; a server without
pgaudit is still set up, and ``helpline server init`` says that reads are not audited there.

``./dev test`` starts its server with ``shared_preload_libraries = 'pgaudit'`` and ``log_line_prefix`` naming the
user, and says where the server's log is (``HELPLINE_TEST_POSTGRES_LOG``)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from app.__main__ import main
from app.store.server import audit_chain
from tests.conftest import postgres_database
from tests.store.server.conftest import TeamServer, name

pytestmark = pytest.mark.postgres
LOG_ENV = "HELPLINE_TEST_POSTGRES_LOG"


def server_log(team_server: TeamServer) -> Path:
    engine = sa.create_engine(team_server.url)
    try:
        with engine.connect() as connection:
            loaded = audit_chain.pgaudit_loaded(connection)
    finally:
        engine.dispose()
    log = os.environ.get(LOG_ENV)
    if not loaded or not log:  # a server given from outside ./dev: its log is not ours to read
        pytest.skip(f"the test server does not load pgaudit, or {LOG_ENV} does not name its log (./dev test does both)")
    return Path(log)


def audit_lines(log: Path, offset: int, who: str, *, expect: bool) -> list[str]:
    """The AUDIT lines the server wrote after ``offset`` for ``who``'s login; waits (10 s at most) for one if
    ``expect``."""
    deadline = time.monotonic() + 10
    while True:
        with log.open("rb") as file:
            file.seek(offset)
            written = file.read().decode("utf-8", "replace")
        lines = [line for line in written.splitlines() if f" {name(who)}@" in line and "AUDIT: " in line]
        if lines or not expect or time.monotonic() > deadline:
            return lines
        time.sleep(0.1)


def test_a_counsellors_plain_read_of_persons_is_in_the_servers_log_with_their_login(team_server: TeamServer) -> None:
    log = server_log(team_server)

    before = log.stat().st_size
    with team_server.connect("mari") as connection:
        assert connection.execute("SELECT count(*) FROM topics").fetchone()
        assert connection.execute("SELECT count(*) FROM providers").fetchone()
    with team_server.connect("jaan") as connection:  # a marker: the server has written what came before it
        connection.execute("SELECT id FROM persons LIMIT 1").fetchall()
    assert audit_lines(log, before, "jaan", expect=True)
    assert audit_lines(log, before, "mari", expect=False) == []  # the registers' reads are not logged

    before = log.stat().st_size
    with team_server.connect("mari") as connection:
        rows = connection.execute("SELECT full_name FROM persons").fetchall()
    assert rows  # the persons row security lets her see
    lines = audit_lines(log, before, "mari", expect=True)
    assert any("OBJECT" in line and "READ,SELECT,TABLE,public.persons" in line for line in lines), lines
    assert not any("Person " in line for line in lines)  # what was read is not in the log, only that it was


def test_no_person_can_turn_the_read_audit_off(team_server: TeamServer) -> None:
    server_log(team_server)
    with team_server.connect("anna") as connection:
        assert connection.execute("SHOW pgaudit.role").fetchone() == ("helpline_auditor",)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SET pgaudit.role = ''")
    with team_server.connect("anna") as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("GRANT helpline_auditor TO CURRENT_USER")


def test_a_server_without_pgaudit_is_set_up_and_init_says_reads_are_not_audited(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(audit_chain, "pgaudit_loaded", lambda _connection: False)
    with postgres_database() as url:
        assert main(["server", "init", url]) == 0
        said = capsys.readouterr()
        assert "set up" in said.out
        assert "warning: this server does not load pgaudit" in said.err
        engine = sa.create_engine(url)
        try:
            with engine.connect() as connection:
                configured = connection.exec_driver_sql(
                    "SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase"
                    " WHERE d.datname = current_database() AND array_to_string(s.setconfig, ',') LIKE '%%pgaudit%%'"
                ).first()
                assert configured is None
                granted = connection.exec_driver_sql(
                    "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee = 'helpline_auditor'"
                ).scalar_one()
                assert granted == len(audit_chain.AUDITED_READS)
        finally:
            engine.dispose()
        assert main(["server", "upgrade", url]) == 0
        assert "warning: this server does not load pgaudit" in capsys.readouterr().err
