"""The server's trail grows only at its tip, also when a save appends several entries at once (the program reserves
their numbers together, app.services.guard.audit): every number reserved is filled at commit, each entry links to
the one numbered before it, and the tip's hash moves only to its newest entry's. Plain SQL as a counsellor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import psycopg
import pytest

from app.services.guard import audit
from tests.store.server.conftest import TeamServer, name
from tests.store.server.test_audit_push import program_verdict

pytestmark = pytest.mark.postgres

Append = Callable[[int, str], str]  # (number, prev_hash) -> the entry's hash, once inserted


def appends(connection: psycopg.Connection, team_server: TeamServer) -> Append:
    """Inserts a view entry of mari's as the program writes it (its own hash) and returns its hash."""
    mari = team_server.ids["mari"]

    def append(seq: int, prev: str) -> str:
        at = datetime.now(UTC)
        digest = audit.entry_hash(seq, at, mari, name("mari"), "view", None, None, None, "{}", prev)
        connection.execute(
            "INSERT INTO audit_log (seq, at, user_id, username, kind, details, prev_hash, hash)"
            " VALUES (%s, %s, %s, %s, 'view', '{}', %s, %s)",
            (seq, at, mari, name("mari"), prev, digest),
        )
        return digest

    return append


def reserve(connection: psycopg.Connection, count: int) -> tuple[int, str]:
    """Takes ``count`` numbers at the tip; the first of them and the hash the first entry links to."""
    row = connection.execute(
        "UPDATE audit_head SET seq = seq + %s WHERE id = 1 RETURNING seq, hash", (count,)
    ).fetchone()
    assert row is not None
    return int(row[0]) - count + 1, str(row[1])


def test_entries_appended_together_are_chained_in_order(team_server: TeamServer) -> None:
    with team_server.connect("mari") as connection:
        append = appends(connection, team_server)
        first, prev = reserve(connection, 3)
        for seq in range(first, first + 3):
            prev = append(seq, prev)
        connection.execute("UPDATE audit_head SET hash = %s WHERE id = 1", (prev,))
        connection.commit()
    verdict = program_verdict(team_server)
    assert verdict.ok, verdict.sentence()


def attempt(connection: psycopg.Connection, append: Append, what: str) -> None:
    """Two numbers reserved together, then ``what`` is done with them, and the transaction committed."""
    first, prev = reserve(connection, 2)
    if what == "the second without the first":
        append(first + 1, prev)
    elif what == "the second linked past the first, to the tip":
        append(first, prev)
        append(first + 1, prev)
    elif what == "one of two, the tip moved to it":
        connection.execute("UPDATE audit_head SET hash = %s WHERE id = 1", (append(first, prev),))
    else:
        append(first + 1, append(first, prev))
    connection.commit()


@pytest.mark.parametrize(
    ("what", "refused"),
    [
        ("the second without the first", "appended at the tip"),
        ("the second linked past the first, to the tip", "appended at the tip"),
        ("one of two, the tip moved to it", "moves on to the entries appended"),
        ("both, the tip's hash left behind", "names no entry"),
    ],
)
def test_numbers_reserved_together_are_all_filled_in_order_or_nothing_commits(
    team_server: TeamServer, what: str, refused: str
) -> None:
    with team_server.connect("mari") as connection:
        with pytest.raises(psycopg.Error, match=refused):
            attempt(connection, appends(connection, team_server), what)
        connection.rollback()
    assert program_verdict(team_server).ok
