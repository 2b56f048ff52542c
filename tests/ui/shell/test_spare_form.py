"""The window keeps a spare contact form built in idle time (issue 12: opening a contact must not stall the screen).
What a user sees of it: nothing. Ctrl+N after other contacts gives an empty form in the interface's current language,
with its clock starting now, for the user logged in; after a change of user nothing of the previous user's is in it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.models.base import utcnow
from app.models.enums import Language
from app.store.db import Store
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.contacts.form import ContactForm
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import Session
from tests.ui.conftest import identified_contact_with_case, press, type_text
from tests.ui.kit.test_live_language import english  # noqa: F401  (a fixture)
from tests.ui.shell.test_log_out import People, _log_in_as, people, session  # noqa: F401  (fixtures)


def _spare_ready(qtbot: QtBot, window: MainWindow) -> None:
    """Until the window has built its spare form in idle time (what is measured: nothing of it is on screen)."""
    qtbot.waitUntil(lambda: window._spare is not None and window._spare_built)
    assert window._spare is not None
    assert not window._spare.isVisible()


def _new_contact(window: MainWindow) -> ContactForm:
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.current_form()
    assert form is not None
    return form


def _assert_empty_new_form(form: ContactForm, window: MainWindow) -> None:
    assert form.isVisible()
    assert form.contact_id is None
    assert not form.dirty
    assert form.summary.toPlainText() == ""
    assert form.identity.typed("full_name") == ""
    assert not form.identity.identified.isChecked()
    assert not form.callback.isChecked()
    assert form.language.code() is Language.ESTONIAN
    assert form.handled_by.currentText() == window.context.user.full_name
    assert not form.history_button.isVisible()
    assert form.end_button.isEnabled()
    assert abs(form.opened_at - utcnow()) < timedelta(seconds=5)  # the clock starts when the form opens
    assert abs(form.started_at.dateTime().secsTo(QDateTime.currentDateTime())) < 120
    assert form.status.text() == ""
    assert form.title().startswith(form.tr("New contact %1").split("%1")[0])


def test_ctrl_n_after_a_saved_and_closed_contact_gives_an_empty_form_starting_now(
    qtbot: QtBot, window: MainWindow
) -> None:
    _spare_ready(qtbot, window)
    first = _new_contact(window)
    type_text(first.summary, "Helistaja räägib üksindusest")
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert first.contact_id is not None
    assert not first.dirty
    press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.indexOf(first) == -1

    _spare_ready(qtbot, window)  # the next one, built while nothing happens
    second = _new_contact(window)
    assert second is not first  # a form is never used twice
    _assert_empty_new_form(second, window)
    assert window.tabs.count() == 4  # the log, aid decisions, feedback and this form: the spare is no tab
    qtbot.waitUntil(lambda: not isValid(first))


def test_after_a_change_of_language_ctrl_n_gives_a_form_in_the_new_language(
    qtbot: QtBot,
    window: MainWindow,
    english: None,  # noqa: F811
) -> None:
    _spare_ready(qtbot, window)  # built in English
    english_save = window._spare.save_button.text() if window._spare is not None else ""
    window.choose_language("ru")
    form = _new_contact(window)
    fresh = ContactForm(window.context)  # a form built from scratch in Russian, as after a restart
    qtbot.addWidget(fresh)
    assert form.save_button.text() == fresh.save_button.text() != english_save
    assert form.end_button.text() == fresh.end_button.text()
    assert form.summary.placeholderText() == fresh.summary.placeholderText()
    _assert_empty_new_form(form, window)


def test_after_a_change_of_user_the_new_user_s_form_has_nothing_of_the_previous_user(
    qtbot: QtBot,
    store: Store,
    session: Session,  # noqa: F811
    people: People,  # noqa: F811
) -> None:
    window = session.begin(people.mari)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    _spare_ready(qtbot, window)  # Mari's spare
    spare = window._spare
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: session.login_dialog is not None and session.login_dialog.isVisible())
    qtbot.waitUntil(lambda: not isValid(window) and not isValid(spare))  # gone with her window

    _log_in_as(qtbot, session, "jaan")
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    jaans = session.window
    assert jaans is not None
    jaans.activateWindow()
    qtbot.waitUntil(jaans.isActiveWindow)
    _spare_ready(qtbot, jaans)
    form = _new_contact(jaans)
    _assert_empty_new_form(form, jaans)
    assert form.context.user.id == people.jaan.id  # its draft is Jaan's, put aside under his name
    assert form.handled_by.currentText() == "Jaan Tamm"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ContactForm)]


def test_ctrl_d_gives_a_fresh_aid_decision_for_the_contact_s_caller_each_time(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    contact_id, _case, _person = identified_contact_with_case(store, window.context.user)
    _spare_ready(qtbot, window)
    qtbot.waitUntil(lambda: window._spare_dialog is not None)
    window.open_contact(contact_id)
    form = window.current_form()
    assert form is not None
    seen: list[DecisionDialog] = []
    for _time in range(2):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        press(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        shown = [d for d in window.findChildren(DecisionDialog) if d.isVisible()]
        assert len(shown) == 1
        dialog = shown[0]
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(_preview_shown(dialog))
        assert dialog not in seen  # never the one used before
        assert "Jüri Õunapuu" in dialog.windowTitle()
        assert dialog.contact_id == contact_id
        assert dialog.decision_date.date() == QDate.currentDate()
        assert dialog.reference.text() == ""
        assert not dialog.dirty
        assert "no phone or e-mail" in dialog.status.text()  # asked for this user when it was opened
        seen.append(dialog)
        dialog.reject()
        qtbot.waitUntil(_closed(dialog))


def _preview_shown(dialog: DecisionDialog) -> Callable[[], bool]:
    return lambda: not dialog.previewing


def _closed(dialog: DecisionDialog) -> Callable[[], bool]:
    return lambda: not dialog.isVisible()
