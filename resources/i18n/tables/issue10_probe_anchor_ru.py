"""Russian for issue 10's probe fixes: the audit anchor, pruning held back, entries changed by hand (P2)."""

TRANSLATIONS = {
    ("AuditModel", "(cannot be read)"): "(не читается)",
    ("AuditModel", "(cannot be read: %1)"): "(не читается: %1)",
    (
        "AuditDialog",
        "Entry %1 of the audit trail is not the one recorded outside the store: the store was rolled back (an old copy "
        "put back, entries cut, or lost commits) and work went on after that, or the trail was rewritten. What was "
        "saved after the roll-back may be lost.",
    ): (
        "Запись %1 журнала аудита не та, что записана вне базы данных: базу данных откатили (вернули старую копию, "
        "обрезали записи или потеряли сохранения) и после этого работа продолжилась, либо журнал переписали. "
        "Сохранённое после отката может быть потеряно."
    ),
    (
        "AuditDialog",
        "The record of the audit trail kept outside the store was changed by hand: it can no longer be read or "
        "checked.",
    ): "Отметка журнала аудита, хранимая вне базы данных, изменена вручную: её больше нельзя прочитать или проверить.",
    (
        "AuditDialog",
        "The store's record of the newest audit entry was changed by hand; it was set again from the newest entry "
        "there is (%2). Check the whole trail (Check the chain).",
    ): (
        "Отметка базы данных о последней записи аудита изменена вручную; она восстановлена по последней имеющейся "
        "записи (%2). Проверьте весь журнал (Проверить цепочку)."
    ),
    (
        "Backups",
        "No older backup was removed: the audit trail is not the one recorded outside the store, so the store may have "
        "lost data that only an older backup holds. Old backups are removed again once an administrator has looked "
        "into it and accepted the trail (Audit trail window).",
    ): (
        "Ни одна старая резервная копия не удалена: журнал аудита не тот, что записан вне базы данных, поэтому база "
        "данных могла потерять данные, которые есть только в старой копии. Старые копии снова будут удаляться, когда "
        "администратор разберётся и примет журнал (окно «Журнал аудита»)."
    ),
    (
        "Backups",
        "%n older backup(s) hold contacts or audit entries the newest backup does not, so they were kept instead of "
        "removed. If contacts are missing, an administrator can restore one (Settings → Restore from backup…); if "
        "not, they can be deleted by hand from %1.",
    ): (
        "%n старая резервная копия содержит обращения или записи аудита, которых нет в новейшей копии, поэтому она "
        "сохранена, а не удалена. Если обращений не хватает, администратор может её восстановить (Настройки → "
        "Восстановить из резервной копии…); если нет, её можно удалить вручную из %1.",
        "%n старые резервные копии содержат обращения или записи аудита, которых нет в новейшей копии, поэтому они "
        "сохранены, а не удалены. Если обращений не хватает, администратор может восстановить одну из них (Настройки "
        "→ Восстановить из резервной копии…); если нет, их можно удалить вручную из %1.",
        "%n старых резервных копий содержат обращения или записи аудита, которых нет в новейшей копии, поэтому они "
        "сохранены, а не удалены. Если обращений не хватает, администратор может восстановить одну из них (Настройки "
        "→ Восстановить из резервной копии…); если нет, их можно удалить вручную из %1.",
    ),
}
