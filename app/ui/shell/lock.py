"""The screen lock: after a while without input, or on Ctrl+L, every window of the program hides what it shows until
the logged-in user's password is typed; whatever was being typed is still there afterwards.

How, and why this way:

- **Windows are never hidden, closed or rejected; their contents are.** Hiding a ``QDialog`` ends its ``exec()``:
  Qt quits a dialog's event loop when the dialog is hidden (even through ``QWidget.setVisible`` or its ``QWindow``),
  so a modal dialog hidden at lock time would return "rejected" and its caller would drop its input. So each open
  window keeps its frame and hides its own direct child widgets (a main window's central widget, menu bar, tool bars
  and status bar; a dialog's fields and buttons), and a :class:`LockPage` fills the window. Unlocking shows exactly
  the children that were showing and gives focus back to where it was. Hidden widgets cannot be seen, tabbed to or
  read by accessibility tools, which an overlay laid over still-visible widgets would allow.
- **Layouts sleep while locked.** A window's layout is switched off and its layout requests are held back, so a
  dialog does not shrink around its hidden contents (``QMessageBox`` would); a window too small for the lock page
  grows and gets its size back on unlock.
- **Every window gets a lock page**; the one in front asks for the password (a modal dialog blocks input to the
  windows behind it, whose pages only say where to type). The pages share one state (wrong tries, back-off, message).
  The page's labels do not wrap, so its size is known exactly and a small dialog can grow to show all of it.
- **One application event filter** restarts the idle timer on keyboard and mouse input and takes Ctrl+L in any
  window (the main window's *Shift* menu has the action too). While locked it lets key, mouse and shortcut events
  reach the lock pages only (a dialog's own shortcuts, or Escape, which would reject a dialog, do nothing), refuses
  the window system's close button, and covers windows that open during the lock (a message from a background job).
  Popup menus and tooltips are closed when the lock starts.
- **Titles**: every window's title reads "Helpline – locked" meanwhile (a decision dialog's title names the client).
- **Change user, but no quit, on the lock page**: whoever stands at the screen (the next shift) may let another user
  log in. The locked user's unsaved forms are put aside as drafts, unseen, for their next log-in, and the log-in
  comes up (``app.ui.shell.session``); nothing is shown or asked before. Quitting would ask about unsaved contacts,
  which
  must not be shown before the password: unlock first, then quit the normal way.
- **The password is checked on the database worker** (argon2 takes a good part of a second, ``app.ui.kit.tasks``):
  meanwhile the field and the button are disabled and the cursor is busy, and a second Enter is not taken.
- After :data:`MAX_TRIES` wrong passwords in a row the page asks the user to call a shift lead or an administrator
  and takes no password for :data:`BACKOFF_MS` (kept here, not in the audit trail: the person is already logged in).

The controller holds no clock of its own: tests call :meth:`LockController.lock` or let a short idle interval run out,
and end the back-off by firing ``backoff_timer``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import APP_TITLE
from app.errors import KnownError
from app.services.actor import SessionUser
from app.services.guard import auth, security_settings
from app.store.db import Store
from app.ui.kit import app_events, messages
from app.ui.kit.calls import call_or_raise
from app.ui.kit.tasks import Latest
from app.ui.kit.text import fill
from app.ui.kit.walk import application_widgets
from app.ui.kit.widgets import ErrorLabel

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

MAX_TRIES = 5  # wrong passwords in a row before the back-off
BACKOFF_MS = 30_000
REFRESH_MS = 60_000  # how often the idle time is read again from the store (an administrator may change it)
_MAX_SIZE = 16_777_215  # QWIDGETSIZE_MAX

_T = QEvent.Type
_ACTIVITY = frozenset(
    {_T.KeyPress, _T.MouseButtonPress, _T.MouseButtonDblClick, _T.MouseMove, _T.Wheel, _T.TouchBegin, _T.TouchUpdate}
)
_INPUT = frozenset(
    {
        _T.KeyPress,
        _T.KeyRelease,
        _T.ShortcutOverride,
        _T.Shortcut,
        _T.MouseButtonPress,
        _T.MouseButtonRelease,
        _T.MouseButtonDblClick,
        _T.MouseMove,
        _T.Wheel,
        _T.ContextMenu,
        _T.TouchBegin,
        _T.TouchUpdate,
        _T.TouchEnd,
        _T.DragEnter,
        _T.DragMove,
        _T.Drop,
    }
)
_WINDOW_TYPES = frozenset(
    {Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Drawer, Qt.WindowType.Tool}
)


class LockPage(QWidget):
    """What a locked window shows instead of its contents: whose lock it is, the password field and Unlock.

    Signals: ``unlock_requested(str)`` with the typed password; ``change_user_requested()``.
    """

    unlock_requested = Signal(str)
    change_user_requested = Signal()

    def __init__(self, full_name: str, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.title = QLabel(fill(self.tr("Locked – %1"), full_name))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        # No label wraps: a page that knows its size exactly, so a small dialog can grow to show all of it.
        intro = QLabel(self.tr("Open contacts and everything typed are kept.\nType your password to go on."))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(220)
        label = QLabel(self.tr("&Password"))
        label.setBuddy(self.password)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.message = ErrorLabel()
        self.message.setWordWrap(False)
        self.note = QLabel(
            self.tr(
                "Someone else taking over this computer? Change user: your open forms are put aside\n"
                "for your next log-in, unseen by the next user, and the log-in comes up."
            )
        )
        self.note.setEnabled(False)  # greyed: a hint, not a field
        self.change_user_button = QPushButton(self.tr("Ch&ange user"))
        self.elsewhere = QLabel(self.tr("Type your password in the window in front."))
        self.elsewhere.hide()
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(10)
        form.addWidget(intro)
        form.addLayout(row)
        form.addWidget(self.message)
        form.addSpacing(12)
        form.addWidget(self.note)
        change = QHBoxLayout()
        change.addWidget(self.change_user_button)
        change.addStretch(1)
        form.addLayout(change)
        box = QFrame()
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.elsewhere)
        inner.addWidget(self.form)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(middle)
        outer.addStretch(3)
        self.password.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.change_user_button.clicked.connect(lambda _=False: self.change_user_requested.emit())
        window.installEventFilter(self)  # follow the window's size
        self.setGeometry(window.rect())

    def _submit(self) -> None:
        self.unlock_requested.emit(self.password.text())

    def set_in_front(self, in_front: bool) -> None:
        """The window in front asks for the password; the ones behind it (blocked by it) only say where."""
        self.form.setVisible(in_front)
        self.elsewhere.setVisible(not in_front)

    def size_needed(self) -> QSize:
        """The smallest window that shows the whole page."""
        return self.minimumSizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys stop here: the Return that unlocks must not go on to press a dialog's default button once unlocked.
        event.accept()

    def show_state(self, message: str, *, waiting: bool) -> None:
        """The controller's sentence (or none); while ``waiting`` no password is taken. The field is emptied."""
        self.message.show_error(message)
        self.password.clear()
        self.password.setEnabled(not waiting)
        self.unlock_button.setEnabled(not waiting)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget) and watched is self.parentWidget():
            self.setGeometry(watched.rect())
        return False


