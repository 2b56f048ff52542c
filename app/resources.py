"""Where the shipped resources (translations, fonts) are, in a checkout and in the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translation_file(language: str) -> Path:
    return resources_dir() / "i18n" / f"helpline_{language}.qm"
