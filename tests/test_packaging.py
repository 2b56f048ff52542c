"""The PyInstaller build (``build.spec``) starts, finds its migrations and brings a new store to the head revision.

One build per run (~30 s), shared by the tests of this module.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.store.db import head_revision
from tests.conftest import postgres_database

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[1]
EXECUTABLE = "helpline.exe" if sys.platform == "win32" else "helpline"


@pytest.fixture(scope="module")
def frozen_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pyinstaller")
    build = subprocess.run(
        [
            *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
            *("--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "build.spec")),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-5000:]
    program = out / "dist" / "helpline" / EXECUTABLE
    assert program.is_file()
    return program


def headless_environment(data_dir: Path) -> dict[str, str]:
    """The environment of a machine without a display: ``--smoke`` must choose Qt's offscreen platform itself."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("HELPLINE_", "QT_"))}
    for key in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(key, None)
    env["HELPLINE_DATA_DIR"] = str(data_dir)
    return env


def run_smoke(program: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), "--smoke", *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_frozen_program_opens_an_encrypted_store(frozen_program: Path, tmp_path: Path) -> None:
    """This machine has no keyring, as the CI machine: the frozen program checks a throwaway encrypted store (which
    proves SQLCipher, the migrations and the window are in the bundle) and creates no real store it could not open
    again."""
    data_dir = tmp_path / "fresh data"
    result = run_smoke(frozen_program, headless_environment(data_dir))
    assert result.returncode == 0, result.stderr
    assert "checked a throwaway encrypted store" in result.stderr
    assert not (data_dir / "helpline.sqlite3").exists()


@pytest.mark.postgres
def test_frozen_program_opens_a_postgresql_store(frozen_program: Path, tmp_path: Path) -> None:
    with postgres_database() as url:
        result = run_smoke(frozen_program, headless_environment(tmp_path / "data"), "--database", url)
        assert result.returncode == 0, result.stderr
        engine = sa.create_engine(url)
        try:
            with engine.connect() as connection:
                version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
        finally:
            engine.dispose()
    assert version == head_revision()


def test_frozen_program_holds_modules_imported_by_name(frozen_program: Path) -> None:
    """What ``--smoke`` does not reach but counsellors do: phone and ID-code checks, password hashes, keyring."""
    from PyInstaller.archive.readers import pkg_archive_contents

    contents = set(pkg_archive_contents(str(frozen_program)))
    needed = {
        "phonenumbers.data.region_EE",
        "phonenumbers.data.region_RU",
        "phonenumbers.data.region_FI",
        "stdnum.ee.ik",
        "stdnum.ee.registrikood",
        "argon2",
        "keyring.backends.SecretService",
        "sqlalchemy.dialects.postgresql.psycopg",
        "alembic.ddl.postgresql",
        "app.store.search_index",  # imported by env.py, which PyInstaller never sees
        "sqlcipher3.dbapi2",
        "sqlalchemy.dialects.sqlite.pysqlcipher",
    }
    assert needed - contents == set()
    assert not {"PySide6.QtWebEngineCore", "PySide6.QtQml", "pytest"} & contents
    # The notice viewer shows the PDF from memory with Qt's PDF module (app.ui.aid.notice_viewer): its extension modules
    # and libraries are files beside the archive, not entries in it.
    internal = frozen_program.parent / "_internal"
    for module in ("QtPdf", "QtPdfWidgets"):
        assert list((internal / "PySide6").glob(f"{module}.*")), f"PySide6.{module} is not in the bundle"
        assert list(internal.rglob(f"*Qt6{module.removeprefix('Qt')}.*")), f"Qt's {module} library is not in the bundle"
    shipped = frozen_program.parent / "_internal" / "app" / "migrations" / "versions"
    source = ROOT / "app" / "migrations" / "versions"
    assert sorted(path.name for path in shipped.glob("*.py")) == sorted(path.name for path in source.glob("*.py"))
