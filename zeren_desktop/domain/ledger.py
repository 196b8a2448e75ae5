"""Responsibility lists, duty-ledger entries and inspections: inputs and their checks.

Pure Python. The services validate every input with these before writing anything.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
import uuid
from dataclasses import dataclass, field, replace

from zeren_desktop.domain.enums import InspectionKind, ItemStatus, LedgerCategory, ListRole
from zeren_desktop.domain.records import EARLIEST_DATE, clean_text
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

_CTX = "Validation"
SHORT_MAX = 200     # matter, place, inspectors
TEXT_MAX = 10_000   # content and measures, findings
YEAR_MIN, YEAR_MAX = 2000, 2100


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
    if value is None:
        return
    if value < EARLIEST_DATE or value > latest:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation",
            "{date} is not plausible: it must lie between 1900 and {latest}."),
            {"date": value.isoformat(), "latest": latest.isoformat()}))


def check_year(year: int, field_name: str = "year") -> int:
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation", "The year {year} is not plausible."), {"year": year}))
    return year


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """First and last day of a quarter."""
    start = dt.date(year, 3 * quarter - 2, 1)
    end = (dt.date(year + 1, 1, 1) if quarter == 4
           else dt.date(year, 3 * quarter + 1, 1)) - dt.timedelta(days=1)
    return start, end


# -- search: character bigrams (DESIGN.md: FTS trigram cannot find two-character names)

_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise_for_search(text: str) -> str:
    """Full-width to half-width, case folded, whitespace and punctuation dropped."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


@functools.lru_cache(maxsize=4096)
def bigrams(text: str) -> frozenset[str]:
    """The character pairs of `text` after normalising; a single character is its own gram."""
    norm = normalise_for_search(text)
    if len(norm) == 1:
        return frozenset((norm,))
    return frozenset(norm[i:i + 2] for i in range(len(norm) - 1))


# -- inputs

@dataclass(frozen=True)
class TemplateItemInput:
    """One item of a list template; `id` None for a new item."""

    area: str
    text: str
    id: uuid.UUID | None = None

    def validated(self, index: int) -> TemplateItemInput:
        prefix = f"items[{index}]."
        return replace(self, area=_limited(self.area, prefix + "area", SHORT_MAX),
                       text=_required(self.text, prefix + "text", TEXT_MAX))


@dataclass(frozen=True)
class TemplateInput:
    name: str
    role: ListRole
    items: tuple[TemplateItemInput, ...] = field(default_factory=tuple)

    def validated(self) -> TemplateInput:
        name = _required(self.name, "name", SHORT_MAX)
        if not self.items:
            raise ValidationError("items", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "A list template needs at least one item.")))
        return replace(self, name=name,
                       items=tuple(i.validated(n) for n, i in enumerate(self.items)))


@dataclass(frozen=True)
class IssueRequest:
    """Issue the year's lists from templates: to the teams and cadres of some units.

    Each cadre of the chosen units gets the list of their role (principal leader or
    member) and each team the team or supervisory list; those who already have the
    year's list of that role are skipped.
    """

    year: int
    unit_ids: tuple[uuid.UUID, ...]
    issued_on: dt.date
    include_subunits: bool = True

    def validated(self, today: dt.date) -> IssueRequest:
        check_year(self.year)
        _date_in_range(self.issued_on, "issued_on", today + dt.timedelta(days=366))
        if not self.unit_ids:
            raise ValidationError("unit_ids", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "Choose at least one unit.")))
        return self


@dataclass(frozen=True)
class SignatureInput:
    """Who signed the list on paper (责任书), and when."""

    signed_on: dt.date
    signed_by: str

    def validated(self, today: dt.date) -> SignatureInput:
        _date_in_range(self.signed_on, "signed_on", today)
        return replace(self, signed_by=_required(self.signed_by, "signed_by", 50))


@dataclass(frozen=True)
class LedgerEntryInput:
    cadre_id: uuid.UUID
    entry_date: dt.date
    category: LedgerCategory
    matter: str
    place: str = ""
    participants: str = ""
    content: str = ""
    evidence: str = ""       # evidence numbers or references on paper
    remarks: str = ""
    item_ids: tuple[uuid.UUID, ...] = field(default_factory=tuple)

    def validated(self, today: dt.date) -> LedgerEntryInput:
        _date_in_range(self.entry_date, "entry_date", today)
        return replace(
            self,
            matter=_required(self.matter, "matter", SHORT_MAX),
            place=_limited(self.place, "place", SHORT_MAX),
            participants=_limited(self.participants, "participants", TEXT_MAX),
            content=_limited(self.content, "content", TEXT_MAX),
            evidence=_limited(self.evidence, "evidence", SHORT_MAX),
            remarks=_limited(self.remarks, "remarks", TEXT_MAX),
            item_ids=tuple(dict.fromkeys(self.item_ids)),
        )

    def duplicate_key(self) -> str:
        """Same cadre, day, kind and matter: the same entry entered twice."""
        return "|".join((str(self.cadre_id), self.entry_date.isoformat(), self.category.value,
                         normalise_for_search(self.matter)))


@dataclass(frozen=True)
class InspectionInput:
    inspected_on: dt.date
    kind: InspectionKind
    inspectors: str
    unit_id: uuid.UUID | None = None
    cadre_id: uuid.UUID | None = None
    findings: str = ""
    rectification: str = ""
    deadline: dt.date | None = None
    result: str = ""
    result_date: dt.date | None = None

    def validated(self, today: dt.date) -> InspectionInput:
        _date_in_range(self.inspected_on, "inspected_on", today)
        if self.unit_id is None and self.cadre_id is None:
            raise ValidationError("unit_id", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "Say which unit or cadre was inspected.")))
        if self.deadline is not None and self.deadline < self.inspected_on:
            raise ValidationError("deadline", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "The rectification deadline cannot come before the inspection.")))
        _date_in_range(self.result_date, "result_date", today)
        if self.result_date is not None and self.result_date < self.inspected_on:
            raise ValidationError("result_date", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "The result cannot come before the inspection.")))
        return replace(
            self,
            inspectors=_required(self.inspectors, "inspectors", SHORT_MAX),
            findings=_limited(self.findings, "findings", TEXT_MAX),
            rectification=_limited(self.rectification, "rectification", TEXT_MAX),
            result=_limited(self.result, "result", TEXT_MAX),
        )


@dataclass(frozen=True)
class ItemStatusInput:
    status: ItemStatus
    on: dt.date
    note: str = ""

    def validated(self, today: dt.date) -> ItemStatusInput:
        _date_in_range(self.on, "on", today)
        return replace(self, note=_limited(self.note, "note", SHORT_MAX))


@dataclass(frozen=True)
class YearEndInput:
    """The year-end page of the ledger book: the leader's self-report and the result."""

    self_report: str
    assessment_result: str = ""

    def validated(self) -> YearEndInput:
        return replace(self, self_report=_limited(self.self_report, "self_report", TEXT_MAX),
                       assessment_result=_limited(self.assessment_result,
                                                  "assessment_result", SHORT_MAX))
