"""Opening the store the configuration names, for the window and the command line: the store layer opens it
(``app.store.opening``: its key, a conversion, the backup before an upgrade into the administrator's folder), then
its audit trail is checked against the anchor kept outside it (``store.anchor.finding`` says what a start must show;
``app.services.guard.audit_anchor``)."""

from __future__ import annotations

from app.config import StoreConfig
from app.services.guard import audit_anchor, backup_settings
from app.store.db import Store
from app.store.opening import PassphrasePrompt, open_local_store


def open_configured_store(config: StoreConfig, ask: PassphrasePrompt) -> Store:
    """The store the configuration names; a SQLite file is opened encrypted, a PostgreSQL server as it is."""
    path = config.local_path
    if path is None:
        store = Store.open(config.url)
    else:
        store = open_local_store(path, ask, refill=config.demo, backup_place=backup_settings.upgrade_backup_place)
    try:
        audit_anchor.attach(store, path)
    except BaseException:
        store.close()
        raise
    return store
