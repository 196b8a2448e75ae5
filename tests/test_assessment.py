"""The assessment service on a real database: automatic figures from the records with their
evidence, draft → reviewed → locked, four eyes, a locked result never changes, sheet
versions, the ranking and its bottom N, talks with the last, a township's scope, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import TEST_PASSWORD, copy_database
from zeren_desktop.cli import main
from zeren_desktop.domain.assessment import (
    AssessmentStatus,
    IndicatorSheet,
    ItemInput,
    Metric,
    RuleKind,
)
from zeren_desktop.domain.cases import StageInput, SubjectStageInput
from zeren_desktop.domain.enums import (
    CaseStage,
    ClueHandling,
    ClueResult,
    ClueSource,
    InspectionKind,
    LedgerCategory,
    ProblemCategory,
    Rank,
    SubjectKind,
    TalkKind,
    TeamKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.ledger import (
    InspectionInput,
    IssueRequest,
    LedgerEntryInput,
    SignatureInput,
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
from zeren_desktop.services.assessment_dto import ManualScore
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.cases_dto import CaseInput, ProblemInput, SubjectInput
from zeren_desktop.services.clue_dto import ClueInput
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.services.talks_dto import TalkInput
from zeren_desktop.storage.models import AssessmentSheet, AuditRecord, UnitAssessment

D = Decimal
YEAR = 2025
TOWN_PASSWORD = "Town-Pass-2026"
ALL_KINDS = tuple(LedgerCategory)


def ms(met: bool | None = None, count: int | None = None, comment: str = "") -> ManualScore:
    return ManualScore(ItemInput(met=met, count=count), comment)


# The township sheet's manual items (A1 per occurrence 6/3, A3 all-or-nothing 4, D1 per
# occurrence 8/2, D2 all-or-nothing 6, E1 deduction 10/5, F1 bonus 2 up to 5, G1 veto).
FULL_MANUAL = {"A1": ms(count=2), "A3": ms(met=True), "D1": ms(count=4), "D2": ms(met=True),
               "E1": ms(count=0), "F1": ms(count=0), "G1": ms(met=False)}


@dataclass
class Town:
    """A small county: three townships (one with a village), two departments, a team,
    ledgers, lists, cases, clues, talks and inspections of 2025."""

    county: uuid.UUID
    town: uuid.UUID          # 城关镇: every kind of record
    village: uuid.UUID       # 城东村, under 城关镇
    river: uuid.UUID         # 河口镇
    bridge: uuid.UUID        # 石桥镇
    finance: uuid.UUID       # 县财政局
    education: uuid.UUID     # 县教育局
    zhang: uuid.UUID         # 城关镇党委书记 (principal), ledger complete half the year
    li: uuid.UUID            # member from July, ledger complete
    wang: uuid.UUID          # 河口镇党委书记
    lists: int               # 城关镇's lists of 2025 (all but one late or unsigned)
    late_case: uuid.UUID
    open_clue: uuid.UUID


def build_town(services: Services) -> Town:
    s = services
    s.auth.sign_in("clerk", TEST_PASSWORD)
    county = s.units.create(UnitInput("青山县", UnitKind.COUNTY))
    town = s.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, parent_id=county))
    village = s.units.create(UnitInput("城东村", UnitKind.VILLAGE, parent_id=town))
    river = s.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, parent_id=county))
    bridge = s.units.create(UnitInput("石桥镇", UnitKind.TOWNSHIP, parent_id=county))
    finance = s.units.create(UnitInput("县财政局", UnitKind.DEPARTMENT, parent_id=county))
    education = s.units.create(UnitInput("县教育局", UnitKind.DEPARTMENT, parent_id=county))
    zhang = s.cadres.create(CadreInput("张建国", Rank.TOWNSHIP_SECTION, posts=(
        PostInput(town, "党委书记", dt.date(2021, 1, 4)),)))
    li = s.cadres.create(CadreInput("李红", posts=(
        PostInput(town, "党委委员", dt.date(2022, 1, 4)),)))
    villager = s.cadres.create(CadreInput("陈村", posts=(
        PostInput(village, "村党支部书记", dt.date(2020, 1, 4)),)))
    wang = s.cadres.create(CadreInput("王强", Rank.TOWNSHIP_SECTION, posts=(
        PostInput(river, "党委书记", dt.date(2020, 3, 1)),)))
    team = s.teams.create(TeamInput(town, TeamKind.PARTY_COMMITTEE, "城关镇党委领导班子"))
    s.teams.add_member(MembershipInput(team, zhang, TeamRole.PRINCIPAL, dt.date(2021, 1, 4)))
    s.teams.add_member(MembershipInput(team, li, TeamRole.MEMBER, dt.date(2025, 7, 1)))
    river_team = s.teams.create(TeamInput(river, TeamKind.PARTY_COMMITTEE, "河口镇党委领导班子"))
    s.teams.add_member(MembershipInput(river_team, wang, TeamRole.PRINCIPAL,
                                       dt.date(2020, 3, 1)))
    # Ledgers: 张建国 complete in Q1 and Q2, two kinds short in Q3, nothing in Q4 (2 of 4);
    # 李红 complete in Q3 and Q4, her two quarters in the team (2 of 2): average 75%.
    for cadre, quarters in ((zhang, (1, 2, 3)), (li, (3, 4))):
        for quarter in quarters:
            day = dt.date(YEAR, 3 * quarter - 1, 10)
            for kind in ALL_KINDS:
                if cadre == zhang and quarter == 3 and kind in (
                        LedgerCategory.CASE_HANDLING, LedgerCategory.ACCOUNTABILITY):
                    continue
                s.ledger.create(LedgerEntryInput(cadre, day, kind, f"{kind.value}事项"))
    # Lists: one signed on time, one late, the rest never signed.
    issued = s.lists.issue(IssueRequest(YEAR, (town,), dt.date(YEAR, 2, 20))).created
    s.lists.sign(issued[0], SignatureInput(dt.date(YEAR, 3, 20), "张建国"))
    s.lists.sign(issued[1], SignatureInput(dt.date(YEAR, 4, 10), "李红"))
    # Cases: one left its proposal stage a month late; one in the village on time.
    late_case = s.cases.create(CaseInput(
        "WZ2025-001", "城关镇违规发放津贴问责案", town,
        (ProblemInput(ProblemCategory.EIGHT_RULES, "违规发放津贴"),),
        (SubjectInput(SubjectKind.CADRE, cadre_id=zhang),), conduct_date=dt.date(YEAR, 1, 5),
        proposed_on=dt.date(YEAR, 3, 3)))
    s.cases.advance(late_case, StageInput(CaseStage.OPENED, dt.date(YEAR, 5, 10),
                                          approved_by="县纪委书记"))
    on_time = s.cases.create(CaseInput(
        "WZ2025-002", "城东村集体资金问责案", village,
        (ProblemInput(ProblemCategory.EIGHT_RULES, "挪用资金"),),
        (SubjectInput(SubjectKind.CADRE, cadre_id=villager),),
        conduct_date=dt.date(YEAR, 5, 1), proposed_on=dt.date(YEAR, 6, 1)))
    s.cases.advance(on_time, StageInput(CaseStage.OPENED, dt.date(YEAR, 6, 10),
                                        approved_by="县纪委书记"))
    subject = s.cases.get(on_time).subjects[0].id
    s.cases.advance(on_time, StageInput(
        CaseStage.INVESTIGATED, dt.date(YEAR, 6, 30), team=("王磊", "刘芳"), facts="经查属实。",
        subjects=(SubjectStageInput(subject, statement="无异议。", statement_accepted=True),)))
    # Clues of 2025: one concluded, one not; one of 2024 (another year) not concluded.
    s.clues.create(ClueInput("XS2025-0001", dt.date(YEAR, 2, 1), ClueSource.PETITION,
                             "反映违规发放津贴", ClueHandling.PRELIMINARY, subject_names="张建国",
                             unit_id=town, result=ClueResult.UNFOUNDED,
                             concluded_on=dt.date(YEAR, 4, 1)))
    open_clue = s.clues.create(ClueInput("XS2025-0002", dt.date(YEAR, 8, 1),
                                         ClueSource.PETITION, "反映村务不公开",
                                         subject_names="陈村", unit_id=village))
    s.clues.create(ClueInput("XS2024-0009", dt.date(2024, 11, 1), ClueSource.PETITION,
                             "旧线索", unit_id=town))
    # Talks: three in 2025 (one with the village's cadre), one in 2024.
    for day, cadre in ((dt.date(YEAR, 3, 1), zhang), (dt.date(YEAR, 6, 1), li),
                       (dt.date(YEAR, 9, 1), villager), (dt.date(2024, 9, 1), zhang)):
        s.talks.create(TalkInput(TalkKind.REMINDER, day, "县纪委副书记 刘明", cadre_id=cadre))
    # Inspections of 2025: rectified in time, rectified late, never rectified, no deadline.
    for result_date, deadline in ((dt.date(YEAR, 4, 20), dt.date(YEAR, 5, 1)),
                                  (dt.date(YEAR, 6, 15), dt.date(YEAR, 6, 1)),
                                  (None, dt.date(YEAR, 9, 1)), (None, None)):
        s.inspections.create(InspectionInput(
            dt.date(YEAR, 4, 1), InspectionKind.LEDGER, "县纪委检查组", unit_id=town,
            rectification="补记台账", deadline=deadline,
            result="已整改" if result_date else "", result_date=result_date))
    s.auth.sign_out()
    return Town(county, town, village, river, bridge, finance, education, zhang, li, wang,
                len(issued), late_case, open_clue)


def sign_in(services: Services, username: str) -> Services:
    services.auth.sign_in(username, TEST_PASSWORD)
    return services


def score_and_lock(services: Services, year: int, unit: uuid.UUID,
                   manual: dict[str, ManualScore]) -> uuid.UUID:
    sign_in(services, "clerk")
    assessment = services.assessment.start(year, unit)
    services.assessment.save_scores(assessment, manual)
    sign_in(services, "reviewer")
    services.assessment.review(assessment, "复核无误")
    services.assessment.lock(assessment)
    return assessment


@pytest.fixture(scope="module")
def town_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Town]:
    path = copy_database(template_db, tmp_path_factory.mktemp("assess") / "town.sqlite")
    with Services.open(path) as services:
        town = build_town(services)
    return path, town


DEPARTMENT_MANUAL = {"A1": ms(count=2), "A3": ms(met=True), "D1": ms(count=4),
                     "D2": ms(met=True), "E1": ms(count=0)}


@pytest.fixture(scope="module")
def scored_db(town_db: tuple[Path, Town],
              tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Town]:
    """Three townships and one department of 2025 locked; 河口镇 also for 2024.

    城关镇 has the best total but is vetoed; 河口镇 and 石桥镇 tie at 72 and are parted by
    the first category's subtotal (16 against 12)."""
    path = copy_database(town_db[0], tmp_path_factory.mktemp("scored") / "scored.sqlite")
    town = town_db[1]
    with Services.open(path) as services:
        score_and_lock(services, YEAR, town.town, {
            **FULL_MANUAL, "F1": ms(count=3),
            "G1": ms(met=True, comment="班子成员严重违纪被立案审查")})
        score_and_lock(services, YEAR, town.river, FULL_MANUAL)
        score_and_lock(services, YEAR, town.bridge, {
            **FULL_MANUAL, "A3": ms(met=False, comment="未制定年度计划"), "F1": ms(count=2)})
        score_and_lock(services, YEAR, town.finance, DEPARTMENT_MANUAL)
        score_and_lock(services, 2024, town.river, {**FULL_MANUAL, "D1": ms(count=2)})
    return path, town


