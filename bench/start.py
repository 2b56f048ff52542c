"""How long the program takes to start, as the counsellor meets it, against a bare PySide6 window with a table view.
Prints medians and ratios; asserts nothing.

    .venv/bin/python -m bench.start                          # 0, 100,000 and 1,000,000 contacts, warm and cold
                                                             # (~12 min on the shared 2-core VM)
    .venv/bin/python -m bench.start --sizes 0 --runs 3 --no-cold
    .venv/bin/python -m bench.start --smoke-only --no-cold --runs 7   # the bare window and --smoke only, each ratio
    git archive <commit> app resources | tar -x -C /tmp/before    # and an older version's --smoke in the same runs:
    .venv/bin/python -m bench.start --smoke-only --runs 7 --before /tmp/before

What is measured, each in a fresh process (``QT_QPA_PLATFORM=offscreen``), the runs of the three kinds alternating:

- **bare**: a QApplication with a QMainWindow whose central widget is a QTableView; process start to the window
  shown (the first event-loop turn after it became visible), and its memory (VmRSS) then.
- **program**: ``python -m app --database sqlite:///<copy> --language et`` as a shift lead logs in ("juht", the
  desk's and statistics' user, the heaviest window). Marks: process start to the first window that takes typing (the
  log-in dialog visible); the user name and password typed at 120 ms a key as a person would (about 3 s) and Enter;
  Enter to the dialog accepted (the argon2 check on the database worker, plus any wait for the store); accepted to the
  log ready (the main window visible and active, the log page's first rows shown, focus in the window: Ctrl+N would
  be handled); its memory 2 s later (the window's idle work done); and the longest gap between two of the driver's
  2 ms timer ticks from the log-in shown to Enter (how long a key typed meanwhile would have waited: the store opens
  and the main window's modules load on another thread then).
- **smoke**: ``python -m app --smoke --database sqlite:///<copy>``: process start to exit (store opened, migrated,
  main window built).
- **floor** (``--smoke-only``, instead of the log-in): ``python -c "import PySide6.QtWidgets, sqlalchemy.orm"`` and the
  same with ``app.models``, process start to exit, each also with the collector off and the objects frozen before
  the exit as ``--smoke`` runs (``_nogc``): what any ``--smoke`` with this stack pays before the program's own work
  (each printed as a ratio to the bare window too).

Compiled modules: the children write and read their bytecode in ``<folder>/bytecode`` (``PYTHONPYCACHEPREFIX``;
``PYTHONDONTWRITEBYTECODE`` removed), and one untimed run of each kind per size comes first. The packaged program
ships its modules compiled (PyInstaller's archive) and a pip install compiles them; a development shell with
``PYTHONDONTWRITEBYTECODE=1`` and no ``app/__pycache__`` compiles the program's ~150 modules from source at every start
instead (~0.1–0.15 s, which the measurements before 2026-12-05 13:00 included).

No hook in the program: the child runs ``bench.start``'s driver (``--child``), which replaces ``QApplication`` by a
subclass that starts a 2 ms polling timer when the application is made, then runs ``app.__main__.main``. The timer
looks at the top-level windows (so it also sees a dialog run by ``exec()``); it types with ``QTest`` into the log-in's
fields; it writes its marks (``time.time()``) to a JSON file and ends the process with ``os._exit`` (no backup at
exit). Process start is the parent's ``time.time()`` just before it starts the child.

The stores, as the program opens them: encrypted SQLCipher copies in ``--folder`` (default /tmp/s13/start) of
``/tmp/s13/big100k.sqlite3`` and ``/tmp/s13/big1m.sqlite3`` (plain stores filled by ``bench.log_store``; never written),
and a new store with ``bench.log_store``'s users and no contacts. Each copy is converted by
``open_configured_store`` as the program converts a store made before encryption; its key is in a JSON file keyring
beside it (``PYTHON_KEYRING_BACKEND=bench.start.BenchKeyring``, the file named by ``HELPLINE_BENCH_KEYRING``), never
the machine's: the keyring's own loading is thus cheaper than a real Secret Service. Before the runs: drafts removed
(a draft would be offered in a dialog), today's retention run marked done (on a generated store it would anonymise
years at once). Each size has its data folder and settings folder. The backup at start is kept from running (a file
where its folder would be: it fails at once, said in the status line), else every run would copy the 1 GB store in the
background. After its marks the child closes the store as the program does (``tasks.finish``, ``Store.close``), so
that the next start is not taken for one after a crash (which checks the whole store first, ``app.store.integrity``).

Cold (``--cold``, the default besides warm): before each run the store's files and the program's files (the venv's
site-packages, the standard library, ``app``) are dropped from the page cache with ``posix_fadvise(DONTNEED)``, the
bare window's too (PySide6's libraries). This approximates the first start after a reboot: pages mapped by other
running processes (another developer's Qt program) stay cached, so it is somewhat warmer than a reboot;
``/proc/sys/vm/drop_caches`` would drop the whole machine's cache, which the other developers' benches share.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend

ROOT = Path(__file__).resolve().parent.parent
USER, PASSWORD = "juht", "bench-password-2026"  # bench.log_store's shift lead and password
KEY_GAP_S = 0.12
POLL_MS = 2
SETTLE_S = 2.0
PLAIN = {0: None, 100_000: Path("/tmp/s13/big100k.sqlite3"), 1_000_000: Path("/tmp/s13/big1m.sqlite3")}
BARE = """
import os, sys, time, json
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView()
view.setModel(QStandardItemModel(20, 6))
window.setCentralWidget(view)
window.resize(1280, 720)
window.show()
def shown():
    marks = {"first_window": time.time(), "rss_mb": _rss()}
    with open(sys.argv[1], "w") as out:
        json.dump(marks, out)
    os._exit(0)
