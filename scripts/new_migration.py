"""Write a new Alembic revision by comparing the models with a scratch store at the current head.

    .venv/bin/python scripts/new_migration.py "add callback notes"

The revision gets the next four-digit id (``0003_add_callback_notes.py``). Alembic is given a connection in code, so no
URL is ever written to an ini file. Read and edit what it writes (docs/development.md, "Migrations").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command

from app.store.db import alembic_config, create_store_engine, head_revision, migrate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("message", help="what the revision does, in a few words")
    parser.add_argument("--database", metavar="URL", help="compare against this store instead (e.g. a PostgreSQL one)")
    args = parser.parse_args()
    rev_id = f"{int(head_revision()) + 1:04d}"
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_store_engine(args.database or f"sqlite:///{Path(scratch) / 'scratch.sqlite3'}")
        try:
            migrate(engine)
            with engine.begin() as connection:
                script = command.revision(
                    alembic_config(connection), message=args.message, autogenerate=True, rev_id=rev_id
                )
        finally:
            engine.dispose()
    assert script is not None
    assert not isinstance(script, list)
    ruff = Path(sys.executable).with_name("ruff")
    subprocess.run([str(ruff), "format", "--quiet", script.path], check=False)
    print(script.path)
    text = Path(script.path).read_text(encoding="utf-8")
    if 'batch_alter_table("contacts"' in text or 'batch_alter_table("persons"' in text:
        print(
            "This revision alters contacts or persons in batch mode. If that copies the table on SQLite (anything but"
            " adding a column or an index), end upgrade() and downgrade() with"
            " `search_index.rebuild(op.get_bind())` (from app import search_index), or word search breaks."
        )
    if 'batch_alter_table("contacts"' in text or 'batch_alter_table("contact_topics"' in text:
        print(
            "This revision alters contacts or contact_topics in batch mode. If that copies the table on SQLite, run"
            " the batch inside `with topic_starts.lifted(op.get_bind()):` (from app.store import topic_starts):"
            " SQLite refuses the copy while migration 0012's triggers name the dropped table."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
