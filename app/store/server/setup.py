"""``helpline server init URL`` and ``helpline server upgrade URL``: a team server's schema, roles and policies.

:func:`init` sets up an empty PostgreSQL (15 or newer) database: the roles of :mod:`app.store.server.roles` (made
when the cluster has none yet), the schema through the same Alembic migrations as every store, run as the owner role
so that it owns every table, then :func:`apply_security`. :func:`upgrade` migrates an initialised database the same
way and applies the security again. Both run in one transaction: a failure leaves the database as it was.

:func:`apply_security` is idempotent: it drops every policy on the schema's tables, revokes every grant the groups
and PUBLIC hold, and makes them afresh from :mod:`app.store.server.policies`, so that a rule taken out of the
program is taken off the server at the next upgrade. It also keeps PUBLIC out: no CONNECT on the database, no CREATE
in the schema; only the three groups connect.

Both need a superuser's connection (the cluster's ``postgres``, over the server's local socket): they create roles,
give ``helpline_accounts`` CREATEROLE and take ownership of the schema's tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.store.db import alembic_config, create_store_engine
from app.store.server import accounts, audit_chain, policies, sync
from app.store.server.roles import ACCOUNTS, GROUPS, OWNER

MINIMUM_VERSION = 150000  # PostgreSQL 15: the public schema closed to PUBLIC by default, security_invoker views


class ServerSetupError(RuntimeError):
    """Init or upgrade refused; the message says why, in a sentence for the person at the terminal."""


def _engine(url: str) -> Engine:
    parsed = sa.make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ServerSetupError("a team server is a PostgreSQL database: give a postgresql:// URL")
    if parsed.drivername == "postgresql":  # the driver the program installs (psycopg 3), not SQLAlchemy's default
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_store_engine(parsed.render_as_string(hide_password=False))


def _check_server(connection: sa.Connection) -> None:
    version = int(connection.exec_driver_sql("SHOW server_version_num").scalar_one())
    if version < MINIMUM_VERSION:
        raise ServerSetupError(f"the server is PostgreSQL {version // 10000}: version 15 or newer is needed")
    if not connection.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar_one():
        raise ServerSetupError(
            "this needs the server's superuser (postgres): it creates the roles and owns the schema's set-up"
        )


def _revision(connection: sa.Connection) -> str | None:
    found = connection.exec_driver_sql(
        "SELECT version_num FROM alembic_version" if "alembic_version" in _tables(connection) else "SELECT NULL"
    ).scalar()
    return None if found is None else str(found)


def _tables(connection: sa.Connection) -> list[str]:
    return [
        str(name)
        for (name,) in connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
    ]


def _ensure_roles(connection: sa.Connection) -> None:
    """The roles, made when missing and kept to their attributes (a role someone changed by hand is set back)."""
    for role in (OWNER, ACCOUNTS, *GROUPS):
        connection.exec_driver_sql(
            f"DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN"
            f" CREATE ROLE {role} NOLOGIN; END IF; END $do$"
        )
        create_role = "CREATEROLE" if role == ACCOUNTS else "NOCREATEROLE"
        connection.exec_driver_sql(
            f"ALTER ROLE {role} NOLOGIN NOSUPERUSER NOCREATEDB {create_role} NOREPLICATION NOBYPASSRLS"
        )
    connection.exec_driver_sql(f"GRANT pg_signal_backend TO {ACCOUNTS}")  # ends a deactivated person's sessions


def _migrate_as_owner(connection: sa.Connection) -> None:
    from alembic import command

    connection.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {OWNER}")
    connection.exec_driver_sql(f"SET LOCAL ROLE {OWNER}")
    command.upgrade(alembic_config(connection), "head")
    connection.exec_driver_sql("RESET ROLE")


def apply_security(connection: sa.Connection) -> list[str]:
    """Ownership, grants, row-level security and policies, made afresh (see the module's text). Returns what the
    person at the terminal should know of what could not be set up (pgaudit missing: reads are not audited)."""
    database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
    connection.exec_driver_sql(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
    connection.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {", ".join(GROUPS)}')
    connection.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {', '.join(GROUPS)}")
    sync.prepare(connection)
    tables = _tables(connection)
    for table in tables:
        connection.exec_driver_sql(f'ALTER TABLE "{table}" OWNER TO {OWNER}')
    connection.exec_driver_sql(f"ALTER FUNCTION audit_log_append_only() OWNER TO {OWNER}")
    for table, name in connection.exec_driver_sql(
        "SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public'"
    ).all():
        connection.exec_driver_sql(f'DROP POLICY "{name}" ON "{table}"')
    known = {
        signature.replace(" ", "")
        for signature in (
            *(name for name, _ in policies.FUNCTIONS),
            *(name for name, _ in accounts.FUNCTIONS),
            *(f"{name}()" for name in audit_chain.FUNCTIONS),
            *audit_chain.SIGNATURES,
            *(f"{name}()" for name in sync.FUNCTIONS),
        )
    }
    for (signature,) in connection.exec_driver_sql(
        "SELECT oid::regprocedure::text FROM pg_proc"
        " WHERE pronamespace = 'public'::regnamespace AND proname LIKE 'helpline!_%%' ESCAPE '!'"
    ).all():
        if str(signature).replace(" ", "") not in known:  # a function an older version made: its policies are gone
            connection.exec_driver_sql(f"DROP FUNCTION {signature}")
    everyone = ", ".join(("PUBLIC", *GROUPS))
    connection.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM {everyone}")
    covered = {rules.table for rules in (*policies.TABLES, *sync.TABLES)}
    missing = sorted(set(tables) - covered)
    if missing:  # a new table without rules would be the owner's alone: said here rather than found later
        raise ServerSetupError(f"no access rules for the table(s) {', '.join(missing)} (app/store/server/policies.py)")
    columns: dict[str, list[str]] = {}
    for table, column in connection.exec_driver_sql(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
        " ORDER BY table_name, ordinal_position"
    ).all():
        columns.setdefault(str(table), []).append(str(column))
    for statement in (
        *policies.statements(columns, sync.TABLES),
        *accounts.account_statements(),
        *audit_chain.statements(),
    ):
        connection.exec_driver_sql(statement.replace("%", "%%"))  # psycopg reads % as a parameter's mark
    connection.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {', '.join(GROUPS)}")
    no_read_audit = audit_chain.apply_read_audit(connection)
    return [no_read_audit] if no_read_audit else []


def init(url: str, notes: list[str] | None = None) -> str:
    """Set up the empty database at ``url``; returns the schema's revision. :class:`ServerSetupError` if it is not
    empty or not a PostgreSQL 15+ server reached as its superuser. ``notes`` gets :func:`apply_security`'s."""
    engine = _engine(url)
    try:
        with engine.begin() as connection:
            _check_server(connection)
            if _tables(connection):
                raise ServerSetupError(
                    "the database is not empty: init sets up a new one (an initialised server is migrated with "
                    "helpline server upgrade)"
                )
            _ensure_roles(connection)
            _migrate_as_owner(connection)
            said = apply_security(connection)
            revision = _revision(connection)
    finally:
        engine.dispose()
    assert revision is not None
    if notes is not None:
        notes.extend(said)
    return revision


def upgrade(url: str, notes: list[str] | None = None) -> tuple[str | None, str]:
    """Migrate the initialised database at ``url`` and apply the security again; (revision before, after).
    ``notes`` gets :func:`apply_security`'s."""
    engine = _engine(url)
    try:
        with engine.begin() as connection:
            _check_server(connection)
            owner = connection.exec_driver_sql(
                "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'alembic_version'"
            ).scalar()
            if owner != OWNER:
                raise ServerSetupError(
                    "the database was not set up by helpline server init (its tables are not helpline_owner's): "
                    "set up a new database with init and move the data with pg_dump"
                )
            before = _revision(connection)
            _ensure_roles(connection)
            audit_chain.drop_unloaded_pgaudit(connection)
            _migrate_as_owner(connection)
            said = apply_security(connection)
            after = _revision(connection)
    finally:
        engine.dispose()
    assert after is not None
    if notes is not None:
        notes.extend(said)
    return before, after
