"""Faults at open: a second instance (T8), read-only media (T5), a corrupt file (T6),
removable or network locations."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD, copy_database
from tests.fault_worker import mount, umount
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.records import CadreInput, UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.services.backups import restore_without_login
from zeren_desktop.services.session import ReadOnlyDatabaseError
from zeren_desktop.storage import media
from zeren_desktop.storage.errors import (
    CorruptDatabaseError,
    DatabaseDamagedError,
    DatabaseInUseError,
)
from zeren_desktop.storage.health import move_aside
from zeren_desktop.storage.instance_lock import lock_path_for

WORKER = Path(__file__).with_name("fault_worker.py")
ROOT = Path(__file__).resolve().parents[1]


def start_worker(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", (line, proc.stderr.read() if proc.stderr else "")
    return proc


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---- T8: one instance ------------------------------------------------------------------
def test_second_open_in_the_same_process_is_refused(db_path: Path) -> None:
    with Services.open(db_path) as first:
        first.auth.sign_in("clerk", TEST_PASSWORD)
        with pytest.raises(DatabaseInUseError) as caught:
            Services.open(db_path)
        assert caught.value.kind == "in_use"
        assert str(os.getpid()) in caught.value.message.render()
        # Read-only on purpose needs no lock: it opens, and refuses writes.
        with Services.open(db_path, read_only=True) as reader:
            assert reader.state.read_only
            reader.auth.sign_in("clerk", TEST_PASSWORD)
            assert reader.units.list_all() == first.units.list_all()
            with pytest.raises(ReadOnlyDatabaseError):
                reader.units.create(UnitInput("只读乡", UnitKind.TOWNSHIP))
    # Closed: the lock is gone and the next open works.
    assert not lock_path_for(db_path).exists()
    with Services.open(db_path):
        pass


def test_second_instance_refused_and_stale_lock_of_a_killed_process_recovered(
        db_path: Path) -> None:
    holder = start_worker("hold", str(db_path))
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            Services.open(db_path)
        assert caught.value.holder.get("pid") == str(holder.pid)
    finally:
        holder.kill()
        holder.wait()
    assert lock_path_for(db_path).exists()  # left behind by the killed process
    with Services.open(db_path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        services.units.create(UnitInput("锁后乡", UnitKind.TOWNSHIP))
        assert services.audit.verify().ok


# ---- T5: read-only media ---------------------------------------------------------------
@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(source, mount point): fill the source, then `remount()`; read-only bind mount."""
    source, point = tmp_path / "src", tmp_path / "ro"
    source.mkdir()
    point.mkdir()
    yield source, point
    umount(point)


def remount_read_only(source: Path, point: Path) -> None:
    problem = mount(["--bind", str(source), str(point)]) or mount(
        ["-o", "remount,bind,ro", str(point)])
    if problem is not None:
        umount(point)
        pytest.skip(f"no read-only mount in this sandbox ({problem}); "
                    "test_read_only_open_on_purpose covers the immutable=1 path")


def test_database_on_read_only_media(template_db: Path,
                                     read_only_folder: tuple[Path, Path]) -> None:
    source, point = read_only_folder
    copy_database(template_db, source / "zeren.sqlite")
    with Services.open(source / "zeren.sqlite") as services:  # a WAL database, closed
        services.auth.sign_in("clerk", TEST_PASSWORD)
        services.units.create(UnitInput("光盘乡", UnitKind.TOWNSHIP))
    remount_read_only(source, point)
    assert media.is_read_only_location(point / "zeren.sqlite")
    before = sorted(os.listdir(point))
    with Services.open(point / "zeren.sqlite") as services:
        assert services.state.read_only
        assert services.lock is None
        services.auth.sign_in("clerk", TEST_PASSWORD)
        assert "光盘乡" in [u.name for u in services.units.list_all()]
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            services.units.create(UnitInput("新乡", UnitKind.TOWNSHIP))
        assert "read-only" in caught.value.message.render()
        with pytest.raises(ReadOnlyDatabaseError):
            services.cadres.create(CadreInput("新干部"))
        with pytest.raises(Exception):  # noqa: B017 - the wrong password still fails
            services.auth.sign_in("clerk", "wrong-Password-1")
        assert services.backups.auto_backup_if_due() is None
        assert services.audit.verify().ok
        services.auth.sign_out()
    assert sorted(os.listdir(point)) == before  # nothing written beside the file


def test_read_only_open_on_purpose(db_path: Path) -> None:
    folder = db_path.parent
    before = sorted(os.listdir(folder))
    with Services.open(db_path, read_only=True) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        with pytest.raises(ReadOnlyDatabaseError):
            services.units.create(UnitInput("只读乡", UnitKind.TOWNSHIP))
        assert not lock_path_for(db_path).exists()
    # A DELETE-journal copy read with mode=ro leaves nothing behind either.
    assert sorted(os.listdir(folder)) == before


def test_read_only_refuses_an_old_schema(db_path: Path) -> None:
    from zeren_desktop.storage.migrate import script_directory

    older = [r.revision for r in script_directory().walk_revisions()][-1]  # the first one
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (older,))
    connection.commit()
    connection.close()
    with pytest.raises(Exception) as caught:
        Services.open(db_path, read_only=True)
    assert "upgraded" in str(caught.value)


# ---- T6: corrupt at start --------------------------------------------------------------
def _truncate(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2 + 100)


