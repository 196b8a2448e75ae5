"""Accountability statistics (统计): the definitions, the mappings and the report.

Pure Python. What the county counts (the issue, and REFERENCE.md §4):

- A case counts in the period of its decision date; a case without a decision does not.
- `problems`: the problems (CaseProblem) of the counted cases, by category.
- `persons`: the cadres held accountable in the counted cases. A person (the cadre, or the
  name when no cadre record is linked) appears ONCE however many measures or cases, under
  the heaviest measure by the rank in the regulation data (the regulation in force at the
  decision date, else the heaviest rank any regulation gives the code; equal ranks: the
  measure listed later in the regulation file, e.g. discipline after dismissal). The
  person's rank group, unit and month are those of the subject row with that measure.
- `teams`: teams held accountable, counted apart from persons, once per team.
- by measure, by rank group and by form each sum to `persons` (`adding_up_problems`).
- Clues count in the period of their received date; 查实率 = (查实 + 部分查实) / concluded,
  concluded = those with a result.

The measure → form map and the rank → group map are data files
(`resources/statistics/forms.toml`, `ranks.toml`), read by `load_definitions`.
"""

from __future__ import annotations

import datetime as dt
import tomllib
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zeren_desktop.domain.enums import ClueResult, ClueSource, ProblemCategory, Rank
from zeren_desktop.domain.regulations import RegulationSet
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError

_CTX = "Statistics"

NONE = "none"  # no measure, or a measure the forms file does not map

FORM_LABELS: dict[str, str] = {
    "form1": QT_TRANSLATE_NOOP("Statistics", "First form"),
    "form2": QT_TRANSLATE_NOOP("Statistics", "Second form"),
    "form3": QT_TRANSLATE_NOOP("Statistics", "Third form"),
    "form4": QT_TRANSLATE_NOOP("Statistics", "Fourth form"),
    NONE: QT_TRANSLATE_NOOP("Statistics", "No form"),
}
RANK_GROUP_LABELS: dict[str, str] = {
    "county": QT_TRANSLATE_NOOP("Statistics", "County level"),
    "section": QT_TRANSLATE_NOOP("Statistics", "Section level"),
    "other": QT_TRANSLATE_NOOP("Statistics", "Other"),
}
NO_MEASURE = QT_TRANSLATE_NOOP("Statistics", "No measure")
NO_UNIT = QT_TRANSLATE_NOOP("Statistics", "No unit")
CONFIRMED_RESULTS: frozenset[ClueResult] = frozenset({ClueResult.CONFIRMED, ClueResult.PARTLY})

# Figures of the report; `drill(figure, value, ...)` lists the records behind one.
FIG_PROBLEMS = "problems"          # value: None
FIG_PERSONS = "persons"            # value: None
FIG_TEAMS = "teams"                # value: None
FIG_CATEGORY = "by_category"       # value: ProblemCategory value
FIG_MEASURE = "by_measure"         # value: measure code or "none"
FIG_RANK = "by_rank"               # value: rank group key
FIG_FORM = "by_form"               # value: form key or "none"
FIG_UNIT_PROBLEMS = "by_unit.problems"  # value: unit id as text, "" for no unit
FIG_UNIT_PERSONS = "by_unit.persons"
FIG_MONTH_PROBLEMS = "by_month.problems"  # value: "2026-03"
FIG_MONTH_PERSONS = "by_month.persons"
FIG_CLUES = "clues.received"       # value: ClueSource value or None for all
FIG_CLUES_CONCLUDED = "clues.concluded"
FIG_CLUES_CONFIRMED = "clues.confirmed"
PROBLEM_FIGURES = frozenset({FIG_PROBLEMS, FIG_CATEGORY, FIG_UNIT_PROBLEMS, FIG_MONTH_PROBLEMS})
PERSON_FIGURES = frozenset({FIG_PERSONS, FIG_MEASURE, FIG_RANK, FIG_FORM, FIG_UNIT_PERSONS,
                            FIG_MONTH_PERSONS})
CLUE_FIGURES = frozenset({FIG_CLUES, FIG_CLUES_CONCLUDED, FIG_CLUES_CONFIRMED})
FIGURES = PROBLEM_FIGURES | PERSON_FIGURES | CLUE_FIGURES | {FIG_TEAMS}


class StatisticsDataError(ZerenError):
    """A statistics data file is missing or wrong."""


