from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts import taxonomy
from app.services.guard import auth
from app.store.db import Store
from app.ui.admin.dialog import AdminDialog, NewUserDialog
from tests.conftest import make_user
from tests.ui.conftest import press, type_text


def admin_of(store: Store) -> SessionUser:
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


@pytest.mark.parametrize(
    ("field", "typed", "sentence"),
    [
        (
            "username",
            "admin\u200b",
            "A user name has letters, digits and . - _ @ only: no invisible characters or symbols.",
        ),
        (
            "username",
            "\u202enimda",
            "A user name has letters, digits and . - _ @ only: no invisible characters or symbols.",
        ),
        ("username", "\u0430dmin", "A user name takes its letters from one alphabet (not Latin and Cyrillic mixed)."),
        ("username", "ӏііѕ", "This user name looks the same as an existing user's on the screen; choose another."),
        ("username", "ａｄｍｉｎ", "This user name is taken."),
        ("email", "<script>@x.ee", "Not a valid e-mail address (name@example.ee)."),
        ("phone", "not a phone", "A phone number has digits, spaces, + and - only."),
    ],
)
def test_a_look_alike_name_or_a_bad_address_is_explained_next_to_its_field(
    qtbot: QtBot, store: Store, field: str, typed: str, sentence: str
) -> None:
    """Issue 10, point 12: look-alike user names are refused, and the reason stands beside the field typed in."""
    admin = admin_of(store)
    make_user(store, Role.COUNSELLOR, "liis")
    dialog = NewUserDialog(store, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    for edit, text in (
        (dialog.username, "peeter"),
        (dialog.full_name, "Peeter Mets"),
        (dialog.password, "pikk parool 123"),
    ):
        edit.setFocus()
        type_text(edit, text)
    edit = getattr(dialog, field)
    edit.clear()
    edit.setFocus()
    type_text(edit, typed)
    press(edit, Qt.Key.Key_Return)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors[field].isVisible()
    assert dialog.errors[field].text() == sentence
    assert [name for name, label in dialog.errors.items() if label.isVisible()] == [field]
    with store.unit_of_work() as uow:
        assert sorted(user.username for user in auth.list_users(uow, admin)) == ["admin", "liis", "mari"]


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

    from app.services.contacts.editing import ContactInput, save_contact

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
