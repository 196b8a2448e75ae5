"""A child process for the fault tests: real service calls, killed by the parent.

    python fault_worker.py work DB SEED     units and cadres with many posts, forever
    python fault_worker.py hold DB          open the database and wait
    python fault_worker.py backup DB DIR    backups into DIR, forever

After each operation returns (its commit is done) it prints "done <kind> <id> ..." and
flushes, so every line the parent reads names an operation that must survive a kill.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher

from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.records import CadreInput, PostInput, UnitInput
from zeren_desktop.services import auth
from zeren_desktop.services.app import Services

auth.PASSWORD_HASHER = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
PASSWORD = "Test-Pass-2026"  # tests/conftest.py TEST_PASSWORD
CADRE_PREFIX = "压测干部"


def say(*words: object) -> None:
    print(*words, flush=True)


def work(services: Services, seed: int) -> None:
    rng = random.Random(seed)
    services.auth.sign_in("clerk", PASSWORD)
    say("ready")
    n = 0
    while True:
        n += 1
        unit_id = services.units.create(UnitInput(f"压测单位{seed}-{n}", UnitKind.TOWNSHIP))
        say("done unit", unit_id)
        # Some transactions are large: a cadre with up to 400 posts, all or nothing.
        posts = rng.choice([1, 3, 50, 200, 400])
        start = dt.date(2000, 1, 1)
        cadre_id = services.cadres.create(CadreInput(
            name=f"{CADRE_PREFIX}-{posts}-{seed}-{n}",
            posts=tuple(PostInput(unit_id, f"职务{i}", start + dt.timedelta(days=i))
                        for i in range(posts))))
        say("done cadre", cadre_id, posts)


def backup(services: Services, folder: Path) -> None:
    services.auth.sign_in("clerk", PASSWORD)
    say("ready")
    while True:
        info = services.backups.backup_now("manual", folder)
        say("done backup", info.path)


def main(argv: list[str]) -> int:
    mode, db = argv[0], Path(argv[1])
    services = Services.open(db)
    if mode == "work":
        work(services, int(argv[2]))
    elif mode == "backup":
        backup(services, Path(argv[2]))
    elif mode == "hold":
        say("ready")
        while True:
            time.sleep(1)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


# ---- helpers for the fault tests (imported by tests/test_faults_*.py) ------------------
def mount(args: list[str]) -> str | None:
    """Run `mount ARGS`; the error text when this machine does not allow it."""
    import subprocess

    try:
        done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    except OSError as error:
        return str(error)
    return None if done.returncode == 0 else (done.stderr.strip() or "mount failed")


def umount(point: Path) -> None:
    import subprocess

    subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)