@pytest.fixture
def fresh(town_db: tuple[Path, Town], tmp_path: Path) -> Iterator[tuple[Services, Town]]:
    path = copy_database(town_db[0], tmp_path / "zeren.sqlite")
    with Services.open(path) as services:
        yield sign_in(services, "clerk"), town_db[1]


@pytest.fixture
def scored(scored_db: tuple[Path, Town], tmp_path: Path) -> Iterator[tuple[Services, Town]]:
    path = copy_database(scored_db[0], tmp_path / "zeren.sqlite")
    with Services.open(path) as services:
        yield sign_in(services, "clerk"), scored_db[1]


def _audit_count(services: Services, action: str) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditRecord).where(
            AuditRecord.action == action)) or 0)


# ---- automatic figures -------------------------------------------------------------------


def test_automatic_figures_come_from_the_records_with_evidence(
        fresh: tuple[Services, Town]) -> None:
    services, town = fresh
    figures = {f.code: f for f in services.assessment.automatic(YEAR, town.town)}
    assert set(figures) == {"A2", "B1", "B2", "C1", "C2", "C3"}

    ledger = figures["B1"]
    assert ledger.metric is Metric.LEDGER_COMPLETENESS
    assert sorted(ledger.given.shares or ()) == [D("0.5"), D("1")]
    assert len(ledger.evidence) == 6   # 张建国 four quarters, 李红 two
    short = [e.text for e in ledger.evidence if e.counts]
    assert len(short) == 2
    assert any("张建国, quarter 3 of 2025: missing" in t and "case" in t.lower()
               for t in short)
    assert "75%" in ledger.summary.render()
    # Every evidence row is also a translatable message (it renders to the text).
    assert all(e.message is not None and e.message.render() == e.text
               for f in figures.values() for e in f.evidence)

    lists = figures["A2"]
    assert lists.given.count == town.lists - 1
    assert sum(e.counts for e in lists.evidence) == town.lists - 1
    assert len(lists.evidence) == town.lists
    assert "by 2025-03-31" in lists.summary.render()

    cases = figures["C3"]
    assert cases.given.count == 1
    late = [e for e in cases.evidence if e.counts]
    assert [e.record_id for e in late] == [town.late_case]
    assert "due 2025-04-02, left on 2025-05-10" in late[0].text
    assert len(cases.evidence) == 2   # the village's case counts for the township, on time

    clues = figures["C2"]
    assert clues.given.count == 1
    assert [e.record_id for e in clues.evidence if e.counts] == [town.open_clue]
    assert len(clues.evidence) == 2   # the 2024 clue is another year's

    talks = figures["B2"]
    assert talks.given.count == 3 and all(e.counts for e in talks.evidence)

    rectifications = figures["C1"]
    assert rectifications.given.count == 2
    assert len(rectifications.evidence) == 3   # the one without a deadline is not counted
    assert sorted(e.text.rsplit(": ", 1)[1] for e in rectifications.evidence) == [
        "due 2025-05-01, done 2025-04-20", "due 2025-06-01, done 2025-06-15",
        "due 2025-09-01, not done"]


