"""The case stage machine, stage requirements, deadlines and appeal terms (pure domain)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from zeren_desktop.domain.cases import (
    CaseState,
    Deadlines,
    StageInput,
    SubjectStageInput,
    SubjectState,
    appeal_terms,
    check_go_back,
    check_stage,
    check_transition,
    due_status,
    next_case_number,
    next_stage,
    split_names,
    stage_due,
)
from zeren_desktop.domain.enums import CASE_STAGES, CaseStage, SubjectKind
from zeren_desktop.domain.regulations import AppealRule, Duration
from zeren_desktop.domain.text import ValidationError

TODAY = dt.date(2026, 6, 30)
CADRE = SubjectState(uuid.uuid4(), SubjectKind.CADRE, "魏某", ("dismissal",))
TEAM = SubjectState(uuid.uuid4(), SubjectKind.PARTY_TEAM, "中共城关镇委员会",
                    ("org_examination",))


def state(stage: CaseStage, last: dt.date = dt.date(2026, 1, 5),
          decided: dt.date | None = None) -> CaseState:
    return CaseState(stage, last, (CADRE, TEAM), decided)


def field_of(call: object) -> str:
    assert callable(call)
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.field


def test_only_the_next_stage() -> None:
    assert [next_stage(s) for s in CASE_STAGES] == [*CASE_STAGES[1:], None]
    for index, current in enumerate(CASE_STAGES):
        for target in CASE_STAGES:
            if CASE_STAGES.index(target) == index + 1:
                check_transition(current, target)
            else:
                assert field_of(lambda c=current, t=target: check_transition(c, t)) == "stage"


def test_skipping_says_which_stage_is_next() -> None:
    with pytest.raises(ValidationError) as caught:
        check_transition(CaseStage.OPENED, CaseStage.DECIDED)
    assert "Investigation" in str(caught.value) and "skipped" in str(caught.value)


def test_opening_needs_the_approver_and_a_date_in_order() -> None:
    assert field_of(lambda: check_stage(state(CaseStage.PROPOSED),
                                        StageInput(CaseStage.OPENED, TODAY), TODAY)) \
        == "approved_by"
    assert field_of(lambda: check_stage(
        state(CaseStage.PROPOSED), StageInput(CaseStage.OPENED, dt.date(2026, 1, 4),
                                              approved_by="书记"), TODAY)) == "happened_on"
    assert field_of(lambda: check_stage(
        state(CaseStage.PROPOSED), StageInput(CaseStage.OPENED, TODAY + dt.timedelta(days=1),
                                              approved_by="书记"), TODAY)) == "happened_on"
    done = check_stage(state(CaseStage.PROPOSED),
                       StageInput(CaseStage.OPENED, TODAY, approved_by="  书记 "), TODAY)
    assert done.approved_by == "书记"


def test_investigation_needs_two_investigators_facts_and_each_cadres_statement() -> None:
    base = StageInput(CaseStage.INVESTIGATED, TODAY, team=("王磊",), facts="事实")
    at = state(CaseStage.OPENED)
    assert field_of(lambda: check_stage(at, base, TODAY)) == "team"
    two = StageInput(CaseStage.INVESTIGATED, TODAY, team=split_names("王磊、 刘芳"), facts="")
    assert two.team == ("王磊", "刘芳")
    assert field_of(lambda: check_stage(at, two, TODAY)) == "facts"
    facts = StageInput(CaseStage.INVESTIGATED, TODAY, team=("王磊", "刘芳"), facts="事实")
    assert field_of(lambda: check_stage(at, facts, TODAY)) == "subjects[0].statement"
    said = StageInput(CaseStage.INVESTIGATED, TODAY, team=("王磊", "刘芳"), facts="事实",
                      subjects=(SubjectStageInput(CADRE.id, statement="无异议"),))
    assert field_of(lambda: check_stage(at, said, TODAY)) == "subjects[0].statement_accepted"
    ok = StageInput(CaseStage.INVESTIGATED, TODAY, team=("王磊", "刘芳"), facts="事实",
                    subjects=(SubjectStageInput(CADRE.id, statement="无异议",
                                                statement_accepted=True),))
    # A team states nothing itself: only cadres are asked.
    assert check_stage(at, ok, TODAY).subject(CADRE.id) is not None


def test_decision_needs_the_body_and_measures_for_everyone() -> None:
    at = state(CaseStage.INVESTIGATED)
    known = ["dismissal", "org_examination", "party_probation"]
    one = StageInput(CaseStage.DECIDED, TODAY, deciding_body="县委", subjects=(
        SubjectStageInput(CADRE.id, measures=("dismissal",)),))
    assert field_of(lambda: check_stage(at, one, TODAY, known_measures=known)) == \
        "subjects[1].measures"
    no_body = StageInput(CaseStage.DECIDED, TODAY, subjects=(
        SubjectStageInput(CADRE.id, measures=("dismissal",)),
        SubjectStageInput(TEAM.id, measures=("org_examination",))))
    assert field_of(lambda: check_stage(at, no_body, TODAY)) == "deciding_body"
    odd = StageInput(CaseStage.DECIDED, TODAY, deciding_body="县委", subjects=(
        SubjectStageInput(CADRE.id, measures=("party_probation",), probation_months=6),
        SubjectStageInput(TEAM.id, measures=("org_examination",))))
    assert field_of(lambda: check_stage(at, odd, TODAY, known_measures=known)) == \
        "subjects[0].probation_months"
    unknown = StageInput(CaseStage.DECIDED, TODAY, deciding_body="县委", subjects=(
        SubjectStageInput(CADRE.id, measures=("flogging",)),
        SubjectStageInput(TEAM.id, measures=("org_examination",))))
    assert field_of(lambda: check_stage(at, unknown, TODAY, known_measures=known)) == \
        "subjects[0].measures"


def test_execution_within_the_org_handling_months() -> None:
    decided = dt.date(2026, 4, 30)
    at = state(CaseStage.SERVED, dt.date(2026, 5, 6), decided)
    missing = StageInput(CaseStage.EXECUTED, TODAY, subjects=(
        SubjectStageInput(TEAM.id, self_examination_on=dt.date(2026, 5, 10)),))
    assert field_of(lambda: check_stage(at, missing, TODAY)) == "subjects[0].adjusted_on"
    no_exam = StageInput(CaseStage.EXECUTED, TODAY, subjects=(
        SubjectStageInput(CADRE.id, adjusted_on=dt.date(2026, 5, 20)),))
    assert field_of(lambda: check_stage(at, no_exam, TODAY)) == \
        "subjects[1].self_examination_on"
    on_time = StageInput(CaseStage.EXECUTED, TODAY, subjects=(
        SubjectStageInput(CADRE.id, adjusted_on=dt.date(2026, 5, 30)),
        SubjectStageInput(TEAM.id, self_examination_on=dt.date(2026, 5, 10))))
    check_stage(at, on_time, TODAY)
    late = StageInput(CaseStage.EXECUTED, TODAY, subjects=(
        SubjectStageInput(CADRE.id, adjusted_on=dt.date(2026, 5, 31)),
        SubjectStageInput(TEAM.id, self_examination_on=dt.date(2026, 5, 10))))
    assert field_of(lambda: check_stage(at, late, TODAY)) == "note"
    # Two months allowed by the office: on time again.
    check_stage(at, late, TODAY, Deadlines(org_handling_months=2))
    before = StageInput(CaseStage.EXECUTED, TODAY, subjects=(
        SubjectStageInput(CADRE.id, adjusted_on=dt.date(2026, 4, 1)),
        SubjectStageInput(TEAM.id, self_examination_on=dt.date(2026, 5, 10))))
    assert field_of(lambda: check_stage(at, before, TODAY)) == "subjects[0].adjusted_on"


def test_going_back_needs_an_earlier_stage_and_a_reason() -> None:
    assert field_of(lambda: check_go_back(CaseStage.OPENED, CaseStage.OPENED, "x")) == "stage"
    assert field_of(lambda: check_go_back(CaseStage.OPENED, CaseStage.DECIDED, "x")) == "stage"
    assert field_of(lambda: check_go_back(CaseStage.DECIDED, CaseStage.OPENED, " \n")) == \
        "reason"
    assert check_go_back(CaseStage.ARCHIVED, CaseStage.PROPOSED, " 重新调查 ") == "重新调查"


def test_due_dates_per_stage() -> None:
    deadlines = Deadlines(investigation_days=45, proposal_reply_days=20,
                          execution_report_months=6, org_handling_months=1)
    day = dt.date(2026, 1, 31)
    assert stage_due(CaseStage.PROPOSED, day, None, (), deadlines) == dt.date(2026, 2, 20)
    assert stage_due(CaseStage.OPENED, day, None, (), deadlines) == dt.date(2026, 3, 17)
    assert stage_due(CaseStage.INVESTIGATED, day, None, (), deadlines) is None
    # Organisational adjustment: 1 month (31 January → 28 February); otherwise 6 months.
    assert stage_due(CaseStage.DECIDED, day, day, ("dismissal",), deadlines) == \
        dt.date(2026, 2, 28)
    assert stage_due(CaseStage.SERVED, day + dt.timedelta(days=3), day, ("admonishment",),
                     deadlines) == dt.date(2026, 7, 31)
    assert stage_due(CaseStage.EXECUTED, day, day, ("dismissal",), deadlines) is None
    assert due_status(dt.date(2026, 6, 29), TODAY) == "overdue"
    assert due_status(TODAY, TODAY) == "due_soon"
    assert due_status(TODAY + dt.timedelta(days=7), TODAY) == "due_soon"
    assert due_status(TODAY + dt.timedelta(days=8), TODAY) == ""
    assert due_status(None, TODAY) == ""


def test_appeal_terms_from_the_rule() -> None:
    month = AppealRule(Duration(1, "months"), Duration(1, "months"), verified=False)
    days = AppealRule(Duration(15, "days"), Duration(30, "days"), verified=True)
    decided, served = dt.date(2026, 1, 31), dt.date(2026, 2, 3)
    with pytest.raises(ValidationError):
        appeal_terms(month, CaseStage.INVESTIGATED, None, None, TODAY)
    with pytest.raises(ValidationError):
        appeal_terms(month, CaseStage.DECIDED, decided, None, dt.date(2026, 1, 30))
    before_service = appeal_terms(month, CaseStage.DECIDED, decided, None, dt.date(2026, 2, 1))
    assert before_service.window_ends == dt.date(2026, 2, 28)
    assert before_service.answer_due == dt.date(2026, 3, 1)
    assert appeal_terms(month, CaseStage.SERVED, decided, served, dt.date(2026, 3, 3)
                        ).within_window
    assert not appeal_terms(month, CaseStage.SERVED, decided, served, dt.date(2026, 3, 4)
                            ).within_window
    late = appeal_terms(days, CaseStage.ARCHIVED, decided, served, dt.date(2026, 2, 19))
    assert (late.window_ends, late.within_window, late.answer_due) == (
        dt.date(2026, 2, 18), False, dt.date(2026, 3, 21))


def test_case_numbers() -> None:
    assert next_case_number([], 2026) == "WZ2026-001"
    assert next_case_number(["WZ2026-001", "WZ2026-009", "WZ2025-030", "X"], 2026) == \
        "WZ2026-010"
    assert next_case_number(["WZ2026-001"], 2027) == "WZ2027-001"
