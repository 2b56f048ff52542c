"""Who may call which service: every public service function that acts for a user, called as each role.

``ROWS`` is the table of the rules (``docs/decisions.md`` "Who may do what" is written from it). Each row names a
service function, the callers it allows and, where the rule depends on the record, which record the call is about.
The callers are an administrator, a shift lead, the counsellor who handled the records of the world (``own``) and
another counsellor (``other``). A forbidden call must raise :class:`NotAllowed` and leave every table as it was,
even when the caller commits afterwards (no service records a refused attempt in the audit trail); an allowed call
must succeed.

A new service function taking ``actor`` without a row here fails :func:`test_every_service_acting_for_a_user_has_a_row`,
so nobody adds an unguarded service silently.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

import app.services
from app.errors import NotAllowed
from app.models import Base
from app.models.aid import DecisionEventKind
from app.models.aid_rules import Event, LimitCategory, PersonRole
from app.models.audit import AuditKind
from app.models.drafts import DraftKind
from app.models.enums import ContactKind, Role
from app.models.providers import AidService
from app.models.review import Shift
from app.services import drafts, sync_conflicts
from app.services.actor import SessionUser
from app.services.aid import decisions as aid
from app.services.aid import providers
from app.services.aid.provider_input import ProviderInput, QualificationInput
from app.services.conflicts import Side, differences
from app.services.contacts import (
    caller_recognition,
    case_timeline,
    cases,
    conflict,
    contact_view,
    fields,
    log,
    matching,
    taxonomy,
)
from app.services.contacts import editing as contacts
from app.services.contacts.editing import ContactInput
from app.services.desk import review, shift_desk
from app.services.documents import provider_csv
from app.services.guard import (
    access,
    audit,
    audit_anchor,
    auth,
    backup_settings,
    retention,
    security_settings,
    team,
    team_accounts,
)
from app.services.statistics import figures
from app.store.db import Store, UnitOfWork
from app.store.sync import engine as sync
from tests.conftest import _postgres_store, local_store, make_user

PASSWORD = "correct horse battery"  # make_user's
STARTED = datetime(2026, 3, 30, 20, 0, tzinfo=UTC)
SAVED = datetime(2026, 3, 30, 20, 30, tzinfo=UTC)
CALLBACK = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)
DECIDED = date(2026, 4, 1)
TODAY = date(2026, 11, 22)
SCRATCH_RATE = date(2031, 1, 1)
GRANTED_LONG_AGO = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

# The callers: "own" handled every contact, case and decision of the world; "other" is a counsellor who did not.
# Administrators come last, so the refused callers try their changes on the world as it was built.
ACTORS = ("other", "own", "lead", "admin")
ALL = frozenset(ACTORS)
LEADS = frozenset({"lead", "admin"})
ADMIN = frozenset({"admin"})
OWNER = frozenset({"own", "lead", "admin"})  # the counsellor whose record it is, leads and administrators
HANDLER = frozenset({"own"})  # only the counsellor who handled it


@dataclass(frozen=True)
class World:
    store: Store
    actors: dict[str, SessionUser]
    scratch_user: uuid.UUID  # a counsellor the administrator's calls change
    identified: uuid.UUID  # own's identified contact, in a case, with a callback due
    anonymous: uuid.UUID  # own's anonymous contact, with a callback due
    person: uuid.UUID
    case: uuid.UUID
    provider: uuid.UUID  # the decisions' provider
    scratch_provider: uuid.UUID  # the one the administrator's calls change
    decision: uuid.UUID  # own's, granted
    review: uuid.UUID  # of the identified contact, by the lead
    note: uuid.UUID  # a handover note by the lead
    topic: uuid.UUID
    criterion: uuid.UUID
    criterion_code: str
    register_csv: str  # the provider register as exported, for the import
    folder: Path  # the world's own folder: the SQLite store's file is ``store.sqlite3`` there, restored stores beside


def provider_input(name: str) -> ProviderInput:
    return ProviderInput(
        kind="person",
        name=name,
        basis="fie_business_register",
        price_list_url="https://kadri.example.ee/hinnakiri",
        contract_valid_from=date(2020, 1, 1),
        email="kadri@example.ee",
        phone="5123 4567",
        address="Tartu mnt 1, Tallinn",
        counties=["harju"],
        languages=["et", "ru"],
        services=["counselling"],
        qualifications=[
            QualificationInput("Kadri Tamm", "clinical_psychologist", "Kutseregister", "123456", None, date(2026, 1, 5))
        ],
    )


def identified_input(w: World | None = None) -> ContactInput:
    """Own's identified contact as saved (with ``w``: as it stands, so saving it again changes nothing)."""
    return ContactInput(
        started_at=STARTED,
        identified=True,
        full_name="Ольга Смирнова",
        id_code="48501010003",
        summary="Vägivald kodus",
        callback_due_at=CALLBACK,
        person_id=w.person if w else None,
        case_id=w.case if w else None,
        open_new_case=w is None,
    )


