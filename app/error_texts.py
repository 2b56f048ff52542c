"""The sentence for each known failure (``app.errors.KnownError``), in the interface language: the window's message
boxes (``app.ui.kit.messages``) and the command line say the same.

Qt's core only (``QCoreApplication.translate``, context "Messages"), no widgets: the command line loads no GUI. Without
a translator installed (the command line) the sentences are the English sources.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from app.errors import (
    AccountLocked,
    AuthenticationFailed,
    BackupRejected,
    FirstSignInOffline,
    KnownError,
    NotAllowed,
    ServerUnreachable,
    StaleRecord,
    StoreCorrupt,
    StoreKeyGone,
    StoreKeyRejected,
    StoreLocked,
    StoreUnavailable,
)
from app.store.keys import KeyringUnavailable
from app.store.opening import StoreMissing


def known_error_text(error: KnownError) -> str:
    """One sentence that says what happened and what to do."""
    if isinstance(error, StoreLocked):
        return QCoreApplication.translate(
            "Messages",
            "The store is busy: another program is writing to it. Nothing was lost; try again in a moment. "
            "If it stays busy, close other copies of the program.",
        )
    if isinstance(error, StoreMissing):
        return QCoreApplication.translate(
            "Messages",
            "The store file is missing, but its key note or backups show that there was one, so the program does not "
            "start on an empty store. Put the newest backup in its place, or call your administrator.",
        )
    if isinstance(error, StoreKeyGone):
        return QCoreApplication.translate(
            "Messages",
            "The store's key is no longer in this computer's keyring (the keyring was reset, the store was moved "
            "from the folder where it was made, or it was made under another user account), and no passphrase can "
            "open it. Put the store back in its folder, start the program in the account that made it, or have the "
            "keyring restored; call your administrator.",
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
    if isinstance(error, FirstSignInOffline):
        return QCoreApplication.translate(
            "Messages",
            "This is your first sign-in on this computer, and the team server, which checks it, cannot be reached "
            "now. Sign in once while the computer is online; after that you can sign in here offline too.",
        )
    if isinstance(error, ServerUnreachable):
        return QCoreApplication.translate(
            "Messages",
            "The team server cannot be reached now (the network or the server is down). Your work is saved on this "
            "computer and goes to the server by itself when it is back; try this again then.",
        )
    if isinstance(error, StaleRecord):
        return QCoreApplication.translate(
            "Messages", "Someone else changed or removed this record meanwhile. Close it and open it again."
        )
    if isinstance(error, NotAllowed):
        if error.reason == "person.not_visible":
            return QCoreApplication.translate(
                "Messages",
                "Another counsellor served this caller. Choose the known caller and ask for access with a reason, or "
                "save the contact without linking it.",
            )
        if error.reason == "case.not_visible":
            return QCoreApplication.translate(
                "Messages",
                "This case belongs to a caller another counsellor served. Ask for access with a reason first, or "
                "choose another case.",
            )
        return QCoreApplication.translate("Messages", "Your role does not allow this.")
    if isinstance(error, AuthenticationFailed):
        return QCoreApplication.translate("Messages", "Wrong user name or password.")
    if isinstance(error, KeyringUnavailable):
        return QCoreApplication.translate(
            "Messages",
            "The store's key is kept in the system keyring, which cannot be reached now. Log in to your desktop "
            "session (the keyring opens with it), then start the program again.",
        )
    if isinstance(error, StoreKeyRejected):
        return QCoreApplication.translate(
            "Messages",
            "The store could not be unlocked: the key or passphrase does not match, or the file is damaged. "
            "Check the passphrase; if the keyring's key fails, ask the administrator to restore the newest backup.",
        )
    if isinstance(error, BackupRejected):
        if error.reason == "missing":
            return QCoreApplication.translate(
                "Messages", "There is no file at %1. Nothing was replaced; check the name and the folder."
            ).replace("%1", error.detail)
        if error.reason == "not_a_file":
            return QCoreApplication.translate(
                "Messages",
                "%1 is a folder or a device, not a backup file. Nothing was replaced; give the backup file itself "
                "(helpline-….sqlite3 in the backup folder).",
            ).replace("%1", error.detail)
        if error.reason == "the_store":
            return QCoreApplication.translate(
                "Messages",
                "This is the store itself, not a backup of it. Nothing was replaced; choose a backup from the backup "
                "folder.",
            )
        if error.reason == "newer":
            return QCoreApplication.translate(
                "Messages",
                "This backup was made by a newer version of the program. Nothing was replaced; install that version "
                "first, or choose an older backup.",
            )
        if error.reason == "unreadable":
            return QCoreApplication.translate(
                "Messages",
                "This backup does not open with this store's key: it belongs to another store, or its start is "
                "damaged. Nothing was replaced; choose another backup.",
            )
        return QCoreApplication.translate(
            "Messages",
            "This backup is damaged or is not a store's backup. Nothing was replaced; choose another backup.",
        )
    if isinstance(error, AccountLocked):
        minutes = max(1, math.ceil(error.remaining.total_seconds() / 60))
        return QCoreApplication.translate(
            "Messages",
            "Too many wrong passwords in a row: try again in %n minute(s), or ask an administrator to reset the "
            "password.",
            "",
            minutes,
        )
    return QCoreApplication.translate("Messages", "The action could not be completed.")
