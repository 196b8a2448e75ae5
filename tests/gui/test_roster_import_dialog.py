"""The unit-list and cadre-roster import dialog on the units & cadres page, acting like a
user: choose or drop a file, read the preview, import; a bad row blocks the import."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
)
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Sample, mnemonics, resident_id
from zeren_desktop.services.app import Services
from zeren_desktop.services.roster_import import CADRE_TEMPLATE_HEADERS, CADRES, RowStatus
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.pages.roster_import_dialog import RosterImportDialog
from zeren_desktop.ui.pages.units_cadres import UnitsCadresPage
from zeren_desktop.ui.worker import wait_for_workers

GOOD_ID = resident_id("19750312", seq="013")
BAD_ID = GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1")
HEADER = "姓名,性别,出生年月,身份证号,政治面貌,单位,职务,职级,任职时间,手机\n"


def roster(path: Path, id_number: str) -> Path:
    path.write_text(
        HEADER
        + f"魏明,,1975.03,{id_number},中共党员,城关镇,党委副书记,副科级,2023.06,13800000001\n"
        + "欧阳晓燕,女,1990.10,,群众,东门社区,党支部书记,,2021.01,\n"
        + "张建国,,,,,城关镇,党委书记,,,\n",
        encoding="gb18030")
    return path


@pytest.fixture
def page(qtbot: QtBot, services: Services, sample: Sample) -> UnitsCadresPage:
    made = UnitsCadresPage(services)
    qtbot.addWidget(made)
    made.resize(1100, 700)
    made.show()
    return made


def open_dialog(qtbot: QtBot, page: UnitsCadresPage, button_name: str) -> RosterImportDialog:
    qtbot.mouseClick(getattr(page, button_name), Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def choose(qtbot: QtBot, dialog: RosterImportDialog, path: Path,
           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview is not None,
                    timeout=10_000)


def table_rows(dialog: RosterImportDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_bad_row_is_shown_and_blocks_the_import(qtbot: QtBot, services: Services,
                                                  page: UnitsCadresPage, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before = services.cadres.count()
    dialog = open_dialog(qtbot, page, "import_cadres_button")
    assert dialog.windowTitle()
    choose(qtbot, dialog, roster(tmp_path / "名册.csv", BAD_ID), monkeypatch)
    rows = table_rows(dialog)
    assert [row[0] for row in rows] == ["2", "3", "4"]
    statuses = [dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(3)]
    assert statuses == [RowStatus.ERROR.value, RowStatus.NEW.value, RowStatus.UNCHANGED.value]
    assert rows[0][2].startswith("身份证号") and "校验码" in rows[0][2]
    assert dialog.table.item(0, 1).foreground().color().name() == "#c00000"
    assert not dialog.import_button.isEnabled()
    assert "1" in dialog.counts_label.text()
    dialog.grab().save("/tmp/roster_import_dialog_error.png")
    # only the bad row, on request
    dialog.only_errors_box.setChecked(True)
    assert [dialog.table.isRowHidden(r) for r in range(3)] == [False, True, True]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: page.import_dialog is None)
    wait_for_workers()
    assert services.cadres.count() == before


def test_a_good_roster_imports_and_the_page_lists_the_new_cadres(
        qtbot: QtBot, services: Services, page: UnitsCadresPage, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, page, "import_cadres_button")
    dialog.resize(1200, 520)
    choose(qtbot, dialog, roster(tmp_path / "名册.csv", GOOD_ID), monkeypatch)
    assert dialog.import_button.isEnabled()
    dialog.grab().save("/tmp/roster_import_dialog.png")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is None, timeout=10_000)
    names = [row.name for row in page.cadre_model.rows()]
    assert {"魏明", "欧阳晓燕", "张建国"} <= set(names)
    assert "2" in page.print_status.text()
    found = services.cadres.search("oyxy")
    assert [row.name for row in found] == ["欧阳晓燕"]
    assert found[0].unit_name == "东门社区"


def test_a_unit_list_dropped_on_the_dialog_imports_into_the_tree(
        qtbot: QtBot, services: Services, page: UnitsCadresPage, tmp_path: Path) -> None:
    source = tmp_path / "单位.csv"
    source.write_text("单位名称,单位类型,上级单位\n城关镇,,\n西街社区,村(社区),城关镇\n"
                      "西街社区第一网格,其他,西街社区\n", encoding="utf-8-sig")
    dialog = open_dialog(qtbot, page, "import_units_button")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, drop)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview is not None,
                    timeout=10_000)
    assert dialog.file_edit.text() == str(source)
    preview = dialog.preview
    assert preview is not None
    assert (preview.unchanged, preview.new, preview.errors) == (1, 2, 0)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is None, timeout=10_000)
    town = next(u for u in page._units.values() if u.name == "城关镇")
    street = next(u for u in page._units.values() if u.name == "西街社区")
    grid = next(u for u in page._units.values() if u.name == "西街社区第一网格")
    assert street.parent_id == town.id and grid.parent_id == street.id
    assert street.id in page._items


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize(("button_name", "header"), [
    ("import_units_button", ["单位名称", "单位类型", "上级单位"]),
    ("import_cadres_button", HEADER.strip().split(","))])
def test_a_file_with_only_the_header_row_says_so(
        qtbot: QtBot, page: UnitsCadresPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        suffix: str, button_name: str, header: list[str]) -> None:
    source = tmp_path / f"只有表头{suffix}"
    if suffix == ".xlsx":
        workbook = openpyxl.Workbook()
        workbook.active.append(header)
        workbook.save(source)
    else:
        source.write_text(",".join(header) + "\n", encoding="gb18030")
    dialog = open_dialog(qtbot, page, button_name)
    choose(qtbot, dialog, source, monkeypatch)
    assert dialog.table.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    # not "every row is already recorded": there is no row
    assert dialog.summary_label.text() == QCoreApplication.translate(
        "RosterImportDialog",
        "The file has no data rows, only the header row: there is nothing to import.")
    dialog.reject()


def test_a_text_file_is_not_taken_by_drag_and_drop(qtbot: QtBot, page: UnitsCadresPage,
                                                   tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, page, "import_units_button")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "说明.docx"))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, enter)
    assert not enter.isAccepted()
    dialog.reject()


def test_the_blank_template_is_saved(qtbot: QtBot, page: UnitsCadresPage, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "干部名册模板"   # no suffix: the dialog adds .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog = open_dialog(qtbot, page, "import_cadres_button")
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    workbook = openpyxl.load_workbook(tmp_path / "干部名册模板.xlsx")
    header = [cell.value for cell in next(workbook.active.iter_rows(max_row=1))]
    assert tuple(header) == CADRE_TEMPLATE_HEADERS
    dialog.reject()


def test_read_only_roles_have_no_import_buttons(qtbot: QtBot, services: Services,
                                                sample: Sample) -> None:
    from tests.gui.conftest import sign_in_as

    sign_in_as(services, "leader")
    made = UnitsCadresPage(services)
    qtbot.addWidget(made)
    made.show()
    assert not made.import_units_button.isVisible()
    assert not made.import_cadres_button.isVisible()
    assert made.import_roster("cadres") is None


def test_the_import_buttons_make_the_page_no_wider(qtbot: QtBot, services: Services,
                                                  sample: Sample) -> None:
    """They sit under the unit tree: the page fits the main window as before."""
    widths = []
    for hidden in (False, True):
        made = UnitsCadresPage(services)
        qtbot.addWidget(made)
        made.import_units_button.setHidden(hidden)
        made.import_cadres_button.setHidden(hidden)
        made.resize(1100, 400)
        made.show()
        QApplication.processEvents()
        widths.append(made.minimumSizeHint().width())
        if not hidden:
            assert made.import_units_button.isVisible()
            made.grab().save("/tmp/roster_import_page.png")
    assert widths[0] == widths[1]


def test_the_import_buttons_have_mnemonics_of_their_own(
        qtbot: QtBot, services: Services, sample: Sample) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_area_key("units")
    page = window.page("units")
    assert isinstance(page, UnitsCadresPage)
    assert page.import_units_button.isVisible() and page.import_cadres_button.isVisible()
    shown = mnemonics(window)
    for button in (page.import_units_button, page.import_cadres_button):
        letters = re.findall(r"&(\w)", button.text())
        assert len(letters) == 1, button.text()
        assert shown.count(letters[0].upper()) == 1, (button.text(), shown)
    # Alt and the letter opens the dialog
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    letter = re.findall(r"&(\w)", page.import_cadres_button.text())[0].upper()
    QTest.keyClick(page.cadre_table, getattr(Qt.Key, f"Key_{letter}"),
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    assert dialog is not None and dialog.kind == CADRES
    dialog.reject()
