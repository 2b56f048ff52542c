"""What a counsellor does on a shift, through the keyboard, checked in what the window then shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import ContactKind, RiskFlag, StepStatus
from app.services.contacts import contact_view, log
from app.ui.contacts.form import ContactForm
from app.ui.contacts.log_model import ContactLogModel
from app.ui.kit import questions
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import press, shown_log, type_text
from tests.ui.modal import Boxes, real_questions

CTRL = Qt.KeyboardModifier.ControlModifier


def open_forms(window: MainWindow) -> list[ContactForm]:
    return [w for w in (window.tabs.widget(i) for i in range(window.tabs.count())) if isinstance(w, ContactForm)]


def focused() -> object:
    return QApplication.focusWidget()


def test_anonymous_call_logged_with_keyboard_alone_tops_the_log(window: MainWindow, qtbot: QtBot) -> None:
    press(window, Qt.Key.Key_N, CTRL)
    form = window.current_form()
    assert isinstance(form, ContactForm)
    assert focused() is form.summary  # typing starts at once
    qtbot.keyClicks(form.summary, "Caller afraid to go home tonight")
    press(form.summary, Qt.Key.Key_S, CTRL)
    assert not form.dirty
    top = shown_log(qtbot, window).row_at(0)
    assert top.summary == "Caller afraid to go home tonight"
    assert not top.identified


def test_wrong_id_code_shows_reason_and_saves_nothing(window: MainWindow, store, counsellor) -> None:
    form = window.new_contact()
    form.identity.identified.setChecked(True)
    form.identity.id_code.setFocus()
    type_text(form.identity.id_code, "37605030290")
    press(form.identity.id_code, Qt.Key.Key_Tab)  # leaving the field checks it
    error = form.identity.errors["id_code"]
    assert error.isVisible()
    assert "check digit" in error.text()
    assert not form.save()
    with store.unit_of_work() as uow:
        assert log.list_page(uow, counsellor) == []
    assert form.dirty  # the input is still there to correct
    assert form.identity.id_code.text() == "37605030290"


def test_valid_id_code_fills_and_stores_birth_date(window: MainWindow, qtbot: QtBot, store, counsellor) -> None:
    form = window.new_contact()
    form.identity.identified.setChecked(True)
    form.identity.full_name.setFocus()
    type_text(form.identity.full_name, "Jüri Õunapuu-Šarõgina")
    form.identity.id_code.setFocus()
    type_text(form.identity.id_code, "37605030299")
    press(form.identity.id_code, Qt.Key.Key_Tab)
    assert form.identity.birth_date.text() == "03.05.1976"
    assert "male" in form.identity.id_code_facts.text()
    type_text(form.summary, "Küsis abi kohta")
    assert form.save()
    with store.unit_of_work() as uow:
        opened = contact_view.load_contact(uow, counsellor, shown_log(qtbot, window).row_at(0).id)
    assert opened.data.birth_date == date(1976, 5, 3)
    assert opened.data.full_name == "Jüri Õunapuu-Šarõgina"


def test_non_data_contact_with_one_shortcut(window: MainWindow, qtbot: QtBot) -> None:
    press(window, Qt.Key.Key_1, CTRL)
    top = shown_log(qtbot, window).row_at(0)
    assert top.kind is ContactKind.SILENT
    assert open_forms(window) == []  # no form was opened


def test_search_finds_phone_typed_without_country_code(window: MainWindow, qtbot: QtBot) -> None:
    form = window.new_contact()
    form.identity.identified.setChecked(True)
    form.identity.phone.setText("+372 5123 4567")
    form.summary.setPlainText("Number given for a callback")
    assert form.save()
    other = window.new_contact()
    other.summary.setPlainText("Someone else")
    assert other.save()
    press(window, Qt.Key.Key_F, CTRL)
    search = window.log_page.search
    assert focused() is search
    qtbot.keyClicks(search, "51234567")
    press(search, Qt.Key.Key_Return)
    model = shown_log(qtbot, window)
    assert model.rowCount() == 1
    assert model.row_at(0).summary == "Number given for a callback"


def test_risk_flag_blocks_saving_until_step_answered(window: MainWindow, qtbot: QtBot) -> None:
    form = window.new_contact()
    form.summary.setPlainText("Says there is no point in going on")
    row = form.risks.rows[RiskFlag.SUICIDAL]
    row.raised.setChecked(True)
    assert row.step.isVisible()
    assert "safety plan" in row.step.text()
    assert not form.save()
    assert row.error.isVisible()
    assert shown_log(qtbot, window).rowCount() == 0
    row.status.setCurrentIndex(row.status.findData(StepStatus.DECLINED.value))
    assert not form.save()  # declined needs a reason
    assert "why" in row.error.text().lower()
    row.reason.setText("Caller hung up before the assessment")
    assert form.save()
    assert shown_log(qtbot, window).row_at(0).risks == (RiskFlag.SUICIDAL,)


def test_several_contacts_open_each_with_own_clock(window: MainWindow) -> None:
    first = window.new_contact()
    second = window.new_contact()
    assert open_forms(window) == [first, second]
    first.end_contact()
    assert first.ended_at is not None
    assert second.ended_at is None
    assert "wrap-up" in first.clock.text()
    assert "On the line" in second.clock.text()


@pytest.mark.parametrize(
    ("answer", "closed"),
    [(QMessageBox.StandardButton.Cancel, False), (QMessageBox.StandardButton.Discard, True)],
)
def test_closing_unsaved_contact_asks_first(window: MainWindow, monkeypatch, answer, closed) -> None:
    asked: list[str] = []

    def fake_question(*args, **kwargs):
        asked.append(args[2])
        return answer

    monkeypatch.setattr(questions, "ask", fake_question)
    form = window.new_contact()
    type_text(form.summary, "Половина мысли")
    press(window, Qt.Key.Key_W, CTRL)
    assert asked, "closing with unsaved input must ask"
    assert (window.tabs.indexOf(form) == -1) is closed


def test_log_model_passes_qt_model_tester(window: MainWindow, qtbot: QtBot, qtmodeltester) -> None:
    for _ in range(3):
        window.quick_log(ContactKind.HANG_UP)
    model = shown_log(qtbot, window)
    assert isinstance(model, ContactLogModel)
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_log_loads_lazily_page_by_page(window: MainWindow, qtbot: QtBot, store, counsellor) -> None:
    for _ in range(log.PAGE_SIZE + 5):
        with store.unit_of_work() as uow:
            from app.services.contacts.editing import log_non_data_contact

            log_non_data_contact(uow, counsellor, ContactKind.WRONG_NUMBER)
    model = window.log_page.model
    model.reload()
    assert shown_log(qtbot, window).rowCount() == log.PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time: none asked for while the next is read
    assert shown_log(qtbot, window).rowCount() == log.PAGE_SIZE + 5
    assert not model.canFetchMore()


def test_edited_contact_shows_only_what_changed_in_its_history(window: MainWindow, qtbot: QtBot, monkeypatch) -> None:
    form = window.new_contact()
    form.identity.identified.setChecked(True)
    type_text(form.identity.full_name, "Наталья Кузнецова")
    form.summary.setPlainText("Esimene kokkuvõte")
    assert form.save()
    saved_id = form.contact_id
    assert saved_id is not None
    window.close_tab(window.tabs.indexOf(form))
    window.open_contact(saved_id)
    reopened = window.current_form()
    assert reopened is not None
    assert reopened.identity.full_name.text() == "Наталья Кузнецова"
    assert not reopened.dirty
    reopened.summary.setPlainText("Parandatud kokkuvõte")
    assert reopened.save()
    assert shown_history(reopened, monkeypatch) == [
        ["Mari Tamm", "Summary", "Esimene kokkuvõte", "Parandatud kokkuvõte"]
    ]


def shown_history(form: ContactForm, monkeypatch) -> list[list[str]]:
    """The rows the contact's history dialog shows, without its first column (the moment)."""
    shown: list[list[str]] = []

    def capture(dialog) -> int:
        model = dialog.model
        shown.extend([model.item(r, c).text() for c in range(1, 5)] for r in range(model.rowCount()))
        return 0

    monkeypatch.setattr("app.ui.contacts.history_dialog.HistoryDialog.exec", capture)
    form.history_button.click()
    return shown


