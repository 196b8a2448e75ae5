"""Official documents (公文) on GB/T 9704-2012 pages: decisions, proposals, talk records,
notices, receipts.

Draws a `DocumentContent` (domain/documents.py) with the geometry and styles of
reports/gbt9704.py and the fonts of reports/fonts.py: 份号 and 密级; the red issuer mark,
document number and red rule (first page); the title; the addressee; the body (headings by
level, paragraphs indented two characters, plain lines, tables); attachments; the signer
centred above the date four characters from the right; the colophon at the foot of the last
page; page numbers `— N —` alternating sides; a signature line at the foot of every page
(talk records); the verification code and its QR code in the bottom margin; the draft mark.

Body text sits on the standard's grid: 22 lines of 28 characters, the top of the first
line's characters at the top of the type area. Lines are broken by the 避头尾 rules of
reports/textflow.py (nothing hangs outside the type area) and spread to the full width.
The same content and fonts give the same bytes (`invariant=True`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import Color
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

from zeren_desktop.domain.documents import (
    Block,
    BlockKind,
    DocumentContent,
    format_document_date,
)
from zeren_desktop.reports import gbt9704 as g
from zeren_desktop.reports.fonts import DocumentFonts, FontChain
from zeren_desktop.reports.outlines import draw_outlined
from zeren_desktop.reports.textflow import Line, TextBlock, break_lines, clean

# The last lines of the body that stay on the page of the signer and date (the seal must
# not sit on a page of its own: GB/T 9704 7.3.5).
KEEP_WITH_SIGNATURE = 2
HEADINGS = frozenset({BlockKind.HEADING1, BlockKind.HEADING2, BlockKind.HEADING3})


def on_grid(position: float) -> float:
    """The line of the 22-line grid nearest to `position` (points below the type area's
    top): text after the header and the title stays on the grid the other pages use."""
    return round(position / g.LINE_PITCH) * g.LINE_PITCH


def draw_line(canvas: Any, chain: FontChain, size: float, x: float, top: float, text: str,
              *, colour: Color = g.BLACK, scale: float = 100.0) -> None:
    """One line of text whose glyph tops are at `top` (PDF y), each character in the first
    font of `chain` that has it; `scale` narrows it (percent)."""
    _ascent, descent = getAscentDescent(chain.primary, size)
    canvas.saveState()      # colour and horizontal scale are not to reach the next text
    text_object = canvas.beginText()
    text_object.setFillColor(colour)
    text_object.setTextOrigin(x, top - (size + descent))
    if scale != 100.0:
        text_object.setHorizScale(scale)
    for font, run in chain.runs(text):
        text_object.setFont(font, size)
        text_object.textOut(run)
    canvas.drawText(text_object)
    canvas.restoreState()


def draw_qr(canvas: Any, value: str, x: float, y: float, size: float) -> None:
    """A QR code (error correction M) filling the square at (x, y), one rectangle per run
    of dark modules. Drawn directly: ReportLab's renderPDF would declare Helvetica, a font
    that is not embedded."""
    widget = QrCodeWidget(value, barLevel="M")
    qr = widget.qr
    qr.make()
    count = qr.getModuleCount()
    module = size / count
    canvas.saveState()
    canvas.setFillColor(g.BLACK)
    for row_number, row in enumerate(qr.modules):
        column = 0
        for dark, run in itertools.groupby(bool(cell) for cell in row):
            length = len(list(run))
            if dark:
                canvas.rect(x + column * module, y + size - (row_number + 1) * module,
                            length * module, module, stroke=0, fill=1)
            column += length
    canvas.restoreState()


class _Header(Flowable):  # type: ignore[misc]
    """版头 of the first page: 份号, 密级, the red issuer mark, the number, the red rule."""

    def __init__(self, content: DocumentContent, fonts: DocumentFonts) -> None:
        super().__init__()
        self.content, self.fonts = content, fonts
        self.number_top = g.MARK_TOP + g.MARK_SIZE + g.lines(g.NUMBER_GAP_LINES)
        self.rule = self.number_top + g.BODY_SIZE + g.RULE_BELOW_NUMBER
        self.height = self.rule + g.RED_RULE_WIDTH / 2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canvas, content, top = self.canv, self.content, self.height
        _draw_copy_lines(canvas, content, self.fonts, top)
        mark = g.STYLES["issuer_mark"]
        chain = self.fonts.chain(mark.role)
        natural = chain.width(content.issuer_mark) * mark.size
        scale = min(100.0, g.MARK_MAX_WIDTH / natural * 100) if natural else 100.0
        draw_line(canvas, chain, mark.size, (self.width - natural * scale / 100) / 2,
                  top - g.MARK_TOP, content.issuer_mark, colour=g.RED, scale=scale)
        if content.number:
            style = g.STYLES["number"]
            chain = self.fonts.chain(style.role)
            width = chain.width(content.number) * style.size
            draw_line(canvas, chain, style.size, (self.width - width) / 2,
                      top - self.number_top, content.number)
        canvas.saveState()
        canvas.setStrokeColor(g.RED)
        canvas.setLineWidth(g.RED_RULE_WIDTH)
        canvas.line(0, top - self.rule, self.width, top - self.rule)
        canvas.restoreState()


def _draw_copy_lines(canvas: Any, content: DocumentContent, fonts: DocumentFonts,
                     top: float) -> None:
    """份号 on the first line, 密级 on the second (the first without a 份号), flush left."""
    shown = [("copy_number", content.copy_number, g.COPY_NUMBER_LINE),
             ("secrecy", content.secrecy,
              g.SECRECY_LINE if content.copy_number else g.COPY_NUMBER_LINE)]
    for key, text, line in shown:
        if text:
            style = g.STYLES[key]
            draw_line(canvas, fonts.chain(style.role), style.size, 0, top - g.lines(line),
                      text)


class _CopyLines(Flowable):  # type: ignore[misc]
    """份号 and 密级 when there is no issuer mark: the first lines of the type area."""

    def __init__(self, content: DocumentContent, fonts: DocumentFonts) -> None:
        super().__init__()
        self.content, self.fonts = content, fonts
        count = bool(content.copy_number) + bool(content.secrecy)
        self.height = g.lines(count)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, self.height

    def draw(self) -> None:
        _draw_copy_lines(self.canv, self.content, self.fonts, self.height)


class _Signature(Flowable):  # type: ignore[misc]
    """发文机关署名 centred above the 成文日期, whose end is four characters from the right."""

    def __init__(self, signer: str, date: str, chain: FontChain, size: float) -> None:
        super().__init__()
        self.signer, self.date, self.chain, self.size = signer, date, chain, size
        self.height = g.lines(bool(signer) + bool(date))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        right = self.width - g.DATE_RIGHT_CHARS * g.CHAR
        date_width = self.chain.width(self.date) * self.size
        centre = right - date_width / 2
        top = self.height
        if self.signer:
            width = self.chain.width(self.signer) * self.size
            x = min(centre - width / 2, self.width - width)
            if not self.date:
                x = right - width
            draw_line(self.canv, self.chain, self.size, max(0.0, x), top, self.signer)
            top -= g.LINE_PITCH
        if self.date:
            draw_line(self.canv, self.chain, self.size, right - date_width, top, self.date)


class _Colophon(Flowable):  # type: ignore[misc]
    """版记 at the foot of the last page: 抄送 and 印发机关 + 印发日期 between rules; the last
    rule on the bottom of the frame. Takes the rest of the page; alone on a new page when
    the rest is too short."""

    def __init__(self, content: DocumentContent, fonts: DocumentFonts) -> None:
        super().__init__()
        style = g.STYLES["colophon"]
        self.chain, self.size, self.leading = fonts.chain(style.role), style.size, style.leading
        self.copies: list[Line] = []
        if content.copies_to:
            text = (g.COPIES_LABEL + g.COPIES_SEPARATOR.join(content.copies_to)
                    + g.COPIES_END)
            label = self.chain.width(g.COPIES_LABEL) * self.size
            self.copies = break_lines(text, self.chain.primary, self.size,
                                      g.AREA_WIDTH - 2 * g.COLOPHON_INDENT, 0.0, label,
                                      self.chain.width)
        self.printed_by = content.printed_by
        self.printed_on = (format_document_date(content.printed_on) + g.PRINTED_SUFFIX
                           if content.printed_on else "")
        self.printed = bool(self.printed_by or self.printed_on)
        self.needed = (len(self.copies) + self.printed) * self.leading + g.COLOPHON_OUTER_RULE

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = max(self.needed, availHeight)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        return []   # never split: on the next page it takes the whole frame

    def _text(self, x: float, row_top: float, text: str) -> None:
        """A line of text in the middle of its row."""
        glyph_top = row_top - (self.leading - self.size) / 2
        draw_line(self.canv, self.chain, self.size, x, glyph_top, text)

    def draw(self) -> None:
        canvas = self.canv
        rules: list[tuple[float, float]] = [(0.0, g.COLOPHON_OUTER_RULE)]
        top = (len(self.copies) + self.printed) * self.leading
        if self.printed:
            row = self.leading
            if self.printed_by:
                self._text(g.COLOPHON_INDENT, row, self.printed_by)
            if self.printed_on:
                width = self.chain.width(self.printed_on) * self.size
                self._text(self.width - g.COLOPHON_INDENT - width, row, self.printed_on)
        for index, line in enumerate(self.copies):
            self._text(g.COLOPHON_INDENT + line.indent, top - index * self.leading, line.text)
        if self.copies and self.printed:
            rules.append((self.leading, g.COLOPHON_INNER_RULE))
        rules.append((top, g.COLOPHON_OUTER_RULE))
        canvas.saveState()
        canvas.setStrokeColor(g.BLACK)
        for y, width in rules:
            # the outer rules lie inside the frame: the last one on its bottom edge
            y = y + width / 2 if y == 0.0 else y
            canvas.setLineWidth(width)
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class _GridTable(Flowable):  # type: ignore[misc]
    """A table whose rows are whole lines of the grid, drawn half a line's white up so
    that the characters in its cells sit where body lines sit and its rules fall in the
    white between lines (body text is top-aligned in its lines). At the top of a page it
    is not raised: it stays inside the type area."""

    def __init__(self, table: Table) -> None:
        super().__init__()
        self.table = table
        self.raise_by = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and bool(getattr(frame, "_atTop", False))
        self.raise_by = 0.0 if at_top else (g.LINE_PITCH - g.BODY_SIZE) / 2
        self.width, self.height = self.table.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        return [_GridTable(part) for part in self.table.split(availWidth, availHeight)]

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, self.raise_by)


def _fit_columns(natural: Sequence[float], total: float, minimum: float) -> list[float]:
    """Column widths adding up to `total`: narrow columns keep their width, the others
    share the rest (water filling); extra room is shared in proportion."""
    wanted = [max(width, minimum) for width in natural]
    if sum(wanted) <= total:
        extra = total - sum(wanted)
        return [width + extra * width / sum(wanted) for width in wanted]
    widths = list(wanted)
    open_columns = set(range(len(wanted)))
    room = total
    while open_columns:
        share = room / len(open_columns)
        narrow = {c for c in open_columns if wanted[c] <= share}
        if not narrow:
            for column in open_columns:
                widths[column] = share
            break
        for column in narrow:
            room -= wanted[column]
        open_columns -= narrow
    return widths


class _Builder:
    def __init__(self, content: DocumentContent, fonts: DocumentFonts) -> None:
        self.content, self.fonts = content, fonts

    def text(self, text: str, key: str | BlockKind, **options: Any) -> TextBlock:
        style = g.STYLES[key]
        chain = self.fonts.chain(style.role)
        settings: dict[str, Any] = dict(
            align=style.align, first_indent=style.first_indent, valign="top",
            justify=style.justify and style.align == "left", chain=chain)
        settings.update(options)
        return TextBlock(text, chain.primary, style.size, style.leading, **settings)

    def title(self) -> TextBlock:
        """The title, its lines balanced (a long title in even lines, not one full line and
        a short one); the caller's own line breaks are kept."""
        block = self.text(self.content.title, "title")
        lines = block.break_text(g.AREA_WIDTH)
        if len(lines) > 1 and "\n" not in clean(self.content.title).strip():
            low, high = g.AREA_WIDTH / len(lines), g.AREA_WIDTH
            for _ in range(24):
                middle = (low + high) / 2
                if len(block.break_text(middle)) > len(lines):
                    low = middle
                else:
                    high = middle
            lines = block.break_text(high)
        return self.text(self.content.title, "title", lines=lines, lines_width=g.AREA_WIDTH)

    def table(self, block: Block) -> _GridTable:
        width = max((len(row) for row in block.rows), default=0)
        rows = [[clean(cell).strip() for cell in row] + [""] * (width - len(row))
                for row in block.rows]
        header = max(0, min(block.header_rows, len(rows)))
        size = g.STYLES["table_cell"].size
        natural = [0.0] * width
        for number, row in enumerate(rows):
            chain = self.fonts.chain(g.STYLES["table_header" if number < header
                                              else "table_cell"].role)
            for column, cell in enumerate(row):
                longest = max((chain.width(part) for part in cell.split("\n")), default=0.0)
                natural[column] = max(natural[column],
                                      longest * size + 2 * g.TABLE_PADDING + 0.01)
        widths = _fit_columns(natural, g.AREA_WIDTH, g.TABLE_MIN_COLUMN)
        data = [[self.text(cell, "table_header" if number < header else "table_cell",
                           valign="centre") for cell in row]
                for number, row in enumerate(rows)]
        style = [
            ("GRID", (0, 0), (-1, -1), g.TABLE_RULE, g.BLACK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), g.TABLE_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), g.TABLE_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            # Cells are all flowables, yet the table sets its style's font on the canvas:
            # without this that is Helvetica, declared on every page and not embedded.
            ("FONT", (0, 0), (-1, -1), self.fonts.name(g.STYLES["table_cell"].role), size),
        ]
        return _GridTable(Table(data, colWidths=widths, style=style, repeatRows=header,
                                hAlign="LEFT", splitInRow=1))

    def blocks(self) -> list[Any]:
        story: list[Any] = []
        for block in self.content.blocks:
            if block.kind == BlockKind.TABLE:
                if block.rows:
                    story.append(self.table(block))
            elif not block.text.strip():
                story.append(Spacer(1, g.LINE_PITCH))     # an empty block: a blank line
            else:
                keep = g.lines(g.HEADING_KEEP_LINES) if block.kind in HEADINGS else 0.0
                story.append(self.text(block.text, block.kind, keep_after=keep))
        return story

    def attachments(self) -> list[Any]:
        names = [clean(name).strip() for name in self.content.attachments if name.strip()]
        if not names:
            return []
        chain = self.fonts.chain(g.STYLES["attachments"].role)
        size = g.STYLES["attachments"].size
        label = g.FIRST_INDENT_CHARS * g.CHAR + chain.width(g.ATTACHMENTS_LABEL) * size
        story: list[Any] = [Spacer(1, g.lines(g.ATTACHMENTS_GAP_LINES))]
        for number, name in enumerate(names, start=1):
            prefix = f"{number}." if len(names) > 1 else ""
            # a wrapped name lines up with its first character (GB/T 9704 7.3.4)
            hang = label + chain.width(prefix) * size
            text = prefix + name
            if number == 1:
                story.append(self.text(g.ATTACHMENTS_LABEL + text, "attachments",
                                       rest_indent=hang))
            else:
                story.append(self.text(text, "attachments", first_indent=label,
                                       rest_indent=hang))
        return story

    def signature(self) -> _Signature | None:
        date = format_document_date(self.content.date) if self.content.date else ""
        if not (self.content.signer or date):
            return None
        style = g.STYLES["signer"]
        return _Signature(self.content.signer, date, self.fonts.chain(style.role), style.size)

    def story(self) -> list[Any]:
        content = self.content
        story: list[Any] = []
        used = 0.0      # points from the top of the first page's type area
        if content.issuer_mark:
            header = _Header(content, self.fonts)
            used = on_grid(header.height + g.lines(g.TITLE_GAP_LINES))
            story += [header, Spacer(1, used - header.height)]
        elif content.copy_number or content.secrecy:
            copies = _CopyLines(content, self.fonts)
            used = copies.height + g.LINE_PITCH
            story += [copies, Spacer(1, g.LINE_PITCH)]
        if content.title.strip():
            title = self.title()
            end = used + title.wrap(g.AREA_WIDTH, g.AREA_HEIGHT)[1]
            story += [title, Spacer(1, on_grid(end + g.lines(g.ADDRESSEE_GAP_LINES)) - end)]
        if content.addressee.strip():
            addressee = content.addressee.strip().rstrip(":：") + g.ADDRESSEE_END
            story.append(self.text(addressee, "addressee"))
        body = self.blocks()
        ending = self.attachments()
        signature = self.signature()
        if signature is not None:
            ending += [Spacer(1, g.lines(g.SIGNATURE_GAP_LINES)), signature]
            keep: list[Any] = []
            if body and isinstance(body[-1], TextBlock):
                last = body.pop()
                lines = last.break_text(g.AREA_WIDTH)
                cut = max(0, len(lines) - KEEP_WITH_SIGNATURE)
                if cut:
                    body.append(last.part(lines[:cut], g.AREA_WIDTH, 0.0, 0.0))
                keep.append(last.part(lines[cut:], g.AREA_WIDTH, 0.0, 0.0))
            elif body:
                keep.append(body.pop())
            ending = [KeepTogether(keep + ending)]
        story += body + ending
        if content.copies_to or content.printed_by or content.printed_on:
            story.append(_Colophon(content, self.fonts))
        return story


