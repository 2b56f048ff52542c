"""A workstation's audit entries queued offline, sent to the team server (app.store.sync.audit_push): the time of the
push of N entries, and of sending the same N again (nothing appended). Prints figures; asserts nothing.

    HELPLINE_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/postgres \\
        .venv/bin/python -m bench.audit_push --entries 10000

The URL is a superuser's (``./dev test`` starts such a server). Each run makes a database set up with ``server init``
and a counsellor's login, chains N entries as the program does (``audit.entry_hash``), pushes them as the counsellor
in one transaction, pushes them again, and drops the database and the login. Medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from app.models import User
from app.models.audit import GENESIS
from app.models.enums import Role
from app.services.guard.audit import canonical, entry_hash
from app.store.server import accounts, setup
from app.store.sync.audit_push import push_audit_entries

PASSWORD = "bench password"


@dataclass(frozen=True)
class Entry:
    seq: int
    at: datetime
    user_id: uuid.UUID | None
    username: str
    kind: str
    record_type: str | None
    record_id: str | None
    screen: str | None
    details: str
    hash: str


def _entries(count: int, user_id: uuid.UUID, username: str) -> list[Entry]:
    prev, out, start = GENESIS, [], datetime.now(UTC)
    for seq in range(1, count + 1):
        at, record, details = start + timedelta(milliseconds=seq), str(uuid.uuid4()), canonical({"n": seq})
        digest = entry_hash(seq, at, user_id, username, "view", "contact", record, "contacts", details, prev)
        out.append(Entry(seq, at, user_id, username, "view", "contact", record, "contacts", details, digest))
        prev = digest
    return out


def _run(url: str, count: int) -> tuple[float, float]:
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    database, username = "bench_" + uuid.uuid4().hex[:8], "bench." + uuid.uuid4().hex[:6]
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {database}")
    server = sa.make_url(url).set(database=database)
    try:
        setup.init(server.render_as_string(hide_password=False))
        user_id = uuid.uuid4()
        owner = sa.create_engine(server)
        with owner.begin() as connection:
            connection.execute(
                sa.insert(User).values(
                    id=user_id, username=username, full_name="Bench", role=Role.COUNSELLOR, password_hash="x"
                )
            )
            accounts.create_login(connection, username, PASSWORD, Role.COUNSELLOR)
        owner.dispose()
        entries = _entries(count, user_id, username)
        person = sa.create_engine(server.set(username=username, password=PASSWORD))
        try:
            started = time.perf_counter()
            with person.begin() as connection:
                push_audit_entries(connection, "BN", entries)
            first = time.perf_counter() - started
            started = time.perf_counter()
            with person.begin() as connection:
                push_audit_entries(connection, "BN", entries)
            again = time.perf_counter() - started
        finally:
            person.dispose()
        return first, again
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE {database} WITH (FORCE)")
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{username}"')
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    url = os.environ.get("HELPLINE_TEST_POSTGRES_URL")
    if not url:
        raise SystemExit("HELPLINE_TEST_POSTGRES_URL names no server (a superuser's URL; ./dev test starts one)")
    firsts, agains = [], []
    for run in range(args.runs):
        first, again = _run(url, args.entries)
        firsts.append(first)
        agains.append(again)
        print(f"run {run + 1}: pushed {args.entries} entries in {first:.2f} s; sent again in {again:.2f} s", flush=True)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"median of {args.runs}: push {statistics.median(firsts):.2f} s, again {statistics.median(agains):.2f} s"
        f" ({args.entries} entries; load average {load})"
    )


if __name__ == "__main__":
    main()
