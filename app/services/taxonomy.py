"""The topic taxonomy as the forms see it."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from app.db import UnitOfWork
from app.models import Topic


@dataclass(frozen=True)
class TopicChoice:
    code: str
    name: str


def active_topics(uow: UnitOfWork, language: str) -> list[TopicChoice]:
    """Topics offered on the form, in the administrator's order, named in the user's language."""
    topics = uow.session.scalars(sa.select(Topic).where(Topic.active.is_(True)).order_by(Topic.sort_order, Topic.code))
    return [TopicChoice(topic.code, topic.name(language)) for topic in topics]
