"""TrueType fonts on this computer that documents can embed (no Qt).

ReportLab embeds TrueType-outline fonts only: `.otf` files and CFF-outline collections
(Noto/Source Han CJK `.ttc`) are left out (DESIGN.md, known traps).
"""

from __future__ import annotations

import os
import struct
import sys
from functools import lru_cache
from pathlib import Path

# What official documents use on Windows (仿宋, 宋体, 黑体, 楷体, and the Office ones).
WINDOWS_FONTS = ("simfang.ttf", "simsun.ttc", "simhei.ttf", "simkai.ttf",
                 "STFANGSO.TTF", "STSONG.TTF", "STKAITI.TTF", "STZHONGS.TTF", "STXIHEI.TTF")
UNIX_FOLDERS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts",
                "~/.fonts")
MAX_FONTS = 300
_TRUETYPE_TAGS = (b"\x00\x01\x00\x00", b"true")


def has_truetype_outlines(path: Path) -> bool:
    """A .ttf, or a .ttc whose first font, has TrueType (not CFF) outlines."""
    try:
        with path.open("rb") as file:
            head = file.read(16)
            if head[:4] == b"ttcf" and len(head) >= 16:
                (offset,) = struct.unpack(">I", head[12:16])
                file.seek(offset)
                head = file.read(4)
    except OSError:
        return False
    return head[:4] in _TRUETYPE_TAGS


def _font_folders() -> list[Path]:
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = os.environ.get("LOCALAPPDATA")
        folders = [windows / "Fonts"]
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return folders
    return [Path(folder).expanduser() for folder in UNIX_FOLDERS]


@lru_cache(maxsize=1)
def system_fonts() -> tuple[Path, ...]:
    """TrueType font files found in the usual font folders, sorted by file name."""
    found: dict[str, Path] = {}
    for folder in _font_folders():
        if not folder.is_dir():
            continue
        if sys.platform == "win32":
            candidates = [folder / name for name in WINDOWS_FONTS]
        else:
            candidates = [p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".ttc")]
        for path in sorted(candidates):
            if path.name.lower() not in found and path.is_file() \
                    and has_truetype_outlines(path):
                found[path.name.lower()] = path
            if len(found) >= MAX_FONTS:
                break
    return tuple(sorted(found.values(), key=lambda p: p.name.lower()))
