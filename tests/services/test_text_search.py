from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.models.enums import Role
from app.services import text_search
from app.services.contacts import log
from app.services.contacts.editing import ContactInput, save_contact
from app.store.db import Store
from tests.conftest import make_user

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize("dense_hits", [text_search.DENSE_HITS, 2], ids=["few-hits plan", "many-hits plan"])
def test_word_search_finds_summaries_and_names_newest_first_whatever_the_plan(
    any_store: Store, monkeypatch: pytest.MonkeyPatch, dense_hits: int
) -> None:
    monkeypatch.setattr(text_search, "DENSE_HITS", dense_hits)
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    peeter = make_user(any_store, Role.COUNSELLOR, "peeter")
    entries = [
        (mari, ContactInput(started_at=NOW - timedelta(hours=5), summary="Lähisuhtevägivald, turvaplaan")),
        (peeter, ContactInput(started_at=NOW - timedelta(hours=4), summary="Pettus internetis")),
        (peeter, ContactInput(started_at=NOW - timedelta(hours=3), identified=True, full_name="Turva Šmidt")),
        (mari, ContactInput(started_at=NOW - timedelta(hours=2), summary="Arutasime turvaplaani")),
        (peeter, ContactInput(started_at=NOW - timedelta(hours=1), summary="Turvaplaan koostatud")),
    ]
    ids = []
    for actor, data in entries:
        with any_store.unit_of_work() as uow:
            ids.append(save_contact(uow, actor, data, now=NOW).id)
    lead = make_user(any_store, Role.SHIFT_LEAD, "juht")
    with any_store.unit_of_work() as uow:
        assert [row.id for row in log.list_page(uow, lead, "turva")] == [ids[4], ids[3], ids[2], ids[0]]
        first = log.list_page(uow, lead, "turva", limit=2)
        assert [row.id for row in log.list_page(uow, lead, "turva", after=first[-1].cursor)] == [ids[2], ids[0]]
        # Mari sees anonymous contacts, not Peeter's identified caller.
        assert [row.id for row in log.list_page(uow, mari, "turva")] == [ids[4], ids[3], ids[0]]
        assert log.list_page(uow, lead, "turva internet") == []


def test_a_search_typed_in_full_width_letters_finds_what_ordinary_ones_do(any_store: Store) -> None:
    """An East Asian input method types ＬＡＩＡ; the search reads it as LAIA, as ID codes already were (NFKC)."""
    lead = make_user(any_store, Role.SHIFT_LEAD, "juht")
    with any_store.unit_of_work() as uow:
        saved = save_contact(
            uow,
            lead,
            ContactInput(
                started_at=NOW - timedelta(hours=1), identified=True, full_name="Laia Kood", summary="Üürivõlg"
            ),
            now=NOW,
        )
    with any_store.unit_of_work() as uow:
        for typed in ("Laia", "ＬＡＩＡ", "ｌａｉａ ｋｏｏｄ", "Ｕ\u0308ürivõlg"):
            assert [row.id for row in log.list_page(uow, lead, typed)] == [saved.id], typed
