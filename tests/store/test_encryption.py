"""The local store is encrypted: nothing readable in its files, no way in without the key, passphrase fallback,
and the conversion of a store made before encryption."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from app.errors import StoreKeyRejected
from app.models.enums import Role
from app.services.contacts import log
from app.services.contacts.editing import ContactInput, save_contact
from app.services.guard import auth
from app.store.db import Store
from app.store.keys import KeyringUnavailable, KeySource, StoreKey, key_info_path, keyring_key, recorded_source
from app.store.opening import PassphraseRefused, open_local_store
from app.ui.kit import messages
from tests.conftest import make_user
from tests.file_keyring import MemoryKeyring

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NAME, PHONE, WORDS = "Jüri Õunapuu-Šarõgina", "+37251234567", "ähvardas noaga"


class NoKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")


class ForgetfulKeyring(MemoryKeyring):
    """Like keyring's null backend: accepts a secret and keeps nothing."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


class Prompt:
    """Answers the passphrase questions from a list and remembers them."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[bool, bool]] = []

    def __call__(self, new: bool, retry: bool) -> str | None:
        self.asked.append((new, retry))
        return self.answers.pop(0) if self.answers else None


def _fill(store: Store) -> None:
    mari = make_user(store, Role.COUNSELLOR, "mari")
    with store.unit_of_work() as uow:
        save_contact(
            uow, mari, ContactInput(started_at=NOW, identified=True, full_name=NAME, phone=PHONE, summary=WORDS)
        )


def _all_bytes(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file())


def _secrets_visible(folder: Path) -> list[str]:
    data = _all_bytes(folder)
    return [text for text in (NAME, "Õunapuu", PHONE, "51234567", WORDS, "noaga") if text.encode() in data]


def _found(store: Store) -> list[str | None]:
    with store.unit_of_work() as uow:
        admin = auth.authenticate(uow, "admin", "correct horse battery")
        return [row.person_name for row in log.list_page(uow, admin, "noaga")]


def test_the_store_files_show_no_personal_data_and_need_the_key(tmp_path: Path) -> None:
    path = tmp_path / "store" / "helpline.sqlite3"
    store = open_local_store(path, Prompt())
    _fill(store)
    assert _secrets_visible(path.parent) == []  # the main file and the WAL while the store is open
    store.close()
    assert _secrets_visible(path.parent) == []
    assert recorded_source(path) is KeySource.KEYRING
    assert b"x'" not in key_info_path(path).read_bytes()  # the note says where the key is, not what it is

    with sqlite3.connect(path) as plain, pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
    with pytest.raises(StoreKeyRejected):
        Store.open(f"sqlite:///{path}", key=StoreKey("x'" + "00" * 32 + "'", KeySource.KEYRING))
    again = open_local_store(path, Prompt())
    assert _found(again) == [NAME]
    again.close()


def test_without_a_keyring_a_passphrase_protects_the_store(tmp_path: Path) -> None:
    keyring.set_keyring(NoKeyring())
    path = tmp_path / "helpline.sqlite3"
    prompt = Prompt("pikk ja salajane lause")
    store = open_local_store(path, prompt)
    assert prompt.asked == [(True, False)]
    _fill(store)
    store.close()
    assert recorded_source(path) is KeySource.PASSPHRASE
    assert _secrets_visible(tmp_path) == []
    assert b"salajane" not in _all_bytes(tmp_path)  # the passphrase is written nowhere

    prompt = Prompt("vale lause küll", "pikk ja salajane lause")
    store = open_local_store(path, prompt)
    assert prompt.asked == [(False, False), (False, True)]
    assert _found(store) == [NAME]
    store.close()

    with pytest.raises(StoreKeyRejected):
        open_local_store(path, Prompt(*["vale"] * 5))
    with pytest.raises(PassphraseRefused):
        open_local_store(path, Prompt())  # the user closed the dialog


def test_a_keyring_store_never_falls_back_to_a_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    open_local_store(path, Prompt()).close()
    keyring.set_keyring(NoKeyring())
    prompt = Prompt("anything at all")
    with pytest.raises(KeyringUnavailable):
        open_local_store(path, prompt)
    assert prompt.asked == []


def test_a_keyring_that_forgets_counts_as_none(tmp_path: Path) -> None:
    keyring.set_keyring(ForgetfulKeyring())
    with pytest.raises(KeyringUnavailable):
        keyring_key(tmp_path / "x.sqlite3", create=True)
    prompt = Prompt("pikk ja salajane lause")
    open_local_store(tmp_path / "x.sqlite3", prompt).close()
    assert prompt.asked == [(True, False)]


def test_an_unencrypted_store_is_converted_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    plain = Store.open(f"sqlite:///{path}")  # as stores were made before encryption
    _fill(plain)
    plain.close()
    assert _secrets_visible(tmp_path)  # readable, before

    store = open_local_store(path, Prompt())
    assert _found(store) == [NAME]  # the data, the word search included
    store.close()
    assert _secrets_visible(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["helpline.sqlite3", "helpline.sqlite3.key-info"]


def test_a_failed_conversion_leaves_the_original_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "helpline.sqlite3"
    plain = Store.open(f"sqlite:///{path}")
    _fill(plain)
    plain.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    counts = iter([{"contacts": 1}, {"contacts": 0}])  # the copy "lost" a row
    monkeypatch.setattr("app.store.opening._row_counts", lambda _connection: next(counts))
    with pytest.raises(Exception, match="does not match"):
        open_local_store(path, Prompt())
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == ["helpline.sqlite3"]


def test_a_keyring_store_whose_key_is_gone_says_so_and_asks_nothing(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    open_local_store(path, Prompt()).close()
    keyring.delete_password("helpline", f"store:{path.resolve()}")  # the keyring was reset, or the entry removed
    before = path.read_bytes()
    prompt = Prompt("anything at all")
    with pytest.raises(StoreKeyRejected) as refused:
        open_local_store(path, prompt)
    assert prompt.asked == []  # a passphrase can never open a store whose key was random
    text = messages.known_error_text(refused.value)
    assert "no longer in" in text
    assert "Check the passphrase" not in text
    assert path.read_bytes() == before


def test_smoke_without_a_keyring_leaves_nothing_in_the_temp_folder(tmp_path: Path) -> None:
    from tests.test_main import run_smoke

    temp = tmp_path / "temp"
    temp.mkdir()
    result = run_smoke(
        tmp_path / "data", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "TMPDIR": str(temp)}
    )
    assert result.returncode == 0, result.stderr
    assert "throwaway" in result.stderr
    assert list(temp.iterdir()) == []
