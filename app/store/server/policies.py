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
it is refused with "permission denied", not silently filtered. Conditions that look at other tables go through the
SECURITY DEFINER functions of :data:`FUNCTIONS` (owned by the owner role, which row-level security does not limit),
so that one table's policy never runs another's (PostgreSQL would refuse the recursion) and a counsellor's policy
can read the access grants in an audit trail they may not read.
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


def _child_of_contact(table: str) -> TableRules:
    """Part of a contact (risks, actions, topics, consents): seen with the contact, written by whoever may change it."""
    sees, changes = "helpline_sees_contact(contact_id)", "helpline_changes_contact(contact_id)"
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
SEEN_CONTACT = (
    f"(person_id IS NULL OR handled_by_id = {ME} OR entered_by_id = {ME} OR helpline_granted(person_id)"
    " OR helpline_sees_case(case_id))"
)

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
            Rule("SELECT", (COUNSELLOR,), "helpline_sees_person(id)"),
            Rule("INSERT", EVERYONE),
            Rule("UPDATE", OVERSEERS),
            Rule("UPDATE", (COUNSELLOR,), "helpline_sees_person(id)"),
        ),
    ),
    TableRules(
        "cases",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), "helpline_sees_case(id)"),
            Rule("INSERT", EVERYONE, f"opened_by_id = {ME}"),
            Rule("UPDATE", OVERSEERS),
            Rule("UPDATE", (COUNSELLOR,), "helpline_sees_case(id)"),
        ),
    ),
    TableRules(
        "contacts",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), SEEN_CONTACT),
            Rule("INSERT", OVERSEERS, f"entered_by_id = {ME}"),
            # in their own name, and into a case only of theirs (app.services.guard.access.check_may_attach)
            Rule("INSERT", (COUNSELLOR,), f"entered_by_id = {ME} AND (case_id IS NULL OR helpline_sees_case(case_id))"),
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
                "(entity = 'contact' AND helpline_sees_contact(entity_id))"
                " OR (entity = 'person' AND helpline_sees_person(entity_id))",
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
            Rule("SELECT", (COUNSELLOR,), f"decided_by_id = {ME} OR helpline_sees_case(case_id)"),
            Rule("INSERT", OVERSEERS, f"decided_by_id = {ME}"),
            Rule("INSERT", (COUNSELLOR,), f"decided_by_id = {ME} AND helpline_sees_case(case_id)"),
            Rule("UPDATE", OVERSEERS),
            Rule("UPDATE", (COUNSELLOR,), f"decided_by_id = {ME}"),
        ),
    ),
    TableRules(
        "aid_decision_events",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), "helpline_sees_decision(decision_id)"),
            Rule("INSERT", OVERSEERS, f"recorded_by_id = {ME}"),
            Rule("INSERT", (COUNSELLOR,), f"recorded_by_id = {ME} AND helpline_sees_decision(decision_id)"),
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
            Rule("SELECT", (COUNSELLOR,), "helpline_changes_contact(contact_id)"),  # the review of their own work
            Rule("INSERT", OVERSEERS, f"reviewer_id = {ME}"),
            Rule("UPDATE", OVERSEERS),
            # the counsellor acknowledges having read it, and changes nothing else
            Rule(
                "UPDATE", (COUNSELLOR,), "helpline_changes_contact(contact_id)", columns=("acknowledged_at", "version")
            ),
        ),
    ),
    TableRules(
        "review_scores",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), "helpline_sees_review(review_id)"),
            Rule("INSERT", OVERSEERS),
            Rule("UPDATE", OVERSEERS),
            Rule("DELETE", OVERSEERS),
        ),
    ),
    TableRules(
        "review_queue",
        (
            Rule("SELECT", OVERSEERS),
            Rule("SELECT", (COUNSELLOR,), "helpline_changes_contact(contact_id)"),
            Rule("INSERT", OVERSEERS),
            Rule("INSERT", (COUNSELLOR,), "helpline_changes_contact(contact_id)"),  # saving a contact may queue it
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


def _function(name: str, body: str, *, returns: str = "boolean", language: str = "sql") -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {name} RETURNS {returns} LANGUAGE {language} STABLE SECURITY DEFINER"
        f" SET search_path = public, pg_temp AS $fn$ {body} $fn$"
    )


_MINE = "(handled_by_id = helpline_user_id() OR entered_by_id = helpline_user_id())"
# In dependency order (an SQL function's body is checked when it is created).
FUNCTIONS: tuple[tuple[str, str], ...] = (
    (
        "helpline_user_id()",
        _function(
            "helpline_user_id()",
            "SELECT id FROM users WHERE username = session_user::text AND active",
            returns="uuid",
        ),
    ),
    (
        "helpline_granted(uuid)",
        _function(
            "helpline_granted(p_person uuid)",
            "SELECT p_person IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log a WHERE a.kind = 'access_override'"
            " AND a.user_id = helpline_user_id() AND a.record_type = 'person' AND a.record_id = p_person::text"
            f" AND a.at > now() - interval '{GRANT_HOURS} hours' AND a.at <= now())",
        ),
    ),
    (
        "helpline_took_part(uuid)",
        _function(
            "helpline_took_part(p_case uuid)",
            "SELECT p_case IS NOT NULL AND ("
            " EXISTS (SELECT 1 FROM cases WHERE id = p_case AND opened_by_id = helpline_user_id())"
            f" OR EXISTS (SELECT 1 FROM contacts WHERE case_id = p_case AND {_MINE})"
            " OR EXISTS (SELECT 1 FROM aid_decisions WHERE case_id = p_case AND decided_by_id = helpline_user_id()))",
        ),
    ),
    (
        "helpline_sees_case(uuid)",
        _function(
            "helpline_sees_case(p_case uuid)",
            "SELECT p_case IS NOT NULL AND (helpline_took_part(p_case)"
            " OR EXISTS (SELECT 1 FROM cases WHERE id = p_case AND helpline_granted(person_id)))",
        ),
    ),
    (
        "helpline_sees_person(uuid)",
        _function(
            "helpline_sees_person(p_person uuid)",
            "SELECT p_person IS NOT NULL AND ("
            f" EXISTS (SELECT 1 FROM contacts WHERE person_id = p_person AND {_MINE}) OR helpline_granted(p_person))",
        ),
    ),
    (
        "helpline_sees_contact(uuid)",
        _function(
            "helpline_sees_contact(p_contact uuid)",
            "SELECT EXISTS (SELECT 1 FROM contacts WHERE id = p_contact AND (person_id IS NULL OR"
            f" {_MINE} OR helpline_granted(person_id) OR helpline_sees_case(case_id)))",
        ),
    ),
    (
        "helpline_changes_contact(uuid)",
        _function(
            "helpline_changes_contact(p_contact uuid)",
            f"SELECT EXISTS (SELECT 1 FROM contacts WHERE id = p_contact AND {_MINE})",
        ),
    ),
    (
        "helpline_sees_decision(uuid)",
        _function(
            "helpline_sees_decision(p_decision uuid)",
            "SELECT EXISTS (SELECT 1 FROM aid_decisions WHERE id = p_decision"
            " AND (decided_by_id = helpline_user_id() OR helpline_sees_case(case_id)))",
        ),
    ),
    (
        "helpline_sees_review(uuid)",
        _function(
            "helpline_sees_review(p_review uuid)",
            "SELECT EXISTS (SELECT 1 FROM reviews r WHERE r.id = p_review AND helpline_changes_contact(r.contact_id))",
        ),
    ),
)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def policy_name(table: str, rule: Rule, number: int) -> str:
    return f"{table}_{rule.command.lower()}_{number}"


def statements(columns: dict[str, list[str]]) -> list[str]:
    """Every statement that sets the grants and policies from :data:`TABLES` afresh (after the caller dropped the old
    policies and revoked the old grants). ``columns``: each table's columns, for rules that name or hide some."""
    out: list[str] = []
    for signature, create in FUNCTIONS:
        out.append(create)
        out.append(f"ALTER FUNCTION {signature} OWNER TO {OWNER}")
        out.append(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        out.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {', '.join(EVERYONE)}")
    for table in TABLES:
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