def test_a_unit_without_records_loses_nothing_but_scores_no_occurrences(
        fresh: tuple[Services, Town]) -> None:
    services, town = fresh
    figures = {f.code: f for f in services.assessment.automatic(YEAR, town.bridge)}
    assert figures["A2"].given.count == 0 and figures["C3"].given.count == 0
    assert figures["B1"].given.shares == () and "No member" in figures["B1"].summary.render()
    assert figures["B2"].given.count == 0


def test_all_or_nothing_on_a_shortfall_metric_is_met_only_without_shortfalls(
        fresh: tuple[Services, Town]) -> None:
    services, town = fresh
    sign_in(services, "admin")
    sheet = services.assessment.sheet(YEAR, UnitKind.TOWNSHIP).sheet
    items = tuple(replace(i, rule=RuleKind.ALL_OR_NOTHING, per=D(0))
                  if i.code in ("C1", "C2") else i for i in sheet.indicators)
    services.assessment.save_sheet(YEAR, UnitKind.TOWNSHIP, replace(sheet, indicators=items))
    sign_in(services, "clerk")
    town_figures = {f.code: f for f in services.assessment.automatic(YEAR, town.town)}
    bridge_figures = {f.code: f for f in services.assessment.automatic(YEAR, town.bridge)}
    assert town_figures["C1"].given == ItemInput(met=False)
    assert bridge_figures["C2"].given == ItemInput(met=True)


