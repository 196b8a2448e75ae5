"""The cadre dialog and the cadre table, acting like a user."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Sample, resident_id
from tests.helpers import type_text
from zeren_desktop.domain.enums import Rank, Sex
from zeren_desktop.services.app import Services
from zeren_desktop.ui.dialogs.cadre_dialog import RANKS, SEXES, CadreDialog
from zeren_desktop.ui.pages.units_cadres import UnitsCadresPage


def open_dialog(qtbot: QtBot, dialog: CadreDialog) -> CadreDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    return dialog


def click_ok(qtbot: QtBot, dialog: CadreDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def snapshot(services: Services) -> list[object]:
    return [services.cadres.get(row.id) for row in services.cadres.search()]


def test_add_cadre_with_id_number_and_post(qtbot: QtBot, services: Services,
                                           sample: Sample) -> None:
    dialog = open_dialog(qtbot, CadreDialog(services, default_unit_id=sample.other_town))
    assert dialog.windowTitle() == "新增干部"
    type_text(dialog.name_edit, "欧阳晓燕")
    id_number = resident_id("19880615", seq="242")  # even: female
    type_text(dialog.id_number_edit, id_number)
    # A valid ID number fills in the birth date and the sex.
    assert dialog.birth_edit.date() == dt.date(1988, 6, 15)
    assert SEXES[dialog.sex_combo.currentIndex()] is Sex.FEMALE
    assert dialog.ethnicity_combo.currentText() == "汉族"
    dialog.party_combo.setCurrentText("中共党员")
    dialog.rank_combo.setCurrentIndex(RANKS.index(Rank.TOWNSHIP_SECTION))
    type_text(dialog.phone_edit, "13800001111")

    qtbot.mouseClick(dialog.add_post_button, Qt.MouseButton.LeftButton)
    assert len(dialog.post_rows) == 1
    row = dialog.post_rows[0]
    assert dialog.unit_ids[row.unit_combo.currentIndex()] == sample.other_town
    type_text(row.title_edit, "党委副书记")
    type_text(row.portfolio_edit, "分管党建、纪检")
    row.start_edit.setDate(QDate(2019, 9, 1))
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = services.cadres.get(dialog.saved_id)  # type: ignore[arg-type]
    assert detail.name == "欧阳晓燕"
    assert detail.id_number == id_number
    assert (detail.sex, detail.birth_date) == (Sex.FEMALE, dt.date(1988, 6, 15))
    assert (detail.rank, detail.party_standing, detail.ethnicity, detail.phone) == (
        Rank.TOWNSHIP_SECTION, "中共党员", "汉族", "13800001111")
    assert len(detail.posts) == 1
    post = detail.posts[0]
    assert (post.unit_id, post.title, post.portfolio, post.start_date, post.end_date) == (
        sample.other_town, "党委副书记", "分管党建、纪检", dt.date(2019, 9, 1), None)


def test_edit_cadre_ends_post_and_adds_a_new_one(qtbot: QtBot, services: Services,
                                                 sample: Sample) -> None:
    dialog = open_dialog(qtbot, CadreDialog(services, cadre_id=sample.cadre))
    assert dialog.name_edit.text() == "张建国"
    assert len(dialog.post_rows) == 1
    old = dialog.post_rows[0]
    old.end_edit.set_date(dt.date(2023, 6, 30))
    new = dialog.add_post_row()
    new.unit_combo.setCurrentIndex(dialog.unit_ids.index(sample.county))
    type_text(new.title_edit, "县纪委副书记")
    new.start_edit.setDate(QDate(2023, 7, 1))
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "张建军")
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = services.cadres.get(sample.cadre)
    assert detail.name == "张建军"
    posts = sorted(detail.posts, key=lambda p: p.start_date)
    assert [(p.unit_id, p.title, p.end_date) for p in posts] == [
        (sample.town, "党委书记", dt.date(2023, 6, 30)),
        (sample.county, "县纪委副书记", None)]


def test_remove_post(qtbot: QtBot, services: Services, sample: Sample) -> None:
    dialog = open_dialog(qtbot, CadreDialog(services, cadre_id=sample.cadre))
    dialog.post_rows[0].title_edit.setFocus()
    qtbot.mouseClick(dialog.remove_post_button, Qt.MouseButton.LeftButton)
    assert dialog.post_rows == []
    click_ok(qtbot, dialog)
    assert services.cadres.get(sample.cadre).posts == ()


def _empty_name(dialog: CadreDialog) -> None:
    pass


def _wrong_check_digit(dialog: CadreDialog) -> None:
    type_text(dialog.name_edit, "王五")
    good = resident_id("19900101", seq="123")
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    type_text(dialog.id_number_edit, wrong)


def _end_before_start(dialog: CadreDialog) -> None:
    type_text(dialog.name_edit, "王五")
    row = dialog.add_post_row()
    type_text(row.title_edit, "副镇长")
    row.start_edit.setDate(QDate(2022, 5, 1))
    row.end_edit.set_date(dt.date(2021, 5, 1))


@pytest.mark.parametrize(("fill", "reason", "focus"), [
    (_empty_name, "姓名：此项为必填项", "name_edit"),
    (_wrong_check_digit, "身份证号：身份证号的校验码不正确", "id_number_edit"),
    (_end_before_start,
     "第1项职务，结束日期：职务的结束日期（2021-05-01）早于开始日期（2022-05-01）", "end"),
], ids=["empty-name", "wrong-check-digit", "end-before-start"])
def test_invalid_cadre_writes_nothing_and_says_why(
        qtbot: QtBot, services: Services, sample: Sample, fill: object, reason: str,
        focus: str) -> None:
    before = snapshot(services)
    dialog = open_dialog(qtbot, CadreDialog(services))
    fill(dialog)  # type: ignore[operator]
    click_ok(qtbot, dialog)

    assert dialog.isVisible(), "the dialog must stay open"
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert reason in dialog.error_label.text()
    assert snapshot(services) == before
    widget = (dialog.post_rows[0].end_edit.date_edit if focus == "end"
              else getattr(dialog, focus))
    assert dialog.focusWidget() is widget


def make_page(qtbot: QtBot, services: Services) -> UnitsCadresPage:
    page = UnitsCadresPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page)
    return page


def names(page: UnitsCadresPage) -> list[str]:
    return [row.name for row in page.cadre_model.rows()]


def test_table_columns_and_count(qtbot: QtBot, services: Services, sample: Sample) -> None:
    page = make_page(qtbot, services)
    model = page.cadre_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["姓名", "性别", "出生日期", "职级", "单位", "职务"]
    row = names(page).index("张建国")
    assert [model.index(row, c).data() for c in range(6)] == [
        "张建国", "男", "1970-01-01", "乡科级", "城关镇", "党委书记"]
    assert page.count_label.text() == "共 2 名干部"


def test_search_filters_after_a_pause(qtbot: QtBot, services: Services, sample: Sample) -> None:
    page = make_page(qtbot, services)
    assert sorted(names(page)) == sorted(["张建国", "李秀英"])
    type_text(page.search_edit, "纪委")
    assert page.search_timer.isActive()
    qtbot.waitUntil(lambda: names(page) == ["李秀英"], timeout=2000)
    assert page.count_label.text() == "共 1 名干部"
    # The unit name and the ID number are searched too.
    page.search_edit.setText("城关")
    qtbot.waitUntil(lambda: names(page) == ["张建国"], timeout=2000)
    page.search_edit.setText("19700101")
    qtbot.waitUntil(lambda: names(page) == ["张建国"], timeout=2000)
    # Esc clears the search.
    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == ""
    qtbot.waitUntil(lambda: len(names(page)) == 2, timeout=2000)


def test_selected_unit_filters(qtbot: QtBot, services: Services, sample: Sample) -> None:
    page = make_page(qtbot, services)
    page.select_unit(sample.other_town)
    assert names(page) == ["李秀英"]
    page.only_unit_box.setChecked(False)
    assert sorted(names(page)) == sorted(["张建国", "李秀英"])
    page.only_unit_box.setChecked(True)
    page.select_unit(sample.town)
    assert names(page) == ["张建国"]


def test_add_cadre_from_page_with_ctrl_n(qtbot: QtBot, services: Services, sample: Sample,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, services)
    page.select_unit(sample.town)

    def fill_and_ok(dialog: CadreDialog) -> int:
        open_dialog(qtbot, dialog)
        type_text(dialog.name_edit, "赵四")
        row = dialog.add_post_row()
        assert dialog.unit_ids[row.unit_combo.currentIndex()] == sample.town
        type_text(row.title_edit, "纪委委员")
        click_ok(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(CadreDialog, "exec", fill_and_ok)
    page.unit_tree.setFocus()
    qtbot.keyClick(page.unit_tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert sorted(names(page)) == sorted(["张建国", "赵四"])
    assert page.selected_cadre_id() is not None
    assert services.cadres.get(page.selected_cadre_id()).name == "赵四"  # type: ignore[arg-type]


def test_edit_and_delete_cadre_from_page(qtbot: QtBot, services: Services, sample: Sample,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, services)
    page.cadre_table.selectRow(names(page).index("李秀英"))
    opened: list[object] = []

    def rename(dialog: CadreDialog) -> int:
        open_dialog(qtbot, dialog)
        opened.append(dialog.cadre_id)
        dialog.name_edit.clear()
        type_text(dialog.name_edit, "李秀兰")
        click_ok(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(CadreDialog, "exec", rename)
    page.cadre_table.setFocus()
    qtbot.keyClick(page.cadre_table, Qt.Key.Key_Return)
    assert opened == [sample.cadre2]
    assert services.cadres.get(sample.cadre2).name == "李秀兰"
    assert "李秀兰" in names(page)

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_cadre_button, Qt.MouseButton.LeftButton)
    assert names(page) == ["张建国"]
    assert [r.id for r in services.cadres.search()] == [sample.cadre]