def _rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
QTimer.singleShot(0, shown)
app.exec()
"""


class BenchKeyring(KeyringBackend):
    """The bench stores' keyring: a JSON file named by ``HELPLINE_BENCH_KEYRING`` (never the machine's)."""

    priority = 1

    @property
    def path(self) -> Path:
        return Path(os.environ["HELPLINE_BENCH_KEYRING"])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        found = self._load()
        found[f"{service}|{username}"] = password
        part = self.path.with_name(self.path.name + ".part")
        part.write_text(json.dumps(found), encoding="utf-8")
        os.replace(part, self.path)

    def delete_password(self, service: str, username: str) -> None:
        found = self._load()
        found.pop(f"{service}|{username}", None)
        self.path.write_text(json.dumps(found), encoding="utf-8")


# --- the child: the program with a driver -----------------------------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class _Driver:
    """Polls the top-level windows every 2 ms; types the log-in; writes the marks and ends the process."""

    def __init__(self, marks_file: str) -> None:
        self.marks_file = marks_file
        self.marks: dict[str, Any] = {}
        self.keys: list[tuple[Any, str]] = []
        self.next_key = 0.0
        self.dialog: Any = None
        self.window: Any = None
        self.done_at = 0.0
        self.last_poll = 0.0

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def watch_hide(self, dialog: Any) -> None:
        """The log-in is accepted when it hides (marked at once: no event loop may run before the window is built)."""
        from PySide6.QtCore import QEvent, QObject

        driver = self

        class HideWatch(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Hide:
                    driver.mark("accepted")
                return False

        self.hide_watch = HideWatch()
        dialog.installEventFilter(self.hide_watch)

    def mark(self, name: str) -> None:
        if name not in self.marks:
            self.marks[name] = time.time()

    def poll(self) -> None:
        from PySide6.QtWidgets import QApplication

        now = time.time()
        if "first_window" in self.marks and "ok" not in self.marks:  # the GUI thread while the person types
            gap = (now - self.last_poll) * 1000
            if gap > self.marks.get("typing_gap_ms", 0.0):
                self.marks["typing_gap_ms"] = gap
                self.marks["typing_gap_at_s"] = self.last_poll - self.marks["first_window"]
        self.last_poll = now
        if "first_window" not in self.marks:
            widget: Any
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible():
                    self.mark("first_window")
                    self.marks["first_window_class"] = type(widget).__name__
                    self.marks["modules_at_first_window"] = len(sys.modules)
                    heavy = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "PySide6.QtCharts", "app.models")
                    self.marks["heavy_at_first_window"] = [name for name in heavy if name in sys.modules]
                    if type(widget).__name__ != "LoginDialog":
                        self.finish()  # a passphrase, a message: not what this bench drives
                    self.dialog = widget
                    self.watch_hide(widget)
                    self.next_key = now + 0.3  # the person finds the field
                    self.keys = [(widget.username, c) for c in USER] + [(widget.password, c) for c in PASSWORD]
                    self.keys.append((widget.password, "\r"))
                    return
            return
        if self.keys and now >= self.next_key:
            from PySide6.QtCore import Qt
            from PySide6.QtTest import QTest

            field, char = self.keys.pop(0)
            if char == "\r":
                self.mark("ok")
                QTest.keyClick(field, Qt.Key.Key_Return)
            else:
                QTest.keyClicks(field, char)
            self.next_key = now + KEY_GAP_S
            return
        if self.keys:
            return
        if "accepted" not in self.marks:
            return
        if "log_ready" not in self.marks:
            found = (w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
            main: Any = next(found, None)
            if main is None or not main.isVisible():
                return
            self.mark("window_visible")
            log_page: Any = main.log_page
            focused = QApplication.focusWidget()
            if log_page.loading() or focused is None or focused.window() is not main:
                return
            self.mark("log_ready")
            self.marks["rows"] = log_page.model.rowCount()
            self.done_at = now + SETTLE_S
            return
        if now >= self.done_at:
            self.marks["rss_mb"] = _rss_mb()
            self.close_store()
            self.finish()

    def close_store(self) -> None:
        """The store closed as the program closes it (a killed one is checked in full at the next start,
        ``app.store.integrity``), without the backup at exit."""
        from PySide6.QtWidgets import QApplication

        window: Any = next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)
        if window is None:
            return
        from app.ui.kit import tasks

        store = window.context.store
        tasks.finish(store)
        store.close()

    def finish(self) -> None:
        with open(self.marks_file, "w", encoding="utf-8") as out:
            json.dump(self.marks, out)
        os._exit(0)


def child(marks_file: str, argv: list[str]) -> None:
    """The program as ``python -m app`` runs it, with the driver started when its QApplication is made."""
    import PySide6.QtWidgets

    driver = _Driver(marks_file)
    base = PySide6.QtWidgets.QApplication

    class DrivenApplication(base):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            driver.start()

    PySide6.QtWidgets.QApplication = DrivenApplication  # type: ignore[misc,assignment]
    from app.__main__ import main

    code = main(argv)
    driver.marks["exit_code"] = code
    driver.finish()


# --- the parent ---------------------------------------------------------------------------------------------------


def _drop_from_cache(paths: list[Path]) -> None:
    for top in paths:
        files = [top] if top.is_file() else (p for p in top.rglob("*") if p.is_file())
        for path in files:
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def _program_files() -> list[Path]:
    import sysconfig

    return [ROOT / "app", Path(sysconfig.get_paths()["purelib"]), Path(sysconfig.get_paths()["stdlib"])]


class Size:
    """One store size: its encrypted copy, keyring, data and settings folders."""

    def __init__(self, folder: Path, size: int) -> None:
        self.size = size
        self.name = {0: "new", 100_000: "100k", 1_000_000: "1m"}[size]
        self.copy = folder / f"{self.name}-app.sqlite3"
        self.keyring = folder / f"{self.name}-app.keyring.json"
        self.data = folder / f"{self.name}-data"
        self.config = folder / f"{self.name}-config"
        self.bytecode = folder / "bytecode"  # every size's and kind's compiled modules (PYTHONPYCACHEPREFIX)

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HELPLINE_DATA_DIR=str(self.data),
            XDG_CONFIG_HOME=str(self.config),
            PYTHON_KEYRING_BACKEND="bench.start.BenchKeyring",
            HELPLINE_BENCH_KEYRING=str(self.keyring),
            PYTHONPATH=str(ROOT),
            PYTHONPYCACHEPREFIX=str(self.bytecode),
        )
        env.pop("HELPLINE_DATABASE_URL", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return env

    def files(self) -> list[Path]:
        return [self.copy.with_name(self.copy.name + suffix) for suffix in ("", "-wal", "-shm")]

    def prepare(self) -> None:
        """The encrypted copy (made once), without drafts and with today's retention run done."""
        os.environ.update(self.env())
        import sqlite3
        from datetime import UTC, datetime

        import keyring
        import sqlalchemy as sa

        from app.config import StoreConfig, sqlite_url
        from app.models import StoreSetting
        from app.models.drafts import Draft
        from app.services.guard import retention
        from app.services.guard.store_opening import open_configured_store
        from app.store.db import Store
        from bench.log_store import make_users

        keyring.set_keyring(BenchKeyring())
        self.data.mkdir(parents=True, exist_ok=True)

        def no_passphrase(_new: bool, _retry: bool) -> str | None:
            raise SystemExit(f"the bench keyring does not hold the key of {self.copy}: remove the copy to remake it")

        if not self.copy.exists():
            print(f"making the encrypted copy {self.copy}…", flush=True)
            part = self.copy.with_name(self.copy.name + ".part")
            part.unlink(missing_ok=True)
            plain = PLAIN[self.size]
            if plain is None:
                made = Store.open(sqlite_url(part))
                make_users(made)
                made.close()
            else:
                source, target = sqlite3.connect(plain), sqlite3.connect(part)
                try:
                    source.backup(target)
                finally:
                    target.close()
                    source.close()
            os.replace(part, self.copy)
        store = open_configured_store(StoreConfig(sqlite_url(self.copy)), no_passphrase)
        try:
            with store.unit_of_work() as uow:
                uow.session.execute(sa.delete(Draft))
                today = datetime.now(UTC).date().isoformat()
                uow.session.merge(StoreSetting(key=retention.LAST_RUN_KEY, value=today))
                uow.commit()
        finally:
            store.close()
        self.clean()

    def clean(self) -> None:
        """No backup at start: a file stands where the backup folder would be, so the backup fails at once (said in
        the status line only) instead of copying a 1 GB store in the background of every run."""
        import shutil

        folder = self.data / "backups"
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.touch()


