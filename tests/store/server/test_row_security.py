"""The team server refuses, in plain SQL, what the program's rules refuse: every table, SELECT, INSERT, UPDATE and
DELETE, as each kind of person (two counsellors, a shift lead, an administrator), connected with psycopg as their own
login role, not through the program (issue 14, point 3). The expectations are written here by hand from the
program's rules (app/services/guard/access.py, app/services/actor.py), not read from app/store/server/policies.py.

The data (tests/store/server/conftest.py): mari's caller P1 with her contact K1 in her case S1 and her aid decision
D1; jaan's caller P2 with K2, S2, D2; K0 anonymous (jaan's); P3's contact K3 is jaan's but mari holds a
break-the-glass grant for P3 (an hour old); P4's contact K4 is jaan's and mari's grant for P4 ran out (13 hours
old); P_spare and S_spare belong to no one's work. Drafts Dm, Dj, Dl, Da are mari's, jaan's, liis's and anna's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from datetime import timedelta

import psycopg
import pytest
import sqlalchemy as sa

from app.models import Base
from app.models.audit import AuditKind
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.guard import access, audit
from app.store.db import Store, create_store_engine
from app.store.server import policies
from tests.store.server.conftest import PASSWORD, PEOPLE, TeamServer, name

pytestmark = pytest.mark.postgres

ALL = None  # every row of the table
REFUSED = frozenset({"(permission denied)"})  # not granted at all: the SELECT itself is refused
COUNSELLORS = {"mari", "jaan"}
OVERSEERS = {"liis", "anna"}
EVERYONE = COUNSELLORS | OVERSEERS
OTHER = {"mari": "jaan", "jaan": "mari", "liis": "mari", "anna": "mari"}


def _same_for_all() -> dict[str, set[str] | None]:
    return dict.fromkeys(EVERYONE, ALL)


def _by(
    mari: Iterable[str], jaan: Iterable[str], liis: Iterable[str] | None = ALL, anna: Iterable[str] | None = ALL
) -> dict[str, set[str] | None]:
    given = {"mari": mari, "jaan": jaan, "liis": liis, "anna": anna}
    return {person: None if rows is None else set(rows) for person, rows in given.items()}


# table -> (the SQL naming each row by a seeded label, who sees which rows)
VISIBLE: dict[str, tuple[str, dict[str, set[str] | None]]] = {
    "users": ("id", _same_for_all()),
    "persons": ("id", _by({"P1", "P3"}, {"P2", "P3", "P4"})),
    "cases": ("id", _by({"S1"}, {"S2"})),
    "contacts": ("id", _by({"K0", "K1", "K3"}, {"K0", "K2", "K3", "K4"})),
    "contact_risks": ("contact_id", _by({"K1"}, {"K2"})),
    "contact_actions": ("contact_id", _by({"K1"}, {"K2"})),
    "contact_topics": ("contact_id", _by({"K1"}, {"K2"})),
    "contact_consents": ("contact_id", _by({"K1"}, {"K2"})),
    "change_log": ("entity_id", _by({"K1", "P1"}, {"K2", "P2"})),
    "counters": ("name", _same_for_all()),
    "store_settings": ("key", _same_for_all()),
    "drafts": ("id", _by({"Dm"}, {"Dj"}, {"Dl"}, {"Da"})),
    "audit_log": ("seq", _by(REFUSED, REFUSED, REFUSED, ALL)),
    "audit_head": ("id", _same_for_all()),
    "aid_decisions": ("id", _by({"D1"}, {"D2"})),
    "aid_decision_events": ("decision_id", _by({"D1"}, {"D2"})),
    "minimum_wage_rates": ("id", _same_for_all()),
    "providers": ("id", _same_for_all()),
    "provider_counties": ("provider_id", _same_for_all()),
    "provider_languages": ("provider_id", _same_for_all()),
    "provider_services": ("provider_id", _same_for_all()),
    "provider_fields": ("provider_id", _same_for_all()),
    "provider_qualifications": ("id", _same_for_all()),
    "topics": ("id", _same_for_all()),
    "review_criteria": ("id", _same_for_all()),
    "reviews": ("id", _by({"R1"}, {"R2"})),
    "review_scores": ("review_id", _by({"R1"}, {"R2"})),
    "review_queue": ("contact_id", _by({"K1"}, {"K2"})),
    "handover_notes": ("id", _same_for_all()),
    "handover_reads": ("user_id", _by({"mari"}, {"jaan"})),
    "alembic_version": ("version_num", _same_for_all()),
}

NEW_CONTACT = (
    "INSERT INTO contacts (id, kind, line, channel, direction, started_at, summary, handled_by_id, entered_by_id,"
    " version, created_at, updated_at, case_id) VALUES ({new}, 'counselling', '116006', 'phone', 'incoming', now(),"
    " '', {me}, {entered}, 1, now(), now(), {case})"
)
NEW_DECISION = (
    "INSERT INTO aid_decisions (id, number, case_id, person_id, decided_by_id, decision_date, role, event, rule,"
    " outcome, notice_language, version, created_at, updated_at) VALUES ({new}, 'N-new', {case}, {person},"
    " {by}, current_date, 'victim', 'domestic_violence', 'r', 'granted', 'et', 1, now(), now())"
)
# An append as the program makes it (app.services.guard.audit.record): reserve the next number, insert the entry
# chained to the tip, move the tip's hash on.
NEW_AUDIT = (
    "UPDATE audit_head SET seq = seq + 1 WHERE id = 1;"
    " INSERT INTO audit_log (seq, at, user_id, username, kind, details, prev_hash, hash)"
    " SELECT seq, now(), {user}, {username}, {kind}, '{{}}', hash, 'h' || seq FROM audit_head WHERE id = 1;"
    " UPDATE audit_head SET hash = 'h' || seq WHERE id = 1"
)
OUTSIDE_THE_CHAIN = (
    "INSERT INTO audit_log (seq, at, user_id, username, kind, details, prev_hash, hash)"
    " VALUES ({seq}, now(), {{me}}, {{me_name}}, 'view', '{{{{}}}}', {prev}, 'h')"
)


def _audit(user: str, username: str, kind: str) -> str:
    return NEW_AUDIT.replace("{user}", user).replace("{username}", username).replace("{kind}", kind)


NEW_USER = (
    "INSERT INTO users (id, username, full_name, role, password_hash, active, created_at, updated_at)"
    " VALUES ({new}, 'new.user', 'New', 'counsellor', 'x', true, now(), now())"
)

# (table, command, statement, who may) — a statement "may" when it runs and touches at least one row.
WRITES: list[tuple[str, str, str, set[str]]] = [
    ("users", "INSERT", NEW_USER, {"anna"}),
    ("users", "UPDATE", "UPDATE users SET full_name = full_name WHERE id = {mari}", {"anna"}),
    ("users", "UPDATE", "UPDATE users SET last_login_at = now() WHERE id = {me}", EVERYONE),
    ("users", "UPDATE", "UPDATE users SET role = 'administrator' WHERE id = {me}", {"anna"}),  # no raising oneself
    ("users", "UPDATE", "UPDATE users SET active = true WHERE id = {me}", {"anna"}),
    ("users", "DELETE", "DELETE FROM users WHERE id = {spare_user}", set()),
    (
        "persons",
        "INSERT",
        "INSERT INTO persons (id, version, created_at, updated_at) VALUES ({new}, 1, now(), now())",
        EVERYONE,
    ),
    ("persons", "UPDATE", "UPDATE persons SET municipality = 'Tartu' WHERE id = {P1}", {"mari"} | OVERSEERS),
    ("persons", "UPDATE", "UPDATE persons SET municipality = 'Tartu' WHERE id = {P3}", EVERYONE),  # mari: granted
    ("persons", "UPDATE", "UPDATE persons SET municipality = 'Tartu' WHERE id = {P4}", {"jaan"} | OVERSEERS),
    ("persons", "DELETE", "DELETE FROM persons WHERE id = {P_spare}", set()),
    (
        "cases",
        "INSERT",
        "INSERT INTO cases (id, number, opened_by_id, opened_at, created_at, updated_at)"
        " VALUES ({new}, 'S-new', {me}, now(), now(), now())",
        EVERYONE,
    ),
    (
        "cases",
        "INSERT",
        "INSERT INTO cases (id, number, opened_by_id, opened_at, created_at, updated_at)"
        " VALUES ({new}, 'S-new', {other}, now(), now(), now())",
        set(),  # in someone else's name
    ),
    ("cases", "UPDATE", "UPDATE cases SET closed_at = now() WHERE id = {S1}", {"mari"} | OVERSEERS),
    ("cases", "DELETE", "DELETE FROM cases WHERE id = {S_spare}", set()),
    ("contacts", "INSERT", NEW_CONTACT.replace("{entered}", "{me}").replace("{case}", "NULL"), EVERYONE),
    ("contacts", "INSERT", NEW_CONTACT.replace("{entered}", "{other}").replace("{case}", "NULL"), set()),
    ("contacts", "INSERT", NEW_CONTACT.replace("{entered}", "{me}").replace("{case}", "{S1}"), {"mari"} | OVERSEERS),
    ("contacts", "UPDATE", "UPDATE contacts SET summary = 'changed' WHERE id = {K1}", {"mari"} | OVERSEERS),
    ("contacts", "UPDATE", "UPDATE contacts SET summary = 'changed' WHERE id = {K3}", {"jaan"} | OVERSEERS),
    ("contacts", "UPDATE", "UPDATE contacts SET summary = 'changed' WHERE id = {K0}", {"jaan"} | OVERSEERS),
    ("contacts", "DELETE", "DELETE FROM contacts WHERE id = {K0}", set()),
    (
        "contact_risks",
        "INSERT",
        "INSERT INTO contact_risks (contact_id, flag, status) VALUES ({K1}, 'immediate_danger', 'done')",
        {"mari"} | OVERSEERS,
    ),
    ("contact_risks", "UPDATE", "UPDATE contact_risks SET reason = 'r' WHERE contact_id = {K2}", {"jaan"} | OVERSEERS),
    ("contact_risks", "DELETE", "DELETE FROM contact_risks WHERE contact_id = {K1}", {"mari"} | OVERSEERS),
    (
        "contact_actions",
        "INSERT",
        "INSERT INTO contact_actions (contact_id, action) VALUES ({K2}, 'ref_police')",
        {"jaan"} | OVERSEERS,
    ),
    (
        "contact_actions",
        "UPDATE",
        "UPDATE contact_actions SET note = 'n' WHERE contact_id = {K1}",
        {"mari"} | OVERSEERS,
    ),
    ("contact_actions", "DELETE", "DELETE FROM contact_actions WHERE contact_id = {K2}", {"jaan"} | OVERSEERS),
    (
        "contact_topics",
        "INSERT",
        "INSERT INTO contact_topics (contact_id, topic_id) SELECT {K0}, min(id::text)::uuid FROM topics",
        {"jaan"} | OVERSEERS,  # K0 is anonymous: mari sees it, but it is jaan's to change
    ),
    (
        "contact_topics",
        "UPDATE",
        "UPDATE contact_topics SET topic_id = topic_id WHERE contact_id = {K1}",
        {"mari"} | OVERSEERS,
    ),
    ("contact_topics", "DELETE", "DELETE FROM contact_topics WHERE contact_id = {K1}", {"mari"} | OVERSEERS),
    (
        "contact_consents",
        "INSERT",
        "INSERT INTO contact_consents (id, contact_id, purpose, granted, recorded_at, recorded_by_id)"
        " VALUES ({new}, {K1}, 'shelter', true, now(), {me})",
        {"mari"} | OVERSEERS,
    ),
    (
        "contact_consents",
        "UPDATE",
        "UPDATE contact_consents SET granted = false WHERE contact_id = {K2}",
        {"jaan"} | OVERSEERS,
    ),
    ("contact_consents", "DELETE", "DELETE FROM contact_consents WHERE contact_id = {K2}", {"jaan"} | OVERSEERS),
    (
        "change_log",
        "INSERT",
        "INSERT INTO change_log (id, entity, entity_id, field, changed_by_id, changed_at)"
        " VALUES ({new}, 'contact', {K1}, 'summary', {me}, now())",
        EVERYONE,
    ),
    (
        "change_log",
        "INSERT",
        "INSERT INTO change_log (id, entity, entity_id, field, changed_by_id, changed_at)"
        " VALUES ({new}, 'contact', {K1}, 'summary', {other}, now())",
        set(),
    ),
    ("change_log", "UPDATE", "UPDATE change_log SET old_value = NULL WHERE entity_id = {K1}", {"anna"}),
    ("change_log", "DELETE", "DELETE FROM change_log WHERE entity_id = {K1}", set()),
    ("counters", "INSERT", "INSERT INTO counters (name, value) VALUES ('notice.2026', 1)", EVERYONE),
    ("counters", "UPDATE", "UPDATE counters SET value = value + 1 WHERE name = 'case.2026'", EVERYONE),
    ("counters", "DELETE", "DELETE FROM counters WHERE name = 'case.2026'", set()),
    ("store_settings", "INSERT", "INSERT INTO store_settings (key, value) VALUES ('k', 'v')", {"anna"}),
    ("store_settings", "UPDATE", "UPDATE store_settings SET value = '24' WHERE key = 'retention.months'", {"anna"}),
    ("store_settings", "DELETE", "DELETE FROM store_settings WHERE key = 'retention.months'", {"anna"}),
    (
        "drafts",
        "INSERT",
        "INSERT INTO drafts (id, user_id, kind, payload, updated_at) VALUES ({new}, {me}, 'contact', '{{}}', now())",
        EVERYONE,
    ),
    (
        "drafts",
        "INSERT",
        "INSERT INTO drafts (id, user_id, kind, payload, updated_at) VALUES ({new}, {other}, 'contact', '{{}}', now())",
        set(),
    ),
    ("drafts", "UPDATE", "UPDATE drafts SET payload = '[]' WHERE id = {Dm}", {"mari"}),
    ("drafts", "UPDATE", "UPDATE drafts SET user_id = {me} WHERE id = {Dj}", {"jaan"}),  # taking another's draft
    ("drafts", "DELETE", "DELETE FROM drafts WHERE id = {Dj}", {"jaan"}),
    ("drafts", "DELETE", "DELETE FROM drafts WHERE id = {Da}", {"anna"}),
    ("audit_log", "INSERT", _audit("{me}", "{me_name}", "'view'"), EVERYONE),
    ("audit_log", "INSERT", _audit("{other}", "{other_name}", "'view'"), set()),
    ("audit_log", "INSERT", _audit("{me}", "{other_name}", "'view'"), set()),
    ("audit_log", "INSERT", _audit("{other}", "{me_name}", "'view'"), set()),
    ("audit_log", "INSERT", _audit("NULL", "'someone'", "'login_failed'"), EVERYONE),
    ("audit_log", "INSERT", _audit("NULL", "{me_name}", "'export'"), set()),
    # in one's own name, but not at the tip: a number not reserved, or chained to another entry than the tip
    ("audit_log", "INSERT", OUTSIDE_THE_CHAIN.format(seq=100, prev="(SELECT hash FROM audit_head)"), set()),
    ("audit_log", "INSERT", OUTSIDE_THE_CHAIN.format(seq=1, prev="'0'"), set()),
    ("audit_log", "UPDATE", "UPDATE audit_log SET details = details", set()),  # not even an administrator
    ("audit_log", "DELETE", "DELETE FROM audit_log", set()),
    ("audit_log", "DELETE", "TRUNCATE audit_log", set()),
    ("audit_head", "INSERT", "INSERT INTO audit_head (id, seq, hash) VALUES (2, 0, 'h')", {"anna"}),
    ("audit_head", "UPDATE", "UPDATE audit_head SET seq = seq + 1 WHERE id = 1", EVERYONE),
    # Two numbers for two entries appended together (a save records several); left empty they do not commit
    # (tests/store/server/test_audit_chain.py)
    ("audit_head", "UPDATE", "UPDATE audit_head SET seq = seq + 2 WHERE id = 1", EVERYONE),
    ("audit_head", "UPDATE", "UPDATE audit_head SET seq = seq - 1 WHERE id = 1", set()),  # going back
    ("audit_head", "UPDATE", "UPDATE audit_head SET hash = 'forged' WHERE id = 1", set()),
    ("audit_head", "DELETE", "DELETE FROM audit_head WHERE id = 1", {"anna"}),
    (
        "aid_decisions",
        "INSERT",
        NEW_DECISION.replace("{case}", "{S1}").replace("{person}", "{P1}").replace("{by}", "{me}"),
        {"mari"} | OVERSEERS,
    ),
    (
        "aid_decisions",
        "INSERT",
        NEW_DECISION.replace("{case}", "{S1}").replace("{person}", "{P1}").replace("{by}", "{other}"),
        set(),
    ),
    ("aid_decisions", "UPDATE", "UPDATE aid_decisions SET reference = 'x' WHERE id = {D1}", {"mari"} | OVERSEERS),
    ("aid_decisions", "DELETE", "DELETE FROM aid_decisions WHERE id = {D2}", set()),
    (
        "aid_decision_events",
        "INSERT",
        "INSERT INTO aid_decision_events (id, decision_id, kind, happened_at, recorded_by_id)"
        " VALUES ({new}, {D2}, 'no_show', now(), {me})",
        {"jaan"} | OVERSEERS,
    ),
    ("aid_decision_events", "UPDATE", "UPDATE aid_decision_events SET note = 'n'", set()),
    ("aid_decision_events", "DELETE", "DELETE FROM aid_decision_events", set()),
    (
        "minimum_wage_rates",
        "INSERT",
        "INSERT INTO minimum_wage_rates (id, valid_from, amount) VALUES ({new}, '2030-01-01', 2000)",
        {"anna"},
    ),
    ("minimum_wage_rates", "UPDATE", "UPDATE minimum_wage_rates SET amount = amount", {"anna"}),
    ("minimum_wage_rates", "DELETE", "DELETE FROM minimum_wage_rates WHERE valid_from = '2019-01-01'", {"anna"}),
    (
        "providers",
        "INSERT",
        "INSERT INTO providers (id, kind, name, basis, price_list_url, contract_valid_from, active, version,"
        " created_at, updated_at) VALUES ({new}, 'person', 'N', 'psychiatric_licence', 'u', '2026-01-01', true, 1,"
        " now(), now())",
        {"anna"},
    ),
    ("providers", "UPDATE", "UPDATE providers SET active = false WHERE id = {PR1}", {"anna"}),
    ("providers", "DELETE", "DELETE FROM providers WHERE id = {PR1}", {"anna"}),
    *(
        (table, command, statement, {"anna"})
        for table, insert in (
            ("provider_counties", "INSERT INTO provider_counties (provider_id, county) VALUES ({PR1}, 'hiiu')"),
            ("provider_languages", "INSERT INTO provider_languages (provider_id, language) VALUES ({PR1}, 'ru')"),
            (
                "provider_services",
                "INSERT INTO provider_services (provider_id, service) VALUES ({PR1}, 'psychotherapy')",
            ),
            ("provider_fields", "INSERT INTO provider_fields (provider_id, tag) VALUES ({PR1}, 'grief')"),
            (
                "provider_qualifications",
                "INSERT INTO provider_qualifications (id, provider_id, specialist_name, basis, checked_on)"
                " VALUES ({new}, {PR1}, 'T', 'clinical_psychologist', '2026-01-01')",
            ),
        )
        for command, statement in (
            ("INSERT", insert),
            ("UPDATE", f"UPDATE {table} SET provider_id = provider_id"),
            ("DELETE", f"DELETE FROM {table}"),
        )
    ),
    *(
        (table, command, statement, allowed)
        for table in ("topics", "review_criteria")
        for command, statement, allowed in (
            (
                "INSERT",
                f"INSERT INTO {table} (id, code, name_en, name_et, name_ru, active, sort_order)"
                " VALUES ({new}, 'new', 'n', 'n', 'n', true, 99)",
                {"anna"},
            ),
            ("UPDATE", f"UPDATE {table} SET name_en = name_en", {"anna"}),
            ("DELETE", f"DELETE FROM {table} WHERE code = 'new'", set()),
        )
    ),
    (
        "reviews",
        "INSERT",
        "INSERT INTO reviews (id, contact_id, reviewer_id, reviewed_at, overall, discussed, version)"
        " VALUES ({new}, {K0}, {me}, now(), '', false, 1)",
        OVERSEERS,
    ),
    ("reviews", "UPDATE", "UPDATE reviews SET acknowledged_at = now() WHERE id = {R1}", {"mari"} | OVERSEERS),
    ("reviews", "UPDATE", "UPDATE reviews SET overall = 'fine' WHERE id = {R1}", OVERSEERS),  # theirs to read only
    ("reviews", "DELETE", "DELETE FROM reviews WHERE id = {R1}", set()),
    (
        "review_scores",
        "INSERT",
        "INSERT INTO review_scores (id, review_id, criterion_id, score)"
        " SELECT {new}, {R1}, min(id::text)::uuid, 4 FROM review_criteria",
        OVERSEERS,
    ),
    ("review_scores", "UPDATE", "UPDATE review_scores SET score = 5 WHERE review_id = {R1}", OVERSEERS),
    ("review_scores", "DELETE", "DELETE FROM review_scores WHERE review_id = {R2}", OVERSEERS),
    (
        "review_queue",
        "INSERT",
        "INSERT INTO review_queue (contact_id, reason, added_at) VALUES ({K0}, 'sample', now())",
        {"jaan"} | OVERSEERS,
    ),
    ("review_queue", "UPDATE", "UPDATE review_queue SET reason = 'sample' WHERE contact_id = {K1}", OVERSEERS),
    ("review_queue", "DELETE", "DELETE FROM review_queue WHERE contact_id = {K1}", OVERSEERS),
    (
        "handover_notes",
        "INSERT",
        "INSERT INTO handover_notes (id, author_id, written_at, shift, text) VALUES ({new}, {me}, now(), 'day', 't')",
        EVERYONE,
    ),
    (
        "handover_notes",
        "INSERT",
        "INSERT INTO handover_notes (id, author_id, written_at, shift, text)"
        " VALUES ({new}, {other}, now(), 'day', 't')",
        set(),
    ),
    ("handover_notes", "UPDATE", "UPDATE handover_notes SET text = 'x'", set()),
    ("handover_notes", "DELETE", "DELETE FROM handover_notes", set()),
    (
        "handover_reads",
        "INSERT",
        "INSERT INTO handover_reads (note_id, user_id, read_at) VALUES ({H2}, {me}, now())",
        EVERYONE,
    ),
    (
        "handover_reads",
        "INSERT",
        "INSERT INTO handover_reads (note_id, user_id, read_at) VALUES ({H2}, {other}, now())",
        set(),
    ),
    ("handover_reads", "UPDATE", "UPDATE handover_reads SET read_at = now()", set()),
    ("handover_reads", "DELETE", "DELETE FROM handover_reads", set()),
    ("alembic_version", "INSERT", "INSERT INTO alembic_version VALUES ('9999')", set()),
    ("alembic_version", "UPDATE", "UPDATE alembic_version SET version_num = '0001'", set()),
    ("alembic_version", "DELETE", "DELETE FROM alembic_version", set()),
]


@pytest.fixture(scope="module")
def sessions(team_server: TeamServer) -> Iterator[dict[str, psycopg.Connection]]:
    """One plain connection per person, for the whole module; each test works in a transaction rolled back."""
    opened = {person: team_server.connect(person) for person in PEOPLE}
    yield opened
    for connection in opened.values():
        connection.close()


def _values(server: TeamServer, person: str) -> dict[str, str]:
    def literal(value: object) -> str:
        return "'" + str(value).replace("'", "''") + "'"

    values = {label: literal(value) for label, value in server.ids.items()}
    values.update(
        me=literal(server.ids[person]),
        other=literal(server.ids[OTHER[person]]),
        me_name=literal(name(person)),
        other_name=literal(name(OTHER[person])),
        new=literal(uuid.uuid4()),
    )
    return values


def _all_rows(server: TeamServer, table: str, key: str) -> set[str]:
    engine = sa.create_engine(server.url)
    try:
        with engine.connect() as connection:
            return {server.label(row[0]) for row in connection.exec_driver_sql(f"SELECT {key} FROM {table}")}
    finally:
        engine.dispose()


def test_every_table_has_its_expectations() -> None:
    """A new table needs its row here (and its rules in app/store/server/policies.py, or init refuses)."""
    tables = {*Base.metadata.tables, "alembic_version"}
    assert set(VISIBLE) == tables
    assert {rules.table for rules in policies.TABLES} == tables
    written = {(table, command) for table, command, _, _ in WRITES}
    assert {(table, command) for table in tables for command in ("INSERT", "UPDATE", "DELETE")} <= written


def test_the_server_grants_for_as_long_as_the_program() -> None:
    assert timedelta(hours=policies.GRANT_HOURS) == access.GRANT_PERIOD


@pytest.mark.parametrize("person", sorted(PEOPLE))
@pytest.mark.parametrize("table", sorted(VISIBLE))
def test_select_returns_only_what_the_person_may_see(
    team_server: TeamServer, sessions: dict[str, psycopg.Connection], table: str, person: str
) -> None:
    key, expected = VISIBLE[table]
    wanted = _all_rows(team_server, table, key) if expected[person] is ALL else expected[person]
    connection = sessions[person]
    try:
        with connection.transaction(force_rollback=True):
            found = {team_server.label(row[0]) for row in connection.execute(f"SELECT {key} FROM {table}")}
    except psycopg.errors.InsufficientPrivilege:
        found = set(REFUSED)
    assert found == wanted
    assert wanted or expected[person] is not ALL  # "everything" is never an empty table here


def _outcome(connection: psycopg.Connection, statement: str) -> str:
    """``done`` (ran and touched a row), ``no rows`` (row security filtered them) or the refusal's error class."""
    try:
        with connection.transaction(force_rollback=True):
            cursor = connection.execute(statement)
            return "done" if cursor.rowcount != 0 else "no rows"
    except psycopg.Error as error:
        return type(error).__name__


