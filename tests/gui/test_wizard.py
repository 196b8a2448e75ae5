"""The assessment wizard and the cases page, driven like a user (issue 4)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.gui.conftest import TEST_PASSWORD
from tests.helpers import type_text
from zeren_desktop.domain.enums import Rank, TeamKind, TeamRole, UnitKind
from zeren_desktop.domain.records import (
    CadreInput,
    MembershipInput,
    PostInput,
    TeamInput,
    UnitInput,
)
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.domain.text import Message, ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.ui.pages.cases_page import CasesPage
from zeren_desktop.ui.wizard import AssessmentWizard
from zeren_desktop.ui.wizard.state import (
    CASE_PAGE,
    CLAUSES_PAGE,
    DETERMINATION_PAGE,
    SUBJECTS_PAGE,
    SUMMARY_PAGE,
)

TITLE = "城关镇违规发放津贴问责案"
CONDUCT = dt.date(2017, 3, 10)
DECISION = dt.date(2017, 8, 31)
# 党内严重警告: 18 months from 31 August 2017 = 28 February 2019 (month end clamped);
# 免职: 12 months = 31 August 2018. The longer governs (art. 19).
SERIOUS_WARNING_UNTIL = "2019-02-28"
DISMISSAL_UNTIL = "2018-08-31"


@dataclass
class Records:
    county: uuid.UUID
    town: uuid.UUID
    cadre: uuid.UUID
    team: uuid.UUID


@pytest.fixture
def records(services: Services) -> Records:
    """A township, its Party secretary and its Party committee team."""
    county = services.units.create(UnitInput("青山县", UnitKind.COUNTY))
    town = services.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, county))
    cadre = services.cadres.create(CadreInput(
        "王振华", Rank.TOWNSHIP_SECTION,
        posts=(PostInput(town, "党委书记", dt.date(2015, 1, 5)),)))
    team = services.teams.create(TeamInput(town, TeamKind.PARTY_COMMITTEE, "城关镇党委"))
    services.teams.add_member(MembershipInput(team, cadre, TeamRole.PRINCIPAL,
                                              dt.date(2015, 1, 5)))
    return Records(county, town, cadre, team)


def open_wizard(qtbot: QtBot, services: Services) -> AssessmentWizard:
    wizard = AssessmentWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    assert QTest.qWaitForWindowExposed(wizard)
    return wizard


def click(qtbot: QtBot, wizard: AssessmentWizard, button: QWizard.WizardButton) -> None:
    QTest.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def fill_case(wizard: AssessmentWizard, title: str = TITLE) -> None:
    page = wizard.case_page
    if title:
        type_text(page.title_edit, title)
    page.set_dates(CONDUCT, DECISION)


def add_subjects(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    page = wizard.subjects_page
    type_text(page.search_edit, "王振")
    assert page.cadre_list.count() == 1
    page.cadre_list.setCurrentRow(0)
    page.role_combo.setCurrentIndex(page.role_combo.findData("first_responsible"))
    QTest.mouseClick(page.add_cadre_button, Qt.MouseButton.LeftButton)
    assert page.team_combo.count() == 1
    QTest.mouseClick(page.add_team_button, Qt.MouseButton.LeftButton)
    assert page.subject_list.count() == 2


def pick_clauses(wizard: AssessmentWizard) -> None:
    page = wizard.clauses_page
    page.select_subject(0)
    page.tick("hubei-2016/7.7")
    assert "廉洁从政表率" in page.text_view.toPlainText()  # the full text is shown
    page.set_severity("grave")
    page.select_subject(1)
    page.tick("hubei-2016/6.3")
    page.set_severity("grave")


def test_assessment_end_to_end(qtbot: QtBot, services: Services, records: Records) -> None:
    wizard = open_wizard(qtbot, services)
    fill_case(wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == SUBJECTS_PAGE
    add_subjects(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == CLAUSES_PAGE
    # A cadre who is first responsible is offered art. 7, not art. 6 (the team's).
    page = wizard.clauses_page
    page.select_subject(0)
    with pytest.raises(KeyError):
        page.tick("hubei-2016/6.3")
    pick_clauses(wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == DETERMINATION_PAGE

    det = wizard.determination_page
    cadre_id = f"cadre-{records.cadre}"
    shown = det.view.toPlainText()
    assert QCoreApplication.translate("Assessment", "Primary leadership responsibility") in shown
    assert "廉洁从政表率" in shown  # the clause text is cited
    offered = {code: box.text() for (sid, code), box in det.measure_boxes.items()
               if sid == cadre_id}
    assert offered["dismissal"] == "免职"
    assert "criticism_education" not in offered  # outside the grave band: not offered
    det.measure_boxes[(cadre_id, "party_serious_warning")].click()
    det.measure_boxes[(cadre_id, "dismissal")].click()
    shown = det.view.toPlainText()
    assert SERIOUS_WARNING_UNTIL in shown and DISMISSAL_UNTIL in shown

    next_page(qtbot, wizard)
    assert wizard.currentId() == SUMMARY_PAGE
    summary = wizard.summary_page.view.toPlainText()
    assert TITLE in summary and "党内严重警告" in summary and "廉洁从政表率" in summary
    saved: list[object] = []
    wizard.saved.connect(saved.append)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()

    (info,) = services.regulations.determinations()
    assert saved == [info.id]
    assert info.title == TITLE
    assert info.regulation_id == "hubei-2016"
    assert info.case_input["conduct_date"] == CONDUCT.isoformat()
    assert info.case_input["decision_date"] == DECISION.isoformat()
    cadre, team = info.case_input["subjects"]
    assert cadre["kind"] == "cadre" and cadre["role"] == "first_responsible"
    assert cadre["name"] == "王振华"
    assert cadre["clauses"] == ["hubei-2016/7.7"] and cadre["severity"] == "grave"
    assert cadre["measures"] == ["dismissal", "party_serious_warning"]
    assert team["kind"] == "party_team" and team["clauses"] == ["hubei-2016/6.3"]
    assert team["severity"] == "grave" and team["measures"] == []
    result = info.result["subjects"][0]
    assert result["responsibility"] == "primary"
    assert "dismissal" in result["allowed_measures"]
    assert result["consequences"]["influence_until"] == SERIOUS_WARNING_UNTIL
    periods = {p["measure"]: p["until"] for p in result["consequences"]["periods"]}
    assert periods == {"dismissal": DISMISSAL_UNTIL,
                       "party_serious_warning": SERIOUS_WARNING_UNTIL}
    assert info.result["subjects"][1]["responsibility"] == "collective"


def test_invalid_input_blocks_next_and_saves_nothing(qtbot: QtBot, services: Services,
                                                     records: Records) -> None:
    wizard = open_wizard(qtbot, services)
    case_page = wizard.case_page
    case_page.set_dates(CONDUCT, DECISION)
    next_page(qtbot, wizard)  # no title
    assert wizard.currentId() == CASE_PAGE
    assert case_page.error_text == case_page.tr(
        "Give the assessment a title, e.g. the case's name.")

    type_text(case_page.title_edit, TITLE)
    case_page.set_dates(DECISION, CONDUCT)  # the decision before the conduct
    next_page(qtbot, wizard)
    assert wizard.currentId() == CASE_PAGE
    assert CONDUCT.isoformat() in case_page.error_text
    assert DECISION.isoformat() in case_page.error_text

    case_page.set_dates(CONDUCT, DECISION)
    next_page(qtbot, wizard)
    assert wizard.currentId() == SUBJECTS_PAGE
    next_page(qtbot, wizard)  # no subject
    assert wizard.currentId() == SUBJECTS_PAGE
    assert wizard.subjects_page.error_text

    add_subjects(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # no clause ticked
    assert wizard.currentId() == CLAUSES_PAGE
    assert "王振华" in wizard.clauses_page.error_text
    wizard.clauses_page.tick("hubei-2016/7.7")
    next_page(qtbot, wizard)  # no severity
    assert wizard.currentId() == CLAUSES_PAGE
    assert wizard.clauses_page.error_text
    wizard.close()
    assert services.regulations.determinations() == []


def test_engine_errors_are_shown_on_their_page(qtbot: QtBot, services: Services,
                                               records: Records,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = open_wizard(qtbot, services)
    fill_case(wizard)
    next_page(qtbot, wizard)
    add_subjects(qtbot, wizard)
    next_page(qtbot, wizard)
    pick_clauses(wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == SUMMARY_PAGE

    def refuse(*_args: object, **_kwargs: object) -> uuid.UUID:
        raise ValidationError("subjects[1].clauses[0]", Message(
            "Assess", "{field}: not a clause.", {"field": "subjects[1].clauses[0]"}))

    monkeypatch.setattr(services.regulations, "save_determination", refuse)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    # Back on the clauses page, on the team, with the message naming it.
    assert wizard.currentId() == CLAUSES_PAGE
    assert wizard.clauses_page.subject_combo.currentIndex() == 1
    assert wizard.clauses_page.error_text.startswith("城关镇党委")
    assert "subjects[1].clauses[0]: not a clause." in wizard.clauses_page.error_text
    monkeypatch.undo()
    assert services.regulations.determinations() == []


def test_back_keeps_entries(qtbot: QtBot, services: Services, records: Records) -> None:
    wizard = open_wizard(qtbot, services)
    fill_case(wizard)
    next_page(qtbot, wizard)
    add_subjects(qtbot, wizard)
    next_page(qtbot, wizard)
    pick_clauses(wizard)
    next_page(qtbot, wizard)
    cadre_id = f"cadre-{records.cadre}"
    wizard.determination_page.choose(cadre_id, "dismissal")

    for _ in range(3):
        click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentId() == CASE_PAGE
    assert wizard.case_page.title_edit.text() == TITLE
    assert wizard.case_page.conduct_date == CONDUCT
    assert wizard.case_page.decision_date == DECISION

    next_page(qtbot, wizard)
    assert wizard.subjects_page.subject_list.count() == 2
    next_page(qtbot, wizard)
    clauses = wizard.clauses_page
    clauses.select_subject(0)
    assert clauses.severity_combo.currentData() == "grave"
    assert clauses._checked(clauses.clause_tree) == ["hubei-2016/7.7"]
    next_page(qtbot, wizard)
    assert wizard.determination_page.measure_boxes[(cadre_id, "dismissal")].isChecked()


def cell_text(page: CasesPage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    return item.text() if item is not None else ""


def test_cases_page_lists_and_shows_determinations(qtbot: QtBot, services: Services,
                                                   records: Records) -> None:
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page)
    assert not page.refused
    assert page.table.rowCount() == 0
    assert page.new_button.isVisible()

    page.detail.setFocus()
    QTest.keyClick(page.detail, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible()
    fill_case(wizard)
    next_page(qtbot, wizard)
    add_subjects(qtbot, wizard)
    next_page(qtbot, wizard)
    pick_clauses(wizard)
    next_page(qtbot, wizard)
    wizard.determination_page.choose(f"cadre-{records.cadre}", "party_serious_warning")
    next_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert page.table.rowCount() == 1
    assert [cell_text(page, 0, column) for column in (0, 3)] == [TITLE, "clerk"]
    detail = page.detail.toPlainText()
    assert TITLE in detail and "王振华" in detail and "城关镇党委" in detail
    assert "廉洁从政表率" in detail  # art. 7 (7) quoted in full
    assert QCoreApplication.translate("Assessment", "Primary leadership responsibility") in detail
    assert SERIOUS_WARNING_UNTIL in detail


def test_cases_page_refuses_without_permission(qtbot: QtBot, services: Services) -> None:
    services.auth.sign_out()
    page = CasesPage(services)
    qtbot.addWidget(page)
    assert page.refused  # nobody signed in

    services.auth.sign_in("auditor", TEST_PASSWORD)
    page.reload()
    assert page.refused
    assert QCoreApplication.translate("Access", "Your account cannot open this page.") \
        in page.notice_label.text()

    services.auth.sign_out()
    services.auth.sign_in("leader", TEST_PASSWORD)  # reads, but drafts nothing
    page.reload()
    assert not page.refused
    assert not page.new_button.isVisible()


def test_township_user_must_choose_a_unit_of_its_own(qtbot: QtBot, services: Services,
                                                      records: Records) -> None:
    other = services.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, records.county))
    services.auth.sign_out()
    services.auth.sign_in("admin", TEST_PASSWORD)
    services.auth.create_user(UserInput("town_clerk", "城关镇纪检干事",
                                        frozenset({AccountRole.CLERK}), records.town),
                              TEST_PASSWORD)
    services.auth.sign_out()
    services.auth.sign_in("town_clerk", TEST_PASSWORD)

    wizard = open_wizard(qtbot, services)
    case_page = wizard.case_page
    assert other not in case_page.unit_ids and None not in case_page.unit_ids
    assert case_page.unit_id() == records.town
    case_page.unit_combo.setCurrentIndex(-1)
    fill_case(wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == CASE_PAGE and case_page.error_text
    case_page.unit_combo.setCurrentIndex(case_page.unit_ids.index(records.town))
    next_page(qtbot, wizard)
    add_subjects(qtbot, wizard)
    next_page(qtbot, wizard)
    pick_clauses(wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    (info,) = services.regulations.determinations()
    assert info.unit_id == records.town
