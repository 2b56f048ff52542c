"""The passphrase dialog: where no keyring is usable, the store is protected by a passphrase the user chooses.

Shown before log-in by :func:`ask_passphrase` (an ``app.store.opening.PassphrasePrompt``): to choose one for a new
store (typed twice, at least ``MIN_PASSPHRASE_LENGTH`` characters), or to open a store that has one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import APP_TITLE
from app.ui.kit.error_label import ErrorLabel, with_error
from app.ui.kit.text import fill

MIN_PASSPHRASE_LENGTH = 12  # app.store.keys.MIN_PASSPHRASE_LENGTH (tests/test_start.py: the same); not imported here,
# so that this first window of a start loads no keyring or store


class PassphraseDialog(QDialog):
    def __init__(self, new: bool, retry: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(fill(self.tr("Store passphrase – %1"), APP_TITLE))
        if new:
            intro = fill(
                self.tr(
                    "This computer has no usable keyring to keep the store's key, so the store will be protected by a "
                    "passphrase instead. Choose one of at least %1 characters and keep it safe: without it nobody, "
                    "not even an administrator, can open the data."
                ),
                str(MIN_PASSPHRASE_LENGTH),
            )
        else:
            intro = self.tr("The store is protected by a passphrase. Type it to open the store.")
        text = QLabel(intro)
        text.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        self.repeat_error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), with_error(self.passphrase, self.error))
        if new:
            form.addRow(self.tr("&Repeat it"), with_error(self.repeat, self.repeat_error))
        if retry:
            self.error.show_error(
                self.tr(
                    "That passphrase did not open the store. Check Caps Lock and the keyboard layout, and try again."
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def check(self) -> None:
        self.error.clear_error()
        self.repeat_error.clear_error()
        value = self.passphrase.text()
        if self.new and len(value) < MIN_PASSPHRASE_LENGTH:
            self.error.show_error(
                fill(self.tr("The passphrase needs at least %1 characters."), str(MIN_PASSPHRASE_LENGTH))
            )
            return
        if self.new and value != self.repeat.text():
            self.repeat_error.show_error(self.tr("The two passphrases differ."))
            return
        if not value:
            self.error.show_error(self.tr("Type the passphrase."))
            return
        self.accept()


def ask_passphrase(new: bool, retry: bool) -> str | None:
    dialog = PassphraseDialog(new, retry)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text()
