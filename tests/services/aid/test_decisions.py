"""Aid decisions as the counsellor makes them: the rules, the limit on the decision date, the notice and its hash."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from stdnum.ee import ik

from app.errors import FieldErrors, NotAllowed
from app.models.aid import AidDecision, DecisionEventKind, Outcome
from app.models.aid_rules import Event, LimitCategory, PersonRole
from app.models.enums import Role
from app.models.providers import AidService, Provider
from app.services.actor import SessionUser
from app.services.aid import decisions, providers
from app.services.aid.provider_input import ProviderInput, QualificationInput
from app.services.contacts.editing import ContactInput, SavedContact, save_contact
from app.services.documents.notice_pdf import notice_sha256
from app.services.documents.notice_render import render
from app.services.guard import auth
from app.store.db import Store
from tests.conftest import make_user


def admin_of(store: Store) -> SessionUser:
    with store.unit_of_work() as uow:
        return auth.authenticate(uow, "admin", "correct horse battery")


def add_provider(store: Store, name: str = "Hingerahu OÜ", *, qualified: bool = True) -> providers.ProviderView:
    qualifications = (
        [QualificationInput("Kadri Tamm", "clinical_psychologist", "Kutseregister", "123456", None, date(2026, 1, 5))]
        if qualified
        else []
    )
    data = ProviderInput(
        kind="organisation",
        name=name,
        basis="articles_of_association",
        price_list_url="https://hingerahu.example.ee/hinnakiri",
        contract_valid_from=date(2025, 1, 1),
        registry_code="12345678" if qualified else "11000003",
        email="info@hingerahu.example.ee",
        phone="5123 4567",
        address="Tartu mnt 1, Tallinn",
        counties=["harju"],
        languages=["et", "ru"],
        services=["counselling", "psychotherapy"],
        qualifications=qualifications,
    )
    with store.unit_of_work() as uow:
        view = providers.create_provider(uow, admin_of(store), data, today=date(2026, 1, 5))
        uow.commit()
    assert view.id is not None
    return view


def identified_contact(store: Store, user: SessionUser, name: str, id_code: str) -> SavedContact:
    with store.unit_of_work() as uow:
        return save_contact(
            uow,
            user,
            ContactInput(
                started_at=datetime(2026, 3, 30, 20, 0, tzinfo=UTC),
                identified=True,
                full_name=name,
                id_code=id_code,
                phone="5550 1234",
                summary="Vägivald kodus",
            ),
            now=datetime(2026, 3, 30, 20, 30, tzinfo=UTC),
        )


@pytest.fixture
def mari(store: Store) -> SessionUser:
    return make_user(store, Role.COUNSELLOR, "mari")


def decision(contact_id, provider_id, day: date, **changes) -> decisions.DecisionInput:
    values = {
        "decision_date": day,
        "role": PersonRole.VICTIM,
        "event": Event.DOMESTIC_VIOLENCE,
        "contact_id": contact_id,
        "service": AidService.COUNSELLING,
        "provider_id": provider_id,
    }
    values.update(changes)
    return decisions.DecisionInput(**values)


@pytest.mark.parametrize(
    ("day", "amount"), [(date(2026, 3, 31), Decimal("886.00")), (date(2026, 4, 1), Decimal("946.00"))]
)
def test_limit_is_the_minimum_wage_on_the_decision_date(
    store: Store, mari: SessionUser, day: date, amount: Decimal
) -> None:
    provider = add_provider(store)
    saved = identified_contact(store, mari, "Jüri Õunapuu-Šarõgina", "37605030299")
    with store.unit_of_work() as uow:
        made = decisions.decide(uow, mari, decision(saved.id, provider.id, day))
    assert made.limit_amount == amount
    assert made.rule == "rule.domestic_or_sexual_violence"
    assert made.number.startswith(f"TT-{day.year}-")
    assert made.case_number.startswith("OA-")  # a case was opened for the decision


def test_notice_carries_every_field_and_keeps_its_hash(store: Store, mari: SessionUser) -> None:
    provider = add_provider(store)
    saved = identified_contact(store, mari, "Ольга Смирнова", "48501010003")
    with store.unit_of_work() as uow:
        made = decisions.decide(uow, mari, decision(saved.id, provider.id, date(2026, 4, 1)))
    with store.unit_of_work() as uow:
        first = decisions.make_notice(uow, mari, made.id)
    with store.unit_of_work() as uow:
        again = decisions.make_notice(uow, mari, made.id)
        assert decisions.get_decision(uow, mari, made.id).notice_sha256 == first.sha256
    assert again.pdf == first.pdf
    assert again.same_as_before
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(first.pdf)).pages)
    for expected in ("Ольга Смирнова", made.number, made.case_number, "946,00", "Hingerahu OÜ", "Mari Tamm"):
        assert expected in text


def test_a_notice_first_made_by_the_earlier_layout_is_known_as_the_same(store: Store, mari: SessionUser) -> None:
    """Layout 2 draws the notice faster with other bytes: a decision whose first notice layout 1 made keeps that hash,
    and making the notice again says "the same" until the content really changes."""
    provider = add_provider(store)
    saved = identified_contact(store, mari, "Jüri Õunapuu-Šarõgina", "37605030299")
    with store.unit_of_work() as uow:
        made = decisions.decide(uow, mari, decision(saved.id, provider.id, date(2026, 4, 1)))
    with store.unit_of_work() as uow:  # the first notice as the program drew it before layout 2
        kept = notice_sha256(render(decisions.notice_data(uow, mari, made.id), layout=1))
        row = uow.session.get(AidDecision, made.id)
        assert row is not None
        row.notice_sha256, row.notice_made_at = kept, datetime(2026, 4, 1, 9, tzinfo=UTC)
        uow.commit()

    with store.unit_of_work() as uow:
        again = decisions.make_notice(uow, mari, made.id)
        assert decisions.get_decision(uow, mari, made.id).notice_sha256 == kept
    assert again.sha256 != kept  # drawn by today's layout
    assert again.same_as_before

    with store.unit_of_work() as uow:
        changed_provider = uow.session.get(Provider, provider.id)
        assert changed_provider is not None
        changed_provider.address = "Uus tänav 1, 50103 Tartu"
        uow.commit()
    with store.unit_of_work() as uow:
        assert not decisions.make_notice(uow, mari, made.id).same_as_before


def test_sexually_abused_minor_ends_on_eighteenth_birthday_and_adults_are_refused(
    store: Store, mari: SessionUser
) -> None:
    provider = add_provider(store)
    child = identified_contact(store, mari, "Liis Kask", "61004020009")  # born 2 April 2010
    minor = {"event": Event.SEXUAL_VIOLENCE, "limit_category": LimitCategory.SEXUALLY_ABUSED_MINOR}
    with store.unit_of_work() as uow:
        made = decisions.decide(uow, mari, decision(child.id, provider.id, date(2026, 4, 1), **minor))
    assert made.limit_amount is None
    assert made.end_date == date(2028, 4, 2)
    adult = identified_contact(store, mari, "Mari Maasikas", "60804010002")  # 18 on 1 April 2026
    with store.unit_of_work() as uow, pytest.raises(FieldErrors) as raised:
        decisions.decide(uow, mari, decision(adult.id, provider.id, date(2026, 4, 1), **minor))
    assert raised.value.errors == {"limit_category": "limit.minor_is_adult"}


def test_provider_without_qualifying_evidence_cannot_be_chosen(store: Store, mari: SessionUser) -> None:
    provider = add_provider(store, "Tõendita FIE", qualified=False)
    saved = identified_contact(store, mari, "Jaan Kask", "37605030299")
    with store.unit_of_work() as uow, pytest.raises(FieldErrors) as raised:
        decisions.decide(uow, mari, decision(saved.id, provider.id, date(2026, 4, 1)))
    assert raised.value.errors == {"provider": "provider.no_qualified_specialist"}


def test_other_offence_needs_a_reference_and_refusal_needs_a_reason(store: Store, mari: SessionUser) -> None:
    provider = add_provider(store)
    saved = identified_contact(store, mari, "Jaan Kask", "37605030299")
    other = {"event": Event.OTHER_OFFENCE}
    with store.unit_of_work() as uow, pytest.raises(FieldErrors) as raised:
        decisions.decide(uow, mari, decision(saved.id, provider.id, date(2026, 4, 1), **other))
    assert raised.value.errors == {"reference": "decision.reference_needed"}
    with store.unit_of_work() as uow, pytest.raises(FieldErrors) as raised:
        decisions.decide(uow, mari, decision(saved.id, None, date(2026, 4, 1), outcome=Outcome.REFUSED))
    assert raised.value.errors == {"refusal_reason": "decision.reason_required"}
    with store.unit_of_work() as uow:
        refused = decisions.decide(
            uow, mari, decision(saved.id, None, date(2026, 4, 1), outcome=Outcome.REFUSED, refusal_reason="Ei soovi")
        )
    assert refused.outcome is Outcome.REFUSED
    with store.unit_of_work() as uow, pytest.raises(NotAllowed):
        decisions.make_notice(uow, mari, refused.id)


def test_events_after_the_decision_go_on_its_timeline(store: Store, mari: SessionUser) -> None:
    provider = add_provider(store)
    saved = identified_contact(store, mari, "Jaan Kask", "37605030299")
    with store.unit_of_work() as uow:
        made = decisions.decide(uow, mari, decision(saved.id, provider.id, date(2026, 4, 1)))
    with store.unit_of_work() as uow:
        decisions.record_event(uow, mari, made.id, DecisionEventKind.NOTICE_SENT, "e-post")
        decisions.record_event(uow, mari, made.id, DecisionEventKind.NO_SHOW)
        with pytest.raises(FieldErrors):
            decisions.record_event(uow, mari, made.id, DecisionEventKind.PROVIDER_DECLINED)
    with store.unit_of_work() as uow:
        events = decisions.get_decision(uow, mari, made.id).events
    assert events == ((DecisionEventKind.NOTICE_SENT, "e-post"), (DecisionEventKind.NO_SHOW, None))


def test_rates_are_kept_by_the_administrator(store: Store, mari: SessionUser) -> None:
    admin = admin_of(store)
    with store.unit_of_work() as uow:
        with pytest.raises(NotAllowed):
            decisions.set_rate(uow, mari, date(2027, 1, 1), "1000")
        with pytest.raises(FieldErrors):
            decisions.set_rate(uow, admin, date(2027, 1, 1), "tuhat")
        decisions.set_rate(uow, admin, date(2027, 1, 1), "1 012,50")
        uow.commit()
    with store.unit_of_work() as uow:
        assert decisions.rate_on(uow, date(2027, 6, 1)) == Decimal("1012.50")
        assert decisions.rate_on(uow, date(2026, 12, 31)) == Decimal("946.00")


def test_export_per_provider_keeps_limited_and_unlimited_clients_apart(store: Store, mari: SessionUser) -> None:
    provider = add_provider(store)
    adult = identified_contact(store, mari, "Jaan Kask", "37605030299")
    child = identified_contact(store, mari, "Liis Kask", "61004020009")
    minor = {"event": Event.SEXUAL_VIOLENCE, "limit_category": LimitCategory.SEXUALLY_ABUSED_MINOR}
    with store.unit_of_work() as uow:
        standard = decisions.decide(uow, mari, decision(adult.id, provider.id, date(2026, 4, 2)))
        unlimited = decisions.decide(uow, mari, decision(child.id, provider.id, date(2026, 4, 3), **minor))
    assert provider.id is not None
    with store.unit_of_work() as uow:
        with pytest.raises(NotAllowed):
            decisions.export_for_provider(uow, mari, provider.id, date(2026, 4, 1), date(2026, 4, 30))
        lead = make_user(store, Role.SHIFT_LEAD, "tiina")
        files = decisions.export_for_provider(uow, lead, provider.id, date(2026, 4, 1), date(2026, 4, 30))
    assert standard.number in files.with_limit
    assert "946.00" in files.with_limit
    assert unlimited.number not in files.with_limit
    assert unlimited.number in files.without_limit
    assert standard.number not in files.without_limit
    assert "2028-04-02" in files.without_limit


def test_a_decision_goes_only_into_its_own_callers_case(store: Store, mari: SessionUser) -> None:
    """The notice for Peeter must not carry Rita's case number (issue 10, point 5: a case only of its own person)."""
    provider = add_provider(store)
    peeter = identified_contact(store, mari, "Peeter Pärn", "37605030299")
    rita = identified_contact(store, mari, "Rita Rebane", "48501010003")
    with store.unit_of_work() as uow:
        ritas = decisions.decide(uow, mari, decision(rita.id, provider.id, date(2026, 4, 1)))
    with store.unit_of_work() as uow:
        ritas_case = uow.session.get(AidDecision, ritas.id).case_id  # type: ignore[union-attr]
    for case_id, code in ((ritas_case, "case.other_person"), (uuid.uuid4(), "case.missing")):
        with store.unit_of_work() as uow, pytest.raises(FieldErrors) as refused:
            decisions.decide(uow, mari, decision(peeter.id, provider.id, date(2026, 4, 1), case_id=case_id))
        assert refused.value.errors == {"case": code}
    with store.unit_of_work() as uow:
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(AidDecision)) == 1

    with store.unit_of_work() as uow:  # from the contact alone, Peeter's own (new) case
        peeters = decisions.decide(uow, mari, decision(peeter.id, provider.id, date(2026, 4, 1)))
    assert peeters.person_name == "Peeter Pärn"
    assert peeters.case_number != ritas.case_number
    with store.unit_of_work() as uow:  # and Rita's case from Rita's contact, named or not
        again = decisions.decide(uow, mari, decision(rita.id, provider.id, date(2026, 4, 2), case_id=ritas_case))
    assert again.case_number == ritas.case_number


