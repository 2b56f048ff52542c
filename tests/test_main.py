"""The command line, run as the user runs it (``python -m app``): which store it opens, and that it is migrated."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.db import head_revision

ROOT = Path(__file__).resolve().parents[1]


def run_smoke(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``helpline --smoke`` on a machine without a display (it must pick Qt's offscreen platform itself)."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("HELPLINE_", "QT_"))}
    for key in ("DISPLAY", "WAYLAND_DISPLAY"):
        environment.pop(key, None)
    environment["HELPLINE_DATA_DIR"] = str(data_dir)
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


def revision_of(store_file: Path) -> str:
    with sqlite3.connect(store_file) as connection:
        (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(version)


def test_smoke_creates_the_local_store_at_head(tmp_path: Path) -> None:
    data_dir = tmp_path / "andmed ja ülejäänu"
    result = run_smoke(data_dir)
    assert result.returncode == 0, result.stderr
    assert revision_of(data_dir / "helpline.sqlite3") == head_revision()


def test_database_option_points_elsewhere(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere" / "x.sqlite3"
    result = run_smoke(tmp_path / "data", "--database", f"sqlite:///{elsewhere}")
    assert result.returncode == 0, result.stderr
    assert revision_of(elsewhere) == head_revision()
    assert not (tmp_path / "data" / "helpline.sqlite3").exists()


def test_database_environment_variable_points_elsewhere(tmp_path: Path) -> None:
    elsewhere = tmp_path / "from env.sqlite3"
    result = run_smoke(tmp_path / "data", env={"HELPLINE_DATABASE_URL": f"sqlite:///{elsewhere}"})
    assert result.returncode == 0, result.stderr
    assert revision_of(elsewhere) == head_revision()
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
    assert "damaged" in result.stderr
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
    with sqlite3.connect(data_dir / "demo.sqlite3") as connection:
        (contacts,) = connection.execute("SELECT count(*) FROM contacts").fetchone()
        users = {name for (name,) in connection.execute("SELECT username FROM users")}
    assert contacts > 1500
    assert {"admin", "juht", "mari", "olga", "peeter"} <= users
    assert not (data_dir / "helpline.sqlite3").exists()
