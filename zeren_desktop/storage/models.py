"""SQLAlchemy 2.x typed models of the core records.

Every record carries a UUID and the id of the office that created it, so that the
county can merge townships' records without clashes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    delete,
    event,
    insert,
    inspect,
    select,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Mapper,
    ORMExecuteState,
    Session,
    mapped_column,
    relationship,
)

from zeren_desktop.domain.assessment import AssessmentStatus
from zeren_desktop.domain.documents import DocumentKind, DocumentStatus
from zeren_desktop.domain.enums import (
    AppealOutcome,
    CaseStage,
    ClueHandling,
    ClueResult,
    ClueSource,
    InspectionKind,
    ItemStatus,
    LabelledEnum,
    LedgerCategory,
    LedgerSource,
    ListRole,
    MeetingKind,
    ProblemCategory,
    Rank,
    Sex,
    SubjectKind,
    TalkKind,
    TeamKind,
    TeamRole,
    UnitKind,
)

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


def _enum(cls: type[LabelledEnum], length: int = 32) -> Enum:
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
    # pinyin initials of the name, every reading space-separated (domain/pinyin.py)
    pinyin: Mapped[str] = mapped_column(String(400), default="", index=True)

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
    # pinyin initials of the name, every reading space-separated (domain/pinyin.py)
    pinyin: Mapped[str] = mapped_column(String(400), default="", index=True)

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


# -- responsibility lists (责任清单)

class ListTemplate(Record, Base):
    """A template for one role's list; its items are copied into each list issued."""

    __tablename__ = "list_templates"

    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[ListRole] = mapped_column(_enum(ListRole), index=True)
    is_active: Mapped[bool] = mapped_column(default=True)
    # Which shipped default it came from ("" for one an administrator made).
    source_key: Mapped[str] = mapped_column(String(50), default="")

    items: Mapped[list[ListTemplateItem]] = relationship(
        back_populates="template", cascade="all, delete-orphan",
        order_by="ListTemplateItem.sort_order")


class ListTemplateItem(Record, Base):
    __tablename__ = "list_template_items"

    template_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("list_templates.id"), index=True)
    area: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # A retired item is no longer issued; lists already issued keep their copy.
    retired_on: Mapped[dt.date | None] = mapped_column(Date)

    template: Mapped[ListTemplate] = relationship(back_populates="items")


class ResponsibilityList(Record, Base):
    """One year's list of a team or a cadre (责任书 when signed)."""

    __tablename__ = "responsibility_lists"
    __table_args__ = (Index("ix_responsibility_lists_year_role", "year", "role"),)

    number: Mapped[str] = mapped_column(String(30), default="")
    year: Mapped[int] = mapped_column(Integer)
    role: Mapped[ListRole] = mapped_column(_enum(ListRole))
    title: Mapped[str] = mapped_column(String(200))
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("list_templates.id"), index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("leadership_teams.id"), index=True)
    cadre_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("cadres.id"), index=True)
    # The holder's post when the list was issued, as printed on it.
    holder_title: Mapped[str] = mapped_column(String(100), default="")
    portfolio: Mapped[str] = mapped_column(Text, default="")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(50), default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(50), default="")
    self_report: Mapped[str] = mapped_column(Text, default="")
    assessment_result: Mapped[str] = mapped_column(String(200), default="")

    items: Mapped[list[ResponsibilityItem]] = relationship(
        back_populates="responsibility_list", cascade="all, delete-orphan",
        order_by="ResponsibilityItem.sort_order")
    unit: Mapped[Unit] = relationship()
    team: Mapped[LeadershipTeam | None] = relationship()
    cadre: Mapped[Cadre | None] = relationship()


class ResponsibilityItem(Record, Base):
    """An item of an issued list: a copy of the template's text, with its own status."""

    __tablename__ = "responsibility_items"

    list_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("responsibility_lists.id"), index=True)
    template_item_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("list_template_items.id"), index=True)
    area: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[ItemStatus] = mapped_column(_enum(ItemStatus), default=ItemStatus.NOT_STARTED)

    responsibility_list: Mapped[ResponsibilityList] = relationship(back_populates="items")
    updates: Mapped[list[ItemStatusUpdate]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ItemStatusUpdate.on")


class ItemStatusUpdate(Record, Base):
    """Each status change of an item, dated: the quarterly self-review reads these."""

    __tablename__ = "item_status_updates"

    item_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("responsibility_items.id"), index=True)
    on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[ItemStatus] = mapped_column(_enum(ItemStatus))
    note: Mapped[str] = mapped_column(String(200), default="")
    by: Mapped[str] = mapped_column(String(50), default="")

    item: Mapped[ResponsibilityItem] = relationship(back_populates="updates")


