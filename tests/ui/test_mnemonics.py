"""Every window and dialog, in every interface language, has Alt-keys that are unique and lead somewhere, and none of
the main window's takes a menu bar's letter (issue 11, point 2: Alt+H opened the Shift menu instead of Channel)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services.conflicts import Difference, Side
from app.store.db import Store
from app.ui.admin.audit_dialog import AuditDialog
from app.ui.admin.dialog import AdminDialog, NewUserDialog
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.aid.notice_password import NoticePasswordDialog
from app.ui.aid.notice_viewer import NoticeViewer
from app.ui.aid.provider_editor import ProviderEditor
from app.ui.aid.providers_page import ImportErrorsDialog
from app.ui.contacts.access_dialog import AccessDialog
from app.ui.contacts.case_dialog import CaseDialog, HoldReasonDialog
from app.ui.contacts.history_dialog import HistoryDialog
from app.ui.desk.handover import HandoverReadDialog, HandoverWriteDialog
from app.ui.kit import questions
from app.ui.kit.conflict_dialog import ConflictDialog
from app.ui.shell.application import SUPPORTED_LANGUAGES, install_translation
from app.ui.shell.drafts import DraftRecoveryDialog
from app.ui.shell.lock import install_lock
from app.ui.shell.login import ChangePasswordDialog, FirstAdministratorDialog, LoginDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.passphrase import PassphraseDialog
from app.ui.shell.session import build_context
from app.ui.shell.team_sync import JoinTeamDialog
from tests.conftest import make_user
from tests.ui.conftest import _forget_unsaved_input, identified_contact_with_case
from tests.ui.mnemonics import mnemonic, press_each_label, problems


@pytest.fixture(params=SUPPORTED_LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    locale = QLocale()
    install_translation(qapp, request.param)
    try:
        yield request.param
    finally:
        for translator in install_translation(qapp, "en"):
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


REAL_ASK = questions.ask


def a_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Notice")
    canvas.save()
    return out.getvalue()


class Walk:
    """Shows each window or dialog and collects its mnemonic problems."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.found: list[str] = []
        self.seen = 0

    def show(self, widget: QWidget) -> QWidget:
        self.qtbot.addWidget(widget)
        widget.show()
        self.qtbot.waitExposed(widget)
        return widget

    def check(self, window: QWidget, where: str) -> None:
        QApplication.processEvents()
        self.found += problems(window, where)
        self.seen += 1
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        self.found += press_each_label(window, where)

    def dialog(self, where: str, make: Callable[[], QWidget]) -> QWidget:
        widget = self.show(make())
        self.check(widget, where)
        for tabs in widget.findChildren(QTabWidget):  # a dialog with tabs: each tab's page as it is shown
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                self.check(widget, f"{where}, tab {tabs.tabText(index)!r}")
        widget.close()
        return widget


