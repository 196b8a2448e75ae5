"""Quantitative assessment of units (量化考核): indicator sheets, the scoring rules, and the
ranking with its documented tie rule.

Pure data and arithmetic: the services compute the automatic inputs from the records,
store the sheets and the results; the GUI and the reports only show them. Points are
`Decimal` with two places, so that 0.5-point deductions add up exactly and ties are real
ties, never float noise.

Rule kinds (REFERENCE.md §6, 量化考核):

- all-or-nothing: the item's full points when met, else 0;
- per occurrence: `per` points for each occurrence, up to the item's points (the cap);
- deduction: the item's points less `per` for each shortfall, never below `floor`;
- team average: the item's points times the average of the team members' shares (0–1);
- bonus: `per` for each occurrence up to `cap`, added on top of the sheet's total;
- one-vote veto (一票否决): when triggered the unit ranks last whatever its score.

Ranking (the tie rule, also printed under the ranking table):

1. units without a veto before vetoed ones;
2. a higher total first;
3. on equal totals, the higher subtotal of the first category of the sheet, then of the
   second, and so on;
4. still equal: the same rank (competition ranking: 1, 2, 2, 4), listed by unit name.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from zeren_desktop.domain.enums import LabelledEnum, UnitKind
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError, ZerenError

_CTX = "Assessment"
ZERO = Decimal("0")
CENT = Decimal("0.01")
MAX_POINTS = Decimal("1000")
CODE_MAX = 12
TEXT_MAX = 500


def points(value: object) -> Decimal:
    """A number of points with two places (from a str, int, float or Decimal)."""
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"not a number of points: {value!r}") from exc
    if not number.is_finite():
        raise ValueError(f"not a number of points: {value!r}")
    return number.quantize(CENT, rounding=ROUND_HALF_UP)


def format_points(value: Decimal) -> str:
    """12.50 → "12.5", 12.00 → "12", -0.00 → "0"."""
    text = f"{value.quantize(CENT, rounding=ROUND_HALF_UP):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class RuleKind(LabelledEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    PER_OCCURRENCE = "per_occurrence"
    DEDUCTION = "deduction"
    TEAM_AVERAGE = "team_average"
    BONUS = "bonus"
    VETO = "veto"


class AssessmentStatus(LabelledEnum):
    """A unit's scoring: being scored → reviewed → locked (then it never changes)."""

    DRAFT = "draft"
    REVIEWED = "reviewed"
    LOCKED = "locked"


class Metric(LabelledEnum):
    """Where an item's input comes from: the assessor, or the records of the year."""

    MANUAL = "manual"
    # Team average: each team member's share of the year's quarters in which their ledger
    # has every must-record kind.
    LEDGER_COMPLETENESS = "ledger_completeness"
    # Shortfalls: the year's responsibility lists of the unit not signed by the deadline.
    LISTS_SIGNED_ON_TIME = "lists_signed_on_time"
    # Shortfalls: the unit's cases that passed a stage deadline.
    CASES_WITHIN_DEADLINE = "cases_within_deadline"
    # Shortfalls: the unit's clues received in the year and not concluded.
    CLUES_VERIFIED = "clues_verified"
    # Occurrences: talks (约谈, 诫勉, 提醒) held with the unit's cadres in the year.
    TALKS_HELD = "talks_held"
    # Shortfalls: rectifications from the year's inspections not done by their deadline.
    RECTIFICATIONS = "rectifications"


