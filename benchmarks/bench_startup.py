"""Start-up to a usable main window, county data set vs empty database; and GUI memory.

    .venv/bin/python benchmarks/bench_startup.py [--quick]

Start-up: each run is a fresh process (`python benchmarks/bench_startup.py --child startup
DB`) that runs the real program (`zeren_desktop.ui.app.main(["--db", DB])`): Qt, the
translations and fonts, opening the database (health probe, migrations check), the sign-in
of the demo account `reviewer` (the login dialog is replaced by the same
`services.auth.sign_in` call it makes), the main window with every page of that account,
the dashboard's figures. The clock runs from just before the parent starts the process to
the moment the window is shown, its dashboard filled and the event loop idle (a zero timer
fired after the dashboard's figures arrived); the child prints that moment and exits.
Medians of interleaved runs (county, empty, county, empty, …); ratio = county / empty,
target ≤ 1.2.

The start-up backup is left out (`SessionController.run_auto_backup` does nothing in the
child): it starts only after the window is ready (tests/gui/test_startup_scale.py), so it
is outside the time measured, and a 2.4 GB copy per run would fill the disk.

The data set is generator's `county` (`quick` with --quick) at the scale of
benchmarks/county_data.py, built with this year as the county year (`current_year_set`):
the start shows this year's records. The runs open it in place (the start writes only the
sign-in's audit record). The empty database has only the same accounts.

Memory (`--child memory`): the county set open, the ledger area shown and its table
scrolled to the last row and back, then the process's peak RSS; ratio = MB / 500, target
≤ 1.0.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
USER = "reviewer"
TARGET = 1.2
MEMORY_LIMIT_MB = 500.0
RUNS = 5
CHILD_TIMEOUT = 600


# -- the child: the real program, with a probe -------------------------------------------

def _child(mode: str, database: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from zeren_desktop.services.demo import DEMO_PASSWORD
    from zeren_desktop.ui import app as desktop
    from zeren_desktop.ui.main_window import MainWindow
    from zeren_desktop.ui.session import SessionController

    def login(controller: SessionController, username: str = "") -> bool:
        controller.services.auth.sign_in(USER, DEMO_PASSWORD)
        return True

    def report(values: dict[str, object]) -> None:
        import resource

        values["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("PROBE " + json.dumps(values), flush=True)
        # Leave at once: the start-up backup still running is not part of the start.
        os._exit(0)

    def scroll_ledger(window: MainWindow, shown_at: float) -> None:
        ledger_started = time.time()
        window.show_area_key("ledger")
        QApplication.processEvents()
        views = [v for v in (window.ledger_page.findChildren(QAbstractItemView)
                             if window.ledger_page is not None else [])
                 if v.isVisible() and v.model() is not None and v.model().rowCount() > 0]
        rows = 0
        for view in views:
            model = view.model()
            while model.canFetchMore(view.rootIndex()):
                model.fetchMore(view.rootIndex())
            rows = max(rows, model.rowCount())
            view.scrollToBottom()
            QApplication.processEvents()
            view.scrollToTop()
            QApplication.processEvents()
        report({"usable": time.time(), "ledger_rows": rows,
                "ledger_seconds": time.time() - ledger_started, "window": shown_at})

    def watch(window: MainWindow) -> None:
        """Poll with zero timers until the window is shown and its first page loaded."""
        def ready() -> bool:
            home = window.home_page
            return window.isVisible() and (home is None or home.loaded)

        def tick() -> None:
            if not ready():
                QTimer.singleShot(1, tick)
                return
            usable = time.time()
            if mode == "memory":
                QTimer.singleShot(0, lambda: scroll_ledger(window, usable))
            else:
                # One more turn of the event loop: whatever the first show queued has run.
                QTimer.singleShot(0, lambda: report({"usable": usable,
                                                     "idle": time.time()}))
        QTimer.singleShot(0, tick)

    original = SessionController.open_window

    def open_window(controller: SessionController) -> MainWindow:
        window = original(controller)
        watch(window)
        return window

    def no_backup(controller: SessionController) -> None:
        return None

    # The probe's hooks on the class the program uses (setattr: mypy checks no signature).
    setattr(SessionController, "login", login)  # noqa: B010
    setattr(SessionController, "run_auto_backup", no_backup)  # noqa: B010
    setattr(SessionController, "open_window", open_window)  # noqa: B010
    return desktop.main(["--db", database])


# -- the parent ------------------------------------------------------------------------

def _run_child(mode: str, database: Path, home: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZEREN_HOME": str(home)}
    env.pop("ZEREN_DB", None)
    started = time.time()
    result = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", mode,
                             str(database)], env=env, capture_output=True, text=True,
                            timeout=CHILD_TIMEOUT, check=False, cwd=ROOT)
    for line in result.stdout.splitlines():
        if line.startswith("PROBE "):
            values: dict[str, float] = json.loads(line[6:])
            values["start"] = started
            return values
    raise RuntimeError(f"the {mode} probe on {database.name} printed no result "
                       f"(exit {result.returncode}):\n{result.stdout[-2000:]}"
                       f"\n{result.stderr[-3000:]}")


def _empty_database(folder: Path) -> Path:
    """A new database with the demo's accounts and nothing else."""
    from zeren_desktop.services.app import Services
    from zeren_desktop.services.auth import UserInput
    from zeren_desktop.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

    path = folder / "empty.sqlite"
    with Services.open(path) as services:
        services.auth.create_first_administrator("admin", DEMO_PASSWORD)
        services.auth.sign_in("admin", DEMO_PASSWORD)
        for username, display, role, _scoped in DEMO_ACCOUNTS:
            if username != "admin":
                services.auth.create_user(UserInput(username, display, frozenset({role})),
                                          DEMO_PASSWORD)
        services.auth.sign_out()
    return path


