"""The screen lock: idle time and Ctrl+L hide every window's contents; the user's password brings them back intact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.errors import FieldErrors, NotAllowed
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.guard import auth, security_settings
from app.services.guard.security_settings import SecuritySettings
from app.store.db import Store
from app.ui.admin.dialog import AdminDialog
from app.ui.desk.handover import HandoverWriteDialog
from app.ui.kit import messages
from app.ui.kit.walk import application_widgets
from app.ui.shell.lock import MAX_TRIES, LockController, LockPage, install_lock
from app.ui.shell.main_window import MainWindow
from tests.conftest import make_user
from tests.ui.conftest import press, settle, type_text

PASSWORD = "correct horse battery"  # make_user's
TYPED = "Helistaja ütles: õhtul šokk, жёлтый дом"


@pytest.fixture
def lock(window: MainWindow, store: Store, counsellor: SessionUser) -> Iterator[LockController]:
    controller = install_lock(window, store, counsellor)
    yield controller
    controller.uninstall()


def visible_outside_lock_pages() -> list[QWidget]:
    """Every widget a person at the screen could see now, other than window frames and the lock pages."""
    with application_widgets() as widgets:
        return [widget for widget in widgets if widget.isVisible() and not widget.isWindow() and not _in_page(widget)]


def _in_page(widget: QWidget | None) -> bool:
    while widget is not None:
        if isinstance(widget, LockPage):
            return True
        widget = widget.parentWidget()
    return False


def administrator(store: Store) -> SessionUser:
    """The first administrator, made by make_user along with the first user."""
    with store.unit_of_work() as uow:
        admin = auth.authenticate(uow, "admin", PASSWORD)
        uow.commit()
    return admin


def page_of(window: QWidget) -> LockPage:
    pages = [child for child in window.children() if isinstance(child, LockPage) and child.isVisible()]
    assert len(pages) == 1
    return pages[0]


def unlock_with(page: LockPage, password: str) -> None:
    page.password.setFocus()
    type_text(page.password, password)
    press(page.password, Qt.Key.Key_Return)
    settle()  # the password is checked on the database worker


def test_ctrl_l_hides_everything_and_the_password_brings_back_what_was_typed(
    qtbot: QtBot, window: MainWindow, lock: LockController, counsellor: SessionUser
) -> None:
    form = window.new_contact()
    type_text(form.summary, TYPED)
    assert form.summary.toPlainText() == TYPED

    press(form.summary, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert lock.locked
    assert not form.isVisible()
    assert not window.log_page.isVisible()
    assert not window.tabs.isVisible()
    assert not window.menuBar().isVisible()
    assert visible_outside_lock_pages() == []
    assert counsellor.full_name not in window.windowTitle()
    page = page_of(window)
    assert page.geometry() == window.rect()
    assert page.title.text() == f"Locked – {counsellor.full_name}"

    unlock_with(page, "wrong password")
    assert lock.locked
    assert not form.isVisible()
    assert page.message.isVisible()
    assert "not your password" in page.message.text()
    assert page.password.text() == ""

    unlock_with(page, PASSWORD)
    assert not lock.locked
    assert form.isVisible()
    assert window.menuBar().isVisible()
    assert form.summary.toPlainText() == TYPED
    assert counsellor.full_name in window.windowTitle()
    assert not page.isVisible()
    assert window.focusWidget() is form.summary
    type_text(form.summary, "!")  # typing goes on where it stopped
    assert form.summary.toPlainText() == TYPED + "!"


def test_the_menu_offers_the_lock(window: MainWindow, lock: LockController) -> None:
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    assert lock.locked


def test_idle_time_locks_by_itself_and_input_restarts_the_count(
    qtbot: QtBot, window: MainWindow, store: Store, counsellor: SessionUser
) -> None:
    controller = LockController(store, counsellor, idle_ms=60_000, parent=window)
    try:
        form = window.new_contact()
        controller.idle_timer.stop()
        type_text(form.summary, "ä")
        assert controller.idle_timer.isActive()  # typing started the count again

        controller.set_idle_ms(50)
        qtbot.waitUntil(lambda: controller.locked, timeout=3000)
        assert not form.isVisible()
        assert not controller.idle_timer.isActive()  # no count while locked
    finally:
        controller.uninstall()


def test_a_modal_dialog_open_at_lock_time_is_hidden_and_comes_back_with_its_text(
    qtbot: QtBot, window: MainWindow, lock: LockController, counsellor: SessionUser
) -> None:
    """The handover dialog runs its own event loop (exec): the lock must neither close nor reject it."""
    seen: dict[str, object] = {}

    def inside_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HandoverWriteDialog)
        QTimer.singleShot(10_000, dialog.reject)  # never hang the test run
        type_text(dialog.text, "Öine vahetus: helistab tagasi Дмитрий")
        press(dialog.text, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L inside the dialog
        seen["locked"] = lock.locked
        seen["dialog open"] = dialog.isVisible()
        seen["text visible"] = dialog.text.isVisible()
        seen["visible outside"] = visible_outside_lock_pages()
        seen["title"] = dialog.windowTitle()
        page = page_of(dialog)
        QApplication.processEvents()
        seen["asked in front"] = page.password.isVisible()
        seen["asked behind"] = page_of(window).password.isVisible()
        press(page.password, Qt.Key.Key_Escape)  # would reject an unlocked dialog
        seen["open after escape"] = dialog.isVisible()
        unlock_with(page, PASSWORD)
        seen["unlocked"] = not lock.locked
        seen["text after"] = dialog.text.toPlainText()
        seen["text visible after"] = dialog.text.isVisible()
        seen["window content after"] = window.tabs.isVisible()
        dialog.reject()

    QTimer.singleShot(0, inside_the_dialog)
    window.write_handover()  # returns when the dialog is closed

    assert seen["locked"] is True
    assert seen["dialog open"] is True
    assert seen["text visible"] is False
    assert seen["visible outside"] == []
    assert seen["title"] == "Helpline – locked"
    assert seen["asked in front"] is True
    assert seen["asked behind"] is False  # the dialog blocks the main window: one password field to type in
    assert seen["open after escape"] is True
    assert seen["unlocked"] is True
    assert seen["text after"] == "Öine vahetus: helistab tagasi Дмитрий"
    assert (seen["text visible after"], seen["window content after"]) == (True, True)


def test_a_window_opened_while_locked_is_covered_too(qtbot: QtBot, window: MainWindow, lock: LockController) -> None:
    lock.lock()
    box = QMessageBox(QMessageBox.Icon.Warning, "Jüri Õunapuu", "Nothing found for Jüri Õunapuu.", parent=window)
    box.open()
    qtbot.waitExposed(box)
    assert visible_outside_lock_pages() == []
    assert box.windowTitle() == "Helpline – locked"
    page = page_of(box)
    qtbot.wait(50)  # layout requests come later: the box must not shrink around its hidden contents
    assert page.geometry() == box.rect()
    assert box.size() == box.size().expandedTo(page.size_needed())
    unlock_with(page, PASSWORD)
    assert box.isVisible()
    assert box.windowTitle() == "Jüri Õunapuu"
    qtbot.waitUntil(lambda: box.width() < page.size_needed().width())  # its own size again
    assert "Jüri Õunapuu" in box.text()
    box.close()


def test_five_wrong_passwords_ask_for_help_and_wait(window: MainWindow, lock: LockController) -> None:
    lock.lock()
    page = page_of(window)
    for _ in range(MAX_TRIES):
        unlock_with(page, "not it at all")
    assert "ask a shift lead or an administrator" in page.message.text()
    assert not page.password.isEnabled()
    assert lock.backoff_timer.isActive()

    lock.try_unlock(PASSWORD)  # not taken during the wait
    assert lock.locked

    lock.backoff_timer.stop()  # as if the 30 seconds were over
    lock.backoff_timer.timeout.emit()
    assert page.password.isEnabled()
    unlock_with(page, PASSWORD)
    assert not lock.locked
    assert lock.failures == 0


def test_only_the_active_user_s_own_password_unlocks(store: Store, counsellor: SessionUser) -> None:
    admin = administrator(store)
    with store.unit_of_work() as uow:
        assert auth.verify_password(uow, counsellor.id, PASSWORD)
        assert not auth.verify_password(uow, counsellor.id, PASSWORD.upper())
        auth.set_active(uow, admin, counsellor.id, False)
        uow.commit()
    with store.unit_of_work() as uow:
        assert not auth.verify_password(uow, counsellor.id, PASSWORD)


def test_idle_time_setting_is_checked_and_only_administrators_change_it(store: Store, counsellor: SessionUser) -> None:
    admin = administrator(store)
    lead = make_user(store, Role.SHIFT_LEAD, "juht")
    with store.unit_of_work() as uow:
        assert security_settings.security_settings(uow).idle_lock_minutes == 5
        for minutes in (0, 121, -3):
            with pytest.raises(FieldErrors) as refused:
                security_settings.set_security_settings(uow, admin, SecuritySettings(idle_lock_minutes=minutes))
            assert refused.value.errors == {"idle_lock_minutes": "security.idle_range"}
        for actor in (lead, counsellor):
            with pytest.raises(NotAllowed):
                security_settings.set_security_settings(uow, actor, SecuritySettings(idle_lock_minutes=10))
        security_settings.set_security_settings(uow, admin, SecuritySettings(idle_lock_minutes=12))
        uow.commit()
    with store.unit_of_work() as uow:
        assert security_settings.security_settings(uow).idle_lock_minutes == 12
    assert "1 to 120 minutes" in messages.field_error("security.idle_range")


def test_administration_security_tab_sets_the_idle_time_the_lock_then_uses(
    qtbot: QtBot, window: MainWindow, store: Store, lock: LockController
) -> None:
    admin = administrator(store)
    dialog = AdminDialog(store, admin)
    qtbot.addWidget(dialog)
    page = dialog.security
    assert page.idle_minutes.value() == 5
    page.idle_minutes.setValue(15)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    assert not page.errors["idle_lock_minutes"].isVisibleTo(page)
    with store.unit_of_work() as uow:
        assert security_settings.security_settings(uow).idle_lock_minutes == 15

    assert lock.idle_timer.interval() == 5 * 60_000
    lock.refresh_idle_time()  # what the refresh timer does every minute
    assert lock.idle_timer.interval() == 15 * 60_000
