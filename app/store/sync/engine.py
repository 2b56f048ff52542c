"""Sending this workstation's changes to the team server and taking the others' (docs/team.md, "What happens
offline"). Plain functions on two engines, the local store's and the server's (signed in as the person); the sync
worker (:mod:`app.store.sync.worker`) calls them in its own thread, never the window's.

**Push, exactly once and in order.** :func:`push` reads a batch of the outbox (:mod:`app.store.sync.local`) and the
records it names, as they are now, in one local snapshot; in one server transaction it looks up which of the batch's
change ids the server has already applied (a push interrupted after the server's commit), applies the others record
by record in the outbox's order, and inserts their ids into ``helpline_applied_changes``; only after the server's
commit are the outbox rows removed locally. Whatever the moment of an interruption, the server's commit is the one
point where a change either happened or not, and a change sent again is recognised and only acknowledged.

A record's changes since the last push travel as one: the record as it is now, based on the version the first of
them was based on. An update of a versioned record (contacts, persons, providers, decisions, reviews) is
``UPDATE ... WHERE version = <base>``: if another workstation changed it since, no row matches, nothing is
overwritten, and the server's row is kept locally in ``sync_conflicts`` for the person to choose field by field
(:func:`resolve`); the queue waits behind it (a later change may depend on it). A change the server refuses (its rules
do not allow it) stops the queue as well, with a :class:`PushResult.problem` to show: never skipped.

**Pull, a cursor that cannot skip.** :func:`pull` reads, in one REPEATABLE READ snapshot of the server, every shared
row whose ``sync_xid`` is at or above the workstation's cursor, and the tombstones of deleted rows likewise; the new
cursor is the snapshot's horizon ``pg_snapshot_xmin(pg_current_snapshot())``, the oldest transaction still running.
A transaction running when the snapshot was taken has an id at or above the horizon, so its rows are read by a later
pull, whenever it commits; rows committed above the horizon are read now and once more later (taking a row twice is
harmless), so a long transaction elsewhere delays no one's rows. When the whole snapshot is the one of the last pull,
nothing has committed since, and the pull is one query. A record with a change of this workstation's still waiting is
left as it is (the push will meet the server's version). Row-level security decides what comes down: an ordinary
SELECT as the person.
"""

from __future__ import annotations

import json
import secrets
import socket
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Engine

from app.models import User
from app.models.contacts import STATION_ALPHABET, STATION_KEY
from app.store.sync import audit_push, local, tables

BATCH = 500
PAGE = 2000


class SyncRefused(RuntimeError):
    """The server refused a change of this workstation's (its rules do not allow it, or a value breaks a check)."""


@dataclass
class Conflict:
    """A record changed here and on the server since this workstation last took it: ``server_row`` is theirs,
    ``base_row`` the record as it was here before the first change still waiting (None where not kept)."""

    table: str
    key: tuple[object, ...]
    server_row: dict[str, Any]
    base_row: dict[str, Any] | None = None


@dataclass
class PushResult:
    sent: int = 0  # changes the server now holds (applied now, or found applied from an interrupted push)
    conflict: Conflict | None = None
    problem: str | None = None  # the server's refusal, for the person (the queue waits behind it)


@dataclass
class PullResult:
    rows: int = 0
    deleted: int = 0
    kept_local: int = 0  # rows not taken because a change of this workstation's to them is waiting
    cursor: str = "0"


@dataclass
class _Change:
    seq: int
    change_id: str
    base_version: int | None
    base_row: str | None = None


@dataclass
class _Record:
    table: sa.Table
    key: tuple[object, ...]
    changes: list[_Change] = field(default_factory=list)
    row: dict[str, Any] | None = None


# --- keys and values ------------------------------------------------------------------------------------------------


def key_clause(table: sa.Table, key: Sequence[object]) -> sa.ColumnElement[bool]:
    """``WHERE`` the primary key is ``key`` (stored values: a UUID as text, a code as its text), on either engine."""
    clauses: list[sa.ColumnElement[bool]] = []
    for column, value in zip(tables.key_columns(table), key, strict=True):
        if isinstance(column.type, sa.Uuid):
            clauses.append(column == uuid.UUID(str(value)))
        else:
            clauses.append(sa.type_coerce(column, sa.String()) == value)
    return sa.and_(*clauses)


