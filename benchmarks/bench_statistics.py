"""Statistics over a county year: the service's report vs its SQL GROUP BY queries alone.

    .venv/bin/python benchmarks/bench_statistics.py [--quick]

The report (`StatisticsService.report`) of the busiest year of the data set (`county`, or
`quick` with --quick) is timed through the service: permission check, the regulations and
definitions, the queries, the domain's buckets. Its floor is the same SQL statements, with
the same parameters, executed bare through the sqlite3 driver (captured from the service's
own run, so the two sides do exactly the same database work). The ratio is report time /
bare-SQL time, medians of interleaved runs; target ≤ 2.

The periodic reports (monthly statistics table, quarterly ledger completeness) are measured
the same way and printed as `statistics-monthly` and `statistics-completeness`.

The data set is opened read-only (another benchmark may hold it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_common import (
    BenchResult,
    fmt_seconds,
    interleaved_medians,
    ratio,
)
from benchmarks.county_data import county_database

TARGET = 2.0
RUNS = 5


def _capture(services: Any, call: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SQL statements (and parameters) `call` executes, as the driver receives them."""
    from sqlalchemy import event

    statements: list[tuple[str, Any]] = []

    def record(_conn: object, _cursor: object, statement: str, parameters: Any,
               *_args: object) -> None:
        statements.append((statement, parameters))

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    # The transaction frame is the driver's business on both sides.
    return [(s, p) for s, p in statements
            if s.strip().upper() not in ("BEGIN", "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK")]


def _bare(connection: sqlite3.Connection, statements: list[tuple[str, Any]]) -> None:
    for statement, parameters in statements:
        connection.execute(statement, parameters or ()).fetchall()


def _busiest_year(file: Path) -> int:
    connection = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        row = connection.execute(
            "SELECT substr(decision_date, 1, 4) AS y, count(*) FROM accountability_cases"
            " WHERE decision_date IS NOT NULL GROUP BY y ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return int(row[0]) if row else dt.date.today().year


def measure(file: Path, runs: int = RUNS) -> list[BenchResult]:
    from zeren_desktop.services.app import Services
    from zeren_desktop.services.demo import DEMO_PASSWORD

    year = _busiest_year(file)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    services = Services.open(file, read_only=True)
    try:
        services.auth.sign_in("reviewer", DEMO_PASSWORD)
        calls: dict[str, tuple[Callable[[], object], str]] = {
            "statistics": (lambda: services.statistics.report(start, end),
                           f"report {start}..{end}"),
            "statistics-monthly": (
                lambda: services.periodic_reports.monthly_statistics(year, 6),
                f"monthly table {year}-06 (month and year to date)"),
            "statistics-completeness": (
                lambda: services.periodic_reports.ledger_completeness(year, 2),
                f"ledger completeness {year} Q2"),
        }
        raw = sqlite3.connect(f"file:{file}?mode=ro", uri=True, check_same_thread=False)
        results = []
        try:
            for name, (call, what) in calls.items():
                call()   # warm: the regulations, the page cache
                statements = _capture(services, call)
                times = interleaved_medians({
                    "service": call,
                    "sql": lambda statements=statements: _bare(raw, statements),  # type: ignore[misc]
                }, runs=runs, warmup=1)
                value = call()
                extra = ""
                if name == "statistics":
                    extra = (f", {getattr(value, 'cases', 0):,} cases, "
                             f"{getattr(value, 'persons', 0):,} persons, "
                             f"{getattr(value, 'problems', 0):,} problems, "
                             f"{getattr(getattr(value, 'clues', None), 'received', 0):,} clues")
                results.append(BenchResult(
                    name, ratio(times["service"], times["sql"]), TARGET,
                    detail=(f"{what}: service {fmt_seconds(times['service'])}, the same "
                            f"{len(statements)} SQL statements bare "
                            f"{fmt_seconds(times['sql'])}{extra}")))
        finally:
            raw.close()
        return results
    finally:
        services.close()


def run(quick: bool) -> list[BenchResult]:
    file = county_database("quick" if quick else "county")
    return measure(file, runs=3 if quick else RUNS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the small data set")
    args = parser.parse_args(argv)
    for result in run(args.quick):
        print(result.line())
        print(f"  {result.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
