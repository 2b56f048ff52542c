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

``--search-during`` (issue 13) measures instead how long a log search waits when it is issued during a backup,
through the program's own ``app.ui.kit.tasks`` (a Qt event loop delivers the results, as in the program): a backup is
submitted, and while it runs a search for a common word is issued every second on the database worker; the longest
wait from a search's submission to its rows arriving on the GUI thread is printed, for the backup on the database
worker (as before issue 13: ``--lane database``) and on the files lane (``--lane files``), interleaved in one run,
beside the same search alone (its own time). An existing encrypted store needs its key: ``--key-json`` names a JSON
keyring (``bench.gui_stall``'s) holding it under the store's original path (``--key-of``).

    cp /tmp/s13/opening/open/open-1000000.sqlite3 /tmp/me/s.sqlite3
    .venv/bin/python -m bench.backup --path /tmp/me/s.sqlite3 --search-during \
        --key-json /tmp/s13/opening/open/keyring.json --key-of /tmp/s13/opening/open/open-1000000.sqlite3
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from app.services.actor import SessionUser
from app.services.contacts import log
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


SEARCH_WORD = "helistaja"  # a common word of the filler's summaries: a search that reads many rows
SEARCH_EVERY_S = 1.0


def _search(store: Store, user: SessionUser) -> int:
    with store.unit_of_work() as uow:
        return len(log.list_page(uow, user, SEARCH_WORD))


def _search_waits_during_backup(store: Store, user: SessionUser, folder: Path, lane: str) -> tuple[float, float, int]:
    """(the longest wait of a search issued during a backup, the backup's seconds, how many searches were issued)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from app.ui.kit import tasks

    loop = QEventLoop()
    waits: list[float] = []
    issued: list[float] = []
    backup_took: list[float] = []
    failures: list[Exception] = []

    def over() -> None:
        if backup_took and len(waits) == len(issued):
            loop.quit()

    def failed(error: Exception) -> None:
        failures.append(error)
        loop.quit()

    def backed_up(_made: object) -> None:
        backup_took.append(time.perf_counter() - began)
        over()

    def arrived(_rows: int, submitted: float) -> None:
        waits.append(time.perf_counter() - submitted)
        over()

    def issue() -> None:
        if backup_took:
            ticker.stop()
            return
        submitted = time.perf_counter()
        issued.append(submitted)
        tasks.run_in_background(None, lambda: _search(store, user), lambda rows: arrived(rows, submitted), failed)

    ticker = QTimer()
    ticker.setInterval(int(SEARCH_EVERY_S * 1000))
    ticker.timeout.connect(issue)
    began = time.perf_counter()
    tasks.run_in_background(
        None,
        lambda: backup.make_backup(store, folder, generations=1),
        backed_up,
        failed,
        lane=tasks.Lane.FILES if lane == "files" else tasks.Lane.DATABASE,
    )
    QTimer.singleShot(int(SEARCH_EVERY_S * 500), issue)  # the first half a second in, then every second
    ticker.start()
    loop.exec()
    ticker.stop()
    tasks.wait_until_idle()
    if failures:
        raise failures[0]
    return max(waits, default=0.0), backup_took[0], len(issued)


def measure_search_during(store: Store, work: Path, runs: int) -> None:
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication.instance() or QCoreApplication([])
    lead, _handlers = existing_users(store)
    alone = []
    for _ in range(5):
        seconds, rows = _timed(lambda: _search(store, lead))
        alone.append(seconds)
    own = statistics.median(alone)
    print(f"   search '{SEARCH_WORD}' alone ({rows} rows)   median {own * 1000:8.0f} ms of 5")
    longest: dict[str, list[float]] = {"database": [], "files": []}
    for run in range(runs):
        for lane in ("database", "files"):
            with _load() as load:
                wait, took, count = _search_waits_during_backup(store, lead, work / "search-during", lane)
            longest[lane].append(wait)
            print(
                f"   run {run + 1}: backup on the {lane:8} lane {took:6.1f} s; {count:2} searches issued during it, "
                f"longest wait {wait * 1000:8.0f} ms  (load {load[0]:.1f})",
                flush=True,
            )
    for lane, label in (("database", "one worker (before)"), ("files", "files lane (after)")):
        median = statistics.median(longest[lane])
        print(
            f"   longest search wait, {label:20} median {median * 1000:8.0f} ms = {median / own:6.1f}× the search alone"
        )


@contextlib.contextmanager
def _load() -> Iterator[list[float]]:
    """The load average over the block (1-minute figure at its end)."""
    figures: list[float] = []
    yield figures
    figures.extend(os.getloadavg())


def _key_from_json(keyring_json: Path, key_of: Path) -> StoreKey:
    found = json.loads(keyring_json.read_text(encoding="utf-8"))
    return StoreKey(f"x'{found[f'helpline|store:{key_of}']}'", KeySource.KEYRING)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, help="store file to use or create (default: a temporary file)")
    parser.add_argument("--sizes", default="1000000", help="comma-separated contact counts")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--search-during", action="store_true", help="the longest wait of a search during a backup")
    parser.add_argument("--runs", type=int, default=2, help="--search-during: backups per lane")
    parser.add_argument("--key-json", type=Path, help="a JSON keyring holding the key of an existing store")
    parser.add_argument("--key-of", type=Path, help="the path the store's key is kept under in --key-json")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="helpline-bench-") as scratch:
        work = Path(scratch)
        path: Path = args.path or work / "bench.sqlite3"
        existed = path.exists() and path.stat().st_size > 0
        if args.key_json is not None:
            key: StoreKey | None = _key_from_json(args.key_json, args.key_of or path)
        else:
            key = _key(path, keep=args.path is not None)
        store = Store.open(f"sqlite:///{path}", key=key)
        try:
            size = _count(store)
            if existed and size:
                existing_users(store)
                print(f"\n== {size:,} contacts (existing store {path})")
                if args.search_during:
                    measure_search_during(store, work, args.runs)
                else:
                    measure(store, path, work, size)
                return
            _lead, handlers = make_users(store)
            filler = Filler(store, random.Random(args.seed), handlers)
            for size in sorted(int(size) for size in args.sizes.split(",")):
                seconds, _ = _timed(lambda size=size: filler.fill_to(size))  # type: ignore[misc]
                print(f"\n== {size:,} contacts (filled in {seconds:.0f} s)")
                if args.search_during:
                    measure_search_during(store, work, args.runs)
                else:
                    measure(store, path, work, size)
        finally:
            store.close()


if __name__ == "__main__":
    main()
