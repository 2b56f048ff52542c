"""What row-level security costs on the team server: a counsellor's and a lead's queries beside the same queries
without it (the superuser, whom no policy limits), on a server of N contacts. Prints figures; asserts nothing.

    HELPLINE_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/postgres \\
        .venv/bin/python -m bench.team_rls --contacts 100000

The URL is a superuser's (``./dev test`` starts such a server; see ``start_postgres`` in ./dev). A database is made,
set up with ``server init``, filled with SQL (20 counsellors; 30 % of the contacts identified, their persons shared
among counsellors; a few break-the-glass grants) and dropped at the end, with its login roles.

Each query runs as the person and as the superuser in turn, the order alternating, ``--runs`` times; a line prints
the medians and their ratio. The ratio is what the policies (their SECURITY DEFINER functions, called per row where
the planner cannot fold them) add: the next step's pull and a new workstation's join read through them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid

import psycopg
import sqlalchemy as sa

from app.models.enums import Role
from app.store.server import accounts, setup

COUNSELLORS = 20
PASSWORD = "bench password"

QUERIES = {
    "contacts, count": "SELECT count(*) FROM contacts",
    "contacts, newest 50": "SELECT id, started_at FROM contacts ORDER BY started_at DESC LIMIT 50",
    "own contacts, count": "SELECT count(*) FROM contacts WHERE handled_by_id = {me}",
    "persons, count": "SELECT count(*) FROM persons",
    "contacts of one person": "SELECT id FROM contacts WHERE person_id = {person}",
}


def _fill(connection: psycopg.Connection, contacts: int, tag: str) -> dict[str, str]:
    persons = max(1, contacts * 3 // 10 // 2)  # callers call about twice
    names = {f"c{n:02d}.{tag}": Role.COUNSELLOR for n in range(1, COUNSELLORS + 1)} | {f"lead.{tag}": Role.SHIFT_LEAD}
    for username, role in names.items():
        connection.execute(
            "INSERT INTO users (id, username, full_name, role, password_hash, active, created_at, updated_at)"
            " VALUES (gen_random_uuid(), %s, %s, %s, 'x', true, now(), now())",
            (username, username, role.value),
        )
    connection.execute(
        "INSERT INTO persons (id, full_name, version, created_at, updated_at)"
        " SELECT gen_random_uuid(), 'Person ' || g, 1, now(), now() FROM generate_series(1, %s) g",
        (persons,),
    )
    connection.execute(
        """
        WITH p AS (SELECT array_agg(id ORDER BY full_name) AS a FROM persons),
             u AS (SELECT array_agg(id ORDER BY username) AS a FROM users WHERE role = 'counsellor')
        INSERT INTO contacts (id, kind, line, channel, direction, started_at, summary, handled_by_id, entered_by_id,
                              version, created_at, updated_at, person_id)
        SELECT gen_random_uuid(), 'counselling', '116006', 'phone', 'incoming', now() - g * interval '5 minutes',
               'summary ' || g, u.a[1 + g %% %(c)s], u.a[1 + g %% %(c)s], 1, now(), now(),
               CASE WHEN g %% 10 < 3 THEN p.a[1 + (g::bigint * 7919) %% %(p)s] END
        FROM generate_series(1, %(n)s) g, p, u
        """,
        {"n": contacts, "p": persons, "c": COUNSELLORS},
    )
    connection.execute("ANALYZE")
    me = connection.execute("SELECT id FROM users WHERE username = %s", (f"c01.{tag}",)).fetchone()
    assert me is not None
    person = connection.execute(
        "SELECT person_id FROM contacts WHERE handled_by_id = %s AND person_id IS NOT NULL LIMIT 1", (me[0],)
    ).fetchone()
    assert person is not None
    return {"me": f"'{me[0]}'", "person": f"'{person[0]}'"}


def _time(connection: psycopg.Connection, statement: str) -> float:
    started = time.perf_counter()
    connection.execute(statement).fetchall()
    connection.rollback()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    url = os.environ.get("HELPLINE_TEST_POSTGRES_URL")
    if not url:
        raise SystemExit("set HELPLINE_TEST_POSTGRES_URL to a superuser's URL (./dev starts such a server)")
    tag = uuid.uuid4().hex[:6]
    database = f"bench_rls_{tag}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as setting_up:
        setting_up.exec_driver_sql(f"CREATE DATABASE {database}")
    target = sa.make_url(url).set(database=database)
    logins = (f"c01.{tag}", f"lead.{tag}")
    try:
        setup.init(target.render_as_string(hide_password=False))
        plain = {"host": target.host, "port": target.port, "dbname": database}
        with psycopg.connect(**plain, user=target.username or "postgres") as filling:  # type: ignore[arg-type]
            started = time.perf_counter()
            values = _fill(filling, args.contacts, tag)
            filling.commit()
            filled = time.perf_counter() - started
        engine = sa.create_engine(target)
        with engine.begin() as making:
            accounts.create_login(making, logins[0], PASSWORD, Role.COUNSELLOR)
            accounts.create_login(making, logins[1], PASSWORD, Role.SHIFT_LEAD)
        engine.dispose()
        print(
            f"{args.contacts} contacts, {COUNSELLORS} counsellors, filled in {filled:.1f} s;"
            f" load average {os.getloadavg()[0]:.2f}"
        )
        superuser = psycopg.connect(**plain, user=target.username or "postgres")  # type: ignore[arg-type]
        people: dict[str, psycopg.Connection] = {
            "counsellor": psycopg.connect(**plain, user=logins[0], password=PASSWORD),  # type: ignore[arg-type]
            "lead": psycopg.connect(**plain, user=logins[1], password=PASSWORD),  # type: ignore[arg-type]
        }
        for who, connection in people.items():
            for label, query in QUERIES.items():
                statement = query.format(**values)
                mine: list[float] = []
                baseline: list[float] = []
                for run in range(args.runs):
                    pair: list[tuple[psycopg.Connection, list[float]]] = [(connection, mine), (superuser, baseline)]
                    for conn, times in pair if run % 2 == 0 else reversed(pair):
                        times.append(_time(conn, statement))
                rows = len(connection.execute(statement).fetchall())
                connection.rollback()
                a, b = statistics.median(mine), statistics.median(baseline)
                print(
                    f"{who:10} {label:24} {a * 1000:9.1f} ms   without row security {b * 1000:8.1f} ms"
                    f"   ×{a / b:6.1f}   ({rows} row(s))"
                )
        for opened in (superuser, *people.values()):
            opened.close()
    finally:
        with admin.connect() as cleaning:
            cleaning.exec_driver_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
            for login in logins:
                cleaning.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
        admin.dispose()
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
