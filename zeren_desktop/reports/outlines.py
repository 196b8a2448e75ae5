"""Text drawn as filled outlines (paths), not as text: the draft mark.

A watermark written as text would be read back as words of the document (copying,
searching, the GB/T 9704 ruler counting lines). Its glyphs are taken from the embedded
TrueType font's `glyf` table (quadratic B-splines, simple and composite glyphs) and drawn
as cubic Bézier paths, so the mark is only ink.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import FILL_NON_ZERO

from zeren_desktop.reports.fonts import FontChain

Point = tuple[float, float, bool]      # x, y in font units; on the curve or a control point
Contour = tuple[Point, ...]

_ARG_WORDS, _ARGS_XY, _SCALE, _MORE, _XY_SCALE, _TWO_BY_TWO = 0x1, 0x2, 0x8, 0x20, 0x40, 0x80


def _f2dot14(value: int) -> float:
    return value / 16384.0


@lru_cache(maxsize=256)
def glyph_contours(font: str, glyph: int, depth: int = 0) -> tuple[Contour, ...]:
    """The contours of glyph number `glyph` of the registered TrueType font `font`."""
    face: Any = pdfmetrics.getFont(font).face
    start, end = face.glyphPos[glyph], face.glyphPos[glyph + 1]
    if end <= start or depth > 8:
        return ()
    table_start, _length = face.get_table_pos("glyf")
    data: bytes = face._ttf_data[table_start + start:table_start + end]
    (contours,) = struct.unpack(">h", data[:2])
    if contours >= 0:
        return _simple(data, contours)
    return _composite(font, data, depth)


def _simple(data: bytes, contours: int) -> tuple[Contour, ...]:
    ends = struct.unpack(f">{contours}H", data[10:10 + 2 * contours])
    pos = 10 + 2 * contours
    (instructions,) = struct.unpack(">H", data[pos:pos + 2])
    pos += 2 + instructions
    count = ends[-1] + 1 if contours else 0
    flags: list[int] = []
    while len(flags) < count:
        flag = data[pos]
        pos += 1
        flags.append(flag)
        if flag & 0x08:
            flags.extend([flag] * data[pos])
            pos += 1
    coords: list[list[int]] = []
    for short, same in ((0x02, 0x10), (0x04, 0x20)):
        value, values = 0, []
        for flag in flags[:count]:
            if flag & short:
                delta = data[pos]
                pos += 1
                value += delta if flag & same else -delta
            elif not flag & same:
                (delta,) = struct.unpack(">h", data[pos:pos + 2])
                pos += 2
                value += delta
            values.append(value)
        coords.append(values)
    points = [(float(x), float(y), bool(flag & 1))
              for x, y, flag in zip(coords[0], coords[1], flags[:count], strict=True)]
    result, first = [], 0
    for last in ends:
        result.append(tuple(points[first:last + 1]))
        first = last + 1
    return tuple(result)


def _composite(font: str, data: bytes, depth: int) -> tuple[Contour, ...]:
    result: list[Contour] = []
    pos = 10
    while True:
        flags, glyph = struct.unpack(">HH", data[pos:pos + 4])
        pos += 4
        if flags & _ARG_WORDS:
            dx, dy = struct.unpack(">hh" if flags & _ARGS_XY else ">HH", data[pos:pos + 4])
            pos += 4
        else:
            dx, dy = struct.unpack(">bb" if flags & _ARGS_XY else ">BB", data[pos:pos + 2])
            pos += 2
        if not flags & _ARGS_XY:
            dx = dy = 0          # anchored by matching points: rare in CJK fonts
        xx, xy, yx, yy = 1.0, 0.0, 0.0, 1.0
        if flags & _SCALE:
            xx = yy = _f2dot14(struct.unpack(">h", data[pos:pos + 2])[0])
            pos += 2
        elif flags & _XY_SCALE:
            xx, yy = (_f2dot14(v) for v in struct.unpack(">hh", data[pos:pos + 4]))
            pos += 4
        elif flags & _TWO_BY_TWO:
            xx, xy, yx, yy = (_f2dot14(v) for v in struct.unpack(">hhhh", data[pos:pos + 8]))
            pos += 8
        for contour in glyph_contours(font, glyph, depth + 1):
            result.append(tuple((x * xx + y * yx + dx, x * xy + y * yy + dy, on)
                                for x, y, on in contour))
        if not flags & _MORE:
            return tuple(result)


def _add_contour(path: Any, contour: Contour, shift: float) -> None:
    """Quadratic B-spline → moveTo/lineTo/curveTo (implied on-curve points between two
    control points; each quadratic segment raised to a cubic)."""
    points = [(x + shift, y, on) for x, y, on in contour]
    if len(points) < 2:
        return
    first_on = next((i for i, p in enumerate(points) if p[2]), None)
    if first_on is None:   # all control points: start between the first two
        (x0, y0, _), (x1, y1, _) = points[0], points[1]
        points.insert(1, ((x0 + x1) / 2, (y0 + y1) / 2, True))
        first_on = 1
    points = points[first_on:] + points[:first_on]
    start = points[0]
    path.moveTo(start[0], start[1])
    current = (start[0], start[1])
    control: tuple[float, float] | None = None

    def quad(c: tuple[float, float], end: tuple[float, float]) -> None:
        nonlocal current
        (x0, y0), (cx, cy), (x2, y2) = current, c, end
        path.curveTo(x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0),
                     x2 + 2 / 3 * (cx - x2), y2 + 2 / 3 * (cy - y2), x2, y2)
        current = end

    for x, y, on in [*points[1:], start]:
        if on:
            if control is None:
                path.lineTo(x, y)
                current = (x, y)
            else:
                quad(control, (x, y))
                control = None
        elif control is None:
            control = (x, y)
        else:
            middle = ((control[0] + x) / 2, (control[1] + y) / 2)
            quad(control, middle)
            control = (x, y)
    path.close()


def draw_outlined(canvas: Any, chain: FontChain, text: str, size: float, centre_x: float,
                  centre_y: float, angle: float, colour: Any) -> None:
    """`text` as filled outlines, centred on (centre_x, centre_y) and turned by `angle`."""
    pieces: list[tuple[str, int, float]] = []    # font, glyph, advance in points
    for char in text:
        font = chain.font_for(char)
        glyph = pdfmetrics.getFont(font).face.charToGlyph.get(ord(char))
        if glyph is not None:
            pieces.append((font, glyph, pdfmetrics.stringWidth(char, font, size)))
    width = sum(advance for _, _, advance in pieces)
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.translate(centre_x, centre_y)
    canvas.rotate(angle)
    x = -width / 2
    for font, glyph, advance in pieces:
        units = pdfmetrics.getFont(font).face.unitsPerEm
        scale = size / units
        canvas.saveState()
        canvas.translate(x, -0.36 * size)       # about the middle of a CJK glyph
        canvas.scale(scale, scale)
        path = canvas.beginPath()
        for contour in glyph_contours(font, glyph):
            _add_contour(path, contour, 0.0)
        canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        canvas.restoreState()
        x += advance
    canvas.restoreState()
