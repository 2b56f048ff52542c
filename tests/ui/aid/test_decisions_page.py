from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from app.models.aid_rules import Event, LimitCategory, PersonRole
from app.models.enums import Role
from app.models.providers import AidService
from app.services.actor import SessionUser
from app.services.aid import decisions
from app.store.db import Store
from app.ui.aid.decisions_page import DecisionsPage
from tests.conftest import make_user
from tests.services.aid.test_decisions import add_provider, identified_contact


def make_two_decisions(store: Store, counsellor: SessionUser) -> None:
    provider = add_provider(store)
    adult = identified_contact(store, counsellor, "Jaan Kask", "37605030299")
    child = identified_contact(store, counsellor, "Liis Kask", "61004020009")
    with store.unit_of_work() as uow:
        for contact, category, event in (
            (adult, LimitCategory.STANDARD, Event.DOMESTIC_VIOLENCE),
            (child, LimitCategory.SEXUALLY_ABUSED_MINOR, Event.SEXUAL_VIOLENCE),
        ):
            decisions.decide(
                uow,
                counsellor,
                decisions.DecisionInput(
                    decision_date=date(2026, 4, 2),
                    role=PersonRole.VICTIM,
                    event=event,
                    contact_id=contact.id,
                    service=AidService.COUNSELLING,
                    limit_category=category,
                    provider_id=provider.id,
                ),
            )


def page_for(qtbot: QtBot, store: Store, user: SessionUser) -> DecisionsPage:
    page = DecisionsPage(store, user)
    qtbot.addWidget(page)
    page.since.setDate(QDate(2026, 4, 1))
    page.until.setDate(QDate(2026, 4, 30))
    return page


def test_decisions_list_filters_by_limit(qtbot: QtBot, store: Store, counsellor: SessionUser, qtmodeltester) -> None:
    make_two_decisions(store, counsellor)
    page = page_for(qtbot, store, counsellor)
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)
    page.limit.setCurrentIndex(page.limit.findData(True))
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).person_name == "Liis Kask"
    assert not page.export_button.isVisibleTo(page)  # counsellors do not export


def test_shift_lead_exports_two_separate_files(
    qtbot: QtBot, store: Store, counsellor: SessionUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_two_decisions(store, counsellor)
    lead = make_user(store, Role.SHIFT_LEAD, "tiina")
    page = page_for(qtbot, store, lead)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("Hingerahu OÜ", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path))
    page.export_for_provider()
    with_limit = (tmp_path / "Hingerahu_OÜ_20260401-20260430_with-limit.csv").read_text(encoding="utf-8-sig")
    without = (tmp_path / "Hingerahu_OÜ_20260401-20260430_without-limit.csv").read_text(encoding="utf-8-sig")
    assert "Jaan Kask" in with_limit
    assert "Liis Kask" not in with_limit
    assert "Liis Kask" in without
    assert "Jaan Kask" not in without
