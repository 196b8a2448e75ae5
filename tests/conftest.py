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


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated once per session, with one account per role; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    with Services.open(path) as services:
        services.auth.create_first_administrator("admin", TEST_PASSWORD)
        services.auth.sign_in("admin", TEST_PASSWORD)
        for name, role in TEST_ACCOUNTS.items():
            if name != "admin":
                services.auth.create_user(UserInput(name, name, frozenset({role})),
                                          TEST_PASSWORD)
    return path


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a database with its audit anchor (they belong together)."""
    backup_sqlite(source, target)
    anchor = source.with_name(source.name + ".audit-head")
    target.with_name(target.name + ".audit-head").write_bytes(anchor.read_bytes())
    return target


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    return copy_database(template_db, tmp_path / "zeren.sqlite")


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
def office_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Office:
    from tests.document_fixtures import build_office

    path = copy_database(template_db, tmp_path_factory.mktemp("office") / "office.sqlite")
    with Services.open(path) as services:
        return build_office(services, path)


@pytest.fixture
def office(office_db: Office, tmp_path: Path) -> Iterator[tuple[Services, Office]]:
    path = copy_database(office_db.path, tmp_path / "zeren.sqlite")
    with Services.open(path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        yield services, dataclasses.replace(office_db, path=path)


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
