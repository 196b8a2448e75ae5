"""Plain data of the quantitative assessment, in and out of `AssessmentService`."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from zeren_desktop.domain.assessment import (
    AssessmentStatus,
    IndicatorSheet,
    ItemInput,
    Metric,
    SheetScore,
)
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.text import Message


@dataclass(frozen=True)
class SheetInfo:
    """One version of a year's indicator sheet for a kind of unit."""

    id: uuid.UUID
    year: int
    unit_kind: UnitKind
    version: int
    sheet: IndicatorSheet
    in_use: bool            # has scored a unit: never rewritten, a change is a new version
    is_current: bool        # the version new scorings use
    created_at: dt.datetime
    created_by: str         # "" for the shipped default


@dataclass(frozen=True)
class EvidenceRow:
    """One record behind an automatic figure, to show the assessor and print."""

    kind: str               # "ledger", "list", "case", "clue", "talk", "inspection"
    record_id: uuid.UUID | None
    day: dt.date | None
    text: str               # e.g. "王某 2026年第二季度 缺：研究查处案件、追责问责"
    counts: bool            # True: this row is a shortfall / occurrence that scored
    # The same text, translatable (`text` is it rendered untranslated): show
    # `message.render(translate)` when there is one.
    message: Message | None = None


@dataclass(frozen=True)
class AutomaticFigure:
    """What the records say for an automatic item of one unit."""

    code: str
    metric: Metric
    given: ItemInput        # the input the rule scores (count, shares or met)
    summary: Message        # e.g. "3 of 12 lists were not signed by 2026-03-31"
    evidence: tuple[EvidenceRow, ...] = ()


@dataclass(frozen=True)
class ManualScore:
    """The assessor's input for a manual item, with the comment that explains it."""

    given: ItemInput
    comment: str = ""


@dataclass(frozen=True)
class AssessmentRow:
    """A unit in a year's assessment (whether or not it has been scored yet)."""

    unit_id: uuid.UUID
    unit_name: str
    unit_kind: UnitKind
    assessment_id: uuid.UUID | None      # None: not scored yet
    status: AssessmentStatus | None
    total: Decimal | None
    vetoed: bool
    rank: int | None                     # among the locked results of the same kind
    assessor: str = ""
    reviewer: str = ""
    locked_at: dt.datetime | None = None


@dataclass(frozen=True)
class AssessmentDetail:
    id: uuid.UUID
    year: int
    unit_id: uuid.UUID
    unit_name: str
    sheet: SheetInfo
    status: AssessmentStatus
    automatic: tuple[AutomaticFigure, ...]   # as computed when last saved (frozen once locked)
    manual: dict[str, ManualScore]            # by item code
    score: SheetScore
    comments: dict[str, str]                  # by item code: the assessor's comments
    assessor: str
    reviewer: str
    review_note: str
    created_at: dt.datetime
    updated_at: dt.datetime
    locked_at: dt.datetime | None


@dataclass(frozen=True)
class RankingRow:
    rank: int
    unit_id: uuid.UUID
    unit_name: str
    total: Decimal
    vetoed: bool
    subtotals: tuple[tuple[str, Decimal], ...]
    in_bottom: bool                     # among the last N that are summoned for a talk


@dataclass(frozen=True)
class Ranking:
    year: int
    unit_kind: UnitKind
    rows: tuple[RankingRow, ...]
    bottom_n: int                        # the setting used
    not_scored: tuple[str, ...] = ()     # units of the kind without a locked result
    tie_rule: Message | None = None      # printed under the table


@dataclass(frozen=True)
class TalkProposal:
    """A talk (约谈) proposed with the principal leader of a unit at the bottom."""

    id: uuid.UUID
    year: int
    unit_id: uuid.UUID
    unit_name: str
    cadre_id: uuid.UUID | None
    cadre_name: str                     # "" when the unit has no principal leader on record
    rank: int
    total: Decimal
    talk_id: uuid.UUID | None           # the talk record once held
    created_at: dt.datetime = field(default_factory=dt.datetime.now)