@dataclass
class _Covered:
    """One window while locked, and what to give back to it."""

    window: QWidget
    page: LockPage
    title: str
    hidden: list[QWidget]
    focus: QWidget | None
    layout_was_enabled: bool
    sizes: tuple[QSize, QSize, QSize] | None  # minimum, maximum and size, when the window grew for the page


class LockController(QObject):
    """Locks every window of the program after ``idle_ms`` without keyboard or mouse input, or on :meth:`lock`.

    Signals: ``locked_changed(bool)``; ``change_user_requested()``: *Change user* on a lock page, pressed by whoever
    stands at the screen (``app.ui.shell.session`` puts the input aside and shows the log-in). Attributes:
    ``idle_timer``,
    ``backoff_timer`` and ``refresh_timer`` (started by :func:`install_lock`), ``failures`` (wrong passwords in a
    row).
    """

    locked_changed = Signal(bool)
    change_user_requested = Signal()

    def __init__(
        self,
        store: Store,
        user: SessionUser,
        *,
        idle_ms: int,
        backoff_ms: int = BACKOFF_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.failures = 0
        self._locked = False
        self._busy = False  # our own hiding and showing passes the filter untouched
        self._message = ""
        self._covered: list[_Covered] = []
        self._active_window: QWidget | None = None
        self._check = Latest(self)  # the password check under way on the database worker
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_ms)
        self.idle_timer.timeout.connect(self.lock)
        self.backoff_timer = QTimer(self)
        self.backoff_timer.setSingleShot(True)
        self.backoff_timer.setInterval(backoff_ms)
        self.backoff_timer.timeout.connect(self._backoff_over)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh_idle_time)
        app_events.watch(self.watch)  # every event of the application, through its one filter
        self.idle_timer.start()

    @property
    def locked(self) -> bool:
        return self._locked

    def uninstall(self) -> None:
        """Stop watching (the window is going away, or a test is over)."""
        app_events.unwatch(self.watch)
        for timer in (self.idle_timer, self.backoff_timer, self.refresh_timer):
            timer.stop()
        self._stop_checking()

    # --- the idle time ---------------------------------------------------------------------------------------------
    def set_idle_ms(self, idle_ms: int) -> None:
        if idle_ms == self.idle_timer.interval():
            return
        self.idle_timer.setInterval(idle_ms)
        if not self._locked:
            self.idle_timer.start()

    def refresh_idle_time(self) -> None:
        """Read the store's idle time again; a store that cannot be reached now keeps the current one."""
        try:
            self.set_idle_ms(idle_ms_of(self.store))
        except KnownError as error:
            log.warning("idle lock time not read: %s", type(error).__name__)

    def _restart_idle(self) -> None:
        # Mouse moves come by the hundred: restart at most every tenth of the interval (and at least once a second).
        timer = self.idle_timer
        if not timer.isActive() or timer.remainingTime() < timer.interval() - min(1000, timer.interval() // 10):
            timer.start()

    # --- locking ---------------------------------------------------------------------------------------------------
    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        self.idle_timer.stop()
        self._active_window = QApplication.activeWindow()
        for _ in range(20):  # open menus and combo lists close; each close may reveal the one under it
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        QToolTip.hideText()
        with application_widgets(top_level=True) as windows:
            for window in windows:
                if self._coverable(window):
                    self._cover(window)
        self._show_state()
        self._arrange()
        self.locked_changed.emit(True)

    def _arrange(self) -> None:
        """Ask for the password in the window in front: a modal dialog blocks input to the windows behind it."""
        if not self._locked:
            return
        front = QApplication.activeModalWidget()
        if not any(covered.window is front for covered in self._covered):
            front = None
        for covered in self._covered:
            if isValid(covered.page) and isValid(covered.window):
                covered.page.set_in_front(front is None or covered.window is front)
        target = front or self._active_window
        if target is not None and isValid(target) and target.isVisible():
            target.activateWindow()

    def _coverable(self, window: QWidget) -> bool:
        return (
            window.isVisible()
            and window.windowType() in _WINDOW_TYPES
            and not any(covered.window is window for covered in self._covered)
        )

    def _cover(self, window: QWidget) -> None:
        self._busy = True
        try:
            focus = window.focusWidget()
            layout = window.layout()
            layout_was_enabled = layout is not None and layout.isEnabled()
            if layout is not None:
                layout.setEnabled(False)
            hidden = [
                child
                for child in window.children()
                if isinstance(child, QWidget) and not child.isWindow() and not child.isHidden()
            ]
            for child in hidden:
                child.hide()
            page = LockPage(self.user.full_name, window)
            page.unlock_requested.connect(self.try_unlock)
            page.change_user_requested.connect(self.change_user_requested)
            page.show()
            page.raise_()
            page.show_state(self._message, waiting=self.backoff_timer.isActive())
            page.password.setFocus()
            title = window.windowTitle()
            window.setWindowTitle(fill(self.tr("%1 – locked"), APP_TITLE))
            covered = _Covered(window, page, title, hidden, focus, layout_was_enabled, None)
            self._covered.append(covered)
            self._fit(covered)
        finally:
            self._busy = False

    @staticmethod
    def _fit(covered: _Covered) -> None:
        """Grow a window too small for its lock page (a message box that fitted itself to its hidden contents)."""
        window = covered.window
        need = covered.page.size_needed()
        if window.width() >= need.width() and window.height() >= need.height():
            return
        if covered.sizes is None:
            covered.sizes = (window.minimumSize(), window.maximumSize(), window.size())
        window.setMinimumSize(0, 0)
        window.setMaximumSize(_MAX_SIZE, _MAX_SIZE)
        window.resize(window.size().expandedTo(need))
        covered.page.setGeometry(window.rect())

    # --- unlocking -------------------------------------------------------------------------------------------------
    @property
    def checking(self) -> bool:
        """A typed password is being checked (on the database worker)."""
        return self._check.busy

    def try_unlock(self, password: str) -> None:
        """Check the password typed on a lock page, off the GUI thread; the right one unlocks, a wrong one says so and
        empties the field. While it is checked no other password is taken (Enter twice checks once)."""
        if not self._locked or self.backoff_timer.isActive() or self.checking:
            return
        if not password:
            self._say(self.tr("Type your password."))
            return
        store, user_id = self.store, self.user.id

        def check() -> bool:
            with store.unit_of_work() as uow:
                return auth.verify_password(uow, user_id, password)

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._check.run(check, self._checked, self._check_failed)
        self._show_state()  # the field and the button wait

    def _stop_checking(self) -> None:
        if self.checking:
            self._check.cancel()
            QApplication.restoreOverrideCursor()

    def _check_failed(self, error: Exception) -> None:
        QApplication.restoreOverrideCursor()
        if not isinstance(error, KnownError):
            raise error  # a bug: the crash dialog (messages.install_excepthook)
        self._say(messages.known_error_text(error))

    def _checked(self, right: bool) -> None:
        QApplication.restoreOverrideCursor()
        if not self._locked:
            return
        if right:
            self.failures = 0
            self._message = ""
            self.unlock()
            return
        self.failures += 1
        if self.failures >= MAX_TRIES:
            self.backoff_timer.start()
            seconds = max(1, round(self.backoff_timer.interval() / 1000))
            self._say(
                fill(
                    self.tr(
                        "%1 wrong passwords in a row. If you cannot unlock, ask a shift lead or an administrator.\n"
                        "You can try again in %2 seconds."
                    ),
                    str(self.failures),
                    str(seconds),
                )
            )
        else:
            self._say(self.tr("This is not your password. Try again."))

    def _backoff_over(self) -> None:
        self._say("")
        for covered in self._covered:
            if isValid(covered.page) and covered.window.isActiveWindow():
                covered.page.password.setFocus()

    def say(self, message: str) -> None:
        """A sentence on every lock page (a change of user that could not happen says why there)."""
        self._say(message)

    def _say(self, message: str) -> None:
        self._message = message
        self._show_state()

    def _show_state(self) -> None:
        waiting = self.backoff_timer.isActive() or self.checking
        for covered in self._covered:
            if isValid(covered.page) and isValid(covered.window):
                covered.page.show_state(self._message, waiting=waiting)
                self._fit(covered)  # a message takes room too

    def unlock(self) -> None:
        """Give every window its contents, title, size and focus back (called once the password is right)."""
        if not self._locked:
            return
        self._locked = False
        self._busy = True
        try:
            for covered in reversed(self._covered):
                self._uncover(covered)
        finally:
            self._busy = False
        self._covered.clear()
        active = self._active_window
        self._active_window = None
        if active is not None and isValid(active) and active.isVisible():
            active.activateWindow()
        self.idle_timer.start()
        self.locked_changed.emit(False)

    @staticmethod
    def _uncover(covered: _Covered) -> None:
        window = covered.window
        if not isValid(window):
            return
        if isValid(covered.page):
            covered.page.hide()
            covered.page.deleteLater()
        if covered.sizes is not None:
            minimum, maximum, size = covered.sizes
            window.setMinimumSize(minimum)
            window.setMaximumSize(maximum)
            window.resize(size)
        window.setWindowTitle(covered.title)
        layout = window.layout()
        if layout is not None and covered.layout_was_enabled:
            layout.setEnabled(True)
        for child in covered.hidden:
            if isValid(child):
                child.show()
        if covered.focus is not None and isValid(covered.focus) and covered.focus.isVisible():
            covered.focus.setFocus()

    # --- the filter ------------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.watch(watched, event, event.type())

    def watch(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        """Each event of the application (``app.ui.kit.app_events``); unlocked, only the user's activity counts."""
        if not self._locked:
            if kind in _ACTIVITY:
                self._restart_idle()
                if kind == _T.KeyPress and _is_lock_key(event):
                    self.lock()  # Ctrl+L in a dialog: the main window's shortcut is blocked by the dialog
                    return True
            return False
        if self._busy:
            return False
        return self._filter_locked(watched, event, kind)

    def _filter_locked(self, watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
        if kind == _T.LayoutRequest:
            return self._covered_window(watched) is not None
        if kind == _T.Resize and (covered := self._covered_window(watched)) is not None:
            self._busy = True
            try:
                self._fit(covered)
            finally:
                self._busy = False
            return False
        if kind == _T.Show and isinstance(watched, QWidget) and not isinstance(watched, LockPage):
            self._showing_while_locked(watched)
            return False
        if kind == _T.Hide and self._covered_window(watched) is not None:
            QTimer.singleShot(0, self._arrange)  # a dialog closed by the program: the one behind asks now
            return False
        if kind == _T.Close and event.spontaneous() and self._covered_window(watched) is not None:
            event.ignore()  # the title bar's close button; the program's own closes go on
            return True
        if kind in _INPUT and not isinstance(watched, QWindow):
            return not _inside_lock_page(watched)
        return False

    def _showing_while_locked(self, widget: QWidget) -> None:
        if widget.isWindow():
            if self._coverable(widget):
                self._cover(widget)
                QTimer.singleShot(0, self._arrange)  # once it is shown, a modal one is the window in front
            return
        covered = self._covered_window(widget.parentWidget())
        if covered is not None and widget is not covered.page:
            covered.page.raise_()  # above the newcomer at once, which is hidden as soon as it has finished showing
            covered.hidden.append(widget)
            QTimer.singleShot(0, lambda: self._hide_late(widget))

    def _hide_late(self, widget: QWidget) -> None:
        if self._locked and isValid(widget):
            self._busy = True
            try:
                widget.hide()
            finally:
                self._busy = False

    def _covered_window(self, watched: QObject | None) -> _Covered | None:
        for covered in self._covered:
            if covered.window is watched:
                return covered
        return None


def _is_lock_key(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_L
        and event.modifiers() == Qt.KeyboardModifier.ControlModifier
    )


def _inside_lock_page(item: QObject | None) -> bool:
    while item is not None:
        if isinstance(item, LockPage):
            return True
        item = item.parent()
    return False


def idle_ms_of(store: Store) -> int:
    """The store's idle time before the lock; the store's fault is raised."""
    return call_or_raise(store, security_settings.security_settings).idle_lock_minutes * 60_000


def install_lock(window: MainWindow, store: Store, user: SessionUser) -> LockController:
    """The lock for this session: the store's idle time (the default if the store cannot say), Ctrl+L."""
    try:
        idle_ms = idle_ms_of(store)
    except KnownError:
        idle_ms = security_settings.SecuritySettings().idle_lock_minutes * 60_000
    controller = LockController(store, user, idle_ms=idle_ms, parent=window)
    window.lock_action.triggered.connect(controller.lock)
    controller.refresh_timer.start()
    return controller
