"""The period's statistics for the shift lead."""