# -- the duty ledger (履责纪实)

ledger_entry_items = Table(
    "ledger_entry_items", Base.metadata,
    Column("entry_id", Uuid, ForeignKey("ledger_entries.id"), primary_key=True),
    Column("item_id", Uuid, ForeignKey("responsibility_items.id"), primary_key=True,
           index=True),
)


class LedgerEntry(Record, Base):
    __tablename__ = "ledger_entries"
    __table_args__ = (
        # The paged views walk one of these in their sort's order (migration 0012).
        Index("ix_ledger_entries_date_order", "entry_date", "created_at", "id", "unit_id"),
        Index("ix_ledger_entries_cadre_order", "cadre_id", "entry_date", "id", "unit_id"),
        Index("ix_ledger_entries_category_order", "category", "entry_date", "id", "unit_id"),
        Index("ix_ledger_entries_unit_date", "unit_id", "entry_date"),
        Index("ix_ledger_entries_source", "source_kind", "source_id"),
    )

    cadre_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("cadres.id"))
    # The unit of the cadre's post on the day: filters and township scope use it.
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("units.id"))
    entry_date: Mapped[dt.date] = mapped_column(Date, index=True)
    category: Mapped[LedgerCategory] = mapped_column(_enum(LedgerCategory))
    matter: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(String(200), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(50), default="")
    reviewed_by: Mapped[str] = mapped_column(String(50), default="")
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Same cadre, day, kind and matter (domain.ledger.LedgerEntryInput.duplicate_key).
    duplicate_key: Mapped[str] = mapped_column(String(300), index=True)
    # Normalised text of the entry and the cadre's name (storage/search_index.py indexes it).
    search_text: Mapped[str] = mapped_column(Text, default="")
    # A derived entry (meeting, talk, case stage, scoring, inspection): made, changed and
    # removed only with its source record; None for an entry typed by hand.
    source_kind: Mapped[LedgerSource | None] = mapped_column(_enum(LedgerSource, 20))
    source_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # What the source was, as the ledger shows it (e.g. the meeting's date and title).
    source_label: Mapped[str] = mapped_column(String(300), default="")

    cadre: Mapped[Cadre] = relationship()
    unit: Mapped[Unit | None] = relationship()
    items: Mapped[list[ResponsibilityItem]] = relationship(secondary=ledger_entry_items)
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="Attachment.created_at")


class Attachment(Record, Base):
    """An evidence file, copied into the data folder and named by its SHA-256."""

    __tablename__ = "attachments"

    entry_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("ledger_entries.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)

    entry: Mapped[LedgerEntry] = relationship(back_populates="attachments")


class Inspection(Record, Base):
    """A supervision inspection (监督检查) and the rectification it demanded."""

    __tablename__ = "inspections"

    inspected_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[InspectionKind] = mapped_column(_enum(InspectionKind))
    inspectors: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    cadre_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("cadres.id"), index=True)
    findings: Mapped[str] = mapped_column(Text, default="")
    rectification: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    result: Mapped[str] = mapped_column(Text, default="")
    result_date: Mapped[dt.date | None] = mapped_column(Date)

    unit: Mapped[Unit | None] = relationship()
    cadre: Mapped[Cadre | None] = relationship()


# -- clues, accountability cases, talks (问题线索、问责案件、谈话)

clue_cadres = Table(
    "clue_cadres", Base.metadata,
    Column("clue_id", Uuid, ForeignKey("clues.id"), primary_key=True),
    Column("cadre_id", Uuid, ForeignKey("cadres.id"), primary_key=True, index=True),
)