@dataclass(frozen=True)
class Definitions:
    """The mappings of the statistics, read from the data files."""

    forms: tuple[str, ...]
    measure_forms: Mapping[str, str]
    rank_groups: tuple[str, ...]
    rank_group_of: Mapping[str, str]

    def form(self, measure: str) -> str:
        return self.measure_forms.get(measure, NONE)

    def rank_group(self, rank: Rank | str | None) -> str:
        if rank is None:
            return "other"
        return self.rank_group_of.get(str(rank), "other")

    def unmapped(self, codes: Iterable[str]) -> list[str]:
        """The measure codes the forms file does not map (should be none)."""
        return sorted({c for c in codes if c not in self.measure_forms})


def _data_error(path: Path, detail: str) -> StatisticsDataError:
    return StatisticsDataError(Message(_CTX, QT_TRANSLATE_NOOP(
        "Statistics", "The statistics data file {file} is not valid: {detail}"),
        {"file": path.name, "detail": detail}))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise _data_error(path, str(error)) from None


def load_definitions(directory: Path) -> Definitions:
    """`forms.toml` and `ranks.toml` of `directory`, checked."""
    forms_path, ranks_path = directory / "forms.toml", directory / "ranks.toml"
    forms_data, ranks_data = _read_toml(forms_path), _read_toml(ranks_path)
    forms = tuple(str(f) for f in forms_data.get("forms", ()))
    measure_forms = {str(k): str(v) for k, v in dict(forms_data.get("measures", {})).items()}
    if set(forms) - set(FORM_LABELS) or not forms:
        raise _data_error(forms_path, f"forms must be among {sorted(set(FORM_LABELS) - {NONE})}")
    wrong = sorted(k for k, v in measure_forms.items() if v not in forms)
    if wrong:
        raise _data_error(forms_path, f"measures mapped to no listed form: {', '.join(wrong)}")
    groups = tuple(str(g) for g in ranks_data.get("groups", ()))
    rank_group_of = {str(k): str(v) for k, v in dict(ranks_data.get("ranks", {})).items()}
    if set(groups) - set(RANK_GROUP_LABELS) or "other" not in groups:
        raise _data_error(ranks_path, f"groups must be among {sorted(RANK_GROUP_LABELS)}"
                          " and include other")
    wrong = sorted(k for k, v in rank_group_of.items()
                   if v not in groups or k not in {r.value for r in Rank})
    if wrong:
        raise _data_error(ranks_path, f"unknown rank or group: {', '.join(wrong)}")
    return Definitions(forms, measure_forms, groups, rank_group_of)


# -- the heaviest measure --------------------------------------------------------------

@dataclass(frozen=True)
class MeasureRanking:
    """The weight of each measure code: (rank, order in its file) per regulation and over
    all regulations; the regulation in force at the decision date decides."""

    regulations: RegulationSet
    union: Mapping[str, tuple[int, int]]
    names: Mapping[str, str]
    by_regulation: Mapping[str, Mapping[str, tuple[int, int]]]
    _in_force: dict[dt.date, str | None] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, regulations: RegulationSet) -> MeasureRanking:
        union: dict[str, tuple[int, int]] = {}
        names: dict[str, str] = {}
        by_regulation: dict[str, dict[str, tuple[int, int]]] = {}
        for reg in regulations:  # oldest first: the newer name wins
            weights = by_regulation[reg.id] = {}
            for order, (code, rule) in enumerate(reg.measures.items()):
                weights[code] = (rule.rank, order)
                old = union.get(code)
                union[code] = max(old, (rule.rank, order)) if old else (rule.rank, order)
                names[code] = rule.name
        return cls(regulations, union, names, by_regulation)

    def weight(self, code: str, on: dt.date | None) -> tuple[int, int]:
        """(rank, place in the file) in the regulation in force `on`, else the union's."""
        if on is not None:
            if on not in self._in_force:
                reg = self.regulations.in_force_on(on)
                self._in_force[on] = reg.id if reg is not None else None
            reg_id = self._in_force[on]
            if reg_id is not None and code in self.by_regulation[reg_id]:
                return self.by_regulation[reg_id][code]
        return self.union.get(code, (0, -1))

    def heaviest(self, codes: Iterable[str], on: dt.date | None) -> str | None:
        best: tuple[tuple[int, int], str] | None = None
        for code in codes:
            key = (self.weight(code, on), code)
            if best is None or key > best:
                best = key
        return best[1] if best else None

    def name(self, code: str) -> str:
        return self.names.get(code, code)

    def periods(self) -> list[tuple[dt.date | None, str | None]]:
        """Which regulation is in force (its id, None for none) from which day on (None:
        from the beginning), in date order: `weight` by date as data, for SQL."""
        days = sorted({r.in_force for r in self.regulations}
                      | {r.repealed for r in self.regulations if r.repealed is not None})
        found: list[tuple[dt.date | None, str | None]] = [(None, None)]
        for day in days:
            reg = self.regulations.in_force_on(day)
            found.append((day, reg.id if reg is not None else None))
        return found

    def sort_key(self, code: str) -> tuple[int, int, str]:
        rank, order = self.union.get(code, (10**6, 0))
        return rank, order, code


