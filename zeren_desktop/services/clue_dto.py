"""Plain data in and out of the clue service (问题线索)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from zeren_desktop.domain.enums import ClueHandling, ClueResult, ClueSource
from zeren_desktop.domain.records import EARLIEST_DATE, clean_text
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

_CTX = "Validation"
NUMBER_MAX = 60
UNIT_TEXT_MAX = 200
TEXT_MAX = 10_000
MONEY_MAX_FEN = 10 ** 14          # one trillion yuan
PERSONS_MAX = 1_000_000
CONFIRMED_RESULTS = (ClueResult.CONFIRMED, ClueResult.PARTLY)


def _required(value: str, field_name: str, limit: int) -> str:
    value = clean_text(value)
    if not value:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation", "This field is required.")))
    return _limited(value, field_name, limit)


def _limited(value: str, field_name: str, limit: int) -> str:
    value = clean_text(value)
    if len(value) > limit:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation", "At most {limit} characters are allowed here ({n} given)."),
            {"limit": limit, "n": len(value)}))
    return value


def _date_in_range(value: dt.date | None, field_name: str, latest: dt.date) -> None:
    if value is not None and not EARLIEST_DATE <= value <= latest:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation",
            "{date} is not plausible: it must lie between 1900 and {latest}."),
            {"date": value.isoformat(), "latest": latest.isoformat()}))


def _count(value: int, field_name: str, limit: int) -> int:
    if isinstance(value, bool) or not 0 <= value <= limit:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation", "Give a number from 0 to {limit}."), {"limit": limit}))
    return value


@dataclass(frozen=True)
class ClueInput:
    """A clue as typed or imported. Money in whole fen. `cadre_ids` are the cadres it names;
    ID numbers in `subject_id_numbers` that belong to cadres of the records are linked too."""

    number: str
    received_on: dt.date
    source: ClueSource
    summary: str
    handling: ClueHandling = ClueHandling.PENDING
    subject_names: str = ""
    subject_id_numbers: str = ""
    unit_id: uuid.UUID | None = None
    unit_text: str = ""
    cadre_ids: tuple[uuid.UUID, ...] = ()
    result: ClueResult | None = None
    concluded_on: dt.date | None = None
    money_recovered_fen: int = 0
    money_corrected_fen: int = 0
    persons_disqualified: int = 0
    case_id: uuid.UUID | None = None
    remarks: str = ""

    def validated(self, today: dt.date) -> ClueInput:
        _date_in_range(self.received_on, "received_on", today)
        _date_in_range(self.concluded_on, "concluded_on", today)
        if self.concluded_on is not None and self.concluded_on < self.received_on:
            raise ValidationError("concluded_on", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "A clue cannot be concluded before it was received.")))
        if self.result is not None and self.handling == ClueHandling.PENDING:
            raise ValidationError("result", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "A clue that is only held has no result yet: choose how it "
                "was handled.")))
        return replace(
            self,
            number=_required(self.number, "number", NUMBER_MAX),
            summary=_required(self.summary, "summary", TEXT_MAX),
            subject_names=_limited(self.subject_names, "subject_names", TEXT_MAX),
            subject_id_numbers=" ".join(
                _limited(self.subject_id_numbers, "subject_id_numbers", TEXT_MAX)
                .upper().replace("，", " ").replace(",", " ").replace("、", " ").split()),
            unit_text=_limited(self.unit_text, "unit_text", UNIT_TEXT_MAX),
            cadre_ids=tuple(dict.fromkeys(self.cadre_ids)),
            money_recovered_fen=_count(self.money_recovered_fen, "money_recovered_fen",
                                       MONEY_MAX_FEN),
            money_corrected_fen=_count(self.money_corrected_fen, "money_corrected_fen",
                                       MONEY_MAX_FEN),
            persons_disqualified=_count(self.persons_disqualified, "persons_disqualified",
                                        PERSONS_MAX),
            remarks=_limited(self.remarks, "remarks", TEXT_MAX),
        )


@dataclass(frozen=True)
class ClueFilter:
    source: ClueSource | None = None
    handling: ClueHandling | None = None
    # a result; `open_only` for clues with none yet
    result: ClueResult | None = None
    open_only: bool = False
    unit_id: uuid.UUID | None = None     # the unit and those under it
    date_from: dt.date | None = None     # received on or after
    date_to: dt.date | None = None
    text: str = ""                       # in number, names, ID numbers, unit, summary, remarks
    case_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ClueRow:
    id: uuid.UUID
    number: str
    received_on: dt.date
    source: ClueSource
    summary: str
    handling: ClueHandling
    subject_names: str
    subject_id_numbers: str
    unit_id: uuid.UUID | None
    unit_name: str
    unit_text: str
    cadre_ids: tuple[uuid.UUID, ...]
    cadre_names: tuple[str, ...]
    result: ClueResult | None
    concluded_on: dt.date | None
    money_recovered_fen: int
    money_corrected_fen: int
    persons_disqualified: int
    case_id: uuid.UUID | None
    case_number: str
    remarks: str
    imported: bool

    @property
    def unit_display(self) -> str:
        return self.unit_name or self.unit_text

    def as_input(self) -> ClueInput:
        return ClueInput(
            self.number, self.received_on, self.source, self.summary, self.handling,
            self.subject_names, self.subject_id_numbers, self.unit_id, self.unit_text,
            self.cadre_ids, self.result, self.concluded_on, self.money_recovered_fen,
            self.money_corrected_fen, self.persons_disqualified, self.case_id, self.remarks)


@dataclass(frozen=True)
class ClueRate:
    """查实率 of one source (None: all sources) in one period ("" for the whole range,
    "2026" or "2026-03")."""

    source: ClueSource | None
    period: str
    received: int
    concluded: int
    confirmed: int          # 查实
    partly: int             # 部分查实
    unfounded: int          # 查否

    @property
    def rate(self) -> float | None:
        """(查实 + 部分查实) / concluded; None when none is concluded."""
        return (self.confirmed + self.partly) / self.concluded if self.concluded else None

    @property
    def rate_percent(self) -> float | None:
        rate = self.rate
        return None if rate is None else round(rate * 100, 1)


@dataclass(frozen=True)
class ClueProblem:
    """A row of an imported file that was not imported, and why."""

    row: int
    message: Message


@dataclass(frozen=True)
class ClueImportResult:
    total_rows: int                  # data rows that were not empty
    imported: int                    # added (or, on a dry run, that would be)
    already: int                     # present from an earlier import: not added again
    rejected: int                    # rows with a problem (all in the report)
    report: Path | None              # the CSV of the rejected rows; None without any
    dry_run: bool
    problems: tuple[ClueProblem, ...] = ()       # the first ones, for a preview
    preview: tuple[ClueInput, ...] = ()          # the first good rows, for a preview
    preview_rows: tuple[int, ...] = ()           # their row numbers
    ignored_headers: tuple[str, ...] = field(default_factory=tuple)
