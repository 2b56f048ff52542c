"""Estonian for issue 11, point 5: log out and change user (Shift menu, lock screen, log-in, audit trail)."""

TRANSLATIONS = {
    ("MainWindow", "&Change user…"): "&Vaheta kasutajat…",
    ("MainWindow", "Let the next user log in; your unsaved forms wait for you"): (
        "Järgmine kasutaja saab sisse logida; sinu salvestamata vormid ootavad sind"
    ),
    ("MainWindow", "Log &out"): "Logi &välja",
    (
        "LockPage",
        "Someone else taking over this computer? Change user: your open forms are put aside\n"
        "for your next log-in, unseen by the next user, and the log-in comes up.",
    ): (
        "Keegi teine võtab selle arvuti üle? Vaheta kasutajat: sinu avatud vormid pannakse kõrvale\n"
        "sinu järgmiseks sisselogimiseks, järgmine kasutaja neid ei näe, ning avaneb sisselogimine."
    ),
    ("LockPage", "Ch&ange user"): "V&aheta kasutajat",
    (
        "LoginDialog",
        "%1 is logged out; their unsaved forms wait for their next log-in. The next user logs in here.",
    ): (
        "%1 on välja logitud; tema salvestamata vormid ootavad tema järgmist sisselogimist. Järgmine kasutaja logib "
        "sisse siin."
    ),
    ("LoginDialog", "&Quit"): "&Välju",
    ("Session", "Your unsaved input could not be put aside, so you are still logged in. %1"): (
        "Sinu salvestamata sisestust ei õnnestunud kõrvale panna, seega oled endiselt sisse logitud. %1"
    ),
    ("Session", "Not logged out"): "Välja ei logitud",
    ("Session", "Log out"): "Väljalogimine",
    ("Session", "&Log out"): "&Logi välja",
    (
        "Session",
        "%n open form(s) have unsaved input. They are kept for you and offered again when you next log in "
        "(a review on the desk until the program is closed). Log out now?",
    ): (
        "%n avatud vormis on salvestamata sisestus. See hoitakse sinu jaoks alles ja pakutakse uuesti, kui järgmine "
        "kord sisse logid (hinnang töölaual kuni programmi sulgemiseni). Kas logida nüüd välja?",
        "%n avatud vormis on salvestamata sisestusi. Need hoitakse sinu jaoks alles ja pakutakse uuesti, kui "
        "järgmine kord sisse logid (hinnang töölaual kuni programmi sulgemiseni). Kas logida nüüd välja?",
    ),
    ("Labels", "Logged out"): "Välja logitud",
    (
        "DraftRecoveryDialog",
        "These forms were left unsaved when you last logged out or changed user, or when the program was closed by a "
        "crash, a power cut or a forced stop. Continue them to check and save them; a form you do not need can then "
        "be closed with Discard.",
    ): (
        "Need vormid jäid salvestamata, kui sa viimati välja logisid või kasutajat vahetasid või kui programm suleti "
        "(tõrge, voolukatkestus või sundsulgemine). Jätka neid, et need üle vaadata ja salvestada; mittevajaliku "
        "vormi saad seejärel sulgeda nupuga Ära salvesta."
    ),
}