@pytest.mark.parametrize("person", sorted(PEOPLE))
@pytest.mark.parametrize(
    ("table", "command", "statement", "allowed"),
    WRITES,
    ids=[f"{table}-{command}-{n}" for n, (table, command, _, _) in enumerate(WRITES)],
)
def test_writes_go_through_only_where_the_rules_allow(
    team_server: TeamServer,
    sessions: dict[str, psycopg.Connection],
    table: str,
    command: str,
    statement: str,
    allowed: set[str],
    person: str,
) -> None:
    outcome = _outcome(sessions[person], statement.format(**_values(team_server, person)))
    if person in allowed:
        assert outcome == "done"
    else:
        assert outcome != "done"


def test_a_counsellor_reads_no_password_hash(sessions: dict[str, psycopg.Connection]) -> None:
    for person in ("mari", "liis"):
        assert _outcome(sessions[person], "SELECT password_hash FROM users") == "InsufficientPrivilege"
    assert _outcome(sessions["anna"], "SELECT password_hash FROM users") == "done"


ESCALATIONS = [
    "SET ROLE helpline_admin",
    "SET ROLE helpline_lead",
    "SET ROLE helpline_owner",
    "SET ROLE helpline_accounts",
    "GRANT helpline_admin TO CURRENT_USER",
    "GRANT helpline_owner TO CURRENT_USER",
    "ALTER ROLE CURRENT_USER CREATEROLE",
    "ALTER ROLE CURRENT_USER BYPASSRLS",
    "CREATE ROLE intruder LOGIN",
    "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
    "ALTER TABLE persons DISABLE ROW LEVEL SECURITY",
    "DROP POLICY persons_select_2 ON persons",
    "CREATE TABLE intruder (x int)",
    "CREATE FUNCTION helpline_user_id() RETURNS uuid LANGUAGE sql AS 'SELECT NULL::uuid'",
    "SELECT helpline_set_login_group(CURRENT_USER, 'helpline_admin')",
]


