"""Start-up does not grow with the data (issue 12).

- The start-up backup, with the full integrity check of its copy, starts only once the main
  window is on screen with its first page, and still completes.
- Opening a database and showing the main window (signed in, dashboard filled) costs the
  same on a county four times larger: the SQLite virtual-machine steps spent on the GUI
  thread until the window is ready are counted on two databases of one generator (the
  dashboard counts in the background, the other pages are made when first shown), and no
  statement of the start reads a big table in full (EXPLAIN QUERY PLAN).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

from zeren_desktop.services import backups as backups_module
from zeren_desktop.services.app import Services
from zeren_desktop.services.backups import BackupInfo
from zeren_desktop.services.demo import DEMO_PASSWORD
from zeren_desktop.services.demo_county import CountyScale, build_county
from zeren_desktop.storage.backup import backup_sqlite
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.session import SessionController
from zeren_desktop.ui.worker import wait_for_workers

pytestmark = pytest.mark.sqlite_only("counts SQLite's work and reads the file's plans")

# The tables that grow with a county's years; a start must not read any of them in full.
BIG_TABLES = frozenset({
    "ledger_entries", "ledger_entry_items", "attachments", "clues", "accountability_cases",
    "case_problems", "case_subjects", "case_stage_events", "appeals", "influence_periods",
    "talks", "meetings", "documents", "audit_records", "search_docs", "inspections",
    "responsibility_items", "item_status_updates"})
SMALL = CountyScale(townships=2, units=12, cadres=120, ledger_entries=600, clues=300, cases=12)
LARGE = CountyScale(townships=2, units=12, cadres=120, ledger_entries=4800, clues=2400,
                    cases=96)


# -- the order of the start --------------------------------------------------------------

def test_backup_and_integrity_check_start_after_the_window_shows(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    controller = SessionController(services, quit_app=lambda: None, auto_backup=True)
    seen: list[tuple[str, bool, bool]] = []
    made: list[object] = []
    real_copy = backup_sqlite
    real_auto = services.backups.auto_backup_if_due

    def window_state() -> tuple[bool, bool]:
        window = controller.window
        return (window is not None and window._shown_once,
                window is not None and window.is_ready)

    def copy(source: Any, destination: Path, *, check: str = "quick_check") -> Path:
        seen.append((f"copy with {check}", *window_state()))
        return real_copy(source, destination, check=check)

    def auto(now: dt.datetime | None = None) -> BackupInfo | None:
        seen.append(("auto backup", *window_state()))
        result = real_auto(now)
        made.append(result)
        return result

    monkeypatch.setattr(backups_module, "backup_sqlite", copy)
    monkeypatch.setattr(services.backups, "auto_backup_if_due", auto)
    assert controller.start()
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    # Nothing has started while the window was being made and shown.
    assert seen == [] and controller.backup_task is None and window.isVisible()
    qtbot.waitUntil(lambda: bool(made), timeout=30_000)
    qtbot.waitUntil(lambda: controller.backup_task is None, timeout=30_000)
    # Started once the window was on screen with its dashboard; the copy was checked in
    # full (integrity_check), verified and kept.
    assert seen == [("auto backup", True, True), ("copy with integrity_check", True, True)]
    info = made[0]
    assert isinstance(info, BackupInfo) and info.verified and info.path.exists()
    home = window.home_page
    assert home is not None and home.loaded and not home.refused
    window.close()
    wait_for_workers()


def test_a_window_without_a_dashboard_is_ready_at_once(
        qtbot: QtBot, services: Services) -> None:
    services.auth.sign_out()
    services.auth.sign_in("auditor", "Test-Pass-2026")
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert not window.is_ready
    with qtbot.waitSignal(window.ready, timeout=5_000):
        window.show()
    assert window.home_page is None and window.current_area() == "audit"


# -- the cost of the start ---------------------------------------------------------------

@dataclass
class StartCost:
    """What the GUI thread asked of SQLite from opening the file to the window's ready."""

    steps: int = 0
    statements: list[tuple[str, Any]] = field(default_factory=list)
    background: int = 0   # statements of the worker meanwhile (the dashboard's counts)


STEP = 100   # SQLite calls the progress handler every STEP virtual-machine instructions


