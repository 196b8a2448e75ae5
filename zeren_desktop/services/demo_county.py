"""County-scale demo data: a year of a whole county in one file (issue 12).

`build_county` fills an empty database with the fictional 青山县 at the size of a real county
(`COUNTY`: 20 townships, 150 units, 3,000 cadres, 1,000,000 duty-ledger entries, 500,000
clues, 20,000 accountability cases) or smaller (`QUICK`, or any `CountyScale`), for the
benchmarks and for trying the program on a county's data. Same seed, same data: every name,
number, date and record id comes from `random.Random` streams of the seed; the main year
is fixed (`DEFAULT_YEAR`), not today's.

The organisation (units, cadres, posts, teams) is made by the normal demo's builder
(`services.demo`), so each unit and cadre passes the same validation as user input. The big
tables are written as the clue import writes them: rows generated in batches (memory stays
bounded), straight to the driver with `executemany` in one transaction per table, the
table's secondary indexes dropped first and created again at the end of the same
transaction (a sorted build instead of a million random B-tree inserts). Values are stored
as SQLAlchemy stores them on SQLite: Uuid as 32 hex digits, dates ISO, datetimes
`YYYY-MM-DD HH:MM:SS.ffffff`, enums by value. On another back end the rows go through Core.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import hashlib
import itertools
import json
import random
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, Table, insert, select

from zeren_desktop.domain import cases as case_rules
from zeren_desktop.domain import demo_case_text as case_text
from zeren_desktop.domain import demo_county_text as county_text
from zeren_desktop.domain import demo_ledger_text as ledger_text
from zeren_desktop.domain import demo_names as data
from zeren_desktop.domain.enums import (
    CASE_STAGES,
    AppealOutcome,
    CaseStage,
    ClueHandling,
    ClueResult,
    ClueSource,
    LedgerCategory,
    ProblemCategory,
    Rank,
    SubjectKind,
    TeamKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.identity import resident_id_check_char
from zeren_desktop.domain.ledger import normalise_for_search
from zeren_desktop.domain.periods import add_months
from zeren_desktop.domain.regulations import Regulation
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP
from zeren_desktop.services import auth
from zeren_desktop.services.app import Services
from zeren_desktop.services.audit import AuditTrail
from zeren_desktop.services.demo import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    NO_UNIT,
    _Builder,
    _demo_accounts,
    _Rows,
    _Seat,
    refuse_unless_empty,
    write_organisation,
)
from zeren_desktop.services.exchange import install_demo_key
from zeren_desktop.services.session import utc_now
from zeren_desktop.storage import search_index
from zeren_desktop.storage.database import Database
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Appeal,
    AppSetting,
    CaseProblem,
    CaseStageEvent,
    CaseSubject,
    Clue,
    InfluencePeriodRecord,
    LedgerEntry,
    Office,
    clue_cadres,
)

DEFAULT_SEED = 2026
# Bump whenever the generated data change (benchmarks/county_data.py rebuilds its cached
# data sets when it differs).
DATA_VERSION = 1
DEFAULT_YEAR = 2025          # the county year; some records fall in the two years before
BATCH = 10_000               # rows generated and written at a time
CASE_BATCH = 1_000           # cases (with their subjects, problems, events) at a time
BUILD_CACHE_KIB = -262_144   # SQLite page cache while building: 256 MiB

Progress = Callable[[str, int, int], None]
# The phases reported to `progress` (the CLI shows them translated, in the "Demo" context).
PHASES: dict[str, str] = {
    "organisation": QT_TRANSLATE_NOOP("Demo", "units and cadres"),
    "ledger": QT_TRANSLATE_NOOP("Demo", "ledger entries"),
    "cases": QT_TRANSLATE_NOOP("Demo", "accountability cases"),
    "clues": QT_TRANSLATE_NOOP("Demo", "clues"),
    "search": QT_TRANSLATE_NOOP("Demo", "search index"),
}


@dataclass(frozen=True)
class CountyScale:
    townships: int = 20
    units: int = 150
    cadres: int = 3000
    ledger_entries: int = 1_000_000
    clues: int = 500_000
    cases: int = 20_000


COUNTY = CountyScale()
QUICK = CountyScale(ledger_entries=10_000, clues=5_000, cases=200, cadres=300, units=40,
                    townships=5)
SCALES: dict[str, CountyScale] = {"county": COUNTY, "quick": QUICK}


def scale_named(name: str) -> CountyScale:
    """"county", "quick", or a number of ledger entries (the rest in the county's
    proportions: half as many clues, one case per 50 entries, up to 3,000 cadres)."""
    if name in SCALES:
        return SCALES[name]
    entries = int(name.replace("_", ""))
    if entries < 100:
        raise ValueError(name)
    cadres = max(60, min(3000, entries // 300))
    townships = max(2, min(20, cadres // 150))
    units = max(townships + 6, min(150, cadres // 20))
    return CountyScale(townships, units, cadres, entries, entries // 2, max(10, entries // 50))


@dataclass(frozen=True)
class CountyResult:
    units: int
    cadres: int
    posts: int
    teams: int
    memberships: int
    ledger_entries: int
    clues: int
    cases: int
    subjects: int
    events: int
    periods: int
    indexed: int                 # records in the search index
    accounts: tuple[str, ...]
    year: int
    seconds: float
    phases: tuple[tuple[str, float], ...] = ()   # seconds per phase (PHASES)


# ---- small helpers -----------------------------------------------------------------------

def _stamp(value: dt.datetime) -> str:
    """A datetime as SQLAlchemy's DateTime stores it on SQLite (with microseconds)."""
    text = value.isoformat(" ")
    return text if value.microsecond else text + ".000000"


class _Pick:
    """A weighted choice, faster than `random.choices` when made a million times."""

    def __init__(self, weighted: Sequence[tuple[Any, int]]) -> None:
        self.values = [value for value, _ in weighted]
        self.cumulative = list(itertools.accumulate(weight for _, weight in weighted))
        self.total = self.cumulative[-1]

    def __call__(self, rng: random.Random) -> Any:
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.total)]


class _Ids:
    """Record ids (version 4 UUIDs) from a seeded stream: the same seed, the same ids."""

    def __init__(self, rng: random.Random) -> None:
        self._bits = rng.getrandbits

    def hex(self) -> str:
        value = self._bits(128)
        value = (value & ~(0xF000 << 64) | (0x4000 << 64)) & ~(0xC000 << 48) | (0x8000 << 48)
        return f"{value:032x}"

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(hex=self.hex())