# ---- sheets ------------------------------------------------------------------------------


def test_reading_the_sheet_writes_nothing_and_scoring_stores_it(
        fresh: tuple[Services, Town]) -> None:
    services, town = fresh
    sign_in(services, "leader")  # no write permission on settings
    info = services.assessment.sheet(YEAR, UnitKind.TOWNSHIP)
    assert (info.version, info.in_use, info.is_current, info.created_by) == (1, False, True, "")
    assert info.sheet.year == YEAR and "2025年度" in info.sheet.title
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AssessmentSheet)) == 0
    sign_in(services, "clerk")
    assessment = services.assessment.start(YEAR, town.town)
    stored = services.assessment.sheet(YEAR, UnitKind.TOWNSHIP)
    assert stored.id == info.id and stored.in_use and stored.created_by == ""
    assert stored.sheet == info.sheet
    assert services.assessment.get(assessment).sheet.id == info.id


def test_a_sheet_in_use_is_versioned_never_rewritten(fresh: tuple[Services, Town]) -> None:
    services, town = fresh
    sign_in(services, "admin")
    first = services.assessment.sheet(YEAR, UnitKind.TOWNSHIP).sheet
    renamed = replace(first, title="2025年度乡镇考核表（修订）")
    # Not yet in use: saved in place of version 1.
    saved = services.assessment.save_sheet(YEAR, UnitKind.TOWNSHIP, renamed, "改标题")
    assert saved.version == 1 and saved.sheet.title.endswith("（修订）")
    sign_in(services, "clerk")
    assessment = services.assessment.start(YEAR, town.town)
    services.assessment.save_scores(assessment, {"A1": ms(count=1), "E1": ms(count=0)})
    sign_in(services, "admin")
    # In use: a change is version 2; version 1 stays as it was.
    a1 = first.indicator("A1")
    items = tuple(i for i in first.indicators if i.code != "E1")
    items = tuple(replace(i, points=D("10"), per=D("5")) if i is a1 else i for i in items)
    second = services.assessment.save_sheet(YEAR, UnitKind.TOWNSHIP,
                                            replace(renamed, indicators=items), "删去E1")
    assert (second.version, second.in_use, second.is_current) == (2, False, True)
    versions = services.assessment.sheet_versions(YEAR, UnitKind.TOWNSHIP)
    assert [(v.version, v.in_use, v.is_current) for v in versions] == [
        (1, True, False), (2, False, True)]
    assert versions[0].sheet.indicator("E1").points == D("10")
    # The draft keeps version 1 until its figures are refreshed; then it moves to version 2
    # with the inputs that still fit (E1 is gone).
    sign_in(services, "clerk")
    assert services.assessment.get(assessment).sheet.version == 1
    moved = services.assessment.refresh_automatic(assessment)
    assert moved.sheet.version == 2 and set(moved.manual) == {"A1"}
    assert moved.score.item("A1").points == D("5")
    # Refused: a sheet that cannot be scored, and anyone but the administrator.
    sign_in(services, "admin")
    with pytest.raises(ValidationError) as caught:
        services.assessment.save_sheet(YEAR, UnitKind.TOWNSHIP, replace(second.sheet,
                                                                        title=" "))
    assert caught.value.field == "title"
    with pytest.raises(ValidationError):
        services.assessment.save_sheet(YEAR, UnitKind.VILLAGE, second.sheet)
    sign_in(services, "reviewer")
    with pytest.raises(PermissionDeniedError):
        services.assessment.save_sheet(YEAR, UnitKind.TOWNSHIP, second.sheet)
    assert _audit_count(services, "assessment.save_sheet") == 2