def _run_child(
    size: Size, argv: list[str], marks_file: Path, timeout: float, root: Path = ROOT
) -> tuple[float, dict[str, Any]]:
    import subprocess

    marks_file.unlink(missing_ok=True)
    env = size.env()
    if root != ROOT:  # another version's program (--before), with this bench's keyring
        env["PYTHONPATH"] = f"{root}{os.pathsep}{ROOT}"
    began = time.time()
    done = subprocess.run(argv, env=env, cwd=root, timeout=timeout, capture_output=True, text=True)
    ended = time.time()
    marks: dict[str, Any] = json.loads(marks_file.read_text()) if marks_file.exists() else {}
    if done.returncode != 0 or (not marks and "-m" in argv and "--smoke" not in argv):
        print(f"  (child {argv[1:]} ended {done.returncode}: {done.stderr.strip()[-600:]})", flush=True)
    marks["began"], marks["ended"], marks["code"] = began, ended, done.returncode
    return ended - began, marks


def run_bare(size: Size, scratch: Path, cold: bool) -> dict[str, float]:
    if cold:
        _drop_from_cache([*_program_files(), size.bytecode])
    _took, marks = _run_child(size, [sys.executable, "-c", BARE, str(scratch / "bare.json")], scratch / "bare.json", 60)
    return {"bare": marks["first_window"] - marks["began"], "bare_rss": marks["rss_mb"]}


