"""Shared pieces of the benchmarks: the result line every benchmark prints, and timing helpers.

Each `benchmarks/bench_<name>.py` has `def run(quick: bool) -> list[BenchResult]`;
`benchmarks/run.py` prints `result.line()` for each, e.g. `view: ratio 1.12 (target ≤ 1.5) ok`.
A ratio is measured against its floor in the same run; with `more_is_better` (e.g. index vs
`LIKE` scan speed-up) the target is a minimum, otherwise a maximum.
"""

from __future__ import annotations

import gc
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class BenchResult:
    name: str
    ratio: float
    target: float
    more_is_better: bool = False
    detail: str = ""

    @property
    def ok(self) -> bool:
        if self.more_is_better:
            return self.ratio >= self.target
        return self.ratio <= self.target

    def line(self) -> str:
        """`view: ratio 1.12 (target ≤ 1.5) ok` (or `≥ T` where more is better)."""
        sign = "≥" if self.more_is_better else "≤"
        return (f"{self.name}: ratio {_fmt(self.ratio)} (target {sign} {self.target:g}) "
                f"{'ok' if self.ok else 'short'}")


def _fmt(value: float) -> str:
    if value != value:   # NaN
        return "nan"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def time_once(fn: Callable[[], object]) -> float:
    """Wall-clock seconds of one call (garbage collected first, so a collection of earlier
    garbage does not land in the timing)."""
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_time(fn: Callable[[], object], runs: int = 3, warmup: int = 0) -> float:
    """Median wall-clock seconds of `runs` calls of `fn` after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    return statistics.median(time_once(fn) for _ in range(max(1, runs)))


def interleaved_medians(fns: dict[str, Callable[[], object]], runs: int = 3,
                        warmup: int = 0) -> dict[str, float]:
    """Median seconds of each function, the runs interleaved (a, b, a, b, …) so that a change of
    machine load hits both sides alike."""
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(max(1, runs)):
        for name, fn in fns.items():
            times[name].append(time_once(fn))
    return {name: statistics.median(values) for name, values in times.items()}


def ratio(measured: float, floor: float) -> float:
    """measured / floor, guarded against a zero floor."""
    return measured / floor if floor > 0 else float("inf")


def fmt_seconds(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux/macOS; 0 elsewhere)."""
    try:
        import resource
    except ImportError:   # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def machine() -> str:
    """One line describing the machine: CPU, cores, RAM, Python, SQLite."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for text in info:
                if text.startswith("model name"):
                    cpu = text.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ram = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            for text in info:
                if text.startswith("MemTotal:"):
                    ram = f"{int(text.split()[1]) / (1024 * 1024):.1f} GiB RAM"
                    break
    except OSError:
        pass
    parts = [cpu, f"{os.cpu_count()} cores"]
    if ram:
        parts.append(ram)
    parts.append(f"{platform.system()} {platform.release()}")
    parts.append(f"Python {platform.python_version()}")
    parts.append(f"SQLite {sqlite3.sqlite_version}")
    return "machine: " + ", ".join(parts)