# ---- scoring from draft to locked --------------------------------------------------------


def test_draft_reviewed_locked(fresh: tuple[Services, Town]) -> None:
    services, town = fresh
    service = services.assessment
    assessment = service.start(YEAR, town.town)
    assert service.start(YEAR, town.town) == assessment   # idempotent
    detail = service.get(assessment)
    assert detail.status is AssessmentStatus.DRAFT and detail.assessor == "clerk"
    automatic_points = {code: detail.score.item(code).points
                        for code in ("A2", "B1", "B2", "C1", "C2", "C3")}
    assert town.lists == 2   # the team's and the principal's (李红 joined later)
    assert automatic_points == {"A2": D("5"), "B1": D("15"), "B2": D("3"), "C1": D("8"),
                                "C2": D("9"), "C3": D("8")}
    detail = service.save_scores(assessment, {
        **FULL_MANUAL, "E1": ms(count=1, comment="违规公款吃喝被通报一起"),
        "F1": ms(count=1, comment="经验被推广")})
    manual_points = D("6") + D("4") + D("8") + D("6") + D("5")
    assert detail.score.base == sum(automatic_points.values(), D(0)) + manual_points
    assert detail.score.bonus == D("2")
    assert detail.comments == {"E1": "违规公款吃喝被通报一起", "F1": "经验被推广"}
    assert service.find(YEAR, town.town) == detail
    assert service.find(YEAR, town.river) is None
    row = next(r for r in service.units(YEAR, UnitKind.TOWNSHIP) if r.unit_id == town.town)
    assert (row.status, row.total, row.rank) == (AssessmentStatus.DRAFT,
                                                 detail.score.total, None)

    # Four eyes: whoever scored it cannot review it.
    sign_in(services, "reviewer")
    service.save_scores(assessment, {"A1": ms(count=1)})
    with pytest.raises(ConflictError, match="four eyes"):
        service.review(assessment)
    sign_in(services, "clerk")
    service.save_scores(assessment, {"A1": ms(count=2)})
    sign_in(services, "reviewer")
    reviewed = service.review(assessment, "材料齐全")
    assert (reviewed.status, reviewed.reviewer) == (AssessmentStatus.REVIEWED, "reviewer")
    with pytest.raises(ConflictError, match="Reviewed"):
        service.save_scores(assessment, {"A1": ms(count=0)})
    with pytest.raises(ValidationError) as no_reason:
        service.reopen(assessment, "  ")
    assert no_reason.value.field == "reason"
    reopened = service.reopen(assessment, "E1扣分依据不足，请补充")
    assert reopened.status is AssessmentStatus.DRAFT and reopened.review_note.startswith("E1")
    sign_in(services, "clerk")
    service.save_scores(assessment, {"E1": ms(count=1, comment="违规公款吃喝，见通报〔2025〕3号")})
    sign_in(services, "leader")
    service.review(assessment)
    locked = service.lock(assessment)
    assert locked.status is AssessmentStatus.LOCKED and locked.locked_at is not None
    for action in ("start", "save_scores", "review", "reopen", "lock"):
        assert _audit_count(services, f"assessment.{action}") >= 1


