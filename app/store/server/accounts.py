"""Each person is a PostgreSQL login role: made, deactivated, moved to another group and given a password here.

A person's login role is named as their user name (``app.models.user_names``: lower case, letters of one script,
digits and ``. - _ @``), so the server's ``session_user`` is the ``users`` row's ``username``
(``app.store.server.policies``). It is a member of exactly one group (:data:`app.store.server.roles.GROUPS`) and
holds no attribute of its own (no CREATEROLE, no CREATEDB): an administrator's login changes accounts only through
the SECURITY DEFINER functions of :data:`FUNCTIONS`, owned by the NOLOGIN role ``helpline_accounts``, which check
that the role they touch is a person's and that the group is one of the three. PostgreSQL 15's CREATEROLE would let
its holder grant themselves any role, the owner's included; the functions cannot.

Passwords leave the workstation only as a SCRAM-SHA-256 verifier (:func:`scram_verifier`, RFC 5802/7677, as
PostgreSQL's own ``libpq`` makes it), never in clear: not in the server's statement log, not in
``pg_stat_activity``. The server's ``password_encryption`` must be ``scram-sha-256`` (PostgreSQL 14's default) and
its ``pg_hba.conf`` must ask for ``scram-sha-256`` over ``hostssl`` (docs/team.md).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stringprep
import unicodedata

import sqlalchemy as sa

from app.models.enums import Role
from app.store.server.roles import ACCOUNTS, ADMIN, GROUPS, RESERVED, group_of

SCRAM_ITERATIONS = 4096  # PostgreSQL's default (scram_iterations, PostgreSQL 16)
NAME_BYTES = 63  # a PostgreSQL identifier's longest (NAMEDATALEN - 1)


class AccountRefused(ValueError):
    """The server cannot make or change this login: ``reason`` is a stable code (``server.name_too_long``…)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _saslprep(password: str) -> bytes:
    """RFC 4013's SASLprep of the password, as PostgreSQL applies it (``pg_saslprep``); a password it refuses
    (prohibited or badly mixed bidirectional characters) is used as its raw UTF-8 bytes, as PostgreSQL does."""
    raw = password.encode()
    mapped = "".join(" " if stringprep.in_table_c12(ch) else ch for ch in password if not stringprep.in_table_b1(ch))
    text = unicodedata.normalize("NFKC", mapped)
    prohibited = (
        stringprep.in_table_c12,
        stringprep.in_table_c21_c22,
        stringprep.in_table_c3,
        stringprep.in_table_c4,
        stringprep.in_table_c5,
        stringprep.in_table_c6,
        stringprep.in_table_c7,
        stringprep.in_table_c8,
        stringprep.in_table_c9,
        stringprep.in_table_a1,
    )
    if not text or any(check(ch) for ch in text for check in prohibited):
        return raw
    if any(stringprep.in_table_d1(ch) for ch in text):
        if any(stringprep.in_table_d2(ch) for ch in text):
            return raw
        if not (stringprep.in_table_d1(text[0]) and stringprep.in_table_d1(text[-1])):
            return raw
    return text.encode()


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The ``SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey`` PostgreSQL keeps for a password."""
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", _saslprep(password), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def login_name(username: str) -> str:
    """The login role of the user ``username`` (the same text); :class:`AccountRefused` when the server cannot have
    it: longer than 63 bytes (a user name of Cyrillic letters counts two bytes a letter) or a role of the server's."""
    if len(username.encode()) > NAME_BYTES:
        raise AccountRefused("server.name_too_long")
    if username in RESERVED or username.startswith("pg_") or username in ("postgres", "public"):
        raise AccountRefused("server.name_reserved")
    return username


_GROUP_LIST = ", ".join(f"'{group}'" for group in GROUPS)
_PERSON_CHECK = f"""
    IF NOT EXISTS (
        SELECT 1 FROM pg_roles r
        WHERE r.rolname = p_name AND NOT r.rolsuper AND NOT r.rolcreaterole AND NOT r.rolcreatedb
          AND NOT r.rolbypassrls AND NOT r.rolreplication AND r.rolname NOT IN ({", ".join(f"'{n}'" for n in RESERVED)})
          AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                      WHERE m.member = r.oid AND g.rolname IN ({_GROUP_LIST}))
    ) THEN
        RAISE EXCEPTION 'not a helpline person''s login: %', p_name USING ERRCODE = 'insufficient_privilege';
    END IF;"""
