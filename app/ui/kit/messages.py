"""Every message to the user goes through here (qutebrowser's ``message``/KnownError habit).

Expected failures (bad input, a locked or damaged store, a full disk) get a sentence that says what to do; anything
else is a bug and gets a dialog with the details to copy for the developers.
"""

from __future__ import annotations

import errno
import logging
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.error_texts import known_error_text
from app.errors import (
    KnownError,
    StoreLocked,
    StoreUnavailable,
)
from app.ui.kit.text import fill

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
    "caller.no_keyring": QT_TRANSLATE_NOOP(
        "Messages",
        "The number cannot be remembered here: this computer has no usable keyring for the code's secret. "
        "Clear the field to save the contact without it.",
    ),
    "phone.characters": QT_TRANSLATE_NOOP("Messages", "A phone number has digits, spaces, + and - only."),
    "phone.invalid": QT_TRANSLATE_NOOP("Messages", "Not a valid phone number (foreign numbers start with +)."),
    "email.invalid": QT_TRANSLATE_NOOP("Messages", "Not a valid e-mail address (name@example.ee)."),
    "birth_date.future": QT_TRANSLATE_NOOP("Messages", "The birth date is in the future."),
    "birth_date.too_early": QT_TRANSLATE_NOOP("Messages", "The birth date is before 1900."),
    "text.control": QT_TRANSLATE_NOOP(
        "Messages", "The text holds invisible control characters or a broken character (from a paste); retype it."
    ),
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
    "user.username_characters": QT_TRANSLATE_NOOP(
        "Messages", "A user name has letters, digits and . - _ @ only: no invisible characters or symbols."
    ),
    "user.username_mixed_scripts": QT_TRANSLATE_NOOP(
        "Messages", "A user name takes its letters from one alphabet (not Latin and Cyrillic mixed)."
    ),
    "user.username_edges": QT_TRANSLATE_NOOP("Messages", "A user name begins and ends with a letter or a digit."),
    "user.username_lookalike": QT_TRANSLATE_NOOP(
        "Messages", "This user name looks the same as an existing user's on the screen; choose another."
    ),
    "user.full_name": QT_TRANSLATE_NOOP("Messages", "Type the person's full name."),
    "user.password_short": QT_TRANSLATE_NOOP("Messages", "The password needs at least 10 characters."),
    "user.password_mismatch": QT_TRANSLATE_NOOP("Messages", "The two passwords differ."),
    "user.password_wrong": QT_TRANSLATE_NOOP("Messages", "This is not your current password."),
    "user.password_same": QT_TRANSLATE_NOOP("Messages", "The new password must differ from the current one."),
    "topic.name_empty": QT_TRANSLATE_NOOP("Messages", "Give the topic a name in every language."),
    "date.format": QT_TRANSLATE_NOOP("Messages", "Type the date as dd.mm.yyyy."),
    "period.order": QT_TRANSLATE_NOOP(
        "Messages", "The period ends before it starts: choose a “to” date on or after the “from” date."
    ),
    # joining a team server (app.services.guard.team)
    "team.host_missing": QT_TRANSLATE_NOOP(
        "Messages", "Type the team server's name as your administrator gave it (for example helpline.example.ee)."
    ),
    "team.ca_missing": QT_TRANSLATE_NOOP(
        "Messages", "Choose the team's certificate file (ca.crt) that your administrator gave you."
    ),
    "team.password_refused": QT_TRANSLATE_NOOP(
        "Messages", "The team server did not accept this user name and password. Check both and try again."
    ),
    "station.invalid": QT_TRANSLATE_NOOP(
        "Messages", "One to four letters or digits, without 0, O, 1 and I (they are misheard on the phone)."
    ),
    # the shift lead's desk (app.services.desk.review, app.services.desk.shift_desk)
    "criterion.name_empty": QT_TRANSLATE_NOOP("Messages", "Give the criterion a name in every language."),
    "desk.hour_range": QT_TRANSLATE_NOOP("Messages", "An hour is from 0 to 23."),
    "desk.night_before_day": QT_TRANSLATE_NOOP("Messages", "The night shift must start later than the day shift."),
    "desk.share_range": QT_TRANSLATE_NOOP("Messages", "The share is from 0 to 100 %."),
    "security.idle_range": QT_TRANSLATE_NOOP("Messages", "The screen locks after 1 to 120 minutes without input."),
    "security.retention_range": QT_TRANSLATE_NOOP(
        "Messages", "Personal data are kept for 6 to 240 months after a case's last activity."
    ),
    "backup.interval_range": QT_TRANSLATE_NOOP("Messages", "Back up every 1 to 24 hours."),
    "backup.generations_range": QT_TRANSLATE_NOOP("Messages", "Keep 2 to 100 backups."),
    "backup.folder": QT_TRANSLATE_NOOP(
        "Messages", "Choose the folder with the button (a full path of at most 200 characters), or leave it empty."
    ),
    "backup.not_a_folder": QT_TRANSLATE_NOOP(
        "Messages", "This is a file or a device, not a folder that can hold backups: choose a folder with the button."
    ),
    "retention.hold_reason": QT_TRANSLATE_NOOP("Messages", "Say why the case is on hold (who asked, which matter)."),
    "retention.removed": QT_TRANSLATE_NOOP(
        "Messages", "Retention removed this contact's personal data; it can no longer be changed."
    ),
    "retention.already_anonymised": QT_TRANSLATE_NOOP(
        "Messages", "This case's personal data were already removed; there is nothing left to hold."
    ),
    "case.other_person": QT_TRANSLATE_NOOP(
        "Messages", "This case belongs to another caller: choose one of this caller's cases or open a new case."
    ),
    "case.missing": QT_TRANSLATE_NOOP("Messages", "This case no longer exists: choose another case or open a new one."),
    "access.reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Say why you need to see this caller (e.g. they ask about their earlier case)."
    ),
    "access.reason_invisible": QT_TRANSLATE_NOOP(
        "Messages",
        "The reason holds invisible or text-reversing characters (from a paste); retype it in plain words.",
    ),
    "review.empty": QT_TRANSLATE_NOOP("Messages", "Score at least one criterion or write the overall review."),
    "review.score_range": QT_TRANSLATE_NOOP("Messages", "A score is from 1 to 5."),
    "review.unknown_criterion": QT_TRANSLATE_NOOP("Messages", "This criterion is no longer in use; reload the review."),
    "handover.empty": QT_TRANSLATE_NOOP("Messages", "Write the note first."),
    # aid decisions (app.models.aid_rules, app.services.aid.decisions)
    "rule.domestic_or_sexual_violence": QT_TRANSLATE_NOOP(
        "Messages",
        "Rule: victims of domestic or sexual violence and their children are entitled whether or not criminal "
        "proceedings have started; no police reference is needed.",
    ),
    "rule.crime_victim_with_reference": QT_TRANSLATE_NOOP(
        "Messages",
        "Rule: victims of a crime and their family members are entitled with a police certificate or a criminal "
        "proceedings reference.",
    ),
    "rule.witness_in_proceedings": QT_TRANSLATE_NOOP(
        "Messages", "Rule: a witness in criminal proceedings is entitled; give the proceedings reference."
    ),
    "rule.before_new_act": QT_TRANSLATE_NOOP(
        "Messages", "Decisions dated before 1 April 2023 fall under the old psychological-aid rules, not here."
    ),
    "decision.needs_identified": QT_TRANSLATE_NOOP(
        "Messages", "A decision needs an identified client with a name: identify the caller on the contact first."
    ),
    "decision.reference_needed": QT_TRANSLATE_NOOP(
        "Messages", "Give the police certificate or criminal proceedings reference."
    ),
    "decision.reason_required": QT_TRANSLATE_NOOP("Messages", "Give the reason."),
    "decision.service_required": QT_TRANSLATE_NOOP("Messages", "Choose the service."),
    "decision.provider_required": QT_TRANSLATE_NOOP("Messages", "Choose the provider with the client."),
    "decision.before_new_act": QT_TRANSLATE_NOOP("Messages", "The decision date is before 1 April 2023."),
    "decision.language": QT_TRANSLATE_NOOP("Messages", "Choose Estonian, English or Russian for the notice."),
    "limit.minor_is_adult": QT_TRANSLATE_NOOP(
        "Messages", "The person is 18 or older on the decision date: the minor's category cannot be used."
    ),
    "limit.minor_needs_birth_date": QT_TRANSLATE_NOOP(
        "Messages", "The minor's category needs the birth date (or ID code) on the contact."
    ),
    "limit.not_open": QT_TRANSLATE_NOOP("Messages", "This limit category does not fit the answers above."),
    "rate.missing": QT_TRANSLATE_NOOP(
        "Messages", "No minimum wage rate is known for this date: ask the administrator to add it."
    ),
    "rate.amount": QT_TRANSLATE_NOOP("Messages", "Type the amount in euros, e.g. 946,00."),
    # providers (app.models.provider_rules, app.services.aid.provider_input, app.services.documents.provider_csv)
    "provider.inactive": QT_TRANSLATE_NOOP("Messages", "not active"),
    "provider.contract_not_started": QT_TRANSLATE_NOOP("Messages", "contract not yet in force"),
    "provider.contract_expired": QT_TRANSLATE_NOOP("Messages", "contract expired"),
    "provider.no_service": QT_TRANSLATE_NOOP("Messages", "does not offer this service"),
    "provider.no_qualified_specialist": QT_TRANSLATE_NOOP("Messages", "no specialist qualified for this service"),
    "provider.evidence_expired": QT_TRANSLATE_NOOP("Messages", "the qualification evidence has expired"),
    "provider.name": QT_TRANSLATE_NOOP("Messages", "Type the provider's name."),
    "provider.kind": QT_TRANSLATE_NOOP("Messages", "Choose person or organisation."),
    "provider.basis": QT_TRANSLATE_NOOP("Messages", "Choose the organisation's basis."),
    "provider.registry_code": QT_TRANSLATE_NOOP("Messages", "Not a valid Estonian registry code (8 digits)."),
    "provider.registry_code_required": QT_TRANSLATE_NOOP("Messages", "An organisation needs its registry code."),
    "provider.registry_code_taken": QT_TRANSLATE_NOOP("Messages", "Another provider has this registry code."),
    "provider.url": QT_TRANSLATE_NOOP("Messages", "Give the public price list's web address (https://…)."),
    "provider.phone": QT_TRANSLATE_NOOP("Messages", "Not a valid phone number."),
    "provider.email": QT_TRANSLATE_NOOP("Messages", "Not a valid e-mail address."),
    "provider.address": QT_TRANSLATE_NOOP("Messages", "The address is too long."),
    "provider.contract_from": QT_TRANSLATE_NOOP("Messages", "Give the date the contract is valid from."),
    "provider.contract_order": QT_TRANSLATE_NOOP("Messages", "The contract ends before it starts."),
    "provider.county": QT_TRANSLATE_NOOP("Messages", "Unknown county."),
    "provider.language": QT_TRANSLATE_NOOP("Messages", "Unknown language."),
    "provider.service": QT_TRANSLATE_NOOP("Messages", "Unknown service."),
    "provider.services_empty": QT_TRANSLATE_NOOP("Messages", "Choose at least one service."),
    "provider.field_of_work": QT_TRANSLATE_NOOP("Messages", "A field of work is too long."),
    "qualification.specialist_name": QT_TRANSLATE_NOOP("Messages", "Give the specialist's name."),
    "qualification.basis": QT_TRANSLATE_NOOP("Messages", "Choose the basis of the qualification."),
    "qualification.association": QT_TRANSLATE_NOOP("Messages", "Choose the recognising association."),
    "qualification.register": QT_TRANSLATE_NOOP("Messages", "Give the register."),
    "qualification.number": QT_TRANSLATE_NOOP("Messages", "The register number is not valid."),
    "qualification.checked_on": QT_TRANSLATE_NOOP(
        "Messages", "Give the day the evidence was checked (not in the future)."
    ),
    "qualification.duplicate": QT_TRANSLATE_NOOP("Messages", "The same specialist and basis are listed twice."),
    "csv.encoding": QT_TRANSLATE_NOOP("Messages", "The file is not UTF-8 text."),
    "csv.header": QT_TRANSLATE_NOOP("Messages", "The first line does not have the expected column names."),
    "csv.columns": QT_TRANSLATE_NOOP("Messages", "The line has the wrong number of columns."),
    "csv.format": QT_TRANSLATE_NOOP("Messages", "The line cannot be read as CSV."),
    "csv.date": QT_TRANSLATE_NOOP("Messages", "A date is not in the form YYYY-MM-DD."),
    "csv.active": QT_TRANSLATE_NOOP("Messages", "The active column takes yes or no."),
    "csv.duplicate": QT_TRANSLATE_NOOP("Messages", "The same provider is in the file twice."),
    "csv.name_ambiguous": QT_TRANSLATE_NOOP("Messages", "Several providers have this name; give the registry code."),
    "csv.qualification_format": QT_TRANSLATE_NOOP("Messages", "The qualifications column cannot be read."),
}