class Clue(Record, Base):
    """A problem clue: where it came from, whom it concerns, how it was handled."""

    __tablename__ = "clues"
    __table_args__ = (
        UniqueConstraint("office_id", "number"),
        Index("ix_clues_source_received", "source", "received_on"),
        Index("ix_clues_date_order", "received_on", "number", "id", "unit_id"),
        Index("ix_clues_number_order", "number", "id", "unit_id"),
    )

    number: Mapped[str] = mapped_column(String(60))
    received_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[ClueSource] = mapped_column(_enum(ClueSource))
    # The subject unit (township scope and statistics by unit); None when not matched.
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    # Names and ID numbers as received, kept even when matched to cadres.
    subject_names: Mapped[str] = mapped_column(Text, default="")
    subject_id_numbers: Mapped[str] = mapped_column(Text, default="")
    unit_text: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    handling: Mapped[ClueHandling] = mapped_column(_enum(ClueHandling), index=True)
    result: Mapped[ClueResult | None] = mapped_column(_enum(ClueResult), index=True)
    concluded_on: Mapped[dt.date | None] = mapped_column(Date)
    money_recovered_fen: Mapped[int] = mapped_column(Integer, default=0)
    money_corrected_fen: Mapped[int] = mapped_column(Integer, default=0)
    persons_disqualified: Mapped[int] = mapped_column(Integer, default=0)
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("accountability_cases.id"), index=True)
    # A hash of the imported row's content: importing the same file twice adds nothing.
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(50), default="")

    unit: Mapped[Unit | None] = relationship()
    cadres: Mapped[list[Cadre]] = relationship(secondary=clue_cadres)


class AccountabilityCase(Record, Base):
    """An accountability case (问责案件) from proposal to archive."""

    __tablename__ = "accountability_cases"
    __table_args__ = (
        UniqueConstraint("office_id", "number"),
        Index("ix_accountability_cases_created_order", "created_at", "number", "id"),
        Index("ix_accountability_cases_number_order", "number", "id"),
        Index("ix_accountability_cases_due_order", "stage_due", "number", "id"),
    )

    number: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    stage: Mapped[CaseStage] = mapped_column(_enum(CaseStage), index=True)
    # When the stage must be left (set with each change of stage; the list sorts on it).
    stage_due: Mapped[dt.date | None] = mapped_column(Date)
    determination_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("determinations.id"))
    conduct_date: Mapped[dt.date | None] = mapped_column(Date)
    # Set by the decision stage; the statistics count a case in its decision's period.
    decision_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    deciding_body: Mapped[str] = mapped_column(String(200), default="")
    # 一案双查: the case whose determination called for this one.
    dual_inquiry_of: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("accountability_cases.id"), index=True)
    circulate: Mapped[bool] = mapped_column(default=False)  # 典型案例通报
    circulated_on: Mapped[dt.date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(50), default="")

    unit: Mapped[Unit | None] = relationship()
    problems: Mapped[list[CaseProblem]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseProblem.position")
    subjects: Mapped[list[CaseSubject]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseSubject.position")
    events: Mapped[list[CaseStageEvent]] = relationship(
        back_populates="case", cascade="all, delete-orphan",
        order_by="CaseStageEvent.created_at")
    appeals: Mapped[list[Appeal]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Appeal.filed_on")


class CaseProblem(Record, Base):
    """One problem a case deals with; the statistics count problems, not cases."""

    __tablename__ = "case_problems"

    case_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accountability_cases.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[ProblemCategory] = mapped_column(_enum(ProblemCategory))
    description: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[AccountabilityCase] = relationship(back_populates="problems")


class CaseSubject(Record, Base):
    """A team or cadre held accountable in a case, with what was decided for them.

    Name, unit, post and rank are kept as they were at the time (art. 17: a later
    transfer changes nothing); `measures` holds the regulation's measure codes.
    """

    __tablename__ = "case_subjects"

    case_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accountability_cases.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[SubjectKind] = mapped_column(_enum(SubjectKind))
    cadre_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("cadres.id"), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("leadership_teams.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    post_title: Mapped[str] = mapped_column(String(200), default="")
    rank: Mapped[Rank | None] = mapped_column(_enum(Rank))
    responsibility: Mapped[str] = mapped_column(String(32), default="")
    severity: Mapped[str] = mapped_column(String(16), default="")
    measures: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    probation_months: Mapped[int | None] = mapped_column(Integer)
    # Execution (执行): organisational adjustment done, written self-examination received.
    adjusted_on: Mapped[dt.date | None] = mapped_column(Date)
    self_examination_on: Mapped[dt.date | None] = mapped_column(Date)
    statement: Mapped[str] = mapped_column(Text, default="")  # 陈述申辩
    statement_accepted: Mapped[bool | None] = mapped_column()

    case: Mapped[AccountabilityCase] = relationship(back_populates="subjects")
    cadre: Mapped[Cadre | None] = relationship()


class CaseStageEvent(Record, Base):
    """One step of a case: a stage reached, or a step back with its reason (kept)."""

    __tablename__ = "case_stage_events"

    case_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accountability_cases.id"), index=True)
    stage: Mapped[CaseStage] = mapped_column(_enum(CaseStage))
    from_stage: Mapped[CaseStage | None] = mapped_column(_enum(CaseStage))
    happened_on: Mapped[dt.date] = mapped_column(Date)
    acted_by: Mapped[str] = mapped_column(String(200), default="")   # who acted (names)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the stage's fields
    reverted: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(50), default="")

    case: Mapped[AccountabilityCase] = relationship(back_populates="events")


class Appeal(Record, Base):
    """An appeal (申诉) against a decision; execution goes on meanwhile (art. 20)."""

    __tablename__ = "appeals"

    case_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accountability_cases.id"), index=True)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("case_subjects.id"), index=True)
    filed_on: Mapped[dt.date] = mapped_column(Date)
    within_window: Mapped[bool] = mapped_column(default=True)
    body: Mapped[str] = mapped_column(String(200), default="")  # who hears it
    grounds: Mapped[str] = mapped_column(Text, default="")
    answer_due: Mapped[dt.date] = mapped_column(Date, index=True)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[AppealOutcome | None] = mapped_column(_enum(AppealOutcome))
    answer: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(50), default="")

    case: Mapped[AccountabilityCase] = relationship(back_populates="appeals")


class InfluencePeriodRecord(Record, Base):
    """An influence period (影响期) computed by the engine at the decision, for search."""

    __tablename__ = "influence_periods"
    __table_args__ = (Index("ix_influence_periods_cadre_until", "cadre_id", "until"),)

    case_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("accountability_cases.id"), index=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("case_subjects.id"), index=True)
    cadre_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("cadres.id"))
    measure: Mapped[str] = mapped_column(String(50))
    months: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date] = mapped_column(Date, index=True)
    restriction: Mapped[str] = mapped_column(String(200), default="")