def anonymous_input() -> ContactInput:
    return ContactInput(started_at=STARTED, summary="Üksildus pühade ajal", callback_due_at=CALLBACK)


def _build_world(store: Store, folder: Path) -> World:
    actors = {
        "admin": make_user(store, Role.ADMINISTRATOR, "admin"),
        "lead": make_user(store, Role.SHIFT_LEAD, "liis"),
        "own": make_user(store, Role.COUNSELLOR, "mari"),
        "other": make_user(store, Role.COUNSELLOR, "jaan"),
    }
    admin, lead, own = actors["admin"], actors["lead"], actors["own"]
    scratch_user = make_user(store, Role.COUNSELLOR, "peeter").id
    with store.unit_of_work() as uow:
        provider = providers.create_provider(uow, admin, provider_input("Hingerahu OÜ"), today=TODAY)
        scratch_provider = providers.create_provider(uow, admin, provider_input("Proov OÜ"), today=TODAY)
        topic = taxonomy.add_topic(uow, admin, "Proov", "Trial", "Проба")
        uow.commit()
    with store.unit_of_work() as uow:
        criterion = review.add_criterion(uow, admin, "Proov", "Trial", "Проба")
    with store.unit_of_work() as uow:
        identified = contacts.save_contact(uow, own, identified_input(), now=SAVED)
    with store.unit_of_work() as uow:
        anonymous = contacts.save_contact(uow, own, anonymous_input(), now=SAVED)
    assert identified.person_id is not None
    assert identified.case_id is not None
    with store.unit_of_work() as uow:
        decision = aid.decide(
            uow,
            own,
            aid.DecisionInput(
                decision_date=DECIDED,
                role=PersonRole.VICTIM,
                event=Event.DOMESTIC_VIOLENCE,
                contact_id=identified.id,
                service=AidService.COUNSELLING,
                limit_category=LimitCategory.STANDARD,
                provider_id=provider.id,
            ),
        )
    with store.unit_of_work() as uow:
        made = review.save_review(uow, lead, identified.id, {criterion.code: (4, "")}, "Hea töö", False)
    with store.unit_of_work() as uow:
        note = shift_desk.write_handover(uow, lead, "Öö oli rahulik.", Shift.NIGHT)
    with store.unit_of_work() as uow:
        register = provider_csv.export_csv(uow, admin)
    assert provider.id is not None
    assert scratch_provider.id is not None
    return World(
        store=store,
        actors=actors,
        scratch_user=scratch_user,
        identified=identified.id,
        anonymous=anonymous.id,
        person=identified.person_id,
        case=identified.case_id,
        provider=provider.id,
        scratch_provider=scratch_provider.id,
        decision=decision.id,
        review=made.id,
        note=note.id,
        topic=topic.id,
        criterion=criterion.id,
        criterion_code=criterion.code,
        register_csv=register,
        folder=folder,
    )


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """Like ``any_store`` (SQLite and PostgreSQL), built once per module: a store per call would take minutes."""
    folder = tmp_path_factory.mktemp("roles")
    stores = iter([local_store(folder / "store.sqlite3")]) if request.param == "sqlite" else _postgres_store()
    store = next(stores)
    try:
        yield _build_world(store, folder)
    finally:
        if request.param == "sqlite":
            store.close()
        else:
            next(stores, None)  # runs the generator's cleanup: closes the store, drops the database


