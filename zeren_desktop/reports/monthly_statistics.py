"""月度问责工作统计表: the accountability statistics of one month beside the year to date.

Two `StatisticsReport`s of the statistics domain (domain/statistics.py, counted in SQL by
services/statistics.py): the month, and 1 January to the month's last day. One row per
figure — 本月 | 本年累计 — in sections: the summary (problems, persons, teams, cases),
problems by category, persons by the four forms (REFERENCE.md §4), by heaviest measure and
by rank, and the clues (received, concluded, confirmed, the verification rate, money, by
source). Persons count once per period (the month's heaviest measure may differ from the
year's). Under the table: the issuing office, who prepared it and when.

The page is the GB/T 9704 portrait page of the other table reports (reports/periodic_common).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from zeren_desktop.reports import gbt9704 as g
from zeren_desktop.reports.assessment_pdf import PORTRAIT
from zeren_desktop.reports.fonts import DocumentFonts
from zeren_desktop.reports.ledger_book import chinese_date
from zeren_desktop.reports.periodic_common import (
    CELL_LEADING,
    SHADE,
    Sheet,
    Words,
    build_pages,
    count_text,
    grid_table,
    money,
    period_text,
    plain_table,
    rate,
)

_CTX = "PeriodicReports"

# sections
S_SUMMARY = QT_TRANSLATE_NOOP("PeriodicReports", "Summary")
S_CATEGORY = QT_TRANSLATE_NOOP("PeriodicReports", "Problems by category")
S_FORM = QT_TRANSLATE_NOOP("PeriodicReports", "Persons by the four forms")
S_MEASURE = QT_TRANSLATE_NOOP("PeriodicReports", "Persons by heaviest measure")
S_RANK = QT_TRANSLATE_NOOP("PeriodicReports", "Persons by rank")
S_CLUES = QT_TRANSLATE_NOOP("PeriodicReports", "Clues")
S_SOURCE = QT_TRANSLATE_NOOP("PeriodicReports", "Clues received by source")
# items
I_PROBLEMS = QT_TRANSLATE_NOOP("PeriodicReports", "Problems held to account")
I_PERSONS = QT_TRANSLATE_NOOP("PeriodicReports", "Persons held accountable")
I_TEAMS = QT_TRANSLATE_NOOP("PeriodicReports", "Party organisations held accountable")
I_CASES = QT_TRANSLATE_NOOP("PeriodicReports", "Cases decided")
I_RECEIVED = QT_TRANSLATE_NOOP("PeriodicReports", "Clues received")
I_CONCLUDED = QT_TRANSLATE_NOOP("PeriodicReports", "Clues concluded")
I_CONFIRMED = QT_TRANSLATE_NOOP("PeriodicReports", "Confirmed or partly confirmed")
I_RATE = QT_TRANSLATE_NOOP("PeriodicReports", "Verification rate (%)")
I_RECOVERED = QT_TRANSLATE_NOOP("PeriodicReports", "Money recovered (yuan)")
I_CORRECTED = QT_TRANSLATE_NOOP("PeriodicReports", "Money corrected (yuan)")
I_DISQUALIFIED = QT_TRANSLATE_NOOP("PeriodicReports", "Persons disqualified")
# the page
T_TITLE = QT_TRANSLATE_NOOP("PeriodicReports",
                            "Accountability statistics for month {month} of {year}")
T_ISSUER = QT_TRANSLATE_NOOP("PeriodicReports", "Compiled by: {issuer}")
T_PERIOD = QT_TRANSLATE_NOOP(
    "PeriodicReports", "This month: {start} to {end}; year to date: from {year_start}")
T_UNIT = QT_TRANSLATE_NOOP("PeriodicReports", "Unit: {unit} (with the units under it)")
T_ITEM = QT_TRANSLATE_NOOP("PeriodicReports", "Item")
T_SECTION = QT_TRANSLATE_NOOP("PeriodicReports", "Section")
T_MONTH = QT_TRANSLATE_NOOP("PeriodicReports", "This month")
T_YEAR = QT_TRANSLATE_NOOP("PeriodicReports", "Year to date")
T_RULES = QT_TRANSLATE_NOOP(
    "PeriodicReports",
    "Cases count in the month of their decision; each person counts once in a period, under "
    "the heaviest measure. Clues count by the date received; the verification rate is "
    "confirmed and partly confirmed clues of those concluded.")
T_PREPARED_BY = QT_TRANSLATE_NOOP("PeriodicReports", "Prepared by: {name}")
T_REVIEWED_BY = QT_TRANSLATE_NOOP("PeriodicReports", "Reviewed by: ________")
T_PREPARED_ON = QT_TRANSLATE_NOOP("PeriodicReports", "Date: {date}")
T_SHEET = QT_TRANSLATE_NOOP("PeriodicReports", "Monthly statistics")

ROW_COUNT, ROW_PERCENT, ROW_YUAN = "count", "percent", "yuan"


@dataclass(frozen=True)
class MonthlyRow:
    """One figure of the table: its section, its label (translate with `context` unless
    it is empty), the month's value and the year to date's (None: not defined, e.g. a
    rate with nothing concluded)."""

    section: str
    label: str
    context: str
    month: int | float | None
    year_to_date: int | float | None
    kind: str = ROW_COUNT


@dataclass(frozen=True)
class MonthlyStatistics:
    """The table of one month: what `PeriodicReportService.monthly_statistics` returns."""

    year: int
    month: int
    unit_id: uuid.UUID | None
    unit_name: str
    issuer: str
    prepared_by: str
    prepared_on: dt.date
    month_report: st.StatisticsReport
    year_report: st.StatisticsReport

    @property
    def start(self) -> dt.date:
        return self.month_report.start

    @property
    def end(self) -> dt.date:
        return self.month_report.end

    @property
    def rows(self) -> tuple[MonthlyRow, ...]:
        return monthly_rows(self.month_report, self.year_report)


def _paired(section: str, month: Sequence[st.Bucket], year: Sequence[st.Bucket]
            ) -> list[MonthlyRow]:
    """One row per bucket key of either period, in the year's order (the year holds the
    month, except a measure that is a person's heaviest in the month but not in the
    year: it follows)."""
    of_month = {b.key: b for b in month}
    of_year = {b.key: b for b in year}
    keys = [b.key for b in year] + [b.key for b in month if b.key not in of_year]
    rows = []
    for key in keys:
        shown = of_year.get(key) or of_month[key]
        rows.append(MonthlyRow(section, shown.label, shown.context,
                               of_month[key].count if key in of_month else 0,
                               of_year[key].count if key in of_year else 0))
    return rows


def monthly_rows(month: st.StatisticsReport, year: st.StatisticsReport
                 ) -> tuple[MonthlyRow, ...]:
    def plain(section: str, label: str, m: int | float | None, y: int | float | None,
              kind: str = ROW_COUNT) -> MonthlyRow:
        return MonthlyRow(section, label, _CTX, m, y, kind)

    mc, yc = month.clues, year.clues
    rows = [plain(S_SUMMARY, I_PROBLEMS, month.problems, year.problems),
            plain(S_SUMMARY, I_PERSONS, month.persons, year.persons),
            plain(S_SUMMARY, I_TEAMS, month.teams, year.teams),
            plain(S_SUMMARY, I_CASES, month.cases, year.cases)]
    rows += _paired(S_CATEGORY, month.by_category, year.by_category)
    rows += _paired(S_FORM, month.by_form, year.by_form)
    rows += _paired(S_MEASURE, month.by_measure, year.by_measure)
    rows += _paired(S_RANK, month.by_rank, year.by_rank)
    rows += [plain(S_CLUES, I_RECEIVED, mc.received, yc.received),
             plain(S_CLUES, I_CONCLUDED, mc.concluded, yc.concluded),
             plain(S_CLUES, I_CONFIRMED, mc.confirmed, yc.confirmed),
             plain(S_CLUES, I_RATE, mc.rate_percent, yc.rate_percent, ROW_PERCENT),
             plain(S_CLUES, I_RECOVERED, st.yuan(mc.money_recovered_fen),
                   st.yuan(yc.money_recovered_fen), ROW_YUAN),
             plain(S_CLUES, I_CORRECTED, st.yuan(mc.money_corrected_fen),
                   st.yuan(yc.money_corrected_fen), ROW_YUAN),
             plain(S_CLUES, I_DISQUALIFIED, mc.persons_disqualified,
                   yc.persons_disqualified)]
    by_month = {c.key: c for c in month.clues_by_source}
    for c in year.clues_by_source:
        received = by_month[c.key].received if c.key in by_month else 0
        rows.append(MonthlyRow(S_SOURCE, c.label, c.context, received, c.received))
    return tuple(rows)


def monthly_title(data: MonthlyStatistics, translate: Translate = untranslated) -> str:
    return translate(_CTX, T_TITLE).format(year=data.year, month=data.month)


def _value_text(value: int | float | None, kind: str) -> str:
    if value is None:
        return "–"
    if kind == ROW_PERCENT:
        return f"{value:.1f}"
    if kind == ROW_YUAN:
        return f"{value:,.2f}"
    return count_text(value)


# --- the PDF -------------------------------------------------------------------------------

ITEM_WIDTH = 96 * mm
VALUE_WIDTH = (g.AREA_WIDTH - ITEM_WIDTH) / 2


def _table(data: MonthlyStatistics, words: Words) -> Any:
    font = words.body.primary
    rows: list[list[Any]] = [[words.head(words.t(T_ITEM)), words.head(words.t(T_MONTH)),
                              words.head(words.t(T_YEAR))]]
    extra: list[tuple[Any, ...]] = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    section = None
    for row in data.rows:
        if row.section != section:
            section = row.section
            index = len(rows)
            rows.append([words.text(words.t(section), chain=words.bold), "", ""])
            # the section's heading row never ends a page: kept with its first figure
            extra += [("SPAN", (0, index), (-1, index)),
                      ("BACKGROUND", (0, index), (-1, index), SHADE),
                      ("NOSPLIT", (0, index), (-1, index + 1))]
        rows.append([words.text(words.label(row.context, row.label), first_indent=CELL_LEADING),
                     _value_text(row.month, row.kind), _value_text(row.year_to_date, row.kind)])
    return grid_table(rows, [ITEM_WIDTH, VALUE_WIDTH, VALUE_WIDTH], font, extra)


def _story(data: MonthlyStatistics, words: Words) -> list[Any]:
    t = words.t
    story: list[Any] = [words.title(monthly_title(data, words.translate))]
    if data.issuer:
        story.append(words.subtitle(t(T_ISSUER).format(issuer=data.issuer)))
    if data.unit_name:
        story.append(words.subtitle(t(T_UNIT).format(unit=data.unit_name)))
    story.append(words.subtitle(period_text(t(T_PERIOD).format(
        start=chinese_date(data.start), end=chinese_date(data.end),
        year_start=chinese_date(data.year_report.start)), data.end, data.prepared_on,
        words.translate, chinese_date)))
    story += [Spacer(1, 6), _table(data, words), Spacer(1, 4), words.note(t(T_RULES))]
    third = g.AREA_WIDTH / 3
    signatures = plain_table([[
        words.text(t(T_PREPARED_BY).format(name=data.prepared_by)),
        words.text(t(T_REVIEWED_BY)),
        words.text(t(T_PREPARED_ON).format(date=chinese_date(data.prepared_on)),
                   align="right")]], [third] * 3, words.body.primary)
    story.append(KeepTogether([Spacer(1, CELL_LEADING), signatures]))
    return story


def build_monthly_pdf(target: Path, data: MonthlyStatistics, fonts: DocumentFonts, *,
                      translate: Translate = untranslated) -> int:
    """Write the month's table at `target`; the number of pages."""
    words = Words(fonts, translate)
    return build_pages(target, PORTRAIT, _story(data, words), fonts,
                       monthly_title(data, translate), translate)


