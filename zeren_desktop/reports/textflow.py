"""Chinese line breaking and the plain-text flowable every report builder uses.

ReportLab's wordWrap="CJK" lets 。、 hang one character past the frame and happily starts a
line with ，；：” (they are not in its "cannot start a line" set). Chinese typesetting rules
(GB/T 15834, 避头尾) forbid both: here a line never exceeds its width, and when the next
character may not start a line the last character of the line moves down with it.

Text is drawn as plain text (never parsed as markup, so nothing needs escaping). A block
may be drawn with one font or with a `FontChain` (reports/fonts.py), which takes each
character the first font lacks from the next font that has it (rare characters in names).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

if TYPE_CHECKING:
    from zeren_desktop.reports.fonts import FontChain

NO_LINE_START = frozenset(
    "，。、；：？！）】」』〕》〉”’…—～·%％‰℃°,.;:?!)]}>")
NO_LINE_END = frozenset("（【「『〔《〈“‘([{<￥$£#")

_CHAR_WIDTHS: dict[str, dict[str, float]] = {}

# The width at 1 pt of one breakable unit (a character or an ASCII run).
Measure = Callable[[str], float]


def text_width(text: str, font: str) -> float:
    """Width of `text` at 1 pt (per-character widths cached per font)."""
    table = _CHAR_WIDTHS.setdefault(font, {})
    total = 0.0
    for char in text:
        width = table.get(char)
        if width is None:
            width = table[char] = stringWidth(char, font, 1.0)
        total += width
    return total


def _units(text: str) -> list[str]:
    """Breakable units: each CJK character alone; runs of ASCII kept whole, except that a
    run may break after - or / (evidence numbers such as ZZ-2026-006)."""
    units: list[str] = []
    word: list[str] = []
    for char in text:
        if "!" <= char <= "~":
            word.append(char)
            if char in "-/":
                units.append("".join(word))
                word = []
        else:
            if word:
                units.append("".join(word))
                word = []
            units.append(char)
    if word:
        units.append("".join(word))
    return units


def _can_break(before: str, after: str) -> bool:
    return after[0] not in NO_LINE_START and before[-1] not in NO_LINE_END


@dataclass(frozen=True)
class Line:
    text: str
    width: float        # points
    indent: float       # points from the left edge before the text
    hard_end: bool      # the source text has a line break (or ends) here


def clean(text: str) -> str:
    """Line breaks as \\n, tabs as spaces, no other control characters (they have no glyph)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if any(ord(char) < 32 and char != "\n" for char in text):
        text = "".join(char for char in text if ord(char) >= 32 or char == "\n")
    return text


def break_lines(text: str, font: str, size: float, width: float,
                first_indent: float = 0.0, rest_indent: float = 0.0,
                measure: Measure | None = None) -> list[Line]:
    """Greedy line breaking with the 避头尾 rules; no line is wider than `width`.

    `first_indent` indents the first line of each source line, `rest_indent` the lines
    it wraps onto (a hanging indent); `measure` replaces the font's widths (font chains).
    """
    unit_width = measure or (lambda unit: text_width(unit, font))
    lines: list[Line] = []
    for source in clean(text).split("\n"):
        units = _units(source.rstrip())
        if not units:
            lines.append(Line("", 0.0, 0.0, True))
            continue
        widths = [unit_width(unit) * size for unit in units]
        start, count, first = 0, len(units), True
        while start < count:
            while start < count and units[start] == " ":
                start += 1
            if start >= count:
                break
            indent = first_indent if first else rest_indent
            limit = width - indent + 1e-6
            used, end = 0.0, start
            while end < count and used + widths[end] <= limit:
                used += widths[end]
                end += 1
            if end == start:
                if len(units[start]) > 1:     # an ASCII run wider than the line
                    chars = list(units[start])
                    units[start:start + 1] = chars
                    widths[start:start + 1] = [unit_width(c) * size for c in chars]
                    count = len(units)
                    continue
                end = start + 1               # one character wider than the line
            elif end < count:
                cut = end
                while cut > start + 1 and not _can_break(units[cut - 1], units[cut]):
                    cut -= 1                  # move the last character down with the mark
                if _can_break(units[cut - 1], units[cut]):
                    end = cut
            while end - 1 > start and units[end - 1] == " ":
                end -= 1
            piece = "".join(units[start:end])
            lines.append(Line(piece, sum(widths[start:end]), indent, end >= count))
            start, first = end, False
    return lines


