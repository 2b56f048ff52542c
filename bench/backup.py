"""How long a backup of a big encrypted store takes, and how big it is; also the quick check every start runs and a
restore. Prints figures; asserts nothing.

    .venv/bin/python -m bench.backup                                   # 1,000,000 contacts (~4 min to fill)
    .venv/bin/python -m bench.backup --sizes 100000,1000000
    .venv/bin/python -m bench.backup --path big.sqlite3                # keep the store (filled if new)

The store is encrypted with SQLCipher as the program's is (a random raw key; with ``--path`` it is kept beside the
store in ``<store>.bench-key``, so the store can be measured again: a bench store, never a real one). A store at
``--path`` made by the other benches (unencrypted) is measured as it is, and said so. It is filled by
``bench.log_store``'s filler. For each size the bench times, once each (a backup is not repeated in a loop):

- ``quick check``: ``PRAGMA quick_check`` as ``Store.open`` runs it at every start;
- ``backup``: ``app.store.backup.make_backup`` (the online backup API into a new file keyed like the store, then the
  copy
  opened with the key and quick-checked, renamed, older generations pruned), while the store is open;
- ``of which the check``: ``check_backup`` on the made file alone;
- ``restore``: ``app.store.backup.restore`` of that backup into an empty folder (check, copy, fsync, check of the copy).
"""

from __future__ import annotations

import argparse
import random
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.store import backup
from app.store.db import Store, quick_check
from app.store.keys import KeySource, StoreKey, is_plain_sqlite
from bench.log_store import Filler, _count, existing_users, make_users, store_size


def _timed(action: Callable[[], object]) -> tuple[float, object]:
    began = time.perf_counter()
    result = action()
    return time.perf_counter() - began, result


def _key(path: Path, keep: bool) -> StoreKey | None:
    """The bench store's key: none for a plain store of the other benches, else kept beside it with ``--path``."""
    if path.exists() and path.stat().st_size and is_plain_sqlite(path):
        return None
    note = path.with_name(path.name + ".bench-key")
    if note.exists():
        return StoreKey(note.read_text(encoding="utf-8").strip(), KeySource.KEYRING)
    key = StoreKey(f"x'{secrets.token_hex(32)}'", KeySource.KEYRING)
    if keep:
        note.write_text(key.pragma_value + "\n", encoding="utf-8")
    return key


def measure(store: Store, path: Path, work: Path, size: int) -> None:
    encrypted = "encrypted" if store.key is not None else "UNENCRYPTED (a store of the other benches)"
    print(f"   store: {store_size(path)} on disk, {encrypted}")
    seconds, _ = _timed(lambda: quick_check(store.engine))
    print(f"   quick check at start        {seconds:8.1f} s")
    folder = work / f"backups-{size}"
    seconds, made = _timed(lambda: backup.make_backup(store, folder, generations=2))
    assert isinstance(made, backup.BackupFile)
    print(f"   backup (copy + check)       {seconds:8.1f} s   {made.size / 1e6:,.0f} MB  {made.path.name}")
    seconds, _ = _timed(lambda: backup.check_backup(made.path, store.key))
    print(f"     of which the check        {seconds:8.1f} s")
    target = work / f"restored-{size}" / "helpline.sqlite3"
    target.parent.mkdir()
    seconds, _ = _timed(lambda: backup.restore(target, made.path, store.key))
    print(f"   restore (check, copy, check){seconds:8.1f} s")
    target.unlink()
    made.path.unlink()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, help="store file to use or create (default: a temporary file)")
    parser.add_argument("--sizes", default="1000000", help="comma-separated contact counts")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="helpline-bench-") as scratch:
        work = Path(scratch)
        path: Path = args.path or work / "bench.sqlite3"
        existed = path.exists() and path.stat().st_size > 0
        key = _key(path, keep=args.path is not None)
        store = Store.open(f"sqlite:///{path}", key=key)
        try:
            size = _count(store)
            if existed and size:
                existing_users(store)
                print(f"\n== {size:,} contacts (existing store {path})")
                measure(store, path, work, size)
                return
            _lead, handlers = make_users(store)
            filler = Filler(store, random.Random(args.seed), handlers)
            for size in sorted(int(size) for size in args.sizes.split(",")):
                seconds, _ = _timed(lambda size=size: filler.fill_to(size))  # type: ignore[misc]
                print(f"\n== {size:,} contacts (filled in {seconds:.0f} s)")
                measure(store, path, work, size)
        finally:
            store.close()


if __name__ == "__main__":
    main()
