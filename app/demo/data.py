"""Demo data: users and about six months of realistic contacts, for trying the program and for screenshots.

Everything is written through the real services (:func:`app.services.guard.auth.create_user`,
:func:`app.services.contacts.editing.save_contact`, :func:`app.services.contacts.editing.log_non_data_contact`), so
demo data obey
the same validation and rules as typed data. The same seed gives the same people, texts and times.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

import phonenumbers
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker
from stdnum.ee import ik, registrikood

from app.demo import vocabulary as vocab
from app.models import Contact, Provider, Topic, contact_topics
from app.models.aid import Outcome
from app.models.aid_rules import Event, PersonRole
from app.models.base import utcnow
from app.models.enums import (
    Action,
    CallerType,
    Channel,
    ConsentPurpose,
    ContactKind,
    Direction,
    Language,
    Line,
    RiskFlag,
    Role,
    StepStatus,
)
from app.models.provider_rules import availability
from app.models.providers import AidService
from app.models.review import Shift
from app.services.actor import SessionUser
from app.services.aid import decisions, providers
from app.services.aid.provider_input import ProviderInput, QualificationInput
from app.services.contacts import contact_view
from app.services.contacts.editing import ContactInput, RiskAnswer, log_non_data_contact, save_contact
from app.services.desk import review, shift_desk
from app.services.guard import access, auth
from app.store.db import Store, UnitOfWork

DEMO_PASSWORD = "demo-parool-2026"
DEMO_USERS = (
    ("admin", "Kersti Lepik", Role.ADMINISTRATOR),
    ("juht", "Tiina Saar", Role.SHIFT_LEAD),
    ("mari", "Mari Kask", Role.COUNSELLOR),
    ("olga", "Olga Ivanova", Role.COUNSELLOR),
    ("peeter", "Peeter Tamm", Role.COUNSELLOR),
)
DAYS = 182
T = TypeVar("T")
HOUR_WEIGHTS = (2, 2, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 7, 6, 4, 3)  # by hour of day, 0..23

NON_DATA_SHARE = 0.20
IDENTIFIED_SHARE = 0.30
REPEAT_SHARE = 0.25  # of identified contacts: a person who called before
CALLBACK_SHARE = 0.08

NON_DATA_KINDS = {ContactKind.SILENT: 35, ContactKind.HANG_UP: 40, ContactKind.WRONG_NUMBER: 15, ContactKind.PRANK: 10}
LINES = {Line.CRISIS_116006: 72, Line.EMOTIONAL_116123: 14, Line.WEB: 10, Line.VIDEO: 4}
LANGUAGES = {Language.ESTONIAN: 60, Language.RUSSIAN: 33, Language.ENGLISH: 5, Language.OTHER: 2}
CALLER_TYPES = {
    CallerType.VICTIM: 64,
    CallerType.CLOSE_PERSON: 20,
    CallerType.PROFESSIONAL: 8,
    CallerType.WITNESS: 4,
    CallerType.OTHER: 4,
}
TOPICS = {
    "domestic_violence": 30,
    "mental_health_crisis": 9,
    "grief": 7,
    "sexual_violence": 6,
    "violence_against_child": 6,
    "fraud_cybercrime": 6,
    "stalking": 5,
    "information_request": 6,
    "other_violence": 4,
    "suicidal_thoughts": 4,
    "social_problem": 5,
    "property_crime": 3,
    "accident_crisis": 3,
    "human_trafficking": 1,
    "other": 5,
}
# Risk flags a topic can raise, with the chance of each.
TOPIC_RISKS: dict[str, tuple[tuple[RiskFlag, float], ...]] = {
    "domestic_violence": ((RiskFlag.HIGH_RISK_IPV, 0.15), (RiskFlag.IMMEDIATE_DANGER, 0.05)),
    "violence_against_child": ((RiskFlag.CHILD_AT_RISK, 0.7),),
    "suicidal_thoughts": ((RiskFlag.SUICIDAL, 0.9),),
    "mental_health_crisis": ((RiskFlag.SUICIDAL, 0.2),),
    "stalking": ((RiskFlag.IMMEDIATE_DANGER, 0.05),),
}
TOPIC_ACTIONS: dict[str, tuple[tuple[Action, float], ...]] = {
    "domestic_violence": ((Action.REF_VICTIM_SUPPORT, 0.4), (Action.REF_SHELTER, 0.15), (Action.REF_POLICE, 0.2)),
    "sexual_violence": ((Action.REF_HEALTH_CARE, 0.4), (Action.REF_VICTIM_SUPPORT, 0.4)),
    "violence_against_child": ((Action.REF_CHILD_PROTECTION, 0.6),),
    "human_trafficking": ((Action.REF_OTHER, 0.8),),
    "stalking": ((Action.REF_POLICE, 0.4),),
    "fraud_cybercrime": ((Action.REF_POLICE, 0.5),),
    "suicidal_thoughts": ((Action.REF_HEALTH_CARE, 0.6),),
    "mental_health_crisis": ((Action.REF_HEALTH_CARE, 0.5),),
    "social_problem": ((Action.REF_LOCAL_GOVERNMENT, 0.6),),
    "grief": ((Action.REF_VICTIM_SUPPORT, 0.2),),
}
# A referral that passes the caller's data on needs the caller's consent for that partner.
CONSENT_FOR = {
    Action.REF_VICTIM_SUPPORT: ConsentPurpose.VICTIM_SUPPORT,
    Action.REF_POLICE: ConsentPurpose.POLICE,
    Action.REF_SHELTER: ConsentPurpose.SHELTER,
    Action.REF_CHILD_PROTECTION: ConsentPurpose.CHILD_PROTECTION,
    Action.REF_LOCAL_GOVERNMENT: ConsentPurpose.LOCAL_GOVERNMENT,
    Action.REF_HEALTH_CARE: ConsentPurpose.HEALTH_CARE,
}
# Whose shift it was: (username, weight); Olga takes most Russian-language contacts.
HANDLERS = {"mari": 35, "olga": 30, "peeter": 25, "juht": 10}
HANDLERS_RU = {"olga": 70, "mari": 10, "peeter": 10, "juht": 10}


ACCESS_REASONS = (
    "Helistaja küsib oma juhtumi kohta, tema nõustaja pole vahetuses.",
    "Kordusabi: sama pöörduja, varasem juhtum on vaja üle vaadata.",
    "Pöörduja palub jätkata eelmise vestlusega.",
)


@dataclass
class DemoPerson:
    """An identified caller as the counsellor types them in."""

    full_name: str
    id_code: str
    phone: str
    municipality: str
    person_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    served_by: list[SessionUser] = field(default_factory=list)  # the counsellors who served them so far


def fill_demo_store(store: Store, *, today: datetime | None = None, contacts: int = 2000, seed: int = 2026) -> None:
    """Demo users (password :data:`DEMO_PASSWORD`) and ``contacts`` contacts over the six months before ``today``.

    Does nothing when the store already has users, so it never mixes demo data into real data.
    """
    today = (today or utcnow()).astimezone(UTC)
    with store.unit_of_work() as uow:
        if not auth.needs_first_administrator(uow):
            return
    # One transaction for everything: each service call's commit only releases a savepoint, so 2,000 contacts do
    # not cost 2,000 disk flushes, and a failure leaves the store as empty as it was.
    with store.engine.connect() as connection, connection.begin():
        if connection.dialect.name == "sqlite":
            # Python's sqlite3 defers BEGIN until the first write, so SQLite would take the first SAVEPOINT as a
            # transaction of its own and commit it on release; an explicit BEGIN makes the savepoints nest.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        factory = sessionmaker(connection, expire_on_commit=False, join_transaction_mode="create_savepoint")
        users = _create_users(factory)
        _create_providers(factory, users["admin"], today.date())
        _DemoContacts(random.Random(seed), users, today, factory).write(contacts)
        _review_and_hand_over(factory, random.Random(seed + 1), users, today)
        _decide_aid(factory, random.Random(seed + 2), users)


_REVIEW_REMARKS = (
    "Rahulik algus, hea kuulamine. Riski hindamisel küsi otse.",
    "Hea teave abivõimaluste kohta; lõpus lepi kokku järgmine samm.",
    "Empaatiline ja selge. Ohutusplaan jäi poolikuks.",
)


def _review_and_hand_over(
    factory: sessionmaker[Session], rng: random.Random, users: dict[str, SessionUser], today: datetime
) -> None:
    """The shift lead has reviewed most of the queue older than two days; some reviews are acknowledged; the
    last night shift left a handover note. The newest queue entries stay open for the desk to show."""
    lead = users["juht"]
    with UnitOfWork(factory) as uow:
        queued = review.review_queue(uow, lead, limit=review.QUEUE_LIMIT)
        criteria = [c.code for c in review.active_criteria(uow, "et")]
        for item in queued:
            own = item.row.handled_by == lead.full_name  # nobody reviews their own work
            if own or item.row.started_at > today - timedelta(days=2) or rng.random() < 0.2:
                continue
            scores = {code: (rng.choice((3, 4, 4, 5, 5)), "") for code in criteria if rng.random() < 0.8}
            reviewed_at = min(item.row.started_at + timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 8)), today)
            saved = review.save_review(
                uow, lead, item.row.id, scores, rng.choice(_REVIEW_REMARKS), rng.random() < 0.5, now=reviewed_at
            )
            handler = next((u for u in users.values() if u.full_name == item.row.handled_by), None)
            read_at = reviewed_at + timedelta(days=rng.randint(0, 4), hours=rng.randint(1, 8))
            if handler is not None and read_at < today - timedelta(days=3) and rng.random() < 0.9:
                review.acknowledge(uow, handler, saved.id, now=read_at)
        shift_desk.write_handover(
            uow,
            users["peeter"],
            "Öösel kaks kõnet enesetapumõtetega, mõlemaga ohutusplaan tehtud. Olga lubas kell 10 tagasi helistada "
            "helistajale, kes kardab koju minna. Veebinõustamise ühendus katkes 3.30 paar korda.",
            Shift.NIGHT,
            now=today - timedelta(hours=3),
        )
        uow.commit()


def _decide_aid(factory: sessionmaker[Session], rng: random.Random, users: dict[str, SessionUser]) -> None:
    """About one in four identified victims of domestic or sexual violence got an aid decision from the counsellor
    who handled the contact, with a provider available on that day; a few were refused."""
    with UnitOfWork(factory) as uow:
        found = uow.session.execute(
            sa.select(Contact.id, Contact.started_at, Contact.handled_by_id, Topic.code)
            .join(contact_topics, contact_topics.c.contact_id == Contact.id)
            .join(Topic, Topic.id == contact_topics.c.topic_id)
            .where(Contact.person_id.is_not(None), Topic.code.in_(("domestic_violence", "sexual_violence")))
            .order_by(Contact.started_at, Contact.id)
        ).all()
        every_provider = list(uow.session.scalars(sa.select(Provider)))
        by_id = {user.id: user for user in users.values()}
        decided: set[uuid.UUID] = set()
        for contact_id, started_at, handler_id, topic in found:
            if contact_id in decided or rng.random() > 0.25:
                continue
            decided.add(contact_id)
            day = started_at.date()
            service = rng.choice((AidService.COUNSELLING, AidService.COUNSELLING, AidService.PSYCHOTHERAPY))
            open_to = [p for p in every_provider if availability(p, service, day).available]
            refused = rng.random() < 0.15 or not open_to
            decisions.decide(
                uow,
                by_id[handler_id],
                decisions.DecisionInput(
                    decision_date=day,
                    role=PersonRole.VICTIM,
                    event=Event.SEXUAL_VIOLENCE if topic == "sexual_violence" else Event.DOMESTIC_VIOLENCE,
                    contact_id=contact_id,
                    outcome=Outcome.REFUSED if refused else Outcome.GRANTED,
                    refusal_reason="Abivajadus on juba kaetud teise teenusega." if refused else "",
                    service=None if refused else service,
                    provider_id=None if refused else rng.choice(open_to).id,
                ),
            )
        uow.commit()


def _create_users(factory: sessionmaker[Session]) -> dict[str, SessionUser]:
    users: dict[str, SessionUser] = {}
    with UnitOfWork(factory) as uow:
        (username, full_name, _role), *others = DEMO_USERS
        admin = auth.create_first_administrator(uow, username, full_name, DEMO_PASSWORD)
        users[username] = admin
        for username, full_name, role in others:
            users[username] = auth.create_user(
                uow,
                admin,
                username,
                full_name,
                DEMO_PASSWORD,
                role,
                phone="+3726630000",  # the notice carries the counsellor's contacts
                email=f"{username}@ohvriabi.example.ee",
            )
        uow.commit()
    return users


def _registry_code(first_seven: str) -> str:
    """A valid registry code starting with ``first_seven`` (the check digit found with python-stdnum)."""
    return next(code for code in (first_seven + str(d) for d in range(10)) if registrikood.is_valid(code))


# (kind, name, registry code start, basis, county codes, languages, services, fields, specialist, basis, contract end)
DEMO_PROVIDERS = (
    (
        "organisation",
        "Psühhoteraapiakeskus Tähe OÜ",
        "1234567",
        "articles_of_association",
        ["tartu", "jogeva"],
        ["et", "en"],
        ["counselling", "psychotherapy"],
        ["lähisuhtevägivald", "trauma"],
        "Kadri Tamm",
        "psychotherapist",
        None,
    ),
    (
        "organisation",
        "Hingerahu Nõustamine OÜ",
        "1456789",
        "articles_of_association",
        ["harju", "rapla"],
        ["et", "ru"],
        ["counselling", "support_group"],
        ["lein", "seksuaalvägivald"],
        "Jelena Smirnova",
        "clinical_psychologist",
        None,
    ),
    (
        "organisation",
        "Narva Perekeskus MTÜ",
        "8012345",
        "articles_of_association",
        ["ida_viru"],
        ["ru", "et"],
        ["counselling", "support_group"],
        ["lapsed ja noored", "lähisuhtevägivald"],
        "Olga Petrova",
        "counselling_psychologist",
        None,
    ),
    (
        "person",
        "Mart Lepik FIE",
        "1678901",
        "fie_business_register",
        ["parnu", "laane"],
        ["et"],
        ["counselling"],
        ["kriisid"],
        "Mart Lepik",
        "masters_psychology",
        -30,
    ),
)


def _create_providers(factory: sessionmaker[Session], admin: SessionUser, today: date) -> None:
    """A few providers of the register; the last one's contract has just ended, so the choice shows a reason."""
    with UnitOfWork(factory) as uow:
        for (
            kind,
            name,
            code,
            basis,
            counties,
            languages,
            services,
            fields,
            specialist,
            qualification,
            ends,
        ) in DEMO_PROVIDERS:
            web = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:16]
            providers.create_provider(
                uow,
                admin,
                ProviderInput(
                    kind=kind,
                    name=name,
                    basis=basis,
                    price_list_url=f"https://{web}.example.ee/hinnakiri",
                    contract_valid_from=date(today.year - 1, 1, 1),
                    contract_valid_to=today + timedelta(days=ends) if ends is not None else None,
                    registry_code=_registry_code(code),
                    email=f"info@{web}.example.ee",
                    phone="6" + code[1:4] + " " + code[4:7],
                    address="Tallinn",
                    counties=counties,
                    languages=languages,
                    services=services,
                    fields_of_work=fields,
                    qualifications=[
                        QualificationInput(
                            specialist,
                            qualification,
                            "epa" if qualification == "psychotherapist" else "Kutseregister",
                            code,
                            None,
                            date(today.year - 1, 1, 15),
                        )
                    ],
                ),
                today=today,
            )
        uow.commit()


