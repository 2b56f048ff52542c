"""The server's roles: one group per program role, the owner of the tables and the keeper of the accounts.

Roles are the cluster's, not one database's: one PostgreSQL cluster serves one helpline (docs/team.md).
No person logs in as any of these; each person's own login role is a member of exactly one group.
"""

from __future__ import annotations

from app.models.enums import Role

COUNSELLOR = "helpline_counsellor"
LEAD = "helpline_lead"
ADMIN = "helpline_admin"
GROUPS = (COUNSELLOR, LEAD, ADMIN)
EVERYONE = GROUPS
OVERSEERS = (LEAD, ADMIN)
# Owns the tables, the views and the policy functions (NOLOGIN). Not subject to row-level security (an owner never
# is unless forced), which is why no person is ever a member of it; the audit trail's trigger refuses it too.
OWNER = "helpline_owner"
# Owns the account functions (NOLOGIN, CREATEROLE): the administrators create and change login roles only through
# those functions, so that no person holds CREATEROLE (which in PostgreSQL 15 would let them grant any role).
ACCOUNTS = "helpline_accounts"
# pgaudit's object-audit role (NOLOGIN, no members): its SELECT grants name the tables whose reads the server logs
# (app/store/server/audit_chain.py). It reads nothing itself.
AUDITOR = "helpline_auditor"
RESERVED = (*GROUPS, OWNER, ACCOUNTS, AUDITOR)

GROUP_OF_ROLE = {Role.COUNSELLOR: COUNSELLOR, Role.SHIFT_LEAD: LEAD, Role.ADMINISTRATOR: ADMIN}


def group_of(role: Role) -> str:
    return GROUP_OF_ROLE[role]
