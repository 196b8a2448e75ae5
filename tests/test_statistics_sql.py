"""The statistics in SQL give the same answers as the Python definition and as plain queries.

`StatisticsService.report` counts every figure with SQL aggregates; persons (each once,
under the heaviest measure by the regulation in force) with a window function. Here the
report is compared, figure by figure, with

- `reference_report`: the earlier implementation kept as the reference, which reads the
  cadre subject rows and counts persons in Python (`domain.statistics.count_persons`);
- hand-written plain GROUP BY queries on the same file (problems, cases, teams, clues;
  persons through a NOT EXISTS formulation of "no heavier measure of the same person").

on small varied data: the seed of tests/stats_fixtures.py plus edge cases (names that
differ only by surrounding white space, subjects without a measure, text that is not a
JSON list, codes no regulation knows, ties, decisions before any regulation was in force
and on each regulation's first day), and the demo county over several periods, units and
a township-scoped account.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from tests.conftest import PG_URL, TEST_PASSWORD, copy_database
from tests.stats_fixtures import SEED_PERIOD, Person, StatsBuilder, Team, build_seed
from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.enums import (
    ClueResult,
    ClueSource,
    ProblemCategory,
    Rank,
    SubjectKind,
)
from zeren_desktop.services import demo
from zeren_desktop.services.app import Services
from zeren_desktop.services.statistics import TEAM_KINDS, definitions
from zeren_desktop.storage.models import AccountabilityCase, CaseProblem, CaseSubject, Unit

# -- the reference: persons counted in Python (the implementation before the SQL one) ----


def _codes(measures: str) -> tuple[str, ...]:
    try:
        codes = json.loads(measures or "[]")
    except ValueError:
        return ()
    return tuple(str(c) for c in codes) if isinstance(codes, list) else ()


def _facts(session: Session, case_where: list) -> list[st.SubjectFact]:  # type: ignore[type-arg]
    query = (select(CaseSubject.id, CaseSubject.case_id, CaseSubject.cadre_id,
                    CaseSubject.name, CaseSubject.rank, CaseSubject.measures,
                    AccountabilityCase.decision_date, AccountabilityCase.unit_id)
             .join(AccountabilityCase, CaseSubject.case_id == AccountabilityCase.id)
             .where(CaseSubject.kind == SubjectKind.CADRE, *case_where))
    return [st.SubjectFact(sid, cid, cadre, name, rank, _codes(measures), decided, unit)
            for sid, cid, cadre, name, rank, measures, decided, unit
            in session.execute(query) if decided is not None]


def reference_persons(services: Services, start: dt.date, end: dt.date,
                      unit_id: uuid.UUID | None = None) -> list[st.CountedPerson]:
    service = services.statistics
    actor = services.actor
    assert actor is not None
    with services.db.read() as session:
        scope = service._scope(session, actor, start, end, unit_id, "statistics.report")
        return st.count_persons(_facts(session, service._case_where(scope)),
                                service._ranking(), definitions())


def reference_report(services: Services, start: dt.date, end: dt.date,
                     unit_id: uuid.UUID | None = None) -> st.StatisticsReport:
    """The report as the program computed it before persons were counted in SQL."""
    service = services.statistics
    actor = services.actor
    assert actor is not None
    ranking, defs = service._ranking(), definitions()
    with services.db.read() as session:
        scope = service._scope(session, actor, start, end, unit_id, "statistics.report")
        case_where = service._case_where(scope)
        year = extract("year", AccountabilityCase.decision_date)
        month = extract("month", AccountabilityCase.decision_date)
        by_category: dict[ProblemCategory, int] = {}
        by_unit: dict[uuid.UUID | None, int] = {}
        by_month: dict[str, int] = {}
        for category, unit, y, m, n in session.execute(
                select(CaseProblem.category, AccountabilityCase.unit_id, year, month,
                       func.count())
                .join(AccountabilityCase, CaseProblem.case_id == AccountabilityCase.id)
                .where(*case_where)
                .group_by(CaseProblem.category, AccountabilityCase.unit_id, year, month)):
            by_category[category] = by_category.get(category, 0) + n
            by_unit[unit] = by_unit.get(unit, 0) + n
            key = f"{int(y):04d}-{int(m):02d}"
            by_month[key] = by_month.get(key, 0) + n
        cases = int(session.scalar(select(func.count()).select_from(AccountabilityCase)
                                   .where(*case_where)) or 0)
        teams = {(team_id or name) for team_id, name in session.execute(
            select(CaseSubject.team_id, CaseSubject.name)
            .join(AccountabilityCase, CaseSubject.case_id == AccountabilityCase.id)
            .where(CaseSubject.kind.in_(TEAM_KINDS), *case_where))}
        persons = st.count_persons(_facts(session, case_where), ranking, defs)
        unit_ids = {u for u in by_unit if u} | {p.unit_id for p in persons if p.unit_id}
        if unit_id is not None:
            unit_ids.add(unit_id)
        names = {uid: name for uid, name in session.execute(
            select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids)))} if unit_ids else {}
        clues = service._clue_figures(session, scope)
    buckets = st.person_buckets(persons, ranking, defs)
    return st.StatisticsReport(
        start, end, unit_id, names.get(unit_id, "") if unit_id else "",
        sum(by_category.values()), len(persons), len(teams), cases,
        st.category_buckets(by_category), buckets["by_measure"], buckets["by_rank"],
        buckets["by_form"], st.unit_buckets(by_unit, persons, names),
        st.month_buckets(start, end, by_month, persons), clues, st.clue_totals(clues))


# -- plain GROUP BY queries, written by hand -------------------------------------------

def _unit_key(stored: str | None) -> str:
    """A unit id as the SQLite file stores it (hex), as the report's bucket key."""
    return str(uuid.UUID(stored)) if stored else ""