_GROUP_CHECK = f"""
    IF p_group NOT IN ({_GROUP_LIST}) THEN
        RAISE EXCEPTION 'not a helpline group: %', p_group USING ERRCODE = 'invalid_parameter_value';
    END IF;"""
_VERIFIER_CHECK = """
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is expected, not a password' USING ERRCODE = 'invalid_password';
    END IF;"""


def _plpgsql(signature: str, body: str) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {signature} RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
        f" SET search_path = pg_catalog, pg_temp AS $fn$ BEGIN {body} END $fn$"
    )


FUNCTIONS: tuple[tuple[str, str], ...] = (
    (
        "helpline_create_login(text, text, text)",
        _plpgsql(
            "helpline_create_login(p_name text, p_verifier text, p_group text)",
            _GROUP_CHECK
            + _VERIFIER_CHECK
            + """
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
        RAISE EXCEPTION 'the server has a role % already', p_name USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS'
                   ' PASSWORD %L IN ROLE %I', p_name, p_verifier, p_group);""",
        ),
    ),
    (
        "helpline_set_login_active(text, boolean)",
        _plpgsql(
            "helpline_set_login_active(p_name text, p_active boolean)",
            _PERSON_CHECK
            + """
    EXECUTE format('ALTER ROLE %I %s', p_name, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF NOT p_active THEN  -- what the person has open ends now, not at their next sign-in
        PERFORM pg_terminate_backend(pid, 5000) FROM pg_stat_activity  -- waits (5 s at most) until each has ended
        WHERE usename = p_name AND pid <> pg_backend_pid();
    END IF;""",
        ),
    ),
    (
        "helpline_set_login_group(text, text)",
        _plpgsql(
            "helpline_set_login_group(p_name text, p_group text)",
            _GROUP_CHECK
            + _PERSON_CHECK
            + f"""
    EXECUTE format('GRANT %I TO %I', p_group, p_name);
    FOR other IN SELECT unnest(ARRAY[{_GROUP_LIST}]) LOOP
        IF other <> p_group THEN
            EXECUTE format('REVOKE %I FROM %I', other, p_name);
        END IF;
    END LOOP;""",
        ).replace("AS $fn$ BEGIN", "AS $fn$ DECLARE other text; BEGIN"),
    ),
    (
        "helpline_set_login_password(text, text)",
        _plpgsql(
            "helpline_set_login_password(p_name text, p_verifier text)",
            _VERIFIER_CHECK + _PERSON_CHECK + "\n    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);",
        ),
    ),
)


def account_statements() -> list[str]:
    """The account functions, owned by ``helpline_accounts``, callable by administrators only."""
    out: list[str] = []
    for signature, create in FUNCTIONS:
        out.append(create)
        out.append(f"ALTER FUNCTION {signature} OWNER TO {ACCOUNTS}")
        out.append(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        out.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {ADMIN}")
    return out


def create_login(connection: sa.Connection, username: str, password: str, role: Role) -> None:
    """Make ``username``'s login role, in the group of ``role``, in the connection's transaction (roles are
    transactional in PostgreSQL: a rolled-back user creation leaves no login behind)."""
    connection.execute(
        sa.text("SELECT helpline_create_login(:name, :verifier, :group)"),
        {"name": login_name(username), "verifier": scram_verifier(password), "group": group_of(role)},
    )


def set_login_active(connection: sa.Connection, username: str, active: bool) -> None:
    """LOGIN or NOLOGIN; deactivating also ends the person's open connections."""
    connection.execute(
        sa.text("SELECT helpline_set_login_active(:name, :active)"), {"name": username, "active": active}
    )


def set_login_role(connection: sa.Connection, username: str, role: Role) -> None:
    """Move the person into the group of ``role`` (and out of the others)."""
    connection.execute(
        sa.text("SELECT helpline_set_login_group(:name, :group)"), {"name": username, "group": group_of(role)}
    )


def set_login_password(connection: sa.Connection, username: str, password: str) -> None:
    """An administrator's reset of a person's server password (a person changes their own with ALTER ROLE)."""
    connection.execute(
        sa.text("SELECT helpline_set_login_password(:name, :verifier)"),
        {"name": username, "verifier": scram_verifier(password)},
    )
