"""Issue 11, point 12: every input named for screen readers, and every label readable at 150 % text size on a
1366×768 screen, in every window and dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services.conflicts import Difference, Side
from app.store.db import Store
from app.ui.admin.audit_dialog import AuditDialog
from app.ui.admin.dialog import AdminDialog, NewUserDialog
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.aid.provider_editor import ProviderEditor
from app.ui.contacts.access_dialog import AccessDialog
from app.ui.contacts.case_dialog import CaseDialog, HoldReasonDialog
from app.ui.contacts.history_dialog import HistoryDialog
from app.ui.desk.handover import HandoverWriteDialog
from app.ui.kit.accessibility import install_accessible_names
from app.ui.kit.conflict_dialog import ConflictDialog
from app.ui.shell.application import install_translation
from app.ui.shell.drafts import DraftRecoveryDialog
from app.ui.shell.login import ChangePasswordDialog, FirstAdministratorDialog, LoginDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.passphrase import PassphraseDialog
from app.ui.shell.session import build_context
from tests.conftest import make_user
from tests.ui.conftest import _forget_unsaved_input, identified_contact_with_case, settle

SCREEN = QSize(1366, 768)
USABLE = QSize(1366, 768 - 60)  # a panel and the title bar take about this much

INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


Check = Callable[[QWidget, str], list[str]]


def walk_every_window(qtbot: QtBot, store: Store, check: Check, *, resize: bool = False) -> list[str]:
    """Open the main window (each tab, the contact form in its states) and every dialog; ``check`` each as shown."""
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    contact_id, case_id, person_id = identified_contact_with_case(store, admin)
    found: list[str] = []
    seen = 0

    def look(window: QWidget, where: str) -> None:
        nonlocal seen
        settle()  # what the database worker reads for it (the log, the decision's preview, the desk) is shown first
        for _ in range(3):  # and laid out: what arrives can add widgets (the desk's rubric), whose layout takes turns
            QApplication.processEvents()
        found.extend(check(window, where))
        seen += 1

    window = MainWindow(build_context(store, admin, "en"))
    qtbot.addWidget(window, before_close_func=_forget_unsaved_input)
    window.resize(SCREEN if resize else window.size())
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        look(window, f"main window, tab {window.tabs.tabText(index)!r}")
    form = window.new_contact()
    look(window, "contact form")
    form.identity.identified.click()
    form.callback.click()
    look(window, "contact form, identified caller with a call-back")
    window.open_contact(contact_id)
    look(window, "saved contact")

    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("log-in", lambda: LoginDialog(store)),
        ("first administrator", lambda: FirstAdministratorDialog(store)),
        ("change password", lambda: ChangePasswordDialog(store, admin)),
        ("new store passphrase", lambda: PassphraseDialog(new=True, retry=False)),
        ("administration", lambda: AdminDialog(store, admin)),
        ("new user", lambda: NewUserDialog(store, admin)),
        ("provider", lambda: ProviderEditor(store, admin)),
        ("audit trail", lambda: AuditDialog(store, admin)),
        ("handover note", lambda: HandoverWriteDialog(store, admin)),
        ("case", lambda: CaseDialog(store, admin, case_id)),
        ("legal hold reason", lambda: HoldReasonDialog("J-1", lambda _reason: None)),
        ("history", lambda: HistoryDialog(store, admin, contact_id)),
        ("aid decision", lambda: DecisionDialog(store, admin, contact_id, "Jüri Õunapuu", None)),
        ("access to a known caller", lambda: AccessDialog(person_id, lambda _person, _reason: None)),
        ("unfinished forms", lambda: DraftRecoveryDialog([])),
        (
            "conflict",
            lambda: ConflictDialog(
                [Difference("summary", "Minu tekst", "Teine tekst", Side.MINE, True)], "Mari Tamm", {}
            ),
        ),
    ]
    for where, make in dialogs:
        dialog = make()
        qtbot.addWidget(dialog)
        if resize:
            dialog.resize(dialog.sizeHint().boundedTo(USABLE))
        dialog.show()
        qtbot.waitExposed(dialog)
        look(dialog, where)
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                look(dialog, f"{where}, tab {tabs.tabText(index)!r}")
        dialog.close()
    assert seen >= 25
    return found


def unnamed_inputs(window: QWidget, where: str) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the text part of a combo or spin box, which carries the name
        if isinstance(widget, QHeaderView):
            continue  # a table's header, read with the table
        if not widget.accessibleName().strip():
            hint = widget.objectName() or widget.toolTip() or ""
            found.append(f"{where}: {type(widget).__name__} {hint!r} has no accessible name")
    return found


def test_every_input_of_every_window_and_dialog_has_an_accessible_name(qtbot: QtBot, store: Store) -> None:
    found = walk_every_window(qtbot, store, unnamed_inputs)
    assert not found, f"{len(found)} inputs without a name:\n" + "\n".join(sorted(set(found)))


def clipped(window: QWidget, where: str) -> list[str]:
    """Labels and buttons narrower or lower than their text, and a window larger than the screen."""
    found = []
    if window.width() > SCREEN.width() or window.height() > SCREEN.height():
        found.append(f"{where}: the window is {window.width()}×{window.height()}, more than the screen")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text().strip():
            if widget.wordWrap():
                need_height = widget.heightForWidth(widget.width())
                if widget.height() + 1 < need_height:
                    found.append(f"{where}: label {widget.text()[:60]!r} cut: {widget.height()} < {need_height}")
            elif widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(
                    f"{where}: label {widget.text()[:60]!r} cut: {widget.width()} < {widget.minimumSizeHint().width()}"
                )
        elif (
            isinstance(widget, (QPushButton, QCheckBox, QRadioButton))
            and widget.text().strip()
            and widget.width() + 1 < widget.minimumSizeHint().width()
        ):
            name = type(widget).__name__
            found.append(f"{where}: {name} {widget.text()!r} cut: {widget.width()} < {widget.sizeHint().width()}")
    return found


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """150 % text size, as a user sets it in the desktop's settings."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def test_at_150_percent_text_on_1366x768_no_label_is_cut(qtbot: QtBot, store: Store, large_text: None) -> None:
    found = walk_every_window(qtbot, store, clipped, resize=True)
    assert not found, f"{len(found)} texts cut:\n" + "\n".join(sorted(set(found)))


