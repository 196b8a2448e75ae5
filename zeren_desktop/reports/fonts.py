"""Embedded TrueType fonts for every PDF, and the fonts of official documents by role.

ReportLab's built-in CJK fonts are not embedded and CFF-outline CJK fonts cannot be loaded
(DESIGN.md, known traps): every font here is a TrueType-outline file, embedded as a subset.

Official documents (GB/T 9704) use 仿宋 for the body, 宋体 for page numbers, 黑体 and 楷体
for the first two heading levels and 小标宋 for the title. `resolve_fonts()` finds, for each
role, the official font on this computer (Windows: simfang/simsun/simhei/simkai, 方正小标宋
when installed; the same files copied into a Linux font folder count too), else an
open-licence substitute (Debian's AR PL UMing/UKai, installed by tasks.py), else the bundled
WenQuanYi Micro Hei. Characters a role's font lacks (rare characters in names: GB 18030,
CJK Ext A/B such as 䶮 𠮷) are drawn, one by one, in the first font of the rare-character
chain that has them: SimSun and SimSun-ExtB on Windows, Hanazono Mincho A/B on Linux
(Debian fonts-hanazono, installed by tasks.py), then the bundled font.
"""

from __future__ import annotations

import fnmatch
import os
import struct
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from zeren_desktop import paths

BUNDLED_FAMILY = "ZerenSans"
BUNDLED_FILE = "wqy-microhei.ttc"


def register_bundled_font(resources: Path) -> str:
    """Register the shipped WenQuanYi Micro Hei (TrueType outlines) once; its name."""
    if BUNDLED_FAMILY not in pdfmetrics.getRegisteredFontNames():
        path = resources / "fonts" / BUNDLED_FILE
        pdfmetrics.registerFont(TTFont(BUNDLED_FAMILY, str(path), subfontIndex=0))
    return BUNDLED_FAMILY


# --- ReportLab fix: characters outside the BMP in the ToUnicode map ----------------------
#
# ReportLab writes each ToUnicode entry as <XXXX>, so 𠮷 (U+20BB7) is read back as U+20BB
# and copied or searched as a wrong character. PDF wants UTF-16BE: a surrogate pair.

