"""Drafts through the window: typing is put aside in the store, offered again at the next start, removed on save or
discard; a locked store or a full disk is said in the form, the typing stays, and saving is tried again."""

from __future__ import annotations

import errno
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.errors import StoreLocked, StoreUnavailable
from app.models import Contact
from app.models.drafts import DraftKind
from app.models.enums import RiskFlag, StepStatus
from app.services import drafts
from app.services.actor import SessionUser
from app.services.drafts import DraftView
from app.store.db import Store
from app.store.opening import open_local_store
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.contacts.form import ContactForm
from app.ui.kit import draft_keeper, questions
from app.ui.shell.drafts import DraftRecoveryDialog, contact_payload, decision_payload, offer_drafts
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.ui.conftest import _forget_unsaved_input, type_text


def stored(store: Store, user: SessionUser) -> list[DraftView]:
    with store.unit_of_work() as uow:
        return drafts.my_drafts(uow, user)


def next_start(qtbot: QtBot, store: Store, user: SessionUser) -> MainWindow:
    """The program started again after a crash: a new main window on the same store."""
    window = MainWindow(build_context(store, user, "en"))
    qtbot.addWidget(window, before_close_func=_forget_unsaved_input)
    window.show()
    return window


def put_aside(qtbot: QtBot, form: ContactForm | DecisionDialog) -> None:
    """What the keeper's timer does, at once; returns when the write is in the store."""
    form.drafts.save_now()
    qtbot.waitUntil(form.drafts.idle)
    assert not form.drafts.fault


def continue_all(_views: list[DraftView], _parent: QWidget) -> str:
    return "continue"


def fill_awkwardly(form: ContactForm) -> None:
    """Input a counsellor may leave half-done: none of it needs to validate to be kept."""
    form.identity.identified.setChecked(True)
    type_text(form.identity.full_name, "Ольга Õunapuu")
    type_text(form.identity.id_code, "4850101")  # too short yet
    type_text(form.identity.birth_date, "31.02.19")  # no such date
    type_text(form.identity.phone, "+372 5")
    form.risks.rows[RiskFlag.SUICIDAL].raised.setChecked(True)
    form.risks.rows[RiskFlag.SUICIDAL].status.setCurrentIndex(2)
    type_text(form.risks.rows[RiskFlag.SUICIDAL].reason, "Keeldus")
    next(iter(form.topics.boxes.values())).setChecked(True)
    form.consents.choices[next(iter(form.consents.choices))].setCurrentIndex(2)
    form.callback.setChecked(True)
    form.end_contact()
    type_text(form.summary, "Helistaja räägib: ёжик, šokolaad")


