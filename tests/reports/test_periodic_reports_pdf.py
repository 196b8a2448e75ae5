"""The periodic reports' files read back: PDFs (page size, embedded fonts, Chinese text,
the GB/T 9704 ruler for the duty report, a rendered page that is not blank), workbooks
(numbers as numbers) and the duty report's .docx."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PIL import Image
from pypdf import PdfReader

from tests.conftest import TEST_PASSWORD
from tests.document_fixtures import Office, sign_in
from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.enums import LedgerCategory, Rank, TeamRole
from zeren_desktop.domain.ledger import LedgerEntryInput
from zeren_desktop.domain.records import CadreInput, MembershipInput, PostInput
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.reports import monthly_statistics as ms
from zeren_desktop.reports.fonts import document_fonts
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput

A4 = (595.28, 841.89)
RULER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "pdf_ruler.py"

ZH = {
    "Accountability statistics for month {month} of {year}": "{year}年{month}月问责工作统计表",
    "Duty ledger completeness, quarter {quarter} of {year}":
        "{year}年第{quarter}季度履责纪实完整情况汇总表",
    "{name}: report on duty and integrity in {year}": "{name}同志{year}年度述责述廉报告",
    "Compiled by: {issuer}": "填报单位：{issuer}",
    "Persons held accountable": "问责人数",
    "This month": "本月",
    "Year to date": "本年累计",
    "Carrying out the responsibility list": "落实责任清单情况",
    "The duty ledger (the nine must-record kinds)": "履责纪实（九必记）情况",
    "Talks and meetings": "谈话和会议情况",
    "Problems and what I will do": "存在问题和整改措施",
    "Deployment and study": "研究部署",
    "Integrity education": "廉政教育活动",
    "Subtotal": "小计",
    "Prepared by: {name}": "制表人：{name}",
    "Unit: {unit} (with the units under it)": "统计范围：{unit}（含下级单位）",
    "1. County summary: units ranked by completeness": "一、全县汇总：各单位按完整率排名",
    "County": "全县",
}


def translate_zh(context: str, text: str) -> str:
    return ZH.get(text, text)


@pytest.fixture
def town(office: tuple[Services, Office]) -> tuple[Services, Office, uuid.UUID]:
    """The office with a deputy on the town's team and ledger entries of both leaders in
    the second quarter of 2025 (the deputy has no 廉政教育活动)."""
    services, o = office
    deputy = services.cadres.create(CadreInput("李卫东", Rank.TOWNSHIP_SECTION, posts=(
        PostInput(o.town, "党委副书记", dt.date(2025, 4, 1)),)))
    services.teams.add_member(MembershipInput(o.team, deputy, TeamRole.DEPUTY,
                                              dt.date(2025, 4, 1)))
    for n, kind in enumerate(LedgerCategory):
        services.ledger.create(LedgerEntryInput(o.secretary, dt.date(2025, 4, 3 + n), kind,
                                                f"第二季度事项{n}"))
        if kind is not LedgerCategory.EDUCATION:
            services.ledger.create(LedgerEntryInput(deputy, dt.date(2025, 5, 3 + n), kind,
                                                    f"副书记事项{n}"))
    return services, o, deputy


def text_of(target: Path) -> str:
    with pdfplumber.open(target) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def check_pages(target: Path, size: tuple[float, float]) -> None:
    """Every page of `size`, every font embedded (no Helvetica declared either)."""
    reader = PdfReader(target)
    assert b"Helvetica" not in target.read_bytes()
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            size, abs=0.5)
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()


def check_rendered(target: Path, tmp_path: Path) -> Path:
    """The first page rendered: text and rules make it far from blank."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils not installed")
    stem = tmp_path / f"{target.stem}-page1"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1",
                    str(target), str(stem)], check=True, capture_output=True)
    with Image.open(stem.with_suffix(".png")) as image:
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        assert dark > 0.005 * grey.width * grey.height, target.name
    return stem.with_suffix(".png")


