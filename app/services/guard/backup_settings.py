"""How often the local store is backed up, how many generations are kept and where: ``store_settings`` rows
``backup.*``, declared once here with their defaults (the pattern of ``app.services.guard.security_settings``).

Only an administrator changes them. They live in the store, so a store too damaged to be read falls back to the
folder noted beside it by the last backup (``app.store.backup.noted_folder``) and the default folder.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.errors import FieldErrors
from app.services.actor import SessionUser, require_administrator
from app.services.store_settings import read_settings, write_settings
from app.store import backup
from app.store.db import Store, UnitOfWork

INTERVAL_MIN, INTERVAL_MAX = 1, 24  # hours between backups while the program runs
GENERATIONS_MIN, GENERATIONS_MAX = 2, backup.GENERATIONS_MAX
FOLDER_MAX = 200  # the length of a store_settings value


@dataclass(frozen=True)
class BackupSettings:
    interval_hours: int = 4  # besides the backups at every start and exit
    generations: int = 10  # the newest this many backups are kept, older ones removed
    folder: str = ""  # an absolute path; empty: ``backups`` in the user's data folder

    @property
    def folder_path(self) -> Path | None:
        return Path(self.folder) if self.folder else None


_KEYS = {
    "interval_hours": "backup.interval_hours",
    "generations": "backup.generations",
    "folder": "backup.folder",
}


def _problems(settings: BackupSettings) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not INTERVAL_MIN <= settings.interval_hours <= INTERVAL_MAX:
        errors["interval_hours"] = "backup.interval_range"
    if not GENERATIONS_MIN <= settings.generations <= GENERATIONS_MAX:
        errors["generations"] = "backup.generations_range"
    folder = settings.folder
    if folder and (
        len(folder) > FOLDER_MAX
        # Cs: half a character (a broken paste); Cf: invisible or bidi-control characters (U+202E shows the path
        # turned round, so the folder shown is not the folder used)
        or any(unicodedata.category(ch) in ("Cc", "Cs", "Cf") for ch in folder)
        or not Path(folder).is_absolute()
    ):
        errors["folder"] = "backup.folder"
    return errors


def backup_settings(uow: UnitOfWork) -> BackupSettings:
    """The stored values; a value missing, unreadable or out of range reads as its default."""
    return read_settings(uow, BackupSettings(), _KEYS, _problems)


def upgrade_backup_place(store: Store) -> tuple[Path | None, int]:
    """Where the backup before an upgrade goes and how many are kept (``app.store.opening.BackupPlace``): read from
    the store before its tables change."""
    with store.unit_of_work() as uow:
        settings = backup_settings(uow)
    return settings.folder_path, settings.generations


def set_backup_settings(uow: UnitOfWork, actor: SessionUser, settings: BackupSettings) -> None:
    """Administrators only; :class:`FieldErrors` names each value out of range. Commits."""
    require_administrator(actor, "only an administrator changes the backup settings")
    errors = _problems(settings)
    if "folder" not in errors and settings.folder and backup.unfit_folder(Path(settings.folder)):
        errors["folder"] = "backup.not_a_folder"  # /dev/null, a file, a device folder (checked when chosen, not
        # when read: a folder that went away later makes the backup fail and say so, not go elsewhere unseen)
    if errors:
        raise FieldErrors(errors)
    write_settings(uow, settings, _KEYS)
    uow.commit()
