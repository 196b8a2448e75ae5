"""Backups of several databases in one folder, two backups at once, the pre-upgrade
backup's name, error texts without row values, and a restore in one exclusive section."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from tests.conftest import TEST_PASSWORD, copy_database
from tests.test_migration_upgrade import _scripts_with_next
from zeren_desktop import paths
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.records import UnitInput
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services import backups as backups_module
from zeren_desktop.services.app import Services
from zeren_desktop.services.backups import (
    BackupError,
    BackupInvalidError,
    parse_backup_name,
    restore_without_login,
    scan,
    verified_backups,
)
from zeren_desktop.storage import backup as storage_backup
from zeren_desktop.storage import migrate
from zeren_desktop.storage.database import create_database_engine

ROOT = Path(__file__).resolve().parents[1]


def database_id(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT value FROM app_settings WHERE key = 'database_id'").fetchone()
        return str(row[0])
    finally:
        connection.close()


def another_database(template_db: Path, target: Path) -> Path:
    """A copy of the template that is another database (its own database_id)."""
    copy_database(template_db, target)
    connection = sqlite3.connect(target)
    try:
        with connection:
            connection.execute("UPDATE app_settings SET value = ? WHERE key = 'database_id'",
                               (str(uuid.uuid4()),))
    finally:
        connection.close()
    return target


@pytest.fixture
def two(template_db: Path, tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    """Two databases in one folder: they share `backups/` beside them."""
    first = Services.open(another_database(template_db, tmp_path / "a.sqlite"))
    second = Services.open(another_database(template_db, tmp_path / "b.sqlite"))
    try:
        yield first, second
    finally:
        first.close()
        second.close()


# ---- 1. several databases, one backup folder -------------------------------------------
def test_backup_names_carry_the_database_id(services: Services) -> None:
    info = services.backups.backup_now()
    assert services.db.file is not None
    short = database_id(services.db.file).replace("-", "")[:8]
    assert info.path.name.startswith(f"zeren-{short}-")
    parsed = parse_backup_name(info.path)
    assert parsed is not None and parsed.database == short and parsed.reason == "manual"
    assert info.database == short and info.database_known


def test_databases_sharing_a_folder_keep_apart(two: tuple[Services, Services]) -> None:
    a, b = two
    assert a.backups.backup_folder() == b.backups.backup_folder()
    day = dt.datetime(2026, 1, 1, 8)
    b_first = b.backups.auto_backup_if_due(day)
    assert b_first is not None
    # "Backed up today" is about this database, not the other one in the folder.
    a_first = a.backups.auto_backup_if_due(day + dt.timedelta(hours=1))
    assert a_first is not None
    assert [x.path for x in a.backups.list_backups()] == [a_first.path]
    assert [x.path for x in b.backups.list_backups()] == [b_first.path]
    # Rotation of one database never removes the other's automatic backups.
    for days in range(1, 14):
        a.backups.auto_backup_if_due(day + dt.timedelta(days=days))
    assert b_first.path.exists()
    assert [x.path for x in b.backups.list_backups()] == [b_first.path]
    newest = b.backups.newest_verified()
    assert newest is not None and newest.path == b_first.path
    assert 7 <= len(a.backups.list_backups()) < 14


def test_backups_of_an_unknown_database_only_when_there_is_none_of_this_one(
        two: tuple[Services, Services]) -> None:
    a, b = two
    own = a.backups.auto_backup_if_due(dt.datetime(2026, 2, 1, 8))
    assert own is not None
    folder = a.backups.backup_folder()
    old = folder / "zeren-20260301-080000-manual.sqlite"  # an older version's name
    shutil.copy2(own.path, old)
    # A has a backup of its own: the unknown one is not offered.
    assert [x.path for x in a.backups.list_backups()] == [own.path]
    # B has none: the unknown one is offered, and labelled so.
    listed = b.backups.list_backups()
    assert [x.path for x in listed] == [old]
    assert not listed[0].database_known and listed[0].database_label is not None
    assert listed[0].database_label.render() == "unknown database"
    assert verified_backups([folder], database_id=database_id(b.db.file)) == [old]  # type: ignore[arg-type]
    assert verified_backups([folder], database_id=database_id(a.db.file)) == [own.path]  # type: ignore[arg-type]
    # B's own backup of the same day is made regardless of A's.
    assert b.backups.auto_backup_if_due(dt.datetime(2026, 2, 1, 9)) is not None
    assert all(x.database_known for x in b.backups.list_backups())


def test_recovery_offers_only_this_databases_backups(two: tuple[Services, Services]) -> None:
    a, b = two
    mine = a.backups.auto_backup_if_due(dt.datetime(2026, 1, 1, 8))
    other = b.backups.auto_backup_if_due(dt.datetime(2026, 1, 2, 8))  # newer
    assert mine is not None and other is not None
    assert a.db.file is not None
    expected = database_id(a.db.file)
    error = a.close_and_quarantine()
    assert error.database_id == expected
    assert error.backups == (mine.path,)


def test_restore_without_login_refuses_another_databases_backup(
        two: tuple[Services, Services]) -> None:
    a, b = two
    assert a.db.file is not None
    target = a.db.file
    own = a.backups.auto_backup_if_due(dt.datetime(2026, 1, 1, 8))
    foreign = b.backups.auto_backup_if_due(dt.datetime(2026, 1, 2, 8))
    assert own is not None and foreign is not None
    expected = database_id(target)
    a.close()
    # The target is still there and readable: its id is the expected one.
    with pytest.raises(BackupInvalidError) as caught:
        restore_without_login(foreign.path, target)
    assert "another database" in caught.value.message.render()
    # Moved aside: the caller passes the id (e.g. read from the moved-aside file).
    target.rename(target.with_name(target.name + ".corrupt-test"))
    with pytest.raises(BackupInvalidError):
        restore_without_login(foreign.path, target, expected_database_id=expected)
    assert not target.exists()
    result = restore_without_login(own.path, target, expected_database_id=expected)
    assert result.database_checked and result.warning is None
    assert database_id(target) == expected


def test_restore_without_login_of_an_unknown_target_says_so(services: Services) -> None:
    backup = services.backups.backup_now().path
    target = services.db.file
    assert target is not None
    services.close()
    target.rename(target.with_name(target.name + ".corrupt-test"))
    result = restore_without_login(backup, target)
    assert not result.database_checked
    assert result.warning is not None and backup.name in result.warning.render()


# ---- 2. two backups at once ------------------------------------------------------------
def test_a_backup_leaves_a_young_part_file_alone(open_services: Services) -> None:
    folder = open_services.backups.backup_folder()
    folder.mkdir(parents=True)
    young = folder / "zeren-20260101-080000-manual.sqlite.part"  # being written elsewhere
    old = folder / "zeren-20250101-080000-auto.sqlite.part"  # left by a killed process
    young.write_bytes(b"in progress")
    old.write_bytes(b"left over")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    assert open_services.backups.auto_backup_if_due() is not None
    assert young.exists()
    assert not old.exists()


def test_two_backups_at_once_run_one_after_the_other(
        open_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    running, most = 0, 0
    guard = threading.Lock()
    real = backups_module.backup_sqlite

    def slow_backup(*args: Any, **kwargs: Any) -> Path:
        nonlocal running, most
        with guard:
            running += 1
            most = max(most, running)
        try:
            time.sleep(0.3)
            return real(*args, **kwargs)
        finally:
            with guard:
                running -= 1

    monkeypatch.setattr(backups_module, "backup_sqlite", slow_backup)
    errors: list[BaseException] = []

    def make(reason: str) -> None:
        try:
            open_services.backups._make(reason, None, None, dt.datetime.now())
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=make, args=(r,)) for r in ("auto", "manual")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert most == 1
    assert sorted(b.reason for b in open_services.backups.list_backups()) == ["auto", "manual"]


# ---- 3. the backup before a schema upgrade ---------------------------------------------
def test_the_backup_before_an_upgrade_is_listed(db_path: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert not hasattr(storage_backup, "timestamped_name")
    with Services.open(db_path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        services.units.create(UnitInput("青山县", UnitKind.COUNTY))
    short = database_id(db_path).replace("-", "")[:8]
    folder = _scripts_with_next(tmp_path, fail=False)
    monkeypatch.setattr(paths, "migrations_dir", lambda: folder)
    with Services.open(db_path) as services:
        made = services.migration.backup
        assert made is not None
        assert made.name.startswith(f"zeren-{short}-")
        listed = services.backups.list_backups()
        assert [(b.path, b.reason, b.verified) for b in listed] == [
            (made, "before_upgrade", True)]
    assert [b.path for b in scan(db_path.parent / "backups", database_id(db_path))] == [made]


def test_the_backup_before_an_upgrade_goes_to_the_chosen_folder(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "usb"
    with Services.open(db_path) as services:
        services.auth.sign_in("admin", TEST_PASSWORD)
        services.backups.set_backup_folder(chosen)
    folder = _scripts_with_next(tmp_path, fail=False)
    monkeypatch.setattr(paths, "migrations_dir", lambda: folder)
    with Services.open(db_path) as services:
        made = services.migration.backup
        assert made is not None and made.parent == chosen.resolve()
        assert [b.path for b in services.backups.list_backups()] == [made]


# ---- 4. error texts without row values -------------------------------------------------
def test_engine_errors_carry_no_row_values(db_path: Path) -> None:
    secret = "110101199003077777-SECRET"
    engine = create_database_engine(URL.create("sqlite", database=str(db_path)))
    try:
        with pytest.raises(IntegrityError) as caught, engine.begin() as connection:
            connection.execute(text("INSERT INTO app_settings (key, value) VALUES"
                                    " ('database_id', :value)"), {"value": secret})
    finally:
        engine.dispose()
    assert secret not in str(caught.value)
    assert "app_settings" in str(caught.value)  # the statement itself is still there


# ---- 5. restore in one exclusive section -----------------------------------------------
def _held_elsewhere(lock: Any) -> bool:
    """Is `lock` held (by this thread), so that another thread cannot take it?"""
    result: list[bool] = []

    def probe() -> None:
        got = lock.acquire(blocking=False)
        if got:
            lock.release()
        result.append(not got)

    thread = threading.Thread(target=probe)
    thread.start()
    thread.join(5)
    return result == [True]


def test_restore_upgrades_reanchors_and_audits_inside_the_exclusive_section(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = services.backups.backup_now().path
    services.auth.sign_in("admin", TEST_PASSWORD)
    lock = services.db._write_lock
    seen: dict[str, bool] = {}
    real_upgrade, real_reanchor = migrate.upgrade_database, services.audit.reanchor

    def upgrade(*args: Any, **kwargs: Any) -> Any:
        seen["upgrade"] = _held_elsewhere(lock)
        return real_upgrade(*args, **kwargs)

    def reanchor() -> None:
        seen["reanchor"] = _held_elsewhere(lock)
        real_reanchor()

    monkeypatch.setattr(migrate, "upgrade_database", upgrade)
    monkeypatch.setattr(services.audit, "reanchor", reanchor)
    services.backups.restore(backup)
    assert seen == {"upgrade": True, "reanchor": True}
    assert services.audit.verify().ok


def test_a_failing_upgrade_in_a_restore_puts_the_database_back(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = services.backups.backup_now().path
    services.units.create(UnitInput("备份之后乡", UnitKind.TOWNSHIP))
    services.auth.sign_in("admin", TEST_PASSWORD)

    def failing(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("upgrade failed on purpose")

    monkeypatch.setattr(migrate, "upgrade_database", failing)
    with pytest.raises(BackupError) as caught:
        services.backups.restore(backup)
    assert isinstance(caught.value, ZerenError)
    message = caught.value.message.render()
    assert "upgrade failed on purpose" in message and "put back" in message
    services.auth.sign_in("clerk", TEST_PASSWORD)
    assert "备份之后乡" in [u.name for u in services.units.list_all()]
    assert services.audit.verify().ok


# ---- 6. the frozen build can open encrypted databases ----------------------------------
def test_the_spec_adds_sqlcipher3_when_it_is_installed() -> None:
    spec = (ROOT / "packaging" / "zeren.spec").read_text("utf-8")
    assert "import sqlcipher3" in spec
    assert 'hiddenimports += ["sqlcipher3"' in spec
