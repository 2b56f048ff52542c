"""Opening the store the configuration names, for the window and the command line: the store layer opens it
(``app.store.opening``: its key, a conversion, the backup before an upgrade into the administrator's folder), then
its audit trail is checked against the anchor kept outside it (``store.anchor.finding`` says what a start must show;
``app.services.guard.audit_anchor``)."""

from __future__ import annotations

from app.config import StoreConfig
from app.services.guard import audit_anchor, backup_settings
from app.store.db import Store
from app.store.opening import CheckingNotice, PassphrasePrompt, open_local_store


def open_configured_store(
    config: StoreConfig, ask: PassphrasePrompt, *, checking: CheckingNotice | None = None
) -> Store:
    """The store the configuration names; a SQLite file is opened encrypted, a PostgreSQL server as it is.

    ``checking(reason)`` is told when a SQLite store is checked in full before it opens (after an unclean shutdown,
    damage found, or a week without a full check: seconds at 1,000,000 contacts); otherwise the full check is the
    caller's to start once the window is up (``app.ui.shell.integrity``)."""
    path = config.local_path
    if path is None:
        store = Store.open(config.url)
    else:
        store = open_local_store(
            path,
            ask,
            refill=config.demo,
            backup_place=backup_settings.upgrade_backup_place,
            checking=checking,
        )
    try:
        audit_anchor.attach(store, path)
    except BaseException:
        store.close()
        raise
    return store
