"""Five typical counselling contacts by keyboard alone, in Estonian: each at most 12 keystrokes besides the summary.

The calls and the player are in ``tests/ui/typical_calls.py`` (``bench/keystrokes.py`` prints the same counts).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.enums import DEFAULT_CHANNEL, Channel, Line
from app.services.actor import SessionUser
from app.services.contacts import contact_view
from app.store.db import Store
from app.ui.shell.application import install_translation
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.ui.conftest import _forget_unsaved_input
from tests.ui.typical_calls import BUDGET, CALLS, Call, play


@pytest.fixture
def estonian(qapp: QApplication) -> Iterator[None]:
    """The Estonian interface for one test; English again afterwards."""
    locale = QLocale()
    installed = install_translation(qapp, "et")
    try:
        yield
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


@pytest.fixture
def window_et(estonian: None, qtbot: QtBot, store: Store, counsellor: SessionUser) -> MainWindow:
    win = MainWindow(build_context(store, counsellor, "et"))
    qtbot.addWidget(win, before_close_func=_forget_unsaved_input)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # where the keyboard's events go
    return win


@pytest.mark.parametrize("call", CALLS, ids=[call.title for call in CALLS])
def test_typical_call_by_keyboard_within_budget(window_et: MainWindow, store: Store, counsellor, call: Call) -> None:
    form, keystrokes = play(window_et, call)
    assert form.contact_id is not None, form.status.text()  # saved
    assert not form.dirty
    with store.unit_of_work() as uow:
        saved = contact_view.load_contact(uow, counsellor, form.contact_id).data
    line = call.line[1] if call.line else Line.CRISIS_116006
    assert saved.line is line
    assert saved.channel is (call.channel[1] if call.channel else DEFAULT_CHANNEL[line])
    assert sorted(saved.topics) == sorted(code for _letters, code in call.topics)
    assert saved.summary == call.summary
    assert keystrokes <= BUDGET, f"{call.title}: {keystrokes} keystrokes besides the summary"


def test_five_calls_cover_different_lines_channels_and_topics() -> None:
    lines = {call.line[1] if call.line else Line.CRISIS_116006 for call in CALLS}
    channels = {call.channel[1] if call.channel else DEFAULT_CHANNEL[line] for call in CALLS for line in [_line(call)]}
    topics = {code for call in CALLS for _letters, code in call.topics}
    assert len(CALLS) == 5
    assert lines == set(Line)
    assert len(channels) == len(Channel)
    assert len(topics) >= 6
    assert any(set("õäöü") & set("".join(letters for letters, _ in call.topics)) for call in CALLS)


def _line(call: Call) -> Line:
    return call.line[1] if call.line else Line.CRISIS_116006
