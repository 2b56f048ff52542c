"""Five typical counselling contacts played on the real main window with real key events, counting the keystrokes.

Used by ``tests/ui/test_typical_calls.py`` (each call at most :data:`BUDGET` keystrokes besides the summary, and the
saved contact right) and by ``bench/keystrokes.py`` (prints the counts). The interface is in Estonian; the letters a
counsellor types to find a topic, a line or a channel are typed one character at a time (õ, ä, ö, ü included), each a
key event sent to the widget that has the keyboard focus, as the keyboard would. Nothing is clicked or set directly.

The path of a call: Ctrl+N; the summary (typed while listening: not counted); Tab to the topic filter, a few letters
of the topic and Enter, for each topic; then, when the call is not on the default line or channel, Tab to the line and
a few of its letters, Tab to the channel and a few of its letters; Ctrl+S.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.models.enums import Channel, Line
from app.ui.contacts.form import ContactForm
from app.ui.shell.main_window import MainWindow

BUDGET = 12  # keystrokes besides the summary (issue 11, point 6)
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@dataclass(frozen=True)
class Call:
    """One contact: what the counsellor types to choose each thing, and what must then be saved."""

    title: str
    summary: str
    topics: tuple[tuple[str, str], ...]  # (letters typed in the topic filter, the topic's code)
    line: tuple[str, Line] | None = None  # (letters typed in the line field, the line); None: the default line
    channel: tuple[str, Channel] | None = None  # likewise; None: the channel that comes with the line


CALLS = (
    Call(
        "116 006, phone, domestic violence",
        "Helistaja kardab koju minna, mees ähvardas teda öösel.",
        (("lä", "domestic_violence"),),
    ),
    Call(
        "116 123, chat, grief",
        "Ema suri eelmisel nädalal, ta ei maga ja nutab palju.",
        (("le", "grief"),),
        line=("em", Line.EMOTIONAL_116123),
        channel=("ve", Channel.CHAT),
    ),
    Call(
        "web counselling, e-mail, sexual violence",
        "Kirjutaja küsib, kuhu pöörduda pärast seksuaalset rünnakut.",
        (("se", "sexual_violence"),),
        line=("ve", Line.WEB),
        channel=("e", Channel.EMAIL),
    ),
    Call(
        "video counselling, video, accident and suicidal thoughts",
        "Õnnetuse tunnistaja, ööd on rasked, mõtleb enesetapule.",
        (("õn", "accident_crisis"), ("en", "suicidal_thoughts")),
        line=("vi", Line.VIDEO),
    ),
    Call(
        "116 123, phone, mental-health crisis",
        "Ärevushood tööl, süda peksab, kardab hulluks minna.",
        (("vai", "mental_health_crisis"),),
        line=("123", Line.EMOTIONAL_116123),
    ),
)


class Keyboard:
    """Sends key events where the keyboard would: to the widget with the focus (the window if none). Counts them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.count = 0

    def target(self) -> QWidget:
        return QApplication.focusWidget() or self.window

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        QTest.keyClick(self.target(), key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        """Counted: one keystroke per character."""
        for ch in text:
            self._character(ch)
            self.count += 1

    def dictate(self, text: str) -> None:
        """The summary: typed like the rest, but not counted."""
        for ch in text:
            self._character(ch)

    def _character(self, ch: str) -> None:
        # Per character with its text: qtbot.keyClicks aborts on non-ASCII letters (TECH-NOTES).
        QTest.sendKeyEvent(QTest.KeyAction.Click, self.target(), Qt.Key.Key_unknown, ch, NO_MODIFIER)


def play(window: MainWindow, call: Call) -> tuple[ContactForm, int]:
    """Plays ``call`` from the log to the saved contact; the form and the keystrokes besides the summary."""
    keyboard = Keyboard(window)
    keyboard.key(Qt.Key.Key_N, CTRL)
    form = window.current_form()
    assert isinstance(form, ContactForm)
    keyboard.dictate(call.summary)
    keyboard.key(Qt.Key.Key_Tab)  # to the topic filter
    for letters, _code in call.topics:
        keyboard.type(letters)
        keyboard.key(Qt.Key.Key_Return)
    if call.line is not None or call.channel is not None:
        keyboard.key(Qt.Key.Key_Tab)  # to the line
        if call.line is not None:
            keyboard.type(call.line[0])
    if call.channel is not None:
        keyboard.key(Qt.Key.Key_Tab)  # to the channel
        keyboard.type(call.channel[0])
    keyboard.key(Qt.Key.Key_S, CTRL)
    return form, keyboard.count
