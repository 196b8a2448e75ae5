"""The unit dialog and the unit tree, acting like a user."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Sample
from tests.helpers import type_text
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.services.app import Services
from zeren_desktop.ui.dialogs.unit_dialog import UNIT_KINDS, UnitDialog
from zeren_desktop.ui.pages.units_cadres import UnitsCadresPage


def open_dialog(qtbot: QtBot, dialog: UnitDialog) -> UnitDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    return dialog


def click_ok(qtbot: QtBot, dialog: QDialog, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_unit_typing_chinese(qtbot: QtBot, services: Services, sample: Sample) -> None:
    dialog = open_dialog(qtbot, UnitDialog(services, parent_id=sample.town))
    assert dialog.windowTitle() == "新增单位"
    type_text(dialog.name_edit, "西街社区居民委员会")
    type_text(dialog.short_name_edit, "西街社区")
    dialog.kind_combo.setCurrentIndex(UNIT_KINDS.index(UnitKind.VILLAGE))
    type_text(dialog.notes_edit, "2023年由西街村改设")
    click_ok(qtbot, dialog, dialog.ok_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    added = [u for u in services.units.list_all() if u.name == "西街社区居民委员会"]
    assert len(added) == 1
    unit = added[0]
    assert unit.id == dialog.saved_id
    assert (unit.short_name, unit.kind, unit.parent_id) == ("西街社区", UnitKind.VILLAGE,
                                                            sample.town)
    assert unit.notes == "2023年由西街村改设"


def test_parent_combo_excludes_the_unit_and_its_descendants(
        qtbot: QtBot, services: Services, sample: Sample) -> None:
    dialog = open_dialog(qtbot, UnitDialog(services, unit_id=sample.town))
    assert sample.town not in dialog.parent_ids
    assert sample.village not in dialog.parent_ids
    assert dialog.parent_ids[0] is None
    assert dialog.parent_combo.itemText(0) == "（顶级单位）"
    assert {sample.county, sample.other_town} <= set(dialog.parent_ids)
    assert dialog.parent_ids[dialog.parent_combo.currentIndex()] == sample.county


def test_edit_unit(qtbot: QtBot, services: Services, sample: Sample) -> None:
    dialog = open_dialog(qtbot, UnitDialog(services, unit_id=sample.village))
    assert dialog.name_edit.text() == "东门社区"
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "东门社区居委会")
    dialog.parent_combo.setCurrentIndex(dialog.parent_ids.index(sample.other_town))
    click_ok(qtbot, dialog, dialog.ok_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    unit = services.units.get(sample.village)
    assert unit.name == "东门社区居委会"
    assert unit.parent_id == sample.other_town


@pytest.mark.parametrize(("field", "text", "reason"), [
    ("name", "", "必填"),
    ("credit_code", "12345", "统一社会信用代码"),
])
def test_invalid_unit_writes_nothing_and_says_why(
        qtbot: QtBot, services: Services, sample: Sample,
        field: str, text: str, reason: str) -> None:
    before = services.units.list_all()
    dialog = open_dialog(qtbot, UnitDialog(services, parent_id=sample.county))
    if field != "name":
        type_text(dialog.name_edit, "新单位")
    if text:
        type_text(dialog.credit_code_edit, text)
    click_ok(qtbot, dialog, dialog.ok_button)

    assert dialog.isVisible(), "the dialog must stay open"
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert reason in dialog.error_label.text()
    assert services.units.list_all() == before


def make_page(qtbot: QtBot, services: Services) -> UnitsCadresPage:
    page = UnitsCadresPage(services)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page)
    return page


def test_tree_shows_units_by_parent(qtbot: QtBot, services: Services, sample: Sample) -> None:
    page = make_page(qtbot, services)
    model = page.unit_model
    assert model.rowCount() == 1
    county = model.item(0, 0)
    assert county.text() == "青山县"
    assert model.item(0, 1).text() == "县"
    assert sorted(county.child(r, 0).text() for r in range(county.rowCount())) == sorted(
        ["城关镇", "河口镇"])
    assert page.unit_tree.isExpanded(county.index())


def test_add_sub_unit_from_page(qtbot: QtBot, services: Services, sample: Sample,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, services)
    page.select_unit(sample.other_town)

    def fill_and_ok(dialog: UnitDialog) -> int:
        open_dialog(qtbot, dialog)
        assert dialog.parent_ids[dialog.parent_combo.currentIndex()] == sample.other_town
        type_text(dialog.name_edit, "河口村")
        dialog.kind_combo.setCurrentIndex(UNIT_KINDS.index(UnitKind.VILLAGE))
        click_ok(qtbot, dialog, dialog.ok_button)
        return dialog.result()

    monkeypatch.setattr(UnitDialog, "exec", fill_and_ok)
    qtbot.mouseClick(page.add_sub_unit_button, Qt.MouseButton.LeftButton)
    village = [u for u in services.units.list_all() if u.name == "河口村"]
    assert len(village) == 1 and village[0].parent_id == sample.other_town
    assert page.selected_unit_id() == village[0].id


def test_delete_unit_after_confirmation(qtbot: QtBot, services: Services, sample: Sample,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, services)
    page.select_unit(sample.village)
    asked: list[str] = []

    def yes(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(page.delete_unit_button, Qt.MouseButton.LeftButton)
    assert asked and "东门社区" in asked[0]
    assert sample.village not in {u.id for u in services.units.list_all()}
    assert sample.village not in page._items


def test_delete_refused_when_answered_no(qtbot: QtBot, services: Services, sample: Sample,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, services)
    page.select_unit(sample.village)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.delete_unit_button, Qt.MouseButton.LeftButton)
    assert sample.village in {u.id for u in services.units.list_all()}


def test_delete_of_referenced_unit_is_refused_with_reason(
        qtbot: QtBot, services: Services, sample: Sample,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, services)
    page.select_unit(sample.town)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *args: warnings.append(args[2]) or QMessageBox.StandardButton.Ok)
    # Del on the tree does what the button does.
    page.unit_tree.setFocus()
    qtbot.keyClick(page.unit_tree, Qt.Key.Key_Delete)

    assert len(warnings) == 1
    text = warnings[0]
    assert "城关镇" in text
    # The reason: a post (职务) still refers to the unit.
    assert "职务" in text
    assert sample.town in {u.id for u in services.units.list_all()}
    assert sample.town in page._items
