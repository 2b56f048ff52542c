"""The one place that opens the database: engine, migrations and the unit of work.

SQLite (the embedded default) runs in WAL mode with foreign keys on, ``synchronous=FULL``, a busy timeout and
``secure_delete`` (deleted or overwritten content is zeroed in its page and freed pages are zeroed: what retention
removes must not stay readable to whoever holds the key; SQLCipher turns it on with a key, this keeps it so).
PostgreSQL is reached through the same code with a ``postgresql+psycopg://`` URL.

Opening is cheap whatever the store's size: :meth:`Store.open` reads the first page, the schema and every table's
first pages (:func:`cheap_check`) and the schema revision (one row, compared with :data:`HEAD_REVISION`: Alembic is
imported only when a migration is due). SQLite's full ``PRAGMA quick_check`` (:func:`quick_check`, 9 s at
1,000,000 contacts) runs only when the caller asks for it (``full_check``): ``app.store.integrity`` decides when.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import SingletonThreadPool

from app.errors import StaleRecord, StoreCorrupt, StoreKeyRejected, StoreLocked, StoreUnavailable
from app.store.keys import StoreKey

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
BUSY_TIMEOUT_MS = 5000
# The newest migration's revision (app/migrations/versions): a store at it opens without importing Alembic.
# tests/store/test_opening_checks.py fails until a new migration's revision is written here.
HEAD_REVISION = "0012"


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        _apply_pragmas(dbapi_connection, busy_timeout_ms)

    return on_connect


def _apply_pragmas(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def create_store_engine(
    url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, key: StoreKey | None = None, **kwargs: Any
) -> Engine:
    """An engine for ``url`` with this program's connection settings. Opens no connection yet.

    ``busy_timeout_ms``: how long a write waits for another program's lock before :class:`StoreLocked`.
    ``key``: a SQLite store is opened with SQLCipher and this key (``app.store.keys``); the key goes to the driver as
    the
    URL's password, never into a string that is logged or written.
    """
    sa_url = sa.make_url(url)
    if key is not None:
        if sa_url.get_backend_name() != "sqlite":
            raise ValueError("only a SQLite store is encrypted by the program")
        sa_url = sa_url.set(drivername="sqlite+pysqlcipher", password=key.pragma_value)
    if sa_url.get_backend_name() == "sqlite":
        if sa_url.database and sa_url.database != ":memory:":
            Path(sa_url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(sa_url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        return engine
    return sa.create_engine(sa_url, pool_pre_ping=True, **kwargs)


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """Alembic's configuration, built in code so that no URL (or future key) ever lands in an ini file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration's revision as Alembic reads it from app/migrations (imports Alembic; see
    :data:`HEAD_REVISION` for the constant a start compares with)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def stored_revision(connection: sa.Connection) -> str | None:
    """The store's schema revision (Alembic's ``alembic_version`` row), read without Alembic; None for a new store."""
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if found is None else str(found)


def current_revision(engine: Engine) -> str | None:
    with translate_errors(), engine.connect() as connection:
        return stored_revision(connection)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the store's schema to ``revision`` (at start-up: head). Data are kept; migrations are additive.

    Alembic is imported here, when a migration is due, not at every start."""
    from alembic import command

    with translate_errors(), engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def migrate_if_behind(engine: Engine) -> bool:
    """Migrate to head when the store's revision is not :data:`HEAD_REVISION`; True when it did."""
    if current_revision(engine) == HEAD_REVISION:
        return False
    migrate(engine)
    return True


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn driver errors a user can meet into the program's known errors (each with a sentence to show)."""
    try:
        yield
    except StaleDataError as error:  # an UPDATE found the row's version moved on: another save came first
        raise StaleRecord(str(error)) from error
    except sa.exc.OperationalError as error:
        raise classify_operational_error(error) from error
    except sa.exc.DatabaseError as error:
        text = str(error.orig)  # sqlite3's and sqlcipher3's DatabaseError alike
        if "not a database" in text or "malformed" in text:
            raise StoreCorrupt(text) from error
        raise


def classify_operational_error(error: sa.exc.OperationalError) -> Exception:
    message = str(error.orig).lower()
    if "locked" in message or "busy" in message:
        return StoreLocked(message)
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return StoreCorrupt(message)
    if "disk" in message and ("full" in message or "i/o" in message):
        return StoreUnavailable(message, disk_full="full" in message)
    if "unable to open" in message or "connection" in message or "could not" in message:
        return StoreUnavailable(message)
    return error


def quick_check(engine: Engine) -> None:
    """SQLite's ``PRAGMA quick_check`` (every page read, indexes' shape checked); :class:`StoreCorrupt` if it fails."""
    with translate_errors(), engine.connect() as connection:
        verdict = str(connection.exec_driver_sql("PRAGMA quick_check").scalar())
    if verdict != "ok":
        raise StoreCorrupt("quick_check: " + verdict.splitlines()[-1][:200])