def _row_key(table: sa.Table, row: Mapping[str, Any]) -> tuple[object, ...]:
    return local.stored_key(row[column.name] for column in tables.key_columns(table))


def _json_value(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _python_row(table: sa.Table, stored: Mapping[str, Any]) -> dict[str, Any]:
    """A row kept as JSON (a conflict's server row) back as the values the table's columns take."""
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.name in stored:
            row[column.name] = _python_value(column, stored[column.name])
    return row


def _python_value(column: sa.Column, value: object) -> object:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, sa.types.TypeDecorator):
        kind = kind.impl_instance
    try:
        wanted = kind.python_type
    except NotImplementedError:
        return value
    if wanted is uuid.UUID:
        return uuid.UUID(str(value))
    if wanted is datetime:
        moment = datetime.fromisoformat(str(value))
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)  # SQLite keeps UTC, naive
    if wanted is date:
        return date.fromisoformat(str(value))
    if wanted is Decimal:
        return Decimal(str(value))
    if wanted is bool:
        return bool(value)
    return value


@contextmanager
def _snapshot(connection: sa.Connection) -> Iterator[sa.Connection]:
    """A read transaction on the local store: every SELECT in it sees one moment (the SQLite driver starts a
    transaction only before a write, so the outbox and the records it names could otherwise be read at two)."""
    connection.exec_driver_sql("BEGIN")
    try:
        yield connection
    finally:
        connection.rollback()


# --- push -----------------------------------------------------------------------------------------------------------


def _read_batch(connection: sa.Connection, limit: int) -> list[_Record]:
    records: dict[tuple[str, str], _Record] = {}
    with _snapshot(connection):
        for seq, change_id, table_name, row_key, base, base_row in connection.exec_driver_sql(
            "SELECT seq, change_id, table_name, row_key, base_version, base_row FROM sync_outbox ORDER BY seq LIMIT ?",
            (limit,),
        ).all():
            record = records.get((table_name, row_key))
            if record is None:
                record = records[(table_name, row_key)] = _Record(tables.table(table_name), tuple(json.loads(row_key)))
            record.changes.append(_Change(int(seq), uuid.UUID(str(change_id)).hex, base, base_row))
        for record in records.values():
            found = connection.execute(sa.select(record.table).where(key_clause(record.table, record.key))).first()
            record.row = None if found is None else dict(found._mapping)
    return list(records.values())


def _apply_on_server(connection: sa.Connection, record: _Record, first: _Change) -> Conflict | None:
    """Apply ``record`` as it is now, based on the version ``first`` (its first change not yet on the server) was."""
    base = first.base_version
    table, key_columns = record.table, tables.key_columns(record.table)
    where = key_clause(table, record.key)
    if record.row is None:
        connection.execute(sa.delete(table).where(where))
        return None
    rest = {name: value for name, value in record.row.items() if name not in {c.name for c in key_columns}}
    if table.name in tables.VERSIONED and base is not None:
        if connection.execute(sa.update(table).where(where, table.c.version == base).values(**rest)).rowcount:
            return None
        theirs = connection.execute(sa.select(table).where(where)).first()
        if theirs is not None:
            if theirs.version == base:  # the same version, yet no row was updated: the server's rules filtered it
                raise SyncRefused("the server does not let this person change it")
            base_row = _python_row(table, json.loads(first.base_row)) if first.base_row else None
            return Conflict(table.name, record.key, dict(theirs._mapping), base_row)
    # Not INSERT ... ON CONFLICT: PostgreSQL would hold the new row to the table's SELECT policies too, and a new
    # caller's row is not yet one the counsellor sees (their contact with the caller comes next).
    if connection.execute(sa.select(sa.literal(1)).select_from(table).where(where)).first() is None:
        connection.execute(sa.insert(table).values(**record.row))
    elif rest:
        connection.execute(sa.update(table).where(where).values(**rest))
    return None


