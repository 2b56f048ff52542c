"""Every file the program writes goes through ``app.files``: a failure midway leaves the old file and no stray file."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import BinaryIO

import pytest

from app import files
from app.files import write_atomically, write_atomically_with, write_text_atomically


def test_a_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert [path.name for path in tmp_path.iterdir()] == ["report.pdf"]
    assert target.stat().st_mode & 0o777 == 0o644  # readable by colleagues, as a plain write would leave it


def test_text_is_encoded_and_its_line_ends_kept_as_asked(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    write_text_atomically(target, "nimi;summa\r\nÕie;5\r\n", encoding="utf-8-sig", newline="")
    assert target.read_bytes() == "\ufeffnimi;summa\r\nÕie;5\r\n".encode()


def test_a_writer_that_fails_midway_leaves_the_old_file_and_nothing_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "export.xlsx"
    target.write_bytes(b"yesterday's export")

    def half_then_fail(out: BinaryIO) -> None:
        out.write(b"half of today's")
        raise RuntimeError("the writer broke")

    with pytest.raises(RuntimeError, match="the writer broke"):
        write_atomically_with(target, half_then_fail)
    assert target.read_bytes() == b"yesterday's export"
    assert [path.name for path in tmp_path.iterdir()] == ["export.xlsx"]


def test_a_full_disk_leaves_the_old_file_and_nothing_beside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "notice.pdf"
    target.write_bytes(b"the notice as sent")

    def full_disk(_handle: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full_disk)  # the data written so far does not fit on the disk
    with pytest.raises(OSError, match=os.strerror(errno.ENOSPC)):
        write_text_atomically(target, "a new notice " * 1000)
    assert target.read_bytes() == b"the notice as sent"
    assert [path.name for path in tmp_path.iterdir()] == ["notice.pdf"]


def test_a_new_file_that_fails_leaves_no_file_at_all(tmp_path: Path) -> None:
    def fail(_out: BinaryIO) -> None:
        raise OSError(errno.EIO, "cut off")

    with pytest.raises(OSError, match="cut off"):
        write_atomically_with(tmp_path / "new.csv", fail)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "missing" / "file.csv", b"data")
    assert list(tmp_path.iterdir()) == []
