"""The shift lead's desk: the filtered log, the review queue, the team's callbacks and the workload, with the review
panel beside them. Shift leads and administrators only; the services refuse everyone else anyway.

The GUI never waits on the store for the lists (``app.ui.kit.tasks``, the worker rule): each list is read on the
database worker when the desk is first shown, after a refresh and on every filter change, and again page by page as
the contacts list is scrolled (keyset pages, a few ms each at 1,000,000 contacts, but the first read of a filter takes
up to 0.2 s and a page read on the GUI thread would queue behind it anyway). The reads are module-level functions
that take and return plain values (:class:`DeskRows`); the filter is taken from the filter bar on the GUI thread
before a read is asked for. Each list keeps only its newest read (:class:`~app.ui.kit.tasks.Latest`): a filter changed
while an earlier read runs replaces it, and that earlier read's rows are never shown. Until the rows arrive the lists
keep what they showed, the corner of the tab bar says the lists are being read, and the row under review stays
highlighted when it is still listed. The review panel reads the one contact it shows (its review and the rubric, an
indexed lookup of about a millisecond) on the GUI thread, as a save does.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.models.base import utcnow
from app.models.review import QueueReason
from app.services.actor import SessionUser
from app.services.contacts.log import PAGE_SIZE, LogRow
from app.services.contacts.taxonomy import TopicChoice
from app.services.desk import review, shift_desk
from app.services.desk.review import ReviewFilter, ReviewMark
from app.services.desk.shift_desk import WorkloadRow
from app.store.db import Store, UnitOfWork
from app.ui.contacts.log_model import ContactLogModel
from app.ui.contacts.log_page import LogView
from app.ui.desk.filters import DeskFilters
from app.ui.desk.review_panel import ReviewPanel
from app.ui.kit import labels, messages
from app.ui.kit.calls import FAILED, Failed, Route, call, call_or_raise
from app.ui.kit.table_model import Column
from app.ui.kit.tasks import Latest
from app.ui.kit.text import fill
from app.ui.kit.theme import tone_colour

HEAVY_RISK_CONTACTS = 3  # a shift with this many contacts with a risk flag is shown in bold

Cursor = tuple[Any, uuid.UUID]


@dataclass(frozen=True)
class DeskRows:
    """One read of a desk list, made on the database worker: the rows, their review marks and, for the team's
    callbacks, (counsellor, callbacks due, of them overdue) per counsellor."""

    rows: list[LogRow]
    marks: dict[uuid.UUID, ReviewMark] = field(default_factory=dict)
    callbacks: tuple[tuple[str, int, int], ...] = ()


# A list's read, on the database worker: (filter, cursor after which to continue) -> rows
DeskRead = Callable[[ReviewFilter, "Cursor | None"], DeskRows]


# --- the reads, on the database worker: plain values in and out -----------------------------------------------------
def read_contacts(uow: UnitOfWork, user: SessionUser, where: ReviewFilter, after: Cursor | None) -> DeskRows:
    """One page of the filtered log with its review marks."""
    rows = review.review_page(uow, user, where, after=after)
    return DeskRows(rows, review.review_marks(uow, [row.id for row in rows]))


def read_queue(uow: UnitOfWork, user: SessionUser, where: ReviewFilter) -> DeskRows:
    """The review queue in one piece (at most ``review.QUEUE_LIMIT`` rows) with its review marks."""
    rows = [item.row for item in review.review_queue(uow, user, where)]
    return DeskRows(rows, review.review_marks(uow, [row.id for row in rows]))


def read_callbacks(uow: UnitOfWork, user: SessionUser, today: date) -> DeskRows:
    """The team's callbacks due by the end of today or overdue, and how many per counsellor."""
    groups = shift_desk.team_follow_ups(uow, user, today)
    now = utcnow()
    counts = tuple(
        (
            group.counsellor_name,
            len(group.rows),
            sum(1 for row in group.rows if row.callback_due_at is not None and row.callback_due_at < now),
        )
        for group in groups
    )
    return DeskRows([row for group in groups for row in group.rows], {}, counts)


