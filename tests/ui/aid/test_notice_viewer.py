"""The notice is shown inside the program from memory: nothing unencrypted reaches the disk unless the user saves it.

"Open notice" used to write the PDF (name, ID code, phone, e-mail) into the temp folder and hand it to the system's
PDF viewer, which left it there for good and did nothing on a workstation without one (issue 10, point 6).
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from app.store.db import Store
from app.ui.aid import decision_dialog, notice_viewer
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.aid.notice_viewer import NoticeViewer
from app.ui.shell.main_window import MainWindow
from tests.services.aid.test_decisions import add_provider
from tests.ui.aid.test_decision_dialog import open_decision
from tests.ui.conftest import press

CTRL = Qt.KeyboardModifier.ControlModifier
CLIENT = "Jüri Õunapuu-Šarõgina"


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder Python and Qt write to, empty at the start."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def system_viewer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was handed to the system (a PDF viewer, a browser): nothing, if the notice stays inside."""
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return opened


def decided(window: MainWindow, qtbot: QtBot, store: Store) -> DecisionDialog:
    add_provider(store)
    dialog = open_decision(window, qtbot, CLIENT, "37605030299")
    dialog.provider_view.setCurrentIndex(dialog.providers.index(0, 0))
    press(dialog, Qt.Key.Key_S, CTRL)
    assert dialog.decision is not None
    return dialog


def open_viewer(dialog: DecisionDialog, qtbot: QtBot) -> NoticeViewer:
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), NoticeViewer))
    viewer = QApplication.activeWindow()
    assert isinstance(viewer, NoticeViewer)
    return viewer


def _inked(viewer: NoticeViewer) -> bool:
    """Some of the shown page is not white: the page was drawn, not just an empty frame."""
    image = viewer.view.viewport().grab().toImage()
    step = 4
    return any(
        image.pixelColor(x, y).lightness() < 128
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_open_notice_shows_it_in_the_program_and_writes_nothing_to_the_temp_folder(
    window: MainWindow, qtbot: QtBot, store: Store, temp_folder: Path, system_viewer: list[str]
) -> None:
    dialog = decided(window, qtbot, store)
    assert dialog.decision is not None

    viewer = open_viewer(dialog, qtbot)

    assert sorted(temp_folder.rglob("*")) == []
    assert system_viewer == []
    assert dialog.decision.number in viewer.windowTitle()
    assert viewer.view.document() is viewer.document
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Ready)
    assert viewer.document.pageCount() == 1
    assert CLIENT in viewer.document.getAllText(0).text()
    qtbot.waitUntil(lambda: _inked(viewer))
    assert sorted(temp_folder.rglob("*")) == []


def test_viewer_closes_with_escape(window: MainWindow, qtbot: QtBot, store: Store, system_viewer: list[str]) -> None:
    dialog = decided(window, qtbot, store)
    viewer = open_viewer(dialog, qtbot)

    press(viewer, Qt.Key.Key_Escape)

    qtbot.waitUntil(lambda: not viewer.isVisible())
    assert dialog.isVisible()  # only the notice closed, not the decision


def test_viewer_saves_a_copy_only_when_asked(
    window: MainWindow,
    qtbot: QtBot,
    store: Store,
    tmp_path: Path,
    temp_folder: Path,
    system_viewer: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = decided(window, qtbot, store)
    viewer = open_viewer(dialog, qtbot)
    target = tmp_path / "chosen" / "notice.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    monkeypatch.setattr(decision_dialog, "ask_password", lambda _parent: "")  # no password

    press(viewer, Qt.Key.Key_S, CTRL)

    assert CLIENT in PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    assert sorted(temp_folder.rglob("*")) == []


def test_viewer_prints_the_notice(
    window: MainWindow,
    qtbot: QtBot,
    store: Store,
    tmp_path: Path,
    system_viewer: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+P opens the print dialog; what it prints is the notice's page (here to a PDF file the test chose)."""
    printed = tmp_path / "printed.pdf"

    class ChosenPrinter:
        def __init__(self, printer, _parent=None) -> None:
            self.printer = printer

        def exec(self) -> int:
            self.printer.setOutputFileName(str(printed))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(notice_viewer, "QPrintDialog", ChosenPrinter)
    dialog = decided(window, qtbot, store)
    viewer = open_viewer(dialog, qtbot)
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Ready)

    press(viewer, Qt.Key.Key_P, CTRL)

    assert len(PdfReader(io.BytesIO(printed.read_bytes())).pages) == 1
