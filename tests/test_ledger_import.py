"""The ledger-entry import parser (RELIABILITY T20, T21): the good rows, and one problem
with the right row number for every bad row; no database."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from zeren_desktop.domain.enums import LedgerCategory
from zeren_desktop.domain.ledger import LedgerEntryInput
from zeren_desktop.domain.text import Message, ValidationError
from zeren_desktop.services.ledger_import import (
    CATEGORY_NAMES,
    TEMPLATE_HEADERS,
    ImportPreview,
    parse_category,
    parse_item_numbers,
    parse_ledger_file,
    write_ledger_template,
)
from zeren_desktop.services.spreadsheets import SpreadsheetError

TODAY = dt.date(2026, 6, 30)
ZHANG = uuid.UUID(int=1)
LI = uuid.UUID(int=2)
WANG_A = uuid.UUID(int=3)
WANG_B = uuid.UUID(int=4)
WANG_B_ID = "42010119800101001X"


class Cadres:
    """find_cadres as the service implements it, counting the calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, name: str, id_number: str) -> list[uuid.UUID]:
        self.calls.append((name, id_number))
        people = {"张三": [(ZHANG, "")], "李四": [(LI, "")],
                  "王五": [(WANG_A, "420101197001010011"), (WANG_B, WANG_B_ID)]}
        return [cadre for cadre, number in people.get(name, [])
                if not id_number or id_number == number]


class Existing:
    def __init__(self, *entries: LedgerEntryInput) -> None:
        self.keys = {entry.duplicate_key() for entry in entries}
        self.asked: list[set[str]] = []

    def __call__(self, keys: set[str]) -> set[str]:
        self.asked.append(set(keys))
        return keys & self.keys


def xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(list(row))
    workbook.save(path)
    return path


def parse(path: Path, existing: Existing | None = None,
          cadres: Cadres | None = None) -> ImportPreview:
    return parse_ledger_file(path, cadres or Cadres(), today=TODAY, existing_keys=existing)


def problems(preview: ImportPreview) -> list[tuple[int, str]]:
    return [(p.row, p.message.render()) for p in preview.problems]


HEADER = ["姓名", "日期", "类别", "事项", "地点", "内容及措施", "对应清单事项"]


# -- the mixed file

def mixed_rows() -> list[list[object]]:
    long_text = "长" * 100_000
    return [
        ["某乡镇领导干部履责纪实台账（2026年）"],                                     # 1 title
        ["序号", " * 类 别 ", "【事项】", "日期（必填）", "*姓名", "地点", "内容及措施",
         "身份证号", "对应清单事项"],                                                 # 2 header
        [1, "研究部署", "传达学习全会精神", dt.date(2026, 3, 5), "张三", "会议室",
         "学习讨论", None, None],                                                     # 3 good
        [2, "调研督办必记", "调研村级财务", 46087, "李四", "", "", None, "2"],         # 4 good
        [None, None, None, None, None, None, None, None, None],                      # 5 empty
        [3, "检查考核", "检查台账", "2026-03-07", "赵六", "", "", None, None],         # 6 cadre
        [4, "检查考核", "检查台账", "2026-02-30", "张三", "", "", None, None],         # 7 date
        [5, "开会", "周例会", "2026-03-08", "张三", "", "", None, None],              # 8 kind
        [6, "研究部署", "传达学习全会精神", "2026/3/5", "张三", "", "", None, None],   # 9 repeat
        [7, "廉政谈话", "与新任干部谈话", "2026-03-09", "李四", "", "", None, None],   # 10 existing
        [8, "追责问责", "研究问责事项", "2026-03-10", "王五", "", "", None, None],  # 11 namesake
        [9, "追责问责", "研究问责事项", "2026-03-10", "王五", "", "", WANG_B_ID,
         "1"],                                                                        # 12 good
        [10, "听取汇报", "听取村支书汇报", "２０２６年３月６日", "张三", "", "", None,
         "1、3"],                                                                     # 13 good
        [11, "廉政教育", "观看警示片", "2026-03-11", "张三", "", long_text, None, None],  # 14 long
        [12, "日常监督", "走访", "2026-12-01", "张三", "", "", None, None],            # 15 future
        [13, "日常监督", "", "2026-03-12", "张三", "", "", None, None],               # 16 matter
        [14, None, None, None, None, None, None, None, None],                        # 17 only 序号
        [15, "日常监督", "未算出的日期", "=TODAY()", "张三", "", "", None, None],      # 18 formula
        # control characters as Excel stores them in the file (_xHHHH_): 19 good
        [16, "研究查处案件", "研究_x0000_案件_x0007_线索_x000D_", 46090.0, "张三", "", "", None,
         None],
        [17, 3, "第三类", "2026-03-13", "张三", "", "", None, None],                  # 20 type
        [18, "日常监督", "清单事项有误", "2026-03-13", "张三", "", "", None, "一、三"],  # 21 items
    ]


