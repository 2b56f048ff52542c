"""Translated names for the domain's codes. The codes live in ``app.models.enums``; people see these."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models.aid import DecisionEventKind, Outcome
from app.models.aid_rules import Event, LimitCategory, PersonRole
from app.models.audit import AuditKind
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
    Sex,
)
from app.models.providers import AidService, County, ProviderBasis, ProviderKind, QualificationBasis
from app.models.review import QueueReason, Shift
from app.services.desk.shift_desk import FollowUp


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def label(code: StrEnum) -> str:
    """The translated name of any code of the domain."""
    return _t(str(_SOURCE[type(code)][code]))


def short_line(line: Line) -> str:
    """The line as a narrow table column shows it."""
    return _t(str(_SHORT_LINE[line]))


def risk_step(flag: RiskFlag) -> str:
    """The step a risk flag requires of the counsellor before the contact can be saved."""
    return _t(str(_RISK_STEPS[flag]))


# English source strings, marked for lupdate; translated when shown.
_SOURCE: dict[type, dict[Any, Any]] = {
    Role: {
        Role.COUNSELLOR: QT_TRANSLATE_NOOP("Labels", "Counsellor"),
        Role.SHIFT_LEAD: QT_TRANSLATE_NOOP("Labels", "Shift lead"),
        Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    },
    Line: {
        Line.CRISIS_116006: QT_TRANSLATE_NOOP("Labels", "116 006 crisis line"),
        Line.EMOTIONAL_116123: QT_TRANSLATE_NOOP("Labels", "116 123 emotional support"),
        Line.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video counselling"),
        Line.WEB: QT_TRANSLATE_NOOP("Labels", "Web counselling"),
    },
    Channel: {
        Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
        Channel.CHAT: QT_TRANSLATE_NOOP("Labels", "Chat"),
        Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
        Channel.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video"),
    },
    Direction: {
        Direction.INCOMING: QT_TRANSLATE_NOOP("Labels", "Incoming"),
        Direction.OUTGOING: QT_TRANSLATE_NOOP("Labels", "Outgoing (callback)"),
    },
    Language: {
        Language.ESTONIAN: QT_TRANSLATE_NOOP("Labels", "Estonian"),
        Language.RUSSIAN: QT_TRANSLATE_NOOP("Labels", "Russian"),
        Language.ENGLISH: QT_TRANSLATE_NOOP("Labels", "English"),
        Language.OTHER: QT_TRANSLATE_NOOP("Labels", "Other language"),
    },
    CallerType: {
        CallerType.VICTIM: QT_TRANSLATE_NOOP("Labels", "Victim"),
        CallerType.CLOSE_PERSON: QT_TRANSLATE_NOOP("Labels", "Close person"),
        CallerType.PROFESSIONAL: QT_TRANSLATE_NOOP("Labels", "Professional or official"),
        CallerType.WITNESS: QT_TRANSLATE_NOOP("Labels", "Witness"),
        CallerType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    ContactKind: {
        ContactKind.COUNSELLING: QT_TRANSLATE_NOOP("Labels", "Counselling"),
        ContactKind.SILENT: QT_TRANSLATE_NOOP("Labels", "Silent call"),
        ContactKind.HANG_UP: QT_TRANSLATE_NOOP("Labels", "Hang-up"),
        ContactKind.WRONG_NUMBER: QT_TRANSLATE_NOOP("Labels", "Wrong number"),
        ContactKind.PRANK: QT_TRANSLATE_NOOP("Labels", "Prank or abusive"),
    },
    Sex: {Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"), Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male")},
    RiskFlag: {
        RiskFlag.IMMEDIATE_DANGER: QT_TRANSLATE_NOOP("Labels", "Immediate danger"),
        RiskFlag.SUICIDAL: QT_TRANSLATE_NOOP("Labels", "Suicidal thoughts"),
        RiskFlag.CHILD_AT_RISK: QT_TRANSLATE_NOOP("Labels", "Child at risk"),
        RiskFlag.HIGH_RISK_IPV: QT_TRANSLATE_NOOP("Labels", "Possibly high-risk partner violence"),
    },
    Action: {
        Action.INFORMATION: QT_TRANSLATE_NOOP("Labels", "Information given"),
        Action.REF_VICTIM_SUPPORT: QT_TRANSLATE_NOOP("Labels", "Referred to regional victim support"),
        Action.REF_POLICE: QT_TRANSLATE_NOOP("Labels", "Referred to the police"),
        Action.REF_SHELTER: QT_TRANSLATE_NOOP("Labels", "Referred to a shelter or women's support centre"),
        Action.REF_CHILD_PROTECTION: QT_TRANSLATE_NOOP("Labels", "Referred to child protection"),
        Action.REF_LOCAL_GOVERNMENT: QT_TRANSLATE_NOOP("Labels", "Referred to the local government"),
        Action.REF_HEALTH_CARE: QT_TRANSLATE_NOOP("Labels", "Referred to health care"),
        Action.REF_OTHER: QT_TRANSLATE_NOOP("Labels", "Referred elsewhere"),
    },
    ConsentPurpose: {
        ConsentPurpose.VICTIM_SUPPORT: QT_TRANSLATE_NOOP("Labels", "Regional victim support"),
        ConsentPurpose.POLICE: QT_TRANSLATE_NOOP("Labels", "Police"),
        ConsentPurpose.SHELTER: QT_TRANSLATE_NOOP("Labels", "Shelter or women's support centre"),
        ConsentPurpose.CHILD_PROTECTION: QT_TRANSLATE_NOOP("Labels", "Child protection"),
        ConsentPurpose.LOCAL_GOVERNMENT: QT_TRANSLATE_NOOP("Labels", "Local government"),
        ConsentPurpose.HEALTH_CARE: QT_TRANSLATE_NOOP("Labels", "Health care"),
        ConsentPurpose.OTHER: QT_TRANSLATE_NOOP("Labels", "Other partner"),
    },
}

_AID_SOURCE: dict[type, dict[Any, Any]] = {
    PersonRole: {
        PersonRole.VICTIM: QT_TRANSLATE_NOOP("Labels", "Victim of a crime or of violence"),
        PersonRole.FAMILY_MEMBER: QT_TRANSLATE_NOOP("Labels", "Family member of a victim"),
        PersonRole.WITNESS: QT_TRANSLATE_NOOP("Labels", "Witness in criminal proceedings"),
    },
    Event: {
        Event.DOMESTIC_VIOLENCE: QT_TRANSLATE_NOOP("Labels", "Domestic violence"),
        Event.SEXUAL_VIOLENCE: QT_TRANSLATE_NOOP("Labels", "Sexual violence"),
        Event.TRAFFICKING: QT_TRANSLATE_NOOP("Labels", "Human trafficking"),
        Event.OTHER_OFFENCE: QT_TRANSLATE_NOOP("Labels", "Other offence"),
    },
    LimitCategory: {
        LimitCategory.STANDARD: QT_TRANSLATE_NOOP("Labels", "Standard: one monthly minimum wage"),
        LimitCategory.SEXUALLY_ABUSED_MINOR: QT_TRANSLATE_NOOP(
            "Labels", "Sexually abused minor: until the need ceases, at most until 18"
        ),
        LimitCategory.TRAFFICKING: QT_TRANSLATE_NOOP("Labels", "Victim of human trafficking: until the need ceases"),
    },
    AidService: {
        AidService.COUNSELLING: QT_TRANSLATE_NOOP("Labels", "Psychological counselling"),
        AidService.PSYCHOTHERAPY: QT_TRANSLATE_NOOP("Labels", "Psychotherapy"),
        AidService.SUPPORT_GROUP: QT_TRANSLATE_NOOP("Labels", "Support group"),
    },
    Outcome: {
        Outcome.GRANTED: QT_TRANSLATE_NOOP("Labels", "Granted"),
        Outcome.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    },
    DecisionEventKind: {
        DecisionEventKind.NOTICE_SENT: QT_TRANSLATE_NOOP("Labels", "Notice sent"),
        DecisionEventKind.NO_SHOW: QT_TRANSLATE_NOOP("Labels", "Provider reports a no-show"),
        DecisionEventKind.PROVIDER_DECLINED: QT_TRANSLATE_NOOP("Labels", "Provider declines"),
        DecisionEventKind.NEED_ENDED: QT_TRANSLATE_NOOP("Labels", "Need ended"),
        DecisionEventKind.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Decision withdrawn"),
    },
    County: {
        County.HARJU: QT_TRANSLATE_NOOP("Labels", "Harju County"),
        County.HIIU: QT_TRANSLATE_NOOP("Labels", "Hiiu County"),
        County.IDA_VIRU: QT_TRANSLATE_NOOP("Labels", "Ida-Viru County"),
        County.JOGEVA: QT_TRANSLATE_NOOP("Labels", "Jõgeva County"),
        County.JARVA: QT_TRANSLATE_NOOP("Labels", "Järva County"),
        County.LAANE: QT_TRANSLATE_NOOP("Labels", "Lääne County"),
        County.LAANE_VIRU: QT_TRANSLATE_NOOP("Labels", "Lääne-Viru County"),
        County.POLVA: QT_TRANSLATE_NOOP("Labels", "Põlva County"),
        County.PARNU: QT_TRANSLATE_NOOP("Labels", "Pärnu County"),
        County.RAPLA: QT_TRANSLATE_NOOP("Labels", "Rapla County"),
        County.SAARE: QT_TRANSLATE_NOOP("Labels", "Saare County"),
        County.TARTU: QT_TRANSLATE_NOOP("Labels", "Tartu County"),
        County.VALGA: QT_TRANSLATE_NOOP("Labels", "Valga County"),
        County.VILJANDI: QT_TRANSLATE_NOOP("Labels", "Viljandi County"),
        County.VORU: QT_TRANSLATE_NOOP("Labels", "Võru County"),
    },
}
_SOURCE.update(_AID_SOURCE)

_PROVIDER_SOURCE: dict[type, dict[Any, Any]] = {
    ProviderKind: {
        ProviderKind.PERSON: QT_TRANSLATE_NOOP("Labels", "Person (FIE or employee)"),
        ProviderKind.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
    },
    ProviderBasis: {
        ProviderBasis.FIE_BUSINESS_REGISTER: QT_TRANSLATE_NOOP("Labels", "FIE in the business register"),
        ProviderBasis.PSYCHIATRIC_LICENCE: QT_TRANSLATE_NOOP("Labels", "Psychiatric specialist-care licence"),
        ProviderBasis.ARTICLES_OF_ASSOCIATION: QT_TRANSLATE_NOOP("Labels", "Articles of association name the services"),
    },
    QualificationBasis: {
        QualificationBasis.HEALTH_CARE_PROFESSIONAL: QT_TRANSLATE_NOOP(
            "Labels", "Health care professional (Terviseamet)"
        ),
        QualificationBasis.CLINICAL_PSYCHOLOGIST: QT_TRANSLATE_NOOP("Labels", "Clinical psychologist"),
        QualificationBasis.SCHOOL_PSYCHOLOGIST: QT_TRANSLATE_NOOP("Labels", "School psychologist"),
        QualificationBasis.COUNSELLING_PSYCHOLOGIST: QT_TRANSLATE_NOOP("Labels", "Counselling psychologist"),
        QualificationBasis.PSYCHOTHERAPIST: QT_TRANSLATE_NOOP("Labels", "Psychotherapist (association)"),
        QualificationBasis.MASTERS_PSYCHOLOGY: QT_TRANSLATE_NOOP("Labels", "Master's degree in psychology"),
    },
}
_SOURCE.update(_PROVIDER_SOURCE)

_DESK_SOURCE: dict[type, dict[Any, Any]] = {
    Shift: {
        Shift.DAY: QT_TRANSLATE_NOOP("Labels", "Day shift"),
        Shift.NIGHT: QT_TRANSLATE_NOOP("Labels", "Night shift"),
    },
    QueueReason: {
        QueueReason.RISK: QT_TRANSLATE_NOOP("Labels", "Risk flag"),
        QueueReason.SAMPLE: QT_TRANSLATE_NOOP("Labels", "Random sample"),
    },
    FollowUp: {
        FollowUp.DUE_TODAY: QT_TRANSLATE_NOOP("Labels", "Callback due today"),
        FollowUp.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Callback overdue"),
        FollowUp.DUE_OR_OVERDUE: QT_TRANSLATE_NOOP("Labels", "Callback due or overdue"),
    },
}
_SOURCE.update(_DESK_SOURCE)

_AUDIT_SOURCE: dict[type, dict[Any, Any]] = {
    AuditKind: {
        AuditKind.LOGIN: QT_TRANSLATE_NOOP("Labels", "Logged in"),
        AuditKind.LOGIN_FAILED: QT_TRANSLATE_NOOP("Labels", "Failed log-in"),
        AuditKind.LOGIN_LOCKED: QT_TRANSLATE_NOOP("Labels", "Log-in refused (locked out)"),
        AuditKind.LOGOUT: QT_TRANSLATE_NOOP("Labels", "Logged out"),
        AuditKind.VIEW: QT_TRANSLATE_NOOP("Labels", "Opened personal data"),
        AuditKind.CREATE: QT_TRANSLATE_NOOP("Labels", "Created"),
        AuditKind.CHANGE: QT_TRANSLATE_NOOP("Labels", "Changed"),
        AuditKind.NOTICE_GENERATED: QT_TRANSLATE_NOOP("Labels", "Notice made"),
        AuditKind.NOTICE_SENT: QT_TRANSLATE_NOOP("Labels", "Notice marked sent"),
        AuditKind.EXPORT: QT_TRANSLATE_NOOP("Labels", "Export"),
        AuditKind.USER_CREATED: QT_TRANSLATE_NOOP("Labels", "User added"),
        AuditKind.USER_CHANGED: QT_TRANSLATE_NOOP("Labels", "User changed"),
        AuditKind.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("Labels", "Own password changed"),
        AuditKind.PASSWORD_RESET: QT_TRANSLATE_NOOP("Labels", "Password reset by an administrator"),
        AuditKind.ANONYMISED: QT_TRANSLATE_NOOP("Labels", "Anonymised (retention)"),
        AuditKind.LEGAL_HOLD: QT_TRANSLATE_NOOP("Labels", "Legal hold changed"),
        AuditKind.ACCESS_OVERRIDE: QT_TRANSLATE_NOOP("Labels", "Access with a stated reason"),
        AuditKind.RESTORED: QT_TRANSLATE_NOOP("Labels", "Backup restored"),
        AuditKind.RETENTION_RUN: QT_TRANSLATE_NOOP("Labels", "Retention run from the command line"),
        AuditKind.AUDIT_VERIFIED: QT_TRANSLATE_NOOP("Labels", "Audit trail checked"),
        AuditKind.ANCHOR_STARTED: QT_TRANSLATE_NOOP("Labels", "Audit trail anchored outside the store"),
        AuditKind.ANCHOR_MISMATCH: QT_TRANSLATE_NOOP("Labels", "Audit trail not as anchored"),
        AuditKind.ANCHOR_REBASED: QT_TRANSLATE_NOOP("Labels", "Audit trail accepted and anchored again"),
    },
}
_SOURCE.update(_AUDIT_SOURCE)

_SHORT_LINE: dict[Line, Any] = {
    Line.CRISIS_116006: QT_TRANSLATE_NOOP("Labels", "116 006"),
    Line.EMOTIONAL_116123: QT_TRANSLATE_NOOP("Labels", "116 123"),
    Line.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video"),
    Line.WEB: QT_TRANSLATE_NOOP("Labels", "Web"),
}

_RISK_STEPS: dict[RiskFlag, Any] = {
    RiskFlag.IMMEDIATE_DANGER: QT_TRANSLATE_NOOP(
        "Labels", "Advise the caller to call 112 now (or call 112 on their behalf)."
    ),
    RiskFlag.SUICIDAL: QT_TRANSLATE_NOOP(
        "Labels", "Assess the suicide risk and agree on a safety plan; if life is in danger, call 112."
    ),
    RiskFlag.CHILD_AT_RISK: QT_TRANSLATE_NOOP(
        "Labels", "Notify child protection (the local government's child protection worker)."
    ),
    RiskFlag.HIGH_RISK_IPV: QT_TRANSLATE_NOOP(
        "Labels", "Flag the case for MARAC: trained staff complete the risk assessment."
    ),
}
