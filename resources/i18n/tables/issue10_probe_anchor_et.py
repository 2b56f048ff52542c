"""Estonian for issue 10's probe fixes: the audit anchor, pruning held back, entries changed by hand (P2)."""

TRANSLATIONS = {
    ("AuditModel", "(cannot be read)"): "(ei ole loetav)",
    ("AuditModel", "(cannot be read: %1)"): "(ei ole loetav: %1)",
    (
        "AuditDialog",
        "Entry %1 of the audit trail is not the one recorded outside the store: the store was rolled back (an old copy "
        "put back, entries cut, or lost commits) and work went on after that, or the trail was rewritten. What was "
        "saved after the roll-back may be lost.",
    ): (
        "Auditilogi kirje %1 ei ole see, mis on andmebaasist väljaspool üles märgitud: andmebaas viidi tagasi (vana "
        "koopia pandi asemele, kirjeid lõigati ära või kadusid salvestused) ja töö jätkus pärast seda, või kirjutati "
        "logi ümber. Pärast tagasiviimist salvestatu võib olla kadunud."
    ),
    (
        "AuditDialog",
        "The record of the audit trail kept outside the store was changed by hand: it can no longer be read or "
        "checked.",
    ): "Andmebaasist väljaspool hoitavat auditilogi märget on käsitsi muudetud: seda ei saa enam lugeda ega kontrollida.",
    (
        "AuditDialog",
        "The store's record of the newest audit entry was changed by hand; it was set again from the newest entry "
        "there is (%2). Check the whole trail (Check the chain).",
    ): (
        "Andmebaasi märget uusima auditikirje kohta on käsitsi muudetud; see seati uuesti olemasoleva uusima kirje "
        "järgi (%2). Kontrolli kogu logi (Kontrolli ahelat)."
    ),
    (
        "Backups",
        "No older backup was removed: the audit trail is not the one recorded outside the store, so the store may have "
        "lost data that only an older backup holds. Old backups are removed again once an administrator has looked "
        "into it and accepted the trail (Audit trail window).",
    ): (
        "Ühtegi vanemat varukoopiat ei kustutatud: auditilogi ei ole see, mis on andmebaasist väljaspool üles "
        "märgitud, seega võib andmebaasist olla kadunud andmeid, mis on alles ainult vanemas varukoopias. Vanu "
        "varukoopiaid kustutatakse taas, kui administraator on asja uurinud ja logi aktsepteerinud (auditilogi aken)."
    ),
    (
        "Backups",
        "%n older backup(s) hold contacts or audit entries the newest backup does not, so they were kept instead of "
        "removed. If contacts are missing, an administrator can restore one (Settings → Restore from backup…); if "
        "not, they can be deleted by hand from %1.",
    ): (
        "%n vanem varukoopia sisaldab pöördumisi või auditikirjeid, mida uusimas varukoopias pole, seetõttu jäeti see "
        "kustutamata. Kui pöördumisi on puudu, saab administraator selle taastada (Seaded → Taasta varukoopiast…); "
        "kui ei, saab selle kaustast %1 käsitsi kustutada.",
        "%n vanemat varukoopiat sisaldavad pöördumisi või auditikirjeid, mida uusimas varukoopias pole, seetõttu "
        "jäeti need kustutamata. Kui pöördumisi on puudu, saab administraator ühe neist taastada (Seaded → Taasta "
        "varukoopiast…); kui ei, saab need kaustast %1 käsitsi kustutada.",
    ),
}