def test_the_list_of_decisions_takes_as_many_queries_for_twenty_as_for_two(store: Store, mari: SessionUser) -> None:
    """No query per decision: the shift lead's list reads its decisions, people, cases, providers and counsellors
    in a fixed number of statements however long it is."""
    provider = add_provider(store)
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")

    def decide_for(serial: int) -> None:
        body = f"37605{serial:02d}{serial:03d}"  # a man born on the serial-th of May 1976
        saved = identified_contact(store, mari, f"Klient {serial}", body + ik.calc_check_digit(body + "0"))
        with store.unit_of_work() as uow:
            decisions.decide(uow, mari, decision(saved.id, provider.id, date(2026, 4, 1)))

    def statements_to_list(expected: int) -> int:
        statements: list[str] = []

        def count(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
            statements.append(statement)

        with store.unit_of_work() as uow:
            sa.event.listen(store.engine, "before_cursor_execute", count)
            try:
                listed = decisions.list_decisions(uow, lead)
            finally:
                sa.event.remove(store.engine, "before_cursor_execute", count)
        assert len(listed) == expected
        assert {view.person_name for view in listed} == {f"Klient {serial}" for serial in range(1, expected + 1)}
        assert len({view.decided_by for view in listed} - {""}) == 1  # every one says who decided
        return len(statements)

    for serial in (1, 2):
        decide_for(serial)
    for_two = statements_to_list(2)
    for serial in range(3, 21):
        decide_for(serial)
    assert statements_to_list(20) == for_two