@dataclass(frozen=True)
class SubjectFact:
    """One cadre subject row of a counted case, as the one query returns it."""

    subject_id: uuid.UUID
    case_id: uuid.UUID
    cadre_id: uuid.UUID | None
    name: str
    rank: Rank | None
    measures: tuple[str, ...]
    decision_date: dt.date
    unit_id: uuid.UUID | None   # the case's unit

    @property
    def person_key(self) -> str:
        return f"cadre:{self.cadre_id}" if self.cadre_id else f"name:{self.name.strip()}"


# What `str.strip()` takes off a name (every character with `isspace()`), for SQL's trim.
STRIP_CHARS = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003"
               "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


@dataclass(frozen=True)
class CountedPerson:
    """A person counted once, with the row of their heaviest measure."""

    person_key: str
    subject_id: uuid.UUID
    case_id: uuid.UUID
    measure: str            # code, or NONE
    form: str
    rank_group: str
    unit_id: uuid.UUID | None
    month: str              # "2026-03"
    subject_ids: tuple[uuid.UUID, ...]  # every row of this person in the period

    def value_of(self, figure: str) -> str:
        return {FIG_MEASURE: self.measure, FIG_FORM: self.form, FIG_RANK: self.rank_group,
                FIG_UNIT_PERSONS: str(self.unit_id or ""), FIG_MONTH_PERSONS: self.month,
                FIG_PERSONS: ""}[figure]


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def count_persons(facts: Iterable[SubjectFact], ranking: MeasureRanking,
                  definitions: Definitions) -> list[CountedPerson]:
    """Each person once, under their heaviest measure (ties: the later decision)."""
    rows: dict[str, list[SubjectFact]] = {}
    for fact in facts:
        rows.setdefault(fact.person_key, []).append(fact)
    counted: list[CountedPerson] = []
    for key, facts_of in rows.items():
        best: tuple[tuple[int, int], dt.date, str, SubjectFact, str] | None = None
        for fact in facts_of:
            code = ranking.heaviest(fact.measures, fact.decision_date)
            weight = ranking.weight(code, fact.decision_date) if code else (-1, -1)
            candidate = (weight, fact.decision_date, str(fact.subject_id), fact, code or NONE)
            if best is None or candidate[:3] > best[:3]:
                best = candidate
        assert best is not None
        fact, measure = best[3], best[4]
        counted.append(CountedPerson(
            key, fact.subject_id, fact.case_id, measure,
            definitions.form(measure) if measure != NONE else NONE,
            definitions.rank_group(fact.rank), fact.unit_id, month_key(fact.decision_date),
            tuple(sorted((f.subject_id for f in facts_of), key=str))))
    counted.sort(key=lambda p: p.person_key)
    return counted


# -- the report ------------------------------------------------------------------------

@dataclass(frozen=True)
class Bucket:
    """One bar: a key, its label (translate with `context` unless it is empty) and counts."""

    key: str
    label: str
    context: str
    count: int
    persons: int = 0  # by unit and by month: problems in `count`, persons here


@dataclass(frozen=True)
class ClueFigures:
    key: str                 # a ClueSource value, or "total"
    label: str
    context: str
    received: int
    concluded: int
    confirmed: int
    money_recovered_fen: int
    money_corrected_fen: int
    persons_disqualified: int

    @property
    def rate(self) -> float | None:
        """查实率: confirmed and partly confirmed of the concluded; None with none concluded."""
        return self.confirmed / self.concluded if self.concluded else None

    @property
    def rate_percent(self) -> float | None:
        rate = self.rate
        return None if rate is None else round(rate * 100, 1)


