"""Accounts: first start, login with lock-out, and user management (Admin only)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from inventaris.core.audit import add_entry
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, AuthenticationError, NotFound, ValidationError
from inventaris.core.formatting import format_time
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import normalize_nip
from inventaris.core.limits import check_lengths
from inventaris.core.permissions import (
    ROLE_PERMISSIONS,
    SYSTEM_ACTOR,
    Actor,
    Permission,
    Role,
    require,
)
from inventaris.core.security import dummy_hash, hash_password, verify_password
from inventaris.model import Unit, User, user_unit

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
DEFAULT_UNIT_NAME = "Bagian Umum"

MSG_BAD_LOGIN = QT_TRANSLATE_NOOP("Engine", "Wrong user name or password.")
MSG_LAST_TRY = QT_TRANSLATE_NOOP(
    "Engine",
    "Wrong user name or password. One more wrong password locks this account for {minutes} "
    "minutes.",
)
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "Engine",
    "This account is locked after {count} wrong passwords. Try again after {time} WIB or ask an "
    "Admin to unlock it.",
)
MSG_INACTIVE = QT_TRANSLATE_NOOP("Engine", "This account is deactivated. Ask an Admin.")
MSG_PASSWORD_SHORT = QT_TRANSLATE_NOOP("Engine", "{label}: use at least {minimum} characters.")
MSG_PASSWORD_OLD = QT_TRANSLATE_NOOP("Engine", "The current password is wrong.")
MSG_USERNAME_FORM = QT_TRANSLATE_NOOP(
    "Engine",
    'User name: use 3 to 32 lower-case letters, digits, dots or hyphens ("{value}" is not).',
)
MSG_USERNAME_TAKEN = QT_TRANSLATE_NOOP("Engine", 'User name: "{value}" is already in use.')
MSG_ALREADY_SET_UP = QT_TRANSLATE_NOOP(
    "Engine", "This database already has accounts; log in with one of them."
)
MSG_NO_USER = QT_TRANSLATE_NOOP("Engine", "The user account {id} does not exist.")
MSG_LAST_ADMIN = QT_TRANSLATE_NOOP(
    "Engine", "At least one active Admin must remain; {name} is the last one."
)
MSG_UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Engine", 'Role: "{value}" is not a role.')
MSG_NO_UNIT = QT_TRANSLATE_NOOP("Engine", "The unit {id} does not exist.")

LABEL_PASSWORD = QT_TRANSLATE_NOOP("Engine", "Password")
LABEL_FULL_NAME = QT_TRANSLATE_NOOP("Engine", "Full name")
LABEL_NIP = QT_TRANSLATE_NOOP("Engine", "NIP")


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    nip: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    unit_ids: frozenset[int]


@dataclass(frozen=True)
class UserInput:
    username: str
    full_name: str
    role: Role
    nip: str = ""
    active: bool = True
    unit_ids: frozenset[int] = frozenset()


# --- checks ----------------------------------------------------------------------------------


def _check_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            MSG_PASSWORD_SHORT, field=field, label=LABEL_PASSWORD, minimum=MIN_PASSWORD_LENGTH
        )


def _clean_username(raw: str) -> str:
    username = raw.strip().lower()
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789.-_")
    if not 3 <= len(username) <= 32 or not set(username) <= allowed:
        raise ValidationError(MSG_USERNAME_FORM, field="username", value=raw)
    return username


def _clean_input(data: UserInput) -> UserInput:
    full_name = data.full_name.strip()
    if not full_name:
        raise ValidationError(MSG_REQUIRED, field="full_name", label=LABEL_FULL_NAME)
    check_lengths(User.__table__, {"full_name": full_name}, {"full_name": LABEL_FULL_NAME})
    nip = normalize_nip(data.nip, field="nip", label=LABEL_NIP) if data.nip.strip() else ""
    try:
        role = Role(data.role)
    except ValueError:
        raise ValidationError(MSG_UNKNOWN_ROLE, field="role", value=str(data.role)) from None
    return UserInput(
        username=_clean_username(data.username),
        full_name=full_name,
        role=role,
        nip=nip,
        active=data.active,
        unit_ids=data.unit_ids,
    )


# --- reading ---------------------------------------------------------------------------------


def _unit_ids(session: Session, user: User) -> frozenset[int]:
    # An Admin manages and the BPKAD reads every unit; the window narrows them to the one picked.
    if Permission.VIEW_ALL_UNITS in ROLE_PERMISSIONS[Role(user.role)]:
        return frozenset(session.scalars(select(Unit.id)))
    return frozenset(
        session.scalars(select(user_unit.c.unit_id).where(user_unit.c.user_id == user.id))
    )


def _view(session: Session, user: User) -> UserView:
    return UserView(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        nip=user.nip,
        role=Role(user.role),
        active=user.active,
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
        unit_ids=_unit_ids(session, user),
    )


def _actor(session: Session, user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        unit_ids=_unit_ids(session, user),
    )


def needs_first_admin(db: Database) -> bool:
    with db.read() as session:
        return not session.scalar(select(func.count(User.id)))


def every_unit_actor(db: Database, actor: Actor) -> Actor:
    """``actor`` acting for every unit of the database, as an Admin does: the command line, which
    runs with the rights of whoever may open the database file or server, acts so."""
    require(actor, Permission.MANAGE_USERS)
    with db.read() as session:
        return replace(actor, unit_ids=frozenset(session.scalars(select(Unit.id))))


def list_users(db: Database, actor: Actor) -> list[UserView]:
    require(actor, Permission.MANAGE_USERS)
    with db.read() as session:
        return [
            _view(session, user) for user in session.scalars(select(User).order_by(User.username))
        ]


# --- first start and login -------------------------------------------------------------------


def ensure_default_unit(session: Session) -> int:
    unit_id = session.scalar(select(Unit.id).order_by(Unit.id).limit(1))
    if unit_id is None:
        unit = Unit(name=DEFAULT_UNIT_NAME, head_title="Kepala Bagian Umum")
        session.add(unit)
        session.flush()
        unit_id = unit.id
    return unit_id


def create_first_admin(db: Database, username: str, full_name: str, password: str) -> Actor:
    """First start: the only way to create an account without being an Admin."""
    _check_password(password)
    data = _clean_input(UserInput(username=username, full_name=full_name, role=Role.ADMIN))
    with db.write(SYSTEM_ACTOR) as session:
        if session.scalar(select(func.count(User.id))):
            raise ValidationError(MSG_ALREADY_SET_UP, field="username")
        ensure_default_unit(session)
        user = User(
            username=data.username,
            full_name=data.full_name,
            role=Role.ADMIN.value,
            password_hash=hash_password(password),
            created_at=db.clock(),
        )
        session.add(user)
        session.flush()
        return _actor(session, user)


def _locked(until: datetime) -> AuthenticationError:
    return AuthenticationError(
        MSG_LOCKED, field="password", count=MAX_FAILED_LOGINS, time=format_time(until)
    )


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Check a password; five wrong ones lock the account for fifteen minutes, and the fourth
    refusal says so (its ``params["tries_left"]`` is 1).

    Every attempt is logged. The bookkeeping (failed count, lock, last login) is written with
    single UPDATE statements that count in the database, not from a value read earlier, and
    leave the row's version alone: parallel wrong passwords are each counted, and two PCs
    logging in to one account at once do not make each other's login a "conflict"."""
    now = db.clock()
    name = username.strip().lower()
    with db.write(SYSTEM_ACTOR) as session:
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            verify_password(password, dummy_hash())
            # Not the typed name: people type their password into that box by mistake.
            add_entry(
                session, action="login_failed", entity="app_user", new={"username": "(unknown)"}
            )
            session.commit()  # the attempt is logged although the login is refused
            raise AuthenticationError(MSG_BAD_LOGIN, field="password")
        who = Actor(user.id, user.username, user.full_name, Role(user.role))
        session.info["actor"] = who  # what follows is this user's doing, not the system's
        if user.locked_until is not None and user.locked_until > now:
            _log_failure(session, who, "locked")
            raise _locked(user.locked_until)
        if user.locked_until is not None:  # a lock that ran out: five new tries
            session.execute(
                update(User)
                .execution_options(synchronize_session=False)
                .where(User.id == user.id, User.locked_until <= now)
                .values(failed_logins=0, locked_until=None)
            )
        if not verify_password(password, user.password_hash):
            failed = session.execute(
                update(User)
                .execution_options(synchronize_session=False)
                .where(User.id == user.id)
                .values(failed_logins=User.failed_logins + 1)
                .returning(User.failed_logins)
            ).scalar_one()
            locked_until = None
            if failed >= MAX_FAILED_LOGINS:  # the fifth, and any that were checked alongside it
                locked_until = now + LOCKOUT
                session.execute(
                    update(User)
                    .execution_options(synchronize_session=False)
                    .where(User.id == user.id)
                    .values(locked_until=locked_until)
                )
                if failed == MAX_FAILED_LOGINS:
                    add_entry(session, action="locked", entity="app_user", entity_id=str(user.id))
            _log_failure(session, who, "password")
            if locked_until is not None:
                raise _locked(locked_until)
            # The tries left go with the refusal; the last one is announced, so nobody is
            # locked out by surprise.
            left = MAX_FAILED_LOGINS - failed
            minutes = int(LOCKOUT.total_seconds()) // 60
            template = MSG_LAST_TRY if left == 1 else MSG_BAD_LOGIN
            raise AuthenticationError(template, field="password", tries_left=left, minutes=minutes)
        if not user.active:
            _log_failure(session, who, "inactive")
            raise AuthenticationError(MSG_INACTIVE, field="username")
        # Refused if another PC's wrong passwords locked the account while this one checked.
        unlocked = User.locked_until.is_(None) | (User.locked_until <= now)
        accepted = session.execute(
            update(User)
            .execution_options(synchronize_session=False)
            .where(User.id == user.id, unlocked)
            .values(failed_logins=0, locked_until=None, last_login_at=now)
            .returning(User.id)
        ).first()
        if accepted is None:
            until = session.scalar(select(User.locked_until).where(User.id == user.id))
            _log_failure(session, who, "locked")
            raise _locked(until or now + LOCKOUT)
        add_entry(session, action="login", entity="app_user", entity_id=str(user.id), actor=who)
        return _actor(session, user)