def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's makeToUnicodeCMap, with UTF-16BE values."""
    entries = [f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
               for index, code in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *entries, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


# --- roles and where their fonts are ----------------------------------------------------

class FontRole(StrEnum):
    FANGSONG = "fangsong"          # body text, heading level 3, colophon
    SONG = "song"                  # page numbers, verification footer
    HEI = "hei"                    # heading level 1, 份号 and 密级
    KAI = "kai"                    # heading level 2
    XIAOBIAOSONG = "xiaobiaosong"  # title and the red issuer mark


# The fonts the standard means, by file name (lower case; * as in a shell): Windows and
# Office (华文) files, and 方正 (FZ) files often installed in offices.
OFFICIAL_FILES: dict[FontRole, tuple[str, ...]] = {
    FontRole.FANGSONG: ("simfang.ttf", "fs_gb2312.ttf", "仿宋_gb2312.ttf", "fzfsk.ttf",
                        "fzfsjw.ttf", "stfangso.ttf"),
    FontRole.SONG: ("simsun.ttc", "fzssk.ttf", "fzssjw.ttf", "stsong.ttf"),
    FontRole.HEI: ("simhei.ttf", "fzhtk.ttf", "fzhtjw.ttf"),
    FontRole.KAI: ("simkai.ttf", "kt_gb2312.ttf", "楷体_gb2312.ttf", "fzktk.ttf", "fzktjw.ttf",
                   "stkaiti.ttf"),
    FontRole.XIAOBIAOSONG: ("fzxbsjw*.ttf", "fzxbsk*.ttf", "方正小标宋*.ttf"),
}
# Open or common substitutes, in order, before the bundled font: a Song face for the Song
# and FangSong roles (Debian has no open Simplified-Chinese FangSong), a Kai face for Kai,
# a heavy face for the title (there is no open XiaoBiaoSong).
SUBSTITUTE_FILES: dict[FontRole, tuple[str, ...]] = {
    FontRole.FANGSONG: ("simsun.ttc", "uming.ttc"),
    FontRole.SONG: ("uming.ttc",),
    FontRole.HEI: ("wqy-zenhei.ttc",),
    FontRole.KAI: ("ukai.ttc", "gkai00mp.ttf"),
    FontRole.XIAOBIAOSONG: ("simhei.ttf", "wqy-zenhei.ttc"),
}
# For characters a role's font lacks: GBK and Ext A (SimSun), Ext B (SimSun-ExtB), Ext G
# (Windows 11); Hanazono Mincho A (basic, Ext A) and B (Ext B-F) on Linux.
RARE_FILES = ("simsun.ttc", "simsunb.ttf", "simsunextg.ttf", "hanamina.ttf", "hanaminb.ttf")

WINDOWS_FOLDERS = ("{windir}/Fonts", "{localappdata}/Microsoft/Windows/Fonts")
UNIX_FOLDERS = ("~/.fonts", "~/.local/share/fonts", "/usr/local/share/fonts",
                "/usr/share/fonts")

_TRUETYPE_TAGS = (b"\x00\x01\x00\x00", b"true")


@dataclass(frozen=True)
class FontSource:
    """One face of one font file."""

    path: Path
    index: int = 0            # the face in a .ttc collection
    official: bool = False    # a font the standard names for its role
    chosen: bool = False      # picked by the office in the settings
    bundled: bool = False     # shipped with the program

    @property
    def label(self) -> str:
        return self.path.name if self.index == 0 else f"{self.path.name} #{self.index}"


@dataclass(frozen=True)
class FontReport:
    """Which font file serves each role, and the chain for rare characters."""

    roles: tuple[tuple[FontRole, FontSource], ...]
    rare: tuple[FontSource, ...]
    # files the office chose that cannot be used (missing, CFF outlines, no embedding)
    unusable: tuple[Path, ...] = ()

    def source(self, role: FontRole) -> FontSource:
        return dict(self.roles)[role]

    def is_fallback(self, role: FontRole) -> bool:
        """Neither the official font for the role nor one the office chose."""
        source = self.source(role)
        return not (source.official or source.chosen)

    @property
    def fallback_roles(self) -> tuple[FontRole, ...]:
        return tuple(role for role, _ in self.roles if self.is_fallback(role))

    @property
    def rare_fallback_found(self) -> bool:
        """A font beyond the bundled one covers rare characters (Ext A/B)."""
        return any(not source.bundled for source in self.rare)


@dataclass(frozen=True)
class _Probe:
    truetype: bool
    embeddable: bool


def _probe(path: Path, index: int = 0) -> _Probe:
    """TrueType (not CFF) outlines, and a licence that allows embedding (OS/2 fsType as
    ReportLab reads it): read from the table directory, without loading the font."""
    try:
        with path.open("rb") as file:
            head = file.read(12)
            if head[:4] == b"ttcf":
                file.seek(12 + 4 * index)
                (offset,) = struct.unpack(">I", file.read(4))
                file.seek(offset)
                head = file.read(12)
            if head[:4] not in _TRUETYPE_TAGS or len(head) < 12:
                return _Probe(False, False)
            (tables,) = struct.unpack(">H", head[4:6])
            directory = file.read(16 * tables)
            for number in range(tables):
                tag, _sum, table_offset, _length = struct.unpack(
                    ">4sIII", directory[16 * number:16 * number + 16])
                if tag == b"OS/2":
                    file.seek(table_offset + 8)
                    (fs_type,) = struct.unpack(">H", file.read(2))
                    allowed = fs_type != 0x0002 and not fs_type & 0x0300
                    return _Probe(True, allowed)
            return _Probe(True, True)
    except (OSError, struct.error):
        return _Probe(False, False)


def usable(path: Path, index: int = 0) -> bool:
    probe = _probe(path, index)
    return probe.truetype and probe.embeddable


def font_folders() -> list[Path]:
    """The folders searched for font files on this computer, in order."""
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        local = os.environ.get("LOCALAPPDATA", "")
        return [Path(folder.format(windir=windir, localappdata=local))
                for folder in WINDOWS_FOLDERS if local or "{localappdata}" not in folder]
    return [Path(folder).expanduser() for folder in UNIX_FOLDERS]


@lru_cache(maxsize=8)
def _files_in(folders: tuple[Path, ...]) -> tuple[tuple[str, Path], ...]:
    """(lower-case name, path) of the .ttf/.ttc files in `folders`; the first folder wins."""
    found: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        try:
            files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".ttc"))
        except OSError:
            continue
        for path in files:
            found.setdefault(path.name.lower(), path)
    return tuple(sorted(found.items()))


