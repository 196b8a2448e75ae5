"""The assessment page (issue 9): a unit scored through the wizard, reviewed by someone
else, locked, and the ranking changes; bad input writes nothing; sheets by the
administrator."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.document_fixtures import Office, sign_in
from tests.gui.conftest import type_text
from zeren_desktop.domain.assessment import AssessmentStatus, ItemInput
from zeren_desktop.domain.enums import TalkKind, UnitKind
from zeren_desktop.services.app import Services
from zeren_desktop.services.assessment_dto import ManualScore
from zeren_desktop.storage.models import User
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.pages.assessment_dialogs import ReviewDialog, ScoringWizard, SheetEditor
from zeren_desktop.ui.pages.assessment_page import AssessmentPage
from zeren_desktop.ui.pages.integrity_page import TalkDialog

SHOTS = os.environ.get("ZEREN_SHOTS", "")
YEAR = 2025


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"assessment-{name}.png"))


def make_page(qtbot: QtBot, services: Services) -> AssessmentPage:
    page = AssessmentPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    page.year_spin.setValue(YEAR)
    page.kind_combo.setCurrentIndex(page.kinds.index(UnitKind.TOWNSHIP))
    page.reload()
    return page


def set_count(wizard: ScoringWizard, code: str, value: int, comment: str = "") -> None:
    field = wizard.manual_page.inputs[code]
    assert field.count is not None
    field.count.selectAll()
    type_text(field.count, str(value))
    if comment:
        field.comment.clear()
        type_text(field.comment, comment)


def check(wizard: ScoringWizard, code: str, on: bool = True) -> None:
    field = wizard.manual_page.inputs[code]
    assert field.check is not None
    if field.check.isChecked() != on:
        QTest.mouseClick(field.check, Qt.MouseButton.LeftButton,
                         pos=field.check.rect().center())
    assert field.check.isChecked() is on


def score_unit(qtbot: QtBot, page: AssessmentPage, unit_id: object, studies: int,
               education: int) -> ScoringWizard:
    """Score through the wizard: automatic page, manual page, summary, Save."""
    page.select_unit(unit_id)   # type: ignore[arg-type]
    page.score_button.click()
    wizard = page.wizard
    assert isinstance(wizard, ScoringWizard)
    qtbot.waitExposed(wizard)
    assert wizard.automatic_page.table.rowCount() == len(wizard.detail.automatic) > 0
    wizard.next()
    set_count(wizard, "A1", studies)
    check(wizard, "A3")
    set_count(wizard, "D1", education)
    check(wizard, "D2")
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    return wizard


def lock_as_reviewer(qtbot: QtBot, services: Services, unit_id: object,
                     monkeypatch: pytest.MonkeyPatch) -> AssessmentPage:
    sign_in(services, "reviewer")
    page = make_page(qtbot, services)
    page.select_unit(unit_id)   # type: ignore[arg-type]
    page.review_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    qtbot.waitExposed(dialog)
    dialog.ok_button.click()
    assert page.dialog is None, dialog.error_label.text()
    row = page.current_row()
    assert row is not None and row.status is AssessmentStatus.REVIEWED
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.lock()
    row = page.current_row()
    assert row is not None and row.status is AssessmentStatus.LOCKED
    return page


def test_score_review_lock_and_the_ranking_changes(
        qtbot: QtBot, office: tuple[Services, Office], monkeypatch: pytest.MonkeyPatch
) -> None:
    services, o = office
    page = make_page(qtbot, services)
    units = {r.unit_id: r for r in page.rows}
    assert {o.town, o.other_town} <= set(units)
    assert units[o.town].status is None and page.ranking is not None
    assert page.ranking.rows == ()

    wizard = score_unit(qtbot, page, o.town, studies=1, education=2)
    shot(wizard, "wizard-summary")
    total_town = wizard.preview_score().total
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert page.wizard is None and wizard.saved
    row = page.current_row()
    assert row is not None and row.status is AssessmentStatus.DRAFT and row.total == total_town

    page = lock_as_reviewer(qtbot, services, o.town, monkeypatch)
    page.tabs.setCurrentIndex(1)
    assert page.ranking is not None
    assert [(r.unit_id, r.rank) for r in page.ranking.rows] == [(o.town, 1)]
    assert page.ranking_table.item(0, 1).text() == "城关镇"
    assert len(page.chart.bars) == 1

    # 河口镇 scores higher: it takes first place.
    sign_in(services, "clerk")
    page = make_page(qtbot, services)
    wizard = score_unit(qtbot, page, o.other_town, studies=2, education=4)
    assert wizard.preview_score().total > total_town
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.saved
    page = lock_as_reviewer(qtbot, services, o.other_town, monkeypatch)
    assert page.ranking is not None
    assert [(r.unit_id, r.rank) for r in page.ranking.rows] == [(o.other_town, 1),
                                                               (o.town, 2)]
    assert [b.label for b in page.chart.bars] == ["河口镇", "城关镇"]
    page.tabs.setCurrentIndex(1)
    shot(page, "ranking")


def test_a_deduction_without_a_comment_writes_nothing(
        qtbot: QtBot, office: tuple[Services, Office]) -> None:
    services, o = office
    page = make_page(qtbot, services)
    wizard = score_unit(qtbot, page, o.town, studies=2, education=4)
    wizard.back()
    set_count(wizard, "E1", 1)            # an eight-rules case: 5 points off, no comment
    wizard.next()
    assert wizard.summary_page.total_label.text() != ""
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.saved and wizard.currentPage() is wizard.manual_page
    assert wizard.manual_page.error_label.isVisible()
    assert wizard.focusWidget() is wizard.manual_page.inputs["E1"].comment
    detail = services.assessment.get(wizard.detail.id)
    assert detail.manual == {}            # nothing written
    shot(wizard, "wizard-refused")
    set_count(wizard, "E1", 1, comment="2025年7月违规公款吃喝一起")
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.saved
    detail = services.assessment.get(wizard.detail.id)
    assert detail.score.item("E1").points == Decimal("5")
    assert detail.comments["E1"] == "2025年7月违规公款吃喝一起"


def test_the_assessor_cannot_review_their_own_scores(
        qtbot: QtBot, office: tuple[Services, Office], monkeypatch: pytest.MonkeyPatch
) -> None:
    services, o = office
    sign_in(services, "reviewer")        # a reviewer may score too, but not review it
    page = make_page(qtbot, services)
    wizard = score_unit(qtbot, page, o.town, studies=1, education=1)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.saved
    page.select_unit(o.town)
    page.review_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    dialog.ok_button.click()
    assert page.dialog is dialog and dialog.error_label.isVisible()
    row = services.assessment.find(YEAR, o.town)
    assert row is not None and row.status is AssessmentStatus.DRAFT
    dialog.reject()


@pytest.mark.parametrize("username", ["leader", "auditor"])
def test_who_sees_what(qtbot: QtBot, office: tuple[Services, Office], username: str) -> None:
    services, _o = office
    sign_in(services, username)
    window = MainWindow(services)
    qtbot.addWidget(window)
    if username == "auditor":
        assert "assessment" not in window.area_keys()
    else:
        page = window.assessment_page
        assert page is not None
        assert not page.score_button.isVisibleTo(page)
        assert page.review_button.isVisibleTo(page)
    window.close()


def test_the_administrator_edits_a_sheet_and_bad_points_are_refused(
        qtbot: QtBot, office: tuple[Services, Office]) -> None:
    services, _o = office
    sign_in(services, "admin")
    window = MainWindow(services)
    qtbot.addWidget(window)
    dialog = window.settings_page.edit_sheets()
    assert isinstance(dialog, SheetEditor)
    qtbot.waitExposed(dialog)
    dialog.year_spin.setValue(YEAR)
    before = services.assessment.sheet(YEAR, UnitKind.TOWNSHIP)
    dialog.table.item(0, 4).setText("六")         # not a number
    assert not dialog.save()
    assert dialog.error_label.isVisible()
    assert services.assessment.sheet(YEAR, UnitKind.TOWNSHIP).sheet == before.sheet
    dialog.table.item(0, 4).setText("8")
    assert dialog.save()
    after = services.assessment.sheet(YEAR, UnitKind.TOWNSHIP)
    assert after.sheet.indicators[0].points == Decimal("8")
    shot(dialog, "sheet-editor")
    dialog.dirty = False
    dialog.reject()
    window.close()


def test_talks_proposed_for_the_last_are_recorded_from_the_page(
        qtbot: QtBot, office: tuple[Services, Office]) -> None:
    services, o = office
    done = {o.town: 1, o.other_town: 3}
    for unit_id, studies in done.items():   # scored by the clerk, locked by the reviewer
        sign_in(services, "clerk")
        scored = services.assessment.start(YEAR, unit_id)
        services.assessment.save_scores(scored, {
            "A1": ManualScore(ItemInput(count=studies)), "A3": ManualScore(ItemInput(met=True)),
            "D1": ManualScore(ItemInput(count=2)), "D2": ManualScore(ItemInput(met=True))})
        sign_in(services, "reviewer")
        services.assessment.review(scored)
        services.assessment.lock(scored)
    sign_in(services, "clerk")
    page = make_page(qtbot, services)
    page.tabs.setCurrentIndex(1)
    page.propose_button.click()
    assert {p.unit_id for p in page.proposals} == {o.other_town, o.town}   # both: bottom 3
    row = [p.unit_id for p in page.proposals].index(o.town)
    page.proposal_table.selectRow(row)
    assert page.record_talk_button.isEnabled()
    page.record_talk_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TalkDialog)
    qtbot.waitExposed(dialog)
    dialog.ok_button.click()                 # no talker: refused, nothing linked
    assert page.dialog is dialog and dialog.error_label.isVisible()
    assert all(p.talk_id is None for p in services.assessment.talk_proposals(YEAR))
    type_text(dialog.talker_edit, "县纪委书记 陈立")
    dialog.ok_button.click()
    assert page.dialog is None, dialog.error_label.text()
    linked = {p.unit_id: p.talk_id for p in services.assessment.talk_proposals(YEAR)}
    talk_id = linked[o.town]
    assert talk_id is not None and linked[o.other_town] is None
    talk = services.talks.get(talk_id)
    assert talk.kind is TalkKind.SUMMONS and talk.talker == "县纪委书记 陈立"
    assert str(YEAR) in talk.reason
    assert page.proposal_table.item(row, 4).text() == "已约谈"


def test_delete_scores_question_names_the_ledger_entries(
        qtbot: QtBot, office: tuple[Services, Office], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting a draft removes the 检查考核 entries made from it: the question says so."""
    services, o = office
    with services.db.write() as session:  # the clerk's account names a cadre
        clerk = session.scalar(select(User).where(User.username == "clerk"))
        assert clerk is not None
        clerk.cadre_id = o.secretary
    page = make_page(qtbot, services)
    wizard = score_unit(qtbot, page, o.town, studies=1, education=2)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.saved
    row = page.current_row()
    assert row is not None and row.assessment_id is not None
    assessment_id = row.assessment_id
    entries = len(services.assessment.ledger_names(assessment_id))
    assert entries > 0
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.delete_button.click()
    assert services.assessment.get(assessment_id).status is AssessmentStatus.DRAFT
    assert len(services.assessment.ledger_names(assessment_id)) == entries
    assert asked == [QCoreApplication.translate(
        "AssessmentPage", "Delete the scores of {unit} not yet reviewed and the {n} ledger "
        "entries made from them? This cannot be undone.").format(unit="城关镇", n=entries)]
    page.delete_button.click()
    assert services.assessment.find(YEAR, o.town) is None
    row = page.current_row()
    assert row is not None and row.status is None
