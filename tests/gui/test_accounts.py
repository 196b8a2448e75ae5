"""The administrator's accounts page and account dialog, acting like a user."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import TEST_PASSWORD, Sample, sign_in_as
from tests.helpers import type_text
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import SignInError, UserInfo
from zeren_desktop.ui.dialogs.password_dialogs import ResetPasswordDialog
from zeren_desktop.ui.dialogs.user_dialog import UserDialog
from zeren_desktop.ui.pages.accounts_page import AccountsPage


@pytest.fixture
def admin(services: Services, sample: Sample) -> Services:
    return sign_in_as(services, "admin")


def show(qtbot: QtBot, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.show()
    assert QTest.qWaitForWindowExposed(widget)
    return widget


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its indicator (the centre of a wide box is empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def user(services: Services, name: str) -> UserInfo:
    return next(u for u in services.auth.list_users() if u.username == name)


def cell(page: AccountsPage, username: str, column: int) -> str:
    for row in range(page.model.rowCount()):
        if page.model.index(row, 0).data() == username:
            return str(page.model.index(row, column).data())
    raise AssertionError(f"{username} is not in the table")


def test_page_lists_accounts_with_translated_roles(qtbot: QtBot, admin: Services) -> None:
    page = show(qtbot, AccountsPage(admin))
    assert page.model.rowCount() == 5
    assert cell(page, "leader", 2) == "领导（审批人）"
    assert cell(page, "clerk", 2) == "录入员"
    assert cell(page, "clerk", 3) == "县级"
    assert cell(page, "clerk", 4) == "正常"
    assert cell(page, "admin", 5) != ""  # the admin has signed in
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "数据范围"


def test_add_user_from_page(qtbot: QtBot, admin: Services, sample: Sample,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    page = show(qtbot, AccountsPage(admin))

    def fill(dialog: UserDialog) -> int:
        show(qtbot, dialog)
        assert dialog.windowTitle() == "新增账户"
        assert dialog.scope_combo.itemText(0) == "县级（全部记录）"
        assert [dialog.scope_combo.itemText(i) for i in range(1, dialog.scope_combo.count())
                ] == ["城关镇", "河口镇"]
        type_text(dialog.username_edit, "zhangsan")
        type_text(dialog.display_name_edit, "张三")
        tick(qtbot, dialog.role_boxes[AccountRole.CLERK])
        dialog.scope_combo.setCurrentIndex(dialog.scope_ids.index(sample.town))
        type_text(dialog.password_edit, "Zhang-2026x")
        type_text(dialog.repeat_edit, "Zhang-2026x")
        click(qtbot, dialog.ok_button)
        return dialog.result()

    monkeypatch.setattr(UserDialog, "exec", fill)
    click(qtbot, page.add_button)
    added = user(admin, "zhangsan")
    assert (added.display_name, added.roles, added.scope_unit_id) == (
        "张三", frozenset({AccountRole.CLERK}), sample.town)
    assert page.model.rowCount() == 6
    assert page.selected_id() == added.id
    assert cell(page, "zhangsan", 3) == "城关镇"
    # The new account signs in and is limited to its township.
    admin.auth.sign_out()
    actor = admin.auth.sign_in("zhangsan", "Zhang-2026x")
    assert actor.scope_unit_id == sample.town


def test_separation_of_duties_is_refused_and_nothing_written(
        qtbot: QtBot, admin: Services) -> None:
    before = admin.auth.list_users()
    dialog = show(qtbot, UserDialog(admin))
    type_text(dialog.username_edit, "lisi")
    tick(qtbot, dialog.role_boxes[AccountRole.ADMINISTRATOR])
    tick(qtbot, dialog.role_boxes[AccountRole.AUDITOR])
    type_text(dialog.password_edit, "Lisi-2026xx")
    type_text(dialog.repeat_edit, "Lisi-2026xx")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "三权分立" in dialog.error_label.text(), dialog.error_label.text()
    assert admin.auth.list_users() == before


def test_weak_password_and_mismatch_are_refused(qtbot: QtBot, admin: Services) -> None:
    before = admin.auth.list_users()
    dialog = show(qtbot, UserDialog(admin))
    type_text(dialog.username_edit, "wangwu")
    tick(qtbot, dialog.role_boxes[AccountRole.REVIEWER])
    type_text(dialog.password_edit, "wangwu")
    type_text(dialog.repeat_edit, "wangwu")
    click(qtbot, dialog.ok_button)
    assert "8 个字符" in dialog.error_label.text()
    dialog.password_edit.clear()
    type_text(dialog.password_edit, "Wang-2026xx")
    click(qtbot, dialog.ok_button)
    assert "不一致" in dialog.error_label.text()
    assert admin.auth.list_users() == before


def test_edit_user_disables_the_account(qtbot: QtBot, admin: Services) -> None:
    reviewer = user(admin, "reviewer")
    dialog = show(qtbot, UserDialog(admin, reviewer))
    assert dialog.windowTitle() == "编辑账户"
    assert dialog.role_boxes[AccountRole.REVIEWER].isChecked()
    tick(qtbot, dialog.active_box)
    click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not user(admin, "reviewer").is_active
    page = show(qtbot, AccountsPage(admin))
    assert cell(page, "reviewer", 4) == "已停用"


def test_unlock_clears_the_lock(qtbot: QtBot, admin: Services) -> None:
    admin.auth.sign_out()
    for _ in range(5):
        with pytest.raises(SignInError):
            admin.auth.sign_in("leader", "Wrong-Pass-1")
    sign_in_as(admin, "admin")
    page = show(qtbot, AccountsPage(admin))
    assert cell(page, "leader", 4).startswith("锁定至")
    page.select_user("leader")
    assert page.unlock_button.isEnabled()
    click(qtbot, page.unlock_button)
    assert user(admin, "leader").locked_until is None
    assert cell(page, "leader", 4) == "正常"
    admin.auth.sign_out()
    assert admin.auth.sign_in("leader", TEST_PASSWORD).username == "leader"


def test_reset_password(qtbot: QtBot, admin: Services) -> None:
    dialog = show(qtbot, ResetPasswordDialog(admin, user(admin, "clerk")))
    type_text(dialog.new_edit, "Fresh-Pass-2027")
    type_text(dialog.repeat_edit, "Fresh-Pass-2027")
    click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    admin.auth.sign_out()
    assert admin.auth.sign_in("clerk", "Fresh-Pass-2027").username == "clerk"


def test_an_account_is_linked_to_its_cadre_by_initials(
        qtbot: QtBot, admin: Services, sample: Sample) -> None:
    """The account's holder is picked from the roster (zjg: 张建国); the name follows the
    cadre when empty, the link is kept and shown again, and a text that names no cadre is
    refused with nothing written."""
    reviewer = user(admin, "reviewer")
    assert reviewer.cadre_id is None
    dialog = show(qtbot, UserDialog(admin, reviewer))
    dialog.display_name_edit.clear()
    line = dialog.cadre_picker.line_edit()
    line.setFocus()
    QTest.keyClicks(line, "zjg")
    qtbot.waitUntil(lambda: dialog.cadre_picker.pick.popup_visible())
    qtbot.keyClick(dialog.cadre_picker.pick.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.cadre_picker.pick.completer.popup(), Qt.Key.Key_Return)
    assert dialog.cadre_picker.cadre_id() == sample.cadre
    assert dialog.display_name_edit.text() == "张建国"
    click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    linked = user(admin, "reviewer")
    assert (linked.cadre_id, linked.cadre_name, linked.display_name) == (
        sample.cadre, "张建国", "张建国")

    again = show(qtbot, UserDialog(admin, linked))
    assert again.cadre_picker.cadre_id() == sample.cadre
    again.cadre_picker.line_edit().clear()
    type_text(again.cadre_picker.line_edit(), "没有这个人")
    click(qtbot, again.ok_button)
    assert again.isVisible() and again.result() != QDialog.DialogCode.Accepted
    assert again.error_label.text()
    assert user(admin, "reviewer").cadre_id == sample.cadre
    # Emptied: the link goes.
    again.cadre_picker.line_edit().clear()
    click(qtbot, again.ok_button)
    assert again.result() == QDialog.DialogCode.Accepted
    assert user(admin, "reviewer").cadre_id is None
