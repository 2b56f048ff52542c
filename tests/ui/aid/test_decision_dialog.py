"""From an identified caller to a notice, through the window."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.models.aid import Outcome
from app.models.aid_rules import Event, LimitCategory
from app.services.actor import SessionUser
from app.services.aid import decisions
from app.store.db import Store
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.aid.provider_choice_model import ProviderChoiceModel
from app.ui.kit import formatting
from app.ui.shell.main_window import MainWindow
from tests.services.aid.test_decisions import add_provider
from tests.ui.conftest import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def open_decision(window: MainWindow, qtbot: QtBot, name: str, id_code: str) -> DecisionDialog:
    form = window.new_contact()
    form.identity.identified.setChecked(True)
    type_text(form.identity.full_name, name)
    form.identity.id_code.setText(id_code)
    form.identity.id_code.editingFinished.emit()
    form.summary.setPlainText("Seksuaalvägivald")
    dialog = window.open_decision(form)  # saves the contact first
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert not form.dirty
    dialog.decision_date.setDate(QDate(2026, 4, 1))
    qtbot.waitUntil(lambda: not dialog.previewing)  # the rate and the providers are read on the database worker
    return dialog


def test_counsellor_goes_from_caller_to_notice(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    add_provider(store, "Hingerahu OÜ")
    add_provider(store, "Tõendita OÜ", qualified=False)
    dialog = open_decision(window, qtbot, "Jüri Õunapuu-Šarõgina", "37605030299")
    assert "no police reference" in dialog.rule.text()
    assert "no phone or e-mail" in dialog.status.text()  # the test counsellor's account has no contacts
    assert formatting.money(946) in dialog.limit.text()
    model = dialog.providers
    assert model.rowCount() == 2
    assert model.choice_at(0).name == "Hingerahu OÜ"
    blocked = model.index(1, 0)
    assert not model.flags(blocked) & Qt.ItemFlag.ItemIsSelectable  # cannot be chosen...
    assert "no specialist qualified" in model.data(blocked)  # ...and says why
    assert not dialog.save()  # no provider chosen yet
    assert dialog.errors["provider"].text()
    dialog.provider_view.setCurrentIndex(model.index(0, 0))
    press(dialog, Qt.Key.Key_S, CTRL)
    assert dialog.decision is not None
    assert dialog.decision.limit_amount is not None
    pdf = dialog.notice_pdf()
    assert pdf is not None
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Jüri Õunapuu-Šarõgina" in text
    assert dialog.decision.number in text


def test_minor_category_refused_for_an_adult_next_to_the_field(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    add_provider(store)
    dialog = open_decision(window, qtbot, "Mari Maasikas", "60804010002")  # 18 on 1 April 2026
    dialog.happened.set_code(Event.SEXUAL_VIOLENCE)
    dialog.limit_category.set_code(LimitCategory.SEXUALLY_ABUSED_MINOR)
    dialog.provider_view.setCurrentIndex(dialog.providers.index(0, 0))
    assert not dialog.save()
    assert "18 or older" in dialog.errors["limit_category"].text()
    assert dialog.decision is None


def test_refusal_needs_a_reason_and_makes_no_notice(
    window: MainWindow, qtbot: QtBot, store: Store, counsellor: SessionUser
) -> None:
    dialog = open_decision(window, qtbot, "Jaan Kask", "37605030299")
    dialog.refused.setChecked(True)
    assert not dialog.save()
    assert dialog.errors["refusal_reason"].text()
    dialog.refusal_reason.setText("Abi ei soovi")
    assert dialog.save()
    assert not dialog.open_button.isEnabled()
    with store.unit_of_work() as uow:
        (made,) = decisions.list_decisions(uow, counsellor)
    assert made.outcome is Outcome.REFUSED
    assert made.decision_date == date(2026, 4, 1)


def test_anonymous_caller_gets_no_decision(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    form = window.new_contact()
    assert window.open_decision(form) is None
    assert told
    assert "identified" in told[0]


def test_provider_choice_model_passes_qt_model_tester(qtmodeltester, store: Store, counsellor: SessionUser) -> None:
    add_provider(store)
    add_provider(store, "Tõendita OÜ", qualified=False)
    from app.models.providers import AidService
    from app.services.aid import providers

    model = ProviderChoiceModel()
    with store.unit_of_work() as uow:
        model.set_choices(providers.choices(uow, AidService.COUNSELLING, date(2026, 4, 1)))
    qtmodeltester.check(model)
