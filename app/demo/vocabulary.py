"""Names, places and summary texts the demo data are drawn from (see :mod:`app.demo.data`).

Common Estonian and Russian names, the Russian ones both in Cyrillic and as Estonian documents transliterate them.
Summaries are short, the way counsellors write them between calls.
"""

from __future__ import annotations

ESTONIAN_FEMALE = (
    "Mari", "Kadri", "Liis", "Triin", "Kristiina", "Tiina", "Anneli", "Piret", "Ülle", "Maarja",
    "Katrin", "Kärt", "Merike", "Sirje", "Õie", "Reet", "Helle", "Ene", "Külli", "Kätlin",
    "Eliise", "Grete", "Mirjam", "Pille", "Marju",
)  # fmt: skip
ESTONIAN_MALE = (
    "Jüri", "Andres", "Tõnu", "Märt", "Jaan", "Toomas", "Priit", "Rein", "Peeter", "Ants",
    "Tõnis", "Mihkel", "Urmas", "Margus", "Siim", "Kalev", "Hannes", "Meelis", "Rasmus", "Sander",
    "Jürgen", "Ülo", "Kaarel", "Kristjan", "Ott",
)  # fmt: skip
ESTONIAN_SURNAMES = (
    "Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel",
    "Lepik", "Kõiv", "Oja", "Raudsepp", "Luik", "Kivi", "Lõhmus", "Teder", "Mets", "Jõgi",
    "Vaher", "Laur", "Põder", "Kuusk", "Männik", "Org", "Kütt", "Sõber", "Mölder", "Kärner",
    "Õunapuu", "Tõnisson", "Järv", "Põldma", "Hääl", "Rüütel", "Väli", "Kõrge", "Šmidt", "Pärtel",
)  # fmt: skip

# (Cyrillic, Estonian transliteration)
RUSSIAN_FEMALE = (
    ("Ольга", "Olga"), ("Елена", "Jelena"), ("Татьяна", "Tatjana"), ("Наталья", "Natalja"),
    ("Ирина", "Irina"), ("Светлана", "Svetlana"), ("Анна", "Anna"), ("Марина", "Marina"),
    ("Юлия", "Julia"), ("Екатерина", "Jekaterina"), ("Людмила", "Ljudmila"), ("Галина", "Galina"),
    ("Ксения", "Ksenia"), ("Жанна", "Žanna"),
)  # fmt: skip
RUSSIAN_MALE = (
    ("Сергей", "Sergei"), ("Александр", "Aleksandr"), ("Андрей", "Andrei"), ("Дмитрий", "Dmitri"),
    ("Алексей", "Aleksei"), ("Владимир", "Vladimir"), ("Игорь", "Igor"), ("Николай", "Nikolai"),
    ("Михаил", "Mihhail"), ("Евгений", "Jevgeni"), ("Виктор", "Viktor"), ("Павел", "Pavel"),
    ("Юрий", "Juri"), ("Максим", "Maksim"),
)  # fmt: skip
# (Cyrillic masculine, Estonian transliteration masculine); the feminine adds "а" / "a".
RUSSIAN_SURNAMES = (
    ("Иванов", "Ivanov"), ("Смирнов", "Smirnov"), ("Кузнецов", "Kuznetsov"), ("Попов", "Popov"),
    ("Васильев", "Vassiljev"), ("Петров", "Petrov"), ("Соколов", "Sokolov"), ("Михайлов", "Mihhailov"),
    ("Новиков", "Novikov"), ("Фёдоров", "Fjodorov"), ("Морозов", "Morozov"), ("Волков", "Volkov"),
    ("Жуков", "Žukov"), ("Шестаков", "Šestakov"), ("Орлов", "Orlov"), ("Лебедев", "Lebedev"),
    ("Козлов", "Kozlov"), ("Степанов", "Stepanov"), ("Журавлёв", "Žuravljov"), ("Щербаков", "Štšerbakov"),
)  # fmt: skip

MUNICIPALITIES_ET = (
    "Tallinn", "Tartu", "Pärnu", "Viljandi", "Rakvere", "Kuressaare", "Võru", "Valga", "Haapsalu", "Keila",
    "Paide", "Põlva", "Rapla", "Jõgeva", "Kärdla", "Saue vald", "Harku vald", "Viimsi vald",
)  # fmt: skip
MUNICIPALITIES_RU = ("Narva", "Kohtla-Järve", "Sillamäe", "Jõhvi", "Maardu", "Tallinn", "Narva-Jõesuu", "Tartu")

