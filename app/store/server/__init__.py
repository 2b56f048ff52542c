"""The team server: a PostgreSQL database set up by the program for many workstations (issue 14, docs/team.md).

- :mod:`app.store.server.setup`: ``helpline server init URL`` and ``helpline server upgrade URL``: the schema (the
  same Alembic migrations as every store), the group roles, the grants and the row-level security policies.
- :mod:`app.store.server.policies`: who may read and write what, table by table, as data (the one place; the
  policies and grants are generated from it and docs/team.md describes it).
- :mod:`app.store.server.accounts`: each person is a PostgreSQL login role (SCRAM-SHA-256) in the group of their
  program role; created, deactivated, re-activated, moved to another group and given a new password through
  SECURITY DEFINER functions only an administrator may call.
- :mod:`app.store.server.tls`: the connection settings that make a workstation verify the server's certificate.

Nothing here imports a service or Qt; the services' use of it is ``app.services.guard.team_accounts``.
"""
