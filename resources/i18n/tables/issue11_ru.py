"""Russian for issue 11: accelerators moved so each window's Alt-keys are unique and live (point 2), and the strings added in issue 11."""

TRANSLATIONS = {
    ("ReviewPanel", "Sav&e review"): "Сохранить оц&енку",
    ("MainWindow", "&Settings"): "На&стройки",
    ("IdentitySection", "&Name"): "Им&я",
    ("ContactForm", "Lan&guage"): "Яз&ык",
    ("IdentitySection", "&Phone"): "Т&елефон",
    ("ContactForm", "S&tarted"): "&Начало",
    ("ContactForm", "&Direction"): "На&правление",
    ("ContactForm", "Handled &by"): "Конс&ультант",
    ("ContactForm", "Callbac&k due"): "О&братный звонок до",
    ("IdentitySection", "&ID code"): "Ли&чный код",
    ("DeskFilters", "Shi&ft"): "Сме&на",
    ("DeskFilters", "Re&view"): "О&ценка",
    ("StatisticsPage", "&From"): "С &даты",
    ("StatisticsPage", "&to"): "&по",
    ("StatisticsPage", "Sho&w"): "Пока&зать",
    ("BackupSettingsBox", "&Folder"): "Пап&ка",
    ("BackupSettingsBox", "Back up &every"): "Создавать копию ка&ждые",
    ("LockPage", "Ch&ange user"): "Сменить поль&зователя",
    ("QualificationTable", "Add &specialist"): "Добавить спе&циалиста",
    ("DecisionsPage", "Record &event…"): "Зап&исать событие…",
    # --- strings added in issue 11 by the other points (K's Russian) ---
    ("Accessibility", "%1 (end)"): "%1 (конец)",
    ("DecisionDialog", "The decision date %1 is not today: check it is the one meant."): (
        "Дата решения %1 — не сегодняшняя: проверьте, что имеется в виду именно она."
    ),
    ("DecisionDialog", "%1 (monthly minimum wage on %2)"): "%1 (минимальная месячная зарплата на %2)",
    (
        "DraftRecoveryDialog",
        "These forms were left unsaved when you last logged out or changed user, or when the program was closed by a crash, a power cut or a forced stop. Continue them to check and save them; a form you do not need can then be closed with Discard.",
    ): (
        "Эти формы остались несохранёнными, когда вы в последний раз вышли из учётной записи или сменили пользователя, "
        "или когда программа была закрыта из-за сбоя, отключения питания или принудительной остановки. Продолжите их, "
        "чтобы проверить и сохранить; ненужную форму затем можно закрыть кнопкой «Не сохранять»."
    ),
    ("IdentitySection", "Shown as stored for this caller, not as typed: %1. Type a field again to change it."): (
        "Показано так, как сохранено для этого обратившегося, а не как введено: %1. Чтобы изменить поле, введите его снова."
    ),
    (
        "IdentitySection",
        "Changed elsewhere while this form was put aside: %1. The form shows your typing; check it before saving.",
    ): (
        "Изменено в другом месте, пока эта форма была отложена: %1. В форме показано то, что ввели вы; проверьте перед сохранением."
    ),
    ("IdentitySection", "birth date"): "дата рождения",
    ("IdentitySection", "e-mail"): "эл. почта",
    ("IdentitySection", "municipality"): "самоуправление",
    ("Labels", "Logged out"): "Выход из учётной записи",
    (
        "LockPage",
        "Someone else taking over this computer? Change user: your open forms are put aside\nfor your next log-in, unseen by the next user, and the log-in comes up.",
    ): (
        "За этот компьютер садится другой человек? Смените пользователя: ваши открытые формы будут отложены\n"
        "до вашего следующего входа, следующий пользователь их не увидит, и откроется окно входа."
    ),
    ("LoginDialog", "%1 is logged out; their unsaved forms wait for their next log-in. The next user logs in here."): (
        "%1 вышел(а) из учётной записи; несохранённые формы ждут следующего входа. Следующий пользователь входит здесь."
    ),
    ("LoginDialog", "&Quit"): "В&ыход",
    ("MainWindow", "&Change user…"): "Сменить &пользователя…",
    ("MainWindow", "Let the next user log in; your unsaved forms wait for you"): (
        "Дать войти следующему пользователю; ваши несохранённые формы будут вас ждать"
    ),
    ("MainWindow", "Log &out"): "&Выйти из учётной записи",
    (
        "Messages",
        "%1 is a folder or a device, not a backup file. Nothing was replaced; give the backup file itself (helpline-….sqlite3 in the backup folder).",
    ): (
        "%1 — папка или устройство, а не файл резервной копии. Ничего не заменено; укажите сам файл резервной копии "
        "(helpline-….sqlite3 в папке резервных копий)."
    ),
    (
        "Messages",
        "This is the store itself, not a backup of it. Nothing was replaced; choose a backup from the backup folder.",
    ): (
        "Это сама база данных, а не её резервная копия. Ничего не заменено; выберите резервную копию в папке резервных копий."
    ),
    ("NoticePasswordDialog", "Protect with a password"): "Защитить паролем",
    (
        "NoticePasswordDialog",
        "Password for the PDF (give it to the provider by another channel); leave empty for none:",
    ): ("Пароль для PDF (передайте его поставщику услуги по другому каналу); оставьте пустым, если пароль не нужен:"),
    ("NoticePasswordDialog", "S&how the password"): "По&казать пароль",
    ("NoticePasswordDialog", "&Password"): "&Пароль",
    ("NoticePasswordDialog", "&Repeat it"): "П&овторите его",
    ("NoticePasswordDialog", "The two passwords differ: type the same password in both fields."): (
        "Пароли не совпадают: введите один и тот же пароль в оба поля."
    ),
    ("NoticePasswordDialog", "Use letters without accents, digits and punctuation only: PDF readers read no other."): (
        "Используйте только латинские буквы без диакритики, цифры и знаки препинания: другие программы чтения PDF не читают."
    ),
    ("Questions", "&Save"): "&Сохранить",
    ("Questions", "&Discard"): "&Не сохранять",
    ("Questions", "&Back to the form"): "&Вернуться к форме",
    ("Questions", "&Yes"): "&Да",
    ("Questions", "&No"): "Н&ет",
    ("Questions", "Empty contact"): "Пустое обращение",
    (
        "Questions",
        "This contact has neither a summary nor a topic. Save it anyway? For a silent call, hang-up or wrong number, go back and log it with its own button instead.",
    ): (
        "В этом обращении нет ни резюме, ни темы. Всё равно сохранить? Молчащий звонок, сброшенный звонок или ошибку "
        "номера лучше вернуться и зарегистрировать отдельной кнопкой."
    ),
    ("Questions", "&Save anyway"): "Всё равно &сохранить",
    ("Theme", "&Colours"): "&Цвета",
    ("Theme", "As the &system"): "Как в с&истеме",
    ("Theme", "&Light"): "&Светлые",
    ("Theme", "&Dark"): "&Тёмные",
    ("TopicsPanel", "Type a few letters of a topic, Enter ticks it"): "Введите несколько букв темы, Enter отмечает её",
    ("TopicsPanel", "Down goes to the topics found, Space ticks one there; Escape shows all topics again."): (
        "Стрелка вниз переходит к найденным темам, пробел отмечает тему; Escape снова показывает все темы."
    ),
    ("TopicsPanel", "Find a topic"): "Найти тему",
    ("TopicsPanel", "No topic fits these letters."): "Нет темы с такими буквами.",
    ("Statistics", "the lighter the cell, the more contacts started in that hour over the whole period"): (
        "чем светлее клетка, тем больше обращений началось в этот час за весь период"
    ),
}
