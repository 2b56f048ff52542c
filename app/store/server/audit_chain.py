"""The team server's audit trail: appended only at its tip, the workstations' entries anchored there, reads logged.

**The tip.** ``app.services.guard.audit.record`` appends in three steps in one transaction: it reserves the next
number (``audit_head.seq + 1``, or ``+ n`` for n entries appended together, which serialises appends), inserts the
entries, each chained to the one before it (the first to the tip's hash), and sets the tip's hash to the last
one's. Everyone must be able to do that (row-level security lets every group update ``audit_head`` and insert into
``audit_log`` in their own name), so on the server three triggers hold each step to it:

- an entry is inserted only with a number reserved at the tip (above the last entry there, at most the tip's
  number), and with the hash of the entry numbered just before it as its ``prev_hash`` (of none for the first:
  the genesis hash): no entry slipped in before others, none outside the chain, none linked past another;
- the tip's number only moves on (taking one or more numbers) while its hash stays, and its hash moves only to the
  hash of the entry with its number;
- at commit (a deferred constraint trigger) the tip names an entry that is there: so every number reserved was
  filled (each entry needs the one before it), and none left empty would read as a deleted entry to ``helpline
  audit verify``.

With the trigger of migration 0007 (no UPDATE, DELETE or TRUNCATE of ``audit_log``, for anyone) the server's trail
can only grow, in order. The functions are SECURITY DEFINER (the owner's): a counsellor may not read the trail, but
their append must be checked against it.

**The workstations' entries** (``app.store.sync.audit_push``). Each workstation keeps its own chain in its local
store; the sync sends its entries to the server, which appends each one at **its own** tip with
``helpline_append_audit(station, ...)`` (SECURITY DEFINER, executable by the three groups; the entries' fields as
one array each): the server gives each entry its next number, chains it to its tip's hash and computes its hash
itself, exactly as the program does (:data:`_ENTRY_HASH`, the same JSON text as
``app.services.guard.audit.entry_hash``), so ``helpline audit verify`` run against the server checks the server's
trail like any store's. The workstation's own numbering is kept beside it in three server-only columns, for
cross-checking the two trails: ``station_code``, ``station_seq`` (the entry's number in the workstation's trail) and
``station_hash`` (its hash there). ``(station_code, station_seq)`` is unique:

- the same entry sent again (a push interrupted after the server's commit) is found and nothing is appended for it
  (the call returns how many were new, and succeeds), so every entry is on the server exactly once;
- another entry under the same station and number (a workstation whose local trail was rewritten, or a store put back
  from a backup that numbers again) is refused, never dropped or merged: an administrator looks at both trails.

``helpline_audit_received(station)`` tells the caller how far the server holds that station's entries: the highest
local number of their own, and of the failed log-ins with no user, so a workstation sends only what is missing.

The entry must be in the caller's own name, as the insert policy on ``audit_log`` says (``app/store/server/
policies.py``): the person's ``users`` row and login, or a failed or locked-out log-in with no user. So a person's
entries reach the server only when that person is signed in to it, and an entry a forger sends under another
station's number is in the forger's own name. The entry's kind must be one the program knows (``AuditKind``).

**Reads on the server** (:func:`apply_read_audit`). When the server loads PostgreSQL's ``pgaudit`` extension
(``shared_preload_libraries = 'pgaudit'``, Debian's ``postgresql-15-pgaudit``), every read of the tables of
:data:`AUDITED_READS` by anyone is written to the server's log (object audit logging: ``pgaudit.role`` is
``helpline_auditor``, a NOLOGIN role holding SELECT on exactly those tables; reads of other tables are not logged).
The log line names the reader through ``log_line_prefix`` (``%u``). Where the server lacks pgaudit, set-up goes on
and says so.
"""

from __future__ import annotations

import sqlalchemy as sa

from app.models.audit import GENESIS, AuditKind
from app.store.server.roles import AUDITOR, GROUPS, OWNER

# The tables whose every read on the server pgaudit logs: the identified data (persons, their contacts, cases, the
# field history that holds the values before and after, aid decisions).
AUDITED_READS = ("persons", "contacts", "cases", "change_log", "aid_decisions")

# The server-only columns of audit_log: where a workstation's entry came from, under which number and hash there.
STATION_COLUMNS = (
    ("station_code", "text"),
    ("station_seq", "bigint"),
    ("station_hash", "text"),
)