# --- the table ---------------------------------------------------------------------------------------------------
Args = Callable[[World], dict[str, Any]]


def _no_args(_w: World) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class Rule:
    """``function`` may be called by ``allowed``; ``args`` are its other arguments (by name) against the world."""

    function: Callable[..., Any]
    allowed: frozenset[str]
    args: Args = field(default=_no_args)
    record: str = ""  # which record the call is about, where the rule depends on it
    undo: Args | None = None  # arguments of a second call that puts things back (a password changed back)
    # Allowed calls that need a world this table cannot build (a team server with login roles): the table checks
    # the refusals, and the named test (path::name) the allowed calls; a test below checks that it exists.
    allowed_proven_in: str = ""

    @property
    def name(self) -> str:
        return service_name(self.function)


def _decision_from(**origin: Any) -> Args:
    def args(w: World) -> dict[str, Any]:
        chosen = {key: getattr(w, value) for key, value in origin.items()}
        data = aid.DecisionInput(
            decision_date=DECIDED,
            role=PersonRole.VICTIM,
            event=Event.DOMESTIC_VIOLENCE,
            service=AidService.COUNSELLING,
            limit_category=LimitCategory.STANDARD,
            provider_id=w.provider,
            **chosen,
        )
        return {"data": data}

    return args


def _password_change(old: str, new: str) -> Args:
    return lambda w: {"current": old, "new": new, "repeated": new}


def _names() -> dict[str, str]:
    """Names no call has used before, so that a refused rename would show."""
    mark = uuid.uuid4().hex[:6]
    return {"name_et": f"Proov {mark}", "name_en": f"Trial {mark}", "name_ru": f"Проба {mark}"}


_TEAM_ACCOUNTS_PROOF = (
    "tests/store/server/test_accounts.py::test_an_administrator_creates_moves_deactivates_and_resets_a_user"
)


_SYNC_CONFLICT_PROOF = (
    "tests/ui/shell/test_sync_conflicts.py::test_a_contact_changed_on_two_workstations_meets_the_dialog"
)


def _sync_conflict(contact: str) -> Callable[[World], dict[str, Any]]:
    """A contact of the world changed here and on the team server (the sync's record of it)."""

    def args(w: World) -> dict[str, Any]:
        server_row = {"version": 7, "summary": "changed on another workstation"}
        return {"found": sync.Conflict("contacts", (getattr(w, contact).hex,), server_row)}

    return args


def _sync_choices(w: World) -> dict[str, Any]:
    found = _sync_conflict("anonymous")(w)["found"]
    with w.store.unit_of_work() as uow:
        opened = sync_conflicts.open_contact(uow, w.actors["admin"], found)
    return {"found": found, "opened": opened, "choices": {"summary": Side.THEIRS}}


def _unique_name(_w: World) -> dict[str, Any]:
    return {
        "username": "u" + uuid.uuid4().hex[:10],
        "full_name": "Uus Kasutaja",
        "password": PASSWORD,
        "role": Role.COUNSELLOR,
    }


