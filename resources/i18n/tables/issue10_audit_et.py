"""Estonian for issue 10, points 3, 4, 9 and 13: the audit trail's anchor outside the store (the warning at start, the
viewer's check and the anchor shown to administrators), the new kinds of entries, and a failed log-in of an unknown
name (scripts/fill_translations.py)."""

TRANSLATIONS = {
    ("Labels", "Backup restored"): "Varukoopia taastatud",
    ("Labels", "Retention run from the command line"): "Säilitustähtaja töötlus käsurealt",
    ("Labels", "Audit trail checked"): "Auditilogi kontrollitud",
    ("Labels", "Audit trail anchored outside the store"): "Auditilogi ankur loodud väljaspool andmebaasi",
    ("Labels", "Audit trail not as anchored"): "Auditilogi ei vasta ankrule",
    ("Labels", "Audit trail accepted and anchored again"): "Auditilogi aktsepteeritud ja uuesti ankurdatud",
    ("AuditModel", "(an unknown name)"): "(tundmatu nimi)",
    ("AuditModel", "anchor"): "ankur",
    ("AuditModel", "name tag"): "nime märgis",
    ("AuditModel", "backup"): "varukoopia",
    ("AuditModel", "finding"): "leid",
    ("AuditModel", "anchored entry"): "ankurdatud kirje",
    ("AuditModel", "store's newest entry"): "andmebaasi uusim kirje",
    ("AuditModel", "chain"): "ahel",
    ("AuditModel", "checked"): "kontrollitud",
    (
        "AuditDialog",
        "Anchor of the trail, to write down and check it against later: %1",
    ): "Auditilogi ankur (pane kirja, et hiljem logi selle vastu kontrollida): %1",
    (
        "AuditDialog",
        "The audit trail is shorter than recorded outside the store: entry %1 was written, but the store ends at "
        "entry %2. An old copy of the store was put back, entries were cut, or the store lost its newest commits: "
        "what was saved after that may be lost.",
    ): (
        "Auditilogi on lühem, kui väljaspool andmebaasi kirja pandud: kirje %1 kirjutati, kuid andmebaas lõpeb "
        "kirjega %2. Andmebaasi asemele on pandud vana koopia, kirjeid on eemaldatud või kaotas andmebaas oma "
        "viimased salvestused: pärast seda salvestatu võib olla kadunud."
    ),
    (
        "AuditDialog",
        "Entry %1 of the audit trail is not the one recorded outside the store: the trail was rewritten.",
    ): "Auditilogi kirje %1 ei ole see, mis väljaspool andmebaasi kirja pandi: logi on ümber kirjutatud.",
    (
        "AuditDialog",
        "The note of the audit trail kept beside the store was edited by hand: it no longer checks.",
    ): "Andmebaasi kõrval hoitavat auditilogi märget on käsitsi muudetud: see ei klapi enam.",
    (
        "AuditDialog",
        "The record of the audit trail kept outside the store is gone, although it was kept before.",
    ): "Väljaspool andmebaasi hoitud auditilogi ankur on kadunud, kuigi seda on varem hoitud.",
    (
        "AuditDialog",
        "The program works on, and says this at every start until an administrator has looked into it and accepted "
        "the trail as it is (Audit trail window, or helpline audit verify --accept). Tell your administrator now.",
    ): (
        "Programm töötab edasi ja ütleb seda igal käivitamisel, kuni administraator on asja uurinud ja logi sellisena "
        "aktsepteerinud (auditilogi aknas või käsuga helpline audit verify --accept). Teata kohe administraatorile."
    ),
    ("AuditDialog", "&Accept the trail as it is…"): "&Aktsepteeri logi sellisena…",
    ("AuditDialog", "Accept the trail as it is"): "Logi aktsepteerimine sellisena",
    (
        "AuditDialog",
        "Accept the trail as it is now and anchor it again? Do this only once you know why it changed (a restore at "
        "start, a backup put back by hand). The acceptance, and what was found, stay in the trail.",
    ): (
        "Kas aktsepteerid logi praegusel kujul ja ankurdad selle uuesti? Tee seda alles siis, kui tead, miks see "
        "muutus (taastamine käivitamisel, käsitsi tagasi pandud varukoopia). Aktsepteerimine ja leitu jäävad logisse."
    ),
    (
        "AuditDialog",
        "The trail is accepted as it is and anchored again; this is in the trail.",
    ): "Logi on aktsepteeritud sellisena ja uuesti ankurdatud; see on logis kirjas.",
    ("AuditDialog", "Audit trail"): "Auditilogi",
}
