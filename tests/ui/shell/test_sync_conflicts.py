"""Team mode: a contact changed on two workstations before either synced meets the person in the conflict dialog a
save meets today, field by field, and what they choose is what the server gets; nothing is overwritten unseen."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.models import Contact
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.conflicts import Side
from app.store.sync import engine as sync
from app.ui.contacts.form import ContactForm
from app.ui.kit.conflict_dialog import ConflictDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.store.sync.conftest import Team, Workstation, name, team, workstation

__all__ = ["team", "workstation"]  # the team server and its workstations (fixtures)

pytestmark = pytest.mark.postgres


def _edit(station: Workstation, contact_id: uuid.UUID, summary: str) -> None:
    with station.store.unit_of_work() as uow:
        contact = uow.session.get(Contact, contact_id)
        assert contact is not None
        contact.summary = summary
        uow.commit()


def _server_summary(team: Team, contact_id: uuid.UUID) -> str:
    engine = team.superuser()
    try:
        with engine.connect() as connection:
            return str(connection.execute(sa.select(Contact.summary).where(Contact.id == contact_id)).scalar_one())
    finally:
        engine.dispose()


def test_a_contact_changed_on_two_workstations_meets_the_dialog(
    qtbot: QtBot, team: Team, workstation: Callable[[str], Workstation], monkeypatch: pytest.MonkeyPatch
) -> None:
    here, there = workstation("liis"), workstation("liis")  # a shift lead at two desks, one of them offline
    with here.store.unit_of_work() as uow:
        contact = Contact(
            line="116006",
            channel="phone",
            started_at=datetime.now(UTC) - timedelta(minutes=20),
            summary="Caller is worried about her son.",
            handled_by_id=team.ids["liis"],
            entered_by_id=team.ids["liis"],
        )
        uow.session.add(contact)
        uow.commit()
        contact_id = contact.id
    here.push()
    there.pull()
    _edit(here, contact_id, "Caller is worried about her son. Callback promised for 18:00.")
    _edit(there, contact_id, "Caller is worried about her son; the son is safe now.")
    there.push()
    assert here.push().conflict is not None  # the second to sync meets the first

    user = SessionUser(team.ids["liis"], name("liis"), "Liis", Role.SHIFT_LEAD)
    window = MainWindow(build_context(here.store, user, "en"))
    qtbot.addWidget(window)
    window.show()
    shown: list[ConflictDialog] = []

    def answer(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        assert dialog.buttons[("summary", Side.MINE)].isChecked()  # the person's own typing is suggested
        qtbot.mouseClick(dialog.buttons[("summary", Side.THEIRS)], Qt.MouseButton.LeftButton)  # they take theirs
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    resolved: list[bool] = []
    window.sync_conflicts_resolved.connect(lambda: resolved.append(True))
    assert window.resolve_sync_conflicts() == 1
    (dialog,) = shown
    assert [difference.field for difference in dialog.found] == ["summary"]
    assert dialog.found[0].both_changed  # the base was kept: both sides moved away from it
    form = window.tabs.currentWidget()
    assert isinstance(form, ContactForm)
    assert form.contact_id == contact_id
    assert form.summary.toPlainText() == "Caller is worried about her son; the son is safe now."
    assert resolved == [True]
    assert sync.list_conflicts(here.store.engine) == []

    result = here.push()
    assert result.conflict is None
    assert result.problem is None
    assert _server_summary(team, contact_id) == "Caller is worried about her son; the son is safe now."
    there.pull()
    with there.store.unit_of_work() as uow:
        stored = uow.session.get(Contact, contact_id)
        assert stored is not None
        assert stored.version == 3  # theirs (2), then the choice saved against it (3)
