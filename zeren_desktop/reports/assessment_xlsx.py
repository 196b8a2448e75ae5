"""量化考核排名 as an .xlsx sheet: the columns of the ranking PDF (名次 | 单位 | one column per
category | 总分 | 备注), one row per unit, then the notes (tie rule, bottom N, units not
ranked) below a blank row.

Written the way services/spreadsheets.write_xlsx writes (openpyxl write-only, a bold and
frozen header row, the file replaced only when complete, text that a spreadsheet would run
as a formula kept as text: reports/xlsx_cells.py). Ranks and points are numbers, not text:
they sort and add up in Excel and WPS.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from zeren_desktop.domain.text import Translate, untranslated
from zeren_desktop.reports.assessment_pdf import (
    RankingData,
    ranking_categories,
    ranking_headers,
    ranking_notes,
    ranking_remarks,
    ranking_title,
)
from zeren_desktop.reports.xlsx_cells import replacing, sheet_title, text_cell

# 名次, 单位, each category, 总分, 备注 (characters)
RANK_WIDTH, UNIT_WIDTH, CATEGORY_WIDTH, TOTAL_WIDTH, REMARKS_WIDTH = 8, 24, 14, 10, 20
POINTS_FORMAT = "0.##;-0.##;0"


def _text(sheet: Any, text: str, *, bold: bool = False) -> Any:
    """A text cell; one a spreadsheet would run as a formula stays text."""
    cell = text_cell(sheet, text)
    if bold:
        cell.font = Font(bold=True)
    return cell


def _number(sheet: Any, value: object) -> Any:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = POINTS_FORMAT
    return cell


def write_ranking_xlsx(target: Path, ranking: RankingData, *,
                       translate: Translate = untranslated) -> int:
    """Write the ranking (a `Ranking` of services/assessment_dto.py) at `target`; the
    number of unit rows written. OSError when the file cannot be written (the old file,
    if any, is left as it was)."""
    target = Path(target)
    categories = ranking_categories(ranking)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title(ranking_title(ranking, translate)))
    sheet.freeze_panes = "A2"
    widths = [RANK_WIDTH, UNIT_WIDTH, *[CATEGORY_WIDTH] * len(categories), TOTAL_WIDTH,
              REMARKS_WIDTH]
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.append([_text(sheet, h, bold=True) for h in ranking_headers(ranking, translate)])
    for row in ranking.rows:
        subtotals = dict(row.subtotals)
        sheet.append([
            row.rank, _text(sheet, row.unit_name),
            *[_number(sheet, subtotals[name]) if name in subtotals else None
              for name in categories],
            _number(sheet, row.total), _text(sheet, ranking_remarks(row, translate)),
        ])
    notes = ranking_notes(ranking, translate)
    if notes:
        sheet.append([])
        for note in notes:
            sheet.append([_text(sheet, note)])
    with replacing(target) as handle:
        workbook.save(handle)
    return len(ranking.rows)
