<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE" sourcelanguage="en">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../app/ui/contacts/access_dialog.py" line="45"/>
        <source>Open a known caller</source>
        <translation>Tuntud pöörduja avamine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/access_dialog.py" line="49"/>
        <source>Another counsellor served this caller, so their name, ID code, phone and cases are hidden from you. If you must see them, say why. Your access and its reason go into the audit trail, which shift leads read, and last %n hours. Write why, not who: no names or ID codes in the reason.</source>
        <translation>
            <numerusform>Seda pöördujat teenindas teine nõustaja, seetõttu on tema nimi, isikukood, telefon ja juhtumid sinu eest peidetud. Kui pead neid nägema, kirjuta, miks. Juurdepääs ja selle põhjus kirjutatakse auditilogisse, mida vahetuse juhid loevad, ning kehtivad %n tunni. Kirjuta, miks, mitte kes: põhjusesse ei käi nimed ega isikukoodid.</numerusform>
            <numerusform>Seda pöördujat teenindas teine nõustaja, seetõttu on tema nimi, isikukood, telefon ja juhtumid sinu eest peidetud. Kui pead neid nägema, kirjuta, miks. Juurdepääs ja selle põhjus kirjutatakse auditilogisse, mida vahetuse juhid loevad, ning kehtivad %n tundi. Kirjuta, miks, mitte kes: põhjusesse ei käi nimed ega isikukoodid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/access_dialog.py" line="57"/>
        <source>&amp;Reason</source>
        <translation>&amp;Põhjus</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/access_dialog.py" line="64"/>
        <source>&amp;Open with this reason</source>
        <translation>&amp;Ava selle põhjusega</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../app/ui/kit/accessibility.py" line="137"/>
        <source>%1 (end)</source>
        <translation>%1 (lõpp)</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="252"/>
        <source>Actions</source>
        <translation>Tegevused</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="291"/>
        <source>Administration</source>
        <translation>Haldus</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="295"/>
        <source>Users</source>
        <translation>Kasutajad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="296"/>
        <source>Topics</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="298"/>
        <source>Workstation</source>
        <translation>Tööjaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="300"/>
        <source>Providers</source>
        <translation>Teenuseosutajad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="302"/>
        <source>Minimum wage</source>
        <translation>Kuupalga alammäär</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="304"/>
        <source>Review criteria</source>
        <translation>Hindamiskriteeriumid</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="306"/>
        <source>Shift desk</source>
        <translation>Vahetuse töölaud</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="308"/>
        <source>Security</source>
        <translation>Turvalisus</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/shell/application.py" line="101"/>
        <source>Filling the demo store with generated contacts…</source>
        <translation>Täidan demoandmebaasi genereeritud pöördumistega…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/session.py" line="72"/>
        <source>Old personal data could not be anonymised today (%1) The next start tries again.</source>
        <translation>Vanu isikuandmeid ei õnnestunud täna anonüümida (%1) Järgmisel käivitamisel proovitakse uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="493"/>
        <source>Demo store</source>
        <translation>Demoandmebaas</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="190"/>
        <location filename="../../app/ui/admin/audit_dialog.py" line="478"/>
        <source>Audit trail</source>
        <translation>Auditilogi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="209"/>
        <source>ID code, phone or case number</source>
        <translation>Isikukood, telefon või juhtumi number</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="212"/>
        <source>&amp;Show</source>
        <translation>&amp;Näita</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="214"/>
        <source>&amp;More</source>
        <translation>&amp;Veel</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="215"/>
        <source>&amp;Check the chain</source>
        <translation>&amp;Kontrolli ahelat</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="216"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspordi CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="218"/>
        <source>&amp;Accept the trail as it is…</source>
        <translation>&amp;Aktsepteeri logi sellisena…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="250"/>
        <source>&amp;Period</source>
        <translation>&amp;Periood</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="251"/>
        <source>&amp;User</source>
        <translation>Kas&amp;utaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="252"/>
        <source>&amp;Kind</source>
        <translation>&amp;Liik</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="253"/>
        <source>Pe&amp;rson</source>
        <translation>&amp;Isik</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="296"/>
        <source>Accept the trail as it is</source>
        <translation>Logi aktsepteerimine sellisena</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="300"/>
        <source>Accept the trail as it is now and anchor it again? Do this only once you know why it changed (a restore at start, a backup put back by hand). The acceptance, and what was found, stay in the trail.</source>
        <translation>Kas aktsepteerid logi praegusel kujul ja ankurdad selle uuesti? Tee seda alles siis, kui tead, miks see muutus (taastamine käivitamisel, käsitsi tagasi pandud varukoopia). Aktsepteerimine ja leitu jäävad logisse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="312"/>
        <source>The trail is accepted as it is and anchored again; this is in the trail.</source>
        <translation>Logi on aktsepteeritud sellisena ja uuesti ankurdatud; see on logis kirjas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="325"/>
        <source>Anchor of the trail, to write down and check it against later: %1</source>
        <translation>Auditilogi ankur (pane kirja, et hiljem logi selle vastu kontrollida): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="334"/>
        <source>The end of the period is before its start.</source>
        <translation>Perioodi lõpp on enne selle algust.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="343"/>
        <source>No person has this ID code, phone or case number.</source>
        <translation>Selle isikukoodi, telefoni või juhtumi numbriga isikut ei ole.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="390"/>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>Auditilogi on terve: kontrolliti %1 kirjet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="392"/>
        <source>The audit trail is broken: its newest entries do not match the recorded tip.</source>
        <translation>Auditilogi on rikutud: selle uusimad kirjed ei vasta salvestatud otsale.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="395"/>
        <source>The audit trail is broken at entry %1: it was changed, removed or relinked.</source>
        <translation>Auditilogi on rikutud kirjest %1 alates: seda on muudetud, see on eemaldatud või ümber seotud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="414"/>
        <source>Export the audit trail</source>
        <translation>Auditilogi eksport</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="414"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="426"/>
        <source>Saved: %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="434"/>
        <source>The audit trail is shorter than recorded outside the store: entry %1 was written, but the store ends at entry %2. An old copy of the store was put back, entries were cut, or the store lost its newest commits: what was saved after that may be lost.</source>
        <translation>Auditilogi on lühem, kui väljaspool andmebaasi kirja pandud: kirje %1 kirjutati, kuid andmebaas lõpeb kirjega %2. Andmebaasi asemele on pandud vana koopia, kirjeid on eemaldatud või kaotas andmebaas oma viimased salvestused: pärast seda salvestatu võib olla kadunud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="440"/>
        <source>Entry %1 of the audit trail is not the one recorded outside the store: the store was rolled back (an old copy put back, entries cut, or lost commits) and work went on after that, or the trail was rewritten. What was saved after the roll-back may be lost.</source>
        <translation>Auditilogi kirje %1 ei ole see, mis on andmebaasist väljaspool üles märgitud: andmebaas viidi tagasi (vana koopia pandi asemele, kirjeid lõigati ära või kadusid salvestused) ja töö jätkus pärast seda, või kirjutati logi ümber. Pärast tagasiviimist salvestatu võib olla kadunud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="446"/>
        <source>The record of the audit trail kept outside the store was changed by hand: it can no longer be read or checked.</source>
        <translation>Andmebaasist väljaspool hoitavat auditilogi märget on käsitsi muudetud: seda ei saa enam lugeda ega kontrollida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="451"/>
        <source>The store&apos;s record of the newest audit entry was changed by hand; it was set again from the newest entry there is (%2). Check the whole trail (Check the chain).</source>
        <translation>Andmebaasi märget uusima auditikirje kohta on käsitsi muudetud; see seati uuesti olemasoleva uusima kirje järgi (%2). Kontrolli kogu logi (Kontrolli ahelat).</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="456"/>
        <source>The record of the audit trail kept outside the store is gone, although it was kept before.</source>
        <translation>Väljaspool andmebaasi hoitud auditilogi ankur on kadunud, kuigi seda on varem hoitud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="471"/>
        <source>The program works on, and says this at every start until an administrator has looked into it and accepted the trail as it is (Audit trail window, or helpline audit verify --accept). Tell your administrator now.</source>
        <translation>Programm töötab edasi ja ütleb seda igal käivitamisel, kuni administraator on asja uurinud ja logi sellisena aktsepteerinud (auditilogi aknas või käsuga helpline audit verify --accept). Teata kohe administraatorile.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="70"/>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="71"/>
        <source>User</source>
        <translation>Kasutaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="72"/>
        <source>What</source>
        <translation>Mida</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="73"/>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="74"/>
        <source>Screen</source>
        <translation>Vaade</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="75"/>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="84"/>
        <source>(cannot be read)</source>
        <translation>(ei ole loetav)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="88"/>
        <source>(an unknown name)</source>
        <translation>(tundmatu nimi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="93"/>
        <location filename="../../app/ui/admin/audit_dialog.py" line="109"/>
        <source>(cannot be read: %1)</source>
        <translation>(ei ole loetav: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="127"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="127"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="142"/>
        <source>contact</source>
        <translation>pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="143"/>
        <source>person</source>
        <translation>isik</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="144"/>
        <source>case</source>
        <translation>juhtum</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="145"/>
        <source>decision</source>
        <translation>otsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="146"/>
        <source>user</source>
        <translation>kasutaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="147"/>
        <source>export</source>
        <translation>eksport</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="148"/>
        <location filename="../../app/ui/admin/audit_dialog.py" line="178"/>
        <source>anchor</source>
        <translation>ankur</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="151"/>
        <source>identified</source>
        <translation>tuvastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="152"/>
        <source>fields</source>
        <translation>väljad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="153"/>
        <source>field</source>
        <translation>väli</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="154"/>
        <source>from</source>
        <translation>enne</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="155"/>
        <source>to</source>
        <translation>pärast</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="156"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="157"/>
        <source>outcome</source>
        <translation>tulemus</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="158"/>
        <source>language</source>
        <translation>keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="159"/>
        <source>password</source>
        <translation>parool</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="160"/>
        <source>event</source>
        <translation>sündmus</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="161"/>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="162"/>
        <source>what</source>
        <translation>mis</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="163"/>
        <source>months</source>
        <translation>kuud</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="164"/>
        <source>contacts</source>
        <translation>pöördumisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="165"/>
        <source>decisions</source>
        <translation>otsuseid</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="166"/>
        <source>contacts outside a case</source>
        <translation>pöördumisi väljaspool juhtumit</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="167"/>
        <source>on hold</source>
        <translation>säilitusnõue</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="168"/>
        <source>since</source>
        <translation>alates</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="169"/>
        <source>until</source>
        <translation>kuni</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="170"/>
        <source>provider</source>
        <translation>teenuseosutaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="171"/>
        <source>name tag</source>
        <translation>nime märgis</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="172"/>
        <source>backup</source>
        <translation>varukoopia</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="173"/>
        <source>finding</source>
        <translation>leid</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="174"/>
        <source>anchored entry</source>
        <translation>ankurdatud kirje</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="175"/>
        <source>store&apos;s newest entry</source>
        <translation>andmebaasi uusim kirje</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="176"/>
        <source>chain</source>
        <translation>ahel</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="177"/>
        <source>checked</source>
        <translation>kontrollitud</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_dialog.py" line="179"/>
        <source>reason</source>
        <translation>põhjus</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="45"/>
        <source>Backups</source>
        <translation>Varukoopiad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="50"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="52"/>
        <source>Besides the backups made at every start and exit of the program.</source>
        <translation>Lisaks varukoopiatele, mis tehakse programmi igal käivitamisel ja sulgemisel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="56"/>
        <source>The newest backups are kept; the oldest beyond this number are removed.</source>
        <translation>Alles jäävad uusimad varukoopiad; sellest arvust vanemad kustutatakse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="60"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vali…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="61"/>
        <source>&amp;Default</source>
        <translation>Vaiki&amp;misi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="72"/>
        <source>Back up &amp;every</source>
        <translation>Varunda &amp;iga</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="73"/>
        <source>&amp;Number of backups kept</source>
        <translation>Hoitavate varukoopiate a&amp;rv</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="74"/>
        <source>&amp;Folder</source>
        <translation>&amp;Kaust</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="77"/>
        <source>Backups are encrypted with the store&apos;s key: they open only on this computer&apos;s keyring (or with the store&apos;s passphrase). A folder on another disk protects against a failing disk.</source>
        <translation>Varukoopiad on krüpteeritud andmehoidla võtmega: need avanevad ainult selle arvuti võtmehoidlaga (või andmehoidla salafraasiga). Teisel kettal asuv kaust kaitseb ketta rikke eest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="83"/>
        <source>Save &amp;backup settings</source>
        <translation>Salvesta varun&amp;dusseaded</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backups.py" line="116"/>
        <source>Folder for the backups</source>
        <translation>Varukoopiate kaust</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="60"/>
        <source>Quit</source>
        <translation>Välju</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="84"/>
        <source>The store file %1 is missing, but these files show that there was one:</source>
        <translation>Andmebaasi fail %1 puudub, kuid need failid näitavad, et see oli olemas:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="100"/>
        <source>None of them opens as a good copy of the store, so the program does not start on an empty one. Nothing was changed: call your administrator.</source>
        <translation>Ükski neist ei avane andmebaasi korras koopiana, seetõttu ei käivitu programm tühja andmebaasiga. Midagi ei muudetud: helista administraatorile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="109"/>
        <source>So that nothing is lost, the program does not start on an empty store. The newest good copy is %1 (%2): put it in place, or quit and call your administrator.</source>
        <translation>Et midagi ei kaoks, ei käivitu programm tühja andmebaasiga. Uusim korras koopia on %1 (%2): pane see asemele või välju ja helista administraatorile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="117"/>
        <source>Put the copy of %1 in place</source>
        <translation>Pane %1 koopia asemele</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="130"/>
        <source>The copy of %1 is in place. Contacts saved after that time are not in it: enter them again.</source>
        <translation>%1 koopia on asemel. Pärast seda aega salvestatud pöördumisi selles pole: sisesta need uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="146"/>
        <source>The store file is damaged and no good backup of it was found, so the program cannot start. The file is left as it is: call your administrator, who can restore a backup from another place.</source>
        <translation>Andmehoidla fail on kahjustatud ja sellest ei leitud ühtki korras varukoopiat, seega programm ei käivitu. Fail jääb puutumata: helista administraatorile, kes saab taastada varukoopia mujalt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="155"/>
        <source>The store file is damaged, so the program will not use it; the newest good backup is from %1: restore it (the damaged file is kept beside it, renamed), or quit and call your administrator.</source>
        <translation>Andmehoidla fail on kahjustatud, seepärast programm seda ei kasuta; uusim korras varukoopia on ajast %1: taasta see (kahjustatud fail jääb ümbernimetatuna alles) või välju ja helista administraatorile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="162"/>
        <source>Restore the backup of %1</source>
        <translation>Taasta varukoopia ajast %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="174"/>
        <source>The backup of %1 is restored. Contacts saved after that time are not in it: enter them again.</source>
        <translation>Varukoopia ajast %1 on taastatud. Pärast seda salvestatud pöördumisi selles ei ole: sisesta need uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="229"/>
        <source>Backing up the store…</source>
        <translation>Andmehoidlat varundatakse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="235"/>
        <source>Backed up at %1 to %2.</source>
        <translation>Varundatud %1 asukohta %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="253"/>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="384"/>
        <source>Not backed up</source>
        <translation>Ei varundatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="263"/>
        <source>No older backup was removed: the audit trail is not the one recorded outside the store, so the store may have lost data that only an older backup holds. Old backups are removed again once an administrator has looked into it and accepted the trail (Audit trail window).</source>
        <translation>Ühtegi vanemat varukoopiat ei kustutatud: auditilogi ei ole see, mis on andmebaasist väljaspool üles märgitud, seega võib andmebaasist olla kadunud andmeid, mis on alles ainult vanemas varukoopias. Vanu varukoopiaid kustutatakse taas, kui administraator on asja uurinud ja logi aktsepteerinud (auditilogi aken).</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="283"/>
        <source>Older backups kept</source>
        <translation>Vanemad varukoopiad jäeti alles</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="294"/>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="319"/>
        <source>Restore from backup</source>
        <translation>Taastamine varukoopiast</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="296"/>
        <source>Backups (*.sqlite3)</source>
        <translation>Varukoopiad (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="309"/>
        <source>Checking the backup…</source>
        <translation>Kontrollin varukoopiat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="321"/>
        <source>Replace the store by this backup (%1 contacts)? Whatever was saved after it is set aside, not deleted. The program closes to restore it; start it again afterwards.</source>
        <translation>Kas asendada andmehoidla selle varukoopiaga (%1 pöördumist)? Kõik pärast seda salvestatu pannakse kõrvale, mitte ei kustutata. Taastamiseks programm suletakse; käivita see pärast uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="354"/>
        <source>Restoring the backup…</source>
        <translation>Taastan varukoopiat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="363"/>
        <source>Not restored</source>
        <translation>Ei taastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="364"/>
        <source>The store was not replaced. %1</source>
        <translation>Andmehoidlat ei asendatud. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="372"/>
        <source>The backup is restored. The replaced store is kept as %1. Start the program again.</source>
        <translation>Varukoopia on taastatud. Asendatud andmehoidla on alles nimega %1. Käivita programm uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="381"/>
        <source>Backing up the store before closing…</source>
        <translation>Andmehoidlat varundatakse enne sulgemist…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/backup_dialogs.py" line="427"/>
        <source>The backup was not made; the store itself is unchanged. %1</source>
        <translation>Varukoopiat ei tehtud; andmehoidla ise on muutmata. %1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="122"/>
        <source>Case %1</source>
        <translation>Juhtum %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="90"/>
        <source>When</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="90"/>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="90"/>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="90"/>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="94"/>
        <source>Put on &amp;legal hold…</source>
        <translation>Lisa &amp;säilitusnõue…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="96"/>
        <source>A case on legal hold keeps its personal data, however long it stays quiet</source>
        <translation>Säilitusnõudega juhtumi isikuandmed jäävad alles, ükskõik kui kaua juhtumis midagi ei toimu</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="98"/>
        <source>&amp;Release the hold</source>
        <translation>&amp;Lõpeta säilitusnõue</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="142"/>
        <source>Personal data removed by retention on %1.</source>
        <translation>Isikuandmed kustutati säilitustähtaja möödudes %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="146"/>
        <source>On legal hold since %1 (%2). Reason: %3</source>
        <translation>Säilitusnõue alates %1 (%2). Põhjus: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="149"/>
        <source>On legal hold since %1. Reason: %2</source>
        <translation>Säilitusnõue alates %1. Põhjus: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="151"/>
        <source>Not on legal hold.</source>
        <translation>Säilitusnõuet ei ole.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="175"/>
        <source>Release the hold</source>
        <translation>Säilitusnõude lõpetamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="178"/>
        <source>Release the legal hold of case %1? Retention will then remove its personal data once the case has been quiet for the retention period.</source>
        <translation>Kas lõpetada juhtumi %1 säilitusnõue? Siis kustutatakse selle isikuandmed, kui juhtumis pole säilitustähtaja jooksul midagi toimunud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="200"/>
        <source>Contact</source>
        <translation>Pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="202"/>
        <source>Aid decision %1</source>
        <translation>Abi otsus %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="204"/>
        <source>Put on legal hold</source>
        <translation>Säilitusnõue lisatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="206"/>
        <source>Personal data removed by retention</source>
        <translation>Isikuandmed kustutati säilitustähtaja möödudes</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/shell/login.py" line="258"/>
        <source>Change my password</source>
        <translation>Minu parooli muutmine</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="263"/>
        <source>&amp;Current password</source>
        <translation>&amp;Praegune parool</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="264"/>
        <source>&amp;New password (at least 10 characters)</source>
        <translation>&amp;Uus parool (vähemalt 10 märki)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="265"/>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Korda uut parooli</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="221"/>
        <source>Line</source>
        <translation>Liin</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="222"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="224"/>
        <source>Direction</source>
        <translation>Suund</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="226"/>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="227"/>
        <source>Caller</source>
        <translation>Pöörduja liik</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="230"/>
        <source>Handled by</source>
        <translation>Nõustaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="241"/>
        <source>Started</source>
        <translation>Algus</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="249"/>
        <source>Identified</source>
        <translation>Tuvastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="255"/>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="39"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="256"/>
        <source>ID code</source>
        <translation>Isikukood</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="259"/>
        <source>Birth date</source>
        <translation>Sünnikuupäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="265"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="266"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="267"/>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="286"/>
        <source>Case</source>
        <translation>Juhtum</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="294"/>
        <source>Topics</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="302"/>
        <source>Risk flags</source>
        <translation>Riskimärked</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="310"/>
        <source>Actions</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="318"/>
        <source>Consents</source>
        <translation>Nõusolekud</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="326"/>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="334"/>
        <source>Callback</source>
        <translation>Tagasihelistamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form_fields.py" line="345"/>
        <source>Callback done</source>
        <translation>Tagasi helistatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="38"/>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="40"/>
        <source>Registry code</source>
        <translation>Registrikood</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="41"/>
        <source>Basis</source>
        <translation>Alus</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="42"/>
        <source>Address</source>
        <translation>Aadress</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="43"/>
        <source>Price list</source>
        <translation>Hinnakiri</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="44"/>
        <source>Contract from</source>
        <translation>Leping alates</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="45"/>
        <source>Contract until</source>
        <translation>Leping kuni</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="46"/>
        <source>Counties</source>
        <translation>Maakonnad</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="47"/>
        <source>Languages</source>
        <translation>Keeled</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="48"/>
        <source>Services</source>
        <translation>Teenused</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="49"/>
        <source>Fields of work</source>
        <translation>Tegevusvaldkonnad</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="50"/>
        <source>Active</source>
        <translation>Aktiivne</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="51"/>
        <source>Qualifications</source>
        <translation>Kvalifikatsioonid</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="102"/>
        <source>Changed by someone else meanwhile</source>
        <translation>Vahepeal muutis keegi teine</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="105"/>
        <source>%1 saved this provider after you opened it. Choose, field by field, which value to keep; nothing is saved until you press Save my choices.</source>
        <translation>%1 salvestas selle teenuseosutaja pärast seda, kui sina selle avasid. Vali iga välja juures, milline väärtus jääb; midagi ei salvestata enne, kui vajutad „Salvesta minu valikud”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="110"/>
        <source>%1 saved this contact after you opened it. Choose, field by field, which value to keep; nothing is saved until you press Save my choices.</source>
        <translation>%1 salvestas selle pöördumise pärast seda, kui sina selle avasid. Vali iga välja juures, milline väärtus jääb; midagi ei salvestata enne, kui vajutad „Salvesta minu valikud”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="119"/>
        <source>Yours</source>
        <translation>Sinu oma</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="119"/>
        <source>Saved by %1</source>
        <translation>Salvestas %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="147"/>
        <source>* changed on both sides.</source>
        <translation>* muudetud mõlemal pool.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="150"/>
        <source>&amp;Save my choices</source>
        <translation>&amp;Salvesta minu valikud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="151"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Tagasi vormile</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="181"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="181"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="189"/>
        <source>another record</source>
        <translation>muu kirje</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="281"/>
        <source>Consent to pass data to a partner</source>
        <translation>Nõusolek andmete edastamiseks partnerile</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="286"/>
        <source>Not asked</source>
        <translation>Küsimata</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="287"/>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="288"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="167"/>
        <source>&amp;End contact</source>
        <translation>Lõpeta pöö&amp;rdumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="168"/>
        <source>Stops the contact&apos;s clock; wrap-up time runs until saving (Ctrl+E).</source>
        <translation>Peatab pöördumise kella; järeltöö aeg jookseb salvestamiseni (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="170"/>
        <source>Contact</source>
        <translation>Pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="176"/>
        <source>&amp;Line</source>
        <translation>&amp;Liin</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="178"/>
        <source>&amp;Direction</source>
        <translation>Suun&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="179"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="181"/>
        <source>Handled &amp;by</source>
        <translation>N&amp;õustaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="194"/>
        <source>What the caller told, what was agreed (type while listening)</source>
        <translation>Mida pöörduja rääkis, milles lepiti kokku (kirjuta kuulamise ajal)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="210"/>
        <source>Callback done</source>
        <translation>Tagasi helistatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="212"/>
        <source>Follow-up</source>
        <translation>Järeltegevus</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="219"/>
        <source>S&amp;ummary</source>
        <translation>Kokk&amp;uvõte</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="222"/>
        <source>Topics</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="250"/>
        <source>Case timeline…</source>
        <translation>Juhtumi ajalugu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="177"/>
        <source>Ch&amp;annel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="180"/>
        <source>Caller t&amp;ype</source>
        <translation>P&amp;öörduja liik</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="182"/>
        <source>S&amp;tarted</source>
        <translation>Al&amp;gus</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="206"/>
        <source>Callbac&amp;k due</source>
        <translation>&amp;Helista tagasi</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="248"/>
        <source>History…</source>
        <translation>Muudatused…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="252"/>
        <source>Aid decision…</source>
        <translation>Abi otsus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="253"/>
        <source>Trauma-recovery mental-health aid for the identified caller (Ctrl+D)</source>
        <translation>Traumast taastumist toetav vaimse tervise abi tuvastatud pöördujale (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="254"/>
        <source>Save (Ctrl+S)</source>
        <translation>Salvesta (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="353"/>
        <source>New contact %1</source>
        <translation>Uus pöördumine %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="355"/>
        <source>Contact %1</source>
        <translation>Pöördumine %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="365"/>
        <source>Saved contact</source>
        <translation>Salvestatud pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="369"/>
        <source>On the line %1</source>
        <translation>Liinil %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="373"/>
        <source>Contact %1 · wrap-up %2</source>
        <translation>Pöördumine %1 · järeltöö %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="429"/>
        <source>Handled by %1, entered by %2.</source>
        <translation>Nõustaja %1, sisestas %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="437"/>
        <source>Retention removed this contact&apos;s personal data on %1; it can no longer be changed.</source>
        <translation>Selle pöördumise isikuandmed kustutati säilitustähtaja möödudes %1; seda ei saa enam muuta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="511"/>
        <source>Not saved: %1 changed this contact meanwhile. Your input is still here.</source>
        <translation>Ei salvestatud: %1 muutis vahepeal seda pöördumist. Sinu sisestatu on alles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/form.py" line="571"/>
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Ei salvestatud: %n väli vajab parandamist.</numerusform>
            <numerusform>Ei salvestatud: %n välja vajavad parandamist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="634"/>
        <source>Saved %1.</source>
        <translation>Salvestatud %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="635"/>
        <source>Case %1.</source>
        <translation>Juhtum %1.</translation>
    </message>
</context>
<context>
    <name>ContactLogModel</name>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="117"/>
        <source>Started</source>
        <translation>Algus</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="119"/>
        <source>Due</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="124"/>
        <source>Line</source>
        <translation>Liin</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="128"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="129"/>
        <source>Caller</source>
        <translation>Pöörduja</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="130"/>
        <source>Case</source>
        <translation>Juhtum</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="132"/>
        <source>Risks</source>
        <translation>Riskid</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="139"/>
        <source>Counsellor</source>
        <translation>Nõustaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="140"/>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="145"/>
        <source>Identified</source>
        <translation>Tuvastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_model.py" line="146"/>
        <source>Anonymous</source>
        <translation>Anonüümne</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../app/ui/admin/review.py" line="36"/>
        <source>&amp;Add criterion</source>
        <translation>&amp;Lisa kriteerium</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="37"/>
        <source>&amp;Save criteria</source>
        <translation>&amp;Salvesta kriteeriumid</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="244"/>
        <source>Aid decision – %1</source>
        <translation>Abi otsus – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="108"/>
        <source>Police certificate or criminal proceedings number</source>
        <translation>Politsei tõendi või kriminaalmenetluse number</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="147"/>
        <source>Eligibility</source>
        <translation>Õigus abile</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="152"/>
        <source>Decision &amp;date</source>
        <translation>&amp;Otsuse kuupäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="153"/>
        <source>The &amp;person is</source>
        <translation>&amp;Isik on</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="154"/>
        <source>What &amp;happened</source>
        <translation>Mis &amp;juhtus</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="155"/>
        <source>&amp;Reference</source>
        <translation>&amp;Viide</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="157"/>
        <source>Decision</source>
        <translation>Otsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="167"/>
        <source>&amp;Service</source>
        <translation>&amp;Teenus</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="168"/>
        <source>&amp;Limit</source>
        <translation>&amp;Limiit</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="170"/>
        <source>Provider (chosen with the client)</source>
        <translation>Teenuseosutaja (valitakse koos kliendiga)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="173"/>
        <source>County</source>
        <translation>Maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="175"/>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="187"/>
        <source>Save decision (Ctrl+S)</source>
        <translation>Salvesta otsus (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="188"/>
        <source>&amp;Open notice</source>
        <translation>&amp;Ava teatis</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="189"/>
        <source>Save notice &amp;as…</source>
        <translation>Salvesta teatis &amp;faili…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="165"/>
        <source>Reason for re&amp;fusal</source>
        <translation>Keeldumise &amp;põhjus</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="181"/>
        <source>Notice lan&amp;guage</source>
        <translation>Teatise &amp;keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="190"/>
        <source>Mark se&amp;nt…</source>
        <translation>Märgi &amp;saadetuks…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="191"/>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="263"/>
        <source>The decision date %1 is not today: check it is the one meant.</source>
        <translation>Otsuse kuupäev %1 ei ole tänane: kontrolli, kas see on õige.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="285"/>
        <source>Unsaved decision</source>
        <translation>Salvestamata otsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="286"/>
        <source>This aid decision is not saved. Discard its input?</source>
        <translation>See abi otsus on salvestamata. Kas loobuda sisestatust?</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="315"/>
        <source>Your user account has no phone or e-mail, so the notice would carry only your name: ask the administrator to add them.</source>
        <translation>Sinu kasutajakontol pole telefoni ega e-posti, nii et teatisele jääks ainult sinu nimi: palu administraatoril need lisada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="348"/>
        <source>%1 (monthly minimum wage on %2)</source>
        <translation>%1 (kuupalga alammäär seisuga %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="357"/>
        <source>Until the need ceases, at most until %1</source>
        <translation>Kuni vajaduse äralangemiseni, kuid mitte kauem kui %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="360"/>
        <source>Until the need ceases</source>
        <translation>Kuni vajaduse äralangemiseni</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="440"/>
        <source>Not saved: see the marked fields.</source>
        <translation>Ei salvestatud: vaata märgitud välju.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="462"/>
        <source>Decision %1 saved (case %2).</source>
        <translation>Otsus %1 on salvestatud (juhtum %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="471"/>
        <source>The client&apos;s or provider&apos;s data changed since the first notice was made.</source>
        <translation>Kliendi või teenuseosutaja andmed on pärast esimese teatise koostamist muutunud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="500"/>
        <source>Save notice</source>
        <translation>Salvesta teatis</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="515"/>
        <source>Notice saved to %1.</source>
        <translation>Teatis salvestati faili %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="520"/>
        <source>Notice sent</source>
        <translation>Teatis saadetud</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="520"/>
        <source>How was it sent (e-mail, post, …)?</source>
        <translation>Kuidas see saadeti (e-post, post, …)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decision_dialog.py" line="539"/>
        <source>Marked sent.</source>
        <translation>Märgitud saadetuks.</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="45"/>
        <source>Notice</source>
        <translation>Teatise nr</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="46"/>
        <source>Decided</source>
        <translation>Otsuse kuupäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="47"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="48"/>
        <source>Case</source>
        <translation>Juhtum</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="49"/>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="50"/>
        <source>Limit</source>
        <translation>Limiit</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="51"/>
        <source>Provider</source>
        <translation>Teenuseosutaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="52"/>
        <source>Events</source>
        <translation>Sündmused</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="61"/>
        <source>until the need ceases</source>
        <translation>kuni vajaduse äralangemiseni</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="76"/>
        <source>All limits</source>
        <translation>Kõik limiidid</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="77"/>
        <source>With a limit</source>
        <translation>Limiidiga</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="78"/>
        <source>Without a limit</source>
        <translation>Limiidita</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="87"/>
        <source>Record &amp;event…</source>
        <translation>&amp;Lisa sündmus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="88"/>
        <source>E&amp;xport for a provider…</source>
        <translation>&amp;Ekspordi teenuseosutajale…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="92"/>
        <source>From</source>
        <translation>Alates</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="93"/>
        <source>to</source>
        <translation>kuni</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="94"/>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="95"/>
        <source>Limit</source>
        <translation>Limiit</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="136"/>
        <source>%1 decision(s)</source>
        <translation>Otsuseid: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="145"/>
        <source>Event</source>
        <translation>Sündmus</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="148"/>
        <source>Note (reason, how):</source>
        <translation>Märkus (põhjus, viis):</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="177"/>
        <source>No provider has granted decisions in the list.</source>
        <translation>Loetelus pole ühelgi teenuseosutajal määratud abi otsuseid.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="181"/>
        <source>Export for a provider</source>
        <translation>Eksport teenuseosutajale</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="181"/>
        <source>Provider</source>
        <translation>Teenuseosutaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="184"/>
        <source>Folder for the two files</source>
        <translation>Kaust kahe faili jaoks</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/decisions_page.py" line="203"/>
        <source>Two files written to %1.</source>
        <translation>Kaks faili salvestati kausta %1.</translation>
    </message>
</context>
<context>
    <name>DeskFilters</name>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="73"/>
        <source>Any risk flag</source>
        <translation>Mis tahes riskimärge</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="74"/>
        <source>Open risk (step pending)</source>
        <translation>Lahtine risk (samm tegemata)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="75"/>
        <source>No risk flag</source>
        <translation>Riskimärketa</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="80"/>
        <source>Anonymous</source>
        <translation>Anonüümne</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="81"/>
        <source>Identified</source>
        <translation>Tuvastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="84"/>
        <source>Not reviewed</source>
        <translation>Hindamata</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="85"/>
        <source>Reviewed</source>
        <translation>Hinnatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="86"/>
        <source>In the queue, not reviewed</source>
        <translation>Järjekorras, hindamata</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="90"/>
        <source>Name, phone, ID code, case number or words</source>
        <translation>Nimi, telefon, isikukood, juhtumi number või sõnad</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="91"/>
        <source>Last night</source>
        <translation>Eelmine öö</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="92"/>
        <source>The night shift that started yesterday</source>
        <translation>Eile alanud öövahetus</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="93"/>
        <source>Clear filters</source>
        <translation>Tühjenda filtrid</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="106"/>
        <source>&amp;Period</source>
        <translation>Peri&amp;ood</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="107"/>
        <source>Shi&amp;ft</source>
        <translation>V&amp;ahetus</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="108"/>
        <source>Counsello&amp;r</source>
        <translation>&amp;Nõustaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="109"/>
        <source>Line</source>
        <translation>Liin</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="110"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="111"/>
        <source>Direction</source>
        <translation>Suund</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="112"/>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="113"/>
        <source>&amp;Topic</source>
        <translation>&amp;Teema</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="114"/>
        <source>Ris&amp;k</source>
        <translation>&amp;Risk</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="115"/>
        <source>Caller</source>
        <translation>Pöörduja</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="116"/>
        <source>Re&amp;view</source>
        <translation>&amp;Hinnang</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="117"/>
        <source>Callback</source>
        <translation>Tagasihelistamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="118"/>
        <source>&amp;Words</source>
        <translation>Sõna&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/filters.py" line="170"/>
        <source>The end of the period is before its start.</source>
        <translation>Perioodi lõpp on enne selle algust.</translation>
    </message>
</context>
<context>
    <name>DeskLogModel</name>
    <message>
        <location filename="../../app/ui/desk/page.py" line="182"/>
        <source>Review</source>
        <translation>Hinnang</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="198"/>
        <source>Reviewed, acknowledged</source>
        <translation>Hinnatud, kinnitatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="200"/>
        <source>Reviewed</source>
        <translation>Hinnatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="202"/>
        <source>To review: risk</source>
        <translation>Hinnata: risk</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="203"/>
        <source>To review: sample</source>
        <translation>Hinnata: valim</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../app/ui/desk/page.py" line="247"/>
        <source>Shift date</source>
        <translation>Vahetuse kuupäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="248"/>
        <source>Shift</source>
        <translation>Vahetus</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="249"/>
        <source>Counsellor</source>
        <translation>Nõustaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="250"/>
        <location filename="../../app/ui/desk/page.py" line="270"/>
        <source>Contacts</source>
        <translation>Pöördumised</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="251"/>
        <source>Hours on the line</source>
        <translation>Tunde liinil</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="252"/>
        <source>With a risk flag</source>
        <translation>Riskimärkega</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="253"/>
        <source>Silent, hang-up, wrong, prank</source>
        <translation>Vaikne, katkestatud, vale, naljakõne</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="271"/>
        <source>Review queue</source>
        <translation>Hindamise järjekord</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="272"/>
        <source>Team callbacks</source>
        <translation>Meeskonna tagasihelistamised</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="273"/>
        <source>Workload</source>
        <translation>Koormus</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="398"/>
        <source>%1: %2 (%3 overdue)</source>
        <translation>%1: %2 (%3 hilinenud)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="402"/>
        <source>Callbacks due today or overdue, by counsellor. </source>
        <translation>Täna tähtaegsed või hilinenud tagasihelistamised nõustajate kaupa. </translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="404"/>
        <source>No callbacks are due today or overdue.</source>
        <translation>Tänaseid ega hilinenud tagasihelistamisi ei ole.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="384"/>
        <source>Shifts starting from %1 to %2. Shifts with %3 or more contacts with a risk flag are in bold.</source>
        <translation>Vahetused, mis algasid %1 kuni %2. Vahetused, kus oli vähemalt %3 riskimärkega pöördumist, on paksus kirjas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="409"/>
        <source>Reading the lists…</source>
        <translation>Loen nimekirju…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/page.py" line="419"/>
        <source>Review queue (%1)</source>
        <translation>Hindamise järjekord (%1)</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message>
        <location filename="../../app/ui/admin/review.py" line="56"/>
        <source>&amp;Day shift starts at</source>
        <translation>&amp;Päevane vahetus algab kell</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="57"/>
        <source>&amp;Night shift starts at</source>
        <translation>Ö&amp;ine vahetus algab kell</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="58"/>
        <source>Share &amp;reviewed at random</source>
        <translation>&amp;Juhuvalimi osakaal</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="61"/>
        <source>The day shift runs from its hour until the night shift starts; the night shift runs until the next morning and belongs to the date it started on (Tallinn time). The desk&apos;s shift filter and workload follow these hours.

Contacts with a risk flag always enter the review queue; of the others, this share is picked at random as they are saved.</source>
        <translation>Päevane vahetus kestab oma algusest kuni öise vahetuse alguseni; öine vahetus kestab järgmise hommikuni ja kuulub selle kuupäeva juurde, mil see algas (Tallinna aeg). Töölaua vahetusefilter ja koormus järgivad neid kellaaegu.

Riskimärkega pöördumised lähevad alati hindamise järjekorda; teistest valitakse salvestamisel juhuslikult see osakaal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="69"/>
        <source>&amp;Save desk settings</source>
        <translation>&amp;Salvesta töölaua seaded</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="84"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/review.py" line="102"/>
        <source>Saved.</source>
        <translation>Salvestatud.</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="70"/>
        <source>Unfinished forms</source>
        <translation>Lõpetamata vormid</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="73"/>
        <source>These forms were left unsaved when you last logged out or changed user, or when the program was closed by a crash, a power cut or a forced stop. Continue them to check and save them; a form you do not need can then be closed with Discard.</source>
        <translation>Need vormid jäid salvestamata, kui sa viimati välja logisid või kasutajat vahetasid või kui programm suleti (tõrge, voolukatkestus või sundsulgemine). Jätka neid, et need üle vaadata ja salvestada; mittevajaliku vormi saad seejärel sulgeda nupuga Ära salvesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="82"/>
        <source>&amp;Continue them</source>
        <translation>&amp;Jätka neid</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="84"/>
        <source>&amp;Discard them all…</source>
        <translation>&amp;Loobu kõigist…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="85"/>
        <source>Ask me &amp;later</source>
        <translation>Küsi &amp;hiljem</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="107"/>
        <source>Discard the drafts</source>
        <translation>Mustanditest loobumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="108"/>
        <source>The unsaved input of these forms will be gone for good. Discard it?</source>
        <translation>Nende vormide salvestamata sisestus kaob jäädavalt. Kas loobuda sellest?</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="120"/>
        <source>Aid decision</source>
        <translation>Abi otsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="122"/>
        <source>New contact</source>
        <translation>Uus pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/drafts.py" line="124"/>
        <source>Saved contact, changed</source>
        <translation>Salvestatud pöördumine, muudetud</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="44"/>
        <source>Contact</source>
        <translation>Pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="44"/>
        <source>Line</source>
        <translation>Liin</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="44"/>
        <source>Reviewed by</source>
        <translation>Hindaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="44"/>
        <source>Reviewed on</source>
        <translation>Hinnatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="44"/>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="54"/>
        <source>&amp;Acknowledge: I have read it</source>
        <translation>&amp;Kinnitan: olen lugenud</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="56"/>
        <source>Open contact</source>
        <translation>Ava pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="87"/>
        <source>Acknowledged %1</source>
        <translation>Kinnitatud %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="89"/>
        <source>New</source>
        <translation>Uus</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="125"/>
        <source>No feedback on your contacts yet.</source>
        <translation>Sinu pöördumiste kohta pole veel tagasisidet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="130"/>
        <source>Contact of %1 on %2</source>
        <translation>Pöördumine %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="135"/>
        <source>Reviewed by %1 on %2.</source>
        <translation>Hindas %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/feedback_page.py" line="137"/>
        <source>Discussed together.</source>
        <translation>Koos läbi arutatud.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../app/ui/shell/login.py" line="184"/>
        <source>Create the administrator – %1</source>
        <translation>Administraatori loomine – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="187"/>
        <source>This store has no users yet. Create the administrator account; the administrator then adds counsellors and shift leads. Choose a password of at least 10 characters.</source>
        <translation>Selles andmebaasis pole veel ühtegi kasutajat. Loo administraatori konto; seejärel lisab administraator nõustajad ja vahetuse juhid. Vali vähemalt 10-märgiline parool.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="200"/>
        <source>&amp;User name</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="201"/>
        <source>&amp;Full name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="202"/>
        <source>&amp;Password</source>
        <translation>&amp;Parool</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="203"/>
        <source>&amp;Repeat password</source>
        <translation>Parool &amp;uuesti</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="205"/>
        <source>Create</source>
        <translation>Loo konto</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="208"/>
        <source>Or, on a workstation of a team that shares a server:</source>
        <translation>Või meeskonna tööjaamas, mis kasutab ühist serverit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="209"/>
        <source>&amp;Join a team server…</source>
        <translation>&amp;Liitu meeskonna serveriga…</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="101"/>
        <source>Handover notes</source>
        <translation>Üleandmisteated</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="102"/>
        <source>There are no unread handover notes.</source>
        <translation>Lugemata üleandmisteateid ei ole.</translation>
    </message>
</context>
<context>
    <name>HandoverReadDialog</name>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="52"/>
        <source>Handover notes from the previous shift</source>
        <translation>Eelmise vahetuse üleandmisteated</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="58"/>
        <source>&amp;Mark as read</source>
        <translation>&amp;Märgi loetuks</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="59"/>
        <source>&amp;Later</source>
        <translation>&amp;Hiljem</translation>
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
        <translation>Üleandmisteade järgmisele vahetusele</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="125"/>
        <source>What the next shift must know: open risks, expected callbacks, anything unusual.</source>
        <translation>Mida järgmine vahetus peab teadma: lahtised riskid, oodatavad tagasihelistamised, kõik ebatavaline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="128"/>
        <source>Add &amp;open items</source>
        <translation>Lisa &amp;avatud asjad</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="130"/>
        <source>Adds your open callbacks and the last day&apos;s contacts whose risk step is still pending</source>
        <translation>Lisab sinu lahtised tagasihelistamised ja viimase ööpäeva pöördumised, mille riski samm on tegemata</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="134"/>
        <source>&amp;Shift ending</source>
        <translation>&amp;Lõppev vahetus</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="164"/>
        <source>Callback due %1: %2</source>
        <translation>Tagasihelistamine %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="167"/>
        <source>Risk step pending (%1): %2</source>
        <translation>Riski samm tegemata (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="171"/>
        <source>identified caller</source>
        <translation>tuvastatud pöörduja</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="171"/>
        <source>anonymous caller</source>
        <translation>anonüümne pöörduja</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/handover.py" line="183"/>
        <source>No open callbacks or pending risk steps.</source>
        <translation>Lahtisi tagasihelistamisi ega tegemata riski samme ei ole.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="29"/>
        <source>Sex</source>
        <translation>Sugu</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="30"/>
        <source>Ended</source>
        <translation>Lõppes</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="31"/>
        <source>Linked caller</source>
        <translation>Seotud pöörduja</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="76"/>
        <source>Contact history</source>
        <translation>Pöördumise muudatuste ajalugu</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="82"/>
        <source>When</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="82"/>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="82"/>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="82"/>
        <source>Before</source>
        <translation>Enne</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/history_dialog.py" line="82"/>
        <source>After</source>
        <translation>Pärast</translation>
    </message>
</context>
<context>
    <name>HoldReasonDialog</name>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="48"/>
        <source>Legal hold for case %1</source>
        <translation>Juhtumi %1 säilitusnõue</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="51"/>
        <source>Why must this case keep its personal data? Say who asked and for which matter (e.g. a court case).</source>
        <translation>Miks peavad selle juhtumi isikuandmed alles jääma? Kirjuta, kes palus ja millise asja jaoks (nt kohtuasi).</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/case_dialog.py" line="61"/>
        <source>Put on &amp;hold</source>
        <translation>&amp;Lisa säilitusnõue</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="77"/>
        <source>Caller</source>
        <translation>Pöörduja</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="105"/>
        <source>dd.mm.yyyy</source>
        <translation>pp.kk.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="118"/>
        <source>Caller&apos;s number, if they agree (kept only as a code)</source>
        <translation>Helistaja number, kui ta nõustub (hoitakse ainult koodina)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="121"/>
        <source>The number is not stored: only a code made from it, so the program can tell when the same number calls again, while nobody can read the number back.</source>
        <translation>Numbrit ei salvestata: hoitakse vaid sellest tehtud koodi, et programm tunneks sama numbri uue kõne ära, kuid numbrit ei saa keegi koodist tagasi lugeda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="139"/>
        <source>See this caller&apos;s name and cases: you say why, and the access is recorded in the audit trail</source>
        <translation>Selle pöörduja nimi ja juhtumid: ütled, miks neid vajad, ja juurdepääs kirjutatakse auditilogisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="145"/>
        <source>Unlink</source>
        <translation>Eemalda seos</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="155"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="167"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="168"/>
        <source>E-&amp;mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="173"/>
        <source>Earlier contacts with the same phone, ID code or name:</source>
        <translation>Varasemad pöördumised sama telefoni, isikukoodi või nimega:</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="91"/>
        <source>An&amp;onymous</source>
        <translation>Anon&amp;üümne</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="92"/>
        <source>Identi&amp;fied</source>
        <translation>&amp;Tuvastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="135"/>
        <source>Link to this person</source>
        <translation>Seo valitud isikuga</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="137"/>
        <source>Ask for access…</source>
        <translation>Küsi juurdepääsu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="165"/>
        <source>&amp;ID code</source>
        <translation>&amp;Isikukood</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="166"/>
        <source>Bi&amp;rth date</source>
        <translation>Sünnikuup&amp;äev</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="169"/>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="191"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="199"/>
        <source>Case</source>
        <translation>Juhtum</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="270"/>
        <source>Born %1, %2</source>
        <translation>Sündinud %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="291"/>
        <source>A number is remembered for this contact (as a code).</source>
        <translation>Selle pöördumise juures on number meeles (koodina).</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="304"/>
        <source>This number has not called before.</source>
        <translation>Sellelt numbrilt pole varem helistatud.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/identity_section.py" line="307"/>
        <source>Earlier calls from this number: %n, the last on %1.</source>
        <translation>
            <numerusform>Varasemaid kõnesid sellelt numbrilt: %n, viimane %1.</numerusform>
            <numerusform>Varasemaid kõnesid sellelt numbrilt: %n, viimane %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="310"/>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="322"/>
        <source>Earlier contacts from this number</source>
        <translation>Varasemad pöördumised sellelt numbrilt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="340"/>
        <source>Known caller · %1 contacts, last %2 (%3) · matches %4</source>
        <translation>Tuntud pöörduja · pöördumisi %1, viimane %2 (%3) · kattub: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="348"/>
        <source>%1 · %2 contacts, last %3 · matches %4</source>
        <translation>%1 · pöördumisi %2, viimane %3 · kattub: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="349"/>
        <source>(no name)</source>
        <translation>(nimeta)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="357"/>
        <source>Another counsellor served this caller: ask for access, with a reason, to see who it is.</source>
        <translation>Seda pöördujat teenindas teine nõustaja: nägemaks, kes see on, küsi juurdepääsu põhjendusega.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="396"/>
        <location filename="../../app/ui/contacts/identity_section.py" line="526"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="396"/>
        <location filename="../../app/ui/contacts/identity_section.py" line="524"/>
        <source>ID code</source>
        <translation>isikukood</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="396"/>
        <location filename="../../app/ui/contacts/identity_section.py" line="523"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="433"/>
        <source>Shown as stored for this caller, not as typed: %1. Type a field again to change it.</source>
        <translation>Näidatud nii, nagu selle pöörduja kohta on salvestatud, mitte nii, nagu sisestati: %1. Muutmiseks sisesta väli uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="483"/>
        <source>Changed elsewhere while this form was put aside: %1. The form shows your typing; check it before saving.</source>
        <translation>Muudeti mujal sel ajal, kui see vorm oli kõrvale pandud: %1. Vormil on sinu sisestatu; kontrolli seda enne salvestamist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="519"/>
        <source>Linked to an earlier caller: %1</source>
        <translation>Seotud varasema pöördujaga: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="525"/>
        <source>birth date</source>
        <translation>sünniaeg</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="527"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="528"/>
        <source>municipality</source>
        <translation>omavalitsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="534"/>
        <source>No case</source>
        <translation>Juhtumita</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/identity_section.py" line="535"/>
        <source>Open a new case</source>
        <translation>Ava uus juhtum</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="98"/>
        <source>Nothing imported</source>
        <translation>Midagi ei imporditud</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="101"/>
        <source>The file was not imported: nothing was added or changed. Correct these lines in the file and import it again.</source>
        <translation>Faili ei imporditud: midagi ei lisatud ega muudetud. Paranda need read failis ja impordi fail uuesti.</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../app/ui/shell/integrity.py" line="31"/>
        <source>The program&apos;s check of the store found it damaged (a failing disk, or the file changed outside the program). So that the damage does not spread, nothing more can be saved. Write down on paper what you are working on, then close the program and start it again: it will offer to restore the newest good backup. Tell your administrator.</source>
        <translation>Programmi kontroll leidis, et andmebaas on kahjustatud (rikkis ketas või faili muudeti väljaspool programmi). Et kahju ei leviks, ei saa enam midagi salvestada. Kirjuta pooleliolev töö paberile, sulge programm ja käivita see uuesti: programm pakub taastada uusima korras varukoopia. Teata oma administraatorile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/integrity.py" line="73"/>
        <source>The program was not closed properly last time, so the store is checked before it opens. On a very large store this takes up to a minute.</source>
        <translation>Programm ei suletud eelmisel korral korralikult, seetõttu kontrollitakse andmebaasi enne avamist. Väga suure andmebaasi puhul võtab see kuni minuti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/integrity.py" line="79"/>
        <source>This version of the program changes how the store is kept: it backs the store up first, then changes it. This happens once; on a very large store it takes up to a minute.</source>
        <translation>See programmi versioon muudab andmete hoidmise viisi: kõigepealt tehakse andmebaasist varukoopia, siis muudetakse seda. See juhtub üks kord; väga suure andmebaasi puhul võtab see kuni minuti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/integrity.py" line="85"/>
        <source>A check found the store damaged last time, so it is checked again before it opens.</source>
        <translation>Eelmisel korral leidis kontroll, et andmebaas on kahjustatud, seetõttu kontrollitakse seda enne avamist uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/integrity.py" line="88"/>
        <source>The store has not been checked in full for a week, so it is checked before it opens. On a very large store this takes up to a minute.</source>
        <translation>Andmebaasi pole nädal aega täielikult kontrollitud, seetõttu kontrollitakse seda enne avamist. Väga suure andmebaasi puhul võtab see kuni minuti.</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="65"/>
        <source>Join a team server – %1</source>
        <translation>Meeskonna serveriga liitumine – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="68"/>
        <source>Your administrator gives you the team server&apos;s name and the team&apos;s certificate file. Sign in with your own user name and password: this computer then keeps the contacts you may see and works on when the network is down.</source>
        <translation>Administraator annab sulle meeskonna serveri nime ja meeskonna sertifikaadifaili. Logi sisse oma kasutajanime ja parooliga: see arvuti hoiab siis kontakte, mida sul on lubatud näha, ja töötab edasi ka siis, kui võrk on maas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="80"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Vali…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="93"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="94"/>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="95"/>
        <source>&amp;Database</source>
        <translation>&amp;Andmebaas</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="96"/>
        <source>Team &amp;certificate</source>
        <translation>Meeskonna s&amp;ertifikaat</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="97"/>
        <source>&amp;User name</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="98"/>
        <source>&amp;Password</source>
        <translation>&amp;Parool</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="102"/>
        <source>&amp;Join</source>
        <translation>&amp;Liitu</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="115"/>
        <source>The team&apos;s certificate</source>
        <translation>Meeskonna sertifikaat</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/team_sync.py" line="115"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Sertifikaadid (*.crt *.pem);;Kõik failid (*)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="53"/>
        <source>Counsellor</source>
        <translation>Nõustaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="54"/>
        <source>Shift lead</source>
        <translation>Vahetuse juht</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="55"/>
        <source>Administrator</source>
        <translation>Administraator</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="58"/>
        <source>116 006 crisis line</source>
        <translation>116 006 ohvriabi kriisitelefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="59"/>
        <source>116 123 emotional support</source>
        <translation>116 123 emotsionaalse toe ja hingehoiu telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="60"/>
        <source>Video counselling</source>
        <translation>Videonõustamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="61"/>
        <source>Web counselling</source>
        <translation>Veebinõustamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="64"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="65"/>
        <source>Chat</source>
        <translation>Vestlus</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="66"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="67"/>
        <location filename="../../app/ui/kit/labels.py" line="248"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="70"/>
        <source>Incoming</source>
        <translation>Sissetulev</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="71"/>
        <source>Outgoing (callback)</source>
        <translation>Väljaminev (tagasihelistamine)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="74"/>
        <source>Estonian</source>
        <translation>Eesti keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="75"/>
        <source>Russian</source>
        <translation>Vene keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="76"/>
        <source>English</source>
        <translation>Inglise keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="77"/>
        <source>Other language</source>
        <translation>Muu keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="80"/>
        <source>Victim</source>
        <translation>Ohver</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="81"/>
        <source>Close person</source>
        <translation>Lähedane</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="82"/>
        <source>Professional or official</source>
        <translation>Spetsialist või ametnik</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="83"/>
        <source>Witness</source>
        <translation>Tunnistaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="84"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="87"/>
        <source>Counselling</source>
        <translation>Nõustamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="88"/>
        <source>Silent call</source>
        <translation>Vaikne kõne</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="89"/>
        <source>Hang-up</source>
        <translation>Katkestatud kõne</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="90"/>
        <source>Wrong number</source>
        <translation>Vale number</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="91"/>
        <source>Prank or abusive</source>
        <translation>Pahatahtlik või naljakõne</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="93"/>
        <source>Female</source>
        <translation>Naine</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="93"/>
        <source>Male</source>
        <translation>Mees</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="95"/>
        <source>Immediate danger</source>
        <translation>Vahetu oht</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="96"/>
        <source>Suicidal thoughts</source>
        <translation>Enesetapumõtted</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="97"/>
        <source>Child at risk</source>
        <translation>Laps on ohus</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="98"/>
        <source>Possibly high-risk partner violence</source>
        <translation>Võimalik kõrge riskiga paarisuhtevägivald</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="101"/>
        <source>Information given</source>
        <translation>Anti teavet</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="102"/>
        <source>Referred to regional victim support</source>
        <translation>Suunatud piirkondlikku ohvriabisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="103"/>
        <source>Referred to the police</source>
        <translation>Suunatud politseisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="104"/>
        <source>Referred to a shelter or women&apos;s support centre</source>
        <translation>Suunatud turvakodusse või naiste tugikeskusesse</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="105"/>
        <source>Referred to child protection</source>
        <translation>Suunatud lastekaitsesse</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="106"/>
        <source>Referred to the local government</source>
        <translation>Suunatud kohalikku omavalitsusse</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="107"/>
        <source>Referred to health care</source>
        <translation>Suunatud tervishoiuteenusele</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="108"/>
        <source>Referred elsewhere</source>
        <translation>Suunatud mujale</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="111"/>
        <source>Regional victim support</source>
        <translation>Piirkondlik ohvriabi</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="112"/>
        <source>Police</source>
        <translation>Politsei</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="113"/>
        <source>Shelter or women&apos;s support centre</source>
        <translation>Turvakodu või naiste tugikeskus</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="114"/>
        <source>Child protection</source>
        <translation>Lastekaitse</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="115"/>
        <source>Local government</source>
        <translation>Kohalik omavalitsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="116"/>
        <source>Health care</source>
        <translation>Tervishoid</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="117"/>
        <source>Other partner</source>
        <translation>Muu partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="123"/>
        <source>Victim of a crime or of violence</source>
        <translation>Kuriteo või vägivalla ohver</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="124"/>
        <source>Family member of a victim</source>
        <translation>Ohvri pereliige</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="125"/>
        <source>Witness in criminal proceedings</source>
        <translation>Tunnistaja kriminaalmenetluses</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="128"/>
        <source>Domestic violence</source>
        <translation>Lähisuhtevägivald</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="129"/>
        <source>Sexual violence</source>
        <translation>Seksuaalvägivald</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="130"/>
        <source>Human trafficking</source>
        <translation>Inimkaubandus</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="131"/>
        <source>Other offence</source>
        <translation>Muu süütegu</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="134"/>
        <source>Standard: one monthly minimum wage</source>
        <translation>Tavaline: üks kuupalga alammäär</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="135"/>
        <source>Sexually abused minor: until the need ceases, at most until 18</source>
        <translation>Seksuaalselt väärkoheldud alaealine: kuni vajaduse äralangemiseni, kuid mitte kauem kui 18-aastaseks saamiseni</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="138"/>
        <source>Victim of human trafficking: until the need ceases</source>
        <translation>Inimkaubanduse ohver: kuni vajaduse äralangemiseni</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="141"/>
        <source>Psychological counselling</source>
        <translation>Psühholoogiline nõustamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="142"/>
        <source>Psychotherapy</source>
        <translation>Psühhoteraapia</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="143"/>
        <source>Support group</source>
        <translation>Tugigrupp</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="146"/>
        <source>Granted</source>
        <translation>Määratud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="147"/>
        <source>Refused</source>
        <translation>Keeldutud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="150"/>
        <source>Notice sent</source>
        <translation>Teatis saadetud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="151"/>
        <source>Provider reports a no-show</source>
        <translation>Teenuseosutaja teatab kohale mitte ilmumisest</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="152"/>
        <source>Provider declines</source>
        <translation>Teenuseosutaja keeldub</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="153"/>
        <source>Need ended</source>
        <translation>Vajadus langes ära</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="154"/>
        <source>Decision withdrawn</source>
        <translation>Otsus tühistatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="157"/>
        <source>Harju County</source>
        <translation>Harju maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="158"/>
        <source>Hiiu County</source>
        <translation>Hiiu maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="159"/>
        <source>Ida-Viru County</source>
        <translation>Ida-Viru maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="160"/>
        <source>Jõgeva County</source>
        <translation>Jõgeva maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="161"/>
        <source>Järva County</source>
        <translation>Järva maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="162"/>
        <source>Lääne County</source>
        <translation>Lääne maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="163"/>
        <source>Lääne-Viru County</source>
        <translation>Lääne-Viru maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="164"/>
        <source>Põlva County</source>
        <translation>Põlva maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="165"/>
        <source>Pärnu County</source>
        <translation>Pärnu maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="166"/>
        <source>Rapla County</source>
        <translation>Rapla maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="167"/>
        <source>Saare County</source>
        <translation>Saare maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="168"/>
        <source>Tartu County</source>
        <translation>Tartu maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="169"/>
        <source>Valga County</source>
        <translation>Valga maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="170"/>
        <source>Viljandi County</source>
        <translation>Viljandi maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="171"/>
        <source>Võru County</source>
        <translation>Võru maakond</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="178"/>
        <source>Person (FIE or employee)</source>
        <translation>Isik (FIE või töötaja)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="179"/>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="182"/>
        <source>FIE in the business register</source>
        <translation>FIE äriregistris</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="183"/>
        <source>Psychiatric specialist-care licence</source>
        <translation>Psühhiaatrilise eriarstiabi tegevusluba</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="184"/>
        <source>Articles of association name the services</source>
        <translation>Teenused on nimetatud põhikirjas</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="187"/>
        <source>Health care professional (Terviseamet)</source>
        <translation>Tervishoiutöötaja (Terviseamet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="190"/>
        <source>Clinical psychologist</source>
        <translation>Kliiniline psühholoog</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="191"/>
        <source>School psychologist</source>
        <translation>Koolipsühholoog</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="192"/>
        <source>Counselling psychologist</source>
        <translation>Psühholoog-nõustaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="193"/>
        <source>Psychotherapist (association)</source>
        <translation>Psühhoterapeut (liidu tunnustus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="194"/>
        <source>Master&apos;s degree in psychology</source>
        <translation>Psühholoogia magistrikraad</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="201"/>
        <source>Day shift</source>
        <translation>Päevane vahetus</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="202"/>
        <source>Night shift</source>
        <translation>Öine vahetus</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="205"/>
        <source>Risk flag</source>
        <translation>Riskimärge</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="206"/>
        <source>Random sample</source>
        <translation>Juhuslik valim</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="209"/>
        <source>Callback due today</source>
        <translation>Tagasihelistamine täna</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="210"/>
        <source>Callback overdue</source>
        <translation>Tagasihelistamine hilinenud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="211"/>
        <source>Callback due or overdue</source>
        <translation>Tagasihelistamine täna või hilinenud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="218"/>
        <source>Logged in</source>
        <translation>Sisselogimine</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="219"/>
        <source>Failed log-in</source>
        <translation>Ebaõnnestunud sisselogimine</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="220"/>
        <source>Log-in refused (locked out)</source>
        <translation>Sisselogimine keelatud (konto lukus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="221"/>
        <source>Logged out</source>
        <translation>Välja logitud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="222"/>
        <source>Opened personal data</source>
        <translation>Isikuandmete vaatamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="223"/>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="224"/>
        <source>Changed</source>
        <translation>Muudetud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="225"/>
        <source>Notice made</source>
        <translation>Teatis koostatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="226"/>
        <source>Notice marked sent</source>
        <translation>Teatis märgitud saadetuks</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="227"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="228"/>
        <source>User added</source>
        <translation>Kasutaja lisatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="229"/>
        <source>User changed</source>
        <translation>Kasutajat muudetud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="230"/>
        <source>Own password changed</source>
        <translation>Oma parool muudetud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="231"/>
        <source>Password reset by an administrator</source>
        <translation>Administraator lähtestas parooli</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="232"/>
        <source>Anonymised (retention)</source>
        <translation>Anonüümitud (säilitustähtaeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="233"/>
        <source>Legal hold changed</source>
        <translation>Säilitusnõuet muudetud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="234"/>
        <source>Access with a stated reason</source>
        <translation>Juurdepääs põhjendusega</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="235"/>
        <source>Backup restored</source>
        <translation>Varukoopia taastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="236"/>
        <source>Retention run from the command line</source>
        <translation>Säilitustähtaja töötlus käsurealt</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="237"/>
        <source>Audit trail checked</source>
        <translation>Auditilogi kontrollitud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="238"/>
        <source>Audit trail anchored outside the store</source>
        <translation>Auditilogi ankur loodud väljaspool andmebaasi</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="239"/>
        <source>Audit trail not as anchored</source>
        <translation>Auditilogi ei vasta ankrule</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="240"/>
        <source>Audit trail accepted and anchored again</source>
        <translation>Auditilogi aktsepteeritud ja uuesti ankurdatud</translation>
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
        <translation>Veeb</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="253"/>
        <source>Advise the caller to call 112 now (or call 112 on their behalf).</source>
        <translation>Soovita pöördujal kohe helistada 112 (või helista 112 tema eest).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="256"/>
        <source>Assess the suicide risk and agree on a safety plan; if life is in danger, call 112.</source>
        <translation>Hinda enesetapuriski ja lepi kokku turvaplaan; kui elu on ohus, helista 112.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="259"/>
        <source>Notify child protection (the local government&apos;s child protection worker).</source>
        <translation>Teavita lastekaitset (kohaliku omavalitsuse lastekaitsetöötajat).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/labels.py" line="262"/>
        <source>Flag the case for MARAC: trained staff complete the risk assessment.</source>
        <translation>Märgi juhtum MARAC-i jaoks: riskihindamise teevad koolitatud töötajad.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="369"/>
        <source>%1 – locked</source>
        <translation>%1 – lukus</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="402"/>
        <source>Type your password.</source>
        <translation>Sisesta oma parool.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="441"/>
        <source>%1 wrong passwords in a row. If you cannot unlock, ask a shift lead or an administrator.
You can try again in %2 seconds.</source>
        <translation>%1 valet parooli järjest. Kui lukku avada ei õnnestu, pöördu vahetuse juhi või administraatori poole.
Uuesti saad proovida %2 sekundi pärast.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="449"/>
        <source>This is not your password. Try again.</source>
        <translation>See ei ole sinu parool. Proovi uuesti.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="123"/>
        <source>Locked – %1</source>
        <translation>Lukus – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="129"/>
        <source>Open contacts and everything typed are kept.
Type your password to go on.</source>
        <translation>Avatud pöördumised ja kõik sisestatu on alles.
Jätkamiseks sisesta oma parool.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="133"/>
        <source>&amp;Password</source>
        <translation>Pa&amp;rool</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="135"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ava lukk</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="140"/>
        <source>Someone else taking over this computer? Change user: your open forms are put aside
for your next log-in, unseen by the next user, and the log-in comes up.</source>
        <translation>Keegi teine võtab selle arvuti üle? Vaheta kasutajat: sinu avatud vormid pannakse kõrvale
sinu järgmiseks sisselogimiseks, järgmine kasutaja neid ei näe, ning avaneb sisselogimine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="145"/>
        <source>Ch&amp;ange user</source>
        <translation>Vaheta &amp;kasutajat</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock.py" line="146"/>
        <source>Type your password in the window in front.</source>
        <translation>Sisesta oma parool eespool olevas aknas.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../app/ui/contacts/log_page.py" line="72"/>
        <source>Search: name, phone, ID code, case number or words of the summary (Ctrl+F)</source>
        <translation>Otsi: nimi, telefon, isikukood, juhtumi number või sõnad kokkuvõttest (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_page.py" line="83"/>
        <source>&amp;Find</source>
        <translation>&amp;Otsi</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/log_page.py" line="155"/>
        <source>My callbacks (%1)</source>
        <translation>Minu tagasihelistamised (%1)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/shell/login.py" line="66"/>
        <source>Log in – %1</source>
        <translation>Sisselogimine – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="70"/>
        <source>%1 is logged out; their unsaved forms wait for their next log-in. The next user logs in here.</source>
        <translation>%1 on välja logitud; tema salvestamata vormid ootavad tema järgmist sisselogimist. Järgmine kasutaja logib sisse siin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="84"/>
        <source>&amp;User name</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="85"/>
        <source>&amp;Password</source>
        <translation>&amp;Parool</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="88"/>
        <source>Log in</source>
        <translation>Logi sisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="87"/>
        <source>Log</source>
        <translation>Logi</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="90"/>
        <source>Aid decisions</source>
        <translation>Abi otsused</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="100"/>
        <source>Desk</source>
        <translation>Juhi töölaud</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="101"/>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="121"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="134"/>
        <source>Contact</source>
        <translation>Pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="138"/>
        <source>&amp;Contact</source>
        <translation>&amp;Pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="149"/>
        <source>&amp;New contact</source>
        <translation>&amp;Uus pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="150"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="151"/>
        <source>&amp;Aid decision…</source>
        <translation>&amp;Abi otsus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="153"/>
        <source>&amp;Close contact</source>
        <translation>Su&amp;lge pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="158"/>
        <source>The line you are answering: new contacts and quick logs use it</source>
        <translation>Liin, millele vastad: seda kasutavad uued pöördumised ja kiirlogimine</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="159"/>
        <source> My line: </source>
        <translation> Minu liin: </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="168"/>
        <source>&amp;Find…</source>
        <translation>&amp;Otsi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="169"/>
        <source>&amp;Go to the log</source>
        <translation>&amp;Mine logisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="172"/>
        <source>S&amp;hift</source>
        <translation>&amp;Vahetus</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="173"/>
        <source>&amp;Write a handover note…</source>
        <translation>&amp;Kirjuta üleandmisteade…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="176"/>
        <source>&amp;Read handover notes…</source>
        <translation>&amp;Loe üleandmisteateid…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="182"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lukusta ekraan</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="186"/>
        <source>&amp;Change user…</source>
        <translation>&amp;Vaheta kasutajat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="188"/>
        <source>Let the next user log in; your unsaved forms wait for you</source>
        <translation>Järgmine kasutaja saab sisse logida; sinu salvestamata vormid ootavad sind</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="190"/>
        <source>Log &amp;out</source>
        <translation>Logi &amp;välja</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="194"/>
        <source>&amp;Settings</source>
        <translation>&amp;Seaded</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="195"/>
        <source>Change my &amp;password…</source>
        <translation>Muuda oma &amp;parooli…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="198"/>
        <source>Team s&amp;ync…</source>
        <translation>Meeskonna &amp;sünkroonimine…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="203"/>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Auditilogi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="206"/>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="220"/>
        <source>&amp;Administration…</source>
        <translation>&amp;Haldus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="223"/>
        <source>Team &amp;workstations…</source>
        <translation>&amp;Meeskonna tööjaamad…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="230"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Varunda kohe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="234"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Taasta varukoopiast…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="450"/>
        <source>Feedback (%1 new)</source>
        <translation>Tagasiside (%1 uut)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="451"/>
        <source>Feedback</source>
        <translation>Tagasiside</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="455"/>
        <source>Your password is changed.</source>
        <translation>Sinu parool on muudetud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="460"/>
        <source>The handover note is saved for the next shift.</source>
        <translation>Üleandmisteade on järgmisele vahetusele salvestatud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="486"/>
        <source>Logged: %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="537"/>
        <source>another workstation</source>
        <translation>teine tööjaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="588"/>
        <source>Aid decision</source>
        <translation>Abi otsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="624"/>
        <source>Unsaved contact</source>
        <translation>Salvestamata pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="625"/>
        <source>This contact has unsaved input. Save it before closing?</source>
        <translation>Selles pöördumises on salvestamata andmeid. Kas salvestada enne sulgemist?</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="689"/>
        <source>Unsaved review</source>
        <translation>Salvestamata hinnang</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="690"/>
        <source>A review on the desk has unsaved input. Quit anyway and lose it?</source>
        <translation>Töölaual on salvestamata hinnang. Kas väljuda ja see kaotada?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="35"/>
        <source>A personal ID code has digits only.</source>
        <translation>Isikukood koosneb ainult numbritest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="36"/>
        <source>A personal ID code has 11 digits.</source>
        <translation>Isikukoodis on 11 numbrit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="37"/>
        <source>The last digit (check digit) does not match: a typing error?</source>
        <translation>Viimane number (kontrollnumber) ei klapi – kas trükiviga?</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="38"/>
        <source>The code holds no real birth date (digits 2–7 are YYMMDD).</source>
        <translation>Koodis pole kehtivat sünnikuupäeva (numbrid 2–7 on AAKKPP).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="39"/>
        <source>The code&apos;s birth date is in the future.</source>
        <translation>Koodi järgi on sünnikuupäev tulevikus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="40"/>
        <source>This is not a valid Estonian personal ID code.</source>
        <translation>See ei ole kehtiv Eesti isikukood.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="41"/>
        <source>Type a phone number.</source>
        <translation>Sisesta telefoninumber.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="42"/>
        <source>The number cannot be remembered here: this computer has no usable keyring for the code&apos;s secret. Clear the field to save the contact without it.</source>
        <translation>Numbrit ei saa siin meelde jätta: selles arvutis pole koodi saladuse hoidmiseks kasutatavat võtmehoidlat. Tühjenda väli, et salvestada pöördumine ilma numbrita.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="47"/>
        <source>A phone number has digits, spaces, + and - only.</source>
        <translation>Telefoninumbris võivad olla ainult numbrid, tühikud, + ja -.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="48"/>
        <source>Not a valid phone number (foreign numbers start with +).</source>
        <translation>See ei ole kehtiv telefoninumber (välisriigi numbrid algavad +-märgiga).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="49"/>
        <source>Not a valid e-mail address (name@example.ee).</source>
        <translation>See ei ole kehtiv e-posti aadress (nimi@example.ee).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="50"/>
        <source>The birth date is in the future.</source>
        <translation>Sünnikuupäev on tulevikus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="51"/>
        <source>The birth date is before 1900.</source>
        <translation>Sünnikuupäev on enne 1900. aastat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="52"/>
        <source>The text holds invisible control characters or a broken character (from a paste); retype it.</source>
        <translation>Tekstis on nähtamatuid juhtmärke või katkine märk (kleepimisest); kirjuta see uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="55"/>
        <source>The text is too long for this field.</source>
        <translation>Tekst on selle välja jaoks liiga pikk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="56"/>
        <source>An identified caller needs a name, ID code, birth date, phone or e-mail; or mark anonymous.</source>
        <translation>Tuvastatud pöördujal peab olema nimi, isikukood, sünnikuupäev, telefon või e-post; muidu märgi ta anonüümseks.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="59"/>
        <source>The start is in the future.</source>
        <translation>Algus on tulevikus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="60"/>
        <source>The end is before the start.</source>
        <translation>Lõpp on enne algust.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="61"/>
        <source>The callback is due before the contact started.</source>
        <translation>Tagasihelistamise aeg on enne pöördumise algust.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="62"/>
        <source>Mark the required step done, or declined with a reason.</source>
        <translation>Märgi nõutud samm tehtuks või märgi, et sellest loobuti, ja põhjenda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="63"/>
        <source>Say why the step was declined.</source>
        <translation>Kirjuta, miks sammust loobuti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="64"/>
        <source>A chosen topic no longer exists; choose again.</source>
        <translation>Valitud teemat enam ei ole; vali uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="65"/>
        <source>A user name is one word of at most 64 characters.</source>
        <translation>Kasutajanimi on üks sõna, kuni 64 märki.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="66"/>
        <source>This user name is taken.</source>
        <translation>See kasutajanimi on juba kasutusel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="67"/>
        <source>A user name has letters, digits and . - _ @ only: no invisible characters or symbols.</source>
        <translation>Kasutajanimes on ainult tähed, numbrid ja . - _ @: mitte nähtamatuid märke ega sümboleid.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="70"/>
        <source>A user name takes its letters from one alphabet (not Latin and Cyrillic mixed).</source>
        <translation>Kasutajanime tähed on ühest tähestikust (mitte ladina ja kirillitsa segamini).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="73"/>
        <source>A user name begins and ends with a letter or a digit.</source>
        <translation>Kasutajanimi algab ja lõpeb tähe või numbriga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="74"/>
        <source>This user name looks the same as an existing user&apos;s on the screen; choose another.</source>
        <translation>See kasutajanimi näeb ekraanil välja nagu olemasoleva kasutaja oma; vali teine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="77"/>
        <source>Type the person&apos;s full name.</source>
        <translation>Sisesta inimese ees- ja perekonnanimi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="78"/>
        <source>The password needs at least 10 characters.</source>
        <translation>Paroolis peab olema vähemalt 10 märki.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="79"/>
        <source>The two passwords differ.</source>
        <translation>Paroolid ei kattu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="80"/>
        <source>This is not your current password.</source>
        <translation>See ei ole sinu praegune parool.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="81"/>
        <source>The new password must differ from the current one.</source>
        <translation>Uus parool peab praegusest erinema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="82"/>
        <source>Give the topic a name in every language.</source>
        <translation>Anna teemale nimi igas keeles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="83"/>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Sisesta kuupäev kujul pp.kk.aaaa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="84"/>
        <source>The period ends before it starts: choose a “to” date on or after the “from” date.</source>
        <translation>Periood lõpeb enne, kui algab: vali lõppkuupäev, mis on alguskuupäeval või hiljem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="88"/>
        <source>Type the team server&apos;s name as your administrator gave it (for example helpline.example.ee).</source>
        <translation>Kirjuta meeskonna serveri nimi nii, nagu administraator selle andis (näiteks helpline.example.ee).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="91"/>
        <source>Choose the team&apos;s certificate file (ca.crt) that your administrator gave you.</source>
        <translation>Vali meeskonna sertifikaadifail (ca.crt), mille administraator sulle andis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="94"/>
        <source>The team server did not accept this user name and password. Check both and try again.</source>
        <translation>Meeskonna server ei võtnud seda kasutajanime ja parooli vastu. Kontrolli mõlemat ja proovi uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="97"/>
        <source>One to four letters or digits, without 0, O, 1 and I (they are misheard on the phone).</source>
        <translation>Üks kuni neli tähte või numbrit, ilma 0, O, 1 ja I-ta (neid kuuldakse telefonis valesti).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="101"/>
        <source>Give the criterion a name in every language.</source>
        <translation>Anna kriteeriumile nimi igas keeles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="102"/>
        <source>An hour is from 0 to 23.</source>
        <translation>Tund on 0 kuni 23.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="103"/>
        <source>The night shift must start later than the day shift.</source>
        <translation>Öine vahetus peab algama hiljem kui päevane.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="104"/>
        <source>The share is from 0 to 100 %.</source>
        <translation>Osakaal on 0 kuni 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="105"/>
        <source>The screen locks after 1 to 120 minutes without input.</source>
        <translation>Ekraan lukustub pärast 1 kuni 120 minutit tegevusetust.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="106"/>
        <source>Personal data are kept for 6 to 240 months after a case&apos;s last activity.</source>
        <translation>Isikuandmeid hoitakse 6 kuni 240 kuud pärast juhtumi viimast tegevust.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="109"/>
        <source>Back up every 1 to 24 hours.</source>
        <translation>Varunda iga 1 kuni 24 tunni järel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="110"/>
        <source>Keep 2 to 100 backups.</source>
        <translation>Hoia 2 kuni 100 varukoopiat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="111"/>
        <source>Choose the folder with the button (a full path of at most 200 characters), or leave it empty.</source>
        <translation>Vali kaust nupuga (täielik tee kuni 200 märki) või jäta tühjaks.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="114"/>
        <source>This is a file or a device, not a folder that can hold backups: choose a folder with the button.</source>
        <translation>See on fail või seade, mitte kaust, kuhu varukoopiaid teha: vali kaust nupuga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="117"/>
        <source>Say why the case is on hold (who asked, which matter).</source>
        <translation>Kirjuta, miks juhtumil on säilitusnõue (kes palus, millise asja jaoks).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="118"/>
        <source>Retention removed this contact&apos;s personal data; it can no longer be changed.</source>
        <translation>Selle pöördumise isikuandmed on säilitustähtaja möödudes kustutatud; seda ei saa enam muuta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="121"/>
        <source>This case&apos;s personal data were already removed; there is nothing left to hold.</source>
        <translation>Selle juhtumi isikuandmed on juba kustutatud; säilitada pole enam midagi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="124"/>
        <source>This case belongs to another caller: choose one of this caller&apos;s cases or open a new case.</source>
        <translation>See juhtum kuulub teisele pöördujale: vali selle pöörduja juhtum või ava uus juhtum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="127"/>
        <source>This case no longer exists: choose another case or open a new one.</source>
        <translation>Seda juhtumit enam ei ole: vali teine juhtum või ava uus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="128"/>
        <source>Say why you need to see this caller (e.g. they ask about their earlier case).</source>
        <translation>Kirjuta, miks pead seda pöördujat nägema (nt küsib ta oma varasema juhtumi kohta).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="131"/>
        <source>The reason holds invisible or text-reversing characters (from a paste); retype it in plain words.</source>
        <translation>Põhjuses on nähtamatuid või teksti ümberpööravaid märke (kleebitud tekstist); kirjuta see lihtsate sõnadega uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="135"/>
        <source>Score at least one criterion or write the overall review.</source>
        <translation>Hinda vähemalt üht kriteeriumi või kirjuta kokkuvõte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="136"/>
        <source>A score is from 1 to 5.</source>
        <translation>Hinne on 1 kuni 5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="137"/>
        <source>This criterion is no longer in use; reload the review.</source>
        <translation>Seda kriteeriumi enam ei kasutata; ava hinnang uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="138"/>
        <source>Write the note first.</source>
        <translation>Kirjuta kõigepealt teade.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="140"/>
        <source>Rule: victims of domestic or sexual violence and their children are entitled whether or not criminal proceedings have started; no police reference is needed.</source>
        <translation>Reegel: lähisuhte- või seksuaalvägivalla ohvritel ja nende lastel on õigus abile olenemata sellest, kas kriminaalmenetlus on alustatud; politsei tõendit ega menetluse viidet pole vaja.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="145"/>
        <source>Rule: victims of a crime and their family members are entitled with a police certificate or a criminal proceedings reference.</source>
        <translation>Reegel: kuriteoohvritel ja nende pereliikmetel on õigus abile politsei tõendi või kriminaalmenetluse viite alusel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="150"/>
        <source>Rule: a witness in criminal proceedings is entitled; give the proceedings reference.</source>
        <translation>Reegel: kriminaalmenetluse tunnistajal on õigus abile; sisesta menetluse viide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="153"/>
        <source>Decisions dated before 1 April 2023 fall under the old psychological-aid rules, not here.</source>
        <translation>Enne 1. aprilli 2023 tehtud otsustele kehtivad psühholoogilise abi varasemad reeglid ja neid siin ei tehta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="156"/>
        <source>A decision needs an identified client with a name: identify the caller on the contact first.</source>
        <translation>Otsuse tegemiseks peab klient olema tuvastatud ja tema nimi teada: tuvasta esmalt pöördumisel pöörduja.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="159"/>
        <source>Give the police certificate or criminal proceedings reference.</source>
        <translation>Sisesta politsei tõendi või kriminaalmenetluse viide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="162"/>
        <source>Give the reason.</source>
        <translation>Sisesta põhjus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="163"/>
        <source>Choose the service.</source>
        <translation>Vali teenus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="164"/>
        <source>Choose the provider with the client.</source>
        <translation>Vali koos kliendiga teenuseosutaja.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="165"/>
        <source>The decision date is before 1 April 2023.</source>
        <translation>Otsuse kuupäev on enne 1. aprilli 2023.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="166"/>
        <source>Choose Estonian, English or Russian for the notice.</source>
        <translation>Vali teatise keeleks eesti, inglise või vene keel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="167"/>
        <source>The person is 18 or older on the decision date: the minor&apos;s category cannot be used.</source>
        <translation>Isik on otsuse kuupäeval vähemalt 18-aastane: alaealise kategooriat ei saa kasutada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="170"/>
        <source>The minor&apos;s category needs the birth date (or ID code) on the contact.</source>
        <translation>Alaealise kategooria jaoks peab pöördumisel olema sünnikuupäev (või isikukood).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="173"/>
        <source>This limit category does not fit the answers above.</source>
        <translation>See limiidi kategooria ei sobi ülaltoodud vastustega.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="174"/>
        <source>No minimum wage rate is known for this date: ask the administrator to add it.</source>
        <translation>Selle kuupäeva kohta pole kuupalga alammäära sisestatud: palu administraatoril see lisada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="177"/>
        <source>Type the amount in euros, e.g. 946,00.</source>
        <translation>Sisesta summa eurodes, nt 946,00.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="179"/>
        <source>not active</source>
        <translation>ei ole aktiivne</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="180"/>
        <source>contract not yet in force</source>
        <translation>leping ei ole veel jõus</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="181"/>
        <source>contract expired</source>
        <translation>leping on lõppenud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="182"/>
        <source>does not offer this service</source>
        <translation>ei paku seda teenust</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="183"/>
        <source>no specialist qualified for this service</source>
        <translation>selle teenuse jaoks pole kvalifikatsiooniga spetsialisti</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="184"/>
        <source>the qualification evidence has expired</source>
        <translation>kvalifikatsiooni tõend on aegunud</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="185"/>
        <source>Type the provider&apos;s name.</source>
        <translation>Sisesta teenuseosutaja nimi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="186"/>
        <source>Choose person or organisation.</source>
        <translation>Vali isik või organisatsioon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="187"/>
        <source>Choose the organisation&apos;s basis.</source>
        <translation>Vali organisatsiooni alus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="188"/>
        <source>Not a valid Estonian registry code (8 digits).</source>
        <translation>See ei ole kehtiv Eesti registrikood (8 numbrit).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="189"/>
        <source>An organisation needs its registry code.</source>
        <translation>Organisatsioonil peab olema registrikood.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="190"/>
        <source>Another provider has this registry code.</source>
        <translation>Selle registrikoodiga teenuseosutaja on juba olemas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="191"/>
        <source>Give the public price list&apos;s web address (https://…).</source>
        <translation>Sisesta avaliku hinnakirja veebiaadress (https://…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="192"/>
        <source>Not a valid phone number.</source>
        <translation>See ei ole kehtiv telefoninumber.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="193"/>
        <source>Not a valid e-mail address.</source>
        <translation>See ei ole kehtiv e-posti aadress.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="194"/>
        <source>The address is too long.</source>
        <translation>Aadress on liiga pikk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="195"/>
        <source>Give the date the contract is valid from.</source>
        <translation>Sisesta lepingu kehtivuse alguskuupäev.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="196"/>
        <source>The contract ends before it starts.</source>
        <translation>Leping lõpeb enne, kui see algab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="197"/>
        <source>Unknown county.</source>
        <translation>Tundmatu maakond.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="198"/>
        <source>Unknown language.</source>
        <translation>Tundmatu keel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="199"/>
        <source>Unknown service.</source>
        <translation>Tundmatu teenus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="200"/>
        <source>Choose at least one service.</source>
        <translation>Vali vähemalt üks teenus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="201"/>
        <source>A field of work is too long.</source>
        <translation>Mõni nõustamisvaldkond on liiga pikk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="202"/>
        <source>Give the specialist&apos;s name.</source>
        <translation>Sisesta spetsialisti nimi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="203"/>
        <source>Choose the basis of the qualification.</source>
        <translation>Vali kvalifikatsiooni alus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="204"/>
        <source>Choose the recognising association.</source>
        <translation>Vali tunnustanud liit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="205"/>
        <source>Give the register.</source>
        <translation>Sisesta register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="206"/>
        <source>The register number is not valid.</source>
        <translation>Registrinumber ei ole kehtiv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="207"/>
        <source>Give the day the evidence was checked (not in the future).</source>
        <translation>Sisesta tõendi kontrollimise kuupäev (mitte tulevikus).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="210"/>
        <source>The same specialist and basis are listed twice.</source>
        <translation>Sama spetsialist sama alusega on loetelus kaks korda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="211"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Fail ei ole UTF-8 tekst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="212"/>
        <source>The first line does not have the expected column names.</source>
        <translation>Esimesel real pole oodatud veerunimesid.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="213"/>
        <source>The line has the wrong number of columns.</source>
        <translation>Real on vale arv veerge.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="214"/>
        <source>The line cannot be read as CSV.</source>
        <translation>Rida ei saa CSV-vormingus lugeda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="215"/>
        <source>A date is not in the form YYYY-MM-DD.</source>
        <translation>Kuupäev ei ole kujul AAAA-KK-PP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="216"/>
        <source>The active column takes yes or no.</source>
        <translation>Veerus „active“ peab olema yes või no (või jah/ei).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="217"/>
        <source>The same provider is in the file twice.</source>
        <translation>Sama teenuseosutaja on failis kaks korda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="218"/>
        <source>Several providers have this name; give the registry code.</source>
        <translation>Selle nimega on mitu teenuseosutajat; lisa registrikood.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="219"/>
        <source>The qualifications column cannot be read.</source>
        <translation>Kvalifikatsioonide veergu ei saa lugeda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="225"/>
        <source>This value cannot be accepted.</source>
        <translation>Seda väärtust ei saa vastu võtta.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="36"/>
        <source>The store is busy: another program is writing to it. Nothing was lost; try again in a moment. If it stays busy, close other copies of the program.</source>
        <translation>Andmebaas on hõivatud: teine programm kirjutab sinna. Midagi ei läinud kaotsi; proovi hetke pärast uuesti. Kui see jääb hõivatuks, sulge programmi teised koopiad.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="42"/>
        <source>The store file is missing, but its key note or backups show that there was one, so the program does not start on an empty store. Put the newest backup in its place, or call your administrator.</source>
        <translation>Andmebaasi fail puudub, kuid selle võtmemärge või varukoopiad näitavad, et see oli olemas, seetõttu ei käivitu programm tühja andmebaasiga. Pane selle asemele uusim varukoopia või helista administraatorile.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="48"/>
        <source>The store&apos;s key is no longer in this computer&apos;s keyring (the keyring was reset, the store was moved from the folder where it was made, or it was made under another user account), and no passphrase can open it. Put the store back in its folder, start the program in the account that made it, or have the keyring restored; call your administrator.</source>
        <translation>Andmebaasi võtit pole enam selle arvuti võtmehoidlas (võtmehoidla lähtestati, andmebaas teisaldati kaustast, kus see loodi, või see loodi teise kasutajakonto all) ja ükski parool seda ei ava. Pane andmebaas tagasi oma kausta, käivita programm kontol, mis selle lõi, või lase võtmehoidla taastada; helista administraatorile.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="56"/>
        <source>The store file is damaged or is not a store. Do not delete it; restore the newest backup or call your administrator.</source>
        <translation>Andmebaasi fail on kahjustatud või ei ole andmebaas. Ära kustuta seda; taasta uusim varukoopia või võta ühendust administraatoriga.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="63"/>
        <source>The disk is full. Nothing was saved; free some space and save again: your input is kept.</source>
        <translation>Ketas on täis. Midagi ei salvestatud; vabasta ruumi ja salvesta uuesti: sisestatu on alles.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="66"/>
        <source>The store cannot be reached or written. Check the network or the folder&apos;s permissions, then try again; your input is kept.</source>
        <translation>Andmebaasi ei saa kätte või sinna ei saa kirjutada. Kontrolli võrku või kausta õigusi ja proovi uuesti; sisestatu on alles.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="72"/>
        <source>This is your first sign-in on this computer, and the team server, which checks it, cannot be reached now. Sign in once while the computer is online; after that you can sign in here offline too.</source>
        <translation>Logid selles arvutis sisse esimest korda ja meeskonna server, mis seda kontrollib, pole praegu kättesaadav. Logi üks kord sisse, kui arvuti on võrgus; pärast seda saad siin sisse logida ka võrguta.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="78"/>
        <source>The team server cannot be reached now (the network or the server is down). Your work is saved on this computer and goes to the server by itself when it is back; try this again then.</source>
        <translation>Meeskonna server pole praegu kättesaadav (võrk või server ei tööta). Sinu töö on salvestatud selles arvutis ja läheb serverisse ise, kui server on tagasi; proovi siis uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="84"/>
        <source>Someone else changed or removed this record meanwhile. Close it and open it again.</source>
        <translation>Keegi teine muutis või kustutas vahepeal selle kirje. Sulge see ja ava uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="89"/>
        <source>Another counsellor served this caller. Choose the known caller and ask for access with a reason, or save the contact without linking it.</source>
        <translation>Seda pöördujat teenindas teine nõustaja. Vali tuntud pöörduja ja küsi juurdepääsu põhjendusega või salvesta pöördumine isikuga sidumata.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="95"/>
        <source>This case belongs to a caller another counsellor served. Ask for access with a reason first, or choose another case.</source>
        <translation>See juhtum kuulub pöördujale, keda teenindas teine nõustaja. Küsi enne juurdepääsu põhjendusega või vali teine juhtum.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="100"/>
        <source>Your role does not allow this.</source>
        <translation>Sinu roll seda ei luba.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="102"/>
        <source>Wrong user name or password.</source>
        <translation>Vale kasutajanimi või parool.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="104"/>
        <source>The store&apos;s key is kept in the system keyring, which cannot be reached now. Log in to your desktop session (the keyring opens with it), then start the program again.</source>
        <translation>Andmehoidla võtit hoitakse süsteemi võtmehoidlas, millele praegu ligi ei pääse. Logi sisse oma töölauaseanssi (võtmehoidla avaneb koos sellega) ja käivita programm uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="110"/>
        <source>The store could not be unlocked: the key or passphrase does not match, or the file is damaged. Check the passphrase; if the keyring&apos;s key fails, ask the administrator to restore the newest backup.</source>
        <translation>Andmehoidlat ei õnnestunud avada: võti või salafraas ei sobi või fail on kahjustatud. Kontrolli salafraasi; kui võtmehoidla võti ei sobi, palu administraatoril taastada uusim varukoopia.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="117"/>
        <source>There is no file at %1. Nothing was replaced; check the name and the folder.</source>
        <translation>Kohas %1 pole faili. Midagi ei asendatud; kontrolli nime ja kausta.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="121"/>
        <source>%1 is a folder or a device, not a backup file. Nothing was replaced; give the backup file itself (helpline-….sqlite3 in the backup folder).</source>
        <translation>%1 on kaust või seade, mitte varukoopia fail. Midagi ei asendatud; anna varukoopia fail ise (varukoopiate kaustas helpline-….sqlite3).</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="127"/>
        <source>This is the store itself, not a backup of it. Nothing was replaced; choose a backup from the backup folder.</source>
        <translation>See on andmebaas ise, mitte selle varukoopia. Midagi ei asendatud; vali varukoopia varukoopiate kaustast.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="133"/>
        <source>This backup was made by a newer version of the program. Nothing was replaced; install that version first, or choose an older backup.</source>
        <translation>See varukoopia on tehtud programmi uuema versiooniga. Midagi ei asendatud; paigalda enne see versioon või vali vanem varukoopia.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="139"/>
        <source>This backup does not open with this store&apos;s key: it belongs to another store, or its start is damaged. Nothing was replaced; choose another backup.</source>
        <translation>See varukoopia ei avane selle andmehoidla võtmega: see kuulub teisele andmehoidlale või selle algus on kahjustatud. Midagi ei asendatud; vali teine varukoopia.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="144"/>
        <source>This backup is damaged or is not a store&apos;s backup. Nothing was replaced; choose another backup.</source>
        <translation>See varukoopia on kahjustatud või pole andmehoidla varukoopia. Midagi ei asendatud; vali teine varukoopia.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="150"/>
        <source>Too many wrong passwords in a row: try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>Liiga palju valesid paroole järjest: proovi uuesti %n minuti pärast või palu administraatoril parool lähtestada.</translation>
    </message>
    <message>
        <location filename="../../app/error_texts.py" line="157"/>
        <source>The action could not be completed.</source>
        <translation>Toimingut ei õnnestunud lõpetada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="231"/>
        <source>The disk is full, so the file was not saved. Free some space or choose another drive, then save again.</source>
        <translation>Ketas on täis, seepärast faili ei salvestatud. Vabasta ruumi või vali teine ketas ja salvesta uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="236"/>
        <source>You may not write to this folder, so the file was not saved. Choose another folder (for example your Documents) and save again.</source>
        <translation>Sellesse kausta ei tohi kirjutada, seepärast faili ei salvestatud. Vali teine kaust (näiteks Dokumendid) ja salvesta uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="242"/>
        <source>The file could not be saved (%1). Choose another folder or name and save again.</source>
        <translation>Faili ei õnnestunud salvestada (%1). Vali teine kaust või nimi ja salvesta uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="255"/>
        <source>The disk is full, so your typing could not be put aside as a draft. It stays in this form and is saved as soon as space is freed: free some space, keep working.</source>
        <translation>Ketas on täis, seepärast ei saanud sisestatut mustandina kõrvale panna. See jääb vormi ja salvestatakse niipea, kui ruumi vabaneb: vabasta ruumi ja jätka tööd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="261"/>
        <source>Another program is writing to the store, so your typing could not be put aside as a draft yet. It stays in this form and is saved again every few seconds; keep working.</source>
        <translation>Teine programm kirjutab parajasti andmehoidlasse, seepärast ei saanud sisestatut veel mustandina kõrvale panna. See jääb vormi ja salvestamist proovitakse iga paari sekundi järel uuesti; jätka tööd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="266"/>
        <source>The store cannot be written now, so your typing could not be put aside as a draft. It stays in this form and is saved again every few seconds; do not close the program.</source>
        <translation>Andmehoidlasse ei saa praegu kirjutada, seepärast ei saanud sisestatut mustandina kõrvale panna. See jääb vormi ja salvestamist proovitakse iga paari sekundi järel uuesti; ära sulge programmi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="274"/>
        <source>Not saved</source>
        <translation>Salvestamata</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="278"/>
        <source>Not done</source>
        <translation>Jäi tegemata</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="290"/>
        <source>Unexpected error</source>
        <translation>Ootamatu viga</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="292"/>
        <source>Something went wrong inside the program. Your open forms are kept. Please copy the details below and send them to the developers.</source>
        <translation>Programmis läks midagi valesti. Avatud vormid on alles. Palun kopeeri allolevad üksikasjad ja saada need arendajatele.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/messages.py" line="299"/>
        <source>Copy details</source>
        <translation>Kopeeri üksikasjad</translation>
    </message>
</context>
<context>
    <name>NamesTablePage</name>
    <message>
        <location filename="../../app/ui/admin/names_table.py" line="87"/>
        <source>Estonian</source>
        <translation>Eesti keeles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/names_table.py" line="88"/>
        <source>English</source>
        <translation>Inglise keeles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/names_table.py" line="89"/>
        <source>Russian</source>
        <translation>Vene keeles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/names_table.py" line="90"/>
        <source>Offered</source>
        <translation>Kasutusel</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/names_table.py" line="190"/>
        <source>Row %1, %2: %3</source>
        <translation>Rida %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="55"/>
        <source>New user</source>
        <translation>Uus kasutaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="65"/>
        <source>&amp;User name</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="66"/>
        <source>&amp;Full name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="67"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="68"/>
        <source>&amp;Phone (for notices)</source>
        <translation>&amp;Telefon (teatiste jaoks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="69"/>
        <source>&amp;E-mail (for notices)</source>
        <translation>&amp;E-post (teatiste jaoks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="70"/>
        <source>First pass&amp;word</source>
        <translation>Esialgne &amp;parool</translation>
    </message>
</context>
<context>
    <name>NoticePasswordDialog</name>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="24"/>
        <source>Protect with a password</source>
        <translation>Kaitse parooliga</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="26"/>
        <source>Password for the PDF (give it to the provider by another channel); leave empty for none:</source>
        <translation>PDF-faili parool (edasta see teenuseosutajale muu kanali kaudu); kui parooli pole vaja, jäta väli tühjaks:</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="33"/>
        <source>S&amp;how the password</source>
        <translation>&amp;Näita parooli</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="37"/>
        <source>&amp;Password</source>
        <translation>&amp;Parool</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="38"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Korda parooli</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="62"/>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>Paroolid erinevad: sisesta mõlemale väljale sama parool.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_password.py" line="69"/>
        <source>Use letters without accents, digits and punctuation only: PDF readers read no other.</source>
        <translation>Kasuta ainult täpitähtedeta tähti, numbreid ja kirjavahemärke: PDF-lugejad muid ei loe.</translation>
    </message>
</context>
<context>
    <name>NoticeViewer</name>
    <message>
        <location filename="../../app/ui/aid/notice_viewer.py" line="35"/>
        <source>Notice %1</source>
        <translation>Teatis %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_viewer.py" line="47"/>
        <source>&amp;Save as… (Ctrl+S)</source>
        <translation>&amp;Salvesta faili… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_viewer.py" line="48"/>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Prindi… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/notice_viewer.py" line="49"/>
        <source>Close (Esc)</source>
        <translation>Sulge (Esc)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="31"/>
        <source>Store passphrase – %1</source>
        <translation>Andmehoidla salafraas – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="35"/>
        <source>This computer has no usable keyring to keep the store&apos;s key, so the store will be protected by a passphrase instead. Choose one of at least %1 characters and keep it safe: without it nobody, not even an administrator, can open the data.</source>
        <translation>Selles arvutis pole andmehoidla võtme hoidmiseks kasutatavat võtmehoidlat, seepärast kaitseb andmehoidlat salafraas. Vali vähemalt %1 märgi pikkune salafraas ja hoia see kindlas kohas: ilma selleta ei saa andmeid avada keegi, ka mitte administraator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="42"/>
        <source>The store is protected by a passphrase. Type it to open the store.</source>
        <translation>Andmehoidla on kaitstud salafraasiga. Andmehoidla avamiseks sisesta see.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="52"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Salafraas</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="54"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Korda seda</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="58"/>
        <source>That passphrase did not open the store. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>See salafraas andmehoidlat ei avanud. Kontrolli Caps Locki ja klaviatuuripaigutust ning proovi uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="76"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Salafraasis peab olema vähemalt %1 märki.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="80"/>
        <source>The two passphrases differ.</source>
        <translation>Kaks salafraasi erinevad.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/passphrase.py" line="83"/>
        <source>Type the passphrase.</source>
        <translation>Sisesta salafraas.</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="54"/>
        <source>Edit provider – %1</source>
        <translation>Teenuseosutaja muutmine – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="54"/>
        <source>New provider</source>
        <translation>Uus teenuseosutaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="58"/>
        <source>8 digits; required for an organisation</source>
        <translation>8 numbrit; organisatsioonil kohustuslik</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="70"/>
        <source>&amp;Open-ended</source>
        <translation>T&amp;ähtajatu</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="73"/>
        <source>Separated by commas</source>
        <translation>Komadega eraldatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="74"/>
        <source>Acti&amp;ve: offered to counsellors</source>
        <translation>Aktii&amp;vne: pakutakse nõustajatele</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="105"/>
        <source>&amp;Kind</source>
        <translation>L&amp;iik</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="106"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="107"/>
        <source>&amp;Registry code</source>
        <translation>&amp;Registrikood</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="108"/>
        <source>&amp;Basis</source>
        <translation>&amp;Alus</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="109"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="110"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="111"/>
        <source>A&amp;ddress</source>
        <translation>Aa&amp;dress</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="112"/>
        <source>Price &amp;list (web)</source>
        <translation>&amp;Hinnakiri (veebis)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="113"/>
        <source>Contract &amp;from</source>
        <translation>Leping ala&amp;tes</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="114"/>
        <source>Contract &amp;to</source>
        <translation>Leping &amp;kuni</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="117"/>
        <source>Counties served</source>
        <translation>Teenuse osutamise maakonnad</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="118"/>
        <source>Languages</source>
        <translation>Keeled</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="119"/>
        <source>Services</source>
        <translation>Teenused</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="121"/>
        <source>Fields of &amp;work</source>
        <translation>N&amp;õustamisvaldkonnad</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="131"/>
        <source>Specialists and their qualifications</source>
        <translation>Spetsialistid ja nende kvalifikatsioon</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/provider_editor.py" line="269"/>
        <source>Another administrator</source>
        <translation>Teine administraator</translation>
    </message>
</context>
<context>
    <name>ProviderTableModel</name>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="61"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="62"/>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="63"/>
        <source>Registry code</source>
        <translation>Registrikood</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="65"/>
        <source>Counties</source>
        <translation>Maakonnad</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="70"/>
        <source>Services</source>
        <translation>Teenused</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="73"/>
        <source>Contract to</source>
        <translation>Leping kuni</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="75"/>
        <source>Active</source>
        <translation>Aktiivne</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="80"/>
        <source>All counties</source>
        <translation>Kõik maakonnad</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="73"/>
        <source>open-ended</source>
        <translation>tähtajatu</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="75"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="75"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="135"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lisa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="136"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="137"/>
        <location filename="../../app/ui/aid/providers_page.py" line="180"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiveeri</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="138"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impordi CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="139"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Ekspordi CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="180"/>
        <source>A&amp;ctivate</source>
        <translation>&amp;Aktiveeri</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="194"/>
        <source>Saved %1.</source>
        <translation>Salvestatud: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="206"/>
        <source>Import providers</source>
        <translation>Teenuseosutajate import</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="206"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-failid (*.csv);;Kõik failid (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="215"/>
        <source>Not imported</source>
        <translation>Ei imporditud</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="216"/>
        <source>The file cannot be read: %1</source>
        <translation>Faili ei saa lugeda: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="229"/>
        <source>Imported: %1 new providers added, %2 updated.</source>
        <translation>Imporditud: uusi teenuseosutajaid lisati %1, olemasolevaid uuendati %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="231"/>
        <source>Providers imported</source>
        <translation>Teenuseosutajad imporditud</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="240"/>
        <source>Line %1: %2</source>
        <translation>Rida %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="244"/>
        <source>Export providers</source>
        <translation>Teenuseosutajate eksport</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="244"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="257"/>
        <source>Not exported</source>
        <translation>Ei eksporditud</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="258"/>
        <source>The file cannot be written: %1</source>
        <translation>Faili ei saa kirjutada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/providers_page.py" line="261"/>
        <source>Exported %1 providers to %2.</source>
        <translation>Eksporditud teenuseosutajaid: %1, fail %2.</translation>
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
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="28"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Loobu</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="29"/>
        <source>&amp;Close</source>
        <translation>S&amp;ulge</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="30"/>
        <source>Close without Saving</source>
        <translation>Sulge salvestamata</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="36"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="37"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="38"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="39"/>
        <source>&amp;Paste</source>
        <translation>&amp;Aseta</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="40"/>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="41"/>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="32"/>
        <source>Show Details...</source>
        <translation>Näita üksikasju...</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="33"/>
        <source>Hide Details...</source>
        <translation>Peida üksikasjad...</translation>
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
        <translation>Salvesta</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="16"/>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="19"/>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="20"/>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="21"/>
        <source>Discard</source>
        <translation>Ära salvesta</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="22"/>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="23"/>
        <source>Apply</source>
        <translation>Rakenda</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="24"/>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="47"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopeeri &amp;lingi aadress</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>&amp;Aseta</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="49"/>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="50"/>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>QualificationTable</name>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="123"/>
        <source>Specialist</source>
        <translation>Spetsialist</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="124"/>
        <source>Basis</source>
        <translation>Alus</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="125"/>
        <source>Register or association</source>
        <translation>Register või liit</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="126"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="127"/>
        <source>Valid until</source>
        <translation>Kehtib kuni</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="128"/>
        <source>Checked on</source>
        <translation>Kontrollitud</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="144"/>
        <source>Add &amp;specialist</source>
        <translation>Lisa s&amp;petsialist</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="145"/>
        <source>Re&amp;move specialist</source>
        <translation>Ee&amp;malda spetsialist</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="146"/>
        <source>Dates as dd.mm.yyyy; leave “valid until” empty when the evidence does not expire.</source>
        <translation>Kuupäevad kujul pp.kk.aaaa; jäta „Kehtib kuni“ tühjaks, kui tõend ei aegu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/qualification_table.py" line="213"/>
        <source>Row %1: %2</source>
        <translation>Rida %1: %2</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="35"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="36"/>
        <source>&amp;Discard</source>
        <translation>Ä&amp;ra salvesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="37"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Tagasi vormile</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="38"/>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="39"/>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="72"/>
        <source>Empty contact</source>
        <translation>Tühi pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="73"/>
        <source>This contact has neither a summary nor a topic. Save it anyway? For a silent call, hang-up or wrong number, go back and log it with its own button instead.</source>
        <translation>Selles pöördumises pole kokkuvõtet ega teemat. Kas salvestada siiski? Vaikse kõne, katkestatud kõne või valenumbri korral mine tagasi ja logi see selle oma nupuga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/questions.py" line="80"/>
        <source>&amp;Save anyway</source>
        <translation>&amp;Salvesta siiski</translation>
    </message>
</context>
<context>
    <name>RateTableModel</name>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="38"/>
        <source>Valid from</source>
        <translation>Kehtib alates</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="39"/>
        <source>Monthly minimum wage</source>
        <translation>Kuupalga alammäär</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="55"/>
        <source>The standard limit of an aid decision is one monthly minimum wage: the rate in force on the decision&apos;s date, so decisions made earlier keep the rate of their day. The rate changes every year, usually on 1 January and sometimes in the middle of the year: add each new rate with the day it takes effect as soon as it is published.</source>
        <translation>Abi otsuse tavaline limiit on üks kuupalga alammäär: otsuse kuupäeval kehtiv määr, nii et varem tehtud otsustele jääb nende tegemise päeva määr. Alammäär muutub igal aastal, tavaliselt 1. jaanuaril, mõnikord ka aasta keskel: lisa iga uus alammäär koos selle jõustumise kuupäevaga kohe, kui see on avaldatud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="74"/>
        <source>e.g. 946,00</source>
        <translation>nt 946,00</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="76"/>
        <source>&amp;Save rate</source>
        <translation>&amp;Salvesta alammäär</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="77"/>
        <source>&amp;Remove selected rate…</source>
        <translation>&amp;Eemalda valitud alammäär…</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="81"/>
        <source>&amp;Valid from</source>
        <translation>&amp;Kehtib alates</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="82"/>
        <source>&amp;Amount (€ a month)</source>
        <translation>Su&amp;mma (€ kuus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="139"/>
        <source>Remove rate</source>
        <translation>Alammäära eemaldamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/aid/rates_page.py" line="141"/>
        <source>Remove the rate %1 valid from %2? Decisions already made keep their limit.</source>
        <translation>Kas eemaldada alammäär %1, mis kehtib alates %2? Juba tehtud otsuste limiit jääb samaks.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="126"/>
        <source>Open contact</source>
        <translation>Ava pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="136"/>
        <source>What went well, what to work on</source>
        <translation>Mis läks hästi, mille kallal töötada</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="139"/>
        <source>&amp;Discussed with the counsellor</source>
        <translation>Nõustajaga ar&amp;utatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="140"/>
        <source>Sav&amp;e review</source>
        <translation>Salvesta hinnan&amp;g</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="141"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="143"/>
        <source>Discard changes</source>
        <translation>Loobu muudatustest</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="149"/>
        <source>Choose a contact in the list to review it.</source>
        <translation>Vali hindamiseks loendist pöördumine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="161"/>
        <source>Quality rubric (1 = poor, 5 = excellent)</source>
        <translation>Kvaliteedikriteeriumid (1 = halb, 5 = suurepärane)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="165"/>
        <source>&amp;Overall review</source>
        <translation>&amp;Kokkuvõte</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="261"/>
        <source>Identified</source>
        <translation>Tuvastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="261"/>
        <source>Anonymous</source>
        <translation>Anonüümne</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="264"/>
        <source>Counsellor: %1</source>
        <translation>Nõustaja: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="266"/>
        <source>(no summary)</source>
        <translation>(kokkuvõte puudub)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="273"/>
        <source>Not reviewed yet.</source>
        <translation>Veel hindamata.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="275"/>
        <source>Reviewed by %1 on %2.</source>
        <translation>Hindas %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="277"/>
        <source>The counsellor acknowledged it on %1.</source>
        <translation>Nõustaja kinnitas lugemist %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="279"/>
        <source>Not yet acknowledged by the counsellor.</source>
        <translation>Nõustaja pole veel lugemist kinnitanud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="344"/>
        <source>Give a score for this comment, or remove the comment.</source>
        <translation>Anna sellele kommentaarile hinne või eemalda kommentaar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="402"/>
        <source>Someone else saved a review of this contact meanwhile (see above). Your input is still here: save again to replace their review with yours, or discard your changes to see theirs.</source>
        <translation>Keegi teine salvestas vahepeal selle pöördumise hinnangu (vt ülal). Sinu sisestus on alles: salvesta uuesti, et asendada tema hinnang enda omaga, või loobu muudatustest, et näha tema oma.</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="214"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
</context>
<context>
    <name>RiskRow</name>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="168"/>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="56"/>
        <source>Step not yet taken</source>
        <translation>Samm on tegemata</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="169"/>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="57"/>
        <source>Step done</source>
        <translation>Samm on tehtud</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="170"/>
        <location filename="../../app/ui/kit/conflict_dialog.py" line="58"/>
        <source>Declined (say why)</source>
        <translation>Loobuti (põhjenda)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="172"/>
        <source>Why the step was declined</source>
        <translation>Miks sammust loobuti</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../app/ui/admin/security.py" line="56"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="60"/>
        <source>Without keyboard or mouse input for this long, every window of the program hides its contents until the user&apos;s password is typed. Ctrl+L locks at once.</source>
        <translation>Kui klaviatuuri ega hiirt pole nii kaua kasutatud, peidab programmi iga aken oma sisu, kuni kasutaja sisestab oma parooli. Ctrl+L lukustab kohe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="66"/>
        <source> months</source>
        <translation> kuud</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="70"/>
        <source>Names, ID codes, contacts, summaries and notes of an identified caller&apos;s case are removed once nothing has happened in the case for this long. The statistics keep every count.</source>
        <translation>Tuvastatud pöörduja juhtumi nimed, isikukoodid, kontaktid, kokkuvõtted ja märkused kustutatakse, kui juhtumis pole nii kaua midagi toimunud. Statistika jääb täielikuks.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="81"/>
        <source>&amp;Lock the screen after</source>
        <translation>&amp;Lukusta ekraan pärast</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="96"/>
        <source>&amp;Keep personal data for</source>
        <translation>&amp;Hoia isikuandmeid</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="86"/>
        <source>A locked screen keeps everything that was being typed; only the logged-in user&apos;s password opens it. The new time applies on every workstation within a minute.</source>
        <translation>Lukus ekraan hoiab alles kõik sisestatu; selle avab ainult sisse logitud kasutaja parool. Uus aeg hakkab kõigis tööjaamades kehtima minuti jooksul.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="76"/>
        <source>&amp;Save security settings</source>
        <translation>&amp;Salvesta turvaseaded</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="78"/>
        <source>Screen lock</source>
        <translation>Ekraanilukk</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="93"/>
        <source>Retention of personal data</source>
        <translation>Isikuandmete säilitamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="101"/>
        <source>Counted from a case&apos;s last activity. Names, ID codes, contacts, summaries and notes are then removed at the next start; the statistics keep every count. A case on legal hold is kept.</source>
        <translation>Arvestatakse juhtumi viimasest tegevusest. Seejärel kustutatakse järgmisel käivitamisel nimed, isikukoodid, kontaktid, kokkuvõtted ja märkused; statistika jääb täielikuks. Säilitusnõudega juhtum jääb alles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="106"/>
        <source>&amp;Preview what retention removes</source>
        <translation>&amp;Eelvaade: mida säilitustähtaeg kustutab</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="107"/>
        <source>&amp;Anonymise now</source>
        <translation>&amp;Anonüümi kohe</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="162"/>
        <source>Kept for %1 months: cases without activity since %2.</source>
        <translation>Hoitakse %1 kuud: juhtumid, milles pole toimunud midagi alates %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="167"/>
        <source>Case %1: last activity %2, %3 contact(s), %4 aid decision(s)</source>
        <translation>Juhtum %1: viimane tegevus %2, pöördumisi %3, abi otsuseid %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/security.py" line="176"/>
        <source>The names, ID codes and contacts of %n person(s) go too.</source>
        <translation>
            <numerusform>Kustuvad ka %n isiku nimi, isikukood ja kontaktid.</numerusform>
            <numerusform>Kustuvad ka %n isiku nimed, isikukoodid ja kontaktid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="178"/>
        <source>Nothing is due.</source>
        <translation>Kustutada pole midagi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="186"/>
        <source>Anonymise now</source>
        <translation>Anonüümi kohe</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="188"/>
        <source>Remove the personal data listed? This cannot be undone; the audit trail records each case and person.</source>
        <translation>Kas kustutada loetletud isikuandmed? Seda ei saa tagasi võtta; auditilogi salvestab iga juhtumi ja isiku.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/security.py" line="200"/>
        <source>Anonymised: %1 case(s), %2 person(s).</source>
        <translation>Anonüümitud: juhtumeid %1, isikuid %2.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../app/ui/admin/settings_form.py" line="34"/>
        <source>Saved.</source>
        <translation>Salvestatud.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="49"/>
        <location filename="../../app/ui/statistics/labels.py" line="125"/>
        <source>Overview</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="50"/>
        <source>By line</source>
        <translation>Liinide kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="51"/>
        <source>By channel</source>
        <translation>Kanalite kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="52"/>
        <source>By direction</source>
        <translation>Suuna kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="53"/>
        <source>By kind</source>
        <translation>Liigi kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="54"/>
        <source>By language</source>
        <translation>Keele kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="55"/>
        <source>By caller type</source>
        <translation>Pöörduja tüübi kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="56"/>
        <source>By topic</source>
        <translation>Teemade kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="57"/>
        <source>Durations</source>
        <translation>Kestused</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="58"/>
        <source>Weekday and hour</source>
        <translation>Nädalapäev ja tund</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="59"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="60"/>
        <source>Aid decisions</source>
        <translation>Abi otsused</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="63"/>
        <source>Measure</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="64"/>
        <source>Value</source>
        <translation>Väärtus</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="65"/>
        <location filename="../../app/ui/statistics/labels.py" line="87"/>
        <source>Contacts</source>
        <translation>Pöördumisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="66"/>
        <source>Share</source>
        <translation>Osakaal</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="67"/>
        <source>Mean (s)</source>
        <translation>Keskmine (s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="68"/>
        <source>Median (s)</source>
        <translation>Mediaan (s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="69"/>
        <source>90th percentile (s)</source>
        <translation>90. protsentiil (s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="70"/>
        <source>Weekday</source>
        <translation>Nädalapäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="71"/>
        <source>Period start</source>
        <translation>Perioodi algus</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="72"/>
        <source>Counselling</source>
        <translation>Nõustamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="73"/>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="74"/>
        <source>Limit category</source>
        <translation>Piirmäära liik</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="75"/>
        <source>Decisions</source>
        <translation>Otsuseid</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="76"/>
        <source>Amount (EUR)</source>
        <translation>Summa (EUR)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="77"/>
        <source>generated</source>
        <translation>koostatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="78"/>
        <source>Line</source>
        <translation>Liin</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="79"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="80"/>
        <source>Direction</source>
        <translation>Suund</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="81"/>
        <source>Kind of contact</source>
        <translation>Pöördumise liik</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="82"/>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="83"/>
        <source>Caller type</source>
        <translation>Pöörduja tüüp</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="84"/>
        <source>Topic</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="88"/>
        <location filename="../../app/ui/statistics/labels.py" line="127"/>
        <location filename="../../app/ui/statistics/labels.py" line="130"/>
        <source>Counselling contacts</source>
        <translation>Nõustamispöördumised</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="89"/>
        <source>Anonymous</source>
        <translation>Anonüümne</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="90"/>
        <source>Identified</source>
        <translation>Tuvastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="91"/>
        <source>Anonymous share</source>
        <translation>Anonüümsete osakaal</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="92"/>
        <source>Standard limits granted (EUR)</source>
        <translation>Määratud tavalised piirmäärad (EUR)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="93"/>
        <source>Duration</source>
        <translation>Kestus</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="94"/>
        <source>Wrap-up time</source>
        <translation>Järeltöö aeg</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="97"/>
        <source>Monday</source>
        <translation>Esmaspäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="98"/>
        <source>Tuesday</source>
        <translation>Teisipäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="99"/>
        <source>Wednesday</source>
        <translation>Kolmapäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="100"/>
        <source>Thursday</source>
        <translation>Neljapäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="101"/>
        <source>Friday</source>
        <translation>Reede</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="102"/>
        <source>Saturday</source>
        <translation>Laupäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="103"/>
        <source>Sunday</source>
        <translation>Pühapäev</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="106"/>
        <source>Mon</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="107"/>
        <source>Tue</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="108"/>
        <source>Wed</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="109"/>
        <source>Thu</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="110"/>
        <source>Fri</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="111"/>
        <source>Sat</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="112"/>
        <source>Sun</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="115"/>
        <source>Day</source>
        <translation>Päev</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="116"/>
        <source>Week (from its Monday)</source>
        <translation>Nädal (alates esmaspäevast)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="117"/>
        <source>Month</source>
        <translation>Kuu</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="120"/>
        <source>Statistics report</source>
        <translation>Statistika aruanne</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="121"/>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="122"/>
        <source>Generated</source>
        <translation>Koostatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="123"/>
        <source>Page</source>
        <translation>Lehekülg</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="124"/>
        <source>No contacts in this period.</source>
        <translation>Selles perioodis pöördumisi ei olnud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="126"/>
        <source>Contacts, all kinds</source>
        <translation>Pöördumisi, kõik liigid</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="128"/>
        <source>Anonymous share of counselling contacts</source>
        <translation>Anonüümsete osakaal nõustamispöördumistest</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="129"/>
        <source>Standard aid limits granted</source>
        <translation>Määratud tavalised abi piirmäärad</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="131"/>
        <source>minutes:seconds</source>
        <translation>minutid:sekundid</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="132"/>
        <source>Duration of the conversation</source>
        <translation>Vestluse kestus</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="133"/>
        <source>Wrap-up time after it</source>
        <translation>Järeltöö aeg pärast vestlust</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="134"/>
        <source>Mean</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="135"/>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="136"/>
        <source>90th percentile</source>
        <translation>90. protsentiil</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="137"/>
        <source>Contacts by line</source>
        <translation>Pöördumised liinide kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="138"/>
        <source>Contacts by channel</source>
        <translation>Pöördumised kanalite kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="139"/>
        <source>Counselling contacts by topic</source>
        <translation>Nõustamispöördumised teemade kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="140"/>
        <source>A contact may have several topics, so the shares may add up to more than 100%.</source>
        <translation>Pöördumisel võib olla mitu teemat, seega võib osakaalude summa ületada 100%.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="143"/>
        <source>No topics were recorded in this period.</source>
        <translation>Selles perioodis teemasid ei märgitud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="144"/>
        <source>contacts</source>
        <translation>pöördumist</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="145"/>
        <source>Contacts over the period</source>
        <translation>Pöördumised perioodi jooksul</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="146"/>
        <source>All contacts</source>
        <translation>Kõik pöördumised</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="147"/>
        <source>Contacts by weekday and hour</source>
        <translation>Pöördumised nädalapäeva ja tunni kaupa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="148"/>
        <source>hour of the day, local time</source>
        <translation>kellaaeg (tund), kohalik aeg</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="149"/>
        <source>the darker the cell, the more contacts started in that hour over the whole period</source>
        <translation>mida tumedam lahter, seda rohkem pöördumisi algas selles tunnis kogu perioodi jooksul</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="152"/>
        <source>the lighter the cell, the more contacts started in that hour over the whole period</source>
        <translation>mida heledam lahter, seda rohkem pöördumisi algas selles tunnis kogu perioodi jooksul</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="155"/>
        <source>Psychological aid decisions</source>
        <translation>Psühholoogilise abi otsused</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="156"/>
        <source>By the date of the decision. Amounts in euros: only the standard category has a limit amount.</source>
        <translation>Otsuse kuupäeva järgi. Summad eurodes: piirmäära summa on ainult tavalisel liigil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="160"/>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/labels.py" line="163"/>
        <source>Not recorded</source>
        <translation>Märkimata</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="138"/>
        <source>Count the contacts of the period (Ctrl+Return)</source>
        <translation>Loe perioodi pöördumised kokku (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="145"/>
        <source>Choose a period and press Show.</source>
        <translation>Vali periood ja vajuta „Näita“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="146"/>
        <source>Export &amp;XLSX…</source>
        <translation>Ekspordi &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="137"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Näita</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="147"/>
        <source>&amp;Export CSV…</source>
        <translation>Ekspordi &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="148"/>
        <source>&amp;PDF report…</source>
        <translation>PDF-&amp;aruanne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="149"/>
        <source>One CSV file per table, together in a ZIP file</source>
        <translation>Iga tabel eraldi CSV-failina, koos ühes ZIP-failis</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="151"/>
        <source>This month</source>
        <translation>See kuu</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="152"/>
        <source>Last month</source>
        <translation>Eelmine kuu</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="153"/>
        <source>This year</source>
        <translation>See aasta</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="154"/>
        <source>Last year</source>
        <translation>Eelmine aasta</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="180"/>
        <source>&amp;From</source>
        <translation>A&amp;lates</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="180"/>
        <source>&amp;to</source>
        <translation>&amp;kuni</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="189"/>
        <source>Trend &amp;by</source>
        <translation>&amp;Trendi samm</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="221"/>
        <source>Contacts by weekday and hour started (number of contacts, local time)</source>
        <translation>Pöördumised nädalapäeva ja alguse tunni kaupa (pöördumiste arv, kohalik aeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="223"/>
        <source>Aid decisions by outcome and limit category (number; amounts in euros)</source>
        <translation>Abi otsused tulemuse ja piirmäära liigi kaupa (arv; summad eurodes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="233"/>
        <source>All contacts by line (number of contacts)</source>
        <translation>Kõik pöördumised liinide kaupa (pöördumiste arv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="234"/>
        <source>All contacts by channel (number of contacts)</source>
        <translation>Kõik pöördumised kanalite kaupa (pöördumiste arv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="235"/>
        <source>All contacts by direction (number of contacts)</source>
        <translation>Kõik pöördumised suuna kaupa (pöördumiste arv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="236"/>
        <source>Counselling contacts by language (number of contacts)</source>
        <translation>Nõustamispöördumised keele kaupa (pöördumiste arv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="237"/>
        <source>Counselling contacts by caller type (number of contacts)</source>
        <translation>Nõustamispöördumised pöörduja tüübi kaupa (pöördumiste arv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="238"/>
        <source>All contacts by kind (number of contacts)</source>
        <translation>Kõik pöördumised liigi kaupa (pöördumiste arv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="239"/>
        <source>Counselling contacts by topic (number of contacts; a contact may have several)</source>
        <translation>Nõustamispöördumised teemade kaupa (pöördumiste arv; pöördumisel võib olla mitu teemat)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="284"/>
        <source>Counting the contacts…</source>
        <translation>Loen pöördumisi kokku…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="309"/>
        <source>The statistics could not be counted.</source>
        <translation>Statistikat ei õnnestunud kokku lugeda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="338"/>
        <source>Shown: %1 – %2. %3</source>
        <translation>Näidatud: %1 – %2. %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="344"/>
        <source>Shown: %1 – %2, %3 contacts.</source>
        <translation>Näidatud: %1 – %2, %3 pöördumist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="387"/>
        <source>Contacts per day (number of contacts)</source>
        <translation>Pöördumised päevas (pöördumiste arv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="388"/>
        <source>Contacts per week, by its Monday (number of contacts)</source>
        <translation>Pöördumised nädalas, nädala esmaspäeva järgi (pöördumiste arv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="389"/>
        <source>Contacts per month (number of contacts)</source>
        <translation>Pöördumised kuus (pöördumiste arv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="410"/>
        <source>%1, %2:00–%3:00: %4 contacts</source>
        <translation>%1, %2:00–%3:00: %4 pöördumist</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="431"/>
        <source>Export the statistics as XLSX</source>
        <translation>Ekspordi statistika XLSX-failina</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="431"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Exceli töövihikud (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="438"/>
        <source>Export the statistics as CSV files in a ZIP</source>
        <translation>Ekspordi statistika CSV-failidena ZIP-failis</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="438"/>
        <source>ZIP files of CSV tables (*.zip)</source>
        <translation>CSV-tabelite ZIP-failid (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="444"/>
        <source>Save the statistics report</source>
        <translation>Salvesta statistika aruanne</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="444"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumendid (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="460"/>
        <source>Writing %1…</source>
        <translation>Kirjutan faili %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="464"/>
        <source>Saved: %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="474"/>
        <source>Not saved.</source>
        <translation>Salvestamata.</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="184"/>
        <source>Team sync</source>
        <translation>Meeskonna sünkroonimine</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="195"/>
        <source>&amp;Resolve conflicts…</source>
        <translation>&amp;Lahenda konfliktid…</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message numerus="yes">
        <location filename="../../app/ui/shell/sync_indicator.py" line="57"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n lahendamata konflikt</numerusform>
            <numerusform>%n lahendamata konflikti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="62"/>
        <source>online</source>
        <translation>võrgus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/sync_indicator.py" line="64"/>
        <source>sending %n change(s)</source>
        <translation>
            <numerusform>saadan %n muudatuse</numerusform>
            <numerusform>saadan %n muudatust</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="66"/>
        <source>synced %1</source>
        <translation>sünkroonitud %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="70"/>
        <source>offline since %1</source>
        <translation>võrguta alates %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="72"/>
        <source>connecting…</source>
        <translation>ühendan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/sync_indicator.py" line="76"/>
        <source>%n change(s) waiting (saved on this computer)</source>
        <translation>
            <numerusform>%n muudatus ootel (salvestatud selles arvutis)</numerusform>
            <numerusform>%n muudatust ootel (salvestatud selles arvutis)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="85"/>
        <source>Team: %1</source>
        <translation>Meeskond: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="92"/>
        <source>This workstation is connected to the team server.</source>
        <translation>See tööjaam on meeskonna serveriga ühendatud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="97"/>
        <source>This workstation has been offline since %1: it cannot reach the team server. You can go on working: everything you save is kept on this computer and goes to the server by itself when it is back.</source>
        <translation>See tööjaam on võrguta alates %1: meeskonna server pole kättesaadav. Võid edasi töötada: kõik, mida salvestad, jääb selle arvutisse ja läheb serverisse ise, kui server on tagasi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="105"/>
        <source>This workstation is connecting to the team server.</source>
        <translation>See tööjaam loob ühendust meeskonna serveriga.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/sync_indicator.py" line="109"/>
        <source>Changes made here and not yet on the server: %n. They are saved on this computer.</source>
        <translation>
            <numerusform>Siin tehtud muudatusi, mis pole veel serveris: %n. Need on salvestatud selles arvutis.</numerusform>
            <numerusform>Siin tehtud muudatusi, mis pole veel serveris: %n. Need on salvestatud selles arvutis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="115"/>
        <source>Every change made here is on the server.</source>
        <translation>Kõik siin tehtud muudatused on serveris.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="119"/>
        <source>The last complete sync was at %1.</source>
        <translation>Viimane täielik sünkroonimine oli %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="124"/>
        <source>This workstation has not synced yet.</source>
        <translation>See tööjaam pole veel sünkrooninud.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/sync_indicator.py" line="128"/>
        <source>Records changed both here and on another workstation: %n. Nothing is lost: both versions are kept until you choose, field by field, what stays. Choose “Resolve conflicts…” to do it now.</source>
        <translation>
            <numerusform>Nii siin kui ka teises tööjaamas muudetud kirjeid: %n. Midagi ei kao: mõlemad versioonid hoitakse alles, kuni valid väli välja haaval, mis jääb. Vali „Lahenda konfliktid…“, et seda kohe teha.</numerusform>
            <numerusform>Nii siin kui ka teises tööjaamas muudetud kirjeid: %n. Midagi ei kao: mõlemad versioonid hoitakse alles, kuni valid väli välja haaval, mis jääb. Vali „Lahenda konfliktid…“, et seda kohe teha.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/sync_indicator.py" line="135"/>
        <source>The server reports a problem: %1</source>
        <translation>Server teatab probleemist: %1</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../app/ui/kit/theme.py" line="182"/>
        <source>&amp;Colours</source>
        <translation>Vä&amp;limus</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/theme.py" line="184"/>
        <source>As the &amp;system</source>
        <translation>Nagu &amp;süsteemis</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/theme.py" line="185"/>
        <source>&amp;Light</source>
        <translation>&amp;Hele</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/theme.py" line="186"/>
        <source>&amp;Dark</source>
        <translation>&amp;Tume</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="216"/>
        <source>&amp;Add topic</source>
        <translation>&amp;Lisa teema</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="217"/>
        <source>&amp;Save topics</source>
        <translation>&amp;Salvesta teemad</translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="44"/>
        <source>Type a few letters of a topic, Enter ticks it</source>
        <translation>Kirjuta teema paar tähte, Enter märgib selle</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="46"/>
        <source>Down goes to the topics found, Space ticks one there; Escape shows all topics again.</source>
        <translation>Nool alla viib leitud teemadele, tühik märgib seal ühe; Escape näitab jälle kõiki teemasid.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="48"/>
        <source>Find a topic</source>
        <translation>Otsi teemat</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/sections.py" line="50"/>
        <source>No topic fits these letters.</source>
        <translation>Nende tähtedega teemat ei ole.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="110"/>
        <source>User name</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="110"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="110"/>
        <location filename="../../app/ui/admin/dialog.py" line="123"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="110"/>
        <source>Active</source>
        <translation>Aktiivne</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="117"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Lisa kasutaja…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="118"/>
        <source>Activate / &amp;deactivate</source>
        <translation>Aktiveeri / &amp;deaktiveeri</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="119"/>
        <source>&amp;Reset password…</source>
        <translation>Lähtesta &amp;parool…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="120"/>
        <source>&amp;Contacts…</source>
        <translation>&amp;Kontaktid…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="121"/>
        <source>Phone and e-mail printed on the notices this user sends</source>
        <translation>Telefon ja e-post, mis trükitakse selle kasutaja saadetud teatistele</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="124"/>
        <source>Set r&amp;ole</source>
        <translation>Määra &amp;roll</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="153"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="153"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="189"/>
        <location filename="../../app/ui/admin/dialog.py" line="192"/>
        <source>Contacts</source>
        <translation>Kontaktid</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="189"/>
        <source>Phone (empty for none):</source>
        <translation>Telefon (tühi, kui pole):</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="192"/>
        <source>E-mail (empty for none):</source>
        <translation>E-post (tühi, kui pole):</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="202"/>
        <source>Reset password</source>
        <translation>Parooli lähtestamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="203"/>
        <source>New password (at least 10 characters):</source>
        <translation>Uus parool (vähemalt 10 märki):</translation>
    </message>
</context>
<context>
    <name>WorkstationPage</name>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="238"/>
        <source>Case numbers carry the station code of the store they were made in, so numbers made on different workstations never collide. Give every workstation with its own store a different code.</source>
        <translation>Juhtumi numbris on selle andmebaasi jaama kood, kus juhtum loodi, nii et eri tööjaamades loodud numbrid ei lähe kunagi kokku. Anna igale oma andmebaasiga tööjaamale erinev kood.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="246"/>
        <source>&amp;Save station code</source>
        <translation>&amp;Salvesta jaama kood</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="248"/>
        <source>Station &amp;code</source>
        <translation>&amp;Jaama kood</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="253"/>
        <source>Team &amp;workstations…</source>
        <translation>&amp;Meeskonna tööjaamad…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="254"/>
        <source>Every workstation of the team and its last sync with the server</source>
        <translation>Meeskonna kõik tööjaamad ja nende viimane sünkroonimine serveriga</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/dialog.py" line="262"/>
        <source>On a team workstation the station code comes from the team server.</source>
        <translation>Meeskonna tööjaamas annab jaama koodi meeskonna server.</translation>
    </message>
</context>
<context>
    <name>WorkstationsDialog</name>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="137"/>
        <source>Team workstations</source>
        <translation>Meeskonna tööjaamad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="141"/>
        <source>Workstations</source>
        <translation>Tööjaamad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="151"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Värskenda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/workstations_dialog.py" line="185"/>
        <source>%n workstation(s) in the team.</source>
        <translation>
            <numerusform>Meeskonnas on %n tööjaam.</numerusform>
            <numerusform>Meeskonnas on %n tööjaama.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/workstations_dialog.py" line="187"/>
        <source>Not synced for more than a day: %n (see the Sync column).</source>
        <translation>
            <numerusform>Üle ööpäeva sünkroonimata: %n (vt veergu Sünkroonimine).</numerusform>
            <numerusform>Üle ööpäeva sünkroonimata: %n (vt veergu Sünkroonimine).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="199"/>
        <source>The server cannot be reached: the list is shown when the workstation is online again.</source>
        <translation>Server pole kättesaadav: loend kuvatakse, kui tööjaam on jälle võrgus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="203"/>
        <source>Reading the workstations from the server…</source>
        <translation>Loen tööjaamu serverist…</translation>
    </message>
</context>
<context>
    <name>WorkstationsModel</name>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="78"/>
        <source>never</source>
        <translation>mitte kunagi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="83"/>
        <source>Station</source>
        <translation>Jaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="88"/>
        <source>Computer</source>
        <translation>Arvuti</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="89"/>
        <source>Signed in</source>
        <translation>Sisse loginud</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="90"/>
        <source>Joined</source>
        <translation>Liitus</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="91"/>
        <source>Last push</source>
        <translation>Viimati saadetud</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="92"/>
        <source>Last pull</source>
        <translation>Viimati laaditud</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="94"/>
        <source>Changes waiting</source>
        <translation>Ootel muudatusi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="87"/>
        <source>Sync</source>
        <translation>Sünkroonimine</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="103"/>
        <source>Never synced</source>
        <translation>Pole kunagi sünkrooninud</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="105"/>
        <source>Up to date</source>
        <translation>Ajakohane</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/workstations_dialog.py" line="108"/>
        <source>No sync for %n hour(s)</source>
        <translation>
            <numerusform>%n tund sünkroonimata</numerusform>
            <numerusform>%n tundi sünkroonimata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/workstations_dialog.py" line="109"/>
        <source>No sync for %n day(s)</source>
        <translation>
            <numerusform>%n päev sünkroonimata</numerusform>
            <numerusform>%n päeva sünkroonimata</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/workstations_dialog.py" line="116"/>
        <source>This workstation has not synced with the server for more than a day.</source>
        <translation>See tööjaam pole serveriga sünkrooninud üle ööpäeva.</translation>
    </message>
</context>
<context>
    <name>_CriterionRow</name>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="72"/>
        <source>Not scored (does not apply)</source>
        <translation>Hindamata (ei kohaldu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="74"/>
        <source>Score %1 of 5</source>
        <translation>Hinne %1 viiest</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/review_panel.py" line="81"/>
        <source>Comment</source>
        <translation>Kommentaar</translation>
    </message>
</context>
</TS>