class _Norm(dict[str, str]):
    """normalise_for_search with a memory: the same pieces come back a million times."""

    def __missing__(self, text: str) -> str:
        value = normalise_for_search(text)
        if len(self) < 50_000:
            self[text] = value
        return value


def _working_days(year: int) -> list[dt.date]:
    day, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    days: list[dt.date] = []
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


# ---- the organisation --------------------------------------------------------------------

@dataclass
class _Unit:
    id: uuid.UUID
    name: str
    kind: UnitKind
    township: int          # index of its township (itself for a township), -1 elsewhere
    short: str


class _OrgBuilder(_Builder):
    """The normal demo's county, grown to `scale`: more townships, villages and staff."""

    def __init__(self, rng: random.Random, reference: dt.date, office_id: uuid.UUID,
                 scale: CountyScale) -> None:
        super().__init__(rng, reference, office_id)
        self.scale = scale
        self.units: list[_Unit] = []
        self.unit_names: set[str] = set()

    def cadre(self, seat: _Seat) -> uuid.UUID:
        if len(self.rows.cadres) >= self.scale.cadres:
            return NO_UNIT
        return super().cadre(seat)

    def _add_unit(self, name: str, kind: UnitKind, parent: uuid.UUID | None, township: int,
                  short: str, **extra: str) -> uuid.UUID:
        unit_id = self.unit(name, kind, parent, **extra)
        self.units.append(_Unit(unit_id, name, kind, township, short))
        self.unit_names.add(name)
        return unit_id

    def _village_name(self) -> str:
        while True:
            name = (self.rng.choice(county_text.VILLAGE_FIRST)
                    + self.rng.choice(county_text.VILLAGE_ENDINGS) + "村")
            if name not in self.unit_names:
                return name

    def build(self) -> _Rows:
        scale = self.scale
        townships_n = max(1, scale.townships)
        rest = max(0, scale.units - 1 - townships_n)
        departments_n = min(len(data.DEPARTMENTS), rest // 3)
        enterprises_n = min(len(data.ENTERPRISES), rest // 10)
        villages_n = rest - departments_n - enterprises_n

        county = self._add_unit(data.COUNTY_NAME, UnitKind.COUNTY, None, -1, data.COUNTY_SHORT,
                                short_name=data.COUNTY_SHORT, credit_kind="11",
                                notes=data.COUNTY_NOTES)
        county_team = self.team(county, TeamKind.PARTY_COMMITTEE, "青山县委领导班子")
        county_discipline = self.team(county, TeamKind.DISCIPLINE, "青山县纪委监委领导班子")

        names = [spec.name for spec in data.TOWNSHIPS] + list(county_text.EXTRA_TOWNSHIPS)
        if townships_n > len(names):
            raise ValueError(f"at most {len(names)} townships")
        shipped = {spec.name: spec for spec in data.TOWNSHIPS}
        per_township = [villages_n // townships_n + (1 if i < villages_n % townships_n else 0)
                        for i in range(townships_n)]
        townships: list[tuple[data.TownshipSpec, uuid.UUID]] = []
        for index, name in enumerate(names[:townships_n]):
            unit_id = self._add_unit(name, UnitKind.TOWNSHIP, county, index, name[:-1],
                                     short_name=name[:-1], credit_kind="11")
            if index == 0:
                self.rows.first_township = unit_id
            own = list(shipped[name].villages) if name in shipped else []
            villages: list[str] = []
            for n in range(per_township[index]):
                village = own[n] if n < len(own) and own[n] not in self.unit_names \
                    else self._village_name()
                self._add_unit(village, UnitKind.VILLAGE, unit_id, index, village)
                villages.append(village)
            townships.append((data.TownshipSpec(name, tuple(villages)), unit_id))
        departments: list[tuple[data.DepartmentSpec, uuid.UUID]] = []
        for dept in data.DEPARTMENTS[:departments_n]:
            unit_id = self._add_unit(dept.name, UnitKind.DEPARTMENT, county, -1,
                                     dept.name.removeprefix("县"),
                                     short_name=dept.name.removeprefix("县"), credit_kind="11")
            departments.append((dept, unit_id))
        enterprises: list[tuple[data.EnterpriseSpec, uuid.UUID]] = []
        for ent in data.ENTERPRISES[:enterprises_n]:
            unit_id = self._add_unit(ent.short, UnitKind.ENTERPRISE, county, -1,
                                     ent.short.removeprefix("县"),
                                     short_name=ent.short.removeprefix("县"),
                                     credit_kind=ent.kind_code, notes=f"全称：{ent.name}")
            enterprises.append((ent, unit_id))

        self._teams_and_leaders(county, county_team, county_discipline, townships,
                                departments, enterprises)
        for unit in self.units:
            if unit.kind is UnitKind.VILLAGE:
                self.cadre(_Seat(unit.id, data.VILLAGE_SECRETARY, Rank.OTHER, (1965, 1988),
                                 0.2, "主持全面工作"))
        self._staff()
        return self.rows

    def _staff(self) -> None:
        """Staff of the townships, departments, villages and enterprises up to the count."""
        titles = {UnitKind.TOWNSHIP: (county_text.TOWNSHIP_STAFF, Rank.GENERAL, 6),
                  UnitKind.DEPARTMENT: (county_text.DEPARTMENT_STAFF, Rank.GENERAL, 4),
                  UnitKind.VILLAGE: (county_text.VILLAGE_STAFF, Rank.OTHER, 1),
                  UnitKind.ENTERPRISE: (county_text.ENTERPRISE_STAFF, Rank.OTHER, 2)}
        places = [u for u in self.units if u.kind in titles]
        if not places:
            return
        weights = [titles[u.kind][2] for u in places]
        while len(self.rows.cadres) < self.scale.cadres:
            unit = self.rng.choices(places, weights)[0]
            names, rank, _ = titles[unit.kind]
            self.cadre(_Seat(unit.id, self.rng.choice(names), rank, (1968, 1998), 0.42,
                             party_member=self.rng.random() < 0.75))


def _renumber(rows: _Rows, ids: _Ids) -> dict[uuid.UUID, uuid.UUID]:
    """The builder's random ids replaced by seeded ones, in the order the rows were made."""
    mapping: dict[uuid.UUID, uuid.UUID] = {}

    def new(old: uuid.UUID | None) -> uuid.UUID | None:
        if old is None:
            return None
        if old not in mapping:
            mapping[old] = ids.uuid()
        return mapping[old]

    for table in (rows.units, rows.teams, rows.cadres, rows.posts, rows.memberships):
        for row in table:
            for key in ("id", "parent_id", "unit_id", "team_id", "cadre_id"):
                if key in row:
                    row[key] = new(row[key])
    if rows.first_township != NO_UNIT:
        rows.first_township = mapping[rows.first_township]
    return mapping


@dataclass
class _Person:
    id: uuid.UUID
    hex: str
    key: str               # str(id), as duplicate keys hold it
    name: str
    id_number: str
    rank: Rank
    unit: int              # index into the unit list (current post)
    title: str
    weight: int            # share of the ledger: principal 3, team member 2, others 1
    posts: tuple[tuple[dt.date, dt.date | None, str], ...]   # start, end, unit hex


# ---- the builder of the whole county -------------------------------------------------------

class _County:
    def __init__(self, db: Database, office_id: uuid.UUID, scale: CountyScale, seed: int,
                 year: int, progress: Progress | None) -> None:
        self.db, self.office_id, self.scale, self.seed, self.year = (
            db, office_id, scale, seed, year)
        self.office = office_id.hex
        self.progress = progress or (lambda phase, done, total: None)
        self.ids = _Ids(random.Random(f"zeren-county:{seed}:ids"))
        self.until = dt.date(year, 12, 31)
        self.days = {y: _working_days(y) for y in (year, year - 1, year - 2)}
        self.norm = _Norm()
        self.units: list[_Unit] = []
        self.people: list[_Person] = []
        self.by_unit: dict[int, list[int]] = {}
        self.unit_index: dict[uuid.UUID, int] = {}
        self.villages_of: dict[int, list[str]] = {}
        self.all_villages: list[str] = []
        self.principals: dict[int, int] = {}
        self.party_teams: dict[int, tuple[uuid.UUID, str]] = {}
        self.case_clues: list[tuple[int, str, dt.date, int, int]] = []

    def rng(self, part: str) -> random.Random:
        return random.Random(f"zeren-county:{self.seed}:{part}")

    # -- organisation

    def organisation(self) -> _Rows:
        builder = _OrgBuilder(self.rng("organisation"), self.until + dt.timedelta(days=1),
                              self.office_id, self.scale)
        rows = builder.build()
        mapping = _renumber(rows, self.ids)
        self.units = [_Unit(mapping[u.id], u.name, u.kind, u.township, u.short)
                      for u in builder.units]
        self.unit_index = {u.id: n for n, u in enumerate(self.units)}
        for unit in self.units:
            if unit.kind is UnitKind.VILLAGE:
                self.villages_of.setdefault(unit.township, []).append(unit.name)
                self.all_villages.append(unit.name)
        roles: dict[uuid.UUID, TeamRole] = {}
        for member in rows.memberships:
            if member["end_date"] is None:
                held_role = roles.get(member["cadre_id"])
                if held_role is None or member["role"] is TeamRole.PRINCIPAL:
                    roles[member["cadre_id"]] = member["role"]
        team_names = {t["id"]: (t["unit_id"], t["kind"], t["name"]) for t in rows.teams}
        for team_id, (unit_id, kind, name) in team_names.items():
            if kind is TeamKind.PARTY_COMMITTEE:
                self.party_teams[self.unit_index[unit_id]] = (team_id, name)
        posts: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for post in rows.posts:
            posts.setdefault(post["cadre_id"], []).append(post)
        for cadre in rows.cadres:
            held = sorted(posts[cadre["id"]], key=lambda p: p["start_date"])
            current = held[-1]
            role = roles.get(cadre["id"])
            person = _Person(
                cadre["id"], cadre["id"].hex, str(cadre["id"]), cadre["name"],
                cadre["id_number"], cadre["rank"], self.unit_index[current["unit_id"]],
                current["title"],
                3 if role is TeamRole.PRINCIPAL else 2 if role is not None else 1,
                tuple((p["start_date"], p["end_date"], p["unit_id"].hex) for p in held))
            self.by_unit.setdefault(person.unit, []).append(len(self.people))
            if role is TeamRole.PRINCIPAL and person.unit in self.party_teams:
                self.principals.setdefault(person.unit, len(self.people))
            self.people.append(person)
        return rows

    # -- ledger

    def ledger(self, connection: Connection) -> int:
        total = self.scale.ledger_entries
        if total <= 0 or not self.people:
            return 0
        rng = self.rng("ledger")
        weights = [p.weight for p in self.people]
        whole = sum(weights)
        counts = [total * w // whole for w in weights]
        for index in rng.sample(range(len(counts)), total - sum(counts)) \
                if total - sum(counts) <= len(counts) else range(len(counts)):
            counts[index] += 1
        while sum(counts) < total:   # more remainder than cadres (a tiny county)
            counts[rng.randrange(len(counts))] += 1
        has_search_text = "search_text" in LedgerEntry.__table__.c
        columns = ["id", "office_id", "created_at", "updated_at", "cadre_id", "unit_id",
                   "entry_date", "category", "matter", "place", "participants", "content",
                   "evidence", "remarks", "entered_by", "reviewed_by", "reviewed_at",
                   "duplicate_key", "source_kind", "source_id", "source_label"]
        if has_search_text:
            columns.append("search_text")
        written = 0
        with _BulkTable(connection, LedgerEntry.__table__, columns) as table:
            batch: list[tuple[Any, ...]] = []
            for person, count in zip(self.people, counts, strict=True):
                for row in self._entries(rng, person, count, has_search_text):
                    batch.append(row)
                    if len(batch) >= BATCH:
                        table.write(batch)
                        written += len(batch)
                        batch = []
                        self.progress("ledger", written, total)
            if batch:
                table.write(batch)
                written += len(batch)
                self.progress("ledger", written, total)
        return written

    def _entries(self, rng: random.Random, person: _Person, count: int,
                 search_text: bool) -> Iterator[tuple[Any, ...]]:
        days = self.days
        pick_year = _Pick(((self.year, 80), (self.year - 1, 15), (self.year - 2, 5)))
        pick_category = _Pick(_CATEGORY_WEIGHTS)
        unit = self.units[person.unit]
        villages = self.villages_of.get(unit.township) or self.all_villages or ["城关"]
        colleagues = [self.people[i].name for i in self.by_unit.get(person.unit, [])
                      if self.people[i] is not person] or [person.name]
        first_day = person.posts[0][0]
        later: list[dt.date] | None = None
        norm = self.norm
        name_norm = norm[person.name]
        seen: set[tuple[dt.date, LedgerCategory, str]] = set()
        serial: Counter[int] = Counter()
        made = attempts = 0
        while made < count and attempts < count * 4 + 20:
            attempts += 1
            year = pick_year(rng)
            day = rng.choice(days[year])
            if day < first_day:
                if later is None:
                    later = [d for d in days[self.year] if d >= first_day] or [
                        min(self.until, first_day)]
                day = rng.choice(later)
            category = pick_category(rng)
            matter_pattern, content_pattern = rng.choice(_ENTRY_TEXT[category])
            village = rng.choice(villages)
            topic = rng.choice(county_text.TOPICS)
            matter = matter_pattern.format(village=village, topic=topic)
            if (day, category, matter) in seen:
                continue
            seen.add((day, category, matter))
            made += 1
            content = content_pattern.format(village=village, topic=topic)
            if rng.random() < 0.35:
                place = (village + "党群服务中心" if village.endswith("社区")
                         else village.removesuffix("村") + "村委会")
            else:
                place = rng.choice(ledger_text.PLACES)
            if rng.random() < 0.5:
                names = rng.sample(colleagues, min(len(colleagues), rng.randint(2, 4)))
                participants = "、".join(names)
                participants_norm = "".join(norm[n] for n in names)
            else:
                participants = rng.choice(ledger_text.PARTICIPANTS)
                participants_norm = norm[participants]
            serial[day.year] += 1
            evidence = f"{day.year}-{serial[day.year]:03d}"
            remarks = "补记" if rng.random() < 0.03 else ""
            typed = day + _LATER[rng.randrange(7)]
            created = f"{typed.isoformat()} {8 + rng.randrange(10):02d}:" \
                      f"{rng.randrange(60):02d}:{rng.randrange(60):02d}.000000"
            reviewed = (self.until - day).days > 20 and rng.random() < 0.85
            reviewed_at = (f"{(typed + _LATER[3 + rng.randrange(4)]).isoformat()} "
                           f"09:00:00.000000" if reviewed else None)
            unit_hex = person.posts[-1][2]
            for start, end, held in person.posts:
                if start <= day and (end is None or day <= end):
                    unit_hex = held
                    break
            matter_norm = norm[matter]
            row: tuple[Any, ...] = (
                self.ids.hex(), self.office, created, created, person.hex,
                unit_hex, day.isoformat(), category.value, matter, place, participants, content,
                evidence, remarks, "clerk", "reviewer" if reviewed else "", reviewed_at,
                f"{person.key}|{day.isoformat()}|{category.value}|{matter_norm}",
                None, None, "")
            if search_text:
                row += ("\x1f".join((name_norm, matter_norm, norm[place], participants_norm,
                                     norm[content], evidence.replace("-", ""),
                                     norm[remarks])),)
            yield row

    # -- cases

    def cases(self, connection: Connection, regulation: Regulation | None) -> Counter[str]:
        total = self.scale.cases
        counts: Counter[str] = Counter()
        candidates = [n for n in self.by_unit if n in self.principals or self.by_unit[n]]
        if total <= 0 or not candidates:
            return counts
        rng = self.rng("cases")
        unit_weights = [3 if self.units[n].kind is UnitKind.TOWNSHIP else
                        2 if self.units[n].kind is UnitKind.VILLAGE else 1 for n in candidates]
        proposed = sorted(self._day(rng, (75, 20, 5)) for _ in range(total))
        serial: Counter[int] = Counter()
        rows: dict[str, list[dict[str, Any]]] = {k: [] for k in _CASE_TABLES}
        for done, day in enumerate(proposed, 1):
            serial[day.year] += 1
            number = case_rules.case_number("WZ", day.year, serial[day.year])
            unit = rng.choices(candidates, unit_weights)[0]
            self._case(rng, rows, number, day, unit, regulation)
            if done % CASE_BATCH == 0 or done == total:
                for key, table in _CASE_TABLES.items():
                    if rows[key]:
                        connection.execute(insert(table), rows[key])
                        counts[key] += len(rows[key])
                        rows[key] = []
                self.progress("cases", done, total)
        return counts

    def _day(self, rng: random.Random, shares: tuple[int, int, int]) -> dt.date:
        year = rng.choices((self.year, self.year - 1, self.year - 2), shares)[0]
        return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))

    def _common(self, at: dt.datetime) -> dict[str, Any]:
        return {"id": self.ids.uuid(), "office_id": self.office_id, "created_at": at,
                "updated_at": at}

    def _case(self, rng: random.Random, rows: dict[str, list[dict[str, Any]]], number: str,
              proposed: dt.date, unit: int, regulation: Regulation | None) -> None:
        # How far it got: older cases further; none past the end of the county year.
        plan = [stage for stage, n in _STAGE_MIX for _ in range(n)]
        target = CASE_STAGES.index(rng.choice(plan))
        if (self.until - proposed).days > 200:
            target = max(target, CASE_STAGES.index(CaseStage.EXECUTED)
                         if rng.random() < 0.9 else target)
        category = rng.choice(list(ProblemCategory))
        description, short = rng.choice(case_text.PROBLEMS[category])
        staff = self.by_unit.get(unit, [])
        chosen = rng.sample(staff, min(len(staff), rng.randint(1, 3))) if staff else []
        principal = self.principals.get(unit)
        if principal is not None and rng.random() < 0.4 and principal not in chosen:
            chosen.insert(0, principal)
        subjects = [self.people[i] for i in chosen]
        at = dt.datetime.combine(proposed, dt.time(9, 0))
        case = self._common(at) | {
            "number": number, "title": f"{self.units[unit].short}{short}问题问责案",
            "unit_id": self.units[unit].id, "stage": CaseStage.PROPOSED, "stage_due": None,
            "determination_id": None,
            "conduct_date": proposed - dt.timedelta(days=rng.randint(30, 200)),
            "decision_date": None, "deciding_body": "", "dual_inquiry_of": None,
            "circulate": False, "circulated_on": None, "summary": description,
            "created_by": "reviewer"}
        rows["cases"].append(case)
        problems = [(category, description)]
        if rng.random() < 0.3:
            other = rng.choice(list(ProblemCategory))
            problems.append((other, rng.choice(case_text.PROBLEMS[other])[0]))
        for position, (cat, desc) in enumerate(problems):
            rows["problems"].append(self._common(at) | {
                "case_id": case["id"], "position": position, "category": cat,
                "description": desc})
        subject_rows = []
        for position, person in enumerate(subjects):
            subject_rows.append(self._common(at) | {
                "case_id": case["id"], "position": position, "kind": SubjectKind.CADRE,
                "cadre_id": person.id, "team_id": None,
                "unit_id": self.units[person.unit].id, "name": person.name,
                "post_title": person.title, "rank": person.rank,
                "responsibility": "primary" if position == 0 else "important",
                "severity": rng.choice(("minor", "minor", "serious", "serious", "grave")),
                "measures": "[]", "probation_months": None, "adjusted_on": None,
                "self_examination_on": None, "statement": "", "statement_accepted": None})
        if unit in self.party_teams and (rng.random() < 0.2 or not subject_rows):
            team_id, team_name = self.party_teams[unit]
            subject_rows.append(self._common(at) | {
                "case_id": case["id"], "position": len(subject_rows),
                "kind": SubjectKind.PARTY_TEAM, "cadre_id": None, "team_id": team_id,
                "unit_id": self.units[unit].id, "name": team_name, "post_title": "",
                "rank": None, "responsibility": "collective", "severity": "minor",
                "measures": "[]", "probation_months": None, "adjusted_on": None,
                "self_examination_on": None, "statement": "", "statement_accepted": None})
        rows["subjects"].extend(subject_rows)
        reached_on = self._stages(rng, rows, case, target, proposed, subject_rows, regulation)
        measures = [c for s in subject_rows for c in json.loads(s["measures"])]
        case["stage_due"] = case_rules.stage_due(case["stage"], reached_on,
                                                 case["decision_date"], measures, _DEADLINES)
        self.case_clues.append((len(self.case_clues), case["id"].hex, proposed, unit,
                                chosen[0] if chosen else -1))

    def _event(self, rows: dict[str, list[dict[str, Any]]], case: dict[str, Any],
               stage: CaseStage, on: dt.date, previous: CaseStage | None,
               **fields: Any) -> None:
        details = fields.pop("details", {})
        at = dt.datetime.combine(on, dt.time(10, len(rows["events"]) % 60))
        rows["events"].append(self._common(at) | {
            "case_id": case["id"], "stage": stage, "from_stage": previous, "happened_on": on,
            "acted_by": fields.get("acted_by", ""), "approved_by": fields.get("approved_by", ""),
            "details": json.dumps(details, ensure_ascii=False, sort_keys=True),
            "reverted": fields.get("reverted", False), "reason": fields.get("reason", ""),
            "entered_by": "reviewer"})
        case["stage"] = stage

    def _stages(self, rng: random.Random, rows: dict[str, list[dict[str, Any]]],
                case: dict[str, Any], target: int, proposed: dt.date,
                subjects: list[dict[str, Any]], regulation: Regulation | None) -> dt.date:
        """The events up to stage `target` (or the end of the year); the day it got there."""
        until = self.until
        on = proposed
        self._event(rows, case, CaseStage.PROPOSED, on, None, acted_by="县纪委党风政风监督室")

        def step(lo: int, hi: int) -> bool:
            nonlocal on
            following = on + dt.timedelta(days=rng.randint(lo, hi))
            if following > until:
                return False
            on = following
            return True

        if target >= 1 and step(3, 10):
            self._event(rows, case, CaseStage.OPENED, on, CaseStage.PROPOSED,
                        approved_by="县纪委书记 孙立新", acted_by="县纪委常委会")
        else:
            return on
        team = rng.choice(case_text.INVESTIGATION_TEAMS)
        if target >= 2 and step(15, 40):
            for row in subjects:
                if row["kind"] is SubjectKind.CADRE:
                    row["statement"] = rng.choice(case_text.STATEMENTS)
                    row["statement_accepted"] = rng.random() < 0.7
            if rng.random() < 0.1 and on + dt.timedelta(days=20) <= until:
                self._event(rows, case, CaseStage.INVESTIGATED, on, CaseStage.OPENED,
                            acted_by=team, details={"team": team, "facts": case["summary"]})
                on += dt.timedelta(days=2)
                self._event(rows, case, CaseStage.OPENED, on, CaseStage.INVESTIGATED,
                            reverted=True, reason="部分事实证据不足，退回补充调查。")
                on += dt.timedelta(days=rng.randint(7, 15))
            self._event(rows, case, CaseStage.INVESTIGATED, on, CaseStage.OPENED,
                        acted_by=team, details={"team": team, "facts": case["summary"]})
        else:
            return on
        if target >= 3 and step(5, 20):
            body = rng.choice(case_text.DECIDING_BODIES)
            case["decision_date"], case["deciding_body"] = on, body
            details: dict[str, Any] = {"deciding_body": body,
                                       "no_excellent_rating_year": on.year}
            if regulation is not None:
                details["regulation"] = regulation.id
            self._event(rows, case, CaseStage.DECIDED, on, CaseStage.INVESTIGATED,
                        acted_by=body, details=details)
            for row in subjects:
                if row["kind"] is SubjectKind.CADRE:
                    measures = rng.choice(_CADRE_MEASURES[row["severity"]])
                else:
                    measures = ("org_examination",) if row["severity"] == "minor" \
                        else ("org_circulation",)
                row["measures"] = json.dumps(list(measures))
                self._periods(rows, case, row, measures, on, regulation)
            case["circulate"] = rng.random() < 0.1
            if rng.random() < 0.01:
                self._appeal(rng, rows, case, subjects, on)
        else:
            return on
        if target >= 4 and step(2, 7):
            self._event(rows, case, CaseStage.SERVED, on, CaseStage.DECIDED,
                        acted_by="县纪委党风政风监督室")
        else:
            return on
        served = on
        if target >= 5 and step(10, 28):
            for row in subjects:
                codes = set(json.loads(row["measures"]))
                if {"dismissal", "ordered_resignation", "demotion", "adjust_post"} & codes:
                    row["adjusted_on"] = on
                if {"written_examination", "org_examination"} & codes:
                    row["self_examination_on"] = served + dt.timedelta(days=5)
            self._event(rows, case, CaseStage.EXECUTED, on, CaseStage.SERVED,
                        acted_by="县委组织部")
            if case["circulate"]:
                case["circulated_on"] = on
        else:
            return on
        if target >= 6 and step(10, 30):
            self._event(rows, case, CaseStage.ARCHIVED, on, CaseStage.EXECUTED,
                        acted_by="县纪委案件管理室")
        case["updated_at"] = dt.datetime.combine(on, dt.time(17, 0))
        return on

    def _periods(self, rows: dict[str, list[dict[str, Any]]], case: dict[str, Any],
                 subject: dict[str, Any], measures: Sequence[str], decided: dt.date,
                 regulation: Regulation | None) -> None:
        if regulation is None or subject["cadre_id"] is None:
            return
        for code in measures:
            rule = regulation.measures.get(code)
            months = rule.period_months(subject["probation_months"]) if rule else None
            if not months or rule is None:
                continue
            rows["periods"].append(self._common(case["created_at"]) | {
                "case_id": case["id"], "subject_id": subject["id"],
                "cadre_id": subject["cadre_id"], "measure": code, "months": months,
                "starts_on": decided, "until": add_months(decided, months),
                "restriction": rule.restriction})

    def _appeal(self, rng: random.Random, rows: dict[str, list[dict[str, Any]]],
                case: dict[str, Any], subjects: list[dict[str, Any]], decided: dt.date) -> None:
        subject = next((s for s in subjects if s["kind"] is SubjectKind.CADRE), None)
        if subject is None:
            return
        filed = min(decided + dt.timedelta(days=12), self.until)
        answered = filed + dt.timedelta(days=25) <= self.until and rng.random() < 0.7
        rows["appeals"].append(self._common(case["created_at"]) | {
            "case_id": case["id"], "subject_id": subject["id"], "filed_on": filed,
            "within_window": True, "body": "中共青山县纪律检查委员会",
            "grounds": "认为本人已主动整改，处理偏重。", "answer_due": add_months(filed, 1),
            "answered_on": filed + dt.timedelta(days=25) if answered else None,
            "outcome": AppealOutcome.UPHELD if answered else None,
            "answer": "经复查，原处理决定事实清楚、定性准确，予以维持。" if answered else "",
            "entered_by": "reviewer"})

    # -- clues

    def clues(self, connection: Connection) -> tuple[int, int]:
        total = max(self.scale.clues, len(self.case_clues))
        if total <= 0:
            return 0, 0
        rng = self.rng("clues")
        others = total - len(self.case_clues)
        # Big-data comparisons arrive in batches on a few days; the rest on working days.
        big = others * 4 // 5
        batch_days = {y: sorted(rng.sample(_working_days(y)[10:-20], 6))
                      for y in (self.year, self.year - 1, self.year - 2)}
        keys: list[int] = []
        for n in range(others):
            if n < big:
                year = rng.choices(tuple(batch_days), (80, 15, 5))[0]
                day = rng.choice(batch_days[year])
            else:
                day = self._day(rng, (80, 15, 5))
            keys.append(day.toordinal() << 22 | n)
        for n, _, proposed, _, _ in self.case_clues:
            day = proposed - dt.timedelta(days=10 + n * 7 % 31)
            keys.append(day.toordinal() << 22 | (others + n))
        keys.sort()
        written = links_written = 0
        sequence: Counter[int] = Counter()
        batch: list[tuple[Any, ...]] = []
        links: list[tuple[str, str]] = []
        township_units = [u for u in self.units if u.kind is UnitKind.TOWNSHIP]
        villages = [u for u in self.units if u.kind is UnitKind.VILLAGE]
        with _BulkTable(connection, Clue.__table__, _CLUE_COLUMNS) as table:
            for key in keys:
                day = dt.date.fromordinal(key >> 22)
                n = key & ((1 << 22) - 1)
                sequence[day.year] += 1
                number = f"XS{day.year}-{sequence[day.year]:04d}"
                if n < big:
                    row = self._big_data_clue(rng, number, day, township_units, villages,
                                              batch_days)
                elif n < others:
                    row = self._other_clue(rng, number, day, links)
                else:
                    row = self._case_clue(rng, number, day, self.case_clues[n - others], links)
                batch.append(row)
                if len(batch) >= BATCH:
                    table.write(batch)
                    links_written += _write_links(connection, links)
                    written += len(batch)
                    batch, links = [], []
                    self.progress("clues", written, total)
            if batch:
                table.write(batch)
                links_written += _write_links(connection, links)
                written += len(batch)
                self.progress("clues", written, total)
        return written, links_written

    def _clue_row(self, number: str, day: dt.date, source: ClueSource, unit: _Unit | None,
                  names: str, id_numbers: str, unit_text: str, summary: str,
                  handling: ClueHandling, result: ClueResult | None,
                  concluded: dt.date | None, money: tuple[int, int, int],
                  case_hex: str | None, import_key: str | None, remarks: str,
                  clue_hex: str | None = None) -> tuple[Any, ...]:
        at = _stamp(dt.datetime.combine(day, dt.time(9, 30)))
        return (clue_hex or self.ids.hex(), self.office, at, at, number, day.isoformat(),
                source.value, unit.id.hex if unit is not None else None, names, id_numbers,
                unit_text, summary, handling.value, result.value if result else None,
                concluded.isoformat() if concluded else None, *money, case_hex, import_key,
                remarks, "clerk")

    def _outcome(self, rng: random.Random, day: dt.date, rate: float
                 ) -> tuple[ClueHandling, ClueResult | None, dt.date | None,
                            tuple[int, int, int]]:
        concluded = day < self.until - dt.timedelta(days=45) and rng.random() < 0.9
        if not concluded:
            handling = rng.choice((ClueHandling.PENDING, ClueHandling.PRELIMINARY,
                                   ClueHandling.PRELIMINARY, ClueHandling.TALK_INQUIRY))
            return handling, None, None, (0, 0, 0)
        draw = rng.random()
        result = (ClueResult.CONFIRMED if draw < rate * 0.7 else ClueResult.PARTLY
                  if draw < rate else ClueResult.UNFOUNDED)
        money = (0, 0, 0)
        if result is not ClueResult.UNFOUNDED:
            money = (rng.randint(100, 99_999) * 100 + rng.randrange(100),
                     rng.choice((0, 0, rng.randint(1, 5000) * 100)),
                     1 if result is ClueResult.CONFIRMED else 0)
        on = min(self.until, day + dt.timedelta(days=rng.randint(10, 60)))
        return ClueHandling.CLOSED, result, on, money

    def _big_data_clue(self, rng: random.Random, number: str, day: dt.date,
                       townships: list[_Unit], villages: list[_Unit],
                       batch_days: dict[int, list[dt.date]]) -> tuple[Any, ...]:
        unit = rng.choice(villages) if villages and rng.random() < 0.3 else \
            rng.choice(townships) if townships else None
        handling, result, concluded, money = self._outcome(rng, day, 0.12)
        batch = batch_days[day.year].index(day) + 1 if day in batch_days.get(day.year, ()) \
            else 1
        return self._clue_row(
            number, day, ClueSource.BIG_DATA, unit, self._stranger(rng),
            self._id_number(rng), unit.name if unit else "",
            rng.choice(county_text.BIG_DATA_FINDINGS), handling, result, concluded, money,
            None, hashlib.sha256(f"{self.seed}|{number}".encode()).hexdigest(),
            f"{day.year}年第{batch}批比对")

    def _other_clue(self, rng: random.Random, number: str, day: dt.date,
                    links: list[tuple[str, str]]) -> tuple[Any, ...]:
        source = rng.choices(_OTHER_SOURCES, _OTHER_WEIGHTS)[0]
        person = rng.choice(self.people)
        unit = self.units[person.unit]
        handling, result, concluded, money = self._outcome(rng, day, 0.35)
        summary = rng.choice(county_text.OTHER_CLUE_SUMMARIES + case_text.CLUE_SUMMARIES)
        summary = summary.format(topic=rng.choice(county_text.TOPICS),
                                 amount=rng.randint(2, 200) * 100)
        clue_hex = self.ids.hex()
        links.append((clue_hex, person.hex))
        return self._clue_row(number, day, source, unit, person.name, person.id_number, "",
                              summary, handling, result, concluded, money, None, None, "",
                              clue_hex)

    def _case_clue(self, rng: random.Random, number: str, day: dt.date,
                   case: tuple[int, str, dt.date, int, int],
                   links: list[tuple[str, str]]) -> tuple[Any, ...]:
        _, case_hex, proposed, unit_index, person_index = case
        source = rng.choice((ClueSource.PETITION, ClueSource.SUPERVISION,
                             ClueSource.INSPECTION_TOUR, ClueSource.AUDIT))
        unit = self.units[unit_index]
        clue_hex = self.ids.hex()
        if person_index >= 0:
            person = self.people[person_index]
            names, id_numbers = person.name, person.id_number
            links.append((clue_hex, person.hex))
        else:
            names, id_numbers = "", ""
        summary = rng.choice(case_text.CLUE_SUMMARIES)
        return self._clue_row(number, day, source, unit, names, id_numbers, "", summary,
                              ClueHandling.FILED, ClueResult.CONFIRMED,
                              min(proposed - dt.timedelta(days=2), self.until),
                              (0, 0, 0), case_hex, None, "", clue_hex)

    def _stranger(self, rng: random.Random) -> str:
        surname = rng.choices(_SURNAMES, _SURNAME_WEIGHTS)[0]
        chars = data.MALE_CHARS if rng.random() < 0.5 else data.FEMALE_CHARS
        if rng.random() < 0.3:
            return surname + rng.choice(chars)
        return surname + rng.choice(data.NEUTRAL_CHARS + chars) + rng.choice(chars)

    def _id_number(self, rng: random.Random) -> str:
        birth = dt.date(1935, 1, 1) + dt.timedelta(days=rng.randrange(365 * 70))
        first17 = (f"{data.REGION_CODE}{birth:%Y%m%d}{rng.randrange(100):02d}"
                   f"{rng.randrange(10)}")
        return first17 + resident_id_check_char(first17)


_CATEGORY_WEIGHTS: tuple[tuple[LedgerCategory, int], ...] = (
    (LedgerCategory.DAILY_SUPERVISION, 20), (LedgerCategory.RESEARCH_SUPERVISION, 15),
    (LedgerCategory.EDUCATION, 12), (LedgerCategory.DEPLOYMENT, 12),
    (LedgerCategory.INSPECTION, 10), (LedgerCategory.REPORTING, 10),
    (LedgerCategory.INTEGRITY_TALK, 10), (LedgerCategory.CASE_HANDLING, 6),
    (LedgerCategory.ACCOUNTABILITY, 5),
)
_ENTRY_TEXT: dict[LedgerCategory, tuple[tuple[str, str], ...]] = {
    category: ledger_text.ENTRY_TEXT[category] + county_text.MORE_ENTRY_TEXT.get(category, ())
    for category in LedgerCategory}
_STAGE_MIX: tuple[tuple[CaseStage, int], ...] = (
    (CaseStage.PROPOSED, 2), (CaseStage.OPENED, 2), (CaseStage.INVESTIGATED, 3),
    (CaseStage.DECIDED, 3), (CaseStage.SERVED, 3), (CaseStage.EXECUTED, 4),
    (CaseStage.ARCHIVED, 9))
_CADRE_MEASURES: dict[str, tuple[tuple[str, ...], ...]] = {
    "minor": (("criticism_education",), ("written_examination",), ("summons_talk",)),
    "serious": (("circulated_criticism",), ("admonishment",), ("admonishment", "party_warning")),
    "grave": (("dismissal", "party_serious_warning"), ("ordered_resignation",), ("demotion",),
              ("party_warning", "adjust_post")),
}
_DEADLINES = case_rules.Deadlines()
_LATER = tuple(dt.timedelta(days=n) for n in (0, 0, 0, 1, 1, 2, 3, 4, 5, 6))
_OTHER_SOURCES = (ClueSource.PETITION, ClueSource.SUPERVISION, ClueSource.INSPECTION_TOUR,
                  ClueSource.AUDIT, ClueSource.PUBLIC_INQUIRY, ClueSource.ASSIGNED,
                  ClueSource.UNANNOUNCED, ClueSource.OTHER)
_OTHER_WEIGHTS = (40, 20, 12, 10, 8, 5, 4, 1)
_SURNAMES = [s for s, _ in data.SURNAMES]
_SURNAME_WEIGHTS = [w for _, w in data.SURNAMES]
_CASE_TABLES: dict[str, Any] = {
    "cases": AccountabilityCase.__table__, "problems": CaseProblem.__table__,
    "subjects": CaseSubject.__table__, "events": CaseStageEvent.__table__,
    "periods": InfluencePeriodRecord.__table__, "appeals": Appeal.__table__,
}
_CLUE_COLUMNS = ("id", "office_id", "created_at", "updated_at", "number", "received_on",
                 "source", "unit_id", "subject_names", "subject_id_numbers", "unit_text",
                 "summary", "handling", "result", "concluded_on", "money_recovered_fen",
                 "money_corrected_fen", "persons_disqualified", "case_id", "import_key",
                 "remarks", "created_by")


def _write_links(connection: Connection, links: list[tuple[str, str]]) -> int:
    links = list(dict.fromkeys(links))
    if not links:
        return 0
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            "INSERT INTO clue_cadres (clue_id, cadre_id) VALUES (?, ?)", links)
    else:
        connection.execute(insert(clue_cadres), [
            {"clue_id": uuid.UUID(c), "cadre_id": uuid.UUID(k)} for c, k in links])
    return len(links)


