from __future__ import annotations

from datetime import date

import pytest

from app.errors import NotAllowed
from app.models.aid import DecisionEventKind
from app.models.enums import Role
from app.services.aid import decisions
from app.services.contacts.case_timeline import case_timeline
from app.services.contacts.contact_view import load_contact
from app.store.db import Store
from tests.conftest import make_user
from tests.services.aid.test_decisions import add_provider, decision, identified_contact


def test_case_timeline_shows_contacts_decisions_and_events_in_order(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    provider = add_provider(store)
    saved = identified_contact(store, mari, "Jaan Kask", "37605030299")
    with store.unit_of_work() as uow:
        made = decisions.decide(uow, mari, decision(saved.id, provider.id, date(2026, 4, 1)))
    with store.unit_of_work() as uow:
        decisions.record_event(uow, mari, made.id, DecisionEventKind.NOTICE_SENT, "e-post")
        decisions.record_event(uow, mari, made.id, DecisionEventKind.PROVIDER_DECLINED, "Ei saa vene keeles")
    with store.unit_of_work() as uow:
        case_id = load_contact(uow, mari, saved.id).data.case_id
        assert case_id is not None
        number, entries = case_timeline(uow, mari, case_id)
    assert number == made.case_number
    assert [entry.kind for entry in entries] == ["contact", "decision", "notice_sent", "provider_declined"]
    assert entries[-1].detail == "Ei saa vene keeles"
    olga = make_user(store, Role.COUNSELLOR, "olga")
    with store.unit_of_work() as uow, pytest.raises(NotAllowed):
        case_timeline(uow, olga, case_id)
