"""The command-line tasks that need no window: ``helpline audit verify``, ``helpline retention [--dry-run]``.

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
from app.services import audit, retention
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


def retention_run(args: argparse.Namespace) -> int:
    """List (``--dry-run``) or anonymise what the retention period says must go; the audit trail names it.

    The list names cases by number and people by the cases they had, never by name: a terminal's scroll-back is
    not a place for personal data. An administrator finds a case by its number in the program.
    """
    store = _open(args)
    if store is None:
        return 2
    try:
        with store.unit_of_work() as uow:
            due = retention.plan(uow)
            print(
                f"Retention: {due.months} months; cases and people without activity since "
                f"{due.cutoff.date().isoformat()} (UTC)."
            )
            for case in due.cases:
                print(
                    f"  case {case.number}: last activity {case.last_activity.date().isoformat()}, "
                    f"{case.contacts} contact(s), {case.decisions} aid decision(s)"
                )
            for person in due.persons:
                cases = ", ".join(person.case_numbers) or "no case"
                print(
                    f"  person {person.id} ({cases}; {person.caseless_contacts} contact(s) outside a case): "
                    f"last activity {person.last_activity.date().isoformat()}"
                )
            if due.empty:
                print("Nothing is due.")
                return 0
            if args.dry_run:
                count = f"{len(due.cases)} case(s) and {len(due.persons)} person(s)"
                print(f"Would anonymise {count} (dry run: nothing changed).")
                return 0
            outcome = retention.anonymise(uow, None)
            uow.commit()
    finally:
        store.close()
    print(f"Anonymised {outcome.cases} case(s) and {outcome.persons} person(s); each is in the audit trail.")
    return 0


COMMANDS = {("audit", "verify"): audit_verify, ("retention", None): retention_run}
