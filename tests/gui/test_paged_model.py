"""The paged table model in a real QTableView (offscreen), over the small county of
tests/conftest.py.

Scrolling to the end shows the last rows of a plain query (fetched from the end, not by
loading everything before them); a click on a header sorts in SQL, a click on a header
without a sort key changes nothing; a filter counts afresh; the page cache stays bounded;
the ledger, clue and case pages show their rows through it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.conftest import COUNTY_SCALE
from zeren_desktop.services.app import Services
from zeren_desktop.services.ledger_dto import LedgerFilter
from zeren_desktop.ui.paged_model import ID_ROLE, PagedTableView
from zeren_desktop.ui.pages.cases_page import CasesPage
from zeren_desktop.ui.pages.clues_page import CluesPage
from zeren_desktop.ui.pages.ledger_page import LedgerPage, LedgerTableModel


def plain_ledger(services: Services, order: str, where: str = "", prefix: str = "",
                 **params: object) -> list[uuid.UUID]:
    with services.db.read() as session:
        return [uuid.UUID(str(v)) for v in session.scalars(text(
            f"{prefix} SELECT e.id FROM ledger_entries e JOIN cadres c ON c.id = e.cadre_id"
            f" {where} ORDER BY {order}"), params)]


DATE_DESC = "e.entry_date DESC, e.created_at DESC, e.id DESC"
CADRE_ASC = "c.name, e.cadre_id, e.entry_date, e.id"


def shown_ids(view: PagedTableView) -> list[uuid.UUID]:
    """The ids of the rows the viewport shows, as the view asks the model for them."""
    model = view.model()
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    return [uuid.UUID(model.index(row, 0).data(ID_ROLE)) for row in range(first, last + 1)]


def make_view(qtbot: QtBot, services: Services, where: LedgerFilter,
              cache_pages: int = 16) -> tuple[PagedTableView, LedgerTableModel]:
    model = LedgerTableModel()
    model.cache_pages = cache_pages
    view = PagedTableView(model)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    assert QTest.qWaitForWindowExposed(view)
    ledger = services.ledger
    model.reset(lambda: ledger.count(where), lambda sort, descending, offset, limit:
                ledger.page(where, sort, descending, offset, limit))
    return view, model


def click_header(view: PagedTableView, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))


def test_scroll_to_the_end_sort_by_a_click_and_filter(qtbot: QtBot, county: Services,
                                                      tmp_path: Path) -> None:
    view, model = make_view(qtbot, county, LedgerFilter())
    plain = plain_ledger(county, DATE_DESC)
    assert model.rowCount() == len(plain) == COUNTY_SCALE.ledger_entries
    assert shown_ids(view)[:5] == plain[:5]
    assert model.fetches == 1 and model.cached_pages() == 1

    view.scrollToBottom()
    QApplication.processEvents()
    shown = shown_ids(view)
    assert len(shown) > 5 and shown == plain[-len(shown):]
    assert model.cached_pages() == 2     # the first page and the last, nothing between
    assert model.data(model.index(model.rowCount() - 1, 0)) == \
        county.ledger.get(plain[-1]).row.entry_date.isoformat()
    view.grab().save(str(tmp_path / "ledger-end.png"))

    # A click on "Cadre" sorts by the cadre's name, A to Z, from the top.
    click_header(view, 1)
    assert (model.sort_key, model.descending) == ("cadre", False)
    assert view.horizontalHeader().sortIndicatorSection() == 1
    view.scrollToTop()
    QApplication.processEvents()
    by_cadre = plain_ledger(county, CADRE_ASC)
    shown = shown_ids(view)
    assert shown == by_cadre[:len(shown)]
    names = [model.index(r, 1).data() for r in range(len(shown))]
    assert names == sorted(names)
    # Again: Z to A, and the end of that is the start of A to Z.
    click_header(view, 1)
    assert model.descending
    view.scrollToBottom()
    QApplication.processEvents()
    shown = shown_ids(view)
    assert shown == list(reversed(by_cadre[:len(shown)]))
    # "Place" has no sort key: the order and the indicator stay.
    click_header(view, 5)
    assert (model.sort_key, model.descending) == ("cadre", True)
    assert view.horizontalHeader().sortIndicatorSection() == 1
    assert model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) != \
        model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)

    # A filter: a township and a period, counted afresh; the sort is kept.
    town = sorted((u for u in county.units.list_all() if u.kind.value == "township"),
                  key=lambda u: u.name)[0].id
    where = LedgerFilter(unit_id=town, date_from=dt.date(2024, 1, 1))
    ledger = county.ledger
    model.reset(lambda: ledger.count(where), lambda sort, descending, offset, limit:
                ledger.page(where, sort, descending, offset, limit))
    sub = ("WITH RECURSIVE sub(id) AS (SELECT :unit UNION SELECT units.id FROM units"
           " JOIN sub ON units.parent_id = sub.id)")
    unit = town.hex if county.db.engine.dialect.name == "sqlite" else town
    filtered = plain_ledger(county, CADRE_ASC.replace(",", " DESC,") + " DESC",
                            "WHERE e.unit_id IN (SELECT id FROM sub) AND e.entry_date >= :a",
                            sub, unit=unit, a=dt.date(2024, 1, 1))
    assert 0 < model.rowCount() == len(filtered) < COUNTY_SCALE.ledger_entries
    view.scrollToTop()
    QApplication.processEvents()
    assert shown_ids(view) == filtered[:len(shown_ids(view))]


def test_the_cache_stays_bounded(qtbot: QtBot, county: Services) -> None:
    view, model = make_view(qtbot, county, LedgerFilter(), cache_pages=3)
    plain = plain_ledger(county, DATE_DESC)
    for row in range(0, model.rowCount(), 97):
        view.scrollTo(model.index(row, 0))
        QApplication.processEvents()
        assert model.cached_pages() <= 3
        assert model.row_at(row).id == plain[row]
    assert model.fetches > 3
    assert len(model.rows()) <= 3 * model.page_rows
    # A row outside the cache is fetched again, not lost.
    assert model.cached(0) is None and model.row_at(0).id == plain[0]


def test_pages_show_their_records_through_it(qtbot: QtBot, county: Services,
                                             tmp_path: Path) -> None:
    ledger = LedgerPage(county)
    qtbot.addWidget(ledger)
    ledger.resize(1280, 760)
    ledger.date_from.set_date(None)
    ledger.date_to.set_date(None)
    ledger.show()
    assert QTest.qWaitForWindowExposed(ledger)
    qtbot.waitUntil(lambda: ledger.model.total == COUNTY_SCALE.ledger_entries)
    assert ledger.count_label.text() == f"共 {COUNTY_SCALE.ledger_entries} 条"
    ledger.table.scrollToBottom()
    QApplication.processEvents()
    ledger.grab().save(str(tmp_path / "ledger-page.png"))
    last = ledger.model.rowCount() - 1
    ledger.table.selectRow(last)
    assert ledger.selected_id() == plain_ledger(county, DATE_DESC)[-1]

    clues = CluesPage(county)
    qtbot.addWidget(clues)
    clues.resize(1280, 700)
    clues.show()
    clues.reload()
    assert clues.table.rowCount() == county.clues.count() == COUNTY_SCALE.clues
    click_header(clues.table, 0)             # by number
    assert clues.model.sort_key == "number"
    numbers = [clues.model.index(r, 0).data() for r in range(10)]
    assert numbers == sorted(numbers)
    clues.table.scrollToBottom()
    QApplication.processEvents()
    clues.grab().save(str(tmp_path / "clues-page.png"))

    cases = CasesPage(county)
    qtbot.addWidget(cases)
    cases.resize(1280, 700)
    cases.show()
    assert cases.case_table.rowCount() == county.cases.count() == COUNTY_SCALE.cases
    click_header(cases.case_table, 4)        # by deadline, the earliest first
    assert cases.case_model.sort_key == "due"
    dues = [r.stage_due for r in cases.case_rows if r.stage_due is not None]
    assert dues == sorted(dues) and cases.case_rows[0].stage_due is not None
    cases.grab().save(str(tmp_path / "cases-page.png"))


def test_a_hidden_ledger_page_fetches_no_more_than_it_shows(qtbot: QtBot,
                                                            county: Services) -> None:
    """Built hidden (the main window makes a page before showing it) and over all the
    entries, the page reads a page or two; fitting its columns waits until it is on screen
    (a hidden view counts every row as shown: a county's 1,000,000 would all be read)."""
    ledger = LedgerPage(county)
    qtbot.addWidget(ledger)
    ledger.resize(1280, 760)
    ledger.date_from.set_date(None)
    ledger.date_to.set_date(None)
    ledger.reload()
    assert ledger.model.total == COUNTY_SCALE.ledger_entries   # 8 pages of 200
    assert ledger.model.fetches <= 3      # a page per reload at most
    before = ledger.model.fetches
    ledger.show()
    assert QTest.qWaitForWindowExposed(ledger)
    QApplication.processEvents()
    # Shown: the columns are fitted to the rows on screen, still without reading the rest.
    assert ledger.model.fetches - before <= 2
    assert 80 <= ledger.table.columnWidth(0) <= 100


def test_fitting_columns_reads_a_page_even_before_the_view_is_laid_out(
        qtbot: QtBot, county: Services) -> None:
    """A view that is not on screen (or not laid out yet) counts every row as shown: fitting
    its columns to their contents must still read no more than the first page."""
    view, model = make_view(qtbot, county, LedgerFilter())
    view.hide()
    before = model.fetches
    model.reset(lambda: county.ledger.count(LedgerFilter()),
                lambda sort, desc, offset, limit: county.ledger.page(
                    LedgerFilter(), sort, desc, offset, limit))
    view.resizeColumnsToContents()
    assert model.total == COUNTY_SCALE.ledger_entries
    assert model.fetches - before <= 1
