"""Demo clues, accountability cases in every stage, appeals, influence periods and talks.

Written in bulk in the demo's transaction, like the demo ledgers: last year and this year
up to `until`. Cases are spread over the stages (some decided last year, so the
statistics and the influence-period search have history), two have an appeal, one went
back a stage with its reason, a few are marked for circulation.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain import demo_case_text as text
from zeren_desktop.domain.enums import (
    CASE_STAGES,
    AppealOutcome,
    CaseStage,
    ClueHandling,
    ClueResult,
    ClueSource,
    ProblemCategory,
    Rank,
    SubjectKind,
    TalkKind,
    TeamKind,
    TeamRole,
)
from zeren_desktop.domain.periods import add_months
from zeren_desktop.domain.regulations import RegulationSet
from zeren_desktop.domain.text import Translate
from zeren_desktop.storage.case_due import fill_stage_due
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Appeal,
    Cadre,
    CaseProblem,
    CaseStageEvent,
    CaseSubject,
    Clue,
    InfluencePeriodRecord,
    LeadershipTeam,
    Post,
    Talk,
    TeamMembership,
    clue_cadres,
    utcnow,
)


@dataclass(frozen=True)
class DemoCasesResult:
    clues: int
    cases: int
    talks: int
    periods: int


# Measures per severity for a cadre, lightest first (codes of the regulation data).
CADRE_MEASURES: dict[str, tuple[tuple[str, ...], ...]] = {
    "minor": (("criticism_education",), ("written_examination",), ("summons_talk",)),
    "serious": (("circulated_criticism",), ("admonishment",),
                ("admonishment", "party_warning")),
    "grave": (("dismissal", "party_serious_warning"), ("ordered_resignation",),
              ("demotion",), ("party_warning", "adjust_post")),
}
# Cases per stage reached (the last one in each list is where it stands now).
STAGE_MIX: tuple[tuple[CaseStage, int], ...] = (
    (CaseStage.PROPOSED, 2), (CaseStage.OPENED, 2), (CaseStage.INVESTIGATED, 3),
    (CaseStage.DECIDED, 3), (CaseStage.SERVED, 3), (CaseStage.EXECUTED, 4),
    (CaseStage.ARCHIVED, 9),
)
SOURCE_WEIGHTS: tuple[tuple[ClueSource, int], ...] = (
    (ClueSource.BIG_DATA, 55), (ClueSource.PETITION, 14), (ClueSource.SUPERVISION, 8),
    (ClueSource.INSPECTION_TOUR, 6), (ClueSource.AUDIT, 5), (ClueSource.PUBLIC_INQUIRY, 4),
    (ClueSource.ASSIGNED, 4), (ClueSource.UNANNOUNCED, 3), (ClueSource.OTHER, 1),
)


@dataclass(frozen=True)
class _Person:
    cadre_id: uuid.UUID
    name: str
    id_number: str
    rank: Rank
    unit_id: uuid.UUID
    title: str


class _CaseBuilder:
    def __init__(self, session: Session, office_id: uuid.UUID, rng: random.Random,
                 until: dt.date, regulations: RegulationSet) -> None:
        self.session = session
        self.office_id = office_id
        self.rng = rng
        self.until = until
        self.start = dt.date(until.year - 1, 1, 1)
        self.regulations = regulations
        self.rows: dict[str, list[dict[str, Any]]] = {key: [] for key in (
            "clues", "clue_cadres", "cases", "problems", "subjects", "events", "appeals",
            "periods", "talks")}
        self.people: list[_Person] = []
        self.principals: dict[uuid.UUID, _Person] = {}  # unit -> party secretary
        self.party_teams: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
        self.home_unit: uuid.UUID | None = None
        # Who approves the opening of a case and who talks to the cadres a case punished:
        # the county's discipline secretary and a deputy of the roster, so that their
        # ledgers get these entries (as a case stage or a talk saved on its page makes).
        self.approver = "县纪委书记 孙立新"
        self.talker = "县纪委副书记 何建平"

    def _common(self) -> dict[str, Any]:
        now = utcnow()
        return {"id": uuid.uuid4(), "office_id": self.office_id, "created_at": now,
                "updated_at": now}

    def day(self, lo: dt.date, hi: dt.date) -> dt.date:
        hi = max(lo, hi)
        return lo + dt.timedelta(days=self.rng.randint(0, (hi - lo).days))

    def load(self) -> None:
        query = (select(Cadre.id, Cadre.name, Cadre.id_number, Cadre.rank, Post.unit_id,
                        Post.title)
                 .join(Post, Post.cadre_id == Cadre.id)
                 .where(Post.end_date.is_(None))
                 .order_by(Cadre.name, Cadre.id_number, Post.start_date))
        seen: set[uuid.UUID] = set()
        for cadre_id, name, id_number, rank, unit_id, title in self.session.execute(query):
            if cadre_id not in seen:
                seen.add(cadre_id)
                self.people.append(_Person(cadre_id, name, id_number, rank, unit_id, title))
        secretary = next((p for p in self.people if "县纪委书记" in p.title), None)
        deputy = next((p for p in self.people if "县纪委副书记" in p.title), None)
        if secretary is not None:
            self.approver = f"县纪委书记 {secretary.name}"
        if deputy is not None:
            self.talker = f"县纪委副书记 {deputy.name}"
        by_id = {p.cadre_id: p for p in self.people}
        teams = self.session.execute(
            select(LeadershipTeam.id, LeadershipTeam.unit_id, LeadershipTeam.name,
                   TeamMembership.cadre_id, TeamMembership.role)
            .join(TeamMembership, TeamMembership.team_id == LeadershipTeam.id)
            .where(LeadershipTeam.kind == TeamKind.PARTY_COMMITTEE)
            .order_by(LeadershipTeam.name, TeamMembership.start_date))
        for team_id, unit_id, team_name, cadre_id, role in teams:
            self.party_teams[unit_id] = (team_id, team_name)
            if role is TeamRole.PRINCIPAL and cadre_id in by_id:
                self.principals[unit_id] = by_id[cadre_id]

    # -- clues

    def clues(self, cases: list[dict[str, Any]]) -> None:
        sources = [s for s, _ in SOURCE_WEIGHTS]
        weights = [w for _, w in SOURCE_WEIGHTS]
        numbers: dict[int, int] = {}
        case_days = sorted(((c["created_at"].date(), c) for c in cases), key=lambda p: p[0])
        for index in range(360):
            received = self.day(self.start, self.until)
            year = received.year
            numbers[year] = numbers.get(year, 0) + 1
            source = self.rng.choices(sources, weights)[0]
            person = self.rng.choice(self.people)
            concluded = received < self.until - dt.timedelta(days=30) and self.rng.random() < 0.85
            result = None
            handling = ClueHandling.PRELIMINARY if not concluded else ClueHandling.CLOSED
            recovered = corrected = disqualified = 0
            if concluded:
                # Big-data checks confirm about one in nine (the seed: 11.4 %); petitions more.
                rate = 0.12 if source is ClueSource.BIG_DATA else 0.35
                draw = self.rng.random()
                result = (ClueResult.CONFIRMED if draw < rate * 0.7 else ClueResult.PARTLY
                          if draw < rate else ClueResult.UNFOUNDED)
                if result is not ClueResult.UNFOUNDED:
                    recovered = self.rng.randint(5, 400) * 10000
                    corrected = self.rng.choice((0, 0, self.rng.randint(1, 90) * 10000))
                    disqualified = self.rng.choice((0, 0, 1, 1, 2))
            elif self.rng.random() < 0.3:
                handling = self.rng.choice((ClueHandling.PENDING, ClueHandling.TALK_INQUIRY))
            row = self._common() | {
                "number": f"XS{year}-{numbers[year]:04d}", "received_on": received,
                "source": source, "unit_id": person.unit_id,
                "subject_names": person.name, "subject_id_numbers": person.id_number,
                "unit_text": "", "summary": self.rng.choice(text.CLUE_SUMMARIES),
                "handling": handling, "result": result,
                "concluded_on": (self.day(received + dt.timedelta(days=10),
                                          min(self.until, received + dt.timedelta(days=60)))
                                 if concluded else None),
                "money_recovered_fen": recovered, "money_corrected_fen": corrected,
                "persons_disqualified": disqualified, "case_id": None, "import_key": None,
                "remarks": "", "created_by": "clerk"}
            self.rows["clues"].append(row)
            self.rows["clue_cadres"].append({"clue_id": row["id"], "cadre_id": person.cadre_id})
            # The first clues feed the cases: a confirmed clue before each case.
            if index < len(case_days):
                opened, case = case_days[index]
                row["received_on"] = opened - dt.timedelta(days=self.rng.randint(10, 40))
                row["concluded_on"] = opened - dt.timedelta(days=2)
                row["handling"], row["result"] = ClueHandling.FILED, ClueResult.CONFIRMED
                row["case_id"] = case["id"]
                row["unit_id"] = case["unit_id"]

    # -- cases

    def cases(self) -> list[dict[str, Any]]:
        plan = [stage for stage, n in STAGE_MIX for _ in range(n)]
        self.rng.shuffle(plan)
        # By team name, not id: the same seed gives the same county.
        units = sorted(self.principals, key=lambda u: self.party_teams[u][1])
        counter: dict[int, int] = {}
        regulation = self.regulations.in_force_on(self.until) or next(iter(self.regulations))
        made: list[dict[str, Any]] = []
        for index, stage in enumerate(plan):
            reached = CASE_STAGES.index(stage)
            span = 40 + 45 * reached   # how long ago it was proposed
            proposed = self.day(self.start, self.until - dt.timedelta(days=span))
            year = proposed.year
            counter[year] = counter.get(year, 0) + 1
            unit_id = (self.home_unit if self.home_unit in units and index % 4 == 0
                       else units[index * 7 % len(units)])
            category = self.rng.choice(list(ProblemCategory))
            description, short = self.rng.choice(text.PROBLEMS[category])
            unit_people = [p for p in self.people if p.unit_id == unit_id]
            subjects = [p for p in self.rng.sample(unit_people, min(len(unit_people),
                                                                    self.rng.randint(1, 3)))]
            principal = self.principals[unit_id]
            if self.rng.random() < 0.4 and principal not in subjects:
                subjects.insert(0, principal)
            case = self._common() | {
                "number": f"WZ{year}-{counter[year]:03d}",
                "title": f"{self._unit_short(unit_id)}{short}问题问责案",
                "unit_id": unit_id, "stage": stage, "stage_due": None,
                "determination_id": None,
                "conduct_date": proposed - dt.timedelta(days=self.rng.randint(30, 200)),
                "decision_date": None, "deciding_body": "", "dual_inquiry_of": None,
                "circulate": False, "circulated_on": None,
                "summary": description, "created_by": "reviewer"}
            case["created_at"] = case["updated_at"] = dt.datetime.combine(
                proposed, dt.time(9, 0))
            self.rows["cases"].append(case)
            made.append(case)
            problems = [(category, description)]
            if self.rng.random() < 0.3:
                other = self.rng.choice(list(ProblemCategory))
                problems.append((other, self.rng.choice(text.PROBLEMS[other])[0]))
            for position, (cat, desc) in enumerate(problems):
                self.rows["problems"].append(self._common() | {
                    "case_id": case["id"], "position": position, "category": cat,
                    "description": desc})
            self._stages(case, reached, proposed, subjects, regulation.id)
        return made

    def _unit_short(self, unit_id: uuid.UUID) -> str:
        team = self.party_teams.get(unit_id)
        name = team[1] if team else ""
        for suffix in ("党委领导班子", "党组领导班子", "领导班子", "党委", "党组"):
            if name.endswith(suffix):
                return name[: -len(suffix)]
        return name

    def _event(self, case: dict[str, Any], stage: CaseStage, on: dt.date,
               previous: CaseStage | None, **fields: Any) -> None:
        details = fields.pop("details", {})
        self.rows["events"].append(self._common() | {
            "case_id": case["id"], "stage": stage, "from_stage": previous, "happened_on": on,
            "acted_by": fields.get("acted_by", ""), "approved_by": fields.get("approved_by", ""),
            "details": json.dumps(details, ensure_ascii=False, sort_keys=True),
            "reverted": fields.get("reverted", False), "reason": fields.get("reason", ""),
            "entered_by": "reviewer"}
            | {"created_at": dt.datetime.combine(on, dt.time(10, len(self.rows["events"]) % 60)),
               "updated_at": dt.datetime.combine(on, dt.time(10, 0))})

    def _stages(self, case: dict[str, Any], reached: int, proposed: dt.date,
                people: list[_Person], regulation_id: str) -> None:
        rng = self.rng
        team = rng.choice(text.INVESTIGATION_TEAMS)
        on = proposed
        self._event(case, CaseStage.PROPOSED, on, None, acted_by="县纪委党风政风监督室")
        severities = [rng.choice(("minor", "minor", "serious", "serious", "grave"))
                      for _ in people]
        subject_rows = []
        for position, (person, severity) in enumerate(zip(people, severities, strict=True)):
            row = self._common() | {
                "case_id": case["id"], "position": position, "kind": SubjectKind.CADRE,
                "cadre_id": person.cadre_id, "team_id": None, "unit_id": person.unit_id,
                "name": person.name, "post_title": person.title, "rank": person.rank,
                "responsibility": "primary" if position == 0 else "important",
                "severity": severity, "measures": "[]", "probation_months": None,
                "adjusted_on": None, "self_examination_on": None, "statement": "",
                "statement_accepted": None}
            subject_rows.append(row)
        if rng.random() < 0.25 and case["unit_id"] in self.party_teams:
            team_id, team_name = self.party_teams[case["unit_id"]]
            subject_rows.append(self._common() | {
                "case_id": case["id"], "position": len(subject_rows),
                "kind": SubjectKind.PARTY_TEAM, "cadre_id": None, "team_id": team_id,
                "unit_id": case["unit_id"], "name": team_name, "post_title": "",
                "rank": None, "responsibility": "collective", "severity": "minor",
                "measures": "[]", "probation_months": None, "adjusted_on": None,
                "self_examination_on": None, "statement": "", "statement_accepted": None})
        self.rows["subjects"].extend(subject_rows)
        if reached >= 1:
            on = on + dt.timedelta(days=rng.randint(3, 10))
            self._event(case, CaseStage.OPENED, on, CaseStage.PROPOSED,
                        approved_by=self.approver, acted_by="县纪委常委会")
        if reached >= 2:
            on = on + dt.timedelta(days=rng.randint(15, 40))
            for row in subject_rows:
                if row["kind"] is SubjectKind.CADRE:
                    row["statement"] = rng.choice(text.STATEMENTS)
                    row["statement_accepted"] = rng.random() < 0.7
            if rng.random() < 0.2:
                # The facts needed more work: back to the start of the investigation.
                self._event(case, CaseStage.INVESTIGATED, on, CaseStage.OPENED,
                            acted_by=team, details={"team": team, "facts": case["summary"]})
                back = on + dt.timedelta(days=2)
                self._event(case, CaseStage.OPENED, back, CaseStage.INVESTIGATED,
                            reverted=True, reason="部分事实证据不足，退回补充调查。")
                on = back + dt.timedelta(days=rng.randint(7, 15))
            self._event(case, CaseStage.INVESTIGATED, on, CaseStage.OPENED, acted_by=team,
                        details={"team": team, "facts": case["summary"]})
        if reached >= 3:
            on = on + dt.timedelta(days=rng.randint(5, 20))
            on = min(on, self.until)
            body = rng.choice(text.DECIDING_BODIES)
            case["decision_date"], case["deciding_body"] = on, body
            self._event(case, CaseStage.DECIDED, on, CaseStage.INVESTIGATED, acted_by=body,
                        details={"deciding_body": body})
            for row in subject_rows:
                if row["kind"] is SubjectKind.CADRE:
                    measures = rng.choice(CADRE_MEASURES[row["severity"]])
                else:
                    measures = ("org_examination",) if row["severity"] == "minor" else (
                        "org_circulation",)
                row["measures"] = json.dumps(list(measures))
                self._periods(case, row, measures, on, regulation_id)
            if rng.random() < 0.3:
                case["circulate"] = True
        if reached >= 4:
            on = min(on + dt.timedelta(days=rng.randint(2, 7)), self.until)
            self._event(case, CaseStage.SERVED, on, CaseStage.DECIDED,
                        acted_by="县纪委党风政风监督室")
        if reached >= 5:
            served = on
            on = min(on + dt.timedelta(days=rng.randint(10, 28)), self.until)
            for row in subject_rows:
                codes = json.loads(row["measures"])
                if {"dismissal", "ordered_resignation", "demotion", "adjust_post"} & set(codes):
                    row["adjusted_on"] = on
                if "written_examination" in codes or "org_examination" in codes:
                    row["self_examination_on"] = served + dt.timedelta(days=5)
            self._event(case, CaseStage.EXECUTED, on, CaseStage.SERVED,
                        acted_by="县委组织部")
            if case["circulate"]:
                case["circulated_on"] = on
        if reached >= 6:
            on = min(on + dt.timedelta(days=rng.randint(10, 30)), self.until)
            self._event(case, CaseStage.ARCHIVED, on, CaseStage.EXECUTED,
                        acted_by="县纪委案件管理室")
        case["updated_at"] = dt.datetime.combine(on, dt.time(17, 0))

    def _periods(self, case: dict[str, Any], subject: dict[str, Any],
                 measures: tuple[str, ...], decided: dt.date, regulation_id: str) -> None:
        regulation = self.regulations.get(regulation_id)
        assert regulation is not None
        for code in measures:
            rule = regulation.measures.get(code)
            months = rule.period_months(subject["probation_months"]) if rule else None
            if not months or subject["cadre_id"] is None:
                continue
            self.rows["periods"].append(self._common() | {
                "case_id": case["id"], "subject_id": subject["id"],
                "cadre_id": subject["cadre_id"], "measure": code, "months": months,
                "starts_on": decided, "until": add_months(decided, months),
                "restriction": rule.restriction if rule else ""})

    def appeals(self) -> None:
        decided = [c for c in self.rows["cases"] if c["decision_date"] is not None]
        for case, answered in zip(decided[:2], (True, False), strict=False):
            subject = next((s for s in self.rows["subjects"]
                            if s["case_id"] == case["id"] and s["kind"] is SubjectKind.CADRE),
                           None)
            if subject is None:
                continue
            filed = min(case["decision_date"] + dt.timedelta(days=12), self.until)
            self.rows["appeals"].append(self._common() | {
                "case_id": case["id"], "subject_id": subject["id"], "filed_on": filed,
                "within_window": True, "body": "中共青山县纪律检查委员会",
                "grounds": "认为本人已主动整改，处理偏重。",
                "answer_due": add_months(filed, 1),
                "answered_on": (min(filed + dt.timedelta(days=25), self.until)
                                if answered else None),
                "outcome": AppealOutcome.UPHELD if answered else None,
                "answer": "经复查，原处理决定事实清楚、定性准确，予以维持。" if answered else "",
                "entered_by": "reviewer"})

    # -- talks

    def talks(self) -> None:
        kinds = {"summons_talk": TalkKind.SUMMONS, "admonishment": TalkKind.ADMONISHMENT}
        for subject in self.rows["subjects"]:
            case = next(c for c in self.rows["cases"] if c["id"] == subject["case_id"])
            for code in json.loads(subject["measures"]):
                if code in kinds and subject["cadre_id"] is not None:
                    held = min(case["decision_date"] + dt.timedelta(days=7), self.until)
                    self._talk(kinds[code], held, subject["cadre_id"], subject["unit_id"],
                               subject["name"], case["id"])
        for _ in range(70):
            person = self.rng.choice(self.people)
            kind = self.rng.choice((TalkKind.INTEGRITY, TalkKind.INTEGRITY, TalkKind.REMINDER))
            self._talk(kind, self.day(self.start, self.until), person.cadre_id,
                       person.unit_id, person.name, None)

    def _talk(self, kind: TalkKind, held: dt.date, cadre_id: uuid.UUID,
              unit_id: uuid.UUID | None, name: str, case_id: uuid.UUID | None) -> None:
        principal = self.principals.get(unit_id) if unit_id else None
        talker = (self.talker if kind in (TalkKind.SUMMONS, TalkKind.ADMONISHMENT)
                  or principal is None or principal.cadre_id == cadre_id
                  else f"党委书记 {principal.name}")
        follow = held + dt.timedelta(days=30) if kind is not TalkKind.INTEGRITY else None
        # Follow-ups older than ten days were done; the recent ones are still due.
        done = follow is not None and follow <= self.until - dt.timedelta(days=10)
        case_title = next((c["title"] for c in self.rows["cases"] if c["id"] == case_id), "")
        reason = (f"落实问责决定：{case_title}" if case_title
                  else self.rng.choice(text.TALK_REASONS[kind.value]))
        self.rows["talks"].append(self._common() | {
            "kind": kind, "held_on": held, "start_time": "09:30", "end_time": "10:20",
            "place": self.rng.choice(text.TALK_PLACES), "cadre_id": cadre_id,
            "unit_id": unit_id, "subject_name": name, "talker": talker,
            "note_taker": "纪检干事 刘晓燕", "approved_by": self.approver
            if case_id else "", "basis": "问责决定" if case_id else "年度廉政谈话计划",
            "reason": reason, "content": self.rng.choice(text.TALK_CONTENT[kind.value]),
            "statement": "本人接受组织谈话，将认真整改。",
            "rectification": "" if kind is TalkKind.INTEGRITY else "一个月内提交书面整改报告。",
            "deadline": follow, "follow_up_on": follow,
            "follow_up_note": "已按期提交整改报告。" if done else "",
            "case_id": case_id, "entered_by": "clerk"})

    def write(self) -> DemoCasesResult:
        connection = self.session.connection()
        tables: tuple[tuple[Any, str], ...] = (
            (AccountabilityCase.__table__, "cases"), (CaseProblem.__table__, "problems"),
            (CaseSubject.__table__, "subjects"), (CaseStageEvent.__table__, "events"),
            (Appeal.__table__, "appeals"), (InfluencePeriodRecord.__table__, "periods"),
            (Clue.__table__, "clues"), (clue_cadres, "clue_cadres"), (Talk.__table__, "talks"))
        for table, key in tables:
            if self.rows[key]:
                connection.execute(insert(table), self.rows[key])
        # The deadline of each case's stage, as the case service sets it (the list sorts
        # and filters on it).
        fill_stage_due(connection, [case["id"] for case in self.rows["cases"]])
        return DemoCasesResult(len(self.rows["clues"]), len(self.rows["cases"]),
                               len(self.rows["talks"]), len(self.rows["periods"]))


def add_demo_cases(session: Session, office_id: uuid.UUID, rng: random.Random,
                   until: dt.date, regulations: RegulationSet,
                   home_unit: uuid.UUID | None = None) -> DemoCasesResult:
    """Clues, cases, appeals, influence periods and talks for the cadres in `session`;
    every fourth case belongs to `home_unit` (the demo clerk's township), so that the
    clerk sees cases of their own."""
    session.flush()
    builder = _CaseBuilder(session, office_id, rng, until, regulations)
    builder.home_unit = home_unit
    builder.load()
    cases = builder.cases()
    builder.clues(cases)
    builder.appeals()
    builder.talks()
    return builder.write()


def derive_demo_ledgers(session: Session, office_id: uuid.UUID, translate: Translate) -> int:
    """The ledger entries the demo's talks and case stages imply, made by the derivation
    the talk and case services run when one is saved (the talker's 廉政谈话提醒, the
    研究查处案件 and 追责问责 of who acted on or approved a stage); the number made.
    Written in a fixed order, so that a seed gives the same ledgers."""
    from zeren_desktop.services.cases import derive_case_stage
    from zeren_desktop.services.talks import derive_talk

    session.flush()
    made = 0
    for talk in session.scalars(select(Talk).order_by(Talk.held_on, Talk.subject_name,
                                                      Talk.kind, Talk.talker)):
        made += derive_talk(session, office_id, talk.entered_by, talk, translate)
    cases = session.scalars(select(AccountabilityCase).order_by(AccountabilityCase.number)
                            .options(selectinload(AccountabilityCase.events),
                                     selectinload(AccountabilityCase.subjects)))
    for case in cases:
        for event in sorted(case.events, key=lambda e: (e.happened_on, e.created_at)):
            if not event.reverted:  # a step back is no act on the case: nothing derived
                made += derive_case_stage(session, office_id, event.entered_by, case, event,
                                          translate)
    return made