def cheap_check(engine: Engine) -> None:
    """What every start checks of a SQLite store, in milliseconds whatever its size; :class:`StoreCorrupt` if not.

    The first page decrypts and its header adds up (SQLite refuses a file shorter than the page count in its header:
    a file cut short), the schema reads, and every table's first pages read: SQLCipher authenticates each page it
    reads (HMAC), so a damaged page among them is refused rather than read. Without a WAL beside it the file must
    also hold every page the header counts. Damage in the other pages is what :func:`quick_check` finds."""
    with translate_errors(), engine.connect() as connection:
        tables = [
            str(name)
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"  # a word index's own tables are listed too
            )
        ]
        for name in tables:  # NOT INDEXED: the table's own pages, not a smaller index's the planner would prefer
            quoted = name.replace('"', '""')
            connection.exec_driver_sql(f'SELECT * FROM "{quoted}" NOT INDEXED LIMIT 1').all()
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar() or 0)
    database = engine.url.database
    if not database or database == ":memory:" or os.path.exists(database + "-wal"):
        return  # with a WAL, the newest pages may be there rather than in the file yet
    size = os.path.getsize(database)
    if size < pages * page_size:
        raise StoreCorrupt(f"the file holds {size} bytes, its header counts {pages} pages of {page_size}")


class Store:
    """An opened store: the engine and the factory for units of work. Built once at start-up."""

    def __init__(self, engine: Engine, key: StoreKey | None = None) -> None:
        self.engine = engine
        self.key = key  # the SQLCipher key it was opened with: its backups are encrypted with the same one
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.anchor: Any = None  # the audit trail's anchor keeper (``app.services.guard.audit_anchor``), once attached
        # The local store's integrity keeper (``app.store.integrity.Integrity``): its background check is stopped
        # before the engine closes, and the clean close is noted after.
        self.integrity: Any = None
        self.damage: StoreCorrupt | None = None  # what a check found after opening: no commit is let through
        event.listen(engine, "commit", self._refuse_if_damaged)

    def _refuse_if_damaged(self, _connection: Any) -> None:
        if self.damage is not None:
            raise StoreCorrupt(f"a check found the store damaged, nothing more is written: {self.damage}")

    def refuse_writes(self, damage: StoreCorrupt) -> None:
        """From now on every commit raises :class:`StoreCorrupt` (and rolls back): a check found ``damage``."""
        self.damage = damage

    def keep_anchor(self, keeper: Any) -> None:
        """Every unit of work from now on moves the audit trail's anchor on after it commits an entry."""
        self.anchor = keeper
        self._sessions.configure(info={"audit_anchor": keeper})

    @classmethod
    def open(
        cls,
        url: str,
        *,
        migrate_to_head: bool = True,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        key: StoreKey | None = None,
        full_check: bool = False,
    ) -> Store:
        """Open (creating if new) and migrate. With ``key`` a wrong key raises :class:`StoreKeyRejected`.

        A SQLite store is checked before anything (a migration) writes to it, and a damaged one raises
        :class:`StoreCorrupt`: always :func:`cheap_check` (milliseconds); with ``full_check`` SQLite's
        ``PRAGMA quick_check`` too (every page: 0.8 s at 100,000 contacts, 9 s at 1,000,000; ``app.store.integrity``
        decides when a start needs it). Alembic is imported only when the store's revision is not
        :data:`HEAD_REVISION`.
        """
        engine = create_store_engine(url, busy_timeout_ms=busy_timeout_ms, key=key)
        try:
            with translate_errors(), engine.connect() as connection:
                connection.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master" if engine.dialect.name == "sqlite" else "SELECT 1"
                )
        except StoreCorrupt as error:
            engine.dispose()
            # SQLCipher cannot tell a wrong key from a damaged first page: both read as noise ("not a database").
            # A first page that decrypts but does not add up ("malformed": a file cut short) is damage.
            if key is not None and "not a database" in str(error):
                raise StoreKeyRejected(str(error)) from error
            raise
        if engine.dialect.name == "sqlite":
            try:
                cheap_check(engine)
                if full_check:
                    quick_check(engine)
            except StoreCorrupt:
                engine.dispose()
                raise
        if migrate_to_head:
            migrate_if_behind(engine)
        return cls(engine, key)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._sessions)

    def close_this_threads_connection(self) -> None:
        """Close the calling thread's connection to the store, on the thread that opened it.

        SQLite runs on ``SingletonThreadPool`` (SQLCipher), which keeps one connection per thread open between units
        of work: a thread that is done with the store (the database worker at a log-out, the start's opening
        thread) invalidates its own, which closes it. Queue pools (PostgreSQL, an unencrypted file) have it back
        already."""
        pool = self.engine.pool
        if not isinstance(pool, SingletonThreadPool):
            return
        mine = getattr(getattr(pool, "_conn", None), "current", None)  # this thread's entry, if it ever connected
        if mine is not None and mine() is None:
            return
        try:
            connection = pool.connect()
        except Exception:  # a store already closed or gone: nothing of this thread's is open
            return
        connection.invalidate()

    def close(self) -> None:
        """Close every connection; a local store's background check is stopped first and the clean close noted."""
        if self.integrity is not None:
            self.integrity.stop()
        self.engine.dispose()
        if self.integrity is not None:
            self.integrity.closed()


class UnitOfWork:
    """A session that rolls back whatever it did not commit (cosmicpython's pattern on SQLAlchemy 2).

    ``with store.unit_of_work() as uow: ...; uow.commit()``
    """

    session: Session

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, StaleDataError):  # from an automatic flush inside a query
            raise StaleRecord(str(exc)) from exc
        if isinstance(exc, sa.exc.OperationalError):
            known = classify_operational_error(exc)
            if known is not exc:
                raise known from exc

    def commit(self) -> None:
        with translate_errors():
            self.session.commit()

    def flush(self) -> None:
        with translate_errors():
            self.session.flush()
