"""Russian for issue 12: the contact history's names of the fields the form does not show."""

TRANSLATIONS = {
    ("HistoryDialog", "Sex"): "Пол",
    ("HistoryDialog", "Ended"): "Завершён",
    ("HistoryDialog", "Linked caller"): "Связанный обратившийся",
}
