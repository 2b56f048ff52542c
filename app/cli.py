"""The command-line tasks that need no window: ``helpline audit verify``, ``helpline retention [--dry-run]``,
``helpline backup``, ``helpline restore FILE``.

Each returns the process's exit code: 0 when all is well, 1 when the check found a problem, 2 when the store could
not be opened (the sentence says why and what to do).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from app import backup
from app.config import resolve_store
from app.db import Store
from app.errors import BackupRejected, KnownError, StoreLocked
from app.services import audit, backup_settings, retention
from app.store_access import existing_key, open_configured_store


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


def _say(error: KnownError) -> None:
    from app.ui.messages import known_error_text

    print(f"helpline: {known_error_text(error)}", file=sys.stderr)


def backup_now(args: argparse.Namespace) -> int:
    """Back up the local store into the configured folder, keeping the configured number of generations.

    Exit 0 with the file's name; 1 when the backup could not be written or did not check out; 2 when the store
    could not be opened (a damaged store: see ``helpline restore``) or is a server's.
    """
    if resolve_store(args.database, demo=args.demo).local_path is None:
        print("helpline: a server store is backed up by the server's own tools (pg_dump), not here.", file=sys.stderr)
        return 2
    store = _open(args)
    if store is None:
        return 2
    try:
        with store.unit_of_work() as uow:
            settings = backup_settings.backup_settings(uow)
        made = backup.make_backup(store, settings.folder_path, settings.generations)
    except KnownError as error:
        _say(error)
        return 1
    except OSError as error:
        print(f"helpline: the backup could not be written ({error.strerror or error}).", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"Backed up to {made.path} ({made.size / 1e6:.1f} MB); it opens with the store's key.")
    return 0


def restore_file(args: argparse.Namespace) -> int:
    """Replace the local store by the backup ``FILE``, after checking it; the replaced store is kept renamed.

    Exit 0 when restored; 1 when the backup was refused or a program has the store open (nothing changed); 2 when
    the store's key is not at hand or the store is a server's.
    """
    path = resolve_store(args.database, demo=args.demo).local_path
    if path is None:
        print("helpline: a server store is restored by the server's own tools, not here.", file=sys.stderr)
        return 2
    file = Path(args.file)
    try:
        key = existing_key(path, _ask, probe=file)
        aside = backup.restore(path, file, key)
    except (BackupRejected, StoreLocked) as error:  # nothing was changed
        _say(error)
        return 1
    except KnownError as error:
        _say(error)
        return 2
    except OSError as error:
        print(f"helpline: the store could not be replaced ({error.strerror or error}).", file=sys.stderr)
        return 1
    print(f"Restored {file} as {path}.")
    if aside is not None:
        print(f"The replaced store is kept as {aside}.")
    return 0


COMMANDS = {
    ("audit", "verify"): audit_verify,
    ("retention", None): retention_run,
    ("backup", None): backup_now,
    ("restore", None): restore_file,
}
