"""Official documents on GB/T 9704 pages, read back with pdfplumber and pypdf and measured
against the standard (REFERENCE.md §5) in millimetres."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from zeren_desktop.domain.documents import (
    Block,
    BlockKind,
    DocumentContent,
    DocumentKind,
    format_document_date,
    format_document_number,
)
from zeren_desktop.reports.fonts import DocumentFonts, FontRole, document_fonts
from zeren_desktop.reports.official_document import build_official_document
from zeren_desktop.reports.textflow import NO_LINE_END, NO_LINE_START

MM = 72 / 25.4
LEFT, TOP, RIGHT, BOTTOM = 28.0, 37.0, 184.0, 262.0     # the type area, mm from top left
PITCH = 225 / 22                                         # mm per body line
BODY_PT = 15.75
TOL = 1.0
P, PLAIN, H1, H2 = BlockKind.PARAGRAPH, BlockKind.PLAIN, BlockKind.HEADING1, BlockKind.HEADING2
CODE = "QS7K-4M2P-9XDA"
# Common characters (no punctuation), to fill lines exactly.
HAN = "责任落实监督检查党风廉政建设主体纪律委员会乡镇干部问题线索台账清单考核谈话"


def han(count: int) -> str:
    return (HAN * (count // len(HAN) + 1))[:count]


PARAGRAPHS = (
    "2024年至2025年，李明华同志对分管领域的党风廉政建设工作重部署、轻落实，未按规定与镇"
    "财政所、农业服务中心负责人开展廉政谈话，对群众反映的补贴发放不公开、不透明等苗头性"
    "问题未及时督促整改。",
    "2025年3月，镇农业服务中心在耕地地力保护补贴发放中虚报面积，违规多发补贴资金12.6万元。"
    "李明华同志作为分管领导，审核把关不严，未组织检查考核，造成不良影响。",
)


@pytest.fixture(scope="module")
def fonts() -> DocumentFonts:
    """Only the bundled font: the same layout on every computer."""
    return document_fonts(folders=[])


def decision(**changes: Any) -> DocumentContent:
    blocks: list[Block] = [
        Block(P, "李明华，男，汉族，1978年6月出生，中共党员，2019年8月至2025年12月任城关镇"
                 "党委副书记、镇长，分管财政、农业农村工作；现任青山县农业农村局副局长。")]
    for number in range(1, 4):
        blocks += [Block(H1, f"{'一二三'[number - 1]}、主要问题"),
                   Block(H2, "（一）落实分管范围内党风廉政建设责任不力。"),
                   *(Block(P, text) for text in PARAGRAPHS * 2)]
    content = DocumentContent(
        kind=DocumentKind.DECISION, title="中共青山县纪律检查委员会关于对李明华同志进行问责的决定",
        blocks=tuple(blocks), issuer_mark="中共青山县纪律检查委员会文件",
        number=format_document_number("青纪发", 2026, 7), copy_number="000008",
        secrecy="秘密★1年", addressee="中共青山县城关镇委员会",
        signer="中共青山县纪律检查委员会", date=dt.date(2026, 3, 12),
        copies_to=("县委组织部", "县农业农村局", "李明华同志"),
        printed_by="中共青山县纪律检查委员会办公室", printed_on=dt.date(2026, 3, 12),
        attachments=("李明华同志问责案件调查报告", "李明华同志陈述申辩材料"),
        verification_code=CODE)
    return dataclasses.replace(content, **changes)


def plain(text: str, **changes: Any) -> DocumentContent:
    content = DocumentContent(kind=DocumentKind.NOTICE, title="", blocks=(Block(PLAIN, text),))
    return dataclasses.replace(content, **changes)


def build(tmp_path: Path, content: DocumentContent, fonts: DocumentFonts,
          name: str = "doc.pdf") -> Path:
    target = tmp_path / name
    pages = build_official_document(target, content, fonts)
    with pdfplumber.open(target) as pdf:
        assert pages == len(pdf.pages)
    return target


def text_lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Characters grouped into lines by their top edge (within 2 pt), left to right."""
    rows: list[list[dict[str, Any]]] = []
    for char in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if rows and abs(rows[-1][0]["top"] - char["top"]) <= 2:
            rows[-1].append(char)
        else:
            rows.append([char])
    return [sorted(row, key=lambda c: c["x0"]) for row in rows]


