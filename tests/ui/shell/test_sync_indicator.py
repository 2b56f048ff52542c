"""Issue 14, point 7: the team sync in the status bar (online; offline since 02:14 with 7 changes waiting; a conflict to
resolve), shown only in team mode, never taking the focus from typing, and its details from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.store.sync.status import SyncStatus
from app.ui.shell import sync_indicator
from app.ui.shell.main_window import MainWindow
from app.ui.shell.sync_indicator import SyncDetailsDialog, SyncIndicator


def today_at(hour: int, minute: int) -> datetime:
    """A moment of today on this computer's clock (what the bar shows as the time alone)."""
    return datetime.now().astimezone().replace(hour=hour, minute=minute, second=0, microsecond=0)


ONLINE = SyncStatus(online=True, last_sync=today_at(14, 2))
OFFLINE = SyncStatus(online=False, offline_since=today_at(2, 14), waiting=7, last_sync=today_at(2, 13))
CONFLICT = SyncStatus(online=True, conflicts=1, last_sync=today_at(14, 2))
PROBLEM = SyncStatus(
    online=True, waiting=2, last_sync=today_at(14, 2), problem="The server refused a change to a closed case."
)


@pytest.mark.parametrize(
    ("status", "text", "tone"),
    [
        (ONLINE, "Team: online · synced 14:02", ""),
        (OFFLINE, "Team: offline since 02:14 · 7 changes waiting (saved on this computer)", "warning"),
        (CONFLICT, "Team: 1 conflict to resolve · online · synced 14:02", "warning"),
        (
            PROBLEM,
            "Team: online · sending 2 changes · The server refused a change to a closed case.",
            "error",
        ),
        (SyncStatus(), "Team: connecting…", "warning"),
    ],
    ids=["online", "offline", "conflict", "problem", "connecting"],
)
def test_the_bar_says_each_state_in_words(qtbot: QtBot, status: SyncStatus, text: str, tone: str) -> None:
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show_status(status)
    assert indicator.text() == text
    assert indicator.accessibleName() == text  # a screen reader says the same
    assert indicator.property("tone") == tone  # colour only besides the words
    assert not indicator.icon().isNull()


def test_the_states_have_icons_of_their_own_and_the_tooltip_says_it_in_sentences(qtbot: QtBot) -> None:
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    images = []
    for status in (ONLINE, OFFLINE, CONFLICT, PROBLEM):
        indicator.show_status(status)
        images.append(indicator.icon().pixmap(16, 16).toImage())
    assert all(images[i] != images[j] for i in range(4) for j in range(i + 1, 4))
    indicator.show_status(OFFLINE)
    tip = indicator.toolTip()
    assert "has been offline since 02:14: it cannot reach the team server" in tip
    assert "Changes made here and not yet on the server: 7. They are saved on this computer." in tip


def test_an_offline_since_yesterday_gives_the_date(qtbot: QtBot) -> None:
    yesterday = today_at(23, 50) - timedelta(days=1)
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show_status(SyncStatus(offline_since=yesterday))
    assert indicator.text() == f"Team: offline since {yesterday:%d.%m.%Y} 23:50"


def test_a_long_problem_is_cut_in_the_bar_and_whole_in_the_tooltip(qtbot: QtBot) -> None:
    problem = "The server refused the sign-in: " + "the password was changed on another workstation " * 3
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show_status(SyncStatus(online=False, problem=problem))
    assert indicator.text().endswith("…")
    assert len(indicator.text()) < 120
    assert " ".join(problem.split()) in " ".join(indicator.toolTip().split())


def test_a_status_equal_to_the_one_shown_changes_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    made = []
    real = sync_indicator.summary

    def counting(status: SyncStatus, now: datetime | None = None) -> str:
        made.append(status)
        return real(status, now)

    monkeypatch.setattr(sync_indicator, "summary", counting)
    indicator.show_status(OFFLINE)
    indicator.show_status(SyncStatus(online=False, offline_since=today_at(2, 14), waiting=7, last_sync=today_at(2, 13)))
    assert len(made) == 1
    indicator.show_status(SyncStatus(online=False, offline_since=today_at(2, 14), waiting=8, last_sync=today_at(2, 13)))
    assert len(made) == 2
    assert "8 changes waiting" in indicator.text()