def test_the_history_names_fields_and_values_as_the_form_shows_them(
    window: MainWindow, store, counsellor, monkeypatch
) -> None:
    form = window.new_contact()
    type_text(form.summary, "Helistas murega")
    assert form.save()
    assert form.contact_id is not None
    form.channel.setFocus()
    press(form.channel, Qt.Key.Key_Down)  # phone → chat
    form.identity.case.setFocus()
    form.identity.case.setCurrentIndex(form.identity.case.findData("new"))
    assert form.save()
    with store.unit_of_work() as uow:
        case_number = contact_view.load_contact(uow, counsellor, form.contact_id).case_number
    assert case_number is not None

    rows = shown_history(form, monkeypatch)

    assert ["Mari Tamm", "Channel", "Phone", "Chat"] in rows
    assert ["Mari Tamm", "Case", "—", case_number] in rows
    assert not any("phone" in row or "chat" in row or "_id" in " ".join(row) for row in rows)


def test_repeat_caller_is_recognised_and_linked_to_their_case(window: MainWindow, store, counsellor) -> None:
    first = window.new_contact()
    first.identity.identified.setChecked(True)
    type_text(first.identity.full_name, "Ülle Põder")
    first.identity.phone.setText("5123 4567")
    first.identity.case.setCurrentIndex(first.identity.case.findData("new"))
    type_text(first.summary, "Kardab koju minna")  # a contact with neither summary nor topic would ask first
    assert first.save()
    assert first.contact_id is not None
    with store.unit_of_work() as uow:
        case_number = contact_view.load_contact(uow, counsellor, first.contact_id).case_number
    assert case_number is not None

    again = window.new_contact()
    again.identity.identified.setChecked(True)
    again.identity.phone.setFocus()
    type_text(again.identity.phone, "+372 51234567")
    press(again.identity.phone, Qt.Key.Key_Tab)
    assert again.identity.matches.count() == 1
    assert "Ülle Põder" in again.identity.matches.item(0).text()
    again.identity.link_button.click()
    assert again.identity.full_name.text() == "Ülle Põder"
    assert again.identity.case.currentText() == case_number
    again.summary.setPlainText("Helistas uuesti")
    assert again.save()
    assert again.contact_id is not None
    with store.unit_of_work() as uow:
        opened = contact_view.load_contact(uow, counsellor, again.contact_id)
    assert opened.case_number == case_number
    assert opened.data.person_id == first.identity.person_id