def test_typing_is_put_aside_within_seconds_as_typed(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    user = window.context.user
    form = window.new_contact()
    assert stored(store, user) == []  # an untouched new form leaves nothing behind
    fill_awkwardly(form)
    qtbot.waitUntil(lambda: bool(stored(store, user)), timeout=5000)
    [draft] = stored(store, user)
    assert (draft.kind, draft.record_id) == (DraftKind.CONTACT, None)
    assert draft.payload == contact_payload(form)
    assert draft.payload["summary"] == "Helistaja räägib: ёжик, šokolaad"
    assert (draft.payload["id_code"], draft.payload["birth_date"]) == ("4850101", "31.02.19")
    assert draft.payload["risks"] == {
        RiskFlag.SUICIDAL.value: {"status": StepStatus.DECLINED.value, "reason": "Keeldus"}
    }


def test_steady_typing_cannot_put_the_save_off(window: MainWindow, qtbot: QtBot) -> None:
    """The save is due a fixed time after the first unsaved change; later keystrokes do not restart the wait."""
    form = window.new_contact()
    type_text(form.summary, "a")
    timer = form.drafts._timer
    assert timer.isActive()
    assert timer.interval() <= 2000
    first = timer.remainingTime()
    for ch in "bcdef":
        qtbot.wait(60)
        type_text(form.summary, ch)
    assert 0 <= timer.remainingTime() <= first - 200  # 300 ms of typing later: not restarted by it


def test_saving_the_contact_removes_its_draft(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    user = window.context.user
    form = window.new_contact()
    type_text(form.summary, "Üksildus")
    put_aside(qtbot, form)
    assert len(stored(store, user)) == 1
    assert form.save()
    qtbot.waitUntil(lambda: stored(store, user) == [])
    type_text(form.summary, " pühade ajal")  # a saved contact changed again: a draft of that record
    put_aside(qtbot, form)
    [draft] = stored(store, user)
    assert draft.record_id == form.contact_id


@pytest.mark.parametrize(
    ("answer", "kept"), [(QMessageBox.StandardButton.Discard, 0), (QMessageBox.StandardButton.Cancel, 1)]
)
def test_closing_a_contact_with_discard_removes_its_draft(
    window: MainWindow,
    qtbot: QtBot,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    kept: int,
) -> None:
    monkeypatch.setattr(questions, "ask", staticmethod(lambda *_a, **_k: answer))
    form = window.new_contact()
    type_text(form.summary, "Vale number?")
    put_aside(qtbot, form)
    window.close_tab(window.tabs.indexOf(form))
    qtbot.waitUntil(lambda: len(stored(store, window.context.user)) == kept)
    qtbot.wait(100)  # and it stays so
    assert len(stored(store, window.context.user)) == kept


def test_the_next_start_continues_every_unfinished_contact(
    window: MainWindow, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = window.context.user
    new = window.new_contact()
    fill_awkwardly(new)
    put_aside(qtbot, new)
    saved = window.new_contact()
    type_text(saved.summary, "Esimene kõne")
    assert saved.save()
    type_text(saved.summary, ", teine pool")
    put_aside(qtbot, saved)
    left_behind = [contact_payload(new), contact_payload(saved)]  # the program is killed here

    again = next_start(qtbot, store, user)
    forms = offer_drafts(again, continue_all)
    assert [type(form) for form in forms] == [ContactForm, ContactForm]
    restored = [contact_payload(form) for form in forms if isinstance(form, ContactForm)]
    assert restored[0] == left_behind[0]  # every field as it was, the input that does not validate yet too
    # the saved contact: as typed; its end time is the record's (the form had not shown it before saving)
    assert {**restored[1], "ended_at": None} == {**left_behind[1], "ended_at": None}
    restored_saved = next(form for form in forms if isinstance(form, ContactForm) and form.contact_id)
    assert restored_saved.contact_id == saved.contact_id
    assert all(isinstance(form, ContactForm) and form.dirty for form in forms)
    # the restored forms keep their drafts: the next save replaces them, saving the record removes them
    assert isinstance(forms[0], ContactForm)
    type_text(forms[0].summary, "!")
    put_aside(qtbot, forms[0])
    assert len(stored(store, user)) == 2
    assert restored_saved.save()
    qtbot.waitUntil(lambda: [d.record_id for d in stored(store, user)] == [None])
    monkeypatch.setattr(questions, "ask", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Discard))
    again.close_tab(again.tabs.indexOf(forms[0]))
    qtbot.waitUntil(lambda: stored(store, user) == [])


def test_a_kill_between_a_save_and_its_drafts_removal_does_not_log_the_contact_twice(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    user = window.context.user
    form = window.new_contact()
    type_text(form.summary, "Helistaja tänas abi eest")
    put_aside(qtbot, form)
    payload = contact_payload(form)
    assert form.save()
    qtbot.waitUntil(lambda: stored(store, user) == [])
    with store.unit_of_work() as uow:  # the draft as the kill left it: the contact saved, its draft not yet removed
        drafts.save_draft(uow, user, DraftKind.CONTACT, payload)
        uow.commit()
    other = window.new_contact()  # and a new contact that really is unfinished
    type_text(other.summary, "Pooleli")
    put_aside(qtbot, other)

    again = next_start(qtbot, store, user)
    shown: list[list[DraftView]] = []

    def look(views: list[DraftView], _parent: QWidget) -> str:
        shown.append(views)
        return ""  # ask me later

    offer_drafts(again, look)
    assert [[view.payload["summary"] for view in views] for views in shown] == [["Pooleli"]]
    assert [view.payload["summary"] for view in stored(store, user)] == ["Pooleli"]  # the saved one's draft is gone


def test_the_next_start_can_discard_the_drafts(
    window: MainWindow, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = window.context.user
    form = window.new_contact()
    type_text(form.summary, "Ei vaja")
    put_aside(qtbot, form)
    views = stored(store, user)
    dialog = DraftRecoveryDialog(views)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    assert "New contact" in dialog.list.item(0).text()
    assert "Ei vaja" in dialog.list.item(0).text()
    monkeypatch.setattr(questions, "ask", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Discard))
    dialog.discard_button.click()
    assert dialog.choice == "discard"

    again = next_start(qtbot, store, user)
    assert offer_drafts(again, lambda _views, _parent: "") == []  # "ask me later": nothing opened, nothing lost
    assert len(stored(store, user)) == 1
    assert offer_drafts(again, lambda _views, _parent: dialog.choice) == []
    assert stored(store, user) == []
    assert again.tabs.count() == window.tabs.count() - 1  # no contact tab opened


def test_an_unfinished_aid_decision_is_continued(
    window: MainWindow, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = window.context.user
    form = window.new_contact()
    form.identity.identified.setChecked(True)
    type_text(form.identity.full_name, "Jüri Õunapuu")
    form.identity.id_code.setText("37605030299")
    form.summary.setPlainText("Vägivald kodus")
    dialog = window.open_decision(form)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.decision_date.setDate(QDate(2026, 4, 1))
    type_text(dialog.reference, "1-26-4711/")
    dialog.refused.setChecked(True)
    type_text(dialog.refusal_reason, "Pole veel selge")
    put_aside(qtbot, dialog)
    left_behind = decision_payload(dialog)
    [draft] = stored(store, user)
    assert (draft.kind, draft.record_id) == (DraftKind.DECISION, form.contact_id)

    again = next_start(qtbot, store, user)
    [restored] = offer_drafts(again, continue_all)
    assert isinstance(restored, DecisionDialog)
    qtbot.addWidget(restored)
    assert restored.contact_id == form.contact_id
    assert decision_payload(restored) == left_behind
    monkeypatch.setattr(questions, "ask", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Discard))
    restored.reject()  # the user closes it and chooses Discard
    qtbot.waitUntil(lambda: stored(store, user) == [])


# --- faults --------------------------------------------------------------------------------------------------------
@pytest.fixture
def fast_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(draft_keeper, "RETRY_MS", 200)


def failing_then_working(monkeypatch: pytest.MonkeyPatch, error: Exception, times: int) -> list[int]:
    """The draft service raises ``error`` ``times`` times, then works again (the disk freed, the lock gone)."""
    real = drafts.save_draft
    calls: list[int] = []

    def save(*args: Any, **kwargs: Any) -> uuid.UUID:
        calls.append(1)
        if len(calls) <= times:
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(drafts, "save_draft", save)
    return calls


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (StoreLocked("database is locked"), "Another program is writing to the store"),
        (StoreUnavailable("database or disk is full", disk_full=True), "The disk is full"),
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
    ],
)
@pytest.mark.usefixtures("fast_retry")
def test_a_failed_draft_save_says_so_keeps_the_typing_and_is_retried(
    window: MainWindow,
    qtbot: QtBot,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
    sentence: str,
) -> None:
    user = window.context.user
    calls = failing_then_working(monkeypatch, error, times=3)
    form = window.new_contact()
    type_text(form.summary, "Helistaja nutab")
    form.drafts.save_now()
    qtbot.waitUntil(lambda: bool(form.drafts.fault))
    assert form.drafts.banner.isVisibleTo(form)
    assert sentence in form.drafts.banner.text()
    assert form.summary.toPlainText() == "Helistaja nutab"
    assert stored(store, user) == []
    type_text(form.summary, ", kaua")  # typing on while it is retried
    qtbot.waitUntil(lambda: bool(stored(store, user)), timeout=10_000)
    assert len(calls) == 4
    assert [d.payload["summary"] for d in stored(store, user)] == ["Helistaja nutab, kaua"]
    # The write is in the store a moment before its result reaches the GUI thread, which then clears the line.
    qtbot.waitUntil(lambda: not form.drafts.banner.isVisibleTo(form))


@pytest.fixture
def impatient_store(tmp_path: Path) -> Iterator[Store]:
    """The same encrypted store, opened with a short busy timeout so a locked save gives up quickly."""
    opened = open_local_store(tmp_path / "locked.sqlite3", lambda _new, _retry: None, busy_timeout_ms=300)
    yield opened
    opened.close()


@pytest.mark.usefixtures("fast_retry")
def test_a_store_locked_by_another_program_keeps_draft_and_record_unwritten_until_free(
    qtbot: QtBot, impatient_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real second connection holds the write lock (BEGIN IMMEDIATE): the draft and the record wait, nothing is
    half-written, the user is told; once the lock goes the draft is saved, and saving the record works."""
    from app.models.enums import Role
    from tests.conftest import make_user

    user = make_user(impatient_store, Role.COUNSELLOR, "mari")
    window = next_start(qtbot, impatient_store, user)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warnings.append(text)))
    form = window.new_contact()
    type_text(form.summary, "Lukus")
    other = open_local_store(tmp_path / "locked.sqlite3", lambda _new, _retry: None)
    try:
        with other.engine.connect() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            form.drafts.save_now()
            qtbot.waitUntil(lambda: bool(form.drafts.fault))
            assert "Another program is writing" in form.drafts.banner.text()
            assert not form.save()
            assert [w for w in warnings if "busy" in w]  # the record's save said so too
            qtbot.wait(500)  # retries happen meanwhile, and fail
            assert form.drafts.pending()
            connection.exec_driver_sql("ROLLBACK")
    finally:
        other.close()
    qtbot.waitUntil(lambda: bool(stored(impatient_store, user)), timeout=10_000)
    assert [d.payload["summary"] for d in stored(impatient_store, user)] == ["Lukus"]
    with impatient_store.unit_of_work() as uow:
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(Contact)) == 0  # nothing half-written
    assert form.save()
    qtbot.waitUntil(lambda: stored(impatient_store, user) == [])
    qtbot.waitUntil(lambda: not form.drafts.banner.isVisibleTo(form))  # once the result is back on the GUI thread


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (StoreUnavailable("database or disk is full", disk_full=True), "The disk is full"),
        (StoreLocked("database is locked"), "The store is busy"),
    ],
)
def test_a_failed_record_save_says_so_and_puts_the_input_aside(
    window: MainWindow,
    qtbot: QtBot,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
    sentence: str,
) -> None:
    """Saving the contact fails (injected: the save service raises, then works): the known sentence, the input in the
    form and in a draft, no contact written; saving again works and removes the draft."""
    import app.services.contacts.conflict as contact_form_module  # the form's save goes through it

    user = window.context.user
    real = contact_form_module.save_contact
    failures = [error]

    def save_contact(*args: Any, **kwargs: Any) -> Any:
        if failures:
            raise failures.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(contact_form_module, "save_contact", save_contact)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warnings.append(text)))
    form = window.new_contact()
    type_text(form.summary, "Ärevus, ei maga")
    assert not form.save()
    assert [text for text in warnings if sentence in text]
    assert form.summary.toPlainText() == "Ärevus, ei maga"
    qtbot.waitUntil(form.drafts.idle)
    assert [d.payload["summary"] for d in stored(store, user)] == ["Ärevus, ei maga"]
    with store.unit_of_work() as uow:
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(Contact)) == 0
    assert form.save()
    qtbot.waitUntil(lambda: stored(store, user) == [])
    with store.unit_of_work() as uow:
        assert uow.session.scalar(sa.select(Contact.summary)) == "Ärevus, ei maga"


def test_a_failed_decision_save_puts_the_input_aside(
    window: MainWindow, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.aid import decisions

    user = window.context.user
    form = window.new_contact()
    form.identity.identified.setChecked(True)
    type_text(form.identity.full_name, "Jüri Õunapuu")
    form.summary.setPlainText("Vägivald kodus")
    dialog = window.open_decision(form)
    assert dialog is not None
    qtbot.addWidget(dialog)
    type_text(dialog.reference, "1-26-99")

    def full(*_args: Any, **_kwargs: Any) -> Any:
        raise StoreUnavailable("database or disk is full", disk_full=True)

    monkeypatch.setattr(decisions, "decide", full)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warnings.append(text)))
    assert not dialog.save()
    assert [text for text in warnings if "The disk is full" in text]
    qtbot.waitUntil(dialog.drafts.idle)
    [draft] = stored(store, user)
    assert (draft.kind, draft.payload["reference"]) == (DraftKind.DECISION, "1-26-99")
