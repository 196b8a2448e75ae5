"""The auditor's page: list, filter, details, export and verification of the trail."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Sample, sign_in_as
from tests.helpers import type_text
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.records import UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.ui.pages import audit_page
from zeren_desktop.ui.pages.audit_page import AuditPage


@pytest.fixture
def auditor(services: Services, sample: Sample) -> Services:
    """The clerk made the sample county and one more unit; then the auditor signs in."""
    services.units.create(UnitInput("审计测试镇", UnitKind.TOWNSHIP, sample.county))
    return sign_in_as(services, "auditor")


def make_page(qtbot: QtBot, services: Services) -> AuditPage:
    page = AuditPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    return page


def column(page: AuditPage, col: int) -> list[str]:
    return [str(page.model.index(r, col).data()) for r in range(page.model.rowCount())]


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_page_shows_the_actions_of_this_test(qtbot: QtBot, auditor: Services) -> None:
    page = make_page(qtbot, auditor)
    actions = column(page, 3)
    assert actions[0] == "login.success"  # newest first: the auditor's sign-in
    assert "unit.create" in actions and "cadre.create" in actions
    assert "clerk" in column(page, 2)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "序号"
    assert page.count_label.text() == f"显示 {len(actions)} 条，共 {len(actions)} 条"
    assert not page.more_button.isEnabled()

    # The details pane shows what the selected record changed.
    row = actions.index("unit.create")
    page.table.selectRow(row)
    assert "审计测试镇" in page.details.toPlainText()
    assert "变更后" in page.details.toPlainText()


def test_filter_by_user_and_action(qtbot: QtBot, auditor: Services) -> None:
    page = make_page(qtbot, auditor)
    type_text(page.user_edit, "auditor")
    click(qtbot, page.filter_button)
    assert set(column(page, 2)) == {"auditor"}
    page.user_edit.clear()
    type_text(page.user_edit, "clerk")
    type_text(page.action_edit, "unit.")
    qtbot.keyClick(page.action_edit, Qt.Key.Key_Return)
    assert set(column(page, 2)) == {"clerk"}
    assert set(column(page, 3)) == {"unit.create"}
    assert page.model.rowCount() == 5
    click(qtbot, page.clear_button)
    assert len(set(column(page, 2))) > 1


def test_load_more_in_pages(qtbot: QtBot, auditor: Services,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit_page, "PAGE_SIZE", 3)
    page = make_page(qtbot, auditor)
    total = page.total
    assert total > 6
    assert page.model.rowCount() == 3 and page.more_button.isEnabled()
    click(qtbot, page.more_button)
    assert page.model.rowCount() == 6
    seqs = [int(s) for s in column(page, 0)]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == 6
    while page.more_button.isEnabled():
        click(qtbot, page.more_button)
    assert page.model.rowCount() == total


def test_export_csv(qtbot: QtBot, auditor: Services, tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "trail"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "CSV (*.csv)"))
    page = make_page(qtbot, auditor)
    before = page.total
    click(qtbot, page.export_button)
    written = tmp_path / "trail.csv"
    assert written.is_file()
    with open(written, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["seq", "at", "user", "action"]
    assert len(rows) == before + 1
    assert any(r[3] == "unit.create" and "审计测试镇" in r[8] for r in rows[1:])
    assert f"已导出 {before} 条记录" in page.result_label.text()
    # The export itself is recorded, and shown.
    assert column(page, 3)[0] == "audit.export"


def test_verify_intact_then_tampered(qtbot: QtBot, auditor: Services) -> None:
    page = make_page(qtbot, auditor)
    click(qtbot, page.verify_button)
    count = auditor.audit.count()
    assert page.result_label.text() == f"审计日志完整：共 {count} 条记录。"
    assert "c00000" not in page.result_label.styleSheet()

    file = auditor.db.file
    assert file is not None
    with sqlite3.connect(file) as connection:
        connection.execute("UPDATE audit_records SET summary = 'x' WHERE seq = 3")
    click(qtbot, page.verify_button)
    assert "不完整" in page.result_label.text()
    assert "3" in page.result_label.text()
    assert "c00000" in page.result_label.styleSheet()
