"""Time a ~500-page ledger book against ReportLab drawing the same rows bare.

    .venv/bin/python benchmarks/bench_ledger_book.py [--entries N] [--runs R]

The book: cover, instructions, list, the entry pages, review, inspections, year end,
with page totals per book (build_ledger_books). The baseline: the same entry rows as
Paragraph cells (wordWrap="CJK") in tables of a few rows each, the same font and column
widths, flowed by ReportLab with no cover, no page furniture and no row cutting. The target
is a ratio of at most 1.5 (DESIGN.md: one table per page; a LongTable is 4x slower).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
)
from sample_book import sample_book, translate_zh

from zeren_desktop import paths
from zeren_desktop.reports import ledger_book
from zeren_desktop.reports.book_data import LedgerBook
from zeren_desktop.reports.fonts import register_bundled_font

ROWS_PER_TABLE = 5     # about one page of entries (--rows-per-table)


def baseline(target: Path, book: LedgerBook, font: str, per_table: int) -> None:
    """The entry rows only, as plain ReportLab tables of Paragraph cells."""
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    widths = [w * mm for w in ledger_book.ENTRY_COLUMNS_MM]
    headers = ["序号", "日期", "类别", "事项", "地点", "参加人员", "内容及措施", "对应清单事项",
               "佐证材料编号", "签字", "备注"]
    style = [("FONT", (0, 0), (-1, -1), font, 9, 12),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5)]
    rows = [[Paragraph(escape(value), cell) for value in (
        str(e.number), ledger_book.short_date(e.entry_date, book.year), e.category, e.matter,
        e.place, e.participants, e.content, e.items, e.evidence, "", e.remarks)]
        for e in book.entries]
    story = []
    for start in range(0, len(rows), per_table):
        header = [Paragraph(h, cell) for h in headers]
        story.append(Table([header, *rows[start:start + per_table]], colWidths=widths,
                           style=style, repeatRows=1))
    frame = Frame(ledger_book.LEFT_MARGIN, ledger_book.BOTTOM_MARGIN, ledger_book.FRAME_WIDTH,
                  ledger_book.FRAME_HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    document = BaseDocTemplate(str(target), pagesize=A4, invariant=True,
                               initialFontName=font, initialFontSize=10,
                               pageTemplates=[PageTemplate("page", [frame])])
    document.build(story)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2700,
                        help="entries in the book (2,700 give about 500 pages)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows-per-table", type=int, default=ROWS_PER_TABLE,
                        help="entry rows per baseline table")
    args = parser.parse_args()
    font = register_bundled_font(paths.resources_dir())
    book = sample_book(args.entries)
    wall: dict[str, list[float]] = {"ours": [], "bare": []}
    cpu: dict[str, list[float]] = {"ours": [], "bare": []}

    def timed(kind: str, work: Callable[[], object]) -> None:
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        work()
        wall[kind].append(time.perf_counter() - start_wall)
        cpu[kind].append(time.process_time() - start_cpu)

    with tempfile.TemporaryDirectory() as folder:
        ours_pdf, bare_pdf = Path(folder) / "book.pdf", Path(folder) / "bare.pdf"
        for _ in range(args.runs):   # interleaved, so that load on the machine hits both
            timed("ours", lambda: ledger_book.build_ledger_books(
                ours_pdf, [book], font, translate=translate_zh))
            timed("bare", lambda: baseline(bare_pdf, book, font, args.rows_per_table))
        ours_pages = len(PdfReader(ours_pdf).pages)
        bare_pages = len(PdfReader(bare_pdf).pages)
    print(f"entries: {len(book.entries)}; medians of {args.runs} runs; "
          f"baseline tables of {args.rows_per_table} rows")
    for kind, label, pages in (("ours", "build_ledger_books", ours_pages),
                               ("bare", "bare tables", bare_pages)):
        w, c = statistics.median(wall[kind]), statistics.median(cpu[kind])
        print(f"{label:19} {w:6.2f} s wall, {c:6.2f} s CPU, {pages} pages "
              f"({1000 * c / pages:.1f} ms CPU per page)")
    ratio_wall = statistics.median(wall["ours"]) / statistics.median(wall["bare"])
    ratio_cpu = statistics.median(cpu["ours"]) / statistics.median(cpu["bare"])
    print(f"ratio               {ratio_wall:6.2f} wall, {ratio_cpu:6.2f} CPU  (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
