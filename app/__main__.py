"""Command line: ``helpline [--database URL] [--demo] [--smoke] [--language et|en|ru] [COMMAND]``.

Commands: ``audit verify [--expect N:HASH] [--accept]``, ``retention [--dry-run]``, ``backup``, ``restore FILE``;
``audit verify``, ``retention`` and ``restore`` ask for an administrator's user name and password first.
``server init URL [--ca-file FILE] [--administrator NAME]`` and ``server upgrade URL [--ca-file FILE]`` set up and
migrate a team server (docs/team.md).

Without a command the window opens; a command (``app.cli``) runs without one and exits with its code.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

from app import APP_TITLE, __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="helpline", description=f"{APP_TITLE}: the crisis-line counsellor's desktop")
    parser.add_argument("--database", metavar="URL", help="store to open (default: the local SQLite store)")
    parser.add_argument("--demo", action="store_true", help="open a separate demo store filled with generated data")
    parser.add_argument(
        "--smoke", action="store_true", help="open the store, apply migrations, build the main window, exit 0"
    )
    parser.add_argument(
        "--language", choices=["et", "en", "ru"], help="user interface language (default: the system's)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    audit = commands.add_parser("audit", help="the audit trail").add_subparsers(dest="action", required=True)
    verify = audit.add_parser(
        "verify", help="check the audit trail's hash chain and its anchor; exit 1 and name what is wrong"
    )
    verify.add_argument(
        "--expect", metavar="N:HASH", help="also check the trail against an anchor written down earlier"
    )
    verify.add_argument(
        "--accept", action="store_true", help="accept the trail as it is after a finding (recorded), re-anchoring it"
    )
    retention = commands.add_parser(
        "retention", help="anonymise identified personal data of cases without activity for the retention period"
    )
    retention.add_argument("--dry-run", action="store_true", help="only list what would be anonymised")
    retention.set_defaults(action=None)
    backup = commands.add_parser(
        "backup", help="back up the local store now (encrypted with its key; the configured generations are kept)"
    )
    backup.set_defaults(action=None)
    restore = commands.add_parser(
        "restore", help="replace the local store by a backup after checking it; the replaced store is kept beside it"
    )
    restore.add_argument("file", metavar="FILE", help="the backup file (helpline-<id>-<time>.sqlite3)")
    restore.set_defaults(action=None)
    server = commands.add_parser("server", help="set up or migrate a team server (docs/team.md)").add_subparsers(
        dest="action", required=True
    )
    init = server.add_parser("init", help="set up an empty PostgreSQL database: schema, roles, row-level security")
    upgrade = server.add_parser("upgrade", help="migrate the team server and apply its roles and policies again")
    for sub in (init, upgrade):
        sub.add_argument("url", metavar="URL", help="postgresql://postgres@HOST/DATABASE (the server's superuser)")
        sub.add_argument("--ca-file", metavar="FILE", help="the team's CA certificate: the server's is verified")
    init.add_argument("--administrator", metavar="NAME", help="also create the first administrator, NAME")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is not None:
        from app.cli import COMMANDS

        return COMMANDS[(args.command, args.action)](args)
    if args.smoke and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # --smoke is a check that ends when the window is built: Python's cyclic garbage collector does not run during
    # it (its collections went over the half a million objects the modules make, again and again: ~0.15 s of CPU).
    paused = args.smoke and gc.isenabled()
    if paused:
        gc.disable()
    try:
        from app.ui.shell.application import run  # Qt is loaded only once the arguments are known to be good

        return run(args)
    finally:
        if argv is None:  # the process ends now (python -m app, helpline, the packaged program): see _end_quickly
            _end_quickly()
        if paused:
            gc.enable()


def _end_quickly() -> None:
    """The interpreter's last garbage collections, at exit, leave out every object there is (``gc.freeze``): they
    went over all the modules' objects for ~0.25 s once the window had closed (or ``--smoke`` had checked), to free
    memory the process gives back anyway. What ends the program is done before (the store closed, the backup at exit,
    the settings written); objects are still freed as their last reference goes, and ``atexit`` functions run."""
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
