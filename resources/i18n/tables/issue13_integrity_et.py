"""Estonian for the store's integrity check once the window is up (issue 13; fill_translations.py)."""

TRANSLATIONS = {
    (
        "Integrity",
        "The program's check of the store found it damaged (a failing disk, or the file changed outside the program). So that the damage does not spread, nothing more can be saved. Write down on paper what you are working on, then close the program and start it again: it will offer to restore the newest good backup. Tell your administrator.",
    ): "Programmi kontroll leidis, et andmebaas on kahjustatud (rikkis ketas või faili muudeti väljaspool programmi). Et kahju ei leviks, ei saa enam midagi salvestada. Kirjuta pooleliolev töö paberile, sulge programm ja käivita see uuesti: programm pakub taastada uusima korras varukoopia. Teata oma administraatorile.",
    (
        "Integrity",
        "The program was not closed properly last time, so the store is checked before it opens. On a very large store this takes up to a minute.",
    ): "Programm ei suletud eelmisel korral korralikult, seetõttu kontrollitakse andmebaasi enne avamist. Väga suure andmebaasi puhul võtab see kuni minuti.",
    (
        "Integrity",
        "A check found the store damaged last time, so it is checked again before it opens.",
    ): "Eelmisel korral leidis kontroll, et andmebaas on kahjustatud, seetõttu kontrollitakse seda enne avamist uuesti.",
    (
        "Integrity",
        "The store has not been checked in full for a week, so it is checked before it opens. On a very large store this takes up to a minute.",
    ): "Andmebaasi pole nädal aega täielikult kontrollitud, seetõttu kontrollitakse seda enne avamist. Väga suure andmebaasi puhul võtab see kuni minuti.",
}
