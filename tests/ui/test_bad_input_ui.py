"""Bad input through the windows: the reason appears next to the field, nothing is saved, nothing crashes.

The full catalogue runs against the services (tests/test_bad_input.py); these rows check that the sentences reach
the user where they are typing.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.models.base import utcnow
from app.models.enums import Role
from app.models.providers import AidService
from app.services.actor import SessionUser
from app.services.aid import providers
from app.services.contacts import log
from app.services.guard import auth
from app.store.db import Store
from app.ui.aid.provider_editor import ProviderEditor
from app.ui.contacts.form import ContactForm
from app.ui.kit.formatting import to_qdatetime
from app.ui.shell.main_window import MainWindow
from tests.conftest import make_user
from tests.ui.conftest import press, shown_log, type_text


def saved_nothing(store: Store, user: SessionUser) -> bool:
    with store.unit_of_work() as uow:
        return log.list_page(uow, user) == []


def identified_form(window: MainWindow) -> ContactForm:
    form = window.new_contact()
    form.identity.identified.setChecked(True)
    form.identity.full_name.setFocus()
    type_text(form.identity.full_name, "Ольга Смирнова")
    return form


@pytest.mark.parametrize(
    ("field", "typed", "sentence"),
    [
        ("id_code", "62701010000", "The code's birth date is in the future."),  # born 1 January 2027
        ("id_code", "37602300292", "The code holds no real birth date (digits 2–7 are YYMMDD)."),  # 30 February
        ("id_code", "3760503O299", "A personal ID code has digits only."),
        ("phone", "5123 45G7", "A phone number has digits, spaces, + and - only."),
        ("phone", "📞 5123 4567", "A phone number has digits, spaces, + and - only."),
        ("email", "ольга@@example.ee", "Not a valid e-mail address (name@example.ee)."),
        ("email", "ольга" * 50 + "@example.ee", "The text is too long for this field."),
        ("email", "<script>@x.ee", "Not a valid e-mail address (name@example.ee)."),  # issue 10, point 12
        ("email", "mari@example.ee\u202e", "Not a valid e-mail address (name@example.ee)."),
        ("id_code", "３７６０５０３０２９８", "The last digit (check digit) does not match: a typing error?"),
    ],
)
def test_bad_identity_is_explained_next_to_its_field(
    window: MainWindow, store: Store, counsellor: SessionUser, field: str, typed: str, sentence: str
) -> None:
    form = identified_form(window)
    edit = getattr(form.identity, field)
    edit.clear()
    edit.setFocus()
    type_text(edit, typed)
    press(edit, Qt.Key.Key_Tab)
    assert not form.save()
    error = form.identity.errors[field]
    assert error.isVisible()
    assert error.text() == sentence
    assert [name for name, label in form.identity.errors.items() if label.isVisible()] == [field]
    assert edit.text() == typed  # still there to correct
    assert form.dirty
    assert saved_nothing(store, counsellor)


def test_the_name_field_stops_at_the_limit_and_stores_what_it_shows(
    window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    form = window.new_contact()
    form.identity.identified.setChecked(True)
    form.identity.full_name.setFocus()
    type_text(form.identity.full_name, "Ж" * 205)
    assert form.identity.full_name.text() == "Ж" * 200  # typing stops at the column's size
    type_text(form.summary, "Nimi on pikk")  # a contact with neither summary nor topic would ask first
    assert form.save()
    with store.unit_of_work() as uow:
        assert log.list_page(uow, counsellor)[0].person_name == "Ж" * 200


def test_a_start_in_the_future_is_explained_next_to_it(window: MainWindow, store: Store, counsellor) -> None:
    form = window.new_contact()
    form.summary.setPlainText("Helistas homme?")
    form.started_at.setDateTime(to_qdatetime(utcnow() + timedelta(days=1)))
    assert not form.save()
    assert form.started_error.isVisible()
    assert form.started_error.text() == "The start is in the future."
    assert saved_nothing(store, counsellor)


def test_an_end_before_the_start_is_explained_next_to_the_start(window: MainWindow, store: Store, counsellor) -> None:
    form = window.new_contact()
    form.summary.setPlainText("Kõne")
    form.end_contact()  # the contact ends now ...
    assert form.ended_at is not None
    form.started_at.setDateTime(to_qdatetime(form.ended_at + timedelta(minutes=3)))  # ... and starts after that
    assert not form.save()
    assert form.started_error.text() == "The end is before the start."
    assert form.started_error.isVisible()
    assert saved_nothing(store, counsellor)


def test_an_over_long_summary_is_refused_not_cut(window: MainWindow, qtbot: QtBot, store: Store, counsellor) -> None:
    form = window.new_contact()
    form.summary.setPlainText("Ä" * 20_001)
    assert not form.save()
    assert form.summary_error.isVisible()
    assert form.summary_error.text() == "The text is too long for this field."
    assert len(form.summary.toPlainText()) == 20_001
    assert saved_nothing(store, counsellor)
    form.summary.setPlainText("Ä" * 20_000)  # at the limit it is kept whole
    assert form.save()
    assert shown_log(qtbot, window).row_at(0).summary.startswith("ÄÄÄ")


SUMMARIES = ["Ольга helistas öösel", "Üksildus 😢 pühade ajal", "Kirjutas 100% {0} ja %s"]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("' OR 1=1 --", []),  # words, not SQL: nothing has "or" and "1", so nothing (not everything)
        ("%s%s%n", []),
        ("{0}", ["Kirjutas 100% {0} ja %s"]),
        ("\x00", []),
        ("😢", []),  # no word in it
        ("üksildus 😢", ["Üksildus 😢 pühade ajal"]),
        ("ОЛЬГА", ["Ольга helistas öösel"]),
    ],
    ids=repr,
)
def test_search_box_takes_anything_without_crashing(
    window: MainWindow, qtbot: QtBot, typed: str, found: list[str]
) -> None:
    for summary in SUMMARIES:
        form = window.new_contact()
        form.summary.setPlainText(summary)
        assert form.save()
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.log_page.search
    if typed.isprintable():
        type_text(search, typed)
    else:
        search.insert(typed)  # pasted: control characters cannot be typed
    press(search, Qt.Key.Key_Return)
    model = shown_log(qtbot, window)
    assert [model.row_at(row).summary for row in range(model.rowCount())] == found
    assert search.text() == typed  # the box keeps what was typed
    search.clear()
    press(search, Qt.Key.Key_Return)
    assert shown_log(qtbot, window).rowCount() == len(SUMMARIES)  # and the log comes back whole


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("ftp://hingeabi.example.ee/hinnad", "Give the public price list's web address (https://…)."),
        ("hingeabi.example.ee", "Give the public price list's web address (https://…)."),
        ("https://hingeabi.example.ee/hinna kiri", "Give the public price list's web address (https://…)."),
        ("https://hingeabi.example.ee/" + "a" * 480, "The text is too long for this field."),
    ],
)
def test_a_bad_price_list_address_is_explained_next_to_the_field(
    qtbot: QtBot, store: Store, typed: str, sentence: str
) -> None:
    make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        admin = auth.authenticate(uow, "admin", "correct horse battery")
    editor = ProviderEditor(store, admin)
    qtbot.addWidget(editor)
    type_text(editor.name, "Hingeabi Põlva OÜ")
    qtbot.keyClicks(editor.registry_code, "14556675")
    editor.price_list_url.setText(typed)
    editor.services[AidService.COUNSELLING].setChecked(True)
    editor.save()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.errors["price_list_url"].isVisibleTo(editor)
    assert editor.errors["price_list_url"].text() == sentence
    assert [key for key, label in editor.errors.items() if label.isVisibleTo(editor)] == ["price_list_url"]
    assert editor.price_list_url.text() == typed
    with store.unit_of_work() as uow:
        assert providers.list_providers(uow, admin) == []
