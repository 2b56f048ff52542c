"""The desk reads its lists on the database worker (issues 12/13): the GUI never waits on the store, a filter changed
while an earlier read runs shows only the newest rows, and closing while a read runs is harmless."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import StoreLocked
from app.models.base import utcnow
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts.editing import ContactInput, save_contact
from app.services.desk import review, shift_desk
from app.store.db import Store
from app.ui.desk.page import DeskPage
from app.ui.kit import tasks
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.conftest import make_user
from tests.ui.conftest import press, type_text

READING = "Reading the lists…"


@pytest.fixture
def lead(store: Store) -> SessionUser:
    return make_user(store, Role.SHIFT_LEAD, "liis")


@pytest.fixture
def mari(store: Store) -> SessionUser:
    return make_user(store, Role.COUNSELLOR, "mari")


def _save(store: Store, actor: SessionUser, hours_ago: int, summary: str) -> uuid.UUID:
    data = ContactInput(started_at=utcnow() - timedelta(hours=hours_ago), summary=summary)
    with store.unit_of_work() as uow:
        return save_contact(uow, actor, data).id


def _desk(qtbot: QtBot, store: Store, user: SessionUser) -> DeskPage:
    context = build_context(store, user, "en")
    page = DeskPage(store, user, context.users, context.topics, "en")
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    return page


def _summaries(desk: DeskPage) -> list[str]:
    return [desk.contacts.row_at(n).summary for n in range(desk.contacts.rowCount())]


class Gate:
    """Holds the database worker inside the contacts' read while ``held(where)`` says so, until :meth:`open`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, held: Callable[[review.ReviewFilter], bool]) -> None:
        self.started = threading.Event()
        self._open = threading.Event()
        self.threads: list[threading.Thread] = []
        real = review.review_page

        def page(uow: Any, actor: Any, where: review.ReviewFilter, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread())
            if held(where):
                self.started.set()
                assert self._open.wait(10)  # still being read while the test goes on
            return real(uow, actor, where, **kwargs)

        monkeypatch.setattr(review, "review_page", page)

    def open(self) -> None:
        self._open.set()


def test_the_lists_arrive_from_the_worker_while_the_desk_says_it_is_reading(
    qtbot: QtBot, store: Store, lead: SessionUser, mari: SessionUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save(store, mari, 1, "esimene")
    _save(store, mari, 2, "teine")
    gate = Gate(monkeypatch, lambda _where: True)
    read_on: list[threading.Thread] = []
    for module, name in ((review, "review_queue"), (shift_desk, "team_follow_ups"), (shift_desk, "workload")):
        real = getattr(module, name)

        def recorded(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            read_on.append(threading.current_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, recorded)

    desk = _desk(qtbot, store, lead)  # built and shown while the worker is held in the contacts' read
    assert gate.started.wait(10)
    assert desk.loading()
    assert desk.reading.text() == READING
    assert desk.contacts.rowCount() == 0
    assert desk.panel.contact is None
    gate.open()
    qtbot.waitUntil(lambda: not desk.loading())
    assert _summaries(desk) == ["esimene", "teine"]
    assert desk.reading.text() == ""
    assert desk.lists.tabText(1) == f"Review queue ({desk.queue.rowCount()})"  # a contact may be sampled into it
    counted = [desk.workload.item(n, 3) for n in range(desk.workload.rowCount())]
    assert sum(int(item.text()) for item in counted if item is not None) == 2  # contacts of mari's shifts
    assert desk.callbacks_title.text() == "No callbacks are due today or overdue."
    assert desk.panel.contact is not None  # the first row is highlighted and under review
    assert desk.panel.contact.summary == "esimene"
    assert len(read_on) == 3
    assert all(thread is not threading.main_thread() for thread in gate.threads + read_on)


def test_a_filter_typed_while_an_earlier_read_runs_shows_only_the_newest_rows(
    qtbot: QtBot, store: Store, lead: SessionUser, mari: SessionUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save(store, mari, 1, "helistaja esimene")
    second = _save(store, mari, 2, "helistaja teine")
    desk = _desk(qtbot, store, lead)
    qtbot.waitUntil(lambda: not desk.loading())
    gate = Gate(monkeypatch, lambda where: where.search == "esimene")
    shown: list[list[str]] = []
    desk.contacts.loaded.connect(lambda: shown.append(_summaries(desk)))

    words = desk.filters.search
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    type_text(words, "esimene")
    press(words, Qt.Key.Key_Return)
    assert gate.started.wait(10)  # the read of "esimene" is running on the worker
    assert desk.reading.text() == READING
    assert _summaries(desk) == ["helistaja esimene", "helistaja teine"]  # the GUI did not wait: the old rows stay
    press(words, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(words, "teine")
    press(words, Qt.Key.Key_Return)
    gate.open()
    qtbot.waitUntil(lambda: not desk.loading())
    assert _summaries(desk) == ["helistaja teine"]
    assert shown == [["helistaja teine"]]  # the rows of "esimene" arrived too late and were never shown
    assert desk.panel.contact is not None
    assert desk.panel.contact.id == second
    assert desk.reading.text() == ""


def test_closing_the_window_while_the_desk_is_read_does_no_harm(
    qtbot: QtBot, store: Store, lead: SessionUser, mari: SessionUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save(store, mari, 1, "vestlus")
    gate = Gate(monkeypatch, lambda _where: True)
    window = MainWindow(build_context(store, lead, "en"))
    window.show()
    qtbot.waitExposed(window)
    bar = window.tabs.tabBar()
    titles = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(titles.index("Desk")).center())
    desk = window.built_desk_page
    assert desk is not None
    assert gate.started.wait(10)
    assert desk.loading()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(desk)
    gate.open()
    tasks.wait_until_idle()
    qtbot.wait(50)  # the results reach the GUI thread, for no one: dropped without a callback
    assert tasks.undelivered() == 0


def test_a_desk_whose_lists_cannot_be_read_says_so_once_and_keeps_its_rows(
    qtbot: QtBot, store: Store, lead: SessionUser, mari: SessionUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save(store, mari, 1, "vestlus")
    desk = _desk(qtbot, store, lead)
    qtbot.waitUntil(lambda: not desk.loading())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))

    def locked(*_args: Any, **_kwargs: Any) -> Any:
        raise StoreLocked("database is locked")

    for module, name in ((review, "review_page"), (review, "review_queue"), (shift_desk, "workload")):
        monkeypatch.setattr(module, name, locked)
    qtbot.mouseClick(desk.filters.last_night, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not desk.loading())
    assert len(told) == 1  # one sentence for the three lists
    assert "The store is busy" in told[0]
    assert _summaries(desk) == ["vestlus"]
    assert desk.reading.text() == ""
