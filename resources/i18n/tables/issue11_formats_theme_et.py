"""Estonian for issue 11, points 9 and 12: formats, the theme switch, accessible names (fill_translations.py)."""

TRANSLATIONS = {
    ("DecisionDialog", "%1 (monthly minimum wage on %2)"): "%1 (kuupalga alammäär seisuga %2)",
    ("Theme", "&Colours"): "Vä&limus",
    ("Theme", "As the &system"): "Nagu &süsteemis",
    ("Theme", "&Light"): "&Hele",
    ("Theme", "&Dark"): "&Tume",
    ("Accessibility", "%1 (end)"): "%1 (lõpp)",
    (
        "Statistics",
        "the lighter the cell, the more contacts started in that hour over the whole period",
    ): "mida heledam lahter, seda rohkem pöördumisi algas selles tunnis kogu perioodi jooksul",
}
