from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.db import Store
from app.errors import FieldErrors
from app.models.enums import ContactKind, RiskFlag, Role, StepStatus
from app.services import contact_view, log
from app.services.contacts import ContactInput, RiskAnswer, log_non_data_contact, save_contact
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
