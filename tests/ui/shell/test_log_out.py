"""Log out and change user (issue 11, point 5): the store stays open, nothing typed is lost, and the next user sees
their own handover and nothing of the previous user's open forms or identified callers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.models import AuditEntry
from app.models.audit import AuditKind
from app.models.base import utcnow
from app.models.enums import Role
from app.models.review import Shift
from app.services.actor import SessionUser
from app.services.contacts.editing import ContactInput, save_contact
from app.services.desk import shift_desk
from app.store.db import Store
from app.ui.contacts.form import ContactForm
from app.ui.desk.handover import HandoverReadDialog
from app.ui.kit import questions, tasks
from app.ui.kit.walk import application_widgets
from app.ui.shell.drafts import DraftRecoveryDialog
from app.ui.shell.lock import LockPage
from app.ui.shell.login import LoginDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import Session
from tests.conftest import make_user
from tests.ui.conftest import press, type_text

PASSWORD = "correct horse battery"  # make_user's
CALLER = "Jüri Õunapuu"
TYPED = "Helistaja räägib: õhtul šokk"
NOTE = "Jaan, Kadri helistab kell 9 tagasi"


@dataclass
class People:
    mari: SessionUser
    jaan: SessionUser
    lead: SessionUser


@pytest.fixture
def people(store: Store) -> People:
    return People(
        make_user(store, Role.COUNSELLOR, "mari"),
        make_user(store, Role.COUNSELLOR, "jaan"),
        make_user(store, Role.SHIFT_LEAD, "liis"),
    )


@pytest.fixture
def session(qtbot: QtBot, store: Store) -> Iterator[Session]:
    running = Session(store, "en", automatic_backups=False)
    yield running
    # The test is over: close what is open without asking about unsaved input (or showing what a log-in shows).
    window, running.window = running.window, None
    if running.lock is not None:
        running.lock.uninstall()
    if window is not None:
        window.leave()
        window.deleteLater()
    if running.login_dialog is not None:
        running.login_dialog.deleteLater()
    QApplication.setQuitOnLastWindowClosed(True)
    tasks.wait_until_idle()  # the retention run of a log-in, before the store closes


def _answer_when_shown(kind: type[QWidget], answer: Callable[[QWidget], None], seen: list[QWidget]) -> QTimer:
    """Answer a modal dialog of ``kind`` by keyboard as soon as it shows (it runs its own event loop)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind) or not modal.isVisible():
            return
        if not modal.isActiveWindow():  # its Alt-keys work once it has the keyboard, as on a desktop
            modal.activateWindow()
            return
        timer.stop()
        seen.append(modal)
        answer(modal)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _shown_texts() -> str:
    """Everything a person at the screen can read or reach in the open windows (other tabs included): labels,
    fields, texts, window titles and table cells."""
    parts: list[str] = []
    with application_widgets() as widgets:
        for widget in widgets:
            parts += _readable(widget)
    return "\n".join(parts)


def _readable(widget: QWidget) -> list[str]:
    """What a person can read of one widget (nothing if its window is hidden)."""
    if not widget.window().isVisible():
        return []
    parts = [widget.windowTitle()] if widget.isWindow() else []
    if isinstance(widget, QLabel | QLineEdit):
        parts.append(widget.text())
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        parts.append(widget.toPlainText())
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                parts.append(str(model.data(model.index(row, column)) or ""))
    return parts


def _log_in_as(qtbot: QtBot, session: Session, username: str) -> None:
    dialog = session.login_dialog
    assert isinstance(dialog, LoginDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.username, username)
    press(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, PASSWORD)
    press(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking)  # the password is checked on the database worker


def _log_outs(store: Store) -> list[tuple[str, str]]:
    with store.unit_of_work() as uow:
        entries = uow.session.scalars(
            sa.select(AuditEntry).where(AuditEntry.kind == AuditKind.LOGOUT).order_by(AuditEntry.seq)
        ).all()
        return [(entry.username, entry.details) for entry in entries]


def _start_as_mari(qtbot: QtBot, store: Store, session: Session, people: People) -> tuple[MainWindow, ContactForm]:
    with store.unit_of_work() as uow:
        saved = save_contact(
            uow,
            people.mari,
            ContactInput(started_at=utcnow() - timedelta(hours=1), identified=True, full_name=CALLER, summary="x"),
        )
        shift_desk.write_handover(uow, people.mari, NOTE, Shift.NIGHT)
    window = session.begin(people.mari)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    window.open_contact(saved.id)  # an identified caller of Mari's on screen
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.current_form()
    assert form is not None
    assert form.contact_id is None
    form.summary.setFocus()
    type_text(form.summary, TYPED)
    assert form.dirty
    assert CALLER in _shown_texts()
    return window, form


