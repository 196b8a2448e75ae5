"""The ledger book PDF (履责纪实簿): built from plain data, read back, measured."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from zeren_desktop import paths
from zeren_desktop.reports import ledger_book
from zeren_desktop.reports.book_data import (
    BookEntry,
    BookInspection,
    BookListItem,
    LedgerBook,
)
from zeren_desktop.reports.fonts import register_bundled_font
from zeren_desktop.reports.ledger_book import (
    BuildCancelled,
    build_ledger_books,
    chinese_date,
)
from zeren_desktop.reports.textflow import NO_LINE_END, NO_LINE_START, break_lines

A4_POINTS = (595.2756, 841.8898)
ZH = {
    "Page {n} of {total}": "第 {n} 页 共 {total} 页",
    "This book has {n} pages.": "本簿共 {n} 页。",
    "Content and measures": "内容及措施",
    "Record of duties performed": "履责纪实记录",
    "{year} duty ledger book · {name}": "{year}年度领导干部履责纪实簿 · {name}",
}
CONTENT = ("召开党委会专题研究党风廉政建设工作，传达学习上级会议精神；针对村级财务报账不规范问题，"
           "当场提出整改要求，明确由镇财政所牵头于十五日内完成整改。")


def translate_zh(context: str, text: str) -> str:
    return ZH.get(text, text)


@pytest.fixture(scope="module")
def font() -> str:
    return register_bundled_font(paths.resources_dir())


def make_book(name: str = "魏某", entries: int = 6, *, blank: bool = False,
              content: str = CONTENT, **changes: object) -> LedgerBook:
    items = tuple(BookListItem(n, "一、加强组织领导" if n < 3 else "二、强化教育监督",
                               f"第{n}项责任：每季度至少专题研究一次党风廉政建设工作。",
                               ("已完成", "推进中", "", "") if not blank else ("", "", "", ""))
                  for n in range(1, 5))
    book = LedgerBook(
        year=2026, cadre_name=name, unit_name="中共某某县某某镇委员会", title="党委副书记",
        portfolio="分管财政、审计", book_number="LZ-2026-001", issuer="中共某某县纪律检查委员会",
        list_title="2026年度党风廉政建设主体责任清单", list_signed_on=dt.date(2026, 1, 10),
        list_signed_by=name, items=items,
        entries=tuple(BookEntry(n, dt.date(2026, 3, 1) + dt.timedelta(days=n - 1), "研究部署",
                                f"事项{n}号", "会议室", "张三丰、李四", content, "1、2",
                                f"Z-{n:03d}", "", False)
                      for n in range(1, entries + 1)),
        inspections=(BookInspection(dt.date(2026, 4, 18), "台账检查", "刘某", "记录不及时。",
                                    "补齐佐证材料。", dt.date(2026, 5, 10), "已整改",
                                    dt.date(2026, 5, 8)),),
        self_report="一年来，本人认真履行“一岗双责”。", assessment_result="好", blank=blank)
    return dataclasses.replace(book, **changes)  # type: ignore[arg-type]


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def column_text(path: Path, column: int, pages: list[int] | None = None) -> list[str]:
    """Text lines inside one column of the entry table, page by page, header excluded."""
    left = ledger_book.LEFT_MARGIN + sum(ledger_book.ENTRY_COLUMNS_MM[:column]) * mm
    right = left + ledger_book.ENTRY_COLUMNS_MM[column] * mm
    lines: list[str] = []
    with pdfplumber.open(path) as pdf:
        for index, page in enumerate(pdf.pages):
            if pages is not None and index not in pages:
                continue
            marks = [c["bottom"] for c in page.chars if c["text"] == "措"]
            if not marks:
                continue                    # not an entry page
            top = min(marks) + 14
            foot = page.height - ledger_book.BOTTOM_MARGIN
            chars = [c for c in page.chars
                     if top < c["top"] and c["bottom"] < foot and left <= c["x0"] < right]
            for row in _rows(chars):
                lines.append("".join(c["text"] for c in row))
    return lines


def _rows(chars: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    rows: list[list[dict[str, object]]] = []
    for char in sorted(chars, key=lambda c: (round(float(c["top"])), float(c["x0"]))):
        if rows and abs(float(rows[-1][0]["top"]) - float(char["top"])) <= 2:
            rows[-1].append(char)
        else:
            rows.append([char])
    return rows


def test_entries_fonts_paper_and_binding_margin(tmp_path: Path, font: str) -> None:
    target = tmp_path / "book.pdf"
    pages = build_ledger_books(target, [make_book()], font, translate=translate_zh)
    reader = PdfReader(target)
    assert pages == len(reader.pages) >= 7
    text = "\n".join(page_texts(target))
    for n in range(1, 7):
        assert f"事项{n}号" in text and f"Z-{n:03d}" in text and f"3月{n}日" in text
    assert "魏某" in text and "张三丰" in text and "2026年1月10日" in text
    assert "".join(column_text(target, 6)) == CONTENT * 6

    data = target.read_bytes()
    assert b"Helvetica" not in data
    fonts = set()
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width, height) == pytest.approx(A4_POINTS, abs=0.5)
        for ref in page["/Resources"]["/Font"].values():
            obj = ref.get_object()
            descriptor = obj["/FontDescriptor"].get_object()
            fonts.add((str(obj["/BaseFont"]), "/FontFile2" in descriptor))
    assert fonts and all(embedded for _, embedded in fonts), fonts

    with pdfplumber.open(target) as pdf:
        for page in pdf.pages:
            x0 = min(c["x0"] for c in page.chars)
            x1 = max(c["x1"] for c in page.chars)
            edges = [e["x0"] for e in page.lines] + [e["x1"] for e in page.lines]
            if edges:
                x0, x1 = min(x0, *edges), max(x1, *edges)
            left, right = x0 / mm, (page.width - x1) / mm
            assert left >= 27.5 and right >= 19.5, (page.page_number, left, right)
            assert left > right


def test_page_totals_per_book_with_two_books_in_one_file(tmp_path: Path, font: str) -> None:
    target = tmp_path / "two.pdf"
    books = [make_book("魏某", 30), make_book("张三丰", 12)]   # 11 pages, then 8
    pages = build_ledger_books(target, books, font, translate=translate_zh)
    texts = page_texts(target)
    assert pages == len(texts) == 11 + 1 + 8
    assert texts[11].strip() == ""     # a blank verso, so that the next book starts on a recto
    for book in books:
        mine = [i for i, t in enumerate(texts)
                if f"领导干部履责纪实簿 · {book.cadre_name}" in t]
        cover = mine[0] - 1            # the cover has no running head
        numbered = [cover, *mine]
        total = len(numbered)
        assert numbered == list(range(cover, cover + total))
        assert book.cadre_name in texts[cover] and "本簿共" in texts[cover]
        for number, index in enumerate(numbered, start=1):
            assert f"— {number} —" in texts[index]
            if index != cover:
                assert f"第 {number} 页 共 {total} 页" in texts[index]
        assert f"本簿共 {total} 页。" in texts[cover]
        assert f"本簿共 {total} 页。" in texts[numbered[-1]]
        assert cover % 2 == 0          # every book starts on a recto (odd) page
    # no "共 N 页" anywhere that is not a real book length
    totals = {int(n) for n in re.findall(r"共 (\d+) 页", "\n".join(texts))}
    assert len(totals) == 2


def test_blank_book_has_ruled_rows_and_no_entries(tmp_path: Path, font: str) -> None:
    target = tmp_path / "blank.pdf"
    book = make_book("张三丰", 5, blank=True, blank_entry_rows=30)
    build_ledger_books(target, [book], font, translate=translate_zh)
    text = "\n".join(page_texts(target))
    assert "事项1号" not in text and CONTENT[:10] not in text
    assert "张三丰" in text and "履责纪实记录" in text
    rows = 0
    with pdfplumber.open(target) as pdf:
        for page in pdf.pages:
            if "内容及措施" not in (page.extract_text() or ""):
                continue
            header_bottom = min(c["bottom"] for c in page.chars if c["text"] == "容")
            assert not [c for c in page.chars if c["top"] > header_bottom + 8
                        and c["bottom"] < page.height - 30 * mm]   # nothing but rules
            full = page.width * 0.7
            ys = {round(e["top"], 1) for e in page.lines
                  if e["x1"] - e["x0"] > full and e["top"] > header_bottom}
            heights = sorted(ys)
            gaps = [b - a for a, b in itertools.pairwise(heights)]
            assert gaps == pytest.approx([ledger_book.BLANK_ENTRY_ROW] * len(gaps), abs=0.3)
            rows += len(heights) - 1
    assert rows == 30


def test_very_long_content_is_cut_across_pages(tmp_path: Path, font: str) -> None:
    long_text = ("纪律是党的生命线，必须严字当头；对发现的问题，立行立改、举一反三。" * 160)[:5000]
    target = tmp_path / "long.pdf"
    book = make_book(entries=3, content=CONTENT)
    entries = (book.entries[0], dataclasses.replace(book.entries[1], content=long_text),
               book.entries[2])
    pages = build_ledger_books(target, [dataclasses.replace(book, entries=entries)], font,
                               translate=translate_zh)
    assert pages >= 10
    lines = column_text(target, 6)
    assert "".join(lines) == CONTENT + long_text + CONTENT
    assert not [line for line in lines if line[0] in NO_LINE_START]
    # the entry number is repeated on every part of the cut row
    assert column_text(target, 0).count("2") >= 5


def test_punctuation_stays_inside_the_cells(tmp_path: Path, font: str) -> None:
    target = tmp_path / "punct.pdf"
    content = "一二三四五六七八九，" * 20 + "“加强”（监督）。" * 10
    build_ledger_books(target, [make_book(entries=2, content=content)], font)
    left = ledger_book.LEFT_MARGIN + sum(ledger_book.ENTRY_COLUMNS_MM[:6]) * mm
    right = left + ledger_book.ENTRY_COLUMNS_MM[6] * mm
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[3]                 # cover, instructions, list, entries
        assert "Content and measures" in page.extract_text()
        chars = [c for c in page.chars if left <= c["x0"] < right and c["top"] > 120]
        assert chars
        assert max(c["x1"] for c in chars) <= right - 1.0
        for row in _rows(chars):
            assert row[0]["text"] not in NO_LINE_START
            assert row[-1]["text"] not in "“（"


def test_cancel_from_the_progress_callback(tmp_path: Path, font: str) -> None:
    target = tmp_path / "cancelled.pdf"
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(BuildCancelled):
        build_ledger_books(target, [make_book(entries=200)], font, progress=progress)
    assert len(calls) == 3 and not target.exists()

    calls.clear()
    build_ledger_books(target, [make_book(entries=80), make_book("张三丰", entries=3)], font,
                       progress=lambda done, total: calls.append((done, total)) is None)
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1] and len(calls) > 4


def test_same_input_same_bytes(tmp_path: Path, font: str) -> None:
    books = [make_book(), make_book("张三丰", blank=True, blank_entry_rows=12)]
    build_ledger_books(tmp_path / "a.pdf", books, font)
    build_ledger_books(tmp_path / "b.pdf", books, font)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_entry_page_renders(tmp_path: Path, font: str) -> None:
    target = tmp_path / "r.pdf"
    build_ledger_books(target, [make_book()], font, translate=translate_zh)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "4", "-l", "4", str(target),
                    str(tmp_path / "page")], check=True, capture_output=True)
    (png,) = tmp_path.glob("page*.png")
    assert png.stat().st_size > 10_000


def test_line_breaking_rules() -> None:
    font = register_bundled_font(paths.resources_dir())
    text = "针对发现的问题，当场提出整改要求；“三资”管理（试行）。编号ZZ-2026-006、照片3张。"
    for width in (40, 55, 80, 100, 130):
        lines = break_lines(text, font, 9, width)
        assert "".join(line.text for line in lines) == text
        for line in lines:
            assert line.width <= width + 1e-6
            assert line.text[0] not in NO_LINE_START
            assert line.text[-1] not in NO_LINE_END
    assert [line.text for line in break_lines("ZZ-2026-006", font, 9, 30)] == \
        ["ZZ-", "2026-", "006"]
    assert chinese_date(dt.date(2026, 3, 5)) == "2026年3月5日"


def test_labels_are_marked_in_the_ledger_book_context(tmp_path: Path, font: str) -> None:
    source = Path(ledger_book.__file__).read_text("utf-8")
    marked = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (arg.value for arg in node.args)  # type: ignore[attr-defined]
            assert context == "LedgerBook"
            marked.add(text)
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return text

    build_ledger_books(tmp_path / "t.pdf", [make_book(entries=1, list_title="")], font,
                       translate=translate)
    assert {c for c, _ in asked} <= {"LedgerBook", "Message", "LedgerCategory", "ItemStatus"}
    assert {t for c, t in asked if c == "LedgerBook"} == marked


def test_the_list_signature_never_stands_alone(tmp_path: Path, font: str) -> None:
    # Lists long enough that, for some length, the items end at the foot of a page.
    for count in range(14, 34):
        items = tuple(BookListItem(n, "一、加强组织领导" if n < count - 1 else "二、强化教育监督",
                                   f"第{n}项责任：每季度至少专题研究一次党风廉政建设工作，"
                                   "及时传达学习上级部署要求。", ("", "", "", ""))
                      for n in range(1, count + 1))
        target = tmp_path / f"book{count}.pdf"
        build_ledger_books(target, [make_book(entries=0, items=items)], font)
        page = next(t for t in page_texts(target) if "Holder's signature" in t)
        assert f"第{count}项责任" in page.replace("\n", ""), count
