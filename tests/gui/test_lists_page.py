"""The responsibility lists page and its dialogs, acting like a user."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import sign_in_as
from tests.helpers import type_text
from zeren_desktop.domain.enums import ItemStatus, ListRole, Rank, TeamKind, TeamRole, UnitKind
from zeren_desktop.domain.ledger import SignatureInput
from zeren_desktop.domain.records import (
    CadreInput,
    MembershipInput,
    PostInput,
    TeamInput,
    UnitInput,
)
from zeren_desktop.services.app import Services
from zeren_desktop.services.ledger_dto import TemplateInfo
from zeren_desktop.ui.common import enum_label
from zeren_desktop.ui.pages.lists_page import (
    STATUSES,
    IssueDialog,
    ListsPage,
    NewListDialog,
    SignDialog,
    TemplatesDialog,
    YearEndDialog,
)
from zeren_desktop.ui.pages.settings_page import SettingsPage

TODAY = dt.date.today()
YEAR = TODAY.year
JAN = min(dt.date(YEAR, 1, 5), TODAY)


class Town:
    """A township with a Party committee team: secretary 魏某 and member 欧阳晓燕."""

    def __init__(self, services: Services) -> None:
        s = services
        self.county = s.units.create(UnitInput("青山县", UnitKind.COUNTY))
        self.town = s.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, self.county))
        self.other = s.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, self.county))
        start = dt.date(YEAR - 2, 1, 1)
        self.secretary = s.cadres.create(CadreInput(
            "魏某", Rank.TOWNSHIP_SECTION, posts=(PostInput(self.town, "党委书记", start),)))
        self.member = s.cadres.create(CadreInput(
            "欧阳晓燕", Rank.TOWNSHIP_SECTION,
            posts=(PostInput(self.town, "党委副书记", start, portfolio="分管党建、组织"),)))
        self.outsider = s.cadres.create(CadreInput(
            "李秀英", Rank.GENERAL, posts=(PostInput(self.other, "纪委书记", start),)))
        self.team = s.teams.create(TeamInput(self.town, TeamKind.PARTY_COMMITTEE,
                                             "中共城关镇委员会"))
        s.teams.add_member(MembershipInput(self.team, self.secretary, TeamRole.PRINCIPAL,
                                           start))
        s.teams.add_member(MembershipInput(self.team, self.member, TeamRole.DEPUTY, start,
                                           portfolio="分管党建、组织"))


@pytest.fixture
def town(services: Services) -> Town:
    return Town(services)


def template_of(services: Services, role: ListRole) -> TemplateInfo:
    return next(t for t in services.lists.templates(include_inactive=True) if t.role is role)


def member_list(services: Services, town: Town) -> uuid.UUID:
    template = template_of(services, ListRole.MEMBER)
    return services.lists.issue_one(YEAR, template.id, JAN, cadre_id=town.member)


def make_page(qtbot: QtBot, services: Services) -> ListsPage:
    page = ListsPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    return page


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def table_texts(page: ListsPage, column: int) -> list[str]:
    texts = []
    for row in range(page.table.rowCount()):
        item = page.table.item(row, column)
        texts.append(item.text() if item is not None else "")
    return texts


def open_editor(qtbot: QtBot, dialog: TemplatesDialog) -> QLineEdit:
    """The cell editor the table opened."""
    def editors() -> list[QLineEdit]:
        viewport = dialog.items_table.viewport()
        return [e for e in viewport.findChildren(QLineEdit) if e.isVisible()]

    qtbot.waitUntil(lambda: len(editors()) == 1)
    return editors()[0]


def edit_cell(qtbot: QtBot, dialog: TemplatesDialog, row: int, text: str) -> None:
    """Open the item text's editor as a double-click would, replace the text, press Enter."""
    table = dialog.items_table
    item = table.item(row, 1)
    assert item is not None
    table.setCurrentCell(row, 1)
    table.editItem(item)
    editor = open_editor(qtbot, dialog)
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, text)
    press_enter(qtbot, dialog, editor)


