"""The main window: the log tab and one tab per open contact (a chat counsellor often runs two or three)."""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from app import APP_TITLE
from app.errors import KnownError
from app.models.enums import DEFAULT_CHANNEL, ContactKind, Line
from app.services.actor import SessionUser, is_administrator, oversees
from app.services.contacts import contact_view, taxonomy
from app.services.contacts.editing import log_non_data_contact
from app.services.guard import auth
from app.store.db import Store, UnitOfWork
from app.store.sync.status import SyncStatus
from app.ui.admin.workstations_dialog import WorkstationsDialog, WorkstationsLoader, open_workstations
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.aid.decisions_page import DecisionsPage
from app.ui.contacts.case_dialog import CaseDialog
from app.ui.contacts.form import ContactForm, FormContext
from app.ui.contacts.history_dialog import HistoryDialog
from app.ui.contacts.log_page import LogPage
from app.ui.desk.feedback_page import FeedbackPage
from app.ui.desk.handover import HandoverWriteDialog, show_unread_handovers
from app.ui.kit import formatting, labels, messages, questions
from app.ui.kit.calls import FAILED, Failed, call
from app.ui.kit.i18n import KEEP_TEXT, LANGUAGES, switch_language
from app.ui.kit.text import fill
from app.ui.kit.theme import add_theme_menu
from app.ui.kit.walk import application_widgets
from app.ui.kit.widgets import CodeCombo
from app.ui.shell.login import ChangePasswordDialog
from app.ui.shell.sync_indicator import SyncIndicator

if TYPE_CHECKING:
    from app.ui.desk.page import DeskPage
    from app.ui.statistics.page import StatisticsPage

_NO_CONTACT = uuid.UUID(int=0)  # a spare aid decision dialog's, until it is begun for a caller

QUICK_LOG_KEYS = {
    ContactKind.SILENT: "Ctrl+1",
    ContactKind.HANG_UP: "Ctrl+2",
    ContactKind.WRONG_NUMBER: "Ctrl+3",
    ContactKind.PRANK: "Ctrl+4",
}


