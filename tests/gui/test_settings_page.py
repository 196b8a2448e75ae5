"""The settings page: documents, deadlines, fonts, backup folder; who may change them."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import mnemonics, sign_in_as
from tests.helpers import type_text
from zeren_desktop import config
from zeren_desktop.paths import resources_dir
from zeren_desktop.services.app import Services
from zeren_desktop.services.settings import OfficeSettings
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.pages.settings_page import CHOOSE_FILE, SettingsPage


def settings_page(qtbot: QtBot, services: Services) -> SettingsPage:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_area_key("settings")
    assert QTest.qWaitForWindowExposed(window)
    return window.settings_page


def click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_administrator_saves_documents_and_deadlines(
        qtbot: QtBot, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sign_in_as(services, "admin")
    page = settings_page(qtbot, services)
    assert page.save_button.isVisible() and not page.read_only_note.isVisible()
    type_text(page.issuer_name_edit, "中共青山县纪律检查委员会")
    type_text(page.issuer_short_edit, "青纪")
    type_text(page.prefix_edits["decision"], "青纪发")
    year = dt.date.today().year
    assert page.example_labels["decision"].text() == f"青纪发〔{year}〕1号"
    type_text(page.prefix_edits["notice"], "青纪通")
    page.deadline_spins["investigation_days"].setValue(45)
    page.deadline_spins["execution_report_months"].setValue(3)
    # A font file chosen with "Choose file…".
    font = resources_dir() / "fonts" / "wqy-microhei.ttc"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(font), ""))
    combo = page.font_combos["body_font"]
    choose = combo.findData(CHOOSE_FILE)
    combo.setCurrentIndex(choose)
    combo.activated.emit(choose)
    assert combo.currentData() == str(font)
    # The backup folder, from the folder picker.
    folder = tmp_path / "备份"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    click(page.change_backup_button)
    assert str(folder) in page.backup_label.text()
    click(page.save_button)

    saved = services.settings.office_settings()
    assert saved.issuer_name == "中共青山县纪律检查委员会"
    assert saved.issuer_short == "青纪"
    assert saved.prefix("decision") == "青纪发" and saved.prefix("notice") == "青纪通"
    assert saved.investigation_days == 45 and saved.execution_report_months == 3
    assert saved.body_font == str(font) and saved.title_font == ""
    assert services.backups.backup_folder() == folder.resolve()
    assert "已保存" in page.status_label.text()
    # Shown again as saved after a reload.
    page.load()
    assert page.issuer_name_edit.text() == "中共青山县纪律检查委员会"
    assert page.font_combos["body_font"].currentData() == str(font)


def test_a_bad_prefix_is_explained_and_nothing_is_saved(
        qtbot: QtBot, services: Services) -> None:
    sign_in_as(services, "admin")
    services.settings.set_office_settings(OfficeSettings(issuer_short="青纪"))
    before = services.settings.office_settings()
    office = services.office_name()
    page = settings_page(qtbot, services)
    type_text(page.issuer_name_edit, "中共青山县纪律检查委员会")
    page.office_edit.clear()
    type_text(page.office_edit, "别的名字")
    type_text(page.prefix_edits["decision"], "青纪发〔2026〕")
    click(page.save_button)
    error = page.field_errors["number_prefixes.decision"]
    assert error.isVisible() and "青纪发" in error.text() and "年份" in error.text()
    assert not page.field_errors["number_prefixes.notice"].isVisible()
    assert "未保存" in page.status_label.text()
    assert services.settings.office_settings() == before
    assert services.office_name() == office
    # Corrected, it saves and the message goes.
    page.prefix_edits["decision"].clear()
    type_text(page.prefix_edits["decision"], "青纪发")
    click(page.save_button)
    assert not error.isVisible()
    assert services.settings.office_settings().prefix("decision") == "青纪发"
    assert services.office_name() == "别的名字"


def test_a_clerk_sees_the_settings_read_only(qtbot: QtBot, services: Services) -> None:
    sign_in_as(services, "admin")
    services.settings.set_office_settings(OfficeSettings(
        issuer_name="中共青山县纪律检查委员会", number_prefixes=(("decision", "青纪发"),)))
    sign_in_as(services, "clerk")
    page = settings_page(qtbot, services)
    assert page.issuer_name_edit.text() == "中共青山县纪律检查委员会"
    assert page.prefix_edits["decision"].text() == "青纪发"
    assert page.issuer_name_edit.isReadOnly() and page.prefix_edits["decision"].isReadOnly()
    assert page.deadline_spins["investigation_days"].isReadOnly()
    assert not page.font_combos["body_font"].isEnabled()
    assert not page.save_button.isVisible() and not page.change_backup_button.isVisible()
    assert page.read_only_note.isVisible()
    assert not page.save()
    # The language is everyone's, and is written to settings.json at once.
    assert page.language_combo.isEnabled()
    try:
        page.language_combo.setCurrentIndex(1)
        data = json.loads(config.settings_path().read_text("utf-8"))
        assert data["language"] == "en"
        assert "重启" in page.language_note.text()
    finally:
        page.language_combo.setCurrentIndex(0)
    assert config.language() == "zh_CN"


def _saved_state(services: Services) -> tuple[object, str, Path, int]:
    return (services.settings.office_settings(), services.office_name(),
            services.backups.backup_folder(), services.audit.count())


@pytest.mark.parametrize("refused", ["office", "name", "backup_dir"])
def test_save_is_one_transaction_a_refusal_anywhere_changes_nothing(
        qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        refused: str) -> None:
    sign_in_as(services, "admin")
    services.rename_office("青山县纪委")
    before = _saved_state(services)
    page = settings_page(qtbot, services)
    # A change in every section, and one of them refused.
    type_text(page.issuer_name_edit, "中共青山县纪律检查委员会")
    page.deadline_spins["investigation_days"].setValue(45)
    page.office_edit.clear()
    type_text(page.office_edit, "" if refused == "name" else "青山县纪律检查委员会")
    if refused == "office":
        type_text(page.prefix_edits["decision"], "青纪发〔2026〕")
    folder = tmp_path / ("不是文件夹.txt" if refused == "backup_dir" else "备份")
    if refused == "backup_dir":
        folder.write_text("a file, not a folder", "utf-8")
    else:
        folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    click(page.change_backup_button)
    click(page.save_button)

    field = {"office": "number_prefixes.decision", "name": "office_name",
             "backup_dir": "backup_dir"}[refused]
    assert page.field_errors[field].isVisible()
    assert "未保存" in page.status_label.text()
    # Nothing of the three was written, and no audit record either.
    assert _saved_state(services) == before


def test_save_writes_all_three_with_one_audit_record(
        qtbot: QtBot, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sign_in_as(services, "admin")
    count = services.audit.count()
    page = settings_page(qtbot, services)
    type_text(page.issuer_short_edit, "青纪")
    type_text(page.office_edit, "青山县纪委")
    folder = tmp_path / "备份"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    click(page.change_backup_button)
    click(page.save_button)
    assert services.settings.office_settings().issuer_short == "青纪"
    assert services.office_name() == "青山县纪委"
    assert services.backups.backup_folder() == folder.resolve()
    assert services.audit.count() == count + 1
    # "Beside the database" is saved as the empty setting, as set_backup_folder does.
    click(page.default_backup_button)
    click(page.save_button)
    assert services.settings.value("backup_dir") == ""
    assert services.audit.count() == count + 2


def _font_folder(tmp_path: Path, names: list[str]) -> Path:
    """A font folder with the bundled font under the given file names."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    bundled = resources_dir() / "fonts" / "wqy-microhei.ttc"
    for name in names:
        (folder / name).symlink_to(bundled)
    return folder


