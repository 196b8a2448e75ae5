"""Faults at start-up and while running (DESIGN.md pattern 8), as the user meets them:
a damaged file, a second instance, removable media, a damaged database found by the
backup job, and a full disk while saving a form."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import TEST_PASSWORD, Sample
from tests.helpers import type_text
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.records import UnitInput
from zeren_desktop.domain.text import Message
from zeren_desktop.services.app import Services
from zeren_desktop.services.errors import MESSAGES, DatabaseDamagedError, DatabaseEnvironmentError
from zeren_desktop.services.session import ReadOnlyDatabaseError
from zeren_desktop.storage import media
from zeren_desktop.ui import app as app_module
from zeren_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
from zeren_desktop.ui.dialogs.unit_dialog import UnitDialog
from zeren_desktop.ui.login import LoginDialog
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.session import SessionController


def make_backup(db: Path) -> Path:
    with Services.open(db) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        services.units.create(UnitInput("青山县", UnitKind.COUNTY))
        backup = services.backups.backup_now("manual").path
        services.auth.sign_out()
    return backup


def damage(db: Path) -> None:
    for extra in ("-wal", "-shm"):
        db.with_name(db.name + extra).unlink(missing_ok=True)
    db.write_bytes(b"garbage, not a database " * 4000)


def answer_boxes(monkeypatch: pytest.MonkeyPatch, seen: list[str],
                 role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole) -> None:
    """Every QMessageBox shown with exec(): note its text and click the `role` button."""
    def exec_(box: QMessageBox) -> int:
        seen.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if box.buttonRole(button) == role:
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def login_as(names: list[str | None]) -> Callable[[LoginDialog], int]:
    queue = iter(names)

    def login(dialog: LoginDialog) -> int:
        name = next(queue)
        if name is None:
            return QDialog.DialogCode.Rejected
        dialog.show()
        type_text(dialog.username_edit, name)
        type_text(dialog.password_edit, TEST_PASSWORD)
        QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    return login


def restore_first(qtbot: QtBot, seen: list[Any]) -> Callable[[RecoveryDialog], int]:
    def exec_(dialog: RecoveryDialog) -> int:
        dialog.show()
        seen.append(dialog)
        seen.append([dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())])
        seen.append(dialog.where_label.text())
        QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted,
                        timeout=20_000)
        return dialog.result()

    return exec_


def test_corrupt_database_at_start_offers_the_backup_then_the_login(
        qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = make_backup(db_path)
    damage(db_path)
    recovery: list[Any] = []
    logins: list[str] = []
    monkeypatch.setattr(RecoveryDialog, "exec", restore_first(qtbot, recovery))

    def login(dialog: LoginDialog) -> int:
        logins.append(dialog.services.location)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", login)
    assert app_module.main(["--db", str(db_path), "--lang", "zh_CN"]) == 0
    dialog, names, where = recovery
    assert names == [backup.name]
    assert dialog.error.moved_to is not None and str(dialog.error.moved_to) in where
    assert "移至" in where or "moved aside" in where
    assert dialog.error.moved_to.read_bytes().startswith(b"garbage")  # kept, unchanged
    assert logins == [str(db_path)]  # the restored file opened normally, then the login
    with Services.open(db_path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        assert [u.name for u in services.units.list_all()] == ["青山县"]
        assert services.audit.verify().ok


def test_corrupt_database_and_quitting_creates_nothing(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    make_backup(db_path)
    damage(db_path)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app_module.main(["--db", str(db_path), "--lang", "zh_CN"]) == 2
    assert not db_path.exists()  # moved aside; no new, empty database in its place


def test_second_instance_opens_read_only(
        qtbot: QtBot, open_services: Services, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    boxes: list[str] = []
    answer_boxes(monkeypatch, boxes)
    monkeypatch.setattr(LoginDialog, "exec", login_as(["clerk"]))
    checks: dict[str, Any] = {}

    def inspect_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                checks["title"] = widget.windowTitle()
                checks["banner"] = widget.read_only_banner.isVisible()
                checks["banner_text"] = widget.read_only_banner.text()
                widget.show_area_key("units")
                page = widget.units_page
                assert page is not None
                checks["editable"] = page.editable
                checks["add_visible"] = page.add_top_unit_button.isVisible()
                dialog = UnitDialog(widget.services, parent=widget)
                type_text(dialog.name_edit, "新单位")
                dialog.save()
                checks["dialog_open"] = dialog.result() != QDialog.DialogCode.Accepted
                checks["dialog_error"] = dialog.error_label.text()
                checks["typed"] = dialog.name_edit.text()
                dialog.deleteLater()
                try:
                    widget.services.units.create(UnitInput("x", UnitKind.COUNTY))
                except ReadOnlyDatabaseError:
                    checks["refused"] = True
                widget.close()
                return
        # Poll: on a cold machine the window may take longer than any fixed delay.
        QTimer.singleShot(50, inspect_and_close)

    QTimer.singleShot(300, inspect_and_close)
    assert app_module.main(["--db", str(db_path), "--lang", "zh_CN"]) == 0
    assert "已在另一个窗口" in boxes[0] and str(db_path) in boxes[0]
    assert "只读" in checks["title"]
    assert checks["banner"] and "只读：无法保存修改" in checks["banner_text"]
    assert not checks["editable"] and not checks["add_visible"]
    assert checks["dialog_open"] and "只读" in checks["dialog_error"]
    assert checks["typed"] == "新单位"
    assert checks["refused"]
    # The first instance still holds the database and can write.
    open_services.auth.sign_in("clerk", TEST_PASSWORD)
    open_services.units.create(UnitInput("青山县", UnitKind.COUNTY))


def test_administrator_read_only_window(qtbot: QtBot, open_services: Services,
                                        db_path: Path) -> None:
    with Services.open(db_path, read_only=True) as services:
        services.auth.sign_in("admin", TEST_PASSWORD)
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        assert "【只读】" in window.windowTitle()
        assert window.read_only_banner.isVisible()
        # The administrator may read the accounts; changing them is refused by the
        # read-only database with its own message.
        accounts = window.accounts_page
        assert accounts is not None and not accounts.refused
        assert accounts.model.rowCount() == 5
        window.show_area_key("backups")
        page = window.backups_page
        assert page is not None
        qtbot.waitUntil(lambda: page.loaded and page.task is None, timeout=20_000)
        assert not page.restore_button.isEnabled()
        assert not page.change_folder_button.isEnabled()
        assert not window.settings_page.office_save_button.isVisible()
        window.close()


def test_second_instance_quit(open_services: Services, db_path: Path,
                              monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    boxes: list[str] = []
    answer_boxes(monkeypatch, boxes, QMessageBox.ButtonRole.RejectRole)
    assert app_module.main(["--db", str(db_path), "--lang", "zh_CN"]) == 2
    assert len(boxes) == 1 and str(db_path) in boxes[0]


def test_removable_media_copy_to_this_computer(
        qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("ZEREN_HOME", str(home))
    monkeypatch.setattr(media, "location_kind", lambda _path: "removable")
    boxes: list[str] = []
    infos: list[str] = []
    answer_boxes(monkeypatch, boxes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: infos.append(a[2]))
    opened: list[str] = []

    def login(dialog: LoginDialog) -> int:
        opened.append(dialog.services.location)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", login)
    assert app_module.main(["--db", str(db_path), "--lang", "zh_CN"]) == 0
    copy = home / "data" / db_path.name
    assert copy.is_file() and db_path.is_file()
    assert "可移动" in boxes[0] or "removable" in boxes[0]
    assert str(copy) in infos[0] and str(db_path) in infos[0]
    assert opened == [str(copy)]
    # The next start opens the copy.
    settings = json.loads((home / "config" / "settings.json").read_text("utf-8"))
    assert settings["database"] == str(copy)


def test_damaged_database_found_by_the_auto_backup_offers_recovery(
        qtbot: QtBot, open_services: Services, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    open_services.auth.sign_in("clerk", TEST_PASSWORD)
    backup = open_services.backups.backup_now("manual")
    open_services.auth.sign_out()

    def damaged(now: object = None) -> None:
        raise DatabaseDamagedError(Message("DatabaseErrors", MESSAGES["damaged_live"]),
                                   "*** in database main *** Page 3: btreeInitPage() error")

    monkeypatch.setattr(open_services.backups, "auto_backup_if_due", damaged)
    boxes: list[str] = []
    answer_boxes(monkeypatch, boxes)
    recovery: list[Any] = []
    monkeypatch.setattr(RecoveryDialog, "exec", restore_first(qtbot, recovery))
    monkeypatch.setattr(LoginDialog, "exec", login_as(["clerk", "clerk"]))
    quits: list[bool] = []
    controller = SessionController(open_services, quit_app=lambda: quits.append(True),
                                   auto_backup=True)
    assert controller.start()
    first = controller.window
    qtbot.waitUntil(lambda: controller.services is not open_services, timeout=20_000)
    try:
        assert "完整性" in boxes[0] or "integrity" in boxes[0]
        assert recovery[1] == [backup.name]
        moved = recovery[0].error.moved_to
        assert moved is not None and moved.is_file()
        assert controller.window is not None and controller.window is not first
        assert controller.services.actor is not None
        assert controller.services.location == str(db_path)
        assert not quits
    finally:
        if controller.window is not None:
            controller.window.closed.disconnect(controller._window_closed)
            controller.window.close()
        controller.backup_timer.stop()
        controller.services.close()


def test_disk_full_keeps_the_unit_dialog_open_with_what_was_typed(
        qtbot: QtBot, services: Services, sample: Sample,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_data: object) -> None:
        raise DatabaseEnvironmentError("full", Message("DatabaseErrors", MESSAGES["full"]))

    monkeypatch.setattr(services.units, "create", full)
    dialog = UnitDialog(services, parent_id=sample.county)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name_edit, "新港镇")
    type_text(dialog.notes_edit, "备注文字")
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "磁盘已满" in dialog.error_label.text()
    assert dialog.name_edit.text() == "新港镇"
    assert dialog.notes_edit.toPlainText() == "备注文字"
    assert dialog.saved_id is None
