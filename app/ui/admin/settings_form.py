"""Saving a settings form of the administration (security, backups): one unit of work, reasons beside fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.errors import FieldErrors, KnownError
from app.store.db import Store, UnitOfWork
from app.ui.kit import messages
from app.ui.kit.widgets import ErrorLabel


def save_settings(
    parent: QWidget,
    store: Store,
    write: Callable[[UnitOfWork], None],
    errors: dict[str, ErrorLabel],
    fallback: str,
    status: QLabel,
) -> bool:
    """Run ``write`` and commit; a refused value's reason goes beside its field (beside ``fallback``'s for a field
    without a label), any other known failure in a message box. Returns whether it was saved."""
    for label in errors.values():
        label.clear_error()
    status.clear()
    try:
        with store.unit_of_work() as uow:
            write(uow)
            uow.commit()
    except FieldErrors as error:
        for field, reason in error.errors.items():
            errors.get(field, errors[fallback]).show_error(messages.field_error(reason))
        return False
    except KnownError as error:
        messages.show_known_error(parent, error)
        return False
    status.setText(QCoreApplication.translate("SettingsForm", "Saved."))
    return True
