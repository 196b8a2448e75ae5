"""党风廉政意见回复: the office's answer to the organisation department about the Party
conduct and integrity of the cadres on its list.

GB/T 9704 body page like `list_document` (A4, top 37 mm, binding margin 28 mm, type area
156 × 225 mm, 三号 body at 15.75 pt, 二号 title), a table of the people with the answers
(header repeated on every page), then the issuer and the date, two characters from the
right as for a document not yet sealed. Sign-off comes later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
)

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from zeren_desktop.reports import gbt9704 as g
from zeren_desktop.reports.ledger_book import chinese_date
from zeren_desktop.reports.textflow import TextBlock

# the page of GB/T 9704 (reports/gbt9704.py)
BODY_SIZE = g.BODY_SIZE
BODY_LEADING = g.LINE_PITCH
TITLE_SIZE = g.TITLE_SIZE
TITLE_LEADING = g.TITLE_LEADING
AREA_WIDTH = g.AREA_WIDTH
CELL_SIZE = 12                   # 小四 in the table
CELL_LEADING = 16
CELL_PADDING = 3
# No., name, unit and post, clues and cases, measures and periods, conclusion
COLUMN_WIDTHS_MM = (10, 18, 30, 28, 38, 32)
SIGNATURE_RIGHT = 2 * BODY_SIZE  # two characters from the right: not yet sealed

_CTX = "ClearanceReply"

T_TITLE_ONE = QT_TRANSLATE_NOOP(
    "ClearanceReply", "Reply on the Party conduct and integrity of comrade {name}")
T_TITLE_MANY = QT_TRANSLATE_NOOP(
    "ClearanceReply", "Reply on the Party conduct and integrity of comrade {name} and others")
T_ADDRESSEE = QT_TRANSLATE_NOOP("ClearanceReply", "{addressee}:")
T_INTRO = QT_TRANSLATE_NOOP(
    "ClearanceReply",
    "As you asked, we checked the {n} comrades below against the problem clues, "
    "accountability cases, measures and influence periods recorded by this office as of "
    "{date}. Our answers:")
T_UNKNOWN = QT_TRANSLATE_NOOP(
    "ClearanceReply",
    "{n} of them are not in the records of this office and are to be checked by hand.")
T_HEADERS = (
    QT_TRANSLATE_NOOP("ClearanceReply", "No."),
    QT_TRANSLATE_NOOP("ClearanceReply", "Name"),
    QT_TRANSLATE_NOOP("ClearanceReply", "Unit and post"),
    QT_TRANSLATE_NOOP("ClearanceReply", "Clues and cases not concluded"),
    QT_TRANSLATE_NOOP("ClearanceReply", "Measures and influence periods"),
    QT_TRANSLATE_NOOP("ClearanceReply", "Conclusion"),
)
T_PAGE_NUMBER = QT_TRANSLATE_NOOP("ClearanceReply", "— {n} —")


@dataclass(frozen=True)
class ClearancePerson:
    """One person's answer, its texts already translated by the caller."""

    name: str
    unit_post: str
    clues_cases: str
    measures_periods: str
    conclusion: str
    matched: bool = True


@dataclass(frozen=True)
class ClearanceDocument:
    people: tuple[ClearancePerson, ...]
    on: dt.date                  # the records as of this day
    issuer: str
    issued_on: dt.date
    addressee: str = ""          # e.g. 中共某某县委组织部; none: no salutation line

    def title(self, translate: Translate = untranslated) -> str:
        template = translate(_CTX, T_TITLE_MANY if len(self.people) > 1 else T_TITLE_ONE)
        return template.format(name=self.people[0].name if self.people else "")


def _cell(text: str, font: str, align: str = "left") -> TextBlock:
    return TextBlock(text, font, CELL_SIZE, CELL_LEADING, align=align)


def _table(people: Sequence[ClearancePerson], font: str, translate: Translate) -> Table:
    header = [_cell(translate(_CTX, h), font, "centre") for h in T_HEADERS]
    rows: list[list[Any]] = [header]
    for number, person in enumerate(people, start=1):
        rows.append([_cell(str(number), font, "centre"), _cell(person.name, font),
                     _cell(person.unit_post, font), _cell(person.clues_cases, font),
                     _cell(person.measures_periods, font), _cell(person.conclusion, font)])
    style = [
        ("FONT", (0, 0), (-1, -1), font, CELL_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    return Table(rows, colWidths=[w * mm for w in COLUMN_WIDTHS_MM], repeatRows=1,
                 style=style, hAlign="LEFT")


def build_clearance_reply(target: Path, doc: ClearanceDocument, font: str, *,
                          translate: Translate = untranslated) -> int:
    """Write the reply to `target`; the number of pages written."""
    if not doc.people:
        raise ValueError("nobody to answer for")

    def tr(text: str) -> str:
        return translate(_CTX, text)

    def body(text: str, **options: Any) -> TextBlock:
        return TextBlock(text, font, BODY_SIZE, BODY_LEADING, **options)

    pages = [0]

    def number_page(canvas: Any, document: Any) -> None:
        n = document.page
        g.draw_page_number(canvas, font, n, tr(T_PAGE_NUMBER).format(n=n))
        pages[0] += 1

    title = doc.title(translate)
    story: list[Any] = [TextBlock(title, font, TITLE_SIZE, TITLE_LEADING, align="centre",
                                  space_before=BODY_LEADING / 2, space_after=BODY_LEADING)]
    if doc.addressee:
        story.append(body(tr(T_ADDRESSEE).format(addressee=doc.addressee)))
    story.append(body(tr(T_INTRO).format(n=len(doc.people), date=chinese_date(doc.on)),
                      first_indent=2 * BODY_SIZE))
    unknown = sum(1 for p in doc.people if not p.matched)
    if unknown:
        story.append(body(tr(T_UNKNOWN).format(n=unknown), first_indent=2 * BODY_SIZE))
    story.append(Spacer(1, BODY_LEADING / 3))
    story.append(_table(doc.people, font, translate))
    signature = Table(
        [[body(doc.issuer, align="right")], [body(chinese_date(doc.issued_on), align="right")]],
        colWidths=[AREA_WIDTH - SIGNATURE_RIGHT],
        style=[("FONT", (0, 0), (-1, -1), font, BODY_SIZE),
               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)],
        hAlign="LEFT")
    story.append(KeepTogether([Spacer(1, 2 * BODY_LEADING), signature]))

    frame = g.type_area_frame()
    document = BaseDocTemplate(
        str(target), pagesize=A4, title=title, author="Zeren Desktop", invariant=True,
        # else the canvas declares Helvetica, an unembedded font
        initialFontName=font, initialFontSize=10,
        pageTemplates=[PageTemplate("page", [frame], onPageEnd=number_page)])
    document.build(story)
    return pages[0]