def test_document_fonts_show_each_role_and_warn_on_fallback(
        qtbot: QtBot, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from zeren_desktop.reports import fonts

    def tr(text: str) -> str:   # the page's words in the language of the test
        return QCoreApplication.translate("SettingsPage", text)

    # A computer with no Chinese fonts: every role falls back on the bundled font.
    monkeypatch.setattr(fonts, "font_folders", lambda: [])
    page = settings_page(qtbot, services)
    box = page.document_fonts_box
    assert box.isVisible() and box.title() == tr("Document fonts")
    assert set(page.font_role_labels) == {"fangsong", "song", "hei", "kai", "xiaobiaosong"}
    for label in page.font_role_labels.values():
        assert label.text() == tr("{file} (bundled substitute)").format(
            file="wqy-microhei.ttc")
    assert page.rare_font_label.text() == "wqy-microhei.ttc"
    assert page.font_warning.isVisible()
    # two warnings: substitutes are used, and nothing covers rare characters
    assert len(page.font_warning.text().split("\n\n")) == 2

    # The official fonts (the same font under their file names here) and SimSun-ExtB:
    # no warning; the rare-character chain lists SimSun and SimSun-ExtB first.
    folder = _font_folder(tmp_path, ["simfang.ttf", "simsun.ttc", "simhei.ttf", "simkai.ttf",
                                     "FZXBSJW.TTF", "simsunb.ttf"])
    monkeypatch.setattr(fonts, "font_folders", lambda: [folder])
    page.load()
    assert page.font_role_labels["fangsong"].text() == "simfang.ttf"
    assert page.font_role_labels["fangsong"].toolTip() == str(folder / "simfang.ttf")
    assert page.font_role_labels["xiaobiaosong"].text() == "FZXBSJW.TTF"
    assert page.rare_font_label.text() == "simsun.ttc, simsunb.ttf, wqy-microhei.ttc"
    assert not page.font_warning.isVisible()

    # A body font chosen in the settings is used and marked as chosen.
    sign_in_as(services, "admin")
    chosen = resources_dir() / "fonts" / "wqy-microhei.ttc"
    services.settings.set_office_settings(OfficeSettings(body_font=str(chosen)))
    page.load()
    assert page.font_role_labels["fangsong"].text() == tr("{file} (chosen)").format(
        file="wqy-microhei.ttc")
    assert not page.font_warning.isVisible()


def test_the_phrase_editor_buttons_have_mnemonics_of_their_own(
        qtbot: QtBot, services: Services) -> None:
    sign_in_as(services, "admin")
    page = settings_page(qtbot, services)
    window = page.window()
    assert isinstance(window, MainWindow)
    buttons = (page.remove_phrase_button, page.phrase_up_button, page.phrase_down_button,
               page.restore_phrases_button)
    assert all(button.isVisible() for button in buttons)
    shown = mnemonics(window)
    for button in buttons:
        letters = re.findall(r"&(\w)", button.text())
        assert len(letters) == 1, button.text()
        assert shown.count(letters[0].upper()) == 1, (button.text(), shown)
