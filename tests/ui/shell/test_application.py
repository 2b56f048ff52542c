from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from app.errors import StoreLocked
from app.models.enums import Role
from app.services.guard import auth
from app.store.db import Store
from app.ui.shell.application import fill_demo_with_progress
from tests.conftest import make_user


def test_demo_filling_shows_progress_and_runs_in_the_background(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen_progress: list[bool] = []

    def slow_fill(target: Store) -> None:
        time.sleep(0.3)
        seen_progress.append(
            any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
        make_user(target, Role.COUNSELLOR, "mari")

    monkeypatch.setattr("app.demo.data.fill_demo_store", slow_fill)
    fill_demo_with_progress(store)
    assert seen_progress == [True]
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    with store.unit_of_work() as uow:
        assert auth.authenticate(uow, "mari", "correct horse battery").full_name == "Mari Tamm"


def test_demo_filling_failure_reaches_the_caller(
    qapp: QApplication, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(_target: Store) -> None:
        raise StoreLocked("busy")

    monkeypatch.setattr("app.demo.data.fill_demo_store", locked)
    with pytest.raises(StoreLocked):
        fill_demo_with_progress(store)
