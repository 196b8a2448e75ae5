"""Disk full (T3, on a small tmpfs) and a backup while a writer is active (T10)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import TEST_PASSWORD, copy_database
from tests.fault_worker import mount, umount
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.records import CadreInput, PostInput, UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.services.backups import BackupFailedError, backup_problem, scan
from zeren_desktop.storage.errors import DatabaseEnvironmentError
from zeren_desktop.storage.models import AuditRecord, Cadre, Unit


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "small"
    point.mkdir()
    problem = mount(["-t", "tmpfs", "-o", "size=3m", "tmpfs", str(point)])
    if problem is not None:
        pytest.skip(f"cannot mount a small tmpfs in this sandbox ({problem}); a file-size "
                    "limit would only give an I/O error, not 'disk full'")
    yield point
    umount(point)


def fill_up(folder: Path, leave: int) -> Path:
    """Fill the disk of `folder` until only about `leave` bytes are free."""
    filler = folder / "filler.bin"
    with open(filler, "wb") as handle:
        free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
        with contextlib.suppress(OSError):
            handle.write(b"\0" * max(free - leave, 0))
            handle.flush()
            os.fsync(handle.fileno())
    return filler


def big_cadre(unit_id: object, posts: int) -> CadreInput:
    start = dt.date(2000, 1, 1)
    return CadreInput("满盘干部", posts=tuple(
        PostInput(unit_id, f"很长的职务名称{i}" * 3, start + dt.timedelta(days=i))  # type: ignore[arg-type]
        for i in range(posts)))


def counts(services: Services) -> tuple[int, int, int]:
    with services.db.read() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(m)) or 0)
                     for m in (Unit, Cadre, AuditRecord))  # type: ignore[return-value]


def test_disk_full_during_a_large_write_and_a_backup(template_db: Path,
                                                     small_disk: Path) -> None:
    db_path = copy_database(template_db, small_disk / "zeren.sqlite")
    services = Services.open(db_path)
    try:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        unit_id = services.units.create(UnitInput("满盘乡", UnitKind.TOWNSHIP))
        last = services.backups.backup_now().path
        before = counts(services)
        filler = fill_up(small_disk, 48 * 1024)

        with pytest.raises(DatabaseEnvironmentError) as caught:
            services.cadres.create(big_cadre(unit_id, 1500))
        assert caught.value.kind == "full", caught.value
        assert "disk is full" in caught.value.message.render()
        assert counts(services) == before  # nothing half-written

        with pytest.raises(BackupFailedError) as failed:
            services.backups.backup_now()
        assert failed.value.kind == "full"
        assert [b.path for b in scan(last.parent)] == [last]  # no partial, last kept
        assert not list(last.parent.glob("*.part"))
        assert backup_problem(last) is None

        filler.unlink()
        services.cadres.create(big_cadre(unit_id, 50))  # space again: works again
    finally:
        services.close()
    with Services.open(db_path) as services:
        assert services.audit.verify().ok
        with services.db.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # (The failed backup could not be audited: the disk was full. test_backups.py
        # checks that a failure on an unwritable folder is audited.)


def test_backup_while_a_writer_is_active_is_a_consistent_snapshot(services: Services,
                                                                   tmp_path: Path) -> None:
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        n = 0
        try:
            while not stop.is_set():
                n += 1
                services.units.create(UnitInput(f"并发乡{n}", UnitKind.TOWNSHIP))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = [services.backups.backup_now("manual", tmp_path / "b") for _ in range(3)]
    finally:
        stop.set()
        thread.join()
    assert not errors
    live_head = services.audit.head()
    assert live_head is not None
    for info in copies:
        with Services.open(info.path, read_only=True) as copy:
            assert copy.audit.verify().ok  # the chain and the copy's own anchor agree
            head = copy.audit.head()
            assert head is not None and head.seq <= live_head.seq
            with copy.db.read() as session:
                units = session.scalar(select(func.count()).select_from(Unit))
                created = session.scalar(select(func.count()).select_from(AuditRecord)
                                         .where(AuditRecord.action == "unit.create"))
            assert units == created  # every change with its audit record: a snapshot
        with services.db.read() as session:  # the live record at that seq is the same
            same = session.scalar(select(AuditRecord.hash).where(AuditRecord.seq == head.seq))
        assert same == head.hash
