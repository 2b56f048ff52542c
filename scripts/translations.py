"""Keep the translations of the user interface up to date.

    .venv/bin/python scripts/translations.py update      # sources -> resources/i18n/helpline_*.ts
    .venv/bin/python scripts/translations.py compile     # resources/i18n/helpline_*.ts -> .qm (what the program loads)
    .venv/bin/python scripts/translations.py update ru   # start a new language: helpline_ru.ts, all unfinished

``update`` runs ``pyside6-lupdate`` over every ``.py`` file under ``app/`` (strings marked with ``self.tr``,
``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP``) plus ``scripts/qt_strings.py`` (Qt's own button texts), into
every ``resources/i18n/helpline_<language>.ts``. Existing translations are kept; strings gone from the sources are
dropped (``-no-obsolete``); new ones arrive unfinished, for a translator to fill in (Qt Linguist, or any editor).
``compile`` runs ``pyside6-lrelease`` on each ``.ts``. Commit both files. See docs/translations.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
QT_STRINGS = ROOT / "scripts" / "qt_strings.py"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside the running Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install the dev environment (./dev test)")
    return found


def sources() -> list[str]:
    """Every .py file under app/ (and the Qt strings), relative to the checkout, in a stable order."""
    files = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "app").rglob("*.py"))
    return [*files, QT_STRINGS.relative_to(ROOT).as_posix()]


def ts_files() -> list[Path]:
    return sorted(I18N.glob("helpline_*.ts"))


def lupdate(ts: Path, files: list[str] | None = None) -> None:
    """Merge the strings of ``files`` (default: all sources) into ``ts``, keeping its translations."""
    command = [tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "en", *(files or sources())]
    subprocess.run([*command, "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def update(languages: list[str]) -> int:
    for ts in sorted({*ts_files(), *(I18N / f"helpline_{code}.ts" for code in languages)}):
        lupdate(ts)
        print(f"{ts.relative_to(ROOT)}: {unfinished(ts)} unfinished")
    return 0


def compile_all(languages: list[str]) -> int:
    for ts in [I18N / f"helpline_{code}.ts" for code in languages] or ts_files():
        lrelease(ts, ts.with_suffix(".qm"))
        print(ts.with_suffix(".qm").relative_to(ROOT))
    return 0


def unfinished(ts: Path) -> int:
    return ts.read_text(encoding="utf-8").count('type="unfinished"')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "compile"))
    parser.add_argument("languages", nargs="*", metavar="LANGUAGE", help="language codes (default: every .ts there is)")
    args = parser.parse_args()
    if not args.languages and not ts_files():
        raise SystemExit(f"no helpline_*.ts in {I18N.relative_to(ROOT)}: name a language, e.g. `update et`")
    return update(args.languages) if args.command == "update" else compile_all(args.languages)


if __name__ == "__main__":
    sys.exit(main())
