"""How fast the contact log stays on a big SQLite store: first page, searches and saving, at 100,000 and 1,000,000
contacts, each beside its raw baseline. Prints figures; asserts nothing.

    .venv/bin/python -m bench.log_store                      # 100k, then 1M (a few minutes)
    .venv/bin/python -m bench.log_store --sizes 100000       # quick run
    .venv/bin/python -m bench.log_store --path big.sqlite3   # keep the store for EXPLAIN QUERY PLAN
    .venv/bin/python -m bench.log_store --path big.sqlite3 --existing   # measure a kept store (never written)

Each query runs beside its raw baseline: the statements the program sent for it (captured once, the same SQL text
and driver parameters) sent again through the bare DB-API (``sqlite3``, or ``sqlcipher3`` for an encrypted store)
on a connection with the program's pragmas, fetching every row and converting nothing. The two run in turn, the
order alternating, so the machine's load hits both alike; a line prints the median of each, their ratio and the
target of issue 13 with "met" or "MISS". The difference is the program's Python around the query: building the
statement, converting the rows, making the log's rows.

The save goes to a separate encrypted store (SQLCipher, a random key, ``synchronous=FULL`` as the program opens it,
filled with ``--save-size`` contacts in a temporary folder), beside :class:`RawSave`: the same rows inserted with
bare SQL and committed.

The store is filled with SQLAlchemy Core bulk inserts (executemany, one transaction per batch); the FTS triggers of
migration 0002 index the summaries and names as in real use. Contacts are spread over ten years; each size step adds
its contacts in time order. About 30 % of counselling contacts have a person, some persons call again and have a case.
Summaries are the demo texts plus, in some, a word from a Zipf-distributed vocabulary, so word searches meet realistic
hit counts from "a handful" to "a third of the store".
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import secrets
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import sqlcipher3  # type: ignore[import-untyped]

from app.demo import vocabulary as vocab
from app.models import Base, Contact, Person, Topic, User
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts import log
from app.services.contacts.editing import ContactInput, save_contact
from app.services.guard import audit, auth
from app.services.text_search import interpret
from app.store.db import BUSY_TIMEOUT_MS, Store, _apply_pragmas
from app.store.keys import KeySource, StoreKey

BATCH = 20_000
YEARS = 10
PASSWORD = "bench-password-2026"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
SYLLABLES = ("ka", "lu", "ve", "re", "mõi", "sa", "kü", "la", "tõ", "nu", "pä", "ri", "jõ", "gi", "ste", "mä", "ots")
ZIPF_WORDS = 50_000
FIXED_COMMON = "helistaja"  # in most Estonian summaries
NO_HITS = "kvantarvuti"
Row = dict[str, object]


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 5)))


@dataclass
class Filled:
    contacts: int = 0
    persons: int = 0


class Filler:
    """Adds contacts (with persons, cases, topics and risks) to the store by bulk insert."""

    def __init__(self, store: Store, rng: random.Random, users: list[SessionUser]) -> None:
        self.store = store
        self.rng = rng
        self.users = users
        with store.unit_of_work() as uow:
            self.topics = list(uow.session.scalars(sa.select(Topic.id).order_by(Topic.sort_order)))
        self.vocabulary = list(dict.fromkeys(_pseudo_word(rng) for _ in range(ZIPF_WORDS * 2)))[:ZIPF_WORDS]
        self.zipf = list(itertools.accumulate(1 / rank for rank in range(1, len(self.vocabulary) + 1)))
        self.templates = [text for texts in vocab.SUMMARIES_ET.values() for text in texts]
        self.templates_ru = [text for texts in vocab.SUMMARIES_RU.values() for text in texts]
        self.recent_persons: list[tuple[uuid.UUID, uuid.UUID | None]] = []
        self.case_seq = 0
        self.filled = Filled()
        self.phones_with_contacts: list[str] = []

    def word(self, rank: int) -> str:
        return self.vocabulary[rank - 1]

    def fill_to(self, size: int) -> None:
        adding = size - self.filled.contacts
        if adding <= 0:
            return
        start = NOW - timedelta(days=365 * YEARS)
        span = (NOW - start).total_seconds()
        moments = sorted(self.rng.random() * span for _ in range(adding))
        with self.store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MB while loading
            connection.commit()
            for offset in range(0, adding, BATCH):
                with connection.begin():
                    self._batch(connection, [start + timedelta(seconds=s) for s in moments[offset : offset + BATCH]])
            connection.exec_driver_sql("PRAGMA cache_size = -2000")
            connection.commit()
        self.filled.contacts = size

    def _batch(self, connection: sa.Connection, moments: list[datetime]) -> None:
        rng = self.rng
        contacts: list[Row] = []
        persons: list[Row] = []
        cases: list[Row] = []
        topics: list[Row] = []
        risks: list[Row] = []
        for started_at in moments:
            contact_id = _uuid(rng)
            handler = rng.choice(self.users)
            non_data = rng.random() < 0.2
            person_id = case_id = None
            summary = ""
            if not non_data:
                if rng.random() < 0.3:
                    person_id, case_id = self._person(persons, cases, handler, started_at)
                summary = self._summary()
                chosen = {self.topics[0] if rng.random() < 0.35 else rng.choice(self.topics)}  # domestic violence first
                if rng.random() < 0.25:
                    chosen.add(rng.choice(self.topics))
                # the contact's start copied as the program's save copies it (the triggers of migration 0012 only
                # check it then, instead of writing it)
                topics.extend(
                    {"contact_id": contact_id, "topic_id": topic, "started_at": started_at} for topic in chosen
                )
                if rng.random() < 0.08:
                    risks.append(
                        {
                            "contact_id": contact_id,
                            "flag": rng.choice(("immediate_danger", "suicidal", "child_at_risk", "high_risk_ipv")),
                            "status": "done" if rng.random() < 0.8 else "declined",
                            "reason": None,
                            "answered_at": started_at,
                        }
                    )
            ended_at = started_at + timedelta(minutes=rng.randint(1, 50))
            callback = ended_at + timedelta(days=1) if not non_data and rng.random() < 0.05 else None
            contacts.append(
                {
                    "id": contact_id,
                    "kind": rng.choice(("silent", "hang_up", "wrong_number", "prank")) if non_data else "counselling",
                    "line": "116006" if rng.random() < 0.75 else rng.choice(("116123", "web", "video")),
                    "channel": "phone" if rng.random() < 0.85 else "chat",
                    "direction": "incoming" if rng.random() < 0.92 else "outgoing",
                    "language": None if non_data else ("et" if rng.random() < 0.62 else "ru"),
                    "caller_type": None if non_data else "victim",
                    "started_at": started_at,
                    "ended_at": ended_at,
                    "wrapup_seconds": rng.randint(0, 600),
                    "person_id": person_id,
                    "case_id": case_id,
                    "summary": summary,
                    "callback_due_at": callback,
                    "callback_done_at": callback if callback and started_at < NOW - timedelta(days=7) else None,
                    "handled_by_id": handler.id,
                    "entered_by_id": handler.id,
                    "version": 1,
                    "created_at": ended_at,
                    "updated_at": ended_at,
                }
            )
        for table, rows in (
            ("persons", persons),
            ("cases", cases),
            ("contacts", contacts),
            ("contact_topics", topics),
            ("contact_risks", risks),
        ):
            if rows:
                connection.execute(sa.insert(Base.metadata.tables[table]), rows)

    def _person(
        self, persons: list[Row], cases: list[Row], handler: SessionUser, when: datetime
    ) -> tuple[uuid.UUID, uuid.UUID | None]:
        rng = self.rng
        if self.recent_persons and rng.random() < 0.2:  # a repeat caller
            return rng.choice(self.recent_persons)
        female = rng.random() < 0.75
        if rng.random() < 0.33:
            script = rng.randrange(2)  # Cyrillic or Estonian transliteration
            first = rng.choice(vocab.RUSSIAN_FEMALE if female else vocab.RUSSIAN_MALE)[script]
            surname = rng.choice(vocab.RUSSIAN_SURNAMES)[script] + (("а", "a")[script] if female else "")
        else:
            first = rng.choice(vocab.ESTONIAN_FEMALE if female else vocab.ESTONIAN_MALE)
            surname = rng.choice(vocab.ESTONIAN_SURNAMES)
        phone = f"+3725{rng.randrange(10_000_000):07d}" if rng.random() < 0.8 else None
        person_id = _uuid(rng)
        persons.append(
            {
                "id": person_id,
                "full_name": f"{first} {surname}",
                "id_code": None,
                "birth_date": None,
                "sex": "F" if female else "M",
                "phone_e164": phone,
                "email": None,
                "municipality": None,
                "version": 1,
                "created_at": when,
                "updated_at": when,
            }
        )
        case_id = None
        if rng.random() < 0.1:
            self.case_seq += 1
            case_id = _uuid(rng)
            cases.append(
                {
                    "id": case_id,
                    "number": f"OA-{when.year}-BEN-{self.case_seq:06d}",
                    "person_id": person_id,
                    "opened_by_id": handler.id,
                    "opened_at": when,
                    "closed_at": None,
                    "created_at": when,
                    "updated_at": when,
                }
            )
        self.recent_persons.append((person_id, case_id))
        if len(self.recent_persons) > 5000:
            del self.recent_persons[:1000]
        self.filled.persons += 1
        return person_id, case_id

    def _summary(self) -> str:
        rng = self.rng
        russian = rng.random() < 0.3
        template = rng.choice(self.templates_ru if russian else self.templates)
        text = template.format(who_nom="partner", who_gen="partneri")
        if rng.random() < 0.5:
            text += " Mainis: " + rng.choices(self.vocabulary, cum_weights=self.zipf)[0] + "."
        return text


def make_users(store: Store) -> tuple[SessionUser, list[SessionUser]]:
    with store.unit_of_work() as uow:
        admin = auth.create_first_administrator(uow, "admin", "Kersti Lepik", PASSWORD)
        lead = auth.create_user(uow, admin, "juht", "Tiina Saar", PASSWORD, Role.SHIFT_LEAD)
        counsellors = [
            auth.create_user(uow, admin, name, full, PASSWORD, Role.COUNSELLOR)
            for name, full in (("mari", "Mari Kask"), ("olga", "Olga Ivanova"), ("peeter", "Peeter Tamm"))
        ]
        uow.commit()
    return lead, [*counsellors, lead]


def existing_users(store: Store) -> tuple[SessionUser, list[SessionUser]]:
    with store.unit_of_work() as uow:
        users = {user.username: SessionUser.of(user) for user in uow.session.scalars(sa.select(User))}
    return users["juht"], [users["mari"], users["olga"], users["peeter"], users["juht"]]


@contextmanager
def _timer(samples: list[float]) -> Iterator[None]:
    began = time.perf_counter()
    yield
    samples.append((time.perf_counter() - began) * 1000)


def measure(action: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    result = action()  # warm the cache
    samples: list[float] = []
    for _ in range(repeat):
        with _timer(samples):
            result = action()
    return statistics.median(samples), max(samples), result


def fts_hits(store: Store, table: str, word: str) -> int:
    with store.engine.connect() as connection:
        query = f"SELECT count(*) FROM {table} WHERE {table} MATCH :q"
        return int(connection.execute(sa.text(query), {"q": f'"{word}"*'}).scalar_one())


# --- the raw baseline: the same SQL through the bare DB-API ------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A target of issue 13: at most ``times`` the raw query, or ``floor_ms`` if that is more."""

    times: float
    floor_ms: float = 0.0

    def met(self, program: float, raw: float) -> bool:
        return program <= max(self.floor_ms, self.times * raw)

    def __str__(self) -> str:
        return f"≤{self.floor_ms:g} ms or ≤{self.times:g}×" if self.floor_ms else f"≤{self.times:g}×"


