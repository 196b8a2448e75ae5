"""The main window follows the signed-in user's role."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Sample, sign_in_as
from zeren_desktop.services.app import Services
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.pages.guard import GuardedPage

RECORD_AREAS = ["ledger", "meetings", "lists", "inspections", "clues", "cases", "integrity",
                "assessment", "statistics", "documents"]


def make_window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    return window


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_clerk_edits_units(qtbot: QtBot, services: Services, sample: Sample) -> None:
    window = make_window(qtbot, services)
    assert window.area_keys() == ["home", "units", *RECORD_AREAS, "backups", "settings"]
    assert window.current_area() == "home"
    window.show_area_key("units")
    page = window.units_page
    assert page is not None and page.editable
    assert page.add_top_unit_button.isVisible()
    assert page.add_cadre_button.isVisible()
    assert window.accounts_page is None and window.audit_page is None


@pytest.mark.parametrize("username", ["admin", "leader"])
def test_units_are_read_only_without_edit_permission(
        qtbot: QtBot, services: Services, sample: Sample, username: str) -> None:
    sign_in_as(services, username)
    window = make_window(qtbot, services)
    window.show_area_key("units")
    page = window.units_page
    assert page is not None and not page.editable
    assert page.unit_model.rowCount() == 1  # sees the units
    for button in (page.add_top_unit_button, page.add_sub_unit_button,
                   page.edit_unit_button, page.delete_unit_button, page.add_cadre_button,
                   page.edit_cadre_button, page.delete_cadre_button):
        assert not button.isVisible()
    page.select_unit(sample.town)
    page.add_unit(top_level=False)  # a shortcut or a stray call does nothing
    page.delete_unit()
    assert sample.town in {u.id for u in services.units.list_all()}


def test_administrator_gets_accounts(qtbot: QtBot, services: Services, sample: Sample) -> None:
    sign_in_as(services, "admin")
    window = make_window(qtbot, services)
    assert window.area_keys() == ["units", "accounts", "backups", "settings"]
    assert nav_texts(window) == ["单位与干部", "账户", "备份与恢复", "设置"]
    assert window.current_area() == "units"  # no dashboard without the records
    assert window.accounts_page is not None and window.accounts_page.model.rowCount() == 5
    assert "admin" in window.windowTitle()


def test_leader_sees_records_but_not_accounts(qtbot: QtBot, services: Services) -> None:
    sign_in_as(services, "leader")
    window = make_window(qtbot, services)
    assert window.area_keys() == ["home", "units", *RECORD_AREAS, "backups", "settings"]


def test_auditor_sees_only_the_audit_trail_and_settings(
        qtbot: QtBot, services: Services, sample: Sample) -> None:
    sign_in_as(services, "auditor")
    window = make_window(qtbot, services)
    assert window.area_keys() == ["audit", "settings"]
    assert nav_texts(window) == ["审计日志", "设置"]
    assert window.current_area() == "audit"
    assert window.counts_label.text() == ""  # no record counts either


def test_nobody_signed_in_every_page_asks_to_sign_in(
        qtbot: QtBot, open_services: Services) -> None:
    window = make_window(qtbot, open_services)
    assert "accounts" in window.area_keys() and "audit" in window.area_keys()
    guarded = [p for p in window.pages.values() if isinstance(p, GuardedPage)]
    assert {"home", "lists", "inspections", "accounts", "audit", "backups"} <= {
        k for k, p in window.pages.items() if isinstance(p, GuardedPage)}
    for page in guarded:
        assert page.refused
        assert page.notice_label.text() == "请先登录后查看此页面。"
    for row in range(len(window.areas)):
        window.show_area(row)
        assert window.stack.currentIndex() == row
    assert not window.lock_action.isEnabled()
    assert window.user_label.text() == "未登录"
