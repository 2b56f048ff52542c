"""The one way the UI calls a service: open a unit of work, run the use case, route what went wrong.

Services own the transaction: a use case that writes commits itself, so the UI never commits. A UI action calls
its one service through :func:`call`::

    saved = call(Route(self, {"amount": self.error}), self.store, decisions.set_rate, self.actor, day, amount)
    if saved is FAILED:
        return

- bad input (:class:`~app.errors.FieldErrors`): each reason goes beside its field (a :class:`Route` maps the
  service's field names to the form's error labels); a reason with no label to go to is shown in a message box;
- a known failure (locked store, full disk, a record changed meanwhile, …): its sentence in a message box;
- a bug: the crash dialog with details to copy; the program keeps running.

In each case nothing was saved (the unit of work rolls back what was not committed) and :data:`FAILED` comes back;
test ``result is FAILED``, or ``isinstance(result, Failed)`` where the result is used (mypy narrows that).
``Route(self, quiet=(SomeKnownError, …))`` lets the caller handle those itself: they are raised, not shown.
A plain ``call(self, store, use_case, …)`` shows every failure in a message box over ``self``.

Where there is no window to say a failure in (the start before the first window, the end of a session),
:func:`call_or_raise` runs the use case the same way and raises every failure to its caller.

This module is the only place in ``app/ui`` that opens a unit of work, besides work handed to the database worker
(``app.ui.kit.tasks``), which runs on another thread; ``tests/ui/kit/test_calls.py`` guards that.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Concatenate, Final, ParamSpec, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import FieldErrors, KnownError
from app.store.db import Store, UnitOfWork
from app.ui.kit import messages
from app.ui.kit.widgets import ErrorLabel

P = ParamSpec("P")
T = TypeVar("T")


class Failed:
    """The result of a call that did not happen; the user has been told why."""

    def __repr__(self) -> str:
        return "FAILED"

    def __bool__(self) -> bool:
        return False


FAILED: Final = Failed()


@dataclass(frozen=True)
class Route:
    """Where a call's failures go: ``parent`` for message boxes, ``errors`` maps the service's field names to the
    form's error labels (cleared before the call), ``fallback`` is the field whose label takes the reasons of fields
    without one, and ``quiet`` lists known-error classes the caller handles itself (they are raised, not shown)."""

    parent: QWidget | None
    errors: Mapping[str, ErrorLabel] = field(default_factory=dict)
    fallback: str | None = None
    quiet: tuple[type[KnownError], ...] = ()


def call(
    to: QWidget | Route | None,
    store: Store,
    use_case: Callable[Concatenate[UnitOfWork, P], T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T | Failed:
    """Run ``use_case(uow, *args, **kwargs)`` in a new unit of work; failures go where ``to`` says (a widget: message
    boxes over it; a :class:`Route`: reasons beside fields too)."""
    route = to if isinstance(to, Route) else Route(to)
    for label in route.errors.values():
        label.clear_error()
    try:
        with store.unit_of_work() as uow:
            return use_case(uow, *args, **kwargs)
    except route.quiet:
        raise
    except FieldErrors as error:
        show_field_errors(route.parent, error, route.errors, route.fallback)
    except KnownError as error:
        messages.show_known_error(route.parent, error)
    except Exception as error:  # a bug: the crash dialog, and the action stops here
        messages.show_bug(route.parent, "".join(traceback.format_exception(error)))
    return FAILED


def call_or_raise(
    store: Store,
    use_case: Callable[Concatenate[UnitOfWork, P], T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """Run ``use_case(uow, *args, **kwargs)`` in a new unit of work and give back its result; nothing is shown, every
    failure is raised (nothing saved) for the caller to say or to log."""
    with store.unit_of_work() as uow:
        return use_case(uow, *args, **kwargs)


def show_field_errors(
    parent: QWidget | None, error: FieldErrors, errors: Mapping[str, ErrorLabel], fallback: str | None = None
) -> None:
    """Each refused value's reason beside its field; without a label for it, beside ``fallback``'s, else in a box."""
    unplaced: list[str] = []
    for name, reason in error.errors.items():
        label = errors.get(name) or (errors.get(fallback) if fallback else None)
        if label is None:
            unplaced.append(messages.field_error(reason))
        else:
            label.show_error(messages.field_error(reason))
    if unplaced:
        QMessageBox.warning(parent, messages.not_done_title(), "\n".join(unplaced))
