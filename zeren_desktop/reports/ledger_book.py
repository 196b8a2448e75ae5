"""履责纪实簿: a leader's printed duty ledger book, one or several books in one PDF.

Each book: cover, instructions, the year's responsibility list, the entry pages (a ruled
table), the quarterly self-review, the commission's inspection pages and the year-end page.
Pages are numbered per book ("— 3 —" in the foot, "第 3 页 共 48 页" in the running head)
and every book after the first starts on a recto page (a blank verso is inserted when the
book before it has an odd number of pages), so a duplex print can be split into books.

Speed (DESIGN.md, measured): one LongTable is four times slower than one table per page.
The builder wraps every cell once, paginates the rows itself (splitting a row that is taller
than the room left), and gives each page its own Table with fixed row heights, so ReportLab
neither re-measures nor splits tables. The page totals are drawn when the canvas is saved
(each page's content is kept until then), so there is one layout pass.

Text is laid out by TextBlock, not Paragraph: data is drawn as plain text (never parsed
as markup, so nothing needs escaping) and broken into lines by the Chinese rules (避头尾),
which ReportLab's CJK wrap gets wrong (reports/textflow.py).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)
from reportlab.platypus.doctemplate import ActionFlowable

from zeren_desktop.domain.enums import ItemStatus, LedgerCategory
from zeren_desktop.domain.text import LIST_SEPARATOR, QT_TRANSLATE_NOOP, Translate, untranslated
from zeren_desktop.reports.book_data import (
    BookEntry,
    BookInspection,
    BookListItem,
    LedgerBook,
)
from zeren_desktop.reports.textflow import TextBlock, clean, text_width

# --- page geometry (A4 portrait, binding margin on the left) --------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 28 * mm
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN      # 162 mm
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN    # 251 mm
HEAD_BASELINE = PAGE_HEIGHT - 15 * mm
HEAD_RULE = PAGE_HEIGHT - 17 * mm
FOOT_BASELINE = 12 * mm

# Column widths in mm; each table adds up to the 162 mm type width.
ENTRY_COLUMNS_MM = (8, 15, 14, 18, 13, 15, 35, 10, 14, 11, 9)
REVIEW_COLUMNS_MM = (9, 81, 18, 18, 18, 18)
INSPECTION_COLUMNS_MM = (15, 14, 19, 32, 28, 14, 24, 16)
LIST_COLUMNS_MM = (10, 152)

BLANK_ENTRY_ROW = 20 * mm        # a hand-written entry: about three lines in "content"
BLANK_INSPECTION_ROW = 24 * mm
MIN_ENTRY_ROW = 9 * mm           # room for a signature
SIGNATURE_BLOCK = 6 * mm + 2 * 26 + 2  # spacer and two 26 pt lines under the list
SLACK = 1.0                      # points kept free at the foot of each page (rounding)
_HUGE = 1e7

# --- the words (English source, translated at build time) -----------------------------------

_CTX = "LedgerBook"  # the context of every string below (QT_TRANSLATE_NOOP needs the literal)

T_COVER_YEAR = QT_TRANSLATE_NOOP("LedgerBook", "Year {year}")
T_COVER_TITLE = QT_TRANSLATE_NOOP("LedgerBook", "Duty Ledger Book of a Leading Cadre")
T_COVER_SUBTITLE = QT_TRANSLATE_NOOP(
    "LedgerBook", "(principal responsibility for Party conduct and integrity)")
T_UNIT = QT_TRANSLATE_NOOP("LedgerBook", "Unit")
T_NAME = QT_TRANSLATE_NOOP("LedgerBook", "Name")
T_POST = QT_TRANSLATE_NOOP("LedgerBook", "Post")
T_PORTFOLIO = QT_TRANSLATE_NOOP("LedgerBook", "Portfolio")
T_BOOK_NUMBER = QT_TRANSLATE_NOOP("LedgerBook", "Book no.")
T_ISSUED_BY = QT_TRANSLATE_NOOP("LedgerBook", "Issued by {issuer}")
T_BOOK_PAGES = QT_TRANSLATE_NOOP("LedgerBook", "This book has {n} pages.")
T_RUNNING_HEAD = QT_TRANSLATE_NOOP("LedgerBook", "{year} duty ledger book · {name}")
T_PAGE_OF = QT_TRANSLATE_NOOP("LedgerBook", "Page {n} of {total}")
T_PAGE_NUMBER = QT_TRANSLATE_NOOP("LedgerBook", "— {n} —")

T_INSTRUCTIONS = QT_TRANSLATE_NOOP("LedgerBook", "Instructions")
INSTRUCTIONS = (
    QT_TRANSLATE_NOOP(
        "LedgerBook",
        "This book records how the holder carries out the principal responsibility for "
        "Party conduct and integrity during the year. It is kept by the holder's unit; "
        "no page may be torn out or replaced."),
    QT_TRANSLATE_NOOP(
        "LedgerBook",
        "Record every event of the nine must-record kinds promptly, as it happens, and do "
        "not fill in the book afterwards in one go. The nine kinds are: {kinds}."),
    QT_TRANSLATE_NOOP(
        "LedgerBook",
        "One entry per event: date, category, matter, place, participants, content and "
        "measures, and the numbers of the list items it serves. Write legibly in ink; "
        "correct a mistake by striking it through and signing beside it."),
    QT_TRANSLATE_NOOP(
        "LedgerBook",
        "Number the evidence (minutes, notices, photographs, talk records and the like), "
        "write the numbers in the evidence column and file the evidence in that order."),
    QT_TRANSLATE_NOOP(
        "LedgerBook",
        "At the end of each quarter, review every item of the responsibility list on the "
        "self-review page ({statuses}) and sign it."),
    QT_TRANSLATE_NOOP(
        "LedgerBook",
        "The discipline commission checks this book in its inspections and records the "
        "problems found, the rectification required and the deadline; the holder records "
        "the result."),
    QT_TRANSLATE_NOOP(
        "LedgerBook",
        "At the end of the year, the holder writes a self-report on the last page; the "
        "book is a basis of the annual assessment."),
)

T_LIST_FALLBACK = QT_TRANSLATE_NOOP("LedgerBook", "Responsibility list for {year}")
T_ITEM = QT_TRANSLATE_NOOP("LedgerBook", "Responsibility item")
T_HOLDER_SIGNATURE = QT_TRANSLATE_NOOP("LedgerBook", "Holder's signature: {name}")
T_SIGNED_ON = QT_TRANSLATE_NOOP("LedgerBook", "Signed on: {date}")
T_BLANK_DATE = QT_TRANSLATE_NOOP("LedgerBook", "______ (year) ____ (month) ____ (day)")

T_ENTRIES = QT_TRANSLATE_NOOP("LedgerBook", "Record of duties performed")
T_NO = QT_TRANSLATE_NOOP("LedgerBook", "No.")
T_DATE = QT_TRANSLATE_NOOP("LedgerBook", "Date")
T_CATEGORY = QT_TRANSLATE_NOOP("LedgerBook", "Category")
T_MATTER = QT_TRANSLATE_NOOP("LedgerBook", "Matter")
T_PLACE = QT_TRANSLATE_NOOP("LedgerBook", "Place")
T_PARTICIPANTS = QT_TRANSLATE_NOOP("LedgerBook", "Participants")
T_CONTENT = QT_TRANSLATE_NOOP("LedgerBook", "Content and measures")
T_ITEMS_SERVED = QT_TRANSLATE_NOOP("LedgerBook", "List items served")
T_EVIDENCE = QT_TRANSLATE_NOOP("LedgerBook", "Evidence no.")
T_SIGNATURE = QT_TRANSLATE_NOOP("LedgerBook", "Signature")
T_REMARKS = QT_TRANSLATE_NOOP("LedgerBook", "Remarks")

T_REVIEW = QT_TRANSLATE_NOOP("LedgerBook", "Quarterly self-review")
T_REVIEW_NOTE = QT_TRANSLATE_NOOP(
    "LedgerBook", "At the end of each quarter write the state of each list item: {statuses}.")
T_QUARTERS = (
    QT_TRANSLATE_NOOP("LedgerBook", "1st quarter"),
    QT_TRANSLATE_NOOP("LedgerBook", "2nd quarter"),
    QT_TRANSLATE_NOOP("LedgerBook", "3rd quarter"),
    QT_TRANSLATE_NOOP("LedgerBook", "4th quarter"),
)
T_REVIEW_SIGNATURE = QT_TRANSLATE_NOOP("LedgerBook", "Holder's signature")
T_REVIEW_DATE = QT_TRANSLATE_NOOP("LedgerBook", "Date of review")

T_INSPECTIONS = QT_TRANSLATE_NOOP("LedgerBook", "Inspections by the discipline commission")
T_INSPECTED_ON = QT_TRANSLATE_NOOP("LedgerBook", "Inspection date")
T_KIND = QT_TRANSLATE_NOOP("LedgerBook", "Kind")
T_INSPECTORS = QT_TRANSLATE_NOOP("LedgerBook", "Inspectors")
T_FINDINGS = QT_TRANSLATE_NOOP("LedgerBook", "Problems found")
T_RECTIFICATION = QT_TRANSLATE_NOOP("LedgerBook", "Rectification required")
T_DEADLINE = QT_TRANSLATE_NOOP("LedgerBook", "Deadline")
T_RESULT = QT_TRANSLATE_NOOP("LedgerBook", "Result and date")
T_SIGNATURES = QT_TRANSLATE_NOOP("LedgerBook", "Signatures (inspector, holder)")
T_RESULT_WITH_DATE = QT_TRANSLATE_NOOP("LedgerBook", "{result} ({date})")

T_YEAR_END = QT_TRANSLATE_NOOP("LedgerBook", "Year-end self-report and assessment")
T_SELF_REPORT = QT_TRANSLATE_NOOP("LedgerBook", "Self-report on the duties performed")
T_ASSESSMENT = QT_TRANSLATE_NOOP("LedgerBook", "Result of the annual assessment")
T_HOLDER_SIGNS = QT_TRANSLATE_NOOP("LedgerBook", "Holder (signature):")
T_ASSESSOR_SIGNS = QT_TRANSLATE_NOOP("LedgerBook", "Assessing body (seal):")
T_DATE_LINE = QT_TRANSLATE_NOOP("LedgerBook", "Date: {date}")


class BuildCancelled(Exception):
    """The progress callback asked to stop; no file was written."""


def chinese_date(day: dt.date) -> str:
    """2026年3月5日: Arabic numerals, no zero padding (GB/T 9704)."""
    return f"{day.year}年{day.month}月{day.day}日"


def short_date(day: dt.date, year: int) -> str:
    """3月5日 inside a book of that year; the full date otherwise."""
    return f"{day.month}月{day.day}日" if day.year == year else chinese_date(day)


# --- small flowables ------------------------------------------------------------------------

class _Action(ActionFlowable):  # type: ignore[misc]
    """A story marker that is never drawn: runs `action(doc)` when layout reaches it."""

    def __init__(self, action: Callable[[Any], None]) -> None:
        super().__init__()
        self._run = action

    def apply(self, doc: Any) -> None:
        self._run(doc)


class RuledLines(Flowable):  # type: ignore[misc]
    """Blank lines to write on by hand."""

    def __init__(self, count: int, pitch: float) -> None:
        super().__init__()
        self.count = count
        self.pitch = pitch

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.count * self.pitch

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        fits = int(availHeight // self.pitch)
        if fits <= 0 or fits >= self.count:
            return []
        return [RuledLines(fits, self.pitch), RuledLines(self.count - fits, self.pitch)]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.4)
        for line in range(self.count):
            y = line * self.pitch + 0.5
            canvas.line(0, y, self.width, y)


class _PagesStatement(Flowable):  # type: ignore[misc]
    """The line "this book has N pages": N is known only when the book is laid out, so
    the line is registered with the canvas and written when the canvas is saved."""

    def __init__(self, template: str, font: str, size: float) -> None:
        super().__init__()
        self.template = template
        self.font = font
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.size * 1.6

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        canvas.zeren_marks.append(
            (x + self.width / 2, y + self.size * 0.4, self.font, self.size, self.template))


class _Cover(Flowable):  # type: ignore[misc]
    """The cover, laid out on the whole frame."""

    def __init__(self, book: LedgerBook, font: str, words: Callable[[str], str]) -> None:
        super().__init__()
        self.book = book
        self.font = font
        self.words = words

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight - SLACK
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self._origin = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas, book, font, tr = self.canv, self.book, self.font, self.words
        canvas.zeren_cover = True
        width, height = self.width, self.height
        centre = width / 2

        def centred(text: str, size: float, leading: float, top: float) -> float:
            block = TextBlock(text, font, size, leading, align="centre")
            _, h = block.wrap(width, height)
            block.drawOn(canvas, 0, top - h)
            return top - h

        y = centred(tr(T_COVER_YEAR).format(year=book.year), 22, 30, height - 28 * mm)
        y = centred(tr(T_COVER_TITLE), 32, 44, y - 8 * mm)
        y = centred(tr(T_COVER_SUBTITLE), 14, 20, y - 4 * mm)

        rows = [[TextBlock(tr(key), font, 15, 20, align="centre"),
                 TextBlock(text, font, 15, 20, align="centre")]
                for key, text in ((T_UNIT, book.unit_name), (T_NAME, book.cadre_name),
                                  (T_POST, book.title), (T_PORTFOLIO, book.portfolio),
                                  (T_BOOK_NUMBER, book.book_number))]
        fields = Table(rows, colWidths=[32 * mm, 92 * mm], style=[
            ("FONT", (0, 0), (-1, -1), font, 15),   # else Helvetica is declared
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.8, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 9),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ])
        table_width, table_height = fields.wrapOn(canvas, width, height)
        table_top = min(y - 22 * mm, height * 0.58)
        # a long portfolio moves the table up rather than over the issuer's line
        table_top = min(y - 4 * mm, max(table_top, table_height + 80 * mm))
        fields.drawOn(canvas, centre - table_width / 2, table_top - table_height)

        origin_x, origin_y = self._origin
        canvas.zeren_marks.append((origin_x + centre,
                                   origin_y + table_top - table_height - 16 * mm,
                                   font, 14, tr(T_BOOK_PAGES)))
        centred(tr(T_ISSUED_BY).format(issuer=book.issuer), 18, 26, 32 * mm)


# --- tables: cells wrapped once, rows paginated here, one Table per page ---------------------

@dataclass
class _Row:
    cells: list[Any]
    height: float
    kind: str = "data"        # "data", "area" (spans all columns), "blank", "fixed"
    weight: int = 0           # entries completed by this row (progress)
    keep_with_next: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)   # (first, last) columns

    @property
    def splittable(self) -> bool:
        return self.kind == "data"


class _Grid:
    """One kind of ruled table: columns, type size, paddings; makes rows and page tables."""

    PAD_X = 1.5
    PAD_Y = 2.5

    def __init__(self, font: str, size: float, leading: float, widths_mm: Sequence[float],
                 headers: Sequence[str], *, centred: Sequence[int] = (0,),
                 min_height: float = 0) -> None:
        self.font, self.size, self.leading = font, size, leading
        self.widths = [w * mm for w in widths_mm]
        self.inner = [w - 2 * self.PAD_X for w in self.widths]
        self.centred = set(centred)
        self.min_height = min_height
        head_size = size - 0.5
        self.header = [TextBlock(text, font, head_size, head_size * 1.25, align="centre")
                       for text in headers]
        self.header_height = max(
            block.wrap(w, _HUGE)[1] for block, w in zip(self.header, self.inner, strict=True)
        ) + 2 * self.PAD_Y + 2
        self.base_style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), font, size, leading),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), self.PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), self.PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), self.PAD_Y),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            *(("ALIGN", (c, 0), (c, -1), "CENTER") for c in sorted(self.centred)),
        ]
        self.last_room = 0.0

    def cell(self, text: str, column: int, width: float | None = None,
             centred: bool | None = None) -> tuple[Any, float]:
        """The cell value (a plain string when it fits on one line) and its text height."""
        text = clean(text).strip()
        if not text:
            return "", 0.0
        inner = self.inner[column] if width is None else width
        if "\n" not in text and text_width(text, self.font) * self.size <= inner:
            return text, self.leading
        if centred is None:
            centred = column in self.centred
        block = TextBlock(text, self.font, self.size, self.leading,
                          align="centre" if centred else "left")
        _, height = block.wrap(inner, _HUGE)
        return block, height

    def row(self, texts: Sequence[str], *, weight: int = 0) -> _Row:
        cells, heights = [], []
        for column, text in enumerate(texts):
            value, height = self.cell(text, column)
            cells.append(value)
            heights.append(height)
        height = max(max(heights) + 2 * self.PAD_Y, self.min_height)
        return _Row(cells, height, weight=weight)

    def area_row(self, text: str) -> _Row:
        """A group heading across the whole table."""
        value, height = self.cell(text, 0, sum(self.widths) - 2 * self.PAD_X, centred=False)
        cells = [value] + [""] * (len(self.widths) - 1)
        return _Row(cells, height + 2 * self.PAD_Y, kind="area", keep_with_next=True,
                    spans=[(0, len(self.widths) - 1)])

    def label_row(self, label: str, columns: int, height: float) -> _Row:
        """A fixed-height row to fill in by hand, its label across the first columns."""
        value, _ = self.cell(label, 0, sum(self.widths[:columns]) - 2 * self.PAD_X,
                             centred=True)
        cells = [value] + [""] * (len(self.widths) - 1)
        return _Row(cells, height, kind="fixed", spans=[(0, columns - 1)])

    def blank_row(self, height: float) -> _Row:
        return _Row([""] * len(self.widths), height, kind="blank")

    def split(self, row: _Row, room: float) -> tuple[_Row, _Row] | None:
        """Cut a tall row so that its first part fills `room`; None when it cannot."""
        text_room = room - 2 * self.PAD_Y
        if text_room < 2 * self.leading:
            return None
        first: list[Any] = []
        rest: list[Any] = []
        first_h, rest_h = [0.0], [0.0]
        moved = False
        for column, value in enumerate(row.cells):
            if isinstance(value, TextBlock) and value.height > text_room:
                parts = value.split(self.inner[column], text_room)
                if len(parts) < 2:
                    return None
                first.append(parts[0])
                first_h.append(parts[0].wrap(self.inner[column], _HUGE)[1])
                rest.append(parts[1])
                rest_h.append(parts[1].wrap(self.inner[column], _HUGE)[1])
                moved = True
            else:
                first.append(value)
                first_h.append(value.height if isinstance(value, TextBlock)
                               else (self.leading if value else 0.0))
                # the number goes with both parts, so the continuation is recognisable
                rest.append(value if column == 0 else "")
        if not moved:
            return None
        head = _Row(first, min(room, max(max(first_h) + 2 * self.PAD_Y, self.min_height)))
        tail = _Row(rest, max(max(rest_h) + 2 * self.PAD_Y, self.min_height),
                    weight=row.weight)
        return head, tail

    def paginate(self, rows: Sequence[_Row], first_room: float,
                 page_room: float) -> list[list[_Row]]:
        """Rows per page; `first_room` is the frame height left on the first page.

        A row that does not fit moves to the next page, unless it is tall and the room
        left is large (a quarter of a page) or it would not fit on a page at all: then it
        is cut between lines of text. Sets `last_room`, the room left on the last page.
        """
        fresh = page_room - self.header_height - SLACK
        room = first_room - self.header_height - SLACK
        pages: list[list[_Row]] = []
        current: list[_Row] = []
        queue = deque(rows)
        min_split = 2 * self.PAD_Y + 3 * self.leading
        while queue:
            row = queue.popleft()
            need = row.height
            if row.keep_with_next and queue:
                need += min(queue[0].height, min_split)   # no heading alone at a page foot
            if need <= room or (not current and room >= fresh and row.height <= room):
                current.append(row)
                room -= row.height
                continue
            worth_splitting = row.height > fresh or room >= max(min_split, fresh / 4)
            if row.splittable and worth_splitting:
                parts = self.split(row, room)
                if parts is not None:
                    current.append(parts[0])
                    queue.appendleft(parts[1])
                    pages.append(current)
                    current, room = [], fresh
                    continue
            if current or room < fresh:
                pages.append(current)
                current, room = [], fresh
                queue.appendleft(row)
                continue
            # a fresh page, the row is taller and cannot be cut: give it the page
            row.height = room
            current.append(row)
            room = 0
        pages.append(current)
        self.last_room = room
        return [page for page in pages if page] or [[]]

    def table(self, rows: Sequence[_Row]) -> Any:
        data = [self.header] + [row.cells for row in rows]
        heights = [self.header_height] + [row.height for row in rows]
        style = list(self.base_style)
        for index, row in enumerate(rows, start=1):
            for first, last in row.spans:
                style.append(("SPAN", (first, index), (last, index)))
            if row.kind == "area":
                style.append(("BACKGROUND", (0, index), (-1, index),
                              colors.Color(0.96, 0.96, 0.96)))
                style.append(("ALIGN", (0, index), (-1, index), "LEFT"))
        return Table(data, colWidths=self.widths, rowHeights=heights, style=style)


# --- the canvas that numbers pages per book -------------------------------------------------

@dataclass(frozen=True)
class _Chrome:
    font: str
    heads: tuple[str, ...]     # running head per book
    page_of: str               # "Page {n} of {total}"
    page_number: str           # "— {n} —"


class _BookCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until save(), then adds what needs the page count of its book."""

    chrome: _Chrome

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.zeren_saved: list[dict[str, Any]] = []
        self.zeren_book = 0
        self.zeren_cover = False
        self.zeren_marks: list[tuple[float, float, str, float, str]] = []
        self.zeren_page_count = 0

    def showPage(self) -> None:
        self.zeren_saved.append(dict(self.__dict__))
        self._startPage()
        self.zeren_cover = False
        self.zeren_marks = []

    def save(self) -> None:
        saved = self.zeren_saved
        totals: dict[int, int] = {}
        for state in saved:
            totals[state["zeren_book"]] = totals.get(state["zeren_book"], 0) + 1
        last_book = saved[-1]["zeren_book"] if saved else 0
        number, book, pages = 0, -1, 0
        for index, state in enumerate(saved):
            self.__dict__.update(state)
            if state["zeren_book"] != book:
                book, number = state["zeren_book"], 0
            number += 1
            self._decorate(book, number, totals[book], state["zeren_cover"],
                           state["zeren_marks"])
            Canvas.showPage(self)
            pages += 1
            ends_book = index + 1 == len(saved) or saved[index + 1]["zeren_book"] != book
            if ends_book and book != last_book and totals[book] % 2:
                Canvas.showPage(self)   # blank verso: the next book starts on a recto page
                pages += 1
        self.zeren_page_count = pages
        Canvas.save(self)

    def _decorate(self, book: int, number: int, total: int, cover: bool,
                  marks: Sequence[tuple[float, float, str, float, str]]) -> None:
        chrome = self.chrome
        self.saveState()
        self.setFillColor(colors.black)
        self.setStrokeColor(colors.black)
        if not cover:
            self.setFont(chrome.font, 9)
            self.drawString(LEFT_MARGIN, HEAD_BASELINE, chrome.heads[book])
            self.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, HEAD_BASELINE,
                                 chrome.page_of.format(n=number, total=total))
            self.setLineWidth(0.5)
            self.line(LEFT_MARGIN, HEAD_RULE, PAGE_WIDTH - RIGHT_MARGIN, HEAD_RULE)
        self.setFont(chrome.font, 10.5)
        self.drawCentredString(LEFT_MARGIN + FRAME_WIDTH / 2, FOOT_BASELINE,
                               chrome.page_number.format(n=number))
        for x, y, font, size, template in marks:
            self.setFont(font, size)
            self.drawCentredString(x, y, template.format(n=total))
        self.restoreState()


