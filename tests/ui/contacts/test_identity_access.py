"""The caller section shows another counsellor's caller only as a known caller, and opens them only through the
access dialog with a stated reason (break-the-glass), which lands in the audit trail."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.audit import AuditKind
from app.models.base import utcnow
from app.models.enums import Line, Role
from app.services.actor import SessionUser
from app.services.contacts import contact_view
from app.services.contacts.editing import ContactInput, SavedContact, save_contact
from app.services.guard import audit
from app.store.db import Store
from app.ui.kit.messages import field_error
from app.ui.shell.main_window import MainWindow
from tests.conftest import make_user
from tests.ui.conftest import press, type_text

REASON = "Helistaja küsib oma juhtumi kohta, Jaan on puhkusel"


def jaans_caller(store: Store) -> SavedContact:
    jaan = make_user(store, Role.COUNSELLOR, "jaan")
    with store.unit_of_work() as uow:
        saved = save_contact(
            uow,
            jaan,
            ContactInput(
                started_at=utcnow() - timedelta(days=2),
                line=Line.EMOTIONAL_116123,
                identified=True,
                full_name="Ülle Põder",
                id_code="48501010003",
                phone="5123 4567",
                summary="Partner ähvardab",
                open_new_case=True,
            ),
        )
    assert saved.case_number is not None
    return saved


def access_entries(store: Store) -> list[audit.AuditRow]:
    lead = make_user(store, Role.SHIFT_LEAD, "liis" + utcnow().strftime("%f"))
    with store.unit_of_work() as uow:
        return audit.entries(uow, lead, audit.AuditFilter(kind=AuditKind.ACCESS_OVERRIDE))


def test_anothers_caller_is_a_known_caller_opened_only_with_a_reason(
    window: MainWindow, qtbot: QtBot, store: Store, counsellor: SessionUser
) -> None:
    saved = jaans_caller(store)
    form = window.new_contact()
    section = form.identity
    qtbot.mouseClick(section.identified, Qt.MouseButton.LeftButton)
    section.phone.setFocus()
    qtbot.keyClicks(section.phone, "51234567")
    press(section.phone, Qt.Key.Key_Tab)

    assert section.matches.count() == 1
    shown = section.matches.item(0).text()
    assert shown.startswith("Known caller · 1 contacts, last ")
    assert "116 123" in shown
    for secret in ("Ülle", "Põder", "48501010003", "5123", saved.case_number or "?"):
        assert secret not in shown
    assert section.access_button.isVisibleTo(section)
    assert not section.link_button.isEnabled()  # nothing to link to before access
    assert section.case.findText(saved.case_number or "?") < 0

    section.access_button.setFocus()
    press(section.access_button, Qt.Key.Key_Space)
    asking = section.access_dialog
    assert asking is not None
    assert asking.isVisible()
    assert "audit trail" in asking.explanation.text()
    qtbot.waitUntil(asking.reason.hasFocus)  # typing starts at the reason
    type_text(asking.reason, "   ")
    qtbot.mouseClick(asking.ok_button, Qt.MouseButton.LeftButton)
    assert asking.reason_error.isVisibleTo(asking)
    assert asking.reason_error.text() == field_error("access.reason_required")
    assert asking.isVisible()  # still asking; nothing opened, nothing recorded
    assert access_entries(store) == []
    assert "Ülle" not in section.matches.item(0).text()

    asking.reason.clear()
    type_text(asking.reason, REASON)
    qtbot.mouseClick(asking.ok_button, Qt.MouseButton.LeftButton)
    assert not asking.isVisible()
    (entry,) = access_entries(store)
    assert (entry.username, entry.record_id, entry.details["reason"]) == ("mari", str(saved.person_id), REASON)

    assert "Ülle Põder" in section.matches.item(0).text()
    assert not section.access_button.isVisibleTo(section)
    assert section.link_button.isEnabled()
    section.link_button.setFocus()
    press(section.link_button, Qt.Key.Key_Space)
    assert section.full_name.text() == "Ülle Põder"
    assert section.case.currentText() == saved.case_number
    form.summary.setFocus()
    type_text(form.summary, "Helistas uuesti")
    assert form.save()
    assert form.contact_id is not None
    with store.unit_of_work() as uow:
        opened = contact_view.load_contact(uow, counsellor, form.contact_id)
    assert (opened.data.person_id, opened.case_number) == (saved.person_id, saved.case_number)


def test_cancelling_the_access_dialog_opens_nothing(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    jaans_caller(store)
    form = window.new_contact()
    section = form.identity
    qtbot.mouseClick(section.identified, Qt.MouseButton.LeftButton)
    section.id_code.setFocus()
    qtbot.keyClicks(section.id_code, "48501010003")
    press(section.id_code, Qt.Key.Key_Tab)
    assert section.matches.count() == 1
    section.matches.setFocus()
    press(section.matches, Qt.Key.Key_Return)  # Enter on a known caller asks for access, it does not link
    asking = section.access_dialog
    assert asking is not None
    assert asking.isVisible()
    type_text(asking.reason, REASON)
    press(asking.reason, Qt.Key.Key_Escape)
    assert not asking.isVisible()
    assert access_entries(store) == []
    assert section.person_id is None
    assert "Ülle" not in section.matches.item(0).text()


def test_a_case_of_another_caller_is_refused_under_the_case_field(
    window: MainWindow, qtbot: QtBot, store: Store, counsellor: SessionUser
) -> None:
    with store.unit_of_work() as uow:
        first = save_contact(
            uow,
            counsellor,
            ContactInput(
                started_at=utcnow() - timedelta(days=1),
                identified=True,
                full_name="Ülle Põder",
                summary="Esimene",
                open_new_case=True,
            ),
        )
    form = window.new_contact()
    section = form.identity
    qtbot.mouseClick(section.identified, Qt.MouseButton.LeftButton)
    section.full_name.setFocus()
    type_text(section.full_name, "Jüri Õunapuu")
    section.set_case(first.case_id, first.case_number)  # as a restored draft could hold it
    form.summary.setFocus()
    type_text(form.summary, "Teine inimene")
    press(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.contact_id is None  # not saved
    assert section.errors["case"].isVisibleTo(section)
    assert section.errors["case"].text() == field_error("case.other_person")
    assert section.case.hasFocus()