def field_error(reason: str) -> str:
    source = _FIELD_REASONS.get(reason)
    return _t(str(source)) if source else QCoreApplication.translate("Messages", "This value cannot be accepted.")


def write_error_text(error: OSError) -> str:
    """What to do when a file cannot be written (an export, a report): nothing half-written was left behind."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return QCoreApplication.translate(
            "Messages",
            "The disk is full, so the file was not saved. Free some space or choose another drive, then save again.",
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "Messages",
            "You may not write to this folder, so the file was not saved. Choose another folder (for example your "
            "Documents) and save again.",
        )
    return fill(
        QCoreApplication.translate(
            "Messages", "The file could not be saved (%1). Choose another folder or name and save again."
        ),
        error.strerror or str(error),
    )


def draft_fault_text(error: BaseException) -> str:
    """Why the open form's draft could not be put aside; the typing stays in the form and is saved again soon."""
    disk_full = (isinstance(error, StoreUnavailable) and error.disk_full) or (
        isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    )
    if disk_full:
        return QCoreApplication.translate(
            "Messages",
            "The disk is full, so your typing could not be put aside as a draft. It stays in this form and is "
            "saved as soon as space is freed: free some space, keep working.",
        )
    if isinstance(error, StoreLocked):
        return QCoreApplication.translate(
            "Messages",
            "Another program is writing to the store, so your typing could not be put aside as a draft yet. It "
            "stays in this form and is saved again every few seconds; keep working.",
        )
    return QCoreApplication.translate(
        "Messages",
        "The store cannot be written now, so your typing could not be put aside as a draft. It stays in this form "
        "and is saved again every few seconds; do not close the program.",
    )


def show_write_error(parent: QWidget | None, error: OSError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Messages", "Not saved"), write_error_text(error))


def not_done_title() -> str:
    return QCoreApplication.translate("Messages", "Not done")


def show_known_error(parent: QWidget | None, error: KnownError) -> None:
    QMessageBox.warning(parent, not_done_title(), known_error_text(error))


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
