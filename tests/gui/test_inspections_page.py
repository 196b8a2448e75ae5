"""The inspections page and its form, acting like a user."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_lists_page import Town
from tests.helpers import type_text
from zeren_desktop.domain.enums import InspectionKind
from zeren_desktop.domain.ledger import InspectionInput
from zeren_desktop.services.app import Services
from zeren_desktop.ui.common import format_date, to_qdate
from zeren_desktop.ui.pages.home_page import HomePage
from zeren_desktop.ui.pages.inspections_page import (
    DUE_SOON_BACKGROUND,
    KINDS,
    OVERDUE_BACKGROUND,
    InspectionDialog,
    InspectionsPage,
    target_text,
)

TODAY = dt.date.today()


@pytest.fixture
def town(services: Services) -> Town:
    return Town(services)


def make_page(qtbot: QtBot, services: Services) -> InspectionsPage:
    page = InspectionsPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    return page


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def background(page: InspectionsPage, row: int) -> str:
    item = page.table.item(row, 0)
    assert item is not None
    return QColor(item.background().color()).name()


def test_overdue_inspection_is_red_until_its_result(qtbot: QtBot, services: Services,
                                                    town: Town) -> None:
    page = make_page(qtbot, services)
    click(page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, InspectionDialog)
    dialog.date_edit.setDate(to_qdate(TODAY - dt.timedelta(days=30)))
    dialog.kind_combo.setCurrentIndex(KINDS.index(InspectionKind.UNANNOUNCED))
    type_text(dialog.inspectors_edit, "县纪委第二监督检查室 王强、刘芳")
    dialog.unit_combo.setCurrentIndex(dialog.unit_ids.index(town.town))
    type_text(dialog.findings_edit, "公务用车使用登记不全")
    type_text(dialog.rectification_edit, "完善用车登记制度并补登记录")
    dialog.deadline_edit.none_box.setChecked(False)
    dialog.deadline_edit.date_edit.setDate(to_qdate(TODAY - dt.timedelta(days=10)))
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None)

    (row,) = services.inspections.search()
    assert (row.unit_id, row.inspectors, row.kind, row.deadline) == (
        town.town, "县纪委第二监督检查室 王强、刘芳", InspectionKind.UNANNOUNCED,
        TODAY - dt.timedelta(days=10))
    assert page.table.rowCount() == 1
    assert page.row_state(0) == "overdue"
    assert background(page, 0) == OVERDUE_BACKGROUND
    deadline = page.table.item(0, 6)
    assert deadline is not None and "10" in deadline.toolTip()

    home = HomePage(services)
    qtbot.addWidget(home)
    assert home.overdue_card.count_label.text() == "1"
    assert "城关镇" in home.overdue_card.lines_label.text()
    assert "完善用车登记制度" in home.overdue_card.lines_label.text()

    # The result, with its date, ends it.
    page.select(row.id)
    click(page.edit_button)
    dialog = page.dialog
    assert isinstance(dialog, InspectionDialog)
    assert dialog.inspectors_edit.text() == "县纪委第二监督检查室 王强、刘芳"
    assert dialog.deadline_edit.date() == TODAY - dt.timedelta(days=10)
    type_text(dialog.result_edit, "已补登记录，制度已印发")
    dialog.result_date_edit.none_box.setChecked(False)
    assert dialog.result_date_edit.date() == TODAY
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert services.inspections.get(row.id).result_date == TODAY
    assert page.row_state(0) == ""
    assert background(page, 0) != OVERDUE_BACKGROUND
    result = page.table.item(0, 7)
    assert result is not None and "已补登记录" in result.text()
    home.refresh()
    assert home.overdue_card.count_label.text() == "0"


def test_invalid_input_writes_nothing_and_says_why(qtbot: QtBot, services: Services,
                                                  town: Town) -> None:
    page = make_page(qtbot, services)
    click(page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, InspectionDialog)
    dialog.unit_combo.setCurrentIndex(dialog.unit_ids.index(town.town))
    type_text(dialog.findings_edit, "未发现问题")
    click(dialog.ok_button)  # no inspectors
    assert dialog.isVisible()
    assert "此项为必填项" in dialog.error_label.text()
    assert dialog.field_labels["inspectors"] in dialog.error_label.text()
    assert dialog.inspectors_edit.hasFocus()
    assert services.inspections.search() == []

    type_text(dialog.inspectors_edit, "王强")
    dialog.unit_combo.setCurrentIndex(0)  # nobody inspected
    click(dialog.ok_button)
    assert dialog.isVisible() and services.inspections.search() == []
    assert dialog.field_labels["unit_id"] in dialog.error_label.text()

    # A deadline before the inspection.
    dialog.unit_combo.setCurrentIndex(dialog.unit_ids.index(town.town))
    dialog.deadline_edit.none_box.setChecked(False)
    dialog.deadline_edit.date_edit.setDate(to_qdate(TODAY - dt.timedelta(days=1)))
    click(dialog.ok_button)
    assert dialog.isVisible() and services.inspections.search() == []
    assert dialog.field_labels["deadline"] in dialog.error_label.text()

    dialog.deadline_edit.none_box.setChecked(True)
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert len(services.inspections.search()) == 1


def test_cadre_inspection_due_soon_filter_and_delete(
        qtbot: QtBot, services: Services, town: Town,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.inspections.create(InspectionInput(
        TODAY - dt.timedelta(days=3), InspectionKind.LEDGER, "县纪委党风政风监督室",
        cadre_id=town.member, findings="台账记录不及时", rectification="按月补记台账",
        deadline=TODAY + dt.timedelta(days=3)))
    services.inspections.create(InspectionInput(
        TODAY - dt.timedelta(days=40), InspectionKind.CENTRAL, "县纪委第一监督检查室",
        unit_id=town.other, findings="无", result="无需整改",
        result_date=TODAY - dt.timedelta(days=40)))
    page = make_page(qtbot, services)
    assert page.table.rowCount() == 2
    assert page.row_state(0) == "due_soon"
    assert background(page, 0) == DUE_SOON_BACKGROUND
    target = page.table.item(0, 3)
    assert target is not None and target.text() == "欧阳晓燕（城关镇）"

    page.open_box.setChecked(True)
    assert page.table.rowCount() == 1
    page.open_box.setChecked(False)
    page.unit_combo.setCurrentIndex(page.unit_ids.index(town.other))
    assert page.table.rowCount() == 1
    page.unit_combo.setCurrentIndex(0)

    # Editing a cadre's inspection shows the cadre.
    page.select(page.rows[0].id)
    click(page.edit_button)
    dialog = page.dialog
    assert isinstance(dialog, InspectionDialog)
    assert dialog.cadre_radio.isChecked()
    assert dialog.cadre_picker.cadre_id() == town.member
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    doomed = page.rows[0].id
    click(page.delete_button)
    assert len(services.inspections.search()) == 2
    click(page.delete_button)
    assert [r.id for r in services.inspections.search()] != [] and doomed not in [
        r.id for r in services.inspections.search()]
    assert page.table.rowCount() == 1


def test_delete_question_names_the_ledger_entries_it_removes(
        qtbot: QtBot, services: Services, town: Town,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Deleting an inspection removes the entries made from it: the question says how many."""
    services.inspections.create(InspectionInput(
        TODAY - dt.timedelta(days=3), InspectionKind.LEDGER, "魏某、欧阳晓燕",
        unit_id=town.town, findings="台账记录不及时"))
    page = make_page(qtbot, services)
    inspection = page.rows[0]
    entries = len(services.inspections.ledger_names(inspection.id))
    assert entries > 0
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.select(inspection.id)
    click(page.delete_button)
    assert [r.id for r in services.inspections.search()] == [inspection.id]
    assert len(services.inspections.ledger_names(inspection.id)) == entries
    assert asked == [QCoreApplication.translate(
        "InspectionsPage", "Delete the inspection of {target} on {date} and the {n} ledger "
        "entries made from it? This cannot be undone.").format(
        target=target_text(inspection), date=format_date(inspection.inspected_on), n=entries)]
    click(page.delete_button)
    assert services.inspections.search() == []
    assert page.table.rowCount() == 0
