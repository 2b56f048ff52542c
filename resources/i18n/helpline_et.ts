<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../app/ui/contact_sections.py" line="130"/>
        <source>Actions</source>
        <translation>Tegevused</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="317"/>
        <source>Administration</source>
        <translation>Haldus</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="321"/>
        <source>Users</source>
        <translation>Kasutajad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="322"/>
        <source>Topics</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="324"/>
        <source>Workstation</source>
        <translation>Tööjaam</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="143"/>
        <source>Demo store</source>
        <translation>Demoandmebaas</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../app/ui/contact_sections.py" line="151"/>
        <source>Consent to pass data to a partner</source>
        <translation>Nõusolek andmete edastamiseks partnerile</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_sections.py" line="156"/>
        <source>Not asked</source>
        <translation>Küsimata</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_sections.py" line="157"/>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_sections.py" line="158"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../app/ui/contact_form.py" line="96"/>
        <source>&amp;End contact</source>
        <translation>Lõpeta pöö&amp;rdumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="97"/>
        <source>Stops the contact&apos;s clock; wrap-up time runs until saving (Ctrl+E).</source>
        <translation>Peatab pöördumise kella; järeltöö aeg jookseb salvestamiseni (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="99"/>
        <source>Contact</source>
        <translation>Pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="105"/>
        <source>&amp;Line</source>
        <translation>&amp;Liin</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="106"/>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="107"/>
        <source>&amp;Direction</source>
        <translation>Suun&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="108"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="109"/>
        <source>Caller &amp;type</source>
        <translation>P&amp;öörduja liik</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="110"/>
        <source>Handled &amp;by</source>
        <translation>N&amp;õustaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="111"/>
        <source>&amp;Started</source>
        <translation>Al&amp;gus</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="116"/>
        <source>What the caller told, what was agreed (type while listening)</source>
        <translation>Mida pöörduja rääkis, milles lepiti kokku (kirjuta kuulamise ajal)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="125"/>
        <source>Call&amp;back due</source>
        <translation>&amp;Helista tagasi</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="129"/>
        <source>Callback done</source>
        <translation>Tagasi helistatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="131"/>
        <source>Follow-up</source>
        <translation>Järeltegevus</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="138"/>
        <source>S&amp;ummary</source>
        <translation>Kokk&amp;uvõte</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="141"/>
        <source>Topics</source>
        <translation>Teemad</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="165"/>
        <source>&amp;History…</source>
        <translation>&amp;Muudatused…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="167"/>
        <source>Save (Ctrl+S)</source>
        <translation>Salvesta (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="217"/>
        <source>New contact %1</source>
        <translation>Uus pöördumine %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="219"/>
        <source>Contact %1</source>
        <translation>Pöördumine %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="229"/>
        <source>Saved contact</source>
        <translation>Salvestatud pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="234"/>
        <source>On the line %1</source>
        <translation>Liinil %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="239"/>
        <source>Contact %1 · wrap-up %2</source>
        <translation>Pöördumine %1 · järeltöö %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="331"/>
        <source>Handled by %1, entered by %2.</source>
        <translation>Nõustaja %1, sisestas %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/contact_form.py" line="364"/>
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Ei salvestatud: %n väli vajab parandamist.</numerusform>
            <numerusform>Ei salvestatud: %n välja vajavad parandamist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="398"/>
        <source>Saved %1.</source>
        <translation>Salvestatud %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_form.py" line="399"/>
        <source>Case %1.</source>
        <translation>Juhtum %1.</translation>
    </message>
</context>
<context>
    <name>ContactLogModel</name>
    <message>
        <location filename="../../app/ui/log_model.py" line="77"/>
        <source>Started</source>
        <translation>Algus</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_model.py" line="78"/>
        <source>Due</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_model.py" line="79"/>
        <source>Line</source>
        <translation>Liin</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_model.py" line="80"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_model.py" line="81"/>
        <source>Caller</source>
        <translation>Pöörduja</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_model.py" line="82"/>
        <source>Case</source>
        <translation>Juhtum</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_model.py" line="83"/>
        <source>Risks</source>
        <translation>Riskid</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_model.py" line="84"/>
        <source>Counsellor</source>
        <translation>Nõustaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_model.py" line="85"/>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_model.py" line="122"/>
        <source>Identified</source>
        <translation>Tuvastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_model.py" line="123"/>
        <source>Anonymous</source>
        <translation>Anonüümne</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="71"/>
        <source>Create the administrator – %1</source>
        <translation>Administraatori loomine – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="74"/>
        <source>This store has no users yet. Create the administrator account; the administrator then adds counsellors and shift leads. Choose a password of at least 10 characters.</source>
        <translation>Selles andmebaasis pole veel ühtegi kasutajat. Loo administraatori konto; seejärel lisab administraator nõustajad ja vahetuse juhid. Vali vähemalt 10-märgiline parool.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="87"/>
        <source>&amp;User name</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="88"/>
        <source>&amp;Full name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="89"/>
        <source>&amp;Password</source>
        <translation>&amp;Parool</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="90"/>
        <source>&amp;Repeat password</source>
        <translation>Parool &amp;uuesti</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="92"/>
        <source>Create</source>
        <translation>Loo konto</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="18"/>
        <source>Contact history</source>
        <translation>Pöördumise muudatuste ajalugu</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="23"/>
        <source>When</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="23"/>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="23"/>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="23"/>
        <source>Before</source>
        <translation>Enne</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="23"/>
        <source>After</source>
        <translation>Pärast</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../app/ui/identity_section.py" line="54"/>
        <source>Caller</source>
        <translation>Pöörduja</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="57"/>
        <source>&amp;Anonymous</source>
        <translation>Anon&amp;üümne</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="58"/>
        <source>&amp;Identified</source>
        <translation>&amp;Tuvastatud</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="71"/>
        <source>dd.mm.yyyy</source>
        <translation>pp.kk.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="83"/>
        <source>&amp;Link to this person</source>
        <translation>Seo &amp;valitud isikuga</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="85"/>
        <source>Unlink</source>
        <translation>Eemalda seos</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="95"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="103"/>
        <source>ID &amp;code</source>
        <translation>&amp;Isikukood</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="104"/>
        <source>&amp;Birth date</source>
        <translation>Sünnikuup&amp;äev</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="105"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="106"/>
        <source>E-&amp;mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="107"/>
        <source>Municipalit&amp;y</source>
        <translation>&amp;Omavalitsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="111"/>
        <source>Earlier contacts with the same phone, ID code or name:</source>
        <translation>Varasemad pöördumised sama telefoni, isikukoodi või nimega:</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="125"/>
        <source>Cas&amp;e</source>
        <translation>&amp;Juhtum</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="161"/>
        <source>Born %1, %2</source>
        <translation>Sündinud %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="187"/>
        <source>%1 · %2 contacts, last %3 · matches %4</source>
        <translation>%1 · pöördumisi %2, viimane %3 · kattub: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="191"/>
        <source>(no name)</source>
        <translation>(nimeta)</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="204"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="204"/>
        <source>ID code</source>
        <translation>isikukood</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="204"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="225"/>
        <source>Linked to an earlier caller: %1</source>
        <translation>Seotud varasema pöördujaga: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="238"/>
        <source>No case</source>
        <translation>Juhtumita</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity_section.py" line="239"/>
        <source>Open a new case</source>
        <translation>Ava uus juhtum</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="47"/>
        <source>Counsellor</source>
        <translation>Nõustaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48"/>
        <source>Shift lead</source>
        <translation>Vahetuse juht</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49"/>
        <source>Administrator</source>
        <translation>Administraator</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52"/>
        <source>116 006 crisis line</source>
        <translation>116 006 ohvriabi kriisitelefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="53"/>
        <source>116 123 emotional support</source>
        <translation>116 123 emotsionaalse toe ja hingehoiu telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54"/>
        <source>Video counselling</source>
        <translation>Videonõustamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="55"/>
        <source>Web counselling</source>
        <translation>Veebinõustamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59"/>
        <source>Chat</source>
        <translation>Vestlus</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="61"/>
        <location filename="../../app/ui/labels.py" line="118"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64"/>
        <source>Incoming</source>
        <translation>Sissetulev</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65"/>
        <source>Outgoing (callback)</source>
        <translation>Väljaminev (tagasihelistamine)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>Estonian</source>
        <translation>Eesti keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69"/>
        <source>Russian</source>
        <translation>Vene keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70"/>
        <source>English</source>
        <translation>Inglise keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="71"/>
        <source>Other language</source>
        <translation>Muu keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="74"/>
        <source>Victim</source>
        <translation>Ohver</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="75"/>
        <source>Close person</source>
        <translation>Lähedane</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76"/>
        <source>Professional or official</source>
        <translation>Spetsialist või ametnik</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77"/>
        <source>Witness</source>
        <translation>Tunnistaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81"/>
        <source>Counselling</source>
        <translation>Nõustamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82"/>
        <source>Silent call</source>
        <translation>Vaikne kõne</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="83"/>
        <source>Hang-up</source>
        <translation>Katkestatud kõne</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84"/>
        <source>Wrong number</source>
        <translation>Vale number</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="85"/>
        <source>Prank or abusive</source>
        <translation>Pahatahtlik või naljakõne</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="87"/>
        <source>Female</source>
        <translation>Naine</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="87"/>
        <source>Male</source>
        <translation>Mees</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89"/>
        <source>Immediate danger</source>
        <translation>Vahetu oht</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90"/>
        <source>Suicidal thoughts</source>
        <translation>Enesetapumõtted</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91"/>
        <source>Child at risk</source>
        <translation>Laps on ohus</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92"/>
        <source>Possibly high-risk partner violence</source>
        <translation>Võimalik kõrge riskiga paarisuhtevägivald</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95"/>
        <source>Information given</source>
        <translation>Anti teavet</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96"/>
        <source>Referred to regional victim support</source>
        <translation>Suunatud piirkondlikku ohvriabisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="97"/>
        <source>Referred to the police</source>
        <translation>Suunatud politseisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="98"/>
        <source>Referred to a shelter or women&apos;s support centre</source>
        <translation>Suunatud turvakodusse või naiste tugikeskusesse</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99"/>
        <source>Referred to child protection</source>
        <translation>Suunatud lastekaitsesse</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="100"/>
        <source>Referred to the local government</source>
        <translation>Suunatud kohalikku omavalitsusse</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="101"/>
        <source>Referred to health care</source>
        <translation>Suunatud tervishoiuteenusele</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="102"/>
        <source>Referred elsewhere</source>
        <translation>Suunatud mujale</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="105"/>
        <source>Regional victim support</source>
        <translation>Piirkondlik ohvriabi</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="106"/>
        <source>Police</source>
        <translation>Politsei</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="107"/>
        <source>Shelter or women&apos;s support centre</source>
        <translation>Turvakodu või naiste tugikeskus</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="108"/>
        <source>Child protection</source>
        <translation>Lastekaitse</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="109"/>
        <source>Local government</source>
        <translation>Kohalik omavalitsus</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="110"/>
        <source>Health care</source>
        <translation>Tervishoid</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="111"/>
        <source>Other partner</source>
        <translation>Muu partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="116"/>
        <source>116 006</source>
        <translation>116 006</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="117"/>
        <source>116 123</source>
        <translation>116 123</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="119"/>
        <source>Web</source>
        <translation>Veeb</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="123"/>
        <source>Advise the caller to call 112 now (or call 112 on their behalf).</source>
        <translation>Soovita pöördujal kohe helistada 112 (või helista 112 tema eest).</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="126"/>
        <source>Assess the suicide risk and agree on a safety plan; if life is in danger, call 112.</source>
        <translation>Hinda enesetapuriski ja lepi kokku turvaplaan; kui elu on ohus, helista 112.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="129"/>
        <source>Notify child protection (the local government&apos;s child protection worker).</source>
        <translation>Teavita lastekaitset (kohaliku omavalitsuse lastekaitsetöötajat).</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="132"/>
        <source>Flag the case for MARAC: trained staff complete the risk assessment.</source>
        <translation>Märgi juhtum MARAC-i jaoks: riskihindamise teevad koolitatud töötajad.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../app/ui/log_page.py" line="65"/>
        <source>Search: name, phone, ID code, case number or words of the summary (Ctrl+F)</source>
        <translation>Otsi: nimi, telefon, isikukood, juhtumi number või sõnad kokkuvõttest (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_page.py" line="74"/>
        <source>&amp;Find</source>
        <translation>&amp;Otsi</translation>
    </message>
    <message>
        <location filename="../../app/ui/log_page.py" line="129"/>
        <source>My callbacks (%1)</source>
        <translation>Minu tagasihelistamised (%1)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="31"/>
        <source>Log in – %1</source>
        <translation>Sisselogimine – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="37"/>
        <source>&amp;User name</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="38"/>
        <source>&amp;Password</source>
        <translation>&amp;Parool</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="40"/>
        <source>Log in</source>
        <translation>Logi sisse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Log</source>
        <translation>Logi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>Contact</source>
        <translation>Pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="71"/>
        <source>&amp;Contact</source>
        <translation>&amp;Pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>&amp;New contact</source>
        <translation>&amp;Uus pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>&amp;Close contact</source>
        <translation>Su&amp;lge pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>The line you are answering: new contacts and quick logs use it</source>
        <translation>Liin, millele vastad: seda kasutavad uued pöördumised ja kiirlogimine</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source> My line: </source>
        <translation> Minu liin: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>&amp;Find…</source>
        <translation>&amp;Otsi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>&amp;Go to the log</source>
        <translation>&amp;Mine logisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>&amp;Settings</source>
        <translation>&amp;Seaded</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>&amp;Administration…</source>
        <translation>&amp;Haldus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Logged: %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>Uus keel võetakse kasutusele programmi järgmisel käivitamisel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Unsaved contact</source>
        <translation>Salvestamata pöördumine</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>This contact has unsaved input. Save it before closing?</source>
        <translation>Selles pöördumises on salvestamata andmeid. Kas salvestada enne sulgemist?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="36"/>
        <source>A personal ID code has digits only.</source>
        <translation>Isikukood koosneb ainult numbritest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37"/>
        <source>A personal ID code has 11 digits.</source>
        <translation>Isikukoodis on 11 numbrit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38"/>
        <source>The last digit (check digit) does not match: a typing error?</source>
        <translation>Viimane number (kontrollnumber) ei klapi – kas trükiviga?</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39"/>
        <source>The code holds no real birth date (digits 2–7 are YYMMDD).</source>
        <translation>Koodis pole kehtivat sünnikuupäeva (numbrid 2–7 on AAKKPP).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40"/>
        <source>The code&apos;s birth date is in the future.</source>
        <translation>Koodi järgi on sünnikuupäev tulevikus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <source>This is not a valid Estonian personal ID code.</source>
        <translation>See ei ole kehtiv Eesti isikukood.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42"/>
        <source>Type a phone number.</source>
        <translation>Sisesta telefoninumber.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43"/>
        <source>A phone number has digits, spaces, + and - only.</source>
        <translation>Telefoninumbris võivad olla ainult numbrid, tühikud, + ja -.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44"/>
        <source>Not a valid phone number (foreign numbers start with +).</source>
        <translation>See ei ole kehtiv telefoninumber (välisriigi numbrid algavad +-märgiga).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>Not a valid e-mail address (name@example.ee).</source>
        <translation>See ei ole kehtiv e-posti aadress (nimi@example.ee).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>The birth date is in the future.</source>
        <translation>Sünnikuupäev on tulevikus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47"/>
        <source>The birth date is before 1900.</source>
        <translation>Sünnikuupäev on enne 1900. aastat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>The text holds invisible control characters; retype it.</source>
        <translation>Tekstis on nähtamatuid juhtmärke; kirjuta see uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>The text is too long for this field.</source>
        <translation>Tekst on selle välja jaoks liiga pikk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>An identified caller needs a name, ID code, birth date, phone or e-mail; or mark anonymous.</source>
        <translation>Tuvastatud pöördujal peab olema nimi, isikukood, sünnikuupäev, telefon või e-post; muidu märgi ta anonüümseks.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53"/>
        <source>The start is in the future.</source>
        <translation>Algus on tulevikus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54"/>
        <source>The end is before the start.</source>
        <translation>Lõpp on enne algust.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>The callback is due before the contact started.</source>
        <translation>Tagasihelistamise aeg on enne pöördumise algust.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56"/>
        <source>Mark the required step done, or declined with a reason.</source>
        <translation>Märgi nõutud samm tehtuks või märgi, et sellest loobuti, ja põhjenda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>Say why the step was declined.</source>
        <translation>Kirjuta, miks sammust loobuti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58"/>
        <source>A chosen topic no longer exists; choose again.</source>
        <translation>Valitud teemat enam ei ole; vali uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59"/>
        <source>A user name is one word of at most 64 characters.</source>
        <translation>Kasutajanimi on üks sõna, kuni 64 märki.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60"/>
        <source>This user name is taken.</source>
        <translation>See kasutajanimi on juba kasutusel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61"/>
        <source>Type the person&apos;s full name.</source>
        <translation>Sisesta inimese ees- ja perekonnanimi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62"/>
        <source>The password needs at least 10 characters.</source>
        <translation>Paroolis peab olema vähemalt 10 märki.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>The two passwords differ.</source>
        <translation>Paroolid ei kattu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64"/>
        <source>Give the topic a name in every language.</source>
        <translation>Anna teemale nimi igas keeles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65"/>
        <source>Type the date as dd.mm.yyyy.</source>
        <translation>Sisesta kuupäev kujul pp.kk.aaaa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66"/>
        <source>One to four letters or digits, without 0, O, 1 and I (they are misheard on the phone).</source>
        <translation>Üks kuni neli tähte või numbrit, ilma 0, O, 1 ja I-ta (neid kuuldakse telefonis valesti).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74"/>
        <source>This value cannot be accepted.</source>
        <translation>Seda väärtust ei saa vastu võtta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>The store is busy: another program is writing to it. Nothing was lost; try again in a moment. If it stays busy, close other copies of the program.</source>
        <translation>Andmebaas on hõivatud: teine programm kirjutab sinna. Midagi ei läinud kaotsi; proovi hetke pärast uuesti. Kui see jääb hõivatuks, sulge programmi teised koopiad.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>The store file is damaged or is not a store. Do not delete it; restore the newest backup or call your administrator.</source>
        <translation>Andmebaasi fail on kahjustatud või ei ole andmebaas. Ära kustuta seda; taasta uusim varukoopia või võta ühendust administraatoriga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="93"/>
        <source>The disk is full. Nothing was saved; free some space and save again: your input is kept.</source>
        <translation>Ketas on täis. Midagi ei salvestatud; vabasta ruumi ja salvesta uuesti: sisestatu on alles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96"/>
        <source>The store cannot be reached or written. Check the network or the folder&apos;s permissions, then try again; your input is kept.</source>
        <translation>Andmebaasi ei saa kätte või sinna ei saa kirjutada. Kontrolli võrku või kausta õigusi ja proovi uuesti; sisestatu on alles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102"/>
        <source>Someone else changed or removed this record meanwhile. Close it and open it again.</source>
        <translation>Keegi teine muutis või kustutas vahepeal selle kirje. Sulge see ja ava uuesti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106"/>
        <source>Your role does not allow this.</source>
        <translation>Sinu roll seda ei luba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108"/>
        <source>Wrong user name or password.</source>
        <translation>Vale kasutajanimi või parool.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109"/>
        <source>The action could not be completed.</source>
        <translation>Toimingut ei õnnestunud lõpetada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113"/>
        <source>Not done</source>
        <translation>Jäi tegemata</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="121"/>
        <source>Unexpected error</source>
        <translation>Ootamatu viga</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="123"/>
        <source>Something went wrong inside the program. Your open forms are kept. Please copy the details below and send them to the developers.</source>
        <translation>Programmis läks midagi valesti. Avatud vormid on alles. Palun kopeeri allolevad üksikasjad ja saada need arendajatele.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="130"/>
        <source>Copy details</source>
        <translation>Kopeeri üksikasjad</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="43"/>
        <source>New user</source>
        <translation>Uus kasutaja</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="53"/>
        <source>&amp;User name</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="54"/>
        <source>&amp;Full name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="55"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="56"/>
        <source>&amp;Phone (for notices)</source>
        <translation>&amp;Telefon (teatiste jaoks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="57"/>
        <source>&amp;E-mail (for notices)</source>
        <translation>&amp;E-post (teatiste jaoks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="58"/>
        <source>First &amp;password</source>
        <translation>Esialgne &amp;parool</translation>
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
    <name>RiskPanel</name>
    <message>
        <location filename="../../app/ui/contact_sections.py" line="110"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
</context>
<context>
    <name>RiskRow</name>
    <message>
        <location filename="../../app/ui/contact_sections.py" line="64"/>
        <source>Step not yet taken</source>
        <translation>Samm on tegemata</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_sections.py" line="65"/>
        <source>Step done</source>
        <translation>Samm on tehtud</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_sections.py" line="66"/>
        <source>Declined (say why)</source>
        <translation>Loobuti (põhjenda)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contact_sections.py" line="68"/>
        <source>Why the step was declined</source>
        <translation>Miks sammust loobuti</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="195"/>
        <source>Estonian</source>
        <translation>Eesti keeles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="195"/>
        <source>English</source>
        <translation>Inglise keeles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="195"/>
        <source>Russian</source>
        <translation>Vene keeles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="195"/>
        <source>Offered</source>
        <translation>Kasutusel</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="201"/>
        <source>&amp;Add topic</source>
        <translation>&amp;Lisa teema</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="202"/>
        <source>&amp;Save topics</source>
        <translation>&amp;Salvesta teemad</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="261"/>
        <source>Row %1: %2</source>
        <translation>Rida %1: %2</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="98"/>
        <source>User name</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="98"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="98"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="98"/>
        <source>Active</source>
        <translation>Aktiivne</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="105"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Lisa kasutaja…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="106"/>
        <source>Activate / &amp;deactivate</source>
        <translation>Aktiveeri / &amp;deaktiveeri</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="107"/>
        <source>&amp;Reset password…</source>
        <translation>Lähtesta &amp;parool…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="109"/>
        <source>Set r&amp;ole</source>
        <translation>Määra &amp;roll</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="136"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="136"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="153"/>
        <source>Not done</source>
        <translation>Jäi tegemata</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="179"/>
        <source>Reset password</source>
        <translation>Parooli lähtestamine</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="180"/>
        <source>New password (at least 10 characters):</source>
        <translation>Uus parool (vähemalt 10 märki):</translation>
    </message>
</context>
<context>
    <name>WorkstationPage</name>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="284"/>
        <source>Case numbers carry the station code of the store they were made in, so numbers made on different workstations never collide. Give every workstation with its own store a different code.</source>
        <translation>Juhtumi numbris on selle andmebaasi jaama kood, kus juhtum loodi, nii et eri tööjaamades loodud numbrid ei lähe kunagi kokku. Anna igale oma andmebaasiga tööjaamale erinev kood.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="292"/>
        <source>&amp;Save station code</source>
        <translation>&amp;Salvesta jaama kood</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin_dialog.py" line="294"/>
        <source>Station &amp;code</source>
        <translation>&amp;Jaama kood</translation>
    </message>
</context>
</TS>
