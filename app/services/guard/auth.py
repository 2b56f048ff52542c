"""User accounts, log-in and the first administrator."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.errors import AccountLocked, AuthenticationFailed, FieldErrors, NotAllowed
from app.models import User
from app.models.audit import AuditEntry, AuditHead, AuditKind
from app.models.base import utcnow
from app.models.enums import Role
from app.models.identity import InvalidValue, parse_email, parse_phone
from app.models.user_names import normalise_username, parse_username, skeleton
from app.services.actor import SessionUser, require_administrator
from app.services.guard import audit
from app.store.db import UnitOfWork
from app.store.sync.local import NO_PASSWORD

MIN_PASSWORD_LENGTH = 10
LOCKOUT_AFTER = 5  # failed log-ins in a row before a name is locked out
LOCKOUT_FIRST = timedelta(minutes=1)
LOCKOUT_MAX = timedelta(minutes=30)
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text)  # Cs: a lone surrogate (a broken paste)


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _check_new_account(username: str, full_name: str, password: str) -> None:
    errors: dict[str, str] = {}
    try:
        parse_username(username)
    except InvalidValue as error:
        errors["username"] = error.reason
    if not full_name.strip() or len(full_name) > 200 or _has_control(full_name):
        errors["full_name"] = "user.full_name"
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = "user.password_short"
    elif _has_surrogate(password):  # cannot be hashed (nor typed again)
        errors["password"] = "text.control"
    if errors:
        raise FieldErrors(errors)


def needs_first_administrator(uow: UnitOfWork) -> bool:
    return uow.session.scalar(sa.select(sa.func.count()).select_from(User)) == 0


def create_first_administrator(uow: UnitOfWork, username: str, full_name: str, password: str) -> SessionUser:
    """The first start's only account; refused once any user exists. There is no built-in password."""
    if not needs_first_administrator(uow):
        raise NotAllowed("an administrator already exists")
    added = _add_user(uow, username, full_name, password, Role.ADMINISTRATOR)
    uow.commit()
    return added


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
    require_administrator(actor, "only an administrator manages users")
    clean_phone, clean_email = _contacts(phone or "", email or "")
    added = _add_user(uow, username, full_name, password, role, phone=clean_phone, email=clean_email)
    audit.record(
        uow, AuditKind.USER_CREATED, actor=actor, record_type="user", record_id=added.id, details={"role": role.value}
    )
    uow.commit()
    return added


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
    username = parse_username(username)
    if uow.session.scalar(sa.select(User.id).where(User.username == username)) is not None:
        raise FieldErrors({"username": "user.username_taken"})
    if any(skeleton(other) == skeleton(username) for other in uow.session.scalars(sa.select(User.username))):
        raise FieldErrors({"username": "user.username_lookalike"})  # would pass for that user on the screen
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


def _verified_by_team_server(uow: UnitOfWork, user: User, password: str) -> bool:
    """A person's first sign-in on a team workstation: the server checks the password (``app.services.guard.team``);
    accepted, its hash is kept here, so the next sign-in works offline too."""
    from app.errors import FirstSignInOffline, ServerUnreachable
    from app.services.guard import team

    server = team.server_address(uow)
    if server is None:
        return False
    try:
        accepted = team.check_on_server(server, user.username, password)
    except ServerUnreachable as error:
        raise FirstSignInOffline(str(error)) from error
    if accepted:
        user.password_hash = _hasher.hash(password)
    return accepted


