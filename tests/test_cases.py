"""The case service: every stage, deadlines, appeals, influence periods, dual inquiry,
permissions and township scope, on a real migrated database."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import func, select

from tests.conftest import TEST_PASSWORD
from zeren_desktop.domain.cases import StageInput, SubjectStageInput
from zeren_desktop.domain.enums import (
    AppealOutcome,
    CaseStage,
    ClueHandling,
    ClueSource,
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
from zeren_desktop.domain.text import ConflictError, ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.cases_dto import (
    AppealAnswer,
    AppealInput,
    CaseInput,
    ProblemInput,
    SubjectInput,
)
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.storage.models import AuditRecord, CaseStageEvent, Clue, InfluencePeriodRecord

PROPOSED = dt.date(2025, 3, 3)
OPENED = dt.date(2025, 3, 10)
INVESTIGATED = dt.date(2025, 4, 2)
DECIDED = dt.date(2025, 4, 30)
SERVED = dt.date(2025, 5, 6)
ADJUSTED = dt.date(2025, 5, 20)
EXECUTED = dt.date(2025, 5, 28)
ARCHIVED = dt.date(2025, 6, 30)


def sign_in(services: Services, username: str) -> Services:
    services.auth.sign_out()
    services.auth.sign_in(username, TEST_PASSWORD)
    return services


@dataclass
class Town:
    county: uuid.UUID
    town: uuid.UUID
    other: uuid.UUID
    secretary: uuid.UUID
    member: uuid.UUID
    outsider: uuid.UUID
    team: uuid.UUID


@pytest.fixture
def town(services: Services) -> Town:
    s = services
    county = s.units.create(UnitInput("青山县", UnitKind.COUNTY))
    town = s.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, county))
    other = s.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, county))
    start = dt.date(2020, 1, 1)
    secretary = s.cadres.create(CadreInput(
        "魏某", Rank.TOWNSHIP_SECTION, posts=(PostInput(town, "党委书记", start),)))
    member = s.cadres.create(CadreInput(
        "欧阳晓燕", Rank.TOWNSHIP_SECTION, posts=(PostInput(town, "党委副书记", start),)))
    outsider = s.cadres.create(CadreInput(
        "李秀英", Rank.GENERAL, posts=(PostInput(other, "纪委书记", start),)))
    team = s.teams.create(TeamInput(town, TeamKind.PARTY_COMMITTEE, "中共城关镇委员会"))
    s.teams.add_member(MembershipInput(team, secretary, TeamRole.PRINCIPAL, start))
    s.teams.add_member(MembershipInput(team, member, TeamRole.DEPUTY, start))
    return Town(county, town, other, secretary, member, outsider, team)


def case_input(services: Services, town: Town, **changes: object) -> CaseInput:
    data = CaseInput(
        number=services.cases.suggest_number(2025), title="城关镇违规发放津贴问责案",
        unit_id=town.town,
        problems=(ProblemInput(ProblemCategory.EIGHT_RULES, "违规发放班子成员奖9000元"),),
        subjects=(SubjectInput(SubjectKind.CADRE, cadre_id=town.secretary,
                               responsibility="primary", severity="grave"),
                  SubjectInput(SubjectKind.PARTY_TEAM, team_id=town.team,
                               responsibility="collective", severity="minor")),
        conduct_date=dt.date(2025, 1, 15), proposed_on=PROPOSED, proposed_by="县纪委")
    return replace(data, **changes)  # type: ignore[arg-type]


def subject_ids(services: Services, case_id: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    detail = services.cases.get(case_id)
    cadre = next(s.id for s in detail.subjects if s.kind is SubjectKind.CADRE)
    team = next(s.id for s in detail.subjects if s.kind is SubjectKind.PARTY_TEAM)
    return cadre, team


def open_case(services: Services, case_id: uuid.UUID) -> None:
    services.cases.advance(case_id, StageInput(CaseStage.OPENED, OPENED,
                                               approved_by="县纪委书记 孙立新"))


def investigate(services: Services, case_id: uuid.UUID) -> None:
    cadre, _team = subject_ids(services, case_id)
    services.cases.advance(case_id, StageInput(
        CaseStage.INVESTIGATED, INVESTIGATED, team=("王磊", "刘芳"), facts="经查属实。",
        subjects=(SubjectStageInput(cadre, statement="对事实无异议。", statement_accepted=False),)))


def decide(services: Services, case_id: uuid.UUID, when: dt.date = DECIDED,
           measures: tuple[str, ...] = ("party_serious_warning", "dismissal")) -> None:
    cadre, team = subject_ids(services, case_id)
    sign_in(services, "reviewer")
    services.cases.advance(case_id, StageInput(
        CaseStage.DECIDED, when, deciding_body="中共青山县委",
        subjects=(SubjectStageInput(cadre, measures=measures),
                  SubjectStageInput(team, measures=("org_examination",)))))
    sign_in(services, "clerk")


def serve(services: Services, case_id: uuid.UUID) -> None:
    services.cases.advance(case_id, StageInput(CaseStage.SERVED, SERVED))


def decided_case(services: Services, town: Town) -> uuid.UUID:
    case_id = services.cases.create(case_input(services, town))
    open_case(services, case_id)
    investigate(services, case_id)
    decide(services, case_id)
    return case_id


def test_a_case_goes_through_every_stage(services: Services, town: Town) -> None:
    assert services.cases.suggest_number(2025) == "WZ2025-001"
    case_id = services.cases.create(case_input(services, town))
    assert services.cases.suggest_number(2025) == "WZ2025-002"
    detail = services.cases.get(case_id)
    assert detail.stage is CaseStage.PROPOSED and detail.number == "WZ2025-001"
    secretary = detail.subjects[0]
    assert (secretary.name, secretary.post_title, secretary.rank, secretary.unit_id) == (
        "魏某", "党委书记", Rank.TOWNSHIP_SECTION, town.town)
    assert detail.subjects[1].name == "中共城关镇委员会"
    assert detail.stage_due == PROPOSED + dt.timedelta(days=30)  # proposal_reply_days

    open_case(services, case_id)
    assert services.cases.get(case_id).stage_due == OPENED + dt.timedelta(days=30)
    investigate(services, case_id)
    decide(services, case_id)
    detail = services.cases.get(case_id)
    assert detail.stage is CaseStage.DECIDED
    assert (detail.decision_date, detail.deciding_body) == (DECIDED, "中共青山县委")
    # 免职 is an organisational adjustment: execution within 1 month of the decision.
    assert detail.stage_due == dt.date(2025, 5, 30)
    serve(services, case_id)

    cadre, team = subject_ids(services, case_id)
    executed = StageInput(CaseStage.EXECUTED, EXECUTED, acted_by="县委组织部", subjects=(
        SubjectStageInput(cadre, adjusted_on=ADJUSTED),
        SubjectStageInput(team, self_examination_on=dt.date(2025, 5, 12))))
    services.cases.advance(case_id, executed)
    services.cases.advance(case_id, StageInput(CaseStage.ARCHIVED, ARCHIVED))

    detail = services.cases.get(case_id)
    assert detail.stage is CaseStage.ARCHIVED and detail.stage_due is None
    assert [e.stage for e in detail.events] == list(CaseStage)
    assert [e.happened_on for e in detail.events] == [
        PROPOSED, OPENED, INVESTIGATED, DECIDED, SERVED, EXECUTED, ARCHIVED]
    assert detail.events[1].approved_by == "县纪委书记 孙立新"
    assert detail.events[2].details == {"team": ["王磊", "刘芳"], "facts": "经查属实。"}
    assert detail.events[3].entered_by == "reviewer"
    assert detail.served_on == SERVED
    person = detail.subject(cadre)
    assert person.statement == "对事实无异议。" and person.statement_accepted is False
    assert person.measures == ("dismissal", "party_serious_warning")
    assert person.adjusted_on == ADJUSTED
    assert detail.subject(team).self_examination_on == dt.date(2025, 5, 12)
    with services.db.read() as session:
        actions = list(session.scalars(select(AuditRecord.action).where(
            AuditRecord.entity_id == str(case_id))))
    assert actions.count("case.advance") == 6 and "case.create" in actions


def test_influence_periods_are_stored_and_the_longest_governs(services: Services,
                                                              town: Town) -> None:
    case_id = decided_case(services, town)
    detail = services.cases.get(case_id)
    cadre, team = subject_ids(services, case_id)
    periods = {p.measure: p for p in detail.subject(cadre).periods}
    # 党内严重警告 18 months, 免职 12 months (Hubei art. 19; the regulation data).
    assert periods["party_serious_warning"].until == dt.date(2026, 10, 30)
    assert periods["dismissal"].until == dt.date(2026, 4, 30)
    assert periods["party_serious_warning"].governs and not periods["dismissal"].governs
    assert periods["dismissal"].measure_name == "免职"
    assert detail.subject(cadre).no_excellent_rating_year == 2025
    assert detail.subject(team).periods == ()
    with services.db.read() as session:
        rows = session.scalars(select(InfluencePeriodRecord).where(
            InfluencePeriodRecord.case_id == case_id)).all()
        assert {(r.measure, r.months, r.cadre_id, r.starts_on) for r in rows} == {
            ("party_serious_warning", 18, town.secretary, DECIDED),
            ("dismissal", 12, town.secretary, DECIDED)}
        event = session.scalars(select(CaseStageEvent).where(
            CaseStageEvent.case_id == case_id,
            CaseStageEvent.stage == CaseStage.DECIDED)).one()
        details = json.loads(event.details)
    assert details["periods"] == [{"subject": "魏某", "until": "2026-10-30"}]
    assert details["no_excellent_rating_year"] == 2025


def test_a_stage_cannot_be_skipped(services: Services, town: Town) -> None:
    case_id = services.cases.create(case_input(services, town))
    with pytest.raises(ValidationError) as caught:
        services.cases.advance(case_id, StageInput(
            CaseStage.INVESTIGATED, INVESTIGATED, team=("王磊", "刘芳"), facts="经查属实。"))
    assert caught.value.field == "stage"
    open_case(services, case_id)
    sign_in(services, "reviewer")
    with pytest.raises(ValidationError) as caught:
        services.cases.advance(case_id, StageInput(CaseStage.DECIDED, DECIDED,
                                                   deciding_body="县委"))
    assert caught.value.field == "stage"
    detail = services.cases.get(case_id)
    assert detail.stage is CaseStage.OPENED and len(detail.events) == 2


def test_each_stage_requires_its_data(services: Services, town: Town) -> None:
    case_id = services.cases.create(case_input(services, town))
    cadre, team = subject_ids(services, case_id)

    def refused(data: StageInput) -> str:
        with pytest.raises(ValidationError) as caught:
            services.cases.advance(case_id, data)
        return caught.value.field

    assert refused(StageInput(CaseStage.OPENED, OPENED)) == "approved_by"
    assert refused(StageInput(CaseStage.OPENED, PROPOSED - dt.timedelta(days=1),
                              approved_by="书记")) == "happened_on"
    open_case(services, case_id)
    assert refused(StageInput(CaseStage.INVESTIGATED, INVESTIGATED, team=("王磊",),
                              facts="事实")) == "team"
    assert refused(StageInput(CaseStage.INVESTIGATED, INVESTIGATED, team=("王磊", "刘芳"))
                   ) == "facts"
    assert refused(StageInput(CaseStage.INVESTIGATED, INVESTIGATED, team=("王磊", "刘芳"),
                              facts="事实")) == "subjects[0].statement"
    assert refused(StageInput(CaseStage.INVESTIGATED, INVESTIGATED, team=("王磊", "刘芳"),
                              facts="事实", subjects=(SubjectStageInput(
                                  cadre, statement="无异议"),))) == \
        "subjects[0].statement_accepted"
    investigate(services, case_id)
    sign_in(services, "reviewer")
    assert refused(StageInput(CaseStage.DECIDED, DECIDED, subjects=(
        SubjectStageInput(cadre, measures=("dismissal",)),
        SubjectStageInput(team, measures=("org_examination",))))) == "deciding_body"
    assert refused(StageInput(CaseStage.DECIDED, DECIDED, deciding_body="县委", subjects=(
        SubjectStageInput(cadre, measures=("dismissal",)),))) == "subjects[1].measures"
    assert refused(StageInput(CaseStage.DECIDED, DECIDED, deciding_body="县委", subjects=(
        SubjectStageInput(cadre, measures=("flogging",)),
        SubjectStageInput(team, measures=("org_examination",))))) == "subjects[0].measures"
    sign_in(services, "clerk")
    decide(services, case_id)
    serve(services, case_id)
    assert refused(StageInput(CaseStage.EXECUTED, EXECUTED, subjects=(
        SubjectStageInput(team, self_examination_on=SERVED),))) == "subjects[0].adjusted_on"
    assert refused(StageInput(CaseStage.EXECUTED, EXECUTED, subjects=(
        SubjectStageInput(cadre, adjusted_on=ADJUSTED),))) == "subjects[1].self_examination_on"
    late = StageInput(CaseStage.EXECUTED, dt.date(2025, 6, 10), subjects=(
        SubjectStageInput(cadre, adjusted_on=dt.date(2025, 6, 5)),
        SubjectStageInput(team, self_examination_on=SERVED)))
    assert refused(late) == "note"  # after 1 month (org_handling_months): say why
    services.cases.advance(case_id, replace(late, note="本人住院，延期办理。"))
    assert services.cases.get(case_id).stage is CaseStage.EXECUTED
    # Nothing of the refused attempts was kept.
    assert len(services.cases.get(case_id).events) == 6


def test_going_back_needs_a_reason_that_is_kept(services: Services, town: Town) -> None:
    case_id = services.cases.create(case_input(services, town))
    open_case(services, case_id)
    investigate(services, case_id)
    with pytest.raises(ValidationError) as caught:
        services.cases.go_back(case_id, CaseStage.OPENED, "  ", INVESTIGATED)
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError) as caught:
        services.cases.go_back(case_id, CaseStage.DECIDED, "理由", INVESTIGATED)
    assert caught.value.field == "stage"
    services.cases.go_back(case_id, CaseStage.PROPOSED, "证据不足，重新审批。",
                           dt.date(2025, 4, 3))
    detail = services.cases.get(case_id)
    assert detail.stage is CaseStage.PROPOSED
    back = detail.events[-1]
    assert back.reverted and back.reason == "证据不足，重新审批。"
    assert (back.stage, back.from_stage) == (CaseStage.PROPOSED, CaseStage.INVESTIGATED)
    # The history keeps the steps taken before.
    assert [e.stage for e in detail.events] == [
        CaseStage.PROPOSED, CaseStage.OPENED, CaseStage.INVESTIGATED, CaseStage.PROPOSED]
    # ... and the case goes forward again from there.
    services.cases.advance(case_id, StageInput(CaseStage.OPENED, dt.date(2025, 4, 5),
                                               approved_by="县纪委书记"))
    assert services.cases.get(case_id).stage is CaseStage.OPENED


def test_undoing_a_decision_needs_review_and_removes_its_periods(services: Services,
                                                                  town: Town) -> None:
    case_id = decided_case(services, town)
    with pytest.raises(PermissionDeniedError):
        services.cases.go_back(case_id, CaseStage.INVESTIGATED, "事实认定有误", SERVED)
    sign_in(services, "reviewer")
    services.cases.go_back(case_id, CaseStage.INVESTIGATED, "事实认定有误", SERVED)
    detail = services.cases.get(case_id)
    assert detail.stage is CaseStage.INVESTIGATED and detail.decision_date is None
    assert all(not s.periods for s in detail.subjects)
    # The measures stay, to decide again.
    assert detail.subjects[0].measures == ("dismissal", "party_serious_warning")
    # Once decided, the case stays in the records even when taken back.
    with pytest.raises(ConflictError):
        services.cases.delete(case_id)


def test_appeal_any_time_after_the_decision(services: Services, town: Town) -> None:
    case_id = services.cases.create(case_input(services, town))
    cadre, _team = subject_ids(services, case_id)
    with pytest.raises(ValidationError) as caught:
        services.cases.record_appeal(case_id, AppealInput(OPENED, cadre))
    assert caught.value.field == "filed_on"
    open_case(services, case_id)
    investigate(services, case_id)
    decide(services, case_id)
    # Before service the window counts from the decision: 1 month (regulation data).
    early = services.cases.record_appeal(case_id, AppealInput(
        dt.date(2025, 5, 2), cadre, grounds="处理偏重"))
    serve(services, case_id)
    detail = services.cases.get(case_id)
    assert detail.appeal_window_ends == dt.date(2025, 6, 6)  # 1 month after service
    (appeal,) = detail.appeals
    assert appeal.id == early and appeal.within_window
    assert appeal.answer_due == dt.date(2025, 6, 2) and appeal.body == "中共青山县委"
    assert appeal.subject_name == "魏某"
    # The stage did not change and execution goes on with the appeal open.
    assert detail.stage is CaseStage.SERVED
    late = services.cases.record_appeal(case_id, AppealInput(dt.date(2025, 6, 9), cadre))
    detail = services.cases.get(case_id)
    assert {a.id: a.within_window for a in detail.appeals} == {early: True, late: False}
    cadre_id, team_id = subject_ids(services, case_id)
    services.cases.advance(case_id, StageInput(CaseStage.EXECUTED, dt.date(2025, 6, 10),
                                               note="", subjects=(
        SubjectStageInput(cadre_id, adjusted_on=ADJUSTED),
        SubjectStageInput(team_id, self_examination_on=SERVED))))
    services.cases.answer_appeal(early, AppealAnswer(dt.date(2025, 6, 1),
                                                     AppealOutcome.UPHELD, "维持原决定"))
    detail = services.cases.get(case_id)
    answered = next(a for a in detail.appeals if a.id == early)
    assert (answered.outcome, answered.answered_on) == (AppealOutcome.UPHELD,
                                                        dt.date(2025, 6, 1))
    assert detail.stage is CaseStage.EXECUTED
    with pytest.raises(ValidationError):  # before the appeal was filed
        services.cases.answer_appeal(late, AppealAnswer(dt.date(2025, 6, 1),
                                                        AppealOutcome.UPHELD))


def test_appeal_window_follows_an_override_to_15_days(services: Services,
                                                      town: Town) -> None:
    case_id = decided_case(services, town)
    serve(services, case_id)
    sign_in(services, "admin")
    services.regulations.set_override("ccp-accountability-2019", {"appeal": {
        "submit_within": {"value": 15, "unit": "days"},
        "answer_within": {"value": 30, "unit": "days"}}}, note="按省规定")
    sign_in(services, "clerk")
    assert services.cases.get(case_id).regulation_id == "ccp-accountability-2019"
    cadre, _team = subject_ids(services, case_id)
    inside = services.cases.record_appeal(case_id, AppealInput(dt.date(2025, 5, 21), cadre))
    outside = services.cases.record_appeal(case_id, AppealInput(dt.date(2025, 5, 22), cadre))
    detail = services.cases.get(case_id)
    assert detail.appeal_window_ends == dt.date(2025, 5, 21)
    appeals = {a.id: a for a in detail.appeals}
    assert appeals[inside].within_window and not appeals[outside].within_window
    assert appeals[inside].answer_due == dt.date(2025, 6, 20)


def test_deadlines_and_search(services: Services, town: Town) -> None:
    today = services.cases._today()
    overdue = services.cases.create(case_input(
        services, town, number="WZ2025-101", proposed_on=today - dt.timedelta(days=40)))
    soon = services.cases.create(case_input(
        services, town, number="WZ2025-102", title="河口镇扶贫资金问题",
        proposed_on=today - dt.timedelta(days=25),
        subjects=(SubjectInput(SubjectKind.CADRE, cadre_id=town.member),)))
    calm = services.cases.create(case_input(services, town, number="WZ2025-103",
                                            proposed_on=today))
    rows = {r.id: r for r in services.cases.search()}
    assert rows[overdue].due_status == "overdue"
    assert rows[soon].due_status == "due_soon"
    assert rows[soon].stage_due == today + dt.timedelta(days=5)
    assert rows[calm].due_status == ""
    assert rows[soon].subjects == "欧阳晓燕"
    lines = services.cases.deadlines(today)
    assert [(d.case_id, d.status) for d in lines] == [(overdue, "overdue"), (soon, "due_soon")]
    assert {r.id for r in services.cases.search(due="overdue")} == {overdue}
    assert {r.id for r in services.cases.search(due="attention")} == {overdue, soon}
    assert {r.id for r in services.cases.search(text="扶贫")} == {soon}
    assert {r.id for r in services.cases.search(text="欧阳")} == {soon}
    assert {r.id for r in services.cases.search(text="WZ2025-103")} == {calm}
    assert {r.id for r in services.cases.search(unit_id=town.county)} == {overdue, soon, calm}
    assert services.cases.search(unit_id=town.other) == []
    open_case_on = today
    services.cases.advance(calm, StageInput(CaseStage.OPENED, open_case_on,
                                            approved_by="书记"))
    assert {r.id for r in services.cases.search(stage=CaseStage.OPENED)} == {calm}
    # The year is the proposal's, not the day the case was typed in.
    old = services.cases.create(case_input(services, town, number="WZ2025-104",
                                           proposed_on=PROPOSED))
    assert {r.id for r in services.cases.search(year=2025)} == {old}
    by_year = {r.id for r in services.cases.search(year=today.year)}
    assert calm in by_year and old not in by_year
    assert services.cases.search(year=2001) == []


def test_numbers_are_unique_and_particulars_fixed_after_the_decision(
        services: Services, town: Town) -> None:
    case_id = decided_case(services, town)
    with pytest.raises(ValidationError) as caught:
        services.cases.create(case_input(services, town, number="WZ2025-001"))
    assert caught.value.field == "number"
    assert "WZ2025-002" in str(caught.value)
    with pytest.raises(ConflictError):
        services.cases.update(case_id, case_input(services, town, number="WZ2025-001",
                                                  title="改名"))
    with pytest.raises(ConflictError):
        services.cases.delete(case_id)
    assert services.cases.get(case_id).title == "城关镇违规发放津贴问责案"


def test_update_keeps_statements_and_delete_unlinks_clues(services: Services,
                                                          town: Town) -> None:
    with services.db.write() as session:
        clue = Clue(office_id=services.office_id, number="XS2025-007",
                    received_on=dt.date(2025, 2, 1), source=ClueSource.PETITION,
                    unit_id=town.town, handling=ClueHandling.PRELIMINARY)
        session.add(clue)
        session.flush()
        clue_id = clue.id
    assert services.cases.find_clues(["XS2025-007", " ", "XS2025-007"]) == [clue_id]
    with pytest.raises(ValidationError) as caught:
        services.cases.find_clues(["XS2025-008"])
    assert caught.value.field == "clue_ids" and "XS2025-008" in str(caught.value)
    case_id = services.cases.create(case_input(services, town, clue_ids=(clue_id,)))
    assert services.cases.get(case_id).clue_ids == (clue_id,)
    assert services.cases.get(case_id).clue_numbers == ("XS2025-007",)
    with services.db.read() as session:
        assert session.get(Clue, clue_id).case_id == case_id  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as caught:  # a clue leads to one case
        services.cases.create(case_input(services, town, number="WZ2025-077",
                                         clue_ids=(clue_id,)))
    assert caught.value.field == "clue_ids"
    open_case(services, case_id)
    investigate(services, case_id)
    data = case_input(services, town, number="WZ2025-001", title="新标题", clue_ids=(clue_id,),
                      subjects=(SubjectInput(SubjectKind.CADRE, cadre_id=town.secretary),
                                SubjectInput(SubjectKind.CADRE, cadre_id=town.member)))
    services.cases.update(case_id, data)
    detail = services.cases.get(case_id)
    assert detail.title == "新标题"
    assert [s.name for s in detail.subjects] == ["魏某", "欧阳晓燕"]
    assert detail.subjects[0].statement == "对事实无异议。"
    services.cases.delete(case_id)
    with services.db.read() as session:
        assert session.get(Clue, clue_id).case_id is None  # type: ignore[union-attr]
        deleted = session.scalar(select(func.count()).select_from(AuditRecord).where(
            AuditRecord.action == "case.delete", AuditRecord.entity_id == str(case_id)))
    assert deleted == 1
    assert services.cases.search() == []


def test_circulation_only_after_the_decision(services: Services, town: Town) -> None:
    draft = services.cases.create(case_input(services, town, number="WZ2025-050"))
    with pytest.raises(ConflictError):
        services.cases.set_circulate(draft, True)
    case_id = decided_case(services, town)
    services.cases.set_circulate(case_id, True, dt.date(2025, 5, 8))
    detail = services.cases.get(case_id)
    assert detail.circulate and detail.circulated_on == dt.date(2025, 5, 8)
    assert next(r for r in services.cases.search() if r.id == case_id).circulate
    services.cases.set_circulate(case_id, False)
    assert not services.cases.get(case_id).circulate


def _dual_case(town: Town) -> dict[str, object]:
    return {
        "regulation": "hubei-2016", "conduct_date": "2025-01-15", "decision_date": "2025-04-30",
        "unit_year": {"members_given_party_post_removal_or_heavier": 2},
        "subjects": [{"id": f"cadre-{town.secretary}", "kind": "cadre",
                      "role": "first_responsible", "name": "魏某",
                      "clauses": ["hubei-2016/7.7"], "severity": "grave",
                      "measures": ["party_serious_warning", "dismissal"]}],
    }


def test_dual_inquiry_is_proposed_from_the_determination(services: Services,
                                                         town: Town) -> None:
    determination = services.regulations.save_determination("双查案", _dual_case(town),
                                                            town.town)
    prefill = services.cases.subjects_from_determination(determination)
    assert [(s.kind, s.cadre_id, s.responsibility, s.severity) for s in prefill] == [
        (SubjectKind.CADRE, town.secretary, "primary", "grave")]
    case_id = services.cases.create(case_input(
        services, town, determination_id=determination, subjects=(
            SubjectInput(SubjectKind.CADRE, cadre_id=town.secretary),)))
    detail = services.cases.get(case_id)
    assert detail.regulation_id == "hubei-2016"
    subject = detail.subjects[0]
    assert (subject.responsibility, subject.severity) == ("primary", "grave")
    assert subject.measures == ("party_serious_warning", "dismissal")
    assert "dismissal" in subject.allowed_measures
    assert detail.dual_inquiry.required and detail.dual_inquiry.grounds == ("hubei-2016/10.4",)
    assert detail.dual_inquiry.linked_case_ids == ()

    linked = services.cases.propose_dual_inquiry(case_id, title="城关镇党委一案双查")
    detail = services.cases.get(case_id)
    assert detail.dual_inquiry.linked_case_ids == (linked,)
    other = services.cases.get(linked)
    assert other.stage is CaseStage.PROPOSED and other.dual_inquiry_of == case_id
    assert other.dual_inquiry_of_number == detail.number
    assert other.title == "城关镇党委一案双查" and other.unit_id == town.town
    assert [(s.kind, s.name) for s in other.subjects] == [
        (SubjectKind.PARTY_TEAM, "中共城关镇委员会"), (SubjectKind.CADRE, "魏某")]
    assert other.problems[0].category is ProblemCategory.TWO_RESPONSIBILITIES
    with pytest.raises(ConflictError):
        services.cases.propose_dual_inquiry(case_id)
    plain = services.cases.create(case_input(services, town, number="WZ2025-090"))
    with pytest.raises(ConflictError):
        services.cases.propose_dual_inquiry(plain)


@pytest.mark.parametrize("username", ["admin", "auditor"])
def test_administrator_and_auditor_read_no_case(services: Services, town: Town,
                                                username: str) -> None:
    case_id = services.cases.create(case_input(services, town))
    sign_in(services, username)
    for call in (services.cases.search, lambda: services.cases.get(case_id),
                 lambda: services.cases.deadlines(), lambda: services.cases.suggest_number(),
                 lambda: services.cases.create(case_input(services, town, number="X-1"))):
        with pytest.raises(PermissionDeniedError):
            call()


def test_permissions_per_role(services: Services, town: Town) -> None:
    case_id = services.cases.create(case_input(services, town))
    open_case(services, case_id)
    investigate(services, case_id)
    cadre, team = subject_ids(services, case_id)
    decision = StageInput(CaseStage.DECIDED, DECIDED, deciding_body="县委", subjects=(
        SubjectStageInput(cadre, measures=("admonishment",)),
        SubjectStageInput(team, measures=("org_examination",))))
    with pytest.raises(PermissionDeniedError):  # a clerk prepares, does not decide
        services.cases.advance(case_id, decision)
    sign_in(services, "leader")  # reads and decides; drafts nothing
    assert [r.id for r in services.cases.search()] == [case_id]
    with pytest.raises(PermissionDeniedError):
        services.cases.create(case_input(services, town, number="WZ2025-009"))
    with pytest.raises(PermissionDeniedError):
        services.cases.go_back(case_id, CaseStage.OPENED, "理由", INVESTIGATED)
    services.cases.advance(case_id, decision)
    assert services.cases.get(case_id).stage is CaseStage.DECIDED
    with pytest.raises(PermissionDeniedError):
        services.cases.advance(case_id, StageInput(CaseStage.SERVED, SERVED))
    sign_in(services, "reviewer")
    services.cases.advance(case_id, StageInput(CaseStage.SERVED, SERVED))


def test_township_scope(services: Services, town: Town) -> None:
    mine = services.cases.create(case_input(services, town))
    theirs = services.cases.create(case_input(
        services, town, number="WZ2025-002", unit_id=town.other,
        subjects=(SubjectInput(SubjectKind.CADRE, cadre_id=town.outsider),)))
    sign_in(services, "admin")
    services.auth.create_user(UserInput("town_clerk", "城关镇纪检干事",
                                        frozenset({AccountRole.CLERK}), town.town),
                              TEST_PASSWORD)
    sign_in(services, "town_clerk")
    assert [r.id for r in services.cases.search()] == [mine]
    assert services.cases.get(mine).number == "WZ2025-001"
    with pytest.raises(PermissionDeniedError):
        services.cases.get(theirs)
    with pytest.raises(PermissionDeniedError):
        services.cases.advance(theirs, StageInput(CaseStage.OPENED, OPENED,
                                                  approved_by="书记"))
    with pytest.raises(PermissionDeniedError):
        services.cases.create(case_input(services, town, number="WZ2025-003",
                                         unit_id=town.other))
    with pytest.raises(PermissionDeniedError):
        services.cases.delete(theirs)
    open_case(services, mine)
