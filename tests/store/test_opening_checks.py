"""Opening the store (issue 13): what every start checks, when the full check runs before anything is written and when
once the window is up, what a damage found then does; no Alembic at a start on an up-to-date store; the conversion of
an unencrypted store overwrites the original's own blocks."""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.config import DATA_DIR_ENV
from app.errors import StoreCorrupt
from app.models.enums import Role
from app.services.contacts.editing import ContactInput, save_contact
from app.store import backup, integrity
from app.store.db import HEAD_REVISION, Store, head_revision
from app.store.integrity import Reason, reason_to_check_first
from app.store.keys import KeySource, StoreKey, note_section, update_note_section
from app.store.opening import StoreDamaged, open_local_store
from tests.conftest import local_store, make_user
from tests.file_keyring import BACKEND, FILE_ENV

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _no_passphrase(_new: bool, _retry: bool) -> str | None:
    raise AssertionError("the test keyring holds the key")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(path: Path, contacts: int = 60) -> Store:
    """A store with enough contacts that its tables span many pages (each summary ~1.5 KB)."""
    store = local_store(path)
    mari = make_user(store, Role.COUNSELLOR, "mari")
    words = random.Random(13)
    for number in range(contacts):
        summary = " ".join(words.choice(("ähvardused", "üksindus", "uni", "töö", "kool")) for _ in range(250))
        with store.unit_of_work() as uow:
            save_contact(uow, mari, ContactInput(started_at=NOW, summary=f"{number} {summary}"))
    return store


def _damage_deep(path: Path, key: StoreKey | None) -> int:
    """Overwrite bytes in a page that opening does not read (found by trying: the start's checks still pass): damage
    only the full check finds. Returns the page's number."""
    connection = backup._connect(path, key)
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    original = path.read_bytes()
    for page in range(pages // 2, 2, -1):
        with path.open("r+b") as handle:
            handle.seek((page - 1) * 4096 + 1500)
            handle.write(random.Random(page).randbytes(64))
        try:
            Store.open(f"sqlite:///{path}", key=key, migrate_to_head=False).close()
        except StoreCorrupt:
            path.write_bytes(original)
            continue
        return page
    raise AssertionError("every page is read at opening")


def _closed_cleanly_and_damaged(path: Path) -> StoreKey | None:
    store = _filled(path)
    backup.make_backup(store)
    key = store.key
    store.close()
    _damage_deep(path, key)
    return key


def _contacts(store: Store) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.execute(sa.text("SELECT count(*) FROM contacts")).scalar_one())


