"""How long the GUI thread is blocked while a user works on a 1,000,000-contact store: log-in, searches in the log,
opening a contact and its aid decision, the statistics of a year. Prints figures; asserts nothing.

    .venv/bin/python -m bench.gui_stall --path /tmp/s12/big1m.sqlite3

Target: no stall over 50 ms. Takes about 3 minutes with an existing store (the first run on a store also makes its
encrypted copy, about a minute more; a missing ``--path`` is first filled with 1,000,000 contacts by
``bench.log_store``'s filler, about 3 minutes).

The store, as the program opens it. ``--path`` is a plain SQLite store as ``bench.log_store`` fills it (kept, so
it is filled once and reused). Given that file with ``--database sqlite:///…``, the program would convert it in place
to an encrypted SQLCipher store (``app.store.opening.open_local_store``) with a key in the keyring, so the bench works
on an encrypted copy beside it (``<name>-app.sqlite3``; the plain file stays as it is for ``bench.log_store``): the
first run copies the plain store and lets ``open_configured_store`` convert the copy as the program converts a store
made before encryption; every run then opens the copy with ``open_configured_store`` as a start does (the key from the
keyring, ``quick_check``, migrations, the audit trail's anchor). The keyring is a JSON file beside the copy
(``<name>-app.keyring.json``), never the machine's; the data folder and the settings are temporary folders. Before
the window opens (not measured) the copy gets the demo providers once and an ID code on the caller whose contact is
opened, the bench users' drafts are removed (a draft would be offered in a dialog), and today's retention run is
marked done (on this generated store it would anonymise years of callers at once, many minutes in the background;
on a real store it does a day's worth).

The real window. The program's own start-up steps (translation to Estonian, theme, wheel guard, accessible names), the
log-in dialog and ``app.ui.shell.session.Session`` (its window, lock, drafts, handover notes and retention run;
automatic backups off, as they would copy the 1 GB store in the background on every run), first as the counsellor
"mari" and then, by *Change user*, as the shift lead "juht". ``QT_QPA_PLATFORM`` is ``offscreen`` unless set otherwise.

The user. Real key and mouse events (``QTest``), one character every 120 ms with 400 ms after a space, and the event
loop running in between: type the user name and password and press Enter (the argon2 check); type searches into the
log's search box after Ctrl+F (a rare word, the common word "helistaja", an ID code, a phone number as people say it);
Enter on the first row found opens the contact in a tab; Ctrl+D opens its aid decision, whose date, event,
reference, limit category and service are reached by their labels' Alt+letters (the Estonian ones, read from the
labels) and changed by Down or typing, and a provider is chosen by a click on the list and Down. The shift lead also
opens the Statistics tab and clicks "Last year", and opens the Desk tab (its first showing builds it and reads its
four lists: contacts, review queue, team callbacks, workload, for the last week), scrolls the contacts to the end with
Ctrl+End (the next page), then changes its filters: Down in the Risk box ("any risk flag"), a click on "Last night",
a word typed in its Words box, a click on "Clear filters". The generated store's newest contact is from
``bench.log_store``'s fixed NOW, months ago; so that the desk's week holds contacts as on a live store, its "today" is
the day of the store's newest contact. ``--desk-only`` logs in as the shift lead alone and runs only the desk (about a
minute).

The watchdog. A 1 ms ``QTimer`` (precise) on the GUI thread records the time between its firings while a scenario runs:
while the thread is busy in a slot or a paint, the timer cannot fire, so the gap is how long a key press or a repaint
would have waited. The driver's own waits run a plain ``QEventLoop`` (never a sleep, which would show as a gap). Each
scenario lasts until its results are back from the database worker and shown (``app.ui.kit.tasks``). For each scenario
the bench prints the longest gap, the 99th percentile and the number of gaps over 50 ms; an idle scenario shows the
floor (a few ms on a busy 2-core machine). Figures vary with the machine's load: compare runs made at a quiet moment,
and look at the scenario's stall, not at one run's noise.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

# Before Qt or the program's settings are touched: nothing here may reach the user's own data, settings or screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SCRATCH = tempfile.TemporaryDirectory(prefix="helpline-gui-stall-")
os.environ["HELPLINE_DATA_DIR"] = str(Path(_SCRATCH.name) / "data")
os.environ["XDG_CONFIG_HOME"] = str(Path(_SCRATCH.name) / "config")
os.environ.pop("HELPLINE_DATABASE_URL", None)

import keyring  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QEventLoop,
    QMessageLogContext,
    QModelIndex,
    QPoint,
    Qt,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402

import app  # noqa: E402
from app.config import StoreConfig, sqlite_url  # noqa: E402
from app.demo.data import _create_providers, id_code_for  # noqa: E402
from app.models import Contact, Person, Provider, StoreSetting, User  # noqa: E402
from app.models.drafts import Draft  # noqa: E402
from app.models.enums import Sex  # noqa: E402
from app.services import local_time  # noqa: E402
from app.services.actor import SessionUser  # noqa: E402
from app.services.guard import auth, retention  # noqa: E402
from app.services.guard.store_opening import open_configured_store  # noqa: E402
from app.store.db import Store  # noqa: E402
from app.ui.aid.decision_dialog import DecisionDialog  # noqa: E402
from app.ui.kit import tasks  # noqa: E402
from app.ui.kit.accessibility import install_accessible_names  # noqa: E402
from app.ui.kit.theme import install_theme  # noqa: E402
from app.ui.kit.wheel_guard import install_wheel_guard  # noqa: E402
from app.ui.shell.application import install_translation  # noqa: E402
from app.ui.shell.login import LoginDialog  # noqa: E402
from app.ui.shell.main_window import MainWindow  # noqa: E402
from app.ui.shell.session import Session  # noqa: E402
from bench.log_store import FIXED_COMMON, PASSWORD, ZIPF_WORDS, Filler, existing_users, fts_hits, make_users  # noqa: E402

KEY_GAP_MS = 120  # between two characters typed
WORD_GAP_MS = 400  # after a space: people pause between words and digit groups
SETTLE_MS = 1000  # after the last key: the log's 250 ms search delay, the search and the repaint (or longer: settle)
STALL_MS = 50.0
# HELPLINE_BENCH_PROFILE=<part of a step's label>: profile that step on the GUI thread and print where the time went.
PROFILE = os.environ.get("HELPLINE_BENCH_PROFILE", "")
SEED = 2026
TARGET_BIRTH = datetime(1985, 3, 14)
CLICKED_INSTEAD: list[str] = []  # mnemonics that did not reach their field (then clicked)


# --- the keyring and the store ----------------------------------------------------------------------------------


class JsonFileKeyring(KeyringBackend):
    """The bench store's keyring: a JSON file beside it, so its key outlives the run (never the machine's)."""

    priority = 1

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}

    def _save(self, found: dict[str, str]) -> None:
        part = self.path.with_name(self.path.name + ".part")
        part.write_text(json.dumps(found), encoding="utf-8")
        os.replace(part, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        found = self._load()
        found[f"{service}|{username}"] = password
        self._save(found)

    def delete_password(self, service: str, username: str) -> None:
        found = self._load()
        found.pop(f"{service}|{username}", None)
        self._save(found)


def _no_passphrase(_new: bool, _retry: bool) -> str | None:
    raise SystemExit("the bench keyring does not hold this store's key; remove the -app copy to make it again")


def fill_plain(path: Path) -> None:
    """Fill a new plain store with 1,000,000 contacts as ``bench.log_store`` does."""
    print(f"filling {path} with 1,000,000 contacts (about 3 minutes)…", flush=True)
    began = time.perf_counter()
    store = Store.open(sqlite_url(path))
    try:
        _lead, handlers = make_users(store)
        Filler(store, random.Random(SEED), handlers).fill_to(1_000_000)
    finally:
        store.close()
    print(f"  filled in {time.perf_counter() - began:.0f} s", flush=True)


def open_app_copy(plain: Path) -> tuple[Store, Path]:
    """The encrypted copy of the plain store, opened as the program opens its store (made on the first run)."""
    copy = plain.with_name(plain.stem + "-app" + plain.suffix)
    keyring.set_keyring(JsonFileKeyring(plain.with_name(plain.stem + "-app.keyring.json")))
    if not copy.exists():
        print(f"copying {plain} to {copy}; the program then converts it to an encrypted store…", flush=True)
        began = time.perf_counter()
        part = copy.with_name(copy.name + ".part")
        with suppress(FileNotFoundError):
            part.unlink()
        source, target = sqlite3.connect(plain), sqlite3.connect(part)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        os.replace(part, copy)
        store = open_configured_store(StoreConfig(sqlite_url(copy)), _no_passphrase)
        print(f"  copied and converted in {time.perf_counter() - began:.0f} s", flush=True)
    else:
        began = time.perf_counter()
        store = open_configured_store(StoreConfig(sqlite_url(copy)), _no_passphrase)
        print(f"opened the encrypted copy {copy} in {time.perf_counter() - began:.1f} s", flush=True)
    return store, copy


@dataclass(frozen=True)
class Target:
    """What the user searches for and opens: an identified caller of the counsellor's, with a phone and an ID code."""

    contact_id: uuid.UUID
    phone: str  # as people say it: 5123 4567
    id_code: str
    rare: str