_APPEND_ARGUMENTS = (
    "in_station text, in_seqs bigint[], in_hashes text[], in_ats timestamptz[], in_user_ids uuid[],"
    " in_usernames text[], in_kinds text[], in_record_types text[], in_record_ids text[], in_screens text[],"
    " in_details text[]"
)
APPEND_SIGNATURE = (
    "helpline_append_audit(text, bigint[], text[], timestamp with time zone[], uuid[], text[], text[], text[], text[],"
    " text[], text[])"
)
_HASH_SIGNATURE = (
    "helpline_audit_entry_hash(bigint, timestamp with time zone, uuid, text, text, text, text, text, text, text)"
)
RECEIVED_SIGNATURE = "helpline_audit_received(text)"
# Every function this module makes with arguments (apply_security keeps the ``helpline_`` functions it knows).
SIGNATURES = (APPEND_SIGNATURE, _HASH_SIGNATURE, RECEIVED_SIGNATURE)


def _function(name: str, body: str) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
        f" SET search_path = public, pg_temp AS $fn$ DECLARE tip audit_head%ROWTYPE; BEGIN {body} END $fn$"
    )


FUNCTIONS = {
    "helpline_audit_at_tip": f"""
        SELECT * INTO tip FROM audit_head WHERE id = 1;
        IF NOT FOUND OR NEW.seq < 1 OR NEW.seq > tip.seq OR NOT (
            (NEW.seq = 1 AND NEW.prev_hash = '{GENESIS}')
            OR EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq - 1 AND hash = NEW.prev_hash)
        ) THEN
            RAISE EXCEPTION 'an audit entry is appended at the tip of the trail, with the number reserved for it'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;""",
    "helpline_audit_tip_moves": """
        IF NEW.id = OLD.id AND (
            (NEW.seq > OLD.seq AND NEW.hash = OLD.hash)
            OR (NEW.seq = OLD.seq AND NEW.hash = OLD.hash)
            OR (NEW.seq = OLD.seq AND EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq AND hash = NEW.hash))
        ) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit trail''s tip moves on to the entries appended, and only so'
            USING ERRCODE = 'check_violation';""",
    "helpline_audit_tip_is_an_entry": """
        SELECT * INTO tip FROM audit_head WHERE id = 1;
        IF FOUND AND tip.seq > 0 AND NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = tip.seq AND hash = tip.hash)
        THEN
            RAISE EXCEPTION 'the audit trail''s tip names no entry: a number was reserved and nothing appended'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;""",
}

TRIGGERS = (
    ("audit_log", "audit_log_at_tip", "BEFORE INSERT ON audit_log FOR EACH ROW", "helpline_audit_at_tip"),
    ("audit_head", "audit_head_moves", "BEFORE UPDATE ON audit_head FOR EACH ROW", "helpline_audit_tip_moves"),
    (
        "audit_head",
        "audit_head_is_an_entry",
        "AFTER INSERT OR UPDATE ON audit_head DEFERRABLE INITIALLY DEFERRED FOR EACH ROW",
        "helpline_audit_tip_is_an_entry",
    ),
)

# ``app.services.guard.audit.entry_hash`` in SQL: SHA-256 of the UTF-8 of the JSON array
# [seq, at, user_id, username, kind, record_type, record_id, screen, details, prev_hash] as Python's
# ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` writes it. PostgreSQL's to_json(text) escapes
# exactly as Python does (", \, \b \f \n \r \t, other control characters as lower-case \u00xx, nothing else), and
# the time is the UTC ISO form with microseconds (``2026-12-05T12:00:00.123456+00:00``).
# tests/store/server/test_audit_push.py proves the two agree on entries with quotes, control characters and Cyrillic.
_ENTRY_HASH = """
CREATE OR REPLACE FUNCTION helpline_audit_entry_hash(
    seq bigint, at timestamptz, user_id uuid, username text, kind text, record_type text, record_id text,
    screen text, details text, prev_hash text)
RETURNS text LANGUAGE sql STABLE SET search_path = public, pg_temp AS $fn$
SELECT encode(sha256(convert_to(
    '[' || seq::text
    || ',' || to_json(to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00')::text
    || ',' || coalesce(to_json(user_id::text)::text, 'null')
    || ',' || to_json(username)::text
    || ',' || to_json(kind)::text
    || ',' || coalesce(to_json(record_type)::text, 'null')
    || ',' || coalesce(to_json(record_id)::text, 'null')
    || ',' || coalesce(to_json(screen)::text, 'null')
    || ',' || to_json(details)::text
    || ',' || to_json(prev_hash)::text
    || ']', 'UTF8')), 'hex')
$fn$"""

_KINDS = ", ".join(f"'{kind.value}'" for kind in AuditKind)

