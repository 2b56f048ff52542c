"""Every page of an SQLCipher 4 store, decrypted with its key: the main file and its WAL, free pages included.

A query sees only live rows; this sees what a thief with the key would: deleted cells, free pages, old page images in
the WAL. SQLCipher 4's defaults: 4096-byte pages, AES-256-CBC, each page ending in a 16-byte IV and a 64-byte HMAC;
page 1 starts with the file's 16-byte salt; a raw key (``x'…'``) is the AES key itself, a passphrase is stretched
with PBKDF2-HMAC-SHA512 (256,000 rounds) and the salt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
SALT = 16
IV = 16
RESERVE = 80  # IV + HMAC-SHA512, a multiple of the AES block
WAL_HEADER = 32
FRAME_HEADER = 24


def _aes_key(pragma_value: str, salt: bytes) -> bytes:
    if pragma_value.startswith("x'") and pragma_value.endswith("'"):
        return bytes.fromhex(pragma_value[2:-1])[:32]
    return hashlib.pbkdf2_hmac("sha512", pragma_value.encode(), salt, 256_000, 32)


def _decrypt(key: bytes, page: bytes, number: int) -> bytes:
    start = SALT if number == 1 else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(store_path: Path, pragma_value: str) -> Iterator[tuple[str, bytes]]:
    """(where, plaintext) for every page of the store file and every frame of its WAL."""
    data = store_path.read_bytes()
    key = _aes_key(pragma_value, data[:SALT])
    for offset in range(0, len(data) - PAGE + 1, PAGE):
        number = offset // PAGE + 1
        yield f"page {number}", _decrypt(key, data[offset : offset + PAGE], number)
    wal = store_path.with_name(store_path.name + "-wal")
    if wal.exists():
        frames = wal.read_bytes()
        for index, offset in enumerate(range(WAL_HEADER, len(frames) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE)):
            number = int.from_bytes(frames[offset : offset + 4], "big")
            page = frames[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            yield f"WAL frame {index} (page {number})", _decrypt(key, page, number)


def pages_holding(store_path: Path, pragma_value: str, words: list[str]) -> list[str]:
    """Which pages hold any of ``words`` (UTF-8, case-insensitively for ASCII), as 'word: where'."""
    found = []
    for where, plain in decrypted_pages(store_path, pragma_value):
        lowered = plain.lower()
        for word in words:
            if word.lower().encode() in lowered:
                found.append(f"{word}: {where}")
    return found
