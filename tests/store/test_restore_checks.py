"""What ``helpline restore`` refuses before it touches anything, and who may restore when the store does not open.

- a folder (or a device) given as the backup is named as such, not as "a backup another key made";
- the live store given as its own backup is refused: nothing is moved aside, no ``.replaced-*`` copy is left;
- in the rescue (the store is missing or damaged, so the administrator is looked up in the backup) the backup's own
  rules hold: a deactivated administrator or one locked out for wrong passwords may not restore. The failures of a
  rescue log-in are not recorded (the backup is only read; see docs/decisions.md, "Trust (issue 10)").
"""

from __future__ import annotations

import io
import os
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.__main__ import main
from app.errors import AccountLocked, AuthenticationFailed, BackupRejected
from app.models import Person
from app.models.base import utcnow
from app.models.enums import Role
from app.services.guard import auth
from app.store import backup
from app.store.opening import open_local_store
from app.ui.kit import messages
from tests.conftest import make_user
from tests.store.test_backup import NAME, _admin, _digest, _filled, _no_passphrase, _remove_store

ADMIN_LOG_IN = "admin\ncorrect horse battery\n"


def _restore(path: Path, file: Path, monkeypatch: pytest.MonkeyPatch, log_in: str = ADMIN_LOG_IN) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(log_in))
    return main(["--database", f"sqlite:///{path}", "restore", str(file)])


def _set_aside(path: Path) -> list[str]:
    return sorted(entry.name for entry in path.parent.iterdir() if ".replaced-" in entry.name)


def test_a_folder_given_as_the_backup_is_named_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    made = backup.make_backup(store)
    store.close()
    before = _digest(path)

    assert _restore(path, made.path.parent, monkeypatch) == 1

    err = capsys.readouterr().err
    assert "is a folder" in err
    assert "key" not in err
    assert _digest(path) == before
    assert _set_aside(path) == []
    with pytest.raises(BackupRejected) as refused:
        backup.restore(path, made.path.parent, None)
    assert refused.value.reason == "not_a_file"


@pytest.mark.parametrize("how", ["as it is", "through a link"])
def test_the_store_is_not_restored_onto_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    key = store.key
    store.close()
    given = path
    if how == "through a link":
        given = tmp_path / "elsewhere" / "copy.sqlite3"
        given.parent.mkdir()
        os.link(path, given)
    before = _digest(path)

    assert _restore(path, given, monkeypatch) == 1

    err = capsys.readouterr().err
    assert "the store itself" in err
    assert _digest(path) == before
    assert _set_aside(path) == []  # nothing moved aside
    with pytest.raises(BackupRejected) as refused:
        backup.restore(path, given, key)
    assert refused.value.reason == "the_store"
    assert _set_aside(path) == []
    assert messages.known_error_text(refused.value) != messages.known_error_text(BackupRejected("damaged"))


def test_a_rescue_restore_takes_only_an_active_administrator_not_locked_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store is gone; the administrators are those of the backup, with the backup's lock-outs."""
    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    admin = _admin(store)  # "mari", a counsellor, saved the contact
    gone = make_user(store, Role.ADMINISTRATOR, "kaja")
    make_user(store, Role.ADMINISTRATOR, "toomas")
    with store.unit_of_work() as uow:
        auth.set_active(uow, admin, gone.id, False)
        uow.commit()
    for _attempt in range(auth.LOCKOUT_AFTER):  # someone guessed the administrator's password just before
        with store.unit_of_work() as uow, pytest.raises(AuthenticationFailed):
            auth.authenticate(uow, "admin", "wrong guess")
    made = backup.make_backup(store)
    key = store.key
    store.close()
    _remove_store(path)

    assert _restore(path, made.path, monkeypatch, "kaja\ncorrect horse battery\n") == 2
    assert "only an administrator" in capsys.readouterr().err
    assert _restore(path, made.path, monkeypatch, "mari\ncorrect horse battery\n") == 2
    assert "only an administrator" in capsys.readouterr().err
    assert _restore(path, made.path, monkeypatch) == 2  # the right password, but locked out in the backup
    assert "Too many wrong passwords" in capsys.readouterr().err
    assert not path.exists()
    assert backup.check_backup(made.path, key)  # the backup itself is unchanged and still opens

    assert _restore(path, made.path, monkeypatch, "toomas\ncorrect horse battery\n") == 0
    restored = open_local_store(path, _no_passphrase)
    with restored.unit_of_work() as uow:
        assert uow.session.scalars(sa.select(Person.full_name)).all() == [NAME]
    restored.close()


def test_a_lock_out_in_the_backup_ends_like_the_windows_one(tmp_path: Path) -> None:
    """The backup's failures are counted as the log-in window counts them: a later attempt gets through."""
    from app.services.guard import audit_anchor

    path = tmp_path / "helpline.sqlite3"
    store = _filled(path)
    for _attempt in range(auth.LOCKOUT_AFTER):
        with store.unit_of_work() as uow, pytest.raises(AuthenticationFailed):
            auth.authenticate(uow, "admin", "wrong guess")
    made = backup.make_backup(store)
    key = store.key
    store.close()

    with pytest.raises(AccountLocked):
        audit_anchor.administrator_in_backup(made.path, key, "admin", "correct horse battery")
    later = utcnow() + auth.LOCKOUT_MAX + timedelta(minutes=1)
    user = audit_anchor.administrator_in_backup(made.path, key, "admin", "correct horse battery", now=later)
    assert user is not None
    assert user.username == "admin"
