"""Starting the program: the smoke test, and a database that cannot be opened."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import TEST_PASSWORD
from tests.helpers import type_text
from zeren_desktop.services.app import Services
from zeren_desktop.ui import app as app_module
from zeren_desktop.ui.first_run import FirstRunDialog
from zeren_desktop.ui.login import FirstAdministratorDialog, LoginDialog
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.session import SessionController

ROOT = Path(__file__).resolve().parents[2]


def run_smoke(db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZEREN_HOME": str(tmp_path / "home")}
    env.pop("ZEREN_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "zeren_desktop", "--smoke-test", "--db", str(db)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.slow
def test_smoke_test_twice_on_the_same_database(tmp_path: Path) -> None:
    db = tmp_path / "smoke.sqlite"
    first = run_smoke(db, tmp_path)
    assert first.returncode == 0, first.stderr
    lines = [line for line in first.stdout.splitlines() if line.startswith("smoke test ok")]
    assert len(lines) == 1, first.stdout
    # The demo reviewer is signed in: the roster of cadres was printed too.
    assert re.fullmatch(r"smoke test ok: \d+ units, \d+ cadres, roster [1-9]\d* pages",
                        lines[0]), lines[0]
    assert db.is_file()
    second = run_smoke(db, tmp_path)
    assert second.returncode == 0, second.stderr
    # The second run finds the same data (the demo is not loaded twice).
    assert [line for line in second.stdout.splitlines()
            if line.startswith("smoke test ok")] == lines


def test_unopenable_database_shows_reason_and_exits_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    bad = tmp_path / "not-a-database.sqlite"
    bad.write_bytes(b"this is not a SQLite database at all" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda *args: shown.append(args[2]) or QMessageBox.StandardButton.Ok)
    code = app_module.main(["--db", str(bad), "--lang", "zh_CN"])
    assert code == 2
    assert len(shown) == 1
    assert "无法打开数据库" in shown[0]
    assert str(bad) in shown[0]
    # No new database was made in its place (the damaged file may have been moved aside).
    for path in tmp_path.iterdir():
        assert path.name.startswith("not-a-database.sqlite")
        assert path.read_bytes().startswith(b"this is not a SQLite database")


@pytest.mark.slow
def test_smoke_test_on_a_real_database_signs_nobody_in(db_path: Path, tmp_path: Path) -> None:
    result = run_smoke(db_path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "smoke test ok: 0 units, 0 cadres" in result.stdout


def test_first_start_creates_the_administrator_then_quits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    db = tmp_path / "first.sqlite"
    seen: list[str] = []

    def fill_first_admin(dialog: FirstAdministratorDialog) -> int:
        dialog.show()
        type_text(dialog.display_name_edit, "王管理")
        type_text(dialog.password_edit, "Guanli-2026")
        type_text(dialog.repeat_edit, "Guanli-2026")
        QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    def first_run(dialog: FirstRunDialog) -> int:
        seen.append("first run")
        return 0

    def close_main_window() -> None:
        # Poll: on a cold machine the window may take longer than any fixed delay.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()
                return
        QTimer.singleShot(50, close_main_window)

    monkeypatch.setattr(FirstAdministratorDialog, "exec", fill_first_admin)
    monkeypatch.setattr(FirstRunDialog, "exec", first_run)
    QTimer.singleShot(200, close_main_window)
    assert app_module.main(["--db", str(db), "--lang", "zh_CN"]) == 0
    assert seen[0] == "first run"
    assert "王管理" in seen[1]
    with Services.open(db) as services:
        services.auth.sign_in("admin", "Guanli-2026")
        assert [u.username for u in services.auth.list_users()] == ["admin"]
    # The trail: created, signed in by the dialog, signed out when the window closed.
    with sqlite3.connect(db) as connection:
        actions = [row[0] for row in connection.execute(
            "SELECT action FROM audit_records WHERE username = 'admin' ORDER BY seq DESC")]
    assert actions[:4] == ["login.success", "logout", "login.success",
                           "account.create_first_admin"]


def test_quitting_the_login_dialog_exits_0(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           qapp: Any) -> None:
    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app_module.main(["--db", str(db_path), "--lang", "zh_CN"]) == 0


def test_sign_out_returns_to_the_login_dialog(qtbot: QtBot, open_services: Services,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    logins = iter(["clerk", "auditor", None])

    def login(dialog: LoginDialog) -> int:
        name = next(logins)
        if name is None:
            return QDialog.DialogCode.Rejected
        dialog.show()
        type_text(dialog.username_edit, name)
        type_text(dialog.password_edit, TEST_PASSWORD)
        QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", login)
    quits: list[bool] = []
    controller = SessionController(open_services, quit_app=lambda: quits.append(True))
    assert controller.start()
    window = controller.window
    # The controller owns (and deletes) its windows: not handed to qtbot.
    assert window is not None and window.area_keys()[0] == "home"

    window.sign_out_action.trigger()
    assert not shiboken6.isValid(window) or not window.isVisible()
    second = controller.window
    assert second is not None and second is not window
    assert second.area_keys() == ["audit", "settings"]
    assert open_services.actor is not None and open_services.actor.username == "auditor"
    assert not quits

    second.sign_out_action.trigger()
    assert quits == [True]
    assert open_services.actor is None
