from __future__ import annotations

import multiprocessing
import threading
import uuid
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa

from app.errors import FieldErrors, NotAllowed, StaleRecord
from app.models import (
    AuditEntry,
    Case,
    ChangeRecord,
    Contact,
    ContactAction,
    ContactConsent,
    ContactRisk,
    Person,
    ReviewQueueEntry,
    Topic,
    contact_topics,
)
from app.models.audit import AuditKind
from app.models.enums import Action, ConsentPurpose, ContactKind, RiskFlag, Role, Sex, StepStatus
from app.models.review import QueueReason
from app.services.actor import SessionUser
from app.services.contacts import contact_view, log
from app.services.contacts import editing as contacts_service
from app.services.contacts.editing import (
    ContactInput,
    RiskAnswer,
    SavedContact,
    log_non_data_contact,
    person_seen,
    save_contact,
)
from app.services.desk import review
from app.services.guard import audit
from app.store.db import Store, UnitOfWork
from app.store.keys import StoreKey
from tests.conftest import make_user

NOW = datetime(2026, 11, 20, 22, 15, tzinfo=UTC)


def test_identified_contact_stores_birth_date_from_id_code(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    data = ContactInput(
        started_at=NOW - timedelta(minutes=20),
        identified=True,
        full_name="Jüri Õunapuu-Šarõgina",
        id_code="37605030299",
        phone="5123 4567",
        summary="Lähisuhtevägivald, kõne öösel",
        topics=["domestic_violence"],
    )
    with any_store.unit_of_work() as uow:
        saved = save_contact(uow, mari, data, now=NOW)
    with any_store.unit_of_work() as uow:
        opened = contact_view.load_contact(uow, mari, saved.id)
    assert opened.data.birth_date == date(1976, 5, 3)
    assert opened.data.phone == "+37251234567"
    assert opened.data.full_name == "Jüri Õunapuu-Šarõgina"
    assert opened.data.topics == ["domestic_violence"]


def test_wrong_id_code_is_refused_and_nothing_saved(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    data = ContactInput(started_at=NOW, identified=True, full_name="Mari Maasikas", id_code="37605030290")
    with any_store.unit_of_work() as uow, pytest.raises(FieldErrors) as raised:
        save_contact(uow, mari, data, now=NOW)
    assert raised.value.errors == {"id_code": "id_code.checksum"}
    with any_store.unit_of_work() as uow:
        assert log.list_page(uow, mari) == []


def test_risk_flag_blocks_saving_until_answered(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    data = ContactInput(started_at=NOW, risks={RiskFlag.SUICIDAL: RiskAnswer()})
    with any_store.unit_of_work() as uow, pytest.raises(FieldErrors) as raised:
        save_contact(uow, mari, data, now=NOW)
    assert raised.value.errors == {"risk.suicidal": "risk.unanswered"}
    data.risks[RiskFlag.SUICIDAL] = RiskAnswer(StepStatus.DECLINED, "")
    with any_store.unit_of_work() as uow, pytest.raises(FieldErrors) as raised:
        save_contact(uow, mari, data, now=NOW)
    assert raised.value.errors == {"risk.suicidal": "risk.reason_required"}
    data.risks[RiskFlag.SUICIDAL] = RiskAnswer(StepStatus.DONE)
    with any_store.unit_of_work() as uow:
        save_contact(uow, mari, data, now=NOW)
    with any_store.unit_of_work() as uow:
        assert log.list_page(uow, mari)[0].risks == (RiskFlag.SUICIDAL,)


def test_search_finds_phone_typed_any_way(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    with any_store.unit_of_work() as uow:
        save_contact(uow, mari, ContactInput(started_at=NOW, identified=True, phone="+372 5123 4567"), now=NOW)
        save_contact(uow, mari, ContactInput(started_at=NOW, identified=True, phone="5555 1234"), now=NOW)
    with any_store.unit_of_work() as uow:
        for typed in ("51234567", "+372 5123 4567", "00372 51234567"):
            rows = log.list_page(uow, mari, typed)
            assert len(rows) == 1, typed


def test_search_by_summary_word_name_and_case_number(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    with any_store.unit_of_work() as uow:
        first = save_contact(
            uow,
            mari,
            ContactInput(
                started_at=NOW, identified=True, full_name="Ольга Смирнова", summary="Соседи шумят", open_new_case=True
            ),
            now=NOW,
        )
        save_contact(uow, mari, ContactInput(started_at=NOW, summary="Pettus internetis"), now=NOW)
    assert first.case_number is not None
    assert first.case_number.startswith("OA-2026-")
    with any_store.unit_of_work() as uow:
        assert [r.id for r in log.list_page(uow, mari, "смирнова")] == [first.id]
        assert [r.summary for r in log.list_page(uow, mari, "pett")] == ["Pettus internetis"]
        assert [r.id for r in log.list_page(uow, mari, first.case_number)] == [first.id]
        assert log.list_page(uow, mari, "'; DROP TABLE contacts; --") == []


def test_non_data_contact_in_one_call(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    with any_store.unit_of_work() as uow:
        log_non_data_contact(uow, mari, ContactKind.SILENT, now=NOW)
    with any_store.unit_of_work() as uow:
        (row,) = log.list_page(uow, mari)
    assert row.kind is ContactKind.SILENT
    assert not row.identified


def test_editing_keeps_history(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    with any_store.unit_of_work() as uow:
        saved = save_contact(uow, mari, ContactInput(started_at=NOW, summary="Esimene"), now=NOW)
    with any_store.unit_of_work() as uow:
        opened = contact_view.load_contact(uow, mari, saved.id)
        opened.data.summary = "Teine"
        save_contact(uow, mari, opened.data, contact_id=saved.id, expected_version=opened.version, now=NOW)
    with any_store.unit_of_work() as uow:
        changes = contact_view.contact_history(uow, mari, saved.id)
    assert [(c.field, c.old_value, c.new_value, c.changed_by) for c in changes] == [
        ("summary", "Esimene", "Teine", "Mari Tamm")
    ]


# --- Linking a repeat caller never erases what was known (issue 10, point 1) -----------------------------------------
def known_caller(store: Store, user: SessionUser) -> SavedContact:
    """A caller saved with everything: name, ID code, phone, e-mail, municipality (the birth date from the code)."""
    with store.unit_of_work() as uow:
        return save_contact(
            uow,
            user,
            ContactInput(
                started_at=NOW - timedelta(days=3),
                identified=True,
                full_name="Jüri Õunapuu",
                id_code="37605030299",
                phone="5123 4567",
                email="jyri@example.ee",
                municipality="Tartu linn",
                summary="Esimene kõne",
            ),
            now=NOW - timedelta(days=3),
        )


def person_of(store: Store, user: SessionUser, contact_id: uuid.UUID) -> tuple[object, ...]:
    with store.unit_of_work() as uow:
        data = contact_view.load_contact(uow, user, contact_id).data
    return (data.full_name, data.id_code, data.birth_date, data.phone, data.email, data.municipality)


KNOWN = ("Jüri Õunapuu", "37605030299", date(1976, 5, 3), "+37251234567", "jyri@example.ee", "Tartu linn")


@pytest.mark.parametrize(
    "typed",
    [
        {"phone": "5123 4567"},  # the form's link flow: the phone typed, the rest as the match filled it
        {"phone": "5123 4567", "full_name": "Jüri Õunapuu", "id_code": "37605030299"},
        {"full_name": "Jüri Õunapuu"},  # through the services: only the name
        {},  # only the link itself
    ],
    ids=["phone", "name-code-phone", "name-only", "nothing"],
)
def test_linking_a_repeat_caller_keeps_every_field_not_typed(any_store: Store, typed: dict[str, Any]) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    first = known_caller(any_store, mari)
    with any_store.unit_of_work() as uow:
        again = save_contact(
            uow,
            mari,
            ContactInput(
                started_at=NOW, identified=True, person_id=first.person_id, summary="Helistas uuesti", **typed
            ),
            now=NOW,
        )
    assert again.person_id == first.person_id
    assert person_of(any_store, mari, again.id) == KNOWN
    assert person_of(any_store, mari, first.id) == KNOWN
    with any_store.unit_of_work() as uow:  # nothing about the person changed, so nothing is in its history
        assert [c for c in contact_view.contact_history(uow, mari, again.id) if c.entity == "person"] == []


def test_a_linked_caller_gets_what_is_typed_and_keeps_the_rest(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    first = known_caller(any_store, mari)
    with any_store.unit_of_work() as uow:
        again = save_contact(
            uow,
            mari,
            ContactInput(
                started_at=NOW,
                identified=True,
                person_id=first.person_id,
                full_name="Jüri Õunapuu",
                municipality="Elva vald",  # moved
                summary="Kolis Elvasse",
            ),
            now=NOW,
        )
    assert person_of(any_store, mari, again.id) == (*KNOWN[:5], "Elva vald")
    with any_store.unit_of_work() as uow:
        changes = contact_view.contact_history(uow, mari, again.id)
    assert [(c.entity, c.field, c.old_value, c.new_value) for c in changes] == [
        ("person", "municipality", "Tartu linn", "Elva vald")
    ]


def test_clearing_a_persons_field_is_an_explicit_act_the_history_shows(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    first = known_caller(any_store, mari)
    with any_store.unit_of_work() as uow:
        opened = contact_view.load_contact(uow, mari, first.id)
    cleared = replace(opened.data, email="", municipality="   ")  # the counsellor emptied the two fields shown
    with any_store.unit_of_work() as uow:
        save_contact(uow, mari, cleared, contact_id=first.id, expected_version=opened.version, now=NOW)
    assert person_of(any_store, mari, first.id) == (*KNOWN[:4], "", "")
    with any_store.unit_of_work() as uow:
        changes = contact_view.contact_history(uow, mari, first.id)
    assert [(c.entity, c.field, c.old_value, c.new_value, c.changed_by) for c in changes] == [
        ("person", "email", "jyri@example.ee", None, "Mari Tamm"),
        ("person", "municipality", "Tartu linn", None, "Mari Tamm"),
    ]


def test_a_field_left_as_shown_keeps_what_someone_else_saved_meanwhile(any_store: Store) -> None:
    """Two contacts of one caller open at once: a field one counsellor did not touch keeps the other's new value."""
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    lead = make_user(any_store, Role.SHIFT_LEAD, "juht")
    first = known_caller(any_store, mari)
    with any_store.unit_of_work() as uow:
        second = save_contact(
            uow, mari, ContactInput(started_at=NOW, identified=True, person_id=first.person_id), now=NOW
        )
    with any_store.unit_of_work() as uow:
        mine = contact_view.load_contact(uow, mari, first.id)
    with any_store.unit_of_work() as uow:  # meanwhile the lead corrects the e-mail through the other contact
        theirs = contact_view.load_contact(uow, lead, second.id)
        save_contact(
            uow,
            lead,
            replace(theirs.data, email="juri.ounapuu@example.ee"),
            contact_id=second.id,
            expected_version=theirs.version,
            now=NOW,
        )
    with any_store.unit_of_work() as uow:  # the counsellor changes only the summary of the contact they opened
        save_contact(
            uow, mari, replace(mine.data, summary="Lisa"), contact_id=first.id, expected_version=mine.version, now=NOW
        )
    assert person_of(any_store, mari, first.id)[4] == "juri.ounapuu@example.ee"


def test_linking_reads_the_whole_person_only_for_who_may_see_them_and_records_the_look(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    jaan = make_user(any_store, Role.COUNSELLOR, "jaan")
    first = known_caller(any_store, mari)
    assert first.person_id is not None
    with any_store.unit_of_work() as uow:
        shown = contact_view.load_person(uow, mari, first.person_id)
    assert shown == {
        "full_name": "Jüri Õunapuu",
        "id_code": "37605030299",
        "birth_date": date(1976, 5, 3),
        "phone": "+37251234567",
        "email": "jyri@example.ee",
        "municipality": "Tartu linn",
    }
    with any_store.unit_of_work() as uow:
        looks = uow.session.execute(
            sa.select(AuditEntry.kind, AuditEntry.record_type, AuditEntry.screen).where(
                AuditEntry.record_id == str(first.person_id)
            )
        ).all()
    assert (AuditKind.VIEW, "person", "link") in [tuple(look) for look in looks]
    with any_store.unit_of_work() as uow, pytest.raises(NotAllowed):  # another counsellor's caller
        contact_view.load_person(uow, jaan, first.person_id)
    with any_store.unit_of_work() as uow, pytest.raises(StaleRecord):
        contact_view.load_person(uow, mari, uuid.uuid4())


SHOWN = {"full_name": "Jüri Õunapuu", "phone": "+372 5123 4567", "email": "jyri@example.ee", "municipality": ""}


@pytest.mark.parametrize(
    ("typed", "now", "shown", "both"),
    [
        # left as shown, changed meanwhile: the stored value (never rolled back)
        ({}, {"email": "new@example.ee"}, {"email": "new@example.ee"}, []),
        # changed here only: the typing; a phone typed another way is the same phone
        ({"municipality": "Elva vald", "phone": "5123 4567"}, {}, {"municipality": "Elva vald"}, []),
        # changed on both sides alike: nothing to check
        ({"email": "new@example.ee"}, {"email": "new@EXAMPLE.ee"}, {"email": "new@EXAMPLE.ee"}, []),
        # changed on both sides differently: the typing, named
        ({"email": "mine@example.ee"}, {"email": "theirs@example.ee"}, {"email": "mine@example.ee"}, ["email"]),
    ],
    ids=["elsewhere", "here", "alike", "both"],
)
def test_a_continued_draft_is_laid_over_the_person_as_stored_now(
    typed: dict[str, str], now: dict[str, str], shown: dict[str, str], both: list[str]
) -> None:
    result, named = contacts_service.rebase_person({**SHOWN, **typed}, SHOWN, {**SHOWN, **now})
    assert {name: result[name] for name in shown} == shown
    assert named == both


def test_an_older_draft_without_what_it_showed_names_every_field_that_differs() -> None:
    typed = {**SHOWN, "email": "old@example.ee"}
    result, named = contacts_service.rebase_person(typed, None, SHOWN)
    assert result["email"] == "old@example.ee"  # kept, and named for the user to check
    assert named == ["email"]


# --- Two people saving one contact: the version is checked in the UPDATE (issue 10, point 10) ---------------------
def test_a_save_that_lands_between_reading_and_writing_is_a_conflict(
    any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workstations save one contact at the same moment: the first has read the stored contact and is about to
    write when the second saves. One save is stored, the other is a conflict (the form's dialog), never a crash."""
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    lead = make_user(any_store, Role.SHIFT_LEAD, "juht")
    first = known_caller(any_store, mari)
    with any_store.unit_of_work() as uow:
        opened = contact_view.load_contact(uow, mari, first.id)
    read, other_done = threading.Event(), threading.Event()
    check = contacts_service._check_may_edit

    def pause_after_reading(actor: SessionUser, contact: Contact) -> None:
        if actor == mari:  # the first save has read the contact: let the other one try now
            read.set()
            other_done.wait(1.0)
        check(actor, contact)

    monkeypatch.setattr(contacts_service, "_check_may_edit", pause_after_reading)
    outcome: dict[str, str] = {}

    def save(user: SessionUser, summary: str) -> None:
        try:
            with any_store.unit_of_work() as uow:
                save_contact(
                    uow,
                    user,
                    replace(opened.data, summary=summary),
                    contact_id=first.id,
                    expected_version=opened.version,
                    now=NOW,
                )
            outcome[user.username] = "saved"
        except StaleRecord:
            outcome[user.username] = "conflict"
        except Exception as error:  # what the user would meet as "Unexpected error"
            outcome[user.username] = f"unexpected {type(error).__name__}"
        finally:
            if user == lead:
                other_done.set()

    mine = threading.Thread(target=save, args=(mari, "Minu parandus"))
    mine.start()
    assert read.wait(10)
    theirs = threading.Thread(target=save, args=(lead, "Juhi parandus"))
    theirs.start()
    mine.join(20)
    theirs.join(20)
    assert sorted(outcome.values()) == ["conflict", "saved"], outcome
    winner = "Minu parandus" if outcome["mari"] == "saved" else "Juhi parandus"
    with any_store.unit_of_work() as uow:
        assert contact_view.load_contact(uow, mari, first.id).data.summary == winner


def test_a_change_of_topics_alone_moves_the_version_on(any_store: Store) -> None:
    """A save that changes only the contact's lists (topics) is a change too: the other form must notice it."""
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    first = known_caller(any_store, mari)
    with any_store.unit_of_work() as uow:
        opened = contact_view.load_contact(uow, mari, first.id)
    with any_store.unit_of_work() as uow:
        save_contact(
            uow,
            mari,
            replace(opened.data, topics=["domestic_violence"]),
            contact_id=first.id,
            expected_version=opened.version,
            now=NOW,
        )
    with any_store.unit_of_work() as uow, pytest.raises(StaleRecord):
        save_contact(
            uow,
            mari,
            replace(opened.data, summary="Vana vormi pealt"),
            contact_id=first.id,
            expected_version=opened.version,
            now=NOW,
        )


def _race_worker(
    url: str,
    key: StoreKey | None,
    user: SessionUser,
    contact_id: uuid.UUID,
    worker: int,
    edits: int,
    start: Any,
    results: Any,
) -> None:
    """One workstation's form on the contact, saved ``edits`` times as fast as it can, as the form does it: each save
    against the version it last saved or read; a conflict reads the stored contact (what the dialog shows) and goes
    on from there. Counts how each save ended."""
    store = Store.open(url, key=key, migrate_to_head=False)
    outcome: Counter[str] = Counter()
    try:
        with store.unit_of_work() as uow:
            opened = contact_view.load_contact(uow, user, contact_id, screen="race")
        base, version = opened.data, opened.version
        start.wait(60)
        for edit in range(edits):
            mine = replace(base, summary=f"{worker}.{edit}")
            if edit % 4 == 0:  # now and then a person field too
                mine = replace(mine, municipality=f"Vald {worker}.{edit}")
            try:
                with store.unit_of_work() as uow:
                    version = save_contact(uow, user, mine, contact_id=contact_id, expected_version=version).version
                base = replace(mine, person_seen=person_seen(mine))
                outcome["saved"] += 1
            except StaleRecord:
                outcome["conflict"] += 1
                with store.unit_of_work() as uow:  # the form's conflict dialog shows the stored contact's values
                    theirs = contact_view.load_contact(uow, user, contact_id, screen="conflict")
                base, version = theirs.data, theirs.version
            except Exception as error:  # anything else is what the user meets as "Unexpected error"
                outcome[f"unexpected {type(error).__name__}: {str(error)[:120]}"] += 1
    finally:
        store.close()
        results.put(dict(outcome))


def _address(store: Store) -> tuple[str, StoreKey | None]:
    url = store.engine.url
    if store.dialect == "sqlite":
        return f"sqlite:///{url.database}", store.key
    return url.render_as_string(hide_password=False), None


@pytest.mark.parametrize("workers", [2, 4])
def test_racing_saves_of_one_contact_end_saved_or_as_a_conflict(any_store: Store, workers: int) -> None:
    """2 and 4 workstations, 100 saves each of one contact at once: every save is stored or is a conflict the form
    shows; none is an unexpected error, and no save overwrote another unseen (the summary's history is one chain)."""
    edits = 100
    users = [make_user(any_store, Role.SHIFT_LEAD, f"juht{n}") for n in range(workers)]
    first = known_caller(any_store, users[0])
    url, key = _address(any_store)
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(workers), context.Queue()
    processes = [
        context.Process(target=_race_worker, args=(url, key, users[n], first.id, n, edits, start, results), daemon=True)
        for n in range(workers)
    ]
    for process in processes:
        process.start()
    try:
        totals: Counter[str] = Counter()
        for _ in processes:
            totals.update(results.get(timeout=120))
    finally:
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.kill()
    unexpected = {name: count for name, count in totals.items() if name.startswith("unexpected")}
    assert unexpected == {}
    assert totals["saved"] + totals["conflict"] == workers * edits
    assert totals["saved"] >= workers  # the race let everyone through now and then
    with any_store.unit_of_work() as uow:
        changes = [
            (old, new)
            for old, new in uow.session.execute(
                sa.select(ChangeRecord.old_value, ChangeRecord.new_value).where(
                    ChangeRecord.entity_id == first.id, ChangeRecord.field == "summary"
                )
            )
        ]
    assert len(changes) == totals["saved"]
    olds = [old for old, _new in changes]
    assert len(set(olds)) == len(olds)  # no two saves started from the same stored text: none was overwritten
    assert set(olds) <= {"Esimene kõne"} | {new for _old, new in changes}


# --- A new contact is written whole, in one transaction (issue 13: Core inserts instead of the ORM's unit of work) --
def everything_typed() -> ContactInput:
    """A new contact with every part a save writes: a new person, two topics, a risk, actions, consents, a new case."""
    return ContactInput(
        started_at=NOW - timedelta(minutes=40),
        ended_at=NOW - timedelta(minutes=10),
        identified=True,
        full_name="Jüri Õunapuu",
        id_code="37605030299",
        phone="5123 4567",
        email="jyri@example.ee",
        municipality="Tartu linn",
        summary="Helistaja kirjeldab partneri vägivalda",
        topics=["stalking", "domestic_violence"],
        risks={RiskFlag.SUICIDAL: RiskAnswer(StepStatus.DECLINED, " helistaja keeldus ")},
        actions={Action.REF_POLICE, Action.INFORMATION},
        consents={ConsentPurpose.POLICE: True, ConsentPurpose.SHELTER: False},
        open_new_case=True,
        callback_due_at=NOW + timedelta(hours=2),
    )


def columns(row: object | None) -> SimpleNamespace | None:
    """A row's column values, kept after its unit of work is closed."""
    if row is None:
        return None
    return SimpleNamespace(**{column.key: getattr(row, column.key) for column in sa.inspect(row).mapper.column_attrs})


def rows_of(store: Store, contact_id: uuid.UUID) -> dict[str, Any]:
    """What the store holds of one contact, read back from its tables."""
    with store.unit_of_work() as uow:
        contact = uow.session.get(Contact, contact_id)
        assert contact is not None
        links = uow.session.execute(
            sa.select(Topic.code, contact_topics.c.started_at)
            .join(Topic, Topic.id == contact_topics.c.topic_id)
            .where(contact_topics.c.contact_id == contact_id)
            .order_by(Topic.code)
        ).all()
        audit_entries = uow.session.scalars(sa.select(AuditEntry).order_by(AuditEntry.seq)).all()
        return {
            "contact": columns(contact),
            "person": columns(uow.session.get(Person, contact.person_id)) if contact.person_id else None,
            "case": columns(uow.session.get(Case, contact.case_id)) if contact.case_id else None,
            "topics": [(code, started) for code, started in links],
            "risks": [(r.flag, r.status, r.reason, r.answered_at) for r in contact.risks],
            "actions": [a.action for a in contact.actions],
            "consents": sorted((c.purpose, c.granted, c.recorded_at, c.recorded_by_id) for c in contact.consents),
            "queue": columns(uow.session.get(ReviewQueueEntry, contact_id)),
            "history": [columns(change) for change in uow.session.scalars(sa.select(ChangeRecord))],
            "audit": [(e.kind, e.record_type, e.record_id, e.details, e.username) for e in audit_entries],
            "chain": audit.verify(uow.session),
        }


def test_a_new_contact_is_written_whole(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    with any_store.unit_of_work() as uow:
        saved = save_contact(uow, mari, everything_typed(), now=NOW)
    found = rows_of(any_store, saved.id)
    contact, person, case = found["contact"], found["person"], found["case"]
    assert (saved.version, saved.person_id, saved.case_id, saved.case_number) == (1, person.id, case.id, case.number)
    assert (contact.kind, contact.version, contact.entered_by_id, contact.handled_by_id) == (
        ContactKind.COUNSELLING,
        1,
        mari.id,
        mari.id,
    )
    assert (contact.started_at, contact.ended_at, contact.created_at) == (
        NOW - timedelta(minutes=40),
        NOW - timedelta(minutes=10),
        NOW,
    )
    assert contact.wrapup_seconds == 600
    assert (contact.callback_due_at, contact.callback_done_at) == (NOW + timedelta(hours=2), None)
    assert contact.summary == "Helistaja kirjeldab partneri vägivalda"
    assert (person.full_name, person.id_code, person.birth_date, person.sex, person.phone_e164, person.version) == (
        "Jüri Õunapuu",
        "37605030299",
        date(1976, 5, 3),
        Sex.MALE,
        "+37251234567",
        1,
    )
    assert (person.email, person.municipality) == ("jyri@example.ee", "Tartu linn")
    assert None not in (person.created_at, person.updated_at, contact.updated_at)  # the columns' defaults
    assert (case.person_id, case.opened_by_id, case.opened_at) == (person.id, mari.id, NOW)
    assert found["topics"] == [("domestic_violence", contact.started_at), ("stalking", contact.started_at)]
    assert found["risks"] == [(RiskFlag.SUICIDAL, StepStatus.DECLINED, "helistaja keeldus", NOW)]
    assert found["actions"] == [Action.INFORMATION, Action.REF_POLICE]
    assert found["consents"] == [
        (ConsentPurpose.POLICE, True, NOW, mari.id),
        (ConsentPurpose.SHELTER, False, NOW, mari.id),
    ]
    assert (found["queue"].reason, found["queue"].added_at) == (QueueReason.RISK, NOW)
    assert found["history"] == []  # a new contact has no changes to keep
    assert found["audit"][-2:] == [
        (AuditKind.CREATE, "person", str(person.id), "{}", "mari"),
        (AuditKind.CREATE, "contact", str(contact.id), '{"identified":true}', "mari"),
    ]
    assert found["chain"].ok
    with any_store.unit_of_work() as uow:  # the word index holds the summary and the name
        assert [row.id for row in log.list_page(uow, mari, "vägivalda")] == [saved.id]
        assert [row.id for row in log.list_page(uow, mari, "Õunapuu")] == [saved.id]
        assert [row.id for row in log.list_page(uow, mari, case.number)] == [saved.id]


def test_a_new_contact_of_a_linked_caller_changes_the_person_and_keeps_the_history(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    first = known_caller(any_store, mari)
    with any_store.unit_of_work() as uow:
        shown = contact_view.load_contact(uow, mari, first.id).data
    data = replace(
        shown, started_at=NOW, ended_at=None, person_id=first.person_id, person_seen=person_seen(shown), topics=[]
    )
    data.email, data.summary, data.case_id = "jyri.uus@example.ee", "Teine kõne", None
    with any_store.unit_of_work() as uow:
        saved = save_contact(uow, mari, data, now=NOW)
    found = rows_of(any_store, saved.id)
    assert saved.person_id == first.person_id == found["person"].id
    assert (found["person"].email, found["person"].version) == ("jyri.uus@example.ee", 2)
    assert [(c.entity, c.field, c.old_value, c.new_value) for c in found["history"]] == [
        ("person", "email", "jyri@example.ee", "jyri.uus@example.ee")
    ]
    assert found["audit"][-2:] == [
        (AuditKind.CHANGE, "person", str(first.person_id), '{"fields":["email"]}', "mari"),
        (AuditKind.CREATE, "contact", str(saved.id), '{"identified":true}', "mari"),
    ]
    assert (found["contact"].ended_at, found["contact"].wrapup_seconds) == (NOW, 0)
    assert found["chain"].ok


@pytest.mark.parametrize("failing", ["audit", "queue", "commit"])
def test_a_save_that_fails_midway_leaves_nothing(
    any_store: Store, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """Everything of a new contact is one transaction: rows written before the failure are rolled back with it."""
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    with any_store.unit_of_work() as uow:
        trail_before = uow.session.scalar(sa.select(sa.func.count()).select_from(AuditEntry))

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the disk is gone")

    where = {"audit": (audit, "record_entries"), "queue": (review, "enqueue_new_contact")}
    if failing == "commit":
        monkeypatch.setattr(UnitOfWork, "commit", fail)
    else:
        module, name = where[failing]
        monkeypatch.setattr(module, name, fail)
    with any_store.unit_of_work() as uow, pytest.raises(RuntimeError):
        save_contact(uow, mari, everything_typed(), now=NOW)
    monkeypatch.undo()

    with any_store.unit_of_work() as uow:
        for table in (Contact, Person, Case, ContactRisk, ContactAction, ContactConsent, ReviewQueueEntry):
            assert uow.session.scalar(sa.select(sa.func.count()).select_from(table)) == 0, table
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(contact_topics)) == 0
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(AuditEntry)) == trail_before
        assert log.list_page(uow, mari, "vägivalda") == []
        assert log.list_page(uow, mari, "Õunapuu") == []
        assert audit.verify(uow.session).ok
    with any_store.unit_of_work() as uow:  # and the next save goes on from where the trail was
        saved = save_contact(uow, mari, everything_typed(), now=NOW)
    assert rows_of(any_store, saved.id)["chain"].ok
