"""Who may read and write what on the team server: every table's rules, as data, and the SQL made from them.

The rules say on the server what the program's rules say in the client (``app.services.actor``,
``app.services.guard.access``): a counsellor sees anonymous contacts and the identified ones they handled or entered,
those of the cases they took part in and those of the persons they hold an access grant for (break-the-glass, an
``access_override`` entry in the audit trail, for :data:`GRANT_HOURS`); shift leads and administrators see all; the
audit trail is read by administrators only and written by everyone only in their own name, never changed or
deleted; a draft is its user's alone. docs/team.md has the same table in words, with the reason for each row.

How the server knows who is asking: each person signs in as their own login role, named as their user name, so
:func:`helpline_user_id` is the ``users`` row whose ``username`` is ``session_user`` (the role that signed in: a
``SET ROLE`` to one's group cannot change who one is, and a SECURITY DEFINER function sees the caller only so).

Each :class:`Rule` gives one SQL command on one table to some groups, under a condition on the row (``USING`` for
SELECT, UPDATE and DELETE; ``WITH CHECK`` for INSERT and UPDATE); a command no rule gives is not granted at all, so
it is refused with "permission denied", not silently filtered.

Two kinds of condition look at other tables. The sets a counsellor's rows are judged by (the persons they hold a
grant for, the cases they see, the persons they see) come from the set-returning SECURITY DEFINER functions of
:data:`FUNCTIONS`, owned by the owner role, which row-level security does not limit: they read the access grants in an
audit trail the counsellor may not read, and no policy of the tables they read runs (no recursion), and written as
``x IN (SELECT f())`` each set is computed once per statement, not once per row (bench/team_rls.py: a counsellor's
count of persons went from 430 times the unlimited query's time to 16 times when the per-row functions became sets).
A row that belongs to another (a risk to its contact, a score to its review) is seen when that row is, by an
``EXISTS`` on the parent table, whose own policies apply: a child's rule cannot drift from its parent's. The
references go one way only (children to contacts, reviews, decisions and persons; those to the functions), so
PostgreSQL meets no recursion.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.store.server.roles import ADMIN, COUNSELLOR, EVERYONE, LEAD, OVERSEERS, OWNER

# ``app.services.guard.access.GRANT_PERIOD`` (a shift); tests/store/server checks that the two agree.
GRANT_HOURS = 12
ME = "(SELECT helpline_user_id())"  # a sub-select: evaluated once per statement, not once per row


@dataclass(frozen=True)
class Rule:
    """``command`` (SELECT, INSERT, UPDATE or DELETE) on the table for ``groups`` where ``condition`` holds.

    ``columns``: only these columns (a column privilege); ``hidden``: every column but these (SELECT).
    """

    command: str
    groups: tuple[str, ...]
    condition: str = "true"
    columns: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableRules:
    table: str
    rules: tuple[Rule, ...]


def _read_all(table: str) -> TableRules:
    """A register or vocabulary: everyone reads it, administrators keep it."""
    return TableRules(
        table,
        (
            Rule("SELECT", EVERYONE),
            Rule("INSERT", (ADMIN,)),
            Rule("UPDATE", (ADMIN,)),
            Rule("DELETE", (ADMIN,)),
        ),
    )


def _vocabulary(table: str) -> TableRules:
    """Everyone reads it, administrators add and rename (entries are deactivated, never deleted)."""
    return TableRules(table, (Rule("SELECT", EVERYONE), Rule("INSERT", (ADMIN,)), Rule("UPDATE", (ADMIN,))))


def _parent_contact(table: str, *, own: bool = False, column: str = "contact_id") -> str:
    """The row's contact is one the person sees (through the contacts table's own policies), or is their own."""
    mine = f" AND (c.handled_by_id = {ME} OR c.entered_by_id = {ME})" if own else ""
    return f"EXISTS (SELECT 1 FROM contacts c WHERE c.id = {table}.{column}{mine})"


def _child_of_contact(table: str) -> TableRules:
    """Part of a contact (risks, actions, topics, consents): seen with the contact, written by whoever may change it."""
    sees, changes = _parent_contact(table), _parent_contact(table, own=True)
    return TableRules(
        table,
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), sees),
            *(Rule(command, OVERSEERS) for command in ("INSERT", "UPDATE", "DELETE")),
            *(Rule(command, (COUNSELLOR,), changes) for command in ("INSERT", "UPDATE", "DELETE")),
        ),
    )


OWN_CONTACT = f"(handled_by_id = {ME} OR entered_by_id = {ME})"
# The sets are sub-selects of set-returning functions: each is computed once per statement (a hashed sub-plan), not
# once per row (bench/team_rls.py measures it).
GRANTED = "(SELECT helpline_granted_persons())"
CASES = "(SELECT helpline_visible_cases())"
PERSONS = "(SELECT helpline_visible_persons())"
SEEN_CONTACT = (
    f"(person_id IS NULL OR handled_by_id = {ME} OR entered_by_id = {ME} OR person_id IN {GRANTED}"
    f" OR case_id IN {CASES})"
)

SEEN_DECISION = "EXISTS (SELECT 1 FROM aid_decisions d WHERE d.id = aid_decision_events.decision_id)"

TABLES: tuple[TableRules, ...] = (
    TableRules(
        "users",
        (
            Rule("SELECT", (ADMIN,)),
            Rule("SELECT", (COUNSELLOR, LEAD), hidden=("password_hash",)),
            Rule("INSERT", (ADMIN,)),
            Rule("UPDATE", (ADMIN,)),
            Rule("UPDATE", (COUNSELLOR, LEAD), f"id = {ME}", columns=("last_login_at", "updated_at")),
        ),
    ),
    TableRules(
        "persons",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), f"id IN {PERSONS}"),
            Rule("INSERT", EVERYONE),
            Rule("UPDATE", OVERSEERS),
            Rule("UPDATE", (COUNSELLOR,), f"id IN {PERSONS}"),
        ),
    ),
    TableRules(
        "cases",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), f"id IN {CASES}"),
            Rule("INSERT", EVERYONE, f"opened_by_id = {ME}"),
            Rule("UPDATE", OVERSEERS),
            Rule("UPDATE", (COUNSELLOR,), f"id IN {CASES}"),
        ),
    ),
    TableRules(
        "contacts",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), SEEN_CONTACT),
            Rule("INSERT", OVERSEERS, f"entered_by_id = {ME}"),
            # in their own name, and into a case only of theirs (app.services.guard.access.check_may_attach)
            Rule("INSERT", (COUNSELLOR,), f"entered_by_id = {ME} AND (case_id IS NULL OR case_id IN {CASES})"),
            Rule("UPDATE", OVERSEERS),
            Rule("UPDATE", (COUNSELLOR,), OWN_CONTACT),
        ),
    ),
    _child_of_contact("contact_risks"),
    _child_of_contact("contact_actions"),
    _child_of_contact("contact_topics"),
    _child_of_contact("contact_consents"),
    TableRules(
        "change_log",
        (
            Rule("SELECT", OVERSEERS),
            Rule(
                "SELECT",
                (COUNSELLOR,),
                f"(entity = 'contact' AND {_parent_contact('change_log', column='entity_id')})"
                " OR (entity = 'person' AND EXISTS (SELECT 1 FROM persons p WHERE p.id = change_log.entity_id))",
            ),
            Rule("INSERT", EVERYONE, f"changed_by_id = {ME}"),
            Rule("UPDATE", (ADMIN,)),  # retention blanks the values of what it removes
        ),
    ),
    TableRules("counters", (Rule("SELECT", EVERYONE), Rule("INSERT", EVERYONE), Rule("UPDATE", EVERYONE))),
    _read_all("store_settings"),
    TableRules(
        "drafts",
        tuple(Rule(command, EVERYONE, f"user_id = {ME}") for command in ("SELECT", "INSERT", "UPDATE", "DELETE")),
    ),
    TableRules(
        "audit_log",
        (
            Rule("SELECT", (ADMIN,)),
            Rule(
                "INSERT",
                EVERYONE,
                f"(user_id = {ME} AND username = session_user::text)"
                " OR (user_id IS NULL AND kind IN ('login_failed', 'login_locked'))",
            ),
        ),
    ),
    TableRules(
        "audit_head",
        (
            Rule("SELECT", EVERYONE),
            Rule("UPDATE", EVERYONE),  # every append moves the tip on (and so serialises appends)
            Rule("INSERT", (ADMIN,)),  # mending a tip removed by hand (audit_anchor.mend_head)
            Rule("DELETE", (ADMIN,)),
        ),
    ),
    TableRules(
        "aid_decisions",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), f"decided_by_id = {ME} OR case_id IN {CASES}"),
            Rule("INSERT", OVERSEERS, f"decided_by_id = {ME}"),
            Rule("INSERT", (COUNSELLOR,), f"decided_by_id = {ME} AND case_id IN {CASES}"),
            Rule("UPDATE", OVERSEERS),
            Rule("UPDATE", (COUNSELLOR,), f"decided_by_id = {ME}"),
        ),
    ),
    TableRules(
        "aid_decision_events",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), SEEN_DECISION),
            Rule("INSERT", OVERSEERS, f"recorded_by_id = {ME}"),
            Rule("INSERT", (COUNSELLOR,), f"recorded_by_id = {ME} AND {SEEN_DECISION}"),
        ),
    ),
    _read_all("minimum_wage_rates"),
    _read_all("providers"),
    _read_all("provider_counties"),
    _read_all("provider_languages"),
    _read_all("provider_services"),
    _read_all("provider_fields"),
    _read_all("provider_qualifications"),
    _vocabulary("topics"),
    _vocabulary("review_criteria"),
    TableRules(
        "reviews",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), _parent_contact("reviews", own=True)),  # the review of their own work
            Rule("INSERT", OVERSEERS, f"reviewer_id = {ME}"),
            Rule("UPDATE", OVERSEERS),
            # the counsellor acknowledges having read it, and changes nothing else
            Rule("UPDATE", (COUNSELLOR,), _parent_contact("reviews", own=True), columns=("acknowledged_at", "version")),
        ),
    ),
    TableRules(
        "review_scores",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), "EXISTS (SELECT 1 FROM reviews r WHERE r.id = review_scores.review_id)"),
            Rule("INSERT", OVERSEERS),
            Rule("UPDATE", OVERSEERS),
            Rule("DELETE", OVERSEERS),
        ),
    ),
    TableRules(
        "review_queue",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), _parent_contact("review_queue", own=True)),
            Rule("INSERT", OVERSEERS),
            Rule("INSERT", (COUNSELLOR,), _parent_contact("review_queue", own=True)),  # saving a contact may queue it
            Rule("UPDATE", OVERSEERS),
            Rule("DELETE", OVERSEERS),
        ),
    ),
    TableRules("handover_notes", (Rule("SELECT", EVERYONE), Rule("INSERT", EVERYONE, f"author_id = {ME}"))),
    TableRules(
        "handover_reads",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), f"user_id = {ME}"),
            Rule("INSERT", EVERYONE, f"user_id = {ME}"),
        ),
    ),
    TableRules("alembic_version", (Rule("SELECT", EVERYONE),)),  # the program checks the schema's revision
)


def _function(name: str, body: str, *, returns: str) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {name} RETURNS {returns} LANGUAGE sql STABLE SECURITY DEFINER"
        f" SET search_path = public, pg_temp AS $fn$ {body} $fn$"
    )


_ME = "(SELECT helpline_user_id())"
_UUID = "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'"
# In dependency order (an SQL function's body is checked when it is created). Each is the owner's, so it reads the
# tables whole; each answers only for the person calling (session_user).
FUNCTIONS: tuple[tuple[str, str], ...] = (
    (
        "helpline_user_id()",
        _function(
            "helpline_user_id()", "SELECT id FROM users WHERE username = session_user::text AND active", returns="uuid"
        ),
    ),
    (
        "helpline_granted_persons()",  # break-the-glass: the person's access entries of the last GRANT_HOURS
        _function(
            "helpline_granted_persons()",
            "SELECT record_id::uuid FROM audit_log WHERE kind = 'access_override' AND record_type = 'person'"
            f" AND user_id = {_ME} AND record_id ~ {_UUID}"
            f" AND at > now() - interval '{GRANT_HOURS} hours' AND at <= now()",
            returns="SETOF uuid",
        ),
    ),
    (
        "helpline_visible_cases()",  # took part (opened it, a contact or a decision in it), or granted its person
        _function(
            "helpline_visible_cases()",
            f"SELECT id FROM cases WHERE opened_by_id = {_ME}"
            f" UNION SELECT case_id FROM contacts WHERE (handled_by_id = {_ME} OR entered_by_id = {_ME})"
            " AND case_id IS NOT NULL"
            f" UNION SELECT case_id FROM aid_decisions WHERE decided_by_id = {_ME}"
            " UNION SELECT id FROM cases WHERE person_id IN (SELECT helpline_granted_persons())",
            returns="SETOF uuid",
        ),
    ),
    (
        "helpline_visible_persons()",  # served (one of their contacts is the person's), or granted
        _function(
            "helpline_visible_persons()",
            f"SELECT person_id FROM contacts WHERE (handled_by_id = {_ME} OR entered_by_id = {_ME})"
            " AND person_id IS NOT NULL UNION SELECT helpline_granted_persons()",
            returns="SETOF uuid",
        ),
    ),
)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def policy_name(table: str, rule: Rule, number: int) -> str:
    return f"{table}_{rule.command.lower()}_{number}"


def statements(columns: dict[str, list[str]], more: tuple[TableRules, ...] = ()) -> list[str]:
    """Every statement that sets the grants and policies from :data:`TABLES` (and ``more``: the server's own tables)
    afresh, after the caller dropped the old policies and revoked the old grants. ``columns``: each table's columns,
    for rules that name or hide some."""
    out: list[str] = []
    for signature, create in FUNCTIONS:
        out.append(create)
        out.append(f"ALTER FUNCTION {signature} OWNER TO {OWNER}")
        out.append(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        out.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {', '.join(EVERYONE)}")
    for table in (*TABLES, *more):
        name = _quote(table.table)
        out.append(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        for number, rule in enumerate(table.rules, 1):
            shown = rule.columns or tuple(c for c in columns[table.table] if c not in rule.hidden)
            listed = f" ({', '.join(_quote(c) for c in shown)})" if (rule.columns or rule.hidden) else ""
            out.append(f"GRANT {rule.command}{listed} ON {name} TO {', '.join(rule.groups)}")
            clause = "WITH CHECK" if rule.command == "INSERT" else "USING"
            check = f" WITH CHECK ({rule.condition})" if rule.command == "UPDATE" else ""
            out.append(
                f"CREATE POLICY {policy_name(table.table, rule, number)} ON {name} FOR {rule.command}"
                f" TO {', '.join(rule.groups)} {clause} ({rule.condition}){check}"
            )
    return out