# Appends a workstation's entries at the server's tip (see the module's text): each entry's fields come in one array
# per field, in the workstation's order; returns how many were new. The tip's row is locked first: appends are
# serialised by it, so the look for entries already there sees every append committed before (READ COMMITTED takes a
# new snapshot per statement). The new entries take their numbers in one move of the tip and the tip's hash is set
# once, to the last one's (the triggers let entries appended together through, each linked to the one before it).
_ENTRIES = (
    "unnest(in_seqs, in_hashes, in_ats, in_user_ids, in_usernames, in_kinds, in_record_types, in_record_ids,"
    " in_screens, in_details) WITH ORDINALITY"
    " AS e(seq, hash, at, user_id, username, kind, record_type, record_id, screen, details, n)"
)
_APPEND = f"""
CREATE OR REPLACE FUNCTION helpline_append_audit({_APPEND_ARGUMENTS})
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    me uuid := helpline_user_id();
    tip audit_head%ROWTYPE;
    entry record;
    held text;
    fresh bigint[] := '{{}}';
    next_seq bigint;
    digest text;
BEGIN
    IF in_station IS NULL OR in_station = '' THEN
        RAISE EXCEPTION 'a workstation''s audit entries name their station' USING ERRCODE = 'not_null_violation';
    END IF;
    IF cardinality(in_seqs) IS NULL OR NOT cardinality(in_seqs) = ALL (ARRAY[cardinality(in_hashes),
        cardinality(in_ats), cardinality(in_user_ids), cardinality(in_usernames), cardinality(in_kinds),
        cardinality(in_record_types), cardinality(in_record_ids), cardinality(in_screens), cardinality(in_details)])
    THEN
        RAISE EXCEPTION 'a workstation''s audit entries come as one array per field, all of one length'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR entry IN SELECT * FROM {_ENTRIES} ORDER BY e.n LOOP
        IF entry.seq IS NULL OR entry.hash IS NULL OR entry.at IS NULL OR entry.username IS NULL
            OR entry.kind IS NULL THEN
            RAISE EXCEPTION 'a workstation''s audit entry names its number and hash there, its time, user name and'
                ' kind' USING ERRCODE = 'not_null_violation';
        END IF;
        IF entry.kind NOT IN ({_KINDS}) THEN
            RAISE EXCEPTION 'an audit entry of a kind the program does not know: %', entry.kind
                USING ERRCODE = 'check_violation';
        END IF;
        IF NOT ((entry.user_id IS NOT NULL AND entry.user_id = me AND entry.username = session_user::text)
                OR (entry.user_id IS NULL AND entry.kind IN ('login_failed', 'login_locked'))) THEN
            RAISE EXCEPTION 'an audit entry is sent to the server only in one''s own name (entry % of station %)',
                entry.seq, in_station USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
    SELECT * INTO tip FROM audit_head WHERE id = 1 FOR UPDATE;
    FOR entry IN SELECT * FROM {_ENTRIES} ORDER BY e.n LOOP
        SELECT l.station_hash INTO held FROM audit_log l
            WHERE l.station_code = in_station AND l.station_seq = entry.seq;
        IF NOT FOUND THEN
            fresh := fresh || entry.n;
        ELSIF held IS DISTINCT FROM entry.hash THEN
            RAISE EXCEPTION 'station % sent another entry numbered % than the one the server holds: its local'
                ' trail was rewritten or put back from a backup', in_station, entry.seq
                USING ERRCODE = 'unique_violation';
        END IF;
    END LOOP;
    IF cardinality(fresh) = 0 THEN
        RETURN 0;
    END IF;
    IF tip.id IS NULL THEN  -- the tip's row was removed by hand: the chain goes on from the newest entry
        SELECT 1, l.seq, l.hash INTO tip FROM audit_log l ORDER BY l.seq DESC LIMIT 1;
        IF NOT FOUND THEN
            tip := ROW(1, 0, '{GENESIS}');
        END IF;
        INSERT INTO audit_head (id, seq, hash) VALUES (1, tip.seq + cardinality(fresh), tip.hash);
    ELSE
        UPDATE audit_head SET seq = tip.seq + cardinality(fresh) WHERE id = 1;
    END IF;
    next_seq := tip.seq;
    digest := tip.hash;
    FOR entry IN SELECT * FROM {_ENTRIES} WHERE e.n = ANY (fresh) ORDER BY e.n LOOP
        next_seq := next_seq + 1;
        INSERT INTO audit_log (seq, at, user_id, username, kind, record_type, record_id, screen, details,
            prev_hash, hash, station_code, station_seq, station_hash)
        VALUES (next_seq, entry.at, entry.user_id, entry.username, entry.kind, entry.record_type, entry.record_id,
            entry.screen, coalesce(entry.details, ''), digest,
            helpline_audit_entry_hash(next_seq, entry.at, entry.user_id, entry.username, entry.kind,
                entry.record_type, entry.record_id, entry.screen, coalesce(entry.details, ''), digest),
            in_station, entry.seq, entry.hash)
        RETURNING hash INTO digest;
    END LOOP;
    UPDATE audit_head SET hash = digest WHERE id = 1;
    RETURN cardinality(fresh);
END $fn$"""


