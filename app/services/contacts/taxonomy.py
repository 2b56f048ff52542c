"""The topic taxonomy as the forms see it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from app.errors import FieldErrors, NotAllowed
from app.models import Topic
from app.models.identity import ONE_LINE_CONTROL
from app.services.actor import SessionUser, require_administrator
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


@dataclass(frozen=True)
class TopicEdit:
    """One row of the administrator's topic table: ``topic_id`` None for a new topic (added offered)."""

    topic_id: uuid.UUID | None
    name_et: str
    name_en: str
    name_ru: str
    active: bool = True


def add_topic(uow: UnitOfWork, actor: SessionUser, name_et: str, name_en: str, name_ru: str) -> TopicRow:
    """A new topic at the end of the list; its code is made once and never changes (statistics rely on it)."""
    added = _add(uow, actor, name_et, name_en, name_ru)
    uow.commit()
    return added


def update_topic(
    uow: UnitOfWork, actor: SessionUser, topic_id: uuid.UUID, *, name_et: str, name_en: str, name_ru: str, active: bool
) -> None:
    """Rename or retire a topic. Retired topics stay on old contacts and in statistics, but are no longer offered."""
    _update(uow, actor, TopicEdit(topic_id, name_et, name_en, name_ru, active))
    uow.commit()


def save_topics(uow: UnitOfWork, actor: SessionUser, rows: list[TopicEdit]) -> None:
    """The whole topic table in one transaction, committed; a refused row saves nothing and raises
    :class:`FieldErrors` keyed ``<row>.<field>`` (rows counted from 0), the first bad row only."""
    for index, row in enumerate(rows):
        try:
            if row.topic_id is None:
                _add(uow, actor, row.name_et, row.name_en, row.name_ru)
            else:
                _update(uow, actor, row)
        except FieldErrors as error:
            raise FieldErrors({f"{index}.{field}": reason for field, reason in error.errors.items()}) from None
    uow.commit()


def _add(uow: UnitOfWork, actor: SessionUser, name_et: str, name_en: str, name_ru: str) -> TopicRow:
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


def _update(uow: UnitOfWork, actor: SessionUser, row: TopicEdit) -> None:
    _require_admin(actor)
    errors = _check_names(row.name_et, row.name_en, row.name_ru)
    if errors:
        raise FieldErrors(errors)
    topic = uow.session.get(Topic, row.topic_id)
    if topic is None:
        raise NotAllowed("no such topic")
    topic.name_et, topic.name_en, topic.name_ru = row.name_et.strip(), row.name_en.strip(), row.name_ru.strip()
    topic.active = row.active


def _require_admin(actor: SessionUser) -> None:
    require_administrator(actor, "only an administrator edits the topics")
