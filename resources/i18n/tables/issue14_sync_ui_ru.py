"""Russian for the team sync's indicator, its details and Administration's view of the workstations (issue 14)."""

TRANSLATIONS = {
    ("MainWindow", "Team s&ync…"): "&Синхронизация команды…",
    ("MainWindow", "Team &workstations…"): "&Рабочие места команды…",
    (
        "Messages",
        "The team server cannot be reached now (the network or the server is down). Your work is saved on this "
        "computer and goes to the server by itself when it is back; try this again then.",
    ): "Сервер команды сейчас недоступен (не работает сеть или сервер). Ваша работа сохранена на этом компьютере и "
    "сама отправится на сервер, когда он снова станет доступен; тогда повторите попытку.",
    ("SyncDetailsDialog", "Team sync"): "Синхронизация команды",
    ("SyncDetailsDialog", "&Resolve conflicts…"): "&Разрешить конфликты…",
    ("SyncTexts", "%n conflict(s) to resolve"): (
        "%n неразрешённый конфликт",
        "%n неразрешённых конфликта",
        "%n неразрешённых конфликтов",
    ),
    ("SyncTexts", "online"): "в сети",
    ("SyncTexts", "sending %n change(s)"): (
        "отправляется %n изменение",
        "отправляются %n изменения",
        "отправляются %n изменений",
    ),
    ("SyncTexts", "synced %1"): "синхронизировано %1",
    ("SyncTexts", "offline since %1"): "не в сети с %1",
    ("SyncTexts", "connecting…"): "подключение…",
    ("SyncTexts", "%n change(s) waiting (saved on this computer)"): (
        "%n изменение ждёт отправки (сохранено на этом компьютере)",
        "%n изменения ждут отправки (сохранены на этом компьютере)",
        "%n изменений ждут отправки (сохранены на этом компьютере)",
    ),
    ("SyncTexts", "Team: %1"): "Команда: %1",
    (
        "SyncTexts",
        "This workstation is connected to the team server.",
    ): "Это рабочее место подключено к серверу команды.",
    (
        "SyncTexts",
        "This workstation has been offline since %1: it cannot reach the team server. You can go on working: "
        "everything you save is kept on this computer and goes to the server by itself when it is back.",
    ): "Это рабочее место не в сети с %1: сервер команды недоступен. Вы можете продолжать работу: всё, что вы "
    "сохраняете, остаётся на этом компьютере и само отправится на сервер, когда он снова станет доступен.",
    (
        "SyncTexts",
        "This workstation is connecting to the team server.",
    ): "Это рабочее место подключается к серверу команды.",
    ("SyncTexts", "Changes made here and not yet on the server: %n. They are saved on this computer."): (
        "Изменений, сделанных здесь и ещё не отправленных на сервер: %n. Они сохранены на этом компьютере.",
        "Изменений, сделанных здесь и ещё не отправленных на сервер: %n. Они сохранены на этом компьютере.",
        "Изменений, сделанных здесь и ещё не отправленных на сервер: %n. Они сохранены на этом компьютере.",
    ),
    ("SyncTexts", "Every change made here is on the server."): "Все изменения, сделанные здесь, уже на сервере.",
    ("SyncTexts", "The last complete sync was at %1."): "Последняя полная синхронизация: %1.",
    ("SyncTexts", "This workstation has not synced yet."): "Это рабочее место ещё не синхронизировалось.",
    (
        "SyncTexts",
        "Records changed both here and on another workstation: %n. Nothing is lost: both versions are kept until you "
        "choose, field by field, what stays. Choose “Resolve conflicts…” to do it now.",
    ): (
        "Записей, изменённых и здесь, и на другом рабочем месте: %n. Ничего не потеряно: обе версии хранятся, пока "
        "вы не выберете, поле за полем, что оставить. Чтобы сделать это сейчас, нажмите «Разрешить конфликты…».",
        "Записей, изменённых и здесь, и на другом рабочем месте: %n. Ничего не потеряно: обе версии хранятся, пока "
        "вы не выберете, поле за полем, что оставить. Чтобы сделать это сейчас, нажмите «Разрешить конфликты…».",
        "Записей, изменённых и здесь, и на другом рабочем месте: %n. Ничего не потеряно: обе версии хранятся, пока "
        "вы не выберете, поле за полем, что оставить. Чтобы сделать это сейчас, нажмите «Разрешить конфликты…».",
    ),
    ("SyncTexts", "The server reports a problem: %1"): "Сервер сообщает о проблеме: %1",
    ("WorkstationPage", "Team &workstations…"): "&Рабочие места команды…",
    (
        "WorkstationPage",
        "Every workstation of the team and its last sync with the server",
    ): "Все рабочие места команды и их последняя синхронизация с сервером",
    ("WorkstationsDialog", "Team workstations"): "Рабочие места команды",
    ("WorkstationsDialog", "Workstations"): "Рабочие места",
    ("WorkstationsDialog", "&Refresh"): "&Обновить",
    ("WorkstationsDialog", "%n workstation(s) in the team."): (
        "В команде %n рабочее место.",
        "В команде %n рабочих места.",
        "В команде %n рабочих мест.",
    ),
    ("WorkstationsDialog", "Not synced for more than a day: %n (see the Sync column)."): (
        "Не синхронизировались больше суток: %n (см. столбец «Синхронизация»).",
        "Не синхронизировались больше суток: %n (см. столбец «Синхронизация»).",
        "Не синхронизировались больше суток: %n (см. столбец «Синхронизация»).",
    ),
    (
        "WorkstationsDialog",
        "The server cannot be reached: the list is shown when the workstation is online again.",
    ): "Сервер недоступен: список будет показан, когда рабочее место снова будет в сети.",
    ("WorkstationsDialog", "Reading the workstations from the server…"): "Список рабочих мест загружается с сервера…",
    ("WorkstationsModel", "never"): "никогда",
    ("WorkstationsModel", "Station"): "Станция",
    ("WorkstationsModel", "Computer"): "Компьютер",
    ("WorkstationsModel", "Signed in"): "Пользователь",
    ("WorkstationsModel", "Joined"): "Подключено",
    ("WorkstationsModel", "Last push"): "Последняя отправка",
    ("WorkstationsModel", "Last pull"): "Последнее получение",
    ("WorkstationsModel", "Changes waiting"): "Ждут отправки",
    ("WorkstationsModel", "Sync"): "Синхронизация",
    ("WorkstationsModel", "Never synced"): "Ни разу не синхронизировалось",
    ("WorkstationsModel", "Up to date"): "Актуально",
    ("WorkstationsModel", "No sync for %n hour(s)"): (
        "Нет синхронизации %n час",
        "Нет синхронизации %n часа",
        "Нет синхронизации %n часов",
    ),
    ("WorkstationsModel", "No sync for %n day(s)"): (
        "Нет синхронизации %n день",
        "Нет синхронизации %n дня",
        "Нет синхронизации %n дней",
    ),
    (
        "WorkstationsModel",
        "This workstation has not synced with the server for more than a day.",
    ): "Это рабочее место не синхронизировалось с сервером больше суток.",
}
