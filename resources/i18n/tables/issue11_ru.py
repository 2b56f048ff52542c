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
}
