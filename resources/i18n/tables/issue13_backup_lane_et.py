"""Estonian for backups and restores on their own lane (issue 13; fill_translations.py)."""

TRANSLATIONS = {
    ("Backups", "Checking the backup…"): "Kontrollin varukoopiat…",
    ("Backups", "Restoring the backup…"): "Taastan varukoopiat…",
}
