"""The statistics page: figures, bar charts that drill down, exports in the worker."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import sign_in_as
from tests.stats_fixtures import SEED_PERIOD, Seed, StatsBuilder, build_seed
from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.enums import ClueResult, ClueSource
from zeren_desktop.services.app import Services
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.pages.statistics_page import BarChart, StatisticsPage, period_of

START, END = SEED_PERIOD


@pytest.fixture
def seed(services: Services) -> Seed:
    seed = build_seed(services)
    b = StatsBuilder(services)
    for result in (ClueResult.CONFIRMED, ClueResult.PARTLY, ClueResult.UNFOUNDED, None):
        b.clue(dt.date(2026, 2, 3), ClueSource.BIG_DATA, seed.township_a, result)
    b.clue(dt.date(2026, 2, 4), ClueSource.PETITION, seed.township_b, ClueResult.CONFIRMED)
    return seed


def make_page(qtbot: QtBot, services: Services) -> StatisticsPage:
    page = StatisticsPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    set_period(qtbot, page, START, END)
    return page


def loaded(qtbot: QtBot, page: StatisticsPage) -> None:
    qtbot.waitUntil(lambda: page.loading is None, timeout=30_000)


def set_period(qtbot: QtBot, page: StatisticsPage, start: dt.date, end: dt.date) -> None:
    page.set_period(start, end)
    loaded(qtbot, page)


def click(widget: QWidget, chart: BarChart | None = None, index: int = 0) -> None:
    if chart is None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        QTest.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center())


def bar_index(chart: BarChart, key: str) -> int:
    return [b.key for b in chart.bars].index(key)


def test_the_figures_and_a_bar_drill_down(qtbot: QtBot, services: Services, seed: Seed) -> None:
    page = make_page(qtbot, services)
    assert not page.refused
    assert page.figures[st.FIG_PERSONS].value == "104"
    assert page.figures[st.FIG_PROBLEMS].value == str(seed.problems)
    assert page.figures[st.FIG_TEAMS].value == "6"
    assert page.figures[st.FIG_CLUES].value == "5"
    assert page.figures[st.FIG_CLUES_CONFIRMED].value.startswith("3 (")
    assert "75.0" in page.figures[st.FIG_CLUES_CONFIRMED].value  # 3 of 4 concluded
    measures = page.charts[st.FIG_MEASURE]
    assert {b.key: b.value for b in measures.bars} == {
        "summons_talk": 37, "party_warning": 17, "admonishment": 22, "dismissal": 2,
        "circulated_criticism": 11, "written_examination": 15}
    assert sum(b.value for b in page.charts[st.FIG_RANK].bars) == 104
    # a click on the 约谈 bar lists the 37 persons, each with 约谈
    click(measures, measures, bar_index(measures, "summons_talk"))
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 37
    assert all(dialog.table.item(r, 4).text().startswith("约谈") for r in range(37))
    assert "37" in dialog.windowTitle()
    # a unit's bar: the persons of that unit only
    units = page.charts[st.FIG_UNIT_PERSONS]
    index = bar_index(units, str(seed.village_a))
    click(units, units, index)
    assert page.dialog is not None and page.dialog is not dialog
    rows = page.dialog.rows
    assert len(rows) == units.bars[index].value
    assert {r.unit_name for r in rows} == {"甲镇东村"}
    # a figure: every clue received
    click(page.figures[st.FIG_CLUES])
    assert page.dialog is not None and page.dialog.table.rowCount() == 5
    assert {r.kind for r in page.dialog.rows} == {"clue"}
    # the clue chart: big-data bar drills to its 4 clues, its label shows the rate
    clues = page.charts[st.FIG_CLUES]
    big = bar_index(clues, "big_data")
    assert "66.7%" in clues.bars[big].label   # 2 of 3 concluded
    click(clues, clues, big)
    assert page.dialog is not None and page.dialog.table.rowCount() == 4
    page.dialog.close()


def test_period_and_unit_filters(qtbot: QtBot, services: Services, seed: Seed) -> None:
    page = make_page(qtbot, services)
    set_period(qtbot, page, dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    assert page.figures[st.FIG_PERSONS].value == "1"
    set_period(qtbot, page, START, END)
    page.unit_combo.setCurrentIndex(page.unit_ids.index(seed.township_a))
    loaded(qtbot, page)
    report = services.statistics.report(START, END, seed.township_a)
    assert page.figures[st.FIG_PERSONS].value == str(report.persons)
    assert {b.key for b in page.charts[st.FIG_UNIT_PERSONS].bars} == {
        str(seed.township_a), str(seed.village_a)}
    # the quick choices set the dates
    page.quick_combo.setCurrentIndex(page.quick_keys.index("last_year"))
    loaded(qtbot, page)
    today = dt.date.today()
    last_year = (dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
    assert page.period() == last_year
    page.unit_combo.setCurrentIndex(0)
    loaded(qtbot, page)
    expected = services.statistics.report(*last_year)
    assert page.figures[st.FIG_PERSONS].value == str(expected.persons)
    assert page.figures[st.FIG_PROBLEMS].value == str(expected.problems)
    assert period_of("quarter", dt.date(2026, 11, 26)) == (dt.date(2026, 10, 1),
                                                          dt.date(2026, 12, 31))
    assert period_of("month", dt.date(2026, 2, 10)) == (dt.date(2026, 2, 1),
                                                       dt.date(2026, 2, 28))


def test_exports_run_in_the_worker(qtbot: QtBot, services: Services, seed: Seed,
                                   tmp_path: Path) -> None:
    page = make_page(qtbot, services)
    pdf = tmp_path / "stats.pdf"
    task = page.export("pdf", pdf)
    assert task is not None and not page.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert page.pdf_button.isEnabled()
    text = "".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    assert "104" in text and str(pdf) in page.message_label.text()
    xlsx = tmp_path / "stats.xlsx"
    page.export("xlsx", xlsx)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    sheet = openpyxl.load_workbook(xlsx, read_only=True).active
    assert any(104 in row for row in sheet.iter_rows(values_only=True))
    if os.environ.get("ZEREN_SCREENSHOTS"):
        page.grab().save(os.environ["ZEREN_SCREENSHOTS"])


def test_preview_shows_the_report_in_the_program(qtbot: QtBot, services: Services, seed: Seed,
                                                 tmp_path: Path) -> None:
    page = make_page(qtbot, services)
    pdf = tmp_path / "stats.pdf"
    page.export("pdf", pdf)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    pages = len(PdfReader(pdf).pages)

    QTest.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.task is not None and not page.preview_button.isEnabled()
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
    dialog = page.preview_dialog
    assert dialog is not None and dialog.isVisible() and page.preview_button.isEnabled()
    preview = dialog.preview
    assert preview.error == "" and preview.page_count() == pages
    assert isinstance(dialog.source, Path)
    temporary = dialog.source
    assert temporary.is_file() and temporary.name.endswith(
        f"-{START:%Y%m%d}-{END:%Y%m%d}.pdf")
    preview.render_pending()
    image = preview.view.viewport().grab(preview._page_rect(0)).toImage()
    dark = sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 200   # the report's title, table and bars are drawn
    if os.environ.get("ZEREN_SHOTS"):
        dialog.grab().save(str(Path(os.environ["ZEREN_SHOTS"]) / "statistics-preview.png"))
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert page.preview_dialog is None
    assert not temporary.exists() and not temporary.parent.exists()


def test_the_administrator_sees_a_notice(qtbot: QtBot, services: Services, seed: Seed) -> None:
    sign_in_as(services, "admin")
    page = StatisticsPage(services)
    qtbot.addWidget(page)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    loaded(qtbot, page)
    assert page.refused


def test_a_drilled_record_opens_in_its_own_area(qtbot: QtBot, services: Services,
                                                seed: Seed) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_area_key("statistics")
    page = window.statistics_page
    assert page is not None
    set_period(qtbot, page, START, END)
    # a person behind the 约谈 bar: Enter on the row shows their case in 问责案件
    measures = page.charts[st.FIG_MEASURE]
    click(measures, measures, bar_index(measures, "summons_talk"))
    dialog = page.dialog
    assert dialog is not None and not dialog.open_button.isEnabled()
    dialog.table.selectRow(5)
    assert dialog.open_button.isEnabled()
    wanted = dialog.rows[5].case_id
    assert wanted is not None
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_area() == "cases"
    assert window.cases_page is not None
    assert window.cases_page.selected_case_id() == wanted
    # a clue behind the clue figure: the Open button shows it in 问题线索, opened to edit
    window.show_area_key("statistics")
    click(page.figures[st.FIG_CLUES])
    dialog = page.dialog
    assert dialog is not None
    dialog.table.selectRow(3)
    clue = dialog.rows[3]
    dialog.open_button.click()
    assert window.current_area() == "clues"
    clues = window.clues_page
    assert clues is not None and clues.selected_id() == clue.id
    assert clues.dialog is not None and clues.dialog.isVisible()
    assert clues.dialog.number_edit.text() == clue.number
    clues.dialog.reject()
