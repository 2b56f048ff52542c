"""Every message to the user goes through here (qutebrowser's ``message``/KnownError habit).

Expected failures (bad input, a locked or damaged store, a full disk) get a sentence that says what to do; anything
else is a bug and gets a dialog with the details to copy for the developers.
"""

from __future__ import annotations

import logging
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import (
    AuthenticationFailed,
    KnownError,
    NotAllowed,
    StaleRecord,
    StoreCorrupt,
    StoreLocked,
    StoreUnavailable,
)

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


# Sentences for the reason codes raised by app.models.identity and app.services (FieldErrors).
_FIELD_REASONS: dict[str, Any] = {
    "id_code.not_digits": QT_TRANSLATE_NOOP("Messages", "A personal ID code has digits only."),
    "id_code.length": QT_TRANSLATE_NOOP("Messages", "A personal ID code has 11 digits."),
    "id_code.checksum": QT_TRANSLATE_NOOP("Messages", "The last digit (check digit) does not match: a typing error?"),
    "id_code.date": QT_TRANSLATE_NOOP("Messages", "The code holds no real birth date (digits 2–7 are YYMMDD)."),
    "id_code.future": QT_TRANSLATE_NOOP("Messages", "The code's birth date is in the future."),
    "id_code.invalid": QT_TRANSLATE_NOOP("Messages", "This is not a valid Estonian personal ID code."),
    "phone.empty": QT_TRANSLATE_NOOP("Messages", "Type a phone number."),
    "phone.characters": QT_TRANSLATE_NOOP("Messages", "A phone number has digits, spaces, + and - only."),
    "phone.invalid": QT_TRANSLATE_NOOP("Messages", "Not a valid phone number (foreign numbers start with +)."),
    "email.invalid": QT_TRANSLATE_NOOP("Messages", "Not a valid e-mail address (name@example.ee)."),
    "birth_date.future": QT_TRANSLATE_NOOP("Messages", "The birth date is in the future."),
    "birth_date.too_early": QT_TRANSLATE_NOOP("Messages", "The birth date is before 1900."),
    "text.control": QT_TRANSLATE_NOOP("Messages", "The text holds invisible control characters; retype it."),
    "text.too_long": QT_TRANSLATE_NOOP("Messages", "The text is too long for this field."),
    "identity.empty": QT_TRANSLATE_NOOP(
        "Messages", "An identified caller needs a name, ID code, birth date, phone or e-mail; or mark anonymous."
    ),
    "time.future": QT_TRANSLATE_NOOP("Messages", "The start is in the future."),
    "time.order": QT_TRANSLATE_NOOP("Messages", "The end is before the start."),
    "time.callback_before_start": QT_TRANSLATE_NOOP("Messages", "The callback is due before the contact started."),
    "risk.unanswered": QT_TRANSLATE_NOOP("Messages", "Mark the required step done, or declined with a reason."),
    "risk.reason_required": QT_TRANSLATE_NOOP("Messages", "Say why the step was declined."),
    "topics.unknown": QT_TRANSLATE_NOOP("Messages", "A chosen topic no longer exists; choose again."),
    "user.username": QT_TRANSLATE_NOOP("Messages", "A user name is one word of at most 64 characters."),
    "user.username_taken": QT_TRANSLATE_NOOP("Messages", "This user name is taken."),
    "user.full_name": QT_TRANSLATE_NOOP("Messages", "Type the person's full name."),
    "user.password_short": QT_TRANSLATE_NOOP("Messages", "The password needs at least 10 characters."),
    "user.password_mismatch": QT_TRANSLATE_NOOP("Messages", "The two passwords differ."),
    "topic.name_empty": QT_TRANSLATE_NOOP("Messages", "Give the topic a name in every language."),
    "date.format": QT_TRANSLATE_NOOP("Messages", "Type the date as dd.mm.yyyy."),
    "station.invalid": QT_TRANSLATE_NOOP(
        "Messages", "One to four letters or digits, without 0, O, 1 and I (they are misheard on the phone)."
    ),
}


def field_error(reason: str) -> str:
    source = _FIELD_REASONS.get(reason)
    return _t(str(source)) if source else QCoreApplication.translate("Messages", "This value cannot be accepted.")


def known_error_text(error: KnownError) -> str:
    """One sentence that says what happened and what to do."""
    if isinstance(error, StoreLocked):
        return QCoreApplication.translate(
            "Messages",
            "The store is busy: another program is writing to it. Nothing was lost; try again in a moment. "
            "If it stays busy, close other copies of the program.",
        )
    if isinstance(error, StoreCorrupt):
        return QCoreApplication.translate(
            "Messages",
            "The store file is damaged or is not a store. Do not delete it; restore the newest backup or call "
            "your administrator.",
        )
    if isinstance(error, StoreUnavailable):
        if error.disk_full:
            return QCoreApplication.translate(
                "Messages", "The disk is full. Nothing was saved; free some space and save again: your input is kept."
            )
        return QCoreApplication.translate(
            "Messages",
            "The store cannot be reached or written. Check the network or the folder's permissions, "
            "then try again; your input is kept.",
        )
    if isinstance(error, StaleRecord):
        return QCoreApplication.translate(
            "Messages", "Someone else changed or removed this record meanwhile. Close it and open it again."
        )
    if isinstance(error, NotAllowed):
        return QCoreApplication.translate("Messages", "Your role does not allow this.")
    if isinstance(error, AuthenticationFailed):
        return QCoreApplication.translate("Messages", "Wrong user name or password.")
    return QCoreApplication.translate("Messages", "The action could not be completed.")


def show_known_error(parent: QWidget | None, error: KnownError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Messages", "Not done"), known_error_text(error))


def show_bug(parent: QWidget | None, details: str) -> None:
    """A crash dialog with the details to copy; the program keeps running."""
    log.error("unexpected error:\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Messages",
            "Something went wrong inside the program. Your open forms are kept. "
            "Please copy the details below and send them to the developers.",
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("Messages", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def report(parent: QWidget | None, error: BaseException) -> None:
    """Show any exception the right way: known ones as a sentence, others as a bug."""
    if isinstance(error, KnownError):
        show_known_error(parent, error)
    else:
        show_bug(parent, "".join(traceback.format_exception(error)))


def install_excepthook() -> None:
    """Uncaught exceptions in slots become the crash dialog instead of a silent abort."""
    import sys

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report(QApplication.activeWindow(), error)

    sys.excepthook = hook