def _choices_after_a_conflict(w: World) -> dict[str, Any]:
    """Own's anonymous contact changed meanwhile: the form's input against it as stored now, the user keeping the
    stored summary (so the world stays as it was) and saving against the version the conflict showed."""
    with w.store.unit_of_work() as uow:
        theirs = contact_view.load_contact(uow, w.actors["admin"], w.anonymous, screen="conflict")
    base = replace(theirs.data, summary="Üksildus")  # what the form opened, before the other save
    mine = replace(base, summary="Üksildus, helistab homme uuesti")
    found = differences(base, mine, theirs.data, fields.COMPARED)
    assert found, "a conflict the user chooses in"
    return {"conflict": conflict.ContactConflict(base, mine, theirs, found), "choices": {"summary": Side.THEIRS}}


def _restored_store(w: World) -> Path:
    """A store file just put back from a backup, closed (as the window and ``helpline restore`` leave it)."""
    path = w.folder / f"restored-{uuid.uuid4().hex[:8]}.sqlite3"
    local_store(path).close()
    return path


ROWS: list[Rule] = [
    # contacts: anyone logs; a counsellor edits only their own; identified contacts open to their counsellor only
    Rule(contacts.save_contact, ALL, lambda w: {"data": anonymous_input()}, "a new contact"),
    Rule(
        contacts.save_contact,
        OWNER,
        lambda w: {"data": anonymous_input(), "contact_id": w.anonymous},
        "own's anonymous contact, edited",
    ),
    Rule(
        contacts.save_contact,
        OWNER,
        lambda w: {"data": identified_input(w), "contact_id": w.identified},
        "own's identified contact, edited",
    ),
    Rule(
        contacts.save_contact,
        OWNER,
        lambda w: {"data": replace(identified_input(w), callback_due_at=None)},
        "a new contact in own's case (own's caller)",
    ),
    Rule(contacts.log_non_data_contact, ALL, lambda w: {"kind": ContactKind.SILENT}),
    Rule(contact_view.load_contact, ALL, lambda w: {"contact_id": w.anonymous}, "an anonymous contact"),
    Rule(contact_view.load_contact, OWNER, lambda w: {"contact_id": w.identified}, "own's identified contact"),
    Rule(contact_view.load_person, OWNER, lambda w: {"person_id": w.person}, "own's caller, linked"),
    Rule(auth.log_out, ALL, lambda w: {"how": "log_out"}, "the caller's own session"),
    Rule(contact_view.contact_history, ALL, lambda w: {"contact_id": w.anonymous}, "an anonymous contact"),
    Rule(contact_view.contact_history, OWNER, lambda w: {"contact_id": w.identified}, "own's identified contact"),
    Rule(log.list_page, ALL, record="each sees what they may open"),
    Rule(caller_recognition.caller_history, ALL, lambda w: {"number": "5123 4567"}, "each sees what they may open"),
    Rule(log.follow_ups, ALL, record="the caller's own"),
    # repeat callers: each sees the callers they may see, another's only as "a known caller"; anyone may ask for
    # access with a reason (recorded; the grant is dated long ago so it no longer changes what "other" may do)
    Rule(matching.find_matches, ALL, lambda w: {"id_code": "48501010003"}, "each sees what they may open"),
    Rule(
        access.grant_access,
        ALL,
        lambda w: {"person_id": w.person, "reason": "Helistaja küsib oma juhtumi kohta", "now": GRANTED_LONG_AGO},
        "any user, with a reason",
    ),
    Rule(log.mark_callback_done, OWNER, lambda w: {"contact_id": w.anonymous}, "own's contact"),
    Rule(case_timeline.case_timeline, OWNER, lambda w: {"case_id": w.case}, "a case own took part in"),
    # aid decisions: from a contact or case the counsellor may open; a counsellor sees only their own decisions
    Rule(aid.decide, OWNER, _decision_from(contact_id="identified"), "from own's identified contact"),
    Rule(aid.decide, OWNER, _decision_from(case_id="case"), "in own's case"),
    Rule(aid.get_decision, OWNER, lambda w: {"decision_id": w.decision}, "own's decision"),
    Rule(aid.list_decisions, ALL, record="a counsellor's own"),
    Rule(aid.notice_data, OWNER, lambda w: {"decision_id": w.decision}, "own's decision"),
    Rule(aid.make_notice, OWNER, lambda w: {"decision_id": w.decision}, "own's decision"),
    Rule(
        aid.record_event,
        OWNER,
        lambda w: {"decision_id": w.decision, "kind": DecisionEventKind.NOTICE_SENT, "note": "e-mail"},
        "own's decision",
    ),
    Rule(
        aid.export_for_provider,
        LEADS,
        lambda w: {"provider_id": w.provider, "since": date(2026, 1, 1), "until": TODAY},
    ),
    Rule(aid.set_rate, ADMIN, lambda w: {"valid_from": SCRATCH_RATE, "amount_text": "1 234,56"}),
    Rule(aid.remove_rate, ADMIN, lambda w: {"valid_from": SCRATCH_RATE}),
    # the shift lead's desk
    Rule(review.review_page, ALL, lambda w: {"where": review.ReviewFilter()}, "each sees what they may open"),
    Rule(review.review_queue, LEADS),
    Rule(
        review.save_review,
        LEADS,
        lambda w: {
            "contact_id": w.identified,
            "scores": {w.criterion_code: (5, "")},
            "overall": "Väga hea",
            "discussed": True,
        },
    ),
    Rule(review.reviews_for, OWNER, lambda w: {"contact_id": w.anonymous}, "own's anonymous contact"),
    Rule(review.reviews_for, OWNER, lambda w: {"contact_id": w.identified}, "own's identified contact"),
    Rule(review.my_feedback, ALL, record="the caller's own"),
    Rule(review.acknowledge, HANDLER, lambda w: {"review_id": w.review}, "the review of own's contact"),
    Rule(review.add_criterion, ADMIN, lambda w: {"name_et": "Uus", "name_en": "New", "name_ru": "Новый"}),
    Rule(
        review.update_criterion,
        ADMIN,
        lambda w: {"criterion_id": w.criterion, **_names(), "active": True},
    ),
    Rule(shift_desk.require_lead, LEADS, lambda w: {"message": "leads only"}),
    Rule(shift_desk.team_follow_ups, LEADS, lambda w: {"today": TODAY}),
    Rule(shift_desk.workload, LEADS, lambda w: {"since": date(2026, 3, 1), "until": TODAY}),
    Rule(shift_desk.set_desk_settings, ADMIN, lambda w: {"settings": shift_desk.DeskSettings()}),
    Rule(shift_desk.write_handover, ALL, lambda w: {"text": "Üks tagasihelistamine jäi.", "shift": Shift.DAY}),
    Rule(shift_desk.unread_handovers, ALL),
    Rule(shift_desk.mark_read, ALL, lambda w: {"note_id": w.note}, "the caller's own mark"),
    Rule(figures.period_statistics, LEADS, lambda w: {"since": date(2026, 3, 1), "until": TODAY}),
    # administration
    Rule(auth.create_user, ADMIN, _unique_name),
    Rule(auth.list_users, ADMIN),
    Rule(auth.set_active, ADMIN, lambda w: {"user_id": w.scratch_user, "active": False}),
    Rule(auth.set_role, ADMIN, lambda w: {"user_id": w.scratch_user, "role": Role.SHIFT_LEAD}),
    Rule(auth.reset_password, ADMIN, lambda w: {"user_id": w.scratch_user, "password": "another horse battery"}),
    Rule(
        auth.set_contacts, ADMIN, lambda w: {"user_id": w.scratch_user, "phone": "5123 4567", "email": "p@example.ee"}
    ),
    # administration on a team server: refused here; allowed only on a server with login roles (tests/store/server)
    *(
        Rule(function, ADMIN, args, allowed_proven_in=_TEAM_ACCOUNTS_PROOF)
        for function, args in (
            (team_accounts.create_user, _unique_name),
            (team_accounts.set_active, lambda w: {"user_id": w.scratch_user, "active": False}),
            (team_accounts.set_role, lambda w: {"user_id": w.scratch_user, "role": Role.SHIFT_LEAD}),
            (team_accounts.reset_password, lambda w: {"user_id": w.scratch_user, "password": "another horse battery"}),
        )
    ),
    # the team's workstations, as the server last heard of them: administrators only
    Rule(
        team.list_workstations,
        ADMIN,
        allowed_proven_in="tests/ui/shell/test_team_join.py::test_an_administrator_sees_the_teams_workstations",
    ),
    Rule(
        auth.change_password,
        ALL,
        _password_change(PASSWORD, "another horse battery"),
        "the caller's own",
        undo=_password_change("another horse battery", PASSWORD),
    ),
    Rule(providers.require_admin, ADMIN),
    Rule(providers.list_providers, ADMIN),
    Rule(providers.get_provider, ADMIN, lambda w: {"provider_id": w.provider}),
    Rule(providers.create_provider, ADMIN, lambda w: {"data": provider_input("Uus OÜ"), "today": TODAY}),
    Rule(
        providers.update_provider,
        ADMIN,
        lambda w: {"provider_id": w.scratch_provider, "data": provider_input(_names()["name_et"]), "today": TODAY},
    ),
    Rule(providers.set_active, ADMIN, lambda w: {"provider_id": w.scratch_provider, "active": True}),
    Rule(providers.deactivate, ADMIN, lambda w: {"provider_id": w.scratch_provider}),
    Rule(provider_csv.export_csv, ADMIN),
    Rule(provider_csv.import_csv, ADMIN, lambda w: {"text": w.register_csv, "today": TODAY}),
    Rule(taxonomy.add_topic, ADMIN, lambda w: {"name_et": "Uus", "name_en": "New", "name_ru": "Новый"}),
    Rule(
        taxonomy.update_topic,
        ADMIN,
        lambda w: {"topic_id": w.topic, **_names(), "active": True},
    ),
    Rule(taxonomy.save_topics, ADMIN, lambda w: {"rows": [taxonomy.TopicEdit(w.topic, **_names(), active=True)]}),
    Rule(cases.set_station_code, ADMIN, lambda w: {"code": "TST"}),
    Rule(security_settings.set_security_settings, ADMIN, lambda w: {"settings": security_settings.SecuritySettings()}),
    Rule(backup_settings.set_backup_settings, ADMIN, lambda w: {"settings": backup_settings.BackupSettings()}),
    # retention: run and previewed by an administrator (nothing in the world is old enough to go); holds by leads
    Rule(retention.preview, ADMIN),
    Rule(retention.plan_by_hand, ADMIN, lambda w: {"dry_run": True}),
    Rule(retention.anonymise, ADMIN),
    Rule(
        retention.set_legal_hold,
        LEADS,
        lambda w: {"case_id": w.case, "reason": "Kohtuasi 1-26-123"},
        undo=lambda w: {"case_id": w.case, "reason": None},
    ),
    # the audit trail: read and exported by leads and administrators; writing it is part of every other action
    Rule(audit.entries, LEADS, lambda w: {"where": audit.AuditFilter()}),
    Rule(audit.export_csv, LEADS, lambda w: {"where": audit.AuditFilter(person_id=w.person)}),
    Rule(audit.check_chain, LEADS),
    Rule(
        audit.record,
        ALL,
        lambda w: {"kind": AuditKind.VIEW, "record_type": "contact", "record_id": w.anonymous},
        "a helper: the calling service checks",
    ),
    Rule(
        audit.record_entries,
        ALL,
        lambda w: {"entries": [audit.Entry(AuditKind.VIEW, "contact", w.anonymous)]},
        "a helper: the calling service checks",
    ),
    Rule(audit.record_export, ALL, lambda w: {"what": "statistics"}, "a helper: the exporting service checks"),
    # drafts of open forms: each user writes, lists and removes only their own (another's id is never found)
    Rule(drafts.save_draft, ALL, lambda w: {"kind": DraftKind.CONTACT, "payload": {"summary": "Hel"}}, "a new one"),
    Rule(drafts.my_drafts, ALL, record="the caller's own"),
    Rule(drafts.discard_draft, ALL, lambda w: {"draft_id": uuid.uuid4()}, "the caller's own"),
    Rule(drafts.unfinished_drafts, ALL, record="the caller's own"),
    Rule(drafts.discard_drafts, ALL, lambda w: {"draft_ids": [uuid.uuid4()]}, "the caller's own"),
    # saving what an editor opened, compared with what was saved meanwhile
    Rule(
        conflict.save_opened,
        ALL,
        lambda w: {"data": anonymous_input(), "contact_id": None, "expected_version": None, "base": None},
        "a new contact",
    ),
    Rule(
        providers.update_opened,
        ADMIN,
        lambda w: {
            "provider_id": w.scratch_provider,
            "data": provider_input(_names()["name_et"]),
            "base": provider_input(_names()["name_et"]),
            "expected_version": None,
            "today": TODAY,
        },
    ),
    # the user's choices after a conflict are saved as the contact's edit: whoever may change the contact
    Rule(conflict.save_choices, OWNER, _choices_after_a_conflict, "own's anonymous contact, changed meanwhile"),
    # a contact changed here and on another workstation (team mode): opened by whoever may open it, the choices
    # saved by whoever may change it (allowed calls need a team workstation's store: proven there)
    Rule(sync_conflicts.open_contact, OWNER, _sync_conflict("identified"), "own's identified contact"),
    Rule(sync_conflicts.open_contact, ALL, _sync_conflict("anonymous"), "own's anonymous contact"),
    Rule(
        sync_conflicts.save_contact,
        OWNER,
        _sync_choices,
        "own's anonymous contact",
        allowed_proven_in=_SYNC_CONFLICT_PROOF,
    ),
    # the audit trail's anchor: re-based only by an administrator, who accepts the trail as it is or restored a
    # backup with their log-in (the restore at start after damage, before anyone logs in, records nothing here: the
    # next start finds the trail shorter than anchored and an administrator accepts it)
    Rule(
        audit_anchor.rebase,
        ADMIN,
        lambda w: {
            "keeper": audit_anchor.Keeper(None, "roles"),
            "kind": AuditKind.ANCHOR_REBASED,
            "details": {"by": "the role table"},
        },
        "the trail accepted as it is",
    ),
    Rule(
        audit_anchor.record_restore,
        ADMIN,
        lambda w: {"store": w.store, "store_file": w.folder / "store.sqlite3", "backup_name": "helpline-1.sqlite3"},
        "the world's store, restored",
    ),
    Rule(
        audit_anchor.record_restore_at,
        ADMIN,
        lambda w: {"store_file": _restored_store(w), "key": None, "backup_name": "helpline-1.sqlite3"},
        "a store just restored",
    ),
    Rule(
        audit_anchor.after_restore,
        ADMIN,
        lambda w: {"store_file": _restored_store(w), "key": None, "backup_file": w.folder / "helpline-1.sqlite3"},
        "a store just restored, from the window",
    ),
]


