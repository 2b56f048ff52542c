"""How long converting an unencrypted store (made before encryption) into an SQLCipher store takes, and how much
memory it needs. Prints figures; asserts nothing.

    .venv/bin/python -m bench.convert --store 100000=/tmp/s13/big100k.sqlite3 --store 1000000=/tmp/s13/big1m.sqlite3

Each ``--store`` is a plain store of ``bench.log_store``'s filler; it is never written: a copy (``cp``, not timed) in
``--work`` (default: a temporary folder) is converted by ``app.store.opening.encrypt_plain_store`` as a start does,
in a child process of its own per size, so that its peak memory is its own. The child prints:

- ``time``: the conversion's wall time (export into the encrypted file, its checks, the swap, the plain copy
  overwritten and deleted);
- ``before``: the child's resident memory just before the conversion (Python, the program's store modules and
  SQLAlchemy imported: the program's usual at that moment, without Qt);
- ``peak``: the child's peak resident memory (``getrusage`` ``ru_maxrss``), and ``above``: peak minus before, the
  memory the conversion needs. The bound is 100 MB above the program's usual.

``--baseline TREE`` converts with an older tree too (a ``git worktree`` of an older commit with this file copied
into its ``bench/``), interleaved with this tree's runs, so that both meet the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def child(path: Path) -> None:
    """Convert ``path`` in place; print one JSON line with the figures."""
    from app.store.keys import KeySource, StoreKey
    from app.store.opening import encrypt_plain_store

    key = StoreKey(f"x'{secrets.token_hex(32)}'", KeySource.KEYRING)
    before = _rss_kib()
    began = time.perf_counter()
    encrypt_plain_store(path, key)
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"seconds": seconds, "before_kib": before, "peak_kib": peak, "size": path.stat().st_size}))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", action="append", default=[], help="COUNT=PATH of a plain bench store")
    parser.add_argument("--work", type=Path, help="folder for the copies (default: a temporary folder)")
    parser.add_argument("--runs", type=int, default=1, help="conversions per size")
    parser.add_argument("--baseline", type=Path, help="an older tree to convert with in the same runs")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory(prefix="helpline-convert-", dir=args.work) as scratch:
        print(f"load average at start: {os.getloadavg()[0]:.1f}")
        for entry in args.store:
            count, _, source = entry.partition("=")
            trees: list[tuple[str, Path | None]] = [("this", None)]
            if args.baseline:
                trees.append(("base", args.baseline))
            for run, (name, tree) in ((run, tree) for run in range(args.runs) for tree in trees):
                copy = Path(scratch) / f"convert-{count}.sqlite3"
                shutil.copyfile(source, copy)
                done = subprocess.run(
                    [sys.executable, "-m", "bench.convert", "--child", str(copy)],
                    check=True,
                    capture_output=True,
                    text=True,
                    cwd=tree,
                )
                figures = json.loads(done.stdout.strip().splitlines()[-1])
                above = (figures["peak_kib"] - figures["before_kib"]) / 1024
                print(
                    f"{int(count):>9,} contacts  {name}  run {run + 1}  time {figures['seconds']:7.1f} s   "
                    f"before {figures['before_kib'] / 1024:6.0f} MB  peak {figures['peak_kib'] / 1024:6.0f} MB  "
                    f"above {above:6.0f} MB   (load {os.getloadavg()[0]:.1f})"
                )
                for leftover in Path(scratch).iterdir():
                    leftover.unlink()


if __name__ == "__main__":
    main()
