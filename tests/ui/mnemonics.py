"""Alt-key mnemonics of a window as a user meets them: which letters are taken, twice, or lead nowhere.

Qt gives an ``&``-letter to a label (it moves the focus to the label's buddy), a button (it clicks it), a group box
(it toggles it or focuses its first input), a tab (it shows it) and a menu-bar menu (it opens it). Only what is shown
counts: a hidden tab's labels take no keys. Two shown owners of one letter make Alt+letter jump between them instead
of acting, and a label whose buddy is missing, hidden or cannot take the focus makes Alt+letter do nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower case; None without one."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


@dataclass(frozen=True)
class Owner:
    letter: str
    what: str  # e.g. "label 'N&ame'"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def _takes_focus(widget: QWidget) -> bool:
    """As QLabel decides: the buddy itself needs a focus policy (it then passes the focus on to its proxy)."""
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
        return False
    proxy = widget.focusProxy()
    while proxy is not None:
        widget, proxy = proxy, proxy.focusProxy()
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def owners_and_dead(window: QWidget) -> tuple[list[Owner], list[str]]:
    owners: list[Owner] = []
    dead: list[str] = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                owners.append(Owner(letter, f"menu {action.text()!r}"))
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            letter = mnemonic(widget.text())
            if letter is None:
                continue
            what = f"label {widget.text()!r}"
            buddy = widget.buddy()
            if buddy is None:
                dead.append(f"{what}: no buddy, Alt+{letter} does nothing")
            elif not _shown(buddy, window):
                dead.append(f"{what}: its buddy is hidden")
            elif not _takes_focus(buddy):
                dead.append(f"{what}: its buddy ({type(buddy).__name__}) cannot take the focus")
            owners.append(Owner(letter, what))
        elif isinstance(widget, QAbstractButton):
            letter = mnemonic(widget.text())
            if letter:
                owners.append(Owner(letter, f"{type(widget).__name__} {widget.text()!r}"))
        elif isinstance(widget, QGroupBox):
            letter = mnemonic(widget.title())
            if letter is None:
                continue
            what = f"group {widget.title()!r}"
            if not widget.isCheckable() and not any(
                _shown(child, window) and _takes_focus(child) for child in widget.findChildren(QWidget)
            ):
                dead.append(f"{what}: nothing in it takes the focus")
            owners.append(Owner(letter, what))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                letter = mnemonic(widget.tabText(index))
                if letter and widget.isTabVisible(index):
                    owners.append(Owner(letter, f"tab {widget.tabText(index)!r}"))
    return owners, dead


def problems(window: QWidget, where: str) -> list[str]:
    """Duplicate and dead mnemonics of what ``window`` shows now, each a line naming ``where``."""
    owners, dead = owners_and_dead(window)
    found = [f"{where}: {line}" for line in dead]
    by_letter: dict[str, list[str]] = {}
    for owner in owners:
        by_letter.setdefault(owner.letter, []).append(owner.what)
    for letter, whats in sorted(by_letter.items()):
        if len(whats) > 1:
            found.append(f"{where}: Alt+{letter} sits on {len(whats)} places: {', '.join(whats)}")
    return found


def press_each_label(window: QWidget, where: str) -> list[str]:
    """Alt+letter of every shown label, as real key events: the focus must land in the label's field.

    The window must be the active one (shortcuts act only there). Labels of a disabled field are skipped.
    """
    found: list[str] = []
    for label in window.findChildren(QLabel):
        letter = mnemonic(label.text()) if _shown(label, window) else None
        buddy = label.buddy()
        if letter is None or buddy is None or not buddy.isEnabled() or not _shown(buddy, window):
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, window, Qt.Key(ord(letter.upper())), letter, Qt.KeyboardModifier.AltModifier
        )
        focus = QApplication.focusWidget()
        if focus is None or not (focus is buddy or buddy.isAncestorOf(focus)):
            landed = type(focus).__name__ if focus is not None else "nowhere"
            found.append(f"{where}: Alt+{letter} of label {label.text()!r} left the focus in {landed}")
    return found
