"""The audit trail's anchor outside the store, and the administrator's log-in for the command line's trail tasks.

Fault catalogue: a store put back from an old backup behind the program's back, a trail cut and its tip fixed, a
trail re-hashed in a recreated table, an anchor note edited by hand, a WAL damaged after a kill. Each is found at
start (``store.anchor.finding``) and by ``helpline audit verify``, which names it.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa

from app.__main__ import main
from app.config import StoreConfig
from app.errors import NotAllowed
from app.models import AuditEntry
from app.models.audit import AuditKind
from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.guard import audit, audit_anchor, auth
from app.services.guard.store_opening import open_configured_store
from app.store import backup
from app.store.db import Store
from app.store.keys import KEYRING_SERVICE
from tests import file_keyring
from tests.conftest import make_user, postgres_database

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


def _no_passphrase(_new: bool, _retry: bool) -> str | None:
    raise AssertionError("the test keyring is usable: no passphrase should be asked")


def _open(url: str) -> Store:
    return open_configured_store(StoreConfig(url), _no_passphrase)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
    else:
        with postgres_database() as url:
            yield url


def _fill(store: Store, count: int, start: int = 0) -> None:
    admin = make_user(store, Role.ADMINISTRATOR, "admin") if start == 0 else _admin(store)
    with store.unit_of_work() as uow:
        for n in range(start, start + count):
            audit.record(uow, AuditKind.EXPORT, actor=admin, details={"n": n}, now=NOW + timedelta(seconds=n))
            uow.commit()


def _admin(store: Store) -> SessionUser:
    with store.unit_of_work() as uow:
        return auth.authenticate(uow, "admin", PASSWORD, now=NOW)


def _kinds(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return [k.value for k in uow.session.scalars(sa.select(AuditEntry.kind).order_by(AuditEntry.seq))]


def _as_admin(monkeypatch: pytest.MonkeyPatch, name: str = "admin", password: str = PASSWORD) -> None:
    """The administrator's user name and password typed at the command line's prompts."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{name}\n{password}\n"))


def _cut_and_fix_tip(store: Store, keep: int) -> None:
    """What someone with the key can do without the program: cut the trail's tail and make its tip agree."""
    with store.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        else:
            connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        connection.exec_driver_sql(f"DELETE FROM audit_log WHERE seq > {keep}")
        tip = connection.exec_driver_sql(f"SELECT hash FROM audit_log WHERE seq = {keep}").scalar()
        connection.exec_driver_sql(f"UPDATE audit_head SET seq = {keep}, hash = '{tip}'")


def _rehash_in_a_new_table(store: Store, seq: int) -> None:
    """Rewrite entry ``seq`` and re-hash the chain from there, without touching a trigger: copy the table, drop it,
    recreate it from the copy, then fix every hash and the tip."""
    with store.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE audit_copy AS SELECT * FROM audit_log")
        connection.exec_driver_sql("DROP TABLE audit_log")
        connection.exec_driver_sql("ALTER TABLE audit_copy RENAME TO audit_log")
        rows = connection.execute(sa.select(AuditEntry.__table__).order_by(AuditEntry.seq)).mappings().all()
        prev = audit.GENESIS
        for row in rows:
            details = '{"n":999}' if row["seq"] == seq else row["details"]
            digest = audit.entry_hash(
                row["seq"],
                row["at"] if row["at"].tzinfo else row["at"].replace(tzinfo=UTC),
                row["user_id"],
                row["username"],
                row["kind"].value,
                row["record_type"],
                row["record_id"],
                row["screen"],
                details,
                prev,
            )
            connection.execute(
                sa.text("UPDATE audit_log SET details = :d, prev_hash = :p, hash = :h WHERE seq = :s"),
                {"d": details, "p": prev, "h": digest, "s": row["seq"]},
            )
            prev = digest
        connection.execute(sa.text("UPDATE audit_head SET hash = :h"), {"h": prev})


