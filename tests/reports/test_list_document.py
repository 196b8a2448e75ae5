"""The responsibility list to sign (责任书): GB/T 9704 page, read back and measured."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from zeren_desktop import paths
from zeren_desktop.reports.book_data import BookListItem, ListDocument
from zeren_desktop.reports.fonts import register_bundled_font
from zeren_desktop.reports.list_document import build_list_documents
from zeren_desktop.reports.textflow import NO_LINE_START

ZH = {
    "Holder (signature): {name}": "责任人（签字）：{name}",
    "Issuing body (seal): {issuer}": "发放单位（盖章）：{issuer}",
    "Date: {date}": "日期：{date}",
    "______ (year) ____ (month) ____ (day)": "　　　　年　　月　　日",
    "Holder:": "责任人：",
    "No. {number}": "编号：{number}",
}


def translate_zh(context: str, text: str) -> str:
    assert context == "ListDocument"
    return ZH.get(text, text)


@pytest.fixture(scope="module")
def font() -> str:
    return register_bundled_font(paths.resources_dir())


def make_document(holder: str = "魏某", items: int = 8, **changes: object) -> ListDocument:
    document = ListDocument(
        year=2026, title="2026年度党风廉政建设主体责任清单", holder=holder,
        unit_name="中共某某县某某镇委员会", holder_title="党委副书记、镇长",
        portfolio="负责政府全面工作，分管财政、审计、农村“三资”管理",
        role_label="班子其他成员（分管范围内）", issuer="中共某某县某某镇委员会",
        number="ZR-2026-008",
        items=tuple(BookListItem(n, f"{'一二三四五'[(n - 1) // 4]}、强化监督",
                                 f"第{n}项：督促分管部门和联系村落实“一岗双责”，每半年听取一次履责"
                                 "情况汇报，发现问题及时提醒纠正，确保责任落到实处。")
                    for n in range(1, items + 1)),
        issued_on=dt.date(2026, 1, 6), signed_on=dt.date(2026, 1, 10), signed_by=holder)
    return dataclasses.replace(document, **changes)  # type: ignore[arg-type]


def test_two_lists_each_from_a_new_page(tmp_path: Path, font: str) -> None:
    target = tmp_path / "lists.pdf"
    docs = [make_document("魏某"),
            make_document("张三丰", items=3, signed_on=None, signed_by="", number="")]
    pages = build_list_documents(target, docs, font, translate=translate_zh)
    reader = PdfReader(target)
    texts = [page.extract_text() for page in reader.pages]
    assert pages == len(texts) >= 3
    starts = [i for i, t in enumerate(texts) if "2026年度党风廉政建设主体责任清单" in t]
    assert len(starts) == 2 and starts[0] == 0
    assert "— 1 —" in texts[starts[1]] and f"— {starts[1]} —" in texts[starts[1] - 1]
    first, second = "\n".join(texts[:starts[1]]), "\n".join(texts[starts[1]:])
    assert "编号：ZR-2026-008" in first and "编号" not in second
    assert "魏某" in first and "张三丰" in second and "张三丰" not in first
    assert "责任人（签字）：魏某" in first and "日期：2026年1月10日" in first
    assert "日期：2026年1月6日" in first and "日期：2026年1月6日" in second
    assert "年　　月　　日" in second.replace(" ", "　") or "年 月 日" in second
    for n in range(1, 9):
        assert f"第{n}项" in first
    data = target.read_bytes()
    assert b"Helvetica" not in data
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (595.28, 841.89), abs=0.5)
        for ref in page["/Resources"]["/Font"].values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()


def test_gbt9704_type_area_and_lines(tmp_path: Path, font: str) -> None:
    target = tmp_path / "one.pdf"
    build_list_documents(target, [make_document(items=14)], font, translate=translate_zh)
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) >= 2
        for number, page in enumerate(pdf.pages, start=1):
            body = [c for c in page.chars if c["top"] / mm < 264]
            numbers = [c for c in page.chars if c["top"] / mm >= 264]
            assert min(c["x0"] for c in body) / mm >= 27.5
            assert max(c["x1"] for c in body) / mm <= 184.5
            assert min(c["top"] for c in body) / mm >= 36
            assert max(c["bottom"] for c in body) / mm <= 263
            # page number 7 mm below the type area, odd pages right, even pages left
            assert numbers and min(c["top"] for c in numbers) / mm >= 262 + 5
            centre = (min(c["x0"] for c in numbers) + max(c["x1"] for c in numbers)) / 2
            assert (centre > page.width / 2) == (number % 2 == 1)
            rows: dict[int, list[str]] = {}
            for c in sorted(body, key=lambda c: c["x0"]):
                rows.setdefault(round(c["top"]), []).append(c["text"])
            assert len(rows) <= 22
            for line in rows.values():
                cjk = sum(1 for ch in line if "\u3000" <= ch <= "\u9fff" or ch >= "\uff00")
                assert cjk <= 28
                assert line[0] not in NO_LINE_START


def test_same_input_same_bytes(tmp_path: Path, font: str) -> None:
    docs = [make_document(), make_document("张三丰", signed_on=None)]
    build_list_documents(tmp_path / "a.pdf", docs, font)
    build_list_documents(tmp_path / "b.pdf", docs, font)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_first_page_renders(tmp_path: Path, font: str) -> None:
    target = tmp_path / "r.pdf"
    build_list_documents(target, [make_document()], font, translate=translate_zh)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(target),
                    str(tmp_path / "page")], check=True, capture_output=True)
    (png,) = tmp_path.glob("page*.png")
    assert png.stat().st_size > 5_000
