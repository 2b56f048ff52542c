"""Word search that uses the store's own full-text index: FTS5 on SQLite, ``tsvector`` GIN indexes on PostgreSQL.

Both match every word typed, each as a prefix (``viol`` finds ``violence``), case- and (on SQLite) accent-blind.

On SQLite the log's word search is phrased for one of two plans, chosen by how many rows match (docs/performance.md):
few hits are looked up by rowid and sorted; many hits are built into a set once while the log walks its
``started_at`` index newest first and stops after one page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.models import Contact, Person
from app.models.identity import InvalidValue, parse_id_code, parse_phone

# The tables, not the ORM classes: conditions on plain columns keep the log's query a Core one
# (app.services.contacts.log).
_CONTACTS: sa.Table = Contact.__table__  # type: ignore[assignment]
_PERSONS: sa.Table = Person.__table__  # type: ignore[assignment]
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 8
# From this many hits on, sorting all of them costs more than walking the log newest first until a page is full.
DENSE_HITS = 2000
_CASE_NUMBER = re.compile(r"^\s*OA-\d{4}(-[A-Z0-9]{0,3}(-\d{0,6})?)?\s*$", re.IGNORECASE)
_PHONEISH = re.compile(r"^[\d\s()+\-./]+$")


def words(text: str) -> list[str]:
    """The searchable words of free text (NFKC: full-width letters as ordinary ones); punctuation and operators are
    dropped, so nothing is query syntax."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())[:MAX_WORDS]


@dataclass(frozen=True)
class SearchTerm:
    """What the search box's text was taken to be."""

    kind: str  # "all", "case", "id_code", "phone", "words"
    value: str


def interpret(text: str) -> SearchTerm:
    # NFKC: full-width ＬＡＩＡ or ３７６… as typed by an East Asian input method, and a letter with its accent typed
    # apart, read as the stored text (as ID codes always were)
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return SearchTerm("all", "")
    if _CASE_NUMBER.match(text):
        return SearchTerm("case", text.strip().upper())
    compact = re.sub(r"\s", "", text)
    if compact.isdigit() and len(compact) == 11:
        try:
            return SearchTerm("id_code", parse_id_code(compact).code)
        except InvalidValue:
            pass
    if _PHONEISH.match(text) and sum(ch.isdigit() for ch in text) >= 5:
        try:
            return SearchTerm("phone", parse_phone(text))
        except InvalidValue:
            pass
    return SearchTerm("words", " ".join(words(text)))


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
    return sa.func.to_tsvector("simple", _CONTACTS.c.summary).bool_op("@@")(
        sa.func.to_tsquery("simple", _tsquery(terms))
    )


def name_matches(dialect: str, terms: list[str]) -> ColumnElement[bool]:
    """A condition on ``Person``: the name holds every term."""
    if dialect == "sqlite":
        hits = sa.text("SELECT rowid FROM persons_fts WHERE persons_fts MATCH :name_q").bindparams(
            name_q=_fts5_query(terms)
        )
        return sa.literal_column("persons.rowid").in_(hits.columns(sa.column("rowid")))
    return sa.func.to_tsvector("simple", sa.func.coalesce(_PERSONS.c.full_name, "")).bool_op("@@")(
        sa.func.to_tsquery("simple", _tsquery(terms))
    )


def contact_matches(session: Session, terms: list[str]) -> ColumnElement[bool]:
    """A condition on ``Contact``: its summary, or its person's name, holds every term."""
    dialect = session.get_bind().dialect.name
    people = sa.select(_PERSONS.c.id).where(name_matches(dialect, terms))
    if dialect != "sqlite" or not _many_hits(session, terms):
        return sa.or_(summary_matches(dialect, terms), _CONTACTS.c.person_id.in_(people))
    # Unary + keeps SQLite from driving the query from the hit lists (then sorting every hit): it scans
    # ix_contacts_started_at_id backwards and probes each row against the hit sets, stopping after one page.
    hits = sa.text("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :summary_q").bindparams(
        summary_q=_fts5_query(terms)
    )
    return sa.or_(
        sa.literal_column("+contacts.rowid").in_(hits.columns(sa.column("rowid"))),
        sa.literal_column("+contacts.person_id").in_(people),
    )


_CAPPED_COUNT = sa.text(
    "SELECT (SELECT count(*) FROM (SELECT 1 FROM contacts_fts WHERE contacts_fts MATCH :q LIMIT :cap))"
    " + (SELECT count(*) FROM (SELECT 1 FROM persons_fts WHERE persons_fts MATCH :q LIMIT :cap))"
)


def _many_hits(session: Session, terms: list[str]) -> bool:
    """Whether the words match at least :data:`DENSE_HITS` summaries and names (counting stops there).

    The words as whole words are counted first: FTS5 reads an exact word lazily but expands a prefix into every
    matching word before the first row, and whole-word hits are a subset of the prefix hits.
    """
    connection = session.connection()  # plain statements: the session's ORM execution would only add time
    for query in (" ".join(f'"{term}"' for term in terms), _fts5_query(terms)):
        count = connection.execute(_CAPPED_COUNT, {"q": query, "cap": DENSE_HITS}).scalar_one()
        if int(count) >= DENSE_HITS:
            return True
    return False
