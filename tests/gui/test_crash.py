"""The crash handler (DESIGN.md pattern 8): an unexpected error is logged, with its
traceback only, and a box names the log; no password ever reaches the log."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.conftest import TEST_PASSWORD
from tests.helpers import type_text
from zeren_desktop.services.app import Services
from zeren_desktop.ui import crash
from zeren_desktop.ui.app import main
from zeren_desktop.ui.login import LoginDialog


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The crash hooks installed; the boxes that were shown (QMessageBox.critical)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    crash.install()
    try:
        yield shown
    finally:
        crash.uninstall()


def log_text() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted(crash.log_dir().glob("*.log")))


@pytest.mark.qt_no_exception_capture
def test_a_slot_raising_is_logged_and_the_box_names_the_log(
        qtbot: QtBot, hooks: list[str]) -> None:
    button = QPushButton("出错")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise RuntimeError("boom in a slot 8431")

    button.clicked.connect(broken_slot)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    text = log_text()
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: boom in a slot 8431" in text and "broken_slot" in text
    assert len(hooks) == 1 and str(crash.log_file()) in hooks[0]
    assert crash.log_file().name.startswith("zeren-") and crash.log_file().parent.name == "logs"


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_thread_is_logged_and_shown_in_the_gui_thread(
        qtbot: QtBot, hooks: list[str]) -> None:
    def work() -> None:
        raise ValueError("thread failure 5517")

    thread = threading.Thread(target=work, name="worker-5517")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(hooks), timeout=5_000)
    text = log_text()
    assert "ValueError: thread failure 5517" in text and "worker-5517" in text
    assert str(crash.log_file()) in hooks[0]


@pytest.mark.qt_no_exception_capture
def test_no_password_in_the_log_after_a_sign_in_and_a_crash(
        qtbot: QtBot, open_services: Services, hooks: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    services = open_services
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.username_edit, "admin")
    type_text(dialog.password_edit, TEST_PASSWORD)
    QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert services.actor is not None and services.actor.username == "admin"
    services.auth.sign_out()

    # The sign-in itself fails unexpectedly, with the password in its local variables.
    def broken(username: str, password: str) -> None:
        typed = password  # noqa: F841 - a local variable the log must not show
        raise RuntimeError("the database went away 7710")

    monkeypatch.setattr(services.auth, "sign_in", broken)
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.username_edit, "admin")
    type_text(dialog.password_edit, TEST_PASSWORD)
    QTest.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    text = log_text()
    assert "the database went away 7710" in text and hooks
    assert TEST_PASSWORD not in text


def test_the_log_keeps_ten_files(tmp_path: Path) -> None:
    for day in range(1, 15):
        (tmp_path / f"zeren-202601{day:02d}.log").write_text("x", "utf-8")
    crash.rotate(tmp_path)
    kept = sorted(p.name for p in tmp_path.glob("*.log"))
    assert len(kept) == 10 and kept[0] == "zeren-20260105.log"


def test_start_and_stop_are_logged_and_the_hooks_given_back(tmp_path: Path) -> None:
    import sys

    before = sys.excepthook, threading.excepthook
    assert main(["--smoke-test", "--db", str(tmp_path / "smoke.sqlite")]) == 0
    text = log_text()
    assert "started" in text and "stopped" in text
    assert (sys.excepthook, threading.excepthook) == before
    crash.uninstall()
