"""Linking a repeat caller in the contact form never erases what was known about them (issue 10, point 1).

The counsellor types the phone, picks *Link to this person*, writes a summary and saves, with real key and mouse
events: linking shows every field as stored, and a field left so keeps its value; a field emptied on purpose is
cleared, and the contact's history says so. Relinking to another caller writes nothing of the first onto them, and a
name typed to find the caller does not replace the stored one.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import StoreUnavailable
from app.models import Person
from app.services.actor import SessionUser
from app.services.contacts import contact_view
from app.services.contacts.editing import ContactInput, save_contact
from app.store.db import Store
from app.ui.contacts.form import ContactForm
from app.ui.shell.main_window import MainWindow
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
    assert form.identity.full_name.text() == "Jüri Õunapuu"  # the form shows the person as stored
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
    assert form.identity.municipality.text() == "Tartu linn"  # linking shows the stored value
    press(form.identity.municipality, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.identity.municipality, "Elva vald")  # moved
    form.summary.setFocus()
    type_text(form.summary, "Kolis.")
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


def saved_caller(store: Store, user: SessionUser, **fields: str) -> uuid.UUID:
    data = ContactInput(started_at=STARTED, identified=True, summary="Varem")
    for name, value in fields.items():
        setattr(data, name, value)
    with store.unit_of_work() as uow:
        return save_contact(uow, user, data).id


def details(store: Store, user: SessionUser, contact_id: uuid.UUID) -> tuple[str, ...]:
    with store.unit_of_work() as uow:
        data = contact_view.load_contact(uow, user, contact_id).data
    return (data.full_name, data.id_code, data.phone, data.email, data.municipality)


def test_relinking_to_another_caller_shows_them_and_writes_nothing_of_the_first(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    peeter = saved_caller(
        store,
        counsellor,
        full_name="Peeter Pärn",
        id_code="37605030299",
        phone="5111 1111",
        email="peeter@example.ee",
        municipality="Tartu linn",
    )
    kati = saved_caller(
        store, counsellor, full_name="Kati Karu", id_code="49403136526", phone="5222 2222", email="kati@example.ee"
    )
    window.open_contact(peeter)
    form = window.current_form()
    assert form is not None
    identity = form.identity
    qtbot.mouseClick(identity.unlink_button, Qt.MouseButton.LeftButton)  # the wrong caller
    identity.phone.setFocus()
    press(identity.phone, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(identity.phone, Qt.Key.Key_Delete)
    qtbot.keyClicks(identity.phone, "5222 2222")
    press(identity.phone, Qt.Key.Key_Tab)
    assert identity.match_box.isVisible()  # Peeter too (his ID code and name are still in the fields): pick Kati
    rows = [identity.matches.item(row) for row in range(identity.matches.count())]
    kati_row = next(item for item in rows if item.text().startswith("Kati Karu"))
    where = identity.matches.visualItemRect(kati_row).center()
    qtbot.mouseClick(identity.matches.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseClick(identity.link_button, Qt.MouseButton.LeftButton)

    shown = [edit.text() for edit in (identity.full_name, identity.id_code, identity.email, identity.municipality)]
    assert shown == ["Kati Karu", "49403136526", "kati@example.ee", ""]  # Kati as stored, nothing of Peeter
    assert identity.birth_date.text() == "13.03.1994"
    assert "Kati Karu" in identity.linked.text()
    form.summary.setFocus()
    type_text(form.summary, " Kati.")
    press(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.dirty, form.status.text()
    assert details(store, counsellor, kati) == ("Kati Karu", "49403136526", "+37252222222", "kati@example.ee", "")
    assert details(store, counsellor, peeter) == (
        "Kati Karu",  # the contact now belongs to Kati; Peeter himself is untouched:
        "49403136526",
        "+37252222222",
        "kati@example.ee",
        "",
    )
    with store.unit_of_work() as uow:
        persons = uow.session.execute(sa.select(Person.full_name, Person.id_code).order_by(Person.full_name)).all()
    assert [tuple(row) for row in persons] == [("Kati Karu", "49403136526"), ("Peeter Pärn", "37605030299")]


def test_a_name_typed_to_find_the_caller_does_not_replace_the_stored_one(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    mari = saved_caller(store, counsellor, full_name="Mari Kask", phone="5123 4567", email="mari@example.ee")
    form = window.new_contact()
    identity = form.identity
    qtbot.mouseClick(identity.identified, Qt.MouseButton.LeftButton)
    identity.full_name.setFocus()
    qtbot.keyClicks(identity.full_name, "mari")  # a search, in lower case
    identity.phone.setFocus()
    qtbot.keyClicks(identity.phone, "5123 4567")
    press(identity.phone, Qt.Key.Key_Tab)
    qtbot.mouseClick(identity.link_button, Qt.MouseButton.LeftButton)
    assert identity.full_name.text() == "Mari Kask"
    assert identity.email.text() == "mari@example.ee"
    form.summary.setFocus()
    type_text(form.summary, "Uuesti.")
    press(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.dirty, form.status.text()
    assert details(store, counsellor, mari)[0] == "Mari Kask"


def test_a_field_the_caller_has_no_value_for_keeps_what_was_typed_before_linking(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    """Typed before linking and unknown so far: an addition, saved to the person (a stored value would be shown)."""
    mari = saved_caller(store, counsellor, full_name="Mari Kask", phone="5123 4567")
    form = window.new_contact()
    identity = form.identity
    qtbot.mouseClick(identity.identified, Qt.MouseButton.LeftButton)
    identity.municipality.setFocus()
    qtbot.keyClicks(identity.municipality, "Elva vald")
    identity.phone.setFocus()
    qtbot.keyClicks(identity.phone, "5123 4567")
    press(identity.phone, Qt.Key.Key_Tab)
    qtbot.mouseClick(identity.link_button, Qt.MouseButton.LeftButton)
    assert identity.municipality.text() == "Elva vald"
    form.summary.setFocus()
    type_text(form.summary, "Kolis.")
    press(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.dirty, form.status.text()
    assert details(store, counsellor, mari) == ("Mari Kask", "", "+37251234567", "", "Elva vald")


def test_a_caller_that_cannot_be_read_at_linking_is_not_linked_and_the_form_stays(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store fails (or the caller is no longer the user's to see) between the match and the link: said, no link."""
    saved_caller(store, counsellor, full_name="Mari Kask", phone="5123 4567")
    form = window.new_contact()
    identity = form.identity
    qtbot.mouseClick(identity.identified, Qt.MouseButton.LeftButton)
    identity.phone.setFocus()
    qtbot.keyClicks(identity.phone, "5123 4567")
    press(identity.phone, Qt.Key.Key_Tab)

    def unavailable(*_args: object, **_kwargs: object) -> None:
        raise StoreUnavailable("the store's folder is gone")

    before = identity.phone.text()
    warned: list[str] = []
    monkeypatch.setattr(contact_view, "load_person", unavailable)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    qtbot.mouseClick(identity.link_button, Qt.MouseButton.LeftButton)
    assert len(warned) == 1
    assert identity.person_id is None
    assert not identity.linked.isVisible()
    assert identity.phone.text() == before
    assert identity.full_name.text() == ""