PAGE_TARGET = Target(2.0, 2.0)  # the first page, phone, ID code and rare-word searches
COMMON_TARGET = Target(1.5)  # a common word
SAVE_TARGET = Target(2.0)  # a save against a raw insert and commit of the same rows


def raw_connection(store: Store) -> Any:
    """A bare DB-API connection to the store's file, opened as the program opens its own (key, pragmas)."""
    path = store.engine.url.database
    assert path is not None
    if store.key is None:
        connection = sqlite3.connect(path)
    else:
        connection = sqlcipher3.connect(path)
        connection.execute(f'PRAGMA key="{store.key.pragma_value}"')
    _apply_pragmas(connection, BUSY_TIMEOUT_MS)
    return connection


def captured_sql(store: Store, action: Callable[[], object]) -> list[tuple[str, Any]]:
    """The statements (text and driver parameters) ``action`` sends to the store, in order."""
    sent: list[tuple[str, Any]] = []

    def keep(_conn: object, _cursor: object, statement: str, parameters: Any, _context: object, many: bool) -> None:
        assert not many
        sent.append((statement, parameters))

    sa.event.listen(store.engine, "before_cursor_execute", keep)
    try:
        action()
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", keep)
    return sent


def replay(connection: Any, statements: list[tuple[str, Any]]) -> Callable[[], int]:
    """Send ``statements`` as they are and fetch every row, as a program with no ORM would; the last one's rows."""

    def run() -> int:
        rows: list[Any] = []
        for statement, parameters in statements:
            rows = connection.execute(statement, parameters).fetchall()
        return len(rows)

    return run


