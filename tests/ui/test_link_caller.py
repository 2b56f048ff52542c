"""Linking a repeat caller in the contact form never erases what was known about them (issue 10, point 1).

The counsellor types the phone, picks *Link to this person*, writes a summary and saves, with real key and mouse
events: the fields the form never showed (e-mail, municipality, birth date) keep their values; a field emptied on
purpose is cleared, and the contact's history says so.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db import Store
from app.services import contact_view
from app.services.auth import SessionUser
from app.services.contacts import ContactInput, save_contact
from app.ui.contact_form import ContactForm
from app.ui.main_window import MainWindow
from tests.ui.conftest import press, type_text

STARTED = datetime.now(UTC) - timedelta(days=2)


def known_caller(store: Store, user: SessionUser) -> uuid.UUID:
    with store.unit_of_work() as uow:
        saved = save_contact(
            uow,
            user,
            ContactInput(
                started_at=STARTED,
                identified=True,
                full_name="Jüri Õunapuu",
                birth_date=date(1976, 5, 3),
                phone="5123 4567",
                email="jyri@example.ee",
                municipality="Tartu linn",
                summary="Esimene kõne",
            ),
        )
    return saved.id


def person(store: Store, user: SessionUser, contact_id: uuid.UUID) -> tuple[object, ...]:
    with store.unit_of_work() as uow:
        data = contact_view.load_contact(uow, user, contact_id).data
    return (data.full_name, data.birth_date, data.phone, data.email, data.municipality)


KNOWN = ("Jüri Õunapuu", date(1976, 5, 3), "+37251234567", "jyri@example.ee", "Tartu linn")


def link_by_phone(qtbot: QtBot, form: ContactForm) -> None:
    """Identified, the phone typed, Tab (the matches appear), Link to this person."""
    identity = form.identity
    qtbot.mouseClick(identity.identified, Qt.MouseButton.LeftButton)
    identity.phone.setFocus()
    qtbot.keyClicks(identity.phone, "5123 4567")
    press(identity.phone, Qt.Key.Key_Tab)
    assert identity.match_box.isVisible()
    qtbot.mouseClick(identity.link_button, Qt.MouseButton.LeftButton)
    assert identity.person_id is not None


def test_linking_by_phone_keeps_email_municipality_and_birth_date(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    first = known_caller(store, counsellor)
    form = window.new_contact()
    link_by_phone(qtbot, form)
    assert form.identity.full_name.text() == "Jüri Õunapuu"  # the form fills what the match shows
    form.summary.setFocus()
    type_text(form.summary, "Helistas uuesti, olukord sama.")
    press(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.contact_id is not None, form.status.text()
    assert not form.dirty
    assert person(store, counsellor, form.contact_id) == KNOWN
    assert person(store, counsellor, first) == KNOWN

    # The next save of the same form keeps them too.
    type_text(form.summary, " Lisa.")
    press(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.dirty
    assert person(store, counsellor, first) == KNOWN


def test_what_is_typed_updates_the_person_and_an_emptied_field_is_cleared_in_the_history(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    first = known_caller(store, counsellor)
    form = window.new_contact()
    link_by_phone(qtbot, form)
    form.identity.municipality.setFocus()
    qtbot.keyClicks(form.identity.municipality, "Elva vald")  # moved
    press(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.contact_id is not None, form.status.text()
    assert person(store, counsellor, first) == (*KNOWN[:4], "Elva vald")

    window.open_contact(first)  # the first contact shows everything; the counsellor empties the e-mail
    opened = window.current_form()
    assert opened is not None
    assert opened.contact_id == first
    assert opened.identity.email.text() == "jyri@example.ee"
    opened.identity.email.setFocus()
    press(opened.identity.email, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(opened.identity.email, Qt.Key.Key_Delete)
    press(opened.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not opened.dirty, opened.status.text()
    assert person(store, counsellor, first) == (*KNOWN[:3], "", "Elva vald")
    with store.unit_of_work() as uow:
        changes = contact_view.contact_history(uow, counsellor, first)
    assert [(c.field, c.old_value, c.new_value) for c in changes if c.entity == "person"] == [
        ("municipality", "Tartu linn", "Elva vald"),
        ("email", "jyri@example.ee", None),
    ]