@pytest.mark.parametrize(
    ("person", "statement"),
    [
        (person, statement)
        for person, own in (("mari", "helpline_counsellor"), ("liis", "helpline_lead"))
        for statement in ESCALATIONS
        if statement != f"SET ROLE {own}"  # one's own group: allowed, and it gives nothing more
    ],
)
def test_no_one_raises_their_own_rights(sessions: dict[str, psycopg.Connection], person: str, statement: str) -> None:
    assert _outcome(sessions[person], statement) == "InsufficientPrivilege"


@pytest.mark.parametrize("statement", ESCALATIONS[2:-1])
def test_an_administrator_does_not_either(sessions: dict[str, psycopg.Connection], statement: str) -> None:
    """An administrator keeps the accounts only through the account functions (tested in test_accounts.py)."""
    assert _outcome(sessions["anna"], statement) != "done"


def test_a_counsellor_works_as_the_program_does(
    team_server: TeamServer, sessions: dict[str, psycopg.Connection]
) -> None:
    """A new caller, their case and the contact that ties them, in one transaction (the program's save), then seen
    by the counsellor who saved it and not by the other."""
    mari = team_server.ids["mari"]
    person, case, contact = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    connection = sessions["mari"]
    with connection.transaction():
        connection.execute(
            "INSERT INTO persons (id, full_name, version, created_at, updated_at) VALUES (%s, 'New', 1, now(), now())",
            (person,),
        )
        connection.execute(
            "INSERT INTO cases (id, number, person_id, opened_by_id, opened_at, created_at, updated_at)"
            " VALUES (%s, 'S-mari', %s, %s, now(), now(), now())",
            (case, person, mari),
        )
        connection.execute(NEW_CONTACT.format(new="%s", me="%s", entered="%s", case="%s"), (contact, mari, mari, case))
        connection.execute("UPDATE contacts SET person_id = %s WHERE id = %s", (person, contact))
    try:
        seen = connection.execute("SELECT id FROM persons WHERE id = %s", (person,)).fetchall()
        connection.commit()
        assert seen == [(person,)]
        jaan = sessions["jaan"]
        assert jaan.execute("SELECT id FROM persons WHERE id = %s", (person,)).fetchall() == []
        jaan.commit()
        assert sessions["liis"].execute("SELECT id FROM contacts WHERE id = %s", (contact,)).fetchall()
        sessions["liis"].commit()
    finally:
        engine = sa.create_engine(team_server.url)
        with engine.begin() as admin:
            admin.execute(sa.text("DELETE FROM contacts WHERE id = :c"), {"c": contact})
            admin.execute(sa.text("DELETE FROM cases WHERE id = :c"), {"c": case})
            admin.execute(sa.text("DELETE FROM persons WHERE id = :p"), {"p": person})
        engine.dispose()