# Summaries by topic code; "{who_nom}"/"{who_gen}" are filled with who the caller is talking about.
SUMMARIES_ET: dict[str, tuple[str, ...]] = {
    "domestic_violence": (
        "Helistaja kirjeldab {who_gen} korduvat füüsilist vägivalda, viimati eile õhtul. Arutasime turvaplaani, "
        "andsin varjupaiga kontakti.",
        "{who_nom} karjub ja ähvardab, lapsed kuulevad. Helistaja kardab koju minna. Rääkisime lähisuhtevägivalla "
        "abist ja politseisse pöördumisest.",
        "Pikaajaline vaimne vägivald, kontrollib raha ja telefoni. Helistaja soovib lahku minna, infot "
        "ohvriabi ja tugiisiku kohta.",
        "Öine kõne, {who_nom} lõi, helistaja on sõbranna juures turvaliselt. Julgustasin tegema avaldust, "
        "soovitasin arstile minna vigastusi fikseerima.",
    ),
    "sexual_violence": (
        "Helistaja rääkis seksuaalvägivallast peol. Selgitasin seksuaalvägivalla kriisiabikeskuse võimalusi "
        "ja tõendite säilitamist.",
        "Aastate tagune seksuaalne väärkohtlemine tuli uuesti meelde, une- ja ärevushäired. Pakkusin "
        "traumast taastumise abi.",
    ),
    "violence_against_child": (
        "Naaber kuuleb korterist lapse nuttu ja karjumist. Selgitasin lastekaitse teavitamist, helistaja teavitab ise.",
        "Ema mures, et lapse isa lööb last nädalavahetustel. Rääkisime lastekaitsetöötajast ja politseist.",
    ),
    "human_trafficking": (
        "Tuttav töötab välismaal, pass on ära võetud ja palka ei maksta. Info inimkaubanduse kohta.",
    ),
    "stalking": (
        "Endine elukaaslane jälitab, saadab kümneid sõnumeid päevas ja ootab töö juures. Rääkisime "
        "lähenemiskeelust ja tõendite kogumisest.",
        "Tundmatu inimene kirjutab sotsiaalmeedias ähvardavaid sõnumeid. Soovitasin ekraanipilte teha ja "
        "politseisse pöörduda.",
    ),
    "other_violence": ("Helistajat rünnati tänaval, kardab nüüd üksi väljas käia. Info ohvriabi ja hüvitise kohta.",),
    "property_crime": (
        "Korterisse murti sisse, helistaja on šokis ja ei saa magada. Kriisinõustamine, info ohvriabist.",
    ),
    "fraud_cybercrime": (
        "Pettus internetis: helistaja andis pangalingi kaudu andmed, raha kadus. Suunasin panka ja politseisse.",
        "Vanem inimene sai telefonipettuse kõne, kaotas säästud. Häbeneb, lähedased ei tea. Toetav vestlus.",
    ),
    "accident_crisis": (
        "Liiklusõnnetuse pealtnägija, pildid ei lähe peast. Rääkisime šokireaktsioonidest ja enda eest hoolitsemisest.",
    ),
    "grief": (
        "Lähedane suri ootamatult, helistaja ei tea, kuidas edasi elada. Leinanõustamine, info tugirühma kohta.",
        "Pikk vestlus leinast, ema surmast on möödas kuu. Helistaja soovis lihtsalt rääkida.",
    ),
    "mental_health_crisis": (
        "Tugev ärevus ja paanikahood, ei saa tööle minna. Rääkisime perearstist ja psühholoogi leidmisest.",
    ),
    "suicidal_thoughts": (
        "Helistajal on enesetapumõtted, plaani pole. Koostasime turvaplaani, lähedane jääb ööseks tema juurde.",
    ),
    "social_problem": ("Eluase ja toimetulek on raske pärast lahkuminekut. Suunasin kohaliku omavalitsuse poole.",),
    "information_request": (
        "Sotsiaaltöötaja küsis, kuidas ohvrit traumast taastumise abile suunata. Selgitasin korda.",
        "Küsiti ohvriabi lahtiolekuaegu ja kuidas tugiisikut saada.",
    ),
    "other": ("Helistaja vajas kedagi, kellega rääkida. Toetav vestlus.",),
}
SUMMARIES_RU: dict[str, tuple[str, ...]] = {
    "domestic_violence": (
        "Абонентка рассказала о систематическом насилии со стороны {who_gen}. Обсудили план безопасности, "
        "дала контакты убежища.",
        "{who_nom} угрожает и кричит при детях. Звонящая боится идти домой. Рассказала о помощи жертвам и полиции.",
    ),
    "sexual_violence": (
        "Сексуальное насилие на вечеринке. Объяснила, куда обратиться и как сохранить доказательства.",
    ),
    "violence_against_child": ("Соседи слышат, как кричат на ребёнка. Объяснила, как сообщить в службу защиты детей.",),
    "stalking": ("Бывший муж преследует, пишет десятки сообщений. Говорили о запрете приближения.",),
    "fraud_cybercrime": (
        "Мошенничество по телефону, пожилая женщина потеряла сбережения. Направила в банк и полицию.",
    ),
    "grief": ("Внезапная смерть близкого человека. Поддерживающая беседа, информация о группе поддержки.",),
    "mental_health_crisis": ("Сильная тревога, не спит неделю. Говорили о семейном враче и психологе.",),
    "suicidal_thoughts": ("Суицидальные мысли без плана. Составили план безопасности, дочь рядом.",),
    "social_problem": ("Трудности с жильём после развода. Направила в местное самоуправление.",),
    "information_request": ("Спрашивали, как получить помощь жертвам преступлений и психолога.",),
    "other": ("Звонящей нужно было выговориться. Поддерживающая беседа.",),
}
# Who the caller talks about: (nominative, genitive).
WHO_ET = (
    ("abikaasa", "abikaasa"),
    ("elukaaslane", "elukaaslase"),
    ("endine partner", "endise partneri"),
    ("poeg", "poja"),
)
WHO_RU = (("муж", "мужа"), ("сожитель", "сожителя"), ("бывший партнёр", "бывшего партнёра"), ("сын", "сына"))
SUMMARY_EN = "Caller described {topic}. Supportive conversation in English, information on victim support."

# Reasons a counsellor records when a required step was not taken.
DECLINE_REASONS = (
    "Helistaja keeldus, soovib ise teavitada.",
    "Helistaja katkestas kõne enne, kui jõudsime kokku leppida.",
    "Oht ei ole vahetu, lepiti kokku tagasihelistamine.",
    "Helistaja on juba politseiga ühenduses.",
)
