"""A team server for the module: ``helpline server init`` on a fresh database of the test server, four people as
login roles (two counsellors, a shift lead, an administrator) and data as the program writes it, made once per
module; the tests then connect as each person with plain psycopg, not through the program."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.models import (
    AidDecision,
    Case,
    ChangeRecord,
    Contact,
    Counter,
    DecisionEvent,
    Draft,
    HandoverNote,
    HandoverRead,
    Person,
    Provider,
    Review,
    ReviewQueueEntry,
    ReviewScore,
    StoreSetting,
    User,
)
from app.models.audit import AuditEntry, AuditHead, AuditKind
from app.models.contacts import ContactAction, ContactConsent, ContactRisk, Topic, contact_topics
from app.models.drafts import DraftKind
from app.models.enums import Role
from app.models.providers import (
    ProviderCounty,
    ProviderField,
    ProviderLanguage,
    ProviderService,
    Qualification,
)
from app.models.review import ReviewCriterion
from app.services.guard import audit
from app.store.server import accounts, setup
from tests.conftest import postgres_database

PASSWORD = "correct horse battery"
NOW = datetime.now(UTC)
TAG = uuid.uuid4().hex[:6]  # login roles are the cluster's: names of this run only
PEOPLE = {"anna": Role.ADMINISTRATOR, "liis": Role.SHIFT_LEAD, "mari": Role.COUNSELLOR, "jaan": Role.COUNSELLOR}


def name(person: str) -> str:
    """The user name (and login role) of ``person`` (anna, liis, mari, jaan) in this run."""
    return f"{person}.{TAG}"


@dataclass
class TeamServer:
    url: str  # the superuser's
    ids: dict[str, uuid.UUID] = field(default_factory=dict)  # label -> id
    labels: dict[str, str] = field(default_factory=dict)  # str(id) -> label

    def connect(self, person: str, password: str = PASSWORD, **options: Any) -> psycopg.Connection:
        """A plain connection as ``person``'s login role (not through the program)."""
        url = sa.make_url(self.url)
        return psycopg.connect(
            host=url.host, port=url.port, dbname=url.database, user=name(person), password=password, **options
        )

    def label(self, value: object) -> str:
        return self.labels.get(str(value), str(value))


