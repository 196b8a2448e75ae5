"""The cases page, driven like a user: a case through every stage with an appeal, a
skipped stage refused, going back only with a reason, deadline colours, dual inquiry."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import sign_in_as
from tests.helpers import type_text
from zeren_desktop.domain.cases import StageInput, SubjectStageInput, check_transition
from zeren_desktop.domain.enums import (
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
from zeren_desktop.domain.text import ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.cases_dto import CaseInput, ProblemInput, SubjectInput
from zeren_desktop.storage.models import Clue
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.pages.cases_page import (
    CATEGORIES,
    AnswerDialog,
    AppealDialog,
    CaseDialog,
    CasesPage,
    GoBackDialog,
    StageDialog,
)
from zeren_desktop.ui.pages.home_page import HomePage
from zeren_desktop.ui.pages.inspections_page import DUE_SOON_BACKGROUND, OVERDUE_BACKGROUND

TODAY = dt.date.today()
SHOTS = Path("/tmp/pt-cases-shots")


@dataclass
class Town:
    town: uuid.UUID
    other: uuid.UUID
    secretary: uuid.UUID
    team: uuid.UUID


@pytest.fixture
def town(services: Services) -> Town:
    s = services
    county = s.units.create(UnitInput("青山县", UnitKind.COUNTY))
    town = s.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, county))
    other = s.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, county))
    start = dt.date(2020, 1, 1)
    secretary = s.cadres.create(CadreInput(
        "魏振华", Rank.TOWNSHIP_SECTION, posts=(PostInput(town, "党委书记", start),)))
    team = s.teams.create(TeamInput(town, TeamKind.PARTY_COMMITTEE, "中共城关镇委员会"))
    s.teams.add_member(MembershipInput(team, secretary, TeamRole.PRINCIPAL, start))
    return Town(town, other, secretary, team)


def make_page(qtbot: QtBot, services: Services) -> CasesPage:
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    return page


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def stage_of(services: Services, case_id: uuid.UUID) -> CaseStage:
    return services.cases.get(case_id).stage


def ok(qtbot: QtBot, page: CasesPage) -> None:
    dialog = page.dialog
    assert dialog is not None
    click(dialog.ok_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.dialog is None)


def new_case_by_typing(qtbot: QtBot, page: CasesPage, town: Town) -> None:
    click(page.new_case_button)
    dialog = page.dialog
    assert isinstance(dialog, CaseDialog)
    assert dialog.number_edit.text() == f"WZ{TODAY.year}-001"
    type_text(dialog.title_edit, "城关镇违规发放津贴问责案")
    dialog.unit_combo.setCurrentIndex(dialog.unit_ids.index(town.town))
    combo, edit = dialog.problem_rows[0]
    combo.setCurrentIndex(CATEGORIES.index(ProblemCategory.EIGHT_RULES))
    type_text(edit, "违规发放班子成员奖9000元")
    type_text(dialog.cadre_finder.search_edit, "魏振")
    dialog.cadre_finder.search()
    assert dialog.cadre_finder.cadre_id() == town.secretary
    click(dialog.add_cadre_button)
    assert dialog.team_combo.count() == 1
    click(dialog.add_team_button)
    assert dialog.subject_list.count() == 2
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "case_dialog.png"))
    type_text(dialog.clues_edit, "XS2026-999")
    click(dialog.ok_button)  # no such clue: said, nothing written
    assert dialog.isVisible() and "XS2026-999" in dialog.error_label.text()
    assert page.services.cases.search() == []
    dialog.clues_edit.clear()
    type_text(dialog.clues_edit, "XS2026-007")
    ok(qtbot, page)


def test_a_case_through_every_stage_with_an_appeal(qtbot: QtBot, services: Services,
                                                  town: Town) -> None:
    sign_in_as(services, "reviewer")  # prepares and records the decision
    with services.db.write() as session:
        clue = Clue(office_id=services.office_id, number="XS2026-007", received_on=TODAY,
                    source=ClueSource.PETITION, unit_id=town.town,
                    handling=ClueHandling.PRELIMINARY)
        session.add(clue)
        session.flush()
        clue_id = clue.id
    page = make_page(qtbot, services)
    assert not page.refused and page.new_case_button.isVisible()
    new_case_by_typing(qtbot, page, town)

    assert page.case_table.rowCount() == 1
    case_id = page.selected_case_id()
    assert case_id is not None and stage_of(services, case_id) is CaseStage.PROPOSED
    detail = services.cases.get(case_id)
    assert [s.name for s in detail.subjects] == ["魏振华", "中共城关镇委员会"]
    assert detail.problems[0].category is ProblemCategory.EIGHT_RULES
    assert detail.clue_ids == (clue_id,) and detail.clue_numbers == ("XS2026-007",)
    assert "魏振华" in page.case_detail.toPlainText()
    assert "XS2026-007" in page.case_detail.toPlainText()

    # A skipped stage is refused in the GUI: nothing opens, nothing changes.
    click(page.stage_buttons[3])  # 决定, from 提出建议
    assert page.dialog is None
    with pytest.raises(ValidationError) as caught:
        check_transition(CaseStage.PROPOSED, CaseStage.DECIDED)
    assert page.message_label.text() == error_text(caught.value)
    assert stage_of(services, case_id) is CaseStage.PROPOSED
    assert not page.stage_buttons[3].isChecked()

    # 启动调查: the approver is required.
    click(page.advance_button)
    dialog = page.dialog
    assert isinstance(dialog, StageDialog) and dialog.stage is CaseStage.OPENED
    assert not dialog.team_edit.isVisibleTo(dialog)  # only this stage's fields
    click(dialog.ok_button)
    assert dialog.isVisible() and dialog.field_labels["approved_by"] in \
        dialog.error_label.text()
    services.cadres.create(CadreInput("高松", Rank.TOWNSHIP_SECTION, posts=(
        PostInput(town.town, "党委副书记", dt.date(2020, 1, 1)),)))
    type_text(dialog.approved_by_edit, "党委副书记高松")     # post and name together
    # Enter as in every form: to the next field (acted by, optional), then OK on the last.
    dialog.approved_by_edit.setFocus()
    QTest.keyClick(dialog.approved_by_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.acted_by_edit.hasFocus()
    assert stage_of(services, case_id) is CaseStage.PROPOSED
    QTest.keyClick(dialog.acted_by_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert stage_of(services, case_id) is CaseStage.OPENED
    # The approver's ledger has its 研究查处案件 entry, and the user is told so.
    assert page.message_label.text().endswith(page.tr(
        "The ledger of {names} has an entry for it.").format(names="高松"))

    # 调查: team, facts, the cadre's statement and whether it was accepted.
    click(page.stage_buttons[2])  # the next stage, from the strip
    dialog = page.dialog
    assert isinstance(dialog, StageDialog) and dialog.stage is CaseStage.INVESTIGATED
    assert not dialog.approved_by_edit.isVisibleTo(dialog)
    cadre_subject = detail.subjects[0].id
    assert list(dialog.statement_edits) == [cadre_subject]  # the team states nothing
    type_text(dialog.team_edit, "王磊、刘芳")
    type_text(dialog.facts_edit, "经查，该镇党委违规发放班子成员奖9000元。")
    type_text(dialog.statement_edits[cadre_subject], "对事实无异议，请求从轻处理。")
    click(dialog.ok_button)
    assert dialog.isVisible()  # not said whether the statement was accepted
    dialog.accepted_combos[cadre_subject].setCurrentIndex(2)
    ok(qtbot, page)
    assert stage_of(services, case_id) is CaseStage.INVESTIGATED

    # Going back asks for a reason, and keeps it.
    click(page.back_button)
    back = page.dialog
    assert isinstance(back, GoBackDialog)
    assert back.stages[back.stage_combo.currentIndex()] is CaseStage.OPENED
    click(back.ok_button)
    assert back.isVisible() and back.field_labels["reason"] in back.error_label.text()
    assert stage_of(services, case_id) is CaseStage.INVESTIGATED
    type_text(back.reason_edit, "部分事实证据不足，退回补充调查。")
    ok(qtbot, page)
    assert stage_of(services, case_id) is CaseStage.OPENED
    assert "部分事实证据不足" in page.case_detail.toPlainText()
    reverted = services.cases.get(case_id).events[-1]
    assert reverted.reverted and reverted.reason == "部分事实证据不足，退回补充调查。"

    click(page.advance_button)
    dialog = page.dialog
    assert isinstance(dialog, StageDialog) and dialog.stage is CaseStage.INVESTIGATED
    assert dialog.accepted_combos[cadre_subject].currentIndex() == 2  # kept from before
    type_text(dialog.team_edit, "王磊、刘芳、陈志强")
    type_text(dialog.facts_edit, "补充调查后，事实清楚。")
    ok(qtbot, page)

    # 决定: a clerk could not; the reviewer records the body and the measures.
    click(page.advance_button)
    dialog = page.dialog
    assert isinstance(dialog, StageDialog) and dialog.stage is CaseStage.DECIDED
    team_subject = detail.subjects[1].id
    type_text(dialog.deciding_body_edit, "中共青山县委")
    dialog.set_measures(cadre_subject, ("party_serious_warning", "dismissal"))
    click(dialog.ok_button)
    assert dialog.isVisible()  # the team has no measure yet
    dialog.set_measures(team_subject, ("org_examination",))
    dialog.grab().save(str(SHOTS / "decision_dialog.png"))
    ok(qtbot, page)
    decided = services.cases.get(case_id)
    assert decided.stage is CaseStage.DECIDED and decided.decision_date == TODAY
    assert decided.subject(cadre_subject).measures == ("dismissal", "party_serious_warning")
    assert "免职" in page.case_detail.toPlainText()

    # 申诉 after the decision: recorded, the stage does not change.
    click(page.appeal_button)
    appeal = page.dialog
    assert isinstance(appeal, AppealDialog)
    type_text(appeal.grounds_edit, "认为处理偏重。")
    ok(qtbot, page)
    appealed = services.cases.get(case_id)
    assert appealed.stage is CaseStage.DECIDED and len(appealed.appeals) == 1
    assert appealed.appeals[0].within_window and appealed.appeals[0].subject_id == cadre_subject

    # 宣布送达, 执行 (execution continues during the appeal), 归档.
    click(page.advance_button)
    assert isinstance(page.dialog, StageDialog) and page.dialog.stage is CaseStage.SERVED
    ok(qtbot, page)
    click(page.advance_button)
    dialog = page.dialog
    assert isinstance(dialog, StageDialog) and dialog.stage is CaseStage.EXECUTED
    assert set(dialog.adjusted_edits) == {cadre_subject}
    assert set(dialog.self_exam_edits) == {team_subject}
    click(dialog.ok_button)
    assert dialog.isVisible()  # the dates are not there yet
    dialog.adjusted_edits[cadre_subject].none_box.setChecked(False)
    dialog.self_exam_edits[team_subject].none_box.setChecked(False)
    ok(qtbot, page)
    click(page.answer_button)
    answer = page.dialog
    assert isinstance(answer, AnswerDialog)
    type_text(answer.answer_edit, "经复查，维持原决定。")
    ok(qtbot, page)
    click(page.advance_button)
    assert isinstance(page.dialog, StageDialog) and page.dialog.stage is CaseStage.ARCHIVED
    ok(qtbot, page)

    final = services.cases.get(case_id)
    assert final.stage is CaseStage.ARCHIVED
    assert [e.stage for e in final.events] == [
        CaseStage.PROPOSED, CaseStage.OPENED, CaseStage.INVESTIGATED, CaseStage.OPENED,
        CaseStage.INVESTIGATED, CaseStage.DECIDED, CaseStage.SERVED, CaseStage.EXECUTED,
        CaseStage.ARCHIVED]
    assert final.appeals[0].answered_on == TODAY
    assert final.subject(cadre_subject).adjusted_on == TODAY
    assert all(button.isChecked() for button in page.stage_buttons)
    assert not page.advance_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "cases_page.png"))


def test_deadline_colours_circulation_and_dual_inquiry(qtbot: QtBot, services: Services,
                                                       town: Town) -> None:
    def case(number: str, days_ago: int, **extra: object) -> uuid.UUID:
        return services.cases.create(CaseInput(
            number, f"{number} 问责案", town.town, (ProblemInput(ProblemCategory.OTHER),),
            (SubjectInput(SubjectKind.CADRE, cadre_id=town.secretary),),
            proposed_on=TODAY - dt.timedelta(days=days_ago), **extra))  # type: ignore[arg-type]

    overdue = case("WZ2026-101", 40)
    soon = case("WZ2026-102", 25)
    determination = services.regulations.save_determination("双查", {
        "regulation": "hubei-2016", "conduct_date": "2025-01-15",
        "decision_date": TODAY.isoformat(),
        "unit_year": {"members_given_party_post_removal_or_heavier": 2},
        "subjects": [{"id": f"cadre-{town.secretary}", "kind": "cadre",
                      "role": "first_responsible", "name": "魏振华",
                      "clauses": ["hubei-2016/7.7"], "severity": "grave"}]}, town.town)
    dual = case("WZ2026-103", 0, determination_id=determination)

    page = make_page(qtbot, services)
    states = {page.case_rows[i].id: page.row_state(i) for i in range(page.case_table.rowCount())}
    assert states == {overdue: "overdue", soon: "due_soon", dual: ""}
    model = page.case_model
    colours = {page.case_rows[i].id: QColor(model.data(model.index(i, 0),
                                                       Qt.ItemDataRole.BackgroundRole)).name()
               for i in range(3)}
    assert colours[overdue] == OVERDUE_BACKGROUND and colours[soon] == DUE_SOON_BACKGROUND
    page.due_filter.setCurrentIndex(1)
    assert [r.id for r in page.case_rows] == [overdue]
    page.due_filter.setCurrentIndex(0)

    home = HomePage(services)
    qtbot.addWidget(home)
    assert home.cases_card.count_label.text() == "2"
    assert "WZ2026-101" in home.cases_card.lines_label.text()

    page.select_case(dual)
    assert page.dual_button.isEnabled()
    assert "一案双查" in page.case_detail.toPlainText()
    assert not page.circulate_box.isEnabled()  # not decided
    click(page.dual_button)
    linked = services.cases.get(dual).dual_inquiry.linked_case_ids
    assert len(linked) == 1
    other = services.cases.get(linked[0])
    assert other.dual_inquiry_of == dual and other.stage is CaseStage.PROPOSED
    assert [s.kind for s in other.subjects] == [SubjectKind.PARTY_TEAM, SubjectKind.CADRE]
    assert page.selected_case_id() == linked[0]
    assert page.case_table.rowCount() == 4

    # A leader reads and decides but prepares nothing.
    sign_in_as(services, "leader")
    page.reload()
    assert not page.new_case_button.isVisible() and not page.dual_button.isVisible()
    assert not page.circulate_box.isVisible()


def test_nobody_signed_in_and_auditor_see_the_notice(qtbot: QtBot, services: Services) -> None:
    sign_in_as(services, "auditor")
    page = make_page(qtbot, services)
    assert page.refused and page.case_table.rowCount() == 0


def test_case_from_a_determination_circulation_and_the_stage_strip(
        qtbot: QtBot, services: Services, town: Town) -> None:
    sign_in_as(services, "reviewer")
    determination = services.regulations.save_determination("城关镇津贴案认定", {
        "regulation": "hubei-2016", "conduct_date": "2025-01-15",
        "decision_date": TODAY.isoformat(),
        "subjects": [{"id": f"cadre-{town.secretary}", "kind": "cadre",
                      "role": "first_responsible", "name": "魏振华",
                      "clauses": ["hubei-2016/7.7"], "severity": "grave",
                      "measures": ["dismissal"]}]}, town.town)
    page = make_page(qtbot, services)
    page.tabs.setCurrentIndex(1)
    assert page.rows[page.table.currentRow()].id == determination
    click(page.from_determination_button)
    dialog = page.dialog
    assert isinstance(dialog, CaseDialog)
    assert dialog.title_edit.text() == "城关镇津贴案认定"
    assert dialog.unit_ids[dialog.unit_combo.currentIndex()] == town.town
    assert dialog.conduct_edit.date() == dt.date(2025, 1, 15)
    assert dialog.subject_list.count() == 1 and "魏振华" in dialog.subject_list.item(0).text()
    ok(qtbot, page)
    assert page.tabs.currentIndex() == 0
    case_id = page.selected_case_id()
    assert case_id is not None
    detail = services.cases.get(case_id)
    assert detail.determination_id == determination
    subject = detail.subjects[0]
    assert (subject.severity, subject.responsibility, subject.measures) == (
        "grave", "primary", ("dismissal",))

    # Not decided: circulation is off; particulars can be edited.
    assert not page.circulate_box.isEnabled() and page.edit_case_button.isEnabled()
    click(page.edit_case_button)
    edit = page.dialog
    assert isinstance(edit, CaseDialog) and edit.number_edit.text() == detail.number
    edit.title_edit.setFocus()
    QTest.keyClick(edit.title_edit, Qt.Key.Key_End)
    type_text(edit.title_edit, "（补充）")
    ok(qtbot, page)
    assert services.cases.get(case_id).title == "城关镇津贴案认定（补充）"

    services.cases.advance(case_id, rules_stage(CaseStage.OPENED, approved_by="县纪委书记"))
    services.cases.advance(case_id, rules_stage(
        CaseStage.INVESTIGATED, team=("王磊", "刘芳"), facts="属实", subjects=(
            subject_input(subject.id, statement="无异议", statement_accepted=True),)))
    services.cases.advance(case_id, rules_stage(
        CaseStage.DECIDED, deciding_body="中共青山县委",
        subjects=(subject_input(subject.id, measures=("dismissal",)),)))
    page.reload_cases(case_id)
    assert page.circulate_box.isEnabled() and not page.edit_case_button.isEnabled()
    click(page.circulate_box)
    assert services.cases.get(case_id).circulate
    assert services.cases.get(case_id).circulated_on == TODAY

    # An earlier stage on the strip goes back, with that stage chosen.
    click(page.stage_buttons[1])
    back = page.dialog
    assert isinstance(back, GoBackDialog)
    assert back.stages[back.stage_combo.currentIndex()] is CaseStage.OPENED
    back.reject()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert stage_of(services, case_id) is CaseStage.DECIDED


def rules_stage(stage: CaseStage, **fields: object) -> StageInput:
    return StageInput(stage, TODAY, **fields)  # type: ignore[arg-type]


def subject_input(subject_id: uuid.UUID, **fields: object) -> SubjectStageInput:
    return SubjectStageInput(subject_id, **fields)  # type: ignore[arg-type]


# The width the page gets in the main window on a 1366-pixel screen (less the navigation),
# and at 125% scaling (1093 logical pixels).
PAGE_AT_100 = 1366 - 154
PAGE_AT_125 = 1093 - 154 - 16


def test_every_column_shows_beside_the_case_on_a_1366_screen(
        qtbot: QtBot, services: Services, town: Town) -> None:
    bureau = services.units.create(UnitInput("县科学技术和经济信息化局", UnitKind.DEPARTMENT))
    long_title = "县科学技术和经济信息化局禁烧工作不力问题问责案（已通报）"
    for number, unit, title in (("WZ2026-001", bureau, long_title),
                                ("WZ2026-002", town.town, "城关镇违规发放津贴问责案")):
        services.cases.create(CaseInput(
            number, title, unit, (ProblemInput(ProblemCategory.OTHER),),
            (SubjectInput(SubjectKind.CADRE, cadre_id=town.secretary),
             SubjectInput(SubjectKind.PARTY_TEAM, team_id=town.team)),
            proposed_on=TODAY))
    page = make_page(qtbot, services)
    page.resize(PAGE_AT_100, 640)
    qtbot.waitUntil(lambda: page.case_table.viewport().width() > 500)
    page.select_case(page.case_rows[0].id)
    table = page.case_table
    columns = page.case_model.columnCount()
    last = columns - 1
    # The stage (and the deadline, and the subjects) without scrolling: the title takes
    # what the others leave, elided, the whole of it in its tooltip.
    assert table.columnViewportPosition(last) + table.columnWidth(last) \
        <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnWidth(1) >= table.fontMetrics().horizontalAdvance("国" * 8)
    row = next(i for i, r in enumerate(page.case_rows) if r.title == long_title)
    model = page.case_model
    assert model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole) == long_title
    assert model.data(model.index(row, 2), Qt.ItemDataRole.ToolTipRole) \
        == "县科学技术和经济信息化局"
    # At 125% the page (filters, table, stage strip and actions) still fits.
    assert page.minimumSizeHint().width() <= PAGE_AT_125
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "cases_1366.png"))


def test_delete_question_names_what_goes_with_the_case(
        qtbot: QtBot, services: Services, town: Town,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The ledger entries made from its stages are deleted, its clues unlinked: said."""
    with services.db.write() as session:
        clue = Clue(office_id=services.office_id, number="XS2026-031", received_on=TODAY,
                    source=ClueSource.PETITION, unit_id=town.town,
                    handling=ClueHandling.PRELIMINARY)
        session.add(clue)
        session.flush()
        clue_id = clue.id
    case_id = services.cases.create(CaseInput(
        "WZ2026-031", "城关镇班子问责案", town.town, (ProblemInput(ProblemCategory.OTHER),),
        (SubjectInput(SubjectKind.PARTY_TEAM, team_id=town.team),), clue_ids=(clue_id,),
        proposed_on=TODAY, proposed_by="魏振华"))
    services.cases.advance(case_id, rules_stage(CaseStage.OPENED, approved_by="魏振华"))
    effects = services.cases.delete_effects(case_id)
    assert effects.entries > 0 and effects.clues == 1 and effects.talks == effects.cases == 0
    page = make_page(qtbot, services)
    page.select_case(case_id)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    click(page.delete_case_button)
    assert services.cases.delete_effects(case_id) == effects  # No: nothing changed

    def tr(text: str) -> str:
        return QCoreApplication.translate("CasesPage", text)

    entries = tr("the {n} ledger entries made from it will be deleted too").format(
        n=effects.entries)
    clues = tr("{items} will be unlinked from it").format(
        items=tr("{n} problem clues").format(n=1))
    what = tr("; ").join([entries, clues])
    assert asked == [tr("Delete case {number} ({title})? {effects}. This cannot be undone.")
                     .format(number="WZ2026-031", title="城关镇班子问责案",
                             effects=what[:1].upper() + what[1:])]
    click(page.delete_case_button)
    assert services.cases.search() == []
    with services.db.read() as session:
        kept = session.get(Clue, clue_id)
        assert kept is not None and kept.case_id is None
