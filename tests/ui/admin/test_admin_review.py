from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services.desk import review, shift_desk
from app.services.desk.shift_desk import DeskSettings
from app.services.guard import auth
from app.store.db import Store
from app.ui.admin.dialog import AdminDialog
from app.ui.admin.review import CriteriaPage
from tests.conftest import make_user

SEEDED = 5


def open_dialog(qtbot: QtBot, store: Store) -> AdminDialog:
    """The dialog, shown; keep a reference to it while using its pages (they are deleted with it)."""
    with store.unit_of_work() as uow:
        first = auth.needs_first_administrator(uow)
    if first:
        make_user(store, Role.ADMINISTRATOR, "admin")
    with store.unit_of_work() as uow:
        admin = auth.authenticate(uow, "admin", "correct horse battery")
    dialog = AdminDialog(store, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def fill_new_row(page: CriteriaPage, et: str, en: str, ru: str) -> int:
    page.add_row()
    row = page.model.rowCount() - 1
    for column, text in enumerate((et, en, ru)):
        page.model.item(row, column).setText(text)
    return row


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def active_names(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return [choice.name for choice in review.active_criteria(uow, "et")]


def test_criterion_added_in_the_dialog_is_offered_to_shift_leads(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    page = dialog.criteria
    assert page.model.rowCount() == SEEDED
    fill_new_row(page, "Empaatia ja õigus", "Empathy", "Эмпатия")
    click(qtbot, page.save_button)
    assert not page.error.isVisibleTo(page)
    assert active_names(store)[-1] == "Empaatia ja õigus"
    assert page.model.rowCount() == SEEDED + 1
    assert page.model.item(SEEDED, 0).text() == "Empaatia ja õigus"


def test_retired_criterion_is_no_longer_offered_but_stays_listed(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    page = dialog.criteria
    closing = next(row for row in range(page.model.rowCount()) if page.model.item(row, 1).text() == "Closing")
    page.model.item(closing, 3).setCheckState(Qt.CheckState.Unchecked)
    click(qtbot, page.save_button)
    with store.unit_of_work() as uow:
        assert "Closing" not in [c.name for c in review.active_criteria(uow, "en")]
    assert len(active_names(store)) == SEEDED - 1
    listed = {page.model.item(row, 1).text(): page.model.item(row, 3).checkState() for row in range(SEEDED)}
    assert listed["Closing"] == Qt.CheckState.Unchecked
    again = open_dialog(qtbot, store)
    reopened = again.criteria
    assert reopened.model.rowCount() == SEEDED
    assert reopened.model.item(closing, 3).checkState() == Qt.CheckState.Unchecked


def test_empty_estonian_name_is_named_at_its_cell_and_nothing_is_saved(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    page = dialog.criteria
    row = fill_new_row(page, "  ", "Empathy", "Эмпатия")
    click(qtbot, page.save_button)
    assert page.error.isVisibleTo(page)
    assert page.error.text() == f"Row {row + 1}, Estonian: Give the criterion a name in every language."
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (row, 0)
    assert page.model.item(row, 1).text() == "Empathy"  # the input is kept
    with store.unit_of_work() as uow:
        assert len(review.list_criteria(uow)) == SEEDED


def test_rows_saved_before_a_bad_one_are_not_added_twice(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    page = dialog.criteria
    fill_new_row(page, "Empaatia", "Empathy", "Эмпатия")
    bad = fill_new_row(page, "Tempo", "Pace", "")
    click(qtbot, page.save_button)
    assert page.error.text().startswith(f"Row {bad + 1}, Russian: ")
    page.model.item(bad, 2).setText("Темп")
    click(qtbot, page.save_button)
    assert not page.error.isVisibleTo(page)
    assert active_names(store)[SEEDED:] == ["Empaatia", "Tempo"]


def test_desk_settings_saved_in_the_tab_are_what_the_desk_uses(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    page = dialog.desk
    assert (page.day_start.value(), page.night_start.value(), page.share.value()) == (8, 20, 10.0)
    page.day_start.setValue(7)
    page.night_start.setValue(19)
    page.share.setValue(25.5)
    click(qtbot, page.save_button)
    assert page.status.text() == "Saved."
    with store.unit_of_work() as uow:
        assert shift_desk.desk_settings(uow) == DeskSettings(7, 19, 0.255)
    again = open_dialog(qtbot, store)
    reopened = again.desk
    assert (reopened.day_start.value(), reopened.night_start.value(), reopened.share.value()) == (7, 19, 25.5)


def test_night_starting_before_the_day_is_refused_at_the_night_field(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    page = dialog.desk
    page.day_start.setValue(20)
    page.night_start.setValue(8)
    click(qtbot, page.save_button)
    night = page.errors["night_start_hour"]
    assert night.isVisibleTo(page)
    assert night.text() == "The night shift must start later than the day shift."
    assert not page.errors["day_start_hour"].isVisibleTo(page)
    assert page.status.text() == ""
    with store.unit_of_work() as uow:
        assert shift_desk.desk_settings(uow) == DeskSettings()
    page.night_start.setValue(22)
    click(qtbot, page.save_button)
    assert not night.isVisibleTo(page)
    with store.unit_of_work() as uow:
        assert shift_desk.desk_settings(uow).night_start_hour == 22
