"""How long putting a contact form aside as a draft takes while the counsellor types. Prints figures; asserts nothing.

    .venv/bin/python -m bench.drafts                       # 500 saves, a 2,000-character summary
    .venv/bin/python -m bench.drafts --saves 2000 --summary 8000

The store is the embedded one as the program opens it: SQLCipher-encrypted, WAL, ``synchronous=FULL`` (every commit
waits for the disk), in a temporary folder on the same disk as ``$TMPDIR``. The form is the real contact form
(offscreen): an identified caller with name, ID code, phone, e-mail, topics, a risk flag and a summary of
``--summary`` characters. Each round types one character into the summary (a Qt key event, as the keyboard sends),
then times what the draft keeper does when its timer fires: on the GUI thread, reading the form into a payload
(``contact_payload``) and queueing it (what the typist could feel), and until the write is in the store (a pool
thread: JSON, one UPDATE, the commit with its fsync). The keeper saves about once a second while typing, not once a
keystroke.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models.drafts import DraftKind
from app.models.enums import RiskFlag
from app.services import drafts
from app.services.guard import auth
from app.store.db import Store
from app.store.keys import KeySource, StoreKey
from app.ui.contacts.form import ContactForm
from app.ui.shell.drafts import contact_payload
from app.ui.shell.session import build_context

SENTENCE = "helistaja räägib et mees ähvardas teda öösel lapsed olid kodus ta kardab minna tagasi šokk möödub"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--saves", type=int, default=500)
    parser.add_argument("--summary", type=int, default=2000, help="characters in the summary before typing on")
    parser.add_argument(
        "--on-gui-thread",
        action="store_true",
        help="for comparison: read and write on one thread, as a plain save would",
    )
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the widgets
    with tempfile.TemporaryDirectory(prefix="helpline-bench-") as folder:
        key = StoreKey(f"x'{secrets.token_hex(32)}'", KeySource.KEYRING)
        store = Store.open(f"sqlite:///{Path(folder) / 'drafts.sqlite3'}", key=key)
        try:
            with store.engine.connect() as connection:
                journal = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
                synchronous = connection.exec_driver_sql("PRAGMA synchronous").scalar()
            with store.unit_of_work() as uow:
                user = auth.create_first_administrator(uow, "mari", "Mari Kask", "correct horse battery")
                uow.commit()
            form = ContactForm(build_context(store, user, "et"))
            form.identity.identified.setChecked(True)
            form.identity.full_name.setText("Ольга Õunapuu-Šarõgina")
            form.identity.id_code.setText("48501010003")
            form.identity.phone.setText("5123 4567")
            form.identity.email.setText("olga@example.ee")
            for box in list(form.topics.boxes.values())[:3]:
                box.setChecked(True)
            form.risks.rows[RiskFlag.SUICIDAL].raised.setChecked(True)
            words = SENTENCE.split()
            summary = " ".join(words[i % len(words)] for i in range(args.summary))[: args.summary]
            form.summary.setPlainText(summary)
            form.summary.moveCursor(form.summary.textCursor().MoveOperation.End)
            felt: list[float] = []
            draft_id = uuid.uuid4()
            stored: list[float] = []
            for round_ in range(args.saves + 10):  # the first ten warm up
                typed = "aõ ж"[round_ % 4]
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click, form.summary, Qt.Key.Key_unknown, typed, Qt.KeyboardModifier.NoModifier
                )
                began = time.perf_counter()
                if args.on_gui_thread:
                    with store.unit_of_work() as uow:
                        drafts.save_draft(uow, user, DraftKind.CONTACT, contact_payload(form), draft_id=draft_id)
                    if round_ >= 10:
                        felt.append((time.perf_counter() - began) * 1000)
                        stored.append(felt[-1])
                    continue
                form.drafts.save_now()  # what the keeper's timer does: read the form, hand it to the writer
                handed = time.perf_counter()
                if not form.drafts.idle():  # a Qt event loop, not a processEvents() loop (PySide 6.12 leaked
                    loop = QEventLoop()  # a reference to None per call; see tests/ui/test_qt_binding.py)
                    form.drafts.written.connect(loop.quit)
                    form.drafts.fault_changed.connect(loop.quit)
                    loop.exec()
                    form.drafts.written.disconnect(loop.quit)
                    form.drafts.fault_changed.disconnect(loop.quit)
                done = time.perf_counter()
                if form.drafts.fault:
                    raise SystemExit(form.drafts.fault)
                if round_ >= 10:
                    felt.append((handed - began) * 1000)
                    stored.append((done - began) * 1000)
            form.dirty = False
        finally:
            store.close()
    where = ", read and written on the GUI thread" if args.on_gui_thread else ""
    print(f"draft saves: {args.saves}, summary {args.summary}+ characters{where}")
    print(f"store: SQLCipher, journal_mode={journal}, synchronous={synchronous} (2: FULL)")
    print(f"{'':44}{'median ms':>10}{'p99 ms':>10}")
    for name, values in (
        ("on the GUI thread (what typing waits for)", felt),
        ("until in the store (JSON, UPDATE, fsync)", stored),
    ):
        print(f"{name:44}{statistics.median(values):10.2f}{percentile(values, 0.99):10.2f}")


if __name__ == "__main__":
    main()
