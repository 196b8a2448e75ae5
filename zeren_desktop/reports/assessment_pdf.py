"""量化考核: the score sheet of one unit and the ranking table of a year, as A4 PDFs.

The score sheet (REFERENCE.md §6) is a GB/T 9704 portrait page (A4, top 37 mm, binding
margin 28 mm, type area 156 × 225 mm, page numbers "— 1 —" 7 mm below it): the sheet's
title and the unit, then one table — 类别 | 考核项目 | 评分标准 | 分值 | 得分 | 扣分说明 — with the
category cell spanning its items, a subtotal row per category, the base total, the bonus,
the total and the one-vote veto; the evidence of the automatic items; the assessor, the
reviewer, the date and the status. A sheet that is not locked carries the draft mark.
The table is cut into one table per page (DESIGN.md: faster than one long table), its
header repeated, a category's cell repeated on the page it continues on, a subtotal never
alone at the top of a page, and a row taller than a page split between its lines.

The ranking is the table 名次 | 单位 | one column per category | 总分 | 备注, the tie rule under
it and, optionally, a horizontal bar chart of the totals. It goes on landscape pages (the
portrait type area turned a quarter, its top on the binding side) when the category
columns would not be readable on a portrait page.

The inputs are the `AssessmentDetail` and `Ranking` of services/assessment_dto.py; this
layer may not import the services (tests/test_layers.py), so they are described here by
the protocols `ScoreSheetData` and `RankingData`, which those classes satisfy.
Text is drawn with reports/textflow.py (nothing leaves a cell, 避头尾) in the embedded fonts
of reports/fonts.py. Deterministic: the same input gives the same bytes (`invariant=True`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
)

from zeren_desktop.domain.assessment import (
    AssessmentStatus,
    Indicator,
    IndicatorSheet,
    RuleKind,
    SheetScore,
    format_points,
)
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, Translate, untranslated
from zeren_desktop.reports import gbt9704 as g
from zeren_desktop.reports.fonts import DocumentFonts, FontChain, FontRole
from zeren_desktop.reports.ledger_book import chinese_date
from zeren_desktop.reports.outlines import draw_outlined
from zeren_desktop.reports.textflow import TextBlock

_CTX = "AssessmentReport"

# --- the data printed: the DTOs of services/assessment_dto.py, as this layer sees them ----


class EvidenceData(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def counts(self) -> bool: ...
    @property
    def message(self) -> Message | None: ...     # the text, translatable


class FigureData(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def summary(self) -> Message: ...
    @property
    def evidence(self) -> Sequence[EvidenceData]: ...


class ManualData(Protocol):
    @property
    def comment(self) -> str: ...


class SheetVersionData(Protocol):
    @property
    def sheet(self) -> IndicatorSheet: ...
    @property
    def version(self) -> int: ...


class ScoreSheetData(Protocol):
    """services.assessment_dto.AssessmentDetail."""

    @property
    def year(self) -> int: ...
    @property
    def unit_name(self) -> str: ...
    @property
    def sheet(self) -> SheetVersionData: ...
    @property
    def status(self) -> AssessmentStatus: ...
    @property
    def automatic(self) -> Sequence[FigureData]: ...
    @property
    def manual(self) -> Mapping[str, ManualData]: ...
    @property
    def score(self) -> SheetScore: ...
    @property
    def comments(self) -> Mapping[str, str]: ...
    @property
    def assessor(self) -> str: ...
    @property
    def reviewer(self) -> str: ...
    @property
    def review_note(self) -> str: ...
    @property
    def updated_at(self) -> dt.datetime: ...
    @property
    def locked_at(self) -> dt.datetime | None: ...


class RankingRowData(Protocol):
    """services.assessment_dto.RankingRow."""

    @property
    def rank(self) -> int: ...
    @property
    def unit_name(self) -> str: ...
    @property
    def total(self) -> Decimal: ...
    @property
    def vetoed(self) -> bool: ...
    @property
    def subtotals(self) -> Sequence[tuple[str, Decimal]]: ...
    @property
    def in_bottom(self) -> bool: ...


class RankingData(Protocol):
    """services.assessment_dto.Ranking."""

    @property
    def year(self) -> int: ...
    @property
    def unit_kind(self) -> UnitKind: ...
    @property
    def rows(self) -> Sequence[RankingRowData]: ...
    @property
    def bottom_n(self) -> int: ...
    @property
    def not_scored(self) -> Sequence[str]: ...
    @property
    def tie_rule(self) -> Message | None: ...


# --- sizes and colours ------------------------------------------------------------------

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
PADDING = g.TABLE_PADDING
GRID = colors.Color(0.3, 0.3, 0.3)
SHADE = colors.Color(0.92, 0.92, 0.92)
LIGHT = colors.Color(0.97, 0.94, 0.90)            # the rows of the bottom N
RED = colors.Color(0.71, 0.13, 0.13)              # the red of official papers
BOTTOM_COLOUR = colors.Color(0.89, 0.55, 0.13)
VETO_COLOUR = colors.Color(0.55, 0.55, 0.55)

# 类别 | 考核项目 | 评分标准 | 分值 | 得分 | 扣分说明: 156 mm
SHEET_COLUMNS_MM = (18, 33, 43, 12, 14, 36)

# The ranking: 名次, 单位, 总分 and 备注; the categories share the rest, each at least this.
RANK_COLUMN = 11 * mm
UNIT_COLUMN = 34 * mm
TOTAL_COLUMN = 15 * mm
REMARKS_COLUMN = 20 * mm       # at least; wider for the longest remark, up to REMARKS_MAX
REMARKS_MAX = 40 * mm
CATEGORY_MIN = 18 * mm

# The chart of totals.
CHART_ROW = 6.5 * mm
CHART_BAR = 4 * mm
CHART_ROWS_PER_BLOCK = 18
CHART_FONT_SIZE = 9
CHART_NAME_MAX = 45 * mm
CHART_VALUE_ROOM = 32 * mm

NUMERALS = frozenset("一二三四五六七八九十")

# --- printed words (translated by the caller, Chinese in the default UI language) -------

T_UNIT = QT_TRANSLATE_NOOP("AssessmentReport", "Unit assessed: {unit}")
T_OFFICE = QT_TRANSLATE_NOOP("AssessmentReport", "Assessed by: {office}")
T_VERSION = QT_TRANSLATE_NOOP("AssessmentReport", "Indicator sheet of {year}, version {version}")
T_CATEGORY = QT_TRANSLATE_NOOP("AssessmentReport", "Category")
T_ITEM = QT_TRANSLATE_NOOP("AssessmentReport", "Item")
T_STANDARD = QT_TRANSLATE_NOOP("AssessmentReport", "Scoring standard")
T_POINTS = QT_TRANSLATE_NOOP("AssessmentReport", "Points")
T_SCORE = QT_TRANSLATE_NOOP("AssessmentReport", "Score")
T_EXPLAINED = QT_TRANSLATE_NOOP("AssessmentReport", "Deductions explained")
T_AUTOMATIC = QT_TRANSLATE_NOOP("AssessmentReport", "(scored from the records)")
T_SUBTOTAL = QT_TRANSLATE_NOOP("AssessmentReport", "Subtotal")
T_BASE = QT_TRANSLATE_NOOP("AssessmentReport", "Base score")
T_BONUS = QT_TRANSLATE_NOOP("AssessmentReport", "Bonus")
T_TOTAL = QT_TRANSLATE_NOOP("AssessmentReport", "Total")
T_VETO = QT_TRANSLATE_NOOP("AssessmentReport", "One-vote veto")
T_VETOED = QT_TRANSLATE_NOOP("AssessmentReport", "Vetoed")
T_NOT_TRIGGERED = QT_TRANSLATE_NOOP("AssessmentReport", "Not triggered")
T_VETO_YES = QT_TRANSLATE_NOOP(
    "AssessmentReport", "Yes: the unit ranks last whatever its score ({items}).")
T_VETO_NO = QT_TRANSLATE_NOOP("AssessmentReport", "No")
T_EVIDENCE = QT_TRANSLATE_NOOP("AssessmentReport", "Evidence of the items scored from the records")
T_FIGURE = QT_TRANSLATE_NOOP("AssessmentReport", "{code} {name}: {summary}")
T_OTHERS = QT_TRANSLATE_NOOP(
    "AssessmentReport", "{n} more records were checked and did not count.")
T_ASSESSOR = QT_TRANSLATE_NOOP("AssessmentReport", "Assessor: {name}")
T_REVIEWER = QT_TRANSLATE_NOOP("AssessmentReport", "Reviewer: {name}")
T_DATE = QT_TRANSLATE_NOOP("AssessmentReport", "Date: {date}")
T_STATUS = QT_TRANSLATE_NOOP("AssessmentReport", "Status: {status}")
T_STATUS_DRAFT = QT_TRANSLATE_NOOP(
    "AssessmentReport", "Status: {status} (draft: not final until locked)")
T_REVIEW_NOTE = QT_TRANSLATE_NOOP("AssessmentReport", "Review note: {note}")
T_RANKING_TITLE = QT_TRANSLATE_NOOP(
    "AssessmentReport", "{year} quantitative assessment ranking: {kind}")
T_RANK = QT_TRANSLATE_NOOP("AssessmentReport", "Rank")
T_UNIT_COLUMN = QT_TRANSLATE_NOOP("AssessmentReport", "Unit")
T_REMARKS = QT_TRANSLATE_NOOP("AssessmentReport", "Remarks")
T_BOTTOM = QT_TRANSLATE_NOOP("AssessmentReport", "Talk (bottom)")
T_REMARK_SEPARATOR = QT_TRANSLATE_NOOP("AssessmentReport", "; ")
T_BOTTOM_RULE = QT_TRANSLATE_NOOP(
    "AssessmentReport", "Talk (bottom): the principal leaders of the last {n} units (and of "
    "any unit tied with them) are summoned for a talk.")
T_NOT_SCORED = QT_TRANSLATE_NOOP(
    "AssessmentReport", "Without a locked result, not ranked: {units}")
T_LIST_SEPARATOR = QT_TRANSLATE_NOOP("AssessmentReport", ", ")
T_CHART = QT_TRANSLATE_NOOP("AssessmentReport", "Totals")
T_PAGE_NUMBER = QT_TRANSLATE_NOOP("AssessmentReport", "— {n} —")


# --- pages --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageFormat:
    """A page and its type area (points; y from the bottom of the page)."""

    width: float
    height: float
    left: float
    top: float            # the top of the type area
    area_width: float
    area_height: float

    @property
    def bottom(self) -> float:
        return self.top - self.area_height

    def frame(self) -> Frame:
        return Frame(self.left, self.bottom, self.area_width, self.area_height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def draw_page_number(self, canvas: Any, font: str, page: int, text: str) -> None:
        """As GB/T 9704 places it (gbt9704.draw_page_number), under this page's type area:
        7 mm below it, odd pages right and even pages left, one character in."""
        size = g.PAGE_NUMBER_SIZE
        width = canvas.stringWidth(text, font, size)
        x = (self.left + self.area_width - g.PAGE_NUMBER_INSET - width if page % 2
             else self.left + g.PAGE_NUMBER_INSET)
        _ascent, descent = getAscentDescent(font, size)
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.drawString(x, self.bottom - g.PAGE_NUMBER_BELOW - size - descent, text)
        canvas.restoreState()


PORTRAIT = PageFormat(g.PAGE_WIDTH, g.PAGE_HEIGHT, g.AREA_LEFT, g.AREA_TOP, g.AREA_WIDTH,
                      g.AREA_HEIGHT)
# A landscape table page (GB/T 9704 10.1): the portrait type area turned a quarter, its
# top on the binding side; so 28 mm above it, 37 mm right of it, 35 mm left of it.
LANDSCAPE = PageFormat(
    g.PAGE_HEIGHT, g.PAGE_WIDTH, g.PAGE_HEIGHT - g.TOP_MARGIN - g.AREA_HEIGHT,
    g.PAGE_WIDTH - g.LEFT_MARGIN, g.AREA_HEIGHT, g.AREA_WIDTH)


def _build(target: Path, page: PageFormat, story: list[Any], fonts: DocumentFonts,
           title: str, translate: Translate, *, draft: bool = False) -> int:
    """Lay `story` out on `page`s at `target`; the number of pages."""
    number_font = fonts.name(g.STYLES["page_number"].role)
    pages = [0]

    def begin(canvas: Any, document: Any) -> None:
        if draft:       # under the text, as ink only (never read back as words)
            style = g.STYLES["draft"]
            draw_outlined(canvas, fonts.chain(style.role), g.DRAFT_TEXT, style.size,
                          page.left + page.area_width / 2, page.top - page.area_height / 2,
                          g.DRAFT_ANGLE, g.DRAFT_GREY)

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
        pageTemplates=[PageTemplate("page", [page.frame()], onPage=begin, onPageEnd=end)])
    document.build(story)
    return pages[0]


# --- text pieces ----------------------------------------------------------------------------


class _Words:
    def __init__(self, fonts: DocumentFonts, translate: Translate) -> None:
        self.fonts, self.translate = fonts, translate
        self.body = fonts.chain(FontRole.FANGSONG)
        self.bold = fonts.chain(FontRole.HEI)
        self.title_chain = fonts.chain(FontRole.XIAOBIAOSONG)

    def t(self, text: str) -> str:
        return self.translate(_CTX, text)

    def render(self, text: str | Message) -> str:
        return text.render(self.translate) if isinstance(text, Message) else text

    def text(self, text: str, *, chain: FontChain | None = None, size: float = CELL_SIZE,
             leading: float = CELL_LEADING, **options: Any) -> TextBlock:
        chain = chain or self.body
        return TextBlock(text, chain.primary, size, leading, chain=chain, **options)

    def head(self, text: str, size: float = CELL_SIZE, leading: float = CELL_LEADING
             ) -> TextBlock:
        return self.text(text, chain=self.bold, size=size, leading=leading, align="centre")

    def title(self, text: str, width: float) -> TextBlock:
        """The title centred, a long one in lines of even length (not one full line and a
        few characters)."""
        block = self.text(text, chain=self.title_chain, size=TITLE_SIZE,
                          leading=TITLE_LEADING, align="centre")
        count = len(block.break_text(width))
        low, high = width / max(count, 1), width
        if count > 1:
            for _ in range(20):
                middle = (low + high) / 2
                if len(block.break_text(middle)) > count:
                    low = middle
                else:
                    high = middle
        return self.text(text, chain=self.title_chain, size=TITLE_SIZE, leading=TITLE_LEADING,
                         align="centre", lines=block.break_text(high), lines_width=width,
                         space_after=4)

    def subtitle(self, text: str) -> TextBlock:
        return self.text(text, size=SUBTITLE_SIZE, leading=SUBTITLE_LEADING, align="centre")

    def heading(self, text: str) -> TextBlock:
        return self.text(text, chain=self.bold, size=HEADING_SIZE, leading=HEADING_LEADING,
                         space_before=CELL_LEADING / 2, keep_after=2 * CELL_LEADING)

    def note(self, text: str, **options: Any) -> TextBlock:
        return self.text(text, size=SMALL_SIZE, leading=SMALL_LEADING, **options)


def _numbered(text: str, chain: FontChain, size: float, width: float, *,
              always: bool = False) -> str:
    """A category name ("一、组织领导") that does not fit on one line `width` wide breaks
    after its number, not inside a word (`always`: breaks there whatever the width)."""
    number, mark, rest = text.partition("、")
    if not mark or not rest.strip() or "\n" in text or len(number) > 3 \
            or any(char not in NUMERALS for char in number):
        return text
    if always or chain.width(text) * size > width:
        return f"{number}{mark}\n{rest.strip()}"
    return text


def _cell_style(font: str) -> list[tuple[Any, ...]]:
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


# --- the score sheet ----------------------------------------------------------------------


@dataclass
class _Row:
    """A row of the score sheet's table below its header."""

    cells: list[Any]              # one per column; column 0 of a category row is drawn
    kind: str                     # "item", "subtotal" or "summary"
    category: int | None = None   # index of the category (item and subtotal rows)
    spans: tuple[tuple[int, int], ...] = ()   # columns merged within the row