def prepare(store: Store, counsellor: SessionUser) -> Target:
    """Not measured: providers, the caller's ID code, today's retention run, no drafts of the bench users."""
    female = True
    code = id_code_for(random.Random(SEED), female, TARGET_BIRTH)
    with store.unit_of_work() as uow:
        session = uow.session
        if not session.scalar(sa.select(sa.func.count()).select_from(Provider)):
            admin = SessionUser.of(session.scalars(sa.select(User).where(User.username == "admin")).one())
            _create_providers(sessionmaker(store.engine, expire_on_commit=False), admin, date.today())
        person = session.scalars(sa.select(Person).where(Person.id_code == code)).first()
        if person is None:
            person = session.scalars(
                sa.select(Person)
                .join(Contact, Contact.person_id == Person.id)
                .where(Contact.handled_by_id == counsellor.id, Person.sex == Sex.FEMALE)
                .where(Person.phone_e164.like("+3725%"))
                .order_by(Person.created_at.desc())
                .limit(1)
            ).one()
            person.id_code, person.birth_date = code, TARGET_BIRTH.date()
        contact_id = session.scalars(
            sa.select(Contact.id)
            .where(Contact.person_id == person.id, Contact.handled_by_id == counsellor.id)
            .order_by(Contact.started_at.desc())
            .limit(1)
        ).one()
        assert person.phone_e164 is not None
        phone = person.phone_e164.removeprefix("+372")
        session.execute(sa.delete(Draft))  # bench users only live in this store
        # Today's retention run counts as done: on a real store it finds a day's worth to do; on this generated one
        # it would anonymise years of callers at once (many minutes, in the background thread during the bench).
        session.merge(StoreSetting(key=retention.LAST_RUN_KEY, value=datetime.now(UTC).date().isoformat()))
        uow.commit()
    filler = Filler(store, random.Random(SEED), [counsellor])  # the same vocabulary as the store was filled with
    rare = next(
        filler.word(rank) for rank in range(2000, ZIPF_WORDS) if fts_hits(store, "contacts_fts", filler.word(rank)) >= 3
    )
    return Target(contact_id, f"{phone[:4]} {phone[4:]}", code, rare)


