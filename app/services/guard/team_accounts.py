"""Administration on a team server: a user made, deactivated or moved to another role is the same on the server.

Each use case does the program's own account change (``app.services.guard.auth``: the ``users`` row, its checks and
its audit entry) and the server's (``app.store.server.accounts``: the person's login role and group) in one
transaction of the unit of work, which must be on the team server, opened as the administrator's own login: roles
are transactional in PostgreSQL, so either both are done or neither (a refused user name leaves no login behind).

Not yet wired to the Administration dialog (docs/team.md, "not yet"): the dialog calls ``auth`` on the local store;
in team mode it will call these on the server connection instead.
"""

from __future__ import annotations

import uuid

from app.errors import FieldErrors, NotAllowed
from app.models import User
from app.models.enums import Role
from app.models.identity import InvalidValue
from app.models.user_names import parse_username
from app.services.actor import SessionUser, require_administrator
from app.services.guard import auth
from app.store.db import UnitOfWork
from app.store.server import accounts


def _login_name(username: str) -> str:
    try:
        return accounts.login_name(parse_username(username))
    except accounts.AccountRefused as refused:
        raise FieldErrors({"username": refused.reason}) from None
    except InvalidValue as invalid:
        raise FieldErrors({"username": invalid.reason}) from None


def create_first_administrator(uow: UnitOfWork, username: str, full_name: str, password: str) -> SessionUser:
    """The server's first administrator, made by whoever set it up (``helpline server init --administrator``)."""
    accounts.create_login(uow.session.connection(), _login_name(username), password, Role.ADMINISTRATOR)
    return auth.create_first_administrator(uow, username, full_name, password)


def create_user(
    uow: UnitOfWork,
    actor: SessionUser,
    username: str,
    full_name: str,
    password: str,
    role: Role,
    *,
    phone: str | None = None,
    email: str | None = None,
) -> SessionUser:
    """A new user who signs in to the server with ``password`` as their own login role, in their role's group."""
    require_administrator(actor, "only an administrator manages users")
    accounts.create_login(uow.session.connection(), _login_name(username), password, role)
    return auth.create_user(uow, actor, username, full_name, password, role, phone=phone, email=email)


def _username(uow: UnitOfWork, user_id: uuid.UUID) -> str:
    user = uow.session.get(User, user_id)
    if user is None:
        raise NotAllowed("no such user")
    return user.username


def set_active(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID, active: bool) -> None:
    """Deactivate (NOLOGIN, and the person's open connections end) or reactivate a user."""
    require_administrator(actor, "only an administrator manages users")
    if user_id == actor.id and not active:
        raise NotAllowed("an administrator cannot lock themselves out")
    accounts.set_login_active(uow.session.connection(), _username(uow, user_id), active)
    auth.set_active(uow, actor, user_id, active)


def set_role(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID, role: Role) -> None:
    """Move the user to ``role``: their login role changes group, so the server shows them what the role may see."""
    require_administrator(actor, "only an administrator manages users")
    if user_id == actor.id and role is not Role.ADMINISTRATOR:
        raise NotAllowed("an administrator cannot take their own administrator role away")
    accounts.set_login_role(uow.session.connection(), _username(uow, user_id), role)
    auth.set_role(uow, actor, user_id, role)


def reset_password(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID, password: str) -> None:
    """A new server password for the user (and the program's, as ``auth.reset_password`` checks and records it)."""
    require_administrator(actor, "only an administrator manages users")
    accounts.set_login_password(uow.session.connection(), _username(uow, user_id), password)
    auth.reset_password(uow, actor, user_id, password)
