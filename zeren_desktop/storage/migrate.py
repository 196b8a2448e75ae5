"""Alembic migrations run in-process at start-up (no alembic.ini; works frozen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from zeren_desktop import paths
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError
from zeren_desktop.storage.backup import backup_sqlite, unique_backup_path
from zeren_desktop.storage.database import MIGRATION_LOCK_KEY, sqlite_file

_CTX = "Migrations"


class DatabaseTooNewError(ZerenError):
    pass


class NotZerenDatabaseError(ZerenError):
    pass


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _setting(engine: Engine, key: str) -> str:
    """A value of app_settings before the upgrade ("" when there is none)."""
    try:
        with engine.connect() as connection:
            value = connection.execute(text("SELECT value FROM app_settings WHERE key = :key"),
                                       {"key": key}).scalar()
    except SQLAlchemyError:
        return ""
    return str(value or "")


def _setting_folder(engine: Engine, key: str) -> Path | None:
    value = _setting(engine, key)
    return Path(value).expanduser() if value else None


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, one program at a time checks and upgrades the schema: several PCs
    started at once wait on a session-level advisory lock, and the later ones find the
    schema already at head. A SQLite file is locked for one program already."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})")
        connection.commit()
        try:
            yield
        finally:
            connection.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})")
            connection.commit()


def upgrade_database(engine: Engine, backup_dir: Path | None = None) -> MigrationResult:
    """Bring the schema to the newest revision, after a backup copy of a used database.

    Refuses a database written by a newer program and a file that is not ours.
    """
    with _migration_lock(engine):
        return _upgrade(engine, backup_dir)


def _upgrade(engine: Engine, backup_dir: Path | None) -> MigrationResult:
    script = script_directory()
    head = script.get_current_head()
    assert head is not None, "the program ships at least one migration"
    before = current_revision(engine)
    if before is None:
        tables = set(inspect(engine).get_table_names())
        if tables:
            raise NotZerenDatabaseError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Migrations", "This file holds tables but is not a Zeren Desktop database."
                " It was left unchanged.")))
    elif before not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseTooNewError(Message(_CTX, QT_TRANSLATE_NOOP(
            "Migrations",
            "This database was written by a newer version of the program (schema {rev})."
            " Please install the newer version; the database was left unchanged."),
            {"rev": before}))
    if before == head:
        return MigrationResult(before, head, None)

    backup: Path | None = None
    file = sqlite_file(engine.url)
    if before is not None and file is not None and file.exists():
        target_dir = (backup_dir or _setting_folder(engine, "backup_dir")
                      or paths.backup_dir_for(file))
        target = unique_backup_path(target_dir, dt.datetime.now(), "before_upgrade",
                                    _setting(engine, "database_id"))
        backup = backup_sqlite(file, target)

    config = alembic_config()
    # One transaction for the whole upgrade: SQLite DDL is transactional, so a failing
    # migration leaves the file as it was.
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationResult(before, head, backup)
