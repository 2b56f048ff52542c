"""Word search that uses the store's own full-text index: FTS5 on SQLite, ``tsvector`` GIN indexes on PostgreSQL.

Both match every word typed, each as a prefix (``viol`` finds ``violence``), case- and (on SQLite) accent-blind.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from app.models import Contact, Person

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 8


def words(text: str) -> list[str]:
    """The searchable words of free text; punctuation and operators are dropped, so nothing is query syntax."""
    return _WORD.findall(text.lower())[:MAX_WORDS]


def _fts5_query(terms: list[str]) -> str:
    return " ".join(f'"{term}"*' for term in terms)


def _tsquery(terms: list[str]) -> str:
    return " & ".join(f"{term}:*" for term in terms)


def summary_matches(dialect: str, terms: list[str]) -> ColumnElement[bool]:
    """A condition on ``Contact``: its summary holds every term."""
    if dialect == "sqlite":
        hits = sa.text("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :summary_q").bindparams(
            summary_q=_fts5_query(terms)
        )
        return sa.literal_column("contacts.rowid").in_(hits.columns(sa.column("rowid")))
    return sa.func.to_tsvector("simple", Contact.summary).bool_op("@@")(sa.func.to_tsquery("simple", _tsquery(terms)))


def name_matches(dialect: str, terms: list[str]) -> ColumnElement[bool]:
    """A condition on ``Person``: the name holds every term."""
    if dialect == "sqlite":
        hits = sa.text("SELECT rowid FROM persons_fts WHERE persons_fts MATCH :name_q").bindparams(
            name_q=_fts5_query(terms)
        )
        return sa.literal_column("persons.rowid").in_(hits.columns(sa.column("rowid")))
    return sa.func.to_tsvector("simple", sa.func.coalesce(Person.full_name, "")).bool_op("@@")(
        sa.func.to_tsquery("simple", _tsquery(terms))
    )