def test_monthly_pdf_and_workbook(office: tuple[Services, Office], tmp_path: Path) -> None:
    services, _ = office
    target = tmp_path / "月报.pdf"
    pages = services.periodic_reports.export_monthly_pdf(2025, 4, target,
                                                         translate=translate_zh)
    assert pages == len(PdfReader(target).pages) >= 1
    check_pages(target, A4)
    text = text_of(target)
    assert "2025年4月问责工作统计表" in text
    assert "填报单位：中共青山县纪律检查委员会" in text
    assert "制表人：clerk" in text
    lines = text.splitlines()
    assert "问责人数 1 1" in lines
    assert any(line.startswith("党内严重警告 ") for line in lines)   # the measure, by name
    check_rendered(target, tmp_path)
    # the same month gives the same bytes
    again = tmp_path / "again.pdf"
    services.periodic_reports.export_monthly_pdf(2025, 4, again, translate=translate_zh)
    assert again.read_bytes() == target.read_bytes()

    book = tmp_path / "月报.xlsx"
    services.periodic_reports.export_monthly_xlsx(2025, 4, book, translate=translate_zh)
    sheet = load_workbook(book).worksheets[0]
    # the title rows on top, then the table
    assert sheet.cell(1, 1).value == "2025年4月问责工作统计表"
    assert sheet.cell(1, 1).font.b
    header = next(r for r in range(1, 10) if sheet.cell(r, 3).value == "本月")
    assert [c.value for c in sheet[header]] == ["Section", "Item", "本月", "本年累计"]
    assert sheet.freeze_panes == f"A{header + 1}"
    assert all(sheet.cell(r, 2).value is None for r in range(1, header))
    rows = list(sheet.iter_rows(min_row=header + 1, values_only=True))
    persons = next(r for r in rows if r[1] == "问责人数")
    assert persons[2:] == (1, 1) and all(isinstance(v, int) for v in persons[2:])
    numbers = [v for r in rows if r and r[0] and len(r) > 3 for v in r[2:4] if v is not None]
    assert numbers and all(isinstance(v, int | float) for v in numbers)
    # money with two decimals and thousands separators; the rate in percent, one decimal
    # (the header says %), as the PDF shows them
    cells = {sheet.cell(r, 2).value: (sheet.cell(r, 3), sheet.cell(r, 4))
             for r in range(header + 1, sheet.max_row + 1)}
    for label in ("Money recovered (yuan)", "Money corrected (yuan)"):
        for cell in cells[label]:
            assert cell.number_format == "#,##0.00" and isinstance(cell.value, int | float)
    for cell in cells["Verification rate (%)"]:
        assert cell.number_format == "0.0"
        assert cell.value is None or isinstance(cell.value, int | float)
    assert "0.##" not in {c.number_format for row in sheet.iter_rows() for c in row}


SECTIONS = {ms.S_SUMMARY, ms.S_CATEGORY, ms.S_FORM, ms.S_MEASURE, ms.S_RANK, ms.S_CLUES,
            ms.S_SOURCE}


def test_a_monthly_section_heading_never_ends_a_page(office: tuple[Services, Office],
                                                     tmp_path: Path) -> None:
    """However many rows come before it, a section's heading row stays with its first
    figure: no page ends with one."""
    services, _ = office
    data = services.periodic_reports.monthly_statistics(2025, 4)
    fonts = document_fonts(folders=[])
    counts = []
    for extra in range(16):
        year = data.year_report
        filler = tuple(st.Bucket(f"x{n}", f"填充项目{n}", "", n) for n in range(extra))
        padded = dataclasses.replace(data, year_report=dataclasses.replace(
            year, by_category=year.by_category + filler, clues_by_source=year.clues_by_source
            + tuple(dataclasses.replace(year.clues_by_source[0], key=f"s{n}", label=f"来源{n}",
                                        context="") for n in range(extra))))
        target = tmp_path / f"padded-{extra}.pdf"
        counts.append(ms.build_monthly_pdf(target, padded, fonts))
        with pdfplumber.open(target) as pdf:
            for number, page in enumerate(pdf.pages[:-1], start=1):
                lines = [line for line in (page.extract_text() or "").splitlines()
                         if line.strip() and not line.strip().startswith("—")]
                assert lines[-1].strip() not in SECTIONS, (extra, number, lines[-3:])
    assert max(counts) >= 2