def _truncate_pages(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(4096 * 3)


def _overwrite_header(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.write(b"\x00garbage" * 12)


def _flip_page_bytes(path: Path) -> None:
    # Bytes in the b-tree page headers and cell pointers of pages 2..: quick_check sees it.
    with open(path, "r+b") as handle:
        for page in range(2, 8):
            handle.seek(page * 4096 - 4096)
            handle.write(bytes([0x0D ^ 0xFF]) + os.urandom(11))


@pytest.mark.parametrize("damage", [_truncate, _truncate_pages, _overwrite_header,
                                    _flip_page_bytes])
def test_corrupt_database_at_start_is_moved_aside(db_path: Path, damage: object) -> None:
    with Services.open(db_path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        good = services.backups.backup_now().path
        services.units.create(UnitInput("备份后乡", UnitKind.TOWNSHIP))
    # A newer backup that is damaged is never offered.
    bad = good.with_name(good.name.replace("-manual", "-manual-9"))
    bad.write_bytes(good.read_bytes()[:5000])
    assert callable(damage)
    damage(db_path)
    damaged = sha(db_path)
    with pytest.raises(CorruptDatabaseError) as caught:
        Services.open(db_path)
    error = caught.value
    assert error.kind == "corrupt"
    assert error.moved_to is not None and sha(error.moved_to) == damaged
    assert not db_path.exists()  # no new empty database
    assert error.backups == (good,)
    assert str(error.moved_to) in error.message.render()
    # The GUI offers the newest good backup; restoring needs no sign-in.
    result = restore_without_login(error.backups[0], db_path)
    assert result.kept_aside is None
    with Services.open(db_path) as services:
        assert services.audit.verify().ok
        services.auth.sign_in("clerk", TEST_PASSWORD)
        assert "备份后乡" not in [u.name for u in services.units.list_all()]
        services.auth.sign_in("admin", TEST_PASSWORD)
    connection = sqlite3.connect(db_path)
    actions = [r[0] for r in connection.execute("SELECT action FROM audit_records")]
    connection.close()
    assert "backup.restore_without_login" in actions
    assert error.moved_to.exists() and sha(error.moved_to) == damaged  # kept, unchanged


def test_moving_aside_never_overwrites(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    first.write_bytes(b"one")
    moved_one = move_aside(first)
    second.write_bytes(b"two")
    second.rename(first)
    moved_two = move_aside(first)
    assert moved_one != moved_two
    assert moved_one.read_bytes() == b"one" and moved_two.read_bytes() == b"two"


def _break_index(path: Path, name: str) -> None:
    """Change a cadre's name in the table page only: the name index no longer matches.
    quick_check does not compare indexes with tables; integrity_check does."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [r[0] for r in connection.execute(
        "SELECT pageno FROM dbstat WHERE name = 'cadres' AND pagetype = 'leaf'")]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    needle = name.encode()
    with open(path, "r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            data = handle.read(page_size)
            at = data.find(needle)
            if at >= 0:
                handle.seek((page - 1) * page_size + at)
                handle.write(name.replace("甲", "乙").encode())
                return
    raise AssertionError("name not found in the cadres pages")


def test_damage_found_only_by_integrity_check_in_the_backup_job(db_path: Path) -> None:
    with Services.open(db_path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        good = services.backups.backup_now().path
        services.cadres.create(CadreInput("索引校验甲"))
    _break_index(db_path, "索引校验甲")
    services = Services.open(db_path)  # header, schema and quick_check pass
    try:
        assert services.backups.auto_backup_if_due() is None  # one today already
        with pytest.raises(DatabaseDamagedError) as caught:
            services.backups.auto_backup_if_due(now=_tomorrow())
        assert "index" in caught.value.details or "missing" in caught.value.details
        assert [b.path for b in services.backups.list_backups()] == [good]  # copy not kept
    finally:
        error = services.close_and_quarantine()
    assert error.moved_to is not None and error.moved_to.exists()
    assert not db_path.exists()
    assert error.backups == (good,)


def _tomorrow() -> object:
    import datetime as dt

    return dt.datetime.now() + dt.timedelta(days=1)


# ---- removable / network locations -----------------------------------------------------
def test_location_kind_of_mounts() -> None:
    info = ("36 25 0:45 / /mnt/share rw,relatime shared:1 - cifs //srv/share rw\n"
            "37 25 0:46 / /mnt/nfs rw - nfs4 srv:/x rw\n"
            "24 1 8:1 / / rw - ext4 /dev/sda1 rw\n")
    assert media._mount_of(Path("/mnt/share/zeren.sqlite"), info) == ("0:45", "cifs",
                                                                         "//srv/share")
    assert media._mount_of(Path("/home/x"), info) == ("8:1", "ext4", "/dev/sda1")
    assert media.location_kind(Path("/tmp/zeren.sqlite")) in {"local", "removable", "network"}


def test_location_warning_and_move_to_local_disk(db_path: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(media, "location_kind", lambda path: "removable")
    with Services.open(db_path) as services:
        assert services.location_kind == "removable"
        warning = services.location_warning
        assert warning is not None and str(db_path) in warning.render()
        services.auth.sign_in("clerk", TEST_PASSWORD)
        moved = services.move_database(tmp_path / "local")
        assert moved == tmp_path / "local" / db_path.name
    assert db_path.exists()  # the original stays until the user removes it
    monkeypatch.setattr(media, "location_kind", lambda path: "local")
    with Services.open(moved) as services:
        assert services.location_warning is None
        assert services.audit.verify().ok
