"""Topics, lines and channels found by typing a few letters in the contact form, and its deliberate Tab order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import Channel, Line, Role
from app.store.db import Store
from app.ui.contacts.form import ContactForm
from app.ui.kit.type_filter import best_first, rank
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.conftest import make_user
from tests.ui.conftest import _forget_unsaved_input, press, type_text


@pytest.fixture
def form(window: MainWindow, qtbot: QtBot) -> ContactForm:
    qtbot.waitUntil(window.isActiveWindow)  # where the keyboard's events go
    press(QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.current_form()
    assert isinstance(form, ContactForm)
    qtbot.waitUntil(form.summary.hasFocus)
    return form


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab() -> None:
    widget = focused()
    assert widget is not None
    press(widget, Qt.Key.Key_Tab)


def keys(text: str) -> None:
    """Typed into whatever has the focus, one character at a time."""
    widget = focused()
    assert widget is not None
    type_text(widget, text)


def box(form: ContactForm, code: str) -> QCheckBox:
    return form.topics.boxes[code]


def test_tab_from_the_summary_goes_to_the_topics_then_line_and_channel(form: ContactForm) -> None:
    seen = []
    for _ in range(8):
        tab()
        seen.append(focused())
    assert seen == [
        form.topics.filter,
        form.line,
        form.channel,
        form.direction,
        form.language,
        form.caller_type,
        form.handled_by,
        next(iter(form.risks.rows.values())).raised,
    ]
    for _ in range(60):  # the round goes on through the rest of the form and back to the summary
        tab()
        if focused() is form.summary:
            break
        seen.append(focused())
    assert focused() is form.summary
    assert form.started_at in seen
    assert form.identity.anonymous in seen
    assert not set(form.topics.boxes.values()) & set(seen)  # one Tab stop for all the topics


def test_letters_in_the_topic_filter_dim_the_rest_and_enter_ticks_the_best_fit(form: ContactForm) -> None:
    tab()
    keys("gri")
    assert [b.text() for b in form.topics.found()] == ["Grief"]
    assert box(form, "grief").font().bold()
    assert not box(form, "stalking").isEnabled()
    press(form.topics.filter, Qt.Key.Key_Return)
    assert form.topics.codes() == ["grief"]
    assert form.topics.filter.text() == ""  # ready for the next topic, every topic shown again
    assert box(form, "stalking").isEnabled()
    assert focused() is form.topics.filter
    assert form.dirty
    assert form.contact_id is None  # Enter ticked a topic; it saved nothing


def test_any_word_of_a_topic_counts_and_the_start_of_a_name_fits_best(form: ContactForm) -> None:
    tab()
    keys("viol")
    found = [b.text() for b in form.topics.found()]
    assert found == [
        "Domestic / intimate-partner violence",
        "Sexual violence",
        "Violence against a child",
        "Other violence",
    ]
    assert box(form, "violence_against_child").font().bold()  # the name starts so: what Enter ticks
    press(form.topics.filter, Qt.Key.Key_Return)
    assert form.topics.codes() == ["violence_against_child"]


def test_down_goes_to_the_topics_found_and_space_ticks(form: ContactForm) -> None:
    tab()
    keys("crime")
    press(form.topics.filter, Qt.Key.Key_Down)
    assert focused() is box(form, "property_crime")
    press(box(form, "property_crime"), Qt.Key.Key_Down)
    assert focused() is box(form, "fraud_cybercrime")  # the next topic found, skipping the dimmed ones
    press(box(form, "fraud_cybercrime"), Qt.Key.Key_Space)
    assert form.topics.codes() == ["fraud_cybercrime"]
    press(box(form, "fraud_cybercrime"), Qt.Key.Key_Up)
    press(box(form, "property_crime"), Qt.Key.Key_Up)
    assert focused() is form.topics.filter
    keys("x")
    assert form.topics.filter.text() == "crimex"


def test_a_letter_typed_on_a_topic_goes_back_to_the_filter(form: ContactForm) -> None:
    tab()
    press(form.topics.filter, Qt.Key.Key_Down)
    assert isinstance(focused(), QCheckBox)
    keys("st")
    assert focused() is form.topics.filter
    assert form.topics.filter.text() == "st"
    assert box(form, "stalking").font().bold()


def test_escape_shows_every_topic_again_and_unknown_letters_say_so(form: ContactForm) -> None:
    tab()
    keys("qqq")
    assert form.topics.found() == []
    assert form.topics.no_match.isVisibleTo(form)
    press(form.topics.filter, Qt.Key.Key_Return)
    assert form.topics.codes() == []
    press(form.topics.filter, Qt.Key.Key_Escape)
    assert form.topics.filter.text() == ""
    assert len(form.topics.found()) == len(form.topics.boxes)
    assert not form.topics.no_match.isVisibleTo(form)


def test_a_ticked_topic_enter_unticks_it(form: ContactForm) -> None:
    tab()
    keys("gri")
    press(form.topics.filter, Qt.Key.Key_Return)
    keys("gri")
    press(form.topics.filter, Qt.Key.Key_Return)
    assert form.topics.codes() == []


def test_line_and_channel_by_any_word_and_the_channel_follows_the_line(form: ContactForm) -> None:
    tab()
    tab()
    assert focused() is form.line
    keys("web")
    assert form.line.code() is Line.WEB
    assert form.channel.code() is Channel.CHAT  # what web counselling usually comes by
    press(form.line, Qt.Key.Key_Escape)  # forget the letters typed so far
    keys("emo")
    assert form.line.code() is Line.EMOTIONAL_116123
    assert form.channel.code() is Channel.PHONE
    tab()
    keys("mail")
    assert form.channel.code() is Channel.EMAIL
    press(form.channel, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.line
    keys("video")
    assert form.line.code() is Line.VIDEO
    assert form.channel.code() is Channel.EMAIL  # chosen by the user: the line no longer changes it


def test_letters_that_fit_no_line_leave_it(form: ContactForm) -> None:
    tab()
    tab()
    keys("zz")
    assert form.line.code() is Line.CRISIS_116006
    press(form.line, Qt.Key.Key_Backspace)
    press(form.line, Qt.Key.Key_Backspace)
    keys("116 12")
    assert form.line.code() is Line.EMOTIONAL_116123


def test_handled_by_finds_a_colleague_by_any_word_of_the_name(qtbot: QtBot, store: Store, counsellor) -> None:
    make_user(store, Role.COUNSELLOR, "õie")  # "Õie Tamm"
    window = MainWindow(build_context(store, counsellor, "en"))
    qtbot.addWidget(window, before_close_func=_forget_unsaved_input)
    form = window.new_contact()
    assert form.handled_by.currentText() == "Mari Tamm"
    type_text(form.handled_by, "oi")  # without the tilde, as a foreign keyboard types it
    assert form.handled_by.currentText() == "Õie Tamm"


@pytest.mark.parametrize(
    ("text", "typed", "fit"),
    [
        ("Lein", "le", 0),
        ("Vaimse tervise kriis", "ter", 1),
        ("Seksuaalvägivald", "vägi", 2),
        ("Õnnetus või kriisisündmus", "õn", 0),
        ("Õnnetus või kriisisündmus", "on", 0),  # without diacritics, as a foreign keyboard types it
        ("Vaimse tervise kriis", "vä", None),  # with them, as typed
        ("Vägivald lapse vastu", "VÄ", 0),
        ("116 123 emotional support", "116123", 0),
        ("E-post", "post", 1),
        ("Lein", "x", None),
        ("Lein", "  ", None),
    ],
)
def test_rank(text: str, typed: str, fit: int | None) -> None:
    assert rank(text, typed) == fit


def test_best_first_keeps_the_list_order_within_a_fit() -> None:
    texts = ["Muu vägivald", "Vägivald lapse vastu", "Seksuaalvägivald", "Varavastane süütegu"]
    assert best_first(texts, "vägi") == [1, 0, 2]
