"""Time the case list, the dashboard deadlines and one case's detail with many cases.

    .venv/bin/python benchmarks/bench_cases.py [--cases N] [--runs R]

Makes a fresh database with one township, a cadre and its Party committee, then N cases
through `CaseService.create` (every third taken on to the decision, with its influence
periods), and prints the medians of `search()` (the case list with due status),
`deadlines()` (the dashboard) and `get()` (one case in full).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zeren_desktop.domain.cases import StageInput, SubjectStageInput
from zeren_desktop.domain.enums import (
    CaseStage,
    ProblemCategory,
    Rank,
    SubjectKind,
    TeamKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.records import (
    CadreInput,
    MembershipInput,
    PostInput,
    TeamInput,
    UnitInput,
)
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.cases_dto import CaseInput, ProblemInput, SubjectInput

PASSWORD = "bench-Passw0rd!"


def median_ms(call: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-cases-"))
    with Services.open(folder / "bench.sqlite") as s:
        s.auth.create_first_administrator("admin", PASSWORD)
        s.auth.sign_in("admin", PASSWORD)
        s.auth.create_user(UserInput("reviewer", "reviewer", frozenset({AccountRole.REVIEWER})),
                           PASSWORD)
        s.auth.sign_out()
        s.auth.sign_in("reviewer", PASSWORD)
        county = s.units.create(UnitInput("青山县", UnitKind.COUNTY))
        town = s.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, county))
        cadre = s.cadres.create(CadreInput("魏振华", Rank.TOWNSHIP_SECTION, posts=(
            PostInput(town, "党委书记", dt.date(2020, 1, 1)),)))
        team = s.teams.create(TeamInput(town, TeamKind.PARTY_COMMITTEE, "中共城关镇委员会"))
        s.teams.add_member(MembershipInput(team, cadre, TeamRole.PRINCIPAL, dt.date(2020, 1, 1)))
        start = time.perf_counter()
        base = dt.date(2025, 1, 2)
        for n in range(args.cases):
            proposed = base + dt.timedelta(days=n % 300)
            case_id = s.cases.create(CaseInput(
                f"WZ2025-{n + 1:04d}", f"第{n + 1}号问责案", town,
                (ProblemInput(ProblemCategory.OTHER, "问题"),),
                (SubjectInput(SubjectKind.CADRE, cadre_id=cadre),), proposed_on=proposed))
            if n % 3 == 0:
                subject = s.cases.get(case_id).subjects[0].id
                s.cases.advance(case_id, StageInput(CaseStage.OPENED, proposed,
                                                    approved_by="书记"))
                s.cases.advance(case_id, StageInput(
                    CaseStage.INVESTIGATED, proposed, team=("王磊", "刘芳"), facts="属实",
                    subjects=(SubjectStageInput(subject, statement="无异议",
                                                statement_accepted=True),)))
                s.cases.advance(case_id, StageInput(
                    CaseStage.DECIDED, proposed, deciding_body="县委",
                    subjects=(SubjectStageInput(subject, measures=("dismissal",)),)))
        made = time.perf_counter() - start
        rows = s.cases.search()
        print(f"cases: {len(rows)} made in {made:.1f} s")
        print(f"search():    {median_ms(s.cases.search, args.runs):8.1f} ms")
        print(f"deadlines(): {median_ms(s.cases.deadlines, args.runs):8.1f} ms")
        print(f"get():       {median_ms(lambda: s.cases.get(rows[0].id), args.runs):8.1f} ms")


if __name__ == "__main__":
    main()
