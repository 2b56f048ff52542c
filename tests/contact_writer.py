"""A counsellor saving contacts, for tests/services/guard/test_audit_anchor.py's damaged-WAL fault test.

``python -m tests.contact_writer STORE COUNT`` opens (creating) the encrypted store at STORE as the program does (key
in the file keyring the environment names, audit anchor attached), saves COUNT anonymous contacts one commit each,
prints ``saved`` and waits to be killed, so that the commits stay in the WAL. Never used by the program.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta


def main(store_path: str, count: int) -> int:
    from app.config import StoreConfig
    from app.services.contacts.editing import ContactInput, save_contact
    from app.services.guard import auth
    from app.services.guard.store_opening import open_configured_store

    store = open_configured_store(StoreConfig(f"sqlite:///{store_path}"), lambda _new, _retry: None)
    with store.unit_of_work() as uow:
        user = auth.create_first_administrator(uow, "mari", "Mari Kask", "correct horse battery")
        uow.commit()
    start = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
    for n in range(count):
        with store.unit_of_work() as uow:
            moment = start + timedelta(minutes=n)
            save_contact(uow, user, ContactInput(started_at=moment, summary=f"Mure number {n}"), now=moment)
    print("saved", flush=True)
    time.sleep(3600)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