def _find(patterns: Iterable[str], files: Sequence[tuple[str, Path]], *,
          official: bool = False) -> list[FontSource]:
    sources = []
    for pattern in patterns:
        for name, path in files:
            if fnmatch.fnmatchcase(name, pattern) and usable(path):
                sources.append(FontSource(path, 0, official=official))
    return sources


def _is_official(role: FontRole, path: Path) -> bool:
    name = path.name.lower()
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in OFFICIAL_FILES[role])


def bundled_source(resources: Path | None = None) -> FontSource:
    folder = resources if resources is not None else paths.resources_dir()
    return FontSource(folder / "fonts" / BUNDLED_FILE, 0, bundled=True)


def office_choices(body: str = "", title: str = "",
                   heading: str = "") -> dict[FontRole, str]:
    """The fonts chosen in the office settings (body_font, title_font, heading_font)."""
    chosen = {FontRole.FANGSONG: body, FontRole.XIAOBIAOSONG: title, FontRole.HEI: heading}
    return {role: value for role, value in chosen.items() if value.strip()}


def resolve_fonts(chosen: Mapping[FontRole, str | Path] | None = None, *,
                  folders: Sequence[Path] | None = None,
                  resources: Path | None = None) -> FontReport:
    """Which font serves each role on this computer (nothing is loaded).

    `chosen`: font files the office picked for some roles (office_choices()); a file that
    cannot be used is reported in `unusable` and the role resolved as if none was chosen.
    `folders`: where to look (default: this computer's font folders; [] = bundled only).
    """
    files = _files_in(tuple(font_folders() if folders is None else folders))
    bundled = bundled_source(resources)
    roles: list[tuple[FontRole, FontSource]] = []
    unusable: list[Path] = []
    for role in FontRole:
        picked = (chosen or {}).get(role)
        if picked:
            path = Path(picked)
            if usable(path):
                roles.append((role, FontSource(path, 0, official=_is_official(role, path),
                                               chosen=True)))
                continue
            unusable.append(path)
        candidates = (_find(OFFICIAL_FILES[role], files, official=True)
                      + _find(SUBSTITUTE_FILES[role], files))
        roles.append((role, candidates[0] if candidates else bundled))
    rare = [*_find(RARE_FILES, files), bundled]
    return FontReport(tuple(roles), tuple(dict.fromkeys(rare)), tuple(unusable))


# --- loading: ReportLab fonts and per-character fallback --------------------------------

_REGISTERED: dict[tuple[Path, int], str] = {}