class DeskLogModel(ContactLogModel):
    """The log with the review state of each row beside it (reviewed, acknowledged, in the queue and why).

    Read on the database worker: :meth:`reload` asks for the rows of :attr:`where` and shows them when they arrive
    (``loaded``; ``failed(error)`` if they could not be read, the rows shown stay); the next page likewise when the
    view scrolls to the end (``paged=False``: the list comes in one piece). A reload supersedes the read under way.
    """

    DESK_COLUMNS = ("started", "line", "kind", "caller", "risks", "handled_by", "review", "summary")

    def __init__(
        self,
        read: DeskRead,
        parent: Any = None,
        columns: tuple[str, ...] = DESK_COLUMNS,
        *,
        paged: bool = True,
    ) -> None:
        super().__init__(_no_pages, parent, columns)
        self._read = read
        self._paged = paged
        self._desk_reads = Latest(self)
        self.where = ReviewFilter()  # set on the GUI thread before a reload
        self.marks: dict[uuid.UUID, ReviewMark] = {}
        self.callbacks: tuple[tuple[str, int, int], ...] = ()

    @property
    def loading(self) -> bool:
        """The rows of a reload or the next page are being read."""
        return self._desk_reads.busy

    def reload(self, search: str | None = None) -> None:
        """Read the rows of :attr:`where` again, from the newest (the words to find are part of the filter)."""
        read, where = self._read, self.where
        self._desk_reads.run(lambda: read(where, None), self._arrived, self._failed)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._rows or self.loading:
            return
        read, where, cursor = self._read, self.where, self._rows[-1].cursor  # keyset paging
        self._desk_reads.run(lambda: read(where, cursor), self._arrived_more, self._failed)

    def _arrived(self, found: DeskRows) -> None:
        self.marks = dict(found.marks)
        self.callbacks = found.callbacks
        self._exhausted = not self._paged or len(found.rows) < PAGE_SIZE
        self.set_rows(found.rows)
        self.loaded.emit()

    def _arrived_more(self, found: DeskRows) -> None:
        self.marks.update(found.marks)
        self._exhausted = len(found.rows) < PAGE_SIZE
        self.append_rows(found.rows)
        self.loaded.emit()

    def set_mark(self, contact_id: uuid.UUID, mark: ReviewMark | None) -> None:
        if mark is None:
            self.marks.pop(contact_id, None)
        else:
            self.marks[contact_id] = mark
        for row in range(self.rowCount()):
            if self.row_at(row).id == contact_id:
                column = self.COLUMNS.index("review") if "review" in self.COLUMNS else 0
                self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def find(self, contact_id: uuid.UUID) -> int | None:
        return next((row for row in range(self.rowCount()) if self.row_at(row).id == contact_id), None)

    def remove(self, contact_id: uuid.UUID) -> None:
        row = self.find(contact_id)
        if row is not None:
            self.remove_row(row)

    def described(self) -> dict[str, Column[LogRow]]:
        return {
            **super().described(),
            "review": Column(
                lambda: self.tr("Review"),
                lambda row: self._mark_text(self.marks.get(row.id)),
                {Qt.ItemDataRole.ForegroundRole: lambda row: self._mark_tone(self.marks.get(row.id))},
            ),
        }

    @staticmethod
    def _mark_tone(mark: ReviewMark | None) -> QBrush | None:
        if mark is not None and not mark.reviewed and mark.queued is QueueReason.RISK:
            return QBrush(tone_colour("error"))
        return None

    def _mark_text(self, mark: ReviewMark | None) -> str:
        if mark is None:
            return ""
        if mark.acknowledged:
            return self.tr("Reviewed, acknowledged")
        if mark.reviewed:
            return self.tr("Reviewed")
        if mark.queued is QueueReason.RISK:
            return self.tr("To review: risk")
        return self.tr("To review: sample")