def line_text(row: list[dict[str, Any]]) -> str:
    return "".join(c["text"] for c in row)


def mm(value: float) -> float:
    return value / MM


def is_page_number(row: list[dict[str, Any]]) -> bool:
    text = line_text(row).replace(" ", "")
    return text.startswith("—") and text.endswith("—") and text[1:-1].isdigit()


def is_footer(row: list[dict[str, Any]]) -> bool:
    return all(c["size"] <= 10.5 and mm(c["top"]) > BOTTOM for c in row)


def body_rows(page: Any) -> list[list[dict[str, Any]]]:
    return [row for row in text_lines(page.chars)
            if not is_page_number(row) and not is_footer(row)]


@pytest.fixture(scope="module")
def decision_pdf(tmp_path_factory: pytest.TempPathFactory,
                 fonts: DocumentFonts) -> Iterator[Any]:
    target = build(tmp_path_factory.mktemp("decision"), decision(), fonts)
    with pdfplumber.open(target) as pdf:
        yield pdf


def test_pages_are_a4_and_text_stays_in_the_type_area(decision_pdf: Any) -> None:
    pages = decision_pdf.pages
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert (round(mm(page.width)), round(mm(page.height))) == (210, 297)
        for row in text_lines(page.chars):
            if is_page_number(row) or is_footer(row):
                continue
            for char in row:
                where = (number, line_text(row))
                assert mm(char["x0"]) >= LEFT - TOL and mm(char["x1"]) <= RIGHT + TOL, where
                assert mm(char["top"]) >= TOP - TOL and mm(char["bottom"]) <= BOTTOM + TOL, where
    # page 2 has no header: its body starts at the top margin and the binding margin
    rows = body_rows(pages[1])
    assert abs(mm(min(c["top"] for c in rows[0])) - TOP) <= TOL
    assert abs(mm(min(c["x0"] for row in rows for c in row)) - LEFT) <= TOL
    assert abs(max(c["size"] for c in rows[1]) - BODY_PT) < 0.01


def test_page_numbers_alternate_sides(decision_pdf: Any) -> None:
    one_char = 14 / MM                      # 四号: one character in from the edge
    for number, page in enumerate(decision_pdf.pages, start=1):
        (row,) = [row for row in text_lines(page.chars) if is_page_number(row)]
        assert line_text(row) == f"— {number} —"
        assert abs(mm(row[0]["top"]) - (BOTTOM + 7)) <= TOL
        assert all(c["size"] == 14 for c in row)
        if number % 2:
            assert abs(mm(row[-1]["x1"]) - (RIGHT - one_char)) <= TOL
        else:
            assert abs(mm(row[0]["x0"]) - (LEFT + one_char)) <= TOL


def test_fonts_are_embedded(decision_pdf: Any) -> None:
    reader = PdfReader(decision_pdf.stream)
    seen = 0
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
            seen += 1
    assert seen


def test_red_header_number_and_rule(decision_pdf: Any) -> None:
    page = decision_pdf.pages[0]
    rows = text_lines(page.chars)
    copy_number, secrecy = rows[0], rows[1]
    assert line_text(copy_number) == "000008" and line_text(secrecy) == "秘密★1年"
    assert abs(mm(copy_number[0]["top"]) - TOP) <= TOL
    assert abs(mm(secrecy[0]["top"]) - (TOP + PITCH)) <= TOL
    assert abs(mm(copy_number[0]["x0"]) - LEFT) <= TOL
    mark = next(row for row in rows if line_text(row) == "中共青山县纪律检查委员会文件")
    assert abs(mm(min(c["top"] for c in mark)) - (TOP + 35)) <= TOL
    assert all(tuple(c["non_stroking_color"]) == (0, 1, 1, 0) for c in mark)
    assert mm(mark[0]["x0"]) >= LEFT - TOL and mm(mark[-1]["x1"]) <= RIGHT + TOL
    number = next(row for row in rows if line_text(row) == "青纪发〔2026〕7号")
    # two blank lines below the mark, centred
    assert abs(mm(number[0]["top"] - max(c["bottom"] for c in mark)) - 2 * PITCH) <= TOL
    assert abs(mm(number[0]["x0"] + number[-1]["x1"]) / 2 - (LEFT + RIGHT) / 2) <= TOL
    red = [line for line in page.lines if tuple(line["stroking_color"]) == (0, 1, 1, 0)]
    (rule,) = red
    assert abs(mm(rule["top"]) - (mm(max(c["bottom"] for c in number)) + 4)) <= 0.5
    assert abs(mm(rule["x0"]) - LEFT) < 0.1 and abs(mm(rule["x1"]) - RIGHT) < 0.1
    title = [c for c in page.chars if c["size"] == 22]
    assert "".join(c["text"] for c in title) == decision().title


