"""SQLAlchemy 2.x typed models of the core records.

Every record carries a UUID and the id of the office that created it, so that the
county can merge townships' records without clashes.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from zeren_desktop.domain.enums import Rank, Sex, TeamKind, TeamRole, UnitKind

# Stable constraint names, so batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _enum(cls: type[Rank] | type[Sex] | type[TeamKind] | type[TeamRole] | type[UnitKind],
          length: int = 32) -> Enum:
    # Stored as plain strings (no native enum) so SQLite and PostgreSQL behave alike
    # and a new member needs no schema change.
    return Enum(cls, native_enum=False, create_constraint=False, length=length,
                values_callable=lambda members: [m.value for m in members])


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record:
    """Columns every record has."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("offices.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Office(Base):
    """A discipline-inspection office that creates records (this one, or a merged township)."""

    __tablename__ = "offices"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(100))
    is_local: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Unit(Record, Base):
    __tablename__ = "units"

    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[UnitKind] = mapped_column(_enum(UnitKind))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("units.id"), index=True)
    credit_code: Mapped[str] = mapped_column(String(18), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id", back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")


class Cadre(Record, Base):
    __tablename__ = "cadres"
    __table_args__ = (Index("ix_cadres_name", "name"),)

    name: Mapped[str] = mapped_column(String(50))
    sex: Mapped[Sex | None] = mapped_column(_enum(Sex, 8))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    ethnicity: Mapped[str] = mapped_column(String(20), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="", index=True)
    party_standing: Mapped[str] = mapped_column(String(20), default="")
    rank: Mapped[Rank] = mapped_column(_enum(Rank))
    phone: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    posts: Mapped[list[Post]] = relationship(
        back_populates="cadre", cascade="all, delete-orphan", order_by="Post.start_date")


class Post(Record, Base):
    """A post held by a cadre: accountability follows the person after transfer (art. 17)."""

    __tablename__ = "posts"

    cadre_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("cadres.id"), index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    portfolio: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)

    cadre: Mapped[Cadre] = relationship(back_populates="posts")
    unit: Mapped[Unit] = relationship()


class LeadershipTeam(Record, Base):
    __tablename__ = "leadership_teams"

    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    kind: Mapped[TeamKind] = mapped_column(_enum(TeamKind))
    name: Mapped[str] = mapped_column(String(100))

    unit: Mapped[Unit] = relationship()
    memberships: Mapped[list[TeamMembership]] = relationship(
        back_populates="team", cascade="all, delete-orphan")


class TeamMembership(Record, Base):
    __tablename__ = "team_memberships"

    team_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leadership_teams.id"), index=True)
    cadre_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("cadres.id"), index=True)
    role: Mapped[TeamRole] = mapped_column(_enum(TeamRole))
    portfolio: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)

    team: Mapped[LeadershipTeam] = relationship(back_populates="memberships")
    cadre: Mapped[Cadre] = relationship()


class User(Record, Base):
    """A person who signs in, with roles and a data scope (None: the whole county)."""

    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(50), default="")
    cadre_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("cadres.id"))
    is_active: Mapped[bool] = mapped_column(default=True)
    # Comma-separated AccountRole values; the services keep them a valid combination.
    roles: Mapped[str] = mapped_column(String(100), default="")
    scope_unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("units.id"))
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Demo accounts log in only to the demo database they were made for.
    demo_database_id: Mapped[str | None] = mapped_column(String(36))

    password_history: Mapped[list[PasswordHistory]] = relationship(
        back_populates="user", cascade="all, delete-orphan",
        order_by="PasswordHistory.created_at.desc()")


class PasswordHistory(Base):
    """Earlier password hashes, so that the last five are not reused."""

    __tablename__ = "password_history"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    user: Mapped[User] = relationship(back_populates="password_history")


class AppSetting(Base):
    """Facts about this database and office-wide settings, as text."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditRecord(Base):
    """One entry of the hash-chained audit trail; never updated or deleted by the program.

    `hash` covers every other column and `prev_hash`, so editing, inserting, deleting or
    swapping rows breaks the chain; the head is also kept outside the database.
    """

    __tablename__ = "audit_records"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    username: Mapped[str] = mapped_column(String(50), default="")
    action: Mapped[str] = mapped_column(String(50), index=True)
    entity: Mapped[str] = mapped_column(String(50), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class RegulationOverride(Base):
    """An administrator's change to a shipped regulation's values; versions are kept.

    The shipped file stays read-only; the newest version of each regulation is merged
    over it at load (periods, appeal windows, the measure map of the national text).
    """

    __tablename__ = "regulation_overrides"
    __table_args__ = (UniqueConstraint("regulation_id", "version"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    regulation_id: Mapped[str] = mapped_column(String(100), index=True)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)  # JSON, merged over the shipped file
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(50), default="")


class Determination(Record, Base):
    """A saved result of the accountability engine: what was asked, what it found."""

    __tablename__ = "determinations"

    title: Mapped[str] = mapped_column(String(200))
    regulation_id: Mapped[str] = mapped_column(String(100))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    case_input: Mapped[str] = mapped_column(Text)  # the engine's input JSON
    result: Mapped[str] = mapped_column(Text)  # the engine's output JSON
    # The override version of each regulation in force when it was made, to reproduce it.
    override_versions: Mapped[str] = mapped_column(Text, default="{}")
    created_by: Mapped[str] = mapped_column(String(50), default="")
