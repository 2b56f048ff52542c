"""Shared widgets, messages, formatting, translation, themes and background tasks."""