# --- the watchdog and the user ----------------------------------------------------------------------------------


class Watchdog:
    """A 1 ms timer on the GUI thread; the gaps between its firings are how long the thread was blocked."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self.last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    @contextmanager
    def watching(self, label: str) -> Iterator[list[str]]:
        """Watch while the block runs; it may add notes (what the user saw) to the list it gets."""
        self.gaps, self.last = [], time.perf_counter()
        began = self.last
        notes: list[str] = []
        profiler = cProfile.Profile() if PROFILE and PROFILE in label else None
        self.timer.start()
        if profiler is not None:
            profiler.enable()
        try:
            yield notes
        finally:
            self._tick()  # a call the driver made just before the end blocked until now
            self.timer.stop()
            if profiler is not None:
                profiler.disable()
            report(label, self.gaps, time.perf_counter() - began, notes)
            if profiler is not None:  # where the GUI thread's time went in this step (HELPLINE_BENCH_PROFILE)
                pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


def report(label: str, gaps: list[float], seconds: float, notes: list[str]) -> None:
    ordered = sorted(gaps)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0
    longest = ordered[-1] if ordered else 0.0
    over = sum(gap > STALL_MS for gap in ordered)
    print(f"{label:52} {longest:9.0f} {p99:8.1f} {over:7d} {seconds:7.1f}  {'; '.join(notes)}".rstrip(), flush=True)


def wait(ms: int) -> None:
    """Let the event loop run for ``ms`` (as the program's own loop would while the user thinks)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool], timeout_ms: int) -> bool:
    deadline = time.perf_counter() + timeout_ms / 1000
    while not done():
        if time.perf_counter() > deadline:
            print(f"  (gave up waiting after {timeout_ms / 1000:.0f} s)", flush=True)
            return False
        wait(20)
    return True


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:  # õ, ä, ü: QTest's ASCII table has no key for them; the key code of its capital, as a keyboard sends
            action = QTest.KeyAction.Click
            QTest.sendKeyEvent(action, widget, Qt.Key(ord(char.upper())), char, Qt.KeyboardModifier.NoModifier)
        wait(WORD_GAP_MS if char == " " else KEY_GAP_MS)


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)
    wait(KEY_GAP_MS)