# --- what every start checks, and when the full check comes first -----------------------------------------------
def test_a_cleanly_closed_store_opens_without_the_full_check_and_the_check_runs_after(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    store.close()
    assert reason_to_check_first(path) is None

    again = local_store(path)
    keeper = again.integrity
    assert isinstance(keeper, integrity.Integrity)
    assert note_section(path, "integrity")["open"] is True  # noted before anything could write
    verdicts: list[StoreCorrupt | None] = []
    assert keeper.start_background_check(verdicts.append)
    assert keeper.finished.wait(30)
    assert verdicts == [None]
    assert not keeper.start_background_check()  # once per opening
    assert _contacts(again) == 60
    again.close()
    assert note_section(path, "integrity")["open"] is False


def test_damage_found_once_the_window_is_up_stops_every_write_and_the_next_start_refuses(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    _closed_cleanly_and_damaged(path)

    store = local_store(path)  # the damage lies where no start reads: the cheap checks let it open
    keeper = store.integrity
    verdicts: list[StoreCorrupt | None] = []
    keeper.start_background_check(verdicts.append)
    assert keeper.finished.wait(30)
    (found,) = verdicts
    assert isinstance(found, StoreCorrupt)
    with pytest.raises(StoreCorrupt):  # no commit goes through any more, through a unit of work or not
        make_user(store, Role.COUNSELLOR, "tiina")
    with store.engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (x)")
        with pytest.raises(StoreCorrupt, match="nothing more is written"):
            connection.commit()
    store.close()
    damaged = _digest(path)

    with pytest.raises(StoreDamaged) as refused:  # the next start: the full check first, nothing written
        open_local_store(path, _no_passphrase)
    assert _digest(path) == damaged
    assert backup.newest_good_backup(path, refused.value.key) is not None


def test_after_an_unclean_shutdown_a_damaged_store_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    key = store.key
    store.engine.dispose()  # the program died: its connections went, nothing noted the close
    assert reason_to_check_first(path) is Reason.UNCLEAN
    _damage_deep(path, key)
    before = _digest(path), note_section(path, "integrity")
    told: list[Reason] = []

    with pytest.raises(StoreDamaged):
        open_local_store(path, _no_passphrase, checking=told.append)
    assert told == [Reason.UNCLEAN]  # a window could say that it checks the store
    assert (_digest(path), note_section(path, "integrity")) == before


def test_a_wal_left_behind_counts_as_an_unclean_shutdown(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    local_store(path).close()
    assert reason_to_check_first(path) is None
    path.with_name(path.name + "-wal").write_bytes(b"\1" * 100)
    assert reason_to_check_first(path) is Reason.UNCLEAN


def test_a_week_without_a_full_check_checks_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    key = _closed_cleanly_and_damaged(path)
    update_note_section(path, "integrity", {"checked_at": (datetime.now(UTC) - timedelta(days=8)).isoformat()})
    assert reason_to_check_first(path) is Reason.DUE
    update_note_section(path, "integrity", {"checked_at": None})  # or none is known (a store of an older version)
    assert reason_to_check_first(path) is Reason.DUE
    before = _digest(path)
    with pytest.raises(StoreDamaged) as refused:
        open_local_store(path, _no_passphrase)
    assert refused.value.key == key
    assert _digest(path) == before


def test_a_passing_full_check_at_start_is_noted(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path, contacts=3)
    store.engine.dispose()  # unclean
    told: list[Reason] = []
    again = open_local_store(path, _no_passphrase, checking=told.append)
    assert told == [Reason.UNCLEAN]
    assert _contacts(again) == 3
    again.close()
    assert reason_to_check_first(path) is None


@pytest.mark.parametrize("pages", [1, 3])
def test_a_file_cut_short_by_a_page_or_more_is_refused_at_every_start(tmp_path: Path, pages: int) -> None:
    path = tmp_path / "helpline.sqlite3"
    _filled(path, contacts=20).close()
    assert reason_to_check_first(path) is None  # closed cleanly, checked: only the cheap checks run
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size - pages * 4096)
    before = _digest(path)
    with pytest.raises(StoreDamaged):
        open_local_store(path, _no_passphrase)
    assert _digest(path) == before


def test_a_damaged_first_page_of_a_table_is_refused_at_every_start(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path, contacts=20)
    key = store.key
    store.close()
    connection = backup._connect(path, key)
    (page,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'drafts'").fetchone()
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * 4096 + 100)
        handle.write(b"\xff" * 32)
    before = _digest(path)
    with pytest.raises(StoreDamaged):
        open_local_store(path, _no_passphrase)
    assert _digest(path) == before


# --- no Alembic at a start on an up-to-date store ---------------------------------------------------------------
def test_the_head_revision_in_code_is_alembics() -> None:
    assert head_revision() == HEAD_REVISION, "write the new migration's revision into app/store/db.py HEAD_REVISION"


def test_a_start_on_an_up_to_date_store_imports_no_alembic(tmp_path: Path) -> None:
    keyring_file = tmp_path / "keyring.json"
    path = tmp_path / "helpline.sqlite3"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.config import StoreConfig\n"
        "from app.services.guard.store_opening import open_configured_store\n"
        f"path = Path({str(path)!r})\n"
        "store = open_configured_store(StoreConfig(f'sqlite:///{path}'), lambda _n, _r: None)\n"
        "store.close()\n"
        "print(json.dumps(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic')))\n"
    )
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": BACKEND, FILE_ENV: str(keyring_file), DATA_DIR_ENV: str(tmp_path)}

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", "import json\n" + script], env=env, capture_output=True, text=True, check=True
        )
        return list(json.loads(done.stdout.strip().splitlines()[-1]))

    assert run() != []  # the first start makes the store: its tables come from the migrations
    assert run() == []  # at head: nothing of Alembic is loaded


# --- converting an unencrypted store ----------------------------------------------------------------------------
def _plain_store(path: Path) -> None:
    plain = Store.open(f"sqlite:///{path}")  # as stores were made before encryption
    with plain.unit_of_work() as uow:
        uow.session.execute(sa.text("CREATE TABLE notes (words TEXT)"))
        uow.session.execute(sa.text("INSERT INTO notes VALUES ('Jüri Õunapuu helistas')"))
        uow.commit()
    plain.close()


def test_converting_overwrites_the_unencrypted_originals_own_blocks(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    _plain_store(path)
    with path.open("rb") as original:  # the original file itself, whatever name it has afterwards
        store = open_local_store(path, _no_passphrase)
        original.seek(0)
        left = original.read()
    assert len(left) > 0
    assert left == bytes(len(left))  # zeros: the plain pages are gone from the disk, not only unlinked
    assert _contacts(store) == 0
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["helpline.sqlite3", "helpline.sqlite3.key-info"]
    assert reason_to_check_first(path) is None  # the encrypted file was checked before it took the original's place


def test_a_conversion_cut_short_leaves_no_plain_copy_behind(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    _plain_store(path)
    second_name = path.with_name(path.name + ".unencrypted-20261120T090000Z.bak")
    os.link(path, second_name)  # killed after the second name was made, before the swap
    copy = path.with_name(path.name + ".unencrypted-20261119T090000Z.bak")
    copy.write_bytes(path.read_bytes())  # or a copy on a file system without links, after the swap
    store = open_local_store(path, _no_passphrase)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "helpline.sqlite3",
        "helpline.sqlite3.key-info",
    ]
    store.close()
    for found in tmp_path.iterdir():
        assert "Õunapuu".encode() not in found.read_bytes()


def test_a_plain_store_with_a_damaged_page_is_not_converted(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    _plain_store(path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * 4096)
        handle.write(b"\xff" * 4096)
    before = _digest(path)
    with pytest.raises(StoreCorrupt):
        open_local_store(path, _no_passphrase)
    assert _digest(path) == before


def test_the_key_note_keeps_the_key_source_beside_the_integrity_state(tmp_path: Path) -> None:
    path = tmp_path / "helpline.sqlite3"
    local_store(path).close()
    note = json.loads(path.with_name(path.name + ".key-info").read_text(encoding="utf-8"))
    assert note["source"] == KeySource.KEYRING.value
    assert note["integrity"]["open"] is False
