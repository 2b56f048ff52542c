"""Estonian for issue 11's type-to-filter topic list in the contact form (scripts/fill_translations.py)."""

TRANSLATIONS = {
    ("TopicsPanel", "Type a few letters of a topic, Enter ticks it"): "Kirjuta teema paar tähte, Enter märgib selle",
    (
        "TopicsPanel",
        "Down goes to the topics found, Space ticks one there; Escape shows all topics again.",
    ): "Nool alla viib leitud teemadele, tühik märgib seal ühe; Escape näitab jälle kõiki teemasid.",
    ("TopicsPanel", "Find a topic"): "Otsi teemat",
    ("TopicsPanel", "No topic fits these letters."): "Nende tähtedega teemat ei ole.",
}