def _plain(file: Path, start: dt.date, end: dt.date,
           units: set[uuid.UUID] | None = None) -> dict[str, object]:
    """The figures straight from the SQLite file with plain SQL (no program code)."""
    connection = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        unit_filter, args = "", [start.isoformat(), end.isoformat()]
        if units is not None:
            unit_filter = f" AND c.unit_id IN ({','.join('?' * len(units))})"
            args += [u.hex for u in units]
        decided = ("c.decision_date IS NOT NULL AND c.decision_date BETWEEN ? AND ?"
                   + unit_filter)

        def rows(sql: str, extra: list[object] | None = None) -> list[tuple]:  # type: ignore[type-arg]
            return connection.execute(sql, [*(extra or []), *args]).fetchall()

        found: dict[str, object] = {}
        found["by_category"] = dict(rows(
            "SELECT p.category, count(*) FROM case_problems p"
            " JOIN accountability_cases c ON c.id = p.case_id"
            f" WHERE {decided} GROUP BY p.category"))
        found["problems_by_unit"] = {_unit_key(u): n for u, n in rows(
            "SELECT c.unit_id, count(*) FROM case_problems p"
            " JOIN accountability_cases c ON c.id = p.case_id"
            f" WHERE {decided} GROUP BY c.unit_id")}
        found["problems_by_month"] = dict(rows(
            "SELECT substr(c.decision_date, 1, 7), count(*) FROM case_problems p"
            " JOIN accountability_cases c ON c.id = p.case_id"
            f" WHERE {decided} GROUP BY substr(c.decision_date, 1, 7)"))
        found["cases"] = rows(f"SELECT count(*) FROM accountability_cases c WHERE {decided}")[0][0]
        found["teams"] = rows(
            "SELECT count(*) FROM (SELECT DISTINCT coalesce('t' || s.team_id, 'n' || s.name)"
            " FROM case_subjects s JOIN accountability_cases c ON c.id = s.case_id"
            f" WHERE s.kind IN ('party_team', 'discipline_team') AND {decided})")[0][0]
        clue_filter = unit_filter.replace("c.unit_id", "k.unit_id")
        found["clues"] = {row[0]: tuple(row[1:]) for row in rows(
            "SELECT k.source, count(*), count(k.result),"
            " sum(k.result IN ('confirmed', 'partly')), sum(k.money_recovered_fen),"
            " sum(k.money_corrected_fen), sum(k.persons_disqualified) FROM clues k"
            f" WHERE k.received_on BETWEEN ? AND ?{clue_filter} GROUP BY k.source")}
        return found
    finally:
        connection.close()