class TextBlock(Flowable):  # type: ignore[misc]
    """Plain text (data is never markup) wrapped with break_lines; splits between lines.

    `valign="centre"` centres each line's glyphs in its leading (tables, the ledger book);
    `"top"` puts the top of the glyphs at the top of the line, as GB/T 9704 measures the
    type area. `justify` spreads the characters of every line but a paragraph's last over
    the full width, like the document grid of a word processor. `chain` draws each
    character in the first font of the chain that has it.
    """

    def __init__(self, text: str, font: str, size: float, leading: float, *,
                 align: str = "left", first_indent: float = 0.0, rest_indent: float = 0.0,
                 space_before: float = 0.0, space_after: float = 0.0,
                 lines: list[Line] | None = None, lines_width: float | None = None,
                 valign: str = "centre", justify: bool = False,
                 chain: FontChain | None = None, colour: Any = None,
                 keep_after: float = 0.0) -> None:
        super().__init__()
        self.text = text.strip("\n")
        self.font, self.size, self.leading = font, size, leading
        self.align = align
        self.first_indent, self.rest_indent = first_indent, rest_indent
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.lines = lines
        self._lines_width = lines_width
        self.valign, self.justify, self.chain, self.colour = valign, justify, chain, colour
        # room (points) wanted below the block on the same page: a heading is not left
        # alone at the foot of a page
        self.keep_after = keep_after
        self.width = self.height = 0.0

    def break_text(self, width: float) -> list[Line]:
        measure = self.chain.width if self.chain is not None else None
        return break_lines(self.text, self.font, self.size, width, self.first_indent,
                           self.rest_indent, measure)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.lines is None or self._lines_width != availWidth:
            self.lines = self.break_text(availWidth)
            self._lines_width = availWidth
        self.width = availWidth
        self.height = len(self.lines) * self.leading
        if self.keep_after and availHeight < self.height + self.keep_after:
            return self.width, self.height + self.keep_after   # does not fit here
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self.wrap(availWidth, availHeight)
        assert self.lines is not None
        if self.keep_after and availHeight < self.height + self.keep_after:
            return []
        fits = int((availHeight + 1e-6) // self.leading)
        if fits <= 0:
            return []
        if fits >= len(self.lines):
            return [self]
        return [self.part(self.lines[:fits], availWidth, self.spaceBefore, 0.0),
                self.part(self.lines[fits:], availWidth, 0.0, self.spaceAfter)]

    def part(self, lines: list[Line], width: float, before: float,
             after: float) -> TextBlock:
        """A block of some of this block's lines (already broken for `width`)."""
        text = "".join(line.text + ("\n" if line.hard_end else "") for line in lines)
        return TextBlock(text, self.font, self.size, self.leading, align=self.align,
                         first_indent=self.first_indent, rest_indent=self.rest_indent,
                         space_before=before, space_after=after, lines=lines,
                         lines_width=width, valign=self.valign, justify=self.justify,
                         chain=self.chain, colour=self.colour)

    def drop(self) -> float:
        """From the top of a line down to its baseline."""
        ascent, descent = getAscentDescent(self.font, self.size)
        if self.valign == "top":
            # pdf readers put a glyph's top at baseline + descent + size
            return float(self.size + descent)
        return float((self.leading - (ascent - descent)) / 2 + ascent)

    def draw(self) -> None:
        assert self.lines is not None
        drop = self.drop()
        text = self.canv.beginText()
        if self.colour is not None:
            text.setFillColor(self.colour)
        text.setFont(self.font, self.size, self.leading)
        spaced = 0.0
        for index, line in enumerate(self.lines):
            if not line.text:
                continue
            room = self.width - line.indent
            x = line.indent
            spacing = 0.0
            if self.align == "centre":
                x += (room - line.width) / 2
            elif self.align == "right":
                x += room - line.width
            elif self.justify and not line.hard_end and len(line.text) > 1:
                # spread what is left (less than a few characters) between the characters
                spacing = max(0.0, room - line.width) / (len(line.text) - 1)
                if spacing > 2 * self.size:
                    spacing = 0.0
            text.setTextOrigin(x, self.height - index * self.leading - drop)
            if spacing != spaced:
                text.setCharSpace(spacing)
                spaced = spacing
            if self.chain is None:
                text.textOut(line.text)
            else:
                for font, run in self.chain.runs(line.text):
                    text.setFont(font, self.size, self.leading)
                    text.textOut(run)
                text.setFont(self.font, self.size, self.leading)
        self.canv.drawText(text)