def shown_decisions(window: QWidget) -> list[DecisionDialog]:
    return [dialog for dialog in window.findChildren(DecisionDialog) if dialog.isVisible()]


def mnemonic_of(dialog: QWidget, target: QWidget) -> str | None:
    """The Alt+letter of the label of ``target`` in the interface's language (``&K`` in "Otsuse &kuupäev")."""
    for label in dialog.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and (buddy is target or buddy.isAncestorOf(target)):
            found = re.search(r"&([^&\s])", label.text().replace("&&", ""))
            return found.group(1).lower() if found else None
    return None


def mnemonic(dialog: QWidget, target: QWidget) -> None:
    """Alt+letter to reach a field (the dialog is the active window); a click on it if the focus did not land."""
    letter = mnemonic_of(dialog, target)
    if letter is not None:
        alt = Qt.KeyboardModifier.AltModifier
        QTest.sendKeyEvent(QTest.KeyAction.Click, dialog, Qt.Key(ord(letter.upper())), letter, alt)
        wait(KEY_GAP_MS)
    focused = QApplication.focusWidget()
    if focused is None or (focused is not target and not target.isAncestorOf(focused)):
        CLICKED_INSTEAD.append(letter or "?")
        QTest.mouseClick(target, Qt.MouseButton.LeftButton)
        wait(KEY_GAP_MS)


