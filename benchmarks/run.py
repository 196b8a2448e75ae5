"""Run every benchmark of issue 12 and print one line per benchmark, then the machine.

    .venv/bin/python benchmarks/run.py [--quick] [--only NAME[,NAME…]] [--detail]

Each line is `NAME: ratio R (target ≤ T) ok|short` (`≥ T` where more is better): the
figure measured against its floor in the same run. The benchmarks' own progress and figures
go to stderr, so stdout holds just the lines and the machine. `--quick` uses the small data
sets (`quick` against `tiny`, see county_data.py) and small sizes for the clue import and
the ledger book, and is meant to finish in under two minutes once the data sets are built;
without it the county data set (1,000,000 ledger entries) is built on first use (minutes)
and reused.

The benchmarks: view, search, startup, statistics (modules `bench_<name>.py` with
`run(quick) -> list[BenchResult]`; one that is not there is skipped with a message), and
clue_import and ledger_book (their scripts, run as child processes, their ratio lines read).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import re
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for entry in (str(HERE), str(ROOT)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from bench_common import BenchResult, machine  # noqa: E402

MODULES = ("view", "search", "startup", "statistics")
SCRIPTS = ("clue_import", "ledger_book")
ALL = MODULES + SCRIPTS
_RATIO = re.compile(r"^(?P<name>.+?): ratio (?P<ratio>[\d.]+) \(target [≤<]=? (?P<target>[\d.]+)\)")
_BOOK_RATIO = re.compile(r"^ratio\s+(?P<wall>[\d.]+) wall,\s+(?P<cpu>[\d.]+) CPU\s+\(target <= "
                         r"(?P<target>[\d.]+)\)")


def _module(name: str, quick: bool) -> list[BenchResult] | str:
    """The results of benchmarks/bench_<name>.py, or why there are none."""
    try:
        module = importlib.import_module(f"bench_{name}")
    except ModuleNotFoundError as error:
        if error.name == f"bench_{name}":
            return f"skipped: benchmarks/bench_{name}.py is not there"
        raise
    run: Callable[[bool], list[BenchResult]] | None = getattr(module, "run", None)
    if run is None:
        return f"skipped: benchmarks/bench_{name}.py has no run(quick)"
    with contextlib.redirect_stdout(sys.stderr):
        return list(run(quick))


def _script(name: str, quick: bool) -> list[BenchResult] | str:
    """Run bench_clue_import.py or bench_ledger_book.py and read its ratio lines."""
    script = HERE / f"bench_{name}.py"
    if not script.exists():
        return f"skipped: {script.name} is not there"
    if name == "clue_import":
        args = ["--rows", "20000", "--formats", "csv"] if quick else []
    else:
        args = ["--entries", "300", "--runs", "1"] if quick else []
    process = subprocess.run([sys.executable, str(script), *args], cwd=ROOT,
                             capture_output=True, text=True, check=False)
    sys.stderr.write(process.stdout)
    sys.stderr.write(process.stderr)
    if process.returncode != 0:
        return f"failed: {script.name} exited with {process.returncode}"
    results: list[BenchResult] = []
    for line in process.stdout.splitlines():
        line = line.strip()
        match = _RATIO.match(line)
        if match:
            label = match["name"].replace("clue import", "clue_import").replace(" (", "_") \
                .rstrip(")")
            results.append(BenchResult(label, float(match["ratio"]), float(match["target"]),
                                       detail=" ".join(args) if quick else ""))
            continue
        book = _BOOK_RATIO.match(line)
        if book:
            results.append(BenchResult("ledger_book", float(book["wall"]),
                                       float(book["target"]),
                                       detail=f"wall-clock ratio; CPU ratio {book['cpu']}"
                                       + (f" ({' '.join(args)})" if quick else "")))
    return results or f"failed: no ratio line in the output of {script.name}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Run the benchmarks; print `NAME: ratio R (target ≤ T) ok|short` each.")
    parser.add_argument("--quick", action="store_true",
                        help="small data sets (quick against tiny), under two minutes")
    parser.add_argument("--only", default="",
                        help=f"comma-separated benchmarks to run, of: {', '.join(ALL)}")
    parser.add_argument("--detail", action="store_true",
                        help="print each result's detail under its line")
    args = parser.parse_args(argv)
    chosen = [n.strip() for n in args.only.split(",") if n.strip()] or list(ALL)
    unknown = [n for n in chosen if n not in ALL]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(ALL)}")
    failed = False
    lines: list[str] = []
    started = time.perf_counter()
    for name in chosen:
        print(f"== {name} ==", file=sys.stderr, flush=True)
        began = time.perf_counter()
        try:
            outcome = _module(name, args.quick) if name in MODULES else _script(name, args.quick)
        except Exception as error:  # one broken benchmark must not stop the rest
            traceback.print_exc(file=sys.stderr)
            outcome = f"failed: {type(error).__name__}: {error}"
        print(f"   ({time.perf_counter() - began:.1f} s)", file=sys.stderr, flush=True)
        if isinstance(outcome, str):
            failed = failed or outcome.startswith("failed")
            lines.append(f"{name}: {outcome}")
            continue
        for result in outcome:
            lines.append(result.line())
            if args.detail and result.detail:
                lines.extend(f"    {text}" for text in result.detail.splitlines())
    print(f"all benchmarks: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    for line in lines:
        print(line)
    print(machine())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