def press_enter(qtbot: QtBot, dialog: TemplatesDialog, editor: QLineEdit) -> None:
    """Enter ends the edit (the table takes the text a moment later)."""
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.items_table.state()
                    != QAbstractItemView.State.EditingState)


def test_new_list_from_a_template_then_sign_it(qtbot: QtBot, services: Services,
                                               town: Town) -> None:
    page = make_page(qtbot, services)
    assert page.table.rowCount() == 0
    click(page.new_button)
    dialog = page.dialog
    assert isinstance(dialog, NewListDialog)
    member = [t.role for t in dialog.templates].index(ListRole.MEMBER)
    dialog.template_combo.setCurrentIndex(member)
    assert dialog.holder_stack.currentWidget() is dialog.cadre_picker

    # No cadre chosen: nothing is written, and the dialog says why.
    click(dialog.ok_button)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert services.lists.search() == []

    type_text(dialog.cadre_picker.search_edit, "欧阳")
    qtbot.waitUntil(lambda: dialog.cadre_picker.results.count() == 1)
    results = dialog.cadre_picker.results
    item = results.item(0)
    assert item is not None and item.text().startswith("欧阳晓燕")
    QTest.mouseClick(results.viewport(), Qt.MouseButton.LeftButton,
                     pos=results.visualItemRect(item).center())
    assert dialog.cadre_picker.cadre_id() == town.member
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None)

    rows = services.lists.search(year=YEAR)
    assert [(r.holder, r.role) for r in rows] == [("欧阳晓燕", ListRole.MEMBER)]
    assert table_texts(page, 3) == ["欧阳晓燕"]
    assert page.selected_id() == rows[0].id
    detail = services.lists.get(rows[0].id)
    assert detail.portfolio == "分管党建、组织"
    assert len(page.status_combos) == len(detail.items) > 0
    assert "分管党建、组织" in page.detail_info.text()
    assert page.sign_button.isEnabled()

    click(page.sign_button)
    sign = page.dialog
    assert isinstance(sign, SignDialog)
    assert sign.name_edit.text() == "欧阳晓燕"  # the holder's name, ready to keep
    sign.name_edit.clear()
    click(sign.ok_button)  # no name: refused
    assert sign.isVisible() and "必填" in sign.error_label.text()
    assert services.lists.get(rows[0].id).row.signed_on is None
    type_text(sign.name_edit, "欧阳晓燕")
    click(sign.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None)

    signed = services.lists.get(rows[0].id).row
    assert (signed.signed_on, signed.signed_by) == (TODAY, "欧阳晓燕")
    assert table_texts(page, 6) == [f"{TODAY.isoformat()} 欧阳晓燕"]
    assert not page.sign_button.isEnabled()
    assert not page.delete_button.isEnabled()  # a signed list stays


def test_bulk_issue_for_a_township(qtbot: QtBot, services: Services, town: Town) -> None:
    # Without an active template for members, their lists are not made, and it is said.
    sign_in_as(services, "admin")
    services.lists.set_template_active(template_of(services, ListRole.MEMBER).id, False)
    sign_in_as(services, "clerk")
    page = make_page(qtbot, services)

    click(page.issue_button)
    dialog = page.dialog
    assert isinstance(dialog, IssueDialog)
    assert dialog.year_spin.value() == YEAR
    click(dialog.ok_button)  # no unit ticked
    assert dialog.isVisible() and dialog.error_label.isVisible()
    dialog.check_unit(town.town)
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert sorted(r.role.value for r in services.lists.search(year=YEAR)) == [
        ListRole.FIRST_RESPONSIBLE.value, ListRole.TEAM.value]
    assert page.table.rowCount() == 2
    message = page.message_label.text()
    assert "2" in message and enum_label(ListRole.MEMBER) in message

    sign_in_as(services, "admin")
    services.lists.set_template_active(template_of(services, ListRole.MEMBER).id, True)
    sign_in_as(services, "clerk")
    click(page.issue_button)
    dialog = page.dialog
    assert isinstance(dialog, IssueDialog)
    dialog.check_unit(town.county)  # with the units under it
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    rows = services.lists.search(year=YEAR)
    assert len(rows) == 3 and page.table.rowCount() == 3
    assert "欧阳晓燕" in table_texts(page, 3)
    message = page.message_label.text()
    assert "1" in message and "2" in message and enum_label(ListRole.MEMBER) not in message


