"""Upgrading a used database: backup first; a failing migration changes nothing (T25)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from zeren_desktop import paths
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.records import UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.storage.migrate import script_directory

NEXT_REVISION = '''
from alembic import op
import sqlalchemy as sa

revision = "9999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("update units set name = name || '-migrated'")
    {failure}


def downgrade():
    op.drop_table("test_extra")
'''


def _scripts_with_next(tmp_path: Path, *, fail: bool) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), folder,
                    ignore=shutil.ignore_patterns("__pycache__"))
    head = script_directory().get_current_head()
    failure = 'raise RuntimeError("migration failed on purpose")' if fail else "pass"
    (folder / "versions" / "9999_test.py").write_text(
        NEXT_REVISION.format(head=head, failure=failure), "utf-8")
    return folder


def _state(path: Path) -> tuple[str, list[str], set[str]]:
    connection = sqlite3.connect(path)
    try:
        version = connection.execute("select version_num from alembic_version").fetchone()[0]
        names = [r[0] for r in connection.execute("select name from units order by name")]
        tables = {r[0] for r in connection.execute(
            "select name from sqlite_master where type='table'")}
        return version, names, tables
    finally:
        connection.close()


@pytest.fixture
def used_db(db_path: Path) -> Path:
    with Services.open(db_path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        services.units.create(UnitInput("青山县", UnitKind.COUNTY))
    return db_path


def test_upgrade_backs_up_the_old_database_first(used_db: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    old_head = script_directory().get_current_head()
    folder = _scripts_with_next(tmp_path, fail=False)
    monkeypatch.setattr(paths, "migrations_dir", lambda: folder)
    with Services.open(used_db) as services:
        result = services.migration
    assert (result.before, result.after) == (old_head, "9999_test")
    assert result.backup is not None and result.backup.parent == used_db.parent / "backups"
    assert _state(result.backup)[:2] == (old_head, ["青山县"])
    version, names, tables = _state(used_db)
    assert (version, names) == ("9999_test", ["青山县-migrated"])
    assert "test_extra" in tables


def test_failing_migration_leaves_database_and_backup_intact(
        used_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _state(used_db)
    folder = _scripts_with_next(tmp_path, fail=True)
    monkeypatch.setattr(paths, "migrations_dir", lambda: folder)
    with pytest.raises(RuntimeError, match="on purpose"):
        Services.open(used_db)
    assert _state(used_db) == before
    backups = list((used_db.parent / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    assert _state(backups[0]) == before
