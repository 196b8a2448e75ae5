"""What the periodic reports share: table pages in the document fonts, and .xlsx workbooks.

The monthly statistics table (reports/monthly_statistics.py), the quarterly ledger
completeness summary (reports/completeness_report.py) and the year-end duty report
(reports/duty_report.py) are generated from the records with no typing. Their table pages
are the GB/T 9704 pages of reports/assessment_pdf.py (`PORTRAIT`, or `LANDSCAPE`: the
portrait type area turned a quarter), page numbers "— 1 —" 7 mm below the type area, text
in the embedded fonts of reports/fonts.py drawn with reports/textflow.py (nothing leaves a
cell, 避头尾). Deterministic: the same data gives the same bytes (`invariant=True`).

The workbooks are written the way services/spreadsheets.write_xlsx writes (openpyxl
write-only, a bold frozen header row per sheet, text a spreadsheet would run as a formula
kept as text, the file replaced only when complete: reports/xlsx_cells.py), with several
sheets and with numbers as numbers (shares with a percent format, money with two
decimals and thousands separators, rates in percent with one decimal), the title rows of
a report above its table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, PageTemplate, Table

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Translate
from zeren_desktop.reports import gbt9704 as g
from zeren_desktop.reports.assessment_pdf import PageFormat
from zeren_desktop.reports.fonts import DocumentFonts, FontChain, FontRole
from zeren_desktop.reports.textflow import TextBlock
from zeren_desktop.reports.xlsx_cells import SHEET_TITLE_MAX, replacing, sheet_title, text_cell

_CTX = "PeriodicReports"

TITLE_SIZE = 18
TITLE_LEADING = 26
SUBTITLE_SIZE = 12          # 小四
SUBTITLE_LEADING = 18
HEADING_SIZE = 12
HEADING_LEADING = 20
CELL_SIZE = 10.5            # 五号
CELL_LEADING = 14
SMALL_SIZE = 9
SMALL_LEADING = 12
PADDING = 3.0
GRID = colors.Color(0.3, 0.3, 0.3)
SHADE = colors.Color(0.92, 0.92, 0.92)
MISSING = colors.Color(0.99, 0.89, 0.87)    # a must-record kind with no entry

T_PAGE_NUMBER = QT_TRANSLATE_NOOP("PeriodicReports", "— {n} —")
# after the period of a report whose period has not ended yet
T_AS_OF = QT_TRANSLATE_NOOP("PeriodicReports", " (figures up to {date})")

PERCENT_FORMAT = "0.0%"
MONEY_FORMAT = "#,##0.00"
RATE_FORMAT = "0.0"           # a rate in percent (42.9), its header saying "%"
DATE_FORMAT = "yyyy-mm-dd"
TITLE_FONT_SIZE = 14


def percent_text(share: float | None) -> str:
    """87.5% (one decimal), or – for no share."""
    return "–" if share is None else f"{share * 100:.1f}%"


def as_of(end: dt.date, prepared_on: dt.date) -> dt.date | None:
    """The day the figures run to when the period (ending on `end`) has not ended on the
    day the report is prepared; None for a period that has ended."""
    return prepared_on if end > prepared_on else None


def period_text(text: str, end: dt.date, prepared_on: dt.date, translate: Translate,
                date_text: Callable[[dt.date], str]) -> str:
    """`text` (the period), followed by " (figures up to <date>)" when the period has not
    ended yet."""
    day = as_of(end, prepared_on)
    if day is None:
        return text
    return text + translate(_CTX, T_AS_OF).format(date=date_text(day))


def count_text(value: float | int | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return str(int(value))


class Words:
    """Text pieces in the document fonts: 仿宋 for text, 黑体 for heads, 小标宋 for titles."""

    def __init__(self, fonts: DocumentFonts, translate: Translate) -> None:
        self.fonts, self.translate = fonts, translate
        self.body = fonts.chain(FontRole.FANGSONG)
        self.bold = fonts.chain(FontRole.HEI)
        self.title_chain = fonts.chain(FontRole.XIAOBIAOSONG)

    def t(self, text: str) -> str:
        return self.translate(_CTX, text)

    def label(self, context: str, text: str) -> str:
        """`text` translated in `context`, or as it is when the context is empty."""
        return self.translate(context, text) if context else text

    def text(self, text: str, *, chain: FontChain | None = None, size: float = CELL_SIZE,
             leading: float = CELL_LEADING, **options: Any) -> TextBlock:
        chain = chain or self.body
        return TextBlock(text, chain.primary, size, leading, chain=chain, **options)

    def head(self, text: str, size: float = CELL_SIZE, leading: float = CELL_LEADING
             ) -> TextBlock:
        return self.text(text, chain=self.bold, size=size, leading=leading, align="centre")

    def title(self, text: str) -> TextBlock:
        return self.text(text, chain=self.title_chain, size=TITLE_SIZE, leading=TITLE_LEADING,
                         align="centre", space_after=4)

    def subtitle(self, text: str) -> TextBlock:
        return self.text(text, size=SUBTITLE_SIZE, leading=SUBTITLE_LEADING, align="centre")

    def heading(self, text: str, *, keep: bool = True) -> TextBlock:
        """A heading; `keep`: not left alone at the foot of a page (not inside a
        KeepTogether, which keeps it with what follows itself)."""
        return self.text(text, chain=self.bold, size=HEADING_SIZE, leading=HEADING_LEADING,
                         space_before=CELL_LEADING / 2,
                         keep_after=3 * CELL_LEADING if keep else 0.0)

    def note(self, text: str, **options: Any) -> TextBlock:
        return self.text(text, size=SMALL_SIZE, leading=SMALL_LEADING, **options)


def cell_style(font: str) -> list[tuple[Any, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), font, CELL_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 1.0, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
    ]


def grid_table(rows: list[list[Any]], widths: Sequence[float], font: str,
               extra: Sequence[tuple[Any, ...]] = (), header_rows: int = 1) -> Table:
    return Table(rows, colWidths=list(widths), style=[*cell_style(font), *extra],
                 repeatRows=header_rows, hAlign="LEFT")


def plain_table(rows: list[list[Any]], widths: Sequence[float], font: str) -> Table:
    """Cells side by side with no rules (signature lines). The font is set although every
    cell is a flowable: else the table declares Helvetica, a font that is not embedded."""
    return Table(rows, colWidths=list(widths), hAlign="LEFT", style=[
        ("FONT", (0, 0), (-1, -1), font, CELL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def build_pages(target: Path, page: PageFormat, story: list[Any], fonts: DocumentFonts,
                title: str, translate: Translate) -> int:
    """Lay `story` out on `page`s at `target`, numbered; the number of pages."""
    number_font = fonts.name(g.STYLES["page_number"].role)
    pages = [0]

    def end(canvas: Any, document: Any) -> None:
        n = document.page
        page.draw_page_number(canvas, number_font, n,
                              translate(_CTX, T_PAGE_NUMBER).format(n=n))
        pages[0] += 1

    document = BaseDocTemplate(
        str(target), pagesize=(page.width, page.height), title=title,
        author="Zeren Desktop", invariant=True,
        # else the canvas declares Helvetica, a font that is not embedded
        initialFontName=fonts.name(FontRole.FANGSONG), initialFontSize=10,
        pageTemplates=[PageTemplate("page", [page.frame()], onPageEnd=end)])
    document.build(story)
    return pages[0]


# --- workbooks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Percent:
    """A share (0..1) written as a number with a percent format."""

    value: float


@dataclass(frozen=True)
class Formatted:
    """A number written as a number with its own number format (None: an empty cell)."""

    value: float | int | None
    number_format: str


def money(value: float | int | None) -> Formatted:
    """Yuan: 42,500.00."""
    return Formatted(value, MONEY_FORMAT)


def rate(value: float | int | None) -> Formatted:
    """A rate in percent, one decimal (the header says %): 42.9."""
    return Formatted(value, RATE_FORMAT)


@dataclass(frozen=True)
class Sheet:
    """One worksheet: `preamble` (the report's title first, then the lines under it, in
    the first column) above the bold frozen header row and the rows."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    widths: Sequence[int] = ()
    bold_rows: frozenset[int] = field(default_factory=frozenset)   # indexes into rows
    preamble: Sequence[str] = ()


