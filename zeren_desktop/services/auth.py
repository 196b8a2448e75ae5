"""Accounts: sign-in with lockout, passwords (argon2id), roles and data scope."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zeren_desktop.domain.records import clean_text
from zeren_desktop.domain.security import (
    LOCKOUT_MINUTES,
    MAX_FAILED_LOGINS,
    PASSWORD_HISTORY,
    AccountRole,
    Permission,
    check_password_policy,
    check_role_combination,
)
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError, ZerenError
from zeren_desktop.services.base import UNIT_NOT_FOUND, ServiceBase, not_found
from zeren_desktop.services.session import Actor
from zeren_desktop.storage.models import AppSetting, Cadre, PasswordHistory, Unit, User

_CTX = "Accounts"

# argon2id, RFC 9106's second recommended option (64 MiB, 3 passes). Tests swap in cheap
# parameters by replacing this object in their own process; the product never does.
PASSWORD_HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)

USER_WHAT = QT_TRANSLATE_NOOP(
    "Services", "The user account was not found; it may have been deleted meanwhile.")
SIGN_IN_FAILED = QT_TRANSLATE_NOOP(
    "Accounts", "The user name or the password is wrong.")


class SignInError(ZerenError):
    pass


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    display_name: str
    roles: frozenset[AccountRole]
    scope_unit_id: uuid.UUID | None
    scope_unit_name: str
    is_active: bool
    locked_until: dt.datetime | None
    failed_logins: int
    last_login_at: dt.datetime | None
    is_demo: bool
    # The cadre the account's holder is (their talks, scoring and reviews feed that
    # cadre's ledger); None when not linked.
    cadre_id: uuid.UUID | None = None
    cadre_name: str = ""


@dataclass(frozen=True)
class UserInput:
    username: str
    display_name: str
    roles: frozenset[AccountRole]
    scope_unit_id: uuid.UUID | None = None
    is_active: bool = True
    cadre_id: uuid.UUID | None = None

    def validated(self) -> UserInput:
        username = clean_text(self.username)
        if not username or len(username) > 50 or any(c.isspace() for c in username):
            raise ValidationError("username", Message(_CTX, QT_TRANSLATE_NOOP(
                "Accounts", "A user name has 1 to 50 characters and no spaces.")))
        check_role_combination(self.roles)
        if self.scope_unit_id is not None and self.roles & {
                AccountRole.ADMINISTRATOR, AccountRole.AUDITOR}:
            raise ValidationError("scope_unit_id", Message(_CTX, QT_TRANSLATE_NOOP(
                "Accounts", "Administrators and auditors work at county level; they cannot be"
                " limited to one township.")))
        return UserInput(username, clean_text(self.display_name)[:50], self.roles,
                         self.scope_unit_id, self.is_active, self.cadre_id)


def _roles(user: User) -> frozenset[AccountRole]:
    return frozenset(AccountRole(r) for r in user.roles.split(",") if r)


def subtree(session: Session, root: uuid.UUID) -> frozenset[uuid.UUID]:
    """A unit and every unit below it."""
    children: dict[uuid.UUID, list[uuid.UUID]] = {}
    for unit_id, parent_id in session.execute(select(Unit.id, Unit.parent_id)):
        if parent_id is not None:
            children.setdefault(parent_id, []).append(unit_id)
    found, todo = {root}, [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return frozenset(found)


def database_id(session: Session) -> str:
    return session.scalar(select(AppSetting.value).where(AppSetting.key == "database_id")) or ""


class AuthService(ServiceBase):
    # ---- first start -------------------------------------------------------------------
    def has_accounts(self) -> bool:
        with self.db.read() as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def create_first_administrator(self, username: str, password: str,
                                   display_name: str = "") -> uuid.UUID:
        """Only on a database without accounts: the administrator who creates the rest."""
        data = UserInput(username, display_name, frozenset({AccountRole.ADMINISTRATOR}))
        data = data.validated()
        check_password_policy(password, data.username)
        password_hash = PASSWORD_HASHER.hash(password)
        with self.db.write() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise ValidationError("username", Message(_CTX, QT_TRANSLATE_NOOP(
                    "Accounts", "This database already has accounts; ask its administrator.")))
            user = self._new_user(session, data, password_hash)
            self.audit.append(session, user_id=user.id, username=user.username,
                              action="account.create_first_admin", entity="users",
                              entity_id=user.id, after=_public(user))
            return user.id

    # ---- signing in --------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> Actor:
        """Check the password; lock after repeated failures; remember the actor."""
        now = self.state.clock()
        actor: Actor | None = None
        # A read-only database (read-only media, or opened read-only on purpose): the
        # password is checked, but the failure count and the audit record cannot be written.
        read_only = self.state.read_only
        with self.db.read() if read_only else self.db.write() as session:
            user = session.scalar(select(User).where(User.username == username.strip()))
            failure = self._check_sign_in(session, user, password, now)
            if read_only:
                if failure is None and user is not None:
                    actor = self._actor(session, user)
                elif user is not None:
                    session.expunge(user)  # the counted failure is not written
            elif failure is not None:
                # Committed although the sign-in fails: the count and the record must stay.
                # An unknown name is not kept: people type their password there by mistake.
                self.audit.append(session, user_id=user.id if user else None,
                                  username=user.username if user else "",
                                  action="login.failure", entity="users",
                                  entity_id=user.id if user else None,
                                  summary=failure.text if user else "unknown user name")
            else:
                assert user is not None
                user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
                self.audit.append(session, user_id=user.id, username=user.username,
                                  action="login.success", entity="users", entity_id=user.id)
                actor = self._actor(session, user)
        if failure is not None or actor is None:
            raise SignInError(failure or Message(_CTX, SIGN_IN_FAILED))
        self.state.actor = actor
        return actor

    def _check_sign_in(self, session: Session, user: User | None, password: str,
                       now: dt.datetime) -> Message | None:
        if user is None or not user.password_hash:
            # Same work and the same message as a wrong password: names are not revealed.
            _verify(_dummy_hash(), password)
            return Message(_CTX, SIGN_IN_FAILED)
        if user.locked_until is not None and user.locked_until > now:
            _verify(_dummy_hash(), password)  # the same time as any other answer
            return Message(_CTX, QT_TRANSLATE_NOOP(
                "Accounts", "This account is locked after too many wrong passwords until {until}"
                " (UTC), or until an administrator unlocks it."),
                {"until": user.locked_until.strftime("%Y-%m-%d %H:%M")})
        if not _verify(user.password_hash, password):
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + dt.timedelta(minutes=LOCKOUT_MINUTES)
                user.failed_logins = 0
            return Message(_CTX, SIGN_IN_FAILED)
        if not user.is_active:
            return Message(_CTX, QT_TRANSLATE_NOOP("Accounts", "This account has been disabled."))
        if user.demo_database_id is not None and user.demo_database_id != database_id(session):
            return Message(_CTX, QT_TRANSLATE_NOOP(
                "Accounts", "Demo accounts work only in the demo database they were made for."))
        return None

    def sign_out(self) -> None:
        """End the session; the actor is cleared even when the logout cannot be recorded
        (read-only, disk full): the error is raised after."""
        actor = self.state.actor
        try:
            if actor is not None and not self.state.read_only:
                with self.db.write() as session:
                    self.audit.append(session, user_id=actor.user_id,
                                      username=actor.username, action="logout",
                                      entity="users", entity_id=actor.user_id)
        finally:
            self.state.actor = None

    def confirm_password(self, password: str) -> bool:
        """Unlock an idle-locked screen: the signed-in user's password, with the same lockout."""
        actor = self.state.actor
        if actor is None:
            raise SignInError(Message(_CTX, SIGN_IN_FAILED))
        try:
            self.sign_in(actor.username, password)
        except SignInError:
            self.state.actor = actor
            return False
        return True

    # ---- own password ------------------------------------------------------------------
    def change_own_password(self, old_password: str, new_password: str) -> None:
        actor = self.state.actor
        if actor is None:
            raise SignInError(Message(_CTX, SIGN_IN_FAILED))
        current, earlier, username = self._password_state(actor.user_id)
        if not _verify(current, old_password):
            raise ValidationError("old_password", Message(_CTX, QT_TRANSLATE_NOOP(
                "Accounts", "The current password is wrong.")))
        new_hash = _new_password_hash(new_password, username, [current, *earlier])
        with self.db.write() as session:
            user = self._load(session, actor.user_id)
            self._store_password(user, new_hash)
            self.audit.append(session, user_id=user.id, username=user.username,
                              action="account.change_password", entity="users",
                              entity_id=user.id)

    # ---- administration ----------------------------------------------------------------
    def list_users(self) -> list[UserInfo]:
        self._require(Permission.MANAGE_ACCOUNTS, "accounts.list")
        with self.db.read() as session:
            names = {row[0]: row[1] for row in session.execute(select(Unit.id, Unit.name))}
            cadres = {row[0]: row[1] for row in session.execute(
                select(Cadre.id, Cadre.name).join(User, User.cadre_id == Cadre.id))}
            return [_info(u, names, cadres) for u in session.scalars(
                select(User).order_by(User.username))]

    def create_user(self, data: UserInput, password: str) -> uuid.UUID:
        actor = self._require(Permission.MANAGE_ACCOUNTS, "accounts.create")
        data = data.validated()
        check_password_policy(password, data.username)
        password_hash = PASSWORD_HASHER.hash(password)
        with self.db.write() as session:
            _check_name_and_scope(session, data, None)
            user = self._new_user(session, data, password_hash)
            self._audit(session, actor, "account.create", "users", user.id, after=_public(user))
            return user.id

    def update_user(self, user_id: uuid.UUID, data: UserInput) -> None:
        actor = self._require(Permission.MANAGE_ACCOUNTS, "accounts.update")
        data = data.validated()
        with self.db.write() as session:
            user = self._load(session, user_id)
            before = _public(user)
            if user.id == actor.user_id and AccountRole.ADMINISTRATOR not in data.roles:
                raise ValidationError("roles", Message(_CTX, QT_TRANSLATE_NOOP(
                    "Accounts", "You cannot take the administrator role from your own account.")))
            _check_name_and_scope(session, data, user_id)
            administrators = [u for u in session.scalars(select(User).where(User.is_active))
                              if AccountRole.ADMINISTRATOR in _roles(u) and u.id != user_id]
            if not administrators and not (
                    data.is_active and AccountRole.ADMINISTRATOR in data.roles):
                raise ValidationError("roles", Message(_CTX, QT_TRANSLATE_NOOP(
                    "Accounts", "This is the last active administrator: keep the role and the"
                    " account active, or make another administrator first.")))
            user.username, user.display_name = data.username, data.display_name
            user.roles = ",".join(sorted(r.value for r in data.roles))
            user.scope_unit_id, user.is_active = data.scope_unit_id, data.is_active
            user.cadre_id = data.cadre_id
            self._audit(session, actor, "account.update", "users", user.id, before=before,
                        after=_public(user))

    def reset_password(self, user_id: uuid.UUID, new_password: str) -> None:
        actor = self._require(Permission.MANAGE_ACCOUNTS, "accounts.reset_password")
        current, earlier, username = self._password_state(user_id)
        new_hash = _new_password_hash(new_password, username, [current, *earlier])
        with self.db.write() as session:
            user = self._load(session, user_id)
            self._store_password(user, new_hash)
            self._audit(session, actor, "account.reset_password", "users", user.id)

    def unlock(self, user_id: uuid.UUID) -> None:
        actor = self._require(Permission.MANAGE_ACCOUNTS, "accounts.unlock")
        with self.db.write() as session:
            user = self._load(session, user_id)
            user.locked_until, user.failed_logins = None, 0
            self._audit(session, actor, "account.unlock", "users", user.id)

    # ---- helpers -----------------------------------------------------------------------
    def _new_user(self, session: Session, data: UserInput, password_hash: str) -> User:
        user = User(office_id=self.office_id, username=data.username,
                    display_name=data.display_name,
                    roles=",".join(sorted(r.value for r in data.roles)),
                    scope_unit_id=data.scope_unit_id, is_active=data.is_active,
                    cadre_id=data.cadre_id, password_hash=password_hash,
                    password_changed_at=self.state.clock(),
                    failed_logins=0)
        session.add(user)
        session.flush()
        return user

    def _password_state(self, user_id: uuid.UUID) -> tuple[str, list[str], str]:
        """The current hash, the earlier ones (newest first) and the user name."""
        with self.db.read() as session:
            user = self._load(session, user_id)
            return (user.password_hash, [h.password_hash for h in user.password_history],
                    user.username)

    def _store_password(self, user: User, new_hash: str) -> None:
        if user.password_hash:
            user.password_history.insert(0, PasswordHistory(
                password_hash=user.password_hash, created_at=self.state.clock()))
            # With the new current one, the last PASSWORD_HISTORY stay known.
            del user.password_history[PASSWORD_HISTORY - 1:]
        user.password_hash = new_hash
        user.password_changed_at = self.state.clock()

    def _load(self, session: Session, user_id: uuid.UUID) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise not_found(USER_WHAT, user_id)
        return user

    def _actor(self, session: Session, user: User) -> Actor:
        scope = subtree(session, user.scope_unit_id) if user.scope_unit_id else None
        return Actor(user.id, user.username, user.display_name, _roles(user),
                     user.scope_unit_id, scope, user.demo_database_id is not None)


