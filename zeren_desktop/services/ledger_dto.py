"""Plain data of responsibility lists, the duty ledger and inspections for the UI and CLI."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from zeren_desktop.domain.enums import (
    InspectionKind,
    ItemStatus,
    LedgerCategory,
    LedgerSource,
    ListRole,
)


@dataclass(frozen=True)
class TemplateItemInfo:
    id: uuid.UUID
    area: str
    text: str
    sort_order: int
    retired_on: dt.date | None


@dataclass(frozen=True)
class TemplateInfo:
    id: uuid.UUID
    name: str
    role: ListRole
    is_active: bool
    source_key: str
    items: tuple[TemplateItemInfo, ...]

    @property
    def current_items(self) -> tuple[TemplateItemInfo, ...]:
        return tuple(i for i in self.items if i.retired_on is None)


@dataclass(frozen=True)
class ListRow:
    id: uuid.UUID
    number: str
    year: int
    role: ListRole
    title: str
    holder: str              # cadre name or team name
    unit_id: uuid.UUID
    unit_name: str
    cadre_id: uuid.UUID | None
    team_id: uuid.UUID | None
    issued_on: dt.date
    signed_on: dt.date | None
    signed_by: str
    items: int
    done: int


@dataclass(frozen=True)
class ListItemInfo:
    id: uuid.UUID
    number: int
    area: str
    text: str
    status: ItemStatus
    entries: int             # ledger entries serving it


@dataclass(frozen=True)
class ListDetail:
    row: ListRow
    holder_title: str
    portfolio: str
    issued_by: str
    self_report: str
    assessment_result: str
    items: tuple[ListItemInfo, ...]


@dataclass(frozen=True)
class IssueResult:
    created: tuple[uuid.UUID, ...]
    skipped: int             # holders who already had the year's list of that role
    without_template: tuple[ListRole, ...] = ()   # roles with no active template


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    file_name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class LedgerFilter:
    cadre_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None        # the unit and the units under it
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    category: LedgerCategory | None = None
    reviewed: bool | None = None
    text: str = ""


@dataclass(frozen=True)
class LedgerRow:
    id: uuid.UUID
    entry_date: dt.date
    cadre_id: uuid.UUID
    cadre_name: str
    unit_name: str
    category: LedgerCategory
    matter: str
    place: str
    participants: str
    content: str
    evidence: str
    remarks: str
    entered_by: str
    reviewed_by: str
    reviewed_at: dt.datetime | None
    # Set for an entry derived from another record (meeting, talk, case stage …).
    source_kind: LedgerSource | None = None
    source_id: uuid.UUID | None = None
    source_label: str = ""

    @property
    def derived(self) -> bool:
        return self.source_kind is not None

    @property
    def reviewed(self) -> bool:
        return self.reviewed_at is not None


@dataclass(frozen=True)
class LedgerEntryDetail:
    row: LedgerRow
    item_ids: tuple[uuid.UUID, ...]
    attachments: tuple[AttachmentInfo, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CadreItemChoice:
    """A list item a cadre's entry may serve: from their own list or their team's."""

    id: uuid.UUID
    list_title: str
    number: int
    text: str


@dataclass(frozen=True)
class Reminder:
    """What a cadre's ledger still lacks: must-record kinds this quarter, items this year."""

    cadre_id: uuid.UUID
    cadre_name: str
    unit_name: str
    year: int
    quarter: int
    missing_categories: tuple[LedgerCategory, ...]
    unserved_items: tuple[ListItemInfo, ...]


@dataclass(frozen=True)
class LedgerImportResult:
    imported: int
    problems: int


@dataclass(frozen=True)
class InspectionRow:
    id: uuid.UUID
    inspected_on: dt.date
    kind: InspectionKind
    inspectors: str
    unit_id: uuid.UUID | None
    unit_name: str
    cadre_id: uuid.UUID | None
    cadre_name: str
    findings: str
    rectification: str
    deadline: dt.date | None
    result: str
    result_date: dt.date | None

    def is_overdue(self, today: dt.date) -> bool:
        return self.deadline is not None and self.result_date is None and self.deadline < today
