"""Estonian for the team sync's indicator, its details and Administration's view of the workstations (issue 14)."""

TRANSLATIONS = {
    ("MainWindow", "Team s&ync…"): "Meeskonna &sünkroonimine…",
    ("MainWindow", "Team &workstations…"): "&Meeskonna tööjaamad…",
    (
        "Messages",
        "The team server cannot be reached now (the network or the server is down). Your work is saved on this "
        "computer and goes to the server by itself when it is back; try this again then.",
    ): "Meeskonna server pole praegu kättesaadav (võrk või server ei tööta). Sinu töö on salvestatud selles arvutis ja "
    "läheb serverisse ise, kui server on tagasi; proovi siis uuesti.",
    ("SyncDetailsDialog", "Team sync"): "Meeskonna sünkroonimine",
    ("SyncDetailsDialog", "&Resolve conflicts…"): "&Lahenda konfliktid…",
    ("SyncTexts", "%n conflict(s) to resolve"): ("%n lahendamata konflikt", "%n lahendamata konflikti"),
    ("SyncTexts", "online"): "võrgus",
    ("SyncTexts", "sending %n change(s)"): ("saadan %n muudatuse", "saadan %n muudatust"),
    ("SyncTexts", "synced %1"): "sünkroonitud %1",
    ("SyncTexts", "offline since %1"): "võrguta alates %1",
    ("SyncTexts", "connecting…"): "ühendan…",
    ("SyncTexts", "%n change(s) waiting (saved on this computer)"): (
        "%n muudatus ootel (salvestatud selles arvutis)",
        "%n muudatust ootel (salvestatud selles arvutis)",
    ),
    ("SyncTexts", "Team: %1"): "Meeskond: %1",
    ("SyncTexts", "This workstation is connected to the team server."): "See tööjaam on meeskonna serveriga ühendatud.",
    (
        "SyncTexts",
        "This workstation has been offline since %1: it cannot reach the team server. You can go on working: "
        "everything you save is kept on this computer and goes to the server by itself when it is back.",
    ): "See tööjaam on võrguta alates %1: meeskonna server pole kättesaadav. Võid edasi töötada: kõik, mida salvestad, "
    "jääb selle arvutisse ja läheb serverisse ise, kui server on tagasi.",
    (
        "SyncTexts",
        "This workstation is connecting to the team server.",
    ): "See tööjaam loob ühendust meeskonna serveriga.",
    ("SyncTexts", "Changes made here and not yet on the server: %n. They are saved on this computer."): (
        "Siin tehtud muudatusi, mis pole veel serveris: %n. Need on salvestatud selles arvutis.",
        "Siin tehtud muudatusi, mis pole veel serveris: %n. Need on salvestatud selles arvutis.",
    ),
    ("SyncTexts", "Every change made here is on the server."): "Kõik siin tehtud muudatused on serveris.",
    ("SyncTexts", "The last complete sync was at %1."): "Viimane täielik sünkroonimine oli %1.",
    ("SyncTexts", "This workstation has not synced yet."): "See tööjaam pole veel sünkrooninud.",
    (
        "SyncTexts",
        "Records changed both here and on another workstation: %n. Nothing is lost: both versions are kept until you "
        "choose, field by field, what stays. Choose “Resolve conflicts…” to do it now.",
    ): (
        "Nii siin kui ka teises tööjaamas muudetud kirjeid: %n. Midagi ei kao: mõlemad versioonid hoitakse alles, "
        "kuni valid väli välja haaval, mis jääb. Vali „Lahenda konfliktid…“, et seda kohe teha.",
        "Nii siin kui ka teises tööjaamas muudetud kirjeid: %n. Midagi ei kao: mõlemad versioonid hoitakse alles, "
        "kuni valid väli välja haaval, mis jääb. Vali „Lahenda konfliktid…“, et seda kohe teha.",
    ),
    ("SyncTexts", "The server reports a problem: %1"): "Server teatab probleemist: %1",
    ("WorkstationPage", "Team &workstations…"): "&Meeskonna tööjaamad…",
    (
        "WorkstationPage",
        "Every workstation of the team and its last sync with the server",
    ): "Meeskonna kõik tööjaamad ja nende viimane sünkroonimine serveriga",
    ("WorkstationsDialog", "Team workstations"): "Meeskonna tööjaamad",
    ("WorkstationsDialog", "Workstations"): "Tööjaamad",
    ("WorkstationsDialog", "&Refresh"): "&Värskenda",
    ("WorkstationsDialog", "%n workstation(s) in the team."): (
        "Meeskonnas on %n tööjaam.",
        "Meeskonnas on %n tööjaama.",
    ),
    ("WorkstationsDialog", "Not synced for more than a day: %n (see the Sync column)."): (
        "Üle ööpäeva sünkroonimata: %n (vt veergu Sünkroonimine).",
        "Üle ööpäeva sünkroonimata: %n (vt veergu Sünkroonimine).",
    ),
    (
        "WorkstationsDialog",
        "The server cannot be reached: the list is shown when the workstation is online again.",
    ): "Server pole kättesaadav: loend kuvatakse, kui tööjaam on jälle võrgus.",
    ("WorkstationsDialog", "Reading the workstations from the server…"): "Loen tööjaamu serverist…",
    ("WorkstationsModel", "never"): "mitte kunagi",
    ("WorkstationsModel", "Station"): "Jaam",
    ("WorkstationsModel", "Computer"): "Arvuti",
    ("WorkstationsModel", "Signed in"): "Sisse loginud",
    ("WorkstationsModel", "Joined"): "Liitus",
    ("WorkstationsModel", "Last push"): "Viimati saadetud",
    ("WorkstationsModel", "Last pull"): "Viimati laaditud",
    ("WorkstationsModel", "Changes waiting"): "Ootel muudatusi",
    ("WorkstationsModel", "Sync"): "Sünkroonimine",
    ("WorkstationsModel", "Never synced"): "Pole kunagi sünkrooninud",
    ("WorkstationsModel", "Up to date"): "Ajakohane",
    ("WorkstationsModel", "No sync for %n hour(s)"): ("%n tund sünkroonimata", "%n tundi sünkroonimata"),
    ("WorkstationsModel", "No sync for %n day(s)"): ("%n päev sünkroonimata", "%n päeva sünkroonimata"),
    (
        "WorkstationsModel",
        "This workstation has not synced with the server for more than a day.",
    ): "See tööjaam pole serveriga sünkrooninud üle ööpäeva.",
}
