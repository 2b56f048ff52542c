"""Russian for backups and restores on their own lane (issue 13; fill_translations.py)."""

TRANSLATIONS = {
    ("Backups", "Checking the backup…"): "Проверка резервной копии…",
    ("Backups", "Restoring the backup…"): "Восстановление резервной копии…",
}
