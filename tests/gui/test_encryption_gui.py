"""Encryption at rest in the GUI: the passphrase at start-up and the Settings section."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3", reason="encryption at rest needs sqlcipher3")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from tests.gui.conftest import TEST_PASSWORD, sign_in_as
from zeren_desktop.services.app import Services
from zeren_desktop.services.encryption import EncryptionStatus
from zeren_desktop.storage import cipher, keys
from zeren_desktop.ui import app as app_module
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.pages.settings_page import SettingsPage

PASSPHRASE = "青山-口令-2026"


@pytest.fixture(autouse=True)
def own_key_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test has its own key folder and no key given to the process."""
    monkeypatch.setenv("ZEREN_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(keys.ENV_KEY, raising=False)
    keys.forget_all()
    yield
    keys.forget_all()


def encrypted_with_passphrase(db_path: Path) -> Path:
    with Services.open(db_path) as services:
        services.auth.sign_in("admin", TEST_PASSWORD)
        services.encryption.encrypt(PASSPHRASE)
        services.auth.sign_out()
    keys.forget_all()
    assert cipher.is_encrypted(db_path)
    return db_path


def test_start_asks_for_the_passphrase_until_it_opens(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    encrypted_with_passphrase(db_path)
    asked: list[bool] = []
    typed = iter(["falsch", PASSPHRASE])

    def ask(location: str, *, wrong: bool = False) -> str | None:
        asked.append(wrong)
        return next(typed)

    monkeypatch.setattr(app_module, "ask_passphrase", ask)
    services = app_module.open_database(str(db_path))
    assert services is not None
    try:
        assert asked == [False, True]
        assert services.encryption.status().encrypted
        assert services.auth.has_accounts()
    finally:
        services.close()


def test_cancelling_the_passphrase_exits_2_with_the_message(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    encrypted_with_passphrase(db_path)
    shown: list[str] = []
    monkeypatch.setattr(app_module, "ask_passphrase", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert app_module.main(["--db", str(db_path)]) == app_module.EXIT_DATABASE
    assert len(shown) == 1 and str(db_path) in shown[0]
    assert cipher.is_encrypted(db_path)


def test_no_encryption_support_shows_the_message(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    encrypted_with_passphrase(db_path)
    monkeypatch.setattr(cipher, "dbapi", None)
    shown: list[str] = []
    monkeypatch.setattr(app_module, "ask_passphrase",
                        lambda *a, **k: pytest.fail("no passphrase helps"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert app_module.open_database(str(db_path)) is None
    assert len(shown) == 1 and "sqlcipher3" in shown[0]


def test_the_passphrase_prompt_hides_what_is_typed(qtbot: QtBot) -> None:
    seen: list[object] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        seen.append(dialog.textEchoMode())
        seen.append(dialog.labelText())
        line = dialog.findChild(QLineEdit)
        assert line is not None
        line.setText(PASSPHRASE)
        dialog.accept()

    QTimer.singleShot(0, answer)
    assert app_module.ask_passphrase("/tmp/zeren.sqlite") == PASSPHRASE
    assert seen[0] == QLineEdit.EchoMode.Password and "/tmp/zeren.sqlite" in str(seen[1])


def settings_page(qtbot: QtBot, services: Services) -> SettingsPage:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_area_key("settings")
    assert QTest.qWaitForWindowExposed(window)
    return window.settings_page


def test_administrator_encrypts_exports_the_key_and_decrypts(
        qtbot: QtBot, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sign_in_as(services, "admin")
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: infos.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a[2])))
    # No passphrase: the key goes into this computer's key file.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    page = settings_page(qtbot, services)
    assert page.encryption_box.isVisible() and page.encrypt_button.isVisible()
    assert not page.decrypt_button.isVisible() and not page.export_key_button.isVisible()

    QTest.mouseClick(page.encrypt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.encryption_task is None, timeout=30_000)
    status = services.encryption.status()
    assert status.encrypted and status.key_source == "key_file" and status.key_file
    result = page.last_encryption
    assert result is not None and result.encrypted
    # The user is told that the backups made until now are not encrypted.
    assert str(result.backup) in infos[-1] and str(status.key_file) in infos[-1]
    assert page.decrypt_button.isVisible() and page.export_key_button.isVisible()
    assert not page.encrypt_button.isVisible()
    assert str(status.key_file) in page.encryption_label.text()
    # Work goes on in the encrypted database.
    services.rename_office("青山县纪委")
    assert services.office_name() == "青山县纪委"

    escrow = tmp_path / "保险柜" / "zeren-database.key"
    escrow.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(escrow), ""))
    QTest.mouseClick(page.export_key_button, Qt.MouseButton.LeftButton)
    assert escrow.is_file() and str(escrow) in infos[-1]
    assert keys.read_key_file(escrow) == keys.read_key_file(status.key_file)

    QTest.mouseClick(page.decrypt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.encryption_task is None, timeout=30_000)
    assert not services.encryption.status().encrypted
    assert page.encrypt_button.isVisible() and not page.decrypt_button.isVisible()
    assert services.office_name() == "青山县纪委"
    assert services.audit.verify().ok


def test_without_sqlcipher_the_section_says_not_available(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    sign_in_as(services, "admin")
    monkeypatch.setattr(services.encryption, "status",
                        lambda: EncryptionStatus(False, False, "", None))
    page = settings_page(qtbot, services)
    assert page.encryption_box.isVisible()
    assert "sqlcipher3" in page.encryption_label.text()
    for button in (page.encrypt_button, page.decrypt_button, page.export_key_button):
        assert not button.isVisible()


def test_a_clerk_has_no_encryption_section(qtbot: QtBot, services: Services) -> None:
    page = settings_page(qtbot, services)
    assert not page.encryption_box.isVisible()
