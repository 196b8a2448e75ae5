"""Plain data the services return to the UI and the CLI (no ORM objects leave a service)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from zeren_desktop.domain.enums import Rank, Sex, TeamKind, TeamRole, UnitKind


@dataclass(frozen=True)
class UnitInfo:
    id: uuid.UUID
    name: str
    short_name: str
    kind: UnitKind
    parent_id: uuid.UUID | None
    credit_code: str
    notes: str
    sort_order: int


@dataclass(frozen=True)
class PostInfo:
    id: uuid.UUID
    unit_id: uuid.UUID
    unit_name: str
    title: str
    portfolio: str
    start_date: dt.date
    end_date: dt.date | None

    @property
    def is_current(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True)
class CadreRow:
    """One line of the cadre table: the person and their current main post."""

    id: uuid.UUID
    name: str
    sex: Sex | None
    birth_date: dt.date | None
    rank: Rank
    unit_name: str
    title: str


@dataclass(frozen=True)
class CadreDetail:
    id: uuid.UUID
    name: str
    sex: Sex | None
    birth_date: dt.date | None
    ethnicity: str
    id_number: str
    party_standing: str
    rank: Rank
    phone: str
    notes: str
    posts: tuple[PostInfo, ...]


@dataclass(frozen=True)
class MemberInfo:
    id: uuid.UUID
    cadre_id: uuid.UUID
    cadre_name: str
    role: TeamRole
    portfolio: str
    start_date: dt.date
    end_date: dt.date | None


@dataclass(frozen=True)
class TeamInfo:
    id: uuid.UUID
    unit_id: uuid.UUID
    kind: TeamKind
    name: str
    members: tuple[MemberInfo, ...]


@dataclass(frozen=True)
class DatabaseSummary:
    office_name: str
    units: int
    cadres: int
    posts: int
    teams: int

    @property
    def is_empty(self) -> bool:
        return self.units == 0 and self.cadres == 0