@contextmanager
def counting_start() -> Iterator[StartCost]:
    """Count the SQLite work of the GUI thread on every connection opened meanwhile."""
    cost = StartCost()
    gui = threading.main_thread()

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        def step() -> int:
            if threading.current_thread() is gui:
                cost.steps += STEP
            return 0
        dbapi_connection.set_progress_handler(step, STEP)

    def on_execute(_conn: Any, _cursor: Any, statement: str, parameters: Any,
                   *_args: Any) -> None:
        if threading.current_thread() is gui:
            cost.statements.append((statement, parameters))
        else:
            cost.background += 1

    event.listen(Pool, "connect", on_connect)
    event.listen(Engine, "before_cursor_execute", on_execute)
    try:
        yield cost
    finally:
        event.remove(Pool, "connect", on_connect)
        event.remove(Engine, "before_cursor_execute", on_execute)


def start(qtbot: QtBot, file: Path) -> tuple[StartCost, Services]:
    """Open `file` as the program does and show the reviewer's main window; the cost
    until the window is ready (on screen, dashboard counted)."""
    with counting_start() as cost:
        services = Services.open(file)
        controller = SessionController(services, quit_app=lambda: None)

        def login(username: str = "") -> bool:   # what the login dialog does
            services.auth.sign_in("reviewer", DEMO_PASSWORD)
            return True

        controller.login = login  # type: ignore[method-assign]
        assert controller.start()
        window = controller.window
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.is_ready, timeout=30_000)
    home = window.home_page
    assert home is not None and home.loaded and not home.refused
    assert window.current_area() == "home"
    window.close()
    wait_for_workers()
    return cost, services


def full_scans(file: Path, statements: list[tuple[str, Any]]) -> list[str]:
    """The statements whose plan reads a big table from end to end (a SCAN, with or
    without an index, unless a LIMIT stops it without sorting first)."""
    connection = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    found = []
    try:
        for statement, parameters in statements:
            if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            plan = [row[-1] for row in connection.execute(
                "EXPLAIN QUERY PLAN " + statement, parameters or ())]
            stops_early = (re.search(r"\bLIMIT\b", statement, re.IGNORECASE) is not None
                           and not any("TEMP B-TREE" in step for step in plan))
            for step in plan:
                scanned = re.match(r"SCAN (\w+)", step)
                if scanned and scanned.group(1) in BIG_TABLES and not stops_early:
                    found.append(f"{step}: {' '.join(statement.split())[:200]}")
    finally:
        connection.close()
    return found


def _build(folder: Path, scale: CountyScale) -> Path:
    file = folder / "county.sqlite"
    with Services.open(file) as services:
        build_county(services, scale, year=dt.date.today().year)
    return file


@pytest.fixture(scope="module")
def counties(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    small = _build(tmp_path_factory.mktemp("county-small"), SMALL)
    large = _build(tmp_path_factory.mktemp("county-large"), LARGE)
    return small, large


def _copy(file: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file.name
    for suffix in ("", ".audit-head"):
        source = file.with_name(file.name + suffix)
        if source.exists():
            shutil.copyfile(source, target.with_name(target.name + suffix))
    return target


def test_the_start_costs_the_same_on_a_county_eight_times_larger(
        qtbot: QtBot, counties: tuple[Path, Path], tmp_path: Path) -> None:
    small_file = _copy(counties[0], (tmp_path / "small").resolve())
    large_file = _copy(counties[1], (tmp_path / "large").resolve())
    costs = {}
    for name, file in (("small", small_file), ("large", large_file)):
        cost, services = start(qtbot, file)
        try:
            costs[name] = cost
            assert full_scans(file, cost.statements) == []
        finally:
            services.close()
    small, large = costs["small"], costs["large"]
    # The dashboard was counted, in the background.
    assert small.background > 0 and large.background > 0
    # The same statements, and about the same work: eight times the ledger, clues and
    # cases add no SQLite work to the GUI thread's start (10% and a little slack for
    # the b-tree depth of a bigger file).
    assert len(large.statements) == len(small.statements)
    assert large.steps <= small.steps * 1.1 + 20 * STEP, (small.steps, large.steps)