def run_program(size: Size, scratch: Path, cold: bool) -> dict[str, float]:
    size.clean()
    if cold:
        _drop_from_cache(size.files() + _program_files() + [size.bytecode])
    marks_file = scratch / "program.json"
    argv = [sys.executable, "-m", "bench.start", "--child", str(marks_file), "--"]
    argv += ["--database", f"sqlite:///{size.copy}", "--language", "et"]
    _took, marks = _run_child(size, argv, marks_file, 120)
    if "log_ready" not in marks:
        print(f"  (no log shown: {marks})", flush=True)
        return {}
    return {
        "window": marks["first_window"] - marks["began"],
        "check": marks["accepted"] - marks["ok"],
        "to_log": marks["log_ready"] - marks["accepted"],
        "ok_to_log": marks["log_ready"] - marks["ok"],
        "typing_gap": marks.get("typing_gap_ms", float("nan")) / 1000,
        "rss": marks["rss_mb"],
    }


# The floor under --smoke with the fixed stack: the same process start to exit, importing only what every --smoke
# must (Qt's widgets and SQLAlchemy's ORM), then the program's models on top (the ORM's classes mapped); each also
# without garbage collections, as --smoke runs.
FLOORS = {
    "floor_qt_orm": "import PySide6.QtWidgets, sqlalchemy.orm",
    "floor_models": "import PySide6.QtWidgets, sqlalchemy.orm, app.models",
    # as --smoke treats the garbage collector since issue 13 (app.__main__): none during it, none at exit
    "floor_qt_orm_nogc": "import gc; gc.disable(); import PySide6.QtWidgets, sqlalchemy.orm; gc.freeze()",
    "floor_models_nogc": "import gc; gc.disable(); import PySide6.QtWidgets, sqlalchemy.orm, app.models; gc.freeze()",
}


