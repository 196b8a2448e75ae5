"""GB/T 9704-2012 (党政机关公文格式) as data: page geometry, positions and text styles.

The one place with the numbers of an official document's page (REFERENCE.md §5). Builders
draw with these names and keep no measurements of their own. Points (1/72 inch) unless a
name says otherwise; y values are PDF coordinates (from the bottom of the page).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import CMYKColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Frame

from zeren_desktop.domain.documents import BlockKind
from zeren_desktop.reports.fonts import FontRole

# --- the page and its type area (版心) --------------------------------------------------

PAGE_WIDTH: float = A4[0]                # 210 × 297 mm
PAGE_HEIGHT: float = A4[1]
TOP_MARGIN: float = 37 * mm              # 天头
LEFT_MARGIN: float = 28 * mm             # 订口 (binding side)
AREA_WIDTH: float = 156 * mm
AREA_HEIGHT: float = 225 * mm
AREA_LEFT: float = LEFT_MARGIN
AREA_RIGHT: float = LEFT_MARGIN + AREA_WIDTH
AREA_TOP: float = PAGE_HEIGHT - TOP_MARGIN
AREA_BOTTOM: float = AREA_TOP - AREA_HEIGHT

LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
# 三号 is 16 pt; 15.75 pt puts 28 full-width characters in 156 mm (441 of 442.2 pt).
BODY_SIZE = 15.75
# 22 lines fill the 225 mm (rounded down so that 22 lines never overflow the frame).
LINE_PITCH = math.floor(AREA_HEIGHT / LINES_PER_PAGE * 1000) / 1000  # 28.99 pt
CHAR = BODY_SIZE                         # one character of body text, for indents

RED = CMYKColor(0, 1, 1, 0)              # 红色: issuer mark and rule
BLACK = CMYKColor(0, 0, 0, 1)

# --- 版头: 份号, 密级, issuer mark, document number, red rule ----------------------------

COPY_NUMBER_LINE = 0                     # 份号: first line of the type area, flush left
SECRECY_LINE = 1                         # 密级: second line (first without 份号)
MARK_TOP: float = 35 * mm                # issuer mark: top 35 mm below the area's top
MARK_SIZE = 48.0                         # about 17 mm high; narrowed when too long
MARK_MAX_WIDTH = AREA_WIDTH
NUMBER_GAP_LINES = 2                     # 发文字号: two blank lines below the issuer mark, centred
RULE_BELOW_NUMBER: float = 4 * mm        # the red rule, 4 mm below the number
RED_RULE_WIDTH: float = 0.8 * mm         # about 2.25 pt, as office templates draw it
TITLE_GAP_LINES = 2                      # the title: two blank lines below the red rule

# --- title, addressee, body -------------------------------------------------------------

TITLE_SIZE = 22.0                        # 二号
TITLE_LEADING = 33.0
ADDRESSEE_GAP_LINES = 1                  # 主送机关: one blank line below the title
FIRST_INDENT_CHARS = 2                   # 自然段左空二字
HEADING_KEEP_LINES = 2                   # lines of room a heading wants below it

# --- end of the body: attachments, signer and date, colophon ----------------------------

ATTACHMENTS_GAP_LINES = 1                # 附件说明: a blank line below the body
SIGNATURE_GAP_LINES = 2                  # room for the seal above the signer (印章上距正文一行之内)
DATE_RIGHT_CHARS = 4                     # 成文日期右空四字 (sealed); the signer is centred above it
COLOPHON_SIZE = 14.0                     # 四号
COLOPHON_LEADING = LINE_PITCH
COLOPHON_INDENT = COLOPHON_SIZE          # 左右各空一字
COLOPHON_OUTER_RULE: float = 0.35 * mm   # first and last rule of the colophon
COLOPHON_INNER_RULE: float = 0.25 * mm   # between 抄送 and 印发
PAGE_SIGNATURE_GAP_LINES = 1             # a blank line above the signature at a page's foot

# --- page numbers and the verification footer -------------------------------------------

PAGE_NUMBER_SIZE = 14.0                  # 四号, 半角宋体
PAGE_NUMBER_BELOW: float = 7 * mm        # top of the number 7 mm below the type area
PAGE_NUMBER_INSET = PAGE_NUMBER_SIZE     # one character in from the edge
QR_SIZE: float = 14 * mm
QR_TOP_BELOW: float = 4 * mm             # below the type area, in the bottom margin
VERIFY_SIZE = 8.0                        # small text (under 10.5 pt: a footer, not body)
VERIFY_GAP: float = 2 * mm               # between the QR code and its text

# --- the draft mark ---------------------------------------------------------------------

DRAFT_SIZE = 150.0
DRAFT_ANGLE = 35.0
DRAFT_GREY = CMYKColor(0, 0, 0, 0.16)

# --- fixed words of the standard (printed as the standard writes them) -------------------

PAGE_NUMBER_FORMAT = "— {n} —"
ADDRESSEE_END = "："
ATTACHMENTS_LABEL = "附件："
COPIES_LABEL = "抄送："
COPIES_SEPARATOR = "，"
COPIES_END = "。"
PRINTED_SUFFIX = "印发"
VERIFY_LABEL = "验证码："
DRAFT_TEXT = "草稿"


@dataclass(frozen=True)
class TextStyle:
    role: FontRole
    size: float = BODY_SIZE
    leading: float = LINE_PITCH
    first_indent: float = 0.0       # points
    align: str = "left"             # left, centre, right
    justify: bool = True            # spread full lines to the type area's width


STYLES: dict[str, TextStyle] = {
    "copy_number": TextStyle(FontRole.HEI, justify=False),
    "secrecy": TextStyle(FontRole.HEI, justify=False),
    "issuer_mark": TextStyle(FontRole.XIAOBIAOSONG, MARK_SIZE, MARK_SIZE, align="centre"),
    "number": TextStyle(FontRole.FANGSONG, align="centre"),
    "title": TextStyle(FontRole.XIAOBIAOSONG, TITLE_SIZE, TITLE_LEADING, align="centre"),
    "addressee": TextStyle(FontRole.FANGSONG),
    BlockKind.HEADING1: TextStyle(FontRole.HEI, first_indent=FIRST_INDENT_CHARS * CHAR),
    BlockKind.HEADING2: TextStyle(FontRole.KAI, first_indent=FIRST_INDENT_CHARS * CHAR),
    BlockKind.HEADING3: TextStyle(FontRole.FANGSONG, first_indent=FIRST_INDENT_CHARS * CHAR),
    BlockKind.PARAGRAPH: TextStyle(FontRole.FANGSONG, first_indent=FIRST_INDENT_CHARS * CHAR),
    BlockKind.PLAIN: TextStyle(FontRole.FANGSONG),
    "table_cell": TextStyle(FontRole.FANGSONG, justify=False),
    "table_header": TextStyle(FontRole.HEI, align="centre", justify=False),
    "attachments": TextStyle(FontRole.FANGSONG, first_indent=FIRST_INDENT_CHARS * CHAR),
    "signer": TextStyle(FontRole.FANGSONG, justify=False),
    "date": TextStyle(FontRole.FANGSONG, justify=False),
    "colophon": TextStyle(FontRole.FANGSONG, COLOPHON_SIZE, COLOPHON_LEADING, justify=False),
    "page_signature": TextStyle(FontRole.FANGSONG),
    "page_number": TextStyle(FontRole.SONG, PAGE_NUMBER_SIZE, PAGE_NUMBER_SIZE),
    "verification": TextStyle(FontRole.SONG, VERIFY_SIZE, VERIFY_SIZE * 1.25),
    "draft": TextStyle(FontRole.HEI, DRAFT_SIZE, DRAFT_SIZE),
}

TABLE_PADDING = 4.0          # left and right inside a cell; rows stay on the line grid
TABLE_RULE = 0.5
TABLE_MIN_COLUMN = 2 * CHAR + 2 * TABLE_PADDING


def lines(count: float) -> float:
    """The height of `count` body lines."""
    return count * LINE_PITCH


def page_number_x(page: int, width: float) -> tuple[float, str]:
    """Where a page number of `width` starts: odd pages right, even pages left, one
    character in from the type area's edge; and which side it is on."""
    if page % 2:
        return AREA_RIGHT - PAGE_NUMBER_INSET - width, "right"
    return AREA_LEFT + PAGE_NUMBER_INSET, "left"


def page_number_top() -> float:
    """PDF y of the top of the page number's characters."""
    return AREA_BOTTOM - PAGE_NUMBER_BELOW


def draw_page_number(canvas: Any, font: str, page: int, text: str) -> None:
    """`text` ("— 3 —") where the page number goes, in one font (the builders of lists,
    statistics and replies; official documents draw it with a font chain)."""
    width = stringWidth(text, font, PAGE_NUMBER_SIZE)
    x, _side = page_number_x(page, width)
    _ascent, descent = getAscentDescent(font, PAGE_NUMBER_SIZE)
    canvas.saveState()
    canvas.setFont(font, PAGE_NUMBER_SIZE)
    canvas.drawString(x, page_number_top() - PAGE_NUMBER_SIZE - descent, text)
    canvas.restoreState()


def type_area_frame(height: float = AREA_HEIGHT) -> Frame:
    """The frame of the type area (less `height` from its foot), without padding."""
    return Frame(AREA_LEFT, AREA_TOP - height, AREA_WIDTH, height, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
