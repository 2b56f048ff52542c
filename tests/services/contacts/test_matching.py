"""Repeat-caller matching shows a user only the callers they may see; anyone else's caller only as "a known caller",
opened by an audited access with a stated reason (break-the-glass). A contact joins a case only where allowed."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from app.errors import FieldErrors, NotAllowed, StaleRecord
from app.models import Contact
from app.models.audit import AuditKind
from app.models.enums import Line, Role
from app.services.actor import SessionUser
from app.services.aid import decisions
from app.services.contacts import case_timeline, matching
from app.services.contacts.editing import ContactInput, SavedContact, save_contact
from app.services.guard import access, audit
from app.store.db import Store
from tests.conftest import make_user
from tests.services.aid.test_decisions import add_provider, decision

STARTED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NOW = STARTED + timedelta(hours=1)
PHONE = "5123 4567"
REASON = "Helistaja küsib oma eelmise pöördumise kohta, Jaan on puhkusel"


def callers_first_contact(store: Store, user: SessionUser) -> SavedContact:
    with store.unit_of_work() as uow:
        saved = save_contact(
            uow,
            user,
            ContactInput(
                started_at=STARTED,
                line=Line.EMOTIONAL_116123,
                identified=True,
                full_name="Ülle Põder",
                id_code="48501010003",
                phone=PHONE,
                summary="Partner ähvardab",
                open_new_case=True,
            ),
            now=STARTED + timedelta(minutes=20),
        )
    assert saved.person_id is not None
    assert saved.case_id is not None
    return saved


def linked_input(saved: SavedContact, **changes: object) -> ContactInput:
    values: dict[str, object] = {
        "started_at": NOW,
        "identified": True,
        "full_name": "Ülle Põder",
        "phone": PHONE,
        "summary": "Helistas uuesti",
        "person_id": saved.person_id,
        "case_id": saved.case_id,
    }
    values.update(changes)
    return ContactInput(**values)  # type: ignore[arg-type]


def contact_count(store: Store) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.scalar(sa.select(sa.func.count()).select_from(Contact)) or 0)


def test_another_counsellors_caller_is_only_a_known_caller(any_store: Store) -> None:
    jaan = make_user(any_store, Role.COUNSELLOR, "jaan")
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    lead = make_user(any_store, Role.SHIFT_LEAD, "liis")
    saved = callers_first_contact(any_store, jaan)
    with any_store.unit_of_work() as uow:
        (seen,) = matching.find_matches(uow, mari, phone="+372 5123 4567", now=NOW)
        assert seen.restricted
        assert (seen.full_name, seen.id_code, seen.phone_e164, seen.cases) == (None, None, None, [])
        assert (seen.contact_count, seen.last_contact_at, seen.lines) == (1, STARTED, (Line.EMOTIONAL_116123,))
        assert seen.matched_on == {"phone"}
        # the ID code and the name find the same known caller, never more of them
        (by_code,) = matching.find_matches(uow, mari, id_code="48501010003", full_name="Ülle Põder", now=NOW)
        assert by_code.restricted
        assert by_code.full_name is None
        for user in (jaan, lead):
            (full,) = matching.find_matches(uow, user, phone=PHONE, now=NOW)
            assert not full.restricted
            assert (full.full_name, full.id_code, full.phone_e164) == ("Ülle Põder", "48501010003", "+37251234567")
            assert [case.id for case in full.cases] == [saved.case_id]


def test_break_the_glass_needs_a_reason_is_audited_and_lasts_its_period(any_store: Store) -> None:
    jaan = make_user(any_store, Role.COUNSELLOR, "jaan")
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    lead = make_user(any_store, Role.SHIFT_LEAD, "liis")
    saved = callers_first_contact(any_store, jaan)
    assert saved.person_id is not None
    assert saved.case_id is not None
    for reason in ("", "   \n "):
        with any_store.unit_of_work() as uow, pytest.raises(FieldErrors) as refused:
            access.grant_access(uow, mari, saved.person_id, reason, now=NOW)
        assert refused.value.errors == {"reason": "access.reason_required"}
    with any_store.unit_of_work() as uow:
        assert audit.entries(uow, lead, audit.AuditFilter(kind=AuditKind.ACCESS_OVERRIDE)) == []
        until = access.grant_access(uow, mari, saved.person_id, f"  {REASON} ", now=NOW)
    assert until == NOW + access.GRANT_PERIOD
    with any_store.unit_of_work() as uow:
        (entry,) = audit.entries(uow, lead, audit.AuditFilter(kind=AuditKind.ACCESS_OVERRIDE))
        assert (entry.username, entry.record_type, entry.record_id) == ("mari", "person", str(saved.person_id))
        assert entry.details["reason"] == REASON
        assert audit.verify(uow.session).ok
        # the shift lead finds it by the person too
        by_person = audit.entries(uow, lead, audit.AuditFilter(person_id=saved.person_id))
        assert AuditKind.ACCESS_OVERRIDE in {row.kind for row in by_person}
    later = NOW + timedelta(hours=2)
    with any_store.unit_of_work() as uow:
        (seen,) = matching.find_matches(uow, mari, phone=PHONE, now=later)
        assert not seen.restricted
        assert seen.full_name == "Ülle Põder"
        assert [case.id for case in seen.cases] == [saved.case_id]
        number, _entries = case_timeline.case_timeline(uow, mari, saved.case_id, now=later)
        assert number == seen.cases[0].number
    after = NOW + access.GRANT_PERIOD + timedelta(minutes=1)
    with any_store.unit_of_work() as uow:
        (seen,) = matching.find_matches(uow, mari, phone=PHONE, now=after)
        assert seen.restricted
        assert seen.full_name is None
        with pytest.raises(NotAllowed):
            case_timeline.case_timeline(uow, mari, saved.case_id, now=after)


def test_a_contact_joins_anothers_case_or_person_only_with_access(any_store: Store) -> None:
    jaan = make_user(any_store, Role.COUNSELLOR, "jaan")
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    saved = callers_first_contact(any_store, jaan)
    assert saved.person_id is not None
    assert saved.case_id is not None
    before = contact_count(any_store)
    for data in (linked_input(saved), linked_input(saved, case_id=None)):
        with any_store.unit_of_work() as uow, pytest.raises(NotAllowed) as refused:
            save_contact(uow, mari, data, now=NOW)
        assert refused.value.reason in ("case.not_visible", "person.not_visible")
    assert contact_count(any_store) == before
    # so the case's timeline and an aid decision in it stay closed to her
    provider = add_provider(any_store)
    with any_store.unit_of_work() as uow:
        with pytest.raises(NotAllowed):
            case_timeline.case_timeline(uow, mari, saved.case_id)
        with pytest.raises(NotAllowed):
            decisions.decide(uow, mari, decision(None, provider.id, date(2026, 11, 20), case_id=saved.case_id))
    # with the audited access she serves the caller: the contact joins the case, which she then took part in
    with any_store.unit_of_work() as uow:
        access.grant_access(uow, mari, saved.person_id, REASON, now=NOW)
    with any_store.unit_of_work() as uow:
        linked = save_contact(uow, mari, linked_input(saved), now=NOW)
    assert (linked.person_id, linked.case_id) == (saved.person_id, saved.case_id)
    with any_store.unit_of_work() as uow:
        case_timeline.case_timeline(uow, mari, saved.case_id, now=NOW + access.GRANT_PERIOD * 2)


def test_a_case_takes_only_its_own_persons_contacts(any_store: Store) -> None:
    lead = make_user(any_store, Role.SHIFT_LEAD, "liis")
    saved = callers_first_contact(any_store, lead)
    with any_store.unit_of_work() as uow:
        other = save_contact(
            uow,
            lead,
            ContactInput(started_at=STARTED, identified=True, full_name="Jüri Õunapuu", summary="Teine inimene"),
            now=NOW,
        )
    before = contact_count(any_store)
    wrong = (
        linked_input(saved, full_name="Jüri Õunapuu", phone="", person_id=other.person_id),  # another person
        linked_input(saved, full_name="Uus Inimene", phone="", person_id=None),  # a new person
        ContactInput(started_at=NOW, summary="Anonüümne", case_id=saved.case_id),  # nobody
    )
    for data in wrong:
        with any_store.unit_of_work() as uow, pytest.raises(FieldErrors) as refused:
            save_contact(uow, lead, data, now=NOW)
        assert refused.value.errors == {"case": "case.other_person"}
    with any_store.unit_of_work() as uow, pytest.raises(FieldErrors) as refused:
        save_contact(uow, lead, linked_input(saved, case_id=uuid.uuid4()), now=NOW)
    assert refused.value.errors == {"case": "case.missing"}
    assert contact_count(any_store) == before


@pytest.mark.parametrize(
    ("reason", "code"),
    [
        ("", "access.reason_required"),
        (" \t\n ", "access.reason_required"),
        ("Küsib juhtumi kohta\x1b[2J", "text.control"),
        ("Küsib juhtumi kohta \x00", "text.control"),
        ("x" * (access.REASON_MAX + 1), "text.too_long"),
        # a reason nobody can read grants nothing; one that turns text round cannot disguise itself in the audit viewer
        ("\u200b", "access.reason_invisible"),
        ("\u202e", "access.reason_invisible"),
        ("\u2800", "access.reason_invisible"),
        ("\u00ad", "access.reason_invisible"),
        ("\u3164\u3164", "access.reason_invisible"),
        ("Küsib juhtumi kohta \u202eatsenuhoj", "access.reason_invisible"),
        ("Küsib\u2066 juhtumi kohta", "access.reason_invisible"),
        ("Kü\u200bsib juhtumi kohta", "access.reason_invisible"),
        ("\ufeffKüsib juhtumi kohta", "access.reason_invisible"),
        ("... !!! ???", "access.reason_required"),
        ("\u3000\u2028\x85", "access.reason_required"),
    ],
)
def test_a_bad_reason_is_refused_and_opens_nothing(store: Store, reason: str, code: str) -> None:
    jaan = make_user(store, Role.COUNSELLOR, "jaan")
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "liis")
    saved = callers_first_contact(store, jaan)
    assert saved.person_id is not None
    with store.unit_of_work() as uow, pytest.raises(FieldErrors) as refused:
        access.grant_access(uow, mari, saved.person_id, reason, now=NOW)
    assert refused.value.errors == {"reason": code}
    with store.unit_of_work() as uow:
        assert audit.entries(uow, lead, audit.AuditFilter(kind=AuditKind.ACCESS_OVERRIDE)) == []
        (seen,) = matching.find_matches(uow, mari, phone=PHONE, now=NOW)
        assert seen.restricted
    with store.unit_of_work() as uow, pytest.raises(StaleRecord):
        access.grant_access(uow, mari, uuid.uuid4(), REASON, now=NOW)


def test_a_reasons_length_is_measured_on_what_is_stored(store: Store) -> None:
    """Spaces a paste brings are collapsed before the reason is stored; the limit counts what is stored."""
    jaan = make_user(store, Role.COUNSELLOR, "jaan")
    mari = make_user(store, Role.COUNSELLOR, "mari")
    lead = make_user(store, Role.SHIFT_LEAD, "liis")
    saved = callers_first_contact(store, jaan)
    assert saved.person_id is not None
    words = " \n\t ".join(["sõna"] * 100)  # 499 characters stored, 799 typed
    assert len(" ".join(words.split())) <= access.REASON_MAX < len(words)
    with store.unit_of_work() as uow:
        access.grant_access(uow, mari, saved.person_id, words, now=NOW)
    with store.unit_of_work() as uow:
        (entry,) = audit.entries(uow, lead, audit.AuditFilter(kind=AuditKind.ACCESS_OVERRIDE))
    assert entry.details["reason"] == " ".join(["sõna"] * 100)