@pytest.fixture(autouse=True)
def names_as_in_the_program(qapp: QApplication) -> None:
    install_accessible_names(qapp)  # as app.ui.shell.application.run does


def test_the_checkers_find_what_they_look_for(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QFormLayout(window)
    unnamed = QLineEdit()
    unnamed.setObjectName("nameless")
    layout.addRow(unnamed)
    cut = QLabel("A sentence far too long for the little room it was given on the screen")
    layout.addRow(cut)
    window.show()
    cut.setFixedWidth(40)
    QApplication.processEvents()
    assert any("nameless" in line for line in unnamed_inputs(window, "t"))
    assert any("A sentence" in line for line in clipped(window, "t"))
    assert not any(isinstance(w, QAbstractButton) for w in window.findChildren(QWidget))


def test_the_names_follow_a_change_of_language(qtbot: QtBot, store: Store, qapp: QApplication) -> None:
    from app.ui.kit.i18n import switch_language

    locale = QLocale()
    installed = install_translation(qapp, "en")  # the program's translator, as at a start in English
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.password.accessibleName() == "Password"
    try:
        switch_language("et")
        qtbot.waitUntil(lambda: dialog.password.accessibleName() == "Parool")
        switch_language("en")
        qtbot.waitUntil(lambda: dialog.password.accessibleName() == "Password")
    finally:
        install_translation(qapp, "en")
        for translator in installed:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
