"""Fonts by role for official documents: official files first, substitutes, the bundled
font; files ReportLab cannot embed are passed over; rare characters get a second font."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from zeren_desktop import paths
from zeren_desktop.reports import fonts as fonts_module
from zeren_desktop.reports.fonts import (
    FontRole,
    FontSource,
    document_fonts,
    load_fonts,
    office_choices,
    resolve_fonts,
    usable,
)

BUNDLED = paths.resources_dir() / "fonts" / "wqy-microhei.ttc"


def folder_with(tmp_path: Path, *names: str) -> Path:
    """A font folder holding the bundled font under the given file names."""
    folder = tmp_path / "fonts"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).symlink_to(BUNDLED)
    return folder


def sfnt(tag: bytes = b"\x00\x01\x00\x00", fs_type: int | None = None) -> bytes:
    """A font file's table directory, with an OS/2 table when `fs_type` is given."""
    if fs_type is None:
        return tag + struct.pack(">HHHH", 0, 0, 0, 0)
    header = tag + struct.pack(">HHHH", 1, 16, 0, 0)
    record = struct.pack(">4sIII", b"OS/2", 0, 28, 10)
    return header + record + struct.pack(">HhHHH", 3, 500, 400, 5, fs_type)


def test_without_chinese_fonts_every_role_falls_back_on_the_bundled_font() -> None:
    report = resolve_fonts(folders=[])
    assert [role for role, _ in report.roles] == list(FontRole)
    assert {source.path for _, source in report.roles} == {BUNDLED}
    assert report.fallback_roles == tuple(FontRole)
    assert [source.path for source in report.rare] == [BUNDLED]
    assert not report.rare_fallback_found


def test_official_fonts_by_file_name_then_substitutes(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "SIMFANG.TTF", "simsun.ttc", "simhei.ttf", "ukai.ttc",
                         "FZXBSJW--GB1-0.ttf", "simsunb.ttf", "HanaMinB.ttf")
    report = resolve_fonts(folders=[folder])
    assert report.source(FontRole.FANGSONG).path == folder / "SIMFANG.TTF"
    assert report.source(FontRole.SONG).path == folder / "simsun.ttc"
    assert report.source(FontRole.HEI).path == folder / "simhei.ttf"
    assert report.source(FontRole.XIAOBIAOSONG).path == folder / "FZXBSJW--GB1-0.ttf"
    assert report.source(FontRole.KAI).path == folder / "ukai.ttc"     # an open substitute
    assert report.fallback_roles == (FontRole.KAI,)
    assert [s.path.name for s in report.rare] == ["simsun.ttc", "simsunb.ttf", "HanaMinB.ttf",
                                                  "wqy-microhei.ttc"]
    assert report.rare_fallback_found


def test_fonts_that_cannot_be_embedded_are_passed_over(tmp_path: Path) -> None:
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / "simfang.ttf").write_bytes(sfnt(b"OTTO"))             # CFF outlines
    (folder / "simhei.ttf").write_bytes(sfnt(fs_type=0x0002))       # restricted licence
    (folder / "simkai.ttf").write_bytes(sfnt(fs_type=0x0008))       # editable: embeddable
    assert not usable(folder / "simfang.ttf")
    assert not usable(folder / "simhei.ttf")
    assert usable(folder / "simkai.ttf")
    assert not usable(folder / "missing.ttf")
    assert usable(BUNDLED, 1)
    report = resolve_fonts(folders=[folder])
    assert report.source(FontRole.FANGSONG).bundled
    assert report.source(FontRole.HEI).bundled
    assert report.source(FontRole.KAI).path == folder / "simkai.ttf"
    # ReportLab refuses the fake file when loading: the role gets the bundled font
    loaded = load_fonts(report)
    assert loaded.report.source(FontRole.KAI).bundled
    assert loaded.name(FontRole.KAI) == loaded.name(FontRole.FANGSONG)


def test_the_office_chooses_fonts_in_the_settings(tmp_path: Path) -> None:
    chosen = office_choices(body=str(BUNDLED), title="", heading=str(tmp_path / "none.ttf"))
    assert chosen == {FontRole.FANGSONG: str(BUNDLED), FontRole.HEI: str(tmp_path / "none.ttf")}
    report = resolve_fonts(chosen, folders=[])
    assert report.source(FontRole.FANGSONG) == FontSource(BUNDLED, 0, chosen=True)
    assert not report.is_fallback(FontRole.FANGSONG)
    assert report.is_fallback(FontRole.HEI)
    assert report.unusable == (tmp_path / "none.ttf",)
    folder = folder_with(tmp_path, "simfang.ttf")
    report = resolve_fonts({FontRole.FANGSONG: folder / "simfang.ttf"}, folders=[])
    assert report.source(FontRole.FANGSONG).official


def test_each_character_in_the_first_font_that_draws_it(tmp_path: Path) -> None:
    bundled = document_fonts(folders=[]).chain(FontRole.FANGSONG)
    assert bundled.runs("王明2026年") == [(bundled.primary, "王明2026年")]
    assert not bundled.covers("𠮷")
    assert bundled.font_for("𠮷") == bundled.primary    # nothing has it: the primary's box
    system = document_fonts().chain(FontRole.FANGSONG)
    if not system.covers("𠮷"):
        pytest.skip("no rare-character font (tasks.py installs fonts-hanazono)")
    runs = system.runs("张𠮷同志")
    assert "".join(text for _, text in runs) == "张𠮷同志"
    assert len(runs) == 3 and runs[1] == (system.font_for("𠮷"), "𠮷")
    assert runs[0][0] == runs[2][0]
    assert system.width("张𠮷") == pytest.approx(2.0, abs=0.05)    # both full width


def test_no_font_registration_depends_on_the_order_of_loading() -> None:
    first = document_fonts(folders=[])
    again = document_fonts(folders=[])
    assert first.chains == again.chains
    assert fonts_module.BUNDLED_FAMILY in first.chain(FontRole.FANGSONG).names