def test_every_window_and_dialog_has_unique_working_mnemonics(
    language: str, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = make_user(store, Role.ADMINISTRATOR, "admin")
    contact_id, case_id, person_id = identified_contact_with_case(store, admin)
    walk = Walk(qtbot)

    window = MainWindow(build_context(store, admin, language))
    walk.qtbot.addWidget(window, before_close_func=_forget_unsaved_input)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        walk.check(window, f"main window, tab {window.tabs.tabText(index)!r}")
    form = window.new_contact()
    walk.check(window, "contact form, anonymous caller")
    form.identity.identified.click()
    walk.check(window, "contact form, identified caller")
    form.callback.click()
    walk.check(window, "contact form, call-back due")
    window.open_contact(contact_id)
    walk.check(window, "saved contact")

    walk.dialog("log-in", lambda: LoginDialog(store))
    walk.dialog("first administrator", lambda: FirstAdministratorDialog(store))
    walk.dialog("join a team server", lambda: JoinTeamDialog(store))
    walk.dialog("change password", lambda: ChangePasswordDialog(store, admin))
    walk.dialog("new store passphrase", lambda: PassphraseDialog(new=True, retry=False))
    walk.dialog("store passphrase", lambda: PassphraseDialog(new=False, retry=True))
    walk.dialog("administration", lambda: AdminDialog(store, admin))
    walk.dialog("new user", lambda: NewUserDialog(store, admin))
    walk.dialog("provider", lambda: ProviderEditor(store, admin))
    walk.dialog("import errors", lambda: ImportErrorsDialog(["Row 2: the registry code is not valid"]))
    walk.dialog("audit trail", lambda: AuditDialog(store, admin))
    walk.dialog("handover note", lambda: HandoverWriteDialog(store, admin))
    walk.dialog("case", lambda: CaseDialog(store, admin, case_id))
    walk.dialog("legal hold reason", lambda: HoldReasonDialog("J-1", lambda _reason: None))
    walk.dialog("history", lambda: HistoryDialog(store, admin, contact_id))
    walk.dialog("aid decision", lambda: DecisionDialog(store, admin, contact_id, "Jüri Õunapuu", None))
    walk.dialog("access to a known caller", lambda: AccessDialog(person_id, lambda _person, _reason: None))
    walk.dialog("unfinished forms", lambda: DraftRecoveryDialog([]))
    walk.dialog(
        "conflict",
        lambda: ConflictDialog([Difference("summary", "Minu tekst", "Teine tekst", Side.MINE, True)], "Mari Tamm", {}),
    )

    walk.dialog("handover notes", lambda: HandoverReadDialog(store, admin, []))
    walk.dialog("notice password", lambda: NoticePasswordDialog())
    walk.dialog("notice", lambda: NoticeViewer(a_pdf(), "J-1", lambda _parent: None))

    def check_question(box: QWidget) -> int:
        walk.show(box)
        walk.check(box, f"question {box.windowTitle()!r}")
        return 0

    monkeypatch.setattr(questions._QuestionBox, "exec", check_question)
    monkeypatch.setattr(questions, "ask", REAL_ASK)  # the test setup refuses questions; here they are looked at
    button = QMessageBox.StandardButton
    questions.ask(None, "save or discard", "?", button.Save | button.Discard | button.Cancel, button.Cancel)
    questions.ask(None, "yes or no", "?", button.Yes | button.No, button.No)
    questions.save_without_content(None)

    lock = install_lock(window, store, admin)
    try:
        lock.lock()
        walk.check(window, "lock screen")
    finally:
        lock.unlock()
        lock.uninstall()

    assert walk.seen >= 35
    assert not walk.found, f"{len(walk.found)} mnemonic problems in {language}:\n" + "\n".join(walk.found)


def test_the_checker_finds_a_duplicate_and_a_dead_label(qtbot: QtBot) -> None:
    """The checker itself: two owners of Alt+N, and a label whose buddy cannot take the focus."""
    from PySide6.QtWidgets import QFormLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QFormLayout(window)
    layout.addRow("&Name", QLineEdit())
    container = QWidget()
    layout.addRow("&Number", container)
    layout.addRow("&Phone", QLineEdit())
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    found = problems(window, "test")
    assert any("Alt+n sits on 2 places" in line for line in found)
    assert any("'&Number': its buddy (QWidget) cannot take the focus" in line for line in found)
    pressed = press_each_label(window, "test")
    assert any("Alt+n of label '&Number' left the focus" in line for line in pressed)
    assert not any("&Phone" in line for line in pressed)
    assert mnemonic("Tom && Jerry &Ok") == "o"


def test_alt_name_moves_the_focus_to_the_name_field(qtbot: QtBot, window: MainWindow) -> None:
    """The issue's own case, with real keys: Alt+<Name's letter> in an identified contact lands in the name."""
    form = window.new_contact()
    form.identity.identified.click()
    label = next(
        lab
        for lab in form.findChildren(QLabel)
        if lab.buddy() is not None and form.identity.full_name in (lab.buddy(), *lab.buddy().findChildren(QWidget))
    )
    letter = mnemonic(label.text())
    assert letter is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.identity.full_name
