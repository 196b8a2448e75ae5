"""Render the assessment pictures in docs/: page 1 of the ranking of 12 townships
(量化考核排名) and of one township's score sheet (量化考核评分表), from hand-made data scored
with the shipped township sheet.

    .venv/bin/python benchmarks/render_assessment_samples.py [--out FOLDER]

Needs pdftoppm (poppler-utils). Writes the sample PDFs and the .xlsx to FOLDER (default: a
temporary folder) and the images to docs/. The Chinese wording comes from
i18n/zeren_zh_CN.ts, and from ZH below for the report's words until they are translated
there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import uuid
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

from zeren_desktop.domain.assessment import (
    AssessmentStatus,
    IndicatorSheet,
    ItemInput,
    Metric,
    RankEntry,
    bottom,
    load_default_sheets,
    rank,
    score_sheet,
)
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.text import Message
from zeren_desktop.reports.assessment_pdf import build_ranking_pdf, build_score_sheet
from zeren_desktop.reports.assessment_xlsx import write_ranking_xlsx
from zeren_desktop.reports.fonts import document_fonts
from zeren_desktop.services.assessment_dto import (
    AssessmentDetail,
    AutomaticFigure,
    EvidenceRow,
    ManualScore,
    Ranking,
    RankingRow,
    SheetInfo,
)

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
YEAR = 2025
DPI = 110

# The sample's tie rule and summaries of automatic figures, as services/assessment.py words
# them (context Assessment).
TIE_RULE = (
    "Ranking rule: units without a one-vote veto rank before vetoed ones, then the higher "
    "total first; on equal totals the higher subtotal of the sheet's first category "
    "decides, then of the second, and so on; units still equal share the rank (1, 2, 2, "
    "4) and are listed by name. The last {n} (and any tied with the last of them) are "
    "proposed for a talk with their principal leader.")
LISTS = "{n} of {total} lists of {year} were not signed by {date}."
LEDGER = ("Average over {n} team members: {percent}% of their quarters have every "
          "must-record kind.")
TALKS = "{n} talks held in {year}."
RECTIFICATIONS = ("{n} of {total} rectifications of {year}'s inspections were not done by "
                  "their deadline.")
CLUES = "{n} of {total} clues received in {year} are not concluded."
CASES = "{n} of {total} cases handled in {year} were past a stage deadline."

# The report's words (context AssessmentReport) and the texts above, in Chinese.


def ts_translations(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → the finished translations of a Qt .ts file."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            found[(name, message.findtext("source") or "")] = translation.text
    return found


TS = ts_translations(ROOT / "i18n" / "zeren_zh_CN.ts")


def translate_zh(context: str, text: str) -> str:
    return TS.get((context, text), text)


def _m(text: str, **params: object) -> Message:
    return Message("Assessment", text, params)


TOWNSHIPS = ("城关镇", "青山镇", "白沙镇", "柳林镇", "石桥镇", "河口镇", "龙泉乡", "高家堰镇",
             "三里坪乡", "金鸡岭镇", "双河口镇", "堡子坪乡")


def sample_inputs(number: int) -> dict[str, ItemInput]:
    """Inputs of the township sheet, different for each township (two tied on purpose)."""
    n = number % 7
    return {
        "A1": ItemInput(count=2 if number % 5 else 1),
        "A2": ItemInput(count=n % 3),
        "A3": ItemInput(met=number % 6 != 5),
        "B1": ItemInput(shares=(Decimal(1), Decimal("0.75"), Decimal(1) if n % 2 else
                                Decimal("0.5"), Decimal("0.25") * (n % 4 + 1))),
        "B2": ItemInput(count=8 - n),
        "C1": ItemInput(count=n % 2),
        "C2": ItemInput(count=(number * 3) % 4),
        "C3": ItemInput(count=number % 3),
        "D1": ItemInput(count=4 - number % 3),
        "D2": ItemInput(met=True),
        "E1": ItemInput(count=1 if number in (4, 9) else 0),
        "F1": ItemInput(count=number % 4 if number % 4 else 0),
        "G1": ItemInput(met=number == 10),
    }


def sample_ranking(sheet: IndicatorSheet) -> Ranking:
    entries = []
    for number, name in enumerate(TOWNSHIPS):
        inputs = sample_inputs(number if number != 7 else 2)   # 高家堰镇 ties with 白沙镇
        scored = score_sheet(sheet, inputs)
        entries.append(RankEntry(uuid.UUID(int=number + 1), name, scored.total, scored.vetoed,
                                 tuple(value for _, value in scored.subtotals)))
    ranked = rank(entries)
    subtotal_names = [name for name, _ in sheet.categories()]
    last = {r.entry.key for r in bottom(ranked, 2)}
    rows = tuple(RankingRow(r.rank, r.entry.key, r.entry.name, r.entry.total, r.entry.vetoed,
                            tuple(zip(subtotal_names, r.entry.subtotals, strict=True)),
                            r.entry.key in last) for r in ranked)
    return Ranking(YEAR, UnitKind.TOWNSHIP, rows, 2, not_scored=("黄龙乡",),
                   tie_rule=Message("Assessment", TIE_RULE, {"n": 2}))


def sample_detail(sheet: IndicatorSheet) -> AssessmentDetail:
    """青山镇, scored and reviewed but not locked (the draft mark shows)."""
    inputs = sample_inputs(1)
    def row(kind: str, day: dt.date, text: str, counts: bool = True) -> EvidenceRow:
        return EvidenceRow(kind, uuid.uuid4(), day, text, counts)

    figures = (
        AutomaticFigure("A2", Metric.LISTS_SIGNED_ON_TIME, inputs["A2"], _m(
            LISTS, n=1, total=9, year=YEAR, date="2025-03-31"), (
            row("list", dt.date(2025, 4, 8), "QD-2025-007 王某（分管农业农村）：2025年4月8日签订"),
            *(row("list", dt.date(2025, 3, 20), f"QD-2025-00{k} 按时签订", False)
              for k in range(1, 9)))),
        AutomaticFigure("B1", Metric.LEDGER_COMPLETENESS, inputs["B1"], _m(
            LEDGER, n=4, percent="81.25"), (
            row("ledger", dt.date(2025, 6, 30), "张某 2025年第二季度 缺：研究查处案件、追责问责"),
            row("ledger", dt.date(2025, 9, 30), "李某 2025年第三季度 缺：廉政教育活动"),
            row("ledger", dt.date(2025, 12, 31),
                "赵某 2025年第四季度 缺：听取或报告汇报、日常监督管理"))),
        AutomaticFigure("B2", Metric.TALKS_HELD, inputs["B2"], _m(TALKS, n=7, year=YEAR), tuple(
            row("talk", dt.date(2025, month, 10), f"提醒谈话 {who}")
            for month, who in ((2, "钱某"), (3, "孙某"), (5, "周某"), (6, "吴某"), (8, "郑某"),
                               (10, "冯某"), (11, "陈某")))),
        AutomaticFigure("C1", Metric.RECTIFICATIONS, inputs["C1"], _m(
            RECTIFICATIONS, n=1, total=5, year=YEAR), (
            row("inspection", dt.date(2025, 10, 31),
                "2025年9月专项检查“村级财务公开不及时”：10月31日到期，11月20日整改完成"),
            *(row("inspection", dt.date(2025, month, 30),
                  f"2025年{month}月专项检查发现问题按期整改", False) for month in (4, 6, 9, 11)))),
        AutomaticFigure("C2", Metric.CLUES_VERIFIED, inputs["C2"], _m(
            CLUES, n=3, total=11, year=YEAR), tuple(
            row("clue", dt.date(2025, 11, day), f"XS-2025-1{day} 未办结") for day in (3, 17, 24))),
        AutomaticFigure("C3", Metric.CASES_WITHIN_DEADLINE, inputs["C3"], _m(
            CASES, n=1, total=4, year=YEAR), (
            row("case", dt.date(2025, 8, 15), "WZ-2025-003 青山镇农业服务中心补贴发放问题："
                "初核环节2025年8月15日到期，8月29日完成"),)),
    )
    manual = {
        "A1": ManualScore(inputs["A1"], "查阅党委会议记录：3月12日、9月8日两次专题研究。"),
        "A3": ManualScore(inputs["A3"], "年度工作计划及责任分工方案齐全。"),
        "D1": ManualScore(inputs["D1"], "组织警示教育大会1次、廉政党课1次、参观教育基地1次。"),
        "D2": ManualScore(inputs["D2"], ""),
        "E1": ManualScore(inputs["E1"], ""),
        "F1": ManualScore(inputs["F1"], "“清廉村居”建设经验被市纪委简报刊发。"),
        "G1": ManualScore(inputs["G1"], ""),
    }
    info = SheetInfo(uuid.uuid4(), YEAR, UnitKind.TOWNSHIP, 1, sheet, True, True,
                     dt.datetime(2025, 12, 1, 9, 0), "")
    return AssessmentDetail(
        uuid.uuid4(), YEAR, uuid.UUID(int=2), "青山镇", info, AssessmentStatus.REVIEWED,
        figures, manual, score_sheet(sheet, inputs), {}, "刘某", "何某", "",
        dt.datetime(2026, 1, 8, 10, 0), dt.datetime(2026, 1, 12, 16, 30), None)


def render(pdf: Path, target: Path, page: int = 1) -> None:
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(pdf), str(target.with_suffix(""))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="assess-")))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    fonts = document_fonts()
    sheet = load_default_sheets(ROOT / "resources" / "assessment")[UnitKind.TOWNSHIP] \
        .for_year(YEAR)
    office = "中共青山县纪律检查委员会"
    ranking_pdf, sheet_pdf = args.out / "assessment-ranking.pdf", args.out / "score-sheet.pdf"
    ranking = sample_ranking(sheet)
    pages = build_ranking_pdf(ranking_pdf, ranking, fonts, translate=translate_zh,
                              office_name=office)
    print(f"{ranking_pdf}: {pages} pages")
    pages = build_score_sheet(sheet_pdf, sample_detail(sheet), fonts, translate=translate_zh,
                              office_name=office)
    print(f"{sheet_pdf}: {pages} pages")
    xlsx = args.out / "assessment-ranking.xlsx"
    print(f"{xlsx}: {write_ranking_xlsx(xlsx, ranking, translate=translate_zh)} rows")
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no images")
        return 1
    for pdf, png in ((ranking_pdf, DOCS / "assessment-ranking.png"),
                     (sheet_pdf, DOCS / "assessment-score-sheet.png")):
        render(pdf, png)
        print(f"wrote {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