@dataclass(frozen=True)
class StatisticsReport:
    start: dt.date
    end: dt.date
    unit_id: uuid.UUID | None
    unit_name: str
    problems: int
    persons: int
    teams: int
    cases: int
    by_category: tuple[Bucket, ...]
    by_measure: tuple[Bucket, ...]
    by_rank: tuple[Bucket, ...]
    by_form: tuple[Bucket, ...]
    by_unit: tuple[Bucket, ...]
    by_month: tuple[Bucket, ...]
    clues_by_source: tuple[ClueFigures, ...]
    clues: ClueFigures
    notes: tuple[str, ...] = field(default=())

    def dimension(self, figure: str) -> tuple[Bucket, ...]:
        return {FIG_CATEGORY: self.by_category, FIG_MEASURE: self.by_measure,
                FIG_RANK: self.by_rank, FIG_FORM: self.by_form,
                FIG_UNIT_PROBLEMS: self.by_unit, FIG_UNIT_PERSONS: self.by_unit,
                FIG_MONTH_PROBLEMS: self.by_month, FIG_MONTH_PERSONS: self.by_month}[figure]


def adding_up_problems(report: StatisticsReport) -> list[str]:
    """What does not add up (empty when the report is consistent)."""
    found = []
    for name, buckets in (("by_measure", report.by_measure), ("by_rank", report.by_rank),
                          ("by_form", report.by_form)):
        total = sum(b.count for b in buckets)
        if total != report.persons:
            found.append(f"{name} sums to {total}, persons = {report.persons}")
    for name, total in (("by_unit", sum(b.persons for b in report.by_unit)),
                        ("by_month", sum(b.persons for b in report.by_month))):
        if total != report.persons:
            found.append(f"{name} persons sum to {total}, persons = {report.persons}")
    for name, total in (("by_category", sum(b.count for b in report.by_category)),
                        ("by_unit", sum(b.count for b in report.by_unit)),
                        ("by_month", sum(b.count for b in report.by_month))):
        if total != report.problems:
            found.append(f"{name} sums to {total}, problems = {report.problems}")
    by_source = report.clues_by_source
    for attr in ("received", "concluded", "confirmed", "money_recovered_fen",
                 "money_corrected_fen", "persons_disqualified"):
        total = sum(getattr(c, attr) for c in by_source)
        if total != getattr(report.clues, attr):
            found.append(f"clues {attr} by source sum to {total}")
    return found


def category_buckets(counts: Mapping[ProblemCategory, int]) -> tuple[Bucket, ...]:
    return tuple(Bucket(c.value, c.label, c.context(), int(counts.get(c, 0)))
                 for c in ProblemCategory)


def person_buckets(persons: Sequence[CountedPerson], ranking: MeasureRanking,
                   definitions: Definitions) -> dict[str, tuple[Bucket, ...]]:
    """by_measure (present measures, lightest first, "none" last), by_rank, by_form."""
    measures: dict[str, int] = {}
    forms: dict[str, int] = {}
    groups: dict[str, int] = {}
    for p in persons:
        measures[p.measure] = measures.get(p.measure, 0) + 1
        forms[p.form] = forms.get(p.form, 0) + 1
        groups[p.rank_group] = groups.get(p.rank_group, 0) + 1
    return person_buckets_of_counts(measures, forms, groups, ranking, definitions)


def person_buckets_of_counts(measures: Mapping[str, int], forms: Mapping[str, int],
                             groups: Mapping[str, int], ranking: MeasureRanking,
                             definitions: Definitions) -> dict[str, tuple[Bucket, ...]]:
    """The same buckets from the persons counted per measure, per form and per rank group
    (the statistics service counts them with SQL GROUP BY)."""
    by_measure = [Bucket(code, ranking.name(code), "", n)
                  for code, n in sorted(measures.items(), key=lambda i: ranking.sort_key(i[0]))
                  if code != NONE]
    if NONE in measures:
        by_measure.append(Bucket(NONE, NO_MEASURE, _CTX, measures[NONE]))
    by_form = [Bucket(f, FORM_LABELS[f], _CTX, forms.get(f, 0)) for f in definitions.forms]
    if NONE in forms:
        by_form.append(Bucket(NONE, FORM_LABELS[NONE], _CTX, forms[NONE]))
    by_rank = [Bucket(g, RANK_GROUP_LABELS[g], _CTX, groups.get(g, 0))
               for g in definitions.rank_groups]
    return {"by_measure": tuple(by_measure), "by_form": tuple(by_form),
            "by_rank": tuple(by_rank)}


