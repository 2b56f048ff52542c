"""Estonian for issue 12: the contact history's names of the fields the form does not show."""

TRANSLATIONS = {
    ("HistoryDialog", "Sex"): "Sugu",
    ("HistoryDialog", "Ended"): "Lõppes",
    ("HistoryDialog", "Linked caller"): "Seotud pöörduja",
}
