"""The command line, run as the user runs it (``python -m app``): which store it opens, and that it is migrated."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3  # type: ignore[import-untyped]

from app.store.db import head_revision
from tests import file_keyring

ROOT = Path(__file__).resolve().parents[1]


def run_smoke(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``helpline --smoke`` on a machine without a display (it must pick Qt's offscreen platform itself), with a
    keyring kept in ``<data_dir>.keyring.json`` (see :func:`open_plain`)."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("HELPLINE_", "QT_"))}
    for key in ("DISPLAY", "WAYLAND_DISPLAY"):
        environment.pop(key, None)
    environment["HELPLINE_DATA_DIR"] = str(data_dir)
    environment["PYTHON_KEYRING_BACKEND"] = file_keyring.BACKEND
    environment[file_keyring.FILE_ENV] = str(keyring_file(data_dir))
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", "--smoke", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def keyring_file(data_dir: Path) -> Path:
    return data_dir.with_name(data_dir.name + ".keyring.json")


@contextmanager
def open_encrypted(store_file: Path, data_dir: Path) -> Iterator[Any]:
    """A DB-API connection to a store the subprocess made, with the key it kept in the test's file keyring."""
    connection = sqlcipher3.connect(str(store_file))
    try:
        key = file_keyring.store_key(keyring_file(data_dir), store_file).replace('"', '""')
        connection.execute(f'PRAGMA key = "{key}"')
        yield connection
    finally:
        connection.close()


def revision_of(store_file: Path, data_dir: Path) -> str:
    with open_encrypted(store_file, data_dir) as connection:
        (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(version)


def test_smoke_creates_the_local_store_at_head(tmp_path: Path) -> None:
    data_dir = tmp_path / "andmed ja ülejäänu"
    result = run_smoke(data_dir)
    assert result.returncode == 0, result.stderr
    assert revision_of(data_dir / "helpline.sqlite3", data_dir) == head_revision()
    with sqlite3.connect(data_dir / "helpline.sqlite3") as plain, pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchall()  # unreadable without the key


def test_database_option_points_elsewhere(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere" / "x.sqlite3"
    result = run_smoke(tmp_path / "data", "--database", f"sqlite:///{elsewhere}")
    assert result.returncode == 0, result.stderr
    assert revision_of(elsewhere, tmp_path / "data") == head_revision()
    assert not (tmp_path / "data" / "helpline.sqlite3").exists()


def test_database_environment_variable_points_elsewhere(tmp_path: Path) -> None:
    elsewhere = tmp_path / "from env.sqlite3"
    result = run_smoke(tmp_path / "data", env={"HELPLINE_DATABASE_URL": f"sqlite:///{elsewhere}"})
    assert result.returncode == 0, result.stderr
    assert revision_of(elsewhere, tmp_path / "data") == head_revision()
    assert not (tmp_path / "data" / "helpline.sqlite3").exists()


def test_database_option_wins_over_the_environment(tmp_path: Path) -> None:
    from_option, from_env = tmp_path / "option.sqlite3", tmp_path / "env.sqlite3"
    result = run_smoke(
        tmp_path / "data",
        "--database",
        f"sqlite:///{from_option}",
        env={"HELPLINE_DATABASE_URL": f"sqlite:///{from_env}"},
    )
    assert result.returncode == 0, result.stderr
    assert from_option.exists()
    assert not from_env.exists()


def test_damaged_store_is_reported_and_left_alone(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    damaged = data_dir / "helpline.sqlite3"
    garbage = b"this is not a store " * 500
    damaged.write_bytes(garbage)
    result = run_smoke(data_dir)
    assert result.returncode == 1
    assert "damaged" in result.stderr  # an encrypted store with no key known here reads the same as a damaged one
    assert "backup" in result.stderr
    assert "Traceback" not in result.stderr
    assert damaged.read_bytes() == garbage  # never replaced by an empty store


def test_unreachable_server_is_reported_in_one_sentence(tmp_path: Path) -> None:
    result = run_smoke(tmp_path / "data", "--database", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.returncode == 1
    assert "cannot be reached" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_opens_its_own_store_and_never_the_real_one(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = run_smoke(data_dir, "--demo")
    assert result.returncode == 0, result.stderr
    with open_encrypted(data_dir / "demo.sqlite3", data_dir) as connection:
        (contacts,) = connection.execute("SELECT count(*) FROM contacts").fetchone()
        users = {name for (name,) in connection.execute("SELECT username FROM users")}
    assert contacts > 1500
    assert {"admin", "juht", "mari", "olga", "peeter"} <= users
    assert not (data_dir / "helpline.sqlite3").exists()