def test_signature_date_attachments_and_colophon(decision_pdf: Any) -> None:
    page = decision_pdf.pages[-1]
    rows = body_rows(page)
    texts = [line_text(row) for row in rows]
    date = rows[texts.index("2026年3月12日")]
    signer = rows[texts.index("中共青山县纪律检查委员会")]
    assert abs(mm(date[-1]["x1"]) - (RIGHT - 4 * BODY_PT / MM)) <= TOL   # 右空四字
    centre = (date[0]["x0"] + date[-1]["x1"]) / 2
    assert abs(mm((signer[0]["x0"] + signer[-1]["x1"]) / 2 - centre)) <= TOL
    assert abs(mm(date[0]["top"] - signer[0]["top"]) - PITCH) <= 0.2
    # attachments: two characters in; a second one lines up with the first one's number
    first = rows[texts.index("附件：1.李明华同志问责案件调查报告")]
    second = rows[texts.index("2.李明华同志陈述申辩材料")]
    assert abs(mm(first[0]["x0"]) - (LEFT + 2 * BODY_PT / MM)) <= 0.2
    assert abs(second[0]["x0"] - first[3]["x0"]) <= 0.2
    # the colophon: 4号, on the last page, between rules; the last rule on the area's foot
    assert "抄送：县委组织部，县农业农村局，李明华同志。" in texts
    printed = rows[texts.index("中共青山县纪律检查委员会办公室2026年3月12日印发")]
    assert all(c["size"] == 14 for c in printed)
    assert abs(mm(printed[-1]["x1"]) - (RIGHT - 14 / MM)) <= 0.2
    rules = sorted((line for line in page.lines if line["x0"] < line["x1"]),
                   key=lambda line: line["top"])
    assert [round(mm(line["linewidth"]), 2) for line in rules] == [0.35, 0.25, 0.35]
    assert abs(mm(rules[-1]["bottom"]) - BOTTOM) <= 0.2


def test_verification_code_and_qr_in_the_bottom_margin(decision_pdf: Any) -> None:
    for page in decision_pdf.pages:
        rows = text_lines(page.chars)
        (footer,) = [row for row in rows if is_footer(row)]
        assert line_text(footer) == "验证码：" + CODE
        (number,) = [row for row in rows if is_page_number(row)]
        qr = [rect for rect in page.rects if mm(rect["top"]) > BOTTOM]
        assert len(qr) > 50        # the QR code's modules
        boxes = [(min(r["x0"] for r in qr), min(r["top"] for r in qr),
                  max(r["x1"] for r in qr), max(r["bottom"] for r in qr)),
                 (footer[0]["x0"], footer[0]["top"], footer[-1]["x1"], footer[0]["bottom"])]
        page_box = (number[0]["x0"], number[0]["top"], number[-1]["x1"], number[0]["bottom"])
        for box in boxes:
            assert mm(box[1]) > BOTTOM and mm(box[3]) < 297 - 10
            clear = box[2] < page_box[0] or box[0] > page_box[2] or box[3] < page_box[1] \
                or box[1] > page_box[3]
            assert clear, "the verification footer overlaps the page number"


