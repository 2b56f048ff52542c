"""The shift lead's desk on screen: the queue, the review panel, feedback and acknowledgement, filters, handover."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from app.models import User
from app.models.base import utcnow
from app.models.enums import Line, RiskFlag, Role, StepStatus
from app.services.actor import SessionUser
from app.services.contacts.editing import ContactInput, RiskAnswer, save_contact
from app.services.desk import review, shift_desk
from app.services.desk.shift_desk import DeskSettings
from app.store.db import Store
from app.ui.desk import handover
from app.ui.desk.feedback_page import FeedbackPage
from app.ui.desk.handover import HandoverReadDialog, HandoverWriteDialog
from app.ui.desk.page import DeskLogModel, DeskPage
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context
from tests.conftest import make_user
from tests.ui.conftest import type_text


@dataclass
class Team:
    lead: SessionUser
    mari: SessionUser
    jaan: SessionUser


@pytest.fixture
def team(store: Store) -> Team:
    make_user(store, Role.ADMINISTRATOR, "admin")
    return Team(
        make_user(store, Role.SHIFT_LEAD, "liis"),
        make_user(store, Role.COUNSELLOR, "mari"),
        make_user(store, Role.COUNSELLOR, "jaan"),
    )


def _tallinn(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo("Europe/Tallinn")).astimezone(UTC)


def _no_sample(store: Store) -> None:
    """Only risk contacts enter the queue, so which contacts it holds does not depend on their random ids."""
    with store.unit_of_work() as uow:
        admin = SessionUser.of(uow.session.scalars(sa.select(User).where(User.username == "admin")).one())
        shift_desk.set_desk_settings(uow, admin, DeskSettings(sample_share=0.0))


def _save(store: Store, actor: SessionUser, data: ContactInput) -> uuid.UUID:
    with store.unit_of_work() as uow:
        return save_contact(uow, actor, data).id


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _window(qtbot: QtBot, store: Store, user: SessionUser) -> MainWindow:
    window = MainWindow(build_context(store, user, "en"))
    qtbot.addWidget(window)
    return window


def _desk(qtbot: QtBot, store: Store, user: SessionUser) -> DeskPage:
    context = build_context(store, user, "en")
    page = DeskPage(store, user, context.users, context.topics, "en")
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    return _settled(qtbot, page)


def _settled(qtbot: QtBot, desk: DeskPage) -> DeskPage:
    """The desk once the lists asked for are shown (the database worker reads them off the GUI thread)."""
    qtbot.waitUntil(lambda: not desk.loading())
    return desk


def test_only_shift_leads_get_the_desk(qtbot: QtBot, store: Store, team: Team) -> None:
    counsellor_window = _window(qtbot, store, team.mari)
    lead_window = _window(qtbot, store, team.lead)
    assert counsellor_window.desk_page is None
    pages = [counsellor_window.tabs.widget(i) for i in range(counsellor_window.tabs.count())]
    assert not any(isinstance(page, DeskPage) for page in pages)
    assert isinstance(lead_window.desk_page, DeskPage)
    tab_texts = [counsellor_window.tabs.tabText(i) for i in range(counsellor_window.tabs.count())]
    assert "Feedback" in tab_texts


def test_risk_contact_is_queued_reviewed_on_the_panel_and_acknowledged(qtbot: QtBot, store: Store, team: Team) -> None:
    now = utcnow()
    risky = _save(
        store,
        team.mari,
        ContactInput(
            started_at=now - timedelta(hours=2),
            summary="Helistaja mõtleb enesetapule",
            risks={RiskFlag.SUICIDAL: RiskAnswer(StepStatus.DONE)},
        ),
    )
    desk = _desk(qtbot, store, team.lead)
    assert desk.lists.tabText(1) == "Review queue (1)"
    assert desk.queue.row_at(0).id == risky
    assert desk.queue.data(desk.queue.index(0, desk.queue.COLUMNS.index("review"))) == "To review: risk"

    desk.lists.setCurrentIndex(1)
    desk.queue_view.selectRow(0)
    panel = desk.panel
    assert panel.contact is not None
    assert panel.contact.id == risky
    assert "Helistaja mõtleb enesetapule" in panel.summary.text()
    assert [row.name.text() for row in panel.rows] == [
        "Opening",
        "Listening",
        "Assessment of risk",
        "Information and referral",
        "Closing",
    ]
    panel.rows[2].group.button(4).click()
    type_text(panel.rows[2].comment, "Küsis otse, hästi")
    type_text(panel.overall, "Rahulik ja selge vestlus.")
    panel.discussed.setChecked(True)
    panel.save_button.click()

    assert not panel.general_error.isVisibleTo(panel)
    assert desk.lists.tabText(1) == "Review queue (0)"
    assert panel.status.text().startswith("Reviewed by Liis Tamm")
    assert "Not yet acknowledged" in panel.status.text()
    contacts_row = desk.contacts.find(risky)
    assert contacts_row is not None
    assert desk.contacts.data(desk.contacts.index(contacts_row, desk.contacts.COLUMNS.index("review"))) == "Reviewed"

    # The counsellor sees it on their feedback tab and acknowledges it.
    feedback = FeedbackPage(store, team.mari, "en")
    qtbot.addWidget(feedback)
    assert feedback.unacknowledged() == 1
    assert _cell(feedback.table, 0, 4) == "New"
    shown = feedback.detail.toPlainText()
    assert "Assessment of risk" in shown
    assert "4/5" in shown
    assert "Küsis otse, hästi" in shown
    assert "Rahulik ja selge vestlus." in shown
    assert "Discussed together." in shown
    with qtbot.waitSignal(feedback.unacknowledged_changed) as changed:
        feedback.acknowledge_button.click()
    assert changed.args == [0]
    assert _cell(feedback.table, 0, 4).startswith("Acknowledged")
    assert not feedback.acknowledge_button.isEnabled()
    with store.unit_of_work() as uow:
        [stored] = review.reviews_for(uow, team.lead, risky)
    assert stored.acknowledged_at is not None

    # Another counsellor has no feedback, and the lead's panel now says it was acknowledged.
    other = FeedbackPage(store, team.jaan, "en")
    qtbot.addWidget(other)
    assert other.reviews == []
    assert "No feedback" in other.detail.toPlainText()
    panel.reload()
    assert "acknowledged it on" in panel.status.text()


def test_review_panel_keeps_unsaved_input_per_contact(qtbot: QtBot, store: Store, team: Team) -> None:
    now = utcnow()
    first = _save(store, team.mari, ContactInput(started_at=now - timedelta(hours=1), summary="esimene"))
    second = _save(store, team.jaan, ContactInput(started_at=now - timedelta(hours=2), summary="teine"))
    desk = _desk(qtbot, store, team.lead)
    assert [desk.contacts.row_at(n).id for n in range(2)] == [first, second]
    desk.contacts_view.selectRow(0)
    type_text(desk.panel.overall, "Pooleli mõte")
    desk.panel.rows[0].group.button(5).click()
    desk.contacts_view.selectRow(1)
    assert desk.panel.contact is not None
    assert desk.panel.contact.id == second
    assert desk.panel.overall.toPlainText() == ""
    assert desk.panel.unsaved() == [first]
    desk.contacts_view.selectRow(0)
    assert desk.panel.overall.toPlainText() == "Pooleli mõte"
    assert desk.panel.rows[0].score() == 5

    # A comment without a score is refused next to that criterion; nothing is stored.
    type_text(desk.panel.rows[1].comment, "kommentaar")
    assert not desk.panel.save()
    assert desk.panel.rows[1].error.text() == "Give a score for this comment, or remove the comment."
    with store.unit_of_work() as uow:
        assert review.reviews_for(uow, team.lead, first) == []
    desk.panel.discard()
    assert desk.panel.unsaved() == []
    assert desk.panel.overall.toPlainText() == ""


def test_a_review_saved_meanwhile_elsewhere_is_not_overwritten_silently(qtbot: QtBot, store: Store, team: Team) -> None:
    contact = _save(store, team.mari, ContactInput(started_at=utcnow() - timedelta(hours=1)))
    other_lead = make_user(store, Role.SHIFT_LEAD, "tiit")
    desk = _desk(qtbot, store, team.lead)
    desk.contacts_view.selectRow(0)
    type_text(desk.panel.overall, "Minu arvamus")
    with store.unit_of_work() as uow:
        review.save_review(uow, other_lead, contact, {"opening": (2, "")}, "Tiidu arvamus", False)
    assert not desk.panel.save()
    assert "Someone else saved a review" in desk.panel.general_error.text()
    assert "Tiit Tamm" in desk.panel.status.text()
    assert desk.panel.overall.toPlainText() == "Minu arvamus"  # our input is still on screen
    with store.unit_of_work() as uow:
        assert review.reviews_for(uow, team.lead, contact)[0].overall == "Tiidu arvamus"
    assert desk.panel.save()  # now knowingly
    with store.unit_of_work() as uow:
        assert review.reviews_for(uow, team.lead, contact)[0].overall == "Minu arvamus"


def test_filters_on_screen_combine_like_a_count_by_hand(qtbot: QtBot, store: Store, team: Team) -> None:
    rng = random.Random(7)
    now = utcnow()
    made: list[tuple[uuid.UUID, SessionUser, Line, bool, bool]] = []
    for n in range(60):
        who = rng.choice([team.mari, team.jaan])
        line = rng.choice([Line.CRISIS_116006, Line.EMOTIONAL_116123])
        identified = rng.random() < 0.4
        risky = rng.random() < 0.3
        data = ContactInput(
            started_at=now - timedelta(hours=2 + n),
            line=line,
            identified=identified,
            full_name=f"Inimene {n}" if identified else "",
            risks={RiskFlag.CHILD_AT_RISK: RiskAnswer(StepStatus.DONE)} if risky else {},
        )
        made.append((_save(store, who, data), who, line, identified, risky))
    desk = _desk(qtbot, store, team.lead)
    filters = desk.filters

    def shown() -> set[uuid.UUID]:
        _settled(qtbot, desk)
        while desk.contacts.canFetchMore():
            desk.contacts.fetchMore()  # the next page, read on the worker
            _settled(qtbot, desk)
        return {desk.contacts.row_at(n).id for n in range(desk.contacts.rowCount())}

    assert shown() == {m[0] for m in made}
    filters.counsellor.setCurrentIndex(filters.counsellor.findData(str(team.mari.id)))
    filters.line.set_code(Line.EMOTIONAL_116123)
    filters.caller.setCurrentIndex(filters.caller.findData("identified"))
    expected = {m[0] for m in made if m[1] is team.mari and m[2] is Line.EMOTIONAL_116123 and m[3]}
    assert shown() == expected
    filters.line.set_code(None)
    filters.caller.setCurrentIndex(filters.caller.findData("anonymous"))
    filters.risk.setCurrentIndex(filters.risk.findData("any"))
    expected = {m[0] for m in made if m[1] is team.mari and not m[3] and m[4]}
    assert expected
    assert shown() == expected

    # A backwards period is refused under the dates and the list stays as it was.
    before = shown()
    filters.date_from.setDate(filters.date_to.date().addDays(1))
    assert filters.date_error.isVisibleTo(filters)
    assert filters.date_error.text() == "The end of the period is before its start."
    assert shown() == before
    filters.reset()
    assert not filters.date_error.isVisibleTo(filters)
    assert shown() == {m[0] for m in made}


def test_workload_and_team_callbacks_on_the_desk(qtbot: QtBot, store: Store, team: Team) -> None:
    now = utcnow()
    for hours in (1, 2, 3):
        _save(
            store,
            team.mari,
            ContactInput(
                started_at=now - timedelta(hours=hours),
                ended_at=now - timedelta(hours=hours) + timedelta(minutes=30),
                risks={RiskFlag.SUICIDAL: RiskAnswer(StepStatus.DONE)},
            ),
        )
    overdue = _save(
        store,
        team.jaan,
        ContactInput(started_at=now - timedelta(hours=5), callback_due_at=now - timedelta(minutes=30)),
    )
    desk = _desk(qtbot, store, team.lead)
    rows = {(_cell(desk.workload, n, 2), _cell(desk.workload, n, 1)): n for n in range(desk.workload.rowCount())}
    mari_rows = [n for (name, _shift), n in rows.items() if name == "Mari Tamm"]
    total = sum(int(_cell(desk.workload, n, 3)) for n in mari_rows)
    risky = sum(int(_cell(desk.workload, n, 5)) for n in mari_rows)
    on_line = sum(float(_cell(desk.workload, n, 4)) for n in mari_rows)
    assert (total, risky) == (3, 3)
    assert on_line == pytest.approx(1.5, abs=0.11)
    assert [desk.callbacks.row_at(n).id for n in range(desk.callbacks.rowCount())] == [overdue]
    assert "Jaan Tamm: 1 (1 overdue)" in desk.callbacks_title.text()


def test_handover_written_by_one_shift_is_read_and_marked_by_the_next(
    qtbot: QtBot, store: Store, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = utcnow()
    _save(
        store,
        team.mari,
        ContactInput(started_at=now - timedelta(hours=1), callback_due_at=now + timedelta(hours=1)),
    )
    writer = HandoverWriteDialog(store, team.mari)
    qtbot.addWidget(writer)
    writer.save()
    assert writer.text_error.text() == "Write the note first."
    type_text(writer.text, "Mari helistab tagasi")
    writer.add_items.click()
    written = writer.text.toPlainText()
    assert written.startswith("Mari helistab tagasi\n• Callback due ")
    assert "Mari Tamm" in written
    writer.save()
    assert writer.result() == QDialog.DialogCode.Accepted

    shown: list[HandoverReadDialog] = []

    def fake_exec(dialog: HandoverReadDialog) -> int:
        shown.append(dialog)
        dialog.read_button.click()
        return int(dialog.result())

    monkeypatch.setattr(HandoverReadDialog, "exec", fake_exec)
    assert handover.show_unread_handovers(store, team.lead, None) == 1
    assert "Mari helistab tagasi" in shown[0].text.toPlainText()
    assert "Mari Tamm" in shown[0].text.toPlainText()
    with store.unit_of_work() as uow:
        assert shift_desk.unread_handovers(uow, team.lead) == []
        assert len(shift_desk.unread_handovers(uow, team.jaan)) == 1  # read by one, still new to the other
    assert handover.show_unread_handovers(store, team.lead, None) == 0
    assert len(shown) == 1  # not shown again to the lead


# --- The panel follows the highlighted row; the queue follows the filters (issue 11, point 8) ---------------------


def _highlighted(view: QAbstractItemView) -> uuid.UUID | None:
    model = view.model()
    assert isinstance(model, DeskLogModel)
    current = view.currentIndex()
    return model.row_at(current.row()).id if current.isValid() else None


def _shown(desk: DeskPage) -> uuid.UUID | None:
    return desk.panel.contact.id if desk.panel.contact is not None else None


def _click_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    model = view.model()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(row, 0)).center())


def _click_tab(qtbot: QtBot, desk: DeskPage, index: int) -> None:
    bar = desk.lists.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert desk.lists.currentIndex() == index


def test_after_last_night_the_panel_shows_the_row_highlighted_in_the_review_queue(
    qtbot: QtBot, store: Store, team: Team
) -> None:
    _no_sample(store)
    today = datetime.now().date()
    risk = {RiskFlag.SUICIDAL: RiskAnswer(StepStatus.DONE)}
    night = _save(
        store,
        team.mari,
        ContactInput(started_at=_tallinn(today - timedelta(days=1), 23), risks=risk, summary="öine risk"),
    )
    quiet = _save(store, team.jaan, ContactInput(started_at=_tallinn(today - timedelta(days=1), 22), summary="öine"))
    older = _save(
        store,
        team.jaan,
        ContactInput(started_at=_tallinn(today - timedelta(days=4), 12), risks=risk, summary="vanem risk"),
    )
    desk = _desk(qtbot, store, team.lead)
    _click_tab(qtbot, desk, 1)
    queued = [desk.queue.row_at(n).id for n in range(desk.queue.rowCount())]
    assert set(queued) == {night, older}
    _click_row(qtbot, desk.queue_view, queued.index(older))
    assert _highlighted(desk.queue_view) == older
    assert _shown(desk) == older

    qtbot.mouseClick(desk.filters.last_night, Qt.MouseButton.LeftButton)
    _settled(qtbot, desk)
    assert desk.lists.currentIndex() == 1  # still looking at the queue
    assert [desk.queue.row_at(n).id for n in range(desk.queue.rowCount())] == [night]  # the period applies
    assert desk.lists.tabText(1) == "Review queue (1)"
    assert _highlighted(desk.queue_view) == night
    assert _shown(desk) == night
    assert "öine risk" in desk.panel.summary.text()

    # The contacts tab shows last night too; going there, the panel shows its highlighted row.
    _click_tab(qtbot, desk, 0)
    assert [desk.contacts.row_at(n).id for n in range(desk.contacts.rowCount())] == [night, quiet]
    _click_row(qtbot, desk.contacts_view, 1)
    assert _shown(desk) == _highlighted(desk.contacts_view) == quiet
    qtbot.keyClick(desk.contacts_view, Qt.Key.Key_Up)
    assert _shown(desk) == _highlighted(desk.contacts_view) == night

    # Clearing the filters on the queue tab keeps the contact under review highlighted and shown.
    _click_tab(qtbot, desk, 1)
    qtbot.mouseClick(desk.filters.clear, Qt.MouseButton.LeftButton)
    _settled(qtbot, desk)
    assert {desk.queue.row_at(n).id for n in range(desk.queue.rowCount())} == {night, older}
    assert _shown(desk) == _highlighted(desk.queue_view) == night


def test_the_panel_follows_the_highlighted_row_when_a_refresh_drops_the_contact_under_review(
    qtbot: QtBot, store: Store, team: Team
) -> None:
    _no_sample(store)
    now = utcnow()
    risk = {RiskFlag.SUICIDAL: RiskAnswer(StepStatus.DONE)}
    first = _save(store, team.mari, ContactInput(started_at=now - timedelta(hours=1), risks=risk, summary="esimene"))
    second = _save(store, team.jaan, ContactInput(started_at=now - timedelta(hours=3), risks=risk, summary="teine"))
    other_lead = make_user(store, Role.SHIFT_LEAD, "tiit")
    desk = _desk(qtbot, store, team.lead)
    _click_tab(qtbot, desk, 1)
    row = [desk.queue.row_at(n).id for n in range(desk.queue.rowCount())].index(second)
    _click_row(qtbot, desk.queue_view, row)
    assert _shown(desk) == second
    with store.unit_of_work() as uow:  # another lead reviews it at another workstation
        review.save_review(uow, other_lead, second, {"opening": (4, "")}, "Tiidu arvamus", False)
    desk.refresh()  # e.g. after a contact was saved in this window
    _settled(qtbot, desk)
    assert [desk.queue.row_at(n).id for n in range(desk.queue.rowCount())] == [first]
    assert _highlighted(desk.queue_view) == first
    assert _shown(desk) == first
    assert "esimene" in desk.panel.summary.text()
