"""Plain data of accountability cases, in and out of `CaseService`."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from zeren_desktop.domain.enums import (
    AppealOutcome,
    CaseStage,
    ProblemCategory,
    Rank,
    SubjectKind,
)


@dataclass(frozen=True)
class ProblemInput:
    category: ProblemCategory
    description: str = ""


@dataclass(frozen=True)
class SubjectInput:
    """A team (`team_id`) or a cadre (`cadre_id`); name, unit, post and rank are taken
    from the records as they are on the case's conduct date (or today)."""

    kind: SubjectKind
    cadre_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    responsibility: str = ""   # collective | primary | important | none
    severity: str = ""         # minor | serious | grave
    measures: tuple[str, ...] = ()   # proposed; decided at the decision stage


@dataclass(frozen=True)
class CaseInput:
    number: str
    title: str
    unit_id: uuid.UUID | None
    problems: tuple[ProblemInput, ...]
    subjects: tuple[SubjectInput, ...] = ()
    clue_ids: tuple[uuid.UUID, ...] = ()
    determination_id: uuid.UUID | None = None
    conduct_date: dt.date | None = None
    proposed_on: dt.date | None = None   # the proposal's date (default today)
    proposed_by: str = ""
    summary: str = ""


@dataclass(frozen=True)
class AppealInput:
    filed_on: dt.date
    subject_id: uuid.UUID | None = None
    grounds: str = ""
    body: str = ""   # who hears it; default: the deciding body


@dataclass(frozen=True)
class AppealAnswer:
    answered_on: dt.date
    outcome: AppealOutcome
    answer: str = ""


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows (`CaseService.page` / `count`)."""

    stage: CaseStage | None = None
    unit_id: uuid.UUID | None = None       # the unit and the units under it
    year: int | None = None                # of the proposal
    due: str | None = None                 # "overdue", "due_soon" or "attention" (either)
    text: str = ""
    today: dt.date | None = None           # for `due` (None: the service's today)


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    number: str
    title: str
    unit_id: uuid.UUID | None
    unit_name: str
    stage: CaseStage
    stage_due: dt.date | None
    due_status: str            # "overdue", "due_soon" or ""
    subjects: str              # the subjects' names, for the list
    decision_date: dt.date | None
    circulate: bool
    dual_inquiry_of: uuid.UUID | None
    open_appeals: int
    created_at: dt.datetime


@dataclass(frozen=True)
class ProblemInfo:
    id: uuid.UUID
    category: ProblemCategory
    description: str


@dataclass(frozen=True)
class PeriodInfo:
    measure: str
    measure_name: str
    months: int
    starts_on: dt.date
    until: dt.date
    restriction: str
    governs: bool   # the longest of the subject's periods (art. 19)


@dataclass(frozen=True)
class SubjectInfo:
    id: uuid.UUID
    kind: SubjectKind
    cadre_id: uuid.UUID | None
    team_id: uuid.UUID | None
    unit_id: uuid.UUID | None
    name: str
    post_title: str
    rank: Rank | None
    responsibility: str
    severity: str
    measures: tuple[str, ...]
    allowed_measures: tuple[str, ...]   # from the determination, when there is one
    probation_months: int | None
    statement: str
    statement_accepted: bool | None
    adjusted_on: dt.date | None
    self_examination_on: dt.date | None
    periods: tuple[PeriodInfo, ...] = ()
    no_excellent_rating_year: int | None = None


@dataclass(frozen=True)
class EventInfo:
    id: uuid.UUID
    stage: CaseStage
    from_stage: CaseStage | None
    happened_on: dt.date
    acted_by: str
    approved_by: str
    details: dict[str, object]
    reverted: bool
    reason: str
    entered_by: str
    created_at: dt.datetime


@dataclass(frozen=True)
class AppealInfo:
    id: uuid.UUID
    subject_id: uuid.UUID | None
    subject_name: str
    filed_on: dt.date
    within_window: bool
    body: str
    grounds: str
    answer_due: dt.date
    answered_on: dt.date | None
    outcome: AppealOutcome | None
    answer: str


@dataclass(frozen=True)
class DualInquiryProposal:
    """一案双查: what the determination says, and the linked case once proposed."""

    required: bool
    grounds: tuple[str, ...]
    linked_case_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class CaseDetail:
    id: uuid.UUID
    number: str
    title: str
    unit_id: uuid.UUID | None
    unit_name: str
    stage: CaseStage
    stage_due: dt.date | None
    due_status: str
    determination_id: uuid.UUID | None
    regulation_id: str
    conduct_date: dt.date | None
    decision_date: dt.date | None
    deciding_body: str
    served_on: dt.date | None
    dual_inquiry_of: uuid.UUID | None
    dual_inquiry_of_number: str
    circulate: bool
    circulated_on: dt.date | None
    summary: str
    created_by: str
    created_at: dt.datetime
    problems: tuple[ProblemInfo, ...]
    subjects: tuple[SubjectInfo, ...]
    events: tuple[EventInfo, ...]
    appeals: tuple[AppealInfo, ...]
    clue_ids: tuple[uuid.UUID, ...]
    dual_inquiry: DualInquiryProposal
    appeal_window_ends: dt.date | None = None
    clue_numbers: tuple[str, ...] = field(default=())

    def subject(self, subject_id: uuid.UUID) -> SubjectInfo:
        return next(s for s in self.subjects if s.id == subject_id)


@dataclass(frozen=True)
class CaseDeadline:
    """One line of the dashboard: a stage or an appeal answer due."""

    case_id: uuid.UUID
    number: str
    title: str
    unit_name: str
    kind: str            # "stage" or "appeal"
    stage: CaseStage
    due: dt.date
    status: str          # "overdue" or "due_soon"