def test_a_file_of_good_and_bad_rows(tmp_path: Path) -> None:
    already = LedgerEntryInput(LI, dt.date(2026, 3, 9), LedgerCategory.INTEGRITY_TALK,
                               "与新任干部谈话")
    existing = Existing(already)
    preview = parse(xlsx(tmp_path / "mixed.xlsx", mixed_rows()), existing)

    assert [r.row for r in preview.rows] == [3, 4, 12, 13, 19]
    first, second, namesake, text_date, cleaned = preview.rows
    assert first.entry == LedgerEntryInput(ZHANG, dt.date(2026, 3, 5),
                                           LedgerCategory.DEPLOYMENT, "传达学习全会精神",
                                           place="会议室", content="学习讨论")
    assert (second.entry.cadre_id, second.entry.entry_date, second.entry.category) == (
        LI, dt.date(2026, 3, 6), LedgerCategory.RESEARCH_SUPERVISION)
    assert second.item_numbers == (2,)
    assert namesake.entry.cadre_id == WANG_B and namesake.item_numbers == (1,)
    assert text_date.entry.entry_date == dt.date(2026, 3, 6)
    assert text_date.entry.category == LedgerCategory.REPORTING
    assert text_date.item_numbers == (1, 3)
    assert cleaned.entry.matter == "研究案件线索"
    assert cleaned.entry.entry_date == dt.date(2026, 3, 9)
    assert cleaned.entry.category == LedgerCategory.CASE_HANDLING

    found = problems(preview)
    assert [row for row, _ in found] == [6, 7, 8, 9, 10, 11, 14, 15, 16, 18, 20, 21]
    said = dict(found)
    assert said[6] == "姓名: No cadre named 赵六 was found."
    assert said[7] == "日期（必填）: “2026-02-30” is not a real calendar date."
    assert said[8].startswith("类 别: “开会” is not one of the nine kinds of entry: "
                              "Deployment and study, ")
    assert said[9] == "This entry repeats row 3."
    assert said[10] == "This entry is already in the ledger."
    assert said[11].startswith("姓名: Several cadres are named 王五")
    # an .xlsx cell keeps at most 32,767 characters
    assert said[14] == "内容及措施: At most 10000 characters are allowed here (32767 given)."
    assert said[15].startswith("日期（必填）: 2026-12-01 is not plausible")
    assert said[16] == "【事项】: This field is required."
    assert said[18] == "日期（必填）: This field is required."   # a formula without a value
    assert said[20].startswith("类 别: “3” is not one of the nine kinds")
    assert said[21] == "对应清单事项: “一、三” is not a list of item numbers such as 1、3 or 2-4."

    assert preview.total_rows == 5 + 12          # rows 5 and 17 are empty: not counted
    assert preview.ignored_headers == ("序号",)
    assert existing.asked == [{r.entry.duplicate_key() for r in preview.rows}
                              | {already.duplicate_key()}]


