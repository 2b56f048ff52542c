"""Estonian for never losing a word: conflicts, drafts, backups (issue 6); and the audit trail's record words."""

TRANSLATIONS = {
    ("AuditModel", "contact"): "pöördumine",
    ("AuditModel", "person"): "isik",
    ("AuditModel", "case"): "juhtum",
    ("AuditModel", "decision"): "otsus",
    ("AuditModel", "user"): "kasutaja",
    ("AuditModel", "export"): "eksport",
    ("AuditModel", "identified"): "tuvastatud",
    ("AuditModel", "fields"): "väljad",
    ("AuditModel", "field"): "väli",
    ("AuditModel", "from"): "enne",
    ("AuditModel", "to"): "pärast",
    ("AuditModel", "number"): "number",
    ("AuditModel", "outcome"): "tulemus",
    ("AuditModel", "language"): "keel",
    ("AuditModel", "password"): "parool",
    ("AuditModel", "event"): "sündmus",
    ("AuditModel", "role"): "roll",
    ("AuditModel", "what"): "mis",
    ("AuditModel", "months"): "kuud",
    ("AuditModel", "contacts"): "pöördumisi",
    ("AuditModel", "decisions"): "otsuseid",
    ("AuditModel", "contacts outside a case"): "pöördumisi väljaspool juhtumit",
    ("AuditModel", "on hold"): "säilitusnõue",
    ("AuditModel", "since"): "alates",
    ("AuditModel", "until"): "kuni",
    ("AuditModel", "provider"): "teenuseosutaja",
    ("ConflictDialog", "Line"): "Liin",
    ("ConflictDialog", "Channel"): "Kanal",
    ("ConflictDialog", "Direction"): "Suund",
    ("ConflictDialog", "Language"): "Keel",
    ("ConflictDialog", "Caller"): "Pöörduja liik",
    ("ConflictDialog", "Handled by"): "Nõustaja",
    ("ConflictDialog", "Started"): "Algus",
    ("ConflictDialog", "Identified"): "Tuvastatud",
    ("ConflictDialog", "Name"): "Nimi",
    ("ConflictDialog", "ID code"): "Isikukood",
    ("ConflictDialog", "Birth date"): "Sünnikuupäev",
    ("ConflictDialog", "Phone"): "Telefon",
    ("ConflictDialog", "E-mail"): "E-post",
    ("ConflictDialog", "Municipality"): "Omavalitsus",
    ("ConflictDialog", "Case"): "Juhtum",
    ("ConflictDialog", "Topics"): "Teemad",
    ("ConflictDialog", "Risk flags"): "Riskimärked",
    ("ConflictDialog", "Actions"): "Tegevused",
    ("ConflictDialog", "Consents"): "Nõusolekud",
    ("ConflictDialog", "Summary"): "Kokkuvõte",
    ("ConflictDialog", "Callback"): "Tagasihelistamine",
    ("ConflictDialog", "Callback done"): "Tagasi helistatud",
    ("ConflictDialog", "Changed by someone else meanwhile"): "Vahepeal muutis keegi teine",
    (
        "ConflictDialog",
        "%1 saved this contact after you opened it. Choose, field by field, which value to keep; nothing is saved "
        "until you press Save my choices.",
    ): (
        "%1 salvestas selle pöördumise pärast seda, kui sina selle avasid. Vali iga välja juures, milline väärtus "
        "jääb; midagi ei salvestata enne, kui vajutad „Salvesta minu valikud”."
    ),
    ("ConflictDialog", "Yours"): "Sinu oma",
    ("ConflictDialog", "Saved by %1"): "Salvestas %1",
    ("ConflictDialog", "* changed on both sides."): "* muudetud mõlemal pool.",
    ("ConflictDialog", "&Save my choices"): "&Salvesta minu valikud",
    ("ConflictDialog", "&Back to the form"): "&Tagasi vormile",
    ("ConflictDialog", "yes"): "jah",
    ("ConflictDialog", "no"): "ei",
    ("ConflictDialog", "another record"): "muu kirje",
    ("ContactForm", "Not saved: %1 changed this contact meanwhile. Your input is still here."): (
        "Ei salvestatud: %1 muutis vahepeal seda pöördumist. Sinu sisestatu on alles."
    ),
    ("IdentitySection", "Show"): "Näita",
}

