"""A small builder of cases, subjects and clues for the statistics tests.

It writes the rows through the ORM inside `services.db.write()`, so the statistics are
tested without the case service (written in parallel).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from zeren_desktop.domain.enums import (
    CaseStage,
    ClueHandling,
    ClueResult,
    ClueSource,
    ProblemCategory,
    Rank,
    SubjectKind,
    UnitKind,
)
from zeren_desktop.services.app import Services
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Cadre,
    CaseProblem,
    CaseSubject,
    Clue,
    Unit,
)


@dataclass(frozen=True)
class Person:
    name: str
    measures: Sequence[str]
    rank: Rank | None = Rank.GENERAL
    cadre_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Team:
    name: str
    measures: Sequence[str] = ("org_examination",)
    kind: SubjectKind = SubjectKind.PARTY_TEAM


@dataclass
class StatsBuilder:
    services: Services
    numbers: dict[str, int] = field(default_factory=dict)

    @property
    def office_id(self) -> uuid.UUID:
        return self.services.office_id

    def _next(self, prefix: str) -> str:
        self.numbers[prefix] = self.numbers.get(prefix, 0) + 1
        return f"{prefix}-{self.numbers[prefix]:04d}"

    def unit(self, name: str, parent: uuid.UUID | None = None,
             kind: UnitKind = UnitKind.TOWNSHIP) -> uuid.UUID:
        with self.services.db.write() as session:
            unit = Unit(office_id=self.office_id, name=name, kind=kind, parent_id=parent)
            session.add(unit)
            session.flush()
            return unit.id

    def cadre(self, name: str, rank: Rank = Rank.TOWNSHIP_SECTION) -> uuid.UUID:
        with self.services.db.write() as session:
            cadre = Cadre(office_id=self.office_id, name=name, rank=rank)
            session.add(cadre)
            session.flush()
            return cadre.id

    def case(self, decided: dt.date | None, unit_id: uuid.UUID | None,
             problems: Sequence[ProblemCategory] = (ProblemCategory.OTHER,),
             persons: Sequence[Person] = (), teams: Sequence[Team] = (),
             title: str = "") -> uuid.UUID:
        number = self._next("WZ")
        with self.services.db.write() as session:
            case = AccountabilityCase(
                office_id=self.office_id, number=number, title=title or f"案件{number}",
                unit_id=unit_id, stage=CaseStage.DECIDED if decided else CaseStage.OPENED,
                decision_date=decided)
            session.add(case)
            session.flush()
            for position, category in enumerate(problems):
                session.add(CaseProblem(office_id=self.office_id, case_id=case.id,
                                        position=position, category=category,
                                        description=f"{number} 问题{position + 1}"))
            position = 0
            for team in teams:
                session.add(CaseSubject(
                    office_id=self.office_id, case_id=case.id, position=position,
                    kind=team.kind, name=team.name, unit_id=unit_id,
                    measures=json.dumps(list(team.measures))))
                position += 1
            for person in persons:
                session.add(CaseSubject(
                    office_id=self.office_id, case_id=case.id, position=position,
                    kind=SubjectKind.CADRE, cadre_id=person.cadre_id, name=person.name,
                    unit_id=unit_id, rank=person.rank, post_title="职务",
                    measures=json.dumps(list(person.measures))))
                position += 1
            return case.id

    def clue(self, received: dt.date, source: ClueSource, unit_id: uuid.UUID | None,
             result: ClueResult | None = None, *, recovered_fen: int = 0,
             corrected_fen: int = 0, disqualified: int = 0, names: str = "某某") -> uuid.UUID:
        with self.services.db.write() as session:
            clue = Clue(office_id=self.office_id, number=self._next("XS"), received_on=received,
                        source=source, unit_id=unit_id, subject_names=names,
                        summary="线索摘要",
                        handling=ClueHandling.CLOSED if result else ClueHandling.PRELIMINARY,
                        result=result, concluded_on=received if result else None,
                        money_recovered_fen=recovered_fen, money_corrected_fen=corrected_fen,
                        persons_disqualified=disqualified)
            session.add(clue)
            session.flush()
            return clue.id


# The seed's follow-up of 104 persons (the issue): heaviest measure of each person.
SEED_MEASURES = {"summons_talk": 37, "party_warning": 17, "admonishment": 22,
                 "dismissal": 2, "circulated_criticism": 11, "written_examination": 15}
SEED_RANKS = {Rank.COUNTY_DIVISION: 28, Rank.TOWNSHIP_SECTION: 45, Rank.GENERAL: 31}
SEED_PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 6, 30))


@dataclass(frozen=True)
class Seed:
    county: uuid.UUID
    township_a: uuid.UUID
    township_b: uuid.UUID
    village_a: uuid.UUID
    problems: int
    twice: tuple[uuid.UUID, ...]   # cadres held accountable in two cases of the period
    cases_by_unit: dict[uuid.UUID, int]


def build_seed(services: Services) -> Seed:
    """104 persons in 26 cases decided January–June 2026, in two townships (one with a
    village), plus cases that must not count: one undecided, one decided in July and
    one in December 2025. Five cadres appear in a second case with a lighter measure, and
    one with two measures in one case; each still counts once under the heaviest."""
    b = StatsBuilder(services)
    county = b.unit("测试县", kind=UnitKind.COUNTY)
    township_a = b.unit("甲镇", county)
    township_b = b.unit("乙乡", county)
    village_a = b.unit("甲镇东村", township_a, UnitKind.VILLAGE)
    measures = [code for code, n in SEED_MEASURES.items() for _ in range(n)]
    ranks = [rank for rank, n in SEED_RANKS.items() for _ in range(n)]
    assert len(measures) == len(ranks) == 104
    # cadre records for the five who appear twice (the "处分" ones) and one with two measures
    twice = tuple(b.cadre(f"重复{i}", Rank.COUNTY_DIVISION) for i in range(5))
    units = [township_a, township_b, village_a]
    categories = list(ProblemCategory)
    problems = 0
    cases_by_unit: dict[uuid.UUID, int] = {}
    index = 0
    twice_people = {measures.index("party_warning") + i: twice[i] for i in range(5)}
    for n in range(26):
        people = []
        for _ in range(4):
            rank = ranks[index]
            cadre_id = twice_people.get(index)
            measure = measures[index]
            codes = [measure]
            if index == 0:  # two measures in one case: counted once, under the heavier
                codes = ["summons_talk", "criticism_education"]
            people.append(Person(f"干部{index:03d}", codes, rank, cadre_id))
            index += 1
        unit = units[n % 3]
        month = n % 6 + 1
        category_list = [categories[n % 6]] + ([categories[(n + 1) % 6]] if n % 2 else [])
        problems += len(category_list)
        cases_by_unit[unit] = cases_by_unit.get(unit, 0) + 1
        b.case(dt.date(2026, month, 10 + n % 15), unit, category_list, people,
               [Team(f"{n}号党委班子")] if n % 5 == 0 else ())
    # the five seen again, lighter, in another case of the period
    b.case(dt.date(2026, 3, 3), township_b, [ProblemCategory.EIGHT_RULES],
           [Person(f"重复{i}", ["summons_talk"], Rank.TOWNSHIP_SECTION, twice[i])
            for i in range(5)])
    problems += 1
    cases_by_unit[township_b] += 1
    # not counted: undecided, decided after and before the period
    b.case(None, township_a, [ProblemCategory.OTHER], [Person("未决", ["dismissal"])])
    b.case(dt.date(2026, 7, 1), township_a, [ProblemCategory.OTHER],
           [Person("七月", ["dismissal"])])
    b.case(dt.date(2025, 12, 31), township_b, [ProblemCategory.OTHER],
           [Person("去年", ["dismissal"])])
    return Seed(county, township_a, township_b, village_a, problems, twice, cases_by_unit)
