"""Estonian for issue 10's input checks: broken characters, look-alike user names (scripts/fill_translations.py)."""

TRANSLATIONS = {
    (
        "Messages",
        "The text holds invisible control characters or a broken character (from a paste); retype it.",
    ): "Tekstis on nähtamatuid juhtmärke või katkine märk (kleepimisest); kirjuta see uuesti.",
    (
        "Messages",
        "A user name has letters, digits and . - _ @ only: no invisible characters or symbols.",
    ): "Kasutajanimes on ainult tähed, numbrid ja . - _ @: mitte nähtamatuid märke ega sümboleid.",
    (
        "Messages",
        "A user name takes its letters from one alphabet (not Latin and Cyrillic mixed).",
    ): "Kasutajanime tähed on ühest tähestikust (mitte ladina ja kirillitsa segamini).",
    (
        "Messages",
        "This user name looks the same as an existing user's on the screen; choose another.",
    ): "See kasutajanimi näeb ekraanil välja nagu olemasoleva kasutaja oma; vali teine.",
}
