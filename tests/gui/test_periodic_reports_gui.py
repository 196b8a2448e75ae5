"""The statistics page's periodic reports tab: each report generated like a user would,
through the save dialog (answered by the test), into files read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.document_fixtures import Office
from tests.gui.conftest import type_text
from zeren_desktop.services.app import Services
from zeren_desktop.ui.pages.statistics_page import (
    PeriodicReportsPanel,
    StatisticsPage,
    last_complete_quarter,
)


@pytest.fixture
def panel(qtbot: QtBot, office: tuple[Services, Office]) -> PeriodicReportsPanel:
    services, _ = office
    page = StatisticsPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    qtbot.waitUntil(lambda: page.loading is None, timeout=30_000)
    page.tabs.setCurrentWidget(page.periodic)
    assert page.periodic.isVisible()
    return page.periodic


@pytest.fixture
def saved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The save dialog: records the name it offered and saves under it in tmp_path."""
    offered: list[str] = []

    def answer(parent: QWidget, caption: str, default: str, filters: str) -> tuple[str, str]:
        offered.append(default)
        return str(tmp_path / Path(default).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered


def click(qtbot: QtBot, panel: PeriodicReportsPanel, report: str, fmt: str) -> Path:
    button = panel.buttons[(report, fmt)]
    assert button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.task is None, timeout=60_000)
    assert panel.written is not None, panel.message_label.text()
    assert panel.open_folder_button.isVisible()
    assert str(panel.written) in panel.message_label.text()
    return panel.written


def test_each_report_through_the_page(qtbot: QtBot, panel: PeriodicReportsPanel,
                                      office: tuple[Services, Office], saved: list[str],
                                      tmp_path: Path) -> None:
    _, o = office
    # the monthly table of April 2025, as PDF
    panel.month_edit.setDate(QDate(2025, 4, 1))
    monthly = click(qtbot, panel, "monthly", "pdf")
    assert monthly.parent == tmp_path and monthly.suffix == ".pdf"
    assert "2025" in saved[-1] and saved[-1].endswith(".pdf")
    assert len(PdfReader(monthly).pages) >= 1

    # the second quarter's ledger completeness of 城关镇, as Excel
    panel.quarter_year_spin.setValue(2025)
    panel.quarter_combo.setCurrentIndex(1)
    index = next(i for i in range(panel.quarter_unit_combo.count())
                 if panel.quarter_unit_combo.itemText(i).strip() == "城关镇")
    panel.quarter_unit_combo.setCurrentIndex(index)
    completeness = click(qtbot, panel, "completeness", "xlsx")
    assert "城关镇" in completeness.name
    summary = load_workbook(completeness).worksheets[0]
    rows = list(summary.iter_rows(values_only=True))
    first = next(row for row in rows if row[0] == 1)     # rank 1, under the title rows
    assert first[1] == "城关镇" and first[3] == 1

    # the duty report of the secretary, found by her pinyin initials, as Word
    panel.duty_year_spin.setValue(2025)
    type_text(panel.finder.search_edit, "oyxy")
    qtbot.waitUntil(lambda: panel.finder.cadre_id() == o.secretary, timeout=5_000)
    duty = click(qtbot, panel, "duty", "docx")
    assert "欧阳晓燕" in duty.name and duty.suffix == ".docx"
    document = docx.Document(str(duty))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "欧阳晓燕" in text and "WZ2025-001" in text

    # every leader of the unit, as PDF
    panel.unit_radio.setChecked(True)
    assert not panel.finder.isEnabled() and panel.duty_unit_combo.isEnabled()
    index = next(i for i in range(panel.duty_unit_combo.count())
                 if panel.duty_unit_combo.itemText(i).strip() == "城关镇")
    panel.duty_unit_combo.setCurrentIndex(index)
    unit_pdf = click(qtbot, panel, "duty", "pdf")
    assert len(PdfReader(unit_pdf).pages) >= 2
    panel.grab().save(str(tmp_path / "panel.png"))


def test_a_refusal_is_shown_and_writes_nothing(qtbot: QtBot, panel: PeriodicReportsPanel,
                                               office: tuple[Services, Office],
                                               saved: list[str], tmp_path: Path) -> None:
    services, o = office
    panel.duty_year_spin.setValue(dt.date.today().year)
    panel.unit_radio.setChecked(True)
    index = next(i for i in range(panel.duty_unit_combo.count())
                 if panel.duty_unit_combo.itemText(i).strip() == "河口镇")
    panel.duty_unit_combo.setCurrentIndex(index)      # no team on record
    QTest.mouseClick(panel.buttons[("duty", "pdf")], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.task is None, timeout=30_000)
    assert panel.written is None and not panel.open_folder_button.isVisible()
    assert str(dt.date.today().year) in panel.message_label.text()   # the reason
    assert panel.message_label.styleSheet()          # shown as a failure
    assert list(tmp_path.glob("*.pdf")) == []
    # nobody signed in: the service refuses, the page says so
    services.auth.sign_out()
    panel.month_edit.setDate(QDate(2025, 4, 1))
    QTest.mouseClick(panel.buttons[("monthly", "xlsx")], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.task is None, timeout=30_000)
    assert panel.written is None and list(tmp_path.glob("*.xlsx")) == []
    assert o.path.exists()


def test_the_reports_default_to_periods_that_have_ended(panel: PeriodicReportsPanel) -> None:
    assert last_complete_quarter(dt.date(2026, 11, 27)) == (2026, 3)
    assert last_complete_quarter(dt.date(2026, 10, 1)) == (2026, 3)
    assert last_complete_quarter(dt.date(2026, 9, 30)) == (2026, 2)
    assert last_complete_quarter(dt.date(2027, 2, 10)) == (2026, 4)
    today = dt.date.today()
    year, quarter = last_complete_quarter(today)
    assert (panel.quarter_year_spin.value(), panel.quarter_combo.currentIndex() + 1) \
        == (year, quarter)
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    assert panel.month() == (last_month.year, last_month.month)
