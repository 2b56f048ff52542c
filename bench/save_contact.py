"""How long saving one contact takes, beside a raw insert and commit of the same rows (issue 13: within 2×). Prints
figures; asserts nothing.

    .venv/bin/python -m bench.save_contact                          # a fresh 100,000-contact encrypted store
    .venv/bin/python -m bench.save_contact --path /tmp/me/save.sqlite3   # keep it (key in save.sqlite3.key)
    .venv/bin/python -m bench.save_contact --path /tmp/me/save.sqlite3 --rounds 5 --saves 41
    .venv/bin/python -m bench.save_contact --path /tmp/me/save.sqlite3 --profile 200   # where the Python goes

The save is ``save_contact`` of a new identified contact (a new person, one topic, a summary) on an encrypted store
(SQLCipher, a random key, ``synchronous=FULL`` as the program opens it), beside ``bench.log_store.RawSave``: the same
rows (person, contact, topic link, both audit entries with the chain's number and hash; the FTS triggers index the
name and summary) inserted with bare SQL through the DB-API and committed. The two run in turn, the order
alternating, so the machine's load hits both alike. Each round prints both medians and their ratio; the last line
the median of the rounds' ratios. The same run as ``bench.log_store``'s save line, repeated, with the load average.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import secrets
import statistics
import tempfile
import time
from pathlib import Path

from app.services.contacts.editing import save_contact
from app.services.guard import audit
from app.store.db import Store
from app.store.keys import KeySource, StoreKey
from bench.log_store import (
    NOW,
    SAVE_INPUT,
    SAVE_TARGET,
    Filler,
    RawSave,
    existing_users,
    make_users,
    measure_beside,
    print_heading,
    print_line,
    raw_connection,
)


def _load() -> str:
    return " ".join(f"{n:.1f}" for n in os.getloadavg())


def open_store(path: Path, size: int, seed: int) -> tuple[Store, object]:
    """The encrypted store at ``path`` (its key beside it), filled to ``size`` contacts the first time."""
    key_file = path.with_name(path.name + ".key")
    if path.exists():
        store = Store.open(f"sqlite:///{path}", key=StoreKey(key_file.read_text().strip(), KeySource.KEYRING))
        _lead, handlers = existing_users(store)
        return store, handlers[0]
    key_file.write_text(f"x'{secrets.token_hex(32)}'")
    store = Store.open(f"sqlite:///{path}", key=StoreKey(key_file.read_text().strip(), KeySource.KEYRING))
    _lead, handlers = make_users(store)
    began = time.perf_counter()
    Filler(store, random.Random(seed), handlers).fill_to(size)
    print(f"filled {size:,} contacts in {time.perf_counter() - began:.0f} s")
    return store, handlers[0]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, help="encrypted store to keep and reuse (default: a temporary one)")
    parser.add_argument("--size", type=int, default=100_000, help="contacts to fill a new store with")
    parser.add_argument("--saves", type=int, default=31, help="timed saves per round (and as many raw ones)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of interleaved saves")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--profile", type=int, default=0, help="profile this many saves instead of timing")
    args = parser.parse_args(argv)
    folder = None if args.path else tempfile.TemporaryDirectory(prefix="helpline-bench-")
    path: Path = args.path or Path(folder.name) / "save.sqlite3"  # type: ignore[union-attr]
    store, counsellor = open_store(path, args.size, args.seed)

    def save() -> int:
        with store.unit_of_work() as uow:
            save_contact(uow, counsellor, SAVE_INPUT, now=NOW)  # type: ignore[arg-type]
        return 1

    try:
        if args.profile:
            save()
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(args.profile):
                save()
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
            pstats.Stats(profile).sort_stats("tottime").print_stats(30)
            return
        print(f"load average {_load()} (2 cores); encrypted store {path.stat().st_size / 1e6:.0f} MB")
        print_heading()
        raw = raw_connection(store)
        ratios = []
        try:
            for round_ in range(args.rounds):
                program, spent_raw, rows = measure_beside(save, RawSave(raw, store, counsellor), args.saves)  # type: ignore[arg-type]
                ratios.append(program / spent_raw)
                print_line(f"save one contact, round {round_ + 1}", program, spent_raw, SAVE_TARGET, rows, _load())
        finally:
            raw.close()
        verdict = "met" if statistics.median(ratios) <= SAVE_TARGET.times else "MISS"
        print(f"median of the rounds' ratios: {statistics.median(ratios):.2f}× (target {SAVE_TARGET}: {verdict})")
        with store.unit_of_work() as uow:
            assert audit.verify(uow.session).ok
        print(f"load average {_load()}")
    finally:
        store.close()
        if folder is not None:
            folder.cleanup()


if __name__ == "__main__":
    main()