def test_a_locked_result_never_changes(fresh: tuple[Services, Town]) -> None:
    services, town = fresh
    assessment = score_and_lock(services, YEAR, town.town, FULL_MANUAL)
    before = services.assessment.get(assessment)
    # New records change what the records say now, not the locked figures.
    sign_in(services, "clerk")
    services.talks.create(TalkInput(TalkKind.REMINDER, dt.date(YEAR, 12, 1), "刘明",
                                    cadre_id=town.zhang))
    now = {f.code: f for f in services.assessment.automatic(YEAR, town.town)}
    assert now["B2"].given.count == 4
    for user, write in (
            ("clerk", lambda: services.assessment.save_scores(assessment,
                                                              {"A1": ms(count=0)})),
            ("clerk", lambda: services.assessment.refresh_automatic(assessment)),
            ("clerk", lambda: services.assessment.delete_draft(assessment)),
            ("reviewer", lambda: services.assessment.review(assessment)),
            ("reviewer", lambda: services.assessment.reopen(assessment, "重新评分")),
            ("reviewer", lambda: services.assessment.lock(assessment))):
        sign_in(services, user)
        with pytest.raises(ConflictError, match="locked and never changes"):
            write()
    after = services.assessment.get(assessment)
    assert after == before
    assert all(e.message is not None for f in after.automatic for e in f.evidence)
    assert {f.code: f.given for f in after.automatic}["B2"].count == 3


def test_bad_manual_input_names_the_item(fresh: tuple[Services, Town]) -> None:
    services, town = fresh
    service = services.assessment
    assessment = service.start(YEAR, town.town)
    cases = [
        ({"Z9": ms(count=1)}, "Z9", "no item Z9"),
        ({"B2": ms(count=1)}, "B2", "computed from the records"),
        ({"A1": ms(met=True)}, "A1", "whole number"),
        ({"A1": ms(count=-1)}, "A1", "whole number"),
        ({"A3": ms(count=1)}, "A3", "met or not met"),
        ({"E1": ms(count=1)}, "E1", "Say why in the comment"),
        ({"A3": ms(met=False)}, "A3", "Say why in the comment"),
        ({"G1": ms(met=True)}, "G1", "ranks last"),
        ({"A1": ms(count=1, comment="字" * 2001)}, "A1", "longer than"),
    ]
    for manual, field, words in cases:
        with pytest.raises(ValidationError) as caught:
            service.save_scores(assessment, manual)
        assert caught.value.field == field, manual
        assert words in caught.value.message.render()
    assert service.get(assessment).manual == {}
    # Review needs every item that has no natural "none" scored.
    service.save_scores(assessment, {"A1": ms(count=1)})
    sign_in(services, "reviewer")
    with pytest.raises(ValidationError) as missing:
        service.review(assessment)
    assert missing.value.field == "A3"
    # A draft can be deleted; a reviewed one cannot.
    sign_in(services, "clerk")
    service.delete_draft(assessment)
    assert service.find(YEAR, town.town) is None
    with pytest.raises(ValidationError):
        service.start(dt.date.today().year + 1, town.town)
    with pytest.raises(ValidationError):
        service.start(YEAR, town.village)   # villages are not assessed


# ---- ranking, bottom N, talks with the last ----------------------------------------------