def test_the_same_file_as_gb18030_csv_gives_the_same_result(tmp_path: Path) -> None:
    rows = [row for row in mixed_rows() if "=TODAY()" not in row]
    for row in rows:
        if row[0] == 16:
            row[2] = "研究\x00案件\x07线索\r"
        for index, value in enumerate(row):
            if isinstance(value, dt.date):
                row[index] = value.isoformat()
            elif isinstance(value, float | int) and index == 3:
                row[index] = "2026-03-06" if value == 46087 else "2026-03-09"
    path = tmp_path / "mixed.csv"
    with path.open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle).writerows(rows)
    preview = parse(path, Existing(LedgerEntryInput(
        LI, dt.date(2026, 3, 9), LedgerCategory.INTEGRITY_TALK, "与新任干部谈话")))
    # one row fewer (the formula row) from row 18 on
    assert [r.row for r in preview.rows] == [3, 4, 12, 13, 18]
    assert [row for row, _ in problems(preview)] == [6, 7, 8, 9, 10, 11, 14, 15, 16, 19, 20]
    assert preview.rows[-1].entry.matter == "研究案件线索"
    assert dict(problems(preview))[14] == ("内容及措施: At most 10000 characters are allowed "
                                           "here (100000 given).")


# -- headers

def test_a_missing_required_column_names_it_and_the_headers_found(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "no-date.xlsx", [["台账"], ["姓名", "类别", "事项", "备注"],
                                           ["张三", "研究部署", "学习", ""]])
    with pytest.raises(SpreadsheetError) as caught:
        parse(path)
    message = caught.value.message
    assert message.params["missing"] == [Message("Import", "Date")]
    assert message.params["row"] == 2
    assert str(caught.value) == ("The file no-date.xlsx lacks the columns Date. The headers "
                                 "found (row 2) are: “姓名”、“类别”、“事项”、“备注”.")


def test_a_file_of_no_known_headers_lists_all_required_columns(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "other.xlsx", [["a", "b"], ["1", "2"]])
    with pytest.raises(SpreadsheetError) as caught:
        parse(path)
    assert caught.value.message.params["missing"] == [
        Message("Import", text) for text in ("Name", "Date", "Category", "Matter")]


