"""Russian for the desk's lists read on the database worker (issue 13; fill_translations.py)."""

TRANSLATIONS = {
    ("DeskPage", "Reading the lists…"): "Загрузка списков…",
}
