from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.errors import AuthenticationFailed, FieldErrors, NotAllowed
from app.models.enums import Role
from app.services.contacts import taxonomy
from app.services.contacts.contact_view import load_contact
from app.services.contacts.editing import ContactInput, save_contact
from app.services.guard import auth
from app.store.db import Store
from tests.conftest import make_user


def test_first_start_creates_only_one_administrator(store: Store) -> None:
    with store.unit_of_work() as uow:
        assert auth.needs_first_administrator(uow)
        auth.create_first_administrator(uow, "Anna", "Anna Administraator", "correct horse battery")
        uow.commit()
    with store.unit_of_work() as uow:
        assert not auth.needs_first_administrator(uow)
        with pytest.raises(NotAllowed):
            auth.create_first_administrator(uow, "eve", "Eve", "correct horse battery")
        assert auth.authenticate(uow, "anna", "correct horse battery").role is Role.ADMINISTRATOR
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(uow, "anna", "wrong password!")


def test_short_password_is_refused(store: Store) -> None:
    with store.unit_of_work() as uow, pytest.raises(FieldErrors) as raised:
        auth.create_first_administrator(uow, "anna", "Anna", "short")
    assert raised.value.errors == {"password": "user.password_short"}


def test_only_administrator_manages_users(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        with pytest.raises(NotAllowed):
            auth.create_user(uow, mari, "olga", "Olga Ivanova", "correct horse battery", Role.COUNSELLOR)
        with pytest.raises(NotAllowed):
            auth.list_users(uow, mari)


def test_deactivated_user_cannot_log_in_and_password_reset_works(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        admin = auth.authenticate(uow, "admin", "correct horse battery")
        auth.reset_password(uow, admin, mari.id, "a brand new passphrase")
        uow.commit()
    with store.unit_of_work() as uow:
        assert auth.authenticate(uow, "mari", "a brand new passphrase").id == mari.id
        auth.set_active(uow, admin, mari.id, False)
        uow.commit()
    with store.unit_of_work() as uow, pytest.raises(AuthenticationFailed):
        auth.authenticate(uow, "mari", "a brand new passphrase")


def test_retired_topic_is_no_longer_offered_but_stays_on_old_contacts(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        admin = auth.authenticate(uow, "admin", "correct horse battery")
        added = taxonomy.add_topic(uow, admin, "Küberkiusamine", "Cyberbullying", "Кибербуллинг")
        uow.commit()
    with store.unit_of_work() as uow:
        saved = save_contact(uow, mari, ContactInput(started_at=datetime(2026, 11, 1, tzinfo=UTC), topics=[added.code]))
    with store.unit_of_work() as uow:
        assert "Küberkiusamine" in [t.name for t in taxonomy.active_topics(uow, "et")]
        taxonomy.update_topic(
            uow,
            admin,
            added.id,
            name_et="Küberkiusamine",
            name_en="Cyberbullying",
            name_ru="Кибербуллинг",
            active=False,
        )
        uow.commit()
    with store.unit_of_work() as uow:
        assert "Cyberbullying" not in [t.name for t in taxonomy.active_topics(uow, "en")]
        assert load_contact(uow, mari, saved.id).data.topics == [added.code]
        with pytest.raises(FieldErrors):
            taxonomy.add_topic(uow, admin, "", "Nameless", "Без имени")
        with pytest.raises(NotAllowed):
            taxonomy.add_topic(uow, mari, "Uus", "New", "Новый")


def test_administrator_sets_the_contacts_a_notice_carries(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        admin = auth.authenticate(uow, "admin", "correct horse battery")
        assert not auth.has_contact_details(uow, mari.id)
        with pytest.raises(FieldErrors) as raised:
            auth.set_contacts(uow, admin, mari.id, "12", "mari@")
        assert raised.value.errors == {"phone": "phone.invalid", "email": "email.invalid"}
        with pytest.raises(NotAllowed):
            auth.set_contacts(uow, mari, mari.id, "5123 4567", "")
        auth.set_contacts(uow, admin, mari.id, "5123 4567", "mari@ohvriabi.example.ee")
        uow.commit()
    with store.unit_of_work() as uow:
        assert auth.has_contact_details(uow, mari.id)
