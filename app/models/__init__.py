"""SQLAlchemy entities and the domain rules that need no storage or screen."""

from app.models.aid import AidDecision, DecisionEvent, MinimumWageRate
from app.models.audit import AuditEntry, AuditHead
from app.models.base import Base
from app.models.contacts import (
    Case,
    ChangeRecord,
    Contact,
    ContactAction,
    ContactConsent,
    ContactRisk,
    Counter,
    Person,
    StoreSetting,
    Topic,
    contact_topics,
)
from app.models.drafts import Draft, DraftKind
from app.models.providers import (
    Provider,
    ProviderCounty,
    ProviderField,
    ProviderLanguage,
    ProviderService,
    Qualification,
)
from app.models.review import (
    HandoverNote,
    HandoverRead,
    Review,
    ReviewCriterion,
    ReviewQueueEntry,
    ReviewScore,
)
from app.models.users import User

__all__ = [
    "AidDecision",
    "AuditEntry",
    "AuditHead",
    "Base",
    "Case",
    "ChangeRecord",
    "Contact",
    "ContactAction",
    "ContactConsent",
    "ContactRisk",
    "Counter",
    "DecisionEvent",
    "Draft",
    "DraftKind",
    "HandoverNote",
    "HandoverRead",
    "MinimumWageRate",
    "Person",
    "Provider",
    "ProviderCounty",
    "ProviderField",
    "ProviderLanguage",
    "ProviderService",
    "Qualification",
    "Review",
    "ReviewCriterion",
    "ReviewQueueEntry",
    "ReviewScore",
    "StoreSetting",
    "Topic",
    "User",
    "contact_topics",
]
