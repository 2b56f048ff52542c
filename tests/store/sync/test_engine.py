"""The sync between workstations and the team server, on a real PostgreSQL server with row-level security: changes
go up exactly once, come down to whoever may see them and no one else, and nothing is overwritten silently."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from app.models import Contact, Person
from app.models.audit import AuditKind
from app.models.contacts import ContactRisk, Topic, contact_topics
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.guard import audit
from app.store.db import Store
from app.store.sync import engine as sync
from app.store.sync import local
from tests.store.sync.conftest import Team, Workstation, name

pytestmark = pytest.mark.postgres

NOW = datetime.now(UTC)


def _save_contact(store: Store, by: uuid.UUID, summary: str, *, person: str | None = None) -> uuid.UUID:
    with store.unit_of_work() as uow:
        person_id = None
        if person is not None:
            found = Person(full_name=person)
            uow.session.add(found)
            uow.flush()
            person_id = found.id
        contact = Contact(
            line="116006",
            channel="phone",
            started_at=NOW - timedelta(minutes=5),
            summary=summary,
            person_id=person_id,
            handled_by_id=by,
            entered_by_id=by,
        )
        uow.session.add(contact)
        uow.commit()
        return contact.id


def _summaries(store: Store) -> set[str]:
    with store.unit_of_work() as uow:
        return set(uow.session.scalars(sa.select(Contact.summary)))


def _server_summaries(team: Team) -> list[str]:
    engine = team.superuser()
    try:
        with engine.connect() as connection:
            return sorted(connection.execute(sa.select(Contact.summary)).scalars())
    finally:
        engine.dispose()


def _outbox(store: Store) -> int:
    with store.engine.connect() as connection:
        return local.waiting(connection)


def test_joining_gives_each_workstation_its_own_station_code_and_the_team(
    team: Team, workstation: Callable[[str], Workstation]
) -> None:
    first, second = workstation("mari"), workstation("jaan")
    assert first.station != second.station
    for station in (first, second):
        with station.store.unit_of_work() as uow:
            names = set(uow.session.scalars(sa.text("SELECT username FROM users")))
            assert {name.split(".")[0] for name in names} == {"anna", "liis", "mari", "jaan"}
            # the server never tells a workstation a password hash: no one signs in here offline before online
            hashes = set(uow.session.scalars(sa.text("SELECT password_hash FROM users")))
            assert hashes == {local.NO_PASSWORD}
            assert uow.session.scalar(sa.select(sa.func.count()).select_from(Topic))
        assert _outbox(station.store) == 0  # what came down is not sent back


def test_a_saved_contact_reaches_the_server_once_and_the_others_who_may_see_it(
    team: Team, workstation: Callable[[str], Workstation]
) -> None:
    mari, jaan, liis = workstation("mari"), workstation("jaan"), workstation("liis")
    _save_contact(mari.store, team.ids["mari"], "anonymous caller, sleepless")
    _save_contact(mari.store, team.ids["mari"], "identified caller", person="Mari's caller")
    assert _outbox(mari.store) > 0

    result = mari.push()
    assert result.problem is None
    assert result.conflict is None
    assert _outbox(mari.store) == 0
    assert _server_summaries(team).count("identified caller") == 1
    assert mari.push().sent == 0  # nothing twice

    jaan.pull()
    liis.pull()
    assert "anonymous caller, sleepless" in _summaries(jaan.store)
    assert "identified caller" not in _summaries(jaan.store)  # another counsellor's identified caller
    assert {"anonymous caller, sleepless", "identified caller"} <= _summaries(liis.store)
    with jaan.store.unit_of_work() as uow:
        assert "Mari's caller" not in set(uow.session.scalars(sa.select(Person.full_name)))
    assert _outbox(jaan.store) == 0
    assert _outbox(liis.store) == 0


def test_a_push_cut_after_the_servers_commit_is_applied_once(
    team: Team, workstation: Callable[[str], Workstation], monkeypatch: pytest.MonkeyPatch
) -> None:
    mari = workstation("mari")
    _save_contact(mari.store, team.ids["mari"], "cut after the commit")
    waiting = _outbox(mari.store)

    def cut(*_args: object) -> None:
        raise ConnectionError("power cut")

    with monkeypatch.context() as patch:
        patch.setattr(sync, "_acknowledge", cut)
        with pytest.raises(ConnectionError):
            mari.push()
    assert _outbox(mari.store) == waiting  # not acknowledged here
    assert _server_summaries(team).count("cut after the commit") == 1

    again = mari.push()
    assert again.sent == waiting
    assert again.problem is None
    assert again.conflict is None
    assert _outbox(mari.store) == 0
    assert _server_summaries(team).count("cut after the commit") == 1


def test_an_edit_made_meanwhile_on_another_workstation_ends_in_a_conflict_not_an_overwrite(
    team: Team, workstation: Callable[[str], Workstation]
) -> None:
    here, there = workstation("liis"), workstation("liis")  # a shift lead at two desks
    contact_id = _save_contact(here.store, team.ids["liis"], "first words")
    here.push()
    there.pull()

    for station, words in ((here, "mine: called back at 14:00"), (there, "theirs: caller asked for a woman")):
        with station.store.unit_of_work() as uow:
            contact = uow.session.get(Contact, contact_id)
            assert contact is not None
            contact.summary = words
            uow.commit()
    there.push()  # the other desk was first
    result = here.push()
    assert result.conflict is not None
    assert result.conflict.server_row["summary"] == "theirs: caller asked for a woman"
    assert "theirs: caller asked for a woman" in _server_summaries(team)  # not overwritten
    assert _outbox(here.store) > 0  # the queue waits behind it
    conflicts = sync.list_conflicts(here.store.engine)
    assert [conflict.key for conflict in conflicts] == [(contact_id.hex,)]

    here.pull()  # the server's row does not overwrite the change waiting here
    assert "mine: called back at 14:00" in _summaries(here.store)

    chosen = {**conflicts[0].server_row, "summary": "mine: called back at 14:00; caller asked for a woman"}
    sync.resolve(here.store.engine, conflicts[0], chosen)
    assert sync.list_conflicts(here.store.engine) == []
    result = here.push()
    assert result.conflict is None
    assert result.problem is None
    assert "mine: called back at 14:00; caller asked for a woman" in _server_summaries(team)
    there.pull()
    assert "mine: called back at 14:00; caller asked for a woman" in _summaries(there.store)


def test_a_removed_part_is_removed_on_the_other_workstations(
    team: Team, workstation: Callable[[str], Workstation]
) -> None:
    here, there = workstation("liis"), workstation("anna")
    contact_id = _save_contact(here.store, team.ids["liis"], "with a risk and a topic")
    with here.store.unit_of_work() as uow:
        topic = uow.session.scalars(sa.select(Topic.id)).first()
        uow.session.add(ContactRisk(contact_id=contact_id, flag="suicidal", status="done"))
        uow.session.execute(sa.insert(contact_topics).values(contact_id=contact_id, topic_id=topic))
        uow.commit()
    here.push()
    there.pull()
    with there.store.unit_of_work() as uow:
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(ContactRisk)) == 1
    with here.store.unit_of_work() as uow:
        uow.session.execute(sa.delete(ContactRisk).where(ContactRisk.contact_id == contact_id))
        uow.session.execute(sa.delete(contact_topics).where(contact_topics.c.contact_id == contact_id))
        uow.commit()
    here.push()
    assert there.pull().deleted == 2
    with there.store.unit_of_work() as uow:
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(ContactRisk)) == 0
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(contact_topics)) == 0


def test_a_pull_never_skips_a_row_whose_transaction_commits_late(
    team: Team, workstation: Callable[[str], Workstation]
) -> None:
    """The classic trap: a later transaction commits first; a cursor of "the last number seen" would pass the earlier
    one's row by. Two concurrent writers on the server, the slow one committing after a pull; and the slow one does
    not hold the fast one's row back."""
    reader = workstation("liis")
    slow_engine, fast_engine = team.engine_as("anna"), team.engine_as("liis")
    try:
        with slow_engine.connect() as slow, fast_engine.connect() as fast:
            slow_tx = slow.begin()
            slow.execute(sa.insert(Contact).values(**_row(team, "anna", "slow writer")))  # takes its xid first
            with fast.begin():
                fast.execute(sa.insert(Contact).values(**_row(team, "liis", "fast writer")))
            reader.pull()
            assert "fast writer" in _summaries(reader.store)
            assert "slow writer" not in _summaries(reader.store)
            slow_tx.commit()
        reader.pull()
        assert {"fast writer", "slow writer"} <= _summaries(reader.store)
    finally:
        slow_engine.dispose()
        fast_engine.dispose()