class _BulkTable:
    """Rows of one table, many at a time: on SQLite its secondary indexes are dropped on
    entry and made again on exit (same transaction, same SQL), and the rows go straight to
    the driver as stored values; elsewhere through Core."""

    def __init__(self, connection: Connection, table: Any, columns: Sequence[str]) -> None:
        self.connection = connection
        self.table = table
        self.columns = tuple(columns)
        self.sqlite = connection.dialect.name == "sqlite"
        self.indexes: list[str] = []
        self.sql = (f"INSERT INTO {table.name} ({', '.join(self.columns)}) "
                    f"VALUES ({', '.join('?' * len(self.columns))})")

    def __enter__(self) -> _BulkTable:
        if self.sqlite:
            found = self.connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL", (self.table.name,)).all()
            for name, sql in found:
                self.connection.exec_driver_sql(f'DROP INDEX "{name}"')
                self.indexes.append(sql)
        return self

    def write(self, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.sqlite:
            self.connection.exec_driver_sql(self.sql, rows)
            return
        self.connection.execute(insert(self.table), [
            _core_values(self.table, dict(zip(self.columns, row, strict=True)))
            for row in rows])

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is None:
            for sql in self.indexes:
                self.connection.exec_driver_sql(sql)


def _core_values(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Stored SQLite values back to Python values, for Core on another back end."""
    for key, value in list(values.items()):
        if value is None or not isinstance(value, str):
            continue
        kind = table.c[key].type.python_type if hasattr(table.c[key].type, "python_type") \
            else str
        if kind is uuid.UUID:
            values[key] = uuid.UUID(value)
        elif kind is dt.datetime:
            values[key] = dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S.%f")
        elif kind is dt.date:
            values[key] = dt.date.fromisoformat(value)
    return values


# ---- the entry point ------------------------------------------------------------------------

def build_county(services_or_db: Services | Database, scale: CountyScale = COUNTY,
                 seed: int = DEFAULT_SEED, progress: Progress | None = None, *,
                 year: int = DEFAULT_YEAR, accounts: bool = True) -> CountyResult:
    """Fill an empty database with the county at `scale`; refuse one that holds data.

    Several write transactions (organisation, ledger, cases, clues, search index); the demo
    accounts of the normal demo (`DEMO_ACCOUNTS`, password `DEMO_PASSWORD`) are made with
    the organisation unless `accounts` is False. `progress(phase, done, total)` is called
    as the work goes on (phases: `PHASES`).
    """
    started = time.perf_counter()
    if isinstance(services_or_db, Services):
        services: Services | None = services_or_db
        db = services_or_db.db
        office_id = services_or_db.office_id
        audit = services_or_db.audit
    else:
        services, db = None, services_or_db
        with db.read() as session:
            found = session.scalar(select(Office.id).where(Office.is_local.is_(True)))
        if found is None:
            raise ValueError("the database has no local office")
        office_id = found
        audit = AuditTrail(db, office_id, utc_now)
    county = _County(db, office_id, scale, seed, year, progress)
    hashes = ([auth.PASSWORD_HASHER.hash(DEMO_PASSWORD) for _ in DEMO_ACCOUNTS]
              if accounts else [])
    rows = county.organisation()
    from zeren_desktop.services.regulations import load_shipped

    regulations = load_shipped()
    regulation = regulations.in_force_on(county.until) or next(iter(regulations), None)

    made: list[str] = []
    with db.write() as session:
        refuse_unless_empty(session, services.state.actor if services is not None else None)
        write_organisation(session, office_id, rows)
        if hashes:
            made = _demo_accounts(session, office_id, hashes, rows.first_township)
        session.merge(AppSetting(key="is_demo", value="1"))
        session.merge(AppSetting(key="demo.county", value=json.dumps(
            {"seed": seed, "year": year, **asdict(scale)}, sort_keys=True)))
        install_demo_key(session, f"zeren-demo-{seed}".encode())
    county.progress("organisation", len(rows.cadres), len(rows.cadres))
    phases = [("organisation", time.perf_counter() - started)]

    def timed(phase: str, began: float) -> None:
        phases.append((phase, round(time.perf_counter() - began, 1)))

    began = time.perf_counter()
    with _bulk(db) as connection:
        entries = county.ledger(connection)
    timed("ledger", began)
    began = time.perf_counter()
    with _bulk(db) as connection:
        case_counts = county.cases(connection, regulation)
    timed("cases", began)
    began = time.perf_counter()
    with _bulk(db) as connection:
        clues, _links = county.clues(connection)
    timed("clues", began)
    began = time.perf_counter()
    indexed = _index(db, county.progress)
    timed("search", began)
    phases[0] = ("organisation", round(phases[0][1], 1))
    result = CountyResult(
        len(rows.units), len(rows.cadres), len(rows.posts), len(rows.teams),
        len(rows.memberships), entries, clues, case_counts["cases"], case_counts["subjects"],
        case_counts["events"], case_counts["periods"], indexed, tuple(made), year,
        round(time.perf_counter() - started, 1), tuple(phases))
    with db.write() as session:
        audit.append(session, user_id=None, username="", action="demo.load",
                     summary=f"county seed {seed}", after=asdict(result))
    _checkpoint(db)
    return result


@contextlib.contextmanager
def _bulk(db: Database) -> Iterator[Connection]:
    """A write transaction's connection, with a large page cache while it lasts."""
    with db.write() as session:
        connection = session.connection()
        cache = None
        if connection.dialect.name == "sqlite":
            cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            connection.exec_driver_sql(f"PRAGMA cache_size = {BUILD_CACHE_KIB}")
        try:
            yield connection
        finally:
            if cache is not None:
                with contextlib.suppress(Exception):
                    connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")


def _index(db: Database, progress: Progress) -> int:
    """The search index over the new records, in its own transaction."""
    with _bulk(db) as connection:
        return search_index.rebuild(
            connection, None, lambda done, total: progress("search", done, total))


def _checkpoint(db: Database) -> None:
    """Fold the write-ahead log into the file and shrink it (it held whole tables)."""
    if db.file is None:
        return
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
