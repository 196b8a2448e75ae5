"""Talks & integrity files, acting like a user: typing a talk record, asking who is under
an influence period, opening a file, and answering the organisation department's list."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import sign_in_as
from tests.helpers import type_text
from tests.integrity_fixtures import DECIDED, UNTIL, Records
from zeren_desktop.domain.enums import TalkKind
from zeren_desktop.services.app import Services
from zeren_desktop.services.spreadsheets import iter_rows, write_xlsx
from zeren_desktop.ui.common import to_qdate
from zeren_desktop.ui.pages.integrity_page import (
    DUE_BACKGROUND,
    KINDS,
    UNKNOWN_BACKGROUND,
    IntegrityFileDialog,
    IntegrityPage,
    TalkDialog,
)
from zeren_desktop.ui.pages.units_cadres import UnitsCadresPage

# Set ZEREN_SHOTS=FOLDER to keep PNGs of the page and dialogs, to look at them.
SHOTS = os.environ.get("ZEREN_SHOTS", "")


@pytest.fixture
def records(services: Services) -> Records:
    return Records(services)


def make_page(qtbot: QtBot, services: Services) -> IntegrityPage:
    page = IntegrityPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    return page


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"integrity-{name}.png"))


def cell(page_table: object, row: int, column: int) -> str:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(page_table, QTableWidget)
    item = page_table.item(row, column)
    return item.text() if item is not None else ""


def test_record_a_talk_by_typing(qtbot: QtBot, services: Services, records: Records) -> None:
    page = make_page(qtbot, services)
    tab = page.talks_tab
    assert tab.table.rowCount() == 1          # the admonishment talk of the records
    click(tab.add_button)
    dialog = tab.dialog
    assert isinstance(dialog, TalkDialog)
    dialog.kind_combo.setCurrentIndex(KINDS.index(TalkKind.SUMMONS))
    held = dt.date.today() - dt.timedelta(days=20)
    dialog.date_edit.setDate(to_qdate(held))
    type_text(dialog.start_edit, "9:30")
    type_text(dialog.end_edit, "10:45")
    type_text(dialog.place_edit, "县纪委第一谈话室")
    type_text(dialog.cadre_picker.search_edit, "王伟")
    qtbot.waitUntil(lambda: dialog.cadre_picker.cadre_id() == records.county.wang)
    type_text(dialog.reason_edit, "分管领域群众反映问题较多")
    type_text(dialog.content_edit, "指出存在问题，提出整改要求")
    type_text(dialog.statement_edit, "以上记录我已看过，与我所说一致")
    dialog.follow_up_edit.none_box.setChecked(False)
    dialog.follow_up_edit.date_edit.setDate(to_qdate(dt.date.today() + dt.timedelta(days=3)))

    click(dialog.ok_button)                   # no talker yet
    assert dialog.isVisible()
    assert dialog.field_labels["talker"] in dialog.error_label.text()
    assert dialog.talker_edit.hasFocus()
    assert len(services.talks.search()) == 1

    type_text(dialog.end_edit, "")            # keep it; now a bad end time
    dialog.end_edit.clear()
    type_text(dialog.end_edit, "8:00")
    type_text(dialog.talker_edit, "县纪委书记 陈立")
    click(dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.field_labels["end_time"] in dialog.error_label.text()
    assert len(services.talks.search()) == 1

    dialog.end_edit.clear()
    type_text(dialog.end_edit, "10:45")
    shot(dialog, "talk-dialog")
    QTest.keyClick(dialog.end_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.dialog is None)
    # 陈立 is no cadre of the records: the user is told that no ledger entry was made.
    assert page.message_label.text() == QCoreApplication.translate(
        "TalksTab", "The talk record was saved. No talker was found among the cadres of the"
        " records, so no ledger entry was made (write the talker's name as in the roster).")

    row = next(r for r in services.talks.search() if r.kind == TalkKind.SUMMONS)
    assert (row.held_on, row.start_time, row.end_time, row.place) == (
        held, "09:30", "10:45", "县纪委第一谈话室")
    assert (row.cadre_id, row.subject_name, row.unit_id) == (
        records.county.wang, "王伟", records.county.town)
    assert (row.talker, row.reason) == ("县纪委书记 陈立", "分管领域群众反映问题较多")
    assert tab.table.rowCount() == 2 and tab.selected_id() == row.id
    index = [r.id for r in tab.rows].index(row.id)
    assert tab.row_state(index) == "due"
    item = tab.table.item(index, 0)
    assert item is not None and QColor(item.background().color()).name() == DUE_BACKGROUND
    shot(page, "talks-tab")

    # Only follow-ups due; then the follow-up is recorded and it is no longer due.
    tab.due_box.setChecked(True)
    assert [r.id for r in tab.rows] == [row.id]
    click(tab.edit_button)
    dialog = tab.dialog
    assert isinstance(dialog, TalkDialog)
    assert dialog.talker_edit.text() == "县纪委书记 陈立"
    dialog.follow_up_edit.date_edit.setDate(to_qdate(dt.date.today()))
    type_text(dialog.follow_up_note_edit, "已按要求整改")
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert services.talks.get(row.id).follow_up_note == "已按要求整改"
    assert tab.selected_id() == row.id and tab.row_state(0) == ""


def test_query_influence_periods(qtbot: QtBot, services: Services, records: Records,
                                 tmp_path: Path) -> None:
    page = make_page(qtbot, services)
    page.tabs.setCurrentWidget(page.influence_tab)
    tab = page.influence_tab
    tab.date_edit.setDate(to_qdate(dt.date(2025, 12, 1)))
    assert [r.name for r in tab.rows] == ["张建国"]
    assert tab.table.rowCount() == 2          # one line per measure
    assert cell(tab.table, 0, 0) == "张建国" and cell(tab.table, 0, 1) == "河口镇"
    assert {cell(tab.table, n, 3) for n in (0, 1)} == {"党内警告", "免职"}
    assert cell(tab.table, 0, 4) == UNTIL.isoformat()
    shot(page, "influence-tab")

    tab.unit_combo.setCurrentIndex(tab.unit_ids.index(records.county.town))
    assert tab.rows == [] and tab.table.rowCount() == 0
    tab.unit_combo.setCurrentIndex(0)
    tab.date_edit.setDate(to_qdate(UNTIL))    # the day it ends: no longer
    assert tab.rows == []
    tab.date_edit.setDate(to_qdate(DECIDED))
    assert [r.name for r in tab.rows] == ["张建国"]

    # From a row to the file.
    tab.table.selectRow(0)
    click(tab.file_button)
    assert page.tabs.currentWidget() is page.file_tab
    text = page.file_tab.view.toPlainText()
    assert "青纪问〔2025〕3号" in text and "党内警告" in text and "XF-2025-001" in text
    assert "中共青山县城关镇委员会" in text and "河口镇" in text
    shown = page.file_tab.view.file
    assert shown.on == DECIDED and len(shown.active_periods) == 2
    shot(page, "file-tab")
    target = page.file_tab.print_pdf(tmp_path / "file.pdf")
    assert target is not None
    printed = "".join(PdfReader(target).pages[0].extract_text().split())
    assert "青纪问〔2025〕3号" in printed


def test_clearance_from_a_spreadsheet(qtbot: QtBot, services: Services, records: Records,
                                      tmp_path: Path) -> None:
    c = records.county
    listing = tmp_path / "拟提拔人选名单.xlsx"
    write_xlsx(listing, "名单", ["序号", "姓名", "身份证号", "工作单位", "现任职务"], [
        [1, "张建国", c.zhang_id_number, "河口镇", "镇长"],
        [2, "王伟", "", "城关镇", "副镇长"],
        [3, "赵六", "", "河口镇", "站长"],
    ])
    page = make_page(qtbot, services)
    page.tabs.setCurrentWidget(page.clearance_tab)
    tab = page.clearance_tab
    assert not tab.pdf_button.isEnabled()
    tab.date_edit.setDate(to_qdate(dt.date(2025, 12, 1)))
    type_text(tab.addressee_edit, "中共青山县委组织部")
    task = tab.load_list(listing)
    assert task is not None
    qtbot.waitUntil(lambda: tab.task is None)
    assert tab.table.rowCount() == 3
    assert [cell(tab.table, n, 1) for n in range(3)] == ["张建国", "王伟", "赵六"]
    assert "2026年3月10日" in cell(tab.table, 0, 6)
    unknown = tab.table.item(2, 0)
    assert unknown is not None
    assert QColor(unknown.background().color()).name() == UNKNOWN_BACKGROUND
    assert tab.pdf_button.isEnabled()
    shot(page, "clearance-tab")
    # Another day answers the list again: in 2027 the period is over.
    tab.date_edit.setDate(to_qdate(dt.date(2027, 1, 5)))
    qtbot.waitUntil(lambda: tab.task is None and tab.result is not None
                    and tab.result.on == dt.date(2027, 1, 5))
    assert "2026年3月10日" not in cell(tab.table, 0, 6)
    tab.date_edit.setDate(to_qdate(dt.date(2025, 12, 1)))
    qtbot.waitUntil(lambda: tab.task is None and tab.result is not None
                    and tab.result.on == dt.date(2025, 12, 1))

    pdf = tmp_path / "回复意见.pdf"
    assert tab.write_pdf(pdf) is not None
    qtbot.waitUntil(lambda: tab.task is None)
    assert tab.written == pdf and tab.open_button.isVisible()
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "中共青山县委组织部" in text and "张建国" in text and "赵六" in text

    # Read in the program before it is signed; the temporary file goes with the dialog.
    assert tab.preview_pdf() is not None
    qtbot.waitUntil(lambda: tab.preview_dialog is not None)
    dialog = tab.preview_dialog
    assert dialog is not None and dialog.preview.page_count() == len(PdfReader(pdf).pages)
    temporary = dialog.source
    assert isinstance(temporary, Path) and temporary.is_file()
    dialog.reject()
    assert tab.preview_dialog is None and not temporary.exists()

    workbook = tmp_path / "回复意见.xlsx"
    assert tab.write_xlsx(workbook) is not None
    qtbot.waitUntil(lambda: tab.task is None)
    rows = [cells for _n, cells in iter_rows(workbook)]
    assert [r[1] for r in rows[1:]] == ["张建国", "王伟", "赵六"]

    # A file that is no list says why and keeps nothing.
    bad = tmp_path / "无姓名.csv"
    bad.write_text("单位,职务\n河口镇,镇长\n", encoding="utf-8")
    tab.load_list(bad)
    qtbot.waitUntil(lambda: tab.task is None)
    assert tab.result is None and tab.table.rowCount() == 0
    assert "无姓名.csv" in tab.summary_label.text()
    assert not tab.pdf_button.isEnabled()


def test_integrity_file_from_the_cadre_list(qtbot: QtBot, services: Services,
                                            records: Records) -> None:
    page = UnitsCadresPage(services)
    qtbot.addWidget(page)
    page.show()
    assert page.integrity_button.isVisible() and not page.integrity_button.isEnabled()
    page.reload_cadres(select=records.county.zhang)
    assert page.integrity_button.isEnabled()
    click(page.integrity_button)
    dialog = page.integrity_dialog
    assert isinstance(dialog, IntegrityFileDialog)
    assert "青纪问〔2025〕3号" in dialog.view.toPlainText()
    assert "张建国" in dialog.windowTitle()
    shot(dialog, "file-dialog")
    dialog.reject()
    qtbot.waitUntil(lambda: page.integrity_dialog is None)

    # The administrator manages cadres but does not read case content.
    sign_in_as(services, "admin")
    admin_page = UnitsCadresPage(services)
    qtbot.addWidget(admin_page)
    assert not admin_page.integrity_button.isVisibleTo(admin_page)
    refused = IntegrityPage(services)
    qtbot.addWidget(refused)
    assert refused.refused


def test_talk_form_is_reached_by_tab_alone(qtbot: QtBot, services: Services,
                                           records: Records) -> None:
    page = make_page(qtbot, services)
    click(page.talks_tab.add_button)
    dialog = page.talks_tab.dialog
    assert isinstance(dialog, TalkDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.kind_combo.setFocus()
    visited: list[QWidget] = []
    for _ in range(40):
        focused = dialog.focusWidget()
        assert focused is not None
        visited.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    order = [dialog.kind_combo, dialog.start_edit, dialog.end_edit, dialog.place_edit,
             dialog.cadre_picker.search_edit, dialog.talker_edit, dialog.note_taker_edit,
             dialog.approved_edit, dialog.basis_edit, dialog.reason_edit, dialog.content_edit,
             dialog.statement_edit, dialog.rectification_edit, dialog.follow_up_note_edit,
             dialog.ok_button]
    positions = [visited.index(widget) for widget in order]
    assert positions == sorted(positions)
    dialog.reject()


def test_deleting_a_talk_names_the_ledger_entries_going_with_it(
        qtbot: QtBot, services: Services, records: Records,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from zeren_desktop.services.ledger_dto import LedgerFilter
    from zeren_desktop.services.talks_dto import TalkInput
    from zeren_desktop.ui.common import format_date

    held = dt.date.today() - dt.timedelta(days=5)
    # Post and name written together: still both leaders' entries.
    talk = services.talks.create(TalkInput(
        TalkKind.INTEGRITY, held, "镇长张建国、纪委书记李秀英", cadre_id=records.county.wang))
    assert sorted(services.talks.ledger_names(talk)) == sorted(["张建国", "李秀英"])
    page = make_page(qtbot, services)
    tab = page.talks_tab
    tab.table.selectRow([r.id for r in tab.rows].index(talk))
    # Saved again through the dialog: the message names whose ledgers it feeds.
    click(tab.edit_button)
    dialog = tab.dialog
    assert isinstance(dialog, TalkDialog)
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: tab.dialog is None)
    said = page.message_label.text()
    assert said in [QCoreApplication.translate(
        "TalksTab", "The talk record was saved; the ledger of {names} has an entry for it.")
        .format(names=names) for names in ("张建国、李秀英", "李秀英、张建国")]
    tab.table.selectRow([r.id for r in tab.rows].index(talk))
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    tab.delete_talk()
    expected = QCoreApplication.translate(
        "TalksTab", "Delete the record of the talk with {name} on {date} and the {n} ledger "
        "entries made from it? This cannot be undone.")
    assert asked == [expected.format(name="王伟", date=format_date(held), n=2)]
    assert all(r.id != talk for r in services.talks.search())
    assert not [r for r in services.ledger.search(LedgerFilter(date_from=held, date_to=held))
                if r.source_id == talk]
