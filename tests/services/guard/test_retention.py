"""Retention: identified personal data of cases without activity are anonymised; statistics stay; holds keep."""

from __future__ import annotations

import io
import sys
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from app.__main__ import main
from app.errors import FieldErrors, NotAllowed
from app.models import Case, ChangeRecord, Contact, Person
from app.models.audit import AuditEntry, AuditKind
from app.models.base import utcnow
from app.models.drafts import Draft, DraftKind
from app.models.enums import RiskFlag, Role, StepStatus
from app.services import drafts
from app.services.actor import SessionUser
from app.services.contacts import log
from app.services.contacts.editing import ContactInput, RiskAnswer, SavedContact, save_contact
from app.services.guard import audit, retention
from app.services.guard.security_settings import SecuritySettings, set_security_settings
from app.services.statistics import figures as statistics
from app.store.db import Store
from tests.conftest import make_user

SAVED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # when the test's contacts happened
# Records are stamped with the real clock when saved (their updated_at): retention is judged from then.
LATER = utcnow() + timedelta(days=62 * 31)  # more than 60 months after the test saved anything


def identified(store: Store, user: SessionUser, name: str, id_code: str, summary: str, **more: object) -> SavedContact:
    values: dict[str, object] = {
        "started_at": SAVED,
        "identified": True,
        "full_name": name,
        "id_code": id_code,
        "phone": "5550 1234",
        "email": "caller@example.ee",
        "summary": summary,
        "open_new_case": True,
        "topics": ["domestic_violence"],
    }
    values.update(more)
    with store.unit_of_work() as uow:
        return save_contact(uow, user, ContactInput(**values), now=SAVED)  # type: ignore[arg-type]


def backdate_everything(store: Store, days: int = 6 * 366) -> datetime:
    """As if every person, case and contact had been saved ``days`` ago (and nothing since); returns that moment."""
    long_ago = utcnow() - timedelta(days=days)
    with store.unit_of_work() as uow:
        # One statement a table: a second UPDATE would stamp updated_at with the clock again (its onupdate).
        stamps = {"created_at": long_ago, "updated_at": long_ago}
        uow.session.execute(sa.update(Person).values(**stamps))
        uow.session.execute(sa.update(Case).values(opened_at=long_ago, **stamps))
        uow.session.execute(sa.update(Contact).values(started_at=long_ago, ended_at=long_ago, **stamps))
        uow.commit()
    return long_ago


def text_of_store(store: Store, extra: tuple[str, ...] = ()) -> str:
    """Every text value in the tables a person's data live in."""
    found: list[str] = []
    with store.engine.connect() as connection:
        for table in ("persons", "contacts", "contact_risks", "change_log", "cases", "reviews", *extra):
            for row in connection.execute(sa.text(f"SELECT * FROM {table}")):
                found.extend(str(value) for value in row if isinstance(value, str))
    return "\n".join(found)


def make_world(store: Store) -> dict[str, object]:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "juht")
    admin = make_user(store, Role.ADMINISTRATOR, "haldur")
    old = identified(
        store,
        mari,
        "Jüri Õunapuu",
        "37605030299",
        "Partner lõi teda, Jüri kardab koju minna.",
        risks={RiskFlag.HIGH_RISK_IPV: RiskAnswer(StepStatus.DECLINED, "Jüri ütles, et partner ähvardas")},
    )
    # The old caller's contact is edited on the same day: its history holds values too.
    with store.unit_of_work() as uow:
        contact = uow.session.get(Contact, old.id)
        assert contact is not None
        save_contact(
            uow,
            mari,
            ContactInput(
                started_at=SAVED,
                identified=True,
                full_name="Jüri Õunapuu",
                id_code="37605030299",
                phone="5550 1234",
                summary="Partner lõi teda, Jüri kardab koju minna. Helistab homme.",
                person_id=old.person_id,
                case_id=old.case_id,
                topics=["domestic_violence"],
                risks={RiskFlag.HIGH_RISK_IPV: RiskAnswer(StepStatus.DECLINED, "Jüri ütles, et partner ähvardas")},
            ),
            contact_id=old.id,
            expected_version=old.version,
            now=SAVED,
        )
    # A caller who still expects a callback a month before LATER: the case is active.
    recent = identified(
        store,
        mari,
        "Malle Mets",
        "49403136526",
        "Malle palus tagasihelistamist.",
        callback_due_at=LATER - timedelta(days=30),
    )
    held = identified(store, mari, "Peeter Puu", "38001085718", "Peetri juhtum on kohtus.")
    return {"mari": mari, "lead": lead, "admin": admin, "old": old, "recent": recent, "held": held}