def _row(team: Team, person: str, summary: str) -> dict[str, object]:
    return {
        "id": uuid.uuid4(),
        "line": "116006",
        "channel": "phone",
        "started_at": NOW,
        "summary": summary,
        "handled_by_id": team.ids[person],
        "entered_by_id": team.ids[person],
        "version": 1,
        "created_at": NOW,
        "updated_at": NOW,
    }


def test_a_change_the_server_refuses_stops_the_queue_and_says_why(
    team: Team, workstation: Callable[[str], Workstation]
) -> None:
    liis, mari = workstation("liis"), workstation("mari")
    contact_id = _save_contact(liis.store, team.ids["liis"], "the lead's own contact")
    liis.push()
    mari.pull()
    assert "the lead's own contact" in _summaries(mari.store)  # anonymous: mari sees it
    with mari.store.unit_of_work() as uow:  # past the program's own rule: the server's is what is tested here
        uow.session.execute(sa.update(Contact).where(Contact.id == contact_id).values(summary="mari's words"))
        uow.commit()
    _save_contact(mari.store, team.ids["mari"], "mari's next contact")
    result = mari.push()
    assert result.problem is not None
    assert "contacts" in result.problem
    assert "mari's words" not in _server_summaries(team)
    assert "mari's next contact" not in _server_summaries(team)  # behind the refused one: waits, not skipped
    assert _outbox(mari.store) >= 2


