from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.models.base import utcnow
from app.services.actor import SessionUser
from app.services.contacts.editing import ContactInput, save_contact
from app.store.db import Store
from app.ui.contacts.form import ContactForm
from app.ui.contacts.log_model import ContactLogModel
from app.ui.kit import questions, tasks
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box the test did not expect fails the test at once instead of waiting for a click forever.

    A test that expects one replaces the method with its own answer (``monkeypatch.setattr(QMessageBox, ...)``).
    """

    def unexpected(name: str) -> object:
        def refuse(*args: object, **kwargs: object) -> object:
            texts = [arg for arg in args if isinstance(arg, str)]
            raise AssertionError(f"unexpected QMessageBox.{name}: {texts}")

        return staticmethod(refuse)

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected(name))
    monkeypatch.setattr(questions, "ask", unexpected("question (app.ui.kit.questions.ask)"))


@pytest.fixture
def window(qtbot: QtBot, store: Store, counsellor: SessionUser) -> MainWindow:
    win = MainWindow(build_context(store, counsellor, "en"))
    qtbot.addWidget(win, before_close_func=_forget_unsaved_input)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _forget_unsaved_input(win: QWidget) -> None:
    """The test is over: closing the window must not stop to ask about unsaved contacts."""
    assert isinstance(win, MainWindow)
    for index in range(1, win.tabs.count()):
        form = win.tabs.widget(index)
        if isinstance(form, ContactForm):
            form.dirty = False


def settle() -> None:
    """Until every job given to the database worker has run and its result has reached the GUI thread (for helpers
    that run inside a dialog's own event loop, where there is no qtbot to wait with)."""
    while tasks.undelivered():
        tasks.wait_until_idle()
        QApplication.processEvents()


def shown_log(qtbot: QtBot, window: MainWindow) -> ContactLogModel:
    """The log tab's list once the rows asked for are shown (the database worker reads them off the GUI thread)."""
    qtbot.waitUntil(lambda: not window.log_page.loading())
    return window.log_page.model


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Estonian and Cyrillic letters included (qtbot.keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def identified_contact_with_case(store: Store, user: SessionUser) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A saved contact with an identified caller (Jüri Õunapuu) and a new case: contact, case and person ids."""
    with store.unit_of_work() as uow:
        saved = save_contact(
            uow,
            user,
            ContactInput(
                started_at=utcnow() - timedelta(hours=1),
                identified=True,
                full_name="Jüri Õunapuu",
                id_code="37605030299",
                summary="Partner ähvardab.",
                open_new_case=True,
            ),
        )
    assert saved.case_id is not None
    assert saved.person_id is not None
    return saved.id, saved.case_id, saved.person_id
