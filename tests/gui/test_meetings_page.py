"""The meetings page: a meeting typed once feeds each attending leader's ledger."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.document_fixtures import Office
from tests.gui.conftest import type_text
from zeren_desktop.services.app import Services
from zeren_desktop.services.ledger_dto import LedgerFilter
from zeren_desktop.ui.common import to_qdate
from zeren_desktop.ui.pages.meetings_page import MeetingDialog, MeetingsPage, checked_ids

HELD = dt.date(2025, 3, 12)


def make_page(qtbot: QtBot, services: Services) -> MeetingsPage:
    page = MeetingsPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.year_spin.setValue(2025)
    page.reload()
    return page


def open_new(qtbot: QtBot, page: MeetingsPage, ids: Office) -> MeetingDialog:
    page.unit_combo.setCurrentIndex(page.unit_ids.index(ids.town))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    dialog.date_edit.setDate(to_qdate(HELD))
    return dialog


def test_a_meeting_with_seven_attendees_fills_seven_ledgers(
        qtbot: QtBot, office_team: tuple[Services, Office, list[uuid.UUID]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services, ids, members = office_team
    page = make_page(qtbot, services)
    assert page.table.rowCount() == 0
    dialog = open_new(qtbot, page, ids)
    # The team on the day is listed and ticked: the usual case needs no clicks.
    assert set(checked_ids(dialog.attendees)) == set(members)
    assert dialog.attendee_count.text() == "出席 7 人"
    type_text(dialog.title_edit, "党委会研究部署党风廉政建设工作")
    type_text(dialog.decisions_edit, "一季度完成责任书签订")
    dialog.grab().save(str(tmp_path / "meeting-dialog.png"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)

    assert page.table.rowCount() == 1
    assert page.table.item(0, 4).text() == "7" and page.table.item(0, 5).text() == "7"
    assert "7" in page.message_label.text()
    meeting = page.rows[0].id
    entries = [r for r in services.ledger.search(LedgerFilter(date_from=HELD, date_to=HELD))
               if r.source_id == meeting]
    assert {r.cadre_id for r in entries} == set(members)
    # The entry text is written in the UI's language (Chinese).
    assert all("党委会" in r.source_label for r in entries)
    page.table.selectRow(0)
    assert "魏明" in page.details.text() and "7" in page.details.text()

    # Edit: 赵刚 was absent after all; his entry goes, the others stay.
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    assert set(checked_ids(dialog.attendees)) == set(members)
    for i in range(dialog.attendees.count()):
        item = dialog.attendees.item(i)
        if item.text().startswith("赵刚"):
            item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.attendee_count.text() == "出席 6 人"
    dialog.save()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.table.item(0, 5).text() == "6"
    assert members[6] not in {r.cadre_id for r in services.ledger.search(
        LedgerFilter(date_from=HELD, date_to=HELD)) if r.source_id == meeting}

    # Delete, after the confirmation that names the entries going with it.
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.table.selectRow(0)
    page.delete_meeting()
    assert asked and "6" in asked[0]
    assert page.table.rowCount() == 0
    assert not [r for r in services.ledger.search(LedgerFilter(date_from=HELD, date_to=HELD))
                if r.source_id == meeting]


def test_bad_input_is_refused_in_the_dialog_and_nothing_is_written(
        qtbot: QtBot, office_team: tuple[Services, Office, list[uuid.UUID]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    services, ids, _members = office_team
    page = make_page(qtbot, services)
    dialog = open_new(qtbot, page, ids)
    dialog.none_button.click()
    type_text(dialog.title_edit, "党委会")
    dialog.save()
    assert dialog.isVisible()
    assert "出席" in dialog.error_label.text()
    assert QApplication.focusWidget() is dialog.attendees or dialog.attendees.hasFocus() \
        or not dialog.isActiveWindow()
    dialog.all_button.click()
    dialog.title_edit.clear()
    dialog.save()
    assert dialog.isVisible() and "会议名称" in dialog.error_label.text()
    assert services.meetings.search() == []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Discard)
    dialog.reject()


def test_someone_outside_the_team_is_added_by_pinyin_initials(
        qtbot: QtBot, office_team: tuple[Services, Office, list[uuid.UUID]]) -> None:
    services, ids, members = office_team
    page = make_page(qtbot, services)
    dialog = open_new(qtbot, page, ids)
    dialog.none_button.click()
    dialog.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.finder.search_edit, "oyxy")  # 欧阳晓燕
    qtbot.waitUntil(lambda: dialog.finder.names == ["欧阳晓燕"])
    dialog.finder.results.setCurrentRow(0)
    assert dialog.finder.cadre_id() == ids.secretary
    dialog.add_button.click()
    assert len(checked_ids(dialog.attendees)) >= 1
    assert dialog.attendees.count() == 7  # already listed: ticked, not added twice
    type_text(dialog.title_edit, "专题会")
    dialog.save()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.rows and page.rows[0].entries == len(page.rows[0].attendee_ids)
    assert members


def test_the_ledger_marks_derived_entries_and_opens_their_meeting(
        qtbot: QtBot, office_team: tuple[Services, Office, list[uuid.UUID]]) -> None:
    from zeren_desktop.domain.enums import MeetingKind
    from zeren_desktop.domain.meetings import MeetingInput
    from zeren_desktop.ui.pages.ledger_page import LedgerPage, LedgerTableModel

    services, ids, members = office_team
    meeting = services.meetings.create(MeetingInput(
        HELD, MeetingKind.PARTY_COMMITTEE, ids.town, "党委会研究部署党风廉政建设工作",
        tuple(members)))
    page = LedgerPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.date_from.set_date(dt.date(2025, 1, 1))
    page.date_to.set_date(dt.date(2025, 12, 31))
    qtbot.waitUntil(lambda: page.model.total == 7)
    model = page.model
    column = LedgerTableModel.SOURCE_COLUMN
    assert [model.data(model.index(r, column)) for r in range(7)] == ["会议记录"] * 7
    assert "党委会研究部署" in model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 4), Qt.ItemDataRole.DecorationRole) is not None
    page.table.selectRow(0)
    assert not page.delete_button.isEnabled()
    assert page.open_source_button.isVisible()
    # Activating it does not open it in the form: it says where it comes from.
    page.edit_row(0)
    assert page.form.editing_id is None
    assert "会议记录" in page.status_label.text()
    with qtbot.waitSignal(page.open_record) as opened:
        page.open_source_button.click()
    assert opened.args == ["meeting", meeting]


def test_the_main_window_opens_the_source_record(
        qtbot: QtBot, office_team: tuple[Services, Office, list[uuid.UUID]]) -> None:
    from zeren_desktop.domain.enums import MeetingKind
    from zeren_desktop.domain.meetings import MeetingInput
    from zeren_desktop.ui.main_window import MainWindow

    services, ids, members = office_team
    meeting = services.meetings.create(MeetingInput(
        HELD, MeetingKind.PARTY_COMMITTEE, ids.town, "党委会", tuple(members)))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.open_record("meeting", meeting)
    assert window.current_area() == "meetings"
    assert window.meetings_page is not None
    assert window.meetings_page.selected_id() == meeting
    window.open_record("talk", ids.talk)
    assert window.current_area() == "integrity"
    assert window.integrity_page is not None
    assert window.integrity_page.talks_tab.selected_id() == ids.talk


def test_the_dialog_asks_before_discarding_and_enter_adds_the_cadre_found(
        qtbot: QtBot, office_team: tuple[Services, Office, list[uuid.UUID]],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    from zeren_desktop.domain.enums import Rank
    from zeren_desktop.domain.records import CadreInput, PostInput

    services, ids, members = office_team
    services.cadres.create(CadreInput("外镇人", Rank.TOWNSHIP_SECTION, posts=(
        PostInput(ids.other_town, "副镇长", dt.date(2020, 1, 1)),)))
    page = make_page(qtbot, services)
    # Opened and closed untouched: nothing asked.
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert asked == []

    dialog = open_new(qtbot, page, ids)
    # The attendees' label has its mnemonic; long list items wrap.
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.attendees)
    assert "&" in label.text()
    assert dialog.items.wordWrap()
    # Enter in the search box adds the one cadre found, with the post, like the team.
    dialog.finder.search_edit.setFocus()
    type_text(dialog.finder.search_edit, "外镇人")
    QTest.keyClick(dialog.finder.search_edit, Qt.Key.Key_Return)
    texts = [dialog.attendees.item(i).text() for i in range(dialog.attendees.count())]
    assert "外镇人（副镇长）" in texts
    assert len(checked_ids(dialog.attendees)) == len(members) + 1
    dialog.grab().save(str(tmp_path / "meeting-dialog-added.png"))
    type_text(dialog.title_edit, "党委会")
    # Esc with typed changes asks; Cancel keeps the dialog, Discard closes it.
    QTest.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    question = QCoreApplication.translate("MeetingDialog",
                                          "Discard the unsaved meeting record?")
    assert asked == [question] and dialog.isVisible() and page.dialog is dialog
    QTest.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert asked == [question, question] and services.meetings.search() == []


def test_the_search_box_shows_its_whole_hint(
        qtbot: QtBot, office_team: tuple[Services, Office, list[uuid.UUID]]) -> None:
    services, _ids, _attendees = office_team
    page = make_page(qtbot, services)   # 1100 wide: the filter row has room to spare
    edit = page.search_edit
    hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    # The frame, the margins and the clear button come on top of the hint's text.
    assert edit.width() >= hint + 36
