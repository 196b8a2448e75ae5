"""The duty-ledger page (履责纪实), acting like a user: typing entries in Chinese, the
reminders, filters and search, bad input, delete, review, import and export."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from tests.gui.conftest import sign_in_as
from tests.helpers import type_text
from zeren_desktop.domain.enums import (
    LedgerCategory,
    LedgerSource,
    MeetingKind,
    Rank,
    TeamKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.ledger import IssueRequest, LedgerEntryInput
from zeren_desktop.domain.meetings import MeetingInput
from zeren_desktop.domain.records import (
    CadreInput,
    MembershipInput,
    PostInput,
    TeamInput,
    UnitInput,
)
from zeren_desktop.services.app import Services
from zeren_desktop.services.ledger_dto import LedgerFilter, LedgerRow
from zeren_desktop.ui.common import enum_label
from zeren_desktop.ui.pages.ledger_page import (
    CATEGORIES,
    AttachmentsDialog,
    BookChoice,
    CadrePicker,
    LedgerBookDialog,
    LedgerPage,
)
from zeren_desktop.ui.worker import wait_for_workers

TODAY = dt.date.today()
YEAR = TODAY.year
JAN = dt.date(YEAR, 1, 5)
# A day this quarter before today (today itself on the quarter's first day).
EARLIER = max(TODAY - dt.timedelta(days=2), dt.date(YEAR, 3 * ((TODAY.month - 1) // 3) + 1, 1))


def tr(text: str) -> str:
    return QCoreApplication.translate("LedgerPage", text)


class Town:
    """A township with a Party committee team: secretary 魏某 and member 欧阳晓燕; each of
    them and the team has this year's responsibility list."""

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
        s.lists.issue(IssueRequest(YEAR, (self.town,), min(JAN, TODAY)))


@pytest.fixture
def town(services: Services) -> Town:
    return Town(services)


PageMaker = Callable[[Services], LedgerPage]


@pytest.fixture
def page_of(qtbot: QtBot) -> Iterator[PageMaker]:
    """Make the page as the signed-in user sees it, shown at 1280x800."""

    def make(services: Services) -> LedgerPage:
        page = LedgerPage(services)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        assert QTest.qWaitForWindowExposed(page)
        page.activateWindow()
        return page

    yield make
    wait_for_workers()


def entries(services: Services, where: LedgerFilter = LedgerFilter()) -> list[LedgerRow]:  # noqa: B008
    return services.ledger.search(where)


def add(services: Services, cadre: uuid.UUID, matter: str, day: dt.date = JAN,
        category: LedgerCategory = LedgerCategory.DEPLOYMENT, **kw: str) -> uuid.UUID:
    return services.ledger.create(LedgerEntryInput(cadre, day, category, matter, **kw))  # type: ignore[arg-type]