def test_a_township_accounts_pdfs_name_the_scope_not_the_county(
        town: tuple[Services, Office, uuid.UUID], tmp_path: Path) -> None:
    services, o, _ = town
    sign_in(services, "admin").auth.create_user(
        UserInput("chengguan", "城关镇纪委", frozenset({AccountRole.CLERK}), o.town),
        TEST_PASSWORD)
    sign_in(services, "chengguan")
    reports = services.periodic_reports
    reports.export_monthly_pdf(2025, 4, tmp_path / "m.pdf", translate=translate_zh)
    assert "统计范围：城关镇（含下级单位）" in text_of(tmp_path / "m.pdf")
    reports.export_ledger_completeness_pdf(2025, 2, tmp_path / "c.pdf", translate=translate_zh)
    text = text_of(tmp_path / "c.pdf")
    assert "统计范围：城关镇（含下级单位）" in text
    assert "全县" not in text
    assert "1. Summary: units ranked by completeness" in text
    with pdfplumber.open(tmp_path / "c.pdf") as pdf:
        lines = (pdf.pages[0].extract_text() or "").splitlines()
    assert any(line.startswith("Total ") for line in lines), lines


def test_a_period_not_ended_says_up_to_when(office: tuple[Services, Office],
                                            tmp_path: Path) -> None:
    services, _ = office
    services.state.clock = lambda: dt.datetime(2025, 4, 15, 12, 0)
    reports = services.periodic_reports
    reports.export_monthly_pdf(2025, 4, tmp_path / "m.pdf")
    assert "(figures up to 2025年4月15日)" in text_of(tmp_path / "m.pdf").replace("\n", " ")
    reports.export_ledger_completeness_pdf(2025, 2, tmp_path / "c.pdf")
    assert "(figures up to 2025年4月15日)" in text_of(tmp_path / "c.pdf").replace("\n", " ")
    reports.export_monthly_pdf(2025, 3, tmp_path / "march.pdf")
    assert "figures up to" not in text_of(tmp_path / "march.pdf").replace("\n", " ")


def test_completeness_pdf_is_landscape_with_the_nine_kinds(
        town: tuple[Services, Office, uuid.UUID], tmp_path: Path) -> None:
    services, _, _ = town
    target = tmp_path / "完整率.pdf"
    services.periodic_reports.export_ledger_completeness_pdf(2025, 2, target,
                                                             translate=translate_zh)
    check_pages(target, (A4[1], A4[0]))
    text = text_of(target)
    assert "2025年第2季度履责纪实完整情况汇总表" in text.replace("\n", "")
    for name in ("城关镇", "欧阳晓燕", "李卫东", "研究部署"):
        assert name in text, name
    # the deputy's row: one kind missing, named in the missing column
    with pdfplumber.open(target) as pdf:
        words = [w["text"] for page in pdf.pages for w in page.extract_words()]
    assert "88.9%" in words and "100.0%" in words and "94.4%" in words
    assert "小计" in text
    check_rendered(target, tmp_path)


