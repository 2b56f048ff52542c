"""Two people change the same contact: the second save shows both values and never overwrites silently."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from app.errors import StaleRecord
from app.models import Contact
from app.models.enums import Line, Role
from app.services.actor import SessionUser
from app.services.conflicts import Side
from app.services.contacts import contact_view
from app.services.contacts import editing as contacts_service
from app.services.contacts.editing import save_contact
from app.store.db import Store
from app.ui.contacts.form import ContactForm
from app.ui.kit.conflict_dialog import ConflictDialog
from app.ui.shell.main_window import MainWindow
from tests.conftest import make_user
from tests.ui.conftest import press, type_text


def saved_form(window: MainWindow, summary: str) -> ContactForm:
    form = window.new_contact()
    type_text(form.summary, summary)
    assert form.save()
    assert form.contact_id is not None
    return form


def change_behind_its_back(store: Store, form: ContactForm, **changes: Any) -> None:
    """Another person (a shift lead, on another workstation) saves the same contact."""
    lead = make_user(store, Role.SHIFT_LEAD, "juht")
    assert form.contact_id is not None
    with store.unit_of_work() as uow:
        stored = contact_view.load_contact(uow, lead, form.contact_id)
    with store.unit_of_work() as uow:
        save_contact(
            uow, lead, replace(stored.data, **changes), contact_id=form.contact_id, expected_version=stored.version
        )


def stored(store: Store, form: ContactForm) -> tuple[Line, str]:
    assert form.contact_id is not None
    with store.unit_of_work() as uow:
        data = contact_view.load_contact(uow, form.context.user, form.contact_id).data
    return data.line, data.summary


class Answer:
    """Stands in for the user at the conflict dialog: records what it was shown, picks, accepts or goes back."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, picks: dict[str, Side] | None, accept: bool) -> None:
        self.shown: list[ConflictDialog] = []
        self.picks, self.accept = picks or {}, accept

        def exec_(dialog: ConflictDialog) -> int:
            self.shown.append(dialog)
            for field, side in self.picks.items():
                dialog.choose(field, side)
            return QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected

        monkeypatch.setattr(ConflictDialog, "exec", exec_)


def test_changes_to_different_fields_are_offered_with_each_side_suggested(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = saved_form(window, "Helistaja on mures.")
    change_behind_its_back(store, form, summary="Helistaja on mures. Juht lisas: helistada homme.")
    form.line.set_code(Line.EMOTIONAL_116123)  # meanwhile this form changes the line
    answer = Answer(monkeypatch, None, accept=True)

    assert form.save()
    (dialog,) = answer.shown
    offered = {d.field: d.suggested for d in dialog.found}
    assert offered == {"line": Side.MINE, "summary": Side.THEIRS}  # each side's own change is suggested
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("Juht Tamm saved this contact after you opened it.") for text in texts)
    assert "Saved by Juht Tamm" in texts
    assert stored(store, form) == (Line.EMOTIONAL_116123, "Helistaja on mures. Juht lisas: helistada homme.")
    assert form.summary.toPlainText() == "Helistaja on mures. Juht lisas: helistada homme."  # the form shows it
    assert not form.dirty


def test_both_changed_the_summary_nothing_is_overwritten_until_the_user_chooses(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = saved_form(window, "Esimene versioon.")
    change_behind_its_back(store, form, summary="Juhi versioon.")
    form.summary.setPlainText("Minu versioon.")

    answer = Answer(monkeypatch, None, accept=False)  # "Back to the form"
    assert not form.save()
    (dialog,) = answer.shown
    (difference,) = dialog.found
    assert (difference.field, difference.mine, difference.theirs) == ("summary", "Minu versioon.", "Juhi versioon.")
    assert difference.both_changed
    assert difference.suggested is Side.MINE
    assert stored(store, form)[1] == "Juhi versioon."  # not overwritten
    assert form.summary.toPlainText() == "Minu versioon."  # and nothing typed is lost
    assert form.status.text().startswith("Not saved: ")

    Answer(monkeypatch, {"summary": Side.THEIRS}, accept=True)
    assert form.save()
    assert stored(store, form)[1] == "Juhi versioon."
    assert form.summary.toPlainText() == "Juhi versioon."

    # A third save after that goes through plainly: the form knows the stored version again.
    form.summary.setPlainText("Juhi versioon, minu lisaga.")
    assert form.save()
    assert stored(store, form)[1] == "Juhi versioon, minu lisaga."


def test_the_dialog_names_values_as_the_form_does(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = saved_form(window, "Tekst.")
    change_behind_its_back(store, form, line=Line.WEB, summary="Muu tekst.")
    form.summary.setPlainText("Minu tekst.")
    answer = Answer(monkeypatch, None, accept=False)
    assert not form.save()
    (dialog,) = answer.shown
    qtbot.addWidget(dialog)
    texts = {
        (field, side): label.text() for (field, side), label in dialog.values.items() if field in ("line", "summary")
    }
    assert texts[("summary", Side.MINE)] == "Minu tekst."
    assert texts[("summary", Side.THEIRS)] == "Muu tekst."
    assert texts[("line", Side.THEIRS)] != "web"  # a label, not the stored code
    assert dialog.buttons[("line", Side.THEIRS)].isChecked()  # only they changed it
    qtbot.mouseClick(dialog.values[("summary", Side.THEIRS)], Qt.MouseButton.LeftButton)  # a click on the value
    assert dialog.chosen()["summary"] is Side.THEIRS


def test_a_save_racing_another_workstations_save_never_ends_in_an_unexpected_error(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+S at the moment another workstation saves the same contact: the form's save has read the stored contact
    and is about to write when the other save comes. One of them is stored, the other is told about the conflict;
    no "Unexpected error" (issue 10, point 10)."""
    form = saved_form(window, "Esimene versioon.")
    lead = make_user(store, Role.SHIFT_LEAD, "juht")
    assert form.contact_id is not None
    contact_id = form.contact_id
    with store.unit_of_work() as uow:
        theirs = contact_view.load_contact(uow, lead, contact_id)
    done = threading.Event()
    outcome: list[str] = []

    def other_workstation() -> None:
        try:
            with store.unit_of_work() as uow:
                save_contact(
                    uow,
                    lead,
                    replace(theirs.data, summary="Juhi versioon."),
                    contact_id=contact_id,
                    expected_version=theirs.version,
                )
            outcome.append("saved")
        except StaleRecord:
            outcome.append("conflict")
        except Exception as error:  # what a user would meet as "Unexpected error"
            outcome.append(f"unexpected {type(error).__name__}")
        finally:
            done.set()

    check = contacts_service._check_may_edit

    def the_other_saves_now(actor: SessionUser, contact: Contact) -> None:
        if actor == form.context.user and not outcome and not done.is_set():
            threading.Thread(target=other_workstation).start()
            done.wait(1.0)  # it is stored at once, or waits until this save is done
        check(actor, contact)

    monkeypatch.setattr(contacts_service, "_check_may_edit", the_other_saves_now)
    answer = Answer(monkeypatch, None, accept=True)
    form.summary.setFocus()
    type_text(form.summary, " Minu lisa.")
    press(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert done.wait(10)
    assert not form.dirty, form.status.text()
    summary = stored(store, form)[1]
    if outcome == ["conflict"]:  # this save came first; the other workstation's form shows the dialog
        assert summary == "Esimene versioon. Minu lisa."
        assert answer.shown == []
    else:  # the other came first: this form showed both versions field by field
        assert outcome == ["saved"]
        (dialog,) = answer.shown
        assert [d.field for d in dialog.found] == ["summary"]
        assert summary == "Esimene versioon. Minu lisa."