# How far the server holds a station's entries: the highest local number of the caller's own entries, and of the
# failed log-ins with no user (anyone signed in sends those). A counsellor may not read the trail, but may learn this
# of their own entries, so that a workstation sends only what the server lacks, with no bookkeeping of its own.
_RECEIVED = """
CREATE OR REPLACE FUNCTION helpline_audit_received(station text, OUT own bigint, OUT no_user bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
SELECT coalesce(max(station_seq) FILTER (WHERE user_id = helpline_user_id()), 0),
       coalesce(max(station_seq) FILTER (WHERE user_id IS NULL), 0)
FROM audit_log WHERE station_code = station
$fn$"""


def statements() -> list[str]:
    """The columns, functions and triggers, made afresh (idempotent: run by every ``server init`` and ``upgrade``)."""
    out: list[str] = [
        *(f"ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS {column} {kind}" for column, kind in STATION_COLUMNS),
        "CREATE UNIQUE INDEX IF NOT EXISTS uq_audit_log_station_entry ON audit_log (station_code, station_seq)",
    ]
    for name, body in FUNCTIONS.items():
        out.append(_function(name, body))
        out.append(f"ALTER FUNCTION {name}() OWNER TO {OWNER}")
        out.append(f"REVOKE ALL ON FUNCTION {name}() FROM PUBLIC")
    for table, trigger, when, function in TRIGGERS:
        out.append(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        constraint = "CONSTRAINT " if "DEFERRABLE" in when else ""
        out.append(f"CREATE {constraint}TRIGGER {trigger} {when} EXECUTE FUNCTION {function}()")
    for create, signature, callers in (
        (_ENTRY_HASH, _HASH_SIGNATURE, ()),
        (_APPEND, APPEND_SIGNATURE, GROUPS),
        (_RECEIVED, RECEIVED_SIGNATURE, GROUPS),
    ):
        out.append(create)
        out.append(f"ALTER FUNCTION {signature} OWNER TO {OWNER}")
        out.append(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        if callers:
            out.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {', '.join(callers)}")
    return out


def pgaudit_loaded(connection: sa.Connection) -> bool:
    """Whether the server loads pgaudit (a server setting: ``shared_preload_libraries``) and has its extension."""
    loaded = str(connection.exec_driver_sql("SHOW shared_preload_libraries").scalar_one())
    available = connection.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pgaudit'").first()
    return "pgaudit" in (name.strip().strip('"') for name in loaded.split(",")) and available is not None


NO_PGAUDIT = (
    "this server does not load pgaudit: reads of identified data on the server are not audited "
    "(install postgresql-15-pgaudit, set shared_preload_libraries = 'pgaudit', restart PostgreSQL and run "
    "helpline server upgrade; docs/team.md)"
)


def drop_unloaded_pgaudit(connection: sa.Connection) -> None:
    """pgaudit's extension left in the database of a server that no longer loads it makes every DDL statement fail
    ("pgaudit must be loaded via shared_preload_libraries"), an upgrade's migrations first: it is dropped then (and
    made again by the upgrade after the server loads pgaudit once more). Run before the migrations."""
    if pgaudit_loaded(connection):
        return
    if connection.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pgaudit'").first() is not None:
        connection.exec_driver_sql("DROP EXTENSION pgaudit")


def apply_read_audit(connection: sa.Connection) -> str | None:
    """pgaudit's object audit logging of :data:`AUDITED_READS` (see the module's text), made afresh; needs the
    superuser. Returns None when reads are audited, else the sentence saying why not (set-up goes on without it)."""
    connection.exec_driver_sql(
        f"DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AUDITOR}') THEN"
        f" CREATE ROLE {AUDITOR} NOLOGIN; END IF; END $do$"
    )
    connection.exec_driver_sql(f"ALTER ROLE {AUDITOR} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {AUDITOR}")
    connection.exec_driver_sql(f"GRANT SELECT ON {', '.join(AUDITED_READS)} TO {AUDITOR}")
    if not pgaudit_loaded(connection):
        return NO_PGAUDIT
    database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
    connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pgaudit")
    # The database's own setting (pgaudit.role is the superuser's to set: no person can SET it off for a session).
    connection.exec_driver_sql(f"ALTER DATABASE \"{database}\" SET pgaudit.role = '{AUDITOR}'")
    return None