def measure(data_set: Path, runs: int = RUNS, *,
            memory: bool = True) -> list:  # type: ignore[type-arg]
    from benchmarks.bench_common import BenchResult, fmt_seconds

    with tempfile.TemporaryDirectory(prefix="zeren-startup-", dir=data_set.parent) as temp:
        folder = Path(temp)
        empty_dir, home = folder / "empty", folder / "home"
        for made in (empty_dir, home):
            made.mkdir()
        county = data_set
        empty = _empty_database(empty_dir)
        # One untimed start each: the file system cache, the first backup of the day.
        _run_child("startup", county, home)
        _run_child("startup", empty, home)
        times: dict[str, list[float]] = {"county": [], "empty": []}
        for _ in range(runs):
            for name, path in (("county", county), ("empty", empty)):
                probe = _run_child("startup", path, home)
                times[name].append(probe["idle"] - probe["start"])
        county_s = statistics.median(times["county"])
        empty_s = statistics.median(times["empty"])
        size = data_set.stat().st_size / 2**20
        results = [BenchResult("start-up", county_s / empty_s, TARGET, detail=(
            f"process start to a usable main window (signed in, dashboard filled, idle): "
            f"{data_set.stem} set ({size:,.0f} MiB) {fmt_seconds(county_s)}, empty database "
            f"{fmt_seconds(empty_s)} (medians of {runs}; county runs "
            f"{', '.join(f'{t:.2f}' for t in times['county'])} s, empty "
            f"{', '.join(f'{t:.2f}' for t in times['empty'])} s)"))]
        if not memory:
            return results
        try:
            probe = _run_child("memory", county, home)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            results.append(BenchResult("memory", float("nan"), 1.0, detail=(
                f"the GUI process with the {data_set.stem} set did not show the ledger "
                f"scrolled to its end within {CHILD_TIMEOUT} s: {str(error)[:300]}")))
        else:
            results.append(BenchResult(
                "memory", probe["peak_rss_mb"] / MEMORY_LIMIT_MB, 1.0, detail=(
                    f"peak RSS {probe['peak_rss_mb']:.0f} MB of the GUI process with the "
                    f"{data_set.stem} set open and the ledger view "
                    f"({int(probe['ledger_rows']):,} rows) scrolled to the end and back "
                    f"in {probe['usable'] - probe['start']:.1f} s from the start, the "
                    f"ledger {probe['ledger_seconds']:.1f} s of it"
                    f" (limit {MEMORY_LIMIT_MB:.0f} MB)")))
    return results


def current_year_set(name: str) -> Path:
    """The data set `name` of benchmarks/county_data.py, but with this year as the county
    year (built once beside the others, reused while its key matches).

    The start shows this year's records (the dashboard's quarter, the ledger's year): on a
    set whose year is over, every "this year" query would find nothing and the start-up
    would look cheaper than a county's really is."""
    import datetime as dt

    from benchmarks.county_data import DATA_SETS, bench_dir, data_set_key
    from zeren_desktop.services.app import Services
    from zeren_desktop.services.demo_county import DEFAULT_SEED, build_county

    year = dt.date.today().year
    folder = bench_dir()
    database = folder / f"{name}-{year}.sqlite"
    meta = folder / f"{name}-{year}.json"
    key = {**data_set_key(name), "year": year}
    if database.exists() and meta.exists():
        try:
            if json.loads(meta.read_text("utf-8")).get("key") == key:
                return database
        except (ValueError, OSError):
            pass
    folder.mkdir(parents=True, exist_ok=True)
    building = folder / f"{name}-{year}.building.sqlite"
    for path in (building, database):
        for suffix in ("", "-wal", "-shm", ".audit-head", ".lock"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    print(f"building the {name} data set of {year} in {folder} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    with Services.open(building) as services:
        build_county(services, DATA_SETS[name], DEFAULT_SEED, year=year)
    for suffix in ("", ".audit-head"):
        source = building.with_name(building.name + suffix)
        if source.exists():
            source.replace(database.with_name(database.name + suffix))
    meta.write_text(json.dumps({"key": key, "seconds": time.perf_counter() - started}),
                    "utf-8")
    return database


def run(quick: bool) -> list:  # type: ignore[type-arg]
    return measure(current_year_set("quick" if quick else "county"),
                   runs=3 if quick else RUNS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the small data set")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(*args.child)
    for result in run(args.quick):
        print(result.line())
        print(f"  {result.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