def close_unexpected_messages() -> None:
    """No message box may hold the bench up: one that shows is named and closed."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            print(f"  (closed a message: {widget.text()[:120]!r})", flush=True)
            widget.reject()


def quiet_offscreen_notes(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if "This plugin does not support" not in message:  # the offscreen platform's notes on every window shown
        print(message, file=sys.stderr)


def settled() -> bool:
    """No store work left in the background: every result is back on the GUI thread (and the thread pool is idle)."""
    return tasks.undelivered() == 0 and QThreadPool.globalInstance().activeThreadCount() == 0


def settle() -> None:
    """Until what the user asked for has come back and been shown (work on the database worker takes its time)."""
    wait_until(settled, 120_000)
    wait(200)


# --- the scenarios ----------------------------------------------------------------------------------------------


class Bench:
    def __init__(self, store: Store, target: Target, watchdog: Watchdog) -> None:
        self.store, self.target, self.watchdog = store, target, watchdog
        self.session = Session(store, "et", automatic_backups=False)

    @property
    def window(self) -> MainWindow:
        assert self.session.window is not None
        return self.session.window

    def log_in(self, username: str, dialog: LoginDialog) -> None:
        with self.store.unit_of_work() as uow:
            began = time.perf_counter()
            auth.authenticate(uow, username, PASSWORD)  # rolled back: the figure of the argon2 check alone
            took = (time.perf_counter() - began) * 1000
        with self.store.unit_of_work() as uow:
            uow.session.execute(sa.delete(Draft))
            uow.commit()
        with self.watchdog.watching(f"log in: type, Enter (check {took:.0f} ms), window opens"):
            type_text(dialog.username, username)
            press(dialog.username, Qt.Key.Key_Tab)
            type_text(dialog.password, PASSWORD)
            QTest.keyClick(dialog.password, Qt.Key.Key_Return)
            wait_until(lambda: self.session.window is not None, 30_000)
            wait(300)
        with self.watchdog.watching("after log-in: drafts, notes, retention (2 s)"):
            wait(2000)
            settle()
        with self.watchdog.watching("idle (2 s): the watchdog's floor"):
            wait(2000)

    def search(self, label: str, text: str) -> None:
        window = self.window
        with self.watchdog.watching(f"search {label}") as notes:
            press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
            type_text(window.log_page.search, text)
            wait(SETTLE_MS)
            settle()
            rows = window.log_page.model.rowCount()
            more = "+" if window.log_page.model.canFetchMore(QModelIndex()) else ""
            notes.append(f"rows shown: {rows}{more}")

    def searches(self) -> None:
        target = self.target
        self.search(f"rare word '{target.rare}'", target.rare)
        self.search(f"common word '{FIXED_COMMON}'", FIXED_COMMON)
        self.search(f"ID code {target.id_code}", target.id_code)
        self.search(f"phone '{target.phone}'", target.phone)

    def decision(self) -> None:
        window, page = self.window, self.window.log_page
        tabs = window.tabs.count()
        model = page.view.model()
        found = [model.index(row, 0) for row in range(model.rowCount())]
        if not found:
            print("  (the phone search found nothing: no contact to open)", flush=True)
            return
        with self.watchdog.watching("open the contact (Enter on the first row)"):
            page.view.setFocus()
            QTest.keyClick(page.view, Qt.Key.Key_Return)
            wait_until(lambda: window.tabs.count() > tabs, 30_000)
            wait(500)
            settle()
        with self.watchdog.watching("open its aid decision (Ctrl+D)"):
            QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
            wait_until(lambda: bool(shown_decisions(window)), 30_000)
            wait(500)
            settle()
        dialogs = shown_decisions(window)  # not the window's spare dialog, hidden until the next Ctrl+D
        if not dialogs:
            return
        dialog = dialogs[-1]
        with self.watchdog.watching("decision: date, event, reference, limit, service"):
            dialog.activateWindow()  # as the window system does for a dialog just shown
            wait_until(lambda: QApplication.activeWindow() is dialog, 5_000)
            mnemonic(dialog, dialog.decision_date)
            for _ in range(3):
                press(dialog.decision_date, Qt.Key.Key_Down)
            mnemonic(dialog, dialog.happened)
            press(dialog.happened, Qt.Key.Key_Down)
            mnemonic(dialog, dialog.reference)
            type_text(dialog.reference, "KMA-2026-1234")
            mnemonic(dialog, dialog.limit_category)
            press(dialog.limit_category, Qt.Key.Key_Down)
            mnemonic(dialog, dialog.service)
            press(dialog.service, Qt.Key.Key_Down)
            press(dialog.service, Qt.Key.Key_Up)
            wait(500)
            settle()
        with self.watchdog.watching(f"decision: choose a provider ({dialog.providers.rowCount()} listed)"):
            view = dialog.provider_view
            first = view.visualRect(dialog.providers.index(0, 0))
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first.center())
            wait(KEY_GAP_MS)
            press(view, Qt.Key.Key_Down)
            wait(500)
            settle()
        chosen = dialog.gather()
        print(
            f"  (the decision now says: {chosen.decision_date}, {chosen.event}, {chosen.reference!r}, "
            f"{chosen.limit_category}, {chosen.service}, provider {'chosen' if chosen.provider_id else 'none'}; "
            f"clicked instead of Alt+: {CLICKED_INSTEAD or 'none'})",
            flush=True,
        )
        CLICKED_INSTEAD.clear()
        dialog.dirty = False  # not measured: the input is left unsaved, without the question
        dialog.drafts.discard()
        dialog.reject()
        window.close_tab(window.tabs.count() - 1)
        wait(300)

    def statistics(self) -> None:
        window = self.window
        page = getattr(window, "statistics_page", None)
        if page is None:
            return
        bar = window.tabs.tabBar()
        with self.watchdog.watching("statistics: open the tab, click 'Last year'"):
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tab_centre(window, page))
            wait(500)
            QTest.mouseClick(page.quick["last_year"], Qt.MouseButton.LeftButton)
            wait(200)
            wait_until(lambda: not page.busy, 300_000)
            wait(500)
            settle()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tab_centre(window, None))
        wait(300)

    def desk(self) -> None:
        """The shift lead opens the desk (built and read on its first showing) and changes its filters."""
        window = self.window
        holder = window.built_desk_page or window._desk_holder
        if holder is None:
            return
        bar = window.tabs.tabBar()
        with self.store.unit_of_work() as uow:  # the generated store ends months ago; a live one has this week
            last = uow.session.scalar(sa.select(sa.func.max(Contact.started_at)))
        newest = local_time.local_date(last) if last is not None else date.today()
        from app.ui.desk import page as desk_module

        built = desk_module.DeskPage.__init__

        def on_newest_day(page: QWidget, *args: Any, **kwargs: Any) -> None:
            built(page, *args, **{**kwargs, "today": newest})  # type: ignore[arg-type]

        desk_module.DeskPage.__init__ = on_newest_day  # type: ignore[method-assign,assignment]

        def lists() -> str:
            page = window.built_desk_page
            if page is None:
                return "no desk"
            queue = page.queue.rowCount()
            return (
                f"rows shown: contacts {page.contacts.rowCount()}, queue {queue}, "
                f"callbacks {page.callbacks.rowCount()}, workload {page.workload.rowCount()}"
            )

        with self.watchdog.watching("desk: open the tab, its four lists arrive") as notes:
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tab_centre(window, holder))
            wait(500)
            settle()
            notes.append(lists())
        page = window.built_desk_page
        if page is None:
            return
        filters = page.filters
        with self.watchdog.watching("desk: Ctrl+End in the contacts (the next page)") as notes:
            page.contacts_view.setFocus()
            press(page.contacts_view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            wait(500)
            settle()
            notes.append(lists())
        with self.watchdog.watching("desk: Risk filter, Down (any risk flag)") as notes:
            filters.risk.setFocus()
            press(filters.risk, Qt.Key.Key_Down)
            wait(500)
            settle()
            notes.append(lists())
        with self.watchdog.watching("desk: click 'Last night'") as notes:
            QTest.mouseClick(filters.last_night, Qt.MouseButton.LeftButton)
            wait(500)
            settle()
            notes.append(lists())
        with self.watchdog.watching(f"desk: type '{FIXED_COMMON}' in Words") as notes:
            QTest.mouseClick(filters.search, Qt.MouseButton.LeftButton)
            type_text(filters.search, FIXED_COMMON)
            wait(SETTLE_MS)
            settle()
            notes.append(lists())
        with self.watchdog.watching("desk: click 'Clear filters'") as notes:
            QTest.mouseClick(filters.clear, Qt.MouseButton.LeftButton)
            wait(500)
            settle()
            notes.append(lists())
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tab_centre(window, None))
        wait(300)

    def change_user(self) -> LoginDialog:
        self.session.log_out("change_user")
        wait_until(lambda: self.session.login_dialog is not None, 10_000)
        wait(300)
        assert self.session.login_dialog is not None
        return self.session.login_dialog


def tab_centre(window: MainWindow, page: QWidget | None) -> QPoint:
    index = window.tabs.indexOf(page) if page is not None else 0
    return window.tabs.tabBar().tabRect(index).center()


def describe(plain: Path, copy: Path, store: Store) -> None:
    with store.unit_of_work() as uow:
        contacts = uow.session.scalar(sa.select(sa.func.count()).select_from(Contact)) or 0
    size = sum(p.stat().st_size for p in copy.parent.glob(copy.name + "*") if p.is_file())
    root = Path(app.__file__).resolve().parent.parent
    commit = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%h %s"], capture_output=True, text=True, check=False
    ).stdout.strip()
    print(f"program: {app.__file__} ({commit[:90]})")
    print(f"store: {contacts:,} contacts, encrypted copy {copy} ({size / 1e6:.0f} MB) of {plain}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    platform = os.environ["QT_QPA_PLATFORM"]
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} at the start; Qt platform {platform}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, required=True, help="plain store of bench.log_store (filled if missing)")
    parser.add_argument("--desk-only", action="store_true", help="the shift lead's log-in and the desk only")
    args = parser.parse_args(argv)
    plain: Path = args.path.resolve()
    if not plain.exists():
        fill_plain(plain)
    qInstallMessageHandler(quiet_offscreen_notes)
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    install_wheel_guard(qt)
    qt.setOrganizationName(app.APP_NAME)
    qt.setApplicationName(app.APP_NAME)
    qt.setApplicationDisplayName(app.APP_TITLE)
    qt.setQuitOnLastWindowClosed(False)
    install_translation(qt, "et")
    install_theme(qt)
    install_accessible_names(qt)
    store, copy = open_app_copy(plain)
    try:
        _lead, handlers = existing_users(store)
        target = prepare(store, handlers[0])
        describe(plain, copy, store)
        guard = QTimer()
        guard.timeout.connect(close_unexpected_messages)
        guard.start(100)
        bench = Bench(store, target, Watchdog())
        heading = f"{'':52} {'longest':>9} {'p99':>8} {'>50 ms':>7} {'secs':>7}"
        dialog = LoginDialog(store)
        dialog.accepted.connect(lambda: bench.session.begin(dialog.user) if dialog.user else None)
        dialog.open()
        dialog.activateWindow()
        for number, username in enumerate(("juht",) if args.desk_only else ("mari", "juht")):
            print(f"\n== {'counsellor' if username == 'mari' else 'shift lead'} {username} (ms)\n{heading}", flush=True)
            if number:
                dialog = bench.change_user()
            bench.log_in(username, dialog)
            if not args.desk_only:
                bench.searches()
                bench.decision()
                bench.statistics()
            bench.desk()
        guard.stop()
    finally:
        store.close()


if __name__ == "__main__":
    main()
