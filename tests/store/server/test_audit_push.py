"""The workstations' audit entries reach the team server (app.store.sync.audit_push, the server's
helpline_append_audit): appended at the server's own tip, hashed there as the program hashes, so the program's own
check of the trail passes on the server's; each entry once only, whatever is sent again; only in one's own name.

The entries are written by the program (``audit.record``) into real local stores, one per workstation, and sent as
the signed-in person through their own login role."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.models.audit import AuditEntry, AuditKind
from app.services.actor import SessionUser
from app.services.guard import audit
from app.store.db import Store, create_store_engine
from app.store.sync import audit_push
from app.store.sync.audit_push import push_audit_entries
from tests.conftest import close_store, local_store
from tests.store.server.conftest import PASSWORD, PEOPLE, TeamServer, name

pytestmark = pytest.mark.postgres

# What a details text may hold that JSON must escape, or that is not ASCII: the server's hash must be the program's.
AWKWARD = {
    "quote": 'say "no"',
    "slash": "a\\b/c",
    "lines": "one\ntwo\r\tthree",
    "bell": "\x07\x1f\x7f",
    "et": "Jüri Šõ",
}
AWKWARD_RU = {"ru": "Юрий", "emoji": "☎️🙂", "empty": ""}


def person(team_server: TeamServer, who: str) -> SessionUser:
    return SessionUser(team_server.ids[who], name(who), who.title(), PEOPLE[who])


def workstation_entries(path: Path, actor: SessionUser, count: int, *, start: int = 0) -> list[AuditEntry]:
    """``count`` entries the program records in the local store at ``path`` for ``actor`` (views and changes of
    contacts, with awkward details), and the store's whole trail of that person's entries, oldest first."""
    store = local_store(path)
    try:
        with store.unit_of_work() as uow:
            for number in range(start, start + count):
                kind = AuditKind.VIEW if number % 2 else AuditKind.CHANGE
                details = {**(AWKWARD if number % 2 else AWKWARD_RU), "n": number}
                audit.record(uow, kind, actor=actor, record_type="contact", record_id=uuid.uuid4(), details=details)
            uow.commit()
        with store.unit_of_work() as uow:
            entries = list(
                uow.session.scalars(
                    sa.select(AuditEntry).where(AuditEntry.user_id == actor.id).order_by(AuditEntry.seq)
                )
            )
            uow.session.expunge_all()
        return entries
    finally:
        close_store(store)


def login_url(team_server: TeamServer, who: str) -> str:
    return sa.make_url(team_server.url).set(username=name(who), password=PASSWORD).render_as_string(hide_password=False)


@pytest.fixture
def engines(team_server: TeamServer) -> Iterator[dict[str, sa.Engine]]:
    made = {who: sa.create_engine(login_url(team_server, who)) for who in ("mari", "jaan", "anna")}
    yield made
    for engine in made.values():
        engine.dispose()


def push(engine: sa.Engine, station: str, entries: Sequence[AuditEntry]) -> int:
    """One push as the sync makes it: the entries in the person's own server transaction, committed."""
    with engine.begin() as connection:
        return push_audit_entries(connection, station, entries)


def server_trail(team_server: TeamServer) -> list[sa.Row[Any]]:
    """The server's whole trail, read by the administrator (the only one who may)."""
    with team_server.connect("anna") as connection, connection.cursor(row_factory=_rows) as cursor:
        return cursor.execute(
            "SELECT seq, user_id, username, kind, record_id, details, prev_hash, hash, station_code, station_seq,"
            " station_hash FROM audit_log ORDER BY seq"
        ).fetchall()


def _rows(cursor: Any) -> Any:
    from psycopg.rows import namedtuple_row

    return namedtuple_row(cursor)


def program_verdict(team_server: TeamServer) -> audit.Verdict:
    """``helpline audit verify``'s service, run by the administrator on the server's trail (it records the check)."""
    store = Store(create_store_engine(login_url(team_server, "anna")))
    try:
        with store.unit_of_work() as uow:
            return audit.check_chain(uow, person(team_server, "anna"))
    finally:
        store.close()


def waits_for_a_lock(team_server: TeamServer, who: str) -> bool:
    """Whether ``who``'s session comes to wait for a lock (asked of the server for up to 30 s)."""
    engine = sa.create_engine(team_server.url, isolation_level="AUTOCOMMIT")  # the superuser sees every session
    try:
        with engine.connect() as connection:
            for _ in range(300):
                if connection.execute(
                    sa.text("SELECT 1 FROM pg_stat_activity WHERE usename = :who AND wait_event_type = 'Lock'"),
                    {"who": name(who)},
                ).first():
                    return True
                time.sleep(0.1)
        return False
    finally:
        engine.dispose()


