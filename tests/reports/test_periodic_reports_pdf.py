"""The periodic reports' files read back: PDFs (page size, embedded fonts, Chinese text,
the GB/T 9704 ruler for the duty report, a rendered page that is not blank), workbooks
(numbers as numbers) and the duty report's .docx."""

from __future__ import annotations

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

from tests.document_fixtures import Office
from zeren_desktop.domain.enums import LedgerCategory, Rank, TeamRole
from zeren_desktop.domain.ledger import LedgerEntryInput
from zeren_desktop.domain.records import CadreInput, MembershipInput, PostInput
from zeren_desktop.services.app import Services

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
    assert [c.value for c in sheet[1]] == ["Section", "Item", "本月", "本年累计"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    persons = next(r for r in rows if r[1] == "问责人数")
    assert persons[2:] == (1, 1) and all(isinstance(v, int) for v in persons[2:])
    numbers = [v for r in rows if r and r[0] and len(r) > 3 for v in r[2:4] if v is not None]
    assert numbers and all(isinstance(v, int | float) for v in numbers)
    assert any(r[0] == "2025年4月问责工作统计表" for r in rows)


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
