"""Accountability statistics (统计): the report, the records behind each figure, exports.

Reads the case and clue tables directly (definitions: domain/statistics.py). Every figure
is a SQL aggregate (GROUP BY), so a county year costs what its queries cost: problems and
clues are grouped as they are; persons need the heaviest measure per person, which one
query finds with a window function (each subject row's measure codes from its JSON list,
weighted by the regulation in force at the decision date, as `MeasureRanking.weight`),
then grouped by measure, form, rank group, unit and month. domain/statistics.py keeps the
definitions and `count_persons`, the same rule in Python (the tests compare the two).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    cast,
    column,
    extract,
    func,
    literal,
    null,
    or_,
    select,
    true,
)
from sqlalchemy.dialects.postgresql import JSON as JSON_PG
from sqlalchemy.orm import Session

from zeren_desktop import paths
from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.enums import ClueSource, ProblemCategory, Rank, SubjectKind
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    ValidationError,
    untranslated,
)
from zeren_desktop.reports.fonts import register_bundled_font
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import UNIT_NOT_FOUND, ServiceBase, not_found
from zeren_desktop.services.files import write_atomically
from zeren_desktop.services.regulations import RegulationService
from zeren_desktop.services.session import Actor
from zeren_desktop.storage.models import AccountabilityCase, CaseProblem, CaseSubject, Clue, Unit
from zeren_desktop.storage.query_plan import straight_join

_CTX = "Statistics"

TEAM_KINDS = (SubjectKind.PARTY_TEAM, SubjectKind.DISCIPLINE_TEAM)


@dataclass(frozen=True)
class DrillRow:
    """One record behind a figure: a problem, a subject (person or team) or a clue."""

    kind: str                  # "problem", "subject" or "clue"
    id: uuid.UUID
    case_id: uuid.UUID | None
    number: str                # the case's or the clue's number
    date: dt.date | None       # decision date, or the clue's received date
    unit_name: str
    name: str                  # subject's name; problem: case title; clue: names in it
    label: str                 # category / measures / source and result (translate
    label_context: str         # with label_context unless it is empty)
    detail: str                # problem description, post, or clue summary


@dataclass(frozen=True)
class _Scope:
    start: dt.date
    end: dt.date
    units: frozenset[uuid.UUID] | None   # the unit filter's subtree
    visible: frozenset[uuid.UUID] | None  # the actor's township scope


def definitions() -> st.Definitions:
    return st.load_definitions(paths.resources_dir() / "statistics")


class StatisticsService(ServiceBase):
    def report(self, start: dt.date, end: dt.date,
               unit_id: uuid.UUID | None = None) -> st.StatisticsReport:
        """The figures of the cases decided and the clues received from `start` to `end`
        (both included), of `unit_id` and the units under it if given."""
        actor = self._require(Permission.VIEW_RECORDS, "statistics.report")
        ranking = self._ranking()
        defs = definitions()
        with self.db.read() as session:
            scope = self._scope(session, actor, start, end, unit_id, "statistics.report")
            return self._report(session, scope, unit_id, ranking, defs)

    def drill(self, figure: str, value: str | None, start: dt.date, end: dt.date,
              unit_id: uuid.UUID | None = None) -> list[DrillRow]:
        """The records behind one figure of `report(start, end, unit_id)`: as many rows as
        the figure counts (for persons, the row of each person's heaviest measure)."""
        actor = self._require(Permission.VIEW_RECORDS, "statistics.drill")
        if figure not in st.FIGURES:
            raise ValueError(f"unknown figure {figure!r}")
        ranking = self._ranking() if figure in st.PERSON_FIGURES else None
        with self.db.read() as session:
            scope = self._scope(session, actor, start, end, unit_id, "statistics.drill")
            if figure in st.PROBLEM_FIGURES:
                return self._drill_problems(session, scope, figure, value)
            if figure in st.CLUE_FIGURES:
                return self._drill_clues(session, scope, figure, value)
            if figure == st.FIG_TEAMS:
                return self._drill_teams(session, scope)
            assert ranking is not None
            chosen = _counted_persons(session, self._case_where(scope), ranking, definitions())
            query = select(chosen.c.subject_id)
            if figure != st.FIG_PERSONS:
                query = query.where(_person_value_is(chosen, figure, value or ""))
            return self._subject_rows(session, list(session.scalars(query)), ranking)

    def export_xlsx(self, target: Path, start: dt.date, end: dt.date,
                    unit_id: uuid.UUID | None = None, *,
                    translate: Translate = untranslated) -> int:
        """The report as one .xlsx sheet with a section per dimension; rows written."""
        from zeren_desktop.services.spreadsheets import write_xlsx

        actor = self._require(Permission.VIEW_RECORDS, "statistics.export")
        report = self.report(start, end, unit_id)
        headers, rows = xlsx_rows(report, translate)
        written = write_xlsx(Path(target), translate(_CTX, XLSX_SHEET), headers, rows,
                             column_widths=[22, 30, 12, 12, 12, 12, 16, 16, 14])
        self._audit_export(actor, "export.statistics_xlsx", Path(target), report)
        return written

    def export_pdf(self, target: Path, start: dt.date, end: dt.date,
                   unit_id: uuid.UUID | None = None, *,
                   translate: Translate = untranslated) -> int:
        """The report as an A4 PDF (tables and bars); the number of pages."""
        from zeren_desktop.reports.statistics_report import build_statistics_report

        actor = self._require(Permission.VIEW_RECORDS, "statistics.export")
        report = self.report(start, end, unit_id)
        office = self._office_name()
        font = register_bundled_font(paths.resources_dir())
        target = Path(target)
        pages = write_atomically(target, lambda path: build_statistics_report(
            path, report, font, office=office, translate=translate))
        self._audit_export(actor, "export.statistics_pdf", target, report)
        return pages

    # -- helpers

    def _office_name(self) -> str:
        from zeren_desktop.storage.models import Office

        with self.db.read() as session:
            office = session.get(Office, self.office_id)
            return office.name if office is not None else ""

    def _audit_export(self, actor: Actor, action: str, target: Path,
                      report: st.StatisticsReport) -> None:
        with self.db.write() as session:
            self._audit(session, actor, action, "accountability_cases", None,
                        summary=f"{report.start}..{report.end} to {target.name}",
                        after={"from": report.start.isoformat(), "to": report.end.isoformat(),
                               "unit_id": str(report.unit_id or ""),
                               "problems": report.problems, "persons": report.persons,
                               "clues": report.clues.received})

    def _ranking(self) -> st.MeasureRanking:
        regulations = RegulationService(self.db, self.office_id, self.state,
                                        self.audit).regulations()
        return st.MeasureRanking.of(regulations)

    def _scope(self, session: Session, actor: Actor, start: dt.date, end: dt.date,
               unit_id: uuid.UUID | None, operation: str) -> _Scope:
        if end < start:
            raise ValidationError("end", Message(_CTX, QT_TRANSLATE_NOOP(
                "Statistics", "The period ends before it starts.")))
        units = None
        if unit_id is not None:
            if session.get(Unit, unit_id) is None:
                raise not_found(UNIT_NOT_FOUND, unit_id)
            self._require_scope(actor, {unit_id}, operation, "units", unit_id)
            units = subtree(session, unit_id)
        return _Scope(start, end, units, actor.scope_units)

    @staticmethod
    def _case_where(scope: _Scope) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = [AccountabilityCase.decision_date.is_not(None),
                 AccountabilityCase.decision_date.between(scope.start, scope.end)]
        if scope.units is not None:
            where.append(AccountabilityCase.unit_id.in_(scope.units))
        if scope.visible is not None:
            where.append(AccountabilityCase.unit_id.in_(scope.visible))
        return where

    @staticmethod
    def _clue_where(scope: _Scope) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = [Clue.received_on.between(scope.start, scope.end)]
        if scope.units is not None:
            where.append(Clue.unit_id.in_(scope.units))
        if scope.visible is not None:
            where.append(Clue.unit_id.in_(scope.visible))
        return where

    def _report(self, session: Session, scope: _Scope, unit_id: uuid.UUID | None,
                ranking: st.MeasureRanking, defs: st.Definitions) -> st.StatisticsReport:
        case_where = self._case_where(scope)
        year = extract("year", AccountabilityCase.decision_date)
        month = extract("month", AccountabilityCase.decision_date)
        problems_of = (select(CaseProblem.category, AccountabilityCase.unit_id, year, month,
                              func.count())
                       .join(AccountabilityCase, CaseProblem.case_id == AccountabilityCase.id)
                       .where(*case_where)
                       .group_by(CaseProblem.category, AccountabilityCase.unit_id, year, month))
        by_category: dict[ProblemCategory, int] = {}
        by_unit: dict[uuid.UUID | None, int] = {}
        by_month: dict[str, int] = {}
        for category, unit, year_n, month_n, n in session.execute(problems_of):
            by_category[category] = by_category.get(category, 0) + n
            by_unit[unit] = by_unit.get(unit, 0) + n
            key = f"{int(year_n):04d}-{int(month_n):02d}"
            by_month[key] = by_month.get(key, 0) + n
        cases = int(session.scalar(select(func.count()).select_from(AccountabilityCase)
                                   .where(*case_where)) or 0)
        # A team once per team: its record, else its name.
        team_key = case((CaseSubject.team_id.is_not(None),
                         "t:" + cast(CaseSubject.team_id, String)),
                        else_="n:" + CaseSubject.name)
        teams = int(session.scalar(
            select(func.count(team_key.distinct()))
            .join(AccountabilityCase, CaseSubject.case_id == AccountabilityCase.id)
            .where(CaseSubject.kind.in_(TEAM_KINDS), *case_where)) or 0)
        people = _person_counts(session, _counted_persons(session, case_where, ranking, defs))
        persons = sum(people["measure"].values())
        people_by_unit = {(uuid.UUID(k) if k else None): n for k, n in people["unit"].items()}
        unit_ids = {u for u in by_unit if u} | {u for u in people_by_unit if u}
        if unit_id is not None:
            unit_ids.add(unit_id)
        names: dict[uuid.UUID, str] = {
            uid: name for uid, name in session.execute(
                select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids)))} if unit_ids else {}
        clues = self._clue_figures(session, scope)
        buckets = st.person_buckets_of_counts(people["measure"], people["form"],
                                              people["rank"], ranking, defs)
        return st.StatisticsReport(
            scope.start, scope.end, unit_id, names.get(unit_id, "") if unit_id else "",
            sum(by_category.values()), persons, teams, cases,
            st.category_buckets(by_category), buckets["by_measure"], buckets["by_rank"],
            buckets["by_form"], st.unit_buckets_of_counts(by_unit, people_by_unit, names),
            st.month_buckets_of_counts(scope.start, scope.end, by_month, people["month"]),
            clues, st.clue_totals(clues))

    def _clue_figures(self, session: Session, scope: _Scope) -> tuple[st.ClueFigures, ...]:
        confirmed = case((Clue.result.in_(st.CONFIRMED_RESULTS), 1), else_=0)
        query = (select(Clue.source, func.count(), func.count(Clue.result),
                        func.coalesce(func.sum(confirmed), 0),
                        func.coalesce(func.sum(Clue.money_recovered_fen), 0),
                        func.coalesce(func.sum(Clue.money_corrected_fen), 0),
                        func.coalesce(func.sum(Clue.persons_disqualified), 0))
                 .where(*self._clue_where(scope)).group_by(Clue.source))
        found = {row[0]: row[1:] for row in session.execute(query)}
        return tuple(st.clue_figures(source, *(int(v) for v in found.get(source, ())))
                     for source in ClueSource)

    # -- drilling down

    def _drill_problems(self, session: Session, scope: _Scope, figure: str,
                        value: str | None) -> list[DrillRow]:
        query = (select(CaseProblem, AccountabilityCase, Unit.name)
                 .join(AccountabilityCase, CaseProblem.case_id == AccountabilityCase.id)
                 .outerjoin(Unit, AccountabilityCase.unit_id == Unit.id)
                 .where(*self._case_where(scope)))
        if figure == st.FIG_CATEGORY:
            query = query.where(CaseProblem.category == ProblemCategory(value or ""))
        elif figure == st.FIG_UNIT_PROBLEMS:
            query = query.where(_unit_is(AccountabilityCase.unit_id, value))
        elif figure == st.FIG_MONTH_PROBLEMS:
            first, last = _month_range(value or "")
            query = query.where(AccountabilityCase.decision_date.between(first, last))
        query = query.order_by(AccountabilityCase.decision_date, AccountabilityCase.number,
                               CaseProblem.position, CaseProblem.id)
        return [DrillRow("problem", p.id, c.id, c.number, c.decision_date, unit or "", c.title,
                         p.category.label, p.category.context(), p.description)
                for p, c, unit in session.execute(query)]

    def _drill_teams(self, session: Session, scope: _Scope) -> list[DrillRow]:
        query = (select(CaseSubject, AccountabilityCase, Unit.name)
                 .join(AccountabilityCase, CaseSubject.case_id == AccountabilityCase.id)
                 .outerjoin(Unit, AccountabilityCase.unit_id == Unit.id)
                 .where(CaseSubject.kind.in_(TEAM_KINDS), *self._case_where(scope))
                 .order_by(AccountabilityCase.decision_date, AccountabilityCase.number,
                           CaseSubject.position))
        seen: set[object] = set()
        rows = []
        for s, c, unit in session.execute(query):
            key = s.team_id or s.name
            if key in seen:
                continue
            seen.add(key)
            rows.append(DrillRow("subject", s.id, c.id, c.number, c.decision_date, unit or "",
                                 s.name, "、".join(_codes(s.measures)), "", s.post_title))
        return rows

    def _subject_rows(self, session: Session, subject_ids: Sequence[uuid.UUID],
                      ranking: st.MeasureRanking) -> list[DrillRow]:
        rows: list[DrillRow] = []
        ids = list(subject_ids)
        for chunk in range(0, len(ids), 500):
            query = (select(CaseSubject, AccountabilityCase, Unit.name)
                     .join(AccountabilityCase, CaseSubject.case_id == AccountabilityCase.id)
                     .outerjoin(Unit, AccountabilityCase.unit_id == Unit.id)
                     .where(CaseSubject.id.in_(ids[chunk:chunk + 500])))
            for s, c, unit in session.execute(query):
                measures = "、".join(ranking.name(code) for code in _codes(s.measures))
                rows.append(DrillRow("subject", s.id, c.id, c.number, c.decision_date,
                                     unit or "", s.name, measures, "", s.post_title))
        rows.sort(key=lambda r: (r.date or dt.date.min, r.number, r.name, str(r.id)))
        return rows

    def _drill_clues(self, session: Session, scope: _Scope, figure: str,
                     value: str | None) -> list[DrillRow]:
        query = (select(Clue, Unit.name).outerjoin(Unit, Clue.unit_id == Unit.id)
                 .where(*self._clue_where(scope)))
        if value:
            query = query.where(Clue.source == ClueSource(value))
        if figure == st.FIG_CLUES_CONCLUDED:
            query = query.where(Clue.result.is_not(None))
        elif figure == st.FIG_CLUES_CONFIRMED:
            query = query.where(Clue.result.in_(st.CONFIRMED_RESULTS))
        query = query.order_by(Clue.received_on, Clue.number).limit(DRILL_CLUE_LIMIT)
        rows = []
        for clue, unit in session.execute(query):
            label = clue.result.label if clue.result else clue.handling.label
            context = (clue.result or clue.handling).context()
            rows.append(DrillRow("clue", clue.id, clue.case_id, clue.number, clue.received_on,
                                 unit or clue.unit_text, clue.subject_names, label, context,
                                 clue.summary))
        return rows