class Talk(Record, Base):
    """A talk record (廉政谈话、提醒谈话、约谈、诫勉谈话) with its follow-up."""

    __tablename__ = "talks"

    kind: Mapped[TalkKind] = mapped_column(_enum(TalkKind), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[str] = mapped_column(String(5), default="")   # HH:MM
    end_time: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    cadre_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("cadres.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    subject_name: Mapped[str] = mapped_column(String(200), default="")
    talker: Mapped[str] = mapped_column(String(200), default="")
    note_taker: Mapped[str] = mapped_column(String(200), default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    statement: Mapped[str] = mapped_column(Text, default="")
    rectification: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    follow_up_note: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("accountability_cases.id"), index=True)
    entered_by: Mapped[str] = mapped_column(String(50), default="")

    cadre: Mapped[Cadre | None] = relationship()



meeting_attendees = Table(
    "meeting_attendees", Base.metadata,
    Column("meeting_id", Uuid, ForeignKey("meetings.id"), primary_key=True),
    Column("cadre_id", Uuid, ForeignKey("cadres.id"), primary_key=True, index=True),
)

meeting_items = Table(
    "meeting_items", Base.metadata,
    Column("meeting_id", Uuid, ForeignKey("meetings.id"), primary_key=True),
    Column("item_id", Uuid, ForeignKey("responsibility_items.id"), primary_key=True,
           index=True),
)


class Meeting(Record, Base):
    """A meeting (党委会、党组会、专题会、民主生活会): typed once, it feeds the duty ledger
    of every attending leader and the list items it served."""

    __tablename__ = "meetings"

    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind))
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    presided_by: Mapped[str] = mapped_column(String(200), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")       # one item per line
    decisions: Mapped[str] = mapped_column(Text, default="")
    # Studied integrity work (党风廉政建设): only then it is a 研究部署 entry of the ledger.
    integrity: Mapped[bool] = mapped_column(default=True)
    entered_by: Mapped[str] = mapped_column(String(50), default="")

    unit: Mapped[Unit] = relationship()
    attendees: Mapped[list[Cadre]] = relationship(secondary=meeting_attendees,
                                                  order_by="Cadre.name")
    items: Mapped[list[ResponsibilityItem]] = relationship(secondary=meeting_items)


# -- documents (文书): templates with versions, drafts, sign-off, numbering

class DocumentTemplate(Base):
    """One version of the template of a kind; an edit adds a version, never rewrites one.

    The newest active version is used for new drafts (version 1: the shipped file)."""

    __tablename__ = "document_templates"
    __table_args__ = (UniqueConstraint("office_id", "kind", "version"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("offices.id"), index=True)
    kind: Mapped[DocumentKind] = mapped_column(_enum(DocumentKind))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    addressee: Mapped[str] = mapped_column(Text, default="")
    signer: Mapped[str] = mapped_column(Text, default="")
    copies_to: Mapped[str] = mapped_column(Text, default="")
    page_signature: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(50), default="")


class DocumentCounter(Base):
    """The last number issued per issuer prefix, kind and year (发文字号).

    Incremented in the transaction that signs, so a number is used exactly when a document
    is signed: no gaps, no repeats (documents' unique constraint is the backstop)."""

    __tablename__ = "document_counters"

    issuer_prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    kind: Mapped[DocumentKind] = mapped_column(_enum(DocumentKind), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)


class Document(Record, Base):
    """A document from draft to signature. Once signed it is frozen: its PDF bytes, their
    SHA-256 and the verification code are kept, and a correction is a new version
    (`supersedes_id`) that leaves this one as it is.

    The parts (`title_template` … `body`) are in the template language with the values of
    `fields` (JSON); `title` and `text` are them filled, for lists and search."""

    __tablename__ = "documents"
    __table_args__ = (
        # Numbers are unique per issuing office: a township's documents imported at the
        # county keep their own numbers (migration 0010).
        UniqueConstraint("office_id", "issuer_prefix", "kind", "year", "sequence"),
        Index("ix_documents_kind_status", "kind", "status"),
    )

    kind: Mapped[DocumentKind] = mapped_column(_enum(DocumentKind))
    status: Mapped[DocumentStatus] = mapped_column(_enum(DocumentStatus), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    title_template: Mapped[str] = mapped_column(Text, default="")
    addressee: Mapped[str] = mapped_column(Text, default="")
    signer: Mapped[str] = mapped_column(Text, default="")
    copies_to: Mapped[str] = mapped_column(Text, default="")
    page_signature: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[str] = mapped_column(Text, default="{}")
    issuer_mark: Mapped[str] = mapped_column(String(100), default="")
    copy_number: Mapped[str] = mapped_column(String(20), default="")   # 份号
    secrecy: Mapped[str] = mapped_column(String(40), default="")       # 密级和保密期限
    document_date: Mapped[dt.date | None] = mapped_column(Date)       # 成文日期
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("document_templates.id"))
    template_version: Mapped[int | None] = mapped_column(Integer)
    # What it was made from (township scope follows `unit_id`).
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("accountability_cases.id"), index=True)
    # No foreign key: a subject taken out of a case (before the decision) leaves the
    # documents that named it as they are.
    case_subject_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    talk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("talks.id"), index=True)
    list_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("responsibility_lists.id"), index=True)
    source: Mapped[str] = mapped_column(Text, default="{}")  # JSON: how to fill it again
    # Numbering, set when signed.
    issuer_prefix: Mapped[str] = mapped_column(String(20), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    sequence: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60), default="", index=True)
    # Sign-off.
    created_by: Mapped[str] = mapped_column(String(50), default="")
    submitted_by: Mapped[str] = mapped_column(String(50), default="")
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str] = mapped_column(String(50), default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signed_by: Mapped[str] = mapped_column(String(50), default="")
    signed_by_name: Mapped[str] = mapped_column(String(50), default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    returned_by: Mapped[str] = mapped_column(String(50), default="")
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    return_reason: Mapped[str] = mapped_column(Text, default="")
    # The signed PDF, exactly as issued.
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    pages: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    verification_code: Mapped[str | None] = mapped_column(String(12), unique=True)
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("documents.id"), index=True)
    # Set once, when the new version is signed: the only change a signed row ever sees.
    superseded_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("documents.id"))


