"""Saving a settings form of the administration (security, backups): its one service, reasons beside fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.services.actor import SessionUser
from app.store.db import Store, UnitOfWork
from app.ui.kit.calls import FAILED, Route, call
from app.ui.kit.widgets import ErrorLabel

S = TypeVar("S")


def save_settings(
    parent: QWidget,
    store: Store,
    write: Callable[[UnitOfWork, SessionUser, S], None],
    actor: SessionUser,
    wanted: S,
    errors: dict[str, ErrorLabel],
    fallback: str,
    status: QLabel,
) -> bool:
    """Run ``write(uow, actor, wanted)`` (it commits); a refused value's reason goes beside its field (beside
    ``fallback``'s for a field without a label), any other failure in a message box. Returns whether it was saved."""
    status.clear()
    if call(Route(parent, errors, fallback), store, write, actor, wanted) is FAILED:
        return False
    status.setText(QCoreApplication.translate("SettingsForm", "Saved."))
    return True