def _seed(session: Session, server: TeamServer) -> None:
    def new(label: str) -> uuid.UUID:
        made = uuid.uuid4()
        server.ids[label] = made
        server.labels[str(made)] = label
        return made

    for username, role in PEOPLE.items():
        session.add(
            User(id=new(username), username=name(username), full_name=username.title(), role=role, password_hash="x")
        )
    session.add(
        User(id=new("spare_user"), username=name("spare"), full_name="Spare", role=Role.COUNSELLOR, password_hash="x")
    )
    session.flush()
    mari, jaan, liis = server.ids["mari"], server.ids["jaan"], server.ids["liis"]
    for label in ("P1", "P2", "P3", "P4", "P_spare"):
        session.add(Person(id=new(label), full_name=f"Person {label}"))
    session.flush()
    session.add(Case(id=new("S1"), number="S1", person_id=server.ids["P1"], opened_by_id=mari))
    session.add(Case(id=new("S2"), number="S2", person_id=server.ids["P2"], opened_by_id=jaan))
    session.add(Case(id=new("S_spare"), number="S_spare", opened_by_id=liis))
    session.flush()
    for label, person, case, by in (
        ("K0", None, None, jaan),  # anonymous: everyone sees it
        ("K1", "P1", "S1", mari),
        ("K2", "P2", "S2", jaan),
        ("K3", "P3", None, jaan),  # mari holds a grant for P3
        ("K4", "P4", None, jaan),  # mari's grant for P4 ran out
    ):
        session.add(
            Contact(
                id=new(label),
                line="116006",
                channel="phone",
                started_at=NOW - timedelta(days=1),
                person_id=server.ids[person] if person else None,
                case_id=server.ids[case] if case else None,
                summary=f"contact {label}",
                handled_by_id=by,
                entered_by_id=by,
            )
        )
    session.flush()
    topic = session.scalars(sa.select(Topic.id)).first()
    criterion = session.scalars(sa.select(ReviewCriterion.id)).first()
    for contact, by in (("K1", mari), ("K2", jaan)):
        cid = server.ids[contact]
        session.add(ContactRisk(contact_id=cid, flag="suicidal", status="done"))
        session.add(ContactAction(contact_id=cid, action="information"))
        session.execute(sa.insert(contact_topics).values(contact_id=cid, topic_id=topic))
        session.add(ContactConsent(contact_id=cid, purpose="police", granted=True, recorded_by_id=by))
        session.add(ReviewQueueEntry(contact_id=cid, reason="risk"))
    for entity, entity_label, by in (("contact", "K1", mari), ("contact", "K2", jaan), ("person", "P1", mari)):
        session.add(ChangeRecord(entity=entity, entity_id=server.ids[entity_label], field="summary", changed_by_id=by))
    session.add(ChangeRecord(entity="person", entity_id=server.ids["P2"], field="full_name", changed_by_id=jaan))
    for label, case, person, by in (("D1", "S1", "P1", mari), ("D2", "S2", "P2", jaan)):
        session.add(
            AidDecision(
                id=new(label),
                number=label,
                case_id=server.ids[case],
                person_id=server.ids[person],
                decided_by_id=by,
                decision_date=NOW.date(),
                role="victim",
                event="domestic_violence",
                rule="r",
                outcome="granted",
            )
        )
        session.flush()
        session.add(DecisionEvent(decision_id=server.ids[label], kind="notice_sent", recorded_by_id=by))
    for label, contact in (("R1", "K1"), ("R2", "K2")):
        session.add(Review(id=new(label), contact_id=server.ids[contact], reviewer_id=liis))
        session.flush()
        session.add(ReviewScore(review_id=server.ids[label], criterion_id=criterion, score=3))
    for label, owner in (("Dm", "mari"), ("Dj", "jaan"), ("Dl", "liis"), ("Da", "anna")):
        session.add(Draft(id=new(label), user_id=server.ids[owner], kind=DraftKind.CONTACT, payload="{}"))
    session.add(HandoverNote(id=new("H1"), author_id=liis, shift="day", text="note"))
    session.add(HandoverNote(id=new("H2"), author_id=liis, shift="night", text="note 2"))
    session.flush()
    for reader in ("mari", "jaan"):
        session.add(HandoverRead(note_id=server.ids["H1"], user_id=server.ids[reader]))
    session.add(
        Provider(
            id=new("PR1"),
            kind="organisation",
            name="Provider",
            basis="articles_of_association",
            price_list_url="https://example.org",
            contract_valid_from=date(2026, 1, 1),
        )
    )
    session.flush()
    pr1 = server.ids["PR1"]
    session.add_all(
        [
            ProviderCounty(provider_id=pr1, county="harju"),
            ProviderLanguage(provider_id=pr1, language="et"),
            ProviderService(provider_id=pr1, service="counselling"),
            ProviderField(provider_id=pr1, tag="trauma"),
            Qualification(
                provider_id=pr1,
                specialist_name="S",
                basis="clinical_psychologist",
                checked_on=date(2026, 1, 1),
            ),
        ]
    )
    session.add(StoreSetting(key="retention.months", value="60"))
    session.add(Counter(name="case.2026", value=3))
    # The audit trail: mari's break-the-glass grant for P3 (now) and an older one for P4 that ran out, appended at
    # the tip as the program appends (the server's triggers hold every append to that).
    for person, at in (("P3", NOW - timedelta(hours=1)), ("P4", NOW - timedelta(hours=13))):
        seq, prev = session.execute(
            sa.update(AuditHead)
            .where(AuditHead.id == 1)
            .values(seq=AuditHead.seq + 1)
            .returning(AuditHead.seq, AuditHead.hash)
        ).one()
        record_id = str(server.ids[person])
        kind = AuditKind.ACCESS_OVERRIDE
        digest = audit.entry_hash(seq, at, mari, name("mari"), kind.value, "person", record_id, None, "{}", prev)
        session.add(
            AuditEntry(
                seq=seq,
                at=at,
                user_id=mari,
                username=name("mari"),
                kind=kind,
                record_type="person",
                record_id=record_id,
                details="{}",
                prev_hash=prev,
                hash=digest,  # the program's own: the server's trail verifies (tests/store/server/test_audit_push.py)
            )
        )
        session.flush()
        session.execute(sa.update(AuditHead).where(AuditHead.id == 1).values(hash=digest))


@pytest.fixture(scope="module")
def team_server() -> Iterator[TeamServer]:
    with postgres_database() as url:
        setup.init(url)
        server = TeamServer(url)
        engine = sa.create_engine(url)
        try:
            with Session(engine) as session, session.begin():
                _seed(session, server)
                connection = session.connection()
                for username, role in PEOPLE.items():
                    if not connection.execute(
                        sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name(username)}
                    ).first():
                        accounts.create_login(connection, name(username), PASSWORD, role)
            yield server
        finally:
            engine.dispose()
            _drop_logins(url)


def _drop_logins(url: str) -> None:
    """The people's login roles are the cluster's: dropped after the module (their database is gone by then)."""
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for username in PEOPLE:
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name(username)}"')
    finally:
        engine.dispose()