# -- the quantitative assessment of units (量化考核)

class AssessmentSheet(Base):
    """One version of a year's indicator sheet for a kind of unit (domain.assessment's
    `sheet_to_dict` as JSON). A version that has scored a unit is never rewritten: a change
    is a new version; the newest version is the one new scorings use."""

    __tablename__ = "assessment_sheets"
    __table_args__ = (UniqueConstraint("office_id", "year", "unit_kind", "version"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("offices.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    unit_kind: Mapped[UnitKind] = mapped_column(_enum(UnitKind))
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)  # JSON: sheet_to_dict
    note: Mapped[str] = mapped_column(Text, default="")  # why this version was made
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(50), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class UnitAssessment(Record, Base):
    """A unit's scoring of a year: draft → reviewed → locked (then it never changes).

    Points are kept as integer hundredths (12.5 points = 1250), exact. `manual` holds the
    assessor's inputs and comments by item code, `automatic` the figures computed from the
    records with their evidence (as last computed; frozen once locked), both JSON."""

    __tablename__ = "unit_assessments"
    __table_args__ = (UniqueConstraint("office_id", "year", "unit_id"),)

    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    sheet_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("assessment_sheets.id"), index=True)
    status: Mapped[AssessmentStatus] = mapped_column(_enum(AssessmentStatus), index=True)
    manual: Mapped[str] = mapped_column(Text, default="{}")
    automatic: Mapped[str] = mapped_column(Text, default="[]")
    total_hundredths: Mapped[int] = mapped_column(Integer, default=0)
    base_hundredths: Mapped[int] = mapped_column(Integer, default=0)
    bonus_hundredths: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: [[category, "points"], ...] in sheet order (the tie rule reads them).
    subtotals: Mapped[str] = mapped_column(Text, default="[]")
    vetoed: Mapped[bool] = mapped_column(default=False)
    assessor: Mapped[str] = mapped_column(String(50), default="")
    reviewer: Mapped[str] = mapped_column(String(50), default="")
    review_note: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    locked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AssessmentTalkProposal(Record, Base):
    """A talk (约谈) proposed with the principal leader of a unit at the bottom of a year's
    ranking; `talk_id` is the talk record once held (cleared if that record is deleted)."""

    __tablename__ = "assessment_talk_proposals"
    __table_args__ = (UniqueConstraint("office_id", "year", "unit_id"),)

    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("units.id"), index=True)
    cadre_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("cadres.id"), index=True)
    rank: Mapped[int] = mapped_column(Integer)
    total_hundredths: Mapped[int] = mapped_column(Integer, default=0)
    talk_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("talks.id", ondelete="SET NULL"), index=True)
    created_by: Mapped[str] = mapped_column(String(50), default="")


