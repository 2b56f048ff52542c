"""The program's own save, through its services and unit of work, as a counsellor signed in to the team server: row
security and the audit trail's triggers let through what the program writes for its user, and the other counsellor
does not see the identified caller it saved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts import editing
from app.store.db import Store, create_store_engine
from tests.store.server.conftest import PASSWORD, TeamServer, name

pytestmark = pytest.mark.postgres


def test_a_counsellor_saves_through_the_program_and_only_they_see_the_caller(team_server: TeamServer) -> None:
    engine = sa.create_engine(team_server.url)
    with engine.begin() as connection:  # the administrator's setting a new case number needs (docs/team.md)
        connection.exec_driver_sql("INSERT INTO store_settings (key, value) VALUES ('station_code', 'TLN')")
    engine.dispose()
    url = sa.make_url(team_server.url).set(username=name("mari"), password=PASSWORD)
    store = Store(create_store_engine(url.render_as_string(hide_password=False)))
    mari = SessionUser(team_server.ids["mari"], name("mari"), "Mari", Role.COUNSELLOR)
    now = datetime.now(UTC)
    try:
        with store.unit_of_work() as uow:
            anonymous = editing.save_contact(
                uow, mari, editing.ContactInput(started_at=now - timedelta(minutes=20), ended_at=now, summary="a")
            )
        with store.unit_of_work() as uow:
            identified = editing.save_contact(
                uow,
                mari,
                editing.ContactInput(
                    started_at=now - timedelta(minutes=20),
                    ended_at=now,
                    summary="b",
                    identified=True,
                    full_name="Jüri Tamm",
                    phone="+37251234567",
                    open_new_case=True,
                ),
            )
    finally:
        store.close()
    assert identified.case_number is not None
    assert identified.case_number.startswith("OA-")

    def seen(person: str, query: str, value: object) -> bool:
        with team_server.connect(person) as connection:
            return connection.execute(query, (value,)).fetchone() is not None

    for person in ("mari", "jaan", "liis"):
        assert seen(person, "SELECT 1 FROM contacts WHERE id = %s", anonymous.id)
    for person, expected in (("mari", True), ("jaan", False), ("liis", True), ("anna", True)):
        assert seen(person, "SELECT 1 FROM contacts WHERE id = %s", identified.id) is expected
        assert seen(person, "SELECT 1 FROM persons WHERE id = %s", identified.person_id) is expected
        assert seen(person, "SELECT 1 FROM cases WHERE id = %s", identified.case_id) is expected
    assert seen("anna", "SELECT 1 FROM audit_log WHERE username = %s AND kind = 'create'", name("mari"))