def _log_failure(session: Session, who: Actor, reason: str) -> None:
    """Log a refused login and commit it: the refusal that follows rolls back nothing of it."""
    add_entry(
        session,
        action="login_failed",
        entity="app_user",
        entity_id=str(who.user_id),
        new={"reason": reason},
        actor=who,
    )
    session.commit()


# --- management ------------------------------------------------------------------------------


def _get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(MSG_NO_USER, id=user_id)
    return user


def _set_units(session: Session, user_id: int, unit_ids: Iterable[int]) -> None:
    wanted = sorted(set(unit_ids))
    known = set(session.scalars(select(Unit.id).where(Unit.id.in_(wanted))))
    for unit_id in wanted:
        if unit_id not in known:
            raise NotFound(MSG_NO_UNIT, field="units", id=unit_id)
    before = sorted(
        session.scalars(select(user_unit.c.unit_id).where(user_unit.c.user_id == user_id))
    )
    if before == wanted:
        return
    session.execute(delete(user_unit).where(user_unit.c.user_id == user_id))
    rows = [{"user_id": user_id, "unit_id": unit_id} for unit_id in wanted]
    if rows:
        session.execute(insert(user_unit), rows)
    # Written past the ORM, so logged here.
    add_entry(
        session,
        action="update",
        entity="user_unit",
        entity_id=str(user_id),
        old={"unit_ids": before},
        new={"unit_ids": wanted},
    )