# What each metric measures decides the rules it can feed.
METRIC_RULES: dict[Metric, frozenset[RuleKind]] = {
    Metric.MANUAL: frozenset(RuleKind),
    Metric.LEDGER_COMPLETENESS: frozenset({RuleKind.TEAM_AVERAGE}),
    Metric.LISTS_SIGNED_ON_TIME: frozenset({RuleKind.DEDUCTION, RuleKind.ALL_OR_NOTHING}),
    Metric.CASES_WITHIN_DEADLINE: frozenset({RuleKind.DEDUCTION, RuleKind.ALL_OR_NOTHING}),
    Metric.CLUES_VERIFIED: frozenset({RuleKind.DEDUCTION, RuleKind.ALL_OR_NOTHING}),
    Metric.TALKS_HELD: frozenset({RuleKind.PER_OCCURRENCE, RuleKind.BONUS,
                                  RuleKind.ALL_OR_NOTHING}),
    Metric.RECTIFICATIONS: frozenset({RuleKind.DEDUCTION, RuleKind.ALL_OR_NOTHING}),
}
# Shortfall metrics fed to all-or-nothing: met when there is no shortfall.
SHORTFALL_METRICS = frozenset({Metric.LISTS_SIGNED_ON_TIME, Metric.CASES_WITHIN_DEADLINE,
                               Metric.CLUES_VERIFIED, Metric.RECTIFICATIONS})


@dataclass(frozen=True)
class Indicator:
    """One item of a sheet."""

    code: str                  # unique in the sheet, e.g. "A1"
    category: str              # e.g. "一、组织领导"
    name: str                  # the item as the sheet prints it
    rule: RuleKind
    points: Decimal = ZERO     # full points (the cap of per-occurrence); 0 for bonus, veto
    per: Decimal = ZERO        # points per occurrence or per shortfall
    cap: Decimal = ZERO        # bonus: the most it adds
    floor: Decimal = ZERO      # deduction: the lowest score
    metric: Metric = Metric.MANUAL
    standard: str = ""         # 评分标准: how the item is scored, printed on the sheet

    @property
    def automatic(self) -> bool:
        return self.metric is not Metric.MANUAL

    @property
    def counts_toward_total(self) -> bool:
        """Part of the sheet's full marks (bonus and veto are not)."""
        return self.rule not in (RuleKind.BONUS, RuleKind.VETO)


@dataclass(frozen=True)
class IndicatorSheet:
    """A year's sheet for one kind of unit (townships, or county departments)."""

    year: int
    unit_kind: UnitKind
    title: str
    indicators: tuple[Indicator, ...]
    note: str = ""

    def categories(self) -> list[tuple[str, list[Indicator]]]:
        """The categories in sheet order, each with its items."""
        out: dict[str, list[Indicator]] = {}
        for item in self.indicators:
            out.setdefault(item.category, []).append(item)
        return list(out.items())

    @property
    def full_marks(self) -> Decimal:
        return sum((i.points for i in self.indicators if i.counts_toward_total), ZERO)

    def indicator(self, code: str) -> Indicator:
        for item in self.indicators:
            if item.code == code:
                return item
        raise KeyError(code)


@dataclass(frozen=True)
class ItemInput:
    """What an item is scored from: met (all-or-nothing, veto), a count (occurrences or
    shortfalls), or the members' shares (team average)."""

    met: bool | None = None
    count: int | None = None
    shares: tuple[Decimal, ...] | None = None


@dataclass(frozen=True)
class ItemScore:
    code: str
    points: Decimal            # what the item gives (bonus included; 0 for veto)
    deducted: Decimal          # points lost against the item's full points
    vetoed: bool
    explanation: Message       # how the points came about, to show and print


@dataclass(frozen=True)
class SheetScore:
    items: tuple[ItemScore, ...]
    base: Decimal              # the items of the full marks
    bonus: Decimal
    vetoed: bool
    subtotals: tuple[tuple[str, Decimal], ...]   # per category, in sheet order

    @property
    def total(self) -> Decimal:
        return self.base + self.bonus

    def item(self, code: str) -> ItemScore:
        return next(i for i in self.items if i.code == code)


def _error(field_name: str, text: str, **params: object) -> ValidationError:
    return ValidationError(field_name, Message(_CTX, text, params))


