"""量化考核: the score sheet and the ranking (PDF and .xlsx), built from hand-made DTOs scored
with the shipped township sheet and read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm

from zeren_desktop.domain.assessment import (
    AssessmentStatus,
    Indicator,
    IndicatorSheet,
    ItemInput,
    Metric,
    RankEntry,
    RuleKind,
    bottom,
    format_points,
    load_default_sheets,
    rank,
    score_sheet,
)
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.text import Message
from zeren_desktop.reports.assessment_pdf import (
    RankingData,
    ScoreSheetData,
    build_ranking_pdf,
    build_score_sheet,
)
from zeren_desktop.reports.assessment_xlsx import write_ranking_xlsx
from zeren_desktop.reports.fonts import DocumentFonts, document_fonts
from zeren_desktop.services.assessment_dto import (
    AssessmentDetail,
    AutomaticFigure,
    EvidenceRow,
    ManualScore,
    Ranking,
    RankingRow,
    SheetInfo,
)

ROOT = Path(__file__).resolve().parents[2]
A4 = (595.28, 841.89)
LEFT, TOP, RIGHT, BOTTOM = 28.0, 37.0, 184.0, 262.0     # the portrait type area, mm
RED = (0.71, 0.13, 0.13)

ZH = {
    "Unit assessed: {unit}": "被考核单位：{unit}",
    "Assessed by: {office}": "考核单位：{office}",
    "Indicator sheet of {year}, version {version}": "{year}年度考核指标（第{version}版）",
    "Category": "类别",
    "Item": "考核项目",
    "Scoring standard": "评分标准",
    "Points": "分值",
    "Score": "得分",
    "Deductions explained": "扣分说明",
    "(scored from the records)": "（自动计分）",
    "Subtotal": "小计",
    "Base score": "基本分合计",
    "Bonus": "加分",
    "Total": "总分",
    "One-vote veto": "一票否决",
    "Vetoed": "否决",
    "Not triggered": "未触发",
    "Yes: the unit ranks last whatever its score ({items}).": "是（{items}），考核结果确定为末位。",
    "No": "否",
    "Evidence of the items scored from the records": "自动计分项目的记录依据",
    "{code} {name}: {summary}": "{code} {name}：{summary}",
    "{n} more records were checked and did not count.": "另核查记录{n}条，不计分。",
    "Assessor: {name}": "考核人：{name}",
    "Reviewer: {name}": "审核人：{name}",
    "Date: {date}": "日期：{date}",
    "Status: {status}": "状态：{status}",
    "Status: {status} (draft: not final until locked)":
        "状态：{status}（草稿，锁定前不作为最终结果）",
    "Review note: {note}": "审核意见：{note}",
    "{year} quantitative assessment ranking: {kind}":
        "{year}年度{kind}落实党风廉政建设“两个责任”量化考核排名",
    "Rank": "名次",
    "Unit": "单位",
    "Remarks": "备注",
    "Talk (bottom)": "末位约谈",
    "; ": "；",
    "Without a locked result, not ranked: {units}": "未锁定考核结果、未参加排名的单位：{units}",
    ", ": "、",
    "Totals": "总分对比",
    # other contexts
    "Township": "乡镇",
    "Being scored": "评分中",
    "Reviewed": "已审核",
    "Locked": "已锁定",
    "Clue {number}: not concluded": "线索{number}未办结",
    "Tie rule {n}": "排名规则：总分相同的依次比较各类别小计；末{n}位约谈。",
}


def translate_zh(context: str, text: str) -> str:
    return ZH.get(text, text)


@pytest.fixture(scope="module")
def fonts() -> DocumentFonts:
    """Only the bundled font: the same layout on every computer."""
    return document_fonts(folders=[])


@pytest.fixture(scope="module")
def sheet() -> IndicatorSheet:
    return load_default_sheets(ROOT / "resources" / "assessment")[UnitKind.TOWNSHIP] \
        .for_year(2025)


def inputs(number: int = 1, *, veto: bool = False) -> dict[str, ItemInput]:
    return {
        "A1": ItemInput(count=2), "A2": ItemInput(count=number % 3), "A3": ItemInput(met=True),
        "B1": ItemInput(shares=(Decimal(1), Decimal("0.75"), Decimal("0.5"))),
        "B2": ItemInput(count=8 - number % 7), "C1": ItemInput(count=number % 2),
        "C2": ItemInput(count=number % 4), "C3": ItemInput(count=number % 3),
        "D1": ItemInput(count=3), "D2": ItemInput(met=number % 5 != 0),
        "E1": ItemInput(count=1 if number == 4 else 0), "F1": ItemInput(count=number % 3),
        "G1": ItemInput(met=veto),
    }


def detail(sheet: IndicatorSheet, given: dict[str, ItemInput], *, unit: str = "青山镇",
           status: AssessmentStatus = AssessmentStatus.LOCKED,
           comments: dict[str, str] | None = None) -> AssessmentDetail:
    figures = tuple(
        AutomaticFigure(item.code, item.metric, given.get(item.code, ItemInput()),
                        Message("Assessment", "{n} records", {"n": 3}), (
                            *(EvidenceRow("clue", uuid.uuid4(), dt.date(2025, 5, 6),
                                          f"XS-2025-0{k} 王某 未办结", k < 2) for k in range(3)),
                            EvidenceRow("clue", uuid.uuid4(), dt.date(2025, 6, 1),
                                        "Clue XS-2025-09: not concluded", True,
                                        Message("Assessment", "Clue {number}: not concluded",
                                                {"number": "XS-2025-09"}))))
        for item in sheet.indicators if item.metric is not Metric.MANUAL)
    manual = {item.code: ManualScore(given.get(item.code, ItemInput()), "查阅会议记录。")
              for item in sheet.indicators if item.metric is Metric.MANUAL}
    info = SheetInfo(uuid.uuid4(), sheet.year, sheet.unit_kind, 2, sheet, True, True,
                     dt.datetime(2025, 12, 1, 9, 0), "")
    locked = dt.datetime(2026, 1, 15, 9, 30) if status is AssessmentStatus.LOCKED else None
    return AssessmentDetail(
        uuid.uuid4(), sheet.year, uuid.uuid4(), unit, info, status, figures, manual,
        score_sheet(sheet, given), comments or {}, "刘某", "何某", "复核无误。",
        dt.datetime(2026, 1, 8, 10, 0), dt.datetime(2026, 1, 12, 16, 30), locked)


TOWNSHIPS = ("城关镇", "青山镇", "白沙镇", "柳林镇", "石桥镇", "河口镇", "龙泉乡", "高家堰镇",
             "三里坪乡", "金鸡岭镇", "双河口镇", "堡子坪乡")


def ranking(sheet: IndicatorSheet, names: tuple[str, ...] = TOWNSHIPS) -> Ranking:
    entries = []
    for number, name in enumerate(names):
        scored = score_sheet(sheet, inputs(number, veto=number == 10))
        entries.append(RankEntry(uuid.UUID(int=number + 1), name, scored.total, scored.vetoed,
                                 tuple(value for _, value in scored.subtotals)))
    ranked = rank(entries)
    last = {r.entry.key for r in bottom(ranked, 2)}
    categories = [name for name, _ in sheet.categories()]
    rows = tuple(RankingRow(r.rank, r.entry.key, r.entry.name, r.entry.total, r.entry.vetoed,
                            tuple(zip(categories, r.entry.subtotals, strict=True)),
                            r.entry.key in last) for r in ranked)
    return Ranking(sheet.year, sheet.unit_kind, rows, 2, ("黄龙乡",),
                   Message("Assessment", "Tie rule {n}", {"n": 2}))


# the DTOs are what the report builders take (checked by mypy)
_DETAIL: type[ScoreSheetData] = AssessmentDetail
_RANKING: type[RankingData] = Ranking


def text_of(pdf: Any) -> str:
    return "\n".join(page.extract_text() or "" for page in pdf.pages)


def squeezed(text: str) -> str:
    return "".join(text.split())


def column_text(page: Any, left_mm: float, right_mm: float) -> str:
    """The text of the characters between two x positions (a column of a table), without
    the page number."""
    chars = [c for c in page.chars if left_mm * mm <= (c["x0"] + c["x1"]) / 2 <= right_mm * mm
             and c["bottom"] / mm <= BOTTOM + 0.5]
    chars.sort(key=lambda c: (round(c["top"]), c["x0"]))
    return squeezed("".join(c["text"] for c in chars))


def check_fonts_and_size(target: Path, size: tuple[float, float]) -> None:
    reader = PdfReader(target)
    assert b"Helvetica" not in target.read_bytes()
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            size, abs=0.5)
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()


def check_type_area(pdf: Any) -> None:
    """Every character of the body inside the portrait type area (the page number below)."""
    for page in pdf.pages:
        body = [c for c in page.chars if c["top"] / mm < BOTTOM + 1]
        assert body
        assert min(c["x0"] for c in body) / mm >= LEFT - 0.5
        assert max(c["x1"] for c in body) / mm <= RIGHT + 0.5
        assert min(c["top"] for c in body) / mm >= TOP - 1
        assert max(c["bottom"] for c in body) / mm <= BOTTOM + 0.5


# --- the score sheet ------------------------------------------------------------------------


def test_score_sheet_holds_every_item_and_the_totals(tmp_path: Path, fonts: DocumentFonts,
                                                     sheet: IndicatorSheet) -> None:
    scored = detail(sheet, inputs(4), comments={"E1": "8月查处违规发放津补贴问题1起。"})
    target = tmp_path / "sheet.pdf"
    pages = build_score_sheet(target, scored, fonts, translate=translate_zh,
                              office_name="中共青山县纪律检查委员会")
    check_fonts_and_size(target, A4)
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == pages >= 2
        check_type_area(pdf)
        text = squeezed(text_of(pdf))
        # the item column (the table starts at the type area's left edge: 18 mm category)
        items = "".join(column_text(page, LEFT + 18, LEFT + 18 + 33) for page in pdf.pages)
        explained = "".join(column_text(page, LEFT + 120, RIGHT) for page in pdf.pages)
    assert squeezed(sheet.title) in text
    assert "被考核单位：青山镇" in text and "中共青山县纪律检查委员会" in text
    for item in sheet.indicators:
        assert squeezed(f"{item.code} {item.name}") in items, item.code
    for header in ("类别", "考核项目", "评分标准", "分值", "得分", "扣分说明"):
        assert header in text
    score = scored.score
    assert (score.base, score.bonus, score.vetoed) == (Decimal(81), Decimal(2), False)
    assert text.count("小计") == 5           # the categories with points (not bonus, veto)
    for label, value in (("基本分合计", "10081"), ("加分", "+5+2"), ("总分", "10583")):
        assert label + value in text, label
    assert "一票否决否" in text
    assert "8月查处违规发放津补贴问题1起。" in explained
    assert "考核人：刘某" in text and "审核人：何某" in text and "日期：2026年1月15日" in text
    assert "状态：已锁定" in text and "草稿" not in text
    assert "审核意见：复核无误。" in text
    # the evidence of the automatic items, with the records that counted
    assert "自动计分项目的记录依据" in text
    assert squeezed(f"B1 {sheet.indicator('B1').name}：3 records") in text
    assert "·XS-2025-01王某未办结·线索XS-2025-09未办结另核查记录1条，不计分。" in text


def test_a_vetoed_unit_says_so(tmp_path: Path, fonts: DocumentFonts,
                               sheet: IndicatorSheet) -> None:
    target = tmp_path / "veto.pdf"
    build_score_sheet(target, detail(sheet, inputs(1, veto=True)), fonts,
                      translate=translate_zh)
    with pdfplumber.open(target) as pdf:
        text = squeezed(text_of(pdf))
        red = [c for page in pdf.pages for c in page.chars
               if tuple(c["non_stroking_color"] or ())[:3] == RED]
    assert "一票否决是（G1），考核结果确定为末位。" in text
    assert "否决" in text.replace("一票否决", "")    # the item's score cell
    assert red


def test_a_sheet_not_locked_is_a_draft(tmp_path: Path, fonts: DocumentFonts,
                                       sheet: IndicatorSheet) -> None:
    draft, final = tmp_path / "draft.pdf", tmp_path / "final.pdf"
    build_score_sheet(draft, detail(sheet, inputs(), status=AssessmentStatus.REVIEWED), fonts,
                      translate=translate_zh)
    build_score_sheet(final, detail(sheet, inputs()), fonts, translate=translate_zh)
    with pdfplumber.open(draft) as d, pdfplumber.open(final) as f:
        assert "状态：已审核（草稿，锁定前不作为最终结果）" in squeezed(text_of(d))
        assert "日期：2026年1月12日" in squeezed(text_of(d))      # last saved
        # the mark: the outlines of 草稿 on every page, drawn as curves, not as text
        assert all(page.curves for page in d.pages)
        assert not any(page.curves for page in f.pages)
        assert "草稿" not in squeezed(text_of(f))


def big_sheet(categories: int, per_category: int) -> IndicatorSheet:
    standard = ("查阅台账、会议记录和有关文件，逐项核实；每发现一处不符合要求的扣0.5分，扣完为止。"
                "材料不全的，按未完成计。")
    items = []
    for c in range(categories):
        for n in range(per_category):
            items.append(Indicator(
                code=f"K{c + 1}-{n + 1}", category=f"{'一二三四五六七八'[c]}、考核类别{c + 1}",
                name=f"第{c + 1}类第{n + 1}项：落实党风廉政建设责任的具体要求（{n + 1}）",
                rule=RuleKind.DEDUCTION, points=Decimal("2.5"), per=Decimal("0.5"),
                standard=standard))
    return IndicatorSheet(2025, UnitKind.TOWNSHIP, "2025年度某类单位量化考核评分表",
                          tuple(items), "满分100分。")


@pytest.mark.parametrize("shape", [(5, 8), (1, 40)], ids=["5x8", "1x40"])
def test_a_40_item_sheet_splits_over_pages_with_its_header(
        tmp_path: Path, fonts: DocumentFonts, shape: tuple[int, int]) -> None:
    sheet = big_sheet(*shape)
    given = {i.code: ItemInput(count=n % 3) for n, i in enumerate(sheet.indicators)}
    comments = {"K1-3": "核查发现：" + "会议记录缺少研究部署内容，" * 60 + "已责令整改。"}
    target = tmp_path / "big.pdf"
    pages = build_score_sheet(target, detail(sheet, given, comments=comments), fonts,
                              translate=translate_zh)
    check_fonts_and_size(target, A4)
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == pages >= 4
        check_type_area(pdf)
        items = explained = ""
        table_pages = 0
        for page in pdf.pages:
            text = squeezed(page.extract_text() or "")
            if "K" in text:
                table_pages += 1
                assert text.count("扣分说明") == 1 and "评分标准" in text   # the header, once
                # each page of the table names the category it continues
                assert "考核类别" in column_text(page, LEFT, LEFT + 18)
            items += column_text(page, LEFT + 18, LEFT + 18 + 33)
            explained += column_text(page, LEFT + 120, RIGHT)
        text = squeezed(text_of(pdf))
    assert table_pages >= 3
    for item in sheet.indicators:
        assert squeezed(f"{item.code} {item.name}") in items, item.code
    # the comment taller than a page is split between its lines, all of it printed
    explained = explained.replace("扣分说明", "")        # the header on the pages it spans
    assert "会议记录缺少研究部署内容，" * 60 + "已责令整改。" in explained
    assert "基本分合计100" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_page_one_renders(tmp_path: Path, fonts: DocumentFonts, sheet: IndicatorSheet) -> None:
    targets = [tmp_path / "sheet.pdf", tmp_path / "ranking.pdf"]
    build_score_sheet(targets[0], detail(sheet, inputs()), fonts, translate=translate_zh)
    build_ranking_pdf(targets[1], ranking(sheet), fonts, translate=translate_zh)
    for target in targets:
        stem = tmp_path / target.stem
        subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", "-f", "1", "-l", "1",
                        str(target), str(stem)], check=True, capture_output=True)
        with Image.open(stem.with_suffix(".png")) as image:
            grey = image.convert("L")
            histogram = grey.histogram()
            dark = sum(histogram[:128])
            assert dark > 0.01 * grey.width * grey.height, target.name   # text and rules


def test_same_input_same_bytes(tmp_path: Path, fonts: DocumentFonts,
                               sheet: IndicatorSheet) -> None:
    scored = detail(sheet, inputs())
    build_score_sheet(tmp_path / "a.pdf", scored, fonts)
    build_score_sheet(tmp_path / "b.pdf", scored, fonts)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


# --- the ranking ----------------------------------------------------------------------------


def test_ranking_pdf(tmp_path: Path, fonts: DocumentFonts, sheet: IndicatorSheet) -> None:
    ranked = ranking(sheet)
    target = tmp_path / "ranking.pdf"
    pages = build_ranking_pdf(target, ranked, fonts, translate=translate_zh,
                              office_name="中共青山县纪律检查委员会")
    check_fonts_and_size(target, (A4[1], A4[0]))          # six category columns: landscape
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == pages
        text = squeezed(text_of(pdf))
        first = pdf.pages[0]
        bars = [r for page in pdf.pages for r in page.rects if r["fill"]
                and r["height"] < 5 * mm and r["width"] > 5 * mm]
    assert "2025年度乡镇落实党风廉政建设“两个责任”量化考核排名" in text
    # the category heads break after their numbers: 一、/组织领导
    for header in ("名次", "单位", "一、", "组织领导", "六、", "加分项目", "总分", "备注"):
        assert header in text, header
    assert "七、" not in squeezed(first.extract_text() or "")  # nobody has a point there
    for row in ranked.rows:
        assert f"{row.rank}{row.unit_name}" in text
        assert format_points(row.total) in text
    vetoed = next(r for r in ranked.rows if r.vetoed)
    assert vetoed.rank == len(ranked.rows) and vetoed.unit_name == "双河口镇"
    assert "一票否决；末位约谈" in text and text.count("末位约谈") >= 2
    assert "排名规则：总分相同的依次比较各类别小计；末2位约谈。" in text
    assert "未锁定考核结果、未参加排名的单位：黄龙乡" in text
    assert "总分对比" in text
    assert len(bars) == len(ranked.rows) + 2                # a bar per unit, two in the key

    plain = tmp_path / "plain.pdf"
    build_ranking_pdf(plain, ranked, fonts, translate=translate_zh, chart=False)
    with pdfplumber.open(plain) as pdf:
        assert "总分对比" not in squeezed(text_of(pdf))
        assert not [r for page in pdf.pages for r in page.rects if r["fill"]
                    and r["height"] < 5 * mm and r["width"] > 5 * mm]


def test_ranking_of_few_categories_is_portrait_and_splits(tmp_path: Path,
                                                          fonts: DocumentFonts) -> None:
    small = big_sheet(3, 2)
    names = tuple(f"县直第{n + 1}单位" for n in range(60))
    entries = [RankEntry(uuid.UUID(int=n + 1), name, Decimal(90 - n % 17), False,
                         (Decimal(30), Decimal(30), Decimal(30 - n % 17)))
               for n, name in enumerate(names)]
    ranked = rank(entries)
    categories = [name for name, _ in small.categories()]
    rows = tuple(RankingRow(r.rank, r.entry.key, r.entry.name, r.entry.total, False,
                            tuple(zip(categories, r.entry.subtotals, strict=True)), False)
                 for r in ranked)
    target = tmp_path / "long.pdf"
    pages = build_ranking_pdf(target, Ranking(2025, UnitKind.DEPARTMENT, rows, 0), fonts,
                              translate=translate_zh, chart=False)
    check_fonts_and_size(target, A4)
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == pages >= 2
        table_pages = [page for page in pdf.pages if "县直第" in (page.extract_text() or "")]
        assert len(table_pages) >= 2
        for page in table_pages:
            assert "名次" in (page.extract_text() or "")
        text = squeezed(text_of(pdf))
    for name in names:
        assert name in text


# --- the .xlsx ------------------------------------------------------------------------------


def test_ranking_xlsx(tmp_path: Path, sheet: IndicatorSheet) -> None:
    ranked = ranking(sheet)
    hostile = dataclasses.replace(ranked.rows[0], unit_name="=HYPERLINK(\"http://x\")")
    ranked = dataclasses.replace(ranked, rows=(hostile, *ranked.rows[1:]))
    target = tmp_path / "ranking.xlsx"
    assert write_ranking_xlsx(target, ranked, translate=translate_zh) == len(ranked.rows)
    book = load_workbook(target)
    table = book.active
    values = [[cell.value for cell in row] for row in table.iter_rows()]
    header = values[0]
    categories = [name for name, _ in sheet.categories()]
    assert header == ["名次", "单位", *categories, "总分", "备注"]
    units = [row for row in values[1:] if isinstance(row[0], int)]
    assert len(units) == len(ranked.rows)
    for row, expected in zip(units, ranked.rows, strict=True):
        assert row[0] == expected.rank
        assert isinstance(row[-2], int | float) and not isinstance(row[-2], bool)
        assert Decimal(str(row[-2])) == expected.total
        for value, (_name, subtotal) in zip(row[2:-2], expected.subtotals, strict=True):
            assert isinstance(value, int | float)
            assert Decimal(str(value)) == subtotal
    assert units[0][1] == "=HYPERLINK(\"http://x\")"
    first_unit = table.cell(row=2, column=2)
    assert first_unit.data_type == "s" and first_unit.quotePrefix
    assert units[-1][-1] == "一票否决；末位约谈"
    notes = [row[0] for row in values[1 + len(units):] if row and row[0]]
    assert "排名规则：总分相同的依次比较各类别小计；末2位约谈。" in notes
    assert "未锁定考核结果、未参加排名的单位：黄龙乡" in notes
