"""On the team server an audit entry is appended only at the tip of the trail, and the tip only moves by one entry.

``app.services.guard.audit.record`` appends in three steps in one transaction: it reserves the next number
(``audit_head.seq + 1``, which serialises appends), inserts the entry chained to the tip's hash, and sets the tip's
hash to the entry's. Everyone must be able to do that (row-level security lets every group update ``audit_head`` and
insert into ``audit_log`` in their own name), so on the server three triggers hold each step to it:

- an entry is inserted only with the reserved number and the tip's hash as its ``prev_hash``
  (no entry slipped in before others, none outside the chain);
- the tip moves only by one number at a time, and its hash only to the hash of the entry with its number;
- at commit (a deferred constraint trigger) the tip names an entry that is there: a number reserved and left empty
  would read as a deleted entry to ``helpline audit verify``.

With the trigger of migration 0007 (no UPDATE, DELETE or TRUNCATE of ``audit_log``, for anyone) the server's trail
can only grow, in order. What the triggers do not check is the entry's own hash (the program's canonical JSON):
``helpline audit verify`` does. The functions are SECURITY DEFINER (the owner's): a counsellor may not read the
trail, but their append must be checked against it.
"""

from __future__ import annotations

from app.store.server.roles import OWNER


def _function(name: str, body: str) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
        f" SET search_path = public, pg_temp AS $fn$ DECLARE tip audit_head%ROWTYPE; BEGIN {body} END $fn$"
    )


FUNCTIONS = {
    "helpline_audit_at_tip": """
        SELECT * INTO tip FROM audit_head WHERE id = 1;
        IF NOT FOUND OR NEW.seq <> tip.seq OR NEW.prev_hash <> tip.hash THEN
            RAISE EXCEPTION 'an audit entry is appended at the tip of the trail, with the number reserved for it'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;""",
    "helpline_audit_tip_moves": """
        IF NEW.id = OLD.id AND (
            (NEW.seq = OLD.seq + 1 AND NEW.hash = OLD.hash)
            OR (NEW.seq = OLD.seq AND NEW.hash = OLD.hash)
            OR (NEW.seq = OLD.seq AND EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq AND hash = NEW.hash))
        ) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit trail''s tip moves by one appended entry at a time'
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


def statements() -> list[str]:
    """The functions and triggers, made afresh (idempotent: run by every ``server init`` and ``upgrade``)."""
    out: list[str] = []
    for name, body in FUNCTIONS.items():
        out.append(_function(name, body))
        out.append(f"ALTER FUNCTION {name}() OWNER TO {OWNER}")
        out.append(f"REVOKE ALL ON FUNCTION {name}() FROM PUBLIC")
    for table, trigger, when, function in TRIGGERS:
        out.append(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        constraint = "CONSTRAINT " if "DEFERRABLE" in when else ""
        out.append(f"CREATE {constraint}TRIGGER {trigger} {when} EXECUTE FUNCTION {function}()")
    return out