def _push_records(
    server: Engine, records: list[_Record], station: str | None, waiting: int
) -> tuple[int, Conflict | None]:
    """One server transaction; how many of ``records`` it now holds, and the conflict that stopped it."""
    done = 0
    conflict: Conflict | None = None
    with server.begin() as connection:
        ids = [change.change_id for record in records for change in record.changes]
        applied = {
            uuid.UUID(str(found)).hex
            for found in connection.execute(
                sa.text("SELECT change_id FROM helpline_applied_changes WHERE change_id = ANY(:ids)"),
                {"ids": [uuid.UUID(i) for i in ids]},
            ).scalars()
        }
        new_ids: list[uuid.UUID] = []
        for record in records:
            new = [change for change in record.changes if change.change_id not in applied]
            if new:
                conflict = _apply_on_server(connection, record, new[0])
                if conflict is not None:
                    break
                new_ids.extend(uuid.UUID(change.change_id) for change in new)
            done += 1
        if new_ids:
            connection.execute(
                sa.text("INSERT INTO helpline_applied_changes (change_id) SELECT unnest(CAST(:ids AS uuid[]))"),
                {"ids": new_ids},
            )
        if station is not None:
            connection.execute(
                sa.text(
                    "UPDATE helpline_workstations SET last_push_at = now(), username = session_user, waiting = :waiting"
                    " WHERE station_code = :station"
                ),
                {"station": station, "waiting": max(waiting - sum(len(r.changes) for r in records[:done]), 0)},
            )
    return done, conflict


_REFUSALS = (sa.exc.ProgrammingError, sa.exc.IntegrityError, sa.exc.DataError, sa.exc.InternalError, SyncRefused)


def _refusal(record: _Record, error: Exception) -> str:
    if isinstance(error, sa.exc.DBAPIError):
        detail = getattr(getattr(error.orig, "diag", None), "message_primary", None) or str(error.orig)
    else:
        detail = str(error)
    return f"The server refused a change to {record.table.name} ({', '.join(map(str, record.key))}): {detail}"


def push(local_engine: Engine, server: Engine, *, batch: int = BATCH) -> PushResult:
    """Send the outbox to the server until it is empty, a conflict or a refusal stops it, then the signed-in person's
    audit entries (:func:`push_audit`). Raises :class:`sqlalchemy.exc.OperationalError` (and the like) when the
    server cannot be reached: the outbox keeps everything not yet acknowledged, and the next push goes on from
    there."""
    result = _push_outbox(local_engine, server, batch)
    try:
        push_audit(local_engine, server)
    except _REFUSALS as error:
        detail = getattr(getattr(getattr(error, "orig", None), "diag", None), "message_primary", None) or str(error)
        result.problem = result.problem or f"The server refused this workstation's audit entries: {detail}"
    return result


def push_audit(local_engine: Engine, server: Engine, *, batch: int = 5000) -> int:
    """Send the signed-in person's audit entries (and the failed log-ins with no user) that the server does not hold
    yet; the server appends them at its own tip (``app.store.sync.audit_push``). Returns how many were new."""
    sent = 0
    with local_engine.connect() as mine:
        station = _local_setting(mine, STATION_KEY)
        mine.rollback()
        if station is None:
            return 0
        while True:
            with server.begin() as theirs:
                me = str(theirs.exec_driver_sql("SELECT session_user").scalar_one())
                since = audit_push.received(theirs, station)
                user_id = mine.execute(sa.select(User.id).where(User.username == me)).scalar()
                if user_id is None:
                    mine.rollback()
                    return sent
                entries = mine.execute(audit_push.unsent(user_id, since).limit(batch)).all()
                mine.rollback()
                if not entries:
                    return sent
                sent += audit_push.push_audit_entries(theirs, station, entries)
            if len(entries) < batch:
                return sent


