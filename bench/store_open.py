"""How long opening the store takes at a start, at 0, 100,000 and 1,000,000 contacts, warm and cold (as on the first
start after a reboot). Prints figures; asserts nothing.

    .venv/bin/python -m bench.store_open --store 100000=/tmp/s13/big100k.sqlite3 --store 1000000=/tmp/s13/big1m.sqlite3

Each ``--store`` is a plain store of ``bench.log_store``'s filler, never written: the first run copies it into
``--work`` and lets the program convert the copy into its encrypted store (key in a JSON keyring file there,
``tests.file_keyring``); a new empty store is the 0. Every measurement is a child process of its own that imports the
program's opening module and calls ``open_configured_store`` as a start does, then closes the store cleanly:

- ``import``: importing ``app.services.guard.store_opening`` (what the opening needs);
- ``open``: ``open_configured_store`` (the key, the start's checks, the migration check, the audit anchor);
- ``alembic``: whether Alembic was imported by then.

``cold``: before the child, the store's file (and its WAL and shared-memory files) are dropped from the page cache with
``posix_fadvise(POSIX_FADV_DONTNEED)``, as after a reboot (the Python modules stay cached: this is the store's part);
``warm``: right after another opening. Runs interleave sizes and states; the medians are printed. With
``--check`` each size also times the full check once the window is up (``Integrity.start_background_check``, warm).

``--baseline TREE`` measures an older tree (a ``git worktree`` of an older commit, with this file copied into its
``bench/``) in the same runs, interleaved, on the same stores, and prints both with their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.file_keyring import BACKEND, FILE_ENV


def child(path: Path, check: bool) -> None:
    began = time.perf_counter()
    from app.config import StoreConfig
    from app.services.guard.store_opening import open_configured_store

    imported = time.perf_counter()
    store = open_configured_store(StoreConfig(f"sqlite:///{path}"), lambda _new, _retry: None)
    opened = time.perf_counter()
    alembic = any(name.split(".")[0] == "alembic" for name in sys.modules)
    checked = None
    keeper = getattr(store, "integrity", None)
    if check and keeper is not None:
        start = time.perf_counter()
        keeper.start_background_check()
        keeper.finished.wait()
        checked = time.perf_counter() - start
    store.close()
    print(
        json.dumps(
            {"import": imported - began, "open": opened - imported, "alembic": alembic, "check": checked},
        )
    )


def drop_from_cache(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if not companion.exists():
            continue
        handle = os.open(companion, os.O_RDONLY)
        try:
            os.fsync(handle)
            os.posix_fadvise(handle, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(handle)


def _run_child(path: Path, work: Path, *, check: bool = False, tree: Path | None = None) -> dict[str, object]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": BACKEND, FILE_ENV: str(work / "keyring.json")}
    command = [sys.executable, "-m", "bench.store_open", "--child", str(path)] + (["--check"] if check else [])
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True, cwd=tree)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def prepare(work: Path, sources: list[tuple[int, str]]) -> list[tuple[int, Path]]:
    stores = [(0, work / "open-0.sqlite3")]
    for count, source in sources:
        target = work / f"open-{count}.sqlite3"
        if not target.exists():
            print(f"converting a copy of {source} into {target} (once)…", flush=True)
            part = target.with_name(target.name + ".copying")
            shutil.copyfile(source, part)
            os.replace(part, target)
        stores.append((count, target))
    for _count, path in stores:
        _run_child(path, work)  # made, converted or migrated now, not during a measured run
    return stores


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", action="append", default=[], help="COUNT=PATH of a plain bench store")
    parser.add_argument("--work", type=Path, default=Path("/tmp/helpline-store-open"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="also time the full check once the window is up")
    parser.add_argument("--baseline", type=Path, help="an older tree to measure in the same runs")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.check)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    sources = [(int(count), source) for count, _, source in (entry.partition("=") for entry in args.store)]
    stores = prepare(args.work, sources)
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    trees: list[tuple[str, Path | None]] = [("this", None)] + ([("base", args.baseline)] if args.baseline else [])
    found: dict[tuple[int, str, str], list[dict[str, object]]] = {}
    for _run in range(args.runs):
        for count, path in stores:
            for state in ("cold", "warm"):
                for name, tree in trees:  # a warm run follows a run of the same tree on the same store
                    if state == "cold":
                        drop_from_cache(path)
                    found.setdefault((count, state, name), []).append(_run_child(path, args.work, tree=tree))
    print(f"load average at end: {os.getloadavg()[0]:.1f}   (medians of {args.runs} runs)")
    print(f"{'contacts':>10} {'state':>5} {'tree':>5} {'import s':>9} {'open s':>8} {'alembic':>8} {'open/base':>10}")
    for (count, state, name), runs in found.items():
        imported = statistics.median(float(str(run["import"])) for run in runs)
        opened = statistics.median(float(str(run["open"])) for run in runs)
        alembic = "yes" if any(run["alembic"] for run in runs) else "no"
        ratio = ""
        if name == "this" and (count, state, "base") in found:
            base = statistics.median(float(str(run["open"])) for run in found[(count, state, "base")])
            ratio = f"{opened / base:10.3f}"
        print(f"{count:>10,} {state:>5} {name:>5} {imported:9.2f} {opened:8.2f} {alembic:>8} {ratio}")
    if args.check:
        for count, path in stores:
            checked = _run_child(path, args.work, check=True)["check"]
            shown = "(none: an older tree)" if checked is None else f"{float(str(checked)):.1f} s"
            print(f"{count:>10,} full check once the window is up: {shown}")


if __name__ == "__main__":
    main()
