"""Use cases: plain functions taking a unit of work, the acting user and plain values. No Qt here."""
