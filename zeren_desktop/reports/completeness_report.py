"""季度履责纪实完整情况汇总表: the quarterly ledger completeness summary per unit.

For each township and county department in scope, each member of its Party committee team
during the quarter (the leaders the ledger reminders and the assessment's ledger
completeness look at): the entries of the quarter per must-record kind (九必记, in the
order of `LedgerCategory`), the kinds with no entry, and the completeness share (kinds
recorded of the nine). A subtotal row per unit (entries per kind summed; the unit's share
is the mean of its leaders' shares), and the county summary: the units ranked by their
share (ties share a rank), those with no team member on record listed apart.

A4 landscape pages (the GB/T 9704 type area turned a quarter: reports/assessment_pdf
`LANDSCAPE`), so that the nine kinds fit beside the names; kinds with no entry shaded.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from zeren_desktop.domain.enums import LedgerCategory, TeamRole, UnitKind
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from zeren_desktop.reports.assessment_pdf import LANDSCAPE
from zeren_desktop.reports.fonts import DocumentFonts
from zeren_desktop.reports.ledger_book import chinese_date
from zeren_desktop.reports.periodic_common import (
    CELL_LEADING,
    MISSING,
    SHADE,
    SMALL_LEADING,
    SMALL_SIZE,
    Percent,
    Sheet,
    Words,
    build_pages,
    grid_table,
    percent_text,
    period_text,
    plain_table,
)

_CTX = "PeriodicReports"
KINDS: tuple[LedgerCategory, ...] = tuple(LedgerCategory)

T_TITLE = QT_TRANSLATE_NOOP("PeriodicReports", "Duty ledger completeness, quarter {quarter} of"
                            " {year}")
T_ISSUER = QT_TRANSLATE_NOOP("PeriodicReports", "Compiled by: {issuer}")
T_PERIOD = QT_TRANSLATE_NOOP("PeriodicReports", "Period: {start} to {end}")
T_UNIT = QT_TRANSLATE_NOOP("PeriodicReports", "Unit: {unit} (with the units under it)")
T_RULES = QT_TRANSLATE_NOOP(
    "PeriodicReports",
    "Leaders: the members of each unit's Party committee team during the quarter. A kind "
    "counts as recorded when the leader's ledger has at least one entry of it dated in the "
    "quarter; completeness is the kinds recorded of the nine, a unit's the mean of its "
    "leaders'. Shaded: no entry.")
T_SUMMARY = QT_TRANSLATE_NOOP("PeriodicReports", "1. County summary: units ranked by"
                              " completeness")
# the summary of a scope smaller than the county (a unit chosen, or a township account's)
T_SUMMARY_SCOPED = QT_TRANSLATE_NOOP("PeriodicReports", "1. Summary: units ranked by"
                                     " completeness")
T_DETAIL = QT_TRANSLATE_NOOP("PeriodicReports", "2. Each unit's leaders")
T_UNIT_HEADING = QT_TRANSLATE_NOOP("PeriodicReports", "{unit} (completeness {share})")
T_RANK = QT_TRANSLATE_NOOP("PeriodicReports", "Rank")
T_UNIT_COLUMN = QT_TRANSLATE_NOOP("PeriodicReports", "Unit")
T_KIND_COLUMN = QT_TRANSLATE_NOOP("PeriodicReports", "Kind of unit")
T_LEADERS = QT_TRANSLATE_NOOP("PeriodicReports", "Leaders")
T_COMPLETE = QT_TRANSLATE_NOOP("PeriodicReports", "All nine kinds")
T_GAPS = QT_TRANSLATE_NOOP("PeriodicReports", "Kinds missing (leader-kinds)")
T_ENTRIES = QT_TRANSLATE_NOOP("PeriodicReports", "Entries")
T_SHARE = QT_TRANSLATE_NOOP("PeriodicReports", "Completeness")
T_NAME = QT_TRANSLATE_NOOP("PeriodicReports", "Name")
T_POST = QT_TRANSLATE_NOOP("PeriodicReports", "Post")
T_ROLE = QT_TRANSLATE_NOOP("PeriodicReports", "Role in the team")
T_MISSING = QT_TRANSLATE_NOOP("PeriodicReports", "Kinds with no entry")
T_RECORDED = QT_TRANSLATE_NOOP("PeriodicReports", "Kinds recorded")
T_SUBTOTAL = QT_TRANSLATE_NOOP("PeriodicReports", "Subtotal")
T_SUBTOTAL_LEADERS = QT_TRANSLATE_NOOP("PeriodicReports", "{n} leaders")
T_SUBTOTAL_GAPS = QT_TRANSLATE_NOOP("PeriodicReports", "{n} kinds missing in all")
T_TOTAL = QT_TRANSLATE_NOOP("PeriodicReports", "County")
T_TOTAL_SCOPED = QT_TRANSLATE_NOOP("PeriodicReports", "Total")
T_NONE = QT_TRANSLATE_NOOP("PeriodicReports", "None")
T_NO_TEAM = QT_TRANSLATE_NOOP(
    "PeriodicReports", "No member of the Party committee team is on record for the quarter.")
T_NOT_RANKED = QT_TRANSLATE_NOOP(
    "PeriodicReports", "Not ranked (no team member on record for the quarter): {units}")
T_NO_UNITS = QT_TRANSLATE_NOOP(
    "PeriodicReports", "No township or county department is in the chosen scope.")
T_SEPARATOR = QT_TRANSLATE_NOOP("PeriodicReports", ", ")
T_PREPARED_BY = QT_TRANSLATE_NOOP("PeriodicReports", "Prepared by: {name}")
T_PREPARED_ON = QT_TRANSLATE_NOOP("PeriodicReports", "Date: {date}")
# a sheet's name (not the column "Leaders", the number of leaders)
T_SHEET_DETAIL = QT_TRANSLATE_NOOP("PeriodicReports", "Leaders' ledgers")
T_SHEET_SUMMARY = QT_TRANSLATE_NOOP("PeriodicReports", "Units ranked")


@dataclass(frozen=True)
class LeaderCompleteness:
    """One leader's ledger in the quarter."""

    cadre_id: uuid.UUID
    name: str
    role: TeamRole
    post_title: str
    counts: tuple[int, ...]                  # entries per must-record kind, KINDS order
    missing: tuple[LedgerCategory, ...]      # the kinds with no entry, KINDS order

    @property
    def recorded(self) -> int:
        return len(KINDS) - len(self.missing)

    @property
    def share(self) -> float:
        return self.recorded / len(KINDS)

    @property
    def entries(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class UnitCompleteness:
    unit_id: uuid.UUID
    unit_name: str
    unit_kind: UnitKind
    leaders: tuple[LeaderCompleteness, ...]

    @property
    def counts(self) -> tuple[int, ...]:
        return tuple(sum(leader.counts[i] for leader in self.leaders)
                     for i in range(len(KINDS)))

    @property
    def share(self) -> float | None:
        """The mean of the leaders' shares; None with no leader on record."""
        if not self.leaders:
            return None
        return sum(leader.recorded for leader in self.leaders) / (len(KINDS)
                                                                  * len(self.leaders))

    @property
    def complete(self) -> int:
        """Leaders with every kind recorded."""
        return sum(1 for leader in self.leaders if not leader.missing)

    @property
    def gaps(self) -> int:
        return sum(len(leader.missing) for leader in self.leaders)

    @property
    def entries(self) -> int:
        return sum(leader.entries for leader in self.leaders)


@dataclass(frozen=True)
class RankedUnit:
    rank: int
    unit: UnitCompleteness


@dataclass(frozen=True)
class CompletenessReport:
    """What `PeriodicReportService.ledger_completeness` returns."""

    year: int
    quarter: int
    start: dt.date
    end: dt.date
    unit_id: uuid.UUID | None       # the unit chosen (None: every unit in scope)
    unit_name: str
    issuer: str
    prepared_by: str
    prepared_on: dt.date
    units: tuple[UnitCompleteness, ...]      # in the units' order (sort order, name)

    @property
    def ranking(self) -> tuple[RankedUnit, ...]:
        """Units with leaders by share, highest first; equal shares share a rank (1, 1, 3);
        within a rank by name."""
        ranked = sorted((u for u in self.units if u.leaders),
                        key=lambda u: (-(u.share or 0.0), u.unit_name, str(u.unit_id)))
        out: list[RankedUnit] = []
        for index, unit in enumerate(ranked):
            same = out and out[-1].unit.share == unit.share
            out.append(RankedUnit(out[-1].rank if same else index + 1, unit))
        return tuple(out)

    @property
    def not_ranked(self) -> tuple[UnitCompleteness, ...]:
        return tuple(u for u in self.units if not u.leaders)

    @property
    def leaders(self) -> tuple[LeaderCompleteness, ...]:
        return tuple(leader for u in self.units for leader in u.leaders)

    @property
    def share(self) -> float | None:
        leaders = self.leaders
        if not leaders:
            return None
        return sum(leader.recorded for leader in leaders) / (len(KINDS) * len(leaders))


def summary_heading(report: CompletenessReport) -> str:
    """The summary's heading: the county's, or not when the scope is smaller."""
    return T_SUMMARY_SCOPED if report.unit_name else T_SUMMARY


def total_label(report: CompletenessReport) -> str:
    """The summary's total row: 全县 for the county, else 合计."""
    return T_TOTAL_SCOPED if report.unit_name else T_TOTAL


def completeness_title(report: CompletenessReport, translate: Translate = untranslated) -> str:
    return translate(_CTX, T_TITLE).format(year=report.year, quarter=report.quarter)


def _kind_label(kind: LedgerCategory, translate: Translate) -> str:
    return translate(kind.context(), kind.label)


def missing_text(leader: LeaderCompleteness, translate: Translate) -> str:
    if not leader.missing:
        return translate(_CTX, T_NONE)
    return "、".join(_kind_label(kind, translate) for kind in leader.missing)


# --- the PDF -------------------------------------------------------------------------------

AREA = LANDSCAPE.area_width
# the leaders' table: name, post, nine kinds, missing kinds, share
NAME_WIDTH = 18 * mm
POST_WIDTH = 26 * mm
KIND_WIDTH = 14.5 * mm          # four characters of the kind's name a line
SHARE_WIDTH = 17 * mm
KIND_HEAD_SIZE = 8.0
KIND_HEAD_LEADING = 10.0
MISSING_WIDTH = AREA - NAME_WIDTH - POST_WIDTH - len(KINDS) * KIND_WIDTH - SHARE_WIDTH
# the summary: rank, unit, kind of unit, leaders, complete, gaps, entries, share
SUMMARY_WIDTHS = (14 * mm, 60 * mm, 30 * mm, 22 * mm, 24 * mm, 30 * mm, 22 * mm)
SUMMARY_LAST = AREA - sum(SUMMARY_WIDTHS)


def _small_head(words: Words, text: str) -> Any:
    return words.text(text, chain=words.bold, size=SMALL_SIZE, leading=SMALL_LEADING,
                      align="centre")


def _summary(report: CompletenessReport, words: Words) -> list[Any]:
    t = words.t
    heads = [T_RANK, T_UNIT_COLUMN, T_KIND_COLUMN, T_LEADERS, T_COMPLETE, T_GAPS, T_ENTRIES,
             T_SHARE]
    rows: list[list[Any]] = [[_small_head(words, t(h)) for h in heads]]
    for ranked in report.ranking:
        unit = ranked.unit
        rows.append([str(ranked.rank), words.text(unit.unit_name),
                     words.text(words.label(unit.unit_kind.context(), unit.unit_kind.label)),
                     str(len(unit.leaders)), str(unit.complete), str(unit.gaps),
                     str(unit.entries), percent_text(unit.share)])
    leaders = report.leaders
    rows.append(["", words.text(t(total_label(report)), chain=words.bold), "",
                 str(len(leaders)),
                 str(sum(1 for leader in leaders if not leader.missing)),
                 str(sum(len(leader.missing) for leader in leaders)),
                 str(sum(leader.entries for leader in leaders)), percent_text(report.share)])
    extra = [("ALIGN", (3, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
             ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
    story: list[Any] = [words.heading(t(summary_heading(report))),
                        grid_table(rows, [*SUMMARY_WIDTHS, SUMMARY_LAST], words.body.primary,
                                   extra)]
    if report.not_ranked:
        story.append(Spacer(1, 3))
        story.append(words.note(t(T_NOT_RANKED).format(units=t(T_SEPARATOR).join(
            u.unit_name for u in report.not_ranked))))
    return story


def _unit_table(unit: UnitCompleteness, words: Words) -> Any:
    t, tr = words.t, words.translate
    rows: list[list[Any]] = [[_small_head(words, t(T_NAME)), _small_head(words, t(T_POST)),
                              *[words.text(_kind_label(k, tr), chain=words.bold,
                                           size=KIND_HEAD_SIZE, leading=KIND_HEAD_LEADING,
                                           align="centre") for k in KINDS],
                              _small_head(words, t(T_MISSING)), _small_head(words, t(T_SHARE))]]
    extra: list[tuple[Any, ...]] = [("ALIGN", (2, 1), (-3, -1), "CENTER"),
                                    ("ALIGN", (-1, 1), (-1, -1), "RIGHT")]
    for leader in unit.leaders:
        row_index = len(rows)
        rows.append([words.text(leader.name), words.text(leader.post_title),
                     *[str(n) for n in leader.counts],
                     words.text(missing_text(leader, tr), size=SMALL_SIZE,
                                leading=SMALL_LEADING),
                     percent_text(leader.share)])
        for column, n in enumerate(leader.counts, start=2):
            if not n:
                extra.append(("BACKGROUND", (column, row_index), (column, row_index), MISSING))
    rows.append([words.text(t(T_SUBTOTAL), chain=words.bold),
                 words.text(t(T_SUBTOTAL_LEADERS).format(n=len(unit.leaders))),
                 *[str(n) for n in unit.counts],
                 words.text(t(T_SUBTOTAL_GAPS).format(n=unit.gaps), size=SMALL_SIZE,
                            leading=SMALL_LEADING),
                 percent_text(unit.share)])
    extra.append(("BACKGROUND", (0, -1), (1, -1), SHADE))
    extra.append(("BACKGROUND", (-2, -1), (-1, -1), SHADE))
    widths = [NAME_WIDTH, POST_WIDTH, *[KIND_WIDTH] * len(KINDS), MISSING_WIDTH, SHARE_WIDTH]
    return grid_table(rows, widths, words.body.primary, extra)


def _details(report: CompletenessReport, words: Words) -> list[Any]:
    t = words.t
    story: list[Any] = []
    # the section's heading stays with its first unit
    before: list[Any] = [words.heading(t(T_DETAIL), keep=False)]
    for unit in report.units:
        heading = words.heading(t(T_UNIT_HEADING).format(unit=unit.unit_name,
                                                        share=percent_text(unit.share)),
                                keep=False)
        if not unit.leaders:
            story.append(KeepTogether([*before, heading, words.note(t(T_NO_TEAM))]))
        elif len(unit.leaders) < 12:
            story.append(KeepTogether([*before, heading, _unit_table(unit, words)]))
        else:
            story += [KeepTogether([*before, heading]), _unit_table(unit, words)]
        before = []
    return story


def _story(report: CompletenessReport, words: Words) -> list[Any]:
    t = words.t
    story: list[Any] = [words.title(completeness_title(report, words.translate))]
    if report.issuer:
        story.append(words.subtitle(t(T_ISSUER).format(issuer=report.issuer)))
    if report.unit_name:
        story.append(words.subtitle(t(T_UNIT).format(unit=report.unit_name)))
    story.append(words.subtitle(period_text(
        t(T_PERIOD).format(start=chinese_date(report.start), end=chinese_date(report.end)),
        report.end, report.prepared_on, words.translate, chinese_date)))
    story += [Spacer(1, 4), words.note(t(T_RULES))]
    if not report.units:
        story.append(words.note(t(T_NO_UNITS)))
    else:
        story += _summary(report, words)
        story += _details(report, words)
    half = AREA / 2
    story.append(KeepTogether([Spacer(1, CELL_LEADING), plain_table([[
        words.text(t(T_PREPARED_BY).format(name=report.prepared_by)),
        words.text(t(T_PREPARED_ON).format(date=chinese_date(report.prepared_on)),
                   align="right")]], [half, half], words.body.primary)]))
    return story


def build_completeness_pdf(target: Path, report: CompletenessReport, fonts: DocumentFonts,
                           *, translate: Translate = untranslated) -> int:
    """Write the summary at `target` on landscape pages; the number of pages."""
    words = Words(fonts, translate)
    return build_pages(target, LANDSCAPE, _story(report, words), fonts,
                       completeness_title(report, translate), translate)


# --- the workbook -------------------------------------------------------------------------


def completeness_sheets(report: CompletenessReport, translate: Translate = untranslated
                        ) -> list[Sheet]:
    """Two sheets: the units ranked (the title, issuer, scope and period on top), and
    every leader (a subtotal row per unit). Counts and shares are numbers (shares
    formatted as percentages, as the PDF shows them)."""
    def t(text: str) -> str:
        return translate(_CTX, text)

    def share(value: float | None) -> object:
        return Percent(value) if value is not None else None

    kinds = [_kind_label(k, translate) for k in KINDS]
    detail: list[list[object]] = []
    bold: set[int] = set()
    for unit in report.units:
        for leader in unit.leaders:
            detail.append([unit.unit_name, leader.name, leader.post_title,
                           translate(leader.role.context(), leader.role.label),
                           *leader.counts, leader.recorded,
                           missing_text(leader, translate), share(leader.share)])
        bold.add(len(detail))
        detail.append([unit.unit_name, t(T_SUBTOTAL), t(T_SUBTOTAL_LEADERS).format(
            n=len(unit.leaders)), "", *unit.counts, None,
            t(T_SUBTOTAL_GAPS).format(n=unit.gaps), share(unit.share)])
    summary: list[list[object]] = []
    for ranked in report.ranking:
        unit = ranked.unit
        summary.append([ranked.rank, unit.unit_name,
                        translate(unit.unit_kind.context(), unit.unit_kind.label),
                        len(unit.leaders), unit.complete, unit.gaps, unit.entries,
                        share(unit.share)])
    leaders = report.leaders
    summary.append(["", t(total_label(report)), "", len(leaders),
                    sum(1 for leader in leaders if not leader.missing),
                    sum(len(leader.missing) for leader in leaders),
                    sum(leader.entries for leader in leaders), share(report.share)])
    summary_bold = {len(summary) - 1}
    if report.not_ranked:
        summary.append([])
        summary.append([t(T_NOT_RANKED).format(units=t(T_SEPARATOR).join(
            u.unit_name for u in report.not_ranked))])
    preamble = [completeness_title(report, translate)]
    if report.issuer:
        preamble.append(t(T_ISSUER).format(issuer=report.issuer))
    if report.unit_name:
        preamble.append(t(T_UNIT).format(unit=report.unit_name))
    preamble.append(period_text(
        t(T_PERIOD).format(start=chinese_date(report.start), end=chinese_date(report.end)),
        report.end, report.prepared_on, translate, chinese_date))
    summary.append([])
    summary.append([t(T_PREPARED_BY).format(name=report.prepared_by),
                    t(T_PREPARED_ON).format(date=report.prepared_on.isoformat())])
    return [
        Sheet(t(T_SHEET_SUMMARY),
              [t(T_RANK), t(T_UNIT_COLUMN), t(T_KIND_COLUMN), t(T_LEADERS), t(T_COMPLETE),
               t(T_GAPS), t(T_ENTRIES), t(T_SHARE)], summary, [8, 28, 14, 10, 12, 16, 10, 12],
              frozenset(summary_bold), preamble),
        Sheet(t(T_SHEET_DETAIL),
              [t(T_UNIT_COLUMN), t(T_NAME), t(T_POST), t(T_ROLE), *kinds, t(T_RECORDED),
               t(T_MISSING), t(T_SHARE)], detail,
              [24, 10, 18, 12, *[10] * len(KINDS), 10, 40, 12], frozenset(bold)),
    ]

