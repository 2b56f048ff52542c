"""The password a saved copy of the notice is protected with: typed twice, hidden unless the user asks to see it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.kit.widgets import ErrorLabel


class NoticePasswordDialog(QDialog):
    """Accepted with ``password()`` the same in both fields (empty: no password); refused with a reason otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect with a password"))
        intro = QLabel(
            self.tr("Password for the PDF (give it to the provider by another channel); leave empty for none:")
        )
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_it = QCheckBox(self.tr("S&how the password"))
        self.show_it.toggled.connect(self._show)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Password"), self.first)
        form.addRow(self.tr("&Repeat it"), self.second)
        form.addRow("", self.show_it)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)  # room for a long passphrase, any text size
        self.first.setFocus()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.first, self.second):
            field.setEchoMode(mode)

    def password(self) -> str:
        return self.first.text()

    def check(self) -> None:
        password = self.first.text()
        if password != self.second.text():
            self.error.show_error(self.tr("The two passwords differ: type the same password in both fields."))
            self.second.selectAll()
            self.second.setFocus()
            return
        if password and not (password.isascii() and password.isprintable()):
            # The PDF's encryption reads the password as plain ASCII; readers disagree about anything else.
            self.error.show_error(
                self.tr("Use letters without accents, digits and punctuation only: PDF readers read no other.")
            )
            self.first.selectAll()
            self.first.setFocus()
            return
        self.accept()


def ask_password(parent: QWidget | None) -> str | None:
    """The password to protect the notice with, "" for none; None when the user cancels."""
    dialog = NoticePasswordDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.password()