def test_hidden_outside_team_mode_and_shown_by_the_first_status(qtbot: QtBot, window: MainWindow) -> None:
    assert window.sync_indicator.isHidden()
    assert not window.sync_action.isVisible()
    window.show_sync_status(ONLINE)
    assert window.sync_indicator.isVisible()
    assert window.sync_action.isVisible()
    assert window.sync_indicator.text() == "Team: online · synced 14:02"


def typed_into(field: QPlainTextEdit, text: str) -> None:
    for ch in text:  # real key events, to whichever widget has the focus now
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClicks(focused, ch)


def test_a_status_arriving_while_the_counsellor_types_leaves_the_focus_and_the_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.new_contact()
    qtbot.waitUntil(lambda: form.summary.hasFocus())
    typed_into(form.summary, "Helistaja ")
    for status in (ONLINE, OFFLINE, CONFLICT, PROBLEM, OFFLINE):
        window.show_sync_status(status)
        QApplication.processEvents()
        assert QApplication.focusWidget() is form.summary
        typed_into(form.summary, "x")
    typed_into(form.summary, " kardab")
    assert form.summary.toPlainText() == "Helistaja xxxxx kardab"
    assert QApplication.activeWindow() is window


def open_details_with_keys(qtbot: QtBot, window: MainWindow) -> SyncDetailsDialog:
    """Alt+S opens Settings, Y chooses Team sync…: the keyboard's way to the details."""
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    QTest.keyClick(menu, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: (found := window.findChild(SyncDetailsDialog)) is not None and found.isVisible())
    dialog = window.findChild(SyncDetailsDialog)
    assert isinstance(dialog, SyncDetailsDialog)
    return dialog


def test_the_details_open_from_the_keyboard_in_full_sentences(qtbot: QtBot, window: MainWindow) -> None:
    window.show_sync_status(OFFLINE)
    dialog = open_details_with_keys(qtbot, window)
    assert dialog.heading.text() == "Team: offline since 02:14 · 7 changes waiting (saved on this computer)"
    body = dialog.body.text()
    assert "offline since 02:14: it cannot reach the team server. You can go on working" in body
    assert "Changes made here and not yet on the server: 7." in body
    assert not dialog.resolve_button.isVisible()  # nothing to resolve
    window.show_sync_status(ONLINE)  # the dialog follows the status while open
    assert "This workstation is connected to the team server." in dialog.body.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_conflict_says_what_to_do_and_asks_for_the_conflict_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.show_sync_status(CONFLICT)
    qtbot.mouseClick(window.sync_indicator, Qt.MouseButton.LeftButton)  # a click on the bar opens the details
    dialog = window.findChild(SyncDetailsDialog)
    assert isinstance(dialog, SyncDetailsDialog)
    assert dialog.isVisible()
    assert "Records changed both here and on another workstation: 1." in dialog.body.text()
    assert "Choose “Resolve conflicts…”" in dialog.body.text()
    assert dialog.resolve_button.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # it takes the keys once opened
    with qtbot.waitSignal(window.sync_indicator.resolve_conflicts_requested, timeout=1000):
        QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_indicator_never_takes_the_focus(qtbot: QtBot, window: MainWindow) -> None:
    window.show_sync_status(OFFLINE)
    assert window.sync_indicator.focusPolicy() == Qt.FocusPolicy.NoFocus
    form = window.new_contact()
    qtbot.waitUntil(lambda: form.summary.hasFocus())
    for _ in range(60):  # Tab round the whole window: the indicator is never a stop
        focused = QApplication.focusWidget()
        assert focused is not None
        assert focused is not window.sync_indicator
        QTest.keyClick(focused, Qt.Key.Key_Tab)


@pytest.fixture
def estonian(qapp: QApplication) -> Iterator[None]:
    yield
    from app.ui.kit.i18n import switch_language

    switch_language("en")


def test_the_bar_follows_a_change_of_language(qtbot: QtBot, window: MainWindow, estonian: None) -> None:
    window.show_sync_status(OFFLINE)
    window.choose_language("et")
    assert window.sync_indicator.text() != "Team: offline since 02:14 · 7 changes waiting (saved on this computer)"
    assert "02:14" in window.sync_indicator.text()
    assert window.sync_indicator.text() == sync_indicator.summary(OFFLINE)
