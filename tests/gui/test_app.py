"""Starting the program: the smoke test, and a database that cannot be opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from zeren_desktop.ui import app as app_module

ROOT = Path(__file__).resolve().parents[2]


def run_smoke(db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZEREN_HOME": str(tmp_path / "home")}
    env.pop("ZEREN_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "zeren_desktop", "--smoke-test", "--db", str(db)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.slow
def test_smoke_test_twice_on_the_same_database(tmp_path: Path) -> None:
    db = tmp_path / "smoke.sqlite"
    first = run_smoke(db, tmp_path)
    assert first.returncode == 0, first.stderr
    lines = [line for line in first.stdout.splitlines() if line.startswith("smoke test ok")]
    assert len(lines) == 1, first.stdout
    assert db.is_file()
    second = run_smoke(db, tmp_path)
    assert second.returncode == 0, second.stderr
    # The second run finds the same data (the demo is not loaded twice).
    assert [line for line in second.stdout.splitlines()
            if line.startswith("smoke test ok")] == lines


def test_unopenable_database_shows_reason_and_exits_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    bad = tmp_path / "not-a-database.sqlite"
    bad.write_bytes(b"this is not a SQLite database at all" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda *args: shown.append(args[2]) or QMessageBox.StandardButton.Ok)
    code = app_module.main(["--db", str(bad), "--lang", "zh_CN"])
    assert code == 2
    assert len(shown) == 1
    assert "无法打开数据库" in shown[0]
    assert str(bad) in shown[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-database.sqlite"]