# -- exchange packages between offices (township → county)

class TrustedOffice(Base):
    """Another office's public key, registered once: packages signed with it are accepted.

    `office_id` is the office the key was issued to; None trusts the key for any office
    id (the demo's own key, identical in every demo database of a seed)."""

    __tablename__ = "trusted_offices"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    office_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    public_key: Mapped[str] = mapped_column(String(100))  # raw Ed25519 key, base64
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    registered_by: Mapped[str] = mapped_column(String(50), default="")


class ImportedPackage(Base):
    """An exchange package imported here (its id is the SHA-256 of its manifest)."""

    __tablename__ = "imported_packages"

    package_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_office_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    source_name: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(50), default="")
    # JSON: {"inserted": n, "updated": n, "unchanged": n, "conflicts": n}
    counts: Mapped[str] = mapped_column(Text, default="{}")


class ImportedVersion(Base):
    """The `updated_at` of each record as last imported, to tell a local change since."""

    __tablename__ = "imported_versions"

    table_name: Mapped[str] = mapped_column(String(50), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ExchangeConflict(Base):
    """A record changed here and at its origin since the last import: a person decides."""

    __tablename__ = "exchange_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    package_id: Mapped[str] = mapped_column(String(64), index=True)
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    local_values: Mapped[str] = mapped_column(Text)     # JSON
    incoming_values: Mapped[str] = mapped_column(Text)  # JSON
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    resolution: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str] = mapped_column(String(50), default="")


