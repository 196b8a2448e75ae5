"""An office with what documents are made from: a case taken through its stages to the
decision (a cadre who has since moved post, and the team), a talk and a list; the issuer
and number prefixes set by the administrator."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import TEST_PASSWORD
from zeren_desktop.domain.cases import StageInput, SubjectStageInput
from zeren_desktop.domain.documents import DocumentKind
from zeren_desktop.domain.enums import (
    CaseStage,
    ClueSource,
    ProblemCategory,
    Rank,
    Sex,
    SubjectKind,
    TalkKind,
    TeamKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.ledger import IssueRequest
from zeren_desktop.domain.records import (
    CadreInput,
    MembershipInput,
    PostInput,
    TeamInput,
    UnitInput,
)
from zeren_desktop.services.app import Services
from zeren_desktop.services.cases_dto import CaseInput, ProblemInput, SubjectInput
from zeren_desktop.services.clue_dto import ClueInput
from zeren_desktop.services.settings import OfficeSettings
from zeren_desktop.services.talks_dto import TalkInput

ISSUER = "中共青山县纪律检查委员会"
CONDUCT = dt.date(2024, 12, 20)
DECIDED = dt.date(2025, 4, 30)
FACTS = "2024年12月，该镇党委班子研究同意发放“班子成员奖”共计9000元。"


def sign_in(services: Services, username: str) -> Services:
    services.auth.sign_in(username, TEST_PASSWORD)
    return services


@dataclass
class Office:
    path: Path
    county: uuid.UUID
    town: uuid.UUID
    other_town: uuid.UUID
    secretary: uuid.UUID
    team: uuid.UUID
    case: uuid.UUID
    secretary_subject: uuid.UUID
    team_subject: uuid.UUID
    undecided_case: uuid.UUID
    talk: uuid.UUID
    list_id: uuid.UUID


def build_office(services: Services, path: Path) -> Office:
    s = sign_in(services, "admin")
    s.settings.set_office_settings(OfficeSettings(
        issuer_name=ISSUER, issuer_short="青纪",
        number_prefixes=(("decision", "青纪发"), ("proposal", "青纪建"))))
    sign_in(s, "clerk")
    county = s.units.create(UnitInput("青山县", UnitKind.COUNTY))
    town = s.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, county))
    other_town = s.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, county))
    bureau = s.units.create(UnitInput("县农业农村局", UnitKind.DEPARTMENT, county))
    secretary = s.cadres.create(CadreInput(
        "欧阳晓燕", Rank.TOWNSHIP_SECTION, sex=Sex.FEMALE, birth_date=dt.date(1975, 8, 3),
        ethnicity="土家族", party_standing="中共党员", posts=(
            PostInput(town, "党委书记", dt.date(2020, 1, 1), dt.date(2025, 6, 30),
                      portfolio="党委全面工作"),
            PostInput(bureau, "副局长", dt.date(2025, 7, 1)))))
    team = s.teams.create(TeamInput(town, TeamKind.PARTY_COMMITTEE, "中共城关镇委员会领导班子"))
    s.teams.add_member(MembershipInput(team, secretary, TeamRole.PRINCIPAL, dt.date(2020, 1, 1)))
    determination = s.regulations.save_determination("城关镇违规发放津贴", {
        "regulation": "hubei-2016", "conduct_date": CONDUCT.isoformat(),
        "decision_date": DECIDED.isoformat(),
        "subjects": [{"id": f"cadre-{secretary}", "kind": "cadre", "role": "first_responsible",
                      "clauses": ["hubei-2016/7.7"], "severity": "grave",
                      "grounds": ["hubei-2016/14.1"]}]}, town)
    clue = s.clues.create(ClueInput("XS2025-0001", dt.date(2025, 1, 10), ClueSource.PETITION,
                                    "反映镇党委违规发放津贴", unit_id=town))
    case = s.cases.create(CaseInput(
        "WZ2025-001", "城关镇违规发放津贴问责案", town,
        (ProblemInput(ProblemCategory.EIGHT_RULES, "违规发放班子成员奖9000元"),),
        (SubjectInput(SubjectKind.CADRE, cadre_id=secretary),
         SubjectInput(SubjectKind.PARTY_TEAM, team_id=team)),
        clue_ids=(clue,), determination_id=determination, conduct_date=CONDUCT,
        proposed_on=dt.date(2025, 3, 3)))
    s.cases.advance(case, StageInput(CaseStage.OPENED, dt.date(2025, 3, 10),
                                     approved_by="县纪委书记"))
    subjects = s.cases.get(case).subjects
    cadre_subject = next(x.id for x in subjects if x.kind is SubjectKind.CADRE)
    team_subject = next(x.id for x in subjects if x.kind is SubjectKind.PARTY_TEAM)
    s.cases.advance(case, StageInput(
        CaseStage.INVESTIGATED, dt.date(2025, 4, 2), team=("王磊", "刘芳"), facts=FACTS,
        subjects=(SubjectStageInput(cadre_subject, statement="对事实无异议，请求从轻处理",
                                    statement_accepted=True),)))
    sign_in(s, "reviewer")
    s.cases.advance(case, StageInput(
        CaseStage.DECIDED, DECIDED, deciding_body="中共青山县委",
        subjects=(SubjectStageInput(cadre_subject,
                                    measures=("party_serious_warning", "dismissal")),
                  SubjectStageInput(team_subject, measures=("org_circulation",)))))
    sign_in(s, "clerk")
    s.cases.set_circulate(case, True, DECIDED)
    undecided = s.cases.create(CaseInput(
        "WZ2025-002", "河口镇问责案", other_town,
        (ProblemInput(ProblemCategory.OTHER, "落实主体责任不力"),),
        (SubjectInput(SubjectKind.PARTY_TEAM, team_id=team),), conduct_date=CONDUCT,
        proposed_on=dt.date(2025, 3, 3)))
    talk = s.talks.create(TalkInput(
        TalkKind.ADMONISHMENT, dt.date(2025, 5, 8), "县纪委副书记 刘明", cadre_id=secretary,
        start_time="09:00", end_time="10:30", place="县纪委谈话室", note_taker="县纪委干部 张敏",
        approved_by="县纪委书记 孙立新",
        basis="《湖北省党风廉政建设主体责任和监督责任追究暂行办法》",
        reason="落实主体责任不力", content="指出问题，提出要求。", statement="诚恳接受批评。",
        rectification="一个月内提交书面整改报告。", deadline=dt.date(2025, 6, 8)))
    list_id = s.lists.issue(IssueRequest(2025, (town,), dt.date(2025, 1, 5))).created[0]
    return Office(path, county, town, other_town, secretary, team, case, cadre_subject,
                  team_subject, undecided, talk, list_id)


def approved(services: Services, document_id: uuid.UUID) -> uuid.UUID:
    """Submit (as clerk) and approve (as reviewer); leaves the reviewer signed in."""
    sign_in(services, "clerk").documents.submit(document_id)
    sign_in(services, "reviewer").documents.approve(document_id)
    return document_id


def signed(services: Services, document_id: uuid.UUID) -> uuid.UUID:
    approved(services, document_id)
    sign_in(services, "leader").documents.sign(document_id)
    return document_id


def decision(services: Services, office: Office) -> uuid.UUID:
    return sign_in(services, "clerk").documents.create_from_case(
        office.case, DocumentKind.DECISION, office.secretary_subject)