def months_between(start: dt.date, end: dt.date) -> list[str]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_buckets(start: dt.date, end: dt.date, problems: Mapping[str, int],
                  persons: Sequence[CountedPerson]) -> tuple[Bucket, ...]:
    """Every month of the period (up to three years), else only the months with data."""
    people: dict[str, int] = {}
    for p in persons:
        people[p.month] = people.get(p.month, 0) + 1
    return month_buckets_of_counts(start, end, problems, people)


def month_buckets_of_counts(start: dt.date, end: dt.date, problems: Mapping[str, int],
                            people: Mapping[str, int]) -> tuple[Bucket, ...]:
    """`month_buckets` from the persons counted per month ("2026-03")."""
    keys = months_between(start, end)
    if len(keys) > 36:
        keys = sorted(set(problems) | set(people))
    return tuple(Bucket(k, k, "", int(problems.get(k, 0)), people.get(k, 0)) for k in keys)


def unit_buckets(problems: Mapping[uuid.UUID | None, int],
                 persons: Sequence[CountedPerson],
                 names: Mapping[uuid.UUID, str]) -> tuple[Bucket, ...]:
    people: dict[uuid.UUID | None, int] = {}
    for p in persons:
        people[p.unit_id] = people.get(p.unit_id, 0) + 1
    return unit_buckets_of_counts(problems, people, names)


def unit_buckets_of_counts(problems: Mapping[uuid.UUID | None, int],
                           people: Mapping[uuid.UUID | None, int],
                           names: Mapping[uuid.UUID, str]) -> tuple[Bucket, ...]:
    """`unit_buckets` from the persons counted per unit (None: no unit)."""
    buckets = []
    for unit_id in set(problems) | set(people):
        if unit_id is None:
            label, context = NO_UNIT, _CTX
        else:
            label, context = names.get(unit_id, str(unit_id)), ""
        buckets.append(Bucket(str(unit_id or ""), label, context, int(problems.get(unit_id, 0)),
                              people.get(unit_id, 0)))
    buckets.sort(key=lambda b: (-b.count, -b.persons, b.key == "", b.label, b.key))
    return tuple(buckets)


def clue_totals(rows: Iterable[ClueFigures]) -> ClueFigures:
    rows = list(rows)
    return ClueFigures("total", QT_TRANSLATE_NOOP("Statistics", "Total"), _CTX,
                       *(sum(getattr(r, a) for r in rows) for a in (
                           "received", "concluded", "confirmed", "money_recovered_fen",
                           "money_corrected_fen", "persons_disqualified")))


def clue_figures(source: ClueSource, received: int = 0, concluded: int = 0,
                 confirmed: int = 0, recovered: int = 0, corrected: int = 0,
                 disqualified: int = 0) -> ClueFigures:
    return ClueFigures(source.value, source.label, source.context(), received, concluded,
                       confirmed, recovered, corrected, disqualified)


def yuan(fen: int) -> float:
    return round(fen / 100, 2)


def _clue_json(c: ClueFigures) -> dict[str, Any]:
    return {"received": c.received, "concluded": c.concluded, "confirmed": c.confirmed,
            "rate_percent": c.rate_percent,
            "money_recovered_yuan": yuan(c.money_recovered_fen),
            "money_corrected_yuan": yuan(c.money_corrected_fen),
            "persons_disqualified": c.persons_disqualified}


def report_to_json(report: StatisticsReport) -> dict[str, Any]:
    """The JSON of `zeren stats`: stable keys (codes), counts as values."""
    clues = _clue_json(report.clues)
    clues["by_source"] = {c.key: _clue_json(c) for c in report.clues_by_source}
    return {
        "period": {"from": report.start.isoformat(), "to": report.end.isoformat(),
                   "unit_id": str(report.unit_id) if report.unit_id else None,
                   "unit": report.unit_name or None},
        "problems": report.problems,
        "persons": report.persons,
        "teams": report.teams,
        "by_category": {b.key: b.count for b in report.by_category},
        "by_measure": {b.key: b.count for b in report.by_measure},
        "by_rank": {b.key: b.count for b in report.by_rank},
        "by_form": {b.key: b.count for b in report.by_form},
        "by_unit": [{"unit_id": b.key or None, "unit": b.label, "problems": b.count,
                     "persons": b.persons} for b in report.by_unit],
        "by_month": {b.key: {"problems": b.count, "persons": b.persons}
                     for b in report.by_month},
        "clues": clues,
    }