def _push_outbox(local_engine: Engine, server: Engine, batch: int) -> PushResult:
    result = PushResult()
    with local_engine.connect() as connection:
        station = _local_setting(connection, STATION_KEY)
        while True:
            waiting = local.waiting(connection)
            records = _read_batch(connection, batch)
            if not records:
                return result
            try:
                done, conflict = _push_records(server, records, station, waiting)
            except _REFUSALS as error:
                if len(records) > 1:  # find the one refused: those before it go through
                    done, conflict = 0, None
                    for record in records:
                        try:
                            step, conflict = _push_records(server, [record], station, waiting)
                        except _REFUSALS as single:
                            result.problem = _refusal(record, single)
                            break
                        done += step
                        if conflict is not None:
                            break
                else:
                    done, conflict, result.problem = 0, None, _refusal(records[0], error)
            _acknowledge(connection, records[:done], conflict)
            result.sent += sum(len(record.changes) for record in records[:done])
            if conflict is not None or result.problem is not None:
                result.conflict = conflict
                return result


def _acknowledge(connection: sa.Connection, records: list[_Record], conflict: Conflict | None) -> None:
    seqs = [change.seq for record in records for change in record.changes]
    with connection.begin():
        for start in range(0, len(seqs), 500):
            part = seqs[start : start + 500]
            connection.exec_driver_sql(
                f"DELETE FROM sync_outbox WHERE seq IN ({', '.join('?' * len(part))})", tuple(part)
            )
        if conflict is not None:
            table = tables.table(conflict.table)
            connection.exec_driver_sql(
                "INSERT INTO sync_conflicts (table_name, row_key, server_row, server_version, base_row)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_name, row_key) DO UPDATE SET"
                " server_row = excluded.server_row, server_version = excluded.server_version,"
                " base_row = excluded.base_row, found_at = excluded.found_at",
                (
                    conflict.table,
                    json.dumps(list(conflict.key), separators=(",", ":")),
                    _row_json(conflict.server_row),
                    conflict.server_row.get("version") if "version" in table.c else None,
                    None if conflict.base_row is None else _row_json(conflict.base_row),
                ),
            )


# --- conflicts ------------------------------------------------------------------------------------------------------


def _row_json(row: Mapping[str, Any]) -> str:
    return json.dumps({name: _json_value(value) for name, value in row.items()})


def list_conflicts(local_engine: Engine) -> list[Conflict]:
    """The records changed here and on another workstation, each with the server's row (as the table's values)."""
    with local_engine.connect() as connection:
        return conflicts_in(connection)


def conflicts_in(connection: sa.Connection) -> list[Conflict]:
    rows = connection.exec_driver_sql(
        "SELECT table_name, row_key, server_row, base_row FROM sync_conflicts ORDER BY found_at"
    ).all()
    found = []
    for name, key, server_row, base_row in rows:
        table = tables.table(str(name))
        base = _python_row(table, json.loads(base_row)) if base_row else None
        found.append(Conflict(str(name), tuple(json.loads(key)), _python_row(table, json.loads(server_row)), base))
    return found


def resolve(local_engine: Engine, conflict: Conflict, values: Mapping[str, Any]) -> None:
    """:func:`resolve_in` in a transaction of its own."""
    with local_engine.begin() as connection:
        resolve_in(connection, conflict, values)


def _write_as_applied(connection: sa.Connection, conflict: Conflict, values: Mapping[str, Any]) -> None:
    """Write ``values`` into the record here without an outbox row of their own."""
    table = tables.table(conflict.table)
    local.set_state(connection, local.APPLYING, "1")
    connection.execute(sa.update(table).where(key_clause(table, conflict.key)).values(**values))
    local.set_state(connection, local.APPLYING, None)


def _rebase(connection: sa.Connection, conflict: Conflict, *, keep_one: bool) -> None:
    """The waiting changes of the record now build on the server's version; the conflict is over."""
    server_version = conflict.server_row.get("version")
    key_json = json.dumps(list(conflict.key), separators=(",", ":"))
    connection.exec_driver_sql(
        "UPDATE sync_outbox SET base_version = ? WHERE table_name = ? AND row_key = ?",
        (server_version, conflict.table, key_json),
    )
    if (
        keep_one
        and not connection.exec_driver_sql(
            "SELECT 1 FROM sync_outbox WHERE table_name = ? AND row_key = ?", (conflict.table, key_json)
        ).first()
    ):
        connection.exec_driver_sql(
            "INSERT INTO sync_outbox (change_id, table_name, row_key, base_version) VALUES (?, ?, ?, ?)",
            (uuid.uuid4().hex, conflict.table, key_json, server_version),
        )
    connection.exec_driver_sql(
        "DELETE FROM sync_conflicts WHERE table_name = ? AND row_key = ?", (conflict.table, key_json)
    )


