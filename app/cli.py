"""The command-line tasks that need no window: ``helpline audit verify`` (and later retention and backups).

Each returns the process's exit code: 0 when all is well, 1 when the check found a problem, 2 when the store could
not be opened (the sentence says why and what to do).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from app.config import resolve_store
from app.db import Store
from app.errors import KnownError
from app.services import audit
from app.store_access import open_configured_store


def _ask(new: bool, retry: bool) -> str | None:
    """The store's passphrase from the terminal (only for a store protected by one, where no keyring is usable)."""
    if new or not sys.stdin.isatty():
        return None  # a store is never created from here; without a terminal there is no one to ask
    if retry:
        print("That passphrase did not open the store.", file=sys.stderr)
    return getpass.getpass("Store passphrase: ") or None


def _open(args: argparse.Namespace) -> Store | None:
    try:
        return open_configured_store(resolve_store(args.database, demo=args.demo), _ask)
    except KnownError as error:
        from app.ui.messages import known_error_text  # the same sentence the window shows (Qt's core only)

        print(f"helpline: {known_error_text(error)}", file=sys.stderr)
        return None


def audit_verify(args: argparse.Namespace) -> int:
    """Walk the audit trail's hash chain and name the first entry that is not as it was written."""
    store = _open(args)
    if store is None:
        return 2
    try:
        with store.unit_of_work() as uow:
            verdict = audit.verify(uow.session)
    finally:
        store.close()
    print(verdict.sentence())
    return 0 if verdict.ok else 1


COMMANDS = {("audit", "verify"): audit_verify}
