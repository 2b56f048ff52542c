"""A notice shown inside the program, from memory.

The notice carries the client's name, ID code, phone and e-mail. Handing it to the system's PDF viewer meant writing
it unencrypted into the temp folder, where it stayed; it also did nothing on a workstation without a PDF viewer. Here
the PDF is read by Qt's own PDF module from a buffer in memory: nothing reaches the disk unless the user saves a copy
(Save as…, Ctrl+S) or prints it (Print…, Ctrl+P).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.ui.kit.text import fill

PRINT_DPI = 300  # pages are drawn as images at this resolution: sharp on paper, ~35 MB per A4 page while printing
ZOOM_STEP = 1.25


class NoticeViewer(QDialog):
    """One notice's pages. ``save`` is called with this window as the parent when the user asks for a copy on disk.

    Attributes: ``document`` (the :class:`QPdfDocument`, read from memory) and ``view`` (the :class:`QPdfView`).
    """

    def __init__(self, pdf: bytes, number: str, save: Callable[[QWidget], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the notice leaves memory with the window
        self.setWindowTitle(fill(self.tr("Notice %1"), number))
        self._save = save
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        save_button = QPushButton(self.tr("&Save as… (Ctrl+S)"))
        print_button = QPushButton(self.tr("&Print… (Ctrl+P)"))
        close_button = QPushButton(self.tr("Close (Esc)"))
        buttons = QHBoxLayout()
        buttons.addWidget(save_button)
        buttons.addWidget(print_button)
        buttons.addStretch()
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(760, 900)

        save_button.clicked.connect(self.save_copy)
        print_button.clicked.connect(self.print_notice)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_copy)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_notice)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(ZOOM_STEP))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self._zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(1 / ZOOM_STEP))
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.view.setFocus()  # arrows and Page Up/Down scroll the pages

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(self.view.zoomFactor() * factor, 0.25), 8.0))

    def save_copy(self) -> None:
        self._save(self)

    def print_notice(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Every page, fitted to the printer's page; False when the printer cannot be written to."""
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                pixels = QSize(round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72))
                image = self.document.render(page, pixels)
                area = painter.viewport()
                scale = min(area.width() / pixels.width(), area.height() / pixels.height())
                painter.drawImage(QRect(0, 0, round(pixels.width() * scale), round(pixels.height() * scale)), image)
        finally:
            painter.end()
        return True
