"""The first start on a computer: data folder, administrator, demo, tour; then the login."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QRadioButton,
    QWizard,
)
from pytestqt.qtbot import QtBot

from tests.helpers import type_text
from zeren_desktop import config
from zeren_desktop.services.app import Services
from zeren_desktop.ui import app as app_module
from zeren_desktop.ui.first_run import FirstRunWizard, TourWizard, needs_first_run
from zeren_desktop.ui.login import LoginDialog
from zeren_desktop.ui.main_window import MainWindow

ADMIN_PASSWORD = "Guanli-2026"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A computer on which the program never ran."""
    folder = tmp_path / "home"
    monkeypatch.setenv("ZEREN_HOME", str(folder))
    monkeypatch.delenv("ZEREN_DB", raising=False)
    return folder


def click(widget: Any) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_radio(radio: QRadioButton) -> None:
    """On the indicator: the middle of a wide radio button is outside its hit area."""
    QTest.mouseClick(radio, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(8, radio.height() // 2))


def commit(wizard: QWizard) -> None:
    click(wizard.button(QWizard.WizardButton.CommitButton))


def close_main_window(seen: list[str]) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            seen.append(widget.windowTitle())
            widget.close()


def test_first_run_end_to_end_then_login(qtbot: QtBot, home: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "我的数据"
    assert needs_first_run(None)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    steps: list[str] = []
    seen: list[str] = []

    def drive(wizard: FirstRunWizard) -> int:
        wizard.show()
        page = wizard.folder_page
        # (a) the data folder: the user's data directory, changed with the picker
        assert page.folder_edit.text() == str(home / "data")
        click(page.choose_button)
        assert page.folder_edit.text() == str(chosen)
        assert "zeren.sqlite" in page.file_note.text()
        commit(wizard)
        assert wizard.currentPage() is wizard.admin_page
        assert (chosen / "zeren.sqlite").is_file()
        steps.append("folder")
        # (b) the administrator; a mistake first, then the right passwords
        form = wizard.admin_page.form
        assert form is not None
        type_text(form.display_name_edit, "王建华")
        type_text(form.password_edit, ADMIN_PASSWORD)
        type_text(form.repeat_edit, "something-else")
        commit(wizard)
        assert wizard.currentPage() is wizard.admin_page
        assert form.error_label.isVisible() and "不一致" in form.error_label.text()
        form.repeat_edit.clear()
        type_text(form.repeat_edit, ADMIN_PASSWORD)
        commit(wizard)
        assert wizard.currentPage() is wizard.data_page
        steps.append("admin")
        # (c) the demo county, loaded in the worker
        assert wizard.data_page.demo_radio.isEnabled(), wizard.services.summary()
        click_radio(wizard.data_page.demo_radio)
        assert wizard.data_page.demo_radio.isChecked()
        commit(wizard)
        qtbot.waitUntil(lambda: wizard.currentId() == wizard.tour_ids[0], timeout=60_000)
        assert wizard.demo_loaded
        steps.append("demo")
        # (d) the tour: every page, then Finish
        titles = []
        for _ in wizard.tour_ids[:-1]:
            titles.append(wizard.currentPage().title())
            assert wizard.button(QWizard.WizardButton.CustomButton1).isVisible()
            click(wizard.button(QWizard.WizardButton.NextButton))
        titles.append(wizard.currentPage().title())
        assert titles == ["单位与干部", "问责案件", "备份与恢复", "账户与审计日志", "设置"]
        click(wizard.button(QWizard.WizardButton.FinishButton))
        assert wizard.tour_finished
        steps.append("tour")
        QTimer.singleShot(100, lambda: close_main_window(seen))
        return wizard.result()

    monkeypatch.setattr(FirstRunWizard, "exec", drive)
    assert app_module.main(["--lang", "zh_CN"]) == 0
    assert steps == ["folder", "admin", "demo", "tour"]
    # Straight into the main window, signed in as the new administrator.
    assert seen and "王建华" in seen[0] and "青山县" in seen[0]
    database = chosen / "zeren.sqlite"
    settings = json.loads((home / "config" / "settings.json").read_text("utf-8"))
    assert settings["database"] == str(database)
    assert config.database_location() == str(database)
    with Services.open(database) as services:
        assert services.settings.is_demo() and services.summary().cadres > 100
        services.auth.sign_in("admin", ADMIN_PASSWORD)  # the demo kept our administrator
        assert services.actor is not None and services.actor.display_name == "王建华"

    # The next start opens the chosen database and asks for the login.
    assert not needs_first_run(None)
    logins: list[str] = []

    def login(dialog: LoginDialog) -> int:
        logins.append(dialog.services.location)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", login)
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: pytest.fail("first run again"))
    assert app_module.main(["--lang", "zh_CN"]) == 0
    assert logins == [str(database)]


def test_empty_start_names_the_office_and_skips_the_tour(
        qtbot: QtBot, home: Path) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.folder_page.folder_edit.text() == str(home / "data")
    commit(wizard)
    form = wizard.admin_page.form
    assert form is not None
    type_text(form.password_edit, ADMIN_PASSWORD)
    type_text(form.repeat_edit, ADMIN_PASSWORD)
    commit(wizard)
    page = wizard.data_page
    assert page.empty_radio.isChecked()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    type_text(page.office_edit, "河口镇纪委")
    commit(wizard)
    assert wizard.currentId() == wizard.tour_ids[0]
    click(wizard.button(QWizard.WizardButton.CustomButton1))  # skip the tour
    assert wizard.result() == QDialog.DialogCode.Accepted and not wizard.tour_finished
    services = wizard.services
    assert services is not None and services.actor is not None
    try:
        assert services.office_name() == "河口镇纪委"
        assert services.summary().is_empty
        assert config.database_location() == str(home / "data" / "zeren.sqlite")
    finally:
        services.close()


def test_cancel_on_the_first_page_saves_nothing(qtbot: QtBot, home: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def cancel(wizard: FirstRunWizard) -> int:
        wizard.show()
        click(wizard.button(QWizard.WizardButton.CancelButton))
        return wizard.result()

    monkeypatch.setattr(FirstRunWizard, "exec", cancel)
    assert app_module.main(["--lang", "zh_CN"]) == 0
    assert config.database_location() is None
    assert not (home / "data" / "zeren.sqlite").exists()


def test_removable_folder_warns_and_another_can_be_chosen(
        qtbot: QtBot, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zeren_desktop.storage import media

    stick = tmp_path / "stick"
    monkeypatch.setattr(media, "location_kind", lambda path: "removable"
                        if stick in Path(path).parents else "local")
    warnings: list[str] = []

    def answer(box: QMessageBox) -> int:
        warnings.append(box.text())
        other = next(b for b in box.buttons()
                     if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        other.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.folder_page.folder_edit.setText(str(stick))
    commit(wizard)
    assert len(warnings) == 1 and "移动存储" in warnings[0]
    assert wizard.currentPage() is wizard.folder_page
    # Nothing is left on the stick, and nothing was saved.
    assert list(stick.iterdir()) == []
    assert config.database_location() is None
    wizard.folder_page.folder_edit.setText(str(tmp_path / "local"))
    commit(wizard)
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.services is not None
    wizard.services.close()


def test_a_folder_with_a_database_goes_to_the_login(
        qtbot: QtBot, home: Path, db_path: Path) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert db_path.name == "zeren.sqlite"
    wizard.folder_page.folder_edit.setText(str(db_path.parent))
    assert "已有数据库" in wizard.folder_page.file_note.text()
    commit(wizard)
    assert wizard.existing and wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.services is not None and wizard.services.actor is None
    wizard.services.close()


def test_quick_tour_from_the_help_menu(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.tour_action.text() == "快速导览(&T)"
    window.tour_action.trigger()
    tour = window.tour
    assert isinstance(tour, TourWizard) and tour.isVisible()
    assert tour.currentPage().title() == "单位与干部"
    click(tour.button(QWizard.WizardButton.NextButton))
    assert tour.currentPage().title() == "问责案件"
    click(tour.button(QWizard.WizardButton.CustomButton1))
    assert not tour.isVisible()
