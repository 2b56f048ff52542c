"""Readable case numbers that never collide between workstations.

A number is ``OA-<year>-<station>-<sequence>``: the station code is made once per store (random, or set by the
administrator), the sequence is a counter incremented atomically inside the saving transaction. Workstations sharing a
PostgreSQL store share one counter; separate SQLite stores have different station codes.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime

import sqlalchemy as sa

from app.errors import FieldErrors
from app.models import AidDecision, Case, Contact, Counter, StoreSetting
from app.models.contacts import STATION_ALPHABET as _STATION_ALPHABET
from app.models.contacts import STATION_KEY
from app.services.actor import SessionUser, require_administrator
from app.store.db import UnitOfWork

CASE_PREFIX = "OA"


def station_code(uow: UnitOfWork) -> str:
    setting = uow.session.get(StoreSetting, STATION_KEY)
    if setting is None:
        setting = StoreSetting(key=STATION_KEY, value="".join(secrets.choice(_STATION_ALPHABET) for _ in range(3)))
        uow.session.add(setting)
        uow.flush()
    return setting.value


def next_value(uow: UnitOfWork, name: str) -> int:
    """The counter's next value, atomic on SQLite and PostgreSQL alike (UPDATE … RETURNING)."""
    bumped = uow.session.execute(
        sa.update(Counter).where(Counter.name == name).values(value=Counter.value + 1).returning(Counter.value)
    ).scalar()
    if bumped is None:
        uow.session.add(Counter(name=name, value=1))
        uow.flush()
        return 1
    return int(bumped)


def open_case(uow: UnitOfWork, person_id: uuid.UUID | None, opened_by: uuid.UUID, when: datetime) -> Case:
    year = when.year
    sequence = next_value(uow, f"case:{year}")
    case = Case(
        number=f"{CASE_PREFIX}-{year}-{station_code(uow)}-{sequence:06d}",
        person_id=person_id,
        opened_by_id=opened_by,
        opened_at=when,
    )
    uow.session.add(case)
    return case


def took_part(uow: UnitOfWork, user_id: uuid.UUID, case: Case) -> bool:
    """Whether the user opened the case, handled or entered one of its contacts, or made one of its decisions
    (a counsellor sees and decides in such cases only)."""
    if case.opened_by_id == user_id:
        return True
    in_contacts = sa.select(Contact.id).where(
        Contact.case_id == case.id, sa.or_(Contact.handled_by_id == user_id, Contact.entered_by_id == user_id)
    )
    in_decisions = sa.select(AidDecision.id).where(AidDecision.case_id == case.id, AidDecision.decided_by_id == user_id)
    return bool(uow.session.scalar(sa.select(sa.exists(in_contacts) | sa.exists(in_decisions))))


def set_station_code(uow: UnitOfWork, actor: SessionUser, code: str) -> str:
    """The administrator gives this store its own station code (1–4 characters, unique among the workstations)."""
    require_administrator(actor, "only an administrator sets the station code")
    code = code.strip().upper()
    if not 1 <= len(code) <= 4 or any(ch not in _STATION_ALPHABET for ch in code):
        raise FieldErrors({"station_code": "station.invalid"})
    setting = uow.session.get(StoreSetting, STATION_KEY)
    if setting is None:
        uow.session.add(StoreSetting(key=STATION_KEY, value=code))
    else:
        setting.value = code
    uow.commit()
    return code


def read_station_code(uow: UnitOfWork) -> str:
    """The station code to show: on a store without one it is drawn now and committed (case numbers use it)."""
    code = station_code(uow)
    uow.commit()
    return code