def test_old_cases_are_anonymised_recent_and_held_ones_kept_and_statistics_unchanged(
    any_store: Store,
) -> None:
    store = any_store
    world = make_world(store)
    lead, admin = world["lead"], world["admin"]
    old, recent, held = world["old"], world["recent"], world["held"]
    assert isinstance(lead, SessionUser)
    assert isinstance(admin, SessionUser)
    assert isinstance(old, SavedContact)
    assert isinstance(recent, SavedContact)
    assert isinstance(held, SavedContact)
    assert held.case_id is not None
    with store.unit_of_work() as uow:
        retention.set_legal_hold(uow, lead, held.case_id, "Politsei palve, kriminaalasi 123")
        uow.commit()

    def figures() -> dict[str, object]:
        with store.unit_of_work() as uow:
            stats = statistics.period_statistics(uow, lead, date(2026, 3, 1), date(2026, 3, 31))
        return asdict(stats)

    before = figures()

    # The dry run lists the old case and its person, and changes nothing.
    with store.unit_of_work() as uow:
        due = retention.plan(uow, now=LATER)
    assert [case.number for case in due.cases] == [old.case_number]
    assert [person.id for person in due.persons] == [old.person_id]
    assert due.cases[0].contacts == 1
    assert "Jüri" in text_of_store(store)

    with store.unit_of_work() as uow:
        outcome = retention.anonymise(uow, None, now=LATER)
        uow.commit()
    assert (outcome.cases, outcome.persons) == (1, 1)

    everything = text_of_store(store)
    for gone in ("Jüri", "Õunapuu", "37605030299", "koju minna", "ähvardas"):
        assert gone not in everything
    for kept in ("Malle Mets", "49403136526", "Peeter Puu", "Peetri juhtum on kohtus."):
        assert kept in everything
    with store.unit_of_work() as uow:
        person = uow.session.get(Person, old.person_id)
        assert person is not None
        assert person.anonymised_at is not None
        assert (person.full_name, person.id_code, person.birth_date, person.phone_e164, person.email) == (None,) * 5
        contact = uow.session.get(Contact, old.id)
        assert contact is not None
        assert contact.summary == ""
        assert contact.person_id == old.person_id
        assert [risk.flag for risk in contact.risks] == [RiskFlag.HIGH_RISK_IPV]  # the flag counts; its reason is gone
        history = uow.session.scalars(sa.select(ChangeRecord).where(ChangeRecord.entity_id == old.id)).all()
        assert history
        assert all(row.old_value is None and row.new_value is None for row in history)
        assert {row.field for row in history} == {"summary"}
        # The word search no longer finds the name; the kept caller is still found.
        assert log.list_page(uow, admin, "Jüri") == []
        assert [row.id for row in log.list_page(uow, admin, "Malle")] == [recent.id]
        entries = uow.session.scalars(sa.select(AuditEntry).where(AuditEntry.kind == AuditKind.ANONYMISED)).all()
        assert sorted((entry.record_type, entry.record_id, entry.username) for entry in entries) == sorted(
            [("case", str(old.case_id), "retention"), ("person", str(old.person_id), "retention")]
        )
        assert audit.verify(uow.session).ok
    assert figures() == before  # every count, topic, risk flag and duration as it was

    # The anonymised contact cannot be saved again (that could only bring data back).
    mari = world["mari"]
    assert isinstance(mari, SessionUser)
    with store.unit_of_work() as uow, pytest.raises(FieldErrors) as refused:
        save_contact(
            uow,
            mari,
            ContactInput(started_at=SAVED, identified=True, full_name="Jüri Õunapuu", person_id=old.person_id),
            contact_id=old.id,
        )
    assert refused.value.errors == {"summary": "retention.removed"}

    # Nothing is left to do until the held case is released.
    with store.unit_of_work() as uow:
        assert retention.plan(uow, now=LATER).empty
        retention.set_legal_hold(uow, admin, held.case_id, None)
        uow.commit()
    with store.unit_of_work() as uow:
        assert [case.number for case in retention.plan(uow, now=LATER).cases] == [held.case_number]