def test_a_cut_trail_with_its_tip_fixed_is_found_at_start_and_by_verify(
    store_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _open(store_url)
    _fill(store, 8)
    newest = audit_anchor.current(store)
    assert newest is not None
    _cut_and_fix_tip(store, 5)
    store.close()
    looked = _open(store_url)
    with looked.unit_of_work() as uow:  # the chain alone says all is well
        assert audit.verify(uow.session).ok
    looked.close()
    again = _open(store_url)
    finding = again.anchor.finding
    assert finding is not None
    assert (finding.kind, finding.recorded.seq) == ("shorter", newest.seq)
    assert f"entry {newest.seq} was written, but the store ends at entry" in finding.sentence()
    assert "anchor_mismatch" in _kinds(again)
    again.close()
    _as_admin(monkeypatch)
    capsys.readouterr()
    assert main(["--database", store_url, "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "shorter than recorded outside the store" in out
    assert "Traceback" not in out


def test_a_trail_rehashed_in_a_recreated_table_is_found(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _open(store_url)
    _fill(store, 6)
    _rehash_in_a_new_table(store, 3)
    with store.unit_of_work() as uow:
        assert audit.verify(uow.session).ok  # re-hashed: the chain itself holds
    store.close()
    again = _open(store_url)
    assert again.anchor.finding is not None
    assert again.anchor.finding.kind == "rewritten"
    again.close()


def test_an_old_backup_put_back_outside_the_program_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.sqlite3"
    url = f"sqlite:///{path}"
    store = _open(url)
    _fill(store, 3)
    old = backup.make_backup(store, tmp_path / "backups", 5)
    _fill(store, 4, start=3)
    store.close()
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(old.path, path)  # a file copy: no log-in, nothing recorded
    again = _open(url)
    assert again.anchor.finding is not None
    assert again.anchor.finding.kind == "shorter"
    again.close()
    # It stays found at every start until an administrator accepts it, which is recorded.
    again = _open(url)
    assert again.anchor.finding is not None
    again.close()
    _as_admin(monkeypatch)
    assert main(["--database", url, "audit", "verify", "--accept"]) == 0
    last = _open(url)
    assert last.anchor.finding is None
    assert "anchor_rebased" in _kinds(last)
    last.close()


def test_an_administrators_restore_is_recorded_and_rebases_the_anchor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "store.sqlite3"
    url = f"sqlite:///{path}"
    store = _open(url)
    _fill(store, 3)
    make_user(store, Role.COUNSELLOR, "mari")
    old = backup.make_backup(store, tmp_path / "backups", 5)
    _fill(store, 4, start=3)
    store.close()
    # No log-in, a counsellor's, or a wrong password: nothing is restored.
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--database", url, "restore", str(old.path)]) == 2
    _as_admin(monkeypatch, "mari")
    assert main(["--database", url, "restore", str(old.path)]) == 2
    _as_admin(monkeypatch, password="not the password")
    assert main(["--database", url, "restore", str(old.path)]) == 2
    assert "only an administrator" in capsys.readouterr().err
    looked = _open(url)
    with looked.unit_of_work() as uow:
        assert uow.session.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar_one() > 8  # unchanged
    looked.close()
    _as_admin(monkeypatch)
    assert main(["--database", url, "restore", str(old.path)]) == 0
    restored = _open(url)
    assert restored.anchor.finding is None
    with restored.unit_of_work() as uow:
        entry = uow.session.scalars(
            sa.select(AuditEntry).where(AuditEntry.kind == AuditKind.RESTORED).order_by(AuditEntry.seq.desc())
        ).first()
        assert entry is not None
        assert entry.username == "admin"
        assert json.loads(entry.details)["backup"] == old.path.name
        assert json.loads(entry.details)["recorded_seq"] > json.loads(entry.details)["store_seq"]  # what it undid
    restored.close()


def test_retention_and_verify_need_an_administrator_and_are_recorded(
    store_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _open(store_url)
    _fill(store, 2)
    make_user(store, Role.COUNSELLOR, "mari")
    store.close()
    for command in (["audit", "verify"], ["retention", "--dry-run"], ["retention"]):
        _as_admin(monkeypatch, "mari")
        assert main(["--database", store_url, *command]) == 2
        assert "only an administrator" in capsys.readouterr().err
    _as_admin(monkeypatch)
    assert main(["--database", store_url, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "The audit trail is intact" in out
    anchor_line = next(line for line in out.splitlines() if line.startswith("Anchor"))
    _as_admin(monkeypatch)
    assert main(["--database", store_url, "retention"]) == 0
    store = _open(store_url)
    kinds = _kinds(store)
    store.close()
    assert "audit_verified" in kinds
    assert "retention_run" in kinds
    # The anchor written down is checked later: the trail still holds that entry as it was.
    written = anchor_line.split()[-1]
    _as_admin(monkeypatch)
    assert main(["--database", store_url, "audit", "verify", "--expect", written]) == 0
    _as_admin(monkeypatch)
    assert main(["--database", store_url, "audit", "verify", "--expect", "9999:" + "0" * 64]) == 1
    assert "entry 9999 was written" in capsys.readouterr().out


def test_an_edited_anchor_note_of_a_passphrase_store_is_found(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    url = f"sqlite:///{path}"
    keyring.set_keyring(_NoKeyring())

    def passphrase(_new: bool, _retry: bool) -> str:
        return "a long passphrase of mine"

    store = open_configured_store(StoreConfig(url), passphrase)
    _fill(store, 3)
    store.close()
    note = audit_anchor.anchor_note_path(path)
    data = json.loads(note.read_text(encoding="utf-8"))
    assert data["seq"] > 3
    data["seq"] = 2
    note.write_text(json.dumps(data), encoding="utf-8")
    again = open_configured_store(StoreConfig(url), passphrase)
    assert again.anchor.finding is not None
    assert again.anchor.finding.kind == "tampered"
    again.close()


class _NoKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no keyring here")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no keyring here")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("no keyring here")


# --- the damaged WAL -------------------------------------------------------------------------------------------

CONTACTS = 40


def test_contacts_lost_to_a_damaged_wal_after_a_kill_are_found_through_the_anchor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The program saves contacts and is killed; bytes in the middle of its WAL are then flipped. SQLite stops
    replaying at the bad frame and silently drops the commits after it: the anchor says so at the next start."""
    store_file, keyring_file = tmp_path / "store.sqlite3", tmp_path / "keyring.json"
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("HELPLINE_", "QT_"))}
    environment.update(
        {
            "HELPLINE_DATA_DIR": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "PYTHON_KEYRING_BACKEND": file_keyring.BACKEND,
            file_keyring.FILE_ENV: str(keyring_file),
        }
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.contact_writer", str(store_file), str(CONTACTS)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "saved", process.stderr.read() if process.stderr else ""
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    wal = store_file.with_name(store_file.name + "-wal")
    data = bytearray(wal.read_bytes())
    page = int.from_bytes(data[8:12], "big")
    frames = (len(data) - 32) // (24 + page)
    assert frames > 10  # the commits are in the WAL, not yet in the store file
    middle = 32 + (frames // 2) * (24 + page) + 24 + 100
    data[middle : middle + 16] = bytes(16)[::-1] if data[middle] else b"\xff" * 16
    wal.write_bytes(bytes(data))

    monkeypatch.setenv(file_keyring.FILE_ENV, str(keyring_file))
    keyring.set_keyring(file_keyring.FileKeyring())
    store = _open(f"sqlite:///{store_file}")
    try:
        with store.unit_of_work() as uow:
            contacts = int(uow.session.execute(sa.text("SELECT count(*) FROM contacts")).scalar_one())
            assert audit.verify(uow.session).ok  # the chain alone cannot tell
        assert contacts < CONTACTS  # commits were lost
        finding = store.anchor.finding
        assert finding is not None
        assert finding.kind == "shorter"
        assert "lost" in finding.sentence()
    finally:
        store.close()


def test_a_restore_from_the_windows_menu_is_recorded_and_rebases_the_anchor(tmp_path: Path) -> None:
    """What *Restore from backup…* does after the window closed: the restore, then its record and a new anchor."""
    path = tmp_path / "store.sqlite3"
    url = f"sqlite:///{path}"
    store = _open(url)
    _fill(store, 3)
    admin = _admin(store)
    old = backup.make_backup(store, tmp_path / "backups", 5)
    _fill(store, 4, start=3)
    key = store.key
    store.close()
    backup.restore(path, old.path, key)
    assert audit_anchor.after_restore(path, key, admin, old.path)
    again = _open(url)
    assert again.anchor.finding is None
    kinds = _kinds(again)
    again.close()
    assert kinds.count("restored") == 1
    assert "anchor_mismatch" not in kinds


def test_only_an_administrator_records_a_restore_or_accepts_the_trail(tmp_path: Path) -> None:
    """A shift lead's call to record a restore or to accept the trail is refused before anything is written: the
    trail has no ``restored`` or ``anchor_rebased`` entry of theirs and the anchor still reports what it found."""
    path = tmp_path / "store.sqlite3"
    url = f"sqlite:///{path}"
    store = _open(url)
    _fill(store, 3)
    lead = make_user(store, Role.SHIFT_LEAD, "liis")
    old = backup.make_backup(store, tmp_path / "backups", 5)
    _fill(store, 4, start=3)
    key = store.key
    store.close()
    backup.restore(path, old.path, key)  # put back: the anchor finds the trail shorter until it is re-based
    looked = _open(url)
    keeper = looked.anchor
    assert keeper.finding is not None
    with pytest.raises(NotAllowed), looked.unit_of_work() as uow:
        audit_anchor.rebase(uow, keeper, AuditKind.ANCHOR_REBASED, lead, {"by": "a shift lead"})
    with pytest.raises(NotAllowed):
        audit_anchor.record_restore(looked, path, lead, old.path.name)
    assert looked.anchor is keeper
    assert keeper.finding is not None
    before = _kinds(looked)
    admin = _admin(looked)
    looked.close()
    with pytest.raises(NotAllowed):
        audit_anchor.record_restore_at(path, key, lead, old.path.name)
    with pytest.raises(NotAllowed):  # refused loudly, never logged as a record that failed
        audit_anchor.after_restore(path, key, lead, old.path)
    again = _open(url)
    assert again.anchor.finding is not None
    assert _kinds(again) == [*before, "login", "anchor_mismatch"]  # the administrator's log-in, the start's finding
    again.close()
    assert audit_anchor.after_restore(path, key, admin, old.path)
    restored = _open(url)
    assert restored.anchor.finding is None
    assert _kinds(restored)[-1] == "restored"
    restored.close()


@pytest.mark.postgres
def test_a_server_workstation_without_a_keyring_starts_and_keeps_no_anchor() -> None:
    with postgres_database() as url:
        keyring.set_keyring(_NoKeyring())
        store = _open(url)
        try:
            _fill(store, 2)
            assert store.anchor.finding is None
            assert "anchor_started" not in _kinds(store)  # nothing kept, so nothing started
        finally:
            store.close()


def test_a_passphrase_stores_restore_logs_in_against_the_store_it_replaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The passphrase typed once opens the backup and the current store: the administrator's log-in is checked, and
    recorded, in the store being replaced; the restore in the restored one."""
    from app import cli
    from app.store.opening import open_local_store

    keyring.set_keyring(_NoKeyring())
    path = tmp_path / "store.sqlite3"
    url = f"sqlite:///{path}"
    typed: list[bool] = []

    def passphrase(_new: bool, retry: bool) -> str | None:
        typed.append(retry)
        return "a long passphrase of mine"

    store = open_configured_store(StoreConfig(url), passphrase)
    _fill(store, 3)
    old = backup.make_backup(store, tmp_path / "backups", 5)
    _fill(store, 2, start=3)
    store.close()
    monkeypatch.setattr(cli, "_ask", passphrase)  # the terminal's prompt
    _as_admin(monkeypatch)
    typed.clear()
    assert main(["--database", url, "restore", str(old.path)]) == 0
    assert typed == [False]  # asked once
    (replaced,) = tmp_path.glob("store.sqlite3.replaced-*[0-9]Z")
    aside = open_local_store(replaced, passphrase)
    assert _kinds(aside)[-1] == "login"
    aside.close()
    restored = open_configured_store(StoreConfig(url), passphrase)
    assert restored.anchor.finding is None
    assert _kinds(restored)[-1] == "restored"
    restored.close()


# --- an anchor that cannot be read, a tip changed by hand, odd anchors typed (issue 10's probe) ----------------
def _anchor_account(store_url: str, store: Store) -> str:
    path = Path(store_url.removeprefix("sqlite:///")) if store_url.startswith("sqlite") else None
    place = audit_anchor.place_for(store, path)
    assert isinstance(place, audit_anchor.KeyringPlace)
    return place.account


@pytest.mark.parametrize(
    "value",
    ["x", "[]", '{"seq": 3, "hash": ""}', '{"seq": "x", "hash": "ab"}', '{"seq": 2}', '{"seq": 999, "hash": "00"}'],
)
def test_an_unreadable_anchor_in_the_keyring_is_found_never_switched_off(
    store_url: str, value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _open(store_url)
    _fill(store, 3)
    account = _anchor_account(store_url, store)
    store.close()
    keyring.set_password(KEYRING_SERVICE, account, value)
    again = _open(store_url)
    assert again.anchor.finding is not None
    assert again.anchor.finding.kind == "tampered"
    again.close()
    _as_admin(monkeypatch)
    capsys.readouterr()
    assert main(["--database", store_url, "audit", "verify"]) == 1
    assert "kept outside the store was changed by hand" in capsys.readouterr().out
    _as_admin(monkeypatch)
    assert main(["--database", store_url, "audit", "verify", "--accept"]) == 0
    kept = json.loads(keyring.get_password(KEYRING_SERVICE, account) or "")
    assert len(kept["hash"]) == 64  # anchored again, and kept from then on
    last = _open(store_url)
    assert last.anchor.finding is None
    _fill(last, 2, start=3)
    assert json.loads(keyring.get_password(KEYRING_SERVICE, account) or "")["seq"] > kept["seq"]
    last.close()


def test_verify_says_when_the_trail_was_not_checked_against_its_anchor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    store = _open(url)
    _fill(store, 3)
    store.close()

    def locked(_place: object) -> None:
        raise keyring.errors.KeyringLocked("the keyring is locked")

    monkeypatch.setattr(audit_anchor.KeyringPlace, "read", locked)
    _as_admin(monkeypatch)
    capsys.readouterr()
    assert main(["--database", url, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "The trail was not checked against its anchor outside the store" in out
    assert "--expect" in out


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_head SET seq = 'abc'", "DELETE FROM audit_head", "UPDATE audit_head SET hash = 'x'"]
)
def test_a_tip_changed_by_hand_is_said_at_start_and_the_program_works_on(
    store_url: str, statement: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _open(store_url)
    _fill(store, 4)
    newest = audit_anchor.current(store)
    assert newest is not None
    if "'abc'" in statement and store_url.startswith("postgresql"):
        statement = "UPDATE audit_head SET seq = -7"  # PostgreSQL keeps only numbers in a number column
    with store.engine.begin() as connection:
        connection.exec_driver_sql(statement)
    store.close()
    again = _open(store_url)  # no traceback: the start says so and goes on
    assert again.anchor.finding is not None
    assert again.anchor.finding.kind == "head"
    assert f"set again from the newest entry there is ({newest.seq})" in again.anchor.finding.sentence()
    user = _admin(again)  # a log-in writes its entry
    assert user.username == "admin"
    with again.unit_of_work() as uow:
        assert audit.verify(uow.session).ok
    again.close()
    _as_admin(monkeypatch)
    assert main(["--database", store_url, "audit", "verify"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_work_that_went_on_after_a_roll_back_still_says_what_may_be_lost(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    url = f"sqlite:///{path}"
    store = _open(url)
    _fill(store, 3)
    old = backup.make_backup(store, tmp_path / "backups", 5)
    _fill(store, 4, start=3)
    store.close()
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(old.path, path)
    again = _open(url)
    assert again.anchor.finding is not None
    assert again.anchor.finding.kind == "shorter"
    _fill(again, 8, start=7)  # the anchored entry's number is written again, by other work
    again.close()
    later = _open(url)
    finding = later.anchor.finding
    later.close()
    assert finding is not None
    assert finding.kind == "rewritten"
    assert "rolled back" in finding.sentence()
    assert "may be lost" in finding.sentence()


@pytest.mark.parametrize(
    "expect", ["99999999999999999999:0123456789abcdef", "0:0123456789abcdef", "３:0123456789abcdef", "3:"]
)
def test_verify_refuses_an_anchor_no_entry_can_have(
    tmp_path: Path, expect: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    store = _open(url)
    _fill(store, 2)
    store.close()
    _as_admin(monkeypatch)
    assert main(["--database", url, "audit", "verify", "--expect", expect]) == 2
    captured = capsys.readouterr()
    assert "an anchor is written N:HASH (the entry's number, 1 or more" in captured.err
    assert "Traceback" not in captured.err + captured.out