def _msg(text: str, **params: object) -> Message:
    return Message(_CTX, text, {k: format_points(v) if isinstance(v, Decimal) else v
                                for k, v in params.items()})


def score_item(item: Indicator, given: ItemInput | None) -> ItemScore:
    """The points of one item. An item with nothing given scores as if nothing happened:
    0 for all-or-nothing, occurrences and team average; full points for deductions; no
    veto. ValidationError when the input does not fit the rule."""
    given = given or ItemInput()
    rule = item.rule
    if rule is RuleKind.ALL_OR_NOTHING:
        met = bool(given.met)
        got = item.points if met else ZERO
        why = (_msg(QT_TRANSLATE_NOOP("Assessment", "Met: {points} points."),
                    points=item.points) if met else
               _msg(QT_TRANSLATE_NOOP("Assessment", "Not met: 0 of {points} points."),
                    points=item.points))
        return ItemScore(item.code, got, item.points - got, False, why)
    if rule is RuleKind.VETO:
        vetoed = bool(given.met)
        why = (_msg(QT_TRANSLATE_NOOP("Assessment",
                                      "Veto: the unit ranks last whatever its score."))
               if vetoed else _msg(QT_TRANSLATE_NOOP("Assessment", "No veto.")))
        return ItemScore(item.code, ZERO, ZERO, vetoed, why)
    if rule is RuleKind.TEAM_AVERAGE:
        shares = given.shares or ()
        if any(s < 0 or s > 1 for s in shares):
            raise _error(item.code, QT_TRANSLATE_NOOP(
                "Assessment", "A member's share is between 0 and 1."))
        average = (sum(shares, ZERO) / len(shares)) if shares else ZERO
        got = points(item.points * average)
        why = _msg(QT_TRANSLATE_NOOP(
            "Assessment", "Average over {n} members {percent}% of {points}: {got} points."),
            n=len(shares), percent=points(average * 100), points=item.points, got=got)
        return ItemScore(item.code, got, item.points - got, False, why)
    count = given.count or 0
    if count < 0:
        raise _error(item.code, QT_TRANSLATE_NOOP("Assessment", "A count cannot be negative."))
    if rule is RuleKind.PER_OCCURRENCE:
        got = min(item.per * count, item.points)
        why = _msg(QT_TRANSLATE_NOOP(
            "Assessment", "{n} × {per} = {raw}, at most {points}: {got} points."),
            n=count, per=item.per, raw=item.per * count, points=item.points, got=got)
        return ItemScore(item.code, got, item.points - got, False, why)
    if rule is RuleKind.DEDUCTION:
        lost = item.per * count
        got = max(item.points - lost, item.floor)
        why = _msg(QT_TRANSLATE_NOOP(
            "Assessment", "{n} shortfalls × {per} = {lost} deducted from {points}, not below"
            " {floor}: {got} points."),
            n=count, per=item.per, lost=lost, points=item.points, floor=item.floor, got=got)
        return ItemScore(item.code, got, item.points - got, False, why)
    # Bonus
    got = min(item.per * count, item.cap)
    why = _msg(QT_TRANSLATE_NOOP(
        "Assessment", "Bonus {n} × {per}, at most {cap}: {got} points."),
        n=count, per=item.per, cap=item.cap, got=got)
    return ItemScore(item.code, got, ZERO, False, why)


def score_sheet(sheet: IndicatorSheet, inputs: Mapping[str, ItemInput]) -> SheetScore:
    """Every item of the sheet scored from `inputs` (by code; missing ones as in
    `score_item`)."""
    unknown = sorted(set(inputs) - {i.code for i in sheet.indicators})
    if unknown:
        raise _error(unknown[0], QT_TRANSLATE_NOOP(
            "Assessment", "The sheet has no item {code}."), code=unknown[0])
    items = tuple(score_item(i, inputs.get(i.code)) for i in sheet.indicators)
    by_code = {s.code: s for s in items}
    base = sum((by_code[i.code].points for i in sheet.indicators if i.counts_toward_total),
               ZERO)
    bonus = sum((by_code[i.code].points for i in sheet.indicators
                 if i.rule is RuleKind.BONUS), ZERO)
    subtotals = tuple(
        (name, sum((by_code[i.code].points for i in members), ZERO))
        for name, members in sheet.categories())
    return SheetScore(items, base, bonus, any(s.vetoed for s in items), subtotals)


