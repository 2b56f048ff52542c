"""Recognising an anonymous caller's number without storing it: HMAC-SHA256 under a secret kept in the keyring.

The counsellor may type an anonymous caller's number; only ``HMAC(secret, number in E.164)`` is stored on the
contact. The same number typed again gives the same hash, so the form can say "this number has called 4 times, last
on …" and list those contacts, while nobody can read a number back out of the store: without the secret not even a
search through every possible number helps. The secret is 32 random bytes kept in the system keyring like the
store's key (``app.store.keys``), under the store's own random id (``store_settings`` ``store.id``), so it follows the
store
and not the file name.

Where no keyring is usable the number cannot be hashed: the form says so next to the field and the contact is saved
without it (the counsellor clears the field). A number is never stored in plain form as a fallback.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from app.errors import FieldErrors
from app.models import Contact, StoreSetting
from app.models.identity import InvalidValue, parse_phone
from app.services.actor import SessionUser
from app.services.contacts import log
from app.services.contacts.log import LogRow
from app.store.db import UnitOfWork
from app.store.keys import KeyringUnavailable, keyring_secret

STORE_ID_KEY = "store.id"
HISTORY_LIMIT = 50


def store_id(uow: UnitOfWork) -> str:
    """The store's random id, made the first time it is needed (flushed with the caller's transaction)."""
    found = uow.session.get(StoreSetting, STORE_ID_KEY)
    if found is not None:
        return found.value
    made = uuid.uuid4().hex
    uow.session.add(StoreSetting(key=STORE_ID_KEY, value=made))
    uow.flush()
    return made


def _secret(uow: UnitOfWork, *, create: bool) -> bytes | None:
    secret = keyring_secret(f"caller-hash:{store_id(uow)}", create=create)
    return bytes.fromhex(secret) if secret is not None else None


def caller_hash(uow: UnitOfWork, number: str, *, create: bool = True) -> str | None:
    """The keyed hash of a phone number typed any usual way; None when no secret exists yet and ``create`` is off.

    Raises :class:`FieldErrors` for ``caller_number`` when the number is not a phone number, or when no keyring is
    usable (``caller.no_keyring``).
    """
    try:
        e164 = parse_phone(number)
    except InvalidValue as error:
        raise FieldErrors({"caller_number": error.reason}) from None
    try:
        secret = _secret(uow, create=create)
    except KeyringUnavailable:
        raise FieldErrors({"caller_number": "caller.no_keyring"}) from None
    if secret is None:
        return None
    return hmac.new(secret, e164.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class CallerHistory:
    count: int  # earlier contacts from this number (all of them, whether the actor may see each or not)
    last_at: datetime | None
    rows: tuple[LogRow, ...]  # the ones the actor may see, newest first


def caller_history(
    uow: UnitOfWork, actor: SessionUser, number: str, *, excluding: uuid.UUID | None = None
) -> CallerHistory:
    """How often the number has called, when last, and those contacts the actor's log shows them. Commits: the store's
    id, which the number's code is made with, is made on first use."""
    digest = caller_hash(uow, number, create=False)
    uow.commit()
    if digest is None:
        return CallerHistory(0, None, ())
    where = [Contact.caller_hash == digest]
    if excluding is not None:
        where.append(Contact.id != excluding)
    count, last = uow.session.execute(sa.select(sa.func.count(), sa.func.max(Contact.started_at)).where(*where)).one()
    rows = log.list_page(uow, actor, limit=HISTORY_LIMIT, conditions=where)
    return CallerHistory(int(count), last, tuple(rows))
