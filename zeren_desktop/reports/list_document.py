"""责任书 / 责任清单: a responsibility list to sign, one or several in one PDF.

The page is the GB/T 9704 body page (A4, top 37 mm, binding margin 28 mm, type area
156 × 225 mm, 22 lines of 28 characters at 15.75 pt), so the document looks like the
official papers it is filed with. Each list starts on a new page and is numbered on its
own ("— 1 —", odd pages right, even pages left, 7 mm below the type area).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)
from reportlab.platypus.doctemplate import ActionFlowable

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from zeren_desktop.reports import gbt9704 as g
from zeren_desktop.reports.book_data import BookListItem, ListDocument
from zeren_desktop.reports.ledger_book import chinese_date
from zeren_desktop.reports.textflow import TextBlock

# the page of GB/T 9704 (reports/gbt9704.py)
BODY_SIZE = g.BODY_SIZE
BODY_LEADING = g.LINE_PITCH
TITLE_SIZE = g.TITLE_SIZE
TITLE_LEADING = g.TITLE_LEADING
AREA_WIDTH = g.AREA_WIDTH
LABEL_WIDTH = 5 * BODY_SIZE + 1  # "分管工作："
SIGNATURE_INDENT = 4 * BODY_SIZE

_CTX = "ListDocument"

T_NUMBER = QT_TRANSLATE_NOOP("ListDocument", "No. {number}")
T_UNIT = QT_TRANSLATE_NOOP("ListDocument", "Unit:")
T_HOLDER = QT_TRANSLATE_NOOP("ListDocument", "Holder:")
T_POST = QT_TRANSLATE_NOOP("ListDocument", "Post:")
T_PORTFOLIO = QT_TRANSLATE_NOOP("ListDocument", "Portfolio:")
T_ROLE = QT_TRANSLATE_NOOP("ListDocument", "Responsibility:")
T_INTRO = QT_TRANSLATE_NOOP(
    "ListDocument",
    "To carry out the responsibility for Party conduct and integrity, the holder "
    "undertakes the following in {year}:")
T_HOLDER_SIGNS = QT_TRANSLATE_NOOP("ListDocument", "Holder (signature): {name}")
T_ISSUER_SIGNS = QT_TRANSLATE_NOOP("ListDocument", "Issuing body (seal): {issuer}")
T_DATE = QT_TRANSLATE_NOOP("ListDocument", "Date: {date}")
T_BLANK_DATE = QT_TRANSLATE_NOOP("ListDocument", "______ (year) ____ (month) ____ (day)")
T_PAGE_NUMBER = QT_TRANSLATE_NOOP("ListDocument", "— {n} —")


class _Marker(ActionFlowable):  # type: ignore[misc]
    """Never drawn: runs `action(doc)` when layout reaches it."""

    def __init__(self, action: Callable[[Any], None]) -> None:
        super().__init__()
        self._run = action

    def apply(self, doc: Any) -> None:
        self._run(doc)


class _Writer:
    def __init__(self, font: str, translate: Translate) -> None:
        self.font = font
        self.translate = translate

    def words(self, text: str) -> str:
        return self.translate(_CTX, text)

    def body(self, text: str, **options: Any) -> TextBlock:
        return TextBlock(text, self.font, BODY_SIZE, BODY_LEADING, **options)

    def document(self, doc: ListDocument) -> list[Any]:
        tr = self.words
        story: list[Any] = []
        if doc.number:
            story.append(self.body(tr(T_NUMBER).format(number=doc.number), align="right"))
        story.append(TextBlock(doc.title, self.font, TITLE_SIZE, TITLE_LEADING,
                               align="centre", space_before=BODY_LEADING / 2,
                               space_after=BODY_LEADING))
        particulars = [(T_UNIT, doc.unit_name), (T_HOLDER, doc.holder),
                       (T_POST, doc.holder_title), (T_PORTFOLIO, doc.portfolio),
                       (T_ROLE, doc.role_label)]
        shown = [(tr(label), value) for label, value in particulars if value.strip()]
        rows = [[self.body(label), self.body(value)] for label, value in shown]
        if rows:
            label_width = min(AREA_WIDTH * 0.4, max(
                LABEL_WIDTH, *(stringWidth(label, self.font, BODY_SIZE) + 2
                               for label, _ in shown)))
            story.append(Table(rows, colWidths=[label_width, AREA_WIDTH - label_width],
                               style=[("FONT", (0, 0), (-1, -1), self.font, BODY_SIZE),
                                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 0),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 0)],
                               hAlign="LEFT"))
        story.append(Spacer(1, BODY_LEADING / 2))
        story.append(self.body(tr(T_INTRO).format(year=doc.year), first_indent=2 * BODY_SIZE))
        story += self.items(doc.items)
        story.append(self.signatures(doc))
        return story

    def items(self, items: Sequence[BookListItem]) -> list[Any]:
        story: list[Any] = []
        area: str | None = None
        for item in items:
            if item.area and item.area != area:
                story.append(self.body(item.area, first_indent=2 * BODY_SIZE))
            area = item.area
            story.append(self.body(f"{item.number}. {item.text}", first_indent=2 * BODY_SIZE))
        return story

    def signatures(self, doc: ListDocument) -> Any:
        tr = self.words
        blank_date = tr(T_BLANK_DATE)
        lines = [
            tr(T_HOLDER_SIGNS).format(name=doc.signed_by or "_" * 10),
            tr(T_DATE).format(date=chinese_date(doc.signed_on) if doc.signed_on
                              else blank_date),
            "",
            tr(T_ISSUER_SIGNS).format(issuer=doc.issuer),
            tr(T_DATE).format(date=chinese_date(doc.issued_on)),
        ]
        rows = [["", self.body(line)] for line in lines]
        table = Table(rows, colWidths=[SIGNATURE_INDENT, AREA_WIDTH - SIGNATURE_INDENT],
                      style=[("FONT", (0, 0), (-1, -1), self.font, BODY_SIZE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 0)],
                      rowHeights=[BODY_LEADING] * 2 + [BODY_LEADING / 2] + [None] * 2)
        return KeepTogether([Spacer(1, BODY_LEADING), table])


def build_list_documents(target: Path, docs: Sequence[ListDocument], font: str, *,
                         translate: Translate = untranslated) -> int:
    """Write the lists into one PDF at `target`; the number of pages written."""
    if not docs:
        raise ValueError("no responsibility list to print")
    writer = _Writer(font, translate)
    first_page = [1]     # the page where the list being laid out starts
    pages = [0]

    def start(document: Any) -> None:
        first_page[0] = document.page

    def number_page(canvas: Any, document: Any) -> None:
        # runs when a page ends, after the start marker of a list on that page
        n = document.page - first_page[0] + 1
        g.draw_page_number(canvas, font, n, writer.words(T_PAGE_NUMBER).format(n=n))
        pages[0] += 1

    story: list[Any] = []
    for index, doc in enumerate(docs):
        if index:
            story.append(PageBreak())
        story.append(_Marker(start))
        story += writer.document(doc)

    frame = g.type_area_frame()
    document = BaseDocTemplate(
        str(target), pagesize=A4, title=docs[0].title, author="Zeren Desktop",
        invariant=True,
        # else the canvas declares Helvetica, an unembedded font
        initialFontName=font, initialFontSize=10,
        pageTemplates=[PageTemplate("page", [frame], onPageEnd=number_page)])
    document.build(story)
    return pages[0]
