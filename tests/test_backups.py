"""Backups: made, listed, rotated, restored (T7, T24) and the CLI commands."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from tests.fault_worker import mount, umount
from zeren_desktop.cli import main
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.records import UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.services.backups import (
    BackupFailedError,
    BackupInfo,
    BackupInvalidError,
    rotation_victims,
    scan,
    verified_backups,
)
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.storage.models import AuditRecord


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    finally:
        connection.close()


def actions(services: Services) -> list[str]:
    with services.db.read() as session:
        return list(session.scalars(select(AuditRecord.action).order_by(AuditRecord.seq)))


def damage(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(0)
        handle.write(b"broken" * 20)


# ---- making and listing ----------------------------------------------------------------
def test_backup_now_is_verified_named_anchored_and_audited(services: Services) -> None:
    info = services.backups.backup_now()
    assert info.path.parent == services.db.file.parent / "backups"  # type: ignore[union-attr]
    assert info.path.name.startswith("zeren-") and info.path.name.endswith("-manual.sqlite")
    assert info.path.with_name(info.path.name + ".audit-head").exists()
    assert [b.path for b in services.backups.list_backups()] == [info.path]
    assert services.backups.list_backups()[0].verified is True
    assert actions(services)[-1] == "backup.create"
    assert rows(info.path, "units") == rows(services.db.file, "units")  # type: ignore[arg-type]


def test_auditor_may_not_back_up(open_services: Services) -> None:
    open_services.auth.sign_in("auditor", TEST_PASSWORD)
    with pytest.raises(PermissionDeniedError):
        open_services.backups.backup_now()


def test_auto_backup_once_a_day_as_the_system(open_services: Services) -> None:
    now = dt.datetime(2026, 3, 2, 9, 0)
    first = open_services.backups.auto_backup_if_due(now)
    assert first is not None and first.reason == "auto"
    assert open_services.backups.auto_backup_if_due(now + dt.timedelta(hours=5)) is None
    assert open_services.backups.auto_backup_if_due(now + dt.timedelta(days=1)) is not None
    with open_services.db.read() as session:
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc())).first()
    assert last is not None and last.username == "system" and last.action == "backup.create"


# ---- T7: damaged backups, missing or unwritable folders, rotation ----------------------
def test_newest_backup_damaged_restore_picks_the_newest_that_verifies(
        open_services: Services) -> None:
    backups = open_services.backups
    older = backups.auto_backup_if_due(dt.datetime(2026, 1, 1, 8))
    newer = backups.auto_backup_if_due(dt.datetime(2026, 1, 2, 8))
    assert older is not None and newer is not None
    damage(newer.path)
    folder = backups.backup_folder()
    assert verified_backups([folder]) == [older.path]
    newest = backups.newest_verified()
    assert newest is not None and newest.path == older.path
    listed = {b.path: b.verified for b in backups.list_backups()}
    assert listed == {older.path: True, newer.path: False}
    open_services.auth.sign_in("admin", TEST_PASSWORD)
    with pytest.raises(BackupInvalidError):
        backups.restore(newer.path)
    assert actions(open_services)[-1] == "backup.restore_failed"
    result = backups.restore(older.path)
    assert result.restored_from == older.path
    assert open_services.audit.verify().ok


def test_missing_backup_folder_is_made_and_an_unwritable_one_is_reported(
        services: Services, tmp_path: Path) -> None:
    services.auth.sign_in("admin", TEST_PASSWORD)
    services.backups.set_backup_folder(tmp_path / "not" / "yet" / "there")
    services.auth.sign_in("clerk", TEST_PASSWORD)
    made = services.backups.backup_now()
    assert made.path.parent == tmp_path / "not" / "yet" / "there"
    point = tmp_path / "ro"
    point.mkdir()
    problem = mount(["-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(point)])
    if problem is not None:
        pytest.skip(f"no read-only mount in this sandbox ({problem})")
    try:
        with pytest.raises(BackupFailedError) as caught:
            services.backups.backup_now("manual", point)
        assert caught.value.kind in {"read_only", "cannot_open"}
        assert "earlier backups were kept" in caught.value.message.render()
    finally:
        umount(point)
    assert actions(services)[-1] == "backup.failed"
    assert made.path.exists()


def _info(folder: Path, when: dt.datetime, reason: str = "auto") -> BackupInfo:
    return BackupInfo(folder / f"zeren-{when:%Y%m%d-%H%M%S}-{reason}.sqlite", when, reason, 1,
                      None)


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    start = dt.datetime(2025, 1, 1, 9)
    backups = [_info(tmp_path, start + dt.timedelta(days=d)) for d in range(400)]
    backups += [_info(tmp_path, start, "manual")]
    victims = set(rotation_victims(backups))
    kept = [b for b in backups if b.path not in victims]
    assert all(b.reason == "auto" for b in backups if b.path in victims)  # manual ones stay
    newest = max(b.created for b in backups)
    daily = {b.created.date() for b in kept if newest - b.created < dt.timedelta(days=7)}
    assert len(daily) == 7
    assert len(kept) <= 7 + 4 + 12 + 1
    assert len({(b.created.year, b.created.month) for b in kept if b.reason == "auto"}) >= 12
    # The newest good backup is never removed, however old it is.
    oldest = backups[0].path
    assert oldest not in set(rotation_victims(backups, keep={oldest}))


def test_rotation_removes_only_its_own_files(open_services: Services) -> None:
    folder = open_services.backups.backup_folder()
    folder.mkdir(parents=True)
    strangers = [folder / "notes.txt", folder / "zeren-copy.sqlite", folder / "mine.sqlite"]
    for stranger in strangers:
        stranger.write_text("keep me")
    start = dt.datetime(2026, 1, 1, 7)
    for day in range(12):
        open_services.backups.auto_backup_if_due(start + dt.timedelta(days=day))
    kept = scan(folder)
    assert 7 <= len(kept) < 12
    assert all(s.read_text() == "keep me" for s in strangers)
    assert kept[0].created.date() == dt.date(2026, 1, 12)


def test_stale_parts_of_a_backup_and_of_its_audit_head_are_cleared(services: Services) -> None:
    """A killed backup may leave the copy's .part or its audit head's .part: both go once
    older than an hour; a young one (a backup being written now) and strangers stay."""
    import os
    import time

    folder = services.backups.backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    base = "zeren-18c9aad6-20260101-070000-manual"
    stale = [folder / f"{base}.sqlite.part", folder / f"{base}.sqlite.audit-head.part"]
    young = folder / "zeren-18c9aad6-20260101-080000-manual.sqlite.audit-head.part"
    stranger = folder / "notes.audit-head.part"
    hours_ago = time.time() - 2 * 3600
    for path in (*stale, young, stranger):
        path.write_bytes(b"partial")
    for path in (*stale, stranger):
        os.utime(path, (hours_ago, hours_ago))
    services.backups.backup_now()
    assert not any(path.exists() for path in stale)
    assert young.exists() and stranger.exists()


# ---- T24: the restore drill ------------------------------------------------------------
def test_restore_drill(services: Services) -> None:
    backup = services.backups.backup_now().path
    services.units.create(UnitInput("备份之后乡", UnitKind.TOWNSHIP))
    live = services.db.file
    assert live is not None
    services.auth.sign_in("clerk", TEST_PASSWORD)
    with pytest.raises(PermissionDeniedError):
        services.backups.restore(backup)
    services.auth.sign_in("admin", TEST_PASSWORD)
    result = services.backups.restore(backup)
    for table in ("units", "cadres", "posts", "users", "app_settings"):
        assert rows(live, table) == rows(backup, table), table
    backup_audit = rows(backup, "audit_records")
    live_audit = rows(live, "audit_records")
    assert set(backup_audit) <= set(live_audit)  # the same chain, then the restore records
    assert actions(services)[-1] == "backup.restore"
    assert services.audit.verify().ok
    assert result.kept_aside is not None and result.kept_aside.exists()
    assert any("备份之后乡" in map(str, r) for r in rows(result.kept_aside, "units"))
    services.auth.sign_in("clerk", TEST_PASSWORD)
    services.units.create(UnitInput("恢复之后乡", UnitKind.TOWNSHIP))  # works on after it
    assert services.audit.verify().ok


def test_restore_refuses_a_backup_of_another_database(services: Services, template_db: Path,
                                                      tmp_path: Path) -> None:
    other = tmp_path / "other" / "o.sqlite"
    other.parent.mkdir()
    with Services.open(other) as foreign:
        foreign.auth.create_first_administrator("admin", TEST_PASSWORD)
        foreign.auth.sign_in("admin", TEST_PASSWORD)
        file = foreign.backups.backup_now().path
    services.auth.sign_in("admin", TEST_PASSWORD)
    with pytest.raises(BackupInvalidError) as caught:
        services.backups.restore(file)
    assert "another database" in caught.value.message.render()


# ---- the CLI ---------------------------------------------------------------------------
@pytest.fixture(autouse=False)
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZEREN_LANG", "en")
    monkeypatch.setenv("ZEREN_PASSWORD", TEST_PASSWORD)


def test_cli_backup_restore_and_list(db_path: Path, tmp_path: Path, cli_env: None,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(db_path)]
    assert main(["backup", *db, "--user", "auditor"]) == 1  # no backup permission
    assert main(["backup", *db, "--user", "clerk", "--to", str(tmp_path / "b")]) == 0
    assert main(["backup", *db, "--user", "clerk"]) == 0
    capsys.readouterr()
    assert main(["backups", "list", *db]) == 0
    listed = capsys.readouterr().out
    assert "verified" in listed and "-manual.sqlite" in listed
    backup = scan(db_path.parent / "backups")[0].path
    assert main(["restore", str(backup), *db, "--user", "clerk"]) == 1  # administrator only
    assert main(["restore", str(tmp_path / "nothing.sqlite"), *db, "--user", "admin"]) == 2
    capsys.readouterr()
    assert main(["restore", str(backup), *db, "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert ".before-restore-" in out
    assert main(["audit", "verify", *db]) == 0
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(backup.read_bytes()[:3000])
    assert main(["restore", str(broken), *db, "--user", "admin"]) == 1
    assert main(["backups", *db]) == 2


def test_cli_restore_when_the_database_was_moved_aside(db_path: Path, cli_env: None) -> None:
    db = ["--db", str(db_path)]
    assert main(["backup", *db, "--user", "clerk"]) == 0
    backup = scan(db_path.parent / "backups")[0].path
    db_path.rename(db_path.with_name("zeren.sqlite.corrupt-test"))
    assert main(["restore", str(backup), *db]) == 0  # no database: no one to sign in
    assert db_path.exists()
    assert main(["audit", "verify", *db]) == 0


def test_evidence_files_are_backed_up_and_restored(services: Services, tmp_path: Path) -> None:
    import shutil

    from tests.test_ledger_services import Town, entry
    from zeren_desktop.services.ledger import attachments_folder

    town = Town(services)
    entry_id = services.ledger.create(entry(town.secretary))
    evidence = tmp_path / "会议记录.pdf"
    evidence.write_bytes(b"%PDF-1.4 minutes of the meeting " * 100)
    attachment = services.ledger.add_attachment(entry_id, evidence)
    services.auth.sign_in("admin", TEST_PASSWORD)
    backup = services.backups.backup_now().path
    copies = list((backup.parent / "attachments").glob("*/*"))
    assert [p.read_bytes() for p in copies] == [evidence.read_bytes()]
    services.backups.backup_now()  # a second backup copies nothing again, breaks nothing
    assert len(list((backup.parent / "attachments").glob("*/*"))) == 1
    # The data folder loses its evidence files; the restore brings them back.
    live = services.db.file
    assert live is not None
    shutil.rmtree(attachments_folder(live))
    services.backups.restore(backup)
    services.auth.sign_in("clerk", TEST_PASSWORD)
    assert services.ledger.attachment_path(attachment).read_bytes() == evidence.read_bytes()


def test_a_backup_never_takes_the_name_of_one_being_written(tmp_path: Path) -> None:
    # Another process writing a backup this very second has only its .part: a second
    # backup in the same second must not take that name (it would delete that copy first).
    from zeren_desktop.storage.backup import backup_file_name, unique_backup_path

    when = dt.datetime(2026, 11, 27, 15, 30, 5)
    first = tmp_path / backup_file_name(when, "manual", None)
    assert unique_backup_path(tmp_path, when, "manual", None) == first
    being_written = first.with_name(first.name + ".part")
    being_written.write_bytes(b"half a copy")
    second = unique_backup_path(tmp_path, when, "manual", None)
    assert second != first and second.name.endswith("-manual-2.sqlite")
    assert being_written.read_bytes() == b"half a copy"
