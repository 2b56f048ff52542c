"""Estonian for issue 11, points 3 and 7: questions a stray key cannot answer, the decision date note, the notice password."""

TRANSLATIONS = {
    ("Questions", "&Save"): "&Salvesta",
    ("Questions", "&Discard"): "Ä&ra salvesta",
    ("Questions", "&Back to the form"): "&Tagasi vormile",
    ("Questions", "&Yes"): "&Jah",
    ("Questions", "&No"): "&Ei",
    ("Questions", "Empty contact"): "Tühi pöördumine",
    (
        "Questions",
        "This contact has neither a summary nor a topic. Save it anyway? For a silent call, hang-up or wrong "
        "number, go back and log it with its own button instead.",
    ): (
        "Selles pöördumises pole kokkuvõtet ega teemat. Kas salvestada siiski? Vaikse kõne, katkestatud kõne või "
        "valenumbri korral mine tagasi ja logi see selle oma nupuga."
    ),
    ("Questions", "&Save anyway"): "&Salvesta siiski",
    ("DecisionDialog", "The decision date %1 is not today: check it is the one meant."): (
        "Otsuse kuupäev %1 ei ole tänane: kontrolli, kas see on õige."
    ),
    ("NoticePasswordDialog", "Protect with a password"): "Kaitse parooliga",
    (
        "NoticePasswordDialog",
        "Password for the PDF (give it to the provider by another channel); leave empty for none:",
    ): ("PDF-faili parool (edasta see teenuseosutajale muu kanali kaudu); kui parooli pole vaja, jäta väli tühjaks:"),
    ("NoticePasswordDialog", "&Password"): "&Parool",
    ("NoticePasswordDialog", "&Repeat it"): "&Korda parooli",
    ("NoticePasswordDialog", "S&how the password"): "&Näita parooli",
    ("NoticePasswordDialog", "The two passwords differ: type the same password in both fields."): (
        "Paroolid erinevad: sisesta mõlemale väljale sama parool."
    ),
    ("NoticePasswordDialog", "Use letters without accents, digits and punctuation only: PDF readers read no other."): (
        "Kasuta ainult täpitähtedeta tähti, numbreid ja kirjavahemärke: PDF-lugejad muid ei loe."
    ),
}
