from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.demo.data import DEMO_PASSWORD, fill_demo_store
from app.models import Contact, Person, User
from app.models.enums import ContactKind, Role
from app.models.providers import AidService
from app.services.actor import SessionUser
from app.services.aid import providers
from app.services.contacts import log
from app.services.desk import review, shift_desk
from app.services.guard import auth
from app.services.statistics import figures
from app.store.db import Store

TODAY = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("demo") / "store.sqlite3"
    store = Store.open(f"sqlite:///{path}")
    fill_demo_store(store, today=TODAY)
    yield store
    store.close()


def test_every_demo_user_logs_in_with_the_documented_password(demo_store: Store) -> None:
    with demo_store.unit_of_work() as uow:
        roles = {name: auth.authenticate(uow, name, DEMO_PASSWORD).role for name in ("admin", "juht", "mari")}
        olga = auth.authenticate(uow, "olga", DEMO_PASSWORD)
        auth.authenticate(uow, "peeter", DEMO_PASSWORD)
    assert roles == {"admin": Role.ADMINISTRATOR, "juht": Role.SHIFT_LEAD, "mari": Role.COUNSELLOR}
    assert olga.full_name == "Olga Ivanova"


def test_about_two_thousand_contacts_over_six_months_with_non_data_ones(demo_store: Store) -> None:
    with demo_store.unit_of_work() as uow:
        kinds = dict(uow.session.execute(sa.select(Contact.kind, sa.func.count()).group_by(Contact.kind)).all())
        first, last = uow.session.execute(
            sa.select(sa.func.min(Contact.started_at), sa.func.max(Contact.started_at))
        ).one()
    assert sum(kinds.values()) == 2000
    non_data = sum(count for kind, count in kinds.items() if kind is not ContactKind.COUNSELLING)
    assert 300 < non_data < 500
    assert (TODAY - first).days >= 170
    assert last < TODAY


def test_names_are_estonian_and_russian_in_both_alphabets(demo_store: Store) -> None:
    with demo_store.unit_of_work() as uow:
        names = [name for name in uow.session.scalars(sa.select(Person.full_name)) if name]
    assert any(re.search("[а-яё]", name, re.IGNORECASE) for name in names)
    assert any(re.search("[õäöü]", name) for name in names)


def test_search_by_a_demo_phone_finds_that_callers_contacts(demo_store: Store) -> None:
    with demo_store.unit_of_work() as uow:
        lead = SessionUser.of(uow.session.scalars(sa.select(User).where(User.username == "juht")).one())
        phone, count = uow.session.execute(
            sa.select(Person.phone_e164, sa.func.count(Contact.id))
            .join(Contact, Contact.person_id == Person.id)
            .where(Person.phone_e164.is_not(None))
            .group_by(Person.id)
            .order_by(sa.func.count(Contact.id).desc())
            .limit(1)
        ).one()
        assert phone is not None
        national = phone.removeprefix("+372")
        rows = log.list_page(uow, lead, f"{national[:4]} {national[4:]}")
    assert count >= 2  # a repeat caller
    assert len(rows) >= count
    assert {row.identified for row in rows} == {True}
    assert any(row.case_number for row in rows)


def test_filling_again_changes_nothing(demo_store: Store) -> None:
    fill_demo_store(demo_store, today=TODAY, contacts=10)
    with demo_store.unit_of_work() as uow:
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(Contact)) == 2000
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(User)) == 5


def test_demo_providers_can_be_chosen_and_one_shows_why_not(demo_store: Store) -> None:
    with demo_store.unit_of_work() as uow:
        found = providers.choices(uow, AidService.COUNSELLING, TODAY.date())
    assert sum(choice.available for choice in found) == 3
    (out,) = [choice for choice in found if not choice.available]
    assert out.availability.reasons == ("provider.contract_expired",)


def test_the_desk_has_reviews_an_open_queue_and_a_handover_note(demo_store: Store) -> None:
    with demo_store.unit_of_work() as uow:
        lead = auth.authenticate(uow, "juht", DEMO_PASSWORD)
        mari = auth.authenticate(uow, "mari", DEMO_PASSWORD)
        queue = review.review_queue(uow, lead)
        feedback = review.my_feedback(uow, mari)
        notes = shift_desk.unread_handovers(uow, mari, now=TODAY)
    assert queue, "some contacts wait for review"
    assert feedback, "the counsellor has feedback"
    assert {f.acknowledged_at is None for f in feedback} == {True, False}
    assert [note.author_name for note in notes] == ["Peeter Tamm"]


def test_some_victims_got_aid_decisions(demo_store: Store) -> None:
    with demo_store.unit_of_work() as uow:
        lead = auth.authenticate(uow, "juht", DEMO_PASSWORD)
        stats = figures.period_statistics(uow, lead, date(2025, 11, 1), TODAY.date())
    outcomes = {row.outcome for row in stats.aid if row.decisions}
    assert outcomes == {"granted", "refused"}
    assert sum(row.decisions for row in stats.aid) >= 10
