"""The demo county: enough realistic, valid and reproducible data to try every screen."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tests.conftest import TEST_PASSWORD
from zeren_desktop.domain.enums import Rank, Sex, TeamKind, TeamRole, UnitKind
from zeren_desktop.domain.identity import (
    birth_date_from_resident_id,
    sex_from_resident_id,
    validate_credit_code,
    validate_resident_id,
)
from zeren_desktop.domain.records import years_after
from zeren_desktop.services.app import Services
from zeren_desktop.services.demo import (
    DEFAULT_REFERENCE_DATE,
    DEMO_PASSWORD,
    DemoRefusedError,
    DemoResult,
    load_demo,
)
from zeren_desktop.storage.models import Cadre, LeadershipTeam, Post, Unit


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    """A new database nobody uses yet: the only kind `zeren demo` fills without a sign-in."""
    with Services.open(tmp_path / "demo.sqlite") as opened:
        yield opened


def _cadres(services: Services) -> list[Cadre]:
    with services.db.read() as session:
        return list(session.scalars(select(Cadre).options(selectinload(Cadre.posts))))


def _units(services: Services) -> list[Unit]:
    with services.db.read() as session:
        return list(session.scalars(select(Unit)))


def _fingerprint(services: Services) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    with services.db.read() as session:
        cadres = sorted((c.name, c.id_number) for c in session.scalars(select(Cadre)))
        units = sorted(session.scalars(select(Unit.name)))
        posts = sorted(f"{p.title}|{p.start_date}|{p.end_date}|{p.portfolio}"
                       for p in session.scalars(select(Post)))
    return cadres, units, posts


def test_demo_fills_a_county(services: Services) -> None:
    result = load_demo(services)
    summary = services.summary()
    assert summary.office_name == "青山县纪委监委"
    assert (summary.units, summary.cadres, summary.posts, summary.teams) == (
        result.units, result.cadres, result.posts, result.teams)
    kinds = Counter(u.kind for u in _units(services))
    assert kinds[UnitKind.COUNTY] == 1
    assert kinds[UnitKind.TOWNSHIP] >= 10
    assert kinds[UnitKind.DEPARTMENT] >= 20
    assert kinds[UnitKind.VILLAGE] >= 3 * kinds[UnitKind.TOWNSHIP]
    assert kinds[UnitKind.ENTERPRISE] >= 2
    assert result.cadres >= 300
    assert result.memberships > result.teams


def test_unit_tree_is_a_county(services: Services) -> None:
    load_demo(services)
    units = _units(services)
    by_id = {u.id: u for u in units}
    (county,) = [u for u in units if u.kind is UnitKind.COUNTY]
    assert county.parent_id is None
    for unit in units:
        if unit.kind in (UnitKind.TOWNSHIP, UnitKind.DEPARTMENT, UnitKind.ENTERPRISE):
            assert unit.parent_id == county.id
        elif unit.kind is UnitKind.VILLAGE:
            assert unit.parent_id is not None
            assert by_id[unit.parent_id].kind is UnitKind.TOWNSHIP
    for township in (u for u in units if u.kind is UnitKind.TOWNSHIP):
        villages = [u for u in units if u.parent_id == township.id]
        assert 3 <= len(villages) <= 6, township.name
        assert township.name.endswith(("镇", "乡"))
    names = [u.name for u in units]
    assert "县教育局" in names and "城关镇" in names


def test_every_cadre_is_valid_and_holds_a_post(services: Services) -> None:
    load_demo(services)
    cadres = _cadres(services)
    assert len(cadres) >= 300
    assert len({c.name for c in cadres}) == len(cadres)
    assert len({c.id_number for c in cadres}) == len(cadres)
    today = DEFAULT_REFERENCE_DATE
    transferred = 0
    for cadre in cadres:
        assert validate_resident_id(cadre.id_number, today=today) == cadre.id_number
        assert birth_date_from_resident_id(cadre.id_number) == cadre.birth_date
        assert cadre.sex is Sex(sex_from_resident_id(cadre.id_number))
        assert cadre.birth_date is not None
        assert dt.date(1965, 1, 1) <= cadre.birth_date <= dt.date(1995, 12, 31)
        assert cadre.phone.isdigit() and len(cadre.phone) == 11
        assert cadre.phone[:2] in ("13", "15", "18")
        assert cadre.ethnicity and cadre.party_standing
        current = [p for p in cadre.posts if p.end_date is None]
        assert len(current) >= 1, cadre.name
        ended = [p for p in cadre.posts if p.end_date is not None]
        for post in cadre.posts:
            assert years_after(cadre.birth_date, 22) <= post.start_date <= today
        for post in ended:
            assert post.end_date is not None
            assert post.start_date <= post.end_date <= current[0].start_date
            assert post.unit_id != current[0].unit_id
        transferred += bool(ended)
    # About one cadre in ten moved here from another post.
    assert 0.05 * len(cadres) <= transferred <= 0.2 * len(cadres)
    assert Counter(c.ethnicity for c in cadres).most_common(1)[0][0] == "汉族"


def test_credit_codes_are_valid(services: Services) -> None:
    load_demo(services)
    units = _units(services)
    coded = [u for u in units if u.credit_code]
    for unit in coded:
        assert validate_credit_code(unit.credit_code) == unit.credit_code
    assert len({u.credit_code for u in coded}) == len(coded)
    departments = [u for u in units if u.kind is UnitKind.DEPARTMENT]
    assert all(u.credit_code.startswith("11") for u in departments)


def test_leadership_teams(services: Services) -> None:
    load_demo(services)
    units = {u.id: u for u in _units(services)}
    with services.db.read() as session:
        teams = list(session.scalars(
            select(LeadershipTeam).options(selectinload(LeadershipTeam.memberships))))
    by_unit: dict[object, dict[TeamKind, LeadershipTeam]] = {}
    for team in teams:
        by_unit.setdefault(team.unit_id, {})[team.kind] = team
        current = [m for m in team.memberships if m.end_date is None]
        principals = [m for m in current if m.role is TeamRole.PRINCIPAL]
        assert len(principals) == 1, team.name
    for unit in units.values():
        if unit.kind is UnitKind.TOWNSHIP:
            committee = by_unit[unit.id][TeamKind.PARTY_COMMITTEE]
            discipline = by_unit[unit.id][TeamKind.DISCIPLINE]
            assert committee.name == f"{unit.name}党委领导班子"
            assert discipline.name == f"{unit.name}纪委"
            assert len([m for m in committee.memberships if m.end_date is None]) >= 9
            # The discipline secretary sits in both teams.
            (head,) = [m for m in discipline.memberships if m.role is TeamRole.PRINCIPAL]
            assert head.cadre_id in {m.cadre_id for m in committee.memberships}
        elif unit.kind is UnitKind.DEPARTMENT:
            assert TeamKind.PARTY_COMMITTEE in by_unit[unit.id]


def test_posts_and_ranks(services: Services) -> None:
    load_demo(services)
    cadres = _cadres(services)
    titles = Counter(p.title for c in cadres for p in c.posts if p.end_date is None)
    for title in ("县委书记", "县委副书记、县长", "县委副书记", "党委书记", "党委副书记、镇长",
                  "党委副书记、乡长", "纪委副书记", "纪检干事", "纪检监察员"):
        assert titles[title] >= 1, title
    ranks = {p.title: c.rank for c in cadres for p in c.posts if p.end_date is None}
    assert ranks["县委书记"] is Rank.COUNTY_DIVISION
    assert ranks["党委书记"] is Rank.TOWNSHIP_SECTION
    assert ranks["纪检干事"] is Rank.GENERAL
    assert ranks["村党支部书记、村委会主任"] is Rank.OTHER
    portfolios = [p.portfolio for c in cadres for p in c.posts
                  if p.title.endswith(("副镇长", "副乡长"))]
    assert portfolios and all(p.startswith("分管") for p in portfolios)


def test_second_load_is_refused_and_adds_nothing(services: Services) -> None:
    load_demo(services)
    before = services.summary()
    with pytest.raises(DemoRefusedError) as raised:
        load_demo(services)
    assert raised.value.message.context == "Demo"
    assert str(before.units) in str(raised.value)
    assert services.summary() == before


def test_refused_when_user_data_exists(services: Services) -> None:
    with services.db.write() as session:
        session.add(Unit(office_id=services.office_id, name="某某镇", kind=UnitKind.TOWNSHIP,
                         sort_order=1))
    with pytest.raises(DemoRefusedError):
        load_demo(services)
    summary = services.summary()
    assert (summary.units, summary.cadres, summary.teams) == (1, 0, 0)
    assert summary.office_name == ""


def test_accounts_of_a_real_office_are_protected(open_services: Services) -> None:
    """Demo accounts (published password) only by the administrator's own choice."""
    with pytest.raises(DemoRefusedError, match="administrator"):
        load_demo(open_services)
    open_services.auth.sign_in("clerk", TEST_PASSWORD)
    with pytest.raises(DemoRefusedError):
        load_demo(open_services)
    assert open_services.summary().units == 0
    open_services.auth.sign_in("admin", TEST_PASSWORD)
    result = load_demo(open_services)
    assert "admin" not in result.accounts  # the office's own administrator stays as is


def test_same_seed_same_data(services: Services, tmp_path: Path) -> None:
    other_path = tmp_path / "other.sqlite"
    third_path = tmp_path / "third.sqlite"
    first = load_demo(services, seed=7)
    with Services.open(other_path) as other:
        second = load_demo(other, seed=7)
        assert _fingerprint(other) == _fingerprint(services)
    assert first == second
    with Services.open(third_path) as third:
        load_demo(third, seed=8)
        assert _fingerprint(third)[0] != _fingerprint(services)[0]


def test_reference_date_moves_the_dates(services: Services) -> None:
    today = dt.date(2021, 6, 30)
    result = load_demo(services, today=today)
    assert isinstance(result, DemoResult)
    for cadre in _cadres(services):
        assert all(p.start_date <= today for p in cadre.posts)


def test_search_finds_demo_cadres(services: Services) -> None:
    load_demo(services)
    services.auth.sign_in("reviewer", DEMO_PASSWORD)
    rows = services.cadres.search("镇")
    assert len(rows) >= 50
    assert any(r.unit_name.endswith("镇") for r in rows)
    assert services.cadres.count("城关镇") >= 10
    assert services.cadres.count("县教育局") >= 4
    assert services.cadres.search("4228")
