"""Accountability statistics through the real service, on rows written by a fixture."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD, copy_database
from tests.stats_fixtures import (
    SEED_MEASURES,
    SEED_PERIOD,
    Person,
    Seed,
    StatsBuilder,
    build_seed,
)
from zeren_desktop import paths
from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.enums import ClueResult, ClueSource, ProblemCategory, Rank
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.domain.text import ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.services.statistics import definitions
from zeren_desktop.storage.models import AuditRecord

START, END = SEED_PERIOD


@pytest.fixture(scope="module")
def seeded(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seed]:
    path = copy_database(template_db, tmp_path_factory.mktemp("stats") / "seed.sqlite")
    with Services.open(path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        seed = build_seed(services)
    return path, seed


@pytest.fixture
def seed(seeded: tuple[Path, Seed]) -> Seed:
    return seeded[1]


@pytest.fixture
def stats(seeded: tuple[Path, Seed], tmp_path: Path) -> Iterator[Services]:
    """The seeded database, signed in as a county-level clerk."""
    opened = Services.open(copy_database(seeded[0], tmp_path / "zeren.sqlite"))
    try:
        opened.auth.sign_in("clerk", TEST_PASSWORD)
        yield opened
    finally:
        opened.close()


def sign_in(services: Services, username: str, password: str = TEST_PASSWORD) -> None:
    services.auth.sign_out()
    services.auth.sign_in(username, password)


def counts(buckets: tuple[st.Bucket, ...]) -> dict[str, int]:
    return {b.key: b.count for b in buckets}


def test_the_seed_follow_up_of_104_persons_adds_up(stats: Services, seed: Seed) -> None:
    report = stats.statistics.report(START, END)
    assert report.persons == 104
    assert counts(report.by_measure) == SEED_MEASURES
    assert counts(report.by_rank) == {"county": 28, "section": 45, "other": 31}
    # 约谈, 通报批评, 诫勉, 责令检查 are the first form; 处分 (党内警告) and 免职 the second
    assert counts(report.by_form) == {"form1": 37 + 11 + 22 + 15, "form2": 17 + 2,
                                      "form3": 0, "form4": 0}
    assert report.problems == seed.problems
    assert sum(counts(report.by_category).values()) == seed.problems
    assert report.teams == 6
    assert report.cases == 27
    assert st.adding_up_problems(report) == []
    units = {b.key: (b.count, b.persons) for b in report.by_unit}
    assert set(units) == {str(seed.township_a), str(seed.township_b), str(seed.village_a)}
    assert sum(p for _, p in units.values()) == 104
    assert [b.key for b in report.by_month] == [f"2026-0{m}" for m in range(1, 7)]


def test_the_json_has_exactly_the_issue_keys(stats: Services) -> None:
    data = st.report_to_json(stats.statistics.report(START, END))
    assert set(data) - {"teams"} == {"period", "problems", "persons", "by_category",
                                     "by_measure", "by_rank", "by_form", "by_unit",
                                     "by_month", "clues"}
    assert data["by_measure"] == SEED_MEASURES
    assert sum(data["by_form"].values()) == sum(data["by_rank"].values()) == 104
    assert set(data["by_category"]) == {c.value for c in ProblemCategory}


def test_a_case_counts_in_the_period_of_its_decision(stats: Services, seed: Seed) -> None:
    july = stats.statistics.report(dt.date(2026, 7, 1), dt.date(2026, 7, 1))
    assert (july.cases, july.persons, july.problems) == (1, 1, 1)
    assert [r.name for r in stats.statistics.drill(st.FIG_PERSONS, None, dt.date(2026, 7, 1),
                                                   dt.date(2026, 7, 31))] == ["七月"]
    december = stats.statistics.report(dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert (december.cases, december.persons) == (1, 1)
    # the undecided case is in no period at all
    everything = stats.statistics.report(dt.date(2000, 1, 1), dt.date(2099, 12, 31))
    assert everything.cases == 29
    names = {r.name for r in stats.statistics.drill(
        st.FIG_PERSONS, None, dt.date(2000, 1, 1), dt.date(2099, 12, 31))}
    assert "未决" not in names and {"七月", "去年"} <= names
    # the last day of the period is inside it, the day after is not
    june = stats.statistics.report(dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert june.persons == dict((b.key, b.persons) for b in
                                stats.statistics.report(START, END).by_month)["2026-06"]
    with pytest.raises(ValidationError):
        stats.statistics.report(END, START)


def test_a_person_with_several_measures_counts_once_under_the_heaviest(
        services: Services) -> None:
    b = StatsBuilder(services)
    town = b.unit("丙镇")
    cadre = b.cadre("张某", Rank.COUNTY_DIVISION)
    b.case(dt.date(2026, 2, 1), town, persons=[Person("张某", ["summons_talk"],
                                                      Rank.TOWNSHIP_SECTION, cadre)])
    heavy = b.case(dt.date(2026, 3, 1), town, persons=[
        Person("张某", ["party_warning", "dismissal"], Rank.COUNTY_DIVISION, cadre)])
    # no cadre record: the same name is the same person
    b.case(dt.date(2026, 2, 2), town, persons=[Person("李某", ["admonishment"])])
    b.case(dt.date(2026, 4, 2), town, persons=[Person("李某", ["written_examination"])])
    # equal ranks (免职 and 党内严重警告 are both 60): the one listed later, discipline
    b.case(dt.date(2026, 5, 5), town, persons=[
        Person("王某", ["party_serious_warning", "dismissal"], Rank.OTHER)])
    report = services.statistics.report(START, END)
    assert report.persons == 3
    assert counts(report.by_measure) == {"dismissal": 1, "admonishment": 1,
                                         "party_serious_warning": 1}
    assert counts(report.by_rank) == {"county": 1, "section": 0, "other": 2}
    assert {b.key: b.persons for b in report.by_month} == {
        "2026-01": 0, "2026-02": 1, "2026-03": 1, "2026-04": 0, "2026-05": 1, "2026-06": 0}
    rows = services.statistics.drill(st.FIG_MEASURE, "dismissal", START, END)
    assert [(r.case_id, r.name) for r in rows] == [(heavy, "张某")]
    assert "免职" in rows[0].label and "党内警告" in rows[0].label
    # a person's only case in a shorter period counts with the measure of that case
    february = services.statistics.report(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert counts(february.by_measure) == {"summons_talk": 1, "admonishment": 1}


def test_subjects_without_a_measure_still_add_up(services: Services) -> None:
    b = StatsBuilder(services)
    b.case(dt.date(2026, 1, 9), b.unit("丁镇"), persons=[Person("赵某", [])])
    report = services.statistics.report(START, END)
    assert counts(report.by_measure) == {"none": 1}
    assert counts(report.by_form)["none"] == 1
    assert st.adding_up_problems(report) == []


def test_every_figure_drills_down_to_as_many_records(stats: Services) -> None:
    report = stats.statistics.report(START, END)
    drill = stats.statistics.drill
    assert len(drill(st.FIG_PROBLEMS, None, START, END)) == report.problems
    persons = drill(st.FIG_PERSONS, None, START, END)
    assert len(persons) == report.persons == len({r.id for r in persons})
    assert len(drill(st.FIG_TEAMS, None, START, END)) == report.teams
    for figure in (st.FIG_CATEGORY, st.FIG_MEASURE, st.FIG_RANK, st.FIG_FORM):
        for bucket in report.dimension(figure):
            assert len(drill(figure, bucket.key, START, END)) == bucket.count, (figure, bucket)
    for bucket in report.by_unit + report.by_month:
        unit = bucket in report.by_unit
        problems = st.FIG_UNIT_PROBLEMS if unit else st.FIG_MONTH_PROBLEMS
        persons_figure = st.FIG_UNIT_PERSONS if unit else st.FIG_MONTH_PERSONS
        assert len(drill(problems, bucket.key, START, END)) == bucket.count
        assert len(drill(persons_figure, bucket.key, START, END)) == bucket.persons
    talks = drill(st.FIG_MEASURE, "summons_talk", START, END)
    assert {r.kind for r in talks} == {"subject"}
    assert all(r.label.startswith("约谈") for r in talks)


def test_a_unit_includes_the_units_under_it(stats: Services, seed: Seed) -> None:
    whole = {b.key: b for b in stats.statistics.report(START, END).by_unit}
    report = stats.statistics.report(START, END, seed.township_a)
    a, village = whole[str(seed.township_a)], whole[str(seed.village_a)]
    assert report.problems == a.count + village.count
    assert report.persons == a.persons + village.persons
    assert report.unit_name == "甲镇"
    assert st.adding_up_problems(report) == []


def test_a_township_user_sees_only_its_township(stats: Services, seed: Seed) -> None:
    sign_in(stats, "admin")
    stats.auth.create_user(UserInput("jiazhen", "甲镇纪委", frozenset({AccountRole.CLERK}),
                                     seed.township_a), "Town-Pass-2026")
    sign_in(stats, "jiazhen", "Town-Pass-2026")
    report = stats.statistics.report(START, END)
    assert {b.key for b in report.by_unit} == {str(seed.township_a), str(seed.village_a)}
    rows = stats.statistics.drill(st.FIG_PERSONS, None, START, END)
    assert len(rows) == report.persons
    assert {r.unit_name for r in rows} == {"甲镇", "甲镇东村"}
    with pytest.raises(PermissionDeniedError):
        stats.statistics.report(START, END, seed.township_b)
    with pytest.raises(PermissionDeniedError):
        stats.statistics.drill(st.FIG_PERSONS, None, START, END, seed.township_b)


@pytest.mark.parametrize("username", ["admin", "auditor"])
def test_the_administrator_and_the_auditor_read_no_statistics(
        stats: Services, username: str, tmp_path: Path) -> None:
    sign_in(stats, username)
    with pytest.raises(PermissionDeniedError):
        stats.statistics.report(START, END)
    with pytest.raises(PermissionDeniedError):
        stats.statistics.drill(st.FIG_PERSONS, None, START, END)
    with pytest.raises(PermissionDeniedError):
        stats.statistics.export_xlsx(tmp_path / "s.xlsx", START, END)
    with pytest.raises(PermissionDeniedError):
        stats.statistics.export_pdf(tmp_path / "s.pdf", START, END)
    assert not (tmp_path / "s.xlsx").exists() and not (tmp_path / "s.pdf").exists()


@pytest.mark.parametrize("username", ["reviewer", "leader"])
def test_reviewers_and_leaders_read_the_statistics(stats: Services, username: str) -> None:
    sign_in(stats, username)
    assert stats.statistics.report(START, END).persons == 104


def test_the_exports_are_audited(stats: Services, tmp_path: Path) -> None:
    stats.statistics.export_xlsx(tmp_path / "s.xlsx", START, END)
    stats.statistics.export_pdf(tmp_path / "s.pdf", START, END)
    with stats.db.read() as session:
        actions = list(session.scalars(select(AuditRecord.action).where(
            AuditRecord.action.like("export.statistics%")).order_by(AuditRecord.seq)))
    assert actions == ["export.statistics_xlsx", "export.statistics_pdf"]


def test_clues_by_source_with_the_verification_rate(services: Services) -> None:
    b = StatsBuilder(services)
    town = b.unit("戊镇")
    day = dt.date(2026, 3, 1)
    results = ([ClueResult.CONFIRMED] * 3 + [ClueResult.PARTLY] + [ClueResult.UNFOUNDED] * 4
               + [None] * 2)
    for result in results:
        b.clue(day, ClueSource.BIG_DATA, town, result, recovered_fen=12_345 if result else 0,
               disqualified=1 if result == ClueResult.CONFIRMED else 0)
    b.clue(day, ClueSource.PETITION, town, ClueResult.PARTLY, corrected_fen=100_000_00)
    b.clue(day, ClueSource.PETITION, town, ClueResult.UNFOUNDED)
    b.clue(dt.date(2026, 7, 1), ClueSource.PETITION, town, ClueResult.CONFIRMED)  # after
    report = services.statistics.report(START, END)
    by_source = {c.key: c for c in report.clues_by_source}
    big = by_source["big_data"]
    assert (big.received, big.concluded, big.confirmed) == (10, 8, 4)
    assert big.rate_percent == 50.0
    assert big.persons_disqualified == 3 and big.money_recovered_fen == 8 * 12_345
    petition = by_source["petition"]
    assert (petition.received, petition.confirmed, petition.rate_percent) == (2, 1, 50.0)
    assert by_source["audit"].rate_percent is None
    assert (report.clues.received, report.clues.confirmed) == (12, 5)
    data = st.report_to_json(report)["clues"]
    assert data["by_source"]["big_data"]["rate_percent"] == 50.0
    assert data["money_recovered_yuan"] == 987.6
    assert data["money_corrected_yuan"] == 100_000.0
    drill = services.statistics.drill
    assert len(drill(st.FIG_CLUES_CONFIRMED, "big_data", START, END)) == 4
    assert len(drill(st.FIG_CLUES_CONCLUDED, "big_data", START, END)) == 8
    assert len(drill(st.FIG_CLUES, None, START, END)) == 12
    assert {r.kind for r in drill(st.FIG_CLUES, "petition", START, END)} == {"clue"}
    assert st.adding_up_problems(report) == []


def test_every_measure_of_the_regulations_has_a_form() -> None:
    defs = definitions()
    codes = set()
    for path in (paths.resources_dir() / "regulations").glob("*.toml"):
        codes |= set(tomllib.loads(path.read_text("utf-8"))["measures"])
    assert len(codes) > 20
    assert defs.unmapped(codes) == []
    assert set(defs.measure_forms.values()) == {"form1", "form2", "form3", "form4"}
    assert defs.form("judicial_transfer") == "form4"
    assert {r.value for r in Rank} <= set(defs.rank_group_of)
    assert defs.rank_group(Rank.COUNTY_DIVISION) == "county"
    assert defs.rank_group(Rank.TOWNSHIP_SECTION) == "section"
    assert defs.rank_group(None) == "other"


def test_a_wrong_forms_file_is_refused(tmp_path: Path) -> None:
    source = paths.resources_dir() / "statistics"
    (tmp_path / "ranks.toml").write_bytes((source / "ranks.toml").read_bytes())
    (tmp_path / "forms.toml").write_text(
        'forms = ["form1"]\n[measures]\nsummons_talk = "form9"\n', "utf-8")
    with pytest.raises(st.StatisticsDataError, match="summons_talk"):
        st.load_definitions(tmp_path)