def test_a_page_holds_22_lines_of_28_characters(tmp_path: Path, fonts: DocumentFonts) -> None:
    target = build(tmp_path, plain(han(616)), fonts)
    with pdfplumber.open(target) as pdf:
        (page,) = pdf.pages
        rows = body_rows(page)
        assert [len(row) for row in rows] == [28] * 22
        for index, row in enumerate(rows):
            assert abs(mm(row[0]["top"]) - (TOP + index * PITCH)) <= 0.2
            assert abs(mm(row[0]["x0"]) - LEFT) <= 0.2
            assert mm(row[-1]["x1"]) <= RIGHT + 0.01
    target = build(tmp_path, plain(han(617)), fonts, "more.pdf")
    with pdfplumber.open(target) as pdf:
        assert [len(body_rows(page)) for page in pdf.pages] == [22, 1]


def test_punctuation_never_hangs_outside_the_type_area(
        tmp_path: Path, fonts: DocumentFonts) -> None:
    # a comma or full stop falls on the 29th place of many lines
    text = "".join(han(27 - n % 3) + "，“" + han(n % 5 + 1) + "”。" for n in range(30))
    target = build(tmp_path, plain(text, blocks=(Block(P, text),)), fonts)
    with pdfplumber.open(target) as pdf:
        rows = [row for page in pdf.pages for row in body_rows(page)]
    assert "".join(line_text(row) for row in rows) == text
    for number, row in enumerate(rows):
        assert len(row) <= 28
        assert mm(row[-1]["x1"]) <= RIGHT + 0.01
        assert row[0]["text"] not in NO_LINE_START and row[-1]["text"] not in NO_LINE_END
        if number < len(rows) - 1:      # spread to the full width, but the last line
            assert abs(mm(row[-1]["x1"]) - RIGHT) <= 0.3


def test_same_content_same_bytes(tmp_path: Path, fonts: DocumentFonts) -> None:
    for draft in (False, True):
        content = decision(draft=draft)
        one = build(tmp_path, content, fonts, "one.pdf").read_bytes()
        two = build(tmp_path, content, fonts, "two.pdf").read_bytes()
        assert one == two
    assert build(tmp_path, decision(number="青纪发〔2026〕8号"), fonts).read_bytes() != one


def test_the_draft_mark_is_ink_not_text(tmp_path: Path, fonts: DocumentFonts) -> None:
    target = build(tmp_path, plain(han(100), draft=True), fonts)
    final = build(tmp_path, plain(han(100)), fonts, "final.pdf")
    with pdfplumber.open(target) as pdf, pdfplumber.open(final) as clean:
        page = pdf.pages[0]
        assert "草" not in page.extract_text() and "稿" not in page.extract_text()
        assert page.extract_text() == clean.pages[0].extract_text()
        assert len(page.curves) > len(clean.pages[0].curves)


def talk_record(paragraphs: int = 12, rows: int = 0) -> DocumentContent:
    particulars = (("谈话对象", "李明华", "单位职务", "县农业农村局副局长"),
                   ("谈话人", "周海涛", "单位职务", "县纪委副书记"),
                   ("谈话时间", "2026年3月16日", "谈话地点", "县纪委第二谈话室"))
    blocks = [Block(BlockKind.TABLE, rows=particulars, header_rows=0)]
    if rows:
        items = tuple((str(n), "督促分管股室开展惠农资金发放自查", "2026年4月15日")
                      for n in range(1, rows + 1))
        blocks.append(Block(BlockKind.TABLE, rows=(("序号", "事项", "整改时限"), *items)))
    for number in range(paragraphs):
        blocks += [Block(H1, f"{number + 1}、谈话内容"), Block(P, PARAGRAPHS[number % 2])]
    return DocumentContent(kind=DocumentKind.TALK_RECORD, title="诫勉谈话记录",
                           blocks=tuple(blocks),
                           page_signature="以上记录我已看过，与我所说一致。谈话对象签名：")


