from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.db import Store
from app.models.enums import Role
from app.services import auth, taxonomy
from app.ui.admin_dialog import AdminDialog, NewUserDialog
from tests.conftest import make_user
from tests.ui.conftest import type_text


def admin_of(store: Store) -> auth.SessionUser:
    make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        return auth.authenticate(uow, "admin", "correct horse battery")


def test_administrator_adds_a_counsellor_who_can_log_in(qtbot: QtBot, store: Store) -> None:
    admin = admin_of(store)
    dialog = NewUserDialog(store, admin)
    qtbot.addWidget(dialog)
    dialog.username.setText("olga")
    type_text(dialog.full_name, "Ольга Иванова")
    dialog.password.setText("short")
    dialog.try_create()
    assert dialog.errors["password"].isVisibleTo(dialog)
    assert "10 characters" in dialog.errors["password"].text()
    dialog.password.setText("a long enough password")
    dialog.try_create()
    assert dialog.result() == dialog.DialogCode.Accepted
    with store.unit_of_work() as uow:
        assert auth.authenticate(uow, "olga", "a long enough password").full_name == "Ольга Иванова"


def test_topic_table_saves_all_rows_or_none(qtbot: QtBot, store: Store) -> None:
    admin = admin_of(store)
    dialog = AdminDialog(store, admin)
    qtbot.addWidget(dialog)
    page = dialog.topics
    before = page.model.rowCount()
    page.add_row()
    row = page.model.rowCount() - 1
    page.model.item(row, 0).setText("Küberkiusamine")
    page.model.item(row, 1).setText("Cyberbullying")  # Russian name missing
    page.model.item(0, 0).setText("Lähisuhtevägivald (muudetud)")
    page.save()
    assert page.error.isVisibleTo(page)
    assert f"{row + 1}" in page.error.text()
    with store.unit_of_work() as uow:
        names = [t.name_et for t in taxonomy.list_topics(uow)]
    assert len(names) == before
    assert "Lähisuhtevägivald (muudetud)" not in names  # nothing half-saved
    page.model.item(row, 2).setText("Кибербуллинг")
    page.save()
    assert not page.error.isVisibleTo(page)
    with store.unit_of_work() as uow:
        names = [t.name_et for t in taxonomy.list_topics(uow)]
    assert "Küberkiusamine" in names
    assert "Lähisuhtevägivald (muudetud)" in names


def test_station_code_goes_into_new_case_numbers(qtbot: QtBot, store: Store) -> None:
    from datetime import UTC, datetime

    from app.services.contacts import ContactInput, save_contact

    admin = admin_of(store)
    dialog = AdminDialog(store, admin)
    qtbot.addWidget(dialog)
    page = dialog.workstation
    page.code.setText("T0")  # 0 is misheard on the phone
    page.save()
    assert page.error.isVisibleTo(page)
    page.code.setText("tln2")
    page.save()
    assert not page.error.isVisibleTo(page)
    assert page.code.text() == "TLN2"
    with store.unit_of_work() as uow:
        saved = save_contact(
            uow, admin, ContactInput(started_at=datetime(2026, 11, 22, tzinfo=UTC), open_new_case=True)
        )
    assert saved.case_number is not None
    assert saved.case_number.startswith("OA-2026-TLN2-")
