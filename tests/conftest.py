"""Shared fixtures: offscreen Qt, a private ZEREN_HOME, and a migrated template database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

# Before anything imports Qt: no display on CI, and Qt aborts without one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may touch the real user's data or settings folders.
os.environ["ZEREN_HOME"] = tempfile.mkdtemp(prefix="zeren-test-home-")
os.environ.pop("ZEREN_DB", None)

import pytest
from argon2 import PasswordHasher

from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services import auth
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.demo_county import CountyScale, build_county
from zeren_desktop.storage.backup import backup_sqlite

if TYPE_CHECKING:
    from tests.document_fixtures import Office

# Cheap argon2id parameters for this test process only; the product never uses them.
auth.PASSWORD_HASHER = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)

TEST_PASSWORD = "Test-Pass-2026"
# The accounts of the template database: one per role, all at county level.
TEST_ACCOUNTS = {
    "admin": AccountRole.ADMINISTRATOR,
    "clerk": AccountRole.CLERK,
    "reviewer": AccountRole.REVIEWER,
    "leader": AccountRole.APPROVER,
    "auditor": AccountRole.AUDITOR,
}


# ZEREN_TEST_PG_URL (a PostgreSQL URL whose role may CREATE DATABASE, e.g. the one
# `tasks.py test` starts) runs the database fixtures on that server: each test gets a fresh
# database made with CREATE DATABASE … TEMPLATE from the session's migrated one, and tests
# marked `sqlite_only` (files, backups of the file, encryption, faults on disk) are skipped.
PG_URL = os.environ.get("ZEREN_TEST_PG_URL", "").strip()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about the SQLite file itself; skipped on PostgreSQL")
    config.addinivalue_line(
        "markers", "postgresql: needs ZEREN_TEST_PG_URL (a PostgreSQL server)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if PG_URL:
            marker = item.get_closest_marker("sqlite_only")
            if marker is not None:
                reason = marker.args[0] if marker.args else "about the SQLite file"
                item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        elif item.get_closest_marker("postgresql") is not None:
            item.add_marker(pytest.mark.skip(reason="no PostgreSQL (ZEREN_TEST_PG_URL unset)"))


def pg_admin_url() -> str:
    """The URL of ZEREN_TEST_PG_URL for psycopg (without SQLAlchemy's +psycopg)."""
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def pg_execute(*statements: str) -> None:
    import psycopg

    with psycopg.connect(pg_admin_url(), autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)  # type: ignore[arg-type]


def pg_database_url(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


_pg_counter = iter(range(1, 1_000_000))


def pg_new_database(template: str | None = None) -> str:
    """A new, empty (or copied from `template`, a URL) database; its URL."""
    from sqlalchemy.engine import make_url

    name = f"zt_{os.getpid()}_{next(_pg_counter)}"
    if template is None:
        pg_execute(f'CREATE DATABASE "{name}"')
    else:
        source = make_url(template).database
        pg_execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    return pg_database_url(name)


def pg_drop_database(url: str) -> None:
    from sqlalchemy.engine import make_url

    pg_execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


def _anchor_path(target: str | Path) -> Path:
    from zeren_desktop.services.audit import Anchor
    from zeren_desktop.storage.database import Database, create_database_engine
    from zeren_desktop.storage.database import resolve_database_url as resolve

    url = resolve(target)
    engine = create_database_engine(url)
    try:
        return Anchor.for_database(Database(url, engine)).path
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A database migrated once per session, with one account per role; tests get copies.
    On PostgreSQL (ZEREN_TEST_PG_URL) its URL, typed as a Path for the tests' sake."""
    path: Path = tmp_path_factory.mktemp("template") / "template.sqlite"
    if PG_URL:
        path = pg_new_database()  # type: ignore[assignment]
    with Services.open(path) as services:
        services.auth.create_first_administrator("admin", TEST_PASSWORD)
        services.auth.sign_in("admin", TEST_PASSWORD)
        for name, role in TEST_ACCOUNTS.items():
            if name != "admin":
                services.auth.create_user(UserInput(name, name, frozenset({role})),
                                          TEST_PASSWORD)
    yield path
    if PG_URL:
        pg_drop_database(str(path))


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a database with its audit anchor (they belong together).
    On PostgreSQL a new database from `source` as template (`target` is not used): its
    URL, dropped by `drop_copy`."""
    if PG_URL:
        url = pg_new_database(str(source))
        _anchor_path(url).parent.mkdir(parents=True, exist_ok=True)
        _anchor_path(url).write_bytes(_anchor_path(str(source)).read_bytes())
        return url  # type: ignore[return-value]
    backup_sqlite(source, target)
    anchor = source.with_name(source.name + ".audit-head")
    target.with_name(target.name + ".audit-head").write_bytes(anchor.read_bytes())
    return target


def drop_copy(copy: Path) -> None:
    if PG_URL:
        pg_drop_database(str(copy))


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Iterator[Path]:
    path = copy_database(template_db, tmp_path / "zeren.sqlite")
    yield path
    drop_copy(path)


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    """The services of a fresh database, signed in as a county-level clerk."""
    opened = Services.open(db_path)
    try:
        opened.auth.sign_in("clerk", TEST_PASSWORD)
        yield opened
    finally:
        opened.close()


@pytest.fixture
def open_services(db_path: Path) -> Iterator[Services]:
    """The services of a fresh database, nobody signed in."""
    opened = Services.open(db_path)
    try:
        yield opened
    finally:
        opened.close()


# The office of the documents and assessment tests (tests/document_fixtures.py), built once
# per test module and copied for each test, the clerk signed in.
@pytest.fixture(scope="module")
def office_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    from tests.document_fixtures import build_office

    path = copy_database(template_db, tmp_path_factory.mktemp("office") / "office.sqlite")
    with Services.open(path) as services:
        built = build_office(services, path)
    yield built
    drop_copy(path)


@pytest.fixture
def office(office_db: Office, tmp_path: Path) -> Iterator[tuple[Services, Office]]:
    path = copy_database(office_db.path, tmp_path / "zeren.sqlite")
    try:
        with Services.open(path) as services:
            services.auth.sign_in("clerk", TEST_PASSWORD)
            yield services, dataclasses.replace(office_db, path=path)
    finally:
        drop_copy(path)


# The six members besides the secretary of the 城关镇 team in `office_team`.
TEAM_NAMES = ("魏明", "李华", "张建国", "刘芳芳", "陈静", "赵刚")


@pytest.fixture
def office_team(office: tuple[Services, Office]
                ) -> Iterator[tuple[Services, Office, list[uuid.UUID]]]:
    """`office` with a 城关镇 team of 7 on 2025 meeting days: the secretary and six more."""
    from zeren_desktop.domain.enums import Rank, TeamRole
    from zeren_desktop.domain.records import CadreInput, MembershipInput, PostInput

    services, ids = office
    members = [ids.secretary]
    for name in TEAM_NAMES:
        cadre = services.cadres.create(CadreInput(name, Rank.TOWNSHIP_SECTION, posts=(
            PostInput(ids.town, "党委委员", dt.date(2020, 1, 1)),)))
        services.teams.add_member(MembershipInput(ids.team, cadre, TeamRole.MEMBER,
                                                  dt.date(2020, 1, 1)))
        members.append(cadre)
    yield services, ids, members


# The small county of the paged views' tests (tests/test_paged_views.py and
# tests/gui/test_paged_model.py): services/demo_county.py at this scale, built once per
# session and copied for each test module (a module may change its copy). Several pages of
# 200 ledger entries, more than 300 clues.
COUNTY_SCALE = CountyScale(townships=3, units=14, cadres=40, ledger_entries=1500, clues=450,
                           cases=80)
COUNTY_SEED = 7


@pytest.fixture(scope="session")
def county_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory
                    ) -> Iterator[Path]:
    """The small county at COUNTY_SCALE, without the demo accounts; copied, not used."""
    path = copy_database(template_db, tmp_path_factory.mktemp("county") / "county.sqlite")
    with Services.open(path) as services:
        services.auth.sign_in("admin", TEST_PASSWORD)
        build_county(services, COUNTY_SCALE, seed=COUNTY_SEED, accounts=False)
    yield path
    drop_copy(path)


@pytest.fixture(scope="module")
def county_db(county_template: Path, tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[Path]:
    """This module's copy of the small county."""
    path = copy_database(county_template, tmp_path_factory.mktemp("county") / "county.sqlite")
    yield path
    drop_copy(path)


@pytest.fixture
def county(county_db: Path) -> Iterator[Services]:
    """The small county, signed in as the reviewer (modules with another `county` of their
    own use theirs)."""
    with Services.open(county_db) as services:
        services.auth.sign_in("reviewer", TEST_PASSWORD)
        yield services


@pytest.fixture(autouse=True)
def _no_recent_picks_from_another_test() -> Iterator[None]:
    """The pickers' recent list lives on this computer (config.RECENT_FILE), keyed by the
    account's id, and the template database gives every test the same accounts."""
    from zeren_desktop import config, paths

    recent = paths.config_dir() / config.RECENT_FILE
    recent.unlink(missing_ok=True)
    yield
    recent.unlink(missing_ok=True)