def test_a_file_with_only_blank_rows(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text(",,\n,,\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="has no rows to import"):
        parse(path)


def test_english_headers_in_any_order(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "en.xlsx", [
        ["Matter", "CATEGORY", "Date", "Name", "Remarks", "Evidence", "Participants"],
        ["Study session", "deployment", "2026-03-05", "张三", "note", "Z-1", "全体"],
        ["Visit", "Daily supervision and management", "2026-03-06", "李四", "", "", ""],
    ])
    preview = parse(path)
    assert not preview.problems
    assert [r.entry.category for r in preview.rows] == [LedgerCategory.DEPLOYMENT,
                                                        LedgerCategory.DAILY_SUPERVISION]
    entry = preview.rows[0].entry
    assert (entry.remarks, entry.evidence, entry.participants) == ("note", "Z-1", "全体")


def test_the_same_column_twice_is_refused(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "twice.xlsx", [["姓名", "日期", "类别", "事项", "日期"],
                                         ["张三", "2026-03-05", "研究部署", "学习", ""]])
    with pytest.raises(SpreadsheetError, match="two columns for"):
        parse(path)


def test_a_better_alias_wins_and_the_other_column_is_ignored(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "time.xlsx", [["时间", "姓名", "日期", "类别", "事项"],
                                        ["9:30", "张三", "2026-03-05", "研究部署", "学习"]])
    preview = parse(path)
    assert not preview.problems
    assert preview.rows[0].entry.entry_date == dt.date(2026, 3, 5)
    assert preview.ignored_headers == ("时间",)


def test_a_header_repeated_further_down_is_skipped(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "pasted.xlsx", [
        ["姓名", "日期", "类别", "事项"], ["张三", "2026-03-05", "研究部署", "学习"],
        ["*姓名", "日期", "类别", "事项"], ["李四", "2026-03-06", "研究部署", "学习"]])
    preview = parse(path)
    assert [r.row for r in preview.rows] == [2, 4]
    assert preview.total_rows == 2


# -- cadres

def test_each_name_is_looked_up_once(tmp_path: Path) -> None:
    rows: list[list[object]] = [["姓名", "日期", "类别", "事项"]]
    rows += [["张三", f"2026-03-{day:02d}", "研究部署", "学习"] for day in range(1, 21)]
    rows += [["赵六", "2026-03-01", "研究部署", f"学习{n}"] for n in range(5)]
    cadres = Cadres()
    preview = parse(xlsx(tmp_path / "many.xlsx", rows), cadres=cadres)
    assert len(preview.rows) == 20 and len(preview.problems) == 5
    assert cadres.calls == [("张三", ""), ("赵六", "")]


def test_names_padded_to_line_up_are_joined(tmp_path: Path) -> None:
    cadres = Cadres()
    path = xlsx(tmp_path / "pad.xlsx", [["姓名", "日期", "类别", "事项"],
                                       ["张\u3000三", "2026-03-05", "研究部署", "学习"],
                                       [" 李  四 ", "2026-03-05", "研究部署", "学习"]])
    preview = parse(path, cadres=cadres)
    assert [r.entry.cadre_id for r in preview.rows] == [ZHANG, LI]
    assert cadres.calls == [("张三", ""), ("李四", "")]


def test_an_id_number_with_a_lower_case_x_and_spaces(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "id.xlsx", [
        ["姓名", "身份证号码", "日期", "类别", "事项"],
        ["王五", " 420101 19800101 001x ", "2026-03-05", "研究部署", "学习"],
        ["王五", "110101199001010000", "2026-03-05", "研究部署", "学习"]])
    preview = parse(path)
    assert [r.entry.cadre_id for r in preview.rows] == [WANG_B]
    assert problems(preview) == [(3, "姓名: No cadre named 王五 with the ID number "
                                     "110101199001010000 was found.")]


def test_an_id_number_excel_stored_as_a_number_is_refused(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "id-number.xlsx", [
        ["姓名", "身份证号", "日期", "类别", "事项"],
        ["王五", 420101198001010016, "2026-03-05", "研究部署", "学习"],
        ["王五", 420101800101001, "2026-03-05", "研究部署", "学习"]])   # 15 digits: exact
    (row, said), (row_15, said_15) = problems(parse(path))
    assert row == 2
    assert said.startswith("身份证号: The ID number was stored as a number")
    assert row_15 == 3
    assert said_15 == "姓名: No cadre named 王五 with the ID number 420101800101001 was found."


def test_a_missing_name(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "noname.xlsx", [["姓名", "日期", "类别", "事项"],
                                          ["", "2026-03-05", "研究部署", "学习"]])
    assert problems(parse(path)) == [(2, "姓名: This field is required.")]


# -- other checks

def test_no_existing_keys_callback_means_no_check(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "a.xlsx", [["姓名", "日期", "类别", "事项"],
                                     ["张三", "2026-03-05", "研究部署", "学习"]])
    assert len(parse(path).rows) == 1


def test_existing_keys_is_not_called_without_good_rows(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "a.xlsx", [["姓名", "日期", "类别", "事项"],
                                     ["赵六", "2026-03-05", "研究部署", "学习"]])
    existing = Existing()
    parse(path, existing)
    assert existing.asked == []


def test_duplicates_compare_the_matter_normalised(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "dup.xlsx", [["姓名", "日期", "类别", "事项"],
                                       ["张三", "2026-03-05", "研究部署", "学习 会议精神"],
                                       ["张三", 46086, "部署研究", "学习会议精神。"],
                                       ["张三", "2026-03-05", "研究部署", "学习会议精神！"]])
    assert problems(parse(path)) == [(3, "This entry repeats row 2."),
                                     (4, "This entry repeats row 2.")]


def test_progress_is_reported_and_may_cancel(tmp_path: Path) -> None:
    rows: list[list[object]] = [["姓名", "日期", "类别", "事项"]]
    rows += [["张三", "2026-03-05", "研究部署", f"学习{n}"] for n in range(2500)]
    path = xlsx(tmp_path / "progress.xlsx", rows)
    seen: list[int] = []
    parse_ledger_file(path, Cadres(), today=TODAY, progress=seen.append)
    assert seen == [1000, 2000]

    class Cancelled(Exception):
        pass

    def cancel(row: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        parse_ledger_file(path, Cadres(), today=TODAY, progress=cancel)


def test_problem_messages_are_translatable(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "t.xlsx", [["姓名", "日期", "类别", "事项"],
                                     ["赵六", "2026-03-05", "研究部署", "学习"]])
    zh = {"{column}: {problem}": "{column}：{problem}",
          "No cadre named {name} was found.": "未找到名为{name}的干部。"}
    (problem,) = parse(path).problems
    assert problem.message.render(lambda context, text: zh.get(text, text)) == \
        "姓名：未找到名为赵六的干部。"


# -- categories

@pytest.mark.parametrize(("text", "category"), [
    *((name, category) for category, names in CATEGORY_NAMES.items() for name in names),
    ("研究部署必记", LedgerCategory.DEPLOYMENT), ("研究部署类", LedgerCategory.DEPLOYMENT),
    ("一、研究部署", LedgerCategory.DEPLOYMENT),
    ("（二）调研督办", LedgerCategory.RESEARCH_SUPERVISION),
    ("3.检查考核", LedgerCategory.INSPECTION), ("①研究部署", LedgerCategory.DEPLOYMENT),
    ("听取或报告汇报必记", LedgerCategory.REPORTING),
    (" 追 责 问 责 ", LedgerCategory.ACCOUNTABILITY),
    ("廉政谈话提醒\n", LedgerCategory.INTEGRITY_TALK), ("deployment", LedgerCategory.DEPLOYMENT),
    ("DAILY", LedgerCategory.DAILY_SUPERVISION), ("case_handling", LedgerCategory.CASE_HANDLING),
    ("Integrity talks and reminders", LedgerCategory.INTEGRITY_TALK),
    ("accountability", LedgerCategory.ACCOUNTABILITY),
])
def test_categories_by_every_name(text: str, category: LedgerCategory) -> None:
    assert parse_category(text) == category


def test_every_category_has_chinese_names() -> None:
    assert set(CATEGORY_NAMES) == set(LedgerCategory)
    assert len(LedgerCategory) == 9


def test_full_width_category_names() -> None:
    assert parse_category("ＤＥＰＬＯＹＭＥＮＴ") == LedgerCategory.DEPLOYMENT
    assert parse_category("（１）研究部署") == LedgerCategory.DEPLOYMENT


@pytest.mark.parametrize("value", ["开会", "研究", "部署", "必记", "10.研究部署", 3, True, "x"])
def test_unknown_categories_are_refused(value: object) -> None:
    with pytest.raises(ValidationError, match="not one of the nine kinds") as caught:
        parse_category(value)
    assert len(caught.value.message.params["kinds"]) == 9


def test_an_empty_category_is_required() -> None:
    with pytest.raises(ValidationError, match="required"):
        parse_category("  ")


# -- item numbers

@pytest.mark.parametrize(("value", "numbers"), [
    (None, ()), ("", ()), ("1", (1,)), (3, (3,)), (3.0, (3,)), ("1、3", (1, 3)),
    ("1,3", (1, 3)), ("1，3；5", (1, 3, 5)), ("3 1", (3, 1)), ("2-4", (2, 3, 4)),
    ("2～4、7", (2, 3, 4, 7)), ("第1项、第3项", (1, 3)), ("１、３", (1, 3)), ("1、1、2", (1, 2)),
    ("1和3", (1, 3)), ("1/3", (1, 3)),
])
def test_item_numbers(value: object, numbers: tuple[int, ...]) -> None:
    assert parse_item_numbers(value) == numbers


@pytest.mark.parametrize("value", ["一、三", "0", "1000", "4-2", "a", "1.5", 1.5, 0, -1, "1-"])
def test_bad_item_numbers(value: object) -> None:
    with pytest.raises(ValidationError):
        parse_item_numbers(value)


# -- the template

def test_the_template_reads_back_as_one_example_row(tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return {"Ledger entries": "履责纪实"}.get(text, text)

    write_ledger_template(path, translate)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "履责纪实"
    assert [c.value for c in sheet[1]] == list(TEMPLATE_HEADERS)
    assert sheet["C2"].is_date and sheet.freeze_panes == "A2"
    assert all(context == "Import" for context, _ in asked)

    preview = parse(path)
    assert not preview.problems
    (row,) = preview.rows
    assert row.row == 2
    assert row.entry.cadre_id == ZHANG
    assert row.entry.category == LedgerCategory.DEPLOYMENT
    assert row.item_numbers == (1, 3)