def test_change_user_keeps_the_store_open_and_the_next_user_sees_only_their_own(
    qtbot: QtBot, store: Store, session: Session, people: People
) -> None:
    window, _form = _start_as_mari(qtbot, store, session, people)

    # Ctrl+Shift+L: no question (the input goes aside as a draft), Mari's window goes, the log-in shows.
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: session.login_dialog is not None and session.login_dialog.isVisible())
    assert session.window is None
    qtbot.waitUntil(lambda: not isValid(window))  # gone (deleted later), with every form and dialog it held
    assert session.login_dialog is not None
    assert "Mari Tamm" in session.login_dialog.notice.text()  # who left; nothing of what they had open
    assert CALLER not in _shown_texts()
    assert TYPED not in _shown_texts()
    assert _log_outs(store) == [("mari", '{"how":"change_user"}')]

    # Jaan logs in by keyboard; his handover (Mari's note) comes up at once and he marks it read with Alt+M.
    seen: list[QWidget] = []
    timer = _answer_when_shown(
        HandoverReadDialog,
        lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier),
        seen,
    )
    _log_in_as(qtbot, session, "jaan")
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    timer.stop()
    assert session.window is not None
    assert session.window.context.user.id == people.jaan.id
    assert session.window.windowTitle().endswith("Jaan Tamm")
    assert isinstance(seen[0], HandoverReadDialog)
    assert NOTE in seen[0].text.toPlainText()
    with store.unit_of_work() as uow:
        assert shift_desk.unread_handovers(uow, people.jaan) == []
    # None of Mari's forms, none of her identified caller, in any window on screen.
    with application_widgets(top_level=True) as windows:
        assert not [w for w in windows if isinstance(w, MainWindow) and w.isVisible()][1:]
    assert session.window.tabs.count() == 3  # the log, aid decisions and feedback: no contact tabs
    shown = _shown_texts()
    assert CALLER not in shown
    assert TYPED not in shown

    # Jaan logs out (nothing unsaved: no question); Mari logs back in and gets her typing back.
    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow)
    press(session.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: session.login_dialog is not None and session.login_dialog.isVisible())
    assert [who for who, _how in _log_outs(store)] == ["mari", "jaan"]
    seen.clear()
    timer = _answer_when_shown(
        DraftRecoveryDialog,
        lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier),
        seen,
    )
    _log_in_as(qtbot, session, "mari")
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    timer.stop()
    assert session.window is not None
    forms = [session.window.tabs.widget(i) for i in range(session.window.tabs.count())]
    restored = [f for f in forms if isinstance(f, ContactForm)]
    assert [f.summary.toPlainText() for f in restored] == [TYPED]
    assert restored[0].dirty


def test_log_out_asks_before_leaving_unsaved_input_and_going_back_keeps_everything(
    qtbot: QtBot, store: Store, session: Session, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, form = _start_as_mari(qtbot, store, session, people)
    asked: list[tuple[str, QMessageBox.StandardButton]] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Ok]

    def question(_parent: QWidget, _title: str, text: str, _buttons: object, back: object, _labels: object) -> object:
        assert isinstance(back, QMessageBox.StandardButton)
        asked.append((text, back))
        return answers.pop(0)

    monkeypatch.setattr(questions, "ask", question)
    press(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 1
    assert "1 open form" in asked[0][0]
    assert asked[0][1] == QMessageBox.StandardButton.Cancel  # a stray Enter goes back to the form
    assert session.window is window
    assert window.isVisible()
    assert form.summary.toPlainText() == TYPED
    assert _log_outs(store) == []

    window.log_out_action.trigger()  # the Shift menu's entry, answered "log out" this time
    qtbot.waitUntil(lambda: session.login_dialog is not None and session.login_dialog.isVisible())
    assert _log_outs(store) == [("mari", '{"how":"log_out"}')]
    with store.unit_of_work() as uow:
        from app.services import drafts

        [draft] = drafts.my_drafts(uow, people.mari)
    assert draft.payload["summary"] == TYPED


def test_the_lock_screen_offers_to_change_user_and_keeps_the_locked_user_s_input(
    qtbot: QtBot, store: Store, session: Session, people: People
) -> None:
    window, _form = _start_as_mari(qtbot, store, session, people)
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.lock is not None
    assert session.lock.locked
    pages = [child for child in window.children() if isinstance(child, LockPage) and child.isVisible()]
    assert len(pages) == 1
    page = pages[0]
    assert "change user" in page.note.text().lower()
    assert "no log-out" not in page.note.text().lower()
    qtbot.mouseClick(page.change_user_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.login_dialog is not None and session.login_dialog.isVisible())
    qtbot.waitUntil(lambda: not isValid(window))  # gone (deleted later), with every form and dialog it held
    assert CALLER not in _shown_texts()
    assert TYPED not in _shown_texts()
    assert _log_outs(store) == [("mari", '{"how":"lock_screen"}')]
    with store.unit_of_work() as uow:
        from app.services import drafts

        [draft] = drafts.my_drafts(uow, people.mari)
    assert draft.payload["summary"] == TYPED

    seen: list[QWidget] = []
    timer = _answer_when_shown(  # the handover comes up for the lead too; "Later" leaves it unread
        HandoverReadDialog,
        lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier),
        seen,
    )
    _log_in_as(qtbot, session, "liis")
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    timer.stop()
    assert isinstance(seen[0], HandoverReadDialog)
    assert NOTE in seen[0].text.toPlainText()
    assert session.window is not None
    assert session.window.isVisible()
    assert session.window.context.user.id == people.lead.id
    assert session.lock is not None
    assert not session.lock.locked  # a lock of the new session, not the old one
    assert session.window.desk_page is not None