# --- finding the services ----------------------------------------------------------------------------------------
def service_name(function: Callable[..., Any]) -> str:
    return f"{function.__module__.removeprefix('app.services.')}.{function.__qualname__}"


def services_acting_for_a_user() -> set[str]:
    """Every public function (or public method of a public class) in ``app.services`` and every package under it
    with an ``actor``."""
    found: set[str] = set()
    for info in pkgutil.walk_packages(app.services.__path__, "app.services."):
        if info.name == "app.services.actor":
            continue  # the role predicates judge an actor; they act for no one
        module = importlib.import_module(info.name)
        for name, member in vars(module).items():
            if name.startswith("_") or getattr(member, "__module__", None) != module.__name__:
                continue
            candidates = [member] if inspect.isfunction(member) else []
            if inspect.isclass(member):
                candidates = [m for n, m in vars(member).items() if not n.startswith("_") and inspect.isfunction(m)]
            found |= {service_name(c) for c in candidates if "actor" in inspect.signature(c).parameters}
    return found


def test_every_service_acting_for_a_user_has_a_row() -> None:
    ruled = {rule.name for rule in ROWS}
    assert "aid.decisions.decide" in services_acting_for_a_user()  # the search itself works, in subpackages too
    assert sorted(services_acting_for_a_user() - ruled) == [], "service functions with an actor but no row in ROWS"
    assert sorted(ruled - services_acting_for_a_user()) == [], "rows for functions that are gone or take no actor"