def _ruler() -> Any:
    if not RULER.is_file():
        pytest.skip("the shared pdf_ruler.py is not beside the repository")
    spec = importlib.util.spec_from_file_location("pdf_ruler", RULER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_duty_report_pdf_passes_the_gbt9704_ruler(town: tuple[Services, Office, uuid.UUID],
                                                  tmp_path: Path) -> None:
    services, o, _ = town
    one = tmp_path / "述责述廉.pdf"
    pages = services.periodic_reports.export_duty_report(2025, one, "pdf", cadre_id=o.secretary,
                                                         translate=translate_zh)
    check_pages(one, A4)
    text = text_of(one)
    assert "欧阳晓燕同志2025年度述责述廉报告" in text.replace("\n", "")
    for part in ("一、落实责任清单情况", "二、履责纪实（九必记）情况", "三、谈话和会议情况",
                 "县纪委副书记 刘明", "WZ2025-001"):
        assert part in text.replace("\n", ""), part
    ruler = _ruler()
    checks = ruler.measure(str(one), ruler.PROFILES["gbt9704"])
    assert all(ok for _name, ok, _detail in checks), checks
    check_rendered(one, tmp_path)
    # every leader of the unit: each from a new page, numbered from 1
    unit = tmp_path / "城关镇.pdf"
    total = services.periodic_reports.export_duty_report(2025, unit, "pdf", unit_id=o.town,
                                                         translate=translate_zh)
    assert total > pages
    with pdfplumber.open(unit) as pdf:
        firsts = [n for n, page in enumerate(pdf.pages)
                  if "述责述廉报告" in (page.extract_text() or "").replace("\n", "")[:40]]
        assert len(firsts) == 2 and firsts[0] == 0
        second = pdf.pages[firsts[1]].extract_text() or ""
        assert "李卫东" in second and "— 1 —" in second
    checks = ruler.measure(str(unit), ruler.PROFILES["gbt9704"])
    assert all(ok for _name, ok, _detail in checks), checks


def test_duty_report_docx_and_workbook(town: tuple[Services, Office, uuid.UUID],
                                       tmp_path: Path) -> None:
    services, o, _ = town
    target = tmp_path / "述责述廉.docx"
    services.periodic_reports.export_duty_report(2025, target, "docx", unit_id=o.town,
                                                 translate=translate_zh)
    document = docx.Document(str(target))
    titles = [p.text for p in document.paragraphs if p.style is not None
              and p.style.name == "Title"]
    assert titles == ["欧阳晓燕同志2025年度述责述廉报告", "李卫东同志2025年度述责述廉报告"]
    headings = [p.text for p in document.paragraphs if p.style is not None
                and p.style.name == "Heading 1"]
    assert headings[0] == "一、落实责任清单情况" and len(headings) == 2 * 6
    texts = [p.text for p in document.paragraphs]
    assert "(1) 研究部署: 1 entries, such as 4月3日 第二季度事项0." in texts
    assert texts.count("欧阳晓燕") == 1 and texts.count("李卫东") == 1     # the signers
    assert "w:br" in document.element.xml and 'w:type="page"' in document.element.xml
    # A4 with the PDF's GB/T 9704 margins, not python-docx's US Letter
    for section in document.sections:
        assert section.page_width is not None and section.page_height is not None
        assert (section.page_width.mm, section.page_height.mm) == (
            pytest.approx(210, abs=0.2), pytest.approx(297, abs=0.2))
        margins = (section.top_margin, section.bottom_margin, section.left_margin,
                   section.right_margin)
        assert [m.mm if m is not None else None for m in margins] == [
            pytest.approx(37, abs=0.1), pytest.approx(35, abs=0.1), pytest.approx(28, abs=0.1),
            pytest.approx(26, abs=0.1)]
    one = tmp_path / "一人.docx"
    services.periodic_reports.export_duty_report(2025, one, "docx", cadre_id=o.secretary)
    section = docx.Document(str(one)).sections[0]
    assert section.page_width is not None and section.page_width.mm == pytest.approx(210,
                                                                                     abs=0.2)

    book = tmp_path / "述责述廉.xlsx"
    rows = services.periodic_reports.export_duty_report(2025, book, "xlsx",
                                                        cadre_id=o.secretary,
                                                        translate=translate_zh)
    sheet = load_workbook(book).worksheets[0]
    facts = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(facts) == rows
    first = ("欧阳晓燕", "履责纪实（九必记）情况", dt.datetime(2025, 4, 3),
             "研究部署：第二季度事项0")
    assert first in facts
