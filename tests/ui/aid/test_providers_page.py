from __future__ import annotations

import errno
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import files
from app.models.enums import Language, Role
from app.models.providers import AidService, County
from app.services.actor import SessionUser
from app.services.aid import providers
from app.services.aid.provider_input import ProviderInput, QualificationInput
from app.services.conflicts import Side
from app.services.guard import auth
from app.store.db import Store
from app.ui.aid import providers_page
from app.ui.aid.provider_editor import ProviderEditor
from app.ui.aid.providers_page import ImportErrorsDialog, ProvidersPage, ProviderTableModel
from app.ui.kit.conflict_dialog import ConflictDialog
from tests.conftest import make_user
from tests.ui.conftest import type_text
from tests.ui.modal import drive_modal

HEADER = "kind,name,registry_code,basis,counties,services,price_list_url,contract_valid_from\n"


def admin_of(store: Store) -> SessionUser:
    make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        return auth.authenticate(uow, "admin", "correct horse battery")


def stored_names(store: Store, admin: SessionUser) -> list[str]:
    with store.unit_of_work() as uow:
        return [view.name for view in providers.list_providers(uow, admin)]


def add_two(store: Store, admin: SessionUser) -> None:
    with store.unit_of_work() as uow:
        providers.create_provider(
            uow,
            admin,
            ProviderInput(
                kind="organisation",
                name="Tartu Pereteraapia Keskus MTÜ",
                basis="articles_of_association",
                price_list_url="https://pereteraapia.example.ee/hinnakiri",
                contract_valid_from=date(2025, 1, 1),
                registry_code="80012342",
                counties=[County.TARTU, County.JOGEVA],
                languages=[Language.ESTONIAN, Language.RUSSIAN],
                services=[AidService.COUNSELLING, AidService.PSYCHOTHERAPY],
                qualifications=[
                    QualificationInput("Mari Tamm", "psychotherapist", "eptu", "PT-0042", None, date(2026, 1, 10))
                ],
            ),
        )
        providers.create_provider(
            uow,
            admin,
            ProviderInput(
                kind="person",
                name="Olga Ivanova FIE",
                basis="fie_business_register",
                price_list_url="https://olga.example.ee/hinnad",
                contract_valid_from=date(2024, 3, 1),
                contract_valid_to=date(2026, 12, 31),
                counties=list(County),
                services=[AidService.COUNSELLING],
                active=False,
            ),
        )
        uow.commit()


