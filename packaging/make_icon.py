#!/usr/bin/env python3
"""Draw the application icon: a red seal (印章) with the character 责 in white.

Writes resources/icons/zeren-<size>.png for 16-256 px and resources/icons/zeren.ico
(all sizes in one file, for the Windows executable). The generated files are committed;
run this again only to change the design:

    .venv/bin/python packaging/make_icon.py

Needs Pillow (already installed with ReportLab). The glyph comes from the bundled font
resources/fonts/wqy-microhei.ttc, so the result is the same on every machine.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SEAL_RED = (178, 24, 32, 255)  # 印泥红, close to the red of official seals
PAPER = (255, 255, 255, 255)
CHAR = "责"
SUPERSAMPLE = 8  # draw large, then scale down: smooth edges at every size


def draw_seal(size: int) -> Image.Image:
    """One icon image of `size` x `size` pixels."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    small = size < 32  # no inner border at 16 and 24 px: it would be a blur
    margin = 0 if small else round(big * 0.03)
    radius = round(big * (0.12 if small else 0.10))
    draw.rounded_rectangle((margin, margin, big - 1 - margin, big - 1 - margin),
                           radius=radius, fill=SEAL_RED)
    if not small:
        inset = round(big * 0.10)
        line = max(SUPERSAMPLE, round(big * 0.028))
        draw.rounded_rectangle((inset, inset, big - 1 - inset, big - 1 - inset),
                               radius=round(radius * 0.5), outline=PAPER, width=line)
    # The glyph: as large as the frame allows, thickened with a stroke like a carved seal.
    share = 0.80 if small else 0.62
    font = ImageFont.truetype(str(FONT), round(big * share), index=0)
    stroke = round(big * (0.025 if small else 0.018))
    left, top, right, bottom = draw.textbbox((0, 0), CHAR, font=font, stroke_width=stroke)
    x = (big - (right - left)) / 2 - left
    y = (big - (bottom - top)) / 2 - top
    draw.text((x, y), CHAR, font=font, fill=PAPER, stroke_width=stroke, stroke_fill=PAPER)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)  # no timestamps: same bytes every run
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS,
                        help="folder to write (default: %(default)s)")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    images = {size: draw_seal(size) for size in SIZES}
    for size, image in images.items():
        (out / f"zeren-{size}.png").write_bytes(png_bytes(image))
    largest = images[max(ICO_SIZES)]
    others = [images[s] for s in ICO_SIZES if s != max(ICO_SIZES)]
    largest.save(out / "zeren.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=others)
    print(f"wrote {len(images)} PNG files and zeren.ico to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
