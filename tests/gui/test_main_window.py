"""The main window: navigation, placeholders, shortcuts, status bar, settings."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Sample, sign_in_as
from zeren_desktop.paths import config_dir
from zeren_desktop.services.app import Services
from zeren_desktop.ui.app import apply_language
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.pages.placeholder import PlaceholderPage
from zeren_desktop.ui.settings import UiSettings, load_settings, save_settings


def make_window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def test_every_area_opens(qtbot: QtBot, services: Services, sample: Sample) -> None:
    window = make_window(qtbot, services)
    assert window.current_area() == "home"  # the dashboard first
    assert window.nav.count() == 14
    expected = ["工作台", "单位与干部", "履责纪实台账", "会议记录", "责任清单", "监督检查",
                "问题线索", "问责案件", "谈话与廉政档案", "量化考核", "统计", "文书",
                "备份与恢复", "设置"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == expected
    for row, key in enumerate(window.area_keys()):
        window.nav.setCurrentRow(row)
        assert window.current_area() == key
        page = window.stack.currentWidget()
        assert page is window.pages[key]
        if isinstance(page, PlaceholderPage):
            assert "本版本尚未提供此功能" in page.text_label.text()
            assert len(page.text_label.text()) > 20
    placeholders = [k for k, p in window.pages.items() if isinstance(p, PlaceholderPage)]
    assert placeholders == []   # every area is built


def test_ctrl_number_switches_areas(qtbot: QtBot, services: Services) -> None:
    window = make_window(qtbot, services)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "units"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "meetings"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "inspections"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "integrity"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "home"


def test_title_and_status_bar(qtbot: QtBot, services: Services, sample: Sample) -> None:
    sign_in_as(services, "admin")
    services.rename_office("青山县纪委监委")
    sign_in_as(services, "clerk")
    window = make_window(qtbot, services)
    assert window.windowTitle() == "责任台账 — 青山县纪委监委 — clerk"
    assert services.location in window.location_label.text()
    assert window.counts_label.text() == "单位：4　干部：2"
    assert "clerk" in window.user_label.text()


def test_settings_page_renames_office_and_saves_language(
        qtbot: QtBot, services: Services) -> None:
    sign_in_as(services, "admin")
    window = make_window(qtbot, services)
    window.show_area(window.area_keys().index("settings"))
    page = window.settings_page
    assert services.location in page.location_label.text()
    page.office_edit.setText("河口镇纪委")
    qtbot.mouseClick(page.office_save_button, Qt.MouseButton.LeftButton)
    assert services.office_name() == "河口镇纪委"
    assert window.windowTitle() == "责任台账 — 河口镇纪委 — admin"

    page.language_combo.setCurrentIndex(1)  # English
    data = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
    assert data["language"] == "en"
    assert "重启" in page.language_note.text()
    page.language_combo.setCurrentIndex(0)
    assert load_settings().language == "zh_CN"


def test_language_setting_chooses_interface_language(qtbot: QtBot, services: Services) -> None:
    try:
        save_settings(UiSettings(language="en"))
        assert apply_language() == "en"
        window = make_window(qtbot, services)
        assert window.nav.item(1).text() == "Units & cadres"
        assert window.menuBar().actions()[0].text() == "&File"

        save_settings(UiSettings(language="zh_CN"))
        assert apply_language() == "zh_CN"
        window = make_window(qtbot, services)
        assert window.nav.item(1).text() == "单位与干部"
        assert window.menuBar().actions()[0].text().startswith("文件")
        # --lang wins over the saved setting for this run.
        assert apply_language("en") == "en"
    finally:
        save_settings(UiSettings())


def test_damaged_settings_file_gives_defaults() -> None:
    path = config_dir() / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_settings().language == "zh_CN"
    save_settings(UiSettings(language="en"))
    assert load_settings().language == "en"
    save_settings(UiSettings())


def test_only_the_administrator_renames_the_office(qtbot: QtBot, services: Services) -> None:
    window = make_window(qtbot, services)  # the clerk
    page = window.settings_page
    assert page.office_edit.isReadOnly()
    assert not page.office_save_button.isVisible()
    # Language is everybody's choice.
    assert page.language_combo.isEnabled()


# A township's 1366×768 screen less the taskbar, at 100% and at 125% scaling (in the
# logical pixels Qt lays out in), and what a window's title bar and borders take of it.
SCREEN_100 = (1366, 728)
SCREEN_125 = (1093, 582)
TITLE_BAR = 40
BORDERS = 16


def test_the_window_fits_a_1366_by_768_screen_on_every_page(
        qtbot: QtBot, services: Services, sample: Sample) -> None:
    window = make_window(qtbot, services)
    for key in window.area_keys():
        window.show_area_key(key)
        assert window.current_area() == key
    # Every page is built: the window cannot be made smaller than the largest of them.
    assert not any(isinstance(p, PlaceholderPage) for p in window.pages.values())
    for size in (window.minimumSizeHint(), window.minimumSize()):
        assert size.width() <= SCREEN_100[0] - BORDERS
        assert size.height() <= SCREEN_100[1] - TITLE_BAR
        assert size.height() <= SCREEN_125[1] - TITLE_BAR   # the dashboard's cards scroll
    # At 125% the cases page (its filters, its table beside the stage strip and actions)
    # still fits beside the navigation.
    room = SCREEN_125[0] - BORDERS - window.nav.width() - 4
    for key in ("home", "cases", "meetings"):
        page = window.pages[key]
        assert page.minimumSizeHint().width() <= room, key