# A big-data source has hundreds of thousands of clues: the drill-down lists the first ones.
DRILL_CLUE_LIMIT = 5000

# -- persons in SQL ------------------------------------------------------------------------

# The dimensions of the persons' GROUP BY and the column each groups.
PERSON_DIMENSIONS = ("measure", "form", "rank", "unit", "month")
_FIGURE_COLUMN = {st.FIG_MEASURE: "measure", st.FIG_FORM: "form", st.FIG_RANK: "rank_group",
                  st.FIG_UNIT_PERSONS: "unit_key", st.FIG_MONTH_PERSONS: "month"}
# The regulation key of the days no regulation was in force (the union's weights).
_NONE_IN_FORCE = -1


def _measure_codes(session: Session, measures: Any) -> Any:
    """A table of the codes of a subject row's JSON list (column `value`), joined
    laterally; a text that is no JSON list gives no codes."""
    if session.get_bind().dialect.name == "postgresql":
        # PostgreSQL 15 has no test of valid JSON: what has the shape of a list is read as
        # one (the program writes only lists; a malformed one would be an error there).
        listed = case((measures.regexp_match(r"^\s*\[[\s\S]*\]\s*$"), cast(measures, JSON_PG)),
                      else_=func.json_build_array())
        return func.json_array_elements_text(listed).table_valued("value").lateral()
    listed = case((and_(func.json_valid(measures) == 1,
                        func.json_type(measures) == "array"), measures), else_="[]")
    return func.json_each(listed).table_valued("value")


