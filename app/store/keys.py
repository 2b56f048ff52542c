"""The local store's encryption key: random, made at the first start, kept in the operating system's keyring.

SQLCipher encrypts every page of the store file (and of its WAL), so a copied file or a stolen laptop shows nothing.
The key is 32 random bytes, given to SQLCipher as a raw key (``x'…'``, no slow key derivation at each start), and
kept by ``keyring`` (Windows Credential Locker, macOS Keychain, Secret Service on Linux) under the store file's path.

Where no keyring is usable (a bare Linux session, a refusing backend) the user chooses a passphrase instead; SQLCipher
derives the key from it (PBKDF2-HMAC-SHA512). The passphrase is never written anywhere. Which of the two a store uses
is noted, without any secret, in a small file beside it (``<store>.key-info``), so that a store made with the keyring
is not asked for a passphrase it never had; the note also holds the store's random id, which names its backups, and
what ``app.store.integrity`` knows of its last close and full check.

Other secrets kept the same way (the anonymous-number hashing secret) use :func:`keyring_secret`.
"""

from __future__ import annotations

import contextlib
import functools
import json
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.errors
import sqlcipher3  # type: ignore[import-untyped]

from app.errors import KnownError
from app.files import write_text_atomically

KEYRING_SERVICE = "helpline"
KEY_INFO_SUFFIX = ".key-info"
MIN_PASSPHRASE_LENGTH = 12
SQLITE_HEADER = b"SQLite format 3\x00"  # the first bytes of every unencrypted SQLite file


class KeyringUnavailable(KnownError):
    """No usable keyring backend, or it refused to keep or give the secret."""


class KeySource(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class StoreKey:
    """What SQLCipher is given (``PRAGMA key``), and where it came from."""

    pragma_value: str
    source: KeySource

    @classmethod
    def from_passphrase(cls, passphrase: str) -> StoreKey:
        return cls(passphrase, KeySource.PASSPHRASE)


def _account(path: Path) -> str:
    return f"store:{path.resolve()}"


def keyring_secret(account: str, *, create: bool) -> str | None:
    """A 32-byte hex secret kept in the keyring under ``account``; made when missing and ``create``.

    Raises :class:`KeyringUnavailable` when no backend is usable, refuses, or silently forgets (the null backend):
    a secret is read back after it is stored.
    """
    try:
        found = keyring.get_password(KEYRING_SERVICE, account)
        if found is not None or not create:
            return found
        made = secrets.token_hex(32)
        keyring.set_password(KEYRING_SERVICE, account, made)
        if keyring.get_password(KEYRING_SERVICE, account) != made:
            raise KeyringUnavailable("the keyring did not keep the secret")
        return made
    except keyring.errors.KeyringError as error:  # NoKeyringError, KeyringLocked, PasswordSetError, InitError, …
        raise KeyringUnavailable(str(error) or type(error).__name__) from error


def key_info_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + KEY_INFO_SUFFIX)


def recorded_source(store_path: Path) -> KeySource | None:
    """How the store's key is kept, as noted beside it; None when there is no note (or it cannot be read)."""
    try:
        return KeySource(json.loads(key_info_path(store_path).read_text(encoding="utf-8"))["source"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _key_note(store_path: Path) -> dict[str, object]:
    try:
        found = json.loads(key_info_path(store_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _write_key_note(store_path: Path, note: dict[str, object]) -> None:
    write_text_atomically(key_info_path(store_path), json.dumps(note) + "\n")


def note_section(store_path: Path, section: str) -> dict[str, object]:
    """A section of the note beside the store that is not about its key (``integrity``: ``app.store.integrity``);
    empty when there is none or the note cannot be read."""
    found = _key_note(store_path).get(section)
    return found if isinstance(found, dict) else {}


def update_note_section(store_path: Path, section: str, values: dict[str, object]) -> None:
    """Change ``values`` in a section of the note beside the store (written atomically; the rest stays)."""
    note = _key_note(store_path)
    current = note.get(section)
    note[section] = {**(current if isinstance(current, dict) else {}), **values}
    _write_key_note(store_path, note)


def record_source(store_path: Path, source: KeySource) -> None:
    """Note how the store's key is kept; what else the note holds (the store's id) stays."""
    note = _key_note(store_path)
    note.update(source=source.value, version=1)
    note.setdefault("store_id", secrets.token_hex(4))
    _write_key_note(store_path, note)


def store_id(store_path: Path, *, create: bool = True) -> str | None:
    """A random id of this store (8 hex digits, in its key note), which its backups carry in their names, so that
    stores sharing a backup folder never prune each other's backups. Made when missing and ``create``."""
    note = _key_note(store_path)
    found = note.get("store_id")
    if isinstance(found, str) and len(found) == 8 and all(ch in "0123456789abcdef" for ch in found):
        return found
    if not create:
        return None
    note["store_id"] = made = secrets.token_hex(4)
    _write_key_note(store_path, note)
    return made


def keyring_key(store_path: Path, *, create: bool) -> StoreKey | None:
    secret = keyring_secret(_account(store_path), create=create)
    return StoreKey(f"x'{secret}'", KeySource.KEYRING) if secret is not None else None


def forget_keyring_key(store_path: Path) -> None:
    """Remove the store's key from the keyring (after the store itself is gone); a missing one is fine."""
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _account(store_path))


def is_plain_sqlite(store_path: Path) -> bool:
    """Whether the file is an unencrypted SQLite store (an encrypted one starts with random bytes)."""
    try:
        with store_path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


@functools.cache
def quiet_sqlcipher() -> None:
    """SQLCipher writes ``ERROR CORE …`` lines to stderr on a wrong key; the program says what happened itself.

    The log level is the library's, for the whole process; set once before the first keyed connection.
    """
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()
