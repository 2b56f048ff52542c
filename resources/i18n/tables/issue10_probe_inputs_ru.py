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
    (
        "Messages",
        "%1 is a folder or a device, not a backup file. Nothing was replaced; give the backup file itself (helpline-….sqlite3 in the backup folder).",
    ): "%1 — это папка или устройство, а не файл резервной копии. Ничего не заменено; укажите сам файл копии (helpline-….sqlite3 в папке резервных копий).",
    (
        "Messages",
        "This is the store itself, not a backup of it. Nothing was replaced; choose a backup from the backup folder.",
    ): "Это сама база данных, а не её резервная копия. Ничего не заменено; выберите копию из папки резервных копий.",
}