def _weights_table(session: Session, rows: list[tuple[int, str, int, int]]) -> Any:
    """The measure weights (reg, code, rank, ord) as a table: one JSON parameter read by
    the database (a VALUES list would make the statement uncacheable and slow to compile)."""
    data = json.dumps([{"reg": reg, "code": code, "rank": rank, "ord": order}
                       for reg, code, rank, order in rows], ensure_ascii=False)
    if session.get_bind().dialect.name == "postgresql":
        table = func.json_to_recordset(cast(literal(data), JSON_PG)).table_valued(
            column("reg", Integer), column("code", String), column("rank", Integer),
            column("ord", Integer)).render_derived(with_types=True)
        return select(table.c.reg, table.c.code, table.c.rank, table.c.ord).cte(
            "measure_weights").prefix_with("MATERIALIZED")
    table = func.json_each(literal(data)).table_valued("value")
    return select(*(cast(func.json_extract(table.c.value, f"$.{name}"), kind).label(name)
                    for name, kind in (("reg", Integer), ("code", String), ("rank", Integer),
                                       ("ord", Integer)))).cte(
        "measure_weights").prefix_with("MATERIALIZED")


def _counted_persons(session: Session, case_where: list[ColumnElement[bool]],
                     ranking: st.MeasureRanking, defs: st.Definitions) -> Any:
    """One row per person counted (st.count_persons in SQL): the subject row and code of
    their heaviest measure, with its form, rank group, unit and month.

    Columns: subject_id, measure ("none" without one), form, rank_group, unit_key (the
    case's unit id as text, "" for none), month ("2026-03")."""
    regulation_keys = {reg.id: n for n, reg in enumerate(ranking.regulations)}
    # MeasureRanking.weight as a table: per regulation in force (_NONE_IN_FORCE: none)
    # and known code, the regulation's weight, else the union's.
    weight_rows = [(key, code, *(ranking.by_regulation[reg_id].get(code, weight)
                                 if reg_id is not None else weight))
                   for reg_id, key in [*regulation_keys.items(), (None, _NONE_IN_FORCE)]
                   for code, weight in ranking.union.items()]
    weights = _weights_table(session, weight_rows)
    decided = AccountabilityCase.decision_date
    # The regulation in force at the decision date (MeasureRanking.periods).
    periods = ranking.periods()
    in_force = [(decided < day, regulation_keys.get(prev or "", _NONE_IN_FORCE))
                for (_, prev), (day, _) in itertools.pairwise(periods)
                if day is not None]
    last = regulation_keys.get(periods[-1][1] or "", _NONE_IN_FORCE)
    regulation = case(*in_force, else_=last) if in_force else literal(last)
    codes = _measure_codes(session, CaseSubject.measures)
    pairs = (select(CaseSubject.id.label("subject_id"), CaseSubject.cadre_id,
                    CaseSubject.name, CaseSubject.rank, decided.label("decided"),
                    AccountabilityCase.unit_id, codes.c.value.label("code"),
                    regulation.label("reg"))
             # The period's cases by their decision date first, then their subjects.
             .select_from(straight_join(AccountabilityCase.__table__, CaseSubject.__table__,
                                        CaseSubject.case_id == AccountabilityCase.id))
             .outerjoin(codes, true())
             .where(CaseSubject.kind == SubjectKind.CADRE, decided.is_not(None), *case_where)
             .subquery("pairs"))
    weight = weights.alias("weight")
    # A code no regulation knows weighs (0, -1); no code at all (-1, -1).
    rank = func.coalesce(weight.c.rank, case((pairs.c.code.is_(None), -1), else_=0))
    order = func.coalesce(weight.c.ord, -1)
    person = (pairs.c.cadre_id,
              case((pairs.c.cadre_id.is_(None), func.trim(pairs.c.name, st.STRIP_CHARS)),
                   else_=null()))
    heaviest_first = func.row_number().over(
        partition_by=person,
        order_by=(rank.desc(), order.desc(), pairs.c.decided.desc(),
                  pairs.c.subject_id.desc(), pairs.c.code.desc()))
    ranked = (select(pairs.c.subject_id, pairs.c.code, pairs.c.rank, pairs.c.decided,
                     pairs.c.unit_id, heaviest_first.label("place"))
              .select_from(pairs)
              .outerjoin(weight, and_(weight.c.reg == pairs.c.reg,
                                      weight.c.code == pairs.c.code))
              .subquery("ranked"))
    measure = func.coalesce(ranked.c.code, st.NONE)
    form_of = {code: form for code, form in defs.measure_forms.items() if code != st.NONE}
    form = case(form_of, value=ranked.c.code, else_=st.NONE) if form_of else literal(st.NONE)
    groups = {Rank(value): group for value, group in defs.rank_group_of.items()}
    rank_group = case(groups, value=ranked.c.rank, else_="other") if groups \
        else literal("other")
    year = extract("year", ranked.c.decided)
    month_n = extract("month", ranked.c.decided)
    month = (cast(year, Integer) * 100 + cast(month_n, Integer))
    unit_key = func.coalesce(cast(ranked.c.unit_id, String), "")
    chosen = (select(ranked.c.subject_id, measure.label("measure"), form.label("form"),
                     rank_group.label("rank_group"), unit_key.label("unit_key"),
                     month.label("month_number"))
              .where(ranked.c.place == 1))
    return chosen.cte("counted_persons").prefix_with("MATERIALIZED")