def test_the_program_appends_to_the_servers_trail_as_the_person(team_server: TeamServer) -> None:
    """The program's own append (``audit.record``), through its unit of work on the counsellor's login, passes the
    server's checks and commits; a number reserved and left empty does not commit."""
    url = sa.make_url(team_server.url).set(username=name("mari"), password=PASSWORD)
    store = Store(create_store_engine(url.render_as_string(hide_password=False)))
    mari = SessionUser(team_server.ids["mari"], name("mari"), "Mari", Role.COUNSELLOR)
    try:
        with store.unit_of_work() as uow:
            audit.record(uow, AuditKind.VIEW, actor=mari, record_type="person", record_id=team_server.ids["P1"])
            uow.commit()
        with store.unit_of_work() as uow:
            uow.session.execute(sa.text("UPDATE audit_head SET seq = seq + 1 WHERE id = 1"))
            with pytest.raises(sa.exc.IntegrityError, match="reserved and nothing appended"):
                uow.commit()
    finally:
        store.close()
    admin = sa.make_url(team_server.url).set(username=name("anna"), password=PASSWORD)
    engine = create_store_engine(admin.render_as_string(hide_password=False))
    try:
        with engine.connect() as connection:
            newest = connection.execute(
                sa.text("SELECT username, kind, record_id FROM audit_log ORDER BY seq DESC LIMIT 1")
            ).one()
    finally:
        engine.dispose()
    assert tuple(newest) == (name("mari"), "view", str(team_server.ids["P1"]))


def test_not_even_the_owner_rewrites_the_trail_and_no_one_signs_in_as_it(team_server: TeamServer) -> None:
    """The owner of the tables is not limited by row security, so no one may sign in as it; and the trail's trigger
    refuses it an UPDATE, a DELETE or a TRUNCATE all the same."""
    url = sa.make_url(team_server.url)
    for role in ("helpline_owner", "helpline_accounts", "helpline_admin", "helpline_counsellor"):
        with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
            psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=role)
    with psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=url.username) as superuser:
        for statement in ("UPDATE audit_log SET details = details", "DELETE FROM audit_log", "TRUNCATE audit_log"):
            refused = ""
            try:
                with superuser.transaction(force_rollback=True):
                    superuser.execute("SET LOCAL ROLE helpline_owner")
                    superuser.execute(statement)
            except psycopg.errors.RaiseException as error:
                refused = str(error)
            assert "append-only" in refused