def test_unlinking_empties_what_the_caller_had_so_saving_never_copies_them(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    peeter = saved_caller(
        store, counsellor, full_name="Peeter Pärn", id_code="37605030299", phone="5111 1111", municipality="Tartu linn"
    )
    window.open_contact(peeter)
    form = window.current_form()
    assert form is not None
    identity = form.identity
    identity.email.setFocus()
    qtbot.keyClicks(identity.email, "uus@example.ee")  # typed by the counsellor: stays
    qtbot.mouseClick(identity.unlink_button, Qt.MouseButton.LeftButton)
    shown = [e.text() for e in (identity.full_name, identity.id_code, identity.phone, identity.municipality)]
    assert shown == ["", "", "", ""]  # Peeter's, gone with the link
    assert identity.email.text() == "uus@example.ee"
    identity.full_name.setFocus()
    qtbot.keyClicks(identity.full_name, "Anna Uus")
    press(identity.full_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.dirty, form.status.text()
    with store.unit_of_work() as uow:
        persons = uow.session.execute(sa.select(Person.full_name, Person.id_code).order_by(Person.full_name)).all()
    assert [tuple(row) for row in persons] == [("Anna Uus", None), ("Peeter Pärn", "37605030299")]


def test_unlinking_gives_back_what_was_typed_before_linking(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    saved_caller(store, counsellor, full_name="Mari Kask", phone="5123 4567", email="mari@example.ee")
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.current_form()
    assert form is not None
    identity = form.identity
    qtbot.mouseClick(identity.identified, Qt.MouseButton.LeftButton)
    identity.phone.setFocus()
    qtbot.keyClicks(identity.phone, "5123 4567")
    press(identity.phone, Qt.Key.Key_Tab)
    qtbot.waitUntil(identity.match_box.isVisible)
    identity.matches.setFocus()
    press(identity.matches, Qt.Key.Key_Down)
    qtbot.mouseClick(identity.link_button, Qt.MouseButton.LeftButton)
    assert identity.email.text() == "mari@example.ee"
    qtbot.mouseClick(identity.unlink_button, Qt.MouseButton.LeftButton)  # not her after all
    assert identity.phone.text() == "+372 5123 4567"  # the counsellor's typing is back, as the field writes it
    assert [identity.full_name.text(), identity.email.text()] == ["", ""]  # Mari's details went with the link