def run_floors(size: Size, scratch: Path, cold: bool) -> dict[str, float]:
    found: dict[str, float] = {}
    for name, code in FLOORS.items():
        if cold:
            _drop_from_cache([*_program_files(), size.bytecode])
        took, marks = _run_child(size, [sys.executable, "-c", code], scratch / "floor.json", 60)
        if marks["code"] == 0:
            found[name] = took
    return found


def run_smoke(size: Size, scratch: Path, cold: bool, root: Path = ROOT, key: str = "smoke") -> dict[str, float]:
    size.clean()
    if cold:
        _drop_from_cache([*size.files(), *_program_files(), size.bytecode, root / "app"])
    argv = [sys.executable, "-m", "app", "--smoke", "--database", f"sqlite:///{size.copy}"]
    took, marks = _run_child(size, argv, scratch / "smoke.json", 120, root)
    return {key: took} if marks["code"] == 0 else {}


def report(label: str, rows: list[dict[str, float]]) -> None:
    from statistics import median

    def med(key: str) -> float:
        values = [row[key] for row in rows if key in row]
        return median(values) if values else float("nan")

    bare, bare_rss = med("bare"), med("bare_rss")
    runs = sum("window" in row for row in rows)
    print(
        f"{label:14} {runs:2d} runs | bare {bare * 1000:6.0f} ms {bare_rss:5.0f} MB"
        f" | first window {med('window') * 1000:6.0f} ms {med('window') / bare:5.1f}x"
        f" | Enter→accepted {med('check') * 1000:5.0f} ms, accepted→log {med('to_log') * 1000:5.0f} ms"
        f" | smoke {med('smoke') * 1000:6.0f} ms {med('smoke') / bare:5.1f}x"
        f" | log open {med('rss'):5.0f} MB (+{med('rss') - bare_rss:.0f})"
        f" | longest GUI stall while typing {med('typing_gap') * 1000:4.0f} ms",
        flush=True,
    )


