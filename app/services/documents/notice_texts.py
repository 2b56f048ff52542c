"""The notice's wording in Estonian, English and Russian, and SKA's requisites (seed 003).

Kept apart from the layout in ``notice_pdf`` so that a wording change is reviewed as text.
"""

from __future__ import annotations

ORGANISATION = {
    "name": "Sotsiaalkindlustusamet",
    "address": "Endla 8, 15092 Tallinn",
    "registry_code": "70001975",
}

TEXTS: dict[str, dict[str, str]] = {
    "et": {
        "lang": "et-EE",
        "unit": "Ohvriabi",
        "registry_code": "registrikood",
        "number": "Number",
        "date": "Kuupäev",
        "addressee": "Teenuseosutaja",
        "title": "Teatis traumast taastumist toetava vaimse tervise abi osutamiseks",
        "intro": "Sotsiaalkindlustusamet on otsustanud võimaldada allpool nimetatud kliendile ohvriabi seaduse alusel "
        "traumast taastumist toetavat vaimse tervise abi. Klient on valinud teenuseosutajaks teid. "
        "Sotsiaalkindlustusamet tasub tegelikult osutatud teenuse eest teie avaliku hinnakirja alusel otse "
        "teile; klient ise teenuse eest ei maksa.",
        "section_client": "1. Klient",
        "client_name": "Nimi",
        "id_code": "Isikukood",
        "birth_date": "Sünniaeg",
        "phone": "Telefon",
        "email": "E-post",
        "municipality": "Elukoha omavalitsus",
        "case_number": "Juhtumikaardi number",
        "section_decision": "2. Otsus",
        "service": "Teenus",
        "service_counselling": "psühholoogiline nõustamine",
        "service_psychotherapy": "psühhoteraapia",
        "service_support_group": "tugigrupiteenus",
        "decision_date": "Otsuse kuupäev",
        "limit": "Hüvitise limiit",
        "until_ceases": "kuni vajaduse äralangemiseni",
        "end_date": "Suunamise lõpptähtaeg",
        "note_limited": "Sotsiaalkindlustusamet tasub teenuse eest limiidi ulatuses.",
        "note_minor": "Teenust võib osutada kuni vajaduse äralangemiseni, kuid mitte kauem kui kliendi "
        "täisealiseks saamiseni.",
        "section_duties": "3. Teenuseosutaja kohustused",
        "duty_no_show": "Kui klient jätab vastuvõtule tulemata, ei tühista aega eelnevalt ja temaga ei saa ühendust, "
        "teavitage sellest ohvriabitöötajat. Teavitage ohvriabitöötajat ka enne, kui keeldute kliendile uut "
        "aega broneerimast.",
        "duty_refusal": "Kui te ei saa või ei soovi kliendile teenust osutada, teavitage sellest viivitamata "
        "ohvriabitöötajat ja põhjendage.",
        "duty_report_limited": "Pärast teenuse osutamist esitage Sotsiaalkindlustusametile kuluaruanne. Klient saab "
        "teenust limiidiga: ärge esitage teda samas aruandes ilma limiidita (kuni vajaduse äralangemiseni) "
        "teenust saavate klientidega.",
        "duty_report_unlimited": "Pärast teenuse osutamist esitage Sotsiaalkindlustusametile kuluaruanne. Klient "
        "saab teenust ilma limiidita (kuni vajaduse äralangemiseni): ärge esitage teda samas aruandes limiidiga "
        "klientidega.",
        "duty_invoice": "Kui aruanne on aktsepteeritud, esitage e-arve ja märkige sellele kuluaruande kood. Arvel ei "
        "tohi olla isikuandmeid (klientide nimesid, isikukoode vms); teenused märkige koondreana.",
        "section_counsellor": "4. Ohvriabitöötaja",
        "signature": "Allkiri",
        "confidential": "Teatis sisaldab isikuandmeid. Kasutage neid üksnes teenuse osutamiseks ja hoidke "
        "konfidentsiaalsena.",
    },
    "en": {
        "lang": "en",
        "unit": "Social Insurance Board · Victim Support",
        "registry_code": "registry code",
        "number": "Number",
        "date": "Date",
        "addressee": "Service provider",
        "title": "Notice on the provision of mental health aid supporting recovery from trauma",
        "intro": "The Social Insurance Board has decided to grant the client named below mental health aid "
        "supporting recovery from trauma under the Victim Support Act. The client has chosen you as the service "
        "provider. The Social Insurance Board pays you directly for the services actually provided, according to "
        "your public price list; the client does not pay for the service.",
        "section_client": "1. Client",
        "client_name": "Name",
        "id_code": "Personal identification code",
        "birth_date": "Date of birth",
        "phone": "Phone",
        "email": "E-mail",
        "municipality": "Municipality of residence",
        "case_number": "Case card number",
        "section_decision": "2. Decision",
        "service": "Service",
        "service_counselling": "psychological counselling",
        "service_psychotherapy": "psychotherapy",
        "service_support_group": "support group",
        "decision_date": "Date of decision",
        "limit": "Limit of cover",
        "until_ceases": "until the need ceases",
        "end_date": "Referral end date",
        "note_limited": "The Social Insurance Board pays for the service up to this limit.",
        "note_minor": "The service may be provided until the need ceases, but not beyond the day the client comes of "
        "age.",
        "section_duties": "3. Obligations of the service provider",
        "duty_no_show": "If the client does not attend an appointment, has not cancelled it in advance and cannot be "
        "reached, inform the victim support worker. Also inform the victim support worker before refusing to book "
        "the client a new appointment.",
        "duty_refusal": "If you cannot or do not wish to provide the service to the client, inform the victim support "
        "worker without delay and state the reason.",
        "duty_report_limited": "After providing the service, submit a cost report to the Social Insurance Board. "
        "This client receives the service within a limit: do not include them in the same report as clients "
        "receiving the service without a limit (until the need ceases).",
        "duty_report_unlimited": "After providing the service, submit a cost report to the Social Insurance Board. "
        "This client receives the service without a limit (until the need ceases): do not include them in the same "
        "report as clients with a limit.",
        "duty_invoice": "Once the report has been accepted, submit an e-invoice bearing the cost report code. The "
        "invoice must not contain personal data (names of clients, personal identification codes, etc.); show the "
        "services as a summary line.",
        "section_counsellor": "4. Victim support worker",
        "signature": "Signature",
        "confidential": "This notice contains personal data. Use them only for providing the service and keep them "
        "confidential.",
    },
    "ru": {
        "lang": "ru",
        "unit": "Департамент социального страхования · Служба помощи жертвам",
        "registry_code": "регистрационный код",
        "number": "Номер",
        "date": "Дата",
        "addressee": "Поставщик услуги",
        "title": "Уведомление об оказании помощи в области психического здоровья, поддерживающей восстановление "
        "после травмы",
        "intro": "Департамент социального страхования на основании Закона о помощи жертвам принял решение "
        "предоставить указанному ниже клиенту помощь в области психического здоровья, поддерживающую "
        "восстановление после травмы. Клиент выбрал поставщиком услуги вас. Департамент оплачивает фактически "
        "оказанные услуги непосредственно вам по вашему публичному прейскуранту; клиент за услугу не платит.",
        "section_client": "1. Клиент",
        "client_name": "Имя и фамилия",
        "id_code": "Личный код",
        "birth_date": "Дата рождения",
        "phone": "Телефон",
        "email": "Эл. почта",
        "municipality": "Местное самоуправление",
        "case_number": "Номер карты случая",
        "section_decision": "2. Решение",
        "service": "Услуга",
        "service_counselling": "психологическое консультирование",
        "service_psychotherapy": "психотерапия",
        "service_support_group": "группа поддержки",
        "decision_date": "Дата решения",
        "limit": "Лимит возмещения",
        "until_ceases": "до отпадения необходимости",
        "end_date": "Конечный срок направления",
        "note_limited": "Департамент социального страхования оплачивает услугу в пределах этого лимита.",
        "note_minor": "Услугу можно оказывать до отпадения необходимости, но не дольше, чем до достижения клиентом "
        "совершеннолетия.",
        "section_duties": "3. Обязанности поставщика услуги",
        "duty_no_show": "Если клиент не явился на приём, не отменил его заранее и с ним невозможно связаться, "
        "сообщите об этом работнику службы помощи жертвам. Уведомите работника и прежде, чем отказать клиенту в "
        "записи на новое время.",
        "duty_refusal": "Если вы не можете или не желаете оказывать клиенту услугу, незамедлительно сообщите об этом "
        "работнику службы помощи жертвам с указанием причины.",
        "duty_report_limited": "После оказания услуги представьте Департаменту социального страхования отчёт о "
        "расходах. Клиент получает услугу в пределах лимита: не включайте его в один отчёт с клиентами, "
        "получающими услугу без лимита (до отпадения необходимости).",
        "duty_report_unlimited": "После оказания услуги представьте Департаменту социального страхования отчёт о "
        "расходах. Клиент получает услугу без лимита (до отпадения необходимости): не включайте его в один отчёт "
        "с клиентами, имеющими лимит.",
        "duty_invoice": "После принятия отчёта представьте электронный счёт с указанием кода отчёта о расходах. Счёт "
        "не должен содержать персональных данных (имён клиентов, личных кодов и т. п.); услуги указываются одной "
        "сводной строкой.",
        "section_counsellor": "4. Работник службы помощи жертвам",
        "signature": "Подпись",
        "confidential": "Уведомление содержит персональные данные. Используйте их только для оказания услуги и "
        "соблюдайте конфиденциальность.",
    },
}
