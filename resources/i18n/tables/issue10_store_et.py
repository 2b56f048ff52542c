"""Estonian for issue 10, points 2, 12 and 13 (the store and its backups): a missing store refused with what was
found and the newest good copy offered, older backups kept that hold more, the backup folder that is no folder, a
missing restore file and a keyring that lost the store's key (scripts/fill_translations.py)."""

TRANSLATIONS = {
    (
        "Messages",
        "This is a file or a device, not a folder that can hold backups: choose a folder with the button.",
    ): "See on fail või seade, mitte kaust, kuhu varukoopiaid teha: vali kaust nupuga.",
    (
        "Messages",
        "The store file is missing, but its key note or backups show that there was one, so the program does not "
        "start on an empty store. Put the newest backup in its place, or call your administrator.",
    ): (
        "Andmebaasi fail puudub, kuid selle võtmemärge või varukoopiad näitavad, et see oli olemas, seetõttu ei "
        "käivitu programm tühja andmebaasiga. Pane selle asemele uusim varukoopia või helista administraatorile."
    ),
    (
        "Messages",
        "The store's key is no longer in this computer's keyring (the keyring was reset, the store was moved "
        "from the folder where it was made, or it was made under another user account), and no passphrase can "
        "open it. Put the store back in its folder, start the program in the account that made it, or have the "
        "keyring restored; call your administrator.",
    ): (
        "Andmebaasi võtit pole enam selle arvuti võtmehoidlas (võtmehoidla lähtestati, andmebaas teisaldati "
        "kaustast, kus see loodi, või see loodi teise kasutajakonto all) ja ükski parool seda ei ava. Pane "
        "andmebaas tagasi oma kausta, käivita programm kontol, mis selle lõi, või lase võtmehoidla taastada; "
        "helista administraatorile."
    ),
    ("Messages", "There is no file at %1. Nothing was replaced; check the name and the folder."): (
        "Kohas %1 pole faili. Midagi ei asendatud; kontrolli nime ja kausta."
    ),
    ("Backups", "The store file %1 is missing, but these files show that there was one:"): (
        "Andmebaasi fail %1 puudub, kuid need failid näitavad, et see oli olemas:"
    ),
    (
        "Backups",
        "None of them opens as a good copy of the store, so the program does not start on an empty one. "
        "Nothing was changed: call your administrator.",
    ): (
        "Ükski neist ei avane andmebaasi korras koopiana, seetõttu ei käivitu programm tühja andmebaasiga. "
        "Midagi ei muudetud: helista administraatorile."
    ),
    (
        "Backups",
        "So that nothing is lost, the program does not start on an empty store. The newest good copy is %1 "
        "(%2): put it in place, or quit and call your administrator.",
    ): (
        "Et midagi ei kaoks, ei käivitu programm tühja andmebaasiga. Uusim korras koopia on %1 (%2): pane see "
        "asemele või välju ja helista administraatorile."
    ),
    ("Backups", "Put the copy of %1 in place"): "Pane %1 koopia asemele",
    ("Backups", "The copy of %1 is in place. Contacts saved after that time are not in it: enter them again."): (
        "%1 koopia on asemel. Pärast seda aega salvestatud pöördumisi selles pole: sisesta need uuesti."
    ),
    ("Backups", "Older backups kept"): "Vanemad varukoopiad jäeti alles",
    (
        "Backups",
        "%n older backup(s) hold more contacts than the store has now, so they were kept instead of removed. If "
        "contacts are missing, an administrator can restore one (Settings → Restore from backup…); if not, they "
        "can be deleted by hand from %1.",
    ): (
        "%n vanem varukoopia sisaldab rohkem pöördumisi kui andmebaas praegu, seetõttu jäeti see kustutamata. Kui "
        "pöördumisi on puudu, saab administraator selle taastada (Seaded → Taasta varukoopiast…); kui ei, saab selle "
        "kaustast %1 käsitsi kustutada.",
        "%n vanemat varukoopiat sisaldavad rohkem pöördumisi kui andmebaas praegu, seetõttu jäeti need kustutamata. "
        "Kui pöördumisi on puudu, saab administraator ühe neist taastada (Seaded → Taasta varukoopiast…); kui ei, "
        "saab need kaustast %1 käsitsi kustutada.",
    ),
}
