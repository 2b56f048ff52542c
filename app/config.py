"""Where things live: the store's address and the user's data folder.

Resolved once at start-up from the command line and the environment; nothing here runs at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_NAME

DATABASE_ENV = "HELPLINE_DATABASE_URL"
DATA_DIR_ENV = "HELPLINE_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder (``HELPLINE_DATA_DIR`` overrides it, which tests use)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class StoreConfig:
    url: str
    demo: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def local_path(self) -> Path | None:
        """The file of a SQLite store (which the program encrypts); None for a server."""
        if not self.is_sqlite:
            return None
        database = self.url.split("///", 1)[1] if "///" in self.url else ""
        return Path(database) if database and database != ":memory:" else None


def resolve_store(cli_url: str | None = None, *, demo: bool = False) -> StoreConfig:
    """The store to open: ``--database URL``, else ``HELPLINE_DATABASE_URL``, else the embedded SQLite file.

    The demo store is always a separate file beside the real one, so demo data never mixes with real data.
    """
    if demo:
        return StoreConfig(sqlite_url(data_dir() / "demo.sqlite3"), demo=True)
    url = cli_url or os.environ.get(DATABASE_ENV)
    if url:
        return StoreConfig(url)
    return StoreConfig(sqlite_url(data_dir() / "helpline.sqlite3"))
