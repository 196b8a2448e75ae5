"""The integrity-clearance reply (党风廉政意见回复): GB/T 9704 page, read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from tests.integrity_fixtures import Builder, County
from zeren_desktop import paths
from zeren_desktop.domain.enums import CaseStage
from zeren_desktop.reports.clearance_reply import (
    ClearanceDocument,
    ClearancePerson,
    build_clearance_reply,
)
from zeren_desktop.reports.fonts import register_bundled_font
from zeren_desktop.reports.gbt9704 import AREA_LEFT, AREA_RIGHT
from zeren_desktop.services.app import Services
from zeren_desktop.services.integrity import ClearanceRequest

ZH = {
    "Reply on the Party conduct and integrity of comrade {name} and others":
        "关于{name}等同志党风廉政情况的回复意见",
    "Reply on the Party conduct and integrity of comrade {name}":
        "关于{name}同志党风廉政情况的回复意见",
    "No.": "序号", "Name": "姓名", "Unit and post": "单位及职务",
    "Clues and cases not concluded": "未办结线索和案件",
    "Measures and influence periods": "问责处理和影响期", "Conclusion": "结论",
    "No problems found": "未发现问题",
    "Under an influence period until {date}": "处于影响期至{date}",
    "Problem clues not yet concluded ({n})": "有未办结问题线索（{n}件）",
    "Not in the records of this office; check by hand": "本机关无此人记录，请人工核实",
}


def translate_zh(context: str, text: str) -> str:
    return ZH.get(text, text)


@pytest.fixture(scope="module")
def font() -> str:
    return register_bundled_font(paths.resources_dir())


def person(n: int) -> ClearancePerson:
    return ClearancePerson(f"干部{n:02d}", "某某镇党委副书记、镇长", "无",
                           "2025年3月10日党内警告（青纪问〔2025〕3号）\n党内警告：影响期至2026年3月10日",
                           "处于影响期至2026年3月10日")


def test_long_list_repeats_the_header_and_stays_in_the_type_area(tmp_path: Path,
                                                                 font: str) -> None:
    doc = ClearanceDocument(tuple(person(n) for n in range(1, 31)), dt.date(2025, 12, 1),
                            "中共青山县纪律检查委员会", dt.date(2025, 12, 3),
                            addressee="中共青山县委组织部")
    target = tmp_path / "reply.pdf"
    pages = build_clearance_reply(target, doc, font, translate=translate_zh)
    reader = PdfReader(target)
    texts = ["".join(page.extract_text().split()) for page in reader.pages]
    assert pages == len(texts) >= 3
    assert "关于干部01等同志党风廉政情况的回复意见" in texts[0]
    assert "中共青山县委组织部" in texts[0]
    for n, page_text in enumerate(texts, start=1):
        assert "序号" in page_text and "结论" in page_text     # the header on every page
        assert f"—{n}—" in page_text
    everything = "\n".join(texts)
    for n in range(1, 31):
        assert f"干部{n:02d}" in everything
    assert "中共青山县纪律检查委员会" in texts[-1] and "2025年12月3日" in texts[-1]
    data = target.read_bytes()
    assert b"Helvetica" not in data and b"FontFile2" in data    # the TrueType font embedded
    with pdfplumber.open(target) as pdf:
        for page in pdf.pages:
            assert (page.width, page.height) == pytest.approx((595.28, 841.89), abs=0.5)
            body = [c for c in page.chars if c["top"] < 297 * mm - 30 * mm]
            assert min(c["x0"] for c in body) >= AREA_LEFT - 1
            assert max(c["x1"] for c in body) <= AREA_RIGHT + 1
    # Deterministic: the same input gives the same bytes.
    again = tmp_path / "again.pdf"
    build_clearance_reply(again, doc, font, translate=translate_zh)
    assert again.read_bytes() == data


def test_reply_of_the_services_read_back(tmp_path: Path, services: Services) -> None:
    county = County(services)
    builder = Builder(services)
    case = builder.case("青纪问〔2025〕3号", decision_date=dt.date(2025, 3, 10),
                        stage=CaseStage.EXECUTED, unit_id=county.town)
    subject = builder.subject(case, county.zhang, ["party_warning"], unit_id=county.town)
    builder.period(case, subject, county.zhang, "party_warning", 12, dt.date(2025, 3, 10),
                   dt.date(2026, 3, 10))
    target = tmp_path / "回复意见.pdf"
    pages = services.integrity.clearance_pdf(target, [
        ClearanceRequest("张建国", county.zhang_id_number, "河口镇", "镇长"),
        ClearanceRequest("王伟", "", "城关镇", "副镇长"),
        ClearanceRequest("赵六", "", "河口镇", "站长")], dt.date(2026, 1, 5),
        issued_on=dt.date(2026, 1, 6), translate=translate_zh)
    assert pages == 1
    text = "".join(PdfReader(target).pages[0].extract_text().split())
    assert "关于张建国等同志党风廉政情况的回复意见" in text
    assert "处于影响期至2026年3月10日" in text
    assert "未发现问题" in text and "本机关无此人记录" in text
    assert "2026年1月6日" in text
    assert not list(tmp_path.glob(".*"))   # no temporary file left behind
