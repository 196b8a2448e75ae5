"""Time the influence-period search, an integrity file and a clearance reply on a county-sized
database (synthetic): `--cadres` cadres (20,000), a quarter of them with a case, each
case with two influence periods, `--clues` big-data clues (400,000) carrying an ID number
and linked to nobody, and a list of `--people` (500) to answer.

    .venv/bin/python benchmarks/bench_integrity.py [--cadres N] [--clues N] [--people N]
                                                   [--runs N]

Prints the median wall-clock time of each operation over `--runs` runs (5).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

from zeren_desktop.domain.enums import (
    CaseStage,
    ClueHandling,
    ClueSource,
    Rank,
    SubjectKind,
    UnitKind,
)
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.integrity import ClearanceRequest
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Cadre,
    CaseSubject,
    Clue,
    InfluencePeriodRecord,
    Post,
    Unit,
)

PASSWORD = "Bench-Pass-2026"


def median_time(call: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def fill(services: Services, cadres: int, clues: int) -> list[tuple[str, str, str]]:
    """Units, cadres with posts, cases with subjects and periods; (name, id, unit) of all."""
    office = services.office_id
    people: list[tuple[str, str, str]] = []
    with services.db.write() as session:
        county = uuid.uuid4()
        units = [{"id": county, "office_id": office, "name": "青山县", "kind": UnitKind.COUNTY}]
        towns = [uuid.uuid4() for _ in range(40)]
        units += [{"id": t, "office_id": office, "name": f"第{n}镇", "kind": UnitKind.TOWNSHIP,
                   "parent_id": county} for n, t in enumerate(towns)]
        session.execute(insert(Unit), units)
        cadre_rows, post_rows = [], []
        ids = [uuid.uuid4() for _ in range(cadres)]
        for n, cid in enumerate(ids):
            number = f"420621{1960 + n % 40}0101{n:04d}"[:17].ljust(17, "0") + "X"
            cadre_rows.append({"id": cid, "office_id": office, "name": f"干部{n}",
                               "rank": Rank.GENERAL, "id_number": number})
            town = towns[n % len(towns)]
            post_rows.append({"id": uuid.uuid4(), "office_id": office, "cadre_id": cid,
                              "unit_id": town, "title": "科员",
                              "start_date": dt.date(2015, 1, 1)})
            people.append((f"干部{n}", number, f"第{n % len(towns)}镇"))
        session.execute(insert(Cadre), cadre_rows)
        session.execute(insert(Post), post_rows)
        cases, subjects, periods = [], [], []
        for n, cid in enumerate(ids[::4]):
            case_id, subject_id = uuid.uuid4(), uuid.uuid4()
            decided = dt.date(2020, 1, 1) + dt.timedelta(days=n % 2000)
            cases.append({"id": case_id, "office_id": office, "number": f"问〔{n}〕号",
                          "title": "问题", "stage": CaseStage.EXECUTED,
                          "decision_date": decided})
            subjects.append({"id": subject_id, "office_id": office, "case_id": case_id,
                             "kind": SubjectKind.CADRE, "cadre_id": cid, "name": f"干部{n}",
                             "measures": json.dumps(["party_warning", "dismissal"])})
            for measure in ("party_warning", "dismissal"):
                periods.append({"id": uuid.uuid4(), "office_id": office, "case_id": case_id,
                                "subject_id": subject_id, "cadre_id": cid, "measure": measure,
                                "months": 12, "starts_on": decided,
                                "until": decided + dt.timedelta(days=365)})
        session.execute(insert(AccountabilityCase), cases)
        session.execute(insert(CaseSubject), subjects)
        session.execute(insert(InfluencePeriodRecord), periods)
        rows = []
        for n in range(clues):
            number = f"43{n:015d}X"   # nobody of the cadres, but one of them every 1,000th
            if n % 1000 == 0:
                number = people[(n // 1000) % len(people)][1]
            rows.append({"id": uuid.uuid4(), "office_id": office, "number": f"DSJ-{n}",
                         "received_on": dt.date(2023, 1, 1), "source": ClueSource.BIG_DATA,
                         "handling": ClueHandling.PENDING, "subject_names": "某某",
                         "subject_id_numbers": number})
        session.execute(insert(Clue), rows)
    return people


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cadres", type=int, default=20_000)
    parser.add_argument("--clues", type=int, default=400_000)
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, \
            Services.open(Path(folder) / "bench.sqlite") as services:
        services.auth.create_first_administrator("admin", PASSWORD)
        services.auth.sign_in("admin", PASSWORD)
        services.auth.create_user(UserInput("clerk", "clerk", frozenset(
            {AccountRole.CLERK})), PASSWORD)
        services.auth.sign_out()
        services.auth.sign_in("clerk", PASSWORD)
        start = time.perf_counter()
        people = fill(services, args.cadres, args.clues)
        print(f"filled in {time.perf_counter() - start:.1f} s")
        on = dt.date(2023, 6, 1)
        seconds, rows = median_time(lambda: services.integrity.under_influence(on),
                                    args.runs)
        print(f"under_influence: {len(rows)} cadres of {args.cadres}: "  # type: ignore[arg-type]
              f"{seconds * 1000:.0f} ms")
        cadre_id = services.cadres.search("干部0", limit=1)[0].id
        seconds, _ = median_time(lambda: services.integrity.file(cadre_id), args.runs)
        print(f"file: {seconds * 1000:.0f} ms")
        requests = [ClearanceRequest(name, number, unit)
                    for name, number, unit in people[:args.people]]
        seconds, _ = median_time(lambda: services.integrity.clearance(requests, on),
                                 args.runs)
        print(f"clearance of {len(requests)} people: {seconds * 1000:.0f} ms")
        by_name = [ClearanceRequest(name, "", unit) for name, _n, unit in
                   people[:args.people]]
        seconds, _ = median_time(lambda: services.integrity.clearance(by_name, on),
                                 args.runs)
        print(f"clearance of {len(by_name)} people by name and unit: "
              f"{seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