# ---- ranking ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RankEntry:
    key: Any                   # the unit's id
    name: str
    total: Decimal
    vetoed: bool
    subtotals: tuple[Decimal, ...] = ()   # per category, in sheet order


@dataclass(frozen=True)
class Ranked:
    entry: RankEntry
    rank: int                  # 1 is the best; equal entries share a rank


def _order_key(entry: RankEntry) -> tuple[Any, ...]:
    return (entry.vetoed, -entry.total, tuple(-s for s in entry.subtotals))


def rank(entries: Sequence[RankEntry]) -> list[Ranked]:
    """The ranking by the tie rule of this module's docstring."""
    ordered = sorted(entries, key=lambda e: (_order_key(e), e.name, str(e.key)))
    out: list[Ranked] = []
    for position, entry in enumerate(ordered, start=1):
        if out and _order_key(out[-1].entry) == _order_key(entry):
            out.append(Ranked(entry, out[-1].rank))
        else:
            out.append(Ranked(entry, position))
    return out


def bottom(ranking: Sequence[Ranked], n: int) -> list[Ranked]:
    """The last `n` of a ranking, and any tied with the n-th from the bottom (a tie at the
    boundary takes everyone tied: nobody escapes a talk by the alphabet)."""
    if n <= 0 or not ranking:
        return []
    if n >= len(ranking):
        return list(ranking)
    boundary = ranking[len(ranking) - n].rank
    return [r for r in ranking if r.rank >= boundary]


# ---- checking and loading sheets -------------------------------------------------------


def check_sheet(sheet: IndicatorSheet) -> IndicatorSheet:
    """ValidationError (field: the item's code, or "title"/"indicators") when the sheet
    cannot be scored: duplicate or empty codes, negative points, a rule without its
    numbers, a metric that cannot feed the rule."""
    if not sheet.title.strip():
        raise _error("title", QT_TRANSLATE_NOOP("Assessment", "The sheet needs a title."))
    if not sheet.indicators:
        raise _error("indicators", QT_TRANSLATE_NOOP(
            "Assessment", "The sheet needs at least one item."))
    seen: set[str] = set()
    for item in sheet.indicators:
        code = item.code.strip()
        where = code or "indicators"
        if not code or len(code) > CODE_MAX:
            raise _error(where, QT_TRANSLATE_NOOP(
                "Assessment", "Every item needs a code of at most {limit} characters."),
                limit=CODE_MAX)
        if code in seen:
            raise _error(code, QT_TRANSLATE_NOOP(
                "Assessment", "The code {code} is used twice."), code=code)
        seen.add(code)
        if not item.category.strip() or not item.name.strip():
            raise _error(code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code} needs a category and a name."), code=code)
        if len(item.name) > TEXT_MAX or len(item.standard) > TEXT_MAX \
                or len(item.category) > 100:
            raise _error(code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code} has a text longer than {limit} characters."),
                code=code, limit=TEXT_MAX)
        numbers = (item.points, item.per, item.cap, item.floor)
        if any(n < 0 or n > MAX_POINTS for n in numbers):
            raise _error(code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code}: points are between 0 and {limit}."),
                code=code, limit=MAX_POINTS)
        rule = item.rule
        if rule in (RuleKind.ALL_OR_NOTHING, RuleKind.TEAM_AVERAGE, RuleKind.PER_OCCURRENCE,
                    RuleKind.DEDUCTION) and item.points <= 0:
            raise _error(code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code} needs its full points."), code=code)
        if rule in (RuleKind.PER_OCCURRENCE, RuleKind.DEDUCTION, RuleKind.BONUS) \
                and item.per <= 0:
            raise _error(code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code} needs the points per occurrence or shortfall."),
                code=code)
        if rule is RuleKind.BONUS and item.cap <= 0:
            raise _error(code, QT_TRANSLATE_NOOP(
                "Assessment", "Bonus item {code} needs the most it can add."), code=code)
        if rule is RuleKind.DEDUCTION and item.floor > item.points:
            raise _error(code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code}: the floor is above the full points."), code=code)
        if rule not in METRIC_RULES[item.metric]:
            raise _error(code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code}: the automatic figure it uses cannot be scored"
                " by this rule."), code=code)
    return sheet