def _no_pages(_search: str, _after: Any) -> list[LogRow]:
    """The base model's loader, never called: a desk list reads through its own :data:`DeskRead`."""
    return []


class DeskPage(QWidget):
    open_requested = Signal(uuid.UUID)

    def __init__(
        self,
        store: Store,
        user: SessionUser,
        users: list[SessionUser],
        topics: list[TopicChoice],
        language: str,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.filters = DeskFilters(users, topics, today or datetime.now().date())
        self.contacts = DeskLogModel(lambda where, after: call_or_raise(store, read_contacts, user, where, after), self)
        self.contacts_view = LogView(self.contacts)
        self.queue = DeskLogModel(
            lambda where, _after: call_or_raise(store, read_queue, user, where), self, paged=False
        )
        self.queue_view = LogView(self.queue)
        self.callbacks = DeskLogModel(
            lambda _where, _after: call_or_raise(store, read_callbacks, user, datetime.now().date()),
            self,
            columns=("due", "handled_by", "caller", "line", "risks", "summary"),
            paged=False,
        )
        self.callbacks_view = LogView(self.callbacks)
        self.callbacks_title = QLabel()
        self.callbacks_title.setWordWrap(True)
        self.workload = QTableWidget(0, 7)
        self.workload.setHorizontalHeaderLabels(
            [
                self.tr("Shift date"),
                self.tr("Shift"),
                self.tr("Counsellor"),
                self.tr("Contacts"),
                self.tr("Hours on the line"),
                self.tr("With a risk flag"),
                self.tr("Silent, hang-up, wrong, prank"),
            ]
        )
        self.workload.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workload.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workload.verticalHeader().hide()
        self.workload.verticalHeader().setDefaultSectionSize(24)
        self.workload.horizontalHeader().setStretchLastSection(True)
        self.workload_title = QLabel()
        self.workload_title.setWordWrap(True)
        self._workload_reads = Latest(self)
        self.panel = ReviewPanel(store, user, language)
        self.reading = QLabel()  # says that the lists are being read; empty when they are shown
        self.reading.setContentsMargins(8, 0, 8, 0)
        self._failure_said = False  # one message for a reload whose lists all fail (a locked store)

        self.lists = QTabWidget()
        self.lists.addTab(self.contacts_view, self.tr("Contacts"))
        self.lists.addTab(self.queue_view, self.tr("Review queue"))
        self.lists.addTab(self._titled(self.callbacks_title, self.callbacks_view), self.tr("Team callbacks"))
        self.lists.addTab(self._titled(self.workload_title, self.workload), self.tr("Workload"))
        self.lists.setCornerWidget(self.reading, Qt.Corner.TopRightCorner)
        splitter = QSplitter()
        splitter.addWidget(self.lists)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)

        for view in self._contact_views():
            view.open_requested.connect(self.open_requested)
            view.selectionModel().currentRowChanged.connect(lambda current, _previous, v=view: self._select(v, current))
            # Whatever rereads or reorders a list (filters, refresh, sort) ends with the panel on its highlighted row.
            view.model().modelReset.connect(lambda v=view: self._follow(v))
            view.model().layoutChanged.connect(lambda *_args, v=view: self._follow(v))
        self.contacts.loaded.connect(self._show_reading)
        self.queue.loaded.connect(self._queue_shown)
        self.callbacks.loaded.connect(self._callbacks_shown)
        for model in (self.contacts, self.queue, self.callbacks):
            model.failed.connect(self._failed)
        self.panel.open_requested.connect(self.open_requested)
        self.panel.saved.connect(self._review_saved)
        self.filters.changed.connect(self.apply_filters)
        self.lists.currentChanged.connect(lambda _index: self._show_current_of_list())
        self.reload()
        for view in (self.contacts_view, self.queue_view):
            for column, width in enumerate((122, 62, 130, 130, 120, 105, 120)):
                view.horizontalHeader().resizeSection(column, width)
        for column, width in enumerate((122, 105, 130, 62, 120)):
            self.callbacks_view.horizontalHeader().resizeSection(column, width)

    @staticmethod
    def _titled(title: QLabel, body: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(title)
        layout.addWidget(body, 1)
        return box

    # --- loading: read on the database worker, shown on the GUI thread when the rows arrive ----------------------
    def loading(self) -> bool:
        """A list is still being read."""
        return self.contacts.loading or self.queue.loading or self.callbacks.loading or self._workload_reads.busy

    def reload(self) -> None:
        """Read every list again; each keeps the contact under review highlighted if it is still listed."""
        self._read_filtered(self.contacts, self.queue)
        self.callbacks.reload()
        self.reload_workload()
        self._show_reading()

    def apply_filters(self) -> None:
        """The filters changed: the contacts, the queue and the workload follow them."""
        self._read_filtered(self.contacts, self.queue)
        self.reload_workload()
        self._show_reading()

    def _read_filtered(self, *models: DeskLogModel) -> None:
        self._failure_said = False
        where = self.filters.current() or ReviewFilter()
        for model in models:
            model.where = where
            model.reload()

    def reload_workload(self) -> None:
        period = self.filters.period()
        if period is None:
            return
        where = self.filters.current()
        counsellor = where.counsellor_id if where is not None else None
        store, user = self.store, self.user
        self._workload_reads.run(
            lambda: call_or_raise(store, shift_desk.workload, user, *period),
            lambda rows: self._show_workload(rows, period, counsellor),
            self._failed,
        )

    def _show_workload(self, rows: list[WorkloadRow], period: tuple[date, date], counsellor: uuid.UUID | None) -> None:
        rows = [row for row in rows if counsellor is None or row.counsellor_id == counsellor]
        self.workload.setSortingEnabled(False)
        self.workload.setRowCount(len(rows))
        for n, row in enumerate(rows):
            heavy = row.risk_contacts >= HEAVY_RISK_CONTACTS
            values: list[tuple[Any, str]] = [
                (row.shift_date.isoformat(), row.shift_date.strftime("%d.%m.%Y")),
                (row.shift.value, labels.label(row.shift)),
                (row.counsellor_name, row.counsellor_name),
                (row.contacts, str(row.contacts)),
                (row.seconds_on_line, f"{row.hours_on_line:.1f}"),
                (row.risk_contacts, str(row.risk_contacts)),
                (row.non_data, str(row.non_data)),
            ]
            for column, (key, text) in enumerate(values):
                item = _SortItem(text, key)
                if heavy:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.workload.setItem(n, column, item)
        self.workload.setSortingEnabled(True)
        self.workload.resizeColumnsToContents()
        first, last = period
        self.workload_title.setText(
            fill(
                self.tr("Shifts starting from %1 to %2. Shifts with %3 or more contacts with a risk flag are in bold."),
                first.strftime("%d.%m.%Y"),
                last.strftime("%d.%m.%Y"),
                str(HEAVY_RISK_CONTACTS),
            )
        )
        self._show_reading()

    def _queue_shown(self) -> None:
        self._update_queue_title()
        self._show_reading()

    def _callbacks_shown(self) -> None:
        summary = [
            fill(self.tr("%1: %2 (%3 overdue)"), name, str(due), str(overdue))
            for name, due, overdue in self.callbacks.callbacks
        ]
        self.callbacks_title.setText(
            self.tr("Callbacks due today or overdue, by counsellor. ") + " · ".join(summary)
            if summary
            else self.tr("No callbacks are due today or overdue.")
        )
        self._show_reading()

    def _show_reading(self) -> None:
        self.reading.setText(self.tr("Reading the lists…") if self.loading() else "")

    def _failed(self, error: Exception) -> None:
        """A list could not be read: the rows shown stay, and the reason is said once for the reload."""
        self._show_reading()
        if not self._failure_said:
            self._failure_said = True
            messages.report(self, error)

    def _update_queue_title(self) -> None:
        self.lists.setTabText(1, fill(self.tr("Review queue (%1)"), str(self.queue.rowCount())))

    # --- selection and reviews -----------------------------------------------------------------------------------
    def _contact_views(self) -> tuple[LogView, LogView, LogView]:
        return (self.contacts_view, self.queue_view, self.callbacks_view)

    def _visible_view(self) -> LogView | None:
        """The list of contacts in front (none on the workload tab)."""
        views = self._contact_views()
        index = self.lists.currentIndex()
        return views[index] if 0 <= index < len(views) else None

    @staticmethod
    def _model(view: LogView) -> DeskLogModel:
        model = view.model()
        assert isinstance(model, DeskLogModel)
        return model

    def _select(self, view: LogView, current: QModelIndex) -> None:
        """A row was highlighted: the panel shows it, if its list is the one in front (a list behind the tabs that
        changes its highlight, after a reload, must not take the panel away from the row in front)."""
        model = self._model(view)
        if view is self._visible_view() and current.isValid() and 0 <= current.row() < model.rowCount():
            self.panel.show_contact(model.row_at(current.row()))

    def _follow(self, view: LogView) -> None:
        """After a list was reread: the contact under review stays highlighted if it is still listed; otherwise the
        list in front highlights its first row (and the panel shows it), or the panel is emptied with the list."""
        model = self._model(view)
        shown = self.panel.contact
        row = model.find(shown.id) if shown is not None else None
        if row is None and view is self._visible_view():
            if not model.rowCount():
                self.panel.show_contact(None)
                return
            row = 0
        if row is not None:
            view.selectRow(row)  # highlighted and current: shown by _select if its list is in front
            target = model.row_at(row)
            if view is self._visible_view() and (self.panel.contact is None or self.panel.contact.id != target.id):
                self.panel.show_contact(target)

    def _show_current_of_list(self) -> None:
        view = self._visible_view()
        if view is None:
            return
        current = view.currentIndex()
        if current.isValid():
            self._select(view, current)
        else:
            self._follow(view)

    def _review_saved(self, contact_id: uuid.UUID) -> None:
        """Update the marks in place; the queue loses the contact (it is reviewed) but the panel stays on it."""
        try:  # without the mark the lists show none until they are read again
            marks = call(Route(self, quiet=(KnownError,)), self.store, review.review_marks, [contact_id])
        except KnownError:
            marks = FAILED
        mark = None if isinstance(marks, Failed) else marks.get(contact_id)
        for model in (self.contacts, self.callbacks):
            model.set_mark(contact_id, mark)
        if _current_id(self.queue_view) == contact_id:
            self.queue_view.selectionModel().clear()  # no row highlighted rather than the next one under this panel
        self.queue.remove(contact_id)
        self._update_queue_title()
        for model in (self.contacts, self.queue):
            if model.loading:  # its read may have begun before the save: read it again, after it
                model.reload()

    def refresh(self) -> None:
        """After a contact was saved elsewhere: the lists may have changed; the panel keeps its input."""
        self.reload()


def _current_id(view: LogView) -> uuid.UUID | None:
    model = view.model()
    current = view.currentIndex()
    if not isinstance(model, DeskLogModel) or not current.isValid() or current.row() >= model.rowCount():
        return None
    return model.row_at(current.row()).id


class _SortItem(QTableWidgetItem):
    """A cell that sorts by a key (a number, an ISO date) rather than by its text."""

    def __init__(self, text: str, key: Any) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _SortItem) and type(self.key) is type(other.key):
            return bool(self.key < other.key)
        return super().__lt__(other)
