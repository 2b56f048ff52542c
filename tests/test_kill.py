"""Pull the plug while typing: the program is killed (SIGKILL) at random moments while a counsellor types into a new
contact, and every character typed up to two seconds before the kill is found in the store afterwards.

Each trial runs ``tests/draft_typist.py`` (the real main window, offscreen, on its own encrypted store) and kills it
between 0.5 and 4 s after typing started; the moments are spread over that range with random jitter, so about half
of the kills come late enough to leave something to find. Four trials run at a time (one starts while others type)
to keep the whole near a minute.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3  # type: ignore[import-untyped]

from tests import file_keyring
from tests.draft_typist import TEXT

ROOT = Path(__file__).resolve().parents[1]
TRIALS = 20
PACE_MS = 40  # 25 characters a second: faster than anyone types
PROMISE_S = 2.0  # what is older than this at the kill must be in the store


@dataclass(frozen=True)
class Trial:
    store: Path
    keyring: Path
    killed_at: float
    typed: list[tuple[float, int]]  # (when, index into TEXT) per character, as the typist printed them
    stderr: str


def run_trial(folder: Path, delay: float) -> Trial:
    folder.mkdir(parents=True)
    store, keyring = folder / "store.sqlite3", folder / "keyring.json"
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("HELPLINE_", "QT_"))}
    environment.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "HELPLINE_DATA_DIR": str(folder / "data"),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "PYTHON_KEYRING_BACKEND": file_keyring.BACKEND,
            file_keyring.FILE_ENV: str(keyring),
        }
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.draft_typist", str(store), str(PACE_MS)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    try:
        first = process.stdout.readline()
        assert first.strip() == "ready", process.stderr.read()
        time.sleep(delay)
        killed_at = time.time()
        process.send_signal(signal.SIGKILL)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL, err
    # A line per character typed; a blank line (seen once under heavy load: the kill between a line's text and the
    # pipe's next write) carries nothing typed.
    typed = [(float(when), int(index)) for when, index in (line.split() for line in out.splitlines() if line.strip())]
    return Trial(store, keyring, killed_at, typed, err)


def summaries_in_store(trial: Trial) -> list[str]:
    """The draft summaries the killed program left, read with its key (the store recovers its WAL on opening)."""
    if not trial.store.exists():
        return []
    connection = sqlcipher3.connect(str(trial.store))
    try:
        key = file_keyring.store_key(trial.keyring, trial.store).replace('"', '""')
        connection.execute(f'PRAGMA key = "{key}"')
        rows = connection.execute("SELECT payload FROM drafts").fetchall()
    finally:
        connection.close()
    return [json.loads(payload)["summary"] for (payload,) in rows]


def test_everything_typed_two_seconds_before_a_kill_is_in_the_store(tmp_path: Path) -> None:
    rng = random.Random()
    delays = [0.5 + 3.5 * (i + rng.random()) / TRIALS for i in range(TRIALS)]
    rng.shuffle(delays)
    with ThreadPoolExecutor(max_workers=4) as pool:
        trials = list(pool.map(lambda n: run_trial(tmp_path / f"trial{n}", delays[n]), range(TRIALS)))
    checked = 0
    for trial in trials:
        older = [index for when, index in trial.typed if when <= trial.killed_at - PROMISE_S]
        must_have = TEXT[: max(older) + 1] if older else ""
        summaries = summaries_in_store(trial)
        if must_have:
            checked += 1
            assert len(summaries) == 1, (trial.store, trial.stderr)
            assert summaries[0].startswith(must_have), (trial.killed_at, len(must_have), len(summaries[0]))
        assert all(TEXT.startswith(summary) for summary in summaries)  # nothing but what was typed, in order
    assert checked >= TRIALS // 4  # enough kills came late enough to leave typing older than two seconds