def resolve_in(connection: sa.Connection, conflict: Conflict, values: Mapping[str, Any]) -> None:
    """The person's choice for a conflicting record, in the caller's transaction: ``values`` (theirs where the person
    took theirs, mine where mine) become the record here, one version past the server's, and the waiting changes are
    rebased on the server's version, so the next push sends the choice and overwrites nothing it did not show."""
    table = tables.table(conflict.table)
    chosen = {name: value for name, value in values.items() if name in table.c}
    server_version = conflict.server_row.get("version")
    if server_version is not None:
        chosen["version"] = int(server_version) + 1
    _write_as_applied(connection, conflict, chosen)
    _rebase(connection, conflict, keep_one=True)


def adopt_server_row(connection: sa.Connection, conflict: Conflict) -> None:
    """In the caller's transaction: the server's row becomes the stored version here (no outbox row of its own), and
    the waiting changes are rebased on it, so that a save against the server's version (the conflict dialog's
    choices, through the program's own save) is the change the push sends next."""
    table = tables.table(conflict.table)
    keys = {column.name for column in tables.key_columns(table)}
    _write_as_applied(connection, conflict, {k: v for k, v in conflict.server_row.items() if k not in keys})
    _rebase(connection, conflict, keep_one=False)


# --- pull -----------------------------------------------------------------------------------------------------------


def _columns(table: sa.Table) -> list[sa.Column]:
    hidden = tables.SERVER_HIDDEN.get(table.name, ())
    return [column for column in table.columns if column.name not in hidden]


_WINDOW = "sync_xid >= CAST(:cursor AS xid8)"
SNAPSHOT = "snapshot"