def of_station(trail: Sequence[Any], station: str) -> dict[int, Any]:
    return {entry.station_seq: entry for entry in trail if entry.station_code == station}


def test_pushed_entries_are_chained_at_the_servers_tip_and_the_program_verifies_the_trail(
    team_server: TeamServer, engines: dict[str, sa.Engine], tmp_path: Path
) -> None:
    local = workstation_entries(tmp_path / "a.sqlite3", person(team_server, "mari"), 4)
    before = len(server_trail(team_server))

    assert push(engines["mari"], "KA", local) == 4

    trail = server_trail(team_server)
    assert len(trail) == before + 4
    pushed = of_station(trail, "KA")
    assert sorted(pushed) == [entry.seq for entry in local]
    for entry in local:  # the local number, hash and content kept; the server's number and hash its own
        there = pushed[entry.seq]
        assert there.station_hash == entry.hash
        assert (there.user_id, there.username, there.kind, there.record_id, there.details) == (
            entry.user_id,
            entry.username,
            entry.kind.value,
            entry.record_id,
            entry.details,
        )
    assert [there.seq for there in pushed.values()] == list(range(before + 1, before + 5))
    verdict = program_verdict(team_server)
    assert verdict.ok, verdict.sentence()
    assert verdict.checked == before + 4


def test_entries_sent_again_are_appended_once_only(
    team_server: TeamServer, engines: dict[str, sa.Engine], tmp_path: Path
) -> None:
    mari = person(team_server, "mari")
    path = tmp_path / "b.sqlite3"
    first = workstation_entries(path, mari, 3)
    with engines["mari"].connect() as connection, connection.begin() as transaction:  # cut off before its commit
        assert push_audit_entries(connection, "KB", first) == 3
        transaction.rollback()
    assert of_station(server_trail(team_server), "KB") == {}

    assert push(engines["mari"], "KB", first) == 3
    assert push(engines["mari"], "KB", first) == 0  # cut off after the commit: sent again, nothing appended
    everything = workstation_entries(path, mari, 2, start=3)  # two more written since; the first three sent again
    assert len(everything) == 5
    assert push(engines["mari"], "KB", everything) == 2

    pushed = of_station(server_trail(team_server), "KB")
    assert sorted(pushed) == [entry.seq for entry in everything]
    assert [pushed[entry.seq].station_hash for entry in everything] == [entry.hash for entry in everything]
    assert program_verdict(team_server).ok


def test_an_entry_is_sent_only_in_ones_own_name_and_never_replaced(
    team_server: TeamServer, engines: dict[str, sa.Engine], tmp_path: Path
) -> None:
    jaans = workstation_entries(tmp_path / "c.sqlite3", person(team_server, "jaan"), 1)
    maris = workstation_entries(tmp_path / "d.sqlite3", person(team_server, "mari"), 2)
    before = server_trail(team_server)

    with pytest.raises(sa.exc.ProgrammingError, match="in one's own name"):
        push(engines["mari"], "KC", [*maris, *jaans])  # jaan's entry, sent by mari: the whole push is refused
    with pytest.raises(sa.exc.ProgrammingError, match="in one's own name"):
        push(engines["jaan"], "KC", maris)
    assert server_trail(team_server) == before

    assert push(engines["mari"], "KC", maris) == 2
    rewritten = maris[1]
    rewritten.details = '{"n":"changed"}'  # the local trail changed after the entry was sent
    rewritten.hash = "f" * 64
    with pytest.raises(sa.exc.IntegrityError, match="another entry numbered"):
        push(engines["mari"], "KC", [rewritten])
    pushed = of_station(server_trail(team_server), "KC")
    assert pushed[rewritten.seq].details != rewritten.details
    assert program_verdict(team_server).ok


def test_a_failed_log_in_with_no_user_may_be_sent_by_whoever_signs_in(
    team_server: TeamServer, engines: dict[str, sa.Engine], tmp_path: Path
) -> None:
    store = local_store(tmp_path / "e.sqlite3")
    try:
        with store.unit_of_work() as uow:
            audit.record(uow, AuditKind.LOGIN_FAILED, username="", details={"tag": "a1b2"})
            uow.commit()
        with store.unit_of_work() as uow:
            failed = list(uow.session.scalars(sa.select(AuditEntry).where(AuditEntry.kind == AuditKind.LOGIN_FAILED)))
            uow.session.expunge_all()
    finally:
        close_store(store)
    assert push(engines["jaan"], "KE", failed) == 1
    assert program_verdict(team_server).ok


