"""One workstation as a process of its own, for tests/store/sync/test_team_processes.py (run with ``python -m``).

It works as a counsellor's program does while the network and the server come and go: it saves contacts into its
own encrypted store (every one with a summary ``<label>-<n>``; the count already in the store says where it stands,
so a process killed and started again goes on where it was), now and then edits the one contact the team shares,
and after every save runs a round of the sync (push, pull). A conflict is resolved as the conflict dialog resolves
it (:func:`app.store.sync.engine.resolve`, keeping both sides' edits), and written to the log. When it has made all
its contacts and the parent has made the file ``--done``, it syncs until nothing waits and exits 0.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from app.models import Contact, Person
from app.store.db import Store
from app.store.keys import StoreKey
from app.store.sync import engine as sync
from app.store.sync import local
from app.store.sync.worker import server_engine, sync_once

OFFLINE = (sa.exc.OperationalError, sa.exc.InterfaceError, OSError)


def _made(store: Store, label: str) -> int:
    with store.unit_of_work() as uow:
        return int(
            uow.session.scalar(
                sa.select(sa.func.count()).select_from(Contact).where(Contact.summary.like(f"{label}-%"))
            )
            or 0
        )


def _save(store: Store, label: str, number: int, user: uuid.UUID, identified: bool) -> None:
    with store.unit_of_work() as uow:
        person_id = None
        if identified:
            person = Person(full_name=f"{label} caller {number}")
            uow.session.add(person)
            uow.flush()
            person_id = person.id
        uow.session.add(
            Contact(
                line="116006",
                channel="phone",
                started_at=datetime.now(UTC),
                summary=f"{label}-{number:03d}",
                person_id=person_id,
                handled_by_id=user,
                entered_by_id=user,
            )
        )
        uow.commit()


def _tokens(summary: str | None) -> set[str]:
    return set((summary or "").split())


def _edit_shared(store: Store, shared: uuid.UUID, token: str) -> None:
    """The shared contact's summary is a set of tokens, one per edit anyone made: an edit adds its own, so an edit
    that overwrote another's unseen would drop a token."""
    with store.unit_of_work() as uow:
        contact = uow.session.get(Contact, shared)
        if contact is not None:
            contact.summary = " ".join(sorted(_tokens(contact.summary) | {token}))
            uow.commit()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--label", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--user", type=uuid.UUID, required=True)
    parser.add_argument("--shared", type=uuid.UUID)
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--done", type=Path, required=True)
    args = parser.parse_args()
    store = Store.open(f"sqlite:///{args.store}", key=StoreKey.from_passphrase(args.key))
    server = server_engine(args.url)
    chance = random.Random()
    with args.log.open("a", encoding="utf-8") as log:
        print("started", flush=True)
        while True:
            made = _made(store, args.label)
            if made < args.count:
                _save(store, args.label, made, args.user, identified=made % 3 == 0)
                if args.shared is not None and made % 2 == 1:
                    _edit_shared(store, args.shared, f"{args.label}{made}")
            try:
                pushed, _ = sync_once(store.engine, server)
            except OFFLINE:
                server.dispose()
                time.sleep(0.2)
                continue
            for conflict in sync.list_conflicts(store.engine):
                with store.unit_of_work() as uow:
                    mine = uow.session.get(Contact, uuid.UUID(str(conflict.key[0])))
                    my_summary = mine.summary if mine is not None else ""
                theirs = conflict.server_row.get("summary")
                merged = " ".join(sorted(_tokens(my_summary) | _tokens(theirs)))  # the person keeps both
                sync.resolve(store.engine, conflict, {**conflict.server_row, "summary": merged})
                log.write(f"conflict {conflict.table} {conflict.key[0]} mine={my_summary!r} theirs={theirs!r}\n")
                log.flush()
            if pushed.problem:
                log.write(f"problem {pushed.problem}\n")
                log.flush()
            if made >= args.count and args.done.exists():
                with store.engine.connect() as connection:
                    idle = local.waiting(connection) == 0 and local.conflicts(connection) == 0
                if idle:
                    print("finished", flush=True)
                    return 0
            time.sleep(chance.uniform(0.05, 0.3) if made < args.count else 0.05)


if __name__ == "__main__":
    sys.exit(main())