def test_talk_record_signature_line_on_every_page_and_tables_inside(
        tmp_path: Path, fonts: DocumentFonts) -> None:
    target = build(tmp_path, talk_record(rows=30), fonts)
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) >= 3
        for page in pdf.pages:
            rows = body_rows(page)
            assert line_text(rows[-1]) == "以上记录我已看过，与我所说一致。谈话对象签名："
            assert abs(mm(rows[-1][0]["top"]) - (TOP + 21 * PITCH)) <= 0.2
            # one blank line between the text and the signature line
            assert mm(rows[-1][0]["top"] - rows[-2][0]["top"]) >= 2 * PITCH - 0.2
            # a heading is never the last line of a page's text
            assert not line_text(rows[-2]).endswith("谈话内容")
            for edge in page.lines + page.rects:
                assert mm(edge["x0"]) >= LEFT - 0.2 and mm(edge["x1"]) <= RIGHT + 0.2
                if mm(edge["top"]) < BOTTOM:      # the QR code is drawn below the area
                    assert mm(edge["top"]) >= TOP - 0.2 and mm(edge["bottom"]) <= BOTTOM
        # the long table's header row is repeated on the page it continues on
        pages_with_header = [page for page in pdf.pages
                             if any(line_text(row).startswith("序号")
                                    for row in body_rows(page))]
        assert len(pages_with_header) == 2
    # A table declares its style's font on the canvas: it must be an embedded one.
    for page in PdfReader(target).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "/FontDescriptor" in font and \
                "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_number_and_date_formats() -> None:
    assert format_document_number("团纪发", 2016, 12) == "团纪发〔2016〕12号"
    assert format_document_number("青纪发", 2026, 3) == "青纪发〔2026〕3号"
    with pytest.raises(ValueError):
        format_document_number("青纪发", 2026, 0)
    assert format_document_date(dt.date(2016, 5, 9)) == "2016年5月9日"
    assert format_document_date(dt.date(2026, 11, 30)) == "2026年11月30日"


RARE_NAMES = "王䶮、张𠮷、李堃、赵喆、孙玥"


def test_rare_characters_in_names_are_drawn_by_a_font_that_has_them(
        tmp_path: Path, fonts: DocumentFonts) -> None:
    bundled = fonts.chain(FontRole.FANGSONG)
    assert not bundled.covers("䶮") and not bundled.covers("𠮷")   # the fallback matters
    system = document_fonts()
    chain = system.chain(FontRole.FANGSONG)
    if not (chain.covers("䶮") and chain.covers("𠮷")):
        pytest.skip("no rare-character font (tasks.py installs fonts-hanazono)")
    target = build(tmp_path, plain("经查，" + RARE_NAMES + "等人参与。"), system)
    reader = PdfReader(target)
    embedded = {}
    for ref in reader.pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        embedded[str(font["/BaseFont"])[1:]] = "/FontFile2" in font["/FontDescriptor"]
    with pdfplumber.open(target) as pdf:
        chars = pdf.pages[0].chars
        # read back as written: characters beyond the BMP too (ReportLab's ToUnicode fix)
        assert RARE_NAMES in "".join(c["text"] for c in chars)
        for rare in "䶮𠮷堃喆玥":
            (char,) = [c for c in chars if c["text"] == rare]
            face = pdfmetrics.getFont(chain.font_for(rare)).face
            assert char["fontname"].split("+", 1)[1].startswith(face.name.decode())
            assert embedded[char["fontname"]]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_renders_with_the_red_header(tmp_path: Path, fonts: DocumentFonts) -> None:
    from PIL import Image

    target = build(tmp_path, decision(), fonts)
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", "-f", "1", "-l", "1",
                    str(target), str(tmp_path / "page")], check=True, capture_output=True)
    image = Image.open(tmp_path / "page.png").convert("RGB")
    scale = image.width / 210

    def count(top_mm: float, bottom_mm: float, test: Any) -> int:
        box = (0, round(top_mm * scale), image.width, round(bottom_mm * scale))
        data = image.crop(box).tobytes()
        return sum(1 for i in range(0, len(data), 3) if test(tuple(data[i:i + 3])))

    def red(p: tuple[int, ...]) -> bool:
        return p[0] > 180 and p[1] < 90 and p[2] < 90

    def ink(p: tuple[int, ...]) -> bool:
        return max(p) < 110

    assert count(TOP + 35, TOP + 55, red) > 200           # the issuer mark
    assert count(TOP + 90, BOTTOM, ink) > 1000            # title and body
    assert count(0, TOP + 30, red) == 0
