"""Estonian for the store's integrity check once the window is up (issue 13; fill_translations.py)."""

TRANSLATIONS = {
    (
        "Integrity",
        "The program's check of the store found it damaged (a failing disk, or the file changed outside the program). So that the damage does not spread, nothing more can be saved. Write down on paper what you are working on, then close the program and start it again: it will offer to restore the newest good backup. Tell your administrator.",
    ): "Programmi kontroll leidis, et andmebaas on kahjustatud (rikkis ketas või faili muudeti väljaspool programmi). Et kahju ei leviks, ei saa enam midagi salvestada. Kirjuta pooleliolev töö paberile, sulge programm ja käivita see uuesti: programm pakub taastada uusima korras varukoopia. Teata oma administraatorile.",
}