def test_ranking_with_veto_ties_and_bottom_n(scored: tuple[Services, Town]) -> None:
    services, town = scored
    ranking = services.assessment.ranking(YEAR, UnitKind.TOWNSHIP)
    rows = [(r.rank, r.unit_name, r.total, r.vetoed, r.in_bottom) for r in ranking.rows]
    # 城关镇 has the best total, but its veto puts it last.
    assert rows == [(1, "河口镇", D("72"), False, True), (2, "石桥镇", D("72"), False, True),
                    (3, "城关镇", D("87"), True, True)]
    assert dict(ranking.rows[0].subtotals)["一、组织领导"] == D("16")
    assert dict(ranking.rows[1].subtotals)["一、组织领导"] == D("12")
    assert ranking.bottom_n == 3 and ranking.not_scored == ()
    assert ranking.tie_rule is not None and "veto" in ranking.tie_rule.render()
    departments = services.assessment.ranking(YEAR, UnitKind.DEPARTMENT)
    assert [r.unit_name for r in departments.rows] == ["县财政局"]
    assert departments.not_scored == ("县教育局",)

    sign_in(services, "admin")
    assert services.assessment.bottom_n() == 3
    services.assessment.set_bottom_n(1)
    with pytest.raises(ValidationError):
        services.assessment.set_bottom_n(-1)
    sign_in(services, "clerk")
    ranking = services.assessment.ranking(YEAR, UnitKind.TOWNSHIP)
    assert [r.unit_name for r in ranking.rows if r.in_bottom] == ["城关镇"]
    units = {r.unit_name: r for r in services.assessment.units(YEAR, UnitKind.TOWNSHIP)}
    assert {n: r.rank for n, r in units.items()} == {"城关镇": 3, "河口镇": 1, "石桥镇": 2}
    assert units["河口镇"].status is AssessmentStatus.LOCKED

    comparison = services.assessment.comparison(UnitKind.TOWNSHIP, [2024, YEAR])
    assert comparison[town.river] == {2024: D("68"), YEAR: D("72")}
    assert set(comparison[town.town]) == {YEAR}


def test_propose_talks_is_idempotent_and_links_the_talk(scored: tuple[Services, Town]) -> None:
    services, town = scored
    sign_in(services, "admin")
    services.assessment.set_bottom_n(2)
    sign_in(services, "clerk")
    proposals = services.assessment.propose_talks(YEAR, UnitKind.TOWNSHIP)
    assert [(p.unit_name, p.rank, p.cadre_name) for p in proposals] == [
        ("石桥镇", 2, ""), ("城关镇", 3, "张建国")]
    again = services.assessment.propose_talks(YEAR, UnitKind.TOWNSHIP)
    assert [p.id for p in again] == [p.id for p in proposals]
    assert _audit_count(services, "assessment.propose_talks") == 1
    # The talk is held and recorded, then linked.
    held = services.talks.create(TalkInput(TalkKind.SUMMONS, dt.date(2026, 1, 20), "县纪委书记",
                                           cadre_id=town.zhang, reason="年度考核排名末位"))
    last = proposals[1]
    services.assessment.link_talk(last.id, held)
    assert {p.unit_id: p.talk_id for p in services.assessment.talk_proposals(YEAR)} == {
        town.bridge: None, town.town: held}
    # A smaller bottom withdraws the proposals not yet held, keeps the held one.
    sign_in(services, "admin")
    services.assessment.set_bottom_n(0)
    sign_in(services, "clerk")
    kept = services.assessment.propose_talks(YEAR, UnitKind.TOWNSHIP)
    assert [(p.unit_name, p.talk_id) for p in kept] == [("城关镇", held)]
    # Deleting the talk record leaves the proposal without a talk.
    services.talks.delete(held)
    assert services.assessment.talk_proposals(YEAR)[0].talk_id is None


def test_a_township_clerk_sees_and_scores_only_its_own(scored: tuple[Services, Town]) -> None:
    services, town = scored
    sign_in(services, "admin")
    services.auth.create_user(UserInput("chengguan", "城关镇录入员",
                                        frozenset({AccountRole.CLERK}), town.town),
                              TOWN_PASSWORD)
    services.auth.sign_in("chengguan", TOWN_PASSWORD)
    service = services.assessment
    assert [r.unit_name for r in service.units(YEAR, UnitKind.TOWNSHIP)] == ["城关镇"]
    assert [r.unit_name for r in service.ranking(YEAR, UnitKind.TOWNSHIP).rows] == ["城关镇"]
    assert service.units(YEAR, UnitKind.DEPARTMENT) == []
    assert service.find(YEAR, town.town) is not None
    assert len(service.automatic(YEAR, town.town)) == 6
    river = service.find
    for refused in (lambda: river(YEAR, town.river),
                    lambda: service.automatic(YEAR, town.river),
                    lambda: service.start(2026, town.river),
                    lambda: service.propose_talks(YEAR, UnitKind.TOWNSHIP)):
        with pytest.raises(PermissionDeniedError):
            refused()
    assert service.start(2026, town.town)


# ---- the command line --------------------------------------------------------------------


