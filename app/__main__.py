"""Command line: ``helpline [--database URL] [--demo] [--smoke] [--language et|en]``."""

from __future__ import annotations

import argparse
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
    parser.add_argument("--language", choices=["et", "en"], help="user interface language (default: the system's)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.application import run  # Qt is loaded only once the arguments are known to be good

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
