"""问责工作统计表: the statistics PDF for the seed's 104 persons, read back."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from tests.conftest import TEST_PASSWORD, copy_database
from tests.stats_fixtures import SEED_PERIOD, build_seed
from zeren_desktop import paths
from zeren_desktop.domain import statistics as st
from zeren_desktop.reports.fonts import register_bundled_font
from zeren_desktop.reports.statistics_report import build_statistics_report
from zeren_desktop.services.app import Services

ZH = {
    "Accountability statistics ({start} to {end})": "问责工作统计表（{start}至{end}）",
    "Total": "合计",
    "County level": "县级",
    "Section level": "科级",
    "Other": "其他",
    "First form": "第一种形态",
    "Second form": "第二种形态",
    "Third form": "第三种形态",
    "Fourth form": "第四种形态",
    "Breach of the eight rules": "违反八项规定精神",
}


def translate_zh(context: str, text: str) -> str:
    return ZH.get(text, text)


@pytest.fixture(scope="module")
def report(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> st.StatisticsReport:
    path = copy_database(template_db, tmp_path_factory.mktemp("stats-pdf") / "seed.sqlite")
    with Services.open(path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        build_seed(services)
        return services.statistics.report(*SEED_PERIOD)


@pytest.fixture(scope="module")
def font() -> str:
    return register_bundled_font(paths.resources_dir())


def lines_of(target: Path) -> list[str]:
    with pdfplumber.open(target) as pdf:
        return [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]


def test_the_pdf_holds_the_figures(tmp_path: Path, report: st.StatisticsReport,
                                   font: str) -> None:
    target = tmp_path / "stats.pdf"
    pages = build_statistics_report(target, report, font, office="测试县纪委",
                                    translate=translate_zh)
    lines = lines_of(target)
    text = "\n".join(lines)
    assert "问责工作统计表（2026年1月1日至2026年6月30日）" in text.replace("\n", "")
    assert "测试县纪委" in text

    def row(label: str) -> list[str]:
        found = [line for line in lines if line.startswith(label + " ")]
        assert found, label
        return found[0].split()

    for label, n in (("约谈", 37), ("党内警告", 17), ("诫勉谈话", 22), ("免职", 2),
                     ("通报批评", 11), ("责令作出书面检查", 15), ("县级", 28), ("科级", 45),
                     ("第一种形态", 85), ("第二种形态", 19), ("第三种形态", 0)):
        assert row(label)[1] == str(n), label
    # the totals rows: problems (category), persons (measure, rank, form) and by unit/month
    totals = [line.split()[1:] for line in lines if line.startswith("合计 ")]
    assert totals.count([str(report.problems), "100.0%"]) == 1
    assert totals.count(["104", "100.0%"]) == 3
    assert totals.count([str(report.problems), "104"]) == 2
    assert row("违反八项规定精神")[1] == str(dict(
        (b.key, b.count) for b in report.by_category)["eight_rules"])
    summary = lines[lines.index(next(line for line in lines if line.startswith("1. ")))
                    + 1:][:4]
    assert any(re.fullmatch(rf"{report.problems} 104 6 27 0 0 –", line) for line in summary)
    reader = PdfReader(target)
    assert len(reader.pages) == pages >= 2
    assert b"Helvetica" not in target.read_bytes()
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (595.28, 841.89), abs=0.5)
        for ref in page["/Resources"]["/Font"].values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()


def test_nothing_leaves_the_type_area(tmp_path: Path, report: st.StatisticsReport,
                                      font: str) -> None:
    target = tmp_path / "stats.pdf"
    build_statistics_report(target, report, font, translate=translate_zh)
    bars = []
    with pdfplumber.open(target) as pdf:
        for page in pdf.pages:
            body = [c for c in page.chars if c["top"] / mm < 264]
            assert min(c["x0"] for c in body) / mm >= 27.5
            assert max(c["x1"] for c in body) / mm <= 184.5
            assert min(c["top"] for c in body) / mm >= 36
            assert max(c["bottom"] for c in body) / mm <= 263
            # the bars: filled red rectangles, inside the type area
            bars += [r for r in page.rects if r["fill"] and r["height"] < 4 * mm
                     and tuple(r["non_stroking_color"] or ())[:1] == (0.71,)]
    assert len(bars) >= 6 + 6 + 3 + 2 + 3 + 6  # the non-zero rows of the dimensions
    assert all(r["x0"] / mm >= 27.5 and r["x1"] / mm <= 184.5 for r in bars)


def test_same_report_same_bytes(tmp_path: Path, report: st.StatisticsReport,
                                font: str) -> None:
    build_statistics_report(tmp_path / "a.pdf", report, font)
    build_statistics_report(tmp_path / "b.pdf", report, font)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_first_page_renders(tmp_path: Path, report: st.StatisticsReport, font: str) -> None:
    target = tmp_path / "r.pdf"
    build_statistics_report(target, report, font, translate=translate_zh)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(target),
                    str(tmp_path / "page")], check=True, capture_output=True)
    (png,) = tmp_path.glob("page*.png")
    assert png.stat().st_size > 5_000
