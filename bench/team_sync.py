"""Team sync figures (issue 14): a save's way from one workstation to another, the push of changes queued offline,
and a new workstation joining a server of 1,000,000 contacts, with where a join's time goes. Prints figures; asserts
nothing. The figures and what they mean: docs/performance.md, "Team sync figures".

    .venv/bin/python -m bench.team_sync --url postgresql+psycopg://postgres@127.0.0.1:PORT/postgres fill
    .venv/bin/python -m bench.team_sync --url ... latency push join breakdown

The URL is a superuser's on a server of your own (not ./dev's). ``fill`` makes the database ``helpline_bench_1m``
(``server init``, then ``bench.team_rls``'s filler: 20 counsellors and a shift lead, 30 % of the contacts identified;
its server process niced) with the login roles ``lead.b1m`` and ``c01.b1m``, and keeps it between runs. ``latency``
and ``push`` make a small team database of their own and drop it at the end. Local stores are encrypted SQLCipher
stores as the program's (a key made here, no keyring), in a temporary folder.

- ``latency``: two workstations, each with a running :class:`app.store.sync.worker.SyncWorker` (its own interval),
  a contact saved through the ORM on A after a random 0–1 s, ``worker.nudge()`` after the save or not (alternating),
  B's local store read every 10 ms by this thread until the contact is there.
- ``push``: 10,000 contacts saved on a joined workstation while no worker runs; copies of that store each pushed with
  one ``engine.push`` to a fresh server, in a process of its own (peak resident set), once more under tracemalloc.
- ``join``: ``engine.join`` of a new store as the shift lead (sees everything) and as a counsellor, each in a process
  of its own: time, peak resident set, and the pull's parts timed from outside (SQLite's execution of the upserts,
  SQLAlchemy's statement and values, the local commits, the outbox check, the rest: the server and the conversion).
  ``--database`` joins another filled database (e.g. a copy holding only the last 12 months), ``--page`` another
  page size.
- ``breakdown``: 100,000 of the lead's contacts read with psycopg alone and as the pull reads them, then written into
  a new store as the pull writes them, with a larger page cache, with the word index built after, as plain INSERTs.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import random
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.models import Contact, User
from app.models.enums import Role
from app.store import search_index
from app.store.db import Store
from app.store.keys import KeySource, StoreKey
from app.store.server import accounts, setup
from app.store.sync import engine as sync
from app.store.sync import tables
from app.store.sync import worker as sync_worker
from bench import team_rls

BIG_DATABASE = "helpline_bench_1m"
BIG_CONTACTS = 1_000_000
BIG_TAG = "b1m"  # the filler's user names: c01.b1m … c20.b1m, lead.b1m
PASSWORD = team_rls.PASSWORD


def _load() -> str:
    return "load average " + " ".join(f"{value:.2f}" for value in os.getloadavg())


def _database_url(url: str, database: str, *, user: str | None = None, password: str | None = None) -> sa.URL:
    target = sa.make_url(url).set(database=database)
    if user is not None:
        target = target.set(username=user, password=password)
    return target


def _render(url: sa.URL) -> str:
    return url.render_as_string(hide_password=False)


# --- the 1,000,000-contact server ------------------------------------------------------------------------------------


def _count(url: str, database: str) -> int:
    engine = sa.create_engine(_database_url(url, database))
    try:
        with engine.connect() as connection:
            return int(connection.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one())
    finally:
        engine.dispose()


def _big_ready(url: str, database: str = BIG_DATABASE) -> bool:
    admin = sa.create_engine(url)
    try:
        with admin.connect() as connection:
            if not connection.execute(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": database}
            ).first():
                return False
    finally:
        admin.dispose()
    big = sa.create_engine(_database_url(url, database))
    try:
        with big.connect() as connection:
            found = connection.execute(sa.text("SELECT value FROM store_settings WHERE key = 'bench_filled'")).first()
            return found is not None
    except sa.exc.ProgrammingError:
        return False
    finally:
        big.dispose()


def fill(url: str) -> None:
    """Make ``helpline_bench_1m`` once: ``server init``, team_rls's filler at 1,000,000 contacts (its server process
    niced), the shift lead's and one counsellor's login roles."""
    if _big_ready(url):
        print(f"{BIG_DATABASE} is there already (drop it to fill again)")
        return
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {BIG_DATABASE} WITH (FORCE)")
        connection.exec_driver_sql(f"CREATE DATABASE {BIG_DATABASE}")
    admin.dispose()
    target = _database_url(url, BIG_DATABASE)
    setup.init(_render(target))
    plain = {"host": target.host, "port": target.port, "dbname": BIG_DATABASE, "user": target.username or "postgres"}
    started = time.perf_counter()
    with psycopg.connect(**plain) as filling:  # type: ignore[arg-type]
        backend = filling.execute("SELECT pg_backend_pid()").fetchone()
        if backend is not None:
            try:  # the server is ours and on this machine: its filling process yields the CPU to the others'
                os.setpriority(os.PRIO_PROCESS, int(backend[0]), 15)
            except OSError as error:
                print(f"(the filling server process could not be niced: {error})")
        team_rls._fill(filling, BIG_CONTACTS, BIG_TAG)
        filling.execute("INSERT INTO store_settings (key, value) VALUES ('bench_filled', now()::text)")
        filling.commit()
    engine = sa.create_engine(target)
    with engine.begin() as making:
        accounts.create_login(making, f"lead.{BIG_TAG}", PASSWORD, Role.SHIFT_LEAD)
        accounts.create_login(making, f"c01.{BIG_TAG}", PASSWORD, Role.COUNSELLOR)
    engine.dispose()
    print(f"{BIG_DATABASE}: {BIG_CONTACTS} contacts filled in {time.perf_counter() - started:.0f} s; {_load()}")


# --- measuring ------------------------------------------------------------------------------------------------------


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


@dataclass
class Peak:
    rss_mib: float = 0.0  # the process's resident memory at its highest during the block, above its start
    python_mib: float | None = None  # tracemalloc's peak of Python's allocations during the block


@contextmanager
def peak_memory(*, python: bool = False) -> Iterator[Peak]:
    """The block's peak memory: the resident set's high-water mark (reset before through /proc/self/clear_refs, so
    what the process held at its peak before does not hide the block's), and with ``python`` tracemalloc's peak
    (which slows Python's allocations: time such a block separately)."""
    peak = Peak()
    gc.collect()
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current resident set
        before = _status_kib("VmRSS")
        reset = True
    except OSError:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        reset = False
    if python:
        tracemalloc.start()
    try:
        yield peak
    finally:
        if python:
            peak.python_mib = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        after = _status_kib("VmHWM") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak.rss_mib = max(0, after - before) / 1024


# --- a small team server and workstations ---------------------------------------------------------------------------

SMALL_PEOPLE = {"liis": Role.SHIFT_LEAD, "mari": Role.COUNSELLOR, "jaan": Role.COUNSELLOR}


@dataclass
class Team:
    url: str  # the superuser's, on the team's database
    tag: str
    ids: dict[str, uuid.UUID]

    def login(self, person: str) -> str:
        return f"{person}.{self.tag}"

    def url_as(self, person: str) -> sa.URL:
        return sa.make_url(self.url).set(username=self.login(person), password=PASSWORD)


@contextmanager
def small_team(url: str, tag: str) -> Iterator[Team]:
    """A new database with ``server init``, the people as users rows and login roles; dropped at the end."""
    database = f"bench_sync_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {database}")
    target = _render(_database_url(url, database))
    team = Team(target, tag, {person: uuid.uuid5(uuid.NAMESPACE_DNS, f"{person}.{tag}") for person in SMALL_PEOPLE})
    try:
        setup.init(target)
        engine = sa.create_engine(target)
        with engine.begin() as connection:
            for person, role in SMALL_PEOPLE.items():
                connection.execute(
                    sa.insert(User).values(
                        id=team.ids[person],
                        username=team.login(person),
                        full_name=person.title(),
                        role=role,
                        password_hash="x",
                    )
                )
                exists = connection.execute(
                    sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": team.login(person)}
                ).first()
                if not exists:
                    accounts.create_login(connection, team.login(person), PASSWORD, role)
        engine.dispose()
        yield team
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        admin.dispose()


def _drop_logins(url: str, logins: list[str]) -> None:
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for login in logins:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
    admin.dispose()


def new_store(path: Path, key: StoreKey | None = None) -> tuple[Store, StoreKey]:
    """An encrypted local store as the program's (SQLCipher, migrated), its key made here (no keyring)."""
    key = key or StoreKey(f"x'{secrets.token_hex(32)}'", KeySource.KEYRING)
    return Store.open(f"sqlite:///{path}", key=key), key


NOW = datetime.now(UTC)


def save_contact(store: Store, by: uuid.UUID, summary: str) -> uuid.UUID:
    """A contact saved through the ORM, as tests/store/sync/test_engine.py's ``_save_contact`` does (anonymous)."""
    with store.unit_of_work() as uow:
        contact = Contact(
            line="116006",
            channel="phone",
            started_at=NOW - timedelta(minutes=5),
            summary=summary,
            handled_by_id=by,
            entered_by_id=by,
        )
        uow.session.add(contact)
        uow.commit()
        return contact.id


# --- 1. a save's way from one workstation to another ----------------------------------------------------------------


def _arrival(store: Store, contact_id: uuid.UUID, started: float, timeout: float) -> float:
    """Read the store every 10 ms until the contact is there; the seconds since ``started``."""
    with store.engine.connect() as connection:
        while True:
            found = connection.execute(sa.select(Contact.id).where(Contact.id == contact_id)).first()
            connection.rollback()
            if found is not None:
                return time.perf_counter() - started
            if time.perf_counter() - started > timeout:
                return float("nan")
            time.sleep(0.01)


def latency(url: str, runs: int) -> None:
    tag = f"lat{uuid.uuid4().hex[:4]}"
    with small_team(url, tag) as team, tempfile.TemporaryDirectory(prefix="team-sync-") as folder:
        stations: dict[str, Store] = {}
        workers: list[sync_worker.SyncWorker] = []
        try:
            for person in ("mari", "jaan"):
                store, _key = new_store(Path(folder) / f"{person}.sqlite3")
                stations[person] = store
                joining = sync_worker.server_engine(team.url_as(person))
                sync.join(store.engine, joining, name=f"bench-{person}")
                joining.dispose()
            for person, store in stations.items():
                worker = sync_worker.SyncWorker(store, sync_worker.server_engine(team.url_as(person)), lambda _s: None)
                worker.start()
                workers.append(worker)
            a, b = stations["mari"], stations["jaan"]
            nudged: list[float] = []
            unnudged: list[float] = []
            rhythm = random_phase()
            for run in range(2 * runs):  # alternating, so both see the same load
                nudge = run % 2 == 0
                time.sleep(next(rhythm))  # a random moment in B's round: the save does not follow B's rhythm
                contact_id = save_contact(a, team.ids["mari"], f"latency {run}")
                started = time.perf_counter()
                if nudge:
                    workers[0].nudge()
                (nudged if nudge else unnudged).append(_arrival(b, contact_id, started, timeout=30.0))
        finally:
            for worker in workers:
                worker.stop()
            for store in stations.values():
                store.close()
    _drop_logins(url, [team.login(person) for person in SMALL_PEOPLE])
    print(
        f"1. save on A → in B's local store (worker interval {sync_worker.INTERVAL:.1f} s, B read every 10 ms,"
        f" {runs} saves each, alternating)"
    )
    for label, values in (("with nudge()", nudged), ("no nudge", unnudged)):
        print(
            f"   {label:13} median {statistics.median(values) * 1000:6.0f} ms   95th percentile"
            f" {_percentile(values, 0.95) * 1000:6.0f} ms   max {max(values) * 1000:6.0f} ms"
        )
    print(f"   {_load()}")


def random_phase() -> Iterator[float]:
    chooser = random.Random(14)
    while True:
        yield chooser.uniform(0.0, sync_worker.INTERVAL)


# --- 2. the push of changes queued offline --------------------------------------------------------------------------


def push(url: str, changes: int, runs: int) -> None:
    tag = f"push{uuid.uuid4().hex[:4]}"
    folder = Path(tempfile.mkdtemp(prefix="team-sync-push-"))
    logins: list[str] = []
    try:
        with small_team(url, tag) as team:
            logins = [team.login(person) for person in SMALL_PEOPLE]
            store, key = new_store(folder / "offline.sqlite3")
            joining = sync_worker.server_engine(team.url_as("mari"))
            sync.join(store.engine, joining, name="bench-offline")
            joining.dispose()
            started = time.perf_counter()
            for n in range(changes):
                save_contact(store, team.ids["mari"], f"offline contact {n}")
            saved = time.perf_counter() - started
            store.close()
            print(
                f"2. push of {changes} changes queued offline ({changes} contact saves through the ORM, one unit of"
                f" work each, made in {saved:.1f} s: {saved / changes * 1000:.1f} ms a save); {_load()}"
            )
        times: list[float] = []
        for run in range(runs + 1):  # the last run under tracemalloc (slower: its time is not counted)
            python = run == runs
            copy = folder / f"run{run}.sqlite3"
            copy.write_bytes((folder / "offline.sqlite3").read_bytes())
            with small_team(url, tag) as team:  # a fresh server each run: the same changes are new to it
                child = [sys.executable, "-m", "bench.team_sync", "--url", url, "--push-store", str(copy)]
                child += ["--push-key", key.pragma_value, "--push-as", _render(team.url_as("mari"))]
                child += ["--tracemalloc"] if python else []
                done = subprocess.run([*child, "--", "push-one"], capture_output=True, text=True, check=True)
            found = json.loads(done.stdout.splitlines()[-1])
            if found["sent"] != changes or found["problem"] or found["conflict"]:
                print(f"   run {run}: {found}")
            if python:
                print(
                    f"   under tracemalloc: {found['took']:.1f} s, Python's peak {found['python_mib']:.1f} MiB;"
                    f" {_load()}"
                )
            else:
                times.append(found["took"])
                print(
                    f"   run {run + 1}: {found['took']:5.1f} s  {changes / found['took']:6.0f} changes/s"
                    f"  peak resident set {found['peak_mib']:.0f} MiB (+{found['rss_mib']:.0f} MiB during the push);"
                    f" {_load()}"
                )
        median = statistics.median(times)
        print(f"   median of {runs}: {median:.1f} s, {changes / median:.0f} changes/s")
    finally:
        if logins:
            _drop_logins(url, logins)
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


def push_one(store_path: Path, key: str, server_url: str, python: bool) -> None:
    """One timed push in a process of its own (so that its peak memory is the push's)."""
    store, _key = new_store(store_path, StoreKey(key, KeySource.KEYRING))
    server = sync_worker.server_engine(server_url)
    with peak_memory(python=python) as peak:
        started = time.perf_counter()
        result = sync.push(store.engine, server)
        took = time.perf_counter() - started
    server.dispose()
    store.close()
    found = {
        "took": took,
        "sent": result.sent,
        "problem": result.problem,
        "conflict": None if result.conflict is None else result.conflict.table,
        "peak_mib": _status_kib("VmHWM") / 1024,
        "rss_mib": peak.rss_mib,
        "python_mib": peak.python_mib,
    }
    print(json.dumps(found))


# --- 3. a new workstation joining the 1,000,000-contact server ------------------------------------------------------


@dataclass
class Split:
    """Where a pull's time goes, summed over its pages."""

    sqlite_s: float = 0.0  # SQLite's own execution of the upserts (its triggers: word index, outbox test)
    upsert_s: float = 0.0  # _upsert as a whole (SQLAlchemy's statement and bind values, then SQLite)
    pending_s: float = 0.0
    commit_s: float = 0.0  # the local commits (the WAL's sync and checkpoints)
    rows: dict[str, int] | None = None


@contextmanager
def measured_pull(local_engine: Engine) -> Iterator[Split]:
    """The pull's own functions timed from outside (the engine module's _upsert and _pending wrapped, the local
    engine's cursor executions timed by SQLAlchemy's events); the engine is not changed."""
    split = Split(rows={})
    upsert, pending = sync._upsert, sync._pending
    opened: dict[int, float] = {}

    def timed_upsert(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
        started = time.perf_counter()
        upsert(connection, table, rows)
        split.upsert_s += time.perf_counter() - started
        assert split.rows is not None
        split.rows[table.name] = split.rows.get(table.name, 0) + len(rows)

    def timed_pending(connection: sa.Connection) -> set[tuple[str, tuple[object, ...]]]:
        started = time.perf_counter()
        try:
            return pending(connection)
        finally:
            split.pending_s += time.perf_counter() - started

    def before(_conn: Any, cursor: Any, _statement: str, _parameters: Any, _context: Any, many: bool) -> None:
        opened[id(cursor)] = time.perf_counter()

    def after(_conn: Any, cursor: Any, _statement: str, _parameters: Any, _context: Any, many: bool) -> None:
        if many:
            split.sqlite_s += time.perf_counter() - opened.pop(id(cursor), time.perf_counter())

    dialect = local_engine.dialect
    commit = dialect.do_commit

    def timed_commit(dbapi_connection: Any) -> None:
        started = time.perf_counter()
        try:
            commit(dbapi_connection)
        finally:
            split.commit_s += time.perf_counter() - started

    dialect.do_commit = timed_commit  # type: ignore[method-assign]
    sync._upsert, sync._pending = timed_upsert, timed_pending
    sa.event.listen(local_engine, "before_cursor_execute", before)
    sa.event.listen(local_engine, "after_cursor_execute", after)
    try:
        yield split
    finally:
        sync._upsert, sync._pending = upsert, pending
        del dialect.do_commit  # the class's again
        sa.event.remove(local_engine, "before_cursor_execute", before)
        sa.event.remove(local_engine, "after_cursor_execute", after)


def join(url: str, who: list[str], runs: int, page: int, database: str, variant: str = "") -> None:
    """Each join in a process of its own (its peak memory is then the join's, not an earlier run's leftovers)."""
    if not _big_ready(url, database):
        raise SystemExit(f"{database} is not filled: run the fill step first")
    paging = "" if page == sync.PAGE else f", the pull's page {page} rows instead of {sync.PAGE}"
    paging += f", as proposed: {variant}" if variant else ""
    print(
        f"3. a new workstation joins {database} ({_count(url, database)} contacts, 20 counsellors,"
        f" 30 % identified{paging})",
        flush=True,
    )
    for person in who:
        times: list[float] = []
        for run in range(runs):
            child = [sys.executable, "-m", "bench.team_sync", "--url", url, "--who", person, "--page", str(page)]
            child += ["--database", database, "--proposed", variant]
            done = subprocess.run([*child, "--", "join-one"], capture_output=True, text=True, check=True)
            for line in done.stdout.splitlines():
                if line.startswith(_TOOK):
                    times.append(float(line.removeprefix(_TOOK)))
                else:
                    print(line.replace("run 1", f"run {run + 1}"), flush=True)
        if runs > 1:
            print(f"   {person:10} median of {runs}: {statistics.median(times):.1f} s", flush=True)


_TOOK = "@took="


def _pull_as_proposed(pull: Callable[..., sync.PullResult], variant: str) -> Callable[..., sync.PullResult]:
    """The join's pull with a proposed change around it (measured here, not made in the engine): ``index-after`` drops
    the word index's triggers before and rebuilds the index after (``search_index.rebuild``, which makes them again);
    ``normal`` writes the pages with ``PRAGMA synchronous = NORMAL`` on this thread's connection (FULL again after)."""

    def proposed(local_engine: Engine, server: Engine, **options: Any) -> sync.PullResult:
        with local_engine.begin() as connection:
            if "index-after" in variant:
                for fts, _table, _column in search_index.SQLITE_FTS:
                    for event in ("ai", "ad", "au"):
                        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{event}")
        if "normal" in variant:
            with local_engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA synchronous = NORMAL")
                connection.commit()
        try:
            return pull(local_engine, server, **options)
        finally:
            with local_engine.begin() as connection:
                if "normal" in variant:
                    connection.exec_driver_sql("PRAGMA synchronous = FULL")
                if "index-after" in variant:
                    search_index.rebuild(connection)

    return proposed


def join_one(url: str, person: str, page: int, database: str, variant: str = "") -> None:
    logins = {"lead": f"lead.{BIG_TAG}", "counsellor": f"c01.{BIG_TAG}"}
    if page != sync.PAGE:  # join() calls the module's pull: the same pull with another page size
        sync.pull = functools.partial(sync.pull, page=page)
    if variant:
        sync.pull = _pull_as_proposed(sync.pull, variant)
    with tempfile.TemporaryDirectory(prefix="team-sync-join-") as folder:
        store, _key = new_store(Path(folder) / "new.sqlite3")
        server = sync_worker.server_engine(_database_url(url, database, user=logins[person], password=PASSWORD))
        with peak_memory() as peak, measured_pull(store.engine) as split:
            started = time.perf_counter()
            sync.join(store.engine, server, name=f"bench-{person}")
            took = time.perf_counter() - started
        server.dispose()
        size = sum(p.stat().st_size for p in Path(folder).iterdir()) / 2**20
        store.close()
    rest = took - split.upsert_s - split.pending_s - split.commit_s
    assert split.rows is not None
    print(
        f"   {person:10} run 1: {took:6.1f} s   rows {sum(split.rows.values())}"
        f" (contacts {split.rows.get('contacts', 0)}, persons {split.rows.get('persons', 0)})"
        f"   peak resident set {_status_kib('VmHWM') / 1024:.0f} MiB (+{peak.rss_mib:.0f} MiB during the join)"
        f"   store {size:.0f} MiB; {_load()}"
    )
    print(
        f"      where: SQLite executing the upserts {split.sqlite_s:6.1f} s, SQLAlchemy's statement and"
        f" values {split.upsert_s - split.sqlite_s:6.1f} s, local commits {split.commit_s:5.1f} s,"
        f" outbox check {split.pending_s:4.1f} s,"
        f" the server's query, fetching and row conversion {rest:6.1f} s"
    )
    print(f"{_TOOK}{took}")


def breakdown(url: str, sample: int) -> None:
    """Where a join's time goes, on ``sample`` of the lead's contacts: the server's query and fetching alone
    (psycopg, no conversion), the same as the pull reads them (SQLAlchemy rows to dicts), and writing them into a new
    store three ways: as the pull does (its upsert, every trigger), the same with the word index's triggers taken
    away and the index built after, and plain INSERTs of tuples (sqlite3's executemany) with the index built after."""
    if not _big_ready(url):
        raise SystemExit(f"{BIG_DATABASE} is not filled: run the fill step first")
    contacts = tables.table("contacts")
    columns = sync._columns(contacts)
    names = ", ".join(column.name for column in columns)
    lead = _database_url(url, BIG_DATABASE, user=f"lead.{BIG_TAG}", password=PASSWORD)
    print(f"   where a join's time goes: {sample} of the lead's contacts, pages of {sync.PAGE}; {_load()}")

    started = time.perf_counter()
    plain = {"host": lead.host, "port": lead.port, "dbname": BIG_DATABASE, "user": lead.username, "password": PASSWORD}
    with psycopg.connect(**plain) as raw, raw.cursor(name="bench") as cursor:  # type: ignore[arg-type]
        cursor.itersize = sync.PAGE
        cursor.execute(f"SELECT {names} FROM contacts WHERE sync_xid >= '0'::xid8 LIMIT {sample}")
        fetched = sum(1 for _row in cursor)
    server_s = time.perf_counter() - started

    server = sync_worker.server_engine(lead)
    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    with server.connect() as connection:
        result = connection.execution_options(yield_per=sync.PAGE).execute(
            sa.select(*columns).where(sa.text("sync_xid >= CAST('0' AS xid8)")).limit(sample)
        )
        for part in result.partitions():
            rows.extend(dict(row._mapping) for row in part)
    converted_s = time.perf_counter() - started
    server.dispose()
    print(
        f"      server query and fetch (psycopg) {server_s:5.1f} s for {fetched} rows;"
        f" with SQLAlchemy's rows made dicts {converted_s:5.1f} s  ({converted_s / sample * 1e6:.0f} µs a row)"
    )
    ids = {row["handled_by_id"] for row in rows} | {row["entered_by_id"] for row in rows}
    people = [
        {"id": i, "username": f"u{n}", "full_name": f"u{n}", "role": Role.COUNSELLOR, "password_hash": "x"}
        for n, i in enumerate(ids)
    ]
    persons = {row["person_id"] for row in rows if row["person_id"] is not None}

    def prepare(store: Store) -> None:
        with store.engine.begin() as connection:
            connection.execute(sa.insert(User), people)
            if persons:
                connection.execute(
                    sa.insert(tables.table("persons")),
                    [{"id": p, "full_name": "p", "version": 1, "created_at": NOW, "updated_at": NOW} for p in persons],
                )
            sync.local.install(connection)
            sync.local.set_state(connection, sync.local.APPLYING, "1")

    def pages(store: Store, write: Callable[[sa.Connection, list[dict[str, Any]]], None], cache_mib: int = 0) -> float:
        began = time.perf_counter()
        with store.engine.connect() as connection:
            if cache_mib:
                connection.exec_driver_sql(f"PRAGMA cache_size = -{cache_mib * 1024}")
                connection.commit()
            for start in range(0, len(rows), sync.PAGE):
                with connection.begin():
                    write(connection, rows[start : start + sync.PAGE])
        return time.perf_counter() - began

    with tempfile.TemporaryDirectory(prefix="team-sync-split-") as folder:
        store, _key = new_store(Path(folder) / "as_pull.sqlite3")
        prepare(store)
        as_pull = pages(store, lambda connection, part: sync._upsert(connection, contacts, part))
        store.close()

        store, _key = new_store(Path(folder) / "cache.sqlite3")
        prepare(store)
        cached = pages(store, lambda connection, part: sync._upsert(connection, contacts, part), cache_mib=256)
        store.close()

        store, _key = new_store(Path(folder) / "index_after.sqlite3")
        prepare(store)
        with store.engine.begin() as connection:
            for fts, _table, _column in search_index.SQLITE_FTS:
                for event in ("ai", "ad", "au"):
                    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{event}")
        no_index = pages(store, lambda connection, part: sync._upsert(connection, contacts, part))
        began = time.perf_counter()
        with store.engine.begin() as connection:
            search_index.rebuild(connection)
        rebuilt = time.perf_counter() - began
        store.close()

        store, _key = new_store(Path(folder) / "plain.sqlite3")
        prepare(store)
        with store.engine.begin() as connection:
            for fts, _table, _column in search_index.SQLITE_FTS:
                for event in ("ai", "ad", "au"):
                    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{event}")
        processors = [contacts.c[name].type.bind_processor(store.engine.dialect) for name in rows[0]]
        statement = f"INSERT INTO contacts ({', '.join(rows[0])}) VALUES ({', '.join('?' * len(rows[0]))})"

        def plain_insert(connection: sa.Connection, part: list[dict[str, Any]]) -> None:
            values = [
                tuple(
                    value if bind is None else bind(value) for bind, value in zip(processors, row.values(), strict=True)
                )
                for row in part
            ]
            connection.exec_driver_sql(statement, values)

        plain_s = pages(store, plain_insert)
        began = time.perf_counter()
        with store.engine.begin() as connection:
            search_index.rebuild(connection)
        plain_rebuilt = time.perf_counter() - began
        store.close()
    per = 1e6 / sample
    print(
        f"      into a new store: as the pull does {as_pull:5.1f} s ({as_pull * per:.0f} µs a row);"
        f" the same with a page cache of 256 MiB {cached:5.1f} s ({cached * per:.0f} µs a row);"
        f" word-index triggers off {no_index:5.1f} s + index built after {rebuilt:4.1f} s;"
        f" plain INSERT of tuples {plain_s:5.1f} s + index after {plain_rebuilt:4.1f} s; {_load()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("HELPLINE_BENCH_POSTGRES_URL"), help="a superuser's URL")
    parser.add_argument("--saves", type=int, default=50, help="saves timed for the latency, each way")
    parser.add_argument("--changes", type=int, default=10_000, help="changes queued offline for the push")
    parser.add_argument("--runs", type=int, default=3, help="runs of the push and of each join")
    parser.add_argument("--sample", type=int, default=100_000, help="the lead's contacts the breakdown writes")
    parser.add_argument("--push-store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--push-key", help=argparse.SUPPRESS)
    parser.add_argument("--push-as", help=argparse.SUPPRESS)
    parser.add_argument("--tracemalloc", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database", default=BIG_DATABASE, help="the filled team database the join step joins")
    parser.add_argument(
        "--proposed",
        default="",
        help="the join's pull with a proposed change: index-after, normal, or both (index-after,normal)",
    )
    parser.add_argument("--page", type=int, default=sync.PAGE, help="the pull's page for the join (rows)")
    parser.add_argument("--who", nargs="+", default=["lead", "counsellor"], choices=("lead", "counsellor"))
    parser.add_argument(
        "steps", nargs="+", choices=("fill", "latency", "push", "join", "breakdown", "join-one", "push-one")
    )
    args = parser.parse_args()
    if not args.url:
        raise SystemExit("give --url (or HELPLINE_BENCH_POSTGRES_URL): a superuser's URL on a server of your own")
    if args.steps not in (["join-one"], ["push-one"]):
        print(f"{_load()} ({os.cpu_count()} cores)", flush=True)
    for step in args.steps:
        if step == "fill":
            fill(args.url)
        elif step == "latency":
            latency(args.url, args.saves)
        elif step == "push":
            push(args.url, args.changes, args.runs)
        elif step == "join":
            join(args.url, args.who, args.runs, args.page, args.database, args.proposed)
        elif step == "push-one":
            push_one(args.push_store, args.push_key, args.push_as, args.tracemalloc)
        elif step == "join-one":
            join_one(args.url, args.who[0], args.page, args.database, args.proposed)
        else:
            breakdown(args.url, args.sample)


if __name__ == "__main__":
    main()
