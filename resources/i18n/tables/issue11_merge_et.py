"""Estonian written at the issue 11 merge for strings that arrived without a table of their own."""

TRANSLATIONS = {
    ("IdentitySection", "Shown as stored for this caller, not as typed: %1. Type a field again to change it."): (
        "Näidatud nii, nagu selle pöörduja kohta on salvestatud, mitte nii, nagu sisestati: %1. "
        "Välja muutmiseks sisesta see uuesti."
    ),
    (
        "IdentitySection",
        "Changed elsewhere while this form was put aside: %1. The form shows your typing; check it before saving.",
    ): "Muudetud mujal, kui see vorm oli kõrvale pandud: %1. Vormis on sinu sisestus; kontrolli seda enne salvestamist.",
    ("IdentitySection", "birth date"): "sünnikuupäev",
    ("IdentitySection", "e-mail"): "e-post",
    ("IdentitySection", "municipality"): "omavalitsus",
    (
        "Messages",
        "%1 is a folder or a device, not a backup file. Nothing was replaced; give the backup file itself "
        "(helpline-….sqlite3 in the backup folder).",
    ): (
        "%1 on kaust või seade, mitte varukoopia fail. Midagi ei asendatud; anna varukoopia fail ise "
        "(helpline-….sqlite3 varukoopiate kaustas)."
    ),
    (
        "Messages",
        "This is the store itself, not a backup of it. Nothing was replaced; choose a backup from the backup folder.",
    ): "See on andmehoidla ise, mitte selle varukoopia. Midagi ei asendatud; vali varukoopia varukoopiate kaustast.",
}
