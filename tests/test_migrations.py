"""Migrations: one head, models equal migrations, refusal of newer or foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from zeren_desktop.services.app import Services
from zeren_desktop.storage.database import create_database_engine, resolve_database_url
from zeren_desktop.storage.migrate import (
    DatabaseTooNewError,
    NotZerenDatabaseError,
    script_directory,
    upgrade_database,
)
from zeren_desktop.storage.models import Base
from zeren_desktop.storage.search_index import is_index_table


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_single_head() -> None:
    assert len(script_directory().get_heads()) == 1


def test_models_match_migrations(template_db: Path) -> None:
    engine = create_database_engine(resolve_database_url(template_db))
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={
            "compare_type": True,
            # the search index's tables are made by migration 0011, not by the models
            "include_name": lambda name, kind, _parent: not (
                kind == "table" and name is not None and is_index_table(name))}),
            Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_from_empty_creates_every_table(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with Services.open(path) as services:
        assert services.migration.before is None
        assert services.migration.after == script_directory().get_current_head()
        assert services.migration.backup is None
    tables = {row[0] for row in sqlite3.connect(path).execute(
        "select name from sqlite_master where type='table'")}
    assert set(Base.metadata.tables) <= tables


def test_reopening_does_not_migrate_again(db_path: Path) -> None:
    with Services.open(db_path) as services:
        assert services.migration.before == services.migration.after


@pytest.mark.sqlite_only("compares a dump of the file (PostgreSQL: tests/test_postgresql.py)")
def test_database_from_newer_program_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("update alembic_version set version_num = 'ffff_from_future'")
    connection.close()
    before = _dump(db_path)
    with pytest.raises(DatabaseTooNewError) as caught:
        Services.open(db_path)
    assert "newer version" in str(caught.value)
    assert _dump(db_path) == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("create table accounts (id integer primary key)")
    connection.close()
    engine = create_database_engine(resolve_database_url(path))
    with pytest.raises(NotZerenDatabaseError):
        upgrade_database(engine)
    engine.dispose()
    tables = {row[0] for row in sqlite3.connect(path).execute(
        "select name from sqlite_master where type='table'")}
    assert tables == {"accounts"}


@pytest.mark.sqlite_only("SQLite PRAGMAs (PostgreSQL: tests/test_postgresql.py)")
def test_connection_settings(services: Services) -> None:
    with services.db.read() as session:
        connection = session.connection()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
