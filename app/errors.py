"""Failures a user can meet, each a known kind with its own sentence in the UI (see ``app.ui.kit.messages``).

Anything else that escapes is a bug and gets the crash dialog with details to copy.
"""

from __future__ import annotations

from datetime import timedelta


class KnownError(Exception):
    """An expected failure: the UI shows a clear sentence and a way forward instead of a crash dialog."""


class StoreLocked(KnownError):
    """Another program holds the store's write lock longer than the busy timeout."""


class StoreCorrupt(KnownError):
    """The store file is damaged or is not a store at all."""


class BackupRejected(KnownError):
    """A backup cannot be restored; ``reason``: ``missing`` (no file there), ``not_a_file`` (a folder, a device),
    ``the_store`` (the store itself), ``unreadable`` (another key, or damaged at its start), ``damaged``
    (its quick check fails), ``not_a_store`` or ``newer`` (made by a newer version of the program). Nothing was
    replaced."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class StoreKeyRejected(KnownError):
    """The encrypted store did not open with the key or passphrase given (or the file is damaged)."""


class StoreKeyGone(StoreKeyRejected):
    """The store's key was kept in the keyring, which works, but holds it no more (reset, removed, another user
    account or computer): no passphrase can open the store, so none is asked for."""


class StoreUnavailable(KnownError):
    """The store cannot be reached or written (server down, folder not writable, disk full)."""

    def __init__(self, message: str, *, disk_full: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full


class ServerUnreachable(KnownError):
    """The team server cannot be reached now (network down, server stopped, its certificate or the sign-in refused
    at the connection): what needs the server waits; the workstation keeps working on its local store."""


class FirstSignInOffline(ServerUnreachable):
    """A person signs in on a team workstation for the first time, which the team server must confirm, and it cannot
    be reached now."""


class StaleRecord(KnownError):
    """Someone else saved the record after it was opened here."""


class NotAllowed(KnownError):
    """The user's role does not allow this action; ``reason``, where given, is a code with a sentence of its own in
    the UI (``person.not_visible``, ``case.not_visible``)."""

    def __init__(self, message: str = "", *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class AuthenticationFailed(KnownError):
    """Wrong user name or password."""


class AccountLocked(KnownError):
    """Too many wrong passwords in a row: the name is refused for a while (``remaining``)."""

    def __init__(self, username: str, remaining: timedelta) -> None:
        super().__init__(f"{username} locked for {remaining}")
        self.remaining = remaining


class FieldErrors(KnownError):
    """Bad input: a reason code per form field (``{"id_code": "id_code.checksum"}``); nothing was saved."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(", ".join(f"{field}: {reason}" for field, reason in errors.items()))
        self.errors = errors
