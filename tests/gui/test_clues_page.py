"""The clues page: register a clue by typing, import a file with bad rows through the
preview, filter, the verification rate, delete."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Sample, sign_in_as
from tests.helpers import type_text
from zeren_desktop.domain.enums import ClueHandling, ClueResult, ClueSource
from zeren_desktop.services.app import Services
from zeren_desktop.services.clue_dto import ClueInput
from zeren_desktop.services.clues import ImportCancelled
from zeren_desktop.ui.common import enum_label
from zeren_desktop.ui.pages.clues_page import (
    HANDLINGS,
    RESULTS,
    SOURCES,
    ClueDialog,
    ClueImportDialog,
    CluesPage,
    import_clues,
)
from zeren_desktop.ui.worker import Task

TODAY = dt.date.today()


def make_page(qtbot: QtBot, services: Services) -> CluesPage:
    page = CluesPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    return page


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def key(widget: QWidget, which: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, which, modifier)


def test_register_a_clue_by_typing(qtbot: QtBot, services: Services, sample: Sample,
                                   tmp_path: Path) -> None:
    page = make_page(qtbot, services)
    assert page.table.rowCount() == 0
    QTest.keySequence(page, "Ctrl+N")
    dialog = page.dialog
    assert isinstance(dialog, ClueDialog)
    # Sensible defaults: the next number, today, a petition, held.
    assert dialog.number_edit.text() == f"XS{TODAY.year}-0001"
    qtbot.waitUntil(dialog.number_edit.hasFocus)
    assert dialog.date_edit.date().toPython() == TODAY
    # From the number, Tab by Tab, typing only.
    key(dialog.number_edit, Qt.Key.Key_Tab)            # → received on (kept)
    for _ in range(4):                                 # Tab runs through its sections
        if dialog.source_combo.hasFocus():
            break
        focused = QApplication.focusWidget()
        assert focused is not None
        key(focused, Qt.Key.Key_Tab)
    assert dialog.source_combo.hasFocus()
    key(dialog.source_combo, Qt.Key.Key_Down)          # 信访举报 → 监督检查
    key(dialog.source_combo, Qt.Key.Key_Tab)
    assert dialog.names_edit.hasFocus()
    type_text(dialog.names_edit, "张建国")
    key(dialog.names_edit, Qt.Key.Key_Tab)
    type_text(dialog.ids_edit, sample_id := services.cadres.get(sample.cadre).id_number)
    key(dialog.ids_edit, Qt.Key.Key_Tab)               # → unit combo (none)
    key(dialog.unit_combo, Qt.Key.Key_Tab)
    type_text(dialog.unit_text_edit, "城关镇党委")
    key(dialog.unit_text_edit, Qt.Key.Key_Tab)
    assert dialog.summary_edit.hasFocus()
    type_text(dialog.summary_edit, "违规使用公务用车办私事")
    key(dialog.summary_edit, Qt.Key.Key_Tab)
    assert dialog.handling_combo.hasFocus()
    key(dialog.handling_combo, Qt.Key.Key_End)         # 了结
    key(dialog.handling_combo, Qt.Key.Key_Tab)
    key(dialog.result_combo, Qt.Key.Key_Down)          # 查实
    dialog.recovered_edit.setFocus()
    type_text(dialog.recovered_edit, "1,200.5")
    key(dialog.recovered_edit, Qt.Key.Key_Return)      # Enter: to the next field, as
    assert dialog.isVisible() and dialog.corrected_edit.hasFocus()  # in every form
    key(dialog.corrected_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is None)

    (row,) = services.clues.search()
    assert (row.number, row.received_on, row.source, row.subject_names, row.unit_text,
            row.summary, row.handling, row.result, row.money_recovered_fen) == (
        f"XS{TODAY.year}-0001", TODAY, ClueSource.SUPERVISION, "张建国", "城关镇党委",
        "违规使用公务用车办私事", ClueHandling.CLOSED, ClueResult.CONFIRMED, 120_050)
    # his ID number linked him, and his post put the clue under 城关镇
    assert row.cadre_ids == (sample.cadre,) and row.unit_id == sample.town
    assert sample_id in row.subject_id_numbers
    assert page.table.rowCount() == 1 and page.selected_id() == row.id
    assert page.rate_rows() == [(enum_label(ClueSource.SUPERVISION), "1", "1", "1", "100.0%"),
                                (page.tr("Total"), "1", "1", "1", "100.0%")]

    # The next one offers the next number; a clue without a summary is refused, unsaved.
    click(page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, ClueDialog)
    assert dialog.number_edit.text() == f"XS{TODAY.year}-0002"
    type_text(dialog.names_edit, "李秀英")
    key(dialog.names_edit, Qt.Key.Key_Return)          # to the next field, not OK
    assert dialog.ids_edit.hasFocus() and not dialog.error_label.isVisible()
    key(dialog.ids_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.summary_edit.hasFocus()
    assert services.clues.count() == 1
    type_text(dialog.summary_edit, "虚报冒领补贴")
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert services.clues.count() == 2
    page.grab().save(str(tmp_path / "clues-page.png"))
    dialog = page.edit_clue()
    assert dialog is not None
    dialog.grab().save(str(tmp_path / "clue-dialog.png"))
    assert dialog.summary_edit.toPlainText() == "虚报冒领补贴"
    dialog.reject()


def write_file(path: Path) -> Path:
    rows = [["受理日期", "被反映人", "单位", "问题摘要", "线索来源", "处置方式", "办理结果",
             "追缴金额(元)"],
            ["2026-03-05", "王强", "城关镇", "名下有车辆仍享受城乡低保", "", "了结", "查实",
             "3600"],
            ["2026-03-06", "", "城关镇", "违规领取低保", "", "", "", ""],
            ["2026-03-07", "刘芳", "河口镇", "重复领取高龄津贴", "", "了结", "查否", ""],
            ["2026-02-30", "陈静", "河口镇", "违规领取补贴", "", "", "", ""],
            ["2026-03-08", "赵磊", "城关镇", "违规享受特困供养", "网上传言", "", "", ""]]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_import_through_the_preview_then_filter_and_delete(
        qtbot: QtBot, services: Services, sample: Sample, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, services)
    dialog = page.import_clues()
    assert isinstance(dialog, ClueImportDialog)
    source = write_file(tmp_path / "比对结果.csv")
    task = dialog.choose_file(str(source))
    assert task is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    # The preview: the good rows, and each bad row with its number and reason.
    assert dialog.good_table.rowCount() == 2
    good = [dialog.good_table.item(r, 3).text() for r in range(2)]  # type: ignore[union-attr]
    assert good == ["王强", "刘芳"]
    bad = [dialog.bad_list.item(i).text() for i in range(dialog.bad_list.count())]
    assert len(bad) == 3
    assert dialog.preview is not None
    assert [p.row for p in dialog.preview.problems] == [3, 5, 6]
    assert "3" in bad[0] and "被反映人" in bad[0]
    assert "5" in bad[1] and "2026-02-30" in bad[1]
    assert "6" in bad[2] and "网上传言" in bad[2]
    assert services.clues.count() == 0              # nothing written by the preview
    dialog.grab().save(str(tmp_path / "clue-import-preview.png"))
    assert dialog.import_button.isEnabled()
    click(dialog.import_button)
    qtbot.waitUntil(lambda: page.import_dialog is None, timeout=10_000)
    assert services.clues.count() == 2
    assert page.table.rowCount() == 2
    report = tmp_path / "比对结果.rejected.csv"
    assert str(report) in page.message_label.text()
    with report.open(encoding="utf-8-sig") as handle:
        assert [line[0] for line in csv.reader(handle)][1:] == ["3", "5", "6"]

    # Importing again adds nothing.
    again = page.import_clues()
    assert again is not None
    again.choose_file(str(source))
    qtbot.waitUntil(lambda: again.task is None, timeout=10_000)
    assert not again.import_button.isEnabled()
    assert again.preview is not None
    assert (again.preview.imported, again.preview.already, again.preview.rejected) == (0, 2, 3)
    again.reject()
    qtbot.waitUntil(lambda: page.import_dialog is None)

    # A clue typed in besides, then the filters.
    services.clues.create(ClueInput("XS2025-0009", dt.date(2025, 6, 1), ClueSource.PETITION,
                                    "违规发放津补贴", subject_names="孙敏",
                                    unit_id=sample.other_town))
    page.reload()
    assert page.table.rowCount() == 3
    page.source_combo.setCurrentIndex(SOURCES.index(ClueSource.PETITION) + 1)
    assert [r.subject_names for r in page.rows] == ["孙敏"]
    page.source_combo.setCurrentIndex(0)
    page.result_combo.setCurrentIndex(RESULTS.index(ClueResult.UNFOUNDED) + 2)
    assert [r.subject_names for r in page.rows] == ["刘芳"]
    page.result_combo.setCurrentIndex(1)              # no result yet
    assert [r.subject_names for r in page.rows] == ["孙敏"]
    page.result_combo.setCurrentIndex(0)
    page.handling_combo.setCurrentIndex(HANDLINGS.index(ClueHandling.CLOSED) + 1)
    assert {r.subject_names for r in page.rows} == {"王强", "刘芳"}
    page.handling_combo.setCurrentIndex(0)
    page.unit_combo.setCurrentIndex(page.unit_ids.index(sample.other_town))
    assert {r.subject_names for r in page.rows} == {"刘芳", "孙敏"}
    page.unit_combo.setCurrentIndex(0)
    page.from_edit.set_date(dt.date(2026, 1, 1))
    assert {r.subject_names for r in page.rows} == {"王强", "刘芳"}
    # 查实率 of the big-data clues: one of two concluded
    assert ("大数据比对", "2", "2", "1", "50.0%") in page.rate_rows()
    page.from_edit.set_date(None)
    type_text(page.search_edit, "高龄")
    qtbot.waitUntil(lambda: [r.subject_names for r in page.rows] == ["刘芳"])

    # Delete, after saying yes.
    page.select(page.rows[0].id)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.No)
    click(page.delete_button)
    assert services.clues.count() == 3
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    click(page.delete_button)
    assert services.clues.count() == 2
    assert page.table.rowCount() == 0


def test_leader_reads_without_buttons_and_the_auditor_is_refused(
        qtbot: QtBot, services: Services, sample: Sample) -> None:
    services.clues.create(ClueInput("XS2026-0001", dt.date(2026, 1, 5), ClueSource.AUDIT,
                                    "审计发现违规发放奖金", subject_names="张建国"))
    sign_in_as(services, "leader")
    page = make_page(qtbot, services)
    assert page.table.rowCount() == 1
    assert not page.add_button.isVisible() and not page.import_button.isVisible()
    assert page.import_clues() is None and page.add_clue() is None
    sign_in_as(services, "auditor")
    refused = make_page(qtbot, services)
    assert refused.refused


def test_cancel_in_the_progress_dialog_imports_nothing(qtbot: QtBot, services: Services,
                                                       sample: Sample, tmp_path: Path) -> None:
    source = write_file(tmp_path / "cancel.csv")
    task = Task()
    task.control.cancel()            # what the progress dialog's Cancel button does
    with pytest.raises(ImportCancelled):
        import_clues(services, source, False, 5, task.control)
    assert services.clues.count() == 0
    task.deleteLater()

    # Through the dialog: a failed import says so and leaves Import available again.
    page = make_page(qtbot, services)
    dialog = page.import_clues()
    assert dialog is not None
    dialog.choose_file(str(source))
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    source.unlink()                  # the file went away between preview and import
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert "cancel.csv" in dialog.summary_label.text()
    assert services.clues.count() == 0
    dialog.reject()
