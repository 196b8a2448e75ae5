"""A process killed at random moments: during writes (T1) and during backups (T2)."""

from __future__ import annotations

import hashlib
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy import select as sql_select

from tests.conftest import TEST_PASSWORD
from tests.fault_worker import CADRE_PREFIX
from zeren_desktop.services.app import Services
from zeren_desktop.services.backups import backup_problem, scan
from zeren_desktop.storage.models import Cadre, Post, Unit

WORKER = Path(__file__).with_name("fault_worker.py")
ROOT = Path(__file__).resolve().parents[1]
KILLS = 22


def run_and_kill(args: list[str], rng: random.Random, longest: float) -> list[str]:
    """Start the worker, let it run a random while after it is ready, SIGKILL it, and
    return every line it printed (each names an operation whose call had returned)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    output = b""
    deadline: float | None = None
    try:
        while True:
            timeout = 30.0 if deadline is None else deadline - time.monotonic()
            if timeout <= 0:
                break
            ready, _, _ = select.select([proc.stdout], [], [], timeout)
            if not ready:
                if deadline is None:
                    raise AssertionError("the worker did not start")
                break
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                stderr = proc.stderr.read().decode() if proc.stderr else ""
                raise AssertionError(f"the worker ended by itself: {stderr}")
            output += chunk
            if deadline is None and b"ready\n" in output:
                deadline = time.monotonic() + rng.uniform(0.0, longest)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # What it flushed before it died is in the pipe: those operations were done too.
    output += proc.stdout.read()
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()
    # A line the kill cut short was never fully reported: only whole lines count.
    whole_lines = output.decode(errors="replace").split("\n")[:-1]
    return [line for line in whole_lines if line.startswith("done ")]


def check_after_kill(db_path: Path, units: set[uuid.UUID], cadres: set[uuid.UUID]) -> int:
    with Services.open(db_path) as services:
        with services.db.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        with services.db.read() as session:
            present_units = set(session.scalars(sql_select(Unit.id)))
            assert units <= present_units, "a unit reported as saved is missing"
            present_cadres = set(session.scalars(sql_select(Cadre.id)))
            assert cadres <= present_cadres, "a cadre reported as saved is missing"
            # All or nothing: every stored cadre has exactly the posts its name promises.
            counts = {row[0]: row[1] for row in session.execute(
                sql_select(Cadre.name, func.count(Post.id)).outerjoin(Post)
                .where(Cadre.name.like(f"{CADRE_PREFIX}-%")).group_by(Cadre.id))}
            for name, posts in counts.items():
                assert posts == int(name.split("-")[1]), f"{name} has {posts} posts"
        result = services.audit.verify()
        assert result.ok, result.problem
        services.auth.sign_in("clerk", TEST_PASSWORD)  # the database takes writes again
        return len(counts)


@pytest.mark.slow
def test_killed_during_writes_loses_nothing_reported_and_leaves_nothing_half(
        db_path: Path) -> None:
    rng = random.Random(20260501)
    units: set[uuid.UUID] = set()
    cadres: set[uuid.UUID] = set()
    for round_ in range(KILLS):
        for line in run_and_kill(["work", str(db_path), str(round_)], rng, 0.5):
            _, kind, ident, *_ = line.split()
            (units if kind == "unit" else cadres).add(uuid.UUID(ident))
        stored = check_after_kill(db_path, units, cadres)
    assert len(cadres) >= KILLS // 2, "the worker should have finished some cadres"
    assert stored >= len(cadres)


def _fill(db_path: Path, megabytes: int) -> None:
    """Bulk data (outside the model) so that a backup takes a while to copy and check."""
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE IF NOT EXISTS test_filler (data BLOB)")
    connection.executemany("INSERT INTO test_filler VALUES (randomblob(65536))",
                           [()] * (megabytes * 16))
    connection.commit()
    connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_killed_during_backup_leaves_earlier_backups_and_no_unverified_final_file(
        db_path: Path, tmp_path: Path) -> None:
    _fill(db_path, 12)
    folder = tmp_path / "backups"
    with Services.open(db_path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        first = services.backups.backup_now("manual", folder).path
    rng = random.Random(7)
    for _ in range(5):
        before = {b.path: digest(b.path) for b in scan(folder)}
        run_and_kill(["backup", str(db_path), str(folder)], rng, 0.8)
        after = scan(folder)
        for path, hashed in before.items():  # earlier backups untouched
            assert digest(path) == hashed
        for backup in after:  # a file with a final name is a whole, verified backup
            assert backup_problem(backup.path) is None, backup.path
    assert first.exists()
    # A young .part may be a backup being written right now: it is left alone. One older
    # than an hour was left by a killed process: the next backup clears it.
    parts = list(folder.glob("*.part"))
    with Services.open(db_path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        services.backups.backup_now("manual", folder)
        assert all(part.exists() for part in parts)
        hours_ago = time.time() - 2 * 3600
        for part in parts:
            os.utime(part, (hours_ago, hours_ago))
        services.backups.backup_now("manual", folder)
    assert not list(folder.glob("*.part"))