def _person_value_is(chosen: Any, figure: str, value: str) -> ColumnElement[bool]:
    if figure == st.FIG_MONTH_PERSONS:
        year, month = (int(part) for part in value.split("-"))
        return chosen.c.month_number == year * 100 + month  # type: ignore[no-any-return]
    if figure == st.FIG_UNIT_PERSONS and value:
        # The key as the database writes a unit id as text.
        return or_(chosen.c.unit_key == value,
                   chosen.c.unit_key == uuid.UUID(value).hex)
    return chosen.c[_FIGURE_COLUMN[figure]] == value  # type: ignore[no-any-return]


def _person_counts(session: Session, chosen: Any) -> dict[str, dict[str, int]]:
    """The counted persons by measure, form, rank group, unit (id as text, "" for none)
    and month ("2026-03"): one statement, a GROUP BY per dimension."""
    parts = [select(literal(dim).label("dim"), cast(col, String).label("key"),
                    func.count().label("n")).group_by(col)
             for dim, col in (("measure", chosen.c.measure), ("form", chosen.c.form),
                              ("rank", chosen.c.rank_group), ("unit", chosen.c.unit_key),
                              ("month", chosen.c.month_number))]
    found: dict[str, dict[str, int]] = {dim: {} for dim in PERSON_DIMENSIONS}
    for dim, key, n in session.execute(parts[0].union_all(*parts[1:])):
        if dim == "month":
            key = f"{int(key) // 100:04d}-{int(key) % 100:02d}"
        found[dim][str(key)] = int(n)
    return found