def authenticate(uow: UnitOfWork, username: str, password: str, *, now: datetime | None = None) -> SessionUser:
    """The user whose password this is, or :class:`AuthenticationFailed` (same answer for unknown names).

    Every attempt is in the audit trail, committed here (a failure's entry too). After :data:`LOCKOUT_AFTER` failures in
    a row a name is refused for a while (:class:`AccountLocked`), twice as long after each further failure, up to
    :data:`LOCKOUT_MAX`; a success or an administrator's password reset starts the count again.

    A name that is no user's is not kept as typed (it may be a password typed into the wrong field): the trail says
    that an unknown name was tried, with a short keyed tag of it (:func:`audit.unknown_name_tag`) so that its
    failures are counted and locked out like a real name's.

    The count, the check and its recording happen under one lock (:func:`_serialise_log_ins`), so that guesses made
    in parallel are counted one after the other: call this first in a unit of work, before it reads anything.
    """
    now = now or utcnow()
    # No account name holds a control character; one pasted in must not reach the database (PostgreSQL refuses NUL).
    typed = "".join(ch for ch in normalise_username(username) if unicodedata.category(ch) not in ("Cc", "Cs"))[:64]
    # Nor a lone surrogate (a broken paste): no stored password has one, and it cannot be hashed; as U+FFFD it is
    # checked, and fails, like any other wrong password.
    password = password.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    _serialise_log_ins(uow, typed)
    user = uow.session.scalar(sa.select(User).where(User.username == typed)) if typed else None
    if user is None:
        name, tag = audit.UNKNOWN_NAME, audit.unknown_name_tag(uow, typed)
    else:
        name, tag = typed, None
    details = {"name_tag": tag} if tag else None
    wait = _lockout_remaining(uow, name, tag, now)
    if wait is not None:
        audit.record(uow, AuditKind.LOGIN_LOCKED, username=name, record_type="user", details=details, now=now)
        uow.commit()
        raise AccountLocked(typed, wait)
    verified = False
    if user is None or not user.active:
        _hasher.hash(password)  # spend the same time as a real check, so names cannot be probed by timing
    else:
        try:
            verified = _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            verified = False
        if not verified and user.password_hash == NO_PASSWORD:  # a team workstation: the server knows it
            verified = _verified_by_team_server(uow, user, password)
    if not verified or user is None:
        audit.record(
            uow,
            AuditKind.LOGIN_FAILED,
            username=name,
            record_type="user",
            record_id=user.id if user else None,
            details=details,
            now=now,
        )
        uow.commit()
        raise AuthenticationFailed(username)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = now
    session_user = SessionUser.of(user)
    audit.record(uow, AuditKind.LOGIN, actor=session_user, record_type="user", record_id=user.id, now=now)
    uow.commit()
    return session_user


LOG_OUT_WAYS = ("log_out", "change_user", "lock_screen", "quit")


def log_out(uow: UnitOfWork, actor: SessionUser, how: str, *, now: datetime | None = None) -> None:
    """Record that the actor's session ended without quitting: ``how`` is one of :data:`LOG_OUT_WAYS` (the menu's
    *Log out*, its *Change user*, *Change user* on the lock screen, pressed by whoever stood at it, or the program's
    end with the user logged in)."""
    if how not in LOG_OUT_WAYS:
        raise ValueError(how)
    audit.record(
        uow, AuditKind.LOGOUT, actor=actor, record_type="user", record_id=actor.id, details={"how": how}, now=now
    )
    uow.commit()


def _serialise_log_ins(uow: UnitOfWork, name: str) -> None:
    """Hold the lock under which a name's failures are counted, checked and recorded, until the unit of work ends.

    PostgreSQL: a transaction-level advisory lock on the name (other names and other writes go on). SQLite: the
    store's write lock, taken by a write that changes nothing (SQLite has no finer lock; a check takes ~0.1 s).
    """
    session = uow.session
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtextextended("login:" + name, 0))))
    else:
        session.execute(sa.update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq))


def verify_password(uow: UnitOfWork, user_id: uuid.UUID, password: str) -> bool:
    """Whether this is the password of this active user (the lock screen's check; no audit entry, no lock-out).

    An unknown or inactive user never matches; the check then spends the time of a real one.
    """
    user = uow.session.get(User, user_id)
    if user is None or not user.active:
        _hasher.hash(password)
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def lockout_remaining(uow: UnitOfWork, username: str, now: datetime) -> timedelta | None:
    """How long the name (as typed at log-in) is still locked out, or None."""
    name = username.strip().lower()
    if uow.session.scalar(sa.select(User.id).where(User.username == name)) is not None:
        return _lockout_remaining(uow, name, None, now)
    return _lockout_remaining(uow, audit.UNKNOWN_NAME, audit.unknown_name_tag(uow, name), now)