class MainWindow(QMainWindow):
    sync_conflicts_resolved = Signal()  # team mode: the sync may send what waited behind them now
    contact_saved = Signal()  # team mode: the sync sends it at once

    def __init__(self, context: FormContext, *, store_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._leaving = False
        self._spare: ContactForm | None = None  # see _prepare_spare
        self._spare_built = False
        self._spare_painted = False
        self._spare_dialog: DecisionDialog | None = None
        self._spare_pending = False
        self._closed = False
        self._formats_warm = False  # see _prepare_spare
        self.setWindowTitle(f"{APP_TITLE} – {context.user.full_name}")
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.log_page = LogPage(context.store, context.user)
        self.tabs.addTab(self.log_page, self.tr("Log"))
        self._decisions_page: DecisionsPage | None = None
        self._unbuilt: dict[QWidget, Callable[[], QWidget]] = {}
        self._decisions_holder = self._later_page(self.tr("Aid decisions"), self._build_decisions)
        # The aid decisions, the desk and the statistics (shift leads, administrators) are built when first shown
        # (_realise_page): the desk builds four lists (read on the database worker) and its review panel, the decisions
        # read theirs, the statistics load QtCharts; none is on the way from the log-in to the log. Until then each tab
        # holds an empty page that the real one replaces.
        self._desk_page: DeskPage | None = None
        self._statistics_page: StatisticsPage | None = None
        self._desk_holder: QWidget | None = None
        self._statistics_holder: QWidget | None = None
        if oversees(context.user):
            self._desk_holder = self._later_page(self.tr("Desk"), self._build_desk)
            self._statistics_holder = self._later_page(self.tr("Statistics"), self._build_statistics)
        self.tabs.currentChanged.connect(lambda index: self._realise_page(self.tabs.widget(index)))
        self.feedback_page = FeedbackPage(context.store, context.user, context.language)
        self.feedback_page.open_requested.connect(self.open_contact)
        self.feedback_page.unacknowledged_changed.connect(self._show_feedback_count)
        self.tabs.addTab(self.feedback_page, "")
        self._show_feedback_count(self.feedback_page.unacknowledged())
        for fixed in range(self.tabs.count()):
            self.tabs.tabBar().setTabButton(fixed, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)
        self.log_page.open_requested.connect(self.open_contact)
        # Team mode: the sync's state in the status bar, hidden until the session shows the first (show_sync_status);
        # the session connects sync_indicator.resolve_conflicts_requested to the conflict dialog.
        self.sync_indicator = SyncIndicator(self)
        self._workstations_loader: WorkstationsLoader | None = None  # team mode: set_workstations_loader
        self.team_server: Store | None = None  # team mode, administrators: the server, where the accounts are kept
        self._build_actions()
        user = context.user
        status = QLabel(
            fill(self.tr("%1 (%2)"), user.full_name, labels.label(user.role))
            + (f" · {store_label}" if store_label else "")
        )
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.statusBar().addPermanentWidget(status)
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Contact"))
        toolbar.setObjectName("contact_toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        menu = self.menuBar().addMenu(self.tr("&Contact"))

        def action(text: str, shortcut: str, slot: object, *, tool: bool = False) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            menu.addAction(act)
            if tool:
                toolbar.addAction(act)
            return act

        self.new_action = action(self.tr("&New contact"), "Ctrl+N", self.new_contact, tool=True)
        self.save_action = action(self.tr("&Save"), "Ctrl+S", self.save_current)
        self.aid_action = action(self.tr("&Aid decision…"), "Ctrl+D", self.open_current_decision)
        self.close_action = action(
            self.tr("&Close contact"), "Ctrl+W", lambda: self.close_tab(self.tabs.currentIndex())
        )
        menu.addSeparator()
        toolbar.addSeparator()
        self.line = CodeCombo(list(Line))
        self.line.setToolTip(self.tr("The line you are answering: new contacts and quick logs use it"))
        toolbar.addWidget(QLabel(self.tr(" My line: ")))
        toolbar.addWidget(self.line)
        toolbar.addSeparator()
        self.quick_actions: dict[ContactKind, QAction] = {}
        for kind, key in QUICK_LOG_KEYS.items():
            self.quick_actions[kind] = action(
                labels.label(kind) + f" ({key})", key, lambda _=False, k=kind: self.quick_log(k), tool=True
            )
        menu.addSeparator()
        action(self.tr("&Find…"), "Ctrl+F", self.focus_search)
        action(self.tr("&Go to the log"), "F2", lambda: self.tabs.setCurrentIndex(0))
        action(self.tr("&Quit"), "Ctrl+Q", self.close)

        shift_menu = self.menuBar().addMenu(self.tr("S&hift"))
        write_note = QAction(self.tr("&Write a handover note…"), self)
        write_note.triggered.connect(self.write_handover)
        shift_menu.addAction(write_note)
        read_notes = QAction(self.tr("&Read handover notes…"), self)
        read_notes.triggered.connect(
            lambda: show_unread_handovers(self.context.store, self.context.user, self, always=True)
        )
        shift_menu.addAction(read_notes)
        shift_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock screen"), self)  # app.ui.shell.lock.install_lock connects it
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        shift_menu.addAction(self.lock_action)
        # app.ui.shell.session.Session connects these two: the store stays open, the log-in comes back.
        self.change_user_action = QAction(self.tr("&Change user…"), self)
        self.change_user_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.change_user_action.setToolTip(self.tr("Let the next user log in; your unsaved forms wait for you"))
        shift_menu.addAction(self.change_user_action)
        self.log_out_action = QAction(self.tr("Log &out"), self)
        self.log_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        shift_menu.addAction(self.log_out_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        password = QAction(self.tr("Change my &password…"), self)
        password.triggered.connect(self.change_password)
        settings_menu.addAction(password)
        self.sync_action = QAction(self.tr("Team s&ync…"), self)  # the indicator's details from the keyboard
        self.sync_action.triggered.connect(self.sync_indicator.open_details)
        self.sync_action.setVisible(False)  # team mode: shown with the first status
        settings_menu.addAction(self.sync_action)
        if oversees(self.context.user):
            trail = QAction(self.tr("Audit &trail…"), self)
            trail.triggered.connect(self.open_audit_trail)
            settings_menu.addAction(trail)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        languages = QActionGroup(self)  # exclusive: the language in use is the one marked
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            choice = QAction(name, self)
            choice.setProperty(KEEP_TEXT, True)  # each language is named in itself, whatever the interface's
            choice.setCheckable(True)
            choice.setChecked(code == self.context.language)
            languages.addAction(choice)
            self.language_actions[code] = choice
            choice.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            language_menu.addAction(choice)
        self.theme_actions = add_theme_menu(settings_menu, self)  # System / Light / Dark
        if is_administrator(self.context.user):
            admin = QAction(self.tr("&Administration…"), self)
            admin.triggered.connect(self.open_administration)
            settings_menu.addAction(admin)
        self.workstations_action = QAction(self.tr("Team &workstations…"), self)
        self.workstations_action.triggered.connect(self.open_workstations)
        self.workstations_action.setVisible(False)  # team mode, administrators: set_workstations_loader
        self.workstations_action.setEnabled(False)
        if is_administrator(self.context.user):
            settings_menu.addAction(self.workstations_action)
        settings_menu.addSeparator()  # app.ui.shell.backup_dialogs.install_backups connects the two backup entries
        self.backup_action = QAction(self.tr("&Back up now"), self)
        settings_menu.addAction(self.backup_action)
        self.restore_action: QAction | None = None
        if is_administrator(self.context.user):
            self.restore_action = QAction(self.tr("&Restore from backup…"), self)
            settings_menu.addAction(self.restore_action)

    # --- pages built when first shown -------------------------------------------------------------------------------
    def _later_page(self, title: str, build: Callable[[], QWidget]) -> QWidget:
        """An empty tab now; the page ``build`` makes takes its place when the tab is first shown or asked for."""
        holder = QWidget()
        self._unbuilt[holder] = build
        self.tabs.addTab(holder, title)
        return holder

    def _realise_page(self, holder: QWidget | None) -> None:
        build = self._unbuilt.pop(holder, None) if holder is not None else None
        if build is None or holder is None:
            return
        page = build()
        index = self.tabs.indexOf(holder)
        shown = self.tabs.currentIndex() == index
        self.tabs.insertTab(index, page, self.tabs.tabText(index))
        self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)  # not closable
        if shown:  # the page before its holder goes: removing the tab shown would show (and build) its neighbour
            self.tabs.setCurrentIndex(index)
        self.tabs.removeTab(index + 1)
        holder.deleteLater()

    def _build_decisions(self) -> QWidget:
        self._decisions_page = DecisionsPage(self.context.store, self.context.user)
        return self._decisions_page

    @property
    def decisions_page(self) -> DecisionsPage:
        """The aid decisions page (built now if it was not shown yet)."""
        self._realise_page(self._decisions_holder)
        assert self._decisions_page is not None
        return self._decisions_page

    def _reload_decisions(self) -> None:
        if self._decisions_page is not None:  # one not built yet reads the store when it is
            self._decisions_page.reload()

    def _build_desk(self) -> QWidget:
        from app.ui.desk.page import DeskPage

        context = self.context
        page = DeskPage(context.store, context.user, context.users, context.topics, context.language)
        page.open_requested.connect(self.open_contact)
        self._desk_page = page
        return page

    def _build_statistics(self) -> QWidget:
        from app.ui.statistics.page import StatisticsPage  # QtCharts: loaded when the page is first shown

        context = self.context
        self._statistics_page = StatisticsPage(context.store, context.user, language=context.language)
        return self._statistics_page

    @property
    def desk_page(self) -> DeskPage | None:
        """The shift lead's desk (built now if it was not shown yet); None for a counsellor."""
        self._realise_page(self._desk_holder)
        return self._desk_page

    @property
    def built_desk_page(self) -> DeskPage | None:
        """The desk if it has been built (shown, or asked for), without building it: what a log-out looks at."""
        return self._desk_page

    @property
    def statistics_page(self) -> StatisticsPage:
        """The statistics page (built now if it was not shown yet); a counsellor's window has none (AttributeError)."""
        self._realise_page(self._statistics_holder)
        if self._statistics_page is None:
            raise AttributeError("statistics_page")
        return self._statistics_page

    # --- user actions --------------------------------------------------------------------------------------------
    def new_contact(self) -> ContactForm:
        form = self._take_spare_form()
        form.begin()
        form.start_on(self.line.code() or Line.CRISIS_116006)
        self._add_form(form)
        form.focus_first_field()
        return form

    def open_contact(self, contact_id: uuid.UUID) -> None:
        for index in range(1, self.tabs.count()):
            form = self.tabs.widget(index)
            if isinstance(form, ContactForm) and form.contact_id == contact_id:
                self.tabs.setCurrentIndex(index)
                return
        opened = call(
            self, self.context.store, contact_view.load_contact, self.context.user, contact_id, screen=self._screen()
        )
        if isinstance(opened, Failed):
            return
        form = self._take_spare_form()
        form.begin(opened)
        self._add_form(form)
        form.focus_first_field()

    # --- the spare contact form ------------------------------------------------------------------------------------
    # Building a contact form's widgets takes several frames (a few hundred ms on a slow machine), and a counsellor
    # opens one while the caller waits. So the window keeps one spare form, never shown and never used, built a slice
    # per turn of the event loop while nothing else happens; opening or starting a contact takes it and begins it
    # (ContactForm.begin), and the next one is built in idle time. A form is never reused after it was shown: the
    # spare is always a fresh one. It is built for this session's user in the interface language and with the
    # choices of its context: when these change (language, administration) and when the window closes (log-out,
    # change of user), the spare is dropped. It waits hidden among the tabs' pages but is no tab: the tabs, the
    # window's unsaved forms and whatever looks at what is shown (the lock, the accessible names, a user) do not see
    # it, and its shortcuts and mnemonics do nothing while it is hidden. The aid decision dialog (Ctrl+D) is kept the
    # same way, as a hidden dialog of this window begun for the contact's caller (DecisionDialog.begin); until then
    # it asks the store nothing. The slices: the form's (each a few ms to ~30 ms), the dialog (~20–30 ms), then the
    # form's style and layout at a tab's size; before them babel's number data, which the dialog's limit needs.
    SPARE_DELAY_MS = 200  # after the window shows or a spare is taken: let the new form paint first

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._closed = False
        self._prepare_spare_soon()

    def _prepare_spare_soon(self) -> None:
        if not self._spare_pending and not self._leaving and not self._closed:
            self._spare_pending = True
            QTimer.singleShot(self.SPARE_DELAY_MS, self, self._prepare_spare)

    def _prepare_spare(self) -> None:
        """One slice of building the spare form; the next slice on the next turn of the event loop."""
        self._spare_pending = False
        if self._leaving or self._closed or not self.isVisible():
            return
        if not self._formats_warm:  # the first amount shown (an aid decision's limit) loads babel's currency data
            formatting.money(0)
            self._formats_warm = True
            _freeze_the_start()
        elif self._spare is None:
            self._spare = self._new_spare()
            self._spare_built = False
        elif self._spare.build_step():
            pass
        elif self._spare_dialog is None:  # the aid decision's dialog too (Ctrl+D on the contact)
            self._spare_dialog = self._new_spare_dialog()
        elif not self._spare_built:  # the last slice: styled and laid out at the size of a tab, as it will show
            self._spare.resize(self.tabs.currentWidget().size())
            self._spare.ensurePolished()
            if (layout := self._spare.layout()) is not None:
                layout.activate()
            self._spare_built = True
            self._spare_painted = False
        elif not self._spare_painted:  # painted once off screen: its first show paints from warm glyph caches
            self._spare.render(QPixmap(self._spare.size()))
            self._spare_painted = True
        else:
            return
        self._spare_pending = True
        QTimer.singleShot(0, self, self._prepare_spare)

    def _take_spare_form(self) -> ContactForm:
        """The spare form (what of it is not built yet is built now), or a new one; a next spare follows."""
        form, self._spare, self._spare_built = self._spare, None, False
        self._prepare_spare_soon()
        return form if form is not None else self._new_spare()

    def _new_spare(self) -> ContactForm:
        """A form not yet begun, hidden among the tabs' pages: adding it as a tab does not move it, so its widgets
        keep the style and locale they were built with (moving a form redoes both for each of its widgets)."""
        stack = self.tabs.findChild(QStackedWidget)
        form = ContactForm(self.context, parent=stack, spare=True)
        form.hide()  # hidden until added as a tab, even if the window is hidden and shown again
        return form

    def _new_spare_dialog(self) -> DecisionDialog:
        """An aid decision dialog not yet begun (it is a hidden window of this one until it is opened)."""
        return DecisionDialog(self.context.store, self.context.user, _NO_CONTACT, "", None, self, spare=True)

    def _take_spare_dialog(self) -> DecisionDialog:
        dialog, self._spare_dialog = self._spare_dialog, None
        self._prepare_spare_soon()
        return dialog if dialog is not None else self._new_spare_dialog()

    def _drop_spare(self) -> None:
        """The spares no longer fit (another language, other choices, the session ends): new ones are built."""
        if self._spare is not None:
            self._spare.deleteLater()
            self._spare = None
        if self._spare_dialog is not None:
            self._spare_dialog.deleteLater()
            self._spare_dialog = None
        self._prepare_spare_soon()

    def _screen(self) -> str:
        """Where a contact is being opened from, for the audit trail."""
        page = self.tabs.currentWidget()
        if page is not None and page is self._desk_page:
            return "desk"
        if page is self.feedback_page:
            return "feedback"
        if page is not None and page is self._decisions_page:
            return "decisions"
        return "log"

    def _add_form(self, form: ContactForm) -> None:
        index = self.tabs.addTab(form, form.title())
        self.tabs.setCurrentIndex(index)
        form.title_changed.connect(lambda title, f=form: self.tabs.setTabText(self.tabs.indexOf(f), title))
        form.saved.connect(lambda _id: self._contact_saved())
        form.history_button.clicked.connect(lambda _=False, f=form: self.show_history(f))
        form.aid_button.clicked.connect(lambda _=False, f=form: self.open_decision(f))
        form.case_button.clicked.connect(lambda _=False, f=form: self.show_case(f))

    def _contact_saved(self) -> None:
        self.contact_saved.emit()
        self.log_page.refresh()
        if self._desk_page is not None:  # one not built yet reads the store when it is
            self._desk_page.refresh()

    def _show_feedback_count(self, unacknowledged: int) -> None:
        index = self.tabs.indexOf(self.feedback_page)
        text = fill(self.tr("Feedback (%1 new)"), str(unacknowledged))
        self.tabs.setTabText(index, text if unacknowledged else self.tr("Feedback"))

    def change_password(self) -> None:
        if ChangePasswordDialog(self.context.store, self.context.user, self).exec():
            self.statusBar().showMessage(self.tr("Your password is changed."), 4000)

    def write_handover(self) -> None:
        dialog = HandoverWriteDialog(self.context.store, self.context.user, self)
        if dialog.exec() == HandoverWriteDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("The handover note is saved for the next shift."), 4000)

    def current_form(self) -> ContactForm | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ContactForm) else None

    def save_current(self) -> None:
        form = self.current_form()
        if form is not None:
            form.save()

    def quick_log(self, kind: ContactKind) -> None:
        """A silent call, hang-up, wrong number or prank, logged at once with no form."""
        line = self.line.code() or Line.CRISIS_116006
        logged = call(
            self,
            self.context.store,
            log_non_data_contact,
            self.context.user,
            kind,
            line=line,
            channel=DEFAULT_CHANNEL[line],
        )
        if logged is FAILED:
            return
        self.log_page.refresh()
        self.statusBar().showMessage(fill(self.tr("Logged: %1"), labels.label(kind)), 4000)

    def choose_language(self, code: str) -> None:
        """The interface changes to ``code`` at once, open forms and dialogs too, and stays so from the next start."""
        QSettings().setValue("language", code)
        if code == self.context.language:
            return
        topics = call(self, self.context.store, taxonomy.active_topics, code)  # topic names live in the store
        if isinstance(topics, Failed):
            return
        old = {topic.code: topic.name for topic in self.context.topics}
        renamed = {old[topic.code]: topic.name for topic in topics if topic.code in old}
        self.context = replace(self.context, topics=topics, language=code)
        self._drop_spare()
        switch_language(code, renamed)

    # --- team mode ---------------------------------------------------------------------------------------------------
    def show_sync_status(self, status: SyncStatus) -> None:
        """The sync's state in the status bar (the GUI thread only); the first status shows the indicator and its
        menu entry. The same status again costs one comparison; the focus stays where the person types. When rows
        came from the server, the log (and the desk, if built) is read again."""
        before = self.sync_indicator.status()
        self.sync_indicator.show_status(status)
        if before is not None and status.received != before.received:
            self.log_page.refresh()
            if self._desk_page is not None:
                self._desk_page.refresh()
        if self.sync_indicator.isHidden():
            self.sync_indicator.show()
            self.sync_action.setVisible(True)

    def resolve_sync_conflicts(self) -> int:
        """Team mode: each record changed here and on another workstation before either synced, in the conflict
        dialog a save meets (a contact in its form, as when it changed while open); returns how many were resolved.
        Going back leaves the rest as they are, waiting (the indicator keeps saying so)."""
        from app.services import sync_conflicts
        from app.ui.kit.conflict_dialog import ConflictDialog

        store, user = self.context.store, self.context.user
        found = call(self, store, sync_conflicts.pending)
        if isinstance(found, Failed):
            return 0
        done = 0
        for conflict in found:
            if conflict.table == "contacts":
                opened = call(self, store, sync_conflicts.open_contact, user, conflict)
                if isinstance(opened, Failed):
                    break
                self.open_contact(opened.theirs.id)
                form = self.tabs.currentWidget()
                if not isinstance(form, ContactForm) or not form.resolve_sync_conflict(conflict, opened):
                    break
            else:
                mine = call(self, store, sync_conflicts.record_here, conflict)
                if isinstance(mine, Failed):
                    break
                names = {str(person.id): person.full_name for person in self.context.users}
                who = self.tr("another workstation")
                dialog = ConflictDialog(sync_conflicts.differences(conflict, mine), who, names, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    break
                if isinstance(call(self, store, sync_conflicts.save_record, conflict, dialog.chosen()), Failed):
                    break
            done += 1
        if done:
            self.sync_conflicts_resolved.emit()
        return done

    def set_workstations_loader(self, load: WorkstationsLoader | None) -> None:
        """Team mode: ``load`` reads the team's workstations from the server (run on the server lane; it raises
        ``app.errors.ServerUnreachable`` when the server cannot be reached). Administrators get *Settings → Team
        workstations…* and the button in Administration's Workstation tab; None takes them away."""
        self._workstations_loader = load
        self.workstations_action.setEnabled(load is not None)
        self.workstations_action.setVisible(load is not None)

    def open_workstations(self) -> WorkstationsDialog | None:
        if self._workstations_loader is None or not is_administrator(self.context.user):
            return None
        return open_workstations(self._workstations_loader, self)

    def open_audit_trail(self) -> None:
        from app.ui.admin.audit_dialog import AuditDialog  # see open_administration

        AuditDialog(self.context.store, self.context.user, self).exec()

    def open_administration(self) -> None:
        # Loaded when first opened, not by every start or --smoke (issue 13); a start that logs in loads it while the
        # person types (app.ui.shell.application.StoreOpening).
        from app.ui.admin.dialog import AdminDialog

        AdminDialog(
            self.context.store, self.context.user, self, workstations=self._workstations_loader, team=self.team_server
        ).exec()
        language = self.context.language

        def topics_and_users(uow: UnitOfWork) -> tuple[list[taxonomy.TopicChoice], list[SessionUser]]:
            return taxonomy.active_topics(uow, language), auth.list_counsellors(uow)

        read = call(self, self.context.store, topics_and_users)  # new forms offer the edited topics and users
        if not isinstance(read, Failed):
            topics, users = read
            self.context = replace(self.context, topics=topics, users=users or self.context.users)
            self._drop_spare()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.log_page.focus_search()

    def open_current_decision(self) -> None:
        form = self.current_form()
        if form is not None:
            self.open_decision(form)

    def open_decision(self, form: ContactForm) -> DecisionDialog | None:
        """An aid decision for the caller of this contact, which is saved first if it has unsaved input."""
        if form.identified_caller() is None:
            QMessageBox.information(self, self.tr("Aid decision"), messages.field_error("decision.needs_identified"))
            return None
        if (form.dirty or form.contact_id is None) and not form.save():
            return None
        caller = form.identified_caller()
        assert form.contact_id is not None
        assert caller is not None
        name, birth = caller
        dialog = self._take_spare_dialog()
        dialog.begin(form.contact_id, name, birth)
        dialog.finished.connect(lambda _result: self._reload_decisions())
        dialog.open()
        return dialog

    def show_case(self, form: ContactForm) -> None:
        case_id = form.current_case_id()
        if case_id is None:
            return
        try:
            CaseDialog(self.context.store, self.context.user, case_id, self).exec()
        except KnownError as error:
            messages.show_known_error(self, error)

    def show_history(self, form: ContactForm) -> None:
        if form.contact_id is not None:
            HistoryDialog(self.context.store, self.context.user, form.contact_id, self).exec()

    def close_tab(self, index: int) -> bool:
        """Close a contact tab; unsaved input is never dropped without asking."""
        form = self.tabs.widget(index)
        if not isinstance(form, ContactForm):
            return False
        if form.dirty:
            self.tabs.setCurrentIndex(index)
            answer = questions.ask(  # a stray key goes back to the form: neither saves nor discards
                self,
                self.tr("Unsaved contact"),
                self.tr("This contact has unsaved input. Save it before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not form.save():
                return False
            if answer == QMessageBox.StandardButton.Discard:
                form.drafts.discard()  # the user chose to drop the input: its draft is not offered again
        was_current = index == self.tabs.currentIndex()
        self.tabs.removeTab(index)
        form.deleteLater()
        if was_current:  # back where the next contact starts, not to whichever tab Qt takes next
            self.tabs.setCurrentWidget(self.log_page)
        return True

    # --- log-out (app.ui.shell.session) -------------------------------------------------------------------------------
    def unsaved_forms(self) -> list[ContactForm | DecisionDialog]:
        """Contact tabs and open aid decisions whose input is not saved (reviews on the desk are the panel's)."""
        forms: list[ContactForm | DecisionDialog] = [
            form for index in range(self.tabs.count()) if isinstance(form := self.tabs.widget(index), ContactForm)
        ]
        forms += [dialog for dialog in self.findChildren(DecisionDialog) if dialog.isVisible()]
        return [form for form in forms if form.dirty and form.drafts.payload_now() is not None]

    def put_aside(self) -> None:
        """Every unsaved form's input goes to the store as a draft now, offered again at this user's next log-in.
        Raises the store's fault (``KnownError``, ``OSError``) with nothing closed."""
        for form in self.unsaved_forms():
            form.drafts.put_aside_now()

    def leave(self) -> None:
        """Close this session's windows without asking (their input was put aside): its dialogs, then itself."""
        with application_widgets(top_level=True) as windows:
            for widget in windows:
                if widget is self or not widget.isVisible() or not _belongs_to(widget, self):
                    continue
                if isinstance(widget, DecisionDialog):
                    widget.close()  # closed by the program, not the user: its draft stays
                elif isinstance(widget, QDialog):
                    widget.reject()
                else:
                    widget.close()
        self._leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving:  # a log-out: the input is already put aside
            QSettings().setValue("main_window/geometry", self.saveGeometry())
            self._closed = True
            gc.unfreeze()  # see _freeze_the_start
            self._drop_spare()
            event.accept()
            return
        for index in range(self.tabs.count() - 1, 0, -1):
            if isinstance(self.tabs.widget(index), ContactForm) and not self.close_tab(index):
                event.ignore()
                return
        if self._desk_page is not None and self._desk_page.panel.unsaved():
            answer = questions.ask(
                self,
                self.tr("Unsaved review"),
                self.tr("A review on the desk has unsaved input. Quit anyway and lose it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                self.tabs.setCurrentWidget(self._desk_page)
                event.ignore()
                return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self._closed = True  # no spare form for a closed window
        gc.unfreeze()  # see _freeze_the_start
        self._drop_spare()
        event.accept()


def _freeze_the_start() -> None:
    """What start-up and log-in made (modules, the store's mappings, this window) is kept out of Python's full
    garbage collections from now on (``gc.freeze``): each full collection went over all of it, ~80 ms on the
    GUI thread at a moment nobody chooses (on a 1,000,000-contact store it fell on opening a contact). Only the
    objects made later are looked at. The window gives them back when it closes (``gc.unfreeze``), so a log-out's
    window and forms are collected as before."""
    gc.freeze()


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    """A window opened from this one (its parent chain leads here), or one without a parent (a message box)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return widget.parentWidget() is None and isinstance(widget, QDialog)
