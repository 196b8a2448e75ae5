"""Demo data: a fictional county (青山县) with its units, cadres, posts and teams.

Same seed, same data: every name, number and date comes from `random.Random(seed)` and a
fixed reference date; only the record ids (uuid4) differ between loads. Every unit and
cadre passes the same validation as user input, then all is written in one transaction
(one record per service call would be one synchronous commit each).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from zeren_desktop.domain import demo_names as data
from zeren_desktop.domain.enums import Rank, Sex, TeamKind, TeamRole, UnitKind
from zeren_desktop.domain.identity import credit_code_check_char, resident_id_check_char
from zeren_desktop.domain.pinyin import initials
from zeren_desktop.domain.records import (
    CadreInput,
    MembershipInput,
    PostInput,
    TeamInput,
    UnitInput,
    years_after,
)
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError
from zeren_desktop.services import auth
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import database_id
from zeren_desktop.services.exchange import install_demo_key
from zeren_desktop.services.session import Actor, utc_now
from zeren_desktop.storage import search_index
from zeren_desktop.storage.models import (
    AppSetting,
    Cadre,
    LeadershipTeam,
    Office,
    Post,
    TeamMembership,
    Unit,
    User,
)

_CTX = "Demo"
DEFAULT_REFERENCE_DATE = dt.date(2026, 1, 1)
EARLIEST_BIRTH = dt.date(1965, 1, 1)
LATEST_BIRTH = dt.date(1995, 12, 31)
TRANSFER_SHARE = 0.11  # of cadres outside villages, who held an earlier post elsewhere
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714 organisation code
REFUSED = QT_TRANSLATE_NOOP(
    "Demo", "Demo data needs an empty database; this one holds {units} units and {cadres} cadres.")


class DemoRefusedError(ZerenError):
    """Demo data goes only into an empty database."""


@dataclass(frozen=True)
class DemoResult:
    units: int
    cadres: int
    posts: int
    teams: int
    memberships: int
    accounts: tuple[str, ...] = ()
    lists: int = 0
    entries: int = 0
    inspections: int = 0
    clues: int = 0
    cases: int = 0
    talks: int = 0
    periods: int = 0
    documents: int = 0
    assessments: int = 0     # units scored and locked (two years)
    meetings: int = 0        # township Party committee meetings, feeding the ledgers


# Printed by `zeren demo` and in the README; they sign in only to their own demo database.
DEMO_PASSWORD = "Zeren-Demo-2026"
DEMO_ACCOUNTS: tuple[tuple[str, str, AccountRole, bool], ...] = (
    ("clerk", "演示录入员", AccountRole.CLERK, True),   # scoped to the first township
    ("reviewer", "演示审核员", AccountRole.REVIEWER, False),
    ("leader", "演示领导", AccountRole.APPROVER, False),
    ("admin", "演示系统管理员", AccountRole.ADMINISTRATOR, False),
    ("auditor", "演示审计员", AccountRole.AUDITOR, False),
)


@dataclass
class _Team:
    id: uuid.UUID
    unit_id: uuid.UUID
    kind: TeamKind


NO_UNIT = uuid.UUID(int=0)


@dataclass
class _Rows:
    units: list[dict[str, Any]] = field(default_factory=list)
    cadres: list[dict[str, Any]] = field(default_factory=list)
    posts: list[dict[str, Any]] = field(default_factory=list)
    teams: list[dict[str, Any]] = field(default_factory=list)
    memberships: list[dict[str, Any]] = field(default_factory=list)
    first_township: uuid.UUID = NO_UNIT


@dataclass(frozen=True)
class _Seat:
    """A current post to fill, and the team places that go with it."""

    unit_id: uuid.UUID
    title: str
    rank: Rank
    born: tuple[int, int]  # earliest and latest birth year
    female: float  # chance the holder is a woman
    portfolio: str = ""
    places: tuple[tuple[_Team, TeamRole], ...] = ()
    party_member: bool = True


def _org_code(body: str) -> str:
    """An organisation code (GB 11714): eight digits and their check character."""
    total = sum(int(c) * w for c, w in zip(body, _ORG_CODE_WEIGHTS, strict=True))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


class _Builder:
    def __init__(self, rng: random.Random, reference: dt.date, office_id: uuid.UUID) -> None:
        self.rng = rng
        self.reference = reference
        self.office_id = office_id
        self.rows = _Rows()
        self._order: dict[uuid.UUID | None, int] = {}
        self._names: set[str] = set()
        self._ids: set[str] = set()
        self._phones: set[str] = set()
        self._codes: set[str] = set()
        self._surnames = [s for s, _ in data.SURNAMES]
        self._surname_weights = [w for _, w in data.SURNAMES]
        # Units that can be an earlier post's place, with the team a leader sat in there.
        self.townships: list[tuple[uuid.UUID, str, _Team]] = []
        self.departments: list[tuple[uuid.UUID, str, _Team]] = []

    # ---- helpers -------------------------------------------------------------------

    def _pick(self, weighted: Sequence[tuple[str, int]]) -> str:
        return self.rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]

    def _date_between(self, lo: dt.date, hi: dt.date) -> dt.date:
        if hi <= lo:
            return lo
        return lo + dt.timedelta(days=self.rng.randrange((hi - lo).days + 1))

    def _credit_code(self, kind_code: str) -> str:
        """A unified social credit code: kind, region, organisation code, check."""
        lead = {"11": "0", "12": "4"}.get(kind_code, "7")
        while True:
            org = _org_code(lead + f"{self.rng.randrange(10 ** 7):07d}")
            first17 = kind_code + data.REGION_CODE + org
            code = first17 + credit_code_check_char(first17)
            if code not in self._codes:
                self._codes.add(code)
                return code

    def _name(self, sex: Sex) -> str:
        chars = data.MALE_CHARS if sex is Sex.MALE else data.FEMALE_CHARS
        while True:
            surname = self.rng.choices(self._surnames, self._surname_weights)[0]
            if self.rng.random() < 0.25:
                given = self.rng.choice(chars)
            else:
                first = self.rng.choice(data.NEUTRAL_CHARS if self.rng.random() < 0.3
                                        else chars)
                given = first + self.rng.choice(chars)
            name = surname + given
            if (len(given) == 1 or given[0] != given[1]) and name not in self._names:
                self._names.add(name)
                return name

    def _id_number(self, birth: dt.date, sex: Sex) -> str:
        region = (data.REGION_CODE if self.rng.random() < 0.85
                  else self.rng.choice(data.OTHER_REGION_CODES))
        while True:
            order = self.rng.randrange(100)
            sex_digit = self.rng.randrange(5) * 2 + (1 if sex is Sex.MALE else 0)
            first17 = f"{region}{birth:%Y%m%d}{order:02d}{sex_digit}"
            number = first17 + resident_id_check_char(first17)
            if number not in self._ids:
                self._ids.add(number)
                return number

    def _phone(self) -> str:
        while True:
            phone = self.rng.choice(data.PHONE_PREFIXES) + f"{self.rng.randrange(10 ** 8):08d}"
            if phone not in self._phones:
                self._phones.add(phone)
                return phone

    # ---- units and teams -----------------------------------------------------------

    def unit(self, name: str, kind: UnitKind, parent: uuid.UUID | None, *,
             short_name: str = "", credit_kind: str = "", notes: str = "") -> uuid.UUID:
        code = self._credit_code(credit_kind) if credit_kind else ""
        item = UnitInput(name, kind, parent, short_name, code, notes).validated()
        unit_id = uuid.uuid4()
        order = self._order.get(parent, 0) + 1
        self._order[parent] = order
        self.rows.units.append({
            "id": unit_id, "office_id": self.office_id, "name": item.name,
            "short_name": item.short_name, "kind": item.kind, "parent_id": item.parent_id,
            "credit_code": item.credit_code, "notes": item.notes, "sort_order": order,
            "pinyin": initials(item.name, surname=False)})
        return unit_id

    def team(self, unit_id: uuid.UUID, kind: TeamKind, name: str) -> _Team:
        item = TeamInput(unit_id, kind, name).validated()
        team = _Team(uuid.uuid4(), unit_id, kind)
        self.rows.teams.append({"id": team.id, "office_id": self.office_id,
                                "unit_id": item.unit_id, "kind": item.kind, "name": item.name})
        return team

    def _membership(self, item: MembershipInput) -> None:
        self.rows.memberships.append({
            "id": uuid.uuid4(), "office_id": self.office_id, "team_id": item.team_id,
            "cadre_id": item.cadre_id, "role": item.role, "portfolio": item.portfolio.strip(),
            "start_date": item.start_date, "end_date": item.end_date})

    # ---- cadres --------------------------------------------------------------------

    def _earlier_post(self, seat: _Seat, birth: dt.date, start: dt.date
                      ) -> tuple[PostInput, tuple[_Team, TeamRole] | None] | None:
        """An ended post in another township or department, before `start`."""
        rng = self.rng
        pool = self.townships + self.departments
        unit_id, unit_name, team = rng.choice(
            [p for p in pool if p[0] != seat.unit_id] or pool)
        is_township = unit_name.endswith(("镇", "乡"))
        place: tuple[_Team, TeamRole] | None = None
        portfolio = ""
        if seat.rank is Rank.COUNTY_DIVISION:
            if is_township:
                title, portfolio = "党委书记", f"主持{unit_name}党委全面工作"
            else:
                title, portfolio = "党组书记、局长", "主持全面工作"
            place = (team, TeamRole.PRINCIPAL)
        elif seat.rank is Rank.TOWNSHIP_SECTION:
            if is_township:
                title = f"党委委员、副{unit_name[-1]}长"
                portfolio = rng.choice(data.TOWNSHIP_VICE_HEAD_PORTFOLIOS)
            else:
                title = "党组成员、副局长"
                portfolio = "分管办公室、机关党建工作"
            place = (team, TeamRole.MEMBER)
        else:
            title = rng.choice(data.TOWNSHIP_STAFF_TITLES if is_township
                               else data.DEPARTMENT_STAFF_TITLES)
        lo = max(years_after(birth, 22), start - dt.timedelta(days=8 * 365))
        hi = start - dt.timedelta(days=2 * 365)
        if hi < lo:
            return None
        begin = self._date_between(lo, hi)
        end = start - dt.timedelta(days=rng.randrange(1, 45))
        return PostInput(unit_id, title, begin, end, portfolio), place

    def cadre(self, seat: _Seat) -> uuid.UUID:
        rng = self.rng
        sex = Sex.FEMALE if rng.random() < seat.female else Sex.MALE
        lo = max(dt.date(seat.born[0], 1, 1), EARLIEST_BIRTH)
        # Everyone is 23 or older on the reference date, whatever that date is.
        hi = min(dt.date(seat.born[1], 12, 31), LATEST_BIRTH,
                 years_after(self.reference, -23))
        lo = min(lo, hi)
        birth = self._date_between(lo, hi)
        start = self._date_between(
            max(years_after(birth, 22), self.reference - dt.timedelta(days=9 * 365)),
            self.reference - dt.timedelta(days=60))
        posts = [PostInput(seat.unit_id, seat.title, start, None, seat.portfolio)]
        earlier_place: tuple[_Team, TeamRole] | None = None
        earlier: PostInput | None = None
        if seat.rank is not Rank.OTHER and rng.random() < TRANSFER_SHARE:
            found = self._earlier_post(seat, birth, start)
            if found is not None:
                earlier, earlier_place = found
                posts.insert(0, earlier)
        standing = (data.PARTY_MEMBER if seat.party_member
                    else self._pick(data.STAFF_PARTY_STANDINGS))
        if birth.year < 1985 and standing == "共青团员":
            standing = "群众"
        item = CadreInput(
            name=self._name(sex), rank=seat.rank, sex=sex, birth_date=birth,
            ethnicity=self._pick(data.ETHNICITIES), id_number=self._id_number(birth, sex),
            party_standing=standing, phone=self._phone(), posts=tuple(posts),
        ).validated(self.reference)
        cadre_id = uuid.uuid4()
        self.rows.cadres.append({
            "id": cadre_id, "office_id": self.office_id, "name": item.name, "sex": item.sex,
            "birth_date": item.birth_date, "ethnicity": item.ethnicity,
            "id_number": item.id_number, "party_standing": item.party_standing,
            "rank": item.rank, "phone": item.phone, "notes": item.notes,
            "pinyin": initials(item.name)})
        for post in item.posts:
            self.rows.posts.append({
                "id": uuid.uuid4(), "office_id": self.office_id, "cadre_id": cadre_id,
                "unit_id": post.unit_id, "title": post.title, "portfolio": post.portfolio,
                "start_date": post.start_date, "end_date": post.end_date})
        for team, role in seat.places:
            self._membership(MembershipInput(team.id, cadre_id, role, start, None,
                                             seat.portfolio))
        if earlier is not None and earlier_place is not None:
            team, role = earlier_place
            self._membership(MembershipInput(team.id, cadre_id, role, earlier.start_date,
                                             earlier.end_date, earlier.portfolio))
        return cadre_id

    # ---- the county ----------------------------------------------------------------

    def build(self) -> _Rows:
        rng = self.rng
        county = self.unit(data.COUNTY_NAME, UnitKind.COUNTY, None,
                           short_name=data.COUNTY_SHORT, credit_kind="11",
                           notes=data.COUNTY_NOTES)
        county_team = self.team(county, TeamKind.PARTY_COMMITTEE, "青山县委领导班子")
        county_discipline = self.team(county, TeamKind.DISCIPLINE, "青山县纪委监委领导班子")

        townships: list[tuple[data.TownshipSpec, uuid.UUID]] = []
        for spec in data.TOWNSHIPS:
            unit_id = self.unit(spec.name, UnitKind.TOWNSHIP, county, short_name=spec.short,
                                credit_kind="11")
            townships.append((spec, unit_id))
            if len(townships) == 1:
                self.rows.first_township = unit_id
            for village in spec.villages:
                self.unit(village, UnitKind.VILLAGE, unit_id)
        departments: list[tuple[data.DepartmentSpec, uuid.UUID]] = []
        for dept in data.DEPARTMENTS:
            unit_id = self.unit(dept.name, UnitKind.DEPARTMENT, county,
                                short_name=dept.name.removeprefix("县"), credit_kind="11")
            departments.append((dept, unit_id))
        enterprises: list[tuple[data.EnterpriseSpec, uuid.UUID]] = []
        for ent in data.ENTERPRISES:
            unit_id = self.unit(ent.short, UnitKind.ENTERPRISE, county,
                                short_name=ent.short.removeprefix("县"),
                                credit_kind=ent.kind_code, notes=f"全称：{ent.name}")
            enterprises.append((ent, unit_id))

        self._teams_and_leaders(county, county_team, county_discipline, townships,
                                departments, enterprises)
        # Village and community secretaries, for most villages.
        villages = [row for row in self.rows.units if row["kind"] is UnitKind.VILLAGE]
        for row in villages:
            if rng.random() < 0.7:
                title = (data.COMMUNITY_SECRETARY if row["name"].endswith("社区")
                         else data.VILLAGE_SECRETARY)
                self.cadre(_Seat(row["id"], title, Rank.OTHER, (1965, 1988), 0.2,
                                 "主持全面工作"))
        return self.rows

    def _teams_and_leaders(
            self, county: uuid.UUID, county_team: _Team, county_discipline: _Team,
            townships: Sequence[tuple[data.TownshipSpec, uuid.UUID]],
            departments: Sequence[tuple[data.DepartmentSpec, uuid.UUID]],
            enterprises: Sequence[tuple[data.EnterpriseSpec, uuid.UUID]]) -> None:
        """The teams of every unit, then their leaders (also the county-scale demo's)."""
        # Teams first, so that earlier posts can name any township or department team.
        township_teams: list[tuple[_Team, _Team]] = []
        for spec, unit_id in townships:
            committee = self.team(unit_id, TeamKind.PARTY_COMMITTEE, f"{spec.name}党委领导班子")
            discipline = self.team(unit_id, TeamKind.DISCIPLINE, f"{spec.name}纪委")
            township_teams.append((committee, discipline))
            self.townships.append((unit_id, spec.name, committee))
        department_teams: list[tuple[_Team, _Team | None]] = []
        for dept, unit_id in departments:
            committee = self.team(unit_id, TeamKind.PARTY_COMMITTEE, dept.name + dept.committee)
            inspection = (self.team(unit_id, TeamKind.DISCIPLINE, dept.name + "纪检组")
                          if dept.discipline_leader else None)
            department_teams.append((committee, inspection))
            self.departments.append((unit_id, dept.name, committee))

        self._county(county, county_team, county_discipline)
        for (spec, unit_id), (committee, discipline) in zip(
                townships, township_teams, strict=True):
            self._township(spec, unit_id, committee, discipline)
        for (dept, unit_id), (committee, dept_discipline) in zip(
                departments, department_teams, strict=True):
            self._department(dept, unit_id, committee, dept_discipline)
        for ent, unit_id in enterprises:
            team = self.team(unit_id, TeamKind.PARTY_COMMITTEE, ent.team)
            self.cadre(_Seat(unit_id, ent.leader, Rank.TOWNSHIP_SECTION, (1966, 1978), 0.15,
                             "主持全面工作", ((team, TeamRole.PRINCIPAL),)))
            for title, portfolio in ent.deputies:
                role = TeamRole.DEPUTY if "副书记" in title else TeamRole.MEMBER
                rank = Rank.OTHER if ent.kind_code == "91" else Rank.TOWNSHIP_SECTION
                self.cadre(_Seat(unit_id, title, rank, (1970, 1985), 0.3, portfolio,
                                 ((team, role),)))

    def _county(self, county: uuid.UUID, team: _Team, discipline: _Team) -> None:
        for title, portfolio, role in data.COUNTY_LEADERS:
            places: tuple[tuple[_Team, TeamRole], ...] = ()
            if role is not None:
                places = ((team, TeamRole(role)),)
            if "纪委书记" in title:
                places += ((discipline, TeamRole.PRINCIPAL),)
            born = (1966, 1976) if role in ("principal", "deputy") else (1968, 1980)
            self.cadre(_Seat(county, title, Rank.COUNTY_DIVISION, born,
                             0.1 if role == "principal" else 0.2, portfolio, places))
        for title, portfolio in data.COUNTY_DISCIPLINE_DEPUTIES:
            role = TeamRole.DEPUTY if "副书记" in title else TeamRole.MEMBER
            self.cadre(_Seat(county, title, Rank.TOWNSHIP_SECTION, (1970, 1984), 0.3,
                             portfolio, ((discipline, role),)))
        for title in data.COUNTY_DISCIPLINE_STAFF:
            self.cadre(_Seat(county, "县纪委监委" + title, Rank.GENERAL, (1978, 1995), 0.45))

    def _township(self, spec: data.TownshipSpec, unit_id: uuid.UUID,
                  committee: _Team, discipline: _Team) -> None:
        rng = self.rng
        head = "镇" if spec.is_town else "乡"

        def fill(pattern: tuple[str, str]) -> tuple[str, str]:
            return (pattern[0].format(head=head, unit=spec.name),
                    pattern[1].format(head=head, unit=spec.name))

        title, portfolio = fill(data.TOWNSHIP_SECRETARY)
        self.cadre(_Seat(unit_id, title, Rank.TOWNSHIP_SECTION, (1972, 1984), 0.12, portfolio,
                         ((committee, TeamRole.PRINCIPAL),)))
        title, portfolio = fill(data.TOWNSHIP_HEAD)
        self.cadre(_Seat(unit_id, title, Rank.TOWNSHIP_SECTION, (1974, 1986), 0.15, portfolio,
                         ((committee, TeamRole.DEPUTY),)))
        title, portfolio = fill(data.TOWNSHIP_DEPUTY_SECRETARY)
        self.cadre(_Seat(unit_id, title, Rank.TOWNSHIP_SECTION, (1976, 1988), 0.25, portfolio,
                         ((committee, TeamRole.DEPUTY),)))
        title, portfolio = fill(data.TOWNSHIP_DISCIPLINE_SECRETARY)
        self.cadre(_Seat(unit_id, title, Rank.TOWNSHIP_SECTION, (1975, 1988), 0.3, portfolio,
                         ((committee, TeamRole.MEMBER), (discipline, TeamRole.PRINCIPAL))))
        for title, portfolio, female in data.TOWNSHIP_COMMITTEE_MEMBERS:
            self.cadre(_Seat(unit_id, title, Rank.TOWNSHIP_SECTION, (1978, 1990), female,
                             portfolio, ((committee, TeamRole.MEMBER),)))
        vice_heads = rng.randint(2, 3)
        for i, portfolio in enumerate(rng.sample(data.TOWNSHIP_VICE_HEAD_PORTFOLIOS,
                                                 vice_heads)):
            title = f"党委委员、副{head}长" if i == 0 else f"副{head}长"
            self.cadre(_Seat(unit_id, title, Rank.TOWNSHIP_SECTION, (1976, 1990), 0.25,
                             portfolio, ((committee, TeamRole.MEMBER),)))
        self.cadre(_Seat(unit_id, data.TOWNSHIP_DISCIPLINE_DEPUTY, Rank.GENERAL, (1980, 1993),
                         0.35, "协助纪委书记开展监督执纪问责工作",
                         ((discipline, TeamRole.DEPUTY),)))
        for _ in range(rng.randint(1, 2)):
            self.cadre(_Seat(unit_id, data.TOWNSHIP_DISCIPLINE_CLERK, Rank.GENERAL,
                             (1985, 1995), 0.5, "负责信访登记、台账管理和日常监督工作",
                             ((discipline, TeamRole.MEMBER),)))
        for title in rng.sample(data.TOWNSHIP_STAFF_TITLES, rng.randint(2, 4)):
            self.cadre(_Seat(unit_id, title, Rank.GENERAL, (1978, 1995), 0.45,
                             party_member=False))

    def _department(self, dept: data.DepartmentSpec, unit_id: uuid.UUID,
                    committee: _Team, discipline: _Team | None) -> None:
        rng = self.rng
        secretary = dept.committee + "书记"
        self.cadre(_Seat(unit_id, f"{secretary}、{dept.head}", Rank.TOWNSHIP_SECTION,
                         (1968, 1980), 0.15, "主持全面工作",
                         ((committee, TeamRole.PRINCIPAL),)))
        deputy_title = f"{dept.committee}委员、副{dept.head}" if dept.committee == "党委" \
            else f"{dept.committee}成员、副{dept.head}"
        for area in rng.sample(dept.areas, rng.randint(2, 3)):
            self.cadre(_Seat(unit_id, deputy_title, Rank.TOWNSHIP_SECTION, (1970, 1986), 0.25,
                             f"分管{area}工作", ((committee, TeamRole.MEMBER),)))
        if discipline is not None:
            self.cadre(_Seat(unit_id, f"{dept.committee}成员、纪检组长", Rank.TOWNSHIP_SECTION,
                             (1970, 1982), 0.3, "负责本单位纪检监察和党风廉政建设监督工作",
                             ((committee, TeamRole.MEMBER), (discipline, TeamRole.PRINCIPAL))))
        places: tuple[tuple[_Team, TeamRole], ...] = (
            ((discipline, TeamRole.MEMBER),) if discipline is not None else ())
        self.cadre(_Seat(unit_id, "纪检监察员", Rank.GENERAL, (1980, 1993), 0.4,
                         "协助开展本单位日常监督和廉政教育工作", places))
        for title in rng.sample(data.DEPARTMENT_STAFF_TITLES, rng.randint(1, 3)):
            self.cadre(_Seat(unit_id, title, Rank.GENERAL, (1980, 1995), 0.45,
                             party_member=False))


def refuse_unless_empty(session: Session, actor: Actor | None) -> None:
    """The demo goes only into a database without units or cadres."""
    units = int(session.scalar(select(func.count()).select_from(Unit)) or 0)
    cadres = int(session.scalar(select(func.count()).select_from(Cadre)) or 0)
    if units or cadres:
        raise DemoRefusedError(Message(_CTX, REFUSED, {"units": units, "cadres": cadres}))
    # Demo accounts have a published password: only into a database nobody uses yet,
    # or by its own administrator's choice (the first-run wizard, signed in).
    if session.scalar(select(User.id).limit(1)) is not None and not (
            actor is not None and AccountRole.ADMINISTRATOR in actor.roles):
        raise DemoRefusedError(Message(_CTX, QT_TRANSLATE_NOOP(
            "Demo", "This database has user accounts: only its administrator, signed in,"
            " can load the demo data (it adds demo accounts with a published password).")))


def write_organisation(session: Session, office_id: uuid.UUID, rows: Any) -> None:
    """The demo county's name, issuer, units, cadres, posts and teams (`rows`: what a
    builder made, with units, cadres, posts, teams and memberships as insert batches)."""
    office = session.get(Office, office_id)
    assert office is not None
    office.name = data.OFFICE_NAME
    session.merge(AppSetting(key="office.issuer_name", value=data.ISSUER_NAME))
    session.merge(AppSetting(key="office.issuer_short", value=data.ISSUER_SHORT))
    for model, batch in ((Unit, rows.units), (Cadre, rows.cadres), (Post, rows.posts),
                         (LeadershipTeam, rows.teams), (TeamMembership, rows.memberships)):
        session.execute(insert(model), batch)


def load_demo(services: Services, *, seed: int = 2016, today: dt.date | None = None,
              ledger_until: dt.date | None = None) -> DemoResult:
    """Fill an empty database with the fictional county; refuse if it holds any data.

    The duty ledgers, cases, talks and documents cover last year and this year up to
    `ledger_until` (default: yesterday), so that the pages show the current year.
    """
    from zeren_desktop.services.demo_assessment import add_demo_assessment
    from zeren_desktop.services.demo_cases import add_demo_cases, derive_demo_ledgers
    from zeren_desktop.services.demo_documents import add_demo_documents
    from zeren_desktop.services.demo_ledger import add_demo_ledger
    from zeren_desktop.services.demo_meetings import add_demo_meetings
    from zeren_desktop.services.documents import document_fonts_for
    from zeren_desktop.services.regulations import load_shipped

    until = ledger_until or (dt.date.today() - dt.timedelta(days=1))
    reference = today or DEFAULT_REFERENCE_DATE
    rows = _Builder(random.Random(seed), reference, services.office_id).build()
    # Hashing is slow by design, and so is reading the fonts of the demo documents' PDFs:
    # both before the write transaction holds the lock (one after the other: a thread here
    # bought 0.7 s and one unexplained crash in testing).
    hashes = [auth.PASSWORD_HASHER.hash(DEMO_PASSWORD) for _ in DEMO_ACCOUNTS]
    document_fonts = document_fonts_for(services.settings.office_settings())
    with services.db.write() as session:
        refuse_unless_empty(session, services.state.actor)
        write_organisation(session, services.office_id, rows)
        ledger = add_demo_ledger(session, services.office_id, random.Random(seed + 1), until)
        meetings = add_demo_meetings(session, services.office_id, random.Random(seed + 5),
                                     until, services.state.translate)
        regulations = load_shipped()
        cases = add_demo_cases(session, services.office_id, random.Random(seed + 2), until,
                               regulations, home_unit=rows.first_township)
        accounts = _demo_accounts(session, services.office_id, hashes, rows.first_township)
        documents = add_demo_documents(session, services, random.Random(seed + 3), until,
                                       regulations, home_unit=rows.first_township,
                                       fonts=document_fonts)
        # Two scored years: the year before (its ledgers are not in the demo, so the ledger
        # item scores nothing) and this one so far, for the ranking and its comparison.
        assessed = sum(
            add_demo_assessment(session, services.office_id, random.Random(seed + 4 + n),
                                year, today=until).assessments
            for n, year in enumerate((until.year - 1, until.year)))
        # The talks' and case stages' ledger entries, as their services make them on save.
        derive_demo_ledgers(session, services.office_id, services.state.translate)
        session.flush()
        # The search index over everything above (written in bulk, partly bypassing the
        # services that keep it in step): rebuilt once.
        search_index.rebuild(session.connection())
        session.merge(AppSetting(key="is_demo", value="1"))
        # Exchange packages: the same key pair in every demo database of a seed, trusted
        # for any office id, so that one demo database's package imports into another.
        install_demo_key(session, f"zeren-demo-{seed}".encode())
        result = DemoResult(len(rows.units), len(rows.cadres), len(rows.posts),
                            len(rows.teams), len(rows.memberships), tuple(accounts),
                            ledger.lists, ledger.entries, ledger.inspections, cases.clues,
                            cases.cases, cases.talks, cases.periods, documents.documents,
                            assessed, meetings)
        services.audit.append(session, user_id=None, username="", action="demo.load",
                              summary=f"seed {seed}", after=asdict(result))
    return result


def _demo_accounts(session: Session, office_id: uuid.UUID, hashes: Sequence[str],
                   township: uuid.UUID) -> list[str]:
    """One account per role of `DEMO_ACCOUNTS` in the office, bound to this database (the
    scoped ones to `township`); names already taken are skipped. The normal demo and the
    county-scale one (services/demo_county.py) both make them so."""
    db_id = database_id(session)
    created: list[str] = []
    for (username, display, role, scoped), password_hash in zip(
            DEMO_ACCOUNTS, hashes, strict=True):
        if session.scalar(select(User.id).where(User.username == username)):
            continue
        session.add(User(office_id=office_id, username=username,
                         display_name=display, roles=role.value,
                         scope_unit_id=township if scoped else None, is_active=True,
                         password_hash=password_hash, password_changed_at=utc_now(),
                         failed_logins=0, demo_database_id=db_id))
        created.append(username)
    return created