# --- the workbook -------------------------------------------------------------------------


def monthly_sheets(data: MonthlyStatistics, translate: Translate = untranslated
                   ) -> list[Sheet]:
    """One sheet: the title, issuer, scope and period on top; then Section | Item | This
    month | Year to date, figures as numbers (money with two decimals, the verification
    rate in percent with one decimal, as in the PDF); who prepared it and when under the
    table."""
    def t(text: str) -> str:
        return translate(_CTX, text)

    def value(number: int | float | None, kind: str) -> object:
        if kind == ROW_YUAN:
            return money(number)
        if kind == ROW_PERCENT:
            return rate(number)
        return number

    preamble = [monthly_title(data, translate)]
    if data.issuer:
        preamble.append(t(T_ISSUER).format(issuer=data.issuer))
    if data.unit_name:
        preamble.append(t(T_UNIT).format(unit=data.unit_name))
    preamble.append(period_text(t(T_PERIOD).format(
        start=chinese_date(data.start), end=chinese_date(data.end),
        year_start=chinese_date(data.year_report.start)), data.end, data.prepared_on,
        translate, chinese_date))
    rows: list[list[object]] = []
    for row in data.rows:
        label = translate(row.context, row.label) if row.context else row.label
        rows.append([t(row.section), label, value(row.month, row.kind),
                     value(row.year_to_date, row.kind)])
    rows.append([])
    rows.append([t(T_PREPARED_BY).format(name=data.prepared_by),
                 t(T_PREPARED_ON).format(date=data.prepared_on.isoformat())])
    return [Sheet(t(T_SHEET), [t(T_SECTION), t(T_ITEM), t(T_MONTH), t(T_YEAR)], rows,
                  [26, 36, 16, 16], preamble=preamble)]
