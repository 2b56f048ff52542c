"""Estonian for the issue 10 probe fixes of P3: break-the-glass reasons, restore messages, user names, backup folders
(scripts/fill_translations.py)."""

TRANSLATIONS = {
    ("Messages", "The reason holds invisible or text-reversing characters (from a paste); retype it in plain words."): (
        "Põhjuses on nähtamatuid või teksti ümberpööravaid märke (kleebitud tekstist); kirjuta see lihtsate sõnadega uuesti."
    ),
    (
        "Messages",
        "A user name begins and ends with a letter or a digit.",
    ): "Kasutajanimi algab ja lõpeb tähe või numbriga.",
    (
        "Messages",
        "%1 is a folder or a device, not a backup file. Nothing was replaced; give the backup file itself (helpline-….sqlite3 in the backup folder).",
    ): "%1 on kaust või seade, mitte varukoopia fail. Midagi ei asendatud; anna varukoopia fail ise (varukoopiate kaustas helpline-….sqlite3).",
    (
        "Messages",
        "This is the store itself, not a backup of it. Nothing was replaced; choose a backup from the backup folder.",
    ): "See on andmebaas ise, mitte selle varukoopia. Midagi ei asendatud; vali varukoopia varukoopiate kaustast.",
}