class _SheetTable(Flowable):  # type: ignore[misc]
    """The score sheet's table, cut into one ReportLab table per page: the header on every
    page, the category cell spanning the rows of its category on each page."""

    def __init__(self, header: list[Any], rows: list[_Row], categories: list[TextBlock],
                 widths: list[float], font: str, page_height: float) -> None:
        super().__init__()
        self.header, self.rows, self.categories = header, rows, categories
        self.widths, self.font, self.page_height = widths, font, page_height
        self.table: Table | None = None

    def _table(self, rows: Sequence[_Row]) -> Table:
        data: list[list[Any]] = [self.header]
        style = _cell_style(self.font)
        start = 0
        for index, row in enumerate(rows, start=1):
            cells = list(row.cells)
            if row.category is not None:
                previous = rows[index - 2] if index > 1 else None
                if previous is None or previous.category != row.category:
                    cells[0] = self.categories[row.category]
                    start = index
                following = rows[index] if index < len(rows) else None
                ends = following is None or following.category != row.category
                if ends and index > start:
                    style.append(("SPAN", (0, start), (0, index)))
            for first, last in row.spans:
                style.append(("SPAN", (first, index), (last, index)))
            if row.kind != "item":
                first_column = 1 if row.category is not None else 0
                style.append(("BACKGROUND", (first_column, index), (-1, index), SHADE))
            data.append(cells)
        return Table(data, colWidths=self.widths, style=style, hAlign="LEFT")

    def _height(self, rows: Sequence[_Row], width: float) -> float:
        return float(self._table(rows).wrap(width, self.page_height)[1])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.table = self._table(self.rows)
        self.width, self.height = self.table.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if self._height(self.rows, availWidth) <= availHeight:
            return [self]
        low, high = 0, len(self.rows)       # rows[:low] fit, rows[:high] do not
        while high - low > 1:
            middle = (low + high) // 2
            if self._height(self.rows[:middle], availWidth) <= availHeight:
                low = middle
            else:
                high = middle
        fits = low
        # a subtotal is not left alone at the top of a page: the item above goes with it
        if 1 < fits < len(self.rows) and self.rows[fits].kind == "subtotal" \
                and self.rows[fits - 1].kind == "item":
            fits -= 1
        if self._height(self.rows[fits:fits + 1], availWidth) > self.page_height:
            return self._split_row(fits, availWidth, availHeight)   # never fits whole
        if fits == 0:
            return []           # on the next page
        return [self._part(self.rows[:fits]), self._part(self.rows[fits:])]

    def _split_row(self, index: int, width: float, height: float) -> list[Any]:
        """Row `index`, taller than a page, starts here below the rows before it: its texts
        split between their lines."""
        before = self.rows[:index]
        room = height - self._height(before, width) - 2 * PADDING - 1
        row = self.rows[index]
        top, rest = list(row.cells), ["" for _ in row.cells]
        for column, cell in enumerate(row.cells):
            if (column == 0 and row.category is not None) or not isinstance(cell, TextBlock):
                continue
            parts = cell.split(self.widths[column] - 2 * PADDING, room)
            if not parts:       # not even a line here
                return [self._part(before), self._part(self.rows[index:])] if before else []
            top[column] = parts[0]
            rest[column] = parts[1] if len(parts) > 1 else ""
        head = _Row(top, row.kind, row.category, row.spans)
        tail = _Row(rest, row.kind, row.category, row.spans)
        return [self._part([*before, head]), self._part([tail, *self.rows[index + 1:]])]

    def _part(self, rows: Sequence[_Row]) -> _SheetTable:
        return _SheetTable(self.header, list(rows), self.categories, self.widths, self.font,
                           self.page_height)

    def draw(self) -> None:
        assert self.table is not None
        self.table.drawOn(self.canv, 0, 0)


