"""Embedded TrueType fonts for every PDF (ReportLab's built-in CJK fonts are not embedded
and CFF-outline CJK fonts cannot be loaded: DESIGN.md, known traps)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

BUNDLED_FAMILY = "ZerenSans"


def register_bundled_font(resources: Path) -> str:
    """Register the shipped WenQuanYi Micro Hei (TrueType outlines) once; its name."""
    if BUNDLED_FAMILY not in pdfmetrics.getRegisteredFontNames():
        path = resources / "fonts" / "wqy-microhei.ttc"
        pdfmetrics.registerFont(TTFont(BUNDLED_FAMILY, str(path), subfontIndex=0))
    return BUNDLED_FAMILY