def _pick(rng: random.Random, weights: dict[T, int]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def id_code_for(rng: random.Random, female: bool, born: datetime) -> str:
    """A valid personal ID code (check digit by python-stdnum) for someone born on ``born``."""
    century = 3 if born.year < 2000 else 5
    first = century + (1 if female else 0)
    body = f"{first}{born:%y%m%d}{rng.randrange(1000):03d}"
    return body + ik.calc_check_digit(body + "0")  # takes 11 digits and ignores the last


def mobile_number(rng: random.Random) -> str:
    """A valid Estonian mobile number, written the way people say it (``5123 4567``)."""
    while True:
        digits = "5" + "".join(str(rng.randrange(10)) for _ in range(7))
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "EE")):
            return f"{digits[:4]} {digits[4:]}"


class _DemoContacts:
    def __init__(
        self, rng: random.Random, users: dict[str, SessionUser], today: datetime, factory: sessionmaker[Session]
    ) -> None:
        self.rng = rng
        self.users = users
        self.today = today
        self.factory = factory
        self.repeat_callers: list[DemoPerson] = []

    def write(self, count: int) -> None:
        start = self.today - timedelta(days=DAYS)
        moments = sorted(self._moment(start) for _ in range(count))
        self.repeat_callers = [self._new_person(self.rng.random() < 0.33) for _ in range(max(3, count // 50))]
        for started_at in moments:
            with UnitOfWork(self.factory) as uow:
                if self.rng.random() < NON_DATA_SHARE:
                    self._non_data(uow, started_at)
                else:
                    self._counselling(uow, started_at)

    def _moment(self, start: datetime) -> datetime:
        """A moment in the period; the line is busiest in the afternoon and evening."""
        day = start + timedelta(days=self.rng.randrange(DAYS))
        hour = self.rng.choices(
            range(24), weights=[2, 2, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 7, 6, 4, 3]
        )
        moment = day.replace(hour=hour[0], minute=self.rng.randrange(60), second=self.rng.randrange(60), microsecond=0)
        latest = self.today - timedelta(hours=2)
        return min(moment, latest - timedelta(minutes=self.rng.randrange(600)))

    def _handler(self, language: Language | None) -> SessionUser:
        weights = HANDLERS_RU if language is Language.RUSSIAN else HANDLERS
        return self.users[_pick(self.rng, weights)]

    def _non_data(self, uow: UnitOfWork, started_at: datetime) -> None:
        line = Line.CRISIS_116006 if self.rng.random() < 0.85 else Line.EMOTIONAL_116123
        log_non_data_contact(
            uow,
            self._handler(None),
            _pick(self.rng, NON_DATA_KINDS),
            line=line,
            started_at=started_at,
            now=started_at + timedelta(seconds=self.rng.randrange(5, 90)),
        )

    def _counselling(self, uow: UnitOfWork, started_at: datetime) -> None:
        rng = self.rng
        line = _pick(rng, LINES)
        channel = {
            Line.CRISIS_116006: Channel.PHONE if rng.random() < 0.9 else Channel.CHAT,
            Line.EMOTIONAL_116123: Channel.PHONE,
            Line.WEB: Channel.CHAT if rng.random() < 0.7 else Channel.EMAIL,
            Line.VIDEO: Channel.VIDEO,
        }[line]
        minutes = {Channel.PHONE: (4, 45), Channel.CHAT: (15, 70), Channel.EMAIL: (5, 20), Channel.VIDEO: (30, 60)}
        ended_at = started_at + timedelta(minutes=rng.randint(*minutes[channel]))
        now = ended_at + timedelta(minutes=rng.randint(1, 12))
        language = _pick(rng, LANGUAGES)
        topics = [_pick(rng, TOPICS)]
        if rng.random() < 0.25:
            topics.append(_pick(rng, TOPICS))
        topics = list(dict.fromkeys(topics))
        data = ContactInput(
            started_at=started_at,
            ended_at=ended_at,
            line=line,
            channel=channel,
            direction=Direction.OUTGOING if channel is Channel.PHONE and rng.random() < 0.08 else Direction.INCOMING,
            language=language,
            caller_type=_pick(rng, CALLER_TYPES),
            topics=topics,
            summary=self._summary(topics[0], language),
        )
        person = self._identify(data, language) if rng.random() < IDENTIFIED_SHARE else None
        self._risks_actions_consents(data, topics)
        done_at = self._callback(data, now)
        handler = self._handler(language)
        if person is not None and person.person_id is not None and handler not in person.served_by:
            # A repeat caller mostly reaches a counsellor who served them; otherwise the counsellor on the line asks
            # for access with a reason (issue 10), which the audit trail then shows.
            if rng.random() < 0.7:
                handler = rng.choice(person.served_by)
            else:
                access.grant_access(uow, handler, person.person_id, rng.choice(ACCESS_REASONS), now=started_at)
        saved = save_contact(uow, handler, data, now=now)
        if person is not None and handler not in person.served_by:
            person.served_by.append(handler)
        if person is not None and person.person_id is None and person in self.repeat_callers:
            person.person_id = saved.person_id
            person.case_id = uow.session.get_one(Contact, saved.id).case_id
        if done_at is not None:
            # The callback was made later: the counsellor reopens the contact and ticks it, as in the program.
            opened = contact_view.load_contact(uow, handler, saved.id)
            opened.data.callback_done = True
            save_contact(uow, handler, opened.data, contact_id=saved.id, expected_version=opened.version, now=done_at)

    def _identify(self, data: ContactInput, language: Language) -> DemoPerson:
        rng = self.rng
        if rng.random() < REPEAT_SHARE:
            person = rng.choice(self.repeat_callers)
            data.person_id, data.case_id = person.person_id, person.case_id
            data.open_new_case = person.case_id is None
        else:
            person = self._new_person(language is Language.RUSSIAN)
        data.identified = True
        data.full_name = person.full_name
        data.id_code = person.id_code
        data.phone = person.phone
        data.municipality = person.municipality
        if data.caller_type is CallerType.PROFESSIONAL:
            data.caller_type = CallerType.VICTIM
        return person

    def _new_person(self, russian: bool) -> DemoPerson:
        rng = self.rng
        female = rng.random() < 0.78  # most callers about violence are women
        if russian:
            first, surname = (
                rng.choice(vocab.RUSSIAN_FEMALE if female else vocab.RUSSIAN_MALE),
                rng.choice(vocab.RUSSIAN_SURNAMES),
            )
            cyrillic = rng.random() < 0.5
            name = f"{first[0 if cyrillic else 1]} {surname[0 if cyrillic else 1]}"
            if female:
                name += "а" if cyrillic else "a"
            place = rng.choice(vocab.MUNICIPALITIES_RU)
        else:
            name = (
                f"{rng.choice(vocab.ESTONIAN_FEMALE if female else vocab.ESTONIAN_MALE)} "
                f"{rng.choice(vocab.ESTONIAN_SURNAMES)}"
            )
            place = rng.choice(vocab.MUNICIPALITIES_ET)
        born = self.today - timedelta(days=rng.randint(16 * 365, 85 * 365))
        return DemoPerson(
            full_name=name,
            id_code=id_code_for(rng, female, born) if rng.random() < 0.6 else "",
            phone=mobile_number(rng) if rng.random() < 0.8 else "",
            municipality=place if rng.random() < 0.5 else "",
        )

    def _summary(self, topic: str, language: Language) -> str:
        rng = self.rng
        if language is Language.RUSSIAN and topic in vocab.SUMMARIES_RU:
            nominative, genitive = rng.choice(vocab.WHO_RU)
            text = rng.choice(vocab.SUMMARIES_RU[topic])
        elif language is Language.ENGLISH:
            return vocab.SUMMARY_EN.format(topic=topic.replace("_", " "))
        else:
            nominative, genitive = rng.choice(vocab.WHO_ET)
            text = rng.choice(vocab.SUMMARIES_ET[topic])
        text = text.format(who_nom=nominative, who_gen=genitive)
        return text[0].upper() + text[1:]

    def _risks_actions_consents(self, data: ContactInput, topics: Sequence[str]) -> None:
        rng = self.rng
        for topic in topics:
            for flag, chance in TOPIC_RISKS.get(topic, ()):
                if rng.random() < chance:
                    if rng.random() < 0.8:
                        data.risks[flag] = RiskAnswer(StepStatus.DONE)
                    else:
                        data.risks[flag] = RiskAnswer(StepStatus.DECLINED, rng.choice(vocab.DECLINE_REASONS))
            for action, chance in TOPIC_ACTIONS.get(topic, ()):
                if rng.random() < chance:
                    data.actions.add(action)
        if data.risks.get(RiskFlag.CHILD_AT_RISK, RiskAnswer()).status is StepStatus.DONE:
            data.actions.add(Action.REF_CHILD_PROTECTION)
        if not data.actions or rng.random() < 0.6:
            data.actions.add(Action.INFORMATION)
        if data.identified:
            for action in sorted(data.actions):
                purpose = CONSENT_FOR.get(action)
                if purpose is not None and rng.random() < 0.7:
                    data.consents[purpose] = rng.random() < 0.85

    def _callback(self, data: ContactInput, now: datetime) -> datetime | None:
        """Some contacts promise a callback: long past ones were made (returns when), recent ones are overdue or
        still ahead."""
        recent = self.today - now < timedelta(days=4)
        if self.rng.random() >= (0.3 if recent else CALLBACK_SHARE):
            return None
        due = now + timedelta(hours=self.rng.randint(2, 72))
        data.callback_due_at = due
        if due < self.today - timedelta(days=1) and self.rng.random() < 0.95:
            return due + timedelta(minutes=self.rng.randint(-60, 120))
        return None