def test_offline_the_changes_wait_and_go_when_the_server_is_back(
    team: Team, workstation: Callable[[str], Workstation]
) -> None:
    mari = workstation("mari")
    gone = sa.create_engine(sa.make_url(team.url).set(port=1, username="nobody"), connect_args={"connect_timeout": 2})
    try:
        for n in range(3):
            _save_contact(mari.store, team.ids["mari"], f"offline contact {n}")
        with pytest.raises(sa.exc.OperationalError):
            sync.push(mari.store.engine, gone)
        with pytest.raises(sa.exc.OperationalError):
            sync.pull(mari.store.engine, gone)
    finally:
        gone.dispose()
    assert _outbox(mari.store) == 3
    assert mari.push().sent == 3
    assert {f"offline contact {n}" for n in range(3)} <= set(_server_summaries(team))


def test_the_persons_audit_entries_reach_the_servers_trail_once(
    team: Team, workstation: Callable[[str], Workstation]
) -> None:
    mari = workstation("mari")
    actor = SessionUser(team.ids["mari"], name("mari"), "Mari", Role.COUNSELLOR)
    with mari.store.unit_of_work() as uow:
        for _ in range(3):
            audit.record(uow, AuditKind.VIEW, actor=actor, record_type="person", record_id=uuid.uuid4(), screen="log")
        uow.commit()
    assert mari.push().problem is None
    assert mari.push().problem is None  # sent again: nothing twice
    engine = team.superuser()
    try:
        with engine.connect() as connection:
            on_server = connection.exec_driver_sql(
                "SELECT count(*) FROM audit_log WHERE station_code = %(station)s AND kind = 'view'",
                {"station": mari.station},
            ).scalar_one()
    finally:
        engine.dispose()
    assert on_server == 3


def test_an_idle_pull_is_one_query(team: Team, workstation: Callable[[str], Workstation]) -> None:
    """Polled every second by every workstation: when nothing committed since, one statement (the snapshot)."""
    mari = workstation("mari")
    mari.pull()  # what its own join wrote on the server (its last pull's time) is a commit since
    sent: list[str] = []
    sa.event.listen(mari.server, "before_cursor_execute", lambda *args: sent.append(args[2]))
    mari.pull()
    assert len(sent) == 1, sent
    assert "pg_current_snapshot" in sent[0]


def test_an_idle_workstation_still_says_it_is_there_now_and_then(
    team: Team, workstation: Callable[[str], Workstation]
) -> None:
    mari = workstation("mari")
    mari.pull()
    mari.pull()  # nothing has committed since: the next pull is idle (one query)
    engine = team.superuser()

    def last_pull() -> object:
        with engine.connect() as connection:
            return connection.exec_driver_sql(
                "SELECT last_pull_at FROM helpline_workstations WHERE station_code = %(s)s", {"s": mari.station}
            ).scalar_one()

    try:
        before = last_pull()
        with mari.store.engine.begin() as connection:  # the last report is older than the heartbeat
            local.set_state(connection, "reported_pull_at", (datetime.now(UTC) - timedelta(hours=1)).isoformat())
        mari.pull()
        assert last_pull() > before  # type: ignore[operator]
    finally:
        engine.dispose()
