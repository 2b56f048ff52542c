"""Keyrings for tests and dev scripts, never the machine's: one in memory, and one kept in a JSON file for tests
that start the program in a subprocess (neither is used by the program itself).

The subprocess picks it with ``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` and finds the file through
``HELPLINE_TEST_KEYRING_FILE``; the test reads the store's key from the same file to look inside the store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

FILE_ENV = "HELPLINE_TEST_KEYRING_FILE"
BACKEND = "tests.file_keyring.FileKeyring"


def _load(path: Path) -> dict[str, str]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


class FileKeyring(KeyringBackend):
    priority = 1

    @property
    def path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def get_password(self, service: str, username: str) -> str | None:
        return _load(self.path).get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        found = _load(self.path)
        found[f"{service}|{username}"] = password
        self.path.write_text(json.dumps(found), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        found = _load(self.path)
        found.pop(f"{service}|{username}", None)
        self.path.write_text(json.dumps(found), encoding="utf-8")


def store_key(keyring_file: Path, store_file: Path) -> str:
    """The PRAGMA key value of a store whose key the program kept in this file."""
    return "x'" + _load(keyring_file)[f"helpline|store:{store_file.resolve()}"] + "'"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives and dies with the test (or the script's run)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)