def test_cancelling_the_log_in_after_a_log_out_quits(
    qtbot: QtBot, store: Store, session: Session, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    window = session.begin(people.jaan)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    window.change_user_action.trigger()
    qtbot.waitUntil(lambda: session.login_dialog is not None and session.login_dialog.isVisible())
    assert session.login_dialog is not None
    press(session.login_dialog.username, Qt.Key.Key_Escape)
    assert quits == [True]


def test_quitting_records_the_end_of_the_session(qtbot: QtBot, store: Store, session: Session, people: People) -> None:
    window = session.begin(people.jaan)
    qtbot.waitExposed(window)
    window.close()  # nothing unsaved: the window closes and the program's event loop would end
    session.at_exit()
    assert _log_outs(store) == [("jaan", '{"how":"quit"}')]


def test_change_user_on_the_lock_screen_of_a_dialog_in_front_closes_it_and_its_window(
    qtbot: QtBot, store: Store, session: Session, people: People
) -> None:
    """A dialog running its own event loop (Change my password) is open when the lock comes and the next user
    presses Change user on its lock page: the dialog ends, the window goes, the log-in shows."""
    window, _form = _start_as_mari(qtbot, store, session, people)
    typed: list[str] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, in_the_dialog)
            return
        type_text(dialog.focusWidget() or dialog, "poolik")
        typed.append(dialog.windowTitle())
        press(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the lock comes
        pages = [child for child in dialog.children() if isinstance(child, LockPage) and child.isVisible()]
        assert len(pages) == 1
        qtbot.mouseClick(pages[0].change_user_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, in_the_dialog)
    window.change_password()  # runs the dialog's own event loop until Change user ends it
    assert typed == ["Change my password"]
    qtbot.waitUntil(lambda: session.login_dialog is not None and session.login_dialog.isVisible())
    assert not isValid(window)
    assert QApplication.activeModalWidget() is session.login_dialog
    assert _log_outs(store) == [("mari", '{"how":"lock_screen"}')]


def test_a_review_typed_on_the_desk_is_back_when_its_lead_logs_in_again(
    qtbot: QtBot, store: Store, session: Session, people: People
) -> None:
    with store.unit_of_work() as uow:
        save_contact(uow, people.mari, ContactInput(started_at=utcnow() - timedelta(hours=1), summary="vestlus"))
    window = session.begin(people.lead)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.desk_page is not None
    panel = window.desk_page.panel
    qtbot.waitUntil(lambda: panel.contact is not None)  # the desk's lists come from the database worker
    type_text(panel.overall, "Hea vestlus, õige küsimus")
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: session.login_dialog is not None and session.login_dialog.isVisible())
    _log_in_as(qtbot, session, "liis")
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    assert session.window is not None
    assert session.window.desk_page is not None
    again = session.window.desk_page.panel
    assert again is not panel
    qtbot.waitUntil(lambda: again.contact is not None)  # its contact is highlighted again when the lists arrive
    assert again.overall.toPlainText() == "Hea vestlus, õige küsimus"


def test_a_shift_lead_s_log_out_does_not_build_the_desk_never_shown(
    qtbot: QtBot, store: Store, session: Session, people: People
) -> None:
    window = session.begin(people.lead)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.built_desk_page is None  # the log is shown; the desk has read nothing yet
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.window is None  # logged out
    assert window.built_desk_page is None  # nor was it built to ask it for unsaved input
    qtbot.waitUntil(lambda: session.login_dialog is not None and session.login_dialog.isVisible())
