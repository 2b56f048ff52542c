"""Failures of the store as the counsellor meets them: a sentence that says what to do, and nothing typed is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.db import Store
from app.models.enums import Role
from app.ui.application import build_context
from app.ui.main_window import MainWindow
from tests.conftest import make_user
from tests.ui.conftest import type_text


def test_locked_store_keeps_the_input_and_says_what_to_do(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shared.sqlite3"
    store = Store.open(f"sqlite:///{path}", busy_timeout_ms=200)
    mari = make_user(store, Role.COUNSELLOR, "mari")
    window = MainWindow(build_context(store, mari, "en"))
    qtbot.addWidget(window)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    form = window.new_contact()
    type_text(form.summary, "Helistaja kardab koju minna")
    other_program = sqlite3.connect(path)
    other_program.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        assert not form.save()
    finally:
        other_program.rollback()
        other_program.close()
    assert len(warnings) == 1
    assert "busy" in warnings[0]
    assert "Nothing was lost" in warnings[0]
    assert form.dirty
    assert form.summary.toPlainText() == "Helistaja kardab koju minna"
    assert window.log_page.model.rowCount() == 0

    assert form.save()  # the lock is gone: the same input saves
    assert window.log_page.model.row_at(0).summary == "Helistaja kardab koju minna"
    store.close()
