"""The period's statistics as a PDF report for management (work in progress)."""

from __future__ import annotations

from datetime import datetime

from app.services.statistics import PeriodStatistics
from app.services.statistics_export import Labels


def to_pdf(stats: PeriodStatistics, labels: Labels, *, generated_at: datetime | None = None) -> bytes:
    """The report as A4 PDF bytes; identical bytes for identical statistics, labels and ``generated_at``."""
    raise NotImplementedError
