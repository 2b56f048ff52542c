from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import formats
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.aid import decisions
from app.services.guard import auth
from app.store.db import Store
from app.ui.aid.rates_page import RatesPage, RateTableModel
from app.ui.kit import formatting
from tests.conftest import make_user


def admin_of(store: Store) -> SessionUser:
    make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        return auth.authenticate(uow, "admin", "correct horse battery")


def shown_rows(page: RatesPage) -> list[tuple[str, str]]:
    model = page.model
    return [(model.index(row, 0).data(), model.index(row, 1).data()) for row in range(model.rowCount())]


def test_euros_as_estonians_write_them() -> None:
    assert formats.money(Decimal("946"), "et") == "946,00\xa0€"
    assert formats.money(Decimal("1012.5"), "et") == "1\xa0012,50\xa0€"


def test_saved_rate_is_listed_and_used_for_decisions_from_its_day(qtbot: QtBot, store: Store) -> None:
    page = RatesPage(store, admin_of(store))
    qtbot.addWidget(page)
    page.valid_from.setDate(QDate(2031, 7, 1))
    qtbot.keyClicks(page.amount, "1 012,50")
    page.save_rate()
    assert not page.error.isVisibleTo(page)
    shown = (formatting.day(date(2031, 7, 1)), formatting.money(Decimal("1012.50")))  # as the interface writes them
    assert shown in shown_rows(page)
    assert shown_rows(page)[0] == shown  # the newest on top
    with store.unit_of_work() as uow:
        assert decisions.rate_on(uow, date(2031, 7, 2)) == Decimal("1012.50")


def test_amount_that_is_not_a_number_is_explained(qtbot: QtBot, store: Store) -> None:
    page = RatesPage(store, admin_of(store))
    qtbot.addWidget(page)
    before = shown_rows(page)
    page.valid_from.setDate(QDate(2031, 7, 1))
    qtbot.keyClicks(page.amount, "abc")
    page.save_rate()
    assert page.error.isVisibleTo(page)
    assert page.error.text() == "Type the amount in euros, e.g. 946,00."
    assert page.amount.text() == "abc"  # kept for correcting
    assert shown_rows(page) == before


def test_remove_selected_rate_after_confirming(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = admin_of(store)
    with store.unit_of_work() as uow:
        decisions.set_rate(uow, admin, date(2031, 7, 1), "1100")
        uow.commit()
    page = RatesPage(store, admin)
    qtbot.addWidget(page)
    page.view.selectRow(0)
    assert page.amount.text() == "1100,00"  # the chosen row fills the form for a correction
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    page.remove_rate()
    assert shown_rows(page)[0][0] == formatting.day(date(2031, 7, 1))
    page.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.remove_rate()
    assert formatting.day(date(2031, 7, 1)) not in [row[0] for row in shown_rows(page)]


def test_rate_table_model(qtmodeltester: object, store: Store) -> None:
    model = RateTableModel()
    with store.unit_of_work() as uow:
        model.set_rates(decisions.list_rates(uow))
    assert model.rowCount() > 0  # seeded by the migration
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