class Deletion(Base):
    """A tombstone: a record deleted here (the delete paths write it, see below) or at its
    origin (received in an exchange package), so that the deletion travels to the county
    and an older package never brings the record back."""

    __tablename__ = "deletions"
    __table_args__ = (Index("ix_deletions_office_deleted", "office_id", "deleted_at"),)

    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(50))
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)       # the record's origin
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    version: Mapped[dt.datetime] = mapped_column(DateTime)   # its updated_at when deleted
    # The package it arrived in; "" for a deletion made here.
    package_id: Mapped[str] = mapped_column(String(64), default="")


class AttachmentBlob(Base):
    """An evidence file's bytes, by SHA-256, on a database server (PostgreSQL): every PC
    of the county opens it from here (and keeps a copy in its data folder as a cache).
    A SQLite office keeps its files beside the database file instead (backed up with it)."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# -- change tracking for exchange packages

# Tables with an id and an office_id that are not exchanged (services/exchange.py).
NOT_EXCHANGED = frozenset({"users", "audit_records", "trusted_offices", "offices"})
# Execution option of a DELETE whose tombstones the caller writes itself (the import).
UNTRACKED = "zeren_untracked"


def tracks_deletions(table: Table) -> bool:
    """Does a deletion from `table` leave a tombstone (an exchanged record's table)?"""
    return "id" in table.c and "office_id" in table.c and table.name not in NOT_EXCHANGED


def _version_of(table: Table) -> Column[dt.datetime]:
    return table.c.updated_at if "updated_at" in table.c else table.c.created_at


def _tombstones(connection: Connection, table: Table,
                rows: Sequence[tuple[uuid.UUID, uuid.UUID, dt.datetime]]) -> None:
    if not rows:
        return
    deletions = Base.metadata.tables["deletions"]
    ids = [r[0] for r in rows]
    for i in range(0, len(ids), 500):
        connection.execute(delete(deletions).where(deletions.c.record_id.in_(ids[i:i + 500])))
    now = utcnow()
    connection.execute(insert(deletions), [
        {"record_id": record, "table_name": table.name, "office_id": office,
         "deleted_at": now, "version": version or now, "package_id": ""}
        for record, office, version in rows])


@event.listens_for(Base, "before_delete", propagate=True)
def _record_deleted(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    """Every ORM delete of a record (cascades and orphans included) leaves a tombstone."""
    table = mapper.local_table
    if not isinstance(table, Table) or not tracks_deletions(table):
        return
    state = inspect(target)
    loaded = state.dict
    record = loaded.get("id") or (state.identity[0] if state.identity else None)
    if record is None:
        return
    version = _version_of(table)
    office, stamp = loaded.get("office_id"), loaded.get(version.key)
    if office is None or stamp is None:
        row = connection.execute(select(table.c.office_id, version).where(
            table.c.id == record)).first()
        if row is None:
            return
        office, stamp = row
    _tombstones(connection, table, [(record, office, stamp)])


@event.listens_for(Session, "do_orm_execute")
def _bulk_deleted(state: ORMExecuteState) -> None:
    """A DELETE statement through a session (not the ORM's unit of work) on a record table:
    tombstones for the rows it is about to delete."""
    if not state.is_delete or state.execution_options.get(UNTRACKED):
        return
    statement = state.statement
    table = getattr(statement, "table", None)
    if not isinstance(table, Table) or not tracks_deletions(table):
        return
    query = select(table.c.id, table.c.office_id, _version_of(table))
    where = getattr(statement, "whereclause", None)
    if where is not None:
        query = query.where(where)
    rows = [tuple(r) for r in state.session.execute(query)]
    _tombstones(state.session.connection(), table, rows)


@event.listens_for(Session, "before_flush")
def _touch_link_owners(session: Session, _context: Any, _instances: Any) -> None:
    """A record whose links alone changed (a ledger entry's list items, a meeting's
    attendees or items, a clue's cadres) counts as changed: its updated_at moves, so an
    exchange package `--since` carries it and its links."""
    for target in list(session.dirty):
        if not isinstance(target, Record) or target in session.deleted:
            continue
        state = inspect(target)
        for relation in state.mapper.relationships:
            if relation.secondary is None:
                continue
            history = state.attrs[relation.key].history
            if history.added or history.deleted:
                target.updated_at = utcnow()
                break
