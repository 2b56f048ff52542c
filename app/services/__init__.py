"""Use cases: plain functions taking a unit of work, the acting user and plain values. No Qt here.

A use case that writes commits itself; the caller never commits. That holds for reads that write too (opening a
contact records the look in the audit trail, a page's station code is made on first use). A helper that other use
cases call inside their own transaction (``cases.station_code``, ``retention._anonymise``) does not commit; its
docstring says so. The UI calls use cases through ``app.ui.kit.calls``.
"""