# --- the book -------------------------------------------------------------------------------

class _Builder:
    def __init__(self, font: str, translate: Translate) -> None:
        self.font = font
        self.translate = translate
        tr = self.words
        self.entry_grid = _Grid(font, 9, 12, ENTRY_COLUMNS_MM, [tr(t) for t in (
            T_NO, T_DATE, T_CATEGORY, T_MATTER, T_PLACE, T_PARTICIPANTS, T_CONTENT,
            T_ITEMS_SERVED, T_EVIDENCE, T_SIGNATURE, T_REMARKS)], centred=(0, 1),
            min_height=MIN_ENTRY_ROW)
        self.review_grid = _Grid(font, 9.5, 13, REVIEW_COLUMNS_MM,
                                 [tr(T_NO), tr(T_ITEM), *(tr(q) for q in T_QUARTERS)],
                                 centred=(0, 2, 3, 4, 5), min_height=8 * mm)
        self.inspection_grid = _Grid(font, 9, 12, INSPECTION_COLUMNS_MM, [tr(t) for t in (
            T_INSPECTED_ON, T_KIND, T_INSPECTORS, T_FINDINGS, T_RECTIFICATION, T_DEADLINE,
            T_RESULT, T_SIGNATURES)], centred=(), min_height=12 * mm)
        self.list_grid = _Grid(font, 10.5, 15, LIST_COLUMNS_MM, [tr(T_NO), tr(T_ITEM)],
                               min_height=7 * mm)

    def words(self, text: str) -> str:
        return self.translate(_CTX, text)

    def text(self, text: str, size: float, leading: float, **options: Any) -> TextBlock:
        return TextBlock(text, self.font, size, leading, **options)

    def heading(self, text: str) -> tuple[TextBlock, float]:
        """A section title and the height it takes at the top of a page."""
        block = self.text(text, 18, 26, align="centre", space_after=5 * mm)
        return block, block.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + block.spaceAfter

    def subheading(self, text: str) -> TextBlock:
        return self.text(text, 13.5, 20, space_before=3 * mm, space_after=2.5 * mm)

    def body(self, text: str) -> TextBlock:
        return self.text(text, 12, 21, first_indent=24, space_after=4)

    def _separator(self) -> str:
        return self.translate("Message", LIST_SEPARATOR)

    def _statuses(self) -> str:
        return self._separator().join(
            self.translate(ItemStatus.context(), status.label)
            for status in (ItemStatus.DONE, ItemStatus.IN_PROGRESS, ItemStatus.NOT_STARTED))

    # sections ---------------------------------------------------------------------------

    def instructions(self) -> list[Any]:
        kinds = self._separator().join(
            self.translate(LedgerCategory.context(), kind.label) for kind in LedgerCategory)
        story: list[Any] = [Spacer(1, 8 * mm), self.heading(self.words(T_INSTRUCTIONS))[0],
                            Spacer(1, 4 * mm)]
        for number, text in enumerate(INSTRUCTIONS, start=1):
            body = self.words(text).format(kinds=kinds, statuses=self._statuses())
            story.append(self.body(f"{number}. {body}"))
        return story

    def responsibility_list(self, book: LedgerBook) -> list[Any]:
        grid = self.list_grid
        title = book.list_title or self.words(T_LIST_FALLBACK).format(year=book.year)
        heading, used = self.heading(title)
        rows = self._item_rows(grid, book.items, lambda item: [str(item.number), item.text])
        if not book.items:
            rows = [grid.blank_row(12 * mm) for _ in range(12)]
        story: list[Any] = [heading]
        pages = grid.paginate(rows, FRAME_HEIGHT - used, FRAME_HEIGHT)
        moved: list[_Row] = []
        if grid.last_room < SIGNATURE_BLOCK and len(pages[-1]) > 1:
            # The signature never stands alone on a page: the last item goes with it
            # (and its area heading, if that would be left at the page foot).
            moved.append(pages[-1].pop())
            if len(pages[-1]) > 1 and pages[-1][-1].keep_with_next:
                moved.insert(0, pages[-1].pop())
        for page in pages:
            story.append(grid.table(page))
        signer = book.list_signed_by or "_" * 14
        signed = chinese_date(book.list_signed_on) if book.list_signed_on else self.words(
            T_BLANK_DATE)
        story.append(KeepTogether([grid.table(moved)] * bool(moved) + [
            Spacer(1, 6 * mm),
            self.text(self.words(T_HOLDER_SIGNATURE).format(name=signer), 12, 26),
            self.text(self.words(T_SIGNED_ON).format(date=signed), 12, 26)]))
        return story

    def _item_rows(self, grid: _Grid, items: Sequence[BookListItem],
                   texts: Callable[[BookListItem], list[str]]) -> list[_Row]:
        rows: list[_Row] = []
        area: str | None = None
        for item in items:
            if item.area and item.area != area:
                rows.append(grid.area_row(item.area))
            area = item.area
            rows.append(grid.row(texts(item)))
        return rows

    def entry_rows(self, book: LedgerBook, tick: Callable[[int], None]) -> list[_Row]:
        grid = self.entry_grid
        if book.blank:
            return [grid.blank_row(BLANK_ENTRY_ROW) for _ in range(book.blank_entry_rows)]
        rows = []
        for index, entry in enumerate(book.entries, start=1):
            rows.append(self._entry_row(entry, book.year))
            if index % 64 == 0:
                tick(64)
        tick(len(book.entries) % 64)
        return rows

    def _entry_row(self, entry: BookEntry, year: int) -> _Row:
        return self.entry_grid.row(
            [str(entry.number), short_date(entry.entry_date, year), entry.category,
             entry.matter, entry.place, entry.participants, entry.content, entry.items,
             entry.evidence, "", entry.remarks], weight=1)

    def entry_pages(self, book: LedgerBook, rows: list[_Row],
                    tick: Callable[[int], None]) -> list[Any]:
        grid = self.entry_grid
        heading, used = self.heading(self.words(T_ENTRIES))
        pages = grid.paginate(rows, FRAME_HEIGHT - used, FRAME_HEIGHT)
        if not book.blank:
            # rows to add by hand after printing: fill the rest of the last page
            spare = int(grid.last_room // BLANK_ENTRY_ROW)
            pages[-1].extend(grid.blank_row(BLANK_ENTRY_ROW) for _ in range(spare))
        story: list[Any] = [heading]
        for number, page in enumerate(pages):
            if number:
                story.append(PageBreak())
            story.append(grid.table(page))
            story.append(_Action(partial(_tick_action, tick, sum(r.weight for r in page))))
        return story

    def review(self, book: LedgerBook) -> list[Any]:
        grid = self.review_grid
        heading, used = self.heading(self.words(T_REVIEW))
        note = self.text(self.words(T_REVIEW_NOTE).format(statuses=self._statuses()), 10, 15,
                         space_after=3 * mm)
        used += note.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + note.spaceAfter
        rows = self._item_rows(grid, book.items, lambda item: [
            str(item.number), item.text, *item.quarter_status])
        if not book.items:
            rows = [grid.blank_row(10 * mm) for _ in range(15)]
        signature = grid.label_row(self.words(T_REVIEW_SIGNATURE), 2, 15 * mm)
        signature.keep_with_next = True
        rows += [signature, grid.label_row(self.words(T_REVIEW_DATE), 2, 10 * mm)]
        story: list[Any] = [heading, note]
        for page in grid.paginate(rows, FRAME_HEIGHT - used, FRAME_HEIGHT):
            story.append(grid.table(page))
        return story

    def inspections(self, book: LedgerBook) -> list[Any]:
        grid = self.inspection_grid
        heading, used = self.heading(self.words(T_INSPECTIONS))
        rows = [self._inspection_row(inspection, book.year)
                for inspection in book.inspections]
        pages = grid.paginate(rows, FRAME_HEIGHT - used, FRAME_HEIGHT)
        spare = int(grid.last_room // BLANK_INSPECTION_ROW)
        pages[-1].extend(grid.blank_row(BLANK_INSPECTION_ROW) for _ in range(spare))
        if spare < 3 and not book.blank:
            # at least a few rows for inspections after printing
            per_page = int((FRAME_HEIGHT - grid.header_height - SLACK) // BLANK_INSPECTION_ROW)
            pages.append([grid.blank_row(BLANK_INSPECTION_ROW) for _ in range(per_page)])
        story: list[Any] = [heading]
        for number, page in enumerate(pages):
            if number:
                story.append(PageBreak())
            story.append(grid.table(page))
        return story

    def _inspection_row(self, inspection: BookInspection, year: int) -> _Row:
        result = inspection.result
        if result and inspection.result_date:
            result = self.words(T_RESULT_WITH_DATE).format(
                result=result, date=short_date(inspection.result_date, year))
        elif inspection.result_date:
            result = short_date(inspection.result_date, year)
        deadline = short_date(inspection.deadline, year) if inspection.deadline else ""
        return self.inspection_grid.row(
            [short_date(inspection.inspected_on, year), inspection.kind,
             inspection.inspectors, inspection.findings, inspection.rectification, deadline,
             result, ""])

    def year_end(self, book: LedgerBook) -> list[Any]:
        story: list[Any] = [self.heading(self.words(T_YEAR_END))[0],
                            self.subheading(self.words(T_SELF_REPORT))]
        if book.self_report.strip():
            story.append(self.body(book.self_report))
        else:
            story.append(RuledLines(13, 9 * mm))
        story.append(self.subheading(self.words(T_ASSESSMENT)))
        if book.assessment_result.strip():
            story.append(self.body(book.assessment_result))
        else:
            story.append(RuledLines(4, 9 * mm))
        blank_date = self.words(T_DATE_LINE).format(date=self.words(T_BLANK_DATE))
        signatures = Table(
            [[self.text(self.words(T_HOLDER_SIGNS), 12, 16), "", self.text(blank_date, 12, 16)],
             [self.text(self.words(T_ASSESSOR_SIGNS), 12, 16), "",
              self.text(blank_date, 12, 16)]],
            colWidths=[48 * mm, 42 * mm, 72 * mm],
            style=[("FONT", (0, 0), (-1, -1), self.font, 12),
                   ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                   ("TOPPADDING", (0, 0), (-1, -1), 12),
                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("LEFTPADDING", (2, 0), (2, -1), 12)])
        story += [Spacer(1, 6 * mm), KeepTogether([signatures, Spacer(1, 10 * mm),
                                                    _PagesStatement(self.words(T_BOOK_PAGES),
                                                                    self.font, 12)])]
        return story


def _tick_action(tick: Callable[[int], None], amount: int, doc: Any) -> None:
    tick(amount)


def _start_book(index: int, doc: Any) -> None:
    doc.canv.zeren_book = index


def build_ledger_books(target: Path, books: Sequence[LedgerBook], font: str, *,
                       translate: Translate = untranslated,
                       progress: Callable[[int, int], bool] | None = None) -> int:
    """Write the books into one PDF at `target`; the number of pages written.

    `progress(done, total)` is called per book and per page of entries; when it returns
    False the build stops with BuildCancelled and nothing is written to `target`.
    """
    if not books:
        raise ValueError("no ledger book to print")
    builder = _Builder(font, translate)
    tr = builder.words
    total = 2 * sum(len(book.entries) + 1 for book in books)   # rows prepared, laid out
    done = 0

    def tick(amount: int) -> None:
        nonlocal done
        done += amount
        if progress is not None and amount and progress(min(done, total), total) is False:
            raise BuildCancelled()

    if progress is not None and progress(0, total) is False:
        raise BuildCancelled()
    story: list[Any] = []
    for index, book in enumerate(books):
        rows = builder.entry_rows(book, tick)
        tick(1)
        if index:
            story.append(PageBreak())
        story.append(_Action(partial(_start_book, index)))
        story.append(_Cover(book, font, tr))
        story += [PageBreak(), *builder.instructions()]
        story += [PageBreak(), *builder.responsibility_list(book)]
        story += [PageBreak(), *builder.entry_pages(book, rows, tick)]
        story += [PageBreak(), *builder.review(book)]
        story += [PageBreak(), *builder.inspections(book)]
        story += [PageBreak(), *builder.year_end(book)]
        story.append(_Action(partial(_tick_action, tick, 1)))

    chrome = _Chrome(font=font,
                     heads=tuple(tr(T_RUNNING_HEAD).format(year=book.year, name=book.cadre_name)
                                 for book in books),
                     page_of=tr(T_PAGE_OF), page_number=tr(T_PAGE_NUMBER))
    canvases: list[_BookCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _BookCanvas:
        canvas = _BookCanvas(*args, **kwargs)
        canvas.chrome = chrome
        canvases.append(canvas)
        return canvas

    first = books[0]
    title = tr(T_COVER_TITLE) if len(books) > 1 else \
        f"{tr(T_COVER_TITLE)} · {first.cadre_name}"
    frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document = BaseDocTemplate(str(target), pagesize=A4, title=title,
                               author="Zeren Desktop", invariant=True,
                               # else the canvas declares Helvetica, an unembedded font
                               initialFontName=font, initialFontSize=10,
                               pageTemplates=[PageTemplate("page", [frame])])
    document.build(story, canvasmaker=make_canvas)
    return canvases[-1].zeren_page_count