def _codes(measures: str) -> tuple[str, ...]:
    try:
        codes = json.loads(measures or "[]")
    except ValueError:
        return ()
    return tuple(str(c) for c in codes) if isinstance(codes, list) else ()


def _unit_is(column: Any, value: str | None) -> ColumnElement[bool]:
    if not value:
        return column.is_(None)  # type: ignore[no-any-return]
    return column == uuid.UUID(value)  # type: ignore[no-any-return]


def _month_range(value: str) -> tuple[dt.date, dt.date]:
    year, month = (int(part) for part in value.split("-"))
    first = dt.date(year, month, 1)
    nxt = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first, nxt - dt.timedelta(days=1)


# -- the spreadsheet ---------------------------------------------------------------------

XLSX_SHEET = QT_TRANSLATE_NOOP("Statistics", "Statistics")
H_SECTION = QT_TRANSLATE_NOOP("Statistics", "Section")
H_ITEM = QT_TRANSLATE_NOOP("Statistics", "Item")
H_COUNT = QT_TRANSLATE_NOOP("Statistics", "Number")
H_PROBLEMS = QT_TRANSLATE_NOOP("Statistics", "Problems")
H_PERSONS = QT_TRANSLATE_NOOP("Statistics", "Persons")
H_TEAMS = QT_TRANSLATE_NOOP("Statistics", "Teams")
H_CASES = QT_TRANSLATE_NOOP("Statistics", "Cases decided")
H_SOURCE = QT_TRANSLATE_NOOP("Statistics", "Source")
H_RECEIVED = QT_TRANSLATE_NOOP("Statistics", "Received")
H_CONCLUDED = QT_TRANSLATE_NOOP("Statistics", "Concluded")
H_CONFIRMED = QT_TRANSLATE_NOOP("Statistics", "Confirmed")
H_RATE = QT_TRANSLATE_NOOP("Statistics", "Verification rate (%)")
H_RECOVERED = QT_TRANSLATE_NOOP("Statistics", "Money recovered (yuan)")
H_CORRECTED = QT_TRANSLATE_NOOP("Statistics", "Money corrected (yuan)")
H_DISQUALIFIED = QT_TRANSLATE_NOOP("Statistics", "Persons disqualified")
H_TOTAL = QT_TRANSLATE_NOOP("Statistics", "Total")
H_PERIOD = QT_TRANSLATE_NOOP("Statistics", "Period")
H_UNIT = QT_TRANSLATE_NOOP("Statistics", "Unit")
SECTION_SUMMARY = QT_TRANSLATE_NOOP("Statistics", "Summary")
SECTION_CATEGORY = QT_TRANSLATE_NOOP("Statistics", "Problems by category")
SECTION_MEASURE = QT_TRANSLATE_NOOP("Statistics", "Persons by measure")
SECTION_RANK = QT_TRANSLATE_NOOP("Statistics", "Persons by rank")
SECTION_FORM = QT_TRANSLATE_NOOP("Statistics", "Persons by the four forms")
SECTION_UNIT = QT_TRANSLATE_NOOP("Statistics", "By unit")
SECTION_MONTH = QT_TRANSLATE_NOOP("Statistics", "By month")
SECTION_CLUES = QT_TRANSLATE_NOOP("Statistics", "Clues by source")


