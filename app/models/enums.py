"""Closed vocabularies of the domain, stored by their code (the enum value).

Labels shown to people live in ``app.ui.kit.labels`` so that they go through Qt's translation; the codes here never
change once stored.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COUNSELLOR = "counsellor"
    SHIFT_LEAD = "shift_lead"
    ADMINISTRATOR = "administrator"


class Line(StrEnum):
    CRISIS_116006 = "116006"
    EMOTIONAL_116123 = "116123"
    VIDEO = "video"
    WEB = "web"


class Channel(StrEnum):
    PHONE = "phone"
    CHAT = "chat"
    EMAIL = "email"
    VIDEO = "video"


DEFAULT_CHANNEL = {
    Line.CRISIS_116006: Channel.PHONE,
    Line.EMOTIONAL_116123: Channel.PHONE,
    Line.VIDEO: Channel.VIDEO,
    Line.WEB: Channel.CHAT,
}
"""The channel a line's contacts come by unless the counsellor says otherwise (new contacts, quick logs)."""


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class Language(StrEnum):
    ESTONIAN = "et"
    RUSSIAN = "ru"
    ENGLISH = "en"
    OTHER = "other"


class CallerType(StrEnum):
    VICTIM = "victim"
    CLOSE_PERSON = "close_person"
    PROFESSIONAL = "professional"
    WITNESS = "witness"
    OTHER = "other"


class ContactKind(StrEnum):
    """A counselling contact carries data; the others are logged with one keystroke and no form."""

    COUNSELLING = "counselling"
    SILENT = "silent"
    HANG_UP = "hang_up"
    WRONG_NUMBER = "wrong_number"
    PRANK = "prank"

    @property
    def is_non_data(self) -> bool:
        return self is not ContactKind.COUNSELLING


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


class RiskFlag(StrEnum):
    IMMEDIATE_DANGER = "immediate_danger"
    SUICIDAL = "suicidal"
    CHILD_AT_RISK = "child_at_risk"
    HIGH_RISK_IPV = "high_risk_ipv"


class StepStatus(StrEnum):
    """What became of the step a risk flag requires."""

    PENDING = "pending"
    DONE = "done"
    DECLINED = "declined"


class Action(StrEnum):
    INFORMATION = "information"
    REF_VICTIM_SUPPORT = "ref_victim_support"
    REF_POLICE = "ref_police"
    REF_SHELTER = "ref_shelter"
    REF_CHILD_PROTECTION = "ref_child_protection"
    REF_LOCAL_GOVERNMENT = "ref_local_government"
    REF_HEALTH_CARE = "ref_health_care"
    REF_OTHER = "ref_other"


class ConsentPurpose(StrEnum):
    """A partner to whom the caller's data may be passed; consent is asked and recorded per partner."""

    VICTIM_SUPPORT = "victim_support"
    POLICE = "police"
    SHELTER = "shelter"
    CHILD_PROTECTION = "child_protection"
    LOCAL_GOVERNMENT = "local_government"
    HEALTH_CARE = "health_care"
    OTHER = "other"