def _upsert(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    key_names = {column.name for column in tables.key_columns(table)}
    statement = sqlite.insert(table)
    update = {name: statement.excluded[name] for name in rows[0] if name not in key_names}
    if table.name == "users":  # a new person's row needs a password hash: one nothing matches (see local.NO_PASSWORD)
        rows = [{**row, "password_hash": local.NO_PASSWORD} for row in rows]
    connection.execute(
        statement.on_conflict_do_update(index_elements=list(key_names), set_=update)
        if update
        else statement.on_conflict_do_nothing(),
        rows,
    )


def _pending(connection: sa.Connection) -> set[tuple[str, tuple[object, ...]]]:
    return local.pending_records(connection)


def pull(local_engine: Engine, server: Engine, *, page: int = PAGE) -> PullResult:
    """Take the server's changes since this workstation's cursor (see the module's text). Raises
    :class:`sqlalchemy.exc.OperationalError` (and the like) when the server cannot be reached.

    Written here a page at a time, each page its own short transaction (the person's own saves wait for none longer
    than a page), each checking the outbox afresh: a record the person changed a moment ago is never overwritten.
    The cursor moves only after the last page: an interrupted pull is read again whole (taking a row twice is
    harmless)."""
    result = PullResult()
    with local_engine.connect() as mine:
        cursor = local.get_state(mine, local.CURSOR) or "0"
        last_snapshot = local.get_state(mine, SNAPSHOT)
        station = _local_setting(mine, STATION_KEY)
        mine.rollback()
        with server.connect().execution_options(isolation_level="REPEATABLE READ") as theirs, theirs.begin():
            horizon, snapshot = theirs.exec_driver_sql(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text, pg_current_snapshot()::text"
            ).one()
            result.cursor = str(horizon)
            if str(snapshot) == last_snapshot:  # nothing committed since: only say it is there, now and then
                _report_pull(local_engine, server, station, result)
                return result
            window = {"cursor": cursor}
            tombstones = theirs.execute(
                sa.text(f"SELECT table_name, row_key FROM helpline_tombstones WHERE {_WINDOW} ORDER BY sync_xid"),
                window,
            ).all()
            if tombstones:
                with mine.begin():
                    local.set_state(mine, local.APPLYING, "1")
                    pending = _pending(mine)
                    for table_name, row_key in tombstones:
                        if str(table_name) not in tables.shared_names():
                            continue
                        table = tables.table(str(table_name))
                        key = local.stored_key(row_key)
                        if (table.name, key) in pending:
                            result.kept_local += 1
                        else:
                            result.deleted += mine.execute(sa.delete(table).where(key_clause(table, key))).rowcount
                    local.set_state(mine, local.APPLYING, None)
            for table in tables.shared():
                rows = theirs.execution_options(yield_per=page).execute(
                    sa.select(*_columns(table)).where(sa.text(_WINDOW)), window
                )
                for part in rows.partitions():
                    with mine.begin():
                        pending = _pending(mine)
                        taken = []
                        for row in part:
                            values = dict(row._mapping)
                            if (table.name, _row_key(table, values)) in pending:
                                result.kept_local += 1
                            else:
                                taken.append(values)
                        if taken:
                            local.set_state(mine, local.APPLYING, "1")
                            _upsert(mine, table, taken)
                            local.set_state(mine, local.APPLYING, None)
                            result.rows += len(taken)
            with mine.begin():
                local.set_state(mine, local.CURSOR, str(horizon))
                local.set_state(mine, SNAPSHOT, str(snapshot))
    _report_pull(local_engine, server, station, result)
    return result


def _report_pull(local_engine: Engine, server: Engine, station: str | None, result: PullResult) -> None:
    """Tell the server this workstation took its changes (the workstations view): when rows came, or every
    :data:`HEARTBEAT` seconds. Not after every pull: the update takes a transaction id, so every snapshot after it
    would differ and no idle pull could be the one query it is otherwise."""
    if station is None or not (_heartbeat_due(local_engine) or result.rows or result.deleted):
        return
    with server.begin() as connection:
        connection.execute(
            sa.text(
                "UPDATE helpline_workstations SET last_pull_at = now(), username = session_user"
                " WHERE station_code = :station"
            ),
            {"station": station},
        )


HEARTBEAT = 300  # seconds: how often an idle workstation tells the server it is there (the workstations view)
_REPORTED = "reported_pull_at"


def _heartbeat_due(local_engine: Engine) -> bool:
    """Whether an idle workstation should say it is there; the time is noted as said (the caller says it, or says
    it anyway because rows came)."""
    now = datetime.now(UTC)
    with local_engine.begin() as connection:
        last = local.get_state(connection, _REPORTED)
        if last is not None and (now - datetime.fromisoformat(last)).total_seconds() < HEARTBEAT:
            return False
        local.set_state(connection, _REPORTED, now.isoformat())
    return True


# --- joining --------------------------------------------------------------------------------------------------------


def _local_setting(connection: sa.Connection, key: str) -> str | None:
    value = connection.exec_driver_sql("SELECT value FROM store_settings WHERE key = ?", (key,)).scalar()
    return None if value is None else str(value)


def join(local_engine: Engine, server: Engine, *, name: str | None = None) -> str:
    """Make this (new) store a team workstation: a station code of its own from the server (unique there, so case and
    notice numbers made here never collide with another workstation's), the outbox and its triggers here, and
    everything the person may see pulled down. Returns the station code."""
    with local_engine.begin() as connection:
        local.install(connection)
        station = _local_setting(connection, STATION_KEY)
        if station is not None and local.get_state(connection, "joined") == "1":
            return station
    host = name or socket.gethostname()
    for _attempt in range(20):
        code = "".join(secrets.choice(STATION_ALPHABET) for _ in range(4))
        with server.begin() as connection:
            taken = connection.execute(
                sa.text(
                    "INSERT INTO helpline_workstations (station_code, name, username)"
                    " VALUES (:code, :name, session_user) ON CONFLICT (station_code) DO NOTHING"
                ),
                {"code": code, "name": host},
            ).rowcount
        if taken:
            break
    else:  # pragma: no cover - a million codes
        raise SyncRefused("no free station code on the server")
    with local_engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO store_settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (STATION_KEY, code),
        )
        local.set_state(connection, "joined", "1")
        local.set_state(connection, "joined_at", datetime.now(UTC).isoformat())
    pull(local_engine, server)
    return code
