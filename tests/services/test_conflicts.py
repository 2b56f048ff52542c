"""Saving a record someone else saved meanwhile: the service reports the conflict with both sides, field by field,
saves nothing, and saves the user's choices against the version they saw (no Qt: what the forms show is tested in
tests/ui/contacts/test_conflict.py and tests/ui/aid/test_providers_page.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.errors import StaleRecord
from app.models.base import utcnow
from app.models.enums import Line, Role
from app.services.actor import SessionUser
from app.services.aid import providers
from app.services.conflicts import Side
from app.services.contacts import contact_view
from app.services.contacts.conflict import ContactConflict, save_choices, save_opened
from app.services.contacts.editing import ContactInput, save_contact
from app.store.db import Store
from tests.conftest import make_user
from tests.services.aid.test_providers import provider_input


def test_a_contact_changed_meanwhile_is_reported_with_both_sides_and_the_choices_are_saved(
    store: Store, counsellor: SessionUser
) -> None:
    lead = make_user(store, Role.SHIFT_LEAD, "juht")
    with store.unit_of_work() as uow:
        saved = save_contact(uow, counsellor, ContactInput(started_at=utcnow(), summary="Esimene."))
    with store.unit_of_work() as uow:
        opened = contact_view.load_contact(uow, counsellor, saved.id)
    with store.unit_of_work() as uow:  # the shift lead changes the summary on another workstation
        save_contact(uow, lead, replace(opened.data, summary="Juhi oma."), contact_id=saved.id, expected_version=1)
    mine = replace(opened.data, line=Line.EMOTIONAL_116123, summary="Minu oma.")

    with pytest.raises(ContactConflict) as raised, store.unit_of_work() as uow:
        save_opened(uow, counsellor, mine, contact_id=saved.id, expected_version=opened.version, base=opened.data)
    conflict = raised.value
    assert isinstance(conflict, StaleRecord)  # a caller that knows only StaleRecord still says it
    assert [(d.field, d.mine, d.theirs, d.suggested, d.both_changed) for d in conflict.found] == [
        ("line", Line.EMOTIONAL_116123, Line.CRISIS_116006, Side.MINE, False),  # only mine changed it
        ("summary", "Minu oma.", "Juhi oma.", Side.MINE, True),  # both did: the user's own typing is suggested
    ]
    assert conflict.who == "Juht Tamm"
    with store.unit_of_work() as uow:
        assert contact_view.load_contact(uow, counsellor, saved.id).data.summary == "Juhi oma."  # nothing saved

    with store.unit_of_work() as uow:
        save_choices(uow, counsellor, conflict, {"summary": Side.THEIRS})
    with store.unit_of_work() as uow:
        stored = contact_view.load_contact(uow, counsellor, saved.id).data
    assert (stored.line, stored.summary) == (Line.EMOTIONAL_116123, "Juhi oma.")  # mine where only I changed it


def test_a_contact_saved_meanwhile_with_the_same_values_is_saved_over_without_asking(
    store: Store, counsellor: SessionUser
) -> None:
    with store.unit_of_work() as uow:
        saved = save_contact(uow, counsellor, ContactInput(started_at=utcnow(), summary="Sama."))
    with store.unit_of_work() as uow:
        opened = contact_view.load_contact(uow, counsellor, saved.id)
    with store.unit_of_work() as uow:
        save_contact(uow, counsellor, replace(opened.data, summary="Uus."), contact_id=saved.id, expected_version=1)
    with store.unit_of_work() as uow:
        again = save_opened(
            uow,
            counsellor,
            replace(opened.data, summary="Uus."),
            contact_id=saved.id,
            expected_version=opened.version,
            base=opened.data,
        )
    assert again.version > opened.version + 1


def test_a_provider_changed_meanwhile_is_reported_field_by_field(store: Store) -> None:
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    with store.unit_of_work() as uow:
        created = providers.create_provider(uow, admin, provider_input())
    assert created.id is not None
    base = created.as_input()
    with store.unit_of_work() as uow:  # another administrator changes the address
        providers.update_provider(
            uow, admin, created.id, replace(base, address="Riia 1, Tartu"), expected_version=created.version
        )
    with pytest.raises(providers.ProviderConflict) as raised, store.unit_of_work() as uow:
        providers.update_opened(
            uow, admin, created.id, replace(base, name="Uus nimi MTÜ"), base=base, expected_version=created.version
        )
    conflict = raised.value
    assert {d.field: d.suggested for d in conflict.found} == {"name": Side.MINE, "address": Side.THEIRS}
    with store.unit_of_work() as uow:
        providers.update_opened(
            uow,
            admin,
            created.id,
            providers.merged(conflict, {"name": Side.MINE, "address": Side.THEIRS}),
            base=conflict.theirs.as_input(),
            expected_version=conflict.theirs.version,
        )
    with store.unit_of_work() as uow:
        stored = providers.get_provider(uow, admin, created.id)
    assert (stored.name, stored.address) == ("Uus nimi MTÜ", "Riia 1, Tartu")