def measure_beside(
    program: Callable[[], object], raw: Callable[[], object], repeat: int
) -> tuple[float, float, object]:
    """Medians of the program and of its raw baseline, run in turn (the order alternating) so load hits both alike."""
    result = program()  # warm the caches
    raw()
    spent: list[float] = []
    baseline: list[float] = []
    for turn in range(repeat):
        for action, samples in ((program, spent), (raw, baseline))[:: 1 if turn % 2 else -1]:
            with _timer(samples):
                outcome = action()
            if action is program:
                result = outcome
    return statistics.median(spent), statistics.median(baseline), result


def print_heading() -> None:
    print(f"{'':34} {'program ms':>10} {'raw ms':>8} {'ratio':>6} {'target':>15} {'':4} {'rows':>5}  note")


def print_line(label: str, program: float, raw: float, target: Target | None, rows: object, note: str) -> None:
    verdict = "" if target is None else ("met" if target.met(program, raw) else "MISS")
    shown = str(target) if target is not None else "—"
    ratio = program / raw if raw else float("inf")
    print(f"{label:34} {program:10.2f} {raw:8.2f} {ratio:5.1f}× {shown:>15} {verdict:4} {rows!s:>5}  {note}")


def run_size(store: Store, filler: Filler, lead: SessionUser, counsellor: SessionUser, repeat: int) -> None:
    """The log's queries, each beside its raw baseline (the same statements through the bare DB-API)."""
    rare = next(
        filler.word(rank) for rank in range(2000, ZIPF_WORDS) if fts_hits(store, "contacts_fts", filler.word(rank)) >= 3
    )
    medium = filler.word(30)
    phone = _phone_in_use(store)
    id_code = _id_code_in_use(store)

    def page(actor: SessionUser, text: str = "") -> Callable[[], int]:
        def run() -> int:
            with store.unit_of_work() as uow:
                return len(log.list_page(uow, actor, text))

        return run

    with store.unit_of_work() as uow:
        deep: tuple[datetime, uuid.UUID] | None = None
        for _ in range(10):
            deep = log.list_page(uow, lead, after=deep)[-1].cursor

    def page_11() -> int:
        with store.unit_of_work() as uow:
            return len(log.list_page(uow, lead, after=deep))

    cases: list[tuple[str, Callable[[], int], str, Target | None]] = [
        ("first page, shift lead", page(lead), "", PAGE_TARGET),
        ("first page, counsellor", page(counsellor), "", PAGE_TARGET),
        ("11th page (keyset), shift lead", page_11, "", PAGE_TARGET),
        (
            f"phone {phone}",
            page(lead, phone.removeprefix("+372")),
            f"{_person_contacts(store, phone)} contacts",
            PAGE_TARGET,
        ),
        (f"ID code {id_code}", page(lead, id_code), _id_code_note(store, id_code), PAGE_TARGET),
        (f"rare word '{rare}'", page(lead, rare), f"{fts_hits(store, 'contacts_fts', rare)} hits", PAGE_TARGET),
        (f"medium word '{medium}'", page(lead, medium), f"{fts_hits(store, 'contacts_fts', medium)} hits", None),
        (
            f"common word '{FIXED_COMMON}'",
            page(lead, FIXED_COMMON),
            f"{fts_hits(store, 'contacts_fts', FIXED_COMMON)} hits",
            COMMON_TARGET,
        ),
        ("common word, counsellor", page(counsellor, FIXED_COMMON), "", COMMON_TARGET),
        (f"no hits '{NO_HITS}'", page(lead, NO_HITS), "0 hits", PAGE_TARGET),
        ("name 'Tamm'", page(lead, "Tamm"), f"{fts_hits(store, 'persons_fts', 'Tamm')} persons", None),
        ("name 'Kadri Kask'", page(lead, "Kadri Kask"), "", None),
    ]
    raw = raw_connection(store)
    try:
        print_heading()
        for label, action, note, target in cases:
            baseline = replay(raw, captured_sql(store, action))
            program, spent_raw, rows = measure_beside(action, baseline, repeat)
            print_line(label, program, spent_raw, target, rows, note)
    finally:
        raw.close()
    assert interpret(phone).kind == "phone"
    assert interpret(id_code).kind == "id_code"