def test_item_status_through_the_combo(qtbot: QtBot, services: Services, town: Town) -> None:
    list_id = member_list(services, town)
    page = make_page(qtbot, services)
    page.select_list(list_id)
    detail = services.lists.get(list_id)
    first = detail.items[0]
    type_text(page.note_edit, "已召开专题会议")
    page.status_combos[first.id].setCurrentIndex(STATUSES.index(ItemStatus.DONE))
    assert services.lists.get(list_id).items[0].status is ItemStatus.DONE
    assert page.note_edit.text() == ""  # the note went with the change
    assert table_texts(page, 7) == [f"1/{len(detail.items)}"]
    page.status_combos[first.id].setCurrentIndex(STATUSES.index(ItemStatus.IN_PROGRESS))
    assert services.lists.get(list_id).items[0].status is ItemStatus.IN_PROGRESS
    assert table_texts(page, 7) == [f"0/{len(detail.items)}"]


def test_year_end_report(qtbot: QtBot, services: Services, town: Town) -> None:
    list_id = member_list(services, town)
    page = make_page(qtbot, services)
    page.select_list(list_id)
    click(page.year_end_button)
    dialog = page.dialog
    assert isinstance(dialog, YearEndDialog)
    type_text(dialog.report_edit, "全年召开专题会议4次，开展廉政谈话12人次。")
    type_text(dialog.result_edit, "好")
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    detail = services.lists.get(list_id)
    assert (detail.self_report, detail.assessment_result) == (
        "全年召开专题会议4次，开展廉政谈话12人次。", "好")
    assert "开展廉政谈话12人次" in page.detail_info.text()