def _plain_persons(file: Path, services: Services, start: dt.date, end: dt.date,
                   units: set[uuid.UUID] | None = None) -> dict[str, dict[str, int]]:
    """Persons by measure, rank group, unit and month, in plain SQL: the weights of the
    regulation in force per decision date in a temporary table, the pairs (subject row,
    code), and a person's pair is the one no other pair of that person beats."""
    ranking, defs = services.statistics._ranking(), definitions()
    connection = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        connection.execute("CREATE TEMP TABLE w (day TEXT, code TEXT, rnk INT, ord INT)")
        connection.execute("CREATE TEMP TABLE g (rank TEXT, grp TEXT)")
        days = [r[0] for r in connection.execute(
            "SELECT DISTINCT decision_date FROM accountability_cases"
            " WHERE decision_date BETWEEN ? AND ?", (start.isoformat(), end.isoformat()))]
        codes = {r[0] for r in connection.execute(
            "SELECT DISTINCT j.value FROM case_subjects s, json_each(s.measures) j"
            " WHERE json_valid(s.measures) AND json_type(s.measures) = 'array'")}
        connection.executemany("INSERT INTO w VALUES (?, ?, ?, ?)", [
            (day, code, *ranking.weight(code, dt.date.fromisoformat(day)))
            for day in days for code in codes])
        connection.executemany("INSERT INTO g VALUES (?, ?)",
                               [(r.value, defs.rank_group(r)) for r in Rank])
        unit_filter, args = "", [start.isoformat(), end.isoformat()]
        if units is not None:
            unit_filter = f" AND c.unit_id IN ({','.join('?' * len(units))})"
            args += [u.hex for u in units]
        connection.execute(f"""
            CREATE TEMP TABLE pairs AS
            SELECT s.id AS sid, coalesce('c' || s.cadre_id, 'n' || trim(s.name, ?)) AS person,
                   s.rank, c.unit_id, c.decision_date AS day, j.value AS code,
                   coalesce(w.rnk, -1) AS rnk, coalesce(w.ord, -1) AS ord
            FROM case_subjects s JOIN accountability_cases c ON c.id = s.case_id
            LEFT JOIN json_each(CASE WHEN json_valid(s.measures)
                                      AND json_type(s.measures) = 'array'
                                     THEN s.measures ELSE '[]' END) j
            LEFT JOIN w ON w.day = c.decision_date AND w.code = j.value
            WHERE s.kind = 'cadre' AND c.decision_date BETWEEN ? AND ?{unit_filter}""",
                           [st.STRIP_CHARS, *args])
        best = """SELECT * FROM pairs a WHERE NOT EXISTS (
            SELECT 1 FROM pairs b WHERE b.person = a.person AND
              (b.rnk, b.ord, b.day, b.sid, coalesce(b.code, ''))
              > (a.rnk, a.ord, a.day, a.sid, coalesce(a.code, '')))"""
        found = {
            "measure": dict(connection.execute(
                f"SELECT coalesce(code, 'none'), count(*) FROM ({best}) GROUP BY 1")),
            "rank": dict(connection.execute(
                f"SELECT coalesce(g.grp, 'other'), count(*) FROM ({best}) x"
                " LEFT JOIN g ON g.rank = x.rank GROUP BY 1")),
            "unit": {_unit_key(u): n for u, n in connection.execute(
                f"SELECT unit_id, count(*) FROM ({best}) GROUP BY unit_id")},
            "month": dict(connection.execute(
                f"SELECT substr(day, 1, 7), count(*) FROM ({best}) GROUP BY 1")),
        }
        return found
    finally:
        connection.close()


