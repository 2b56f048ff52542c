"""The Estonian and Russian translations: complete for the current sources, compiled, and what the window really shows.

When a test here fails after you added or changed a string: ``.venv/bin/python scripts/translations.py update``,
translate the new messages in ``resources/i18n/helpline_et.ts``, ``... translations.py compile``, commit both files
(docs/translations.md).
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.enums import Line
from app.services.actor import SessionUser
from app.store.db import Store
from app.ui.shell.application import SUPPORTED_LANGUAGES, install_translation
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import build_context

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
FIX = "run `scripts/translations.py update`, translate, then `scripts/translations.py compile` (docs/translations.md)"


def translations_script() -> ModuleType:
    """scripts/translations.py, so the test extracts exactly what the developers' command extracts."""
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Key = tuple[str, str, str]  # context, source, disambiguation comment


def messages(ts: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def translations(message: ET.Element) -> list[str]:
    """The translated text, or each plural form; empty strings where nothing is filled in."""
    element = message.find("translation")
    if element is None:
        return [""]
    forms = element.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [element.text or ""]


def is_finished(message: ET.Element) -> bool:
    element = message.find("translation")
    return element is not None and element.get("type") is None and all(text.strip() for text in translations(message))


def shown(key: Key) -> str:
    return f"  [{key[0]}] {key[1]!r}"


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """lupdate over today's sources into a fresh file: the strings the program can show right now."""
    ts = tmp_path_factory.mktemp("lupdate") / "current_et.ts"
    translations_script().lupdate(ts)
    return messages(ts)


@pytest.mark.parametrize("language", [code for code in SUPPORTED_LANGUAGES if code != "en"])
def test_every_string_in_the_sources_is_translated(language: str, current_sources: dict[Key, ET.Element]) -> None:
    shipped = messages(I18N / f"helpline_{language}.ts")
    assert current_sources, "lupdate found no strings at all"
    missing = sorted(key for key in current_sources if key not in shipped)
    unfinished = sorted(key for key in current_sources if key in shipped and not is_finished(shipped[key]))
    problems = []
    if missing:
        problems.append(f"not in helpline_{language}.ts (new or changed strings):\n" + "\n".join(map(shown, missing)))
    if unfinished:
        problems.append("unfinished or empty translations:\n" + "\n".join(map(shown, unfinished)))
    assert not problems, "\n".join(problems) + f"\n-> {FIX}"


@pytest.mark.parametrize("language", [code for code in SUPPORTED_LANGUAGES if code != "en"])
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    """%1, %2, %n survive translation; a source with an &-accelerator keeps one (and only one) in the translation."""
    wrong = []
    for key, message in messages(I18N / f"helpline_{language}.ts").items():
        source = key[1]
        for text in translations(message):
            if not text:
                continue
            if sorted(re.findall(r"%(?:\d+|n)", source)) != sorted(re.findall(r"%(?:\d+|n)", text)):
                wrong.append(f"{shown(key)} -> {text!r}: placeholders differ")
            if text.replace("&&", "").count("&") != min(1, source.replace("&&", "").count("&")):
                wrong.append(f"{shown(key)} -> {text!r}: accelerator (&) missing or doubled")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", [code for code in SUPPORTED_LANGUAGES if code != "en"])
def test_compiled_file_matches_the_translation_source(language: str, tmp_path: Path) -> None:
    """The committed .qm is what `compile` makes of the committed .ts: a forgotten compile fails here."""
    ts, qm = I18N / f"helpline_{language}.ts", I18N / f"helpline_{language}.qm"
    assert qm.exists(), f"{qm.relative_to(ROOT)} is missing -> run `scripts/translations.py compile`"
    fresh = tmp_path / qm.name
    translations_script().lrelease(ts, fresh)
    same = fresh.read_bytes() == qm.read_bytes()
    assert same, f"{qm.relative_to(ROOT)} is older than {ts.relative_to(ROOT)} -> run `scripts/translations.py compile`"


@pytest.fixture
def estonian(qapp: QApplication) -> Iterator[None]:
    """The Estonian translation for one test; English again afterwards, so the other tests see their strings."""
    locale = QLocale()
    installed = install_translation(qapp, "et")
    try:
        yield
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


@pytest.mark.usefixtures("estonian")
def test_main_window_speaks_estonian(qtbot: QtBot, store: Store, counsellor: SessionUser) -> None:
    window = MainWindow(build_context(store, counsellor, "et"))
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Pöördumine", "&Vahetus", "&Seaded"]
    assert window.tabs.tabText(0) == "Logi"
    assert window.tabs.tabText(window.tabs.indexOf(window.feedback_page)) == "Tagasiside"
    assert window.log_page.search.placeholderText().startswith("Otsi: nimi, telefon, isikukood")
    assert window.line.itemText(window.line.findData(Line.CRISIS_116006.value)) == "116 006 ohvriabi kriisitelefon"
    log = window.log_page.model
    assert "Pöörduja" in [log.headerData(i, Qt.Orientation.Horizontal) for i in range(log.columnCount())]
    form = window.new_contact()
    assert form.title().startswith("Uus pöördumine")
    assert form.identity.anonymous.text() == "Anon&üümne"


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    installed = install_translation(qapp, "ru")
    try:
        yield
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


@pytest.mark.usefixtures("russian")
def test_main_window_speaks_russian(qtbot: QtBot, store: Store, counsellor: SessionUser) -> None:
    window = MainWindow(build_context(store, counsellor, "ru"))
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Обращение", "С&мена", "На&стройки"]
    assert window.tabs.tabText(0) == "Журнал"
    assert window.tabs.tabText(window.tabs.indexOf(window.feedback_page)) == "Обратная связь"
    log = window.log_page.model
    assert "Обратившийся" in [log.headerData(i, Qt.Orientation.Horizontal) for i in range(log.columnCount())]
    form = window.new_contact()
    assert form.title().startswith("Новое обращение")
    assert form.identity.anonymous.text() == "&Анонимный"


def test_english_is_back_after_the_estonian_test(qtbot: QtBot, store: Store, counsellor: SessionUser) -> None:
    window = MainWindow(build_context(store, counsellor, "en"))
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Log"


def test_no_string_is_hidden_from_lupdate() -> None:
    """lupdate sees only literal tr/translate/QT_TRANSLATE_NOOP calls; a helper like _t("text") stays English."""
    hidden = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "app").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""\b_t\(\s*["']""", line)
    ]
    assert hidden == []