def test_delete_asks_and_only_unsigned(qtbot: QtBot, services: Services, town: Town,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    list_id = member_list(services, town)
    page = make_page(qtbot, services)
    page.select_list(list_id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    click(page.delete_button)
    assert [r.id for r in services.lists.search()] == [list_id]
    click(page.delete_button)
    assert services.lists.search() == [] and page.table.rowCount() == 0


def test_leader_reads_lists_without_changing_them(qtbot: QtBot, services: Services,
                                                  town: Town) -> None:
    list_id = member_list(services, town)
    sign_in_as(services, "leader")
    page = make_page(qtbot, services)
    page.select_list(list_id)
    assert not page.refused and page.table.rowCount() == 1
    for button in (page.issue_button, page.new_button, page.sign_button, page.delete_button):
        assert not button.isVisible()
    assert not page.templates_button.isEnabled()
    assert all(not combo.isEnabled() for combo in page.status_combos.values())
    assert page.print_button.isVisible() and page.print_button.isEnabled()


def test_templates_dialog_edits_and_adds_items(qtbot: QtBot, services: Services, town: Town
                                              ) -> None:
    list_id = member_list(services, town)
    before = [i.text for i in services.lists.get(list_id).items]
    template = template_of(services, ListRole.MEMBER)
    sign_in_as(services, "admin")
    settings = SettingsPage(services)
    qtbot.addWidget(settings)
    settings.show()
    assert settings.templates_box.isVisible()
    click(settings.templates_button)
    dialog = settings.templates_dialog
    assert isinstance(dialog, TemplatesDialog) and dialog.isVisible()
    assert QTest.qWaitForWindowActive(dialog)
    row = [t.id for t in dialog.templates].index(template.id)
    dialog.template_list.setCurrentRow(row)
    assert dialog.current is not None and dialog.current.id == template.id
    assert dialog.items_table.rowCount() == len(template.current_items)

    edit_cell(qtbot, dialog, 0, "带头落实全面从严治党责任（修订）")
    assert dialog.dirty
    dialog.items_table.setCurrentCell(dialog.items_table.rowCount() - 1, 1)
    click(dialog.add_button)
    editor = open_editor(qtbot, dialog)
    type_text(editor, "新增：督促分管领域开展廉政风险排查")
    click(dialog.save_button)  # straight from the editor: the typed text counts
    assert not dialog.error_label.isVisible(), dialog.error_label.text()
    assert not dialog.dirty

    changed = services.lists.template(template.id)
    texts = [i.text for i in changed.current_items]
    assert texts[0] == "带头落实全面从严治党责任（修订）"
    assert texts[-1] == "新增：督促分管领域开展廉政风险排查"
    assert len(texts) == len(template.current_items) + 1
    # The new item joins the area of the item it was added after.
    assert changed.current_items[-1].area == template.current_items[-1].area
    assert changed.current_items[0].id == template.current_items[0].id  # edited, not new
    sign_in_as(services, "clerk")
    assert [i.text for i in services.lists.get(list_id).items] == before
    dialog.dirty = False
    dialog.close()


def test_retiring_an_item_and_unsaved_changes(qtbot: QtBot, services: Services,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    template = template_of(services, ListRole.SUPERVISORY)
    sign_in_as(services, "admin")
    dialog = TemplatesDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.template_list.setCurrentRow([t.id for t in dialog.templates].index(template.id))
    assert dialog.remove_button.toolTip()  # says that issued lists keep their text
    dialog.items_table.setCurrentCell(1, 1)
    click(dialog.remove_button)
    assert dialog.items_table.rowCount() == len(template.current_items) - 1

    # Closing with unsaved changes asks first; "Cancel" keeps the dialog and the changes.
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    dialog.reject()
    assert dialog.isVisible() and dialog.dirty and answers == []
    assert services.lists.template(template.id).current_items == template.current_items

    dialog.items_table.setCurrentCell(0, 1)
    click(dialog.down_button)  # the first item moves below the (new) second
    assert dialog.items_table.currentRow() == 1
    click(dialog.save_button)
    changed = services.lists.template(template.id)
    retired = template.current_items[1]
    expected = [i.id for i in template.current_items if i.id != retired.id]
    expected[0], expected[1] = expected[1], expected[0]
    assert [i.id for i in changed.current_items] == expected
    kept = next(i for i in changed.items if i.id == retired.id)
    assert kept.retired_on == TODAY and kept.text == retired.text
    assert "1" in dialog.retired_label.text()

    # Saved: closing asks nothing.
    dialog.reject()
    assert not dialog.isVisible()


def test_print_a_list(qtbot: QtBot, services: Services, town: Town, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    list_id = member_list(services, town)
    services.lists.sign(list_id, SignatureInput(JAN, "欧阳晓燕"))
    page = make_page(qtbot, services)
    page.select_list(list_id)
    target = tmp_path / "责任书"  # the page adds .pdf
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(target), ""))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(page.print_button)
    qtbot.waitUntil(lambda: page.print_task is None, timeout=30_000)
    pdf = tmp_path / "责任书.pdf"
    assert pdf.is_file(), page.message_label.text()
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages)
    assert "欧阳晓燕" in text
    assert str(pdf) in page.message_label.text()
    assert page.open_printed_button.isVisible()
    click(page.open_printed_button)
    assert opened == [QUrl.fromLocalFile(str(pdf))]


def test_preview_a_list_before_signing(qtbot: QtBot, services: Services, town: Town) -> None:
    list_id = member_list(services, town)
    page = make_page(qtbot, services)
    page.select_list(list_id)
    assert page.preview_button.isEnabled()
    click(page.preview_button)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
    dialog = page.preview_dialog
    assert dialog is not None and page.print_button.isEnabled()
    assert dialog.preview.error == "" and dialog.preview.page_count() >= 1
    temporary = dialog.source
    assert isinstance(temporary, Path) and temporary.is_file()
    dialog.reject()
    assert page.preview_dialog is None and not temporary.exists()