def assert_same_as_plain(services: Services, file: Path, report: st.StatisticsReport,
                         units: set[uuid.UUID] | None = None) -> None:
    plain = _plain(file, report.start, report.end, units)
    assert {k: v for k, v in (
        (b.key, b.count) for b in report.by_category) if v} == plain["by_category"]
    assert {b.key: b.count for b in report.by_unit if b.count} == plain["problems_by_unit"]
    assert {b.key: b.count for b in report.by_month if b.count} == plain["problems_by_month"]
    assert report.cases == plain["cases"]
    assert report.teams == plain["teams"]
    clues = plain["clues"]
    assert isinstance(clues, dict)
    for figures in report.clues_by_source:
        expected = clues.get(figures.key, (0, 0, 0, 0, 0, 0))
        assert (figures.received, figures.concluded, figures.confirmed,
                figures.money_recovered_fen, figures.money_corrected_fen,
                figures.persons_disqualified) == tuple(int(v or 0) for v in expected)
    persons = _plain_persons(file, services, report.start, report.end, units)
    assert {b.key: b.count for b in report.by_measure} == persons["measure"]
    assert {b.key: b.count for b in report.by_rank if b.count} == persons["rank"]
    assert {b.key: b.persons for b in report.by_unit if b.persons} == persons["unit"]
    assert {b.key: b.persons for b in report.by_month if b.persons} == persons["month"]
    assert report.persons == sum(persons["measure"].values())


# -- data ------------------------------------------------------------------------------

def add_edge_cases(services: Services, township: uuid.UUID, other: uuid.UUID) -> None:
    """Persons and teams the rules must treat exactly alike in SQL and in Python."""
    b = StatsBuilder(services)
    b.numbers["WZ"] = 500
    linked = b.cadre("关联干部", Rank.COUNTY_DIVISION)
    may = dt.date(2026, 5, 20)
    # The same name with white space around it (ASCII, full-width, no-break): one person.
    b.case(may, township, [ProblemCategory.OTHER], [
        Person(" 王 五 ", ["summons_talk"], Rank.GENERAL),
        Person("王 五\u3000", ["party_warning"], Rank.TOWNSHIP_SECTION)])
    b.case(dt.date(2026, 2, 2), other, [ProblemCategory.EIGHT_RULES], [
        Person("\xa0王 五", ["written_examination"], None),
        # no measure at all; a measure no regulation knows; text that is not a JSON list
        Person("无措施", []),
        Person("未知措施", ["no_such_measure"], Rank.OTHER),
        Person("坏数据", ["dismissal"], Rank.COUNTY_DIVISION)],
           [Team("乙乡党委班子"), Team("乙乡党委班子", kind=SubjectKind.DISCIPLINE_TEAM)])
    with services.db.write() as session:
        bad = session.scalars(select(CaseSubject).where(CaseSubject.name == "坏数据")).one()
        bad.measures = "not json"
        other_bad = session.scalars(
            select(CaseSubject).where(CaseSubject.name == "无措施")).one()
        other_bad.measures = json.dumps({"not": "a list"})
    # Ties: the same heaviest measure on two rows (the later decision wins), and twice on
    # one day (the greater subject id wins); a linked cadre under two names.
    for day in (dt.date(2026, 3, 1), dt.date(2026, 4, 1), dt.date(2026, 4, 1)):
        b.case(day, township if day.month == 3 else other, [ProblemCategory.OTHER],
               [Person("关联干部" if day.month == 3 else "关联干部（调任）",
                       ["admonishment", "summons_talk"], Rank.COUNTY_DIVISION, linked)])
    # Without a unit.
    b.case(dt.date(2026, 6, 30), None, [ProblemCategory.OTHER, ProblemCategory.OTHER],
           [Person("无单位", ["circulated_criticism"], Rank.GENERAL)])
    # Decided before any regulation was in force, on the first day of each, and a measure
    # whose weight differs between them.
    for day in (dt.date(2015, 6, 1), dt.date(2016, 4, 30), dt.date(2019, 9, 1),
                dt.date(2019, 8, 31)):
        b.case(day, township, [ProblemCategory.OTHER], [
            Person(f"旧案{day.year}{day.month}", ["dismissal", "ordered_resignation"],
                   Rank.TOWNSHIP_SECTION),
            Person("跨年度", ["suspension_for_examination", "adjust_post"], Rank.GENERAL)])
    b.clue(dt.date(2026, 1, 5), ClueSource.BIG_DATA, township, ClueResult.CONFIRMED,
           recovered_fen=12_345, corrected_fen=500, disqualified=2)
    b.clue(dt.date(2026, 6, 30), ClueSource.BIG_DATA, None, ClueResult.PARTLY)
    b.clue(dt.date(2026, 7, 1), ClueSource.BIG_DATA, township, ClueResult.CONFIRMED)