class _ScoreSheet:
    def __init__(self, detail: ScoreSheetData, words: _Words) -> None:
        self.detail, self.words = detail, words
        self.sheet = detail.sheet.sheet
        self.widths = [w * mm for w in SHEET_COLUMNS_MM]

    def cell(self, text: str, align: str = "left") -> TextBlock:
        return self.words.text(text, align=align)

    def points_text(self, item: Indicator) -> str:
        if item.rule is RuleKind.BONUS:
            return "+" + format_points(item.cap)
        if item.rule is RuleKind.VETO:
            return "—"
        return format_points(item.points)

    def score_text(self, item: Indicator) -> str:
        scored = self.detail.score.item(item.code)
        if item.rule is RuleKind.VETO:
            return self.words.t(T_VETOED if scored.vetoed else T_NOT_TRIGGERED)
        if item.rule is RuleKind.BONUS:
            return "+" + format_points(scored.points)
        return format_points(scored.points)

    def explanation(self, item: Indicator) -> str:
        detail = self.detail
        parts = [detail.score.item(item.code).explanation.render(self.words.translate)]
        manual = detail.manual.get(item.code)
        for comment in (detail.comments.get(item.code, ""), manual.comment if manual else ""):
            if comment.strip() and comment.strip() not in parts:
                parts.append(comment.strip())
        return "\n".join(parts)

    def rows(self) -> tuple[list[_Row], list[TextBlock]]:
        t = self.words.t
        rows: list[_Row] = []
        categories: list[TextBlock] = []
        subtotals = dict(self.detail.score.subtotals)
        for number, (name, items) in enumerate(self.sheet.categories()):
            categories.append(self.cell(_numbered(
                name, self.words.body, CELL_SIZE, self.widths[0] - 2 * PADDING, always=True),
                "centre"))
            for item in items:
                label = f"{item.code} {item.name}"
                if item.automatic:
                    label += "\n" + t(T_AUTOMATIC)
                rows.append(_Row(["", self.cell(label), self.cell(item.standard),
                                  self.cell(self.points_text(item), "centre"),
                                  self.cell(self.score_text(item), "centre"),
                                  self.cell(self.explanation(item))], "item", number))
            counted = [i for i in items if i.counts_toward_total]
            if counted:
                full = sum((i.points for i in counted), Decimal(0))
                rows.append(_Row(["", self.words.head(t(T_SUBTOTAL)), "",
                                  self.cell(format_points(full), "centre"),
                                  self.cell(format_points(subtotals.get(name, Decimal(0))),
                                            "centre"), ""],
                                 "subtotal", number, ((1, 2),)))
        rows += self.summary_rows()
        return rows, categories

    def summary_rows(self) -> list[_Row]:
        t, score, sheet = self.words.t, self.detail.score, self.sheet
        caps = sum((i.cap for i in sheet.indicators if i.rule is RuleKind.BONUS), Decimal(0))
        lines = [(T_BASE, format_points(sheet.full_marks), format_points(score.base))]
        if caps or score.bonus:
            lines.append((T_BONUS, "+" + format_points(caps), "+" + format_points(score.bonus)))
        lines.append((T_TOTAL, format_points(sheet.full_marks + caps),
                      format_points(score.total)))
        rows = [_Row([self.words.head(t(label)), "", "", self.cell(full, "centre"),
                      self.words.head(got), ""], "summary", None, ((0, 2),))
                for label, full, got in lines]
        vetoes = [i for i in sheet.indicators if i.rule is RuleKind.VETO]
        if vetoes or score.vetoed:
            triggered = [i.code for i in vetoes if score.item(i.code).vetoed]
            verdict = (t(T_VETO_YES).format(items=t(T_LIST_SEPARATOR).join(triggered))
                       if score.vetoed else t(T_VETO_NO))
            rows.append(_Row([self.words.head(t(T_VETO)), "", "",
                              self.words.text(verdict, chain=self.words.bold if score.vetoed
                                              else None, colour=RED if score.vetoed
                                              else None), "", ""],
                             "summary", None, ((0, 2), (3, 5))))
        return rows

    def table(self, page_height: float) -> _SheetTable:
        t = self.words.t
        header = [self.words.head(t(text)) for text in
                  (T_CATEGORY, T_ITEM, T_STANDARD, T_POINTS, T_SCORE, T_EXPLAINED)]
        rows, categories = self.rows()
        return _SheetTable(header, rows, categories, self.widths,
                           self.words.body.primary, page_height)

    def evidence(self) -> list[Any]:
        words, detail = self.words, self.detail
        figures = {f.code: f for f in detail.automatic}
        story: list[Any] = []
        for item in self.sheet.indicators:
            figure = figures.get(item.code)
            if figure is None:
                continue
            story.append(words.text(words.t(T_FIGURE).format(
                code=item.code, name=item.name, summary=words.render(figure.summary)),
                space_before=3))
            counted = [e for e in figure.evidence if e.counts]
            for row in counted:
                text = words.render(row.message) if row.message is not None else row.text
                story.append(words.note("· " + text,
                                        first_indent=2 * CELL_SIZE, rest_indent=3 * CELL_SIZE))
            others = len(figure.evidence) - len(counted)
            if others:
                story.append(words.note(words.t(T_OTHERS).format(n=others),
                                        first_indent=2 * CELL_SIZE))
        if story:
            story.insert(0, words.heading(words.t(T_EVIDENCE)))
        return story

    def signatures(self) -> Any:
        words, detail = self.words, self.detail
        t = words.t
        blank = "_" * 12
        day = (detail.locked_at or detail.updated_at).date()
        status = words.translate(AssessmentStatus.context(), detail.status.label)
        status_line = (t(T_STATUS) if detail.status is AssessmentStatus.LOCKED
                       else t(T_STATUS_DRAFT)).format(status=status)
        half = g.AREA_WIDTH / 2
        rows: list[list[Any]] = [
            [words.text(t(T_ASSESSOR).format(name=detail.assessor or blank)),
             words.text(t(T_REVIEWER).format(name=detail.reviewer or blank))],
            [words.text(t(T_DATE).format(date=chinese_date(day))), ""],
            [words.text(status_line), ""],
        ]
        if detail.review_note.strip():
            rows.append([words.text(t(T_REVIEW_NOTE).format(note=detail.review_note.strip())),
                         ""])
        style: list[tuple[Any, ...]] = [
            # else the empty cells declare Helvetica, a font that is not embedded
            ("FONT", (0, 0), (-1, -1), words.body.primary, CELL_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *(("SPAN", (0, row), (1, row)) for row in range(2, len(rows)))]
        table = Table(rows, colWidths=[half, half], style=style, hAlign="LEFT")
        return KeepTogether([Spacer(1, CELL_LEADING), table])

    def story(self, office_name: str) -> list[Any]:
        words, detail = self.words, self.detail
        t = words.t
        story: list[Any] = [words.title(self.sheet.title, g.AREA_WIDTH),
                            words.subtitle(t(T_UNIT).format(unit=detail.unit_name))]
        if office_name:
            story.append(words.subtitle(t(T_OFFICE).format(office=office_name)))
        story.append(words.note(t(T_VERSION).format(year=self.sheet.year,
                                                    version=detail.sheet.version),
                                align="right", space_before=4))
        story.append(Spacer(1, 3))
        story.append(self.table(g.AREA_HEIGHT))
        if self.sheet.note:
            story.append(words.note(self.sheet.note, space_before=4))
        story += self.evidence()
        story.append(self.signatures())
        return story


def build_score_sheet(target: Path, detail: ScoreSheetData, fonts: DocumentFonts, *,
                      translate: Translate = untranslated, office_name: str = "") -> int:
    """Write the score sheet of one unit (an `AssessmentDetail`) at `target`, A4 portrait;
    the number of pages. A sheet that is not locked carries the draft mark."""
    words = _Words(fonts, translate)
    sheet = _ScoreSheet(detail, words)
    title = f"{detail.sheet.sheet.title} {detail.unit_name}"
    return _build(target, PORTRAIT, sheet.story(office_name), fonts, title, translate,
                  draft=detail.status is not AssessmentStatus.LOCKED)


# --- the ranking --------------------------------------------------------------------------


def ranking_title(ranking: RankingData, translate: Translate = untranslated) -> str:
    kind = translate(UnitKind.context(), ranking.unit_kind.label)
    return translate(_CTX, T_RANKING_TITLE).format(year=ranking.year, kind=kind)


def ranking_categories(ranking: RankingData, *, scored_only: bool = False) -> list[str]:
    """The category columns, in the sheet's order (the order of the rows' subtotals);
    `scored_only`: without the categories in which no unit has a point (the one-vote veto's
    category has none: a column of zeros beside a vetoed unit would mislead)."""
    names: dict[str, bool] = {}
    for row in ranking.rows:
        for name, value in row.subtotals:
            names[name] = names.get(name, False) or value != 0
    return [name for name, scored in names.items() if scored or not scored_only]


def ranking_headers(ranking: RankingData, translate: Translate = untranslated, *,
                    categories: Sequence[str] | None = None) -> list[str]:
    """名次 | 单位 | the categories | 总分 | 备注."""
    def t(text: str) -> str:
        return translate(_CTX, text)

    if categories is None:
        categories = ranking_categories(ranking)
    return [t(T_RANK), t(T_UNIT_COLUMN), *categories, t(T_TOTAL), t(T_REMARKS)]


def ranking_remarks(row: RankingRowData, translate: Translate = untranslated) -> str:
    """一票否决 and / or 末位约谈."""
    remarks = ([translate(_CTX, T_VETO)] if row.vetoed else []) + \
        ([translate(_CTX, T_BOTTOM)] if row.in_bottom else [])
    return translate(_CTX, T_REMARK_SEPARATOR).join(remarks)


def ranking_notes(ranking: RankingData, translate: Translate = untranslated) -> list[str]:
    """The lines printed under the table: the tie rule (which also says who is summoned for a
    talk; without one, a line says it), the units not ranked."""
    def t(text: str) -> str:
        return translate(_CTX, text)

    notes = []
    if ranking.tie_rule is not None:
        notes.append(ranking.tie_rule.render(translate))
    elif ranking.bottom_n > 0 and any(row.in_bottom for row in ranking.rows):
        notes.append(t(T_BOTTOM_RULE).format(n=ranking.bottom_n))
    if ranking.not_scored:
        notes.append(t(T_NOT_SCORED).format(units=t(T_LIST_SEPARATOR).join(ranking.not_scored)))
    return notes


class _RankingWriter:
    def __init__(self, ranking: RankingData, words: _Words) -> None:
        self.ranking, self.words = ranking, words
        self.categories = ranking_categories(ranking, scored_only=True)
        longest = max((words.body.width(ranking_remarks(row, words.translate)) * CELL_SIZE
                       for row in ranking.rows), default=0.0)
        self.remarks_width = min(REMARKS_MAX, max(REMARKS_COLUMN, longest + 2 * PADDING + 1))
        fixed = RANK_COLUMN + UNIT_COLUMN + TOTAL_COLUMN + self.remarks_width
        # portrait when every category column gets CATEGORY_MIN, else landscape
        needed = fixed + len(self.categories) * CATEGORY_MIN
        self.page = PORTRAIT if needed <= PORTRAIT.area_width else LANDSCAPE

    def table(self) -> Table:
        words, ranking = self.words, self.ranking
        fixed = RANK_COLUMN + UNIT_COLUMN + TOTAL_COLUMN + self.remarks_width
        share = (self.page.area_width - fixed) / max(len(self.categories), 1)
        widths = [RANK_COLUMN, UNIT_COLUMN, *[share] * len(self.categories), TOTAL_COLUMN,
                  self.remarks_width]
        if not self.categories:
            widths[1] += self.page.area_width - fixed
        header = [words.head(_numbered(text, words.bold, CELL_SIZE, width - 2 * PADDING))
                  for text, width in zip(ranking_headers(ranking, words.translate,
                                                         categories=self.categories),
                                         widths, strict=True)]
        data: list[list[Any]] = [header]
        style = _cell_style(words.body.primary)
        for number, row in enumerate(ranking.rows, start=1):
            subtotals = dict(row.subtotals)
            values = [format_points(subtotals[name]) if name in subtotals else "–"
                      for name in self.categories]
            remarks = ranking_remarks(row, words.translate)
            data.append([
                words.text(str(row.rank), align="centre"),
                words.text(row.unit_name),
                *[words.text(value, align="centre") for value in values],
                words.text(format_points(row.total), chain=words.bold, align="centre"),
                words.text(remarks, colour=RED if row.vetoed else None),
            ])
            if row.in_bottom:
                style.append(("BACKGROUND", (0, number), (-1, number), LIGHT))
        return Table(data, colWidths=widths, style=style, repeatRows=1, hAlign="LEFT")

    def chart(self) -> list[Any]:
        rows = self.ranking.rows
        if not rows:
            return []
        words = self.words
        story: list[Any] = []
        largest = max((row.total for row in rows), default=Decimal(0))
        step = _nice_step(float(largest))
        top = max(step, step * -(-float(largest) // step))      # the scale's end
        font = words.body.primary
        name_width = min(CHART_NAME_MAX, max(
            words.body.width(row.unit_name) * CHART_FONT_SIZE for row in rows) + 4)
        for start in range(0, len(rows), CHART_ROWS_PER_BLOCK):
            block = rows[start:start + CHART_ROWS_PER_BLOCK]
            last = start + CHART_ROWS_PER_BLOCK >= len(rows)
            story.append(_bar_chart(block, self.page.area_width, name_width, top, step, font,
                                    words, axis=last))
        # the heading stays with the first bars
        story[0] = KeepTogether([words.heading(words.t(T_CHART)), story[0]])
        legend = _legend(rows, self.page.area_width, font, words)
        return story + ([legend] if legend is not None else [])

    def story(self, office_name: str, chart: bool) -> list[Any]:
        words = self.words
        story: list[Any] = [words.title(ranking_title(self.ranking, words.translate),
                                        self.page.area_width)]
        if office_name:
            story.append(words.subtitle(words.t(T_OFFICE).format(office=office_name)))
        story.append(Spacer(1, 6))
        story.append(self.table())
        for number, note in enumerate(ranking_notes(self.ranking, words.translate)):
            story.append(words.note(note, space_before=6 if number == 0 else 2))
        if chart:
            story += self.chart()
        return story


def _nice_step(largest: float) -> float:
    """A round step for the chart's scale: at most six steps up to `largest`."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if largest / step <= 6:
            return float(step)
    return 1000.0


def _bar_colour(row: RankingRowData) -> Any:
    return VETO_COLOUR if row.vetoed else BOTTOM_COLOUR if row.in_bottom else RED


def _bar_chart(rows: Sequence[RankingRowData], width: float, name_width: float, top: float,
               step: float, font: str, words: _Words, *, axis: bool) -> Drawing:
    """One horizontal bar per unit, in ranking order, with its total at the bar's end; the
    scale under the last block."""
    axis_room = CHART_ROW if axis else 0.0
    height = len(rows) * CHART_ROW + axis_room
    # the font too: else the drawing declares Helvetica, an unembedded font
    drawing = Drawing(width, height, initialFontName=font, initialFontSize=CHART_FONT_SIZE)
    left = name_width + 2
    span = width - left - CHART_VALUE_ROOM
    ticks = round(top / step)
    for tick in range(ticks + 1):
        x = left + span * tick / ticks
        drawing.add(Line(x, axis_room, x, height, strokeColor=SHADE, strokeWidth=0.5))
        if axis:
            drawing.add(String(x, axis_room - CHART_FONT_SIZE - 1, format_points(
                Decimal(str(step * tick))), fontName=font, fontSize=CHART_FONT_SIZE - 1,
                textAnchor="middle"))
    drawing.add(Line(left, axis_room, left, height, strokeColor=GRID, strokeWidth=0.7))
    for index, row in enumerate(rows):
        middle = height - (index + 0.5) * CHART_ROW
        name = row.unit_name
        size = float(CHART_FONT_SIZE)
        natural = words.body.width(name) * size
        if natural > name_width - 4:
            size = max(5.0, size * (name_width - 4) / natural)
        drawing.add(String(name_width - 2, middle - size * 0.35, name, fontName=font,
                           fontSize=size, textAnchor="end"))
        length = span * float(row.total) / top if top else 0.0
        drawing.add(Rect(left, middle - CHART_BAR / 2, max(length, 0.0), CHART_BAR,
                         fillColor=_bar_colour(row), strokeColor=None))
        label = format_points(row.total)
        remarks = ranking_remarks(row, words.translate)
        if remarks:
            label += f" {remarks}"
        drawing.add(String(left + max(length, 0.0) + 3, middle - CHART_FONT_SIZE * 0.35,
                           label, fontName=font, fontSize=CHART_FONT_SIZE))
    return drawing


def _legend(rows: Sequence[RankingRowData], width: float, font: str,
            words: _Words) -> Drawing | None:
    """What the bar colours mean, for the colours the chart uses."""
    keys = [(colour, text) for colour, text, shown in (
        (BOTTOM_COLOUR, words.t(T_BOTTOM), any(r.in_bottom and not r.vetoed for r in rows)),
        (VETO_COLOUR, words.t(T_VETO), any(r.vetoed for r in rows))) if shown]
    if not keys:
        return None
    drawing = Drawing(width, CHART_ROW, initialFontName=font, initialFontSize=CHART_FONT_SIZE)
    x = 0.0
    for colour, text in keys:
        drawing.add(Rect(x, CHART_ROW / 2 - CHART_BAR / 2, 8 * mm, CHART_BAR,
                         fillColor=colour, strokeColor=None))
        drawing.add(String(x + 10 * mm, CHART_ROW / 2 - CHART_FONT_SIZE * 0.35, text,
                           fontName=font, fontSize=CHART_FONT_SIZE))
        x += 10 * mm + words.body.width(text) * CHART_FONT_SIZE + 8 * mm
    return drawing


def build_ranking_pdf(target: Path, ranking: RankingData, fonts: DocumentFonts, *,
                      translate: Translate = untranslated, office_name: str = "",
                      chart: bool = True) -> int:
    """Write the ranking of a year (a `Ranking`) at `target`; the number of pages. A4,
    landscape when the category columns need it; the bar chart of totals after the table
    when `chart`."""
    writer = _RankingWriter(ranking, _Words(fonts, translate))
    return _build(target, writer.page, writer.story(office_name, chart), fonts,
                  ranking_title(ranking, translate), translate)
