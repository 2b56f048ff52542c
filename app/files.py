"""Every file the program writes (exports, reports, notices, the small notes beside the store) is written here, so
that a failure leaves the old file as it was and nothing half-written beside it.

The bytes go to a temporary file in the same folder (a rename across folders or drives would not be atomic), which is
flushed to the disk and then renamed over the target; the folder itself is synced where the system allows it.
Whatever goes wrong on the way (the writer raises, the disk is full), the temporary file is removed and the error
is raised again. Files that are databases (backups, a restore's copy, the encrypted copy of a plain store) are made
the same way by :mod:`app.store.backup` and :mod:`app.store.opening` with SQLite's own copying.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

PART_SUFFIX = ".part"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: the old file stays whole until the new one is complete."""
    write_atomically_with(path, lambda out: out.write(data))


def write_text_atomically(path: Path, text: str, *, encoding: str = "utf-8", newline: str | None = None) -> None:
    """Write ``text`` to ``path`` atomically, encoded and with line ends as :meth:`Path.write_text` would."""

    def write(out: BinaryIO) -> None:
        wrapper = io.TextIOWrapper(out, encoding=encoding, newline=newline)
        wrapper.write(text)
        wrapper.flush()
        wrapper.detach()  # the binary file stays open for the flush to the disk

    write_atomically_with(path, write)


def write_atomically_with(path: Path, writer: Callable[[BinaryIO], object]) -> None:
    """Let ``writer`` write into a temporary file beside ``path``, then rename that over ``path``.

    Anything ``writer`` raises, and any OSError of the writing, leaves the old ``path`` untouched and no temporary
    file behind.
    """
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=PART_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as out:
            writer(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would keep the file from colleagues on a shared drive
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to the disk; Windows has no such call and needs none."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
