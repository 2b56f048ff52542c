"""Russian for the issue 10 probe fixes of P3: break-the-glass reasons, restore messages, user names, backup folders."""

TRANSLATIONS = {
    ("Messages", "The reason holds invisible or text-reversing characters (from a paste); retype it in plain words."): (
        "В причине есть невидимые или переворачивающие текст символы (из вставленного текста); "
        "напишите её заново простыми словами."
    ),
    (
        "Messages",
        "A user name begins and ends with a letter or a digit.",
    ): "Имя пользователя начинается и заканчивается буквой или цифрой.",
}
