"""User accounts, log-in and the first administrator."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.db import UnitOfWork
from app.errors import AuthenticationFailed, FieldErrors, NotAllowed
from app.models import User
from app.models.base import utcnow
from app.models.enums import Role
from app.models.identity import InvalidValue, parse_email, parse_phone

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


@dataclass(frozen=True)
class SessionUser:
    """Who is logged in; passed to every service call that acts for a user."""

    id: uuid.UUID
    username: str
    full_name: str
    role: Role

    @classmethod
    def of(cls, user: User) -> SessionUser:
        return cls(user.id, user.username, user.full_name, user.role)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _check_new_account(username: str, full_name: str, password: str) -> None:
    errors: dict[str, str] = {}
    if not username.strip() or len(username) > 64 or any(ch.isspace() for ch in username):
        errors["username"] = "user.username"
    if not full_name.strip() or len(full_name) > 200:
        errors["full_name"] = "user.full_name"
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = "user.password_short"
    if errors:
        raise FieldErrors(errors)


def needs_first_administrator(uow: UnitOfWork) -> bool:
    return uow.session.scalar(sa.select(sa.func.count()).select_from(User)) == 0


def create_first_administrator(uow: UnitOfWork, username: str, full_name: str, password: str) -> SessionUser:
    """The first start's only account; refused once any user exists. There is no built-in password."""
    if not needs_first_administrator(uow):
        raise NotAllowed("an administrator already exists")
    return _add_user(uow, username, full_name, password, Role.ADMINISTRATOR)


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
    if actor.role is not Role.ADMINISTRATOR:
        raise NotAllowed("only an administrator manages users")
    return _add_user(uow, username, full_name, password, role, phone=phone, email=email)


def _add_user(
    uow: UnitOfWork,
    username: str,
    full_name: str,
    password: str,
    role: Role,
    *,
    phone: str | None = None,
    email: str | None = None,
) -> SessionUser:
    _check_new_account(username, full_name, password)
    username = username.strip().lower()
    if uow.session.scalar(sa.select(User.id).where(User.username == username)) is not None:
        raise FieldErrors({"username": "user.username_taken"})
    user = User(
        username=username,
        full_name=full_name.strip(),
        role=role,
        password_hash=hash_password(password),
        phone=phone,
        email=email,
    )
    uow.session.add(user)
    uow.flush()
    return SessionUser.of(user)


def authenticate(uow: UnitOfWork, username: str, password: str) -> SessionUser:
    """The user whose password this is, or :class:`AuthenticationFailed` (same answer for unknown names)."""
    user = uow.session.scalar(sa.select(User).where(User.username == username.strip().lower()))
    if user is None or not user.active:
        _hasher.hash(password)  # spend the same time as a real check, so names cannot be probed by timing
        raise AuthenticationFailed(username)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise AuthenticationFailed(username) from None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    return SessionUser.of(user)


def list_counsellors(uow: UnitOfWork) -> list[SessionUser]:
    """Active users who can handle contacts (for "handled by" when logging for a colleague)."""
    users = uow.session.scalars(sa.select(User).where(User.active.is_(True)).order_by(User.full_name))
    return [SessionUser.of(user) for user in users]


@dataclass(frozen=True)
class UserView:
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    active: bool
    phone: str | None
    email: str | None


def _require_admin(actor: SessionUser) -> None:
    if actor.role is not Role.ADMINISTRATOR:
        raise NotAllowed("only an administrator manages users")


def list_users(uow: UnitOfWork, actor: SessionUser) -> list[UserView]:
    _require_admin(actor)
    users = uow.session.scalars(sa.select(User).order_by(User.active.desc(), User.full_name))
    return [UserView(u.id, u.username, u.full_name, u.role, u.active, u.phone, u.email) for u in users]


def _other_user(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID) -> User:
    _require_admin(actor)
    user = uow.session.get(User, user_id)
    if user is None:
        raise NotAllowed("no such user")
    return user


def set_active(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID, active: bool) -> None:
    """Deactivate (the account can no longer log in; its contacts stay) or reactivate a user."""
    user = _other_user(uow, actor, user_id)
    if user.id == actor.id and not active:
        raise NotAllowed("an administrator cannot lock themselves out")
    user.active = active


def set_role(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID, role: Role) -> None:
    user = _other_user(uow, actor, user_id)
    if user.id == actor.id and role is not Role.ADMINISTRATOR:
        raise NotAllowed("an administrator cannot take their own administrator role away")
    user.role = role


def reset_password(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID, password: str) -> None:
    user = _other_user(uow, actor, user_id)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise FieldErrors({"password": "user.password_short"})
    user.password_hash = hash_password(password)


def has_contact_details(uow: UnitOfWork, user_id: uuid.UUID) -> bool:
    """Whether the user's account has a phone or e-mail (a notice carries the counsellor's contacts)."""
    user = uow.session.get(User, user_id)
    return user is not None and bool(user.phone or user.email)


def set_contacts(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID, phone: str, email: str) -> None:
    """The phone and e-mail printed on the notices the user sends (administrators only; empty clears one)."""
    user = _other_user(uow, actor, user_id)
    errors: dict[str, str] = {}
    clean_phone = clean_email = None
    if phone.strip():
        try:
            clean_phone = parse_phone(phone)
        except InvalidValue as error:
            errors["phone"] = error.reason
    if email.strip():
        try:
            clean_email = parse_email(email)
        except InvalidValue as error:
            errors["email"] = error.reason
    if errors:
        raise FieldErrors(errors)
    user.phone, user.email = clean_phone, clean_email
