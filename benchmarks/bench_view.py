"""The virtualised record views on a large data set against a small one.

    .venv/bin/python benchmarks/bench_view.py [--quick] [--runs R] [--views ledger,clues,cases]

Each page's table model (`LedgerTableModel`, `ClueTableModel`, `CaseTableModel`, all
`PagedTableModel`s) in a real, shown QTableView (offscreen): open it on every record,
scroll to the end, sort by another column (cadre, number, deadline), filter on a township,
each step painted (so `data()` of every visible row is really fetched and drawn). On the
county data set (1,000,000 entries, 500,000 clues, 20,000 cases) against the quick one
(10,000 / 5,000 / 200), the runs interleaved; the ratio of the medians has the target
≤ 1.5. `--quick`: the quick set against the tiny one (ledger and clues: the tiny set's 20
cases fit in the window). The data sets are those of
`benchmarks/county_data.py` (built once, reused).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_common import BenchResult, fmt_seconds, ratio  # noqa: E402
from zeren_desktop.services.app import Services  # noqa: E402
from zeren_desktop.services.demo import DEMO_PASSWORD  # noqa: E402

TARGET = 1.5
RUNS = 5


def data_set(name: str) -> Path:
    from benchmarks.county_data import county_database

    return Path(county_database(name))


@contextmanager
def signed_in(path: Path) -> Iterator[Services]:
    """The services of the data set with the demo reviewer (county level) signed in."""
    services = Services.open(path)
    try:
        services.auth.sign_in("reviewer", DEMO_PASSWORD)
        yield services
    finally:
        services.close()


@dataclass(frozen=True)
class Kind:
    """A record view: its model, the service calls, the column to sort by."""

    name: str
    model: Callable[[], Any]
    count: Callable[[Services, Any], int]
    page: Callable[[Services, Any, str, bool, int, int], list[Any]]
    every: Callable[[], Any]                 # the filter of every record
    township: Callable[[Any, uuid.UUID], Any]
    sort_column: int


def kinds() -> dict[str, Kind]:
    from zeren_desktop.services.cases_dto import CaseFilter
    from zeren_desktop.services.clue_dto import ClueFilter
    from zeren_desktop.services.ledger_dto import LedgerFilter
    from zeren_desktop.ui.pages.cases_page import CaseTableModel
    from zeren_desktop.ui.pages.clues_page import ClueTableModel
    from zeren_desktop.ui.pages.ledger_page import LedgerTableModel

    return {
        "ledger": Kind("ledger", LedgerTableModel, lambda s, w: s.ledger.count(w),
                       lambda s, w, *a: s.ledger.page(w, *a), LedgerFilter,
                       lambda w, u: replace(w, unit_id=u), 1),            # by cadre
        "clues": Kind("clues", ClueTableModel, lambda s, w: s.clues.count(w),
                      lambda s, w, *a: s.clues.page(w, *a), ClueFilter,
                      lambda w, u: replace(w, unit_id=u), 0),              # by number
        "cases": Kind("cases", CaseTableModel, lambda s, w: s.cases.count(w),
                      lambda s, w, *a: s.cases.page(w, *a), CaseFilter,
                      lambda w, u: replace(w, unit_id=u), 4),              # by deadline
    }


class ViewRun:
    """One record view on one data set; `once()` is the measured sequence: open on every
    record, scroll to the end, sort by another column, filter on a township."""

    def __init__(self, services: Services, kind: Kind) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication([])
        self.services = services
        self.kind = kind
        self.where = kind.every()
        units = services.units.list_all()
        towns = sorted((u for u in units if u.kind.value == "township"), key=lambda u: u.name)
        self.town = towns[len(towns) // 2].id if towns else units[0].id
        self.total = kind.count(services, self.where)
        self.steps: list[list[float]] = []   # per run: open, end, sort, filter

    def once(self) -> float:
        from PySide6.QtCore import Qt

        from zeren_desktop.ui.paged_model import PagedTableView

        kind, services = self.kind, self.services

        def reset(model: Any, where: Any) -> None:
            model.reset(lambda: kind.count(services, where),
                        lambda *a: kind.page(services, where, *a))

        marks = [time.perf_counter()]
        model = kind.model()
        view = PagedTableView(model)
        view.resize(1200, 700)
        view.show()
        reset(model, self.where)
        self._paint(view)
        marks.append(time.perf_counter())
        view.scrollToBottom()                                     # the end
        self._paint(view)
        assert model.cached(model.total - 1) is not None, "the last row was not fetched"
        marks.append(time.perf_counter())
        view.sortByColumn(kind.sort_column, Qt.SortOrder.AscendingOrder)
        self._paint(view)
        marks.append(time.perf_counter())
        reset(model, kind.township(self.where, self.town))        # one township
        self._paint(view)
        marks.append(time.perf_counter())
        self.steps.append([b - a for a, b in itertools.pairwise(marks)])
        view.close()
        view.deleteLater()
        self.app.processEvents()
        return marks[-1] - marks[0]

    def _paint(self, view: Any) -> None:
        view.viewport().repaint()
        self.app.processEvents()


def measure(big: Services, small: Services, kind: Kind, runs: int) -> BenchResult:
    views = {"big": ViewRun(big, kind), "small": ViewRun(small, kind)}
    for view in views.values():     # warm the caches (the file, Qt, SQLAlchemy)
        view.once()
        view.steps.clear()
    times: dict[str, list[float]] = {"big": [], "small": []}
    for _ in range(runs):
        for name, view in views.items():
            times[name].append(view.once())
    medians = {name: statistics.median(values) for name, values in times.items()}
    steps = {name: "/".join(fmt_seconds(statistics.median(run[i] for run in view.steps))
                            for i in range(4)) for name, view in views.items()}
    detail = (f"view {kind.name}: {views['big'].total:,} rows {fmt_seconds(medians['big'])}"
              f" vs {views['small'].total:,} rows {fmt_seconds(medians['small'])}"
              f" (open/end/sort/filter {steps['big']} vs {steps['small']}, median of {runs})")
    return BenchResult(f"view {kind.name}", ratio(medians["big"], medians["small"]), TARGET,
                       detail=detail)


def run(quick: bool, runs: int = RUNS, which: tuple[str, ...] | None = None
        ) -> list[BenchResult]:
    """With `quick` the cases are left out: the tiny set's 20 cases fit in the window, so
    its floor neither scrolls nor fills the view."""
    if which is None:
        which = ("ledger", "clues") if quick else ("ledger", "clues", "cases")
    big_path, small_path = ((data_set("quick"), data_set("tiny")) if quick
                            else (data_set("county"), data_set("quick")))
    every = kinds()
    with signed_in(big_path) as big, signed_in(small_path) as small:
        return [measure(big, small, every[name], runs) for name in which]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--views", default="", help="e.g. ledger,clues,cases")
    args = parser.parse_args()
    views = tuple(args.views.split(",")) if args.views else None
    for result in run(args.quick, args.runs, views):
        print(result.detail)
        print(result.line())


if __name__ == "__main__":
    main()