def report_smoke(label: str, rows: list[dict[str, float]]) -> None:
    """``--smoke-only``: each run's ratio to the bare window run just before it, and the medians."""
    from statistics import median

    pairs = [(row["bare"], row["smoke"]) for row in rows if "bare" in row and "smoke" in row]
    bare, smoke = median(b for b, _ in pairs), median(s for _, s in pairs)
    ratios = ", ".join(f"{s / b:.1f}" for b, s in pairs)
    befores = [(row["bare"], row["smoke_before"]) for row in rows if "bare" in row and "smoke_before" in row]
    if befores:
        before = median(s for _, s in befores)
        each = ", ".join(f"{s / b:.1f}" for b, s in befores)
        print(
            f"{label:14} {len(befores):2d} runs | --before {before * 1000:6.0f} ms"
            f" {before / bare:5.1f}x (each run: {each})",
            flush=True,
        )
    floors = " | ".join(
        f"{name.removeprefix('floor_')} {median(row[name] for row in rows) * 1000:5.0f} ms"
        f" {median(row[name] for row in rows) / bare:4.1f}x"
        for name in FLOORS
        if all(name in row for row in rows)
    )
    print(
        f"{label:14} {len(pairs):2d} runs | bare {bare * 1000:6.0f} ms | smoke {smoke * 1000:6.0f} ms"
        f" {smoke / bare:5.1f}x (each run: {ratios}) | floor: {floors}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> None:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0,100000,1000000", help="comma-separated: 0, 100000, 1000000")
    parser.add_argument("--runs", type=int, default=5, help="runs of each kind per size and temperature")
    parser.add_argument("--no-warm", action="store_true")
    parser.add_argument("--no-cold", action="store_true")
    parser.add_argument("--smoke-only", action="store_true", help="bare window and --smoke only (no log-in)")
    parser.add_argument(
        "--before",
        type=Path,
        help="with --smoke-only: also --smoke of the program in this folder (git archive of a commit)",
    )
    parser.add_argument("--folder", type=Path, default=Path("/tmp/s13/start"), help="the encrypted copies")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    sizes = [Size(args.folder, int(value)) for value in args.sizes.split(",")]
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    import subprocess

    for size in sizes:  # in a child: the parent stays free of the program's modules and of the keyring set
        code = f"import bench.start as b, pathlib; b.Size(pathlib.Path({str(args.folder)!r}), {size.size}).prepare()"
        subprocess.run([sys.executable, "-c", code], env=size.env(), cwd=ROOT, check=True)
    temperatures = ([] if args.no_warm else ["warm"]) + ([] if args.no_cold else ["cold"])
    with tempfile.TemporaryDirectory(prefix="helpline-bench-start-") as folder:
        scratch = Path(folder)
        for size in sizes:  # untimed: writes the compiled modules (the packaged program ships them compiled)
            run_bare(size, scratch, False)
            (run_floors if args.smoke_only else run_program)(size, scratch, False)
            run_smoke(size, scratch, False)
        for temperature in temperatures:
            cold = temperature == "cold"
            kinds = "bare / floors / smoke" if args.smoke_only else "bare / program / smoke"
            print(f"\n{temperature}: medians of {args.runs} runs, {kinds} alternating", flush=True)
            for size in sizes:
                rows: list[dict[str, float]] = []
                for _ in range(args.runs):
                    rows.append(run_bare(size, scratch, cold))
                    if args.smoke_only:
                        rows[-1] |= run_floors(size, scratch, cold)
                    else:
                        rows[-1] |= run_program(size, scratch, cold)
                    rows[-1] |= run_smoke(size, scratch, cold)
                    if args.smoke_only and args.before:
                        rows[-1] |= run_smoke(size, scratch, cold, args.before.resolve(), "smoke_before")
                (report_smoke if args.smoke_only else report)(f"{size.name} {temperature}", rows)
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[4:])
    else:
        main()