def _register(source: FontSource) -> str | None:
    """The ReportLab name of `source`, registered once; None if ReportLab refuses it."""
    key = (source.path.resolve(), source.index)
    name = _REGISTERED.get(key)
    if name is None:
        if source.bundled and source.index == 0:
            name = register_bundled_font(source.path.parent.parent)
        else:
            # named after the file, so that the name does not depend on the order of loading
            name = f"ZerenDoc-{source.path.stem}-{source.index}"
            taken = set(_REGISTERED.values())
            while name in taken:
                name += "+"
            try:
                pdfmetrics.registerFont(TTFont(name, str(source.path),
                                               subfontIndex=source.index))
            except Exception:   # a broken file raises TTFError, KeyError, struct.error...
                return None
        _REGISTERED[key] = name
    return name


def _has_glyph(face: Any, char: str) -> bool:
    """The font maps `char` to a glyph with an outline (some fonts map characters they do
    not draw to an empty glyph: AR PL UKai has 䶮 in its cmap and nothing to print)."""
    glyph = face.charToGlyph.get(ord(char))
    if glyph is None:
        return False
    if char.isspace():
        return True
    positions = face.glyphPos
    return bool(glyph + 1 < len(positions) and positions[glyph + 1] > positions[glyph])


@dataclass(frozen=True)
class FontChain:
    """Registered fonts in order: the role's own, then those for characters it lacks."""

    names: tuple[str, ...]
    _chosen: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def primary(self) -> str:
        return self.names[0]

    def font_for(self, char: str) -> str:
        """The first font of the chain that draws `char` (the primary one when none does:
        its missing-glyph box)."""
        font = self._chosen.get(char)
        if font is None:
            font = self.names[0]
            if ord(char) >= 0x80:
                for name in self.names:
                    if _has_glyph(pdfmetrics.getFont(name).face, char):
                        font = name
                        break
            self._chosen[char] = font
        return font

    def covers(self, char: str) -> bool:
        return any(_has_glyph(pdfmetrics.getFont(name).face, char) for name in self.names)

    def runs(self, text: str) -> list[tuple[str, str]]:
        """(font, text) runs of `text`, each character in the first font that has it."""
        runs: list[tuple[str, str]] = []
        for char in text:
            font = self.font_for(char)
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + char)
            else:
                runs.append((font, char))
        return runs

    def width(self, text: str) -> float:
        """Width at 1 pt, each character measured in its own font."""
        return float(sum(pdfmetrics.stringWidth(run, font, 1.0)
                         for font, run in self.runs(text)))


@dataclass(frozen=True)
class DocumentFonts:
    """The fonts an official document is drawn with: one chain per role."""

    report: FontReport
    chains: tuple[tuple[FontRole, FontChain], ...]

    def chain(self, role: FontRole) -> FontChain:
        return dict(self.chains)[role]

    def name(self, role: FontRole) -> str:
        return self.chain(role).primary


def load_fonts(report: FontReport) -> DocumentFonts:
    """Register the fonts of `report` with ReportLab. A role whose file ReportLab refuses
    gets the bundled font (the report is corrected to say so)."""
    bundled = next(source for source in report.rare if source.bundled)
    rare_names: list[str] = []
    rare_sources: list[FontSource] = []
    for source in report.rare:
        name = _register(source)
        if name is not None:
            rare_names.append(name)
            rare_sources.append(source)
    roles: list[tuple[FontRole, FontSource]] = []
    chains: list[tuple[FontRole, FontChain]] = []
    for role, source in report.roles:
        name = _register(source)
        if name is None:
            source = bundled
            name = _register(bundled)
            assert name is not None
        roles.append((role, source))
        chains.append((role, FontChain(tuple(dict.fromkeys([name, *rare_names])))))
    checked = FontReport(tuple(roles), tuple(rare_sources), report.unusable)
    return DocumentFonts(checked, tuple(chains))


def document_fonts(chosen: Mapping[FontRole, str | Path] | None = None, *,
                   folders: Sequence[Path] | None = None,
                   resources: Path | None = None) -> DocumentFonts:
    """resolve_fonts() and load_fonts() in one call."""
    return load_fonts(resolve_fonts(chosen, folders=folders, resources=resources))
