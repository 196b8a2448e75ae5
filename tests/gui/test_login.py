"""Signing in: the login dialog, the first administrator, the lock screen, passwords."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.conftest import TEST_PASSWORD, sign_in_as
from tests.helpers import type_text
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services.app import Services
from zeren_desktop.ui.dialogs.password_dialogs import ChangePasswordDialog
from zeren_desktop.ui.login import FirstAdministratorDialog, LockDialog, LoginDialog
from zeren_desktop.ui.main_window import MainWindow


def show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    return dialog


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def fill_login(qtbot: QtBot, dialog: LoginDialog, user: str, password: str) -> None:
    dialog.username_edit.clear()
    type_text(dialog.username_edit, user)
    dialog.password_edit.clear()
    type_text(dialog.password_edit, password)
    click(qtbot, dialog.sign_in_button)


def test_login_success(qtbot: QtBot, open_services: Services) -> None:
    dialog = LoginDialog(open_services)
    show(qtbot, dialog)
    assert dialog.windowTitle() == "登录 — 责任台账"
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    fill_login(qtbot, dialog, "clerk", TEST_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert open_services.actor is not None and open_services.actor.username == "clerk"
    assert dialog.actor == open_services.actor


def test_wrong_password_shows_the_reason_and_stays(qtbot: QtBot,
                                                   open_services: Services) -> None:
    dialog = LoginDialog(open_services)
    show(qtbot, dialog)
    fill_login(qtbot, dialog, "clerk", "Wrong-Pass-1")
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "用户名或密码错误。"
    assert dialog.password_edit.text() == ""
    assert open_services.actor is None
    # An unknown user gets exactly the same message.
    fill_login(qtbot, dialog, "nobody", "Wrong-Pass-1")
    assert dialog.error_label.text() == "用户名或密码错误。"
    # Then the right password still works.
    fill_login(qtbot, dialog, "clerk", TEST_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_five_wrong_passwords_lock_the_account(qtbot: QtBot, open_services: Services) -> None:
    dialog = LoginDialog(open_services)
    show(qtbot, dialog)
    for _ in range(5):
        fill_login(qtbot, dialog, "reviewer", "Wrong-Pass-1")
    fill_login(qtbot, dialog, "reviewer", TEST_PASSWORD)
    assert dialog.isVisible()
    assert open_services.actor is None
    text = dialog.error_label.text()
    assert "锁定" in text and "管理员" in text, text


def test_login_dialog_quit(qtbot: QtBot, open_services: Services) -> None:
    dialog = LoginDialog(open_services)
    show(qtbot, dialog)
    click(qtbot, dialog.quit_button)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert open_services.actor is None


@pytest.fixture
def empty_services(tmp_path: Path) -> Services:
    services = Services.open(tmp_path / "new.sqlite")
    yield services  # type: ignore[misc]
    services.close()


def test_first_administrator_is_created_and_signed_in(qtbot: QtBot,
                                                      empty_services: Services) -> None:
    services = empty_services
    assert not services.auth.has_accounts()
    dialog = FirstAdministratorDialog(services)
    show(qtbot, dialog)
    assert dialog.username_edit.text() == "admin"
    assert "8" in dialog.rules_label.text()
    type_text(dialog.display_name_edit, "王管理")
    type_text(dialog.password_edit, "Guanli-2026")
    type_text(dialog.repeat_edit, "Guanli-2026")
    click(qtbot, dialog.create_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.actor is not None and services.actor.username == "admin"
    users = services.auth.list_users()
    assert [(u.username, u.display_name, u.roles) for u in users] == [
        ("admin", "王管理", frozenset({AccountRole.ADMINISTRATOR}))]


@pytest.mark.parametrize(("password", "repeat", "reason"), [
    ("short1A", "short1A", "至少需要 8 个字符"),
    ("alllowercase", "alllowercase", "至少包含以下四类中的三类"),
    ("Guanli-2026", "Guanli-2027", "两次输入的新密码不一致"),
])
def test_first_administrator_refuses_bad_password_and_writes_nothing(
        qtbot: QtBot, empty_services: Services, password: str, repeat: str,
        reason: str) -> None:
    services = empty_services
    dialog = FirstAdministratorDialog(services)
    show(qtbot, dialog)
    type_text(dialog.password_edit, password)
    type_text(dialog.repeat_edit, repeat)
    click(qtbot, dialog.create_button)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert reason in dialog.error_label.text(), dialog.error_label.text()
    assert not services.auth.has_accounts()
    assert services.actor is None


def make_window(qtbot: QtBot, services: Services, idle_ms: int) -> MainWindow:
    window = MainWindow(services, idle_lock_ms=idle_ms)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    return window


def test_idle_lock_then_unlock_with_the_right_password(qtbot: QtBot,
                                                       services: Services) -> None:
    window = make_window(qtbot, services, idle_ms=200)
    assert not window.locked
    qtbot.waitUntil(lambda: window.lock_dialog is not None, timeout=3000)
    dialog = window.lock_dialog
    assert dialog is not None
    assert window.locked
    assert window.screen_stack.currentWidget() is window.cover
    assert dialog.isModal()
    assert "clerk" in dialog.text_label.text()

    # Escape does not unlock.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and window.locked

    type_text(dialog.password_edit, "Wrong-Pass-1")
    click(qtbot, dialog.unlock_button)
    assert dialog.isVisible() and window.locked
    assert "密码错误" in dialog.error_label.text()

    type_text(dialog.password_edit, TEST_PASSWORD)
    click(qtbot, dialog.unlock_button)
    assert not window.locked
    assert window.lock_dialog is None
    assert window.screen_stack.currentIndex() == 0
    assert services.actor is not None and services.actor.username == "clerk"
    # The clock runs again: the window locks again after the interval.
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_input_postpones_the_idle_lock(qtbot: QtBot, services: Services) -> None:
    # Input that costs nothing (Shift), spaced well under the interval, over a span
    # well beyond it: a loaded CI machine must not turn one slow page load into idleness.
    window = make_window(qtbot, services, idle_ms=1500)
    for _ in range(8):
        QTest.qWait(300)
        qtbot.keyClick(window.nav, Qt.Key.Key_Shift)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_ctrl_l_locks_and_another_user_can_sign_in(qtbot: QtBot, services: Services) -> None:
    window = make_window(qtbot, services, idle_ms=600_000)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and window.lock_dialog is not None
    with qtbot.waitSignal(window.sign_out_requested, timeout=1000):
        click(qtbot, window.lock_dialog.switch_button)


def test_lock_dialog_wrong_passwords_count_toward_lockout(qtbot: QtBot,
                                                          services: Services) -> None:
    dialog = LockDialog(services)
    show(qtbot, dialog)
    for _ in range(5):
        type_text(dialog.password_edit, "Wrong-Pass-1")
        click(qtbot, dialog.unlock_button)
    # Locked now: even the right password does not unlock.
    type_text(dialog.password_edit, TEST_PASSWORD)
    click(qtbot, dialog.unlock_button)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    sign_in_as(services, "admin")
    clerk = next(u for u in services.auth.list_users() if u.username == "clerk")
    assert clerk.locked_until is not None


def test_change_own_password(qtbot: QtBot, services: Services) -> None:
    dialog = ChangePasswordDialog(services)
    show(qtbot, dialog)
    type_text(dialog.old_edit, "Wrong-Pass-1")
    type_text(dialog.new_edit, "Neues-Pass-2027")
    type_text(dialog.repeat_edit, "Neues-Pass-2027")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert "当前密码错误" in dialog.error_label.text()

    dialog.old_edit.clear()
    type_text(dialog.old_edit, TEST_PASSWORD)
    click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    services.auth.sign_out()
    services.auth.sign_in("clerk", "Neues-Pass-2027")
    assert services.actor is not None
