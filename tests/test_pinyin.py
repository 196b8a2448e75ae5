"""Searching people and units by pinyin initials: `wm` finds 魏明, `cgz` finds 城关镇."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from zeren_desktop.domain.enums import Rank, UnitKind
from zeren_desktop.domain.pinyin import MAX_ALTERNATIVES, initials, matches
from zeren_desktop.domain.records import CadreInput, PostInput, UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.services.demo import DEMO_PASSWORD, load_demo
from zeren_desktop.storage.database import create_database_engine, resolve_database_url
from zeren_desktop.storage.migrate import alembic_config
from zeren_desktop.storage.models import Cadre, Unit

# ---- domain ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("魏明", "wm"),
    ("城关镇", "cgz"),
    ("河口镇", "hkz"),
    ("ＡＢ村2组", "abc2z"),          # full-width letters, kept lower-cased, with digits
    ("阿依古丽·买买提", None),      # the middle dot is dropped (checked below)
    ("", ""),
    ("——", ""),
])
def test_initials(text: str, expected: str | None) -> None:
    if expected is not None:
        assert initials(text) == expected
    else:
        assert all("·" not in alt for alt in initials(text).split())


def test_a_polyphonic_surname_gives_every_reading_the_surname_first() -> None:
    assert initials("单明").split()[0] == "sm"
    assert "dm" in initials("单明").split()
    assert initials("曾国藩").split() == ["zgf", "cgf"]
    assert initials("解放").split()[0] == "xf"
    assert "jf" in initials("解放").split()
    # not a person: the commonest reading first
    assert initials("单位", surname=False).split()[0] == "dw"


def test_the_commonest_reading_comes_first() -> None:
    assert initials("青山县纪委监委", surname=False).split()[0] == "qsxjwjw"


def test_alternatives_are_capped() -> None:
    assert len(initials("长长长长长长").split()) == MAX_ALTERNATIVES


def test_matches() -> None:
    assert matches("wm", "魏明", "wm")
    assert matches(" WM ", "魏明", "wm")
    assert matches("魏", "魏明", "wm")
    assert matches("cgz", "城关镇", None)
    assert matches("gz", "城关镇", None)           # a part of the initials
    assert matches("dm", "单明", None)
    assert not matches("xm", "魏明", "wm")
    assert not matches("w m x", "魏明", "wm")


# ---- services over the demo county -------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("pinyin") / "demo.sqlite"
    with Services.open(path) as services:
        load_demo(services)
        services.auth.sign_in("reviewer", DEMO_PASSWORD)
        yield services


def _all(services: Services, model: type[Cadre | Unit]) -> list[tuple[uuid.UUID, str, str]]:
    with services.db.read() as session:
        return [(r.id, r.name, r.pinyin) for r in session.scalars(select(model))]


def test_demo_rows_carry_their_initials(demo: Services) -> None:
    for _id, name, value in _all(demo, Cadre):
        assert value == initials(name)
    for _id, name, value in _all(demo, Unit):
        assert value == initials(name, surname=False)


def test_every_demo_cadre_is_found_by_its_initials(demo: Services) -> None:
    cadres = _all(demo, Cadre)
    assert len(cadres) > 300
    for cadre_id, name, value in cadres:
        query = value.split()[0]
        found = {row.id for row in demo.cadres.search(query)}
        assert cadre_id in found, (name, query)


def test_initials_search_finds_only_matches(demo: Services) -> None:
    rows = demo.cadres.search("wm")
    by_initials = {cid for cid, _name, value in _all(demo, Cadre)
                   if any("wm" in alt for alt in value.split())}
    assert by_initials and by_initials <= {r.id for r in rows}
    for row in rows:
        assert matches("wm", row.name) or "wm" in (row.unit_name + row.title).lower()


def test_demo_units_are_found_by_their_initials(demo: Services) -> None:
    units = _all(demo, Unit)
    assert any(name == "城关镇" for _id, name, _v in units)
    assert "城关镇" in [u.name for u in demo.units.search("cgz")]
    for unit_id, _name, value in units:
        assert unit_id in {u.id for u in demo.units.search(value.split()[0])}


def test_a_chinese_query_still_works(demo: Services) -> None:
    name = _all(demo, Cadre)[0][1]
    assert name in [r.name for r in demo.cadres.search(name)]
    found = demo.units.search("城关")
    assert "城关镇" in [u.name for u in found]
    assert all("城关" in u.name or "城关" in u.short_name for u in found)
    assert demo.cadres.search("%") == []  # LIKE wildcards are escaped


def test_recently_used_cadres_come_first(demo: Services) -> None:
    rows = demo.cadres.search("", limit=50)
    last = rows[-1]
    assert demo.cadres.search("", limit=50, recent_first=True)[0].id == rows[0].id
    demo.cadres.note_used(last.id)
    demo.cadres.note_used(rows[-2].id)
    first_two = [r.id for r in demo.cadres.search("", limit=2, recent_first=True)]
    assert first_two == [rows[-2].id, last.id]
    assert demo.cadres.recent()[:2] == first_two
    # without recent_first the order is by name, as before
    assert demo.cadres.search("", limit=50)[0].id == rows[0].id


# ---- create, update, migration -------------------------------------------------------


def test_create_and_update_set_the_initials(services: Services) -> None:
    town = services.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP))
    cadre = services.cadres.create(CadreInput(
        "魏明", Rank.GENERAL, posts=(PostInput(town, "干事", dt.date(2024, 1, 1)),)))
    assert [r.id for r in services.cadres.search("wm")] == [cadre]
    detail = services.cadres.get(cadre)
    services.cadres.update(cadre, CadreInput(
        "单立新", Rank.GENERAL, posts=tuple(
            PostInput(p.unit_id, p.title, p.start_date, p.end_date, p.portfolio, p.id)
            for p in detail.posts)))
    assert services.cadres.search("wm") == []
    assert [r.id for r in services.cadres.search("slx")] == [cadre]
    assert [r.id for r in services.cadres.search("dlx")] == [cadre]
    services.units.update(town, UnitInput("河口镇", UnitKind.TOWNSHIP))
    assert services.units.search("cgz") == []
    assert [u.id for u in services.units.search("hkz")] == [town]


def test_the_migration_fills_existing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_database_engine(resolve_database_url(path))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007_assessment")
    engine.dispose()
    office, unit, cadre = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("insert into offices (id, name, is_local, created_at) values "
                           "(?, '青山县纪委监委', 1, '2026-01-01')", (office.hex,))
        connection.execute(
            "insert into units (id, office_id, created_at, updated_at, name, short_name, kind,"
            " credit_code, notes, sort_order) values (?, ?, '2026-01-01', '2026-01-01',"
            " '城关镇', '', 'township', '', '', 1)", (unit.hex, office.hex))
        connection.execute(
            "insert into cadres (id, office_id, created_at, updated_at, name, ethnicity,"
            " id_number, party_standing, rank, phone, notes) values (?, ?, '2026-01-01',"
            " '2026-01-01', '曾明', '', '', '', 'general', '', '')", (cadre.hex, office.hex))
    connection.close()
    with Services.open(path) as services:
        assert services.migration.before == "0007_assessment"
        services.auth.create_first_administrator("admin", TEST_PASSWORD)
        services.auth.sign_in("admin", TEST_PASSWORD)
        assert [u.id for u in services.units.search("cgz")] == [unit]
        assert [r.id for r in services.cadres.search("zm")] == [cadre]
        assert [r.id for r in services.cadres.search("cm")] == [cadre]
