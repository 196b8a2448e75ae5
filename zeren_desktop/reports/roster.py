"""干部名册: a table of cadres with their current posts, one table per page (fast)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

COLUMN_WIDTHS_MM = (12, 24, 12, 24, 26, 38, 54)


@dataclass(frozen=True)
class RosterRow:
    name: str
    sex: str
    birth: str
    rank: str
    unit: str
    title: str


@dataclass(frozen=True)
class RosterText:
    """The words of the report, translated by the caller."""

    title: str
    subtitle: str
    headers: tuple[str, str, str, str, str, str, str]
    page: str  # e.g. "— {n} —"


def build_roster(path: Path, rows: Sequence[RosterRow], text: RosterText, font: str,
                 *, made: dt.date) -> Path:
    """Write the roster PDF to `path` (via a temporary name) and return it."""
    cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=13)
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1)
    sub = ParagraphStyle("sub", fontName=font, fontSize=10.5, leading=14, alignment=1)

    def on_page(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 10)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, text.page.format(n=document.page))
        canvas.restoreState()

    frame = Frame(20 * mm, 20 * mm, A4[0] - 40 * mm, A4[1] - 40 * mm, id="body")
    temporary = path.with_name(path.name + ".part")
    document = BaseDocTemplate(str(temporary), pagesize=A4, title=text.title,
                               author="Zeren Desktop", invariant=True,
                               # else the canvas declares Helvetica, an unembedded font
                               initialFontName=font, initialFontSize=10,
                               pageTemplates=[PageTemplate("page", [frame], onPage=on_page)])
    story: list[object] = [Paragraph(escape(text.title), title),
                           Paragraph(escape(text.subtitle), sub),
                           Spacer(1, 4 * mm)]
    widths = [w * mm for w in COLUMN_WIDTHS_MM]
    style = TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 10),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ])
    # One table whose header repeats on every page. (Splitting a very long table is slow —
    # DESIGN.md measured 18 s for 500 pages — but a roster of a county's 3,000 cadres is
    # about 100 pages; the ledger books will need the one-table-per-page form.)
    data = [[Paragraph(escape(h), cell) for h in text.headers]] + [
        [str(number), *(Paragraph(escape(value), cell) for value in (
            r.name, r.sex, r.birth, r.rank, r.unit, r.title))]
        for number, r in enumerate(rows, start=1)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(style)
    story.append(table)
    document.build(story)
    temporary.replace(path)
    return path
