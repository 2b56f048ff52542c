"""The shift lead's statistics tab: a period, its figures and charts, and the XLSX / CSV / PDF exports.

The query runs off the GUI thread (:func:`app.ui.kit.tasks.run_in_background`), so do the exports. Files are written to
a temporary file beside the target and renamed over it, so a failed write never leaves half a file behind.

The results are drawn a piece per event-loop turn (:meth:`StatisticsPage._fill`), from the top of the page down: the
figures and the aid table, the trend, each bar chart (built and put in place of the one it replaces), the topics, the
heat map. All eight charts at once blocked the window for about 100 ms (``bench/statistics_redraw.py``); a piece with
its paint stays well under the 50 ms a key press may wait. The page stays busy (the progress bar moves, the buttons
wait) until the last piece is shown; a change of language meanwhile counts and draws again when it is.
"""

from __future__ import annotations

import functools
import io
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.files import write_atomically
from app.services import local_time
from app.services.actor import SessionUser
from app.services.documents.statistics_export import Labels, to_csv, to_xlsx
from app.services.guard import audit
from app.services.statistics import figures as statistics
from app.services.statistics.figures import WEEKDAYS, Granularity, PeriodStatistics
from app.store.db import Store
from app.ui.kit import formatting, messages
from app.ui.kit.calls import call
from app.ui.kit.i18n import current_language
from app.ui.kit.tasks import run_in_background
from app.ui.kit.text import fill
from app.ui.kit.widgets import ErrorLabel
from app.ui.statistics.boxes import AidBox, OverviewBox
from app.ui.statistics.charts import bar_chart, trend_chart
from app.ui.statistics.heatmap import HeatMap
from app.ui.statistics.labels import StatisticsLabels, interface_language, topic_names

