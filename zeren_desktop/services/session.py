"""Who is acting: the signed-in user, their permissions and their data scope."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from zeren_desktop.domain.security import AccountRole, Permission, permissions_of
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    ZerenError,
    untranslated,
)

_CTX = "Session"


class NotSignedInError(ZerenError):
    def __init__(self) -> None:
        super().__init__(Message(_CTX, QT_TRANSLATE_NOOP(
            "Session", "Please sign in first.")))


class PermissionDeniedError(ZerenError):
    pass


class ReadOnlyDatabaseError(ZerenError):
    pass


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    username: str
    display_name: str
    roles: frozenset[AccountRole]
    # None: county level, sees every unit; else the units of this township's subtree.
    scope_unit_id: uuid.UUID | None
    scope_units: frozenset[uuid.UUID] | None
    is_demo: bool = False

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_of(self.roles)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def sees_unit(self, unit_id: uuid.UUID | None) -> bool:
        return self.scope_units is None or (unit_id is not None and unit_id in self.scope_units)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class SessionState:
    """Shared by every service of one opened database: the actor and the clock."""

    actor: Actor | None = None
    clock: Callable[[], dt.datetime] = field(default=utc_now)
    read_only: bool = False
    # The language of the text the services write into records (derived ledger entries):
    # the GUI and the CLI set their translator; untranslated (English) otherwise.
    translate: Translate = field(default=untranslated)