def _lockout_remaining(uow: UnitOfWork, username: str, tag: str | None, now: datetime) -> timedelta | None:
    """How long the name is still locked out, or None. Counted from the audit trail: failures since the last
    success or password reset; a locked-out attempt does not lengthen the lock. An unknown name is counted by the
    tag it was recorded with."""
    sqlite = uow.session.get_bind().dialect.name == "sqlite"
    at = sa.type_coerce(AuditEntry.at, sa.String()) if sqlite else AuditEntry.at  # as stored: see the loop
    query = sa.select(AuditEntry.seq, AuditEntry.kind, at).where(
        AuditEntry.username == username,
        AuditEntry.kind.in_((AuditKind.LOGIN, AuditKind.LOGIN_FAILED)),
    )
    if tag is not None:
        query = query.where(AuditEntry.details == audit.canonical({"name_tag": tag}))
    recent = uow.session.execute(query.order_by(AuditEntry.seq.desc()).limit(LOCKOUT_AFTER + 16)).all()
    user_id = uow.session.scalar(sa.select(User.id).where(User.username == username)) if tag is None else None
    reset_seq = (
        uow.session.scalar(
            sa.select(sa.func.max(AuditEntry.seq)).where(
                AuditEntry.kind == AuditKind.PASSWORD_RESET, AuditEntry.record_id == str(user_id)
            )
        )
        if user_id is not None
        else None
    )
    failures: list[datetime] = []
    for seq, kind, stored in recent:
        if kind is AuditKind.LOGIN or (reset_seq is not None and seq < reset_seq):
            break
        when = audit.stored_at(stored)  # an entry whose time was changed by hand is skipped (verify names it)
        if when is not None:
            failures.append(when)
    if len(failures) < LOCKOUT_AFTER:
        return None
    lock = min(LOCKOUT_FIRST * 2 ** (len(failures) - LOCKOUT_AFTER), LOCKOUT_MAX)
    remaining = failures[0] + lock - now
    return remaining if remaining > timedelta(0) else None


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
    require_administrator(actor, "only an administrator manages users")


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
    if user.active != active:
        _changed(uow, actor, user, "active", user.active, active)
    user.active = active
    uow.commit()


def set_role(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID, role: Role) -> None:
    user = _other_user(uow, actor, user_id)
    if user.id == actor.id and role is not Role.ADMINISTRATOR:
        raise NotAllowed("an administrator cannot take their own administrator role away")
    if user.role is not role:
        _changed(uow, actor, user, "role", user.role.value, role.value)
    user.role = role
    uow.commit()


def reset_password(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID, password: str) -> None:
    user = _other_user(uow, actor, user_id)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise FieldErrors({"password": "user.password_short"})
    if _has_surrogate(password):
        raise FieldErrors({"password": "text.control"})
    user.password_hash = hash_password(password)
    audit.record(uow, AuditKind.PASSWORD_RESET, actor=actor, record_type="user", record_id=user.id)
    uow.commit()


def change_password(uow: UnitOfWork, actor: SessionUser, current: str, new: str, repeated: str) -> None:
    """The user's own new password; the current one must be given. Recorded in the audit trail."""
    user = uow.session.get(User, actor.id)
    errors: dict[str, str] = {}
    try:
        current_ok = user is not None and _hasher.verify(user.password_hash, current)
    except (VerificationError, InvalidHashError):
        current_ok = False
    if not current_ok:
        errors["current"] = "user.password_wrong"
    if len(new) < MIN_PASSWORD_LENGTH:
        errors["new"] = "user.password_short"
    elif _has_surrogate(new):
        errors["new"] = "text.control"
    elif new != repeated:
        errors["repeated"] = "user.password_mismatch"
    elif new == current:
        errors["new"] = "user.password_same"
    if errors:
        raise FieldErrors(errors)
    assert user is not None
    user.password_hash = hash_password(new)
    audit.record(uow, AuditKind.PASSWORD_CHANGED, actor=actor, record_type="user", record_id=user.id)
    uow.commit()


def _changed(uow: UnitOfWork, actor: SessionUser, user: User, field: str, before: object, after: object) -> None:
    details = {"field": field, "from": before, "to": after}
    audit.record(uow, AuditKind.USER_CHANGED, actor=actor, record_type="user", record_id=user.id, details=details)


def _contacts(phone: str, email: str) -> tuple[str | None, str | None]:
    """A staff member's phone (E.164) and e-mail, checked; empty ones are None. Raises FieldErrors."""
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
    return clean_phone, clean_email


def has_contact_details(uow: UnitOfWork, user_id: uuid.UUID) -> bool:
    """Whether the user's account has a phone or e-mail (a notice carries the counsellor's contacts)."""
    user = uow.session.get(User, user_id)
    return user is not None and bool(user.phone or user.email)


def set_contacts(uow: UnitOfWork, actor: SessionUser, user_id: uuid.UUID, phone: str, email: str) -> None:
    """The phone and e-mail printed on the notices the user sends (administrators only; empty clears one)."""
    user = _other_user(uow, actor, user_id)
    clean_phone, clean_email = _contacts(phone, email)
    pairs = (("phone", user.phone, clean_phone), ("email", user.email, clean_email))
    changed = [field for field, old, new in pairs if old != new]
    if changed:  # staff contacts, but still no values in the trail: the field names are enough
        details = {"fields": changed}
        audit.record(uow, AuditKind.USER_CHANGED, actor=actor, record_type="user", record_id=user.id, details=details)
    user.phone, user.email = clean_phone, clean_email
    uow.commit()
