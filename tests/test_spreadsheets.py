"""Reading and writing spreadsheets (RELIABILITY T21, T22): every format, encoding and fault
gives rows or a clear SpreadsheetError; exports never run a formula and never leave half a
file."""

from __future__ import annotations

import codecs
import datetime as dt
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from zeren_desktop.reports.periodic_common import Sheet, write_sheets
from zeren_desktop.services.spreadsheets import (
    EXCEL_CELL_MAX,
    SpreadsheetError,
    iter_rows,
    write_xlsx,
)

HEADERS = ["姓名", "日期", "事项"]


def rows_of(path: Path) -> list[tuple[int, list[object]]]:
    return list(iter_rows(path))


def save(workbook: openpyxl.Workbook, path: Path) -> Path:
    workbook.save(path)
    return path


# -- reading .xlsx

def test_xlsx_values_and_row_numbers(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    sheet.append(["张三", dt.date(2026, 3, 5), "学习"])
    sheet.append([])                                   # an empty row keeps its number
    sheet.append(["李四", 46086, 3])                    # a serial number, a whole number
    sheet.append(["王五", "2026年3月5日", 2.5])
    rows = rows_of(save(workbook, tmp_path / "a.xlsx"))
    assert rows == [
        (1, ["姓名", "日期", "事项"]),
        (2, ["张三", dt.date(2026, 3, 5), "学习"]),
        (3, ["", "", ""]),
        (4, ["李四", 46086.0, 3.0]),       # whole numbers come back as floats
        (5, ["王五", "2026年3月5日", 2.5]),
    ]


def test_a_table_that_starts_lower_and_further_right_keeps_its_row_and_column(
        tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["C3"], sheet["D3"] = "姓名", "日期"
    sheet["C4"], sheet["D4"] = "张三", "2026-03-05"
    sheet["D6"] = "x"
    rows = rows_of(save(workbook, tmp_path / "offset.xlsx"))
    assert [(n, cells) for n, cells in rows if any(cells)] == [
        (3, ["", "", "姓名", "日期"]),
        (4, ["", "", "张三", "2026-03-05"]),
        (6, ["", "", "", "x"]),
    ]


def test_merged_cells_give_the_value_in_the_first_cell_only(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["某乡镇履责纪实台账", None, None])
    sheet.merge_cells("A1:C1")
    sheet.append(HEADERS)
    sheet.append(["张三", "2026-03-05", "学习"])
    sheet["A4"] = "合并"
    sheet.merge_cells("A4:A5")
    sheet["B6"] = "end"
    rows = rows_of(save(workbook, tmp_path / "merged.xlsx"))
    assert rows[0] == (1, ["某乡镇履责纪实台账", "", ""])
    assert rows[3] == (4, ["合并", "", ""])
    assert rows[4] == (5, ["", "", ""])
    assert rows[5] == (6, ["", "end", ""])


def test_formulas_give_their_cached_value_or_nothing(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"], sheet["B1"], sheet["C1"] = "=1+1", '="a"&"b"', "=1/0"
    sheet["A2"] = "=TODAY()"   # openpyxl stores no cached value: the cell reads as empty
    sheet["B2"] = "x"
    path = save(workbook, tmp_path / "formulas.xlsx")
    # what Excel would have saved: the formula and its last value
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    # openpyxl writes an empty value as <v /> (ElementTree) or <v></v> (with lxml, which
    # python-docx brings)
    xml = parts["xl/worksheets/sheet1.xml"].decode().replace("<v></v>", "<v />")
    xml = xml.replace('<c r="A1"><f>1+1</f><v /></c>', '<c r="A1"><f>1+1</f><v>2</v></c>')
    xml = xml.replace('<c r="B1"><f>"a"&amp;"b"</f><v /></c>',
                      '<c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>')
    xml = xml.replace('<c r="C1"><f>1/0</f><v /></c>',
                      '<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    assert xml.count("<v>") == 3
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    cached = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(cached, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    assert rows_of(cached) == [(1, [2.0, "ab", ""]), (2, ["", "x", ""])]
    assert rows_of(path) == [(1, ["", ""]), (2, ["", "x"])]


def test_a_sheet_of_uncomputed_formulas_reads_as_empty(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "=1+1"
    with pytest.raises(SpreadsheetError, match="is empty"):
        iter_rows(save(workbook, tmp_path / "formulas.xlsx"))


def test_the_first_visible_sheet_is_read(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "说明"
    workbook.active["A1"] = "hidden notes"
    workbook.active.sheet_state = "hidden"
    workbook.create_sheet("台账")["A1"] = "姓名"
    assert rows_of(save(workbook, tmp_path / "hidden.xlsx")) == [(1, ["姓名"])]


def test_rows_are_made_as_the_caller_iterates(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    for n in range(100):
        workbook.active.append([n])
    rows = iter_rows(save(workbook, tmp_path / "lazy.xlsx"))
    assert isinstance(rows, Iterator)
    assert next(rows) == (1, [0.0])
    assert next(rows) == (2, [1.0])


# -- reading: faults

def test_an_empty_workbook_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="is empty"):
        iter_rows(save(openpyxl.Workbook(), tmp_path / "empty.xlsx"))


@pytest.mark.parametrize(("name", "content", "says"), [
    ("zero.xlsx", b"", "is empty"),
    ("zero.csv", b"", "is empty"),
    ("text.xlsx", b"hello, this is not a workbook", "not a spreadsheet or is damaged"),
    ("cut.xlsx", b"PK\x03\x04" + b"\x00" * 100, "not a spreadsheet or is damaged"),
    ("garbage.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
     "not a spreadsheet or is damaged"),
    ("page.xls", "<html><body><table><tr><td>姓名</td></tr></table></body></html>".encode(),
     "web page"),
    ("bom-page.xls", codecs.BOM_UTF8 + b"  <table></table>", "web page"),
    ("tabbed.xls", "姓名\t日期\n".encode("gbk"), "not a spreadsheet or is damaged"),
    ("notes.docx", b"PK\x03\x04", "not a spreadsheet this program reads"),
    ("noext", b"a,b", "not a spreadsheet this program reads"),
])
def test_files_that_are_not_spreadsheets_are_refused(tmp_path: Path, name: str,
                                                     content: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError, match=says) as caught:
        list(iter_rows(path))
    assert caught.value.message.context == "Import"


def test_an_xlsx_saved_under_an_xls_name_is_named_as_such(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "x"
    path = save(workbook, tmp_path / "real.xlsx").rename(tmp_path / "misnamed.xls")
    with pytest.raises(SpreadsheetError, match="another kind than its name says"):
        iter_rows(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="does not exist"):
        iter_rows(tmp_path / "gone.xlsx")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(SpreadsheetError, match="cannot be read"):
        iter_rows(folder)


# -- reading .csv

CSV_TEXT = ("姓名,日期,事项\r\n张三,2026-03-05,\"学习，讨论\"\r\n\r\n"
            "李四,2026/3/5,\"第一行\r\n第二行\"\r\n")
CSV_ROWS = [
    (1, ["姓名", "日期", "事项"]),
    (2, ["张三", "2026-03-05", "学习，讨论"]),
    (3, []),
    (4, ["李四", "2026/3/5", "第一行\r\n第二行"]),   # a quoted line break stays in its cell
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_csv_in_the_encodings_offices_save(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    assert rows_of(path) == CSV_ROWS


def test_gb18030_beyond_gbk(tmp_path: Path) -> None:
    # 𠀀 (U+20000) and 㐀 exist only in GB18030, not GBK: rare name characters do occur
    path = tmp_path / "rare.csv"
    path.write_bytes("姓名\n𠀀㐀\n".encode("gb18030"))
    assert rows_of(path) == [(1, ["姓名"]), (2, ["𠀀㐀"])]


def test_utf8_that_turns_invalid_late_is_read_as_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    ascii_rows = "".join(f"row{n},x\n" for n in range(50_000))
    path.write_bytes(ascii_rows.encode() + "张三,学习\n".encode("gbk"))
    rows = rows_of(path)
    assert rows[-1] == (50_001, ["张三", "学习"])


@pytest.mark.parametrize(("text", "cells"), [
    ("姓名\t日期\n张三\t2026-03-05\n", ["张三", "2026-03-05"]),
    ("姓名;日期\n张三;2026-03-05\n", ["张三", "2026-03-05"]),
    ("姓名\n张三\n", ["张三"]),
    ("某乡镇台账\n姓名\t日期\n张三\t2026-03-05\n", ["姓名", "日期"]),  # a title line first
    ("a,b\n\"x,y\",z\n", ["x,y", "z"]),
])
def test_csv_delimiters(tmp_path: Path, text: str, cells: list[str]) -> None:
    path = tmp_path / "d.csv"
    path.write_text(text, encoding="utf-8")
    assert rows_of(path)[1] == (2, cells)


def test_a_tsv_file(tmp_path: Path) -> None:
    path = tmp_path / "d.tsv"
    path.write_text("姓名\t日期\n张三\t2026-03-05\n", encoding="utf-8")
    assert rows_of(path)[1] == (2, ["张三", "2026-03-05"])


def test_csv_in_an_unknown_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bytes.csv"
    path.write_bytes(b"a,b\n\xff\xfe\xfd\xfc,\x80\x80\n")
    with pytest.raises(SpreadsheetError, match="unknown encoding"):
        iter_rows(path)


def test_a_csv_cell_too_large_for_the_reader_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("a\nb\n\"" + "x" * 200_000 + "\"\n", encoding="utf-8")
    rows = iter_rows(path)
    assert next(rows) == (1, ["a"])
    with pytest.raises(SpreadsheetError, match=r"Row 3 of huge\.csv cannot be read"):
        list(rows)


def test_a_100000_character_csv_cell_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("a\n\"" + "长" * 100_000 + "\"\n", encoding="utf-8")
    assert rows_of(path)[1] == (2, ["长" * 100_000])


def test_control_characters_in_csv_reach_the_caller_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "ctl.csv"
    path.write_text("a\nx\x00y\x07z\n", encoding="utf-8")
    assert rows_of(path)[1] == (2, ["x\x00y\x07z"])   # cell_text() cleans them


@pytest.mark.slow
def test_400000_csv_rows_stream_in_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    line = "张三{n},2026-03-05,研究部署,传达学习上级会议精神第{n}次,党委会议室,学习了有关文件\n"
    with path.open("w", encoding="gb18030") as handle:
        handle.write("姓名,日期,类别,事项,地点,内容\n")
        handle.writelines(line.format(n=n) for n in range(400_000))
    tracemalloc.start()
    try:
        count = last = 0
        for number, cells in iter_rows(path):
            count += 1
            last = number
            assert len(cells) == 6
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == last == 400_001
    assert peak < 20 * 2**20, f"peak {peak / 2**20:.1f} MiB"


# -- writing (RELIABILITY T22)

INJECTIONS = ["=1+1", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")",
              "\t=1+1", "-2+3", "=cmd|' /C calc'!A0", " =1+1", "＝1+1"]


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "inject.xlsx"
    assert write_xlsx(path, "导出", ["文本"], [[text] for text in INJECTIONS]) == len(INJECTIONS)
    sheet = openpyxl.load_workbook(path).active
    cells = [sheet.cell(row=n + 2, column=1) for n in range(len(INJECTIONS))]
    assert [c.value for c in cells] == INJECTIONS
    assert all(c.data_type == "s" for c in cells)
    assert all(c.quotePrefix for c in cells[:8])    # stays text when the cell is edited
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
    # and calamine reads the same strings back
    assert [cells for _, cells in rows_of(path)][1:] == [[text] for text in INJECTIONS]


def test_the_report_workbooks_write_formula_looking_text_as_text(tmp_path: Path) -> None:
    # reports/periodic_common.write_sheets (monthly statistics, completeness, duty report)
    path = tmp_path / "reports.xlsx"
    sheets = [Sheet("月报", ["=1+1"], [[text] for text in INJECTIONS], bold_rows=frozenset({0})),
              Sheet("=x", ["文本"], [["\r=1+1"], [Path("=a")]])]
    assert write_sheets(path, sheets) == len(INJECTIONS) + 2
    book = openpyxl.load_workbook(path)
    first, second = book.worksheets
    cells = [first.cell(row=n + 1, column=1) for n in range(len(INJECTIONS) + 1)]
    assert [c.value for c in cells] == ["=1+1", *INJECTIONS]
    assert all(c.data_type == "s" for c in cells)
    assert all(c.quotePrefix for c in cells[:9])     # the header and the 8 that need it
    assert [second["A2"].value, second["A3"].value] == ["\n=1+1", "=a"]
    assert second["A2"].data_type == "s" and second["A3"].quotePrefix
    with zipfile.ZipFile(path) as archive:
        for name in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"):
            assert "<f>" not in archive.read(name).decode()


def test_a_carriage_return_is_written_as_a_line_break(tmp_path: Path) -> None:
    path = tmp_path / "cr.xlsx"
    write_xlsx(path, "x", ["a"], [["\r=1+1"], ["a\r\nb"]])
    sheet = openpyxl.load_workbook(path).active
    assert [sheet["A2"].value, sheet["A3"].value] == ["\n=1+1", "a\nb"]
    assert sheet["A2"].data_type == "s"


def test_the_exported_sheet(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [
        [dt.date(2026, 3, 5), "张三", 3, 2.5, None, True],
        [dt.datetime(2026, 3, 5, 9, 30), "李四\n第二行", 0, -1.5, "", False],
    ]
    count = write_xlsx(path, "履责纪实", ["日期", "姓名", "数", "额", "空", "是否"], rows,
                       column_widths=[12, 10, 6])
    assert count == 2
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "履责纪实"
    assert sheet.freeze_panes == "A2"
    assert all(sheet.cell(row=1, column=n).font.b for n in range(1, 7))
    assert not sheet.cell(row=2, column=2).font.b
    assert sheet.column_dimensions["A"].width == 12
    assert sheet.column_dimensions["C"].width == 6
    day = sheet["A2"]
    assert day.is_date and day.number_format == "yyyy-mm-dd"
    assert day.value == dt.datetime(2026, 3, 5)
    assert sheet["A3"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert [c.value for c in sheet[2]][1:] == ["张三", 3, 2.5, None, True]
    assert [c.value for c in sheet[3]][1:] == ["李四\n第二行", 0, -1.5, None, False]
    # calamine gives real dates back
    assert rows_of(path)[1][1][0] == dt.date(2026, 3, 5)


def test_rows_may_be_a_generator_and_odd_values_become_text(tmp_path: Path) -> None:
    path = tmp_path / "gen.xlsx"
    aware = dt.datetime(2026, 3, 5, 1, 0, tzinfo=dt.UTC)

    def rows() -> Iterator[list[object]]:
        yield [Path("a/b"), aware, "a\x00b\x07c"]
        for n in range(1000):
            yield [n]

    assert write_xlsx(path, "x", ["p", "t", "c"], rows()) == 1001
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A2"].value == str(Path("a/b"))
    assert sheet["B2"].value == aware.astimezone().replace(tzinfo=None)
    assert sheet["C2"].value == "abc"                 # characters XML cannot hold are dropped
    assert sheet.max_row == 1002


@pytest.mark.parametrize(("title", "expected"), [
    ("a/b:c*d?[e]\\f", "a_b_c_d__e__f"), ("", "Sheet1"), ("长" * 40, "长" * 31),
])
def test_sheet_titles_excel_refuses_are_made_safe(tmp_path: Path, title: str,
                                                  expected: str) -> None:
    path = tmp_path / "t.xlsx"
    write_xlsx(path, title, ["a"], [])
    assert openpyxl.load_workbook(path).active.title == expected


def test_a_failed_export_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "keep.xlsx"
    write_xlsx(path, "x", ["a"], [["old"]])
    before = path.read_bytes()

    def failing() -> Iterator[list[object]]:
        yield ["new"]
        raise RuntimeError("the query failed")

    with pytest.raises(RuntimeError):
        write_xlsx(path, "x", ["a"], failing())
    with pytest.raises(SpreadsheetError, match="longer than a spreadsheet cell holds"):
        write_xlsx(path, "x", ["a"], [["长" * (EXCEL_CELL_MAX + 1)]])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.xlsx"]


def test_an_export_replaces_the_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "replace.xlsx"
    write_xlsx(path, "x", ["a"], [["old"]] * 50)
    write_xlsx(path, "x", ["a"], [["new"]])
    assert rows_of(path) == [(1, ["a"]), (2, ["new"])]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["replace.xlsx"]


@pytest.mark.parametrize("target", ["missing/out.xlsx", "folder"])
def test_an_export_that_cannot_be_written_says_so(tmp_path: Path, target: str) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(SpreadsheetError, match="cannot be written"):
        write_xlsx(tmp_path / target, "x", ["a"], [["b"]])
    assert not any(p.name.endswith(".tmp") for p in tmp_path.rglob("*"))


def test_csv_reports_quote_formula_looking_text() -> None:
    # The clue import's rejected-rows report and the audit log export are CSV files; the
    # same triggers as the workbooks (tab and carriage return too) get an apostrophe.
    from zeren_desktop.reports.xlsx_cells import csv_safe

    assert [csv_safe(text) for text in INJECTIONS] == [
        "'" + t if i < 8 else t for i, t in enumerate(INJECTIONS)]
    assert csv_safe("\r=1") == "'\r=1" and csv_safe("张三") == "张三"
