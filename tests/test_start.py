"""What a start loads: the first window (the log-in, or the passphrase) from Qt's widgets and a few small modules,
the store on a thread of its own meanwhile (``app.ui.shell.application``); and no start, ``--smoke`` included, loads
what only notices, exports, statistics or migrations need (reportlab, openpyxl, QtCharts, Alembic). What only a
menu's dialog or a typed phone number or e-mail address needs is loaded by a start that logs in while the person
types, and not at all by ``--smoke``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from app.store.keys import MIN_PASSPHRASE_LENGTH
from app.store.opening import open_local_store
from app.ui.shell import passphrase
from tests import file_keyring
from tests.store.test_encryption import NoKeyring
from tests.test_main import keyring_file, run_smoke

ROOT = Path(__file__).resolve().parents[1]
LATER = ("reportlab", "openpyxl", "PySide6.QtCharts", "PySide6.QtPdf", "alembic")
STORE = ("sqlalchemy", "app.models", "app.store.db", "app.services.guard.auth", "keyring")
AT_FIRST_USE = ("phonenumbers", "email_validator", "app.ui.admin.dialog", "app.ui.admin.audit_dialog")


def loaded_by(code: str, data_dir: Path, *args: str, names: tuple[str, ...] = LATER + STORE) -> set[str]:
    """The modules of ``names`` (``LATER`` and ``STORE``) that ``code`` (run as a program, with ``args``) left
    loaded."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("HELPLINE_", "QT_"))}
    environment.update(
        HELPLINE_DATA_DIR=str(data_dir),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND=file_keyring.BACKEND,
        **{file_keyring.FILE_ENV: str(keyring_file(data_dir))},
    )
    probe = code + f"\nprint('LOADED', *[name for name in {names!r} if name in sys.modules])"
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith("LOADED"))
    return set(line.split()[1:])


def test_the_first_window_needs_no_store_modules(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.ui.shell import application\n"
        "from app.ui.shell.login import LoginDialog\n"
        "from app.ui.shell.passphrase import PassphraseDialog\n"
        "qt = QApplication([])\n"
        "application.install_translation(qt, 'et')\n"
        "application.install_excepthook()\n"
        "LoginDialog(None).show()\n"
        "PassphraseDialog(True, False).show()\n"
        "qt.processEvents()"
    )
    assert loaded_by(code, tmp_path / "data") == set()


def test_smoke_on_a_store_at_head_loads_nothing_for_notices_exports_statistics_or_migrations(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = run_smoke(data)  # makes the store (its migrations load Alembic, once)
    assert first.returncode == 0, first.stderr
    code = "import sys\nfrom app.__main__ import main\nassert main(['--smoke']) == 0"
    assert loaded_by(code, data) & set(LATER) == set()


def test_smoke_builds_the_main_window_without_what_its_menus_dialogs_and_typed_numbers_need(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_smoke(data).returncode == 0  # the store made, as above
    code = "import sys\nfrom app.__main__ import main\nassert main(['--smoke']) == 0"  # an administrator's window
    assert loaded_by(code, data, names=AT_FIRST_USE) == set()


def test_a_start_that_logs_in_loads_them_while_the_person_types(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_smoke(data).returncode == 0  # a store whose key is in the keyring: the log-in comes first
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.config import resolve_store\n"
        "from app.ui.shell.application import StoreOpening\n"
        "qt = QApplication([])\n"
        "opening = StoreOpening(resolve_store(None), 'en')\n"
        "opening.start()\n"
        "opening.wait()  # the thread's whole work: the store opened, what follows the log-in loaded\n"
        "assert opening.error is None, opening.error\n"
        "opening.store.close()"
    )
    assert loaded_by(code, data, names=AT_FIRST_USE) == set(AT_FIRST_USE)


def test_smoke_called_by_a_process_that_goes_on_leaves_its_garbage_collection_as_it_was(tmp_path: Path) -> None:
    """``--smoke`` runs without collections and a process that ends freezes its objects (``app.__main__``); a caller
    that goes on (a test, a script) finds the collector as before."""
    data = tmp_path / "data"
    assert run_smoke(data).returncode == 0
    code = (
        "import gc, sys\n"
        "from app.__main__ import main\n"
        "assert main(['--smoke']) == 0\n"
        "assert gc.isenabled() and gc.get_freeze_count() == 0, (gc.isenabled(), gc.get_freeze_count())"
    )
    loaded_by(code, data)  # fails if the assertions do


def test_the_passphrase_dialog_asks_for_the_length_the_store_needs() -> None:
    assert passphrase.MIN_PASSPHRASE_LENGTH == MIN_PASSPHRASE_LENGTH


def test_the_passphrase_dialog_of_a_passphrase_store_comes_before_the_store_s_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", keyring.get_keyring)
    keyring.set_keyring(NoKeyring())  # no keyring: the store is protected by a passphrase
    path = tmp_path / "helpline.sqlite3"
    open_local_store(path, lambda _new, _retry: "pikk ja salajane lause").close()
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QDialog\n"
        "from app.ui.shell import application, passphrase\n"
        "application._load_in_background = lambda *names: None  # what the GUI thread itself loaded, only\n"
        "asked = []\n"
        f"def refuse(dialog):\n"
        f"    asked.append([name for name in {STORE!r} if name in sys.modules])\n"
        "    return QDialog.DialogCode.Rejected\n"
        "passphrase.PassphraseDialog.exec = refuse\n"
        "from app.__main__ import main\n"
        f"assert main(['--database', 'sqlite:///{path}', '--language', 'en']) == 0  # closed: nothing to say\n"
        "assert asked == [[]], asked"
    )
    loaded_by(code, tmp_path / "data")  # fails if the dialog was not asked, or asked after the store's modules


def test_the_statistics_page_loads_reportlab_and_openpyxl_only_for_an_export(tmp_path: Path) -> None:
    code = "import sys\nimport app.ui.statistics.page\nimport app.ui.statistics.boxes"
    assert loaded_by(code, tmp_path / "data") & {"reportlab", "openpyxl"} == set()