# --- saving: the program's save beside a raw insert and commit of the same rows ----------------------------------


SAVE_INPUT = ContactInput(
    started_at=NOW - timedelta(minutes=30),
    identified=True,
    full_name="Jüri Õunapuu",
    phone="5123 4567",
    summary="Helistaja kirjeldab partneri vägivalda. Arutasime turvaplaani.",
    topics=["domestic_violence"],
)


def _sql_time(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class RawSave:
    """What the program's save writes, as bare SQL through the DB-API in one transaction: the person, their audit
    entry, the contact (the FTS triggers index its summary and the person's name), its topic link, its audit entry;
    each audit entry takes the chain's next number from ``audit_head`` and moves the tip on, hashed as the program
    hashes it, so the chain stays whole. Then the commit (``synchronous=FULL``: it waits for the disk)."""

    PERSON = (
        "INSERT INTO persons (id, full_name, sex, phone_e164, version, created_at, updated_at) VALUES (?,?,?,?,1,?,?)"
    )
    CONTACT = (
        "INSERT INTO contacts (id, kind, line, channel, direction, language, started_at, ended_at, wrapup_seconds,"
        " person_id, summary, handled_by_id, entered_by_id, version, created_at, updated_at)"
        " VALUES (?,'counselling','116006','phone','incoming','et',?,?,0,?,?,?,?,1,?,?)"
    )
    TOPIC = "INSERT INTO contact_topics (contact_id, topic_id, started_at) VALUES (?, ?, ?)"
    NEXT = "UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash"
    ENTRY = (
        "INSERT INTO audit_log (seq, at, user_id, username, kind, record_type, record_id, screen, details, prev_hash,"
        " hash) VALUES (?,?,?,?,?,?,?,NULL,?,?,?)"
    )
    TIP = "UPDATE audit_head SET hash = ? WHERE id = 1"

    def __init__(self, connection: Any, store: Store, actor: SessionUser) -> None:
        self.connection = connection
        self.actor = actor
        with store.unit_of_work() as uow:
            topic = uow.session.scalar(sa.select(Topic.id).where(Topic.code == "domestic_violence"))
        assert topic is not None
        self.topic = topic.hex

    def _audit(self, record_type: str, record_id: uuid.UUID, details: dict[str, object]) -> None:
        seq, prev = self.connection.execute(self.NEXT).fetchone()
        text = audit.canonical(details)
        user = self.actor
        digest = audit.entry_hash(
            seq, NOW, user.id, user.username, "create", record_type, str(record_id), None, text, prev
        )
        self.connection.execute(
            self.ENTRY,
            (
                seq,
                _sql_time(NOW),
                user.id.hex,
                user.username,
                "create",
                record_type,
                str(record_id),
                text,
                prev,
                digest,
            ),
        )
        self.connection.execute(self.TIP, (digest,))

    def __call__(self) -> int:
        data, now, actor = SAVE_INPUT, _sql_time(NOW), self.actor.id.hex
        person, contact = uuid.uuid4(), uuid.uuid4()
        run = self.connection.execute
        run(self.PERSON, (person.hex, data.full_name, None, "+37251234567", now, now))
        self._audit("person", person, {})
        started = _sql_time(data.started_at)
        run(self.CONTACT, (contact.hex, started, now, person.hex, data.summary, actor, actor, now, now))
        run(self.TOPIC, (contact.hex, self.topic, started))
        self._audit("contact", contact, {"identified": True})
        self.connection.commit()
        return 1


def run_save(store: Store, counsellor: SessionUser, repeat: int) -> None:
    """The program's save of one identified contact beside :class:`RawSave`, alternating, on the same store."""

    def save() -> int:
        with store.unit_of_work() as uow:
            save_contact(uow, counsellor, SAVE_INPUT, now=NOW)
        return 1

    raw = raw_connection(store)
    try:
        program, spent_raw, rows = measure_beside(save, RawSave(raw, store, counsellor), repeat)
        print_line("save one contact", program, spent_raw, SAVE_TARGET, rows, "encrypted, synchronous=FULL")
    finally:
        raw.close()
    with store.unit_of_work() as uow:
        assert audit.verify(uow.session).ok


def save_store(folder: Path, size: int, seed: int) -> tuple[Store, SessionUser]:
    """A new encrypted store (a random key, as the program makes one) filled with ``size`` contacts."""
    key = StoreKey(f"x'{secrets.token_hex(32)}'", KeySource.KEYRING)
    store = Store.open(f"sqlite:///{folder / 'save.sqlite3'}", key=key)
    _lead, handlers = make_users(store)
    Filler(store, random.Random(seed), handlers).fill_to(size)
    return store, handlers[0]


def _id_code_in_use(store: Store) -> str:
    """A person's ID code, if the store has any (the filler gives none): else a valid code nobody has."""
    with store.unit_of_work() as uow:
        code = uow.session.scalar(sa.select(Person.id_code).where(Person.id_code.is_not(None)).limit(1))
    return code or "38001085718"


def _id_code_note(store: Store, code: str) -> str:
    with store.unit_of_work() as uow:
        query = sa.select(sa.func.count()).select_from(Contact).join(Person).where(Person.id_code == code)
        return f"{uow.session.scalar(query) or 0} contacts"


def _phone_in_use(store: Store) -> str:
    """The phone of a person in the middle of the store who has contacts."""
    with store.unit_of_work() as uow:
        persons = uow.session.scalar(sa.select(sa.func.count()).select_from(Person)) or 0
        query = (
            sa.select(Person.phone_e164)
            .join(Contact, Contact.person_id == Person.id)
            .where(Person.phone_e164.like("+3725%"))
            .order_by(Person.created_at)
            .offset(persons // 2)
            .limit(1)
        )
        return str(uow.session.scalar(query))


def _person_contacts(store: Store, phone: str) -> int:
    with store.unit_of_work() as uow:
        query = sa.select(sa.func.count()).select_from(Contact).join(Person).where(Person.phone_e164 == phone)
        return int(uow.session.scalar(query) or 0)


def store_size(path: Path) -> str:
    total = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    return f"{total / 1e6:.0f} MB"


@dataclass(frozen=True)
class BenchStore:
    """A store to measure: filled to ``size`` just now (``filled_in`` seconds), or an existing one (``None``)."""

    store: Store
    path: Path
    lead: SessionUser
    handlers: list[SessionUser]
    size: int
    filled_in: float | None

    def heading(self) -> str:
        if self.filled_in is None:
            return f"\n== {self.size:,} contacts (existing store {self.path}, {store_size(self.path)})"
        return f"\n== {self.size:,} contacts (filled in {self.filled_in:.0f} s, {store_size(self.path)})"


def bench_stores(description: str, argv: list[str] | None, *, repeat: int) -> Iterator[tuple[BenchStore, int]]:
    """The command line shared by the benches that measure one kind of query on big stores.

    ``--path`` keeps the store (a store there with contacts is measured as it is, once); otherwise a temporary
    store is filled to each of ``--sizes`` in turn. Yields each store with the ``--repeat`` count; closes and
    removes what it made afterwards.
    """
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, help="store file to use or create (default: a temporary file)")
    parser.add_argument("--sizes", default="1000000", help="comma-separated contact counts")
    parser.add_argument("--repeat", type=int, default=repeat, help="timed repetitions")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    folder = None if args.path else tempfile.TemporaryDirectory(prefix="helpline-bench-")
    path: Path = args.path or Path(folder.name) / "bench.sqlite3"  # type: ignore[union-attr]
    existed = path.exists()
    store = Store.open(f"sqlite:///{path}")
    try:
        size = _count(store)
        if existed and size:
            lead, handlers = existing_users(store)
            yield BenchStore(store, path, lead, handlers, size, None), args.repeat
            return
        lead, handlers = make_users(store)
        filler = Filler(store, random.Random(args.seed), handlers)
        for size in sorted(int(size) for size in args.sizes.split(",")):
            began = time.perf_counter()
            filler.fill_to(size)
            yield BenchStore(store, path, lead, handlers, size, time.perf_counter() - began), args.repeat
    finally:
        store.close()
        if folder is not None:
            folder.cleanup()


def _count(store: Store) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.scalar(sa.select(sa.func.count()).select_from(Contact)) or 0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, help="store file to create (default: a temporary file)")
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated contact counts")
    parser.add_argument("--repeat", type=int, default=21, help="timed repetitions of each query (and of its baseline)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--existing", action="store_true", help="only measure the store at --path (filled earlier)")
    parser.add_argument(
        "--save-size", type=int, default=100_000, help="contacts in the encrypted store the saves go to (0: no saves)"
    )
    parser.add_argument("--saves", type=int, default=31, help="timed saves (and as many raw ones)")
    args = parser.parse_args(argv)
    sizes = sorted(int(size) for size in args.sizes.split(","))
    folder = tempfile.TemporaryDirectory(prefix="helpline-bench-")
    path: Path = args.path or Path(folder.name) / "bench.sqlite3"
    print(f"load average {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f} (2 cores)")
    try:
        if args.existing:
            if not path.exists():
                parser.error(f"{path} does not exist")
            store = Store.open(f"sqlite:///{path}")
            try:
                lead, handlers = existing_users(store)
                filler = Filler(store, random.Random(args.seed), handlers)
                print(f"\n== {_count(store):,} contacts (existing store {path}, {store_size(path)})")
                run_size(store, filler, lead, handlers[0], args.repeat)
            finally:
                store.close()
        else:
            if path.exists():
                parser.error(f"{path} exists; the bench fills a fresh store")
            store = Store.open(f"sqlite:///{path}")
            try:
                lead, handlers = make_users(store)
                filler = Filler(store, random.Random(args.seed), handlers)
                for size in sizes:
                    began = time.perf_counter()
                    filler.fill_to(size)
                    took = time.perf_counter() - began
                    print(f"\n== {size:,} contacts (filled in {took:.0f} s, {filler.filled.persons:,} persons)")
                    run_size(store, filler, lead, handlers[0], args.repeat)
                    print(f"store file size: {store_size(path)}")
            finally:
                store.close()
        if args.save_size:
            began = time.perf_counter()
            saving, counsellor = save_store(Path(folder.name), args.save_size, args.seed)
            took = time.perf_counter() - began
            print(f"\n== saving into an encrypted store of {args.save_size:,} contacts (filled in {took:.0f} s)")
            try:
                print_heading()
                run_save(saving, counsellor, args.saves)
            finally:
                saving.close()
        print(f"load average {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f}")
    finally:
        folder.cleanup()


if __name__ == "__main__":
    main()
