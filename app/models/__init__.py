"""SQLAlchemy entities and the domain rules that need no storage or screen."""

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
from app.models.providers import (
    Provider,
    ProviderCounty,
    ProviderField,
    ProviderLanguage,
    ProviderService,
    Qualification,
)
from app.models.users import User

__all__ = [
    "Base",
    "Case",
    "ChangeRecord",
    "Contact",
    "ContactAction",
    "ContactConsent",
    "ContactRisk",
    "Counter",
    "Person",
    "Provider",
    "ProviderCounty",
    "ProviderField",
    "ProviderLanguage",
    "ProviderService",
    "Qualification",
    "StoreSetting",
    "Topic",
    "User",
    "contact_topics",
]
