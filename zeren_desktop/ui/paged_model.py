"""A table model over a record list of any size: it asks the service for the page the view
shows, never for the whole table.

`rowCount` is the SQL count of the rows under the filter (asked once per reset); `data`
takes its row from a small cache of pages (least recently used first out), filled by a
service call `fetch(sort, descending, offset, limit)`. A page in the last half of the table
is fetched with the order reversed, counted from the end, so jumping to the end costs what
the start costs. Sorting is SQL too: each sortable column names a sort key of its service
(the id breaks ties there); a column without one is not sortable. A new filter is a
`reset` (DESIGN.md: a 1,000,000-row QSortFilterProxyModel sort took 123 s; this takes
milliseconds).

The page's columns say what a cell shows: a `PagedColumn` per column, with its header,
text, optional tooltip / colours / icon / alignment and its sort key.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from zeren_desktop.domain.text import ZerenError

_Index = QModelIndex | QPersistentModelIndex
PAGE_ROWS = 200
CACHE_PAGES = 16
FIND_ROWS = 2000          # rows looked through at most to find a record by its id
FIT_ROWS = 100            # rows measured at most to fit the columns to their contents
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HasId(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


Cell = Callable[[Any], Any]
Fetch = Callable[[str, bool, int, int], Sequence[Any]]


@dataclass(frozen=True)
class PagedColumn:
    """One column: its header, the text of a row, and optionally the other roles.

    `sort` is the service's sort key for this column (None: not sortable); `descending`
    is the direction a first click sorts in (dates newest first)."""

    header: str
    text: Cell
    sort: str | None = None
    descending: bool = False
    tooltip: Cell | None = None
    foreground: Cell | None = None
    background: Cell | None = None
    decoration: Cell | None = None
    alignment: Qt.AlignmentFlag | None = None


class PagedTableModel(QAbstractTableModel):
    """Rows by page from `fetch(sort, descending, offset, limit)`; see the module doc."""

    def __init__(self, columns: Sequence[PagedColumn], sort_column: int = 0,
                 descending: bool = True, parent: Any = None, *, page_rows: int = PAGE_ROWS,
                 cache_pages: int = CACHE_PAGES, default_sort: str = "") -> None:
        """`sort_column` -1: sorted by `default_sort`, a key no column shows."""
        super().__init__(parent)
        self.columns = list(columns)
        self.page_rows = page_rows
        self.cache_pages = cache_pages
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._total = 0
        self._count: Callable[[], int] | None = None
        self._fetch: Fetch | None = None
        self._sort_column = sort_column
        self._descending = descending
        self.default_sort = default_sort
        self.fetches = 0           # service calls made (for tests and benchmarks)

    # -- what the page sets

    def reset(self, count: Callable[[], int], fetch: Fetch) -> None:
        """A new filter (or fresh data): count, forget the pages, fetch the first one.
        A service error propagates and leaves the model as it was."""
        total = max(int(count()), 0)
        first = self._fetch_page(fetch, 0, total) if total else []
        self.beginResetModel()
        self._count, self._fetch, self._total = count, fetch, total
        self._pages.clear()
        if total:
            self._pages[0] = first
        self.endResetModel()

    def refresh(self) -> None:
        """Count and fetch again under the same filter and sort (after an edit)."""
        if self._count is not None and self._fetch is not None:
            self.reset(self._count, self._fetch)

    def clear(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._total, self._count, self._fetch = 0, None, None
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    @property
    def sort_key(self) -> str:
        if 0 <= self._sort_column < len(self.columns):
            return self.columns[self._sort_column].sort or self.default_sort
        return self.default_sort

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort is not None

    # -- rows

    def row_at(self, row: int) -> Any:
        """The record of a row (fetching its page if needed); None outside the table or
        when the service failed."""
        if not 0 <= row < self._total:
            return None
        number, within = divmod(row, self.page_rows)
        page = self._page(number)
        return page[within] if within < len(page) else None

    def cached(self, row: int) -> Any:
        """The record of a row if its page is in the cache, else None (no fetch)."""
        number, within = divmod(row, self.page_rows)
        page = self._pages.get(number)
        return page[within] if page is not None and within < len(page) else None

    def rows(self) -> list[Any]:
        """The records of the pages in the cache, in row order."""
        return [r for number in sorted(self._pages) for r in self._pages[number]]

    def row_of(self, record_id: uuid.UUID) -> int:
        """The row of a record among the cached pages, -1 when not there."""
        for number, page in self._pages.items():
            for within, record in enumerate(page):
                if record.id == record_id:
                    return number * self.page_rows + within
        return -1

    def find(self, record_id: uuid.UUID, limit: int = FIND_ROWS) -> int:
        """The row of a record, fetching pages from the top as far as `limit` rows."""
        row = self.row_of(record_id)
        number = 0
        while row < 0 and number * self.page_rows < min(limit, self._total):
            page = self._page(number)
            row = next((number * self.page_rows + i for i, r in enumerate(page)
                        if r.id == record_id), -1)
            number += 1
        return row

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks a dozen roles per cell as it paints: answer those a column does not
        # have before looking for its row.
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (int(column.alignment | Qt.AlignmentFlag.AlignVCenter)
                    if column.alignment is not None else None)
        cell = column.text if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            cell = column.tooltip
        elif role == Qt.ItemDataRole.ForegroundRole:
            cell = column.foreground
        elif role == Qt.ItemDataRole.BackgroundRole:
            cell = column.background
        elif role == Qt.ItemDataRole.DecorationRole:
            cell = column.decoration
        elif role == ID_ROLE:
            cell = _record_id
        if cell is None:
            return None
        record = self.row_at(index.row())
        return cell(record) if record is not None else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return (self.tr("Click to sort by this column") if self.sortable(section)
                        else self.tr("This column cannot be sorted"))
            if role == Qt.ItemDataRole.InitialSortOrderRole:
                return _order(self.columns[section].descending).value
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key; a column without one is left as it is."""
        if not self.sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()
        self._page(0)      # the top, where the view goes

    # -- the cache

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if self._fetch is None:
            return []
        try:
            page = self._fetch_page(self._fetch, number, self._total)
        except ZerenError:
            return []    # not cached: asked again when shown again
        self._pages[number] = page
        while len(self._pages) > self.cache_pages:
            self._pages.popitem(last=False)
        return page

    def _fetch_page(self, fetch: Fetch, number: int, total: int) -> list[Any]:
        offset = number * self.page_rows
        limit = max(min(self.page_rows, total - offset), 0)
        if limit == 0:
            return []
        self.fetches += 1
        if offset >= total // 2 and number > 0:
            # From the end: the same rows in the reverse order, as cheap as the start.
            rows = list(fetch(self.sort_key, not self._descending,
                              total - offset - limit, limit))
            rows.reverse()
            return rows
        return list(fetch(self.sort_key, self._descending, offset, limit))


def _record_id(record: Any) -> str:
    return str(record.id)


class PagedTableView(QTableView):
    """A read-only, row-selecting view of a PagedTableModel. A click on a sortable header
    sorts in SQL (a first click in the column's natural direction); a click on another
    header changes nothing. `rowCount`/`currentRow` as QTableWidget has them."""

    def __init__(self, model: PagedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.paged = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        # Fit columns to at most FIT_ROWS rows (those shown first). Not 0 ("the rows
        # shown"): a view not laid out yet counts every row as shown, and would read a
        # county's 1,000,000 to measure them.
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSortIndicator(model.sort_column, _order(model.descending))
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._indicator_changed)

    def _indicator_changed(self, column: int, _order_now: Qt.SortOrder) -> None:
        model = self.paged
        if not model.sortable(column):   # show the order the rows really have
            self.horizontalHeader().setSortIndicator(model.sort_column,
                                                     _order(model.descending))
        else:
            self.scrollToTop()

    def rowCount(self) -> int:
        return self.paged.rowCount()

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.paged.rowCount():
            self.selectRow(row)
            self.scrollTo(self.paged.index(row, 0))


def _order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
