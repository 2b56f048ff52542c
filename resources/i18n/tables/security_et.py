"""Estonian for guarding the data: audit trail, lock, passphrase, caller number, retention, legal hold (issue 5)."""

TRANSLATIONS = {
    ("AdminDialog", "Security"): "Turvalisus",
    ("Application", "Old personal data could not be anonymised today (%1) The next start tries again."): (
        "Vanu isikuandmeid ei õnnestunud täna anonüümida (%1) Järgmisel käivitamisel proovitakse uuesti."
    ),
    ("AuditDialog", "Audit trail"): "Auditilogi",
    ("AuditDialog", "ID code, phone or case number"): "Isikukood, telefon või juhtumi number",
    ("AuditDialog", "&Show"): "&Näita",
    ("AuditDialog", "&More"): "&Veel",
    ("AuditDialog", "&Check the chain"): "&Kontrolli ahelat",
    ("AuditDialog", "&Export CSV…"): "&Ekspordi CSV…",
    ("AuditDialog", "&Period"): "&Periood",
    ("AuditDialog", "&User"): "Kas&utaja",
    ("AuditDialog", "&Kind"): "&Liik",
    ("AuditDialog", "Pe&rson"): "&Isik",
    ("AuditDialog", "The end of the period is before its start."): "Perioodi lõpp on enne selle algust.",
    ("AuditDialog", "No person has this ID code, phone or case number."): (
        "Selle isikukoodi, telefoni või juhtumi numbriga isikut ei ole."
    ),
    ("AuditDialog", "The audit trail is intact: %1 entries checked."): "Auditilogi on terve: kontrolliti %1 kirjet.",
    ("AuditDialog", "The audit trail is broken: its newest entries do not match the recorded tip."): (
        "Auditilogi on rikutud: selle uusimad kirjed ei vasta salvestatud otsale."
    ),
    ("AuditDialog", "The audit trail is broken at entry %1: it was changed, removed or relinked."): (
        "Auditilogi on rikutud kirjest %1 alates: seda on muudetud, see on eemaldatud või ümber seotud."
    ),
    ("AuditDialog", "Export the audit trail"): "Auditilogi eksport",
    ("AuditDialog", "CSV files (*.csv)"): "CSV-failid (*.csv)",
    ("AuditDialog", "Saved: %1"): "Salvestatud: %1",
    ("AuditModel", "When"): "Millal",
    ("AuditModel", "User"): "Kasutaja",
    ("AuditModel", "What"): "Mida",
    ("AuditModel", "Record"): "Kirje",
    ("AuditModel", "Screen"): "Vaade",
    ("AuditModel", "Details"): "Üksikasjad",
    ("AuditModel", "yes"): "jah",
    ("AuditModel", "no"): "ei",
    ("CaseDialog", "Put on &legal hold…"): "Lisa &säilitusnõue…",
    ("CaseDialog", "A case on legal hold keeps its personal data, however long it stays quiet"): (
        "Säilitusnõudega juhtumi isikuandmed jäävad alles, ükskõik kui kaua juhtumis midagi ei toimu"
    ),
    ("CaseDialog", "&Release the hold"): "&Lõpeta säilitusnõue",
    ("CaseDialog", "Personal data removed by retention on %1."): "Isikuandmed kustutati säilitustähtaja möödudes %1.",
    ("CaseDialog", "On legal hold since %1 (%2). Reason: %3"): "Säilitusnõue alates %1 (%2). Põhjus: %3",
    ("CaseDialog", "On legal hold since %1. Reason: %2"): "Säilitusnõue alates %1. Põhjus: %2",
    ("CaseDialog", "Not on legal hold."): "Säilitusnõuet ei ole.",
    ("CaseDialog", "Release the hold"): "Säilitusnõude lõpetamine",
    (
        "CaseDialog",
        "Release the legal hold of case %1? Retention will then remove its personal data once the case has been "
        "quiet for the retention period.",
    ): (
        "Kas lõpetada juhtumi %1 säilitusnõue? Siis kustutatakse selle isikuandmed, kui juhtumis pole "
        "säilitustähtaja jooksul midagi toimunud."
    ),
    ("CaseDialog", "Put on legal hold"): "Säilitusnõue lisatud",
    ("CaseDialog", "Personal data removed by retention"): "Isikuandmed kustutati säilitustähtaja möödudes",
    ("ChangePasswordDialog", "Change my password"): "Minu parooli muutmine",
    ("ChangePasswordDialog", "&Current password"): "&Praegune parool",
    ("ChangePasswordDialog", "&New password (at least 10 characters)"): "&Uus parool (vähemalt 10 märki)",
    ("ChangePasswordDialog", "&Repeat the new password"): "&Korda uut parooli",
    ("ContactForm", "Retention removed this contact's personal data on %1; it can no longer be changed."): (
        "Selle pöördumise isikuandmed kustutati säilitustähtaja möödudes %1; seda ei saa enam muuta."
    ),
    ("HoldReasonDialog", "Legal hold for case %1"): "Juhtumi %1 säilitusnõue",
    (
        "HoldReasonDialog",
        "Why must this case keep its personal data? Say who asked and for which matter (e.g. a court case).",
    ): "Miks peavad selle juhtumi isikuandmed alles jääma? Kirjuta, kes palus ja millise asja jaoks (nt kohtuasi).",
    ("HoldReasonDialog", "Put on &hold"): "&Lisa säilitusnõue",
    ("IdentitySection", "Caller's number, if they agree (kept only as a code)"): (
        "Helistaja number, kui ta nõustub (hoitakse ainult koodina)"
    ),
    (
        "IdentitySection",
        "The number is not stored: only a code made from it, so the program can tell when the same number calls "
        "again, while nobody can read the number back.",
    ): (
        "Numbrit ei salvestata: hoitakse vaid sellest tehtud koodi, et programm tunneks sama numbri uue kõne ära, "
        "kuid numbrit ei saa keegi koodist tagasi lugeda."
    ),
    ("IdentitySection", "N&umber"): "Nu&mber",
    ("IdentitySection", "A number is remembered for this contact (as a code)."): (
        "Selle pöördumise juures on number meeles (koodina)."
    ),
    ("IdentitySection", "This number has not called before."): "Sellelt numbrilt pole varem helistatud.",
    ("IdentitySection", "Earlier calls from this number: %n, the last on %1."): (
        "Varasemaid kõnesid sellelt numbrilt: %n, viimane %1.",
        "Varasemaid kõnesid sellelt numbrilt: %n, viimane %1.",
    ),
    ("IdentitySection", "Earlier contacts from this number"): "Varasemad pöördumised sellelt numbrilt",
    ("Labels", "Logged in"): "Sisselogimine",
    ("Labels", "Failed log-in"): "Ebaõnnestunud sisselogimine",
    ("Labels", "Log-in refused (locked out)"): "Sisselogimine keelatud (konto lukus)",
    ("Labels", "Opened personal data"): "Isikuandmete vaatamine",
    ("Labels", "Created"): "Loodud",
    ("Labels", "Changed"): "Muudetud",
    ("Labels", "Notice made"): "Teatis koostatud",
    ("Labels", "Notice marked sent"): "Teatis märgitud saadetuks",
    ("Labels", "Export"): "Eksport",
    ("Labels", "User added"): "Kasutaja lisatud",
    ("Labels", "User changed"): "Kasutajat muudetud",
    ("Labels", "Own password changed"): "Oma parool muudetud",
    ("Labels", "Password reset by an administrator"): "Administraator lähtestas parooli",
    ("Labels", "Anonymised (retention)"): "Anonüümitud (säilitustähtaeg)",
    ("Labels", "Legal hold changed"): "Säilitusnõuet muudetud",
    ("LockController", "%1 – locked"): "%1 – lukus",
    ("LockController", "Type your password."): "Sisesta oma parool.",
    (
        "LockController",
        "%1 wrong passwords in a row. If you cannot unlock, ask a shift lead or an administrator.\n"
        "You can try again in %2 seconds.",
    ): (
        "%1 valet parooli järjest. Kui lukku avada ei õnnestu, pöördu vahetuse juhi või administraatori poole.\n"
        "Uuesti saad proovida %2 sekundi pärast."
    ),
    ("LockController", "This is not your password. Try again."): "See ei ole sinu parool. Proovi uuesti.",
    ("LockPage", "Locked – %1"): "Lukus – %1",
    ("LockPage", "Open contacts and everything typed are kept.\nType your password to go on."): (
        "Avatud pöördumised ja kõik sisestatu on alles.\nJätkamiseks sisesta oma parool."
    ),
    ("LockPage", "&Password"): "&Parool",
    ("LockPage", "&Unlock"): "&Ava lukk",
    (
        "LockPage",
        "There is no log-out here, so nothing typed is lost.\n"
        "To leave this computer to someone else, unlock, save your work and quit.",
    ): (
        "Siit välja logida ei saa, et midagi sisestatut ei kaoks.\n"
        "Kui arvuti jääb kellelegi teisele, ava lukk, salvesta töö ja välju."
    ),
    ("LockPage", "Type your password in the window in front."): "Sisesta oma parool eespool olevas aknas.",
    ("MainWindow", "&Lock screen"): "&Lukusta ekraan",
    ("MainWindow", "Change my &password…"): "Muuda oma &parooli…",
    ("MainWindow", "Audit &trail…"): "&Auditilogi…",
    ("MainWindow", "Your password is changed."): "Sinu parool on muudetud.",
    (
        "Messages",
        "The number cannot be remembered here: this computer has no usable keyring for the code's secret. "
        "Clear the field to save the contact without it.",
    ): (
        "Numbrit ei saa siin meelde jätta: selles arvutis pole koodi saladuse hoidmiseks kasutatavat võtmehoidlat. "
        "Tühjenda väli, et salvestada pöördumine ilma numbrita."
    ),
    ("Messages", "This is not your current password."): "See ei ole sinu praegune parool.",
    ("Messages", "The new password must differ from the current one."): "Uus parool peab praegusest erinema.",
    ("Messages", "The screen locks after 1 to 120 minutes without input."): (
        "Ekraan lukustub pärast 1 kuni 120 minutit tegevusetust."
    ),
    ("Messages", "Personal data are kept for 6 to 240 months after a case's last activity."): (
        "Isikuandmeid hoitakse 6 kuni 240 kuud pärast juhtumi viimast tegevust."
    ),
    ("Messages", "Say why the case is on hold (who asked, which matter)."): (
        "Kirjuta, miks juhtumil on säilitusnõue (kes palus, millise asja jaoks)."
    ),
    ("Messages", "Retention removed this contact's personal data; it can no longer be changed."): (
        "Selle pöördumise isikuandmed on säilitustähtaja möödudes kustutatud; seda ei saa enam muuta."
    ),
    ("Messages", "This case's personal data were already removed; there is nothing left to hold."): (
        "Selle juhtumi isikuandmed on juba kustutatud; säilitada pole enam midagi."
    ),
    (
        "Messages",
        "The store's key is kept in the system keyring, which cannot be reached now. Log in to your desktop "
        "session (the keyring opens with it), then start the program again.",
    ): (
        "Andmehoidla võtit hoitakse süsteemi võtmehoidlas, millele praegu ligi ei pääse. Logi sisse oma "
        "töölauaseanssi (võtmehoidla avaneb koos sellega) ja käivita programm uuesti."
    ),
    (
        "Messages",
        "The store could not be unlocked: the key or passphrase does not match, or the file is damaged. Check the "
        "passphrase; if the keyring's key fails, ask the administrator to restore the newest backup.",
    ): (
        "Andmehoidlat ei õnnestunud avada: võti või salafraas ei sobi või fail on kahjustatud. Kontrolli "
        "salafraasi; kui võtmehoidla võti ei sobi, palu administraatoril taastada uusim varukoopia."
    ),
    (
        "Messages",
        "Too many wrong passwords in a row: try again in %n minute(s), or ask an administrator to reset the password.",
    ): (
        "Liiga palju valesid paroole järjest: proovi uuesti %n minuti pärast või palu administraatoril parool "
        "lähtestada.",
        "Liiga palju valesid paroole järjest: proovi uuesti %n minuti pärast või palu administraatoril parool "
        "lähtestada.",
    ),
    ("PassphraseDialog", "Store passphrase – %1"): "Andmehoidla salafraas – %1",
    (
        "PassphraseDialog",
        "This computer has no usable keyring to keep the store's key, so the store will be protected by a "
        "passphrase instead. Choose one of at least %1 characters and keep it safe: without it nobody, not even an "
        "administrator, can open the data.",
    ): (
        "Selles arvutis pole andmehoidla võtme hoidmiseks kasutatavat võtmehoidlat, seepärast kaitseb andmehoidlat "
        "salafraas. Vali vähemalt %1 märgi pikkune salafraas ja hoia see kindlas kohas: ilma selleta ei saa andmeid "
        "avada keegi, ka mitte administraator."
    ),
    ("PassphraseDialog", "The store is protected by a passphrase. Type it to open the store."): (
        "Andmehoidla on kaitstud salafraasiga. Andmehoidla avamiseks sisesta see."
    ),
    ("PassphraseDialog", "&Passphrase"): "&Salafraas",
    ("PassphraseDialog", "&Repeat it"): "&Korda seda",
    (
        "PassphraseDialog",
        "That passphrase did not open the store. Check Caps Lock and the keyboard layout, and try again.",
    ): "See salafraas andmehoidlat ei avanud. Kontrolli Caps Locki ja klaviatuuripaigutust ning proovi uuesti.",
    ("PassphraseDialog", "The passphrase needs at least %1 characters."): "Salafraasis peab olema vähemalt %1 märki.",
    ("PassphraseDialog", "The two passphrases differ."): "Kaks salafraasi erinevad.",
    ("PassphraseDialog", "Type the passphrase."): "Sisesta salafraas.",
    ("SecurityPage", " min"): " min",
    (
        "SecurityPage",
        "Without keyboard or mouse input for this long, every window of the program hides its contents until the "
        "user's password is typed. Ctrl+L locks at once.",
    ): (
        "Kui klaviatuuri ega hiirt pole nii kaua kasutatud, peidab programmi iga aken oma sisu, kuni kasutaja "
        "sisestab oma parooli. Ctrl+L lukustab kohe."
    ),
    ("SecurityPage", " months"): " kuud",
    (
        "SecurityPage",
        "Names, ID codes, contacts, summaries and notes of an identified caller's case are removed once nothing "
        "has happened in the case for this long. The statistics keep every count.",
    ): (
        "Tuvastatud pöörduja juhtumi nimed, isikukoodid, kontaktid, kokkuvõtted ja märkused kustutatakse, kui "
        "juhtumis pole nii kaua midagi toimunud. Statistika jääb täielikuks."
    ),
    ("SecurityPage", "&Lock the screen after"): "&Lukusta ekraan pärast",
    ("SecurityPage", "&Keep personal data for"): "&Hoia isikuandmeid",
    (
        "SecurityPage",
        "A locked screen keeps everything that was being typed; only the logged-in user's password opens it. "
        "The new time applies on every workstation within a minute.",
    ): (
        "Lukus ekraan hoiab alles kõik sisestatu; selle avab ainult sisse logitud kasutaja parool. Uus aeg "
        "hakkab kõigis tööjaamades kehtima minuti jooksul."
    ),
    ("SecurityPage", "&Save security settings"): "&Salvesta turvaseaded",
    ("SecurityPage", "&Preview what retention removes"): "&Eelvaade: mida säilitustähtaeg kustutab",
    ("SecurityPage", "&Anonymise now"): "&Anonüümi kohe",
    ("SecurityPage", "Kept for %1 months: cases without activity since %2."): (
        "Hoitakse %1 kuud: juhtumid, milles pole toimunud midagi alates %2."
    ),
    ("SecurityPage", "Case %1: last activity %2, %3 contact(s), %4 aid decision(s)"): (
        "Juhtum %1: viimane tegevus %2, pöördumisi %3, abi otsuseid %4"
    ),
    ("SecurityPage", "The names, ID codes and contacts of %n person(s) go too."): (
        "Kustuvad ka %n isiku nimi, isikukood ja kontaktid.",
        "Kustuvad ka %n isiku nimed, isikukoodid ja kontaktid.",
    ),
    ("SecurityPage", "Nothing is due."): "Kustutada pole midagi.",
    ("SecurityPage", "Anonymise now"): "Anonüümi kohe",
    (
        "SecurityPage",
        "Remove the personal data listed? This cannot be undone; the audit trail records each case and person.",
    ): "Kas kustutada loetletud isikuandmed? Seda ei saa tagasi võtta; auditilogi salvestab iga juhtumi ja isiku.",
    ("SecurityPage", "Anonymised: %1 case(s), %2 person(s)."): "Anonüümitud: juhtumeid %1, isikuid %2.",
    ("SecurityPage", "Saved."): "Salvestatud.",
}

TRANSLATIONS |= {
    ("SecurityPage", "Screen lock"): "Ekraanilukk",
    ("SecurityPage", "Retention of personal data"): "Isikuandmete säilitamine",
    (
        "SecurityPage",
        "Counted from a case's last activity. Names, ID codes, contacts, summaries and notes are then removed at "
        "the next start; the statistics keep every count. A case on legal hold is kept.",
    ): (
        "Arvestatakse juhtumi viimasest tegevusest. Seejärel kustutatakse järgmisel käivitamisel nimed, "
        "isikukoodid, kontaktid, kokkuvõtted ja märkused; statistika jääb täielikuks. Säilitusnõudega juhtum jääb "
        "alles."
    ),
}
