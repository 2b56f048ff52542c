"""An anonymous caller's number is recognised when it calls again, yet never stored in a readable form."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import keyring
import pytest
import sqlalchemy as sa

from app.errors import FieldErrors
from app.models import Contact
from app.models.enums import Role
from app.services.contacts import caller_recognition, contact_view
from app.services.contacts.editing import ContactInput, save_contact
from app.store.db import Store
from tests.conftest import make_user
from tests.store.test_encryption import NoKeyring

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _every_text_value(store: Store) -> str:
    """All text in the store's tables, to search for a number in any form."""
    found: list[str] = []
    with store.engine.connect() as connection:
        inspector = sa.inspect(connection)
        for table in inspector.get_table_names():
            for row in connection.execute(sa.text(f'SELECT * FROM "{table}"')):
                found.extend(str(value) for value in row if isinstance(value, str))
    return " ".join(found)


def test_a_number_is_recognised_and_never_readable(any_store: Store) -> None:
    mari = make_user(any_store, Role.COUNSELLOR, "mari")
    jaan = make_user(any_store, Role.COUNSELLOR, "jaan")
    with any_store.unit_of_work() as uow:
        first = save_contact(uow, mari, ContactInput(started_at=NOW, caller_number="5123 4567", summary="Esimene"))
    with any_store.unit_of_work() as uow:
        history = caller_recognition.caller_history(uow, jaan, "+372 512 34567")  # typed another way
        assert (history.count, history.last_at) == (1, NOW)
        assert [row.id for row in history.rows] == [first.id]
        assert caller_recognition.caller_history(uow, jaan, "5123 4568").count == 0
        second = save_contact(
            uow, jaan, ContactInput(started_at=NOW + timedelta(hours=2), caller_number="+37251234567", summary="Teine")
        )
    with any_store.unit_of_work() as uow:
        again = caller_recognition.caller_history(uow, mari, "51234567", excluding=second.id)
        assert again.count == 1
        assert caller_recognition.caller_history(uow, mari, "51234567").count == 2
        assert contact_view.load_contact(uow, mari, first.id).caller_remembered
        hashes = set(uow.session.scalars(sa.select(Contact.caller_hash)))
    assert len(hashes) == 1
    text = _every_text_value(any_store)
    for form in ("51234567", "5123 4567", "+37251234567", "372512"):
        assert form not in text


def test_a_bad_number_or_no_keyring_is_refused_and_nothing_saved(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        with pytest.raises(FieldErrors) as refused:
            save_contact(uow, mari, ContactInput(started_at=NOW, caller_number="helista mulle"))
        assert refused.value.errors == {"caller_number": "phone.characters"}
    keyring.set_keyring(NoKeyring())
    with store.unit_of_work() as uow:
        with pytest.raises(FieldErrors) as refused:
            save_contact(uow, mari, ContactInput(started_at=NOW, caller_number="5123 4567"))
        assert refused.value.errors == {"caller_number": "caller.no_keyring"}
    with store.unit_of_work() as uow:
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(Contact)) == 0