def test_two_workstations_interleaved_keep_one_chain_and_their_own_numbers(
    team_server: TeamServer, engines: dict[str, sa.Engine], tmp_path: Path
) -> None:
    mari, jaan = person(team_server, "mari"), person(team_server, "jaan")
    first = workstation_entries(tmp_path / "f.sqlite3", mari, 4)
    second = workstation_entries(tmp_path / "g.sqlite3", jaan, 4)

    assert push(engines["mari"], "KF", first[:2]) == 2
    assert push(engines["jaan"], "KG", second[:1]) == 1
    store = Store(create_store_engine(login_url(team_server, "anna")))
    try:  # the program's own append on the server, between the pushes
        with store.unit_of_work() as uow:
            audit.record_export(uow, person(team_server, "anna"), "statistics")
    finally:
        store.close()
    assert push(engines["mari"], "KF", first) == 2

    # Both at once: the second waits for the first's tip and chains after it.
    results: dict[str, int] = {}
    with engines["jaan"].connect() as connection, connection.begin():
        results["jaan"] = push_audit_entries(connection, "KG", second)
        waiting = threading.Thread(target=lambda: results.update(mari=push(engines["mari"], "KF", first)))
        waiting.start()
        assert waits_for_a_lock(team_server, "mari")  # held at the server's tip until jaan's push commits
        assert waiting.is_alive()
    waiting.join(30)
    assert results == {"jaan": 3, "mari": 0}

    trail = server_trail(team_server)
    for station, local in (("KF", first), ("KG", second)):
        pushed = of_station(trail, station)
        assert [(seq, there.station_hash) for seq, there in sorted(pushed.items())] == [(e.seq, e.hash) for e in local]
        assert [there.seq for _, there in sorted(pushed.items())] == sorted(there.seq for there in pushed.values())
    assert [entry.seq for entry in trail] == list(range(1, len(trail) + 1))
    verdict = program_verdict(team_server)
    assert verdict.ok, verdict.sentence()


def test_a_shared_workstation_sends_each_persons_entries_when_they_sign_in_and_nothing_twice(
    team_server: TeamServer, engines: dict[str, sa.Engine], tmp_path: Path
) -> None:
    mari, jaan = person(team_server, "mari"), person(team_server, "jaan")
    store = local_store(tmp_path / "shared.sqlite3")
    try:
        with store.unit_of_work() as uow:
            audit.record(uow, AuditKind.LOGIN, actor=mari)
            audit.record(uow, AuditKind.VIEW, actor=mari, record_type="person", record_id=uuid.uuid4())
            audit.record(uow, AuditKind.LOGIN_FAILED, username="", details={"name_tag": "0a1b"})
            audit.record(uow, AuditKind.LOGIN, actor=jaan)  # jaan worked here while the server was out of reach
            audit.record(uow, AuditKind.CHANGE, actor=jaan, record_type="contact", record_id=uuid.uuid4())
            audit.record(uow, AuditKind.LOGIN, actor=mari)
            uow.commit()

        def sync_round(who: SessionUser, engine: sa.Engine) -> int:
            with engine.begin() as server, store.unit_of_work() as uow:
                entries = list(uow.session.scalars(audit_push.unsent(who.id, audit_push.received(server, "KS"))))
                return push_audit_entries(server, "KS", entries)

        assert sync_round(mari, engines["mari"]) == 4  # her three and the failed log-in; not jaan's
        assert sync_round(mari, engines["mari"]) == 0
        assert sync_round(jaan, engines["jaan"]) == 2  # when he signs in
        assert sync_round(jaan, engines["jaan"]) == 0
        with store.unit_of_work() as uow:
            local = {entry.seq: entry.hash for entry in uow.session.scalars(sa.select(AuditEntry))}
    finally:
        close_store(store)
    pushed = of_station(server_trail(team_server), "KS")
    sent = {seq: digest for seq, digest in local.items() if seq in pushed}
    assert len(sent) == 6
    assert {seq: there.station_hash for seq, there in pushed.items()} == sent
    assert program_verdict(team_server).ok


def test_an_entry_of_a_kind_the_program_does_not_know_is_refused(
    team_server: TeamServer, engines: dict[str, sa.Engine], tmp_path: Path
) -> None:
    entry = workstation_entries(tmp_path / "k.sqlite3", person(team_server, "mari"), 1)[0]
    entry.kind = "erased"  # type: ignore[assignment]  # what no program writes
    with pytest.raises(sa.exc.IntegrityError, match="a kind the program does not know"):
        push(engines["mari"], "KK", [entry])
    assert of_station(server_trail(team_server), "KK") == {}
