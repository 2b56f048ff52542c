"""Alembic environment. The connection comes from ``app.store.db.migrate``; no URL is ever read from a file."""

from __future__ import annotations

from alembic import context

from app.models import Base
from app.store.search_index import include_name

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")

if connection is None:
    # Offline SQL generation (``alembic upgrade --sql``) for review by a database administrator.
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url") or "sqlite://",
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    context.configure(
        connection=connection, target_metadata=target_metadata, render_as_batch=True, include_name=include_name
    )
    with context.begin_transaction():
        context.run_migrations()
