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
}
