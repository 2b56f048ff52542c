"""The topic taxonomy as the forms see it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from app.errors import FieldErrors, NotAllowed
from app.models import Topic
from app.models.enums import Role
from app.models.identity import ONE_LINE_CONTROL
from app.services.actor import SessionUser
from app.store.db import UnitOfWork

NAME_MAX = 120  # the names' column size (app.models.base.EditableVocabulary)
_CONTROL = ONE_LINE_CONTROL  # a name is one line: no control characters, no tab or newline, no lone surrogate


@dataclass(frozen=True)
class TopicChoice:
    code: str
    name: str


def active_topics(uow: UnitOfWork, language: str) -> list[TopicChoice]:
    """Topics offered on the form, in the administrator's order, named in the user's language."""
    topics = uow.session.scalars(sa.select(Topic).where(Topic.active.is_(True)).order_by(Topic.sort_order, Topic.code))
    return [TopicChoice(topic.code, topic.name(language)) for topic in topics]


@dataclass(frozen=True)
class TopicRow:
    id: uuid.UUID
    code: str
    name_et: str
    name_en: str
    name_ru: str
    active: bool


def list_topics(uow: UnitOfWork) -> list[TopicRow]:
    topics = uow.session.scalars(sa.select(Topic).order_by(Topic.sort_order, Topic.code))
    return [TopicRow(t.id, t.code, t.name_et, t.name_en, t.name_ru, t.active) for t in topics]


def _check_names(name_et: str, name_en: str, name_ru: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    for field, value in (("name_et", name_et), ("name_en", name_en), ("name_ru", name_ru)):
        if not value.strip():
            errors[field] = "topic.name_empty"
        elif _CONTROL.search(value.strip()):
            errors[field] = "text.control"
        elif len(value.strip()) > NAME_MAX:
            errors[field] = "text.too_long"
    return errors


def add_topic(uow: UnitOfWork, actor: SessionUser, name_et: str, name_en: str, name_ru: str) -> TopicRow:
    """A new topic at the end of the list; its code is made once and never changes (statistics rely on it)."""
    _require_admin(actor)
    errors = _check_names(name_et, name_en, name_ru)
    if errors:
        raise FieldErrors(errors)
    code = "t_" + uuid.uuid4().hex[:10]
    last = uow.session.scalar(sa.select(sa.func.max(Topic.sort_order))) or 0
    topic = Topic(
        code=code, name_et=name_et.strip(), name_en=name_en.strip(), name_ru=name_ru.strip(), sort_order=last + 10
    )
    uow.session.add(topic)
    uow.flush()
    return TopicRow(topic.id, topic.code, topic.name_et, topic.name_en, topic.name_ru, topic.active)


def update_topic(
    uow: UnitOfWork, actor: SessionUser, topic_id: uuid.UUID, *, name_et: str, name_en: str, name_ru: str, active: bool
) -> None:
    """Rename or retire a topic. Retired topics stay on old contacts and in statistics, but are no longer offered."""
    _require_admin(actor)
    errors = _check_names(name_et, name_en, name_ru)
    if errors:
        raise FieldErrors(errors)
    topic = uow.session.get(Topic, topic_id)
    if topic is None:
        raise NotAllowed("no such topic")
    topic.name_et, topic.name_en, topic.name_ru = name_et.strip(), name_en.strip(), name_ru.strip()
    topic.active = active


def _require_admin(actor: SessionUser) -> None:
    if actor.role is not Role.ADMINISTRATOR:
        raise NotAllowed("only an administrator edits the topics")