def bucket_label(bucket: st.Bucket | st.ClueFigures, translate: Translate) -> str:
    return translate(bucket.context, bucket.label) if bucket.context else bucket.label


def xlsx_rows(report: st.StatisticsReport,
              translate: Translate) -> tuple[list[str], list[list[object]]]:
    def t(text: str) -> str:
        return translate(_CTX, text)

    rows: list[list[object]] = [
        [t(H_PERIOD), f"{report.start.isoformat()} – {report.end.isoformat()}"],
    ]
    if report.unit_name:
        rows.append([t(H_UNIT), report.unit_name])
    rows += [[t(SECTION_SUMMARY), t(H_PROBLEMS), report.problems],
             [t(SECTION_SUMMARY), t(H_PERSONS), report.persons],
             [t(SECTION_SUMMARY), t(H_TEAMS), report.teams],
             [t(SECTION_SUMMARY), t(H_CASES), report.cases], []]
    for section, buckets, total in (
            (SECTION_CATEGORY, report.by_category, report.problems),
            (SECTION_MEASURE, report.by_measure, report.persons),
            (SECTION_RANK, report.by_rank, report.persons),
            (SECTION_FORM, report.by_form, report.persons)):
        rows += [[t(section), bucket_label(b, translate), b.count] for b in buckets]
        rows += [[t(section), t(H_TOTAL), total], []]
    for section, buckets in ((SECTION_UNIT, report.by_unit), (SECTION_MONTH, report.by_month)):
        rows.append([t(section), "", t(H_PROBLEMS), t(H_PERSONS)])
        rows += [[t(section), bucket_label(b, translate), b.count, b.persons] for b in buckets]
        rows += [[t(section), t(H_TOTAL), report.problems, report.persons], []]
    rows.append([t(SECTION_CLUES), t(H_SOURCE), t(H_RECEIVED), t(H_CONCLUDED), t(H_CONFIRMED),
                 t(H_RATE), t(H_RECOVERED), t(H_CORRECTED), t(H_DISQUALIFIED)])
    for c in (*report.clues_by_source, report.clues):
        rows.append([t(SECTION_CLUES), bucket_label(c, translate), c.received, c.concluded,
                     c.confirmed, c.rate_percent if c.rate_percent is not None else "",
                     st.yuan(c.money_recovered_fen), st.yuan(c.money_corrected_fen),
                     c.persons_disqualified])
    return [t(H_SECTION), t(H_ITEM), t(H_COUNT)], rows


