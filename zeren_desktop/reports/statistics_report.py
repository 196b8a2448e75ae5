"""问责工作统计表: the accountability statistics of a period as an A4 PDF.

The page is the GB/T 9704 page of `list_document` (A4, top 37 mm, binding margin 28 mm,
type area 156 × 225 mm, page numbers "— 1 —" 7 mm below it). One table per dimension with
a totals row; the main dimensions carry a bar per row drawn with ReportLab graphics.
Deterministic: the same report gives the same bytes (`invariant=True`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, KeepTogether, PageTemplate, Spacer, Table

from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from zeren_desktop.reports import gbt9704 as g
from zeren_desktop.reports.ledger_book import chinese_date
from zeren_desktop.reports.textflow import TextBlock

_CTX = "StatisticsReport"

TITLE_SIZE = 18
TITLE_LEADING = 28
HEADING_SIZE = 14           # 四号
HEADING_LEADING = 24
CELL_SIZE = 10.5            # 五号
CELL_LEADING = 14
HEADER_SIZE = 9             # the clue table's eight column heads
HEADER_LEADING = 11
BAR_WIDTH = 52 * mm
BAR_HEIGHT = 3.2 * mm
BAR_COLOUR = colors.Color(0.71, 0.13, 0.13)   # the red of official papers
GRID = colors.Color(0.45, 0.45, 0.45)
SHADE = colors.Color(0.93, 0.93, 0.93)

T_TITLE = QT_TRANSLATE_NOOP("StatisticsReport", "Accountability statistics ({start} to {end})")
T_OFFICE = QT_TRANSLATE_NOOP("StatisticsReport", "Compiled by: {office}")
T_UNIT = QT_TRANSLATE_NOOP("StatisticsReport", "Unit: {unit} (with the units under it)")
T_RULES = QT_TRANSLATE_NOOP(
    "StatisticsReport",
    "Cases count in the period of their decision; each person counts once, under the "
    "heaviest measure. Clues count by the date received; the verification rate is confirmed "
    "and partly confirmed clues of those concluded.")
T_SUMMARY = QT_TRANSLATE_NOOP("StatisticsReport", "1. Summary")
T_CATEGORY = QT_TRANSLATE_NOOP("StatisticsReport", "2. Problems by category")
T_MEASURE = QT_TRANSLATE_NOOP("StatisticsReport", "3. Persons by measure (heaviest)")
T_RANK = QT_TRANSLATE_NOOP("StatisticsReport", "4. Persons by rank")
T_FORM = QT_TRANSLATE_NOOP("StatisticsReport", "5. Persons by the four forms")
T_UNIT_SECTION = QT_TRANSLATE_NOOP("StatisticsReport", "6. By unit")
T_MONTH = QT_TRANSLATE_NOOP("StatisticsReport", "7. By month of decision")
T_CLUES = QT_TRANSLATE_NOOP("StatisticsReport", "8. Clues by source")
T_ITEM = QT_TRANSLATE_NOOP("StatisticsReport", "Item")
T_NUMBER = QT_TRANSLATE_NOOP("StatisticsReport", "Number")
T_SHARE = QT_TRANSLATE_NOOP("StatisticsReport", "Share")
T_PROBLEMS = QT_TRANSLATE_NOOP("StatisticsReport", "Problems")
T_PERSONS = QT_TRANSLATE_NOOP("StatisticsReport", "Persons")
T_TEAMS = QT_TRANSLATE_NOOP("StatisticsReport", "Teams")
T_CASES = QT_TRANSLATE_NOOP("StatisticsReport", "Cases")
T_TOTAL = QT_TRANSLATE_NOOP("StatisticsReport", "Total")
T_UNIT_COLUMN = QT_TRANSLATE_NOOP("StatisticsReport", "Unit")
T_MONTH_COLUMN = QT_TRANSLATE_NOOP("StatisticsReport", "Month")
T_SOURCE = QT_TRANSLATE_NOOP("StatisticsReport", "Source")
T_RECEIVED = QT_TRANSLATE_NOOP("StatisticsReport", "Received")
T_CONCLUDED = QT_TRANSLATE_NOOP("StatisticsReport", "Concluded")
T_CONFIRMED = QT_TRANSLATE_NOOP("StatisticsReport", "Confirmed")
T_RATE = QT_TRANSLATE_NOOP("StatisticsReport", "Rate")
T_RECOVERED = QT_TRANSLATE_NOOP("StatisticsReport", "Recovered (yuan)")
T_CORRECTED = QT_TRANSLATE_NOOP("StatisticsReport", "Corrected (yuan)")
T_DISQUALIFIED = QT_TRANSLATE_NOOP("StatisticsReport", "Disqualified")
T_CLUES_RECEIVED = QT_TRANSLATE_NOOP("StatisticsReport", "Clues received")
T_PAGE_NUMBER = QT_TRANSLATE_NOOP("StatisticsReport", "— {n} —")


def title_of(report: st.StatisticsReport, translate: Translate = untranslated) -> str:
    return translate(_CTX, T_TITLE).format(start=chinese_date(report.start),
                                           end=chinese_date(report.end))


def _percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "–"


def _money(fen: int) -> str:
    return f"{fen / 100:,.2f}"


class _Writer:
    def __init__(self, font: str, translate: Translate) -> None:
        self.font = font
        self.translate = translate

    def t(self, text: str) -> str:
        return self.translate(_CTX, text)

    def label(self, bucket: st.Bucket | st.ClueFigures) -> str:
        return self.translate(bucket.context, bucket.label) if bucket.context else bucket.label

    def cell(self, text: str, align: str = "left") -> TextBlock:
        return TextBlock(text, self.font, CELL_SIZE, CELL_LEADING, align=align)

    def heading(self, text: str) -> TextBlock:
        return TextBlock(self.t(text), self.font, HEADING_SIZE, HEADING_LEADING,
                         space_before=CELL_LEADING / 2)

    def bar(self, value: int, largest: int) -> Drawing:
        # the font too: else the drawing declares Helvetica, an unembedded font
        drawing = Drawing(BAR_WIDTH, BAR_HEIGHT, initialFontName=self.font,
                          initialFontSize=CELL_SIZE)
        if value and largest:
            drawing.add(Rect(0, 0, BAR_WIDTH * value / largest, BAR_HEIGHT,
                             fillColor=BAR_COLOUR, strokeColor=None))
        return drawing

    def table(self, rows: list[list[Any]], widths: Sequence[float], *, total: bool = True,
              numbers_from: int = 1) -> Table:
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), self.font, CELL_SIZE),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (numbers_from, 0), (-1, -1), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if total:
            style.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
        return Table(rows, colWidths=list(widths), style=style, repeatRows=1, hAlign="LEFT")

    def dimension(self, heading: str, buckets: Sequence[st.Bucket], total: int,
                  what: str) -> list[Any]:
        largest = max((b.count for b in buckets), default=0)
        rows: list[list[Any]] = [[self.t(T_ITEM), self.t(what), self.t(T_SHARE), ""]]
        for b in buckets:
            rows.append([self.cell(self.label(b)), str(b.count), _percent(b.count, total),
                         self.bar(b.count, largest)])
        rows.append([self.t(T_TOTAL), str(total), _percent(total, total) if total else "–",
                     ""])
        widths = [g.AREA_WIDTH - BAR_WIDTH - 2 * 20 * mm - 8, 20 * mm, 20 * mm, BAR_WIDTH + 8]
        table = self.table(rows, widths)
        return [KeepTogether([self.heading(heading), Spacer(1, 3), table])]

    def pairs(self, heading: str, column: str, buckets: Sequence[st.Bucket],
              report: st.StatisticsReport, bars: bool) -> list[Any]:
        largest = max((b.count for b in buckets), default=0)
        rows: list[list[Any]] = [[self.t(column), self.t(T_PROBLEMS), self.t(T_PERSONS), ""]]
        for b in buckets:
            rows.append([self.cell(self.label(b)), str(b.count), str(b.persons),
                         self.bar(b.count, largest) if bars else ""])
        rows.append([self.t(T_TOTAL), str(report.problems), str(report.persons), ""])
        widths = [g.AREA_WIDTH - BAR_WIDTH - 2 * 20 * mm - 8, 20 * mm, 20 * mm, BAR_WIDTH + 8]
        story: list[Any] = [self.heading(heading), Spacer(1, 3), self.table(rows, widths)]
        return [KeepTogether(story)] if len(rows) < 30 else story

    def summary(self, report: st.StatisticsReport) -> list[Any]:
        clues = report.clues
        rate = f"{clues.rate_percent:.1f}%" if clues.rate_percent is not None else "–"
        head = [self.t(T_PROBLEMS), self.t(T_PERSONS), self.t(T_TEAMS), self.t(T_CASES),
                self.t(T_CLUES_RECEIVED), self.t(T_CONFIRMED), self.t(T_RATE)]
        values = [str(report.problems), str(report.persons), str(report.teams),
                  str(report.cases), str(clues.received), str(clues.confirmed), rate]
        widths = [g.AREA_WIDTH / len(head)] * len(head)
        table = self.table([[self.cell(h, "centre") for h in head], values], widths,
                           total=False, numbers_from=0)
        table.setStyle([("ALIGN", (0, 1), (-1, 1), "CENTER")])
        return [self.heading(T_SUMMARY), Spacer(1, 3), table]

    def clues(self, report: st.StatisticsReport) -> list[Any]:
        head = [T_SOURCE, T_RECEIVED, T_CONCLUDED, T_CONFIRMED, T_RATE, T_RECOVERED,
                T_CORRECTED, T_DISQUALIFIED]
        rows: list[list[Any]] = [[TextBlock(self.t(h), self.font, HEADER_SIZE, HEADER_LEADING,
                                            align="centre") for h in head]]
        for c in (*report.clues_by_source, report.clues):
            rows.append([self.cell(self.label(c)), str(c.received), str(c.concluded),
                         str(c.confirmed),
                         f"{c.rate_percent:.1f}%" if c.rate_percent is not None else "–",
                         _money(c.money_recovered_fen), _money(c.money_corrected_fen),
                         str(c.persons_disqualified)])
        first = 30 * mm
        money = 23 * mm
        rest = (g.AREA_WIDTH - first - 2 * money) / 5
        widths = [first, rest, rest, rest, rest, money, money, rest]
        return [KeepTogether([self.heading(T_CLUES), Spacer(1, 3), self.table(rows, widths)])]

    def story(self, report: st.StatisticsReport, office: str) -> list[Any]:
        story: list[Any] = [TextBlock(title_of(report, self.translate), self.font, TITLE_SIZE,
                                      TITLE_LEADING, align="centre", space_after=6)]
        if office:
            story.append(self.cell(self.t(T_OFFICE).format(office=office), "centre"))
        if report.unit_name:
            story.append(self.cell(self.t(T_UNIT).format(unit=report.unit_name), "centre"))
        story.append(Spacer(1, 4))
        story.append(TextBlock(self.t(T_RULES), self.font, 9, 12))
        story += self.summary(report)
        story += self.dimension(T_CATEGORY, report.by_category, report.problems, T_PROBLEMS)
        story += self.dimension(T_MEASURE, report.by_measure, report.persons, T_PERSONS)
        story += self.dimension(T_RANK, report.by_rank, report.persons, T_PERSONS)
        story += self.dimension(T_FORM, report.by_form, report.persons, T_PERSONS)
        story += self.pairs(T_UNIT_SECTION, T_UNIT_COLUMN, report.by_unit, report, bars=True)
        story += self.pairs(T_MONTH, T_MONTH_COLUMN, report.by_month, report, bars=True)
        story += self.clues(report)
        return story


def build_statistics_report(target: Path, report: st.StatisticsReport, font: str, *,
                            office: str = "", translate: Translate = untranslated) -> int:
    """Write the report's PDF at `target`; the number of pages."""
    writer = _Writer(font, translate)
    pages = [0]

    def number_page(canvas: Any, document: Any) -> None:
        n = document.page
        g.draw_page_number(canvas, font, n, writer.t(T_PAGE_NUMBER).format(n=n))
        pages[0] += 1

    frame = g.type_area_frame()
    document = BaseDocTemplate(
        str(target), pagesize=A4, title=title_of(report, translate), author="Zeren Desktop",
        invariant=True, initialFontName=font, initialFontSize=10,
        pageTemplates=[PageTemplate("page", [frame], onPageEnd=number_page)])
    document.build(writer.story(report, office))
    return pages[0]