class SheetFileError(ZerenError):
    """A shipped sheet file that cannot be read (a packaging fault)."""


def indicator_from_dict(data: Mapping[str, Any]) -> Indicator:
    """An item from its stored or shipped form (strings for the points)."""
    return Indicator(
        code=str(data["code"]).strip(), category=str(data["category"]).strip(),
        name=str(data["name"]).strip(), rule=RuleKind(data["rule"]),
        points=points(data.get("points", 0)), per=points(data.get("per", 0)),
        cap=points(data.get("cap", 0)), floor=points(data.get("floor", 0)),
        metric=Metric(data.get("metric", "manual")),
        standard=str(data.get("standard", "")).strip())


def indicator_to_dict(item: Indicator) -> dict[str, str]:
    return {"code": item.code, "category": item.category, "name": item.name,
            "rule": item.rule.value, "points": format_points(item.points),
            "per": format_points(item.per), "cap": format_points(item.cap),
            "floor": format_points(item.floor), "metric": item.metric.value,
            "standard": item.standard}


def sheet_from_dict(data: Mapping[str, Any]) -> IndicatorSheet:
    return IndicatorSheet(
        year=int(data["year"]), unit_kind=UnitKind(data["unit_kind"]),
        title=str(data["title"]).strip(), note=str(data.get("note", "")).strip(),
        indicators=tuple(indicator_from_dict(i) for i in data.get("indicators", ())))


def sheet_to_dict(sheet: IndicatorSheet) -> dict[str, Any]:
    return {"year": sheet.year, "unit_kind": sheet.unit_kind.value, "title": sheet.title,
            "note": sheet.note,
            "indicators": [indicator_to_dict(i) for i in sheet.indicators]}


@dataclass(frozen=True)
class DefaultSheet:
    """A shipped sheet, without a year: the services give it the year it is used for."""

    key: str
    unit_kind: UnitKind
    title: str
    indicators: tuple[Indicator, ...]
    note: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def for_year(self, year: int) -> IndicatorSheet:
        return IndicatorSheet(year, self.unit_kind, self.title.replace("{year}", str(year)),
                              self.indicators, self.note)


def load_default_sheets(folder: Path) -> dict[UnitKind, DefaultSheet]:
    """The shipped sheets (`resources/assessment/*.toml`), checked."""
    out: dict[UnitKind, DefaultSheet] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
            sheet = DefaultSheet(
                key=str(data["key"]), unit_kind=UnitKind(data["unit_kind"]),
                title=str(data["title"]), note=str(data.get("note", "")).strip(),
                indicators=tuple(indicator_from_dict(i) for i in data["indicators"]))
            check_sheet(sheet.for_year(dt.date.today().year))
        except (OSError, KeyError, ValueError, TypeError, tomllib.TOMLDecodeError,
                ValidationError) as exc:
            raise SheetFileError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Assessment", "The shipped indicator sheet {file} cannot be read: {reason}"),
                {"file": path.name, "reason": str(exc)})) from exc
        out[sheet.unit_kind] = sheet
    return out