class _Pages:
    """What every page gets besides the story: the draft mark under the text; the page
    number, the signature line and the verification footer over it."""

    def __init__(self, content: DocumentContent, fonts: DocumentFonts) -> None:
        self.content, self.fonts = content, fonts
        self.count = 0
        self.signature_lines: list[Line] = []
        if content.page_signature.strip():
            style = g.STYLES["page_signature"]
            chain = fonts.chain(style.role)
            self.signature_lines = break_lines(content.page_signature, chain.primary,
                                               style.size, g.AREA_WIDTH, measure=chain.width)

    @property
    def reserved_lines(self) -> int:
        """Lines at the foot of the type area kept for the signature line."""
        if not self.signature_lines:
            return 0
        return len(self.signature_lines) + g.PAGE_SIGNATURE_GAP_LINES

    def begin(self, canvas: Any, doc: Any) -> None:
        if self.content.draft:
            style = g.STYLES["draft"]
            draw_outlined(canvas, self.fonts.chain(style.role), g.DRAFT_TEXT, style.size,
                          (g.AREA_LEFT + g.AREA_RIGHT) / 2, (g.AREA_TOP + g.AREA_BOTTOM) / 2,
                          g.DRAFT_ANGLE, g.DRAFT_GREY)

    def end(self, canvas: Any, doc: Any) -> None:
        self.count += 1
        number = doc.page
        style = g.STYLES["page_number"]
        chain = self.fonts.chain(style.role)
        text = g.PAGE_NUMBER_FORMAT.format(n=number)
        x, _side = g.page_number_x(number, chain.width(text) * style.size)
        draw_line(canvas, chain, style.size, x, g.AREA_BOTTOM - g.PAGE_NUMBER_BELOW, text)
        if self.signature_lines:
            style = g.STYLES["page_signature"]
            chain = self.fonts.chain(style.role)
            first = g.LINES_PER_PAGE - len(self.signature_lines)
            for index, line in enumerate(self.signature_lines):
                draw_line(canvas, chain, style.size, g.AREA_LEFT + line.indent,
                          g.AREA_TOP - g.lines(first + index), line.text)
        if self.content.verification_code:
            self.verification(canvas)

    def verification(self, canvas: Any) -> None:
        """The code as small text and as a QR code, centred under the type area (the page
        number sits at a side)."""
        code = self.content.verification_code
        style = g.STYLES["verification"]
        chain = self.fonts.chain(style.role)
        label = g.VERIFY_LABEL + code
        text_width = chain.width(label) * style.size
        left = (g.AREA_LEFT + g.AREA_RIGHT - g.QR_SIZE - g.VERIFY_GAP - text_width) / 2
        qr_top = g.AREA_BOTTOM - g.QR_TOP_BELOW
        draw_qr(canvas, code, left, qr_top - g.QR_SIZE, g.QR_SIZE)
        text_top = qr_top - (g.QR_SIZE - style.size) / 2
        draw_line(canvas, chain, style.size, left + g.QR_SIZE + g.VERIFY_GAP, text_top, label)


def build_official_document(target: Path, content: DocumentContent,
                            fonts: DocumentFonts) -> int:
    """Write `content` as a GB/T 9704 PDF to `target`; the number of pages written."""
    pages = _Pages(content, fonts)
    height = g.AREA_HEIGHT - g.lines(pages.reserved_lines) if pages.reserved_lines \
        else g.AREA_HEIGHT
    frame = Frame(g.AREA_LEFT, g.AREA_TOP - height, g.AREA_WIDTH, height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document = BaseDocTemplate(
        str(target), pagesize=(g.PAGE_WIDTH, g.PAGE_HEIGHT), title=content.title,
        author=content.signer, subject=content.number, creator="Zeren Desktop",
        keywords=content.verification_code,  # lets `verify` name a changed copy
        invariant=True,
        # else the canvas declares Helvetica, a font that is not embedded
        initialFontName=fonts.name(g.STYLES[BlockKind.PARAGRAPH].role), initialFontSize=10,
        pageTemplates=[PageTemplate("page", [frame], onPage=pages.begin,
                                    onPageEnd=pages.end)])
    story = _Builder(content, fonts).story()
    if not story:
        story = [Spacer(1, 0)]
    document.build(story)
    return pages.count