def test_new_case_is_kept_on_the_next_save_and_its_timeline_opens(window: MainWindow, monkeypatch) -> None:
    form = window.new_contact()
    form.summary.setPlainText("Esimene kõne")
    form.identity.case.setCurrentIndex(form.identity.case.findData("new"))
    assert form.save()
    first_case = form.current_case_id()
    assert first_case is not None
    form.summary.setPlainText("Täiendus")
    assert form.save()
    assert form.current_case_id() == first_case  # no second case opened
    shown: list[list[str]] = []

    def capture(dialog) -> int:
        model = dialog.model
        shown.extend([model.item(r, c).text() for c in range(4)] for r in range(model.rowCount()))
        return 0

    monkeypatch.setattr("app.ui.contacts.case_dialog.CaseDialog.exec", capture)
    assert form.case_button.isVisibleTo(form)
    form.case_button.click()
    assert len(shown) == 1
    assert shown[0][2] == "Täiendus"


# --- a stray key never saves or discards (issue 11, point 3) --------------------------------------------------------
def logged(qtbot: QtBot, window: MainWindow) -> int:
    window.log_page.refresh()
    return shown_log(qtbot, window).rowCount()


def keys(*sequence: tuple[Qt.Key, Qt.KeyboardModifier]) -> Callable[[QMessageBox], None]:
    """A step for ``Boxes``: these keys on the box, then time for an Alt-key's animated click."""

    def step(box: QMessageBox) -> None:
        for which, modifier in sequence:
            QTest.keyClick(box.focusWidget() or box, which, modifier)
        QTest.qWait(250)

    return step


NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier


def active(qtbot: QtBot, window: MainWindow) -> None:
    """After a message box, the window is the active one again (as the window manager makes it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def touched_but_empty(window: MainWindow) -> ContactForm:
    """A new contact whose input changed but has neither summary nor topic (the counsellor typed and erased)."""
    form = window.new_contact()
    qtbot_keys(form.summary, "x")
    press(form.summary, Qt.Key.Key_Backspace)
    assert form.dirty
    assert form.summary.toPlainText() == ""
    return form


def qtbot_keys(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)


def test_a_stray_space_in_the_unsaved_contact_question_goes_back_to_the_form(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_questions(monkeypatch)
    form = touched_but_empty(window)
    with Boxes(qtbot, [keys((Qt.Key.Key_Space, NONE))]) as boxes:
        press(window, Qt.Key.Key_W, CTRL)
    assert boxes.texts == ["This contact has unsaved input. Save it before closing?"]
    assert boxes.unexpected == []
    assert window.tabs.indexOf(form) != -1  # still open, input kept
    assert logged(qtbot, window) == 0  # nothing saved
    for stray in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        active(qtbot, window)
        with Boxes(qtbot, [keys((stray, NONE))]) as boxes:
            press(window, Qt.Key.Key_W, CTRL)
        assert len(boxes.texts) == 1
        assert boxes.left_open == []
        assert window.tabs.indexOf(form) != -1
        assert logged(qtbot, window) == 0
    for letter in (Qt.Key.Key_S, Qt.Key.Key_D):  # a letter typed without Alt answers nothing
        active(qtbot, window)
        with Boxes(qtbot, [keys((letter, NONE))]) as boxes:
            press(window, Qt.Key.Key_W, CTRL)
        assert boxes.left_open == ["This contact has unsaved input. Save it before closing?"]
        assert window.tabs.indexOf(form) != -1
        assert logged(qtbot, window) == 0


def test_a_contact_without_summary_or_topic_is_saved_only_on_a_deliberate_yes(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_questions(monkeypatch)
    form = touched_but_empty(window)
    # Alt+S in the closing question means Save; the empty contact then asks again, and Enter goes back.
    with Boxes(qtbot, [keys((Qt.Key.Key_S, ALT)), keys((Qt.Key.Key_Return, NONE))]) as boxes:
        press(window, Qt.Key.Key_W, CTRL)
    assert len(boxes.texts) == 2
    assert "neither a summary nor a topic" in boxes.texts[1]
    assert window.tabs.indexOf(form) != -1
    assert logged(qtbot, window) == 0
    for stray in (Qt.Key.Key_Space, Qt.Key.Key_Escape):
        active(qtbot, window)
        with Boxes(qtbot, [keys((stray, NONE))]) as boxes:
            press(form.summary, Qt.Key.Key_S, CTRL)
        assert "neither a summary nor a topic" in boxes.texts[0]
        assert form.dirty
        assert logged(qtbot, window) == 0
    active(qtbot, window)
    with Boxes(qtbot, [keys((Qt.Key.Key_S, ALT))]) as boxes:  # Save &anyway: deliberate
        press(form.summary, Qt.Key.Key_S, CTRL)
    assert not form.dirty
    assert logged(qtbot, window) == 1


def test_discarding_an_unsaved_contact_takes_its_alt_key(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_questions(monkeypatch)
    form = window.new_contact()
    type_text(form.summary, "Helistaja mõtles ümber")
    with Boxes(qtbot, [keys((Qt.Key.Key_D, ALT))]) as boxes:
        press(window, Qt.Key.Key_W, CTRL)
    assert boxes.unexpected == []
    assert window.tabs.indexOf(form) == -1
    assert logged(qtbot, window) == 0


def test_a_contact_with_a_summary_saves_without_a_second_question(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_questions(monkeypatch)
    form = window.new_contact()
    type_text(form.summary, "Leina tõttu helistas")
    with Boxes(qtbot, [keys((Qt.Key.Key_S, ALT))]) as boxes:
        press(window, Qt.Key.Key_W, CTRL)
    assert boxes.unexpected == []
    assert window.tabs.indexOf(form) == -1
    assert logged(qtbot, window) == 1
