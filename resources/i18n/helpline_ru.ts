<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../app/ui/contacts/access_dialog.py" line="45"/>
        <source>Open a known caller</source>
        <translation>Открытие известного обратившегося</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/access_dialog.py" line="49"/>
        <source>Another counsellor served this caller, so their name, ID code, phone and cases are hidden from you. If you must see them, say why. Your access and its reason go into the audit trail, which shift leads read, and last %n hours. Write why, not who: no names or ID codes in the reason.</source>
        <translation>
            <numerusform>Этого обратившегося обслуживал другой консультант, поэтому его имя, личный код, телефон и случаи от вас скрыты. Если вам необходимо их увидеть, укажите причину. Ваш доступ и его причина записываются в журнал аудита, который читают руководители смен, и доступ действует %n час. Пишите, зачем, а не кто: не указывайте в причине имён и личных кодов.</numerusform>
            <numerusform>Этого обратившегося обслуживал другой консультант, поэтому его имя, личный код, телефон и случаи от вас скрыты. Если вам необходимо их увидеть, укажите причину. Ваш доступ и его причина записываются в журнал аудита, который читают руководители смен, и доступ действует %n часа. Пишите, зачем, а не кто: не указывайте в причине имён и личных кодов.</numerusform>
            <numerusform>Этого обратившегося обслуживал другой консультант, поэтому его имя, личный код, телефон и случаи от вас скрыты. Если вам необходимо их увидеть, укажите причину. Ваш доступ и его причина записываются в журнал аудита, который читают руководители смен, и доступ действует %n часов. Пишите, зачем, а не кто: не указывайте в причине имён и личных кодов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/access_dialog.py" line="57"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/access_dialog.py" line="64"/>
        <source>&amp;Open with this reason</source>
        <translation>&amp;Открыть с этой причиной</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../app/ui/kit/accessibility.py" line="137"/>
        <source>%1 (end)</source>
        <translation>%1 (конец)</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="252"/>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="291"/>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="295"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="296"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="298"/>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="300"/>
        <source>Providers</source>
        <translation>Поставщики услуг</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="302"/>
        <source>Minimum wage</source>
        <translation>Минимальная месячная заработная плата</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="304"/>
        <source>Review criteria</source>
        <translation>Критерии оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="306"/>
        <source>Shift desk</source>
        <translation>Панель смены</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="308"/>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/shell/application.py" line="101"/>
        <source>Filling the demo store with generated contacts…</source>
        <translation>Демонстрационная база данных заполняется сгенерированными обращениями…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/session.py" line="72"/>
        <source>Old personal data could not be anonymised today (%1) The next start tries again.</source>
        <translation>Старые персональные данные сегодня не удалось анонимизировать (%1) При следующем запуске будет новая попытка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="493"/>
        <source>Demo store</source>
        <translation>Демонстрационная база данных</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="190"/>
        <location filename="../../app/ui/admin/audit_dialog.py" line="478"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="209"/>
        <source>ID code, phone or case number</source>
        <translation>Личный код, телефон или номер случая</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="212"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="214"/>
        <source>&amp;More</source>
        <translation>&amp;Ещё</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="215"/>
        <source>&amp;Check the chain</source>
        <translation>Проверить &amp;цепочку</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="216"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="218"/>
        <source>&amp;Accept the trail as it is…</source>
        <translation>Принять журнал &amp;как есть…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="250"/>
        <source>&amp;Period</source>
        <translation>Пе&amp;риод</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="251"/>
        <source>&amp;User</source>
        <translation>П&amp;ользователь</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="252"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="253"/>
        <source>Pe&amp;rson</source>
        <translation>&amp;Лицо</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="296"/>
        <source>Accept the trail as it is</source>
        <translation>Принятие журнала как есть</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="300"/>
        <source>Accept the trail as it is now and anchor it again? Do this only once you know why it changed (a restore at start, a backup put back by hand). The acceptance, and what was found, stay in the trail.</source>
        <translation>Принять журнал в его нынешнем виде и заново закрепить якорь? Делайте это, только когда вы знаете, почему он изменился (восстановление при запуске, резервная копия, возвращённая вручную). Принятие и обнаруженное остаются в журнале.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="312"/>
        <source>The trail is accepted as it is and anchored again; this is in the trail.</source>
        <translation>Журнал принят как есть, якорь закреплён заново; это записано в журнале.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="325"/>
        <source>Anchor of the trail, to write down and check it against later: %1</source>
        <translation>Якорь журнала аудита (запишите его, чтобы позже сверить с ним журнал): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="334"/>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="343"/>
        <source>No person has this ID code, phone or case number.</source>
        <translation>Лица с таким личным кодом, телефоном или номером случая нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="390"/>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>Журнал аудита не нарушен: проверено записей: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="392"/>
        <source>The audit trail is broken: its newest entries do not match the recorded tip.</source>
        <translation>Журнал аудита нарушен: его последние записи не совпадают с сохранённым концом цепочки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="395"/>
        <source>The audit trail is broken at entry %1: it was changed, removed or relinked.</source>
        <translation>Журнал аудита нарушен начиная с записи %1: она была изменена, удалена или перепривязана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="414"/>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="414"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="426"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="434"/>
        <source>The audit trail is shorter than recorded outside the store: entry %1 was written, but the store ends at entry %2. An old copy of the store was put back, entries were cut, or the store lost its newest commits: what was saved after that may be lost.</source>
        <translation>Журнал аудита короче, чем записано вне базы данных: запись %1 была сделана, но база данных заканчивается записью %2. Вместо базы данных была возвращена старая копия, записи были удалены или база данных потеряла последние сохранения: то, что было сохранено после этого, может быть утрачено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="440"/>
        <source>Entry %1 of the audit trail is not the one recorded outside the store: the store was rolled back (an old copy put back, entries cut, or lost commits) and work went on after that, or the trail was rewritten. What was saved after the roll-back may be lost.</source>
        <translation>Запись %1 журнала аудита не та, что записана вне базы данных: базу данных откатили (вернули старую копию, обрезали записи или потеряли сохранения) и после этого работа продолжилась, либо журнал переписали. Сохранённое после отката может быть потеряно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="446"/>
        <source>The record of the audit trail kept outside the store was changed by hand: it can no longer be read or checked.</source>
        <translation>Отметка журнала аудита, хранимая вне базы данных, изменена вручную: её больше нельзя прочитать или проверить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="451"/>
        <source>The store&apos;s record of the newest audit entry was changed by hand; it was set again from the newest entry there is (%2). Check the whole trail (Check the chain).</source>
        <translation>Отметка базы данных о последней записи аудита изменена вручную; она восстановлена по последней имеющейся записи (%2). Проверьте весь журнал (Проверить цепочку).</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="456"/>
        <source>The record of the audit trail kept outside the store is gone, although it was kept before.</source>
        <translation>Якорь журнала аудита, хранившийся вне базы данных, пропал, хотя раньше он хранился.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="471"/>
        <source>The program works on, and says this at every start until an administrator has looked into it and accepted the trail as it is (Audit trail window, or helpline audit verify --accept). Tell your administrator now.</source>
        <translation>Программа продолжает работать и будет сообщать об этом при каждом запуске, пока администратор не разберётся и не примет журнал как есть (в окне журнала аудита или командой helpline audit verify --accept). Сообщите администратору сейчас же.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="70"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="71"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="72"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="73"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="74"/>
        <source>Screen</source>
        <translation>Экран</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="75"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="84"/>
        <source>(cannot be read)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="88"/>
        <source>(an unknown name)</source>
        <translation>(неизвестное имя)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="93"/>
        <location filename="../../app/ui/admin/audit_dialog.py" line="109"/>
        <source>(cannot be read: %1)</source>
        <translation>(не читается: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="127"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="127"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="142"/>
        <source>contact</source>
        <translation>обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="143"/>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="144"/>
        <source>case</source>
        <translation>случай</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="145"/>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="146"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="147"/>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="148"/>
        <location filename="../../app/ui/admin/audit_dialog.py" line="178"/>
        <source>anchor</source>
        <translation>якорь</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="151"/>
        <source>identified</source>
        <translation>идентифицирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="152"/>
        <source>fields</source>
        <translation>поля</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="153"/>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="154"/>
        <source>from</source>
        <translation>было</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="155"/>
        <source>to</source>
        <translation>стало</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="156"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="157"/>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="158"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="159"/>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="160"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="161"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="162"/>
        <source>what</source>
        <translation>что</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="163"/>
        <source>months</source>
        <translation>месяцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="164"/>
        <source>contacts</source>
        <translation>обращений</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="165"/>
        <source>decisions</source>
        <translation>решений</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="166"/>
        <source>contacts outside a case</source>
        <translation>обращений вне случая</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="167"/>
        <source>on hold</source>
        <translation>требование о хранении</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="168"/>
        <source>since</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="169"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="170"/>
        <source>provider</source>
        <translation>поставщик услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="171"/>
        <source>name tag</source>
        <translation>метка имени</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="172"/>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="173"/>
        <source>finding</source>
        <translation>обнаружено</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="174"/>
        <source>anchored entry</source>
        <translation>закреплённая запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="175"/>
        <source>store&apos;s newest entry</source>
        <translation>последняя запись базы данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="176"/>
        <source>chain</source>
        <translation>цепочка</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="177"/>
        <source>checked</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="179"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="45"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="50"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="52"/>
        <source>Besides the backups made at every start and exit of the program.</source>
        <translation>Помимо резервных копий, создаваемых при каждом запуске и закрытии программы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="56"/>
        <source>The newest backups are kept; the oldest beyond this number are removed.</source>
        <translation>Хранятся самые новые резервные копии; более старые сверх этого числа удаляются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="60"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="61"/>
        <source>&amp;Default</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="72"/>
        <source>Back up &amp;every</source>
        <translation>Создавать копию ка&amp;ждые</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="73"/>
        <source>&amp;Number of backups kept</source>
        <translation>&amp;Число хранимых резервных копий</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="74"/>
        <source>&amp;Folder</source>
        <translation>Пап&amp;ка</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="77"/>
        <source>Backups are encrypted with the store&apos;s key: they open only on this computer&apos;s keyring (or with the store&apos;s passphrase). A folder on another disk protects against a failing disk.</source>
        <translation>Резервные копии зашифрованы ключом базы данных: они открываются только с хранилищем ключей этого компьютера (или с парольной фразой базы данных). Папка на другом диске защищает от отказа диска.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="83"/>
        <source>Save &amp;backup settings</source>
        <translation>Сохранить настройки &amp;резервного копирования</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="116"/>
        <source>Folder for the backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="60"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="84"/>
        <source>The store file %1 is missing, but these files show that there was one:</source>
        <translation>Файл базы данных %1 отсутствует, но эти файлы показывают, что он существовал:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="100"/>
        <source>None of them opens as a good copy of the store, so the program does not start on an empty one. Nothing was changed: call your administrator.</source>
        <translation>Ни один из них не открывается как исправная копия базы данных, поэтому программа не запускается с пустой базой. Ничего не изменено: позвоните администратору.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="109"/>
        <source>So that nothing is lost, the program does not start on an empty store. The newest good copy is %1 (%2): put it in place, or quit and call your administrator.</source>
        <translation>Чтобы ничего не потерять, программа не запускается с пустой базой данных. Самая новая исправная копия — %1 (%2): поставьте её на место или выйдите и позвоните администратору.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="117"/>
        <source>Put the copy of %1 in place</source>
        <translation>Поставить на место копию от %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="130"/>
        <source>The copy of %1 is in place. Contacts saved after that time are not in it: enter them again.</source>
        <translation>Копия от %1 поставлена на место. Обращений, сохранённых после этого времени, в ней нет: введите их заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="146"/>
        <source>The store file is damaged and no good backup of it was found, so the program cannot start. The file is left as it is: call your administrator, who can restore a backup from another place.</source>
        <translation>Файл базы данных повреждён, и исправной резервной копии не найдено, поэтому программа не может запуститься. Файл оставлен как есть: позвоните администратору, который может восстановить резервную копию из другого места.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="155"/>
        <source>The store file is damaged, so the program will not use it; the newest good backup is from %1: restore it (the damaged file is kept beside it, renamed), or quit and call your administrator.</source>
        <translation>Файл базы данных повреждён, поэтому программа не будет его использовать; самая новая исправная резервная копия сделана %1: восстановите её (повреждённый файл сохранится рядом под другим именем) или выйдите и позвоните администратору.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="162"/>
        <source>Restore the backup of %1</source>
        <translation>Восстановить резервную копию от %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="174"/>
        <source>The backup of %1 is restored. Contacts saved after that time are not in it: enter them again.</source>
        <translation>Резервная копия от %1 восстановлена. Обращений, сохранённых после этого времени, в ней нет: введите их заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="229"/>
        <source>Backing up the store…</source>
        <translation>Создание резервной копии базы данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="235"/>
        <source>Backed up at %1 to %2.</source>
        <translation>Резервная копия создана %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="253"/>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="384"/>
        <source>Not backed up</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="263"/>
        <source>No older backup was removed: the audit trail is not the one recorded outside the store, so the store may have lost data that only an older backup holds. Old backups are removed again once an administrator has looked into it and accepted the trail (Audit trail window).</source>
        <translation>Ни одна старая резервная копия не удалена: журнал аудита не тот, что записан вне базы данных, поэтому база данных могла потерять данные, которые есть только в старой копии. Старые копии снова будут удаляться, когда администратор разберётся и примет журнал (окно «Журнал аудита»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="283"/>
        <source>Older backups kept</source>
        <translation>Старые резервные копии сохранены</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="294"/>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="319"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="296"/>
        <source>Backups (*.sqlite3)</source>
        <translation>Резервные копии (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="309"/>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="321"/>
        <source>Replace the store by this backup (%1 contacts)? Whatever was saved after it is set aside, not deleted. The program closes to restore it; start it again afterwards.</source>
        <translation>Заменить базу данных этой резервной копией (обращений: %1)? Всё, что было сохранено после неё, будет отложено, а не удалено. Для восстановления программа закроется; затем запустите её снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="354"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="363"/>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="364"/>
        <source>The store was not replaced. %1</source>
        <translation>База данных не заменена. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="372"/>
        <source>The backup is restored. The replaced store is kept as %1. Start the program again.</source>
        <translation>Резервная копия восстановлена. Заменённая база данных сохранена как %1. Запустите программу снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="381"/>
        <source>Backing up the store before closing…</source>
        <translation>Создание резервной копии базы данных перед закрытием…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="427"/>
        <source>The backup was not made; the store itself is unchanged. %1</source>
        <translation>Резервная копия не создана; сама база данных не изменена. %1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="90"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="90"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="90"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="90"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="94"/>
        <source>Put on &amp;legal hold…</source>
        <translation>Установить требование о &amp;хранении…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="96"/>
        <source>A case on legal hold keeps its personal data, however long it stays quiet</source>
        <translation>Персональные данные случая с требованием о хранении сохраняются, сколько бы времени в нём ничего не происходило</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="98"/>
        <source>&amp;Release the hold</source>
        <translation>&amp;Снять требование о хранении</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="122"/>
        <source>Case %1</source>
        <translation>Случай %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="142"/>
        <source>Personal data removed by retention on %1.</source>
        <translation>Персональные данные удалены по истечении срока хранения %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="146"/>
        <source>On legal hold since %1 (%2). Reason: %3</source>
        <translation>Требование о хранении с %1 (%2). Причина: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="149"/>
        <source>On legal hold since %1. Reason: %2</source>
        <translation>Требование о хранении с %1. Причина: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="151"/>
        <source>Not on legal hold.</source>
        <translation>Требования о хранении нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="175"/>
        <source>Release the hold</source>
        <translation>Снятие требования о хранении</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="178"/>
        <source>Release the legal hold of case %1? Retention will then remove its personal data once the case has been quiet for the retention period.</source>
        <translation>Снять требование о хранении со случая %1? Тогда его персональные данные будут удалены, когда в случае ничего не будет происходить в течение срока хранения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="200"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="202"/>
        <source>Aid decision %1</source>
        <translation>Решение о помощи %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="204"/>
        <source>Put on legal hold</source>
        <translation>Установлено требование о хранении</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="206"/>
        <source>Personal data removed by retention</source>
        <translation>Персональные данные удалены по истечении срока хранения</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/shell/login.py" line="258"/>
        <source>Change my password</source>
        <translation>Изменение моего пароля</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="263"/>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="264"/>
        <source>&amp;New password (at least 10 characters)</source>
        <translation>&amp;Новый пароль (не менее 10 символов)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="265"/>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Повторите новый пароль</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="221"/>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="222"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="224"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="226"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="227"/>
        <source>Caller</source>
        <translation>Тип обратившегося</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="230"/>
        <source>Handled by</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="241"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="249"/>
        <source>Identified</source>
        <translation>Идентифицирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="255"/>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="39"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="256"/>
        <source>ID code</source>
        <translation>Личный код</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="259"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="265"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="266"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="267"/>
        <source>Municipality</source>
        <translation>Самоуправление</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="286"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="294"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="302"/>
        <source>Risk flags</source>
        <translation>Отметки риска</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="310"/>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="318"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="326"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="334"/>
        <source>Callback</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="345"/>
        <source>Callback done</source>
        <translation>Обратный звонок сделан</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="38"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="40"/>
        <source>Registry code</source>
        <translation>Регистрационный код</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="41"/>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="42"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="43"/>
        <source>Price list</source>
        <translation>Прейскурант</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="44"/>
        <source>Contract from</source>
        <translation>Договор с</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="45"/>
        <source>Contract until</source>
        <translation>Договор до</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="46"/>
        <source>Counties</source>
        <translation>Уезды</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="47"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="48"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="49"/>
        <source>Fields of work</source>
        <translation>Области деятельности</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="50"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="51"/>
        <source>Qualifications</source>
        <translation>Квалификации</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="102"/>
        <source>Changed by someone else meanwhile</source>
        <translation>Тем временем изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="105"/>
        <source>%1 saved this provider after you opened it. Choose, field by field, which value to keep; nothing is saved until you press Save my choices.</source>
        <translation>%1 сохранил(а) этого поставщика услуги после того, как вы его открыли. Выберите для каждого поля, какое значение оставить; ничего не будет сохранено, пока вы не нажмёте «Сохранить мой выбор».</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="110"/>
        <source>%1 saved this contact after you opened it. Choose, field by field, which value to keep; nothing is saved until you press Save my choices.</source>
        <translation>%1 сохранил(а) это обращение после того, как вы его открыли. Выберите для каждого поля, какое значение оставить; ничего не будет сохранено, пока вы не нажмёте «Сохранить мой выбор».</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="119"/>
        <source>Yours</source>
        <translation>Ваш вариант</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="119"/>
        <source>Saved by %1</source>
        <translation>Сохранил(а) %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="147"/>
        <source>* changed on both sides.</source>
        <translation>* изменено с обеих сторон.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="150"/>
        <source>&amp;Save my choices</source>
        <translation>&amp;Сохранить мой выбор</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="151"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Назад к форме</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="181"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="181"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="189"/>
        <source>another record</source>
        <translation>другая запись</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="281"/>
        <source>Consent to pass data to a partner</source>
        <translation>Согласие на передачу данных партнёру</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="286"/>
        <source>Not asked</source>
        <translation>Не спрашивали</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="287"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="288"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="167"/>
        <source>&amp;End contact</source>
        <translation>&amp;Завершить обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="168"/>
        <source>Stops the contact&apos;s clock; wrap-up time runs until saving (Ctrl+E).</source>
        <translation>Останавливает отсчёт времени обращения; время постобработки идёт до сохранения (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="170"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="176"/>
        <source>&amp;Line</source>
        <translation>&amp;Линия</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="178"/>
        <source>&amp;Direction</source>
        <translation>На&amp;правление</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="179"/>
        <source>Lan&amp;guage</source>
        <translation>Яз&amp;ык</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="181"/>
        <source>Handled &amp;by</source>
        <translation>Конс&amp;ультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="194"/>
        <source>What the caller told, what was agreed (type while listening)</source>
        <translation>Что рассказал обратившийся, о чём договорились (пишите во время разговора)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="210"/>
        <source>Callback done</source>
        <translation>Обратный звонок сделан</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="212"/>
        <source>Follow-up</source>
        <translation>Дальнейшие действия</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="219"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Резюме</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="222"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="250"/>
        <source>Case timeline…</source>
        <translation>История случая…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="177"/>
        <source>Ch&amp;annel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="180"/>
        <source>Caller t&amp;ype</source>
        <translation>&amp;Тип обратившегося</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="182"/>
        <source>S&amp;tarted</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="206"/>
        <source>Callbac&amp;k due</source>
        <translation>О&amp;братный звонок до</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="248"/>
        <source>History…</source>
        <translation>История изменений…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="252"/>
        <source>Aid decision…</source>
        <translation>Решение о помощи…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="253"/>
        <source>Trauma-recovery mental-health aid for the identified caller (Ctrl+D)</source>
        <translation>Помощь в области психического здоровья для восстановления после травмы идентифицированному обратившемуся (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="254"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="353"/>
        <source>New contact %1</source>
        <translation>Новое обращение %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="355"/>
        <source>Contact %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="365"/>
        <source>Saved contact</source>
        <translation>Сохранённое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="369"/>
        <source>On the line %1</source>
        <translation>На линии %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="373"/>
        <source>Contact %1 · wrap-up %2</source>
        <translation>Обращение %1 · постобработка %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="429"/>
        <source>Handled by %1, entered by %2.</source>
        <translation>Консультант: %1, внёс(ла): %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="437"/>
        <source>Retention removed this contact&apos;s personal data on %1; it can no longer be changed.</source>
        <translation>Персональные данные этого обращения удалены по истечении срока хранения %1; его больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="511"/>
        <source>Not saved: %1 changed this contact meanwhile. Your input is still here.</source>
        <translation>Не сохранено: %1 тем временем изменил(а) это обращение. Введённые вами данные сохранены в форме.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/form.py" line="571"/>
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Не сохранено: %n поле требует внимания.</numerusform>
            <numerusform>Не сохранено: %n поля требуют внимания.</numerusform>
            <numerusform>Не сохранено: %n полей требуют внимания.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="634"/>
        <source>Saved %1.</source>
        <translation>Сохранено %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="635"/>
        <source>Case %1.</source>
        <translation>Случай %1.</translation>
    </message>
</context>
<context>
    <name>ContactLogModel</name>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="117"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="119"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="124"/>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="128"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="129"/>
        <source>Caller</source>
        <translation>Обратившийся</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="130"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="132"/>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="139"/>
        <source>Counsellor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="140"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="145"/>
        <source>Identified</source>
        <translation>Идентифицирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="146"/>
        <source>Anonymous</source>
        <translation>Анонимный</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../app/ui/admin/review.py" line="36"/>
        <source>&amp;Add criterion</source>
        <translation>&amp;Добавить критерий</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="37"/>
        <source>&amp;Save criteria</source>
        <translation>&amp;Сохранить критерии</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="244"/>
        <source>Aid decision – %1</source>
        <translation>Решение о помощи – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="108"/>
        <source>Police certificate or criminal proceedings number</source>
        <translation>Номер справки полиции или уголовного производства</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="147"/>
        <source>Eligibility</source>
        <translation>Право на помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="152"/>
        <source>Decision &amp;date</source>
        <translation>&amp;Дата решения</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="153"/>
        <source>The &amp;person is</source>
        <translation>&amp;Лицо является</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="154"/>
        <source>What &amp;happened</source>
        <translation>Что прои&amp;зошло</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="155"/>
        <source>&amp;Reference</source>
        <translation>&amp;Ссылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="157"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="167"/>
        <source>&amp;Service</source>
        <translation>&amp;Услуга</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="168"/>
        <source>&amp;Limit</source>
        <translation>Л&amp;имит</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="170"/>
        <source>Provider (chosen with the client)</source>
        <translation>Поставщик услуги (выбирается вместе с клиентом)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="173"/>
        <source>County</source>
        <translation>Уезд</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="175"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="187"/>
        <source>Save decision (Ctrl+S)</source>
        <translation>Сохранить решение (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="188"/>
        <source>&amp;Open notice</source>
        <translation>&amp;Открыть уведомление</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="189"/>
        <source>Save notice &amp;as…</source>
        <translation>Сохранить уведомление &amp;как…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="165"/>
        <source>Reason for re&amp;fusal</source>
        <translation>П&amp;ричина отказа</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="181"/>
        <source>Notice lan&amp;guage</source>
        <translation>&amp;Язык уведомления</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="190"/>
        <source>Mark se&amp;nt…</source>
        <translation>Отметить отпр&amp;авленным…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="191"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="263"/>
        <source>The decision date %1 is not today: check it is the one meant.</source>
        <translation>Дата решения %1 — не сегодняшняя: проверьте, что имеется в виду именно она.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="285"/>
        <source>Unsaved decision</source>
        <translation>Несохранённое решение</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="286"/>
        <source>This aid decision is not saved. Discard its input?</source>
        <translation>Это решение о помощи не сохранено. Отказаться от введённых данных?</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="315"/>
        <source>Your user account has no phone or e-mail, so the notice would carry only your name: ask the administrator to add them.</source>
        <translation>В вашей учётной записи нет телефона и адреса эл. почты, поэтому в уведомлении будет только ваше имя: попросите администратора добавить их.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="348"/>
        <source>%1 (monthly minimum wage on %2)</source>
        <translation>%1 (минимальная месячная зарплата на %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="357"/>
        <source>Until the need ceases, at most until %1</source>
        <translation>До прекращения необходимости, но не дольше чем до %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="360"/>
        <source>Until the need ceases</source>
        <translation>До прекращения необходимости</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="440"/>
        <source>Not saved: see the marked fields.</source>
        <translation>Не сохранено: см. отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="462"/>
        <source>Decision %1 saved (case %2).</source>
        <translation>Решение %1 сохранено (случай %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="471"/>
        <source>The client&apos;s or provider&apos;s data changed since the first notice was made.</source>
        <translation>Данные клиента или поставщика услуги изменились после составления первого уведомления.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="500"/>
        <source>Save notice</source>
        <translation>Сохранение уведомления</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="515"/>
        <source>Notice saved to %1.</source>
        <translation>Уведомление сохранено в файл %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="520"/>
        <source>Notice sent</source>
        <translation>Уведомление отправлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="520"/>
        <source>How was it sent (e-mail, post, …)?</source>
        <translation>Как оно было отправлено (эл. почта, почта, …)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="539"/>
        <source>Marked sent.</source>
        <translation>Отмечено как отправленное.</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="45"/>
        <source>Notice</source>
        <translation>№ уведомления</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="46"/>
        <source>Decided</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="47"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="48"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="49"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="50"/>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="51"/>
        <source>Provider</source>
        <translation>Поставщик услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="52"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="61"/>
        <source>until the need ceases</source>
        <translation>до прекращения необходимости</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="76"/>
        <source>All limits</source>
        <translation>Все лимиты</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="77"/>
        <source>With a limit</source>
        <translation>С лимитом</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="78"/>
        <source>Without a limit</source>
        <translation>Без лимита</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="87"/>
        <source>Record &amp;event…</source>
        <translation>Зап&amp;исать событие…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="88"/>
        <source>E&amp;xport for a provider…</source>
        <translation>&amp;Экспорт для поставщика услуги…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="92"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="93"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="94"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="95"/>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="136"/>
        <source>%1 decision(s)</source>
        <translation>Решений: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="145"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="148"/>
        <source>Note (reason, how):</source>
        <translation>Примечание (причина, способ):</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="177"/>
        <source>No provider has granted decisions in the list.</source>
        <translation>В списке нет решений о назначении помощи ни с одним поставщиком услуги.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="181"/>
        <source>Export for a provider</source>
        <translation>Экспорт для поставщика услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="181"/>
        <source>Provider</source>
        <translation>Поставщик услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="184"/>
        <source>Folder for the two files</source>
        <translation>Папка для двух файлов</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="203"/>
        <source>Two files written to %1.</source>
        <translation>Два файла сохранены в папку %1.</translation>
    </message>
</context>
<context>
    <name>DeskFilters</name>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="73"/>
        <source>Any risk flag</source>
        <translation>Любая отметка риска</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="74"/>
        <source>Open risk (step pending)</source>
        <translation>Открытый риск (шаг не выполнен)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="75"/>
        <source>No risk flag</source>
        <translation>Без отметки риска</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="80"/>
        <source>Anonymous</source>
        <translation>Анонимный</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="81"/>
        <source>Identified</source>
        <translation>Идентифицированный</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="84"/>
        <source>Not reviewed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="85"/>
        <source>Reviewed</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="86"/>
        <source>In the queue, not reviewed</source>
        <translation>В очереди, не оценено</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="90"/>
        <source>Name, phone, ID code, case number or words</source>
        <translation>Имя, телефон, личный код, номер случая или слова</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="91"/>
        <source>Last night</source>
        <translation>Прошлая ночь</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="92"/>
        <source>The night shift that started yesterday</source>
        <translation>Ночная смена, начавшаяся вчера</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="93"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="106"/>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="107"/>
        <source>Shi&amp;ft</source>
        <translation>Сме&amp;на</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="108"/>
        <source>Counsello&amp;r</source>
        <translation>&amp;Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="109"/>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="110"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="111"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="112"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="113"/>
        <source>&amp;Topic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="114"/>
        <source>Ris&amp;k</source>
        <translation>&amp;Риск</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="115"/>
        <source>Caller</source>
        <translation>Обратившийся</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="116"/>
        <source>Re&amp;view</source>
        <translation>О&amp;ценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="117"/>
        <source>Callback</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="118"/>
        <source>&amp;Words</source>
        <translation>С&amp;лова</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="170"/>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
</context>
<context>
    <name>DeskLogModel</name>
    <message>
        <location filename="../../app/ui/desk/page.py" line="182"/>
        <source>Review</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="198"/>
        <source>Reviewed, acknowledged</source>
        <translation>Оценено, подтверждено</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="200"/>
        <source>Reviewed</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="202"/>
        <source>To review: risk</source>
        <translation>К оценке: риск</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="203"/>
        <source>To review: sample</source>
        <translation>К оценке: выборка</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../app/ui/desk/page.py" line="247"/>
        <source>Shift date</source>
        <translation>Дата смены</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="248"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="249"/>
        <source>Counsellor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="250"/>
        <location filename="../../app/ui/desk/page.py" line="270"/>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="251"/>
        <source>Hours on the line</source>
        <translation>Часов на линии</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="252"/>
        <source>With a risk flag</source>
        <translation>С отметкой риска</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="253"/>
        <source>Silent, hang-up, wrong, prank</source>
        <translation>Молчание, сброс, ошибка номера, розыгрыш</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="271"/>
        <source>Review queue</source>
        <translation>Очередь на оценку</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="272"/>
        <source>Team callbacks</source>
        <translation>Обратные звонки команды</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="273"/>
        <source>Workload</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="398"/>
        <source>%1: %2 (%3 overdue)</source>
        <translation>%1: %2 (просрочено %3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="402"/>
        <source>Callbacks due today or overdue, by counsellor. </source>
        <translation>Обратные звонки со сроком сегодня или просроченные, по консультантам. </translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="404"/>
        <source>No callbacks are due today or overdue.</source>
        <translation>Обратных звонков со сроком сегодня или просроченных нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="384"/>
        <source>Shifts starting from %1 to %2. Shifts with %3 or more contacts with a risk flag are in bold.</source>
        <translation>Смены, начавшиеся с %1 по %2. Смены, в которых было %3 или более обращений с отметкой риска, выделены жирным.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="409"/>
        <source>Reading the lists…</source>
        <translation>Загрузка списков…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="419"/>
        <source>Review queue (%1)</source>
        <translation>Очередь на оценку (%1)</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message>
        <location filename="../../app/ui/admin/review.py" line="56"/>
        <source>&amp;Day shift starts at</source>
        <translation>&amp;Дневная смена начинается в</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="57"/>
        <source>&amp;Night shift starts at</source>
        <translation>&amp;Ночная смена начинается в</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="58"/>
        <source>Share &amp;reviewed at random</source>
        <translation>Доля случайной &amp;выборки для оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="61"/>
        <source>The day shift runs from its hour until the night shift starts; the night shift runs until the next morning and belongs to the date it started on (Tallinn time). The desk&apos;s shift filter and workload follow these hours.

Contacts with a risk flag always enter the review queue; of the others, this share is picked at random as they are saved.</source>
        <translation>Дневная смена длится с её часа начала до начала ночной смены; ночная смена длится до следующего утра и относится к дате, когда она началась (по таллиннскому времени). Фильтр смен и нагрузка на панели смены следуют этим часам.

Обращения с отметкой риска всегда попадают в очередь на оценку; из остальных эта доля отбирается случайно при сохранении.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="69"/>
        <source>&amp;Save desk settings</source>
        <translation>&amp;Сохранить настройки панели</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="84"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="102"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="70"/>
        <source>Unfinished forms</source>
        <translation>Незавершённые формы</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="73"/>
        <source>These forms were left unsaved when you last logged out or changed user, or when the program was closed by a crash, a power cut or a forced stop. Continue them to check and save them; a form you do not need can then be closed with Discard.</source>
        <translation>Эти формы остались несохранёнными, когда вы в последний раз вышли из учётной записи или сменили пользователя, или когда программа была закрыта из-за сбоя, отключения питания или принудительной остановки. Продолжите их, чтобы проверить и сохранить; ненужную форму затем можно закрыть кнопкой «Не сохранять».</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="82"/>
        <source>&amp;Continue them</source>
        <translation>&amp;Продолжить их</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="84"/>
        <source>&amp;Discard them all…</source>
        <translation>&amp;Отказаться от всех…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="85"/>
        <source>Ask me &amp;later</source>
        <translation>Спросить по&amp;зже</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="107"/>
        <source>Discard the drafts</source>
        <translation>Отказ от черновиков</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="108"/>
        <source>The unsaved input of these forms will be gone for good. Discard it?</source>
        <translation>Несохранённые данные этих форм будут утрачены безвозвратно. Отказаться от них?</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="120"/>
        <source>Aid decision</source>
        <translation>Решение о помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="122"/>
        <source>New contact</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="124"/>
        <source>Saved contact, changed</source>
        <translation>Сохранённое обращение, изменено</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="44"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="44"/>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="44"/>
        <source>Reviewed by</source>
        <translation>Оценил(а)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="44"/>
        <source>Reviewed on</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="44"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="54"/>
        <source>&amp;Acknowledge: I have read it</source>
        <translation>&amp;Подтверждаю: я прочитал(а)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="56"/>
        <source>Open contact</source>
        <translation>Открыть обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="87"/>
        <source>Acknowledged %1</source>
        <translation>Подтверждено %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="89"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="125"/>
        <source>No feedback on your contacts yet.</source>
        <translation>Отзывов о ваших обращениях пока нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="130"/>
        <source>Contact of %1 on %2</source>
        <translation>Обращение %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="135"/>
        <source>Reviewed by %1 on %2.</source>
        <translation>Оценил(а) %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="137"/>
        <source>Discussed together.</source>
        <translation>Обсуждено вместе.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../app/ui/shell/login.py" line="184"/>
        <source>Create the administrator – %1</source>
        <translation>Создание администратора – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="187"/>
        <source>This store has no users yet. Create the administrator account; the administrator then adds counsellors and shift leads. Choose a password of at least 10 characters.</source>
        <translation>В этой базе данных ещё нет пользователей. Создайте учётную запись администратора; затем администратор добавит консультантов и руководителей смен. Выберите пароль не менее чем из 10 символов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="200"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="201"/>
        <source>&amp;Full name</source>
        <translation>П&amp;олное имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="202"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="203"/>
        <source>&amp;Repeat password</source>
        <translation>Пароль &amp;ещё раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="205"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="208"/>
        <source>Or, on a workstation of a team that shares a server:</source>
        <translation>Или на рабочем месте команды с общим сервером:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="209"/>
        <source>&amp;Join a team server…</source>
        <translation>Подк&amp;лючиться к серверу команды…</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="101"/>
        <source>Handover notes</source>
        <translation>Сообщения о передаче смены</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="102"/>
        <source>There are no unread handover notes.</source>
        <translation>Непрочитанных сообщений о передаче смены нет.</translation>
    </message>
</context>
<context>
    <name>HandoverReadDialog</name>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="52"/>
        <source>Handover notes from the previous shift</source>
        <translation>Сообщения о передаче смены от предыдущей смены</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="58"/>
        <source>&amp;Mark as read</source>
        <translation>&amp;Отметить прочитанными</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="59"/>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="71"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>HandoverWriteDialog</name>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="114"/>
        <source>Handover note for the next shift</source>
        <translation>Сообщение о передаче смены для следующей смены</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="125"/>
        <source>What the next shift must know: open risks, expected callbacks, anything unusual.</source>
        <translation>Что должна знать следующая смена: открытые риски, ожидаемые обратные звонки, всё необычное.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="128"/>
        <source>Add &amp;open items</source>
        <translation>Добавить &amp;открытые пункты</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="130"/>
        <source>Adds your open callbacks and the last day&apos;s contacts whose risk step is still pending</source>
        <translation>Добавляет ваши открытые обратные звонки и обращения за последние сутки, по которым шаг при риске ещё не выполнен</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="134"/>
        <source>&amp;Shift ending</source>
        <translation>&amp;Завершающаяся смена</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="164"/>
        <source>Callback due %1: %2</source>
        <translation>Обратный звонок до %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="167"/>
        <source>Risk step pending (%1): %2</source>
        <translation>Шаг при риске не выполнен (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="171"/>
        <source>identified caller</source>
        <translation>идентифицированный обратившийся</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="171"/>
        <source>anonymous caller</source>
        <translation>анонимный обратившийся</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="183"/>
        <source>No open callbacks or pending risk steps.</source>
        <translation>Открытых обратных звонков и невыполненных шагов при риске нет.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="29"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="30"/>
        <source>Ended</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="31"/>
        <source>Linked caller</source>
        <translation>Связанный обратившийся</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="76"/>
        <source>Contact history</source>
        <translation>История изменений обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="82"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="82"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="82"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="82"/>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="82"/>
        <source>After</source>
        <translation>После</translation>
    </message>
</context>
<context>
    <name>HoldReasonDialog</name>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="48"/>
        <source>Legal hold for case %1</source>
        <translation>Требование о хранении для случая %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="51"/>
        <source>Why must this case keep its personal data? Say who asked and for which matter (e.g. a court case).</source>
        <translation>Почему персональные данные этого случая должны сохраняться? Укажите, кто об этом попросил и для какого дела (например, судебного).</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="61"/>
        <source>Put on &amp;hold</source>
        <translation>&amp;Установить требование о хранении</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="77"/>
        <source>Caller</source>
        <translation>Обратившийся</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="105"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="118"/>
        <source>Caller&apos;s number, if they agree (kept only as a code)</source>
        <translation>Номер звонящего, если он согласен (хранится только в виде кода)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="121"/>
        <source>The number is not stored: only a code made from it, so the program can tell when the same number calls again, while nobody can read the number back.</source>
        <translation>Номер не сохраняется: хранится только полученный из него код, чтобы программа могла узнать, когда с того же номера звонят снова, но никто не мог восстановить номер по коду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="139"/>
        <source>See this caller&apos;s name and cases: you say why, and the access is recorded in the audit trail</source>
        <translation>Имя и случаи этого обратившегося: вы указываете, зачем они вам нужны, и доступ записывается в журнал аудита</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="145"/>
        <source>Unlink</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="155"/>
        <source>&amp;Name</source>
        <translation>Им&amp;я</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="167"/>
        <source>&amp;Phone</source>
        <translation>Т&amp;елефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="168"/>
        <source>E-&amp;mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="173"/>
        <source>Earlier contacts with the same phone, ID code or name:</source>
        <translation>Прежние обращения с тем же телефоном, личным кодом или именем:</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="91"/>
        <source>An&amp;onymous</source>
        <translation>&amp;Анонимный</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="92"/>
        <source>Identi&amp;fied</source>
        <translation>&amp;Идентифицированный</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="135"/>
        <source>Link to this person</source>
        <translation>Связать с этим лицом</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="137"/>
        <source>Ask for access…</source>
        <translation>Запросить доступ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="165"/>
        <source>&amp;ID code</source>
        <translation>Ли&amp;чный код</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="166"/>
        <source>Bi&amp;rth date</source>
        <translation>&amp;Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="169"/>
        <source>Municipality</source>
        <translation>Самоуправление</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="191"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="199"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="270"/>
        <source>Born %1, %2</source>
        <translation>Дата рождения %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="291"/>
        <source>A number is remembered for this contact (as a code).</source>
        <translation>Для этого обращения запомнен номер (в виде кода).</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="304"/>
        <source>This number has not called before.</source>
        <translation>С этого номера раньше не звонили.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/identity_section.py" line="307"/>
        <source>Earlier calls from this number: %n, the last on %1.</source>
        <translation>
            <numerusform>Прежних звонков с этого номера: %n, последний — %1.</numerusform>
            <numerusform>Прежних звонков с этого номера: %n, последний — %1.</numerusform>
            <numerusform>Прежних звонков с этого номера: %n, последний — %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="310"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="322"/>
        <source>Earlier contacts from this number</source>
        <translation>Прежние обращения с этого номера</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="340"/>
        <source>Known caller · %1 contacts, last %2 (%3) · matches %4</source>
        <translation>Известный обратившийся · обращений: %1, последнее %2 (%3) · совпадает: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="348"/>
        <source>%1 · %2 contacts, last %3 · matches %4</source>
        <translation>%1 · обращений: %2, последнее %3 · совпадает: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="349"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="357"/>
        <source>Another counsellor served this caller: ask for access, with a reason, to see who it is.</source>
        <translation>Этого обратившегося обслуживал другой консультант: чтобы увидеть, кто это, запросите доступ с указанием причины.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="396"/>
        <location filename="../../app/ui/contacts/identity_section.py" line="526"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="396"/>
        <location filename="../../app/ui/contacts/identity_section.py" line="524"/>
        <source>ID code</source>
        <translation>личный код</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="396"/>
        <location filename="../../app/ui/contacts/identity_section.py" line="523"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="433"/>
        <source>Shown as stored for this caller, not as typed: %1. Type a field again to change it.</source>
        <translation>Показано так, как сохранено для этого обратившегося, а не как введено: %1. Чтобы изменить поле, введите его снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="483"/>
        <source>Changed elsewhere while this form was put aside: %1. The form shows your typing; check it before saving.</source>
        <translation>Изменено в другом месте, пока эта форма была отложена: %1. В форме показано то, что ввели вы; проверьте перед сохранением.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="519"/>
        <source>Linked to an earlier caller: %1</source>
        <translation>Связан с прежним обратившимся: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="525"/>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="527"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="528"/>
        <source>municipality</source>
        <translation>самоуправление</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="534"/>
        <source>No case</source>
        <translation>Без случая</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="535"/>
        <source>Open a new case</source>
        <translation>Открыть новый случай</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="98"/>
        <source>Nothing imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="101"/>
        <source>The file was not imported: nothing was added or changed. Correct these lines in the file and import it again.</source>
        <translation>Файл не импортирован: ничего не добавлено и не изменено. Исправьте эти строки в файле и импортируйте его снова.</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../app/ui/shell/integrity.py" line="31"/>
        <source>The program&apos;s check of the store found it damaged (a failing disk, or the file changed outside the program). So that the damage does not spread, nothing more can be saved. Write down on paper what you are working on, then close the program and start it again: it will offer to restore the newest good backup. Tell your administrator.</source>
        <translation>Проверка программы обнаружила, что хранилище данных повреждено (неисправный диск или файл изменён вне программы). Чтобы повреждение не распространилось, сохранять больше ничего нельзя. Запишите на бумаге то, над чем вы работаете, затем закройте программу и запустите её снова: она предложит восстановить последнюю исправную резервную копию. Сообщите своему администратору.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/integrity.py" line="73"/>
        <source>The program was not closed properly last time, so the store is checked before it opens. On a very large store this takes up to a minute.</source>
        <translation>В прошлый раз программа была закрыта некорректно, поэтому хранилище данных проверяется перед открытием. Для очень большого хранилища это занимает до минуты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/integrity.py" line="79"/>
        <source>This version of the program changes how the store is kept: it backs the store up first, then changes it. This happens once; on a very large store it takes up to a minute.</source>
        <translation>Эта версия программы меняет способ хранения данных: сначала делается резервная копия базы, затем она изменяется. Это происходит один раз; для очень большой базы это занимает до минуты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/integrity.py" line="85"/>
        <source>A check found the store damaged last time, so it is checked again before it opens.</source>
        <translation>В прошлый раз проверка обнаружила, что хранилище данных повреждено, поэтому перед открытием оно проверяется снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/integrity.py" line="88"/>
        <source>The store has not been checked in full for a week, so it is checked before it opens. On a very large store this takes up to a minute.</source>
        <translation>Хранилище данных не проверялось полностью неделю, поэтому оно проверяется перед открытием. Для очень большого хранилища это занимает до минуты.</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="65"/>
        <source>Join a team server – %1</source>
        <translation>Подключение к серверу команды – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="68"/>
        <source>Your administrator gives you the team server&apos;s name and the team&apos;s certificate file. Sign in with your own user name and password: this computer then keeps the contacts you may see and works on when the network is down.</source>
        <translation>Администратор даёт вам имя сервера команды и файл сертификата команды. Войдите под своим именем пользователя и паролем: этот компьютер будет хранить контакты, которые вам разрешено видеть, и продолжит работать, когда сеть недоступна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="80"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="93"/>
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="94"/>
        <source>P&amp;ort</source>
        <translation>Пор&amp;т</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="95"/>
        <source>&amp;Database</source>
        <translation>&amp;База данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="96"/>
        <source>Team &amp;certificate</source>
        <translation>С&amp;ертификат команды</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="97"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="98"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="102"/>
        <source>&amp;Join</source>
        <translation>П&amp;рисоединиться</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="115"/>
        <source>The team&apos;s certificate</source>
        <translation>Сертификат команды</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="115"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="53"/>
        <source>Counsellor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="54"/>
        <source>Shift lead</source>
        <translation>Руководитель смены</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="55"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="58"/>
        <source>116 006 crisis line</source>
        <translation>116 006 кризисная линия помощи жертвам</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="59"/>
        <source>116 123 emotional support</source>
        <translation>116 123 телефон доверия</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="60"/>
        <source>Video counselling</source>
        <translation>Видеоконсультирование</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="61"/>
        <source>Web counselling</source>
        <translation>Веб-консультирование</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="64"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="65"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="66"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="67"/>
        <location filename="../../app/ui/kit/labels.py" line="248"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="70"/>
        <source>Incoming</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="71"/>
        <source>Outgoing (callback)</source>
        <translation>Исходящее (обратный звонок)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="74"/>
        <source>Estonian</source>
        <translation>Эстонский</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="75"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="76"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="77"/>
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="80"/>
        <source>Victim</source>
        <translation>Жертва</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="81"/>
        <source>Close person</source>
        <translation>Близкий человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="82"/>
        <source>Professional or official</source>
        <translation>Специалист или должностное лицо</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="83"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="84"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="87"/>
        <source>Counselling</source>
        <translation>Консультирование</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="88"/>
        <source>Silent call</source>
        <translation>Молчаливый звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="89"/>
        <source>Hang-up</source>
        <translation>Сброшенный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="90"/>
        <source>Wrong number</source>
        <translation>Ошибка номера</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="91"/>
        <source>Prank or abusive</source>
        <translation>Розыгрыш или оскорбления</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="93"/>
        <source>Female</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="93"/>
        <source>Male</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="95"/>
        <source>Immediate danger</source>
        <translation>Непосредственная опасность</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="96"/>
        <source>Suicidal thoughts</source>
        <translation>Суицидальные мысли</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="97"/>
        <source>Child at risk</source>
        <translation>Ребёнок в опасности</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="98"/>
        <source>Possibly high-risk partner violence</source>
        <translation>Возможно, насилие в паре с высоким риском</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="101"/>
        <source>Information given</source>
        <translation>Предоставлена информация</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="102"/>
        <source>Referred to regional victim support</source>
        <translation>Направлен(а) в региональную службу помощи жертвам</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="103"/>
        <source>Referred to the police</source>
        <translation>Направлен(а) в полицию</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="104"/>
        <source>Referred to a shelter or women&apos;s support centre</source>
        <translation>Направлен(а) в убежище или центр поддержки женщин</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="105"/>
        <source>Referred to child protection</source>
        <translation>Направлен(а) в службу защиты детей</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="106"/>
        <source>Referred to the local government</source>
        <translation>Направлен(а) в местное самоуправление</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="107"/>
        <source>Referred to health care</source>
        <translation>Направлен(а) за медицинской помощью</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="108"/>
        <source>Referred elsewhere</source>
        <translation>Направлен(а) в другое место</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="111"/>
        <source>Regional victim support</source>
        <translation>Региональная служба помощи жертвам</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="112"/>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="113"/>
        <source>Shelter or women&apos;s support centre</source>
        <translation>Убежище или центр поддержки женщин</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="114"/>
        <source>Child protection</source>
        <translation>Защита детей</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="115"/>
        <source>Local government</source>
        <translation>Местное самоуправление</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="116"/>
        <source>Health care</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="117"/>
        <source>Other partner</source>
        <translation>Другой партнёр</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="123"/>
        <source>Victim of a crime or of violence</source>
        <translation>Жертва преступления или насилия</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="124"/>
        <source>Family member of a victim</source>
        <translation>Член семьи жертвы</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="125"/>
        <source>Witness in criminal proceedings</source>
        <translation>Свидетель в уголовном производстве</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="128"/>
        <source>Domestic violence</source>
        <translation>Насилие в близких отношениях</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="129"/>
        <source>Sexual violence</source>
        <translation>Сексуальное насилие</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="130"/>
        <source>Human trafficking</source>
        <translation>Торговля людьми</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="131"/>
        <source>Other offence</source>
        <translation>Другое правонарушение</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="134"/>
        <source>Standard: one monthly minimum wage</source>
        <translation>Обычный: одна минимальная месячная заработная плата</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="135"/>
        <source>Sexually abused minor: until the need ceases, at most until 18</source>
        <translation>Несовершеннолетний, подвергшийся сексуальному насилию: до прекращения необходимости, но не дольше чем до 18 лет</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="138"/>
        <source>Victim of human trafficking: until the need ceases</source>
        <translation>Жертва торговли людьми: до прекращения необходимости</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="141"/>
        <source>Psychological counselling</source>
        <translation>Психологическое консультирование</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="142"/>
        <source>Psychotherapy</source>
        <translation>Психотерапия</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="143"/>
        <source>Support group</source>
        <translation>Группа поддержки</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="146"/>
        <source>Granted</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="147"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="150"/>
        <source>Notice sent</source>
        <translation>Уведомление отправлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="151"/>
        <source>Provider reports a no-show</source>
        <translation>Поставщик услуги сообщает о неявке</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="152"/>
        <source>Provider declines</source>
        <translation>Поставщик услуги отказывается</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="153"/>
        <source>Need ended</source>
        <translation>Необходимость прекратилась</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="154"/>
        <source>Decision withdrawn</source>
        <translation>Решение отменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="157"/>
        <source>Harju County</source>
        <translation>Харьюмаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="158"/>
        <source>Hiiu County</source>
        <translation>Хийумаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="159"/>
        <source>Ida-Viru County</source>
        <translation>Ида-Вирумаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="160"/>
        <source>Jõgeva County</source>
        <translation>Йыгевамаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="161"/>
        <source>Järva County</source>
        <translation>Ярвамаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="162"/>
        <source>Lääne County</source>
        <translation>Ляэнемаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="163"/>
        <source>Lääne-Viru County</source>
        <translation>Ляэне-Вирумаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="164"/>
        <source>Põlva County</source>
        <translation>Пылвамаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="165"/>
        <source>Pärnu County</source>
        <translation>Пярнумаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="166"/>
        <source>Rapla County</source>
        <translation>Рапламаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="167"/>
        <source>Saare County</source>
        <translation>Сааремаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="168"/>
        <source>Tartu County</source>
        <translation>Тартумаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="169"/>
        <source>Valga County</source>
        <translation>Валгамаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="170"/>
        <source>Viljandi County</source>
        <translation>Вильяндимаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="171"/>
        <source>Võru County</source>
        <translation>Вырумаа</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="178"/>
        <source>Person (FIE or employee)</source>
        <translation>Лицо (ФЛП или работник)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="179"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="182"/>
        <source>FIE in the business register</source>
        <translation>ФЛП в коммерческом регистре</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="183"/>
        <source>Psychiatric specialist-care licence</source>
        <translation>Лицензия на оказание психиатрической специализированной медицинской помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="184"/>
        <source>Articles of association name the services</source>
        <translation>Услуги указаны в уставе</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="187"/>
        <source>Health care professional (Terviseamet)</source>
        <translation>Работник здравоохранения (Департамент здоровья)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="190"/>
        <source>Clinical psychologist</source>
        <translation>Клинический психолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="191"/>
        <source>School psychologist</source>
        <translation>Школьный психолог</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="192"/>
        <source>Counselling psychologist</source>
        <translation>Психолог-консультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="193"/>
        <source>Psychotherapist (association)</source>
        <translation>Психотерапевт (признание ассоциации)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="194"/>
        <source>Master&apos;s degree in psychology</source>
        <translation>Степень магистра психологии</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="201"/>
        <source>Day shift</source>
        <translation>Дневная смена</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="202"/>
        <source>Night shift</source>
        <translation>Ночная смена</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="205"/>
        <source>Risk flag</source>
        <translation>Отметка риска</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="206"/>
        <source>Random sample</source>
        <translation>Случайная выборка</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="209"/>
        <source>Callback due today</source>
        <translation>Обратный звонок сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="210"/>
        <source>Callback overdue</source>
        <translation>Обратный звонок просрочен</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="211"/>
        <source>Callback due or overdue</source>
        <translation>Обратный звонок сегодня или просрочен</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="218"/>
        <source>Logged in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="219"/>
        <source>Failed log-in</source>
        <translation>Неудачный вход в систему</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="220"/>
        <source>Log-in refused (locked out)</source>
        <translation>Вход отклонён (учётная запись заблокирована)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="221"/>
        <source>Logged out</source>
        <translation>Выход из учётной записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="222"/>
        <source>Opened personal data</source>
        <translation>Просмотр персональных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="223"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="224"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="225"/>
        <source>Notice made</source>
        <translation>Уведомление составлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="226"/>
        <source>Notice marked sent</source>
        <translation>Уведомление отмечено как отправленное</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="227"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="228"/>
        <source>User added</source>
        <translation>Пользователь добавлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="229"/>
        <source>User changed</source>
        <translation>Пользователь изменён</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="230"/>
        <source>Own password changed</source>
        <translation>Собственный пароль изменён</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="231"/>
        <source>Password reset by an administrator</source>
        <translation>Пароль сброшен администратором</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="232"/>
        <source>Anonymised (retention)</source>
        <translation>Анонимизировано (срок хранения)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="233"/>
        <source>Legal hold changed</source>
        <translation>Требование о хранении изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="234"/>
        <source>Access with a stated reason</source>
        <translation>Доступ с указанием причины</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="235"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="236"/>
        <source>Retention run from the command line</source>
        <translation>Обработка сроков хранения из командной строки</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="237"/>
        <source>Audit trail checked</source>
        <translation>Журнал аудита проверен</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="238"/>
        <source>Audit trail anchored outside the store</source>
        <translation>Якорь журнала аудита закреплён вне базы данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="239"/>
        <source>Audit trail not as anchored</source>
        <translation>Журнал аудита не соответствует якорю</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="240"/>
        <source>Audit trail accepted and anchored again</source>
        <translation>Журнал аудита принят и якорь закреплён заново</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="246"/>
        <source>116 006</source>
        <translation>116 006</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="247"/>
        <source>116 123</source>
        <translation>116 123</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="249"/>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="253"/>
        <source>Advise the caller to call 112 now (or call 112 on their behalf).</source>
        <translation>Посоветуйте обратившемуся немедленно позвонить 112 (или позвоните 112 вместо него).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="256"/>
        <source>Assess the suicide risk and agree on a safety plan; if life is in danger, call 112.</source>
        <translation>Оцените суицидальный риск и согласуйте план безопасности; если жизнь в опасности, позвоните 112.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="259"/>
        <source>Notify child protection (the local government&apos;s child protection worker).</source>
        <translation>Сообщите в службу защиты детей (специалисту по защите детей местного самоуправления).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="262"/>
        <source>Flag the case for MARAC: trained staff complete the risk assessment.</source>
        <translation>Отметьте случай для MARAC: оценку риска проводят обученные сотрудники.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="369"/>
        <source>%1 – locked</source>
        <translation>%1 – заблокировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="402"/>
        <source>Type your password.</source>
        <translation>Введите свой пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="441"/>
        <source>%1 wrong passwords in a row. If you cannot unlock, ask a shift lead or an administrator.
You can try again in %2 seconds.</source>
        <translation>Неверный пароль введён %1 раз подряд. Если разблокировать не удаётся, обратитесь к руководителю смены или администратору.
Повторить попытку можно через %2 с.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="449"/>
        <source>This is not your password. Try again.</source>
        <translation>Это не ваш пароль. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="123"/>
        <source>Locked – %1</source>
        <translation>Заблокировано – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="129"/>
        <source>Open contacts and everything typed are kept.
Type your password to go on.</source>
        <translation>Открытые обращения и всё введённое сохранены.
Чтобы продолжить, введите свой пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="133"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="135"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="140"/>
        <source>Someone else taking over this computer? Change user: your open forms are put aside
for your next log-in, unseen by the next user, and the log-in comes up.</source>
        <translation>За этот компьютер садится другой человек? Смените пользователя: ваши открытые формы будут отложены
до вашего следующего входа, следующий пользователь их не увидит, и откроется окно входа.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="145"/>
        <source>Ch&amp;ange user</source>
        <translation>Сменить поль&amp;зователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="146"/>
        <source>Type your password in the window in front.</source>
        <translation>Введите свой пароль в окне на переднем плане.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../app/ui/contacts/log_page.py" line="72"/>
        <source>Search: name, phone, ID code, case number or words of the summary (Ctrl+F)</source>
        <translation>Поиск: имя, телефон, личный код, номер случая или слова из резюме (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_page.py" line="83"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_page.py" line="155"/>
        <source>My callbacks (%1)</source>
        <translation>Мои обратные звонки (%1)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/shell/login.py" line="66"/>
        <source>Log in – %1</source>
        <translation>Вход – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="70"/>
        <source>%1 is logged out; their unsaved forms wait for their next log-in. The next user logs in here.</source>
        <translation>%1 вышел(а) из учётной записи; несохранённые формы ждут следующего входа. Следующий пользователь входит здесь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="84"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="85"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="88"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="87"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="90"/>
        <source>Aid decisions</source>
        <translation>Решения о помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="100"/>
        <source>Desk</source>
        <translation>Панель руководителя</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="101"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="121"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="134"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="138"/>
        <source>&amp;Contact</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="149"/>
        <source>&amp;New contact</source>
        <translation>&amp;Новое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="150"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="151"/>
        <source>&amp;Aid decision…</source>
        <translation>&amp;Решение о помощи…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="153"/>
        <source>&amp;Close contact</source>
        <translation>&amp;Закрыть обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="158"/>
        <source>The line you are answering: new contacts and quick logs use it</source>
        <translation>Линия, на которой вы отвечаете: она используется для новых обращений и быстрой регистрации</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="159"/>
        <source> My line: </source>
        <translation> Моя линия: </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="168"/>
        <source>&amp;Find…</source>
        <translation>На&amp;йти…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="169"/>
        <source>&amp;Go to the log</source>
        <translation>&amp;Перейти в журнал</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="172"/>
        <source>S&amp;hift</source>
        <translation>С&amp;мена</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="173"/>
        <source>&amp;Write a handover note…</source>
        <translation>Написать записку о пере&amp;даче смены…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="176"/>
        <source>&amp;Read handover notes…</source>
        <translation>&amp;Читать записки о передаче смены…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="182"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Блокировать экран</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="186"/>
        <source>&amp;Change user…</source>
        <translation>Сменить &amp;пользователя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="188"/>
        <source>Let the next user log in; your unsaved forms wait for you</source>
        <translation>Дать войти следующему пользователю; ваши несохранённые формы будут вас ждать</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="190"/>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="194"/>
        <source>&amp;Settings</source>
        <translation>На&amp;стройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="195"/>
        <source>Change my &amp;password…</source>
        <translation>&amp;Изменить свой пароль…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="198"/>
        <source>Team s&amp;ync…</source>
        <translation>&amp;Синхронизация команды…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="203"/>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="206"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="220"/>
        <source>&amp;Administration…</source>
        <translation>Админис&amp;трирование…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="223"/>
        <source>Team &amp;workstations…</source>
        <translation>&amp;Рабочие места команды…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="230"/>
        <source>&amp;Back up now</source>
        <translation>Создать резервную &amp;копию сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="234"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="450"/>
        <source>Feedback (%1 new)</source>
        <translation>Обратная связь (новых: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="451"/>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="455"/>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="460"/>
        <source>The handover note is saved for the next shift.</source>
        <translation>Записка о передаче смены сохранена для следующей смены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="486"/>
        <source>Logged: %1</source>
        <translation>Зарегистрировано: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="537"/>
        <source>another workstation</source>
        <translation>другое рабочее место</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="588"/>
        <source>Aid decision</source>
        <translation>Решение о помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="624"/>
        <source>Unsaved contact</source>
        <translation>Несохранённое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="625"/>
        <source>This contact has unsaved input. Save it before closing?</source>
        <translation>В этом обращении есть несохранённые данные. Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="689"/>
        <source>Unsaved review</source>
        <translation>Несохранённая оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="690"/>
        <source>A review on the desk has unsaved input. Quit anyway and lose it?</source>
        <translation>На панели руководителя есть несохранённая оценка. Всё равно выйти и потерять её?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="35"/>
        <source>A personal ID code has digits only.</source>
        <translation>Личный код состоит только из цифр.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="36"/>
        <source>A personal ID code has 11 digits.</source>
        <translation>Личный код состоит из 11 цифр.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="37"/>
        <source>The last digit (check digit) does not match: a typing error?</source>
        <translation>Последняя цифра (контрольная) не совпадает: возможно, опечатка?</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="38"/>
        <source>The code holds no real birth date (digits 2–7 are YYMMDD).</source>
        <translation>В коде нет действительной даты рождения (цифры 2–7 – это ГГММДД).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="39"/>
        <source>The code&apos;s birth date is in the future.</source>
        <translation>Дата рождения по коду находится в будущем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="40"/>
        <source>This is not a valid Estonian personal ID code.</source>
        <translation>Это недействительный эстонский личный код.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="41"/>
        <source>Type a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="42"/>
        <source>The number cannot be remembered here: this computer has no usable keyring for the code&apos;s secret. Clear the field to save the contact without it.</source>
        <translation>Номер нельзя сохранить здесь: на этом компьютере нет пригодной связки ключей для хранения секрета кода. Очистите поле, чтобы сохранить обращение без номера.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="47"/>
        <source>A phone number has digits, spaces, + and - only.</source>
        <translation>Номер телефона может содержать только цифры, пробелы, + и -.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="48"/>
        <source>Not a valid phone number (foreign numbers start with +).</source>
        <translation>Недействительный номер телефона (иностранные номера начинаются с +).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="49"/>
        <source>Not a valid e-mail address (name@example.ee).</source>
        <translation>Недействительный адрес электронной почты (name@example.ee).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="50"/>
        <source>The birth date is in the future.</source>
        <translation>Дата рождения находится в будущем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="51"/>
        <source>The birth date is before 1900.</source>
        <translation>Дата рождения раньше 1900 года.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="52"/>
        <source>The text holds invisible control characters or a broken character (from a paste); retype it.</source>
        <translation>В тексте есть невидимые управляющие символы или повреждённый символ (после вставки); введите текст заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="55"/>
        <source>The text is too long for this field.</source>
        <translation>Текст слишком длинный для этого поля.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="56"/>
        <source>An identified caller needs a name, ID code, birth date, phone or e-mail; or mark anonymous.</source>
        <translation>Для идентифицированного обратившегося укажите имя, личный код, дату рождения, телефон или эл. почту либо отметьте его как анонимного.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="59"/>
        <source>The start is in the future.</source>
        <translation>Начало находится в будущем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="60"/>
        <source>The end is before the start.</source>
        <translation>Окончание раньше начала.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="61"/>
        <source>The callback is due before the contact started.</source>
        <translation>Срок обратного звонка раньше начала обращения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="62"/>
        <source>Mark the required step done, or declined with a reason.</source>
        <translation>Отметьте обязательный шаг как выполненный или как отклонённый, указав причину.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="63"/>
        <source>Say why the step was declined.</source>
        <translation>Укажите, почему от шага отказались.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="64"/>
        <source>A chosen topic no longer exists; choose again.</source>
        <translation>Выбранной темы больше нет; выберите заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="65"/>
        <source>A user name is one word of at most 64 characters.</source>
        <translation>Имя пользователя – одно слово длиной не более 64 символов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="66"/>
        <source>This user name is taken.</source>
        <translation>Это имя пользователя уже занято.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="67"/>
        <source>A user name has letters, digits and . - _ @ only: no invisible characters or symbols.</source>
        <translation>Имя пользователя может содержать только буквы, цифры и . - _ @, без невидимых символов и других знаков.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="70"/>
        <source>A user name takes its letters from one alphabet (not Latin and Cyrillic mixed).</source>
        <translation>Буквы имени пользователя должны быть из одного алфавита (без смешения латиницы и кириллицы).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="73"/>
        <source>A user name begins and ends with a letter or a digit.</source>
        <translation>Имя пользователя начинается и заканчивается буквой или цифрой.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="74"/>
        <source>This user name looks the same as an existing user&apos;s on the screen; choose another.</source>
        <translation>На экране это имя пользователя выглядит так же, как имя существующего пользователя; выберите другое.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="77"/>
        <source>Type the person&apos;s full name.</source>
        <translation>Введите имя и фамилию человека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="78"/>
        <source>The password needs at least 10 characters.</source>
        <translation>Пароль должен содержать не менее 10 символов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="79"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="80"/>
        <source>This is not your current password.</source>
        <translation>Это не ваш текущий пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="81"/>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="82"/>
        <source>Give the topic a name in every language.</source>
        <translation>Укажите название темы на каждом языке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="83"/>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Введите дату в формате дд.мм.гггг.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="84"/>
        <source>The period ends before it starts: choose a “to” date on or after the “from” date.</source>
        <translation>Период заканчивается раньше, чем начинается: выберите дату «по», совпадающую с датой «с» или более позднюю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="88"/>
        <source>Type the team server&apos;s name as your administrator gave it (for example helpline.example.ee).</source>
        <translation>Введите имя сервера команды так, как его дал администратор (например, helpline.example.ee).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="91"/>
        <source>Choose the team&apos;s certificate file (ca.crt) that your administrator gave you.</source>
        <translation>Выберите файл сертификата команды (ca.crt), который вам дал администратор.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="94"/>
        <source>The team server did not accept this user name and password. Check both and try again.</source>
        <translation>Сервер команды не принял это имя пользователя и пароль. Проверьте оба и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="97"/>
        <source>One to four letters or digits, without 0, O, 1 and I (they are misheard on the phone).</source>
        <translation>От одной до четырёх букв или цифр, без 0, O, 1 и I (их путают на слух по телефону).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="101"/>
        <source>Give the criterion a name in every language.</source>
        <translation>Укажите название критерия на каждом языке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="102"/>
        <source>An hour is from 0 to 23.</source>
        <translation>Час – от 0 до 23.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="103"/>
        <source>The night shift must start later than the day shift.</source>
        <translation>Ночная смена должна начинаться позже дневной.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="104"/>
        <source>The share is from 0 to 100 %.</source>
        <translation>Доля – от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="105"/>
        <source>The screen locks after 1 to 120 minutes without input.</source>
        <translation>Экран блокируется через 1–120 минут бездействия.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="106"/>
        <source>Personal data are kept for 6 to 240 months after a case&apos;s last activity.</source>
        <translation>Персональные данные хранятся от 6 до 240 месяцев после последней активности по случаю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="109"/>
        <source>Back up every 1 to 24 hours.</source>
        <translation>Интервал резервного копирования – от 1 до 24 часов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="110"/>
        <source>Keep 2 to 100 backups.</source>
        <translation>Храните от 2 до 100 резервных копий.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="111"/>
        <source>Choose the folder with the button (a full path of at most 200 characters), or leave it empty.</source>
        <translation>Выберите папку кнопкой (полный путь – не более 200 символов) или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="114"/>
        <source>This is a file or a device, not a folder that can hold backups: choose a folder with the button.</source>
        <translation>Это файл или устройство, а не папка, в которой можно хранить резервные копии: выберите папку кнопкой.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="117"/>
        <source>Say why the case is on hold (who asked, which matter).</source>
        <translation>Укажите, почему на случай наложено требование о хранении (кто попросил, по какому делу).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="118"/>
        <source>Retention removed this contact&apos;s personal data; it can no longer be changed.</source>
        <translation>Персональные данные этого обращения удалены по истечении срока хранения; изменить его больше нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="121"/>
        <source>This case&apos;s personal data were already removed; there is nothing left to hold.</source>
        <translation>Персональные данные этого случая уже удалены; сохранять больше нечего.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="124"/>
        <source>This case belongs to another caller: choose one of this caller&apos;s cases or open a new case.</source>
        <translation>Этот случай относится к другому обратившемуся: выберите один из случаев этого обратившегося или откройте новый случай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="127"/>
        <source>This case no longer exists: choose another case or open a new one.</source>
        <translation>Этого случая больше нет: выберите другой случай или откройте новый.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="128"/>
        <source>Say why you need to see this caller (e.g. they ask about their earlier case).</source>
        <translation>Укажите, зачем вам нужно видеть данные этого обратившегося (например, он спрашивает о своём прежнем случае).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="131"/>
        <source>The reason holds invisible or text-reversing characters (from a paste); retype it in plain words.</source>
        <translation>В причине есть невидимые или переворачивающие текст символы (из вставленного текста); напишите её заново простыми словами.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="135"/>
        <source>Score at least one criterion or write the overall review.</source>
        <translation>Оцените хотя бы один критерий или напишите итоговую оценку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="136"/>
        <source>A score is from 1 to 5.</source>
        <translation>Оценка – от 1 до 5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="137"/>
        <source>This criterion is no longer in use; reload the review.</source>
        <translation>Этот критерий больше не используется; откройте оценку заново.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="138"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите записку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="140"/>
        <source>Rule: victims of domestic or sexual violence and their children are entitled whether or not criminal proceedings have started; no police reference is needed.</source>
        <translation>Правило: жертвы домашнего или сексуального насилия и их дети имеют право на помощь независимо от того, начато ли уголовное производство; справка полиции или ссылка на производство не нужны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="145"/>
        <source>Rule: victims of a crime and their family members are entitled with a police certificate or a criminal proceedings reference.</source>
        <translation>Правило: жертвы преступления и члены их семей имеют право на помощь при наличии справки полиции или ссылки на уголовное производство.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="150"/>
        <source>Rule: a witness in criminal proceedings is entitled; give the proceedings reference.</source>
        <translation>Правило: свидетель в уголовном производстве имеет право на помощь; укажите ссылку на производство.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="153"/>
        <source>Decisions dated before 1 April 2023 fall under the old psychological-aid rules, not here.</source>
        <translation>На решения, датированные до 1 апреля 2023 года, распространяются прежние правила психологической помощи; здесь они не принимаются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="156"/>
        <source>A decision needs an identified client with a name: identify the caller on the contact first.</source>
        <translation>Для решения нужен идентифицированный клиент с указанным именем: сначала идентифицируйте обратившегося в обращении.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="159"/>
        <source>Give the police certificate or criminal proceedings reference.</source>
        <translation>Укажите справку полиции или ссылку на уголовное производство.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="162"/>
        <source>Give the reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="163"/>
        <source>Choose the service.</source>
        <translation>Выберите услугу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="164"/>
        <source>Choose the provider with the client.</source>
        <translation>Выберите поставщика услуги вместе с клиентом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="165"/>
        <source>The decision date is before 1 April 2023.</source>
        <translation>Дата решения раньше 1 апреля 2023 года.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="166"/>
        <source>Choose Estonian, English or Russian for the notice.</source>
        <translation>Выберите язык уведомления: эстонский, английский или русский.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="167"/>
        <source>The person is 18 or older on the decision date: the minor&apos;s category cannot be used.</source>
        <translation>На дату решения человеку уже исполнилось 18 лет: категорию несовершеннолетнего использовать нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="170"/>
        <source>The minor&apos;s category needs the birth date (or ID code) on the contact.</source>
        <translation>Для категории несовершеннолетнего в обращении должна быть указана дата рождения (или личный код).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="173"/>
        <source>This limit category does not fit the answers above.</source>
        <translation>Эта категория лимита не соответствует ответам выше.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="174"/>
        <source>No minimum wage rate is known for this date: ask the administrator to add it.</source>
        <translation>Ставка минимальной месячной заработной платы на эту дату не внесена: попросите администратора добавить её.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="177"/>
        <source>Type the amount in euros, e.g. 946,00.</source>
        <translation>Введите сумму в евро, например 946,00.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="179"/>
        <source>not active</source>
        <translation>не активен</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="180"/>
        <source>contract not yet in force</source>
        <translation>договор ещё не вступил в силу</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="181"/>
        <source>contract expired</source>
        <translation>срок договора истёк</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="182"/>
        <source>does not offer this service</source>
        <translation>не предоставляет эту услугу</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="183"/>
        <source>no specialist qualified for this service</source>
        <translation>нет специалиста с квалификацией для этой услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="184"/>
        <source>the qualification evidence has expired</source>
        <translation>срок действия подтверждения квалификации истёк</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="185"/>
        <source>Type the provider&apos;s name.</source>
        <translation>Введите имя или название поставщика услуги.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="186"/>
        <source>Choose person or organisation.</source>
        <translation>Выберите: физическое лицо или организация.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="187"/>
        <source>Choose the organisation&apos;s basis.</source>
        <translation>Выберите основание для организации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="188"/>
        <source>Not a valid Estonian registry code (8 digits).</source>
        <translation>Недействительный эстонский регистрационный код (8 цифр).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="189"/>
        <source>An organisation needs its registry code.</source>
        <translation>Для организации нужен регистрационный код.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="190"/>
        <source>Another provider has this registry code.</source>
        <translation>Поставщик услуги с этим регистрационным кодом уже есть.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="191"/>
        <source>Give the public price list&apos;s web address (https://…).</source>
        <translation>Укажите веб-адрес публичного прейскуранта (https://…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="192"/>
        <source>Not a valid phone number.</source>
        <translation>Недействительный номер телефона.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="193"/>
        <source>Not a valid e-mail address.</source>
        <translation>Недействительный адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="194"/>
        <source>The address is too long.</source>
        <translation>Адрес слишком длинный.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="195"/>
        <source>Give the date the contract is valid from.</source>
        <translation>Укажите дату начала действия договора.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="196"/>
        <source>The contract ends before it starts.</source>
        <translation>Договор заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="197"/>
        <source>Unknown county.</source>
        <translation>Неизвестный уезд.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="198"/>
        <source>Unknown language.</source>
        <translation>Неизвестный язык.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="199"/>
        <source>Unknown service.</source>
        <translation>Неизвестная услуга.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="200"/>
        <source>Choose at least one service.</source>
        <translation>Выберите хотя бы одну услугу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="201"/>
        <source>A field of work is too long.</source>
        <translation>Название одной из областей консультирования слишком длинное.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="202"/>
        <source>Give the specialist&apos;s name.</source>
        <translation>Укажите имя специалиста.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="203"/>
        <source>Choose the basis of the qualification.</source>
        <translation>Выберите основание квалификации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="204"/>
        <source>Choose the recognising association.</source>
        <translation>Выберите признавшую ассоциацию.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="205"/>
        <source>Give the register.</source>
        <translation>Укажите регистр.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="206"/>
        <source>The register number is not valid.</source>
        <translation>Регистрационный номер недействителен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="207"/>
        <source>Give the day the evidence was checked (not in the future).</source>
        <translation>Укажите дату проверки подтверждения (не в будущем).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="210"/>
        <source>The same specialist and basis are listed twice.</source>
        <translation>Один и тот же специалист с одним и тем же основанием указан дважды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="211"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Файл не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="212"/>
        <source>The first line does not have the expected column names.</source>
        <translation>В первой строке нет ожидаемых названий столбцов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="213"/>
        <source>The line has the wrong number of columns.</source>
        <translation>В строке неверное число столбцов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="214"/>
        <source>The line cannot be read as CSV.</source>
        <translation>Строку невозможно прочитать как CSV.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="215"/>
        <source>A date is not in the form YYYY-MM-DD.</source>
        <translation>Дата не в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="216"/>
        <source>The active column takes yes or no.</source>
        <translation>В столбце «active» должно быть yes или no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="217"/>
        <source>The same provider is in the file twice.</source>
        <translation>Один и тот же поставщик услуги указан в файле дважды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="218"/>
        <source>Several providers have this name; give the registry code.</source>
        <translation>С таким именем или названием есть несколько поставщиков услуги; укажите регистрационный код.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="219"/>
        <source>The qualifications column cannot be read.</source>
        <translation>Невозможно прочитать столбец квалификаций.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="225"/>
        <source>This value cannot be accepted.</source>
        <translation>Это значение не может быть принято.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="36"/>
        <source>The store is busy: another program is writing to it. Nothing was lost; try again in a moment. If it stays busy, close other copies of the program.</source>
        <translation>Хранилище данных занято: в него записывает другая программа. Ничего не потеряно; повторите попытку через минуту. Если хранилище остаётся занятым, закройте другие копии программы.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="42"/>
        <source>The store file is missing, but its key note or backups show that there was one, so the program does not start on an empty store. Put the newest backup in its place, or call your administrator.</source>
        <translation>Файл хранилища данных отсутствует, но запись о его ключе или резервные копии показывают, что он существовал, поэтому программа не запускается с пустым хранилищем. Поместите на его место самую новую резервную копию или позвоните администратору.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="48"/>
        <source>The store&apos;s key is no longer in this computer&apos;s keyring (the keyring was reset, the store was moved from the folder where it was made, or it was made under another user account), and no passphrase can open it. Put the store back in its folder, start the program in the account that made it, or have the keyring restored; call your administrator.</source>
        <translation>Ключа хранилища данных больше нет в связке ключей этого компьютера (связка ключей была сброшена, хранилище перенесено из папки, в которой оно было создано, или создано под другой учётной записью), и никакая парольная фраза не может его открыть. Верните хранилище в его папку, запустите программу под учётной записью, в которой оно было создано, или попросите восстановить связку ключей; позвоните администратору.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="56"/>
        <source>The store file is damaged or is not a store. Do not delete it; restore the newest backup or call your administrator.</source>
        <translation>Файл хранилища данных повреждён или не является хранилищем. Не удаляйте его; восстановите самую новую резервную копию или позвоните администратору.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="63"/>
        <source>The disk is full. Nothing was saved; free some space and save again: your input is kept.</source>
        <translation>Диск заполнен. Ничего не сохранено; освободите место и сохраните снова: введённые данные не потеряны.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="66"/>
        <source>The store cannot be reached or written. Check the network or the folder&apos;s permissions, then try again; your input is kept.</source>
        <translation>Хранилище данных недоступно или в него невозможно записать. Проверьте сеть или права доступа к папке и повторите попытку; введённые данные не потеряны.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="72"/>
        <source>This is your first sign-in on this computer, and the team server, which checks it, cannot be reached now. Sign in once while the computer is online; after that you can sign in here offline too.</source>
        <translation>Вы входите на этом компьютере впервые, а сервер команды, который это проверяет, сейчас недоступен. Войдите один раз, когда компьютер в сети; после этого здесь можно входить и без сети.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="78"/>
        <source>The team server cannot be reached now (the network or the server is down). Your work is saved on this computer and goes to the server by itself when it is back; try this again then.</source>
        <translation>Сервер команды сейчас недоступен (не работает сеть или сервер). Ваша работа сохранена на этом компьютере и сама отправится на сервер, когда он снова станет доступен; тогда повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="84"/>
        <source>Someone else changed or removed this record meanwhile. Close it and open it again.</source>
        <translation>Тем временем кто-то другой изменил или удалил эту запись. Закройте её и откройте снова.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="89"/>
        <source>Another counsellor served this caller. Choose the known caller and ask for access with a reason, or save the contact without linking it.</source>
        <translation>С этим обратившимся работал другой консультант. Выберите известного обратившегося и запросите доступ, указав причину, или сохраните обращение без привязки к нему.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="95"/>
        <source>This case belongs to a caller another counsellor served. Ask for access with a reason first, or choose another case.</source>
        <translation>Этот случай относится к обратившемуся, с которым работал другой консультант. Сначала запросите доступ, указав причину, или выберите другой случай.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="100"/>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль не позволяет этого сделать.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="102"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="104"/>
        <source>The store&apos;s key is kept in the system keyring, which cannot be reached now. Log in to your desktop session (the keyring opens with it), then start the program again.</source>
        <translation>Ключ хранилища данных хранится в системной связке ключей, которая сейчас недоступна. Войдите в свой сеанс рабочего стола (связка ключей откроется вместе с ним) и снова запустите программу.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="110"/>
        <source>The store could not be unlocked: the key or passphrase does not match, or the file is damaged. Check the passphrase; if the keyring&apos;s key fails, ask the administrator to restore the newest backup.</source>
        <translation>Не удалось открыть хранилище данных: ключ или парольная фраза не подходят либо файл повреждён. Проверьте парольную фразу; если не подходит ключ из связки ключей, попросите администратора восстановить самую новую резервную копию.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="117"/>
        <source>There is no file at %1. Nothing was replaced; check the name and the folder.</source>
        <translation>По пути %1 файл не найден. Ничего не заменено; проверьте имя и папку.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="121"/>
        <source>%1 is a folder or a device, not a backup file. Nothing was replaced; give the backup file itself (helpline-….sqlite3 in the backup folder).</source>
        <translation>%1 — папка или устройство, а не файл резервной копии. Ничего не заменено; укажите сам файл резервной копии (helpline-….sqlite3 в папке резервных копий).</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="127"/>
        <source>This is the store itself, not a backup of it. Nothing was replaced; choose a backup from the backup folder.</source>
        <translation>Это сама база данных, а не её резервная копия. Ничего не заменено; выберите резервную копию в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="133"/>
        <source>This backup was made by a newer version of the program. Nothing was replaced; install that version first, or choose an older backup.</source>
        <translation>Эта резервная копия создана более новой версией программы. Ничего не заменено; сначала установите эту версию или выберите более старую резервную копию.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="139"/>
        <source>This backup does not open with this store&apos;s key: it belongs to another store, or its start is damaged. Nothing was replaced; choose another backup.</source>
        <translation>Эта резервная копия не открывается ключом этого хранилища данных: она относится к другому хранилищу или её начало повреждено. Ничего не заменено; выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="144"/>
        <source>This backup is damaged or is not a store&apos;s backup. Nothing was replaced; choose another backup.</source>
        <translation>Эта резервная копия повреждена или не является резервной копией хранилища данных. Ничего не заменено; выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="150"/>
        <source>Too many wrong passwords in a row: try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>Слишком много неверных паролей подряд: повторите попытку через %n мин. или попросите администратора сбросить пароль.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="157"/>
        <source>The action could not be completed.</source>
        <translation>Не удалось завершить действие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="231"/>
        <source>The disk is full, so the file was not saved. Free some space or choose another drive, then save again.</source>
        <translation>Диск заполнен, поэтому файл не сохранён. Освободите место или выберите другой диск и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="236"/>
        <source>You may not write to this folder, so the file was not saved. Choose another folder (for example your Documents) and save again.</source>
        <translation>У вас нет права записи в эту папку, поэтому файл не сохранён. Выберите другую папку (например, «Документы») и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="242"/>
        <source>The file could not be saved (%1). Choose another folder or name and save again.</source>
        <translation>Не удалось сохранить файл (%1). Выберите другую папку или имя и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="255"/>
        <source>The disk is full, so your typing could not be put aside as a draft. It stays in this form and is saved as soon as space is freed: free some space, keep working.</source>
        <translation>Диск заполнен, поэтому введённое не удалось сохранить как черновик. Оно остаётся в этой форме и будет сохранено, как только освободится место: освободите место и продолжайте работу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="261"/>
        <source>Another program is writing to the store, so your typing could not be put aside as a draft yet. It stays in this form and is saved again every few seconds; keep working.</source>
        <translation>В хранилище данных сейчас записывает другая программа, поэтому введённое пока не удалось сохранить как черновик. Оно остаётся в этой форме, и попытка сохранения повторяется каждые несколько секунд; продолжайте работу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="266"/>
        <source>The store cannot be written now, so your typing could not be put aside as a draft. It stays in this form and is saved again every few seconds; do not close the program.</source>
        <translation>В хранилище данных сейчас невозможно записать, поэтому введённое не удалось сохранить как черновик. Оно остаётся в этой форме, и попытка сохранения повторяется каждые несколько секунд; не закрывайте программу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="274"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="278"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="290"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="292"/>
        <source>Something went wrong inside the program. Your open forms are kept. Please copy the details below and send them to the developers.</source>
        <translation>В программе произошёл сбой. Открытые формы сохранены. Скопируйте, пожалуйста, приведённые ниже подробности и отправьте их разработчикам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="299"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>NamesTablePage</name>
    <message>
        <location filename="../../app/ui/admin/names_table.py" line="87"/>
        <source>Estonian</source>
        <translation>На эстонском</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/names_table.py" line="88"/>
        <source>English</source>
        <translation>На английском</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/names_table.py" line="89"/>
        <source>Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/names_table.py" line="90"/>
        <source>Offered</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/names_table.py" line="190"/>
        <source>Row %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="55"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="65"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="66"/>
        <source>&amp;Full name</source>
        <translation>Имя и &amp;фамилия</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="67"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="68"/>
        <source>&amp;Phone (for notices)</source>
        <translation>&amp;Телефон (для уведомлений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="69"/>
        <source>&amp;E-mail (for notices)</source>
        <translation>&amp;Эл. почта (для уведомлений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="70"/>
        <source>First pass&amp;word</source>
        <translation>Первоначальный &amp;пароль</translation>
    </message>
</context>
<context>
    <name>NoticePasswordDialog</name>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="24"/>
        <source>Protect with a password</source>
        <translation>Защитить паролем</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="26"/>
        <source>Password for the PDF (give it to the provider by another channel); leave empty for none:</source>
        <translation>Пароль для PDF (передайте его поставщику услуги по другому каналу); оставьте пустым, если пароль не нужен:</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="33"/>
        <source>S&amp;how the password</source>
        <translation>По&amp;казать пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="37"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="38"/>
        <source>&amp;Repeat it</source>
        <translation>П&amp;овторите его</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="62"/>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль в оба поля.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="69"/>
        <source>Use letters without accents, digits and punctuation only: PDF readers read no other.</source>
        <translation>Используйте только латинские буквы без диакритики, цифры и знаки препинания: другие программы чтения PDF не читают.</translation>
    </message>
</context>
<context>
    <name>NoticeViewer</name>
    <message>
        <location filename="../../app/ui/aid/notice_viewer.py" line="35"/>
        <source>Notice %1</source>
        <translation>Уведомление %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_viewer.py" line="47"/>
        <source>&amp;Save as… (Ctrl+S)</source>
        <translation>&amp;Сохранить как… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_viewer.py" line="48"/>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Печать… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_viewer.py" line="49"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="31"/>
        <source>Store passphrase – %1</source>
        <translation>Парольная фраза хранилища данных – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="35"/>
        <source>This computer has no usable keyring to keep the store&apos;s key, so the store will be protected by a passphrase instead. Choose one of at least %1 characters and keep it safe: without it nobody, not even an administrator, can open the data.</source>
        <translation>На этом компьютере нет пригодной связки ключей для хранения ключа хранилища данных, поэтому хранилище будет защищено парольной фразой. Придумайте парольную фразу длиной не менее %1 символов и храните её в надёжном месте: без неё никто, даже администратор, не сможет открыть данные.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="42"/>
        <source>The store is protected by a passphrase. Type it to open the store.</source>
        <translation>Хранилище данных защищено парольной фразой. Введите её, чтобы открыть хранилище.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="52"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="54"/>
        <source>&amp;Repeat it</source>
        <translation>По&amp;вторите её</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="58"/>
        <source>That passphrase did not open the store. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Эта парольная фраза не открыла хранилище данных. Проверьте Caps Lock и раскладку клавиатуры и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="76"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Парольная фраза должна содержать не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="80"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="83"/>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="54"/>
        <source>Edit provider – %1</source>
        <translation>Изменение поставщика услуги – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="54"/>
        <source>New provider</source>
        <translation>Новый поставщик услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="58"/>
        <source>8 digits; required for an organisation</source>
        <translation>8 цифр; обязателен для организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="70"/>
        <source>&amp;Open-ended</source>
        <translation>&amp;Бессрочный</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="73"/>
        <source>Separated by commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="74"/>
        <source>Acti&amp;ve: offered to counsellors</source>
        <translation>&amp;Активен: предлагается консультантам</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="105"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="106"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя / название</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="107"/>
        <source>&amp;Registry code</source>
        <translation>&amp;Регистрационный код</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="108"/>
        <source>&amp;Basis</source>
        <translation>&amp;Основание</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="109"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="110"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="111"/>
        <source>A&amp;ddress</source>
        <translation>Адр&amp;ес</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="112"/>
        <source>Price &amp;list (web)</source>
        <translation>&amp;Прейскурант (в интернете)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="113"/>
        <source>Contract &amp;from</source>
        <translation>Договор &amp;с</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="114"/>
        <source>Contract &amp;to</source>
        <translation>Договор &amp;до</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="117"/>
        <source>Counties served</source>
        <translation>Уезды оказания услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="118"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="119"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="121"/>
        <source>Fields of &amp;work</source>
        <translation>Области &amp;консультирования</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="131"/>
        <source>Specialists and their qualifications</source>
        <translation>Специалисты и их квалификация</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="269"/>
        <source>Another administrator</source>
        <translation>Другой администратор</translation>
    </message>
</context>
<context>
    <name>ProviderTableModel</name>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="61"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="62"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="63"/>
        <source>Registry code</source>
        <translation>Регистрационный код</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="65"/>
        <source>Counties</source>
        <translation>Уезды</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="70"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="73"/>
        <source>Contract to</source>
        <translation>Договор до</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="75"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="80"/>
        <source>All counties</source>
        <translation>Все уезды</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="73"/>
        <source>open-ended</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="75"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="75"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="135"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="136"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="137"/>
        <location filename="../../app/ui/aid/providers_page.py" line="180"/>
        <source>&amp;Deactivate</source>
        <translation>Д&amp;еактивировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="138"/>
        <source>&amp;Import CSV…</source>
        <translation>И&amp;мпорт CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="139"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="180"/>
        <source>A&amp;ctivate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="194"/>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="206"/>
        <source>Import providers</source>
        <translation>Импорт поставщиков услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="206"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="215"/>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="216"/>
        <source>The file cannot be read: %1</source>
        <translation>Невозможно прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="229"/>
        <source>Imported: %1 new providers added, %2 updated.</source>
        <translation>Импортировано: добавлено новых поставщиков услуги – %1, обновлено – %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="231"/>
        <source>Providers imported</source>
        <translation>Поставщики услуги импортированы</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="240"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="244"/>
        <source>Export providers</source>
        <translation>Экспорт поставщиков услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="244"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="257"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="258"/>
        <source>The file cannot be written: %1</source>
        <translation>Невозможно записать файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="261"/>
        <source>Exported %1 providers to %2.</source>
        <translation>Экспортировано поставщиков услуги: %1, файл: %2.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="26"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="27"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="28"/>
        <source>&amp;Cancel</source>
        <translation>От&amp;мена</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="29"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="30"/>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="36"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="37"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="38"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="39"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="40"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="41"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="32"/>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="33"/>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="15"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="16"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="19"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="20"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="21"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="22"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="23"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="24"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="47"/>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="49"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="50"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QualificationTable</name>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="123"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="124"/>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="125"/>
        <source>Register or association</source>
        <translation>Регистр или ассоциация</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="126"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="127"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="128"/>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="144"/>
        <source>Add &amp;specialist</source>
        <translation>Добавить спе&amp;циалиста</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="145"/>
        <source>Re&amp;move specialist</source>
        <translation>&amp;Удалить специалиста</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="146"/>
        <source>Dates as dd.mm.yyyy; leave “valid until” empty when the evidence does not expire.</source>
        <translation>Даты в формате дд.мм.гггг; оставьте поле «Действует до» пустым, если подтверждение бессрочное.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="213"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="35"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="36"/>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="37"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Вернуться к форме</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="38"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="39"/>
        <source>&amp;No</source>
        <translation>Н&amp;ет</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="72"/>
        <source>Empty contact</source>
        <translation>Пустое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="73"/>
        <source>This contact has neither a summary nor a topic. Save it anyway? For a silent call, hang-up or wrong number, go back and log it with its own button instead.</source>
        <translation>В этом обращении нет ни резюме, ни темы. Всё равно сохранить? Молчащий звонок, сброшенный звонок или ошибку номера лучше вернуться и зарегистрировать отдельной кнопкой.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="80"/>
        <source>&amp;Save anyway</source>
        <translation>Всё равно &amp;сохранить</translation>
    </message>
</context>
<context>
    <name>RateTableModel</name>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="38"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="39"/>
        <source>Monthly minimum wage</source>
        <translation>Минимальная месячная заработная плата</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="55"/>
        <source>The standard limit of an aid decision is one monthly minimum wage: the rate in force on the decision&apos;s date, so decisions made earlier keep the rate of their day. The rate changes every year, usually on 1 January and sometimes in the middle of the year: add each new rate with the day it takes effect as soon as it is published.</source>
        <translation>Обычный лимит решения о помощи равен одной минимальной месячной заработной плате по ставке, действующей на дату решения, поэтому для ранее принятых решений сохраняется ставка на день их принятия. Ставка меняется каждый год, обычно 1 января, а иногда и в середине года: добавляйте каждую новую ставку с датой её вступления в силу сразу после её опубликования.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="74"/>
        <source>e.g. 946,00</source>
        <translation>например, 946,00</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="76"/>
        <source>&amp;Save rate</source>
        <translation>&amp;Сохранить ставку</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="77"/>
        <source>&amp;Remove selected rate…</source>
        <translation>&amp;Удалить выбранную ставку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="81"/>
        <source>&amp;Valid from</source>
        <translation>&amp;Действует с</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="82"/>
        <source>&amp;Amount (€ a month)</source>
        <translation>Су&amp;мма (€ в месяц)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="139"/>
        <source>Remove rate</source>
        <translation>Удаление ставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="141"/>
        <source>Remove the rate %1 valid from %2? Decisions already made keep their limit.</source>
        <translation>Удалить ставку %1, действующую с %2? Лимит уже принятых решений не изменится.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="126"/>
        <source>Open contact</source>
        <translation>Открыть обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="136"/>
        <source>What went well, what to work on</source>
        <translation>Что получилось хорошо, над чем стоит поработать</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="139"/>
        <source>&amp;Discussed with the counsellor</source>
        <translation>Обсу&amp;ждено с консультантом</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="140"/>
        <source>Sav&amp;e review</source>
        <translation>Сохранить оц&amp;енку</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="141"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="143"/>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="149"/>
        <source>Choose a contact in the list to review it.</source>
        <translation>Чтобы оценить обращение, выберите его в списке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="161"/>
        <source>Quality rubric (1 = poor, 5 = excellent)</source>
        <translation>Критерии качества (1 = плохо, 5 = отлично)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="165"/>
        <source>&amp;Overall review</source>
        <translation>&amp;Итоговая оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="261"/>
        <source>Identified</source>
        <translation>Идентифицированный</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="261"/>
        <source>Anonymous</source>
        <translation>Анонимный</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="264"/>
        <source>Counsellor: %1</source>
        <translation>Консультант: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="266"/>
        <source>(no summary)</source>
        <translation>(резюме нет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="273"/>
        <source>Not reviewed yet.</source>
        <translation>Ещё не оценено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="275"/>
        <source>Reviewed by %1 on %2.</source>
        <translation>Оценка: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="277"/>
        <source>The counsellor acknowledged it on %1.</source>
        <translation>Консультант подтвердил прочтение %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="279"/>
        <source>Not yet acknowledged by the counsellor.</source>
        <translation>Консультант ещё не подтвердил прочтение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="344"/>
        <source>Give a score for this comment, or remove the comment.</source>
        <translation>Поставьте оценку к этому комментарию или удалите комментарий.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="402"/>
        <source>Someone else saved a review of this contact meanwhile (see above). Your input is still here: save again to replace their review with yours, or discard your changes to see theirs.</source>
        <translation>Тем временем кто-то другой сохранил оценку этого обращения (см. выше). Ваши данные никуда не делись: сохраните снова, чтобы заменить чужую оценку своей, или отмените свои изменения, чтобы увидеть чужую.</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="214"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
</context>
<context>
    <name>RiskRow</name>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="168"/>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="56"/>
        <source>Step not yet taken</source>
        <translation>Шаг ещё не выполнен</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="169"/>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="57"/>
        <source>Step done</source>
        <translation>Шаг выполнен</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="170"/>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="58"/>
        <source>Declined (say why)</source>
        <translation>Отказ (укажите причину)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="172"/>
        <source>Why the step was declined</source>
        <translation>Почему от шага отказались</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../app/ui/admin/security.py" line="56"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="60"/>
        <source>Without keyboard or mouse input for this long, every window of the program hides its contents until the user&apos;s password is typed. Ctrl+L locks at once.</source>
        <translation>Если клавиатура и мышь не используются в течение этого времени, каждое окно программы скрывает своё содержимое, пока пользователь не введёт свой пароль. Ctrl+L блокирует сразу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="66"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="70"/>
        <source>Names, ID codes, contacts, summaries and notes of an identified caller&apos;s case are removed once nothing has happened in the case for this long. The statistics keep every count.</source>
        <translation>Имена, личные коды, контактные данные, резюме и заметки по случаю идентифицированного обратившегося удаляются, если по случаю ничего не происходило в течение этого времени. Все показатели статистики сохраняются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="76"/>
        <source>&amp;Save security settings</source>
        <translation>&amp;Сохранить настройки безопасности</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="78"/>
        <source>Screen lock</source>
        <translation>Блокировка экрана</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="81"/>
        <source>&amp;Lock the screen after</source>
        <translation>&amp;Блокировать экран через</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="86"/>
        <source>A locked screen keeps everything that was being typed; only the logged-in user&apos;s password opens it. The new time applies on every workstation within a minute.</source>
        <translation>На заблокированном экране всё введённое сохраняется; разблокировать его можно только паролем вошедшего пользователя. Новое время вступает в силу на всех рабочих станциях в течение минуты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="93"/>
        <source>Retention of personal data</source>
        <translation>Хранение персональных данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="96"/>
        <source>&amp;Keep personal data for</source>
        <translation>&amp;Хранить персональные данные</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="101"/>
        <source>Counted from a case&apos;s last activity. Names, ID codes, contacts, summaries and notes are then removed at the next start; the statistics keep every count. A case on legal hold is kept.</source>
        <translation>Отсчитывается от последней активности по случаю. Затем при следующем запуске удаляются имена, личные коды, контактные данные, резюме и заметки; все показатели статистики сохраняются. Случай с требованием о хранении сохраняется.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="106"/>
        <source>&amp;Preview what retention removes</source>
        <translation>&amp;Предпросмотр: что будет удалено по сроку хранения</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="107"/>
        <source>&amp;Anonymise now</source>
        <translation>&amp;Анонимизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="162"/>
        <source>Kept for %1 months: cases without activity since %2.</source>
        <translation>Срок хранения %1 мес.: случаи без активности с %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="167"/>
        <source>Case %1: last activity %2, %3 contact(s), %4 aid decision(s)</source>
        <translation>Случай %1: последняя активность %2, обращений: %3, решений о помощи: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/security.py" line="176"/>
        <source>The names, ID codes and contacts of %n person(s) go too.</source>
        <translation>
            <numerusform>Также удаляются имя, личный код и контактные данные %n человека.</numerusform>
            <numerusform>Также удаляются имена, личные коды и контактные данные %n человек.</numerusform>
            <numerusform>Также удаляются имена, личные коды и контактные данные %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="178"/>
        <source>Nothing is due.</source>
        <translation>Удалять нечего.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="186"/>
        <source>Anonymise now</source>
        <translation>Анонимизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="188"/>
        <source>Remove the personal data listed? This cannot be undone; the audit trail records each case and person.</source>
        <translation>Удалить перечисленные персональные данные? Это действие нельзя отменить; в журнале аудита будет записан каждый случай и каждый человек.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="200"/>
        <source>Anonymised: %1 case(s), %2 person(s).</source>
        <translation>Анонимизировано: случаев – %1, человек – %2.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../app/ui/admin/settings_form.py" line="34"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="49"/>
        <location filename="../../app/ui/statistics/labels.py" line="125"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="50"/>
        <source>By line</source>
        <translation>По линиям</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="51"/>
        <source>By channel</source>
        <translation>По каналам</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="52"/>
        <source>By direction</source>
        <translation>По направлению</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="53"/>
        <source>By kind</source>
        <translation>По виду</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="54"/>
        <source>By language</source>
        <translation>По языку</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="55"/>
        <source>By caller type</source>
        <translation>По типу обратившегося</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="56"/>
        <source>By topic</source>
        <translation>По темам</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="57"/>
        <source>Durations</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="58"/>
        <source>Weekday and hour</source>
        <translation>День недели и час</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="59"/>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="60"/>
        <source>Aid decisions</source>
        <translation>Решения о помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="63"/>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="64"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="65"/>
        <location filename="../../app/ui/statistics/labels.py" line="87"/>
        <source>Contacts</source>
        <translation>Обращений</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="66"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="67"/>
        <source>Mean (s)</source>
        <translation>Среднее (с)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="68"/>
        <source>Median (s)</source>
        <translation>Медиана (с)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="69"/>
        <source>90th percentile (s)</source>
        <translation>90-й процентиль (с)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="70"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="71"/>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="72"/>
        <source>Counselling</source>
        <translation>Консультирование</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="73"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="74"/>
        <source>Limit category</source>
        <translation>Категория лимита</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="75"/>
        <source>Decisions</source>
        <translation>Решений</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="76"/>
        <source>Amount (EUR)</source>
        <translation>Сумма (EUR)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="77"/>
        <source>generated</source>
        <translation>составлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="78"/>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="79"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="80"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="81"/>
        <source>Kind of contact</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="82"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="83"/>
        <source>Caller type</source>
        <translation>Тип обратившегося</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="84"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="88"/>
        <location filename="../../app/ui/statistics/labels.py" line="127"/>
        <location filename="../../app/ui/statistics/labels.py" line="130"/>
        <source>Counselling contacts</source>
        <translation>Консультационные обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="89"/>
        <source>Anonymous</source>
        <translation>Анонимные</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="90"/>
        <source>Identified</source>
        <translation>Идентифицированные</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="91"/>
        <source>Anonymous share</source>
        <translation>Доля анонимных</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="92"/>
        <source>Standard limits granted (EUR)</source>
        <translation>Назначенные обычные лимиты (EUR)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="93"/>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="94"/>
        <source>Wrap-up time</source>
        <translation>Время постобработки</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="97"/>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="98"/>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="99"/>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="100"/>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="101"/>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="102"/>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="103"/>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="106"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="107"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="108"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="109"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="110"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="111"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="112"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="115"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="116"/>
        <source>Week (from its Monday)</source>
        <translation>Неделя (с понедельника)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="117"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="120"/>
        <source>Statistics report</source>
        <translation>Статистический отчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="121"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="122"/>
        <source>Generated</source>
        <translation>Составлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="123"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="124"/>
        <source>No contacts in this period.</source>
        <translation>За этот период обращений не было.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="126"/>
        <source>Contacts, all kinds</source>
        <translation>Обращения, все виды</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="128"/>
        <source>Anonymous share of counselling contacts</source>
        <translation>Доля анонимных среди консультационных обращений</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="129"/>
        <source>Standard aid limits granted</source>
        <translation>Назначенные обычные лимиты помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="131"/>
        <source>minutes:seconds</source>
        <translation>минуты:секунды</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="132"/>
        <source>Duration of the conversation</source>
        <translation>Продолжительность разговора</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="133"/>
        <source>Wrap-up time after it</source>
        <translation>Время постобработки после него</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="134"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="135"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="136"/>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="137"/>
        <source>Contacts by line</source>
        <translation>Обращения по линиям</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="138"/>
        <source>Contacts by channel</source>
        <translation>Обращения по каналам</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="139"/>
        <source>Counselling contacts by topic</source>
        <translation>Консультационные обращения по темам</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="140"/>
        <source>A contact may have several topics, so the shares may add up to more than 100%.</source>
        <translation>У обращения может быть несколько тем, поэтому сумма долей может превышать 100%.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="143"/>
        <source>No topics were recorded in this period.</source>
        <translation>За этот период темы не отмечались.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="144"/>
        <source>contacts</source>
        <translation>обращений</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="145"/>
        <source>Contacts over the period</source>
        <translation>Обращения за период</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="146"/>
        <source>All contacts</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="147"/>
        <source>Contacts by weekday and hour</source>
        <translation>Обращения по дням недели и часам</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="148"/>
        <source>hour of the day, local time</source>
        <translation>час суток, местное время</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="149"/>
        <source>the darker the cell, the more contacts started in that hour over the whole period</source>
        <translation>чем темнее ячейка, тем больше обращений началось в этот час за весь период</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="152"/>
        <source>the lighter the cell, the more contacts started in that hour over the whole period</source>
        <translation>чем светлее клетка, тем больше обращений началось в этот час за весь период</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="155"/>
        <source>Psychological aid decisions</source>
        <translation>Решения о психологической помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="156"/>
        <source>By the date of the decision. Amounts in euros: only the standard category has a limit amount.</source>
        <translation>По дате решения. Суммы в евро: сумма лимита есть только у обычной категории.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="160"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="163"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="138"/>
        <source>Count the contacts of the period (Ctrl+Return)</source>
        <translation>Подсчитать обращения за период (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="145"/>
        <source>Choose a period and press Show.</source>
        <translation>Выберите период и нажмите «Показать».</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="146"/>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="137"/>
        <source>Sho&amp;w</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="147"/>
        <source>&amp;Export CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="148"/>
        <source>&amp;PDF report…</source>
        <translation>Отчёт в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="149"/>
        <source>One CSV file per table, together in a ZIP file</source>
        <translation>Каждая таблица в отдельном файле CSV, все вместе в одном файле ZIP</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="151"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="152"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="153"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="154"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="180"/>
        <source>&amp;From</source>
        <translation>С &amp;даты</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="180"/>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="189"/>
        <source>Trend &amp;by</source>
        <translation>&amp;Шаг динамики</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="221"/>
        <source>Contacts by weekday and hour started (number of contacts, local time)</source>
        <translation>Обращения по дням недели и часу начала (число обращений, местное время)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="223"/>
        <source>Aid decisions by outcome and limit category (number; amounts in euros)</source>
        <translation>Решения о помощи по результату и категории лимита (число; суммы в евро)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="233"/>
        <source>All contacts by line (number of contacts)</source>
        <translation>Все обращения по линиям (число обращений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="234"/>
        <source>All contacts by channel (number of contacts)</source>
        <translation>Все обращения по каналам (число обращений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="235"/>
        <source>All contacts by direction (number of contacts)</source>
        <translation>Все обращения по направлению (число обращений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="236"/>
        <source>Counselling contacts by language (number of contacts)</source>
        <translation>Консультационные обращения по языку (число обращений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="237"/>
        <source>Counselling contacts by caller type (number of contacts)</source>
        <translation>Консультационные обращения по типу обратившегося (число обращений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="238"/>
        <source>All contacts by kind (number of contacts)</source>
        <translation>Все обращения по виду (число обращений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="239"/>
        <source>Counselling contacts by topic (number of contacts; a contact may have several)</source>
        <translation>Консультационные обращения по темам (число обращений; у обращения может быть несколько тем)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="284"/>
        <source>Counting the contacts…</source>
        <translation>Подсчёт обращений…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="309"/>
        <source>The statistics could not be counted.</source>
        <translation>Не удалось подсчитать статистику.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="338"/>
        <source>Shown: %1 – %2. %3</source>
        <translation>Показано: %1 – %2. %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="344"/>
        <source>Shown: %1 – %2, %3 contacts.</source>
        <translation>Показано: %1 – %2, обращений: %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="387"/>
        <source>Contacts per day (number of contacts)</source>
        <translation>Обращения по дням (число обращений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="388"/>
        <source>Contacts per week, by its Monday (number of contacts)</source>
        <translation>Обращения по неделям, по дате понедельника (число обращений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="389"/>
        <source>Contacts per month (number of contacts)</source>
        <translation>Обращения по месяцам (число обращений)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="410"/>
        <source>%1, %2:00–%3:00: %4 contacts</source>
        <translation>%1, %2:00–%3:00: обращений – %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="431"/>
        <source>Export the statistics as XLSX</source>
        <translation>Экспорт статистики в XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="431"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="438"/>
        <source>Export the statistics as CSV files in a ZIP</source>
        <translation>Экспорт статистики в файлы CSV в архиве ZIP</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="438"/>
        <source>ZIP files of CSV tables (*.zip)</source>
        <translation>Архивы ZIP с таблицами CSV (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="444"/>
        <source>Save the statistics report</source>
        <translation>Сохранение статистического отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="444"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="460"/>
        <source>Writing %1…</source>
        <translation>Запись файла %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="464"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="474"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="184"/>
        <source>Team sync</source>
        <translation>Синхронизация команды</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="195"/>
        <source>&amp;Resolve conflicts…</source>
        <translation>&amp;Разрешить конфликты…</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message numerus="yes">
        <location filename="../../app/ui/shell/sync_indicator.py" line="57"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n неразрешённый конфликт</numerusform>
            <numerusform>%n неразрешённых конфликта</numerusform>
            <numerusform>%n неразрешённых конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="62"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/sync_indicator.py" line="64"/>
        <source>sending %n change(s)</source>
        <translation>
            <numerusform>отправляется %n изменение</numerusform>
            <numerusform>отправляются %n изменения</numerusform>
            <numerusform>отправляются %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="66"/>
        <source>synced %1</source>
        <translation>синхронизировано %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="70"/>
        <source>offline since %1</source>
        <translation>не в сети с %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="72"/>
        <source>connecting…</source>
        <translation>подключение…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/sync_indicator.py" line="76"/>
        <source>%n change(s) waiting (saved on this computer)</source>
        <translation>
            <numerusform>%n изменение ждёт отправки (сохранено на этом компьютере)</numerusform>
            <numerusform>%n изменения ждут отправки (сохранены на этом компьютере)</numerusform>
            <numerusform>%n изменений ждут отправки (сохранены на этом компьютере)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="85"/>
        <source>Team: %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="92"/>
        <source>This workstation is connected to the team server.</source>
        <translation>Это рабочее место подключено к серверу команды.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="97"/>
        <source>This workstation has been offline since %1: it cannot reach the team server. You can go on working: everything you save is kept on this computer and goes to the server by itself when it is back.</source>
        <translation>Это рабочее место не в сети с %1: сервер команды недоступен. Вы можете продолжать работу: всё, что вы сохраняете, остаётся на этом компьютере и само отправится на сервер, когда он снова станет доступен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="105"/>
        <source>This workstation is connecting to the team server.</source>
        <translation>Это рабочее место подключается к серверу команды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/sync_indicator.py" line="109"/>
        <source>Changes made here and not yet on the server: %n. They are saved on this computer.</source>
        <translation>
            <numerusform>Изменений, сделанных здесь и ещё не отправленных на сервер: %n. Они сохранены на этом компьютере.</numerusform>
            <numerusform>Изменений, сделанных здесь и ещё не отправленных на сервер: %n. Они сохранены на этом компьютере.</numerusform>
            <numerusform>Изменений, сделанных здесь и ещё не отправленных на сервер: %n. Они сохранены на этом компьютере.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="115"/>
        <source>Every change made here is on the server.</source>
        <translation>Все изменения, сделанные здесь, уже на сервере.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="119"/>
        <source>The last complete sync was at %1.</source>
        <translation>Последняя полная синхронизация: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="124"/>
        <source>This workstation has not synced yet.</source>
        <translation>Это рабочее место ещё не синхронизировалось.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/sync_indicator.py" line="128"/>
        <source>Records changed both here and on another workstation: %n. Nothing is lost: both versions are kept until you choose, field by field, what stays. Choose “Resolve conflicts…” to do it now.</source>
        <translation>
            <numerusform>Записей, изменённых и здесь, и на другом рабочем месте: %n. Ничего не потеряно: обе версии хранятся, пока вы не выберете, поле за полем, что оставить. Чтобы сделать это сейчас, нажмите «Разрешить конфликты…».</numerusform>
            <numerusform>Записей, изменённых и здесь, и на другом рабочем месте: %n. Ничего не потеряно: обе версии хранятся, пока вы не выберете, поле за полем, что оставить. Чтобы сделать это сейчас, нажмите «Разрешить конфликты…».</numerusform>
            <numerusform>Записей, изменённых и здесь, и на другом рабочем месте: %n. Ничего не потеряно: обе версии хранятся, пока вы не выберете, поле за полем, что оставить. Чтобы сделать это сейчас, нажмите «Разрешить конфликты…».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="135"/>
        <source>The server reports a problem: %1</source>
        <translation>Сервер сообщает о проблеме: %1</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../app/ui/kit/theme.py" line="182"/>
        <source>&amp;Colours</source>
        <translation>&amp;Цвета</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/theme.py" line="184"/>
        <source>As the &amp;system</source>
        <translation>Как в с&amp;истеме</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/theme.py" line="185"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлые</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/theme.py" line="186"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмные</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="216"/>
        <source>&amp;Add topic</source>
        <translation>&amp;Добавить тему</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="217"/>
        <source>&amp;Save topics</source>
        <translation>&amp;Сохранить темы</translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="44"/>
        <source>Type a few letters of a topic, Enter ticks it</source>
        <translation>Введите несколько букв темы, Enter отмечает её</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="46"/>
        <source>Down goes to the topics found, Space ticks one there; Escape shows all topics again.</source>
        <translation>Стрелка вниз переходит к найденным темам, пробел отмечает тему; Escape снова показывает все темы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="48"/>
        <source>Find a topic</source>
        <translation>Найти тему</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="50"/>
        <source>No topic fits these letters.</source>
        <translation>Нет темы с такими буквами.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="110"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="110"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="110"/>
        <location filename="../../app/ui/admin/dialog.py" line="123"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="110"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="117"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="118"/>
        <source>Activate / &amp;deactivate</source>
        <translation>Активировать / д&amp;еактивировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="119"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="120"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Контактные данные…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="121"/>
        <source>Phone and e-mail printed on the notices this user sends</source>
        <translation>Телефон и эл. почта, которые печатаются в уведомлениях, отправляемых этим пользователем</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="124"/>
        <source>Set r&amp;ole</source>
        <translation>Назначить &amp;роль</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="153"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="153"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="189"/>
        <location filename="../../app/ui/admin/dialog.py" line="192"/>
        <source>Contacts</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="189"/>
        <source>Phone (empty for none):</source>
        <translation>Телефон (оставьте пустым, если нет):</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="192"/>
        <source>E-mail (empty for none):</source>
        <translation>Эл. почта (оставьте пустым, если нет):</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="202"/>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="203"/>
        <source>New password (at least 10 characters):</source>
        <translation>Новый пароль (не менее 10 символов):</translation>
    </message>
</context>
<context>
    <name>WorkstationPage</name>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="238"/>
        <source>Case numbers carry the station code of the store they were made in, so numbers made on different workstations never collide. Give every workstation with its own store a different code.</source>
        <translation>Номер случая содержит код станции хранилища данных, в котором он создан, поэтому номера, созданные на разных рабочих станциях, никогда не совпадают. Назначьте каждой рабочей станции с собственным хранилищем свой код.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="246"/>
        <source>&amp;Save station code</source>
        <translation>&amp;Сохранить код станции</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="248"/>
        <source>Station &amp;code</source>
        <translation>&amp;Код станции</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="253"/>
        <source>Team &amp;workstations…</source>
        <translation>&amp;Рабочие места команды…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="254"/>
        <source>Every workstation of the team and its last sync with the server</source>
        <translation>Все рабочие места команды и их последняя синхронизация с сервером</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="262"/>
        <source>On a team workstation the station code comes from the team server.</source>
        <translation>На рабочем месте команды код станции выдаёт сервер команды.</translation>
    </message>
</context>
<context>
    <name>WorkstationsDialog</name>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="137"/>
        <source>Team workstations</source>
        <translation>Рабочие места команды</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="141"/>
        <source>Workstations</source>
        <translation>Рабочие места</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="151"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/workstations_dialog.py" line="185"/>
        <source>%n workstation(s) in the team.</source>
        <translation>
            <numerusform>В команде %n рабочее место.</numerusform>
            <numerusform>В команде %n рабочих места.</numerusform>
            <numerusform>В команде %n рабочих мест.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/workstations_dialog.py" line="187"/>
        <source>Not synced for more than a day: %n (see the Sync column).</source>
        <translation>
            <numerusform>Не синхронизировались больше суток: %n (см. столбец «Синхронизация»).</numerusform>
            <numerusform>Не синхронизировались больше суток: %n (см. столбец «Синхронизация»).</numerusform>
            <numerusform>Не синхронизировались больше суток: %n (см. столбец «Синхронизация»).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="199"/>
        <source>The server cannot be reached: the list is shown when the workstation is online again.</source>
        <translation>Сервер недоступен: список будет показан, когда рабочее место снова будет в сети.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="203"/>
        <source>Reading the workstations from the server…</source>
        <translation>Список рабочих мест загружается с сервера…</translation>
    </message>
</context>
<context>
    <name>WorkstationsModel</name>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="78"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="83"/>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="88"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="89"/>
        <source>Signed in</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="90"/>
        <source>Joined</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="91"/>
        <source>Last push</source>
        <translation>Последняя отправка</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="92"/>
        <source>Last pull</source>
        <translation>Последнее получение</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="94"/>
        <source>Changes waiting</source>
        <translation>Ждут отправки</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="87"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="103"/>
        <source>Never synced</source>
        <translation>Ни разу не синхронизировалось</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="105"/>
        <source>Up to date</source>
        <translation>Актуально</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/workstations_dialog.py" line="108"/>
        <source>No sync for %n hour(s)</source>
        <translation>
            <numerusform>Нет синхронизации %n час</numerusform>
            <numerusform>Нет синхронизации %n часа</numerusform>
            <numerusform>Нет синхронизации %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/workstations_dialog.py" line="109"/>
        <source>No sync for %n day(s)</source>
        <translation>
            <numerusform>Нет синхронизации %n день</numerusform>
            <numerusform>Нет синхронизации %n дня</numerusform>
            <numerusform>Нет синхронизации %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="116"/>
        <source>This workstation has not synced with the server for more than a day.</source>
        <translation>Это рабочее место не синхронизировалось с сервером больше суток.</translation>
    </message>
</context>
<context>
    <name>_CriterionRow</name>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="72"/>
        <source>Not scored (does not apply)</source>
        <translation>Не оценено (не применимо)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="74"/>
        <source>Score %1 of 5</source>
        <translation>Оценка %1 из 5</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="81"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
</TS>
