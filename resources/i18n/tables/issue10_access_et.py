"""Estonian for issue 10, point 5: a known caller in the caller section, access with a stated reason (break-the-glass)
and the refusals of a case or caller the user may not see (scripts/fill_translations.py)."""

TRANSLATIONS = {
    ("Labels", "Access with a stated reason"): "Juurdepääs põhjendusega",
    ("AuditModel", "reason"): "põhjus",
    ("IdentitySection", "As&k for access…"): "Küsi juurde&pääsu…",
    (
        "IdentitySection",
        "See this caller's name and cases: you say why, and the access is recorded in the audit trail",
    ): "Selle pöörduja nimi ja juhtumid: ütled, miks neid vajad, ja juurdepääs kirjutatakse auditilogisse",
    ("IdentitySection", "Known caller · %1 contacts, last %2 (%3) · matches %4"): (
        "Tuntud pöörduja · pöördumisi %1, viimane %2 (%3) · kattub: %4"
    ),
    ("IdentitySection", "Another counsellor served this caller: ask for access, with a reason, to see who it is."): (
        "Seda pöördujat teenindas teine nõustaja: nägemaks, kes see on, küsi juurdepääsu põhjendusega."
    ),
    ("AccessDialog", "Open a known caller"): "Tuntud pöörduja avamine",
    (
        "AccessDialog",
        "Another counsellor served this caller, so their name, ID code, phone and cases are hidden from you. "
        "If you must see them, say why. Your access and its reason go into the audit trail, which shift "
        "leads read, and last %n hours. Write why, not who: no names or ID codes in the reason.",
    ): (
        "Seda pöördujat teenindas teine nõustaja, seetõttu on tema nimi, isikukood, telefon ja juhtumid sinu eest "
        "peidetud. Kui pead neid nägema, kirjuta, miks. Juurdepääs ja selle põhjus kirjutatakse auditilogisse, mida "
        "vahetuse juhid loevad, ning kehtivad %n tunni. Kirjuta, miks, mitte kes: põhjusesse ei käi nimed ega "
        "isikukoodid.",
        "Seda pöördujat teenindas teine nõustaja, seetõttu on tema nimi, isikukood, telefon ja juhtumid sinu eest "
        "peidetud. Kui pead neid nägema, kirjuta, miks. Juurdepääs ja selle põhjus kirjutatakse auditilogisse, mida "
        "vahetuse juhid loevad, ning kehtivad %n tundi. Kirjuta, miks, mitte kes: põhjusesse ei käi nimed ega "
        "isikukoodid.",
    ),
    ("AccessDialog", "&Reason"): "&Põhjus",
    ("AccessDialog", "&Open with this reason"): "&Ava selle põhjusega",
    ("Messages", "This case belongs to another caller: choose one of this caller's cases or open a new case."): (
        "See juhtum kuulub teisele pöördujale: vali selle pöörduja juhtum või ava uus juhtum."
    ),
    ("Messages", "This case no longer exists: choose another case or open a new one."): (
        "Seda juhtumit enam ei ole: vali teine juhtum või ava uus."
    ),
    ("Messages", "Say why you need to see this caller (e.g. they ask about their earlier case)."): (
        "Kirjuta, miks pead seda pöördujat nägema (nt küsib ta oma varasema juhtumi kohta)."
    ),
    (
        "Messages",
        "Another counsellor served this caller. Choose the known caller and ask for access with a reason, or "
        "save the contact without linking it.",
    ): (
        "Seda pöördujat teenindas teine nõustaja. Vali tuntud pöörduja ja küsi juurdepääsu põhjendusega või "
        "salvesta pöördumine isikuga sidumata."
    ),
    (
        "Messages",
        "This case belongs to a caller another counsellor served. Ask for access with a reason first, or "
        "choose another case.",
    ): (
        "See juhtum kuulub pöördujale, keda teenindas teine nõustaja. Küsi enne juurdepääsu põhjendusega või vali "
        "teine juhtum."
    ),
}