def _sheet_title(title: str, taken: set[str]) -> str:
    title = sheet_title(title, "Sheet")
    base, n = title, 2
    while title.casefold() in taken:
        suffix = f" {n}"
        title = base[:SHEET_TITLE_MAX - len(suffix)] + suffix
        n += 1
    taken.add(title.casefold())
    return title


def _cell(sheet: Any, value: object, bold: bool) -> Any:
    if isinstance(value, Percent):
        cell = WriteOnlyCell(sheet, value=value.value)
        cell.number_format = PERCENT_FORMAT
    elif isinstance(value, Formatted):
        cell = WriteOnlyCell(sheet, value=value.value)
        cell.number_format = value.number_format
    elif value is None or isinstance(value, bool | int | float):
        cell = WriteOnlyCell(sheet, value=value)
    elif isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
    else:
        cell = text_cell(sheet, str(value))
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_sheets(target: Path, sheets: Sequence[Sheet]) -> int:
    """Write the sheets into one workbook at `target`; the number of data rows written.
    OSError when the file cannot be written (the old file, if any, is left as it was)."""
    target = Path(target)
    workbook = Workbook(write_only=True)
    taken: set[str] = set()
    count = 0
    for data in sheets:
        sheet = workbook.create_sheet(_sheet_title(data.title, taken))
        # the title rows, a blank row, then the header row: frozen with what is above it
        above = len(data.preamble) + 1 if data.preamble else 0
        sheet.freeze_panes = f"A{above + 2}"
        for index, width in enumerate(data.widths, 1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        for index, line in enumerate(data.preamble):
            cell = text_cell(sheet, line)
            if index == 0:
                cell.font = Font(bold=True, size=TITLE_FONT_SIZE)
            sheet.append([cell])
        if data.preamble:
            sheet.append([])
        sheet.append([_cell(sheet, h, True) for h in data.headers])
        for number, row in enumerate(data.rows):
            sheet.append([_cell(sheet, v, number in data.bold_rows) for v in row])
            count += 1
    with replacing(target) as handle:
        workbook.save(handle)
    return count