# (chart key, count attribute of PeriodStatistics, vocabulary kind) in the order the grid shows them.
BAR_CHARTS = (
    ("line", "by_line"),
    ("channel", "by_channel"),
    ("direction", "by_direction"),
    ("language", "by_language"),
    ("caller_type", "by_caller_type"),
    ("kind", "by_kind"),
)
GRID_COLUMNS = 6  # the results grid: three charts a row, or one and two thirds
# Where each chart goes in the results grid: row, column, rows, columns, alignment.
PLACES: dict[str, tuple[int, int, int, int, Qt.AlignmentFlag]] = {
    "trend": (0, 2, 1, 4, Qt.AlignmentFlag(0)),
    **{key: (1 + index // 3, (index % 3) * 2, 1, 2, Qt.AlignmentFlag(0)) for index, (key, _a) in enumerate(BAR_CHARTS)},
    "topic": (3, 0, 1, 3, Qt.AlignmentFlag.AlignTop),
}


def last_full_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def quick_periods(today: date) -> dict[str, tuple[date, date]]:
    """This month and this year run to today; the last ones are whole."""
    last_month = last_full_month(today)
    return {
        "this_month": (today.replace(day=1), today),
        "last_month": last_month,
        "this_year": (date(today.year, 1, 1), today),
        "last_year": (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
    }


def csv_zip(stats: PeriodStatistics, labels: Labels) -> bytes:
    """The CSV tables as one ZIP: one file to save, send and replace at once (see the report for why)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, (code, text) in enumerate(to_csv(stats, labels).items(), start=1):
            archive.writestr(f"{number:02d}_{code}.csv", text.encode("utf-8-sig"))  # BOM: Excel then reads UTF-8
    return out.getvalue()


class StatisticsPage(QWidget):
    """Shift leads and administrators only: the main window does not add it for counsellors (and the service
    refuses them anyway). ``language`` names the topics; by default the interface's."""

    def __init__(
        self,
        store: Store,
        user: SessionUser,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.language = language or interface_language()
        self.today = today or date.today()
        self.stats: PeriodStatistics | None = None
        self.labels: Labels = StatisticsLabels({})
        self.busy = False  # counting, or drawing what was counted
        self._drawing: Iterator[None] | None = None  # the results still being drawn, a piece per event-loop turn
        self._draw_next = QTimer(self)
        self._draw_next.setSingleShot(True)
        self._draw_next.setInterval(0)
        self._draw_next.timeout.connect(self._draw_piece)
        self._count_again = False  # the language changed while busy: count and draw again in it when done
        since, until = last_full_month(self.today)
        self.since, self.until = self._date_edit(since), self._date_edit(until)
        self.period_error = ErrorLabel()
        self.granularity = QComboBox()
        for value in Granularity:
            self.granularity.addItem(self.labels("granularity", value.value), value.value)
        self._reset_granularity()
        self.show_button = QPushButton(self.tr("Sho&w"))
        self.show_button.setToolTip(self.tr("Count the contacts of the period (Ctrl+Return)"))
        self.show_button.setShortcut("Ctrl+Return")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # no steps to count: the bar just moves while the query runs
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self.tr("Choose a period and press Show."))
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.csv_button = QPushButton(self.tr("&Export CSV…"))
        self.pdf_button = QPushButton(self.tr("&PDF report…"))
        self.csv_button.setToolTip(self.tr("One CSV file per table, together in a ZIP file"))
        self.quick: dict[str, QPushButton] = {
            "this_month": QPushButton(self.tr("This month")),
            "last_month": QPushButton(self.tr("Last month")),
            "this_year": QPushButton(self.tr("This year")),
            "last_year": QPushButton(self.tr("Last year")),
        }
        self.results = QWidget()
        self._build_results()
        self._lay_out()
        self._set_exports_enabled(False)
        self.since.dateChanged.connect(self._period_changed)
        self.until.dateChanged.connect(self._period_changed)
        self.show_button.clicked.connect(self.show_statistics)
        for key, button in self.quick.items():
            button.clicked.connect(lambda _=False, k=key: self.choose_quick(k))
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)

    # --- building -------------------------------------------------------------------------------------------

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        return edit

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        from_label, to_label = QLabel(self.tr("&From")), QLabel(self.tr("&to"))
        from_label.setBuddy(self.since)
        to_label.setBuddy(self.until)
        for widget in (from_label, self.since, to_label, self.until):
            period.addWidget(widget)
        period.addSpacing(12)
        for button in self.quick.values():
            period.addWidget(button)
        period.addSpacing(12)
        granularity_label = QLabel(self.tr("Trend &by"))
        granularity_label.setBuddy(self.granularity)
        period.addWidget(granularity_label)
        period.addWidget(self.granularity)
        period.addSpacing(12)
        period.addWidget(self.show_button)
        period.addWidget(self.progress)
        period.addStretch()
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        for button in (self.xlsx_button, self.csv_button, self.pdf_button):
            actions.addWidget(button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.results)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.period_error)
        layout.addLayout(actions)
        layout.addWidget(scroll, 1)

    def _build_results(self) -> None:
        self.grid = QGridLayout(self.results)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(10)
        for column in range(GRID_COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.overview = OverviewBox(self.labels)
        self.heat_map = HeatMap()
        self.heat_box = QGroupBox(self.tr("Contacts by weekday and hour started (number of contacts, local time)"))
        QVBoxLayout(self.heat_box).addWidget(self.heat_map)
        self.aid_box = AidBox(self.tr("Aid decisions by outcome and limit category (number; amounts in euros)"))
        self.charts: dict[str, QChartView] = {}
        place = self.grid.addWidget
        place(self.overview, 0, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        place(self.aid_box, 3, 3, 1, 3, Qt.AlignmentFlag.AlignTop)
        place(self.heat_box, 4, 0, 1, GRID_COLUMNS)
        self.grid.setRowStretch(5, 1)

    def _titles(self) -> dict[str, str]:
        return {
            "line": self.tr("All contacts by line (number of contacts)"),
            "channel": self.tr("All contacts by channel (number of contacts)"),
            "direction": self.tr("All contacts by direction (number of contacts)"),
            "language": self.tr("Counselling contacts by language (number of contacts)"),
            "caller_type": self.tr("Counselling contacts by caller type (number of contacts)"),
            "kind": self.tr("All contacts by kind (number of contacts)"),
            "topic": self.tr("Counselling contacts by topic (number of contacts; a contact may have several)"),
        }

    # --- the period -----------------------------------------------------------------------------------------

    @staticmethod
    def _day(edit: QDateEdit) -> date:
        value = edit.date()
        return date(value.year(), value.month(), value.day())

    def _period_changed(self) -> None:
        if self._day(self.since) <= self._day(self.until):
            self.period_error.clear_error()
        self._reset_granularity()

    def _reset_granularity(self) -> None:
        since, until = self._day(self.since), self._day(self.until)
        if since <= until:
            self.granularity.setCurrentIndex(self.granularity.findData(statistics.default_granularity(since, until)))

    def choose_quick(self, key: str) -> None:
        since, until = quick_periods(self.today)[key]
        self.since.setDate(QDate(since.year, since.month, since.day))
        self.until.setDate(QDate(until.year, until.month, until.day))
        self.show_statistics()

    # --- the query ------------------------------------------------------------------------------------------

    def show_statistics(self) -> None:
        if self.busy:
            return
        since, until = self._day(self.since), self._day(self.until)
        if until < since:
            self.period_error.show_error(messages.field_error("period.order"))
            self.until.setFocus()
            return
        self.period_error.clear_error()
        granularity = Granularity(self.granularity.currentData())
        store, user, language = self.store, self.user, self.language

        def work() -> tuple[PeriodStatistics, dict[str, str]]:  # plain values only: no widget here
            with store.unit_of_work() as uow:
                found = statistics.period_statistics(uow, user, since, until, granularity=granularity)
                return found, topic_names(uow, language)

        self._set_busy(True, self.tr("Counting the contacts…"))
        run_in_background(self, work, self._shown, self._failed, tied_to=self)  # a page gone meanwhile gets nothing

    def retranslate(self) -> None:
        """The interface language changed (app.ui.kit.i18n): the charts and figures shown are drawn again in it."""
        self.language = current_language()
        if self.busy:
            self._count_again = True
        elif self.stats is not None:
            self.show_statistics()

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.status.setText(text)
        for widget in (self.show_button, *self.quick.values()):
            widget.setEnabled(not busy)
        self._set_exports_enabled(not busy and self.stats is not None)

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.xlsx_button, self.csv_button, self.pdf_button):
            button.setEnabled(enabled)

    def _failed(self, error: Exception) -> None:
        self._count_again = False
        self._set_busy(False, self.tr("The statistics could not be counted."))
        messages.report(self, error)

    def _shown(self, result: tuple[PeriodStatistics, dict[str, str]]) -> None:
        self.stats, names = result
        self.labels = StatisticsLabels(names)
        self._drawing = self._fill(self.stats)
        self._draw_piece()

    def _draw_piece(self) -> None:
        """Draw the next piece of the results; the next waits for the next turn of the event loop."""
        if self._drawing is None:
            return
        try:
            next(self._drawing)
        except StopIteration:
            self._drawing = None
        else:
            self._draw_next.start()
            return
        assert self.stats is not None
        self._set_busy(False, self._period_text(self.stats))
        if self._count_again:
            self._count_again = False
            self.show_statistics()

    def _period_text(self, stats: PeriodStatistics) -> str:
        if not stats.total:
            return fill(
                self.tr("Shown: %1 – %2. %3"),
                formatting.day(stats.since),
                formatting.day(stats.until),
                self.labels("report", "no_data"),
            )
        return fill(
            self.tr("Shown: %1 – %2, %3 contacts."),
            formatting.day(stats.since),
            formatting.day(stats.until),
            formatting.number(stats.total),
        )

    # --- the results ----------------------------------------------------------------------------------------

    def _fill(self, stats: PeriodStatistics) -> Iterator[None]:
        """Show ``stats``, a piece per step: each ``yield`` lets the event loop paint and take the user's input."""
        self.overview.fill(stats)
        self.aid_box.fill(stats, self.labels)
        self.results.show()
        yield
        self._place("trend", self._trend(stats))  # from the top of the page down
        yield
        titles = self._titles()
        for index, (key, attribute) in enumerate(BAR_CHARTS):
            counts = getattr(stats, attribute)
            neighbours = BAR_CHARTS[index - index % 3 : index - index % 3 + 3]  # the charts of its row
            rows = max(len(getattr(stats, other)) for _key, other in neighbours)
            bars = [(self.labels(key, code), count) for code, count in counts.items()]
            self._place(key, bar_chart(titles[key], bars, rows=rows))
            yield
        topics = [(self.labels("topic", code), count) for code, count in stats.by_topic.items()]
        self._place("topic", bar_chart(titles["topic"], topics, empty=self.labels("report", "no_topics")))
        yield
        self._fill_heat_map(stats)

    def _place(self, key: str, chart: QChartView) -> None:
        """Put ``chart`` where the chart ``key`` goes, instead of the one shown there (deleted at the next turn)."""
        old = self.charts.get(key)
        if old is not None:
            self.grid.removeWidget(old)
            old.hide()
            old.deleteLater()
        row, column, rows, columns, alignment = PLACES[key]
        self.grid.addWidget(chart, row, column, rows, columns, alignment)
        self.charts[key] = chart

    def _trend(self, stats: PeriodStatistics) -> QChartView:
        axis = formatting.month if stats.granularity is Granularity.MONTH else formatting.day_month
        titles = {
            Granularity.DAY: self.tr("Contacts per day (number of contacts)"),
            Granularity.WEEK: self.tr("Contacts per week, by its Monday (number of contacts)"),
            Granularity.MONTH: self.tr("Contacts per month (number of contacts)"),
        }
        return trend_chart(
            titles[stats.granularity],
            [axis(point.start) for point in stats.trend],
            [
                (self.labels("report", "all_contacts"), [point.contacts for point in stats.trend]),
                (self.labels("report", "counselling"), [point.counselling for point in stats.trend]),
            ],
            self.labels("granularity", stats.granularity.value),
        )

    def _fill_heat_map(self, stats: PeriodStatistics) -> None:
        names = [self.labels("weekday_short", str(day)) for day in range(WEEKDAYS)]
        full = [self.labels("weekday", str(day)) for day in range(WEEKDAYS)]
        # once per number, not per cell on every paint (babel takes about 0.1 ms a number)
        self.heat_map.number = functools.lru_cache(maxsize=None)(formatting.number)
        self.heat_map.across = f"{self.labels('report', 'hour')} ({stats.tz})"
        self.heat_map.legend = self.labels("report", "heatmap_legend")
        self.heat_map.dark_legend = self.labels("report", "heatmap_legend_dark")
        self.heat_map.describe = lambda row, hour, count: fill(
            self.tr("%1, %2:00–%3:00: %4 contacts"),
            full[row],
            f"{hour:02d}",
            f"{(hour + 1) % 24:02d}",
            formatting.number(count),
        )
        self.heat_map.set_counts(stats.heatmap, names)

    # --- the exports ----------------------------------------------------------------------------------------

    def _ask_file(self, title: str, suffix: str, kinds: str) -> Path | None:
        assert self.stats is not None
        name = f"{self.tr('statistics')}_{self.stats.since:%Y-%m-%d}_{self.stats.until:%Y-%m-%d}.{suffix}"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder, name)), kinds)
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == f".{suffix}" else target.with_name(f"{target.name}.{suffix}")

    def export_xlsx(self) -> None:
        path = self._ask_file(self.tr("Export the statistics as XLSX"), "xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            today = self.today
            self._write(path, lambda stats, labels: to_xlsx(stats, labels, generated=today))

    def export_csv(self) -> None:
        path = self._ask_file(
            self.tr("Export the statistics as CSV files in a ZIP"), "zip", self.tr("ZIP files of CSV tables (*.zip)")
        )
        if path is not None:
            self._write(path, csv_zip)

    def export_pdf(self) -> None:
        path = self._ask_file(self.tr("Save the statistics report"), "pdf", self.tr("PDF documents (*.pdf)"))
        if path is not None:
            from app.services.documents.statistics_report import to_pdf  # reportlab: loaded at the first report

            now = datetime.now(ZoneInfo(self.stats.tz if self.stats else local_time.ZONE_NAME))
            self._write(path, lambda stats, labels: to_pdf(stats, labels, generated_at=now))

    def _write(self, path: Path, render: Callable[[PeriodStatistics, Labels], bytes]) -> None:
        """Render and write off the GUI thread; the statistics and labels are plain data."""
        stats, labels = self.stats, self.labels
        assert stats is not None

        def work() -> Path:
            write_atomically(path, render(stats, labels))
            return path

        self._set_busy(True, fill(self.tr("Writing %1…"), path.name))
        run_in_background(self, work, self._written, self._write_failed)

    def _written(self, path: Path) -> None:
        self._set_busy(False, fill(self.tr("Saved: %1"), str(path)))
        if self.stats is not None:
            details = {
                "format": path.suffix.lstrip("."),
                "since": str(self.stats.since),
                "until": str(self.stats.until),
            }
            call(self, self.store, audit.record_export, self.user, "statistics", details)

    def _write_failed(self, error: Exception) -> None:
        self._set_busy(False, self.tr("Not saved."))
        if isinstance(error, OSError):
            messages.show_write_error(self, error)
        elif isinstance(error, KnownError):
            messages.show_known_error(self, error)
        else:
            messages.report(self, error)
