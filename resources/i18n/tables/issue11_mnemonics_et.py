"""Estonian for issue 11, point 2: accelerators of the strings whose English Alt-key moved, and Estonian ones that clashed."""

TRANSLATIONS = {
    ("ReviewPanel", "Sav&e review"): "Salvesta hinnan&g",
    ("LockPage", "&Password"): "Pa&rool",
    ("LockPage", "Ch&ange user"): "Vaheta &kasutajat",
}