def pick_cadre(qtbot: QtBot, picker: CadrePicker, typed: str) -> None:
    """Type part of a name, then Down and Enter in the pop-up list, as a user does."""
    picker.line_edit().clear()
    type_text(picker.line_edit(), typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def reminder_kinds(page: LedgerPage, name: str) -> list[LedgerCategory]:
    tree = page.reminders.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        if top.text(0).startswith(name):
            kids = [top.child(j) for j in range(top.childCount())]
            return [LedgerCategory(str(k.data(0, Qt.ItemDataRole.UserRole + 2)))
                    for k in kids if k is not None
                    and k.data(0, Qt.ItemDataRole.UserRole + 2)]
    return []


def reminder_item(page: LedgerPage, name: str, category: LedgerCategory) -> QTreeWidgetItem:
    tree = page.reminders.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        if top.text(0).startswith(name):
            for j in range(top.childCount()):
                kid = top.child(j)
                if kid is not None and kid.data(0, Qt.ItemDataRole.UserRole + 2) == \
                        category.value:
                    return kid
    raise AssertionError(f"no reminder of {category} for {name}")


def unserved_item(page: LedgerPage, name: str) -> QTreeWidgetItem:
    tree = page.reminders.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        if top.text(0).startswith(name):
            items = top.child(top.childCount() - 1)
            assert items is not None and items.childCount() > 0
            leaf = items.child(0)
            assert leaf is not None
            return leaf
    raise AssertionError(f"no reminder for {name}")


def shown(page: LedgerPage) -> list[LedgerRow]:
    return page.model.rows()


# -- (a) typing entries


def test_type_entries_keeps_cadre_and_date(qtbot: QtBot, services: Services, town: Town,
                                           page_of: PageMaker) -> None:
    page = page_of(services)
    form = page.form
    assert form.isEnabled() and not page.readonly_label.isVisible()

    pick_cadre(qtbot, form.cadre_picker, "魏某")
    assert form.cadre_picker.cadre_id() == town.secretary
    assert form.cadre_picker.currentText() == "魏某（城关镇）"
    form.date_edit.setFocus()
    form.date_edit.setDate(QDate(EARLIER.year, EARLIER.month, EARLIER.day))
    QTest.keyClick(form.date_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.category_combo
    QTest.keyClick(form.category_combo, Qt.Key.Key_3)  # "3 检查考核" by its digit
    assert form.category() is LedgerCategory.INSPECTION
    QTest.keyClick(form.category_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.matter_edit
    type_text(form.matter_edit, "检查各村党风廉政建设责任制落实情况")
    QTest.keyClick(form.matter_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.place_edit
    type_text(form.place_edit, "东门村")
    type_text(form.participants_edit, "魏某、纪委书记")
    type_text(form.content_edit, "逐村检查台账，发现问题3个，当场交办整改。")
    type_text(form.evidence_edit, "检查记录第7号")
    # The list items of 魏某's list (and the team's) are offered; tick the first with Space.
    first = next(i for i in range(form.items_list.count())
                 if form.items_list.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable)
    form.items_list.setFocus()
    form.items_list.setCurrentRow(first)
    QTest.keyClick(form.items_list, Qt.Key.Key_Space)
    ticked = form.checked_items()
    assert len(ticked) == 1
    QTest.keyClick(form.items_list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    rows = entries(services)
    assert len(rows) == 1
    row = rows[0]
    assert (row.cadre_id, row.entry_date, row.category, row.matter, row.place,
            row.participants, row.content, row.evidence) == (
        town.secretary, EARLIER, LedgerCategory.INSPECTION, "检查各村党风廉政建设责任制落实情况",
        "东门村", "魏某、纪委书记", "逐村检查台账，发现问题3个，当场交办整改。", "检查记录第7号")
    assert row.entered_by == "clerk"
    assert services.ledger.get(row.id).item_ids == ticked

    # The form keeps cadre, date and kind; the rest is empty and the cursor is in Matter.
    assert form.cadre_picker.cadre_id() == town.secretary
    assert form.date_edit.date() == QDate(EARLIER.year, EARLIER.month, EARLIER.day)
    assert form.category() is LedgerCategory.INSPECTION
    assert form.matter_edit.text() == "" and form.place_edit.text() == ""
    assert form.content_edit.toPlainText() == "" and form.checked_items() == ()
    assert QApplication.focusWidget() is form.matter_edit
    assert page.status_label.text() == tr("Saved.")
    assert [r.id for r in shown(page)] == [row.id]
    assert page.selected_id() == row.id

    # The next entry: just the matter, then the real Save button.
    type_text(form.matter_edit, "督促整改问题销号")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    rows = entries(services)
    assert len(rows) == 2
    assert {r.matter for r in rows} == {"检查各村党风廉政建设责任制落实情况", "督促整改问题销号"}
    assert all(r.cadre_id == town.secretary and r.entry_date == EARLIER for r in rows)
    assert len(shown(page)) == 2

    # Enter on a row opens it in the form; a change is saved to the same entry.
    newest = page.model.row_of(rows[0].id)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(newest, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert form.editing_id == rows[0].id
    assert form.matter_edit.text() == rows[0].matter
    type_text(form.remarks_edit, "已复核")
    QTest.keyClick(form.remarks_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.editing_id is None
    assert len(entries(services)) == 2
    assert services.ledger.get(rows[0].id).row.remarks == "已复核"

    # Ctrl+N: a fresh entry, same cadre.
    type_text(form.matter_edit, "草稿")
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.matter_edit.text() == ""
    assert form.cadre_picker.cadre_id() == town.secretary


# -- (b) reminders


def test_reminder_disappears_after_entry(qtbot: QtBot, services: Services, town: Town,
                                         page_of: PageMaker) -> None:
    page = page_of(services)
    year, quarter = page.reminders.period()
    assert (year, quarter) == (YEAR, (TODAY.month - 1) // 3 + 1)
    assert LedgerCategory.DEPLOYMENT in reminder_kinds(page, "魏某")
    assert set(reminder_kinds(page, "欧阳晓燕")) == set(LedgerCategory)

    # Clicking the reminder starts an entry of that cadre and kind.
    item = reminder_item(page, "魏某", LedgerCategory.DEPLOYMENT)
    tree = page.reminders.tree
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = page.form
    assert form.cadre_picker.cadre_id() == town.secretary
    assert form.category() is LedgerCategory.DEPLOYMENT
    assert QApplication.focusWidget() is form.matter_edit
    type_text(form.matter_edit, "召开党委会专题研究党风廉政建设工作")
    QTest.keyClick(form.matter_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)

    assert len(entries(services)) == 1
    kinds = reminder_kinds(page, "魏某")
    assert LedgerCategory.DEPLOYMENT not in kinds
    assert LedgerCategory.INSPECTION in kinds
    assert LedgerCategory.DEPLOYMENT in reminder_kinds(page, "欧阳晓燕")

    # A list item no entry serves: clicking it ticks it in the form.
    leaf = unserved_item(page, "欧阳晓燕")
    item_id = leaf.data(0, Qt.ItemDataRole.UserRole + 3)
    leaf.parent().setExpanded(True)
    tree.scrollToItem(leaf)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(leaf).center())
    assert form.cadre_picker.cadre_id() == town.member
    assert [str(i) for i in form.checked_items()] == [item_id]


# -- (c) filters and search


def test_filters_and_two_character_search(qtbot: QtBot, services: Services, town: Town,
                                          page_of: PageMaker) -> None:
    a = add(services, town.secretary, "专题研究部署全年工作", JAN)
    add(services, town.secretary, "检查村级财务", dt.date(YEAR, 1, 9),
        LedgerCategory.INSPECTION)
    c = add(services, town.member, "研究部署组织工作", dt.date(YEAR, 1, 7))
    add(services, town.member, "约谈村支书", dt.date(YEAR, 1, 8),
        LedgerCategory.INTEGRITY_TALK, content="提醒其注意廉洁自律")
    add(services, town.secretary, "去年的部署", dt.date(YEAR - 1, 6, 1))
    sign_in_as(services, "reviewer")
    services.ledger.review([a])
    sign_in_as(services, "clerk")

    page = page_of(services)
    assert len(shown(page)) == 4  # this year by default
    assert page.model.total == 4

    page.filter_category.setFocus()
    QTest.keyClick(page.filter_category, Qt.Key.Key_1)  # "1 研究部署"
    assert page.filter_category.currentIndex() == 1
    assert {r.id for r in shown(page)} == {a, c}

    page.filter_reviewed.setCurrentIndex(1)  # reviewed
    assert [r.id for r in shown(page)] == [a]
    page.filter_reviewed.setCurrentIndex(2)  # not reviewed
    assert [r.id for r in shown(page)] == [c]
    page.filter_reviewed.setCurrentIndex(0)
    page.filter_category.setCurrentIndex(0)
    assert len(shown(page)) == 4

    type_text(page.search_edit, "魏某")
    qtbot.waitUntil(lambda: len(shown(page)) == 2, timeout=3000)
    assert {r.cadre_name for r in shown(page)} == {"魏某"}
    # The period switched off: last year's entry too.
    page.date_from.none_box.setChecked(True)
    assert {r.matter for r in shown(page)} == {"专题研究部署全年工作", "检查村级财务", "去年的部署"}
    page.search_edit.clear()
    type_text(page.search_edit, "自律")
    qtbot.waitUntil(lambda: len(shown(page)) == 1, timeout=3000)
    assert shown(page)[0].matter == "约谈村支书"
    QTest.keyClick(page.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(shown(page)) == 5, timeout=3000)

    # The cadre filter: typing the name and choosing it.
    pick_cadre(qtbot, page.filter_cadre, "欧阳")
    assert {r.cadre_name for r in shown(page)} == {"欧阳晓燕"}
    assert len(shown(page)) == 2


# -- (d) bad input


def test_invalid_input_writes_nothing_and_keeps_the_text(
        qtbot: QtBot, services: Services, town: Town, page_of: PageMaker) -> None:
    page = page_of(services)
    form = page.form
    pick_cadre(qtbot, form.cadre_picker, "欧阳")
    type_text(form.place_edit, "镇会议室")
    type_text(form.content_edit, "传达上级精神")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert entries(services) == []
    assert "此项为必填项" in form.message_label.text()
    assert form.labels["matter"].text() in form.message_label.text()
    assert QApplication.focusWidget() is form.matter_edit
    assert form.place_edit.text() == "镇会议室"
    assert form.content_edit.toPlainText() == "传达上级精神"

    tomorrow = TODAY + dt.timedelta(days=1)
    type_text(form.matter_edit, "未来的会议")
    form.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    QTest.keyClick(form.matter_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert entries(services) == []
    assert tomorrow.isoformat() in form.message_label.text()
    assert QApplication.focusWidget() is form.date_edit
    assert form.matter_edit.text() == "未来的会议"
    assert form.place_edit.text() == "镇会议室"

    # No cadre: says so, writes nothing.
    form.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    form.cadre_picker.line_edit().clear()
    type_text(form.cadre_picker.line_edit(), "不存在")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert entries(services) == []
    assert "不存在" in form.message_label.text()
    assert form.matter_edit.text() == "未来的会议"

    # A duplicate entry is refused with the service's reason.
    add(services, town.member, "未来的会议", TODAY)
    pick_cadre(qtbot, form.cadre_picker, "欧阳")
    form.set_category(LedgerCategory.DEPLOYMENT)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(entries(services)) == 1
    assert TODAY.isoformat() in form.message_label.text()


# -- (e) delete


def test_delete_asks_first(qtbot: QtBot, services: Services, town: Town, page_of: PageMaker,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    keep = add(services, town.member, "研究部署组织工作")
    gone = add(services, town.secretary, "专题研究部署全年工作", dt.date(YEAR, 1, 6))
    page = page_of(services)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    row = page.model.row_of(gone)
    page.table.setFocus()
    page.table.selectRow(row)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert "专题研究部署全年工作" in asked[0] and "魏某" in asked[0]
    assert {r.id for r in entries(services)} == {keep, gone}
    assert len(shown(page)) == 2

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert [r.id for r in entries(services)] == [keep]
    assert [r.id for r in shown(page)] == [keep]


def test_delete_key_and_button_refuse_derived_entries_all_or_nothing(
        qtbot: QtBot, services: Services, town: Town, page_of: PageMaker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A derived entry (made by a meeting) is deleted only with its source: the Delete key
    refuses it as the disabled button does, before asking anything; a selection holding
    one deletes nothing, not the others first."""
    first = add(services, town.member, "研究部署组织工作")
    second = add(services, town.member, "专题研究部署全年工作", dt.date(YEAR, 1, 6))
    services.meetings.create(MeetingInput(
        JAN, MeetingKind.PARTY_COMMITTEE, town.town, "党委会研究部署全年党风廉政建设工作",
        (town.secretary,)))
    derived = [r for r in entries(services) if r.derived]
    assert len(derived) == 1 and derived[0].source_kind is LedgerSource.MEETING
    every = {r.id for r in entries(services)}
    page = page_of(services)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)

    def select(*ids: uuid.UUID) -> None:
        page.table.clearSelection()
        for entry_id in ids:
            row = page.model.row_of(entry_id)
            page.table.selectionModel().select(
                page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                | QItemSelectionModel.SelectionFlag.Rows)
        page.table.setFocus()

    # The derived entry alone: the reason, nothing asked, nothing deleted.
    select(derived[0].id)
    assert not page.delete_button.isEnabled()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == []
    assert {r.id for r in entries(services)} == every
    assert page.status_label.text() == tr(
        "Not deleted: this entry was made from the {source} “{label}”; change or delete it"
        " in that record.").format(source=enum_label(LedgerSource.MEETING),
                                   label=derived[0].source_label)

    # A normal entry with the derived one: neither is deleted, the reason names the kind.
    select(first, derived[0].id)
    assert len(page.selected_rows()) == 2 and not page.delete_button.isEnabled()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    page.delete_selected()   # what the button would do, were it enabled
    assert asked == []
    assert {r.id for r in entries(services)} == every
    assert page.status_label.text() == tr(
        "Nothing deleted: the selection holds entries made from other records ({sources});"
        " change or delete them in their source records.").format(
        sources=enum_label(LedgerSource.MEETING))

    # Normal entries only: asked once, then both deleted.
    select(first, second)
    assert page.delete_button.isEnabled()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert {r.id for r in entries(services)} == {derived[0].id}
    assert page.status_label.text() == tr("Deleted {n} entries.").format(n=2)


def test_every_column_is_as_wide_as_its_title(services: Services, town: Town,
                                              page_of: PageMaker) -> None:
    """The content column takes what the others leave, but never less than its title
    (内容及措施 was cut to 容及措 when the columns were fitted in a narrow window); the
    others are fitted no narrower than theirs."""
    page = page_of(services)          # no entries yet: the columns are fitted later
    page.resize(900, 700)
    QApplication.processEvents()
    for day in range(1, 20):
        add(services, town.member, "到村（社区）调研基层“微腐败”治理情况" * 2,
            dt.date(YEAR, 1, day), place="镇政府三楼会议室及各村（社区）党群服务中心",
            content="检查问责决定执行情况" * 5)
    page.reload()
    header = page.table.horizontalHeader()
    viewport = page.table.viewport()
    assert viewport is not None
    for width in (900, 1100, 1400, 900):
        page.resize(width, 700)
        QApplication.processEvents()
        for column in range(header.count()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
        if width > 1000:   # wide enough: the content column fills the view
            assert header.length() >= viewport.width()
    # A width where the other columns leave the content column less than its title
    # (a stretched column then shrank to what was left, down to 40 pixels).
    others = header.length() - header.sectionSize(6)
    page.resize(page.width() + others + 50 - viewport.width(), 700)
    QApplication.processEvents()
    assert viewport.width() - others < header.sectionSizeHint(6)
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column


# -- (f) review and roles


def test_reviewer_marks_reviewed_clerk_cannot(qtbot: QtBot, services: Services, town: Town,
                                              page_of: PageMaker) -> None:
    entry = add(services, town.secretary, "专题研究部署全年工作")
    clerk_page = page_of(services)
    clerk_page.table.selectRow(0)
    assert clerk_page.selected_id() == entry
    assert not clerk_page.review_button.isEnabled()
    clerk_page.review_selected()
    assert not entries(services)[0].reviewed

    sign_in_as(services, "reviewer")
    page = page_of(services)
    assert not page.review_button.isEnabled()  # nothing selected
    page.table.selectRow(0)
    assert page.review_button.isEnabled()
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    row = entries(services)[0]
    assert row.reviewed and row.reviewed_by == "reviewer"
    assert "reviewer" in page.model.data(page.model.index(0, 8))
    assert not page.review_button.isEnabled()  # already reviewed


def test_leader_reads_only_and_auditor_is_refused(qtbot: QtBot, services: Services,
                                                  town: Town, page_of: PageMaker) -> None:
    add(services, town.secretary, "专题研究部署全年工作")
    sign_in_as(services, "leader")
    page = page_of(services)
    assert len(shown(page)) == 1
    assert not page.form.isEnabled() and page.readonly_label.isVisible()
    assert not page.new_button.isEnabled() and not page.import_button.isEnabled()
    page.table.selectRow(0)
    assert not page.delete_button.isEnabled()
    assert page.review_button.isEnabled()  # leaders review
    page.edit_row(0)  # shown in the (disabled) form to read
    assert page.form.matter_edit.text() == "专题研究部署全年工作"

    sign_in_as(services, "auditor")
    refused = page_of(services)
    assert refused.refused


# -- (g) import


CSV = (
    "姓名,日期,类别,事项,地点,内容及措施\n"
    "魏某,{y}-01-05,研究部署,专题研究党风廉政建设,党委会议室,部署全年工作\n"
    "张三,{y}-01-06,检查考核,检查村级财务,东门村,\n"
    "欧阳晓燕,{y}-01-07,廉政谈话,约谈村支书,镇会议室,提醒谈话\n"
    "魏某,{y}-01-08,研究部署,,党委会议室,缺事项\n"
    "魏某,{next}-01-01,研究部署,明年的会,党委会议室,\n"
)


def test_import_preview_then_import_good_rows(qtbot: QtBot, services: Services, town: Town,
                                              page_of: PageMaker, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "台账.csv"
    source.write_text(CSV.format(y=YEAR, next=YEAR + 1), encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_args, **_kw: (str(source), ""))
    page = page_of(services)

    # Preview, then cancel: nothing imported.
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview is not None, timeout=10_000)
    assert dialog.good_table.rowCount() == 2
    assert [dialog.good_table.item(r, 0).text() for r in range(2)] == ["2", "4"]
    assert dialog.good_table.item(0, 2).text() == "魏某"
    bad = [dialog.bad_list.item(i).text() for i in range(dialog.bad_list.count())]
    assert len(bad) == 3
    for text, number in zip(bad, (3, 5, 6), strict=True):
        assert str(number) in text
    assert "张三" in bad[0]
    assert "此项为必填项" in bad[1]
    assert dialog.import_button.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: page.import_dialog is None)
    assert entries(services) == []

    # Again, and import.
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview is not None, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is None, timeout=10_000)
    rows = entries(services)
    assert sorted(r.matter for r in rows) == sorted(["专题研究党风廉政建设", "约谈村支书"])
    assert {r.category for r in rows} == {LedgerCategory.DEPLOYMENT,
                                          LedgerCategory.INTEGRITY_TALK}
    assert len(shown(page)) == 2
    assert page.status_label.text() == tr(
        "Imported {n} entries; {bad} rows with problems were left out.").format(n=2, bad=3)


# -- (h) export


def test_export_writes_the_filtered_rows(qtbot: QtBot, services: Services, town: Town,
                                         page_of: PageMaker, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    add(services, town.secretary, "专题研究部署全年工作", JAN)
    add(services, town.member, "研究部署组织工作", dt.date(YEAR, 1, 7))
    add(services, town.member, "约谈村支书", dt.date(YEAR, 1, 8), LedgerCategory.INTEGRITY_TALK)
    target = tmp_path / "纪实导出"  # no suffix: the page adds .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(target), ""))
    page = page_of(services)
    page.filter_category.setCurrentIndex(CATEGORIES.index(LedgerCategory.DEPLOYMENT) + 1)
    assert len(shown(page)) == 2
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    workbook = openpyxl.load_workbook(tmp_path / "纪实导出.xlsx", read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    workbook.close()
    assert len(rows) == 3  # the header and the two rows of the filter
    matters = {str(r[4]) for r in rows[1:]}
    assert matters == {"专题研究部署全年工作", "研究部署组织工作"}
    assert str(target.with_suffix(".xlsx")) in page.status_label.text()


# -- the ledger book


def test_print_ledger_book_and_cancel(qtbot: QtBot, services: Services, town: Town,
                                      page_of: PageMaker, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    add(services, town.secretary, "专题研究部署全年工作", JAN)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = page_of(services)
    target = tmp_path / "纪实簿.pdf"

    # Cancelled at once: no file under the name.
    task = page.print_books(BookChoice(target, YEAR, (town.secretary,), None, False))
    assert task is not None
    task.cancel()
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert not target.exists()
    assert page.status_label.text() == tr("Printing was cancelled; no file was written.")
    assert page.print_button.isEnabled()

    task = page.print_books(BookChoice(target, YEAR, (town.secretary,), None, False))
    assert task is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.status_label.text()
    assert page.open_printed_button.isVisible()
    qtbot.mouseClick(page.open_printed_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_preview_ledger_book_keeps_no_file(qtbot: QtBot, services: Services, town: Town,
                                           page_of: PageMaker, tmp_path: Path) -> None:
    add(services, town.secretary, "专题研究部署全年工作", JAN)
    page = page_of(services)
    target = tmp_path / "纪实簿.pdf"
    task = page.print_books(BookChoice(target, YEAR, (town.secretary,), None, False),
                            preview=True)
    assert task is not None
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
    dialog = page.preview_dialog
    assert dialog is not None and page.task is None
    assert dialog.preview.error == "" and dialog.preview.page_count() > 1
    temporary = dialog.source
    assert isinstance(temporary, Path) and temporary.name == "纪实簿.pdf"
    assert not target.exists()   # nothing saved under the chosen name
    dialog.reject()
    assert page.preview_dialog is None and not temporary.exists()

    # The book dialog's Preview button needs no file name.
    book = LedgerBookDialog(page.form.cadre_picker.rows(), page.units, town.secretary, None,
                            YEAR, page)
    qtbot.addWidget(book)
    book.file_edit.clear()
    QTest.mouseClick(book.preview_button, Qt.MouseButton.LeftButton)
    assert book.result() == QDialog.DialogCode.Accepted and book.wants_preview
    assert book.choice is not None and book.choice.target.name == book.default_name()


# -- attachments


def test_attachments_add_open_remove(qtbot: QtBot, services: Services, town: Town,
                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = add(services, town.secretary, "专题研究部署全年工作")
    evidence = tmp_path / "会议纪要.txt"
    evidence.write_text("党委会会议纪要", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_args, **_kw: (str(evidence), ""))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    dialog = AttachmentsDialog(services, entry, "", True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1 and "会议纪要.txt" in dialog.list.item(0).text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and Path(opened[0].toLocalFile()).read_text("utf-8") == "党委会会议纪要"
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # No
    assert len(services.ledger.get(entry).attachments) == 1
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # Yes
    assert services.ledger.get(entry).attachments == ()
    assert dialog.list.count() == 0