TRANSLATIONS |= {
    ("BackupSettingsBox", "Backups"): "Varukoopiad",
    ("BackupSettingsBox", " h"): " h",
    ("BackupSettingsBox", "Besides the backups made at every start and exit of the program."): (
        "Lisaks varukoopiatele, mis tehakse programmi igal käivitamisel ja sulgemisel."
    ),
    ("BackupSettingsBox", "The newest backups are kept; the oldest beyond this number are removed."): (
        "Alles jäävad uusimad varukoopiad; sellest arvust vanemad kustutatakse."
    ),
    ("BackupSettingsBox", "C&hoose…"): "&Vali…",
    ("BackupSettingsBox", "&Default"): "Vaiki&misi",
    ("BackupSettingsBox", "Back up &every"): "Varunda &iga",
    ("BackupSettingsBox", "&Number of backups kept"): "Hoitavate varukoopiate a&rv",
    ("BackupSettingsBox", "&Folder"): "&Kaust",
    (
        "BackupSettingsBox",
        "Backups are encrypted with the store's key: they open only on this computer's keyring (or with the store's "
        "passphrase). A folder on another disk protects against a failing disk.",
    ): (
        "Varukoopiad on krüpteeritud andmehoidla võtmega: need avanevad ainult selle arvuti võtmehoidlaga (või "
        "andmehoidla salafraasiga). Teisel kettal asuv kaust kaitseb ketta rikke eest."
    ),
    ("BackupSettingsBox", "Save &backup settings"): "Salvesta varun&dusseaded",
    ("BackupSettingsBox", "Folder for the backups"): "Varukoopiate kaust",
    ("BackupSettingsBox", "Saved."): "Salvestatud.",
    ("Backups", "Quit"): "Välju",
    (
        "Backups",
        "The store file is damaged and no good backup of it was found, so the program cannot start. The file is left "
        "as it is: call your administrator, who can restore a backup from another place.",
    ): (
        "Andmehoidla fail on kahjustatud ja sellest ei leitud ühtki korras varukoopiat, seega programm ei käivitu. "
        "Fail jääb puutumata: helista administraatorile, kes saab taastada varukoopia mujalt."
    ),
    (
        "Backups",
        "The store file is damaged, so the program will not use it; the newest good backup is from %1: restore it "
        "(the damaged file is kept beside it, renamed), or quit and call your administrator.",
    ): (
        "Andmehoidla fail on kahjustatud, seepärast programm seda ei kasuta; uusim korras varukoopia on ajast %1: "
        "taasta see (kahjustatud fail jääb ümbernimetatuna alles) või välju ja helista administraatorile."
    ),
    ("Backups", "Restore the backup of %1"): "Taasta varukoopia ajast %1",
    (
        "Backups",
        "The backup of %1 is restored. Contacts saved after that time are not in it: enter them again.",
    ): "Varukoopia ajast %1 on taastatud. Pärast seda salvestatud pöördumisi selles ei ole: sisesta need uuesti.",
    ("Backups", "Backing up the store…"): "Andmehoidlat varundatakse…",
    ("Backups", "Backed up at %1 to %2."): "Varundatud %1 asukohta %2.",
    ("Backups", "Not backed up"): "Ei varundatud",
    ("Backups", "Restore from backup"): "Taastamine varukoopiast",
    ("Backups", "Backups (*.sqlite3)"): "Varukoopiad (*.sqlite3)",
    (
        "Backups",
        "Replace the store by this backup (%1 contacts)? Whatever was saved after it is set aside, not deleted. The "
        "program closes to restore it; start it again afterwards.",
    ): (
        "Kas asendada andmehoidla selle varukoopiaga (%1 pöördumist)? Kõik pärast seda salvestatu pannakse kõrvale, "
        "mitte ei kustutata. Taastamiseks programm suletakse; käivita see pärast uuesti."
    ),
    ("Backups", "Not restored"): "Ei taastatud",
    ("Backups", "The store was not replaced. %1"): "Andmehoidlat ei asendatud. %1",
    ("Backups", "The backup is restored. The replaced store is kept as %1. Start the program again."): (
        "Varukoopia on taastatud. Asendatud andmehoidla on alles nimega %1. Käivita programm uuesti."
    ),
    ("Backups", "Backing up the store before closing…"): "Andmehoidlat varundatakse enne sulgemist…",
    ("Backups", "The backup was not made; the store itself is unchanged. %1"): (
        "Varukoopiat ei tehtud; andmehoidla ise on muutmata. %1"
    ),
    ("ConflictDialog", "Kind"): "Liik",
    ("ConflictDialog", "Registry code"): "Registrikood",
    ("ConflictDialog", "Basis"): "Alus",
    ("ConflictDialog", "Address"): "Aadress",
    ("ConflictDialog", "Price list"): "Hinnakiri",
    ("ConflictDialog", "Contract from"): "Leping alates",
    ("ConflictDialog", "Contract until"): "Leping kuni",
    ("ConflictDialog", "Counties"): "Maakonnad",
    ("ConflictDialog", "Languages"): "Keeled",
    ("ConflictDialog", "Services"): "Teenused",
    ("ConflictDialog", "Fields of work"): "Tegevusvaldkonnad",
    ("ConflictDialog", "Active"): "Aktiivne",
    ("ConflictDialog", "Qualifications"): "Kvalifikatsioonid",
    (
        "ConflictDialog",
        "%1 saved this provider after you opened it. Choose, field by field, which value to keep; nothing is saved "
        "until you press Save my choices.",
    ): (
        "%1 salvestas selle teenuseosutaja pärast seda, kui sina selle avasid. Vali iga välja juures, milline "
        "väärtus jääb; midagi ei salvestata enne, kui vajutad „Salvesta minu valikud”."
    ),
    ("DecisionDialog", "Unsaved decision"): "Salvestamata otsus",
    ("DecisionDialog", "This aid decision is not saved. Discard its input?"): (
        "See abi otsus on salvestamata. Kas loobuda sisestatust?"
    ),
    ("DraftRecoveryDialog", "Unfinished forms"): "Lõpetamata vormid",
    (
        "DraftRecoveryDialog",
        "The program was closed while these forms were not saved (a crash, a power cut or a forced stop). Continue "
        "them to check and save them; a form you do not need can then be closed with Discard.",
    ): (
        "Programm suleti, kui need vormid olid salvestamata (tõrge, voolukatkestus või sundsulgemine). Jätka neid, "
        "et need üle vaadata ja salvestada; mittevajaliku vormi saad seejärel sulgeda valikuga Loobu."
    ),
    ("DraftRecoveryDialog", "&Continue them"): "&Jätka neid",
    ("DraftRecoveryDialog", "&Discard them all…"): "&Loobu kõigist…",
    ("DraftRecoveryDialog", "Ask me &later"): "Küsi &hiljem",
    ("DraftRecoveryDialog", "Discard the drafts"): "Mustanditest loobumine",
    ("DraftRecoveryDialog", "The unsaved input of these forms will be gone for good. Discard it?"): (
        "Nende vormide salvestamata sisestus kaob jäädavalt. Kas loobuda sellest?"
    ),
    ("DraftRecoveryDialog", "Aid decision"): "Abi otsus",
    ("DraftRecoveryDialog", "New contact"): "Uus pöördumine",
    ("DraftRecoveryDialog", "Saved contact, changed"): "Salvestatud pöördumine, muudetud",
    ("MainWindow", "&Back up now"): "&Varunda kohe",
    ("MainWindow", "&Restore from backup…"): "&Taasta varukoopiast…",
    ("Messages", "Back up every 1 to 24 hours."): "Varunda iga 1 kuni 24 tunni järel.",
    ("Messages", "Keep 2 to 100 backups."): "Hoia 2 kuni 100 varukoopiat.",
    (
        "Messages",
        "Choose the folder with the button (a full path of at most 200 characters), or leave it empty.",
    ): "Vali kaust nupuga (täielik tee kuni 200 märki) või jäta tühjaks.",
    (
        "Messages",
        "This backup was made by a newer version of the program. Nothing was replaced; install that version first, "
        "or choose an older backup.",
    ): (
        "See varukoopia on tehtud programmi uuema versiooniga. Midagi ei asendatud; paigalda enne see versioon või "
        "vali vanem varukoopia."
    ),
    (
        "Messages",
        "This backup does not open with this store's key: it belongs to another store, or its start is damaged. "
        "Nothing was replaced; choose another backup.",
    ): (
        "See varukoopia ei avane selle andmehoidla võtmega: see kuulub teisele andmehoidlale või selle algus on "
        "kahjustatud. Midagi ei asendatud; vali teine varukoopia."
    ),
    ("Messages", "This backup is damaged or is not a store's backup. Nothing was replaced; choose another backup."): (
        "See varukoopia on kahjustatud või pole andmehoidla varukoopia. Midagi ei asendatud; vali teine varukoopia."
    ),
    (
        "Messages",
        "Too many wrong passwords in a row: try again in %n minute(s), or ask an administrator to reset the password.",
    ): (
        "Liiga palju valesid paroole järjest: proovi uuesti %n minuti pärast või palu administraatoril parool "
        "lähtestada."
    ),
    (
        "Messages",
        "The disk is full, so your typing could not be put aside as a draft. It stays in this form and is saved as "
        "soon as space is freed: free some space, keep working.",
    ): (
        "Ketas on täis, seepärast ei saanud sisestatut mustandina kõrvale panna. See jääb vormi ja salvestatakse "
        "niipea, kui ruumi vabaneb: vabasta ruumi ja jätka tööd."
    ),
    (
        "Messages",
        "Another program is writing to the store, so your typing could not be put aside as a draft yet. It stays in "
        "this form and is saved again every few seconds; keep working.",
    ): (
        "Teine programm kirjutab parajasti andmehoidlasse, seepärast ei saanud sisestatut veel mustandina kõrvale "
        "panna. See jääb vormi ja salvestamist proovitakse iga paari sekundi järel uuesti; jätka tööd."
    ),
    (
        "Messages",
        "The store cannot be written now, so your typing could not be put aside as a draft. It stays in this form "
        "and is saved again every few seconds; do not close the program.",
    ): (
        "Andmehoidlasse ei saa praegu kirjutada, seepärast ei saanud sisestatut mustandina kõrvale panna. See jääb "
        "vormi ja salvestamist proovitakse iga paari sekundi järel uuesti; ära sulge programmi."
    ),
    ("ProviderEditor", "Another administrator"): "Teine administraator",
}

TRANSLATIONS |= {("SettingsForm", "Saved."): "Salvestatud."}