def test_cli_prints_the_ranking_as_json(scored_db: tuple[Path, Town], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ZEREN_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("ZEREN_LANG", "en")
    path = copy_database(scored_db[0], tmp_path / "cli.sqlite")
    argv = ["--db", str(path), "--user", "leader", "assessment"]
    assert main([*argv, "rank", "--year", str(YEAR), "--kind", "township",
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["rank"], r["unit"], r["total"], r["vetoed"], r["bottom"]) for r in rows][:2] == [
        (1, "河口镇", 72, False, True), (2, "石桥镇", 72, False, True)]
    assert rows[2]["unit"] == "城关镇" and rows[2]["vetoed"] is True
    assert rows[0]["subtotals"]["一、组织领导"] == 16
    assert main([*argv, "rank", "--year", str(YEAR), "--format", "json"]) == 0
    both = json.loads(capsys.readouterr().out)
    assert [r["kind"] for r in both] == ["township"] * 3 + ["department"]
    assert main([*argv, "rank", "--year", str(YEAR)]) == 0
    table = capsys.readouterr().out
    assert "河口镇" in table and "Ranking rule" in table and "县教育局" in table
    assert main([*argv, "sheet", "--year", str(YEAR), "--kind", "department",
                 "--format", "json"]) == 0
    sheet = json.loads(capsys.readouterr().out)
    assert sheet["version"] == 1 and sheet["unit_kind"] == "department"
    assert main([*argv, "sheet", "--year", str(YEAR), "--kind", "township"]) == 0
    assert "2025年度乡镇" in capsys.readouterr().out
    assert main([*argv]) == 2
    # The auditor reads no records.
    assert main(["--db", str(path), "--user", "auditor", "assessment", "rank", "--year",
                 str(YEAR)]) == 1


def test_score_sheet_and_ranking_files(scored: tuple[Services, Town], tmp_path: Path) -> None:
    services, town = scored
    sign_in(services, "leader")
    locked = services.assessment.find(YEAR, town.river)
    assert locked is not None
    assert services.assessment.export_score_sheet(locked.id, tmp_path / "s.pdf") >= 1
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert services.assessment.export_ranking_pdf(YEAR, UnitKind.TOWNSHIP,
                                                  tmp_path / "r.pdf") >= 1
    assert services.assessment.export_ranking_xlsx(YEAR, UnitKind.TOWNSHIP,
                                                   tmp_path / "r.xlsx") == 3
    for action in ("export.assessment_score_sheet", "export.assessment_ranking_pdf",
                   "export.assessment_ranking_xlsx"):
        assert _audit_count(services, action) == 1


def test_the_stored_points_are_exact_hundredths(scored: tuple[Services, Town]) -> None:
    services, _ = scored
    with services.db.read() as session:
        totals = sorted(session.scalars(select(UnitAssessment.total_hundredths).where(
            UnitAssessment.year == YEAR)))
    assert 7200 in totals and all(isinstance(t, int) for t in totals)


def test_sheet_default_is_plain_data() -> None:
    from zeren_desktop.services.assessment import default_sheet

    sheet = default_sheet(2024, UnitKind.DEPARTMENT)
    assert isinstance(sheet, IndicatorSheet) and sheet.year == 2024


# ---- the demo's scored year --------------------------------------------------------------


def test_demo_scores_every_unit_and_proposes_talks(fresh: tuple[Services, Town]) -> None:
    import random

    from zeren_desktop.services.demo_assessment import add_demo_assessment

    services, town = fresh
    with services.db.write() as session:
        result = add_demo_assessment(session, services.office_id, random.Random(4), YEAR,
                                     today=dt.date(2026, 3, 1))
    assert (result.assessments, result.proposals) == (5, 5)   # 3 townships, 2 departments
    ranking = services.assessment.ranking(YEAR, UnitKind.TOWNSHIP)
    assert len(ranking.rows) == 3 and ranking.not_scored == ()
    detail = services.assessment.find(YEAR, town.town)
    assert detail is not None and detail.status is AssessmentStatus.LOCKED
    assert (detail.assessor, detail.reviewer) == ("clerk", "reviewer")
    assert {f.code: f.given for f in detail.automatic}["B2"].count == 3
    assert detail.locked_at == dt.datetime(2026, 1, 25, 16, 0)
    proposals = services.assessment.talk_proposals(YEAR)
    assert {p.unit_name for p in proposals} >= {"城关镇", "河口镇", "石桥镇"}
    assert next(p for p in proposals if p.unit_name == "城关镇").cadre_name == "张建国"
    # Again: units already scored are left as they are.
    with services.db.write() as session:
        again = add_demo_assessment(session, services.office_id, random.Random(4), YEAR,
                                    today=dt.date(2026, 3, 1))
    assert (again.assessments, again.proposals) == (0, 0)