def test_drafts_of_anonymised_contacts_and_long_forgotten_ones_go(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    old = identified(store, mari, "Jüri Õunapuu", "37605030299", "Vana mure.")
    with store.unit_of_work() as uow:
        of_old = drafts.save_draft(uow, mari, DraftKind.CONTACT, {"summary": "Jüri helistas"}, record_id=old.id)
        forgotten = drafts.save_draft(uow, mari, DraftKind.CONTACT, {"summary": "Ann helistas"})
        uow.commit()
    with store.unit_of_work() as uow:  # another form typed into just before the run: kept
        fresh = drafts.save_draft(uow, mari, DraftKind.CONTACT, {"summary": "Uus"}, now=LATER - timedelta(days=1))
        uow.commit()
    with store.unit_of_work() as uow:
        outcome = retention.anonymise(uow, None, now=LATER)
        uow.commit()
    assert outcome == retention.Outcome(1, 1, 2)
    with store.unit_of_work() as uow:
        assert [view.id for view in drafts.my_drafts(uow, mari)] == [fresh]
        assert {of_old, forgotten}.isdisjoint(uow.session.scalars(sa.select(Draft.id)))
    assert "Jüri helistas" not in text_of_store(store, extra=("drafts",))


def test_a_person_keeps_their_name_while_one_of_their_cases_is_active(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    first = identified(store, mari, "Jüri Õunapuu", "37605030299", "Esimene mure: naaber ähvardab.")
    second = identified(
        store,
        mari,
        "Jüri Õunapuu",
        "37605030299",
        "Teine mure: töökoht.",
        person_id=first.person_id,
        callback_due_at=LATER - timedelta(days=1),
    )
    assert second.case_id != first.case_id
    assert second.person_id == first.person_id
    with store.unit_of_work() as uow:
        outcome = retention.anonymise(uow, None, now=LATER)
        uow.commit()
    assert (outcome.cases, outcome.persons) == (1, 0)
    everything = text_of_store(store)
    assert "naaber ähvardab" not in everything
    assert "Jüri Õunapuu" in everything
    assert "Teine mure: töökoht." in everything


def test_the_period_is_the_store_setting_and_a_run_is_at_most_daily(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    admin = make_user(store, Role.ADMINISTRATOR, "haldur")
    identified(store, mari, "Jüri Õunapuu", "37605030299", "Vana mure.")
    a_year_later = utcnow() + timedelta(days=400)
    with store.unit_of_work() as uow:
        assert retention.plan(uow, now=a_year_later).empty  # the default keeps 60 months
        set_security_settings(uow, admin, SecuritySettings(retention_months=12))
        uow.commit()
    with store.unit_of_work() as uow:
        assert len(retention.plan(uow, now=a_year_later).cases) == 1
        assert retention.run_if_due(uow, now=a_year_later) == retention.Outcome(1, 1)
    identified(store, mari, "Ann Tamm", "49403136526", "Uus mure.", started_at=SAVED - timedelta(days=1))
    with store.unit_of_work() as uow:
        assert retention.run_if_due(uow, now=a_year_later + timedelta(hours=1)) is None  # already ran today
    with store.unit_of_work() as uow:
        assert retention.run_if_due(uow, now=a_year_later + timedelta(days=1)) == retention.Outcome(1, 1)
    with store.unit_of_work() as uow, pytest.raises(FieldErrors) as refused:
        set_security_settings(uow, admin, SecuritySettings(retention_months=3))
    assert refused.value.errors == {"retention_months": "security.retention_range"}


def test_only_leads_and_administrators_hold_and_only_administrators_run(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "juht")
    saved = identified(store, mari, "Jüri Õunapuu", "37605030299", "Mure.")
    assert saved.case_id is not None
    with store.unit_of_work() as uow:
        with pytest.raises(NotAllowed):
            retention.set_legal_hold(uow, mari, saved.case_id, "Palun hoida")
        with pytest.raises(NotAllowed):
            retention.anonymise(uow, lead, now=LATER)
        with pytest.raises(NotAllowed):
            retention.preview(uow, lead)
        for bad, reason in (("   ", "retention.hold_reason"), ("a\x00b", "text.control"), ("x" * 501, "text.too_long")):
            with pytest.raises(FieldErrors) as refused:
                retention.set_legal_hold(uow, lead, saved.case_id, bad)
            assert refused.value.errors == {"legal_hold_reason": reason}
        case = uow.session.get(Case, saved.case_id)
        assert case is not None
        assert case.legal_hold_reason is None
        held = uow.session.scalars(sa.select(AuditEntry).where(AuditEntry.kind == AuditKind.LEGAL_HOLD)).all()
        assert held == []


def test_months_before_keeps_the_day_or_takes_the_months_last() -> None:
    assert retention.months_before(datetime(2031, 3, 31, 12, tzinfo=UTC), 1) == datetime(2031, 2, 28, 12, tzinfo=UTC)
    assert retention.months_before(datetime(2031, 1, 15, tzinfo=UTC), 13) == datetime(2029, 12, 15, tzinfo=UTC)
    assert retention.months_before(datetime(2030, 6, 1, tzinfo=UTC), 60) == datetime(2025, 6, 1, tzinfo=UTC)


def test_the_command_line_lists_then_anonymises(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")

    def as_administrator() -> None:  # the command line asks for an administrator's user name and password
        monkeypatch.setattr(sys, "stdin", io.StringIO("admin\ncorrect horse battery\n"))

    saved = identified(store, mari, "Jüri Õunapuu", "37605030299", "Vana mure.")
    long_ago = backdate_everything(store)
    url = store.engine.url.render_as_string(hide_password=False)

    as_administrator()
    assert main(["--database", url, "retention", "--dry-run"]) == 0
    listed = capsys.readouterr().out
    assert f"case {saved.case_number}: last activity {long_ago.date().isoformat()}, 1 contact(s)" in listed
    assert "Would anonymise 1 case(s) and 1 person(s) (dry run: nothing changed)." in listed
    assert "Jüri" not in listed  # people are named by their cases, never by name
    assert "Jüri Õunapuu" in text_of_store(store)

    as_administrator()
    assert main(["--database", url, "retention"]) == 0
    assert "Anonymised 1 case(s) and 1 person(s)" in capsys.readouterr().out
    assert "Jüri" not in text_of_store(store)
    as_administrator()
    assert main(["--database", url, "retention", "--dry-run"]) == 0
    assert "Nothing is due." in capsys.readouterr().out


def test_an_identified_caller_without_any_case_is_anonymised_too(store: Store) -> None:
    """A store may hold identified contacts and no case at all: the people are still judged by their contacts."""
    mari = make_user(store, Role.COUNSELLOR, "mari")
    saved = identified(store, mari, "Jüri Õunapuu", "37605030299", "Helistas ilma juhtumita.", open_new_case=False)
    assert saved.case_id is None
    with store.unit_of_work() as uow:
        due = retention.plan(uow, now=LATER)
        assert due.cases == []
        assert [(person.id, person.caseless_contacts) for person in due.persons] == [(saved.person_id, 1)]
        assert retention.anonymise(uow, None, now=LATER) == retention.Outcome(0, 1)
        uow.commit()
    assert "Jüri" not in text_of_store(store)
    assert "Helistas ilma juhtumita." not in text_of_store(store)