# --- calling them ------------------------------------------------------------------------------------------------
def contents(store: Store) -> dict[str, list[str]]:
    """Every row of every table (sorted), to show that a refused call changed nothing, not just added nothing."""
    with store.engine.connect() as connection:
        return {
            table.name: sorted(repr(tuple(row)) for row in connection.execute(sa.select(table)))
            for table in Base.metadata.sorted_tables
        }


def call(rule: Rule, uow: UnitOfWork, actor: SessionUser, w: World) -> None:
    for args in (rule.args, rule.undo):
        if args is None:
            continue
        arguments = args(w)
        if "uow" in inspect.signature(rule.function).parameters:
            arguments["uow"] = uow
        rule.function(actor=actor, **arguments)


def _cases() -> list[Any]:
    return [
        pytest.param(rule, who, id=f"{rule.name}[{rule.record}]-{who}" if rule.record else f"{rule.name}-{who}")
        for rule in ROWS
        for who in ACTORS
        if not (rule.allowed_proven_in and who in rule.allowed)
    ]


def test_allowed_calls_proven_elsewhere_are_proven_in_a_test_that_exists() -> None:
    root = Path(__file__).resolve().parents[2]
    for rule in ROWS:
        if rule.allowed_proven_in:
            path, name = rule.allowed_proven_in.split("::")
            assert f"def {name}(" in (root / path).read_text(encoding="utf-8"), rule.name