def test_provider_added_in_the_editor_appears_in_the_list(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = admin_of(store)
    page = ProvidersPage(store, admin)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0

    def fill_and_save(editor: ProviderEditor) -> int:
        type_text(editor.name, "Hingeabi Põlva OÜ")
        qtbot.keyClicks(editor.registry_code, "14556675")
        qtbot.keyClicks(editor.price_list_url, "https://hingeabi.example.ee/hinnad")
        editor.counties[County.POLVA].setChecked(True)
        editor.languages[Language.ESTONIAN].setChecked(True)
        editor.services[AidService.COUNSELLING].setChecked(True)
        qtbot.keyClicks(editor.fields_of_work, "lein, lapsed ja noored")
        editor.save()
        return editor.result()

    monkeypatch.setattr(ProviderEditor, "exec", fill_and_save)
    page.add_provider()

    assert page.model.rowCount() == 1
    name = page.model.index(0, page.model.NAME)
    assert name.data() == "Hingeabi Põlva OÜ"
    assert page.model.index(0, page.model.COUNTIES).data() == "Põlva County"
    assert page.model.index(0, page.model.CONTRACT_TO).data() == "open-ended"
    assert page.view.currentIndex().row() == 0  # the new provider is selected
    with store.unit_of_work() as uow:
        saved = providers.list_providers(uow, admin)[0]
    assert saved.registry_code == "14556675"
    assert saved.fields_of_work == ("lapsed ja noored", "lein")


def test_bad_registry_code_is_explained_next_to_the_field_and_nothing_is_saved(qtbot: QtBot, store: Store) -> None:
    admin = admin_of(store)
    editor = ProviderEditor(store, admin)
    qtbot.addWidget(editor)
    type_text(editor.name, "Hingeabi Põlva OÜ")
    qtbot.keyClicks(editor.registry_code, "14556676")  # check digit wrong
    qtbot.keyClicks(editor.price_list_url, "https://hingeabi.example.ee/hinnad")
    editor.services[AidService.COUNSELLING].setChecked(True)
    editor.save()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.errors["registry_code"].isVisibleTo(editor)
    assert editor.errors["registry_code"].text() == "Not a valid Estonian registry code (8 digits)."
    assert not editor.errors["name"].isVisibleTo(editor)
    assert stored_names(store, admin) == []


def test_qualification_errors_name_their_row_under_the_table(qtbot: QtBot, store: Store) -> None:
    admin = admin_of(store)
    editor = ProviderEditor(store, admin)
    qtbot.addWidget(editor)
    type_text(editor.name, "Hingeabi Põlva OÜ")
    qtbot.keyClicks(editor.registry_code, "14556675")
    qtbot.keyClicks(editor.price_list_url, "https://hingeabi.example.ee/hinnad")
    editor.services[AidService.PSYCHOTHERAPY].setChecked(True)
    table = editor.qualifications
    table.set_rows([QualificationInput("Mari Tamm", "psychotherapist", "epa", "1", None, date(2026, 1, 10))])
    table.add_row()  # nobody named, no basis
    table.model.item(0, table.CHECKED_ON).setText("31.02.2026")  # no such day
    editor.save()
    assert editor.result() != QDialog.DialogCode.Accepted
    lines = table.error.text().splitlines()
    assert "Row 1: Type the date as dd.mm.yyyy." in lines
    assert "Row 2: Give the specialist's name." in lines
    assert stored_names(store, admin) == []
    table.model.item(0, table.CHECKED_ON).setText("10.01.2026")
    table.remove_row()  # the empty row added last is current
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.saved is not None
    assert [q.register_or_association for q in editor.saved.qualifications] == ["epa"]


def test_edit_saves_over_the_stored_provider(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = admin_of(store)
    add_two(store, admin)
    page = ProvidersPage(store, admin)
    qtbot.addWidget(page)
    page.view.selectRow(0)

    def rename(editor: ProviderEditor) -> int:
        assert editor.qualifications.model.rowCount() == 1
        editor.name.setText("Tartu Pereteraapia Keskus")
        editor.save()
        return editor.result()

    monkeypatch.setattr(ProviderEditor, "exec", rename)
    page.edit_provider()
    assert "Tartu Pereteraapia Keskus" in stored_names(store, admin)
    with store.unit_of_work() as uow:
        kept = next(view for view in providers.list_providers(uow, admin) if view.registry_code == "80012342")
    assert [q.register_or_association for q in kept.qualifications] == ["eptu"]


def test_deactivate_then_activate(qtbot: QtBot, store: Store) -> None:
    admin = admin_of(store)
    add_two(store, admin)
    page = ProvidersPage(store, admin)
    qtbot.addWidget(page)
    page.view.selectRow(0)  # active ones first: Tartu
    assert page.toggle.text() == "&Deactivate"
    page.toggle_active()
    assert page.model.provider_at(page.view.currentIndex().row()).active is False
    assert page.toggle.text() == "A&ctivate"
    page.toggle_active()
    assert page.model.provider_at(page.view.currentIndex().row()).active is True


def test_import_with_a_bad_row_names_its_line_and_imports_nothing(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = admin_of(store)
    page = ProvidersPage(store, admin)
    qtbot.addWidget(page)
    good = "organisation,Hingeabi Põlva OÜ,14556675,articles_of_association,Põlva,counselling,https://h.example.ee,2026-01-01\n"
    bad = "organisation,Lõuna Nõustamine OÜ,14556676,articles_of_association,voru,counselling,https://l.example.ee,2026-01-01\n"
    path = tmp_path / "providers.csv"
    path.write_bytes((HEADER + good + bad).encode("utf-8"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    shown: list[str] = []

    def capture(dialog: ImportErrorsDialog) -> int:
        shown.append(dialog.lines.toPlainText())
        return 0

    monkeypatch.setattr(ImportErrorsDialog, "exec", capture)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *rest: informed.append(text))
    page.import_file()
    assert shown == ["Line 3: Not a valid Estonian registry code (8 digits). (registry_code)"]
    assert informed == []
    assert page.model.rowCount() == 0
    assert stored_names(store, admin) == []

    path.write_bytes((HEADER + good).encode("utf-8"))
    page.import_file()
    assert informed == ["Imported: 1 new providers added, 0 updated."]
    assert stored_names(store, admin) == ["Hingeabi Põlva OÜ"]
    assert page.model.rowCount() == 1


def test_export_writes_the_register_for_a_spreadsheet(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = admin_of(store)
    add_two(store, admin)
    page = ProvidersPage(store, admin)
    qtbot.addWidget(page)
    target = tmp_path / "register"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    page.export_file()
    data = (tmp_path / "register.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark spreadsheets need
    assert "Tartu Pereteraapia Keskus MTÜ" in data.decode("utf-8-sig")
    assert "register.csv" in page.status.text()


def test_an_export_that_fails_midway_keeps_the_earlier_file(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while exporting: the earlier export stays as it was, nothing half-written lies beside it."""
    admin = admin_of(store)
    add_two(store, admin)
    page = ProvidersPage(store, admin)
    qtbot.addWidget(page)
    page.show()
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "register.csv"
    target.write_bytes(b"last month's register")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))

    def full_disk(_handle: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full_disk)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *rest: warned.append(f"{title}: {text}"))
    export = next(button for button in page.findChildren(QPushButton) if button.text() == "E&xport CSV…")
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert warned == [f"Not exported: The file cannot be written: {os.strerror(errno.ENOSPC)}"]
    assert target.read_bytes() == b"last month's register"
    assert [path.name for path in folder.iterdir()] == ["register.csv"]


def test_provider_table_model(qtmodeltester: object, store: Store) -> None:
    admin = admin_of(store)
    add_two(store, admin)
    model = ProviderTableModel()
    with store.unit_of_work() as uow:
        model.set_providers(providers.list_providers(uow, admin))
    assert model.rowCount() == 2
    assert model.index(1, model.COUNTIES).data() == "All counties"
    assert model.index(1, model.ACTIVE).data() == "no"
    assert model.index(1, model.CONTRACT_TO).data() == "31.12.2026"
    assert model.index(1, model.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None  # inactive is greyed
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Registry code"
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_providers_page_is_in_the_administration(qtbot: QtBot, store: Store) -> None:
    from app.ui.admin.dialog import AdminDialog

    dialog = AdminDialog(store, admin_of(store))
    qtbot.addWidget(dialog)
    assert isinstance(dialog.providers, providers_page.ProvidersPage)


def test_an_edit_over_another_administrators_save_shows_both_values(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = admin_of(store)
    add_two(store, admin)
    with store.unit_of_work() as uow:
        opened = next(view for view in providers.list_providers(uow, admin) if view.registry_code == "80012342")
    editor = ProviderEditor(store, admin, opened)
    qtbot.addWidget(editor)
    # Meanwhile another administrator changes the e-mail and the address.
    with store.unit_of_work() as uow:
        assert opened.id is not None
        theirs = replace(opened.as_input(), email="uus@example.ee", address="Riia 1, Tartu")
        providers.update_provider(uow, admin, opened.id, theirs, expected_version=opened.version)
        uow.commit()
    editor.address.setText("Ülikooli 2, Tartu")  # this editor changes the address only
    shown: list[ConflictDialog] = []

    def choose(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted  # the suggestions: their e-mail, my address

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    editor.save()
    (dialog,) = shown
    assert {d.field: d.suggested for d in dialog.found} == {"email": Side.THEIRS, "address": Side.MINE}
    with store.unit_of_work() as uow:
        stored = providers.get_provider(uow, admin, opened.id)
    assert (stored.email, stored.address) == ("uus@example.ee", "Ülikooli 2, Tartu")
    assert editor.result() == QDialog.DialogCode.Accepted


# --- the specialists' table driven as an administrator drives it (issue 11, point 1) --------------------------------
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def save_button(dialog: QWidget) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Save)


def key(widget: QWidget, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, which, modifier)
    QApplication.processEvents()


def type_common_fields(qtbot: QtBot, editor: ProviderEditor) -> None:
    qtbot.mouseClick(editor.name, Qt.MouseButton.LeftButton)
    type_text(editor.name, "Hingeabi Põlva OÜ")
    key(editor.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "14556675")  # the registry code, next in the tab order
    qtbot.mouseClick(editor.price_list_url, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.price_list_url, "https://hingeabi.example.ee/hinnad")
    for box in (editor.counties[County.POLVA], editor.services[AidService.COUNSELLING]):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center() - box.rect().topLeft())


def saved_bases(store: Store, admin: SessionUser) -> list[tuple[str, str]]:
    with store.unit_of_work() as uow:
        return [
            (q.specialist_name, str(q.basis))
            for view in providers.list_providers(uow, admin)
            for q in view.qualifications
        ]


def counselling_choices(store: Store) -> list[tuple[str, bool]]:
    with store.unit_of_work() as uow:
        return [(c.name, c.available) for c in providers.choices(uow, AidService.COUNSELLING, date.today())]


def test_a_new_specialists_basis_chosen_by_keyboard_is_saved_and_the_provider_qualifies(
    qtbot: QtBot, store: Store
) -> None:
    admin = admin_of(store)
    page = ProvidersPage(store, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    add = next(b for b in page.findChildren(QPushButton) if b.text() == "&Add…")

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ProviderEditor)
        type_common_fields(qtbot, dialog)
        table = dialog.qualifications
        key(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Add &specialist: the name cell opens
        qtbot.waitUntil(lambda: table.model.rowCount() == 1)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
        type_text(focused(), "Kadri Tamm")
        key(focused(), Qt.Key.Key_Tab)  # to the basis: its list opens
        qtbot.keyClicks(focused(), "Cl")  # Clinical psychologist, picked by typing
        key(focused(), Qt.Key.Key_Tab)
        assert table.model.item(0, table.BASIS).text() == "Clinical psychologist"
        type_text(focused(), "Kutseregister")
        key(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "123456")
        key(focused(), Qt.Key.Key_Return)
        # Reopening the basis cell shows the choice.
        table.view.setCurrentIndex(table.model.index(0, table.BASIS))
        key(table.view, Qt.Key.Key_F2)
        editor = focused()
        assert isinstance(editor, QComboBox)
        assert editor.currentText() == "Clinical psychologist"
        key(editor, Qt.Key.Key_Escape)
        save = save_button(dialog)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert table.error.text() == ""
        assert dialog.result() == QDialog.DialogCode.Accepted

    drive_modal(qtbot, lambda: qtbot.mouseClick(add, Qt.MouseButton.LeftButton), fill)
    assert saved_bases(store, admin) == [("Kadri Tamm", "clinical_psychologist")]
    assert counselling_choices(store) == [("Hingeabi Põlva OÜ", True)]  # a notice can be made to it


def test_a_new_specialists_basis_chosen_by_mouse_is_saved(qtbot: QtBot, store: Store) -> None:
    admin = admin_of(store)
    editor = ProviderEditor(store, admin)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    type_common_fields(qtbot, editor)
    table = editor.qualifications
    add = next(b for b in table.findChildren(QPushButton) if b.text() == "Add &specialist")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    type_text(focused(), "Kadri Tamm")
    viewport = table.view.viewport()
    cell = table.view.visualRect(table.model.index(0, table.BASIS)).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=cell)
    combo = focused()
    assert isinstance(combo, QComboBox)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # the list drops down
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # the list ignores a release too soon after it opened
    item = popup.visualRect(combo.model().index(combo.findText("School psychologist"), 0)).center()
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=item)
    qtbot.waitUntil(lambda: not popup.isVisible())
    register = table.view.visualRect(table.model.index(0, table.REGISTER)).center()
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=register)
    type_text(focused(), "Kutseregister")
    number = table.view.visualRect(table.model.index(0, table.NUMBER)).center()
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=number)
    qtbot.keyClicks(focused(), "654321")
    save = save_button(editor)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert table.error.text() == ""
    assert editor.result() == QDialog.DialogCode.Accepted
    assert saved_bases(store, admin) == [("Kadri Tamm", "school_psychologist")]


def test_changing_an_existing_specialists_basis_saves_the_new_one(qtbot: QtBot, store: Store) -> None:
    admin = admin_of(store)
    add_two(store, admin)
    page = ProvidersPage(store, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.view.setFocus()
    key(page.view, Qt.Key.Key_Home)  # Tartu, with Mari Tamm as a psychotherapist

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ProviderEditor)
        table = dialog.qualifications
        table.view.setFocus()
        table.view.setCurrentIndex(table.model.index(0, table.BASIS))
        key(table.view, Qt.Key.Key_F2)
        qtbot.keyClicks(focused(), "Co")  # Counselling psychologist
        key(focused(), Qt.Key.Key_Tab)
        assert table.model.item(0, table.BASIS).text() == "Counselling psychologist"
        key(focused(), Qt.Key.Key_Escape)  # leaves the register cell as it was
        save = save_button(dialog)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted, table.error.text()

    drive_modal(qtbot, lambda: key(page.view, Qt.Key.Key_Return), change)
    assert ("Mari Tamm", "counselling_psychologist") in saved_bases(store, admin)
