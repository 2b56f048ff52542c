"""The command-line tasks that need no window: ``helpline audit verify``, ``helpline retention [--dry-run]``,
``helpline backup``, ``helpline restore FILE``, ``helpline server init URL`` and ``helpline server upgrade URL``.

Each returns the process's exit code: 0 when all is well, 1 when the check found a problem, 2 when the store could
not be opened or an administrator's log-in was not given (the sentence says why and what to do). ``audit verify``,
``retention`` and ``restore`` first ask for an administrator's user name and password, as the window does (on a
terminal, the password without echo; from a script, one line each on standard input), and each is recorded.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import sys
from pathlib import Path

import sqlalchemy as sa

from app.config import resolve_store
from app.error_texts import known_error_text  # the same sentence the window shows
from app.errors import AccountLocked, AuthenticationFailed, BackupRejected, KnownError, StoreLocked
from app.models.audit import AuditKind
from app.services.actor import SessionUser, is_administrator
from app.services.guard import audit, audit_anchor, auth, backup_settings, retention, team_accounts
from app.services.guard.store_opening import open_configured_store
from app.store import backup
from app.store.db import Store, create_store_engine
from app.store.keys import KeySource, StoreKey
from app.store.opening import StoreMissing, existing_key
from app.store.server import setup as server_setup
from app.store.server import tls


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
    except StoreMissing as missing:
        _say_missing(missing)
        return None
    except KnownError as error:
        print(f"helpline: {known_error_text(error)}", file=sys.stderr)
        return None


def _line(prompt: str, *, secret: bool) -> str | None:
    """One answer from the terminal (a password without echo), or one line of standard input (a script)."""
    if sys.stdin.isatty():
        try:
            return getpass.getpass(prompt) if secret else input(prompt)
        except EOFError:
            return None
    try:
        line = sys.stdin.readline()
    except OSError:  # no standard input at all
        return None
    return line.rstrip("\r\n") if line else None


def _credentials() -> tuple[str, str] | None:
    """An administrator's user name and password, as asked in the window's log-in."""
    name = _line("Administrator user name: ", secret=False)
    password = _line("Password: ", secret=True) if name else None
    if not name or password is None:
        print("helpline: this task needs an administrator's user name and password; nothing was done.", file=sys.stderr)
        return None
    return name, password


def _administrator(store: Store, credentials: tuple[str, str] | None, task: str) -> SessionUser | None:
    """The administrator logged in with ``credentials`` (the log-in is in the audit trail, with the lock-out of the
    window's log-in), or None after saying why not."""
    if credentials is None:
        return None
    try:
        with store.unit_of_work() as uow:
            user = auth.authenticate(uow, *credentials)
    except (AuthenticationFailed, AccountLocked) as error:
        _say(error)
        return None
    if not is_administrator(user):
        print(f"helpline: only an administrator can {task}; nothing was done.", file=sys.stderr)
        return None
    return user


def audit_verify(args: argparse.Namespace) -> int:
    """Walk the audit trail's hash chain, check it against its anchor outside the store (and ``--expect``, one
    written down), and name what is wrong; ``--accept`` re-anchors the trail as it is after a finding. The check,
    and an acceptance, are in the trail. Prints the anchor to write down."""
    expected = None
    if args.expect:
        try:
            expected = audit_anchor.Anchor.parse(args.expect)
        except ValueError as error:
            print(f"helpline: {error}.", file=sys.stderr)
            return 2
    store = _open(args)
    if store is None:
        return 2
    try:
        admin = _administrator(store, _credentials(), "check the audit trail")
        if admin is None:
            return 2
        keeper: audit_anchor.Keeper = store.anchor
        with store.unit_of_work() as uow:
            written = audit_anchor.check(uow.session, expected) if expected is not None else None
            found = [finding for finding in (keeper.finding, written) if finding is not None]
            verdict = audit.check_chain(uow, admin, [finding.kind for finding in found] or "ok")
        print(verdict.sentence())
        for finding in found:
            print(finding.sentence())
        if keeper.unchecked and keeper.finding is None:
            print(
                f"The trail was not checked against its anchor outside the store: {keeper.unchecked}. Check it "
                "against the anchor you wrote down: helpline audit verify --expect N:HASH."
            )
        if args.accept and keeper.finding is not None:
            with store.unit_of_work() as uow:
                audit_anchor.rebase(uow, keeper, AuditKind.ANCHOR_REBASED, admin, {"by": "audit verify --accept"})
            print("The trail as it is now is accepted and anchored again; the acceptance is in the audit trail.")
            found.remove(found[0])
        elif args.accept:
            print("The trail's anchor had found nothing to accept.")
        newest = audit_anchor.current(store)
        if newest is not None:
            print(f"Anchor to write down, kept apart from the store (--expect checks it): {newest.text()}")
    finally:
        store.close()
    return 0 if verdict.ok and not found else 1


def retention_run(args: argparse.Namespace) -> int:
    """List (``--dry-run``) or anonymise what the retention period says must go; the audit trail names it.

    The list names cases by number and people by the cases they had, never by name: a terminal's scroll-back is
    not a place for personal data. An administrator finds a case by its number in the program.
    """
    store = _open(args)
    if store is None:
        return 2
    try:
        admin = _administrator(store, _credentials(), "run retention")
        if admin is None:
            return 2
        with store.unit_of_work() as uow:
            due = retention.plan_by_hand(uow, admin, dry_run=bool(args.dry_run))
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
            outcome = retention.anonymise(uow, admin)
    finally:
        store.close()
    print(f"Anonymised {outcome.cases} case(s) and {outcome.persons} person(s); each is in the audit trail.")
    return 0


def _say_missing(missing: StoreMissing) -> None:
    """What was found where the store should be, and the command that puts the newest good copy back."""
    found = "".join(f"\n  {path}" for path in missing.found[:8])
    more = f"\n  … and {len(missing.found) - 8} more" if len(missing.found) > 8 else ""
    print(
        f"helpline: the store {missing.path} is missing, but these show that there was one:{found}{more}\n"
        "The program does not start on an empty store in its place.",
        file=sys.stderr,
    )
    if missing.offer is None:
        print("No good copy of it was found: call your administrator.", file=sys.stderr)
        return
    when = missing.offer.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(
        f"The newest good copy is from {when}; put it in place with:\n  helpline restore {missing.offer.path}",
        file=sys.stderr,
    )


def _say(error: KnownError) -> None:
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
        print(f"helpline: {_backup_write_error(error)}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"Backed up to {made.path} ({made.size / 1e6:.1f} MB); it opens with the store's key.")
    if made.pruning_held:
        print(
            "No older backup was removed: the audit trail is not the one recorded outside the store (helpline audit "
            "verify says how), so the store may have lost data that only an older backup holds. Old backups are "
            "removed again once an administrator has looked into it and accepted the trail (--accept)."
        )
    if made.kept_larger:
        print(
            f"{made.kept_larger} older backup(s) in {made.path.parent} hold contacts or audit entries the newest "
            "backup does not, so they were kept instead of removed. If contacts are missing, restore one "
            "(helpline restore FILE); if not, delete them by hand."
        )
    return 0


def _backup_write_error(error: OSError) -> str:
    where = f" {error.filename}" if error.filename else ""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return (
            f"the disk is full, so the backup was not made (the store itself is unchanged). Free some space on"
            f"{where or ' the backup folder'}'s disk, or choose another folder, and back up again."
        )
    if error.errno == errno.ENOTDIR:
        return f"{error.filename} is not a folder that can hold backups; choose another folder in Administration."
    return f"the backup could not be written{where} ({error.strerror or error}); the store itself is unchanged."


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
    if not file.exists():
        print(
            f"helpline: there is no file {file}; nothing was replaced. Check the name and the folder.", file=sys.stderr
        )
        return 1
    try:
        backup.check_restorable(path, file)  # a folder, the store itself: said before the key is looked for
        key = existing_key(path, _ask, probe=file)
        backup.check_backup(file, key)  # a backup that would be refused is refused before anyone logs in
        admin = _restoring_administrator(args, file, key)
        if admin is None:
            return 2
        aside = backup.restore(path, file, key)
        _record_restore(path, file, key, admin)
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


def _restoring_administrator(args: argparse.Namespace, file: Path, key: StoreKey | None) -> SessionUser | None:
    """An administrator of the store being replaced (logged in there, recorded); when that store does not open
    (missing, damaged: the rescue), an administrator of the backup (checked on a copy, so the backup is unchanged)."""
    credentials = _credentials()
    if credentials is None:
        return None

    def known(new: bool, retry: bool) -> str | None:  # the passphrase already given opens the current store too
        if key is not None and key.source is KeySource.PASSPHRASE and not retry:
            return key.pragma_value
        return _ask(new, retry)

    try:
        current = open_configured_store(resolve_store(args.database, demo=args.demo), known)
    except KnownError:
        current = None
    if current is not None:
        try:
            return _administrator(current, credentials, "restore a backup")
        finally:
            current.close()
    user = audit_anchor.administrator_in_backup(file, key, *credentials)
    if user is None:
        print("helpline: only an administrator can restore a backup; nothing was done.", file=sys.stderr)
    return user


def _record_restore(path: Path, file: Path, key: StoreKey | None, admin: SessionUser) -> None:
    """The restore, in the restored store's trail (which goes on), and its anchor re-based on it."""
    audit_anchor.record_restore_at(path, key, admin, file.name)


def _server_url(args: argparse.Namespace) -> str | None:
    """The server's URL as given, made to verify the server's certificate when ``--ca-file`` names the team's CA."""
    if args.ca_file is None:
        return str(args.url)
    try:
        return tls.verified_url(args.url, Path(args.ca_file))
    except (tls.WeakTls, FileNotFoundError) as error:
        print(f"helpline: {error}; nothing was done.", file=sys.stderr)
        return None


def _server_failed(error: Exception) -> int:
    """1 when the server refused the task (said why, nothing changed), 2 when it could not be reached."""
    if isinstance(error, server_setup.ServerSetupError):
        print(f"helpline: {error}; nothing was changed.", file=sys.stderr)
        return 1
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    print(f"helpline: the server could not be set up: {reason}; nothing was changed.", file=sys.stderr)
    return 2


def _warn(notes: list[str]) -> None:
    """What the set-up could not do but went on without (the server lacks pgaudit), on standard error."""
    for note in notes:
        print(f"helpline: warning: {note}.", file=sys.stderr)


def server_init(args: argparse.Namespace) -> int:
    """Set up an empty PostgreSQL database as the team server (docs/team.md): schema, roles, grants and policies;
    with ``--administrator NAME`` also the first administrator (full name and password asked as the log-in asks).
    Exit 0 when set up; 1 when refused (the database is not empty, not PostgreSQL 15+, not its superuser); 2 when
    the server could not be reached or the administrator's details were not given."""
    url = _server_url(args)
    if url is None:
        return 2
    first = None
    if args.administrator:
        full_name = _line("Administrator's full name: ", secret=False)
        password = _line("Administrator's password: ", secret=True) if full_name else None
        if not full_name or password is None:
            print(
                "helpline: the first administrator needs a full name and a password; nothing was done.", file=sys.stderr
            )
            return 2
        first = (args.administrator, full_name, password)
    notes: list[str] = []
    try:
        revision = server_setup.init(url, notes)
    except (server_setup.ServerSetupError, sa.exc.SQLAlchemyError) as error:
        return _server_failed(error)
    print(f"The team server is set up at schema revision {revision}, with its roles and row-level security.")
    _warn(notes)
    if first is None:
        print("Create its first administrator: helpline server init is run once; see docs/team.md.")
        return 0
    store = Store(create_store_engine(url))
    try:
        with store.unit_of_work() as uow:
            made = team_accounts.create_first_administrator(uow, *first)
    except KnownError as error:
        _say(error)
        return 2
    finally:
        store.close()
    print(f"{made.username} is its first administrator and signs in to the server as {made.username}.")
    return 0


def server_upgrade(args: argparse.Namespace) -> int:
    """Migrate the team server to this program's schema and apply the roles, grants and policies again (idempotent:
    run after every program update). Exit codes as ``server init``'s."""
    url = _server_url(args)
    if url is None:
        return 2
    notes: list[str] = []
    try:
        before, after = server_setup.upgrade(url, notes)
    except (server_setup.ServerSetupError, sa.exc.SQLAlchemyError) as error:
        return _server_failed(error)
    moved = "is at" if before == after else f"moved from {before} to"
    print(f"The team server {moved} schema revision {after}; its grants and policies are applied afresh.")
    _warn(notes)
    return 0


COMMANDS = {
    ("audit", "verify"): audit_verify,
    ("retention", None): retention_run,
    ("backup", None): backup_now,
    ("restore", None): restore_file,
    ("server", "init"): server_init,
    ("server", "upgrade"): server_upgrade,
}