def _new_password_hash(password: str, username: str, earlier: list[str]) -> str:
    """Check the rules and the history, then hash: slow by design, so outside any write."""
    check_password_policy(password, username)
    if any(_verify(h, password) for h in earlier[:PASSWORD_HISTORY] if h):
        raise ValidationError("password", Message(_CTX, QT_TRANSLATE_NOOP(
            "Accounts", "This password was used recently; choose one not among the last {n}."),
            {"n": PASSWORD_HISTORY}))
    return PASSWORD_HASHER.hash(password)


def _check_name_and_scope(session: Session, data: UserInput,
                          user_id: uuid.UUID | None) -> None:
    """The user name is free (but for the account itself) and the scope unit exists."""
    taken = select(User.id).where(User.username == data.username)
    if user_id is not None:
        taken = taken.where(User.id != user_id)
    if session.scalar(taken):
        raise ValidationError("username", Message(_CTX, QT_TRANSLATE_NOOP(
            "Accounts", "The user name {name} is taken."), {"name": data.username}))
    if data.scope_unit_id is not None and session.get(Unit, data.scope_unit_id) is None:
        raise not_found(UNIT_NOT_FOUND, data.scope_unit_id)
    if data.cadre_id is not None and session.get(Cadre, data.cadre_id) is None:
        raise ValidationError("cadre_id", Message(_CTX, QT_TRANSLATE_NOOP(
            "Accounts", "The cadre chosen for this account is no longer in the roster.")))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return PASSWORD_HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


_dummy: dict[PasswordHasher, str] = {}


def _dummy_hash() -> str:
    """A real hash with the current parameters, made once, for unknown user names."""
    if PASSWORD_HASHER not in _dummy:
        _dummy[PASSWORD_HASHER] = PASSWORD_HASHER.hash(uuid.uuid4().hex)
    return _dummy[PASSWORD_HASHER]


def _public(user: User) -> dict[str, object]:
    """What the audit keeps of an account: never the password hash."""
    return {"username": user.username, "display_name": user.display_name,
            "roles": user.roles, "scope_unit_id": str(user.scope_unit_id or ""),
            "is_active": user.is_active, "cadre_id": str(user.cadre_id or "")}


def _info(user: User, unit_names: dict[uuid.UUID, str],
          cadre_names: dict[uuid.UUID, str] | None = None) -> UserInfo:
    return UserInfo(user.id, user.username, user.display_name, _roles(user),
                    user.scope_unit_id, unit_names.get(user.scope_unit_id, "")
                    if user.scope_unit_id else "", user.is_active, user.locked_until,
                    user.failed_logins, user.last_login_at, user.demo_database_id is not None,
                    user.cadre_id, (cadre_names or {}).get(user.cadre_id, "")
                    if user.cadre_id else "")