@pytest.mark.parametrize(("rule", "who"), _cases())
def test_each_role_calls_each_service(world: World, rule: Rule, who: str) -> None:
    actor = world.actors[who]
    if who in rule.allowed:
        with world.store.unit_of_work() as uow:
            call(rule, uow, actor, world)  # allowed: no NotAllowed, and with valid arguments no other error either
            uow.commit()
        return
    before = contents(world.store)
    with world.store.unit_of_work() as uow:
        with pytest.raises(NotAllowed):
            call(rule, uow, actor, world)
        uow.commit()  # whatever the refused call left in the session would be written now
    assert contents(world.store) == before


def test_lists_show_another_counsellor_only_what_they_may_open(world: World) -> None:
    """The rows marked "each sees what they may open" filter instead of refusing: the identified contact, its
    decision and its review stay out of the other counsellor's lists, the anonymous contact is in them."""
    other, own = world.actors["other"], world.actors["own"]
    with world.store.unit_of_work() as uow:
        for who, sees_identified in ((other, False), (own, True)):
            logged = {row.id for row in log.list_page(uow, who)}
            desk = {row.id for row in review.review_page(uow, who, review.ReviewFilter())}
            assert world.anonymous in logged & desk
            assert (world.identified in logged, world.identified in desk) == (sees_identified, sees_identified)
            decisions = {view.id for view in aid.list_decisions(uow, who)}
            assert (world.decision in decisions) is sees_identified
            feedback = {view.id for view in review.my_feedback(uow, who)}
            assert (world.review in feedback) is sees_identified