def _other_active_admins(session: Session, user_id: int) -> int:
    return int(
        session.scalar(
            select(func.count(User.id)).where(
                User.role == Role.ADMIN.value, User.active.is_(True), User.id != user_id
            )
        )
        or 0
    )


def create_user(db: Database, actor: Actor, data: UserInput, password: str) -> UserView:
    require(actor, Permission.MANAGE_USERS)
    clean = _clean_input(data)
    _check_password(password)
    with db.write(actor) as session:
        if session.scalar(select(User.id).where(User.username == clean.username)) is not None:
            raise ValidationError(MSG_USERNAME_TAKEN, field="username", value=clean.username)
        user = User(
            username=clean.username,
            full_name=clean.full_name,
            nip=clean.nip,
            role=clean.role.value,
            active=clean.active,
            password_hash=hash_password(password),
            created_at=db.clock(),
        )
        session.add(user)
        session.flush()
        unit_ids = clean.unit_ids or {ensure_default_unit(session)}
        _set_units(session, user.id, unit_ids)
        return _view(session, user)


def update_user(db: Database, actor: Actor, user_id: int, data: UserInput) -> UserView:
    require(actor, Permission.MANAGE_USERS)
    clean = _clean_input(data)
    with db.write(actor) as session:
        user = _get_user(session, user_id)
        taken = session.scalar(
            select(User.id).where(User.username == clean.username, User.id != user_id)
        )
        if taken is not None:
            raise ValidationError(MSG_USERNAME_TAKEN, field="username", value=clean.username)
        stays_admin = clean.role is Role.ADMIN and clean.active
        if (
            user.role == Role.ADMIN.value
            and not stays_admin
            and not _other_active_admins(session, user_id)
        ):
            raise ValidationError(MSG_LAST_ADMIN, field="role", name=user.full_name)
        user.username = clean.username
        user.full_name = clean.full_name
        user.nip = clean.nip
        user.role = clean.role.value
        user.active = clean.active
        if clean.unit_ids:
            _set_units(session, user.id, clean.unit_ids)
        return _view(session, user)


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> None:
    """An Admin sets a new password; this also lifts a lock-out."""
    require(actor, Permission.MANAGE_USERS)
    _check_password(new_password)
    with db.write(actor) as session:
        user = _get_user(session, user_id)
        user.password_hash = hash_password(new_password)
        user.failed_logins = 0
        user.locked_until = None


def unlock_user(db: Database, actor: Actor, user_id: int) -> None:
    require(actor, Permission.MANAGE_USERS)
    with db.write(actor) as session:
        user = _get_user(session, user_id)
        # Login bookkeeping is left out of the ORM's entries; an Admin's unlock is logged.
        add_entry(
            session,
            action="unlock",
            entity="app_user",
            entity_id=str(user_id),
            old={"failed_logins": user.failed_logins, "locked_until": _iso(user.locked_until)},
            new={"failed_logins": 0, "locked_until": None},
        )
        user.failed_logins = 0
        user.locked_until = None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def change_own_password(db: Database, actor: Actor, current: str, new_password: str) -> None:
    """Any role may change its own password (this is not a change to office data)."""
    _check_password(new_password, field="new_password")
    if actor.user_id is None:
        raise NotFound(MSG_NO_USER, id="-")
    with db.write(actor) as session:
        user = _get_user(session, actor.user_id)
        if not verify_password(current, user.password_hash):
            raise ValidationError(MSG_PASSWORD_OLD, field="current_password")
        user.password_hash = hash_password(new_password)
