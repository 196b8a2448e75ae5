"""The Backups & restore page: list, back up now (in the worker), restore, the folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import TEST_PASSWORD, Sample, sign_in_as
from tests.helpers import type_text
from zeren_desktop.services.app import Services
from zeren_desktop.ui.login import LoginDialog
from zeren_desktop.ui.pages.backups_page import BackupsPage
from zeren_desktop.ui.session import SessionController


def shown_page(qtbot: QtBot, services: Services) -> BackupsPage:
    page = BackupsPage(services)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitUntil(lambda: page.loaded and page.task is None, timeout=20_000)
    return page


def test_clerk_backs_up_now_and_sees_the_verified_backup(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = Path(services.location).parent / "backups"
    folder.mkdir()
    # A damaged file with a backup's name is listed as damaged, with the problem.
    (folder / "zeren-20250101-120000-manual.sqlite").write_bytes(b"not a database" * 300)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    page = shown_page(qtbot, services)
    assert not page.refused
    assert page.folder_label.text() == str(folder)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 3).text().startswith("✗")
    # Only the administrator restores or moves the folder: not there for a clerk.
    assert not page.restore_button.isVisible()
    assert page.restore_button.parent() is page
    assert not page.change_folder_button.isVisible()

    QTest.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.task is not None and page.busy.isVisible()
    assert not page.backup_button.isEnabled()
    # Listed again with the new backup (the damaged file of an unknown database is no
    # longer listed once this database has verified backups: services/backups.py).
    qtbot.waitUntil(lambda: page.task is None and page.last_made is not None and any(
        b.path == page.last_made.path for b in page.backups), timeout=20_000)
    assert not warnings
    made = page.last_made
    assert made is not None and made.path.is_file() and made.reason == "manual"
    assert page.selected_backup() is not None and page.selected_backup().path == made.path
    row = page.backups.index(page.selected_backup())
    assert page.table.item(row, 3).text() == "✓ 已校验"
    assert page.table.item(row, 1).text() == "手动"
    assert made.name in page.status_label.text()
    assert page.busy.isHidden()
    assert [b.path for b in services.backups.list_backups() if b.verified] == [made.path]


def test_restore_as_administrator_brings_back_a_deleted_unit(
        qtbot: QtBot, services: Services, sample: Sample,
        monkeypatch: pytest.MonkeyPatch) -> None:
    backup = services.backups.backup_now("manual")
    services.units.delete(sample.village)
    assert sample.village not in {u.id for u in services.units.list_all()}
    services.auth.sign_out()

    logins = iter(["admin", None])

    def login(dialog: LoginDialog) -> int:
        name = next(logins)
        if name is None:
            return QDialog.DialogCode.Rejected
        dialog.show()
        type_text(dialog.username_edit, name)
        type_text(dialog.password_edit, TEST_PASSWORD)
        QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    questions: list[str] = []
    infos: list[str] = []
    monkeypatch.setattr(LoginDialog, "exec", login)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2])
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: infos.append(a[2]))
    quits: list[bool] = []
    controller = SessionController(services, quit_app=lambda: quits.append(True))
    assert controller.start()
    window = controller.window
    assert window is not None
    window.show_area_key("backups")
    page = window.backups_page
    assert page is not None and page.restore_button.isVisible()
    qtbot.waitUntil(lambda: page.loaded and page.task is None, timeout=20_000)
    page.select_backup(backup.path)
    QTest.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    # Signed out afterwards: the login is asked again (and quit here).
    qtbot.waitUntil(lambda: bool(quits), timeout=20_000)
    assert backup.name in questions[0] and "before-restore" in questions[0]
    assert backup.name in infos[0] and "before-restore" in infos[0]
    assert controller.window is None and services.actor is None

    sign_in_as(services, "clerk")
    assert sample.village in {u.id for u in services.units.list_all()}
    assert services.audit.verify().ok


def test_administrator_changes_the_backup_folder(
        qtbot: QtBot, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sign_in_as(services, "admin")
    target = tmp_path / "elsewhere"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(target))
    page = shown_page(qtbot, services)
    assert page.change_folder_button.isVisible() and page.restore_button.isVisible()
    QTest.mouseClick(page.change_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=20_000)
    assert page.folder_label.text() == str(target)
    assert services.backups.backup_folder() == target
    QTest.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.task is None, timeout=20_000)
    assert page.backups[0].path.parent == target


def test_nobody_signed_in_sees_the_notice(qtbot: QtBot, open_services: Services) -> None:
    page = BackupsPage(open_services)
    qtbot.addWidget(page)
    page.show()
    assert page.refused and page.task is None
    assert page.notice_label.text() == "请先登录后查看此页面。"


def test_restore_is_window_modal_and_pauses_the_automatic_backup(
        qtbot: QtBot, services: Services, sample: Sample,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    sign_in_as(services, "admin")
    backup = services.backups.backup_now("manual")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    quits: list[bool] = []
    controller = SessionController(services, quit_app=lambda: quits.append(True),
                                   auto_backup=True)
    assert controller.start()
    window = controller.window
    assert window is not None and controller.backup_timer.isActive()
    window.show_area_key("backups")
    page = window.backups_page
    assert page is not None
    qtbot.waitUntil(lambda: page.loaded and page.task is None
                    and controller.backup_task is None, timeout=20_000)
    page.select_backup(backup.path)

    # The restore waits in the worker until the test has looked at the window.
    gate = threading.Event()
    real_restore = services.backups.restore

    def held_restore(path: Path) -> object:
        gate.wait(20)
        return real_restore(path)

    monkeypatch.setattr(services.backups, "restore", held_restore)
    resumed: list[bool] = []
    window.long_work_ended.connect(
        lambda: resumed.append(controller.backup_timer.isActive()))
    QTest.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    try:
        assert page.task is not None and page.restoring
        dialog = page.task.dialog
        assert isinstance(dialog, QProgressDialog) and dialog.isVisible()
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        assert not [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        # Nothing in the window takes input, and no automatic backup starts meanwhile.
        assert not window.screen_stack.isEnabled() and not window.menuBar().isEnabled()
        assert not controller.backup_timer.isActive()
        assert controller.run_auto_backup() is None
    finally:
        gate.set()
    qtbot.waitUntil(lambda: bool(quits), timeout=20_000)
    # Resumed when the restore ended (then signed out, as after every restore).
    assert resumed == [True]
    assert not controller.auto_backup_paused