@pytest.fixture(scope="module")
def varied(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = copy_database(template_db, tmp_path_factory.mktemp("stats-sql") / "varied.sqlite")
    with Services.open(path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        seed = build_seed(services)
        add_edge_cases(services, seed.township_a, seed.township_b)
    return path


@pytest.fixture
def stats(varied: Path, tmp_path: Path) -> Iterator[Services]:
    opened = Services.open(copy_database(varied, tmp_path / "zeren.sqlite"))
    try:
        opened.auth.sign_in("clerk", TEST_PASSWORD)
        yield opened
    finally:
        opened.close()


PERIODS = [SEED_PERIOD, (dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
           (dt.date(2010, 1, 1), dt.date(2030, 12, 31)), (dt.date(2016, 4, 30),
                                                          dt.date(2019, 9, 1)),
           (dt.date(2026, 3, 1), dt.date(2026, 3, 1)), (dt.date(2027, 1, 1),
                                                        dt.date(2027, 12, 31))]


def _persons_by_figure(persons: list[st.CountedPerson], figure: str,
                       value: str) -> list[uuid.UUID]:
    return sorted(p.subject_id for p in persons
                  if figure == st.FIG_PERSONS or p.value_of(figure) == value)


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_the_sql_report_equals_the_python_reference(stats: Services, start: dt.date,
                                                   end: dt.date) -> None:
    report = stats.statistics.report(start, end)
    assert report == reference_report(stats, start, end)
    assert st.adding_up_problems(report) == []


def test_the_edge_cases_count_as_the_rules_say(stats: Services) -> None:
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    report = stats.statistics.report(start, end)
    persons = {p.person_key: p for p in reference_persons(stats, start, end)}
    # The three spellings of 王 五 are one person, under the heaviest (party warning).
    assert persons["name:王 五"].measure == "party_warning"
    assert persons["name:无措施"].measure == st.NONE
    assert persons["name:坏数据"].measure == st.NONE
    assert persons["name:未知措施"].measure == "no_such_measure"
    by_measure = {b.key: b.count for b in report.by_measure}
    assert by_measure[st.NONE] == 2 and by_measure["no_such_measure"] == 1
    assert {b.key: b.count for b in report.by_form}["none"] == 3
    # The linked cadre once, in the later of the two April cases (greater subject id).
    linked = [p for p in persons.values()
              if p.person_key.startswith("cadre:") and len(p.subject_ids) == 3]
    assert len(linked) == 1 and linked[0].month == "2026-04"
    assert report.persons == len(persons)
    # Two teams without a record and of the same name count once, by the name.
    assert report.teams == 6 + 1


@pytest.mark.parametrize(("start", "end"), PERIODS[:4])
def test_the_sql_report_equals_plain_group_by_queries(stats: Services, start: dt.date,
                                                      end: dt.date) -> None:
    if PG_URL:
        pytest.skip("the plain queries read the SQLite file")
    report = stats.statistics.report(start, end)
    file = stats.db.file
    assert file is not None
    assert_same_as_plain(stats, file, report)


def test_a_unit_and_a_township_account_see_the_same_in_sql_and_python(
        stats: Services) -> None:
    start, end = dt.date(2010, 1, 1), dt.date(2030, 12, 31)
    with stats.db.read() as session:
        units = {name: uid for name, uid in session.execute(select(Unit.name, Unit.id))}
    for name in ("甲镇", "乙乡", "甲镇东村", "测试县"):
        report = stats.statistics.report(start, end, units[name])
        assert report == reference_report(stats, start, end, units[name])


@pytest.mark.parametrize("figure", sorted(st.PERSON_FIGURES))
def test_person_drill_downs_list_the_rows_the_python_rule_picks(stats: Services,
                                                                figure: str) -> None:
    start, end = dt.date(2010, 1, 1), dt.date(2030, 12, 31)
    report = stats.statistics.report(start, end)
    persons = reference_persons(stats, start, end)
    values = [""] if figure == st.FIG_PERSONS else [b.key for b in report.dimension(figure)]
    for value in values:
        rows = stats.statistics.drill(figure, value or None, start, end)
        assert sorted(r.id for r in rows) == _persons_by_figure(persons, figure, value)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stats-demo") / "demo.sqlite"
    with Services.open(path) as services:
        demo.load_demo(services)
    return path


@pytest.mark.sqlite_only("the demo is written to a file")
def test_the_demo_county_in_sql_python_and_plain_queries(demo_db: Path,
                                                         tmp_path: Path) -> None:
    with Services.open(copy_database(demo_db, tmp_path / "demo.sqlite")) as services:
        services.auth.sign_in("reviewer", demo.DEMO_PASSWORD)
        with services.db.read() as session:
            first, last = session.execute(
                select(func.min(AccountabilityCase.decision_date),
                       func.max(AccountabilityCase.decision_date))).one()
            towns = list(session.scalars(select(Unit.id).where(
                Unit.parent_id.is_not(None)).limit(3)))
        assert first is not None and last is not None
        periods = [(first, last), (dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)),
                   (dt.date(last.year, 1, 1), dt.date(last.year, 12, 31))]
        file = services.db.file
        assert file is not None
        for start, end in periods:
            report = services.statistics.report(start, end)
            assert report.persons > 0 or start.year != last.year
            assert report == reference_report(services, start, end)
            assert_same_as_plain(services, file, report)
        for town in towns:
            assert services.statistics.report(first, last, town) == reference_report(
                services, first, last, town)
        # The township clerk sees its township only: scoped alike.
        services.auth.sign_out()
        services.auth.sign_in("clerk", demo.DEMO_PASSWORD)
        scoped = services.statistics.report(first, last)
        assert scoped == reference_report(services, first, last)
        actor = services.actor
        assert actor is not None and actor.scope_units is not None
        assert_same_as_plain(services, file, scoped, set(actor.scope_units))


def test_the_sql_persons_are_one_query_with_a_window(stats: Services) -> None:
    """Persons are counted in the database: one statement for every person figure."""
    from sqlalchemy import event

    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    engine = stats.db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        stats.statistics.report(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    finally:
        event.remove(engine, "before_cursor_execute", record)
    windowed = [s for s in statements if "row_number() OVER" in s]
    assert len(windowed) == 1 and windowed[0].count("GROUP BY") == 5
    # No statement reads the measures of the subject rows back into Python.
    assert not [s for s in statements if "case_subjects.measures" in s
                and "json_" not in s]
