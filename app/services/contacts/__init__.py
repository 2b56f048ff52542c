"""Contacts: logging, opening and editing them, the log, cases, repeat callers, topics."""
