"""Bulk import of clues: good and bad rows, the report, idempotence, all or nothing, memory."""

from __future__ import annotations

import csv
import datetime as dt
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import TEST_PASSWORD
from tests.integrity_fixtures import County
from zeren_desktop.domain.enums import ClueHandling, ClueResult, ClueSource
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services import clues as clues_module
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.clue_dto import ClueFilter
from zeren_desktop.services.clue_import import TEMPLATE_HEADERS, write_clue_template
from zeren_desktop.services.clues import ImportCancelled
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.services.spreadsheets import SpreadsheetError, write_xlsx
from zeren_desktop.storage.models import AuditRecord, Clue, clue_cadres

# Columns in an order of their own, with synonyms, a 万元 column and a title row above.
HEADER = ["序号", "被反映人姓名", "身份证号码", "所在单位", "比对问题", "受理时间", "来源",
          "处置方式", "办理结果", "追缴金额（万元）", "纠正金额(元)", "取消资格人数", "备注"]
GOOD = [
    ["1", "李四", "", "城关镇", "名下有车辆仍享受城乡低保", "2026-03-05", "大数据比对",
     "了结", "查实", "0.36", "1,200.50", "1", "第一批"],
    ["2", "王  五", "", "河口镇", "违规领取耕地地力保护补贴", "2026年3月6日", "", "初核",
     "", "", "", "", ""],
    ["3", "赵六、钱七", "", "青山县财政局", "重复领取高龄津贴", "2026/3/7", "信访",
     "谈话函询", "部分查实", "", "８００元", "", ""],
]
BAD = {   # row content -> the words the reason must contain
    "missing name": (["4", "", "", "城关镇", "违规领取低保", "2026-03-08", "", "", "", "", "",
                      "", ""], "被反映人姓名"),
    "bad date": (["5", "孙八", "", "城关镇", "违规领取低保", "2026-02-30", "", "", "", "", "",
                  "", ""], "not a real calendar date"),
    "unknown source": (["6", "周九", "", "城关镇", "违规领取低保", "2026-03-08", "网上传言",
                        "", "", "", "", "", ""], "网上传言"),
    "bad money": (["7", "吴十", "", "城关镇", "违规领取低保", "2026-03-08", "", "了结", "查实",
                   "", "一千元", "", ""], "一千元"),
    "duplicate": (["1", "李四", "", "城关镇", "名下有车辆仍享受城乡低保", "2026-03-05",
                   "大数据比对", "了结", "查实", "0.36", "1,200.50", "1", "第一批"],
                  "repeats row 3"),
}


def write_csv(path: Path, rows: list[list[str]], *, title: bool = True,
              encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        if title:
            writer.writerow(["2026年第一批大数据比对问题线索"])
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def clue_count(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count(Clue.id))) or 0)


def read_report(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def county(services: Services) -> County:
    return County(services)


def test_good_rows_in_bad_rows_reported_and_a_second_import_adds_nothing(
        services: Services, county: County, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "比对结果.csv", GOOD + [row for row, _ in BAD.values()])
    result = services.clues.import_file(source)
    assert (result.total_rows, result.imported, result.already, result.rejected) == (8, 3, 0, 5)
    assert result.ignored_headers == ("序号",)

    rows = {r.subject_names: r for r in services.clues.search()}
    assert set(rows) == {"李四", "王五", "赵六、钱七"}
    li = rows["李四"]
    assert (li.source, li.handling, li.result, li.money_recovered_fen, li.money_corrected_fen,
            li.persons_disqualified, li.received_on, li.unit_id, li.remarks) == (
        ClueSource.BIG_DATA, ClueHandling.CLOSED, ClueResult.CONFIRMED, 360_000, 120_050, 1,
        dt.date(2026, 3, 5), county.town, "第一批")
    assert li.imported and li.number.startswith("XS2026-")
    wang = rows["王五"]   # no source: the import's default; the unit by its name
    assert (wang.source, wang.handling, wang.result, wang.unit_id) == (
        ClueSource.BIG_DATA, ClueHandling.PRELIMINARY, None, county.other_town)
    zhao = rows["赵六、钱七"]   # a unit not in the records is kept as text
    assert (zhao.source, zhao.result, zhao.money_corrected_fen, zhao.unit_id,
            zhao.unit_display) == (ClueSource.PETITION, ClueResult.PARTLY, 80_000, None,
                                   "青山县财政局")
    assert len({r.number for r in rows.values()}) == 3

    # The report, next to the file: each bad row with its number (title row 1, header 2).
    assert result.report == tmp_path / "比对结果.rejected.csv"
    report = read_report(result.report)
    assert report[0][:2] == ["Row", "Reason"] and report[0][2:] == HEADER
    assert [line[0] for line in report[1:]] == ["6", "7", "8", "9", "10"]
    for line, (cells, words) in zip(report[1:], BAD.values(), strict=True):
        assert words in line[1], line
        assert line[2:] == cells
    assert [p.row for p in result.problems] == [6, 7, 8, 9, 10]

    # Importing the same file again adds nothing; the bad rows are reported again.
    again = services.clues.import_file(source)
    assert (again.imported, again.already, again.rejected) == (0, 3, 5)
    assert clue_count(services) == 3
    with services.db.read() as session:
        imports = list(session.scalars(select(AuditRecord.summary).where(
            AuditRecord.action == "clue.import")))
    assert imports == ["3 clues from 比对结果.csv", "0 clues from 比对结果.csv"]


def test_id_numbers_link_cadres_and_numbers_in_the_file_are_kept(
        services: Services, county: County, tmp_path: Path) -> None:
    source = tmp_path / "clues.csv"
    source.write_text(
        "线索编号,受理日期,被反映人,身份证号,问题摘要\n"
        f"XS2026-0007,2026-01-02,张建国,{county.zhang_id_number.lower()},违规发放补贴\n"
        ",2026-01-03,某人,420621197001010,旧身份证号\n"
        ",2026-01-04,某人,12345,号码不对\n"
        "XS2026-0007,2026-01-05,另一人,,编号重复\n", encoding="utf-8")
    result = services.clues.import_file(source, report=tmp_path / "r.csv")
    assert (result.imported, result.rejected) == (2, 2)
    assert {p.row: p.message.render() for p in result.problems} == {
        4: "身份证号: “12345” is not an ID number of 18 characters (or an old one of 15 "
           "digits).",
        5: "The clue number XS2026-0007 is already used."}
    zhang = services.clues.search(ClueFilter(text="张建国"))[0]
    assert (zhang.number, zhang.cadre_ids) == ("XS2026-0007", (county.zhang,))
    # numbers handed out follow the highest in use
    other = services.clues.search(ClueFilter(text="旧身份证号"))[0]
    assert other.number == "XS2026-0008"
    assert services.clues.next_number(2026) == "XS2026-0009"
    with services.db.read() as session:
        assert len(session.execute(select(clue_cadres)).all()) == 1


def test_dry_run_writes_only_the_report(services: Services, county: County,
                                        tmp_path: Path) -> None:
    source = write_csv(tmp_path / "a.csv", [*GOOD, BAD["bad date"][0]], title=False,
                       encoding="gb18030")
    result = services.clues.import_file(source, dry_run=True, report=tmp_path / "bad.csv")
    assert (result.dry_run, result.imported, result.rejected) == (True, 3, 1)
    assert [r.subject_names for r in result.preview] == ["李四", "王五", "赵六、钱七"]
    assert result.preview_rows == (2, 3, 4)
    assert [line[0] for line in read_report(tmp_path / "bad.csv")[1:]] == ["5"]
    assert clue_count(services) == 0
    with services.db.read() as session:
        assert session.scalar(select(AuditRecord.id).where(
            AuditRecord.action == "clue.import")) is None


def test_a_failure_mid_import_leaves_the_database_as_it_was(
        services: Services, county: County, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.clues.import_file(write_csv(tmp_path / "first.csv", GOOD[:1]))
    before = clue_count(services)
    monkeypatch.setattr(clues_module, "IMPORT_CHUNK", 10)
    monkeypatch.setattr(clues_module, "PROGRESS_EVERY", 10)
    rows = [["", f"人员{n}", "", "城关镇", f"问题{n}", "2026-03-05", "", "", "", "", "", "", ""]
            for n in range(40)] + [BAD["bad date"][0]]
    source = write_csv(tmp_path / "big.csv", rows)
    seen: list[int] = []

    def cancel_at_30(done: int) -> None:
        seen.append(done)
        if done >= 30:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        services.clues.import_file(source, progress=cancel_at_30)
    assert seen == [10, 20, 30]           # two chunks of ten were written by then
    assert clue_count(services) == before
    assert not (tmp_path / "big.rejected.csv").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    # A constraint failure (a clue number taken behind the importer's back) as well.
    original = clues_module._ImportRun._found

    def blind(self: object, connection: object, column: object, values: list[str]) -> set[str]:
        return set()

    monkeypatch.setattr(clues_module._ImportRun, "_found", blind)
    with pytest.raises(Exception, match=r"(?i)unique"):   # SQLite's or PostgreSQL's words
        services.clues.import_file(write_csv(tmp_path / "first-again.csv", GOOD[:1]))
    monkeypatch.setattr(clues_module._ImportRun, "_found", original)
    assert clue_count(services) == before
    result = services.clues.import_file(source)
    assert (result.imported, result.rejected) == (40, 1)
    assert (tmp_path / "big.rejected.csv").exists()
    # The bad row corrected: no rejected row, and the old report goes.
    fixed = ["", "孙八", "", "城关镇", "违规领取低保", "2026-02-28", "", "", "", "", "", "", ""]
    write_csv(source, [*rows[:-1], fixed])
    result = services.clues.import_file(source)
    assert (result.imported, result.already, result.rejected, result.report) == (1, 40, 0, None)
    assert not (tmp_path / "big.rejected.csv").exists()


def test_township_clerk_imports_only_their_units(services: Services, county: County,
                                                 tmp_path: Path) -> None:
    services.auth.sign_out()
    services.auth.sign_in("admin", TEST_PASSWORD)
    services.auth.create_user(UserInput("town_clerk", "城关镇纪委", frozenset(
        {AccountRole.CLERK}), scope_unit_id=county.town), TEST_PASSWORD)
    services.auth.sign_out()
    for username in ("leader", "auditor", "admin"):
        services.auth.sign_in(username, TEST_PASSWORD)
        with pytest.raises(PermissionDeniedError):
            services.clues.import_file(write_csv(tmp_path / "x.csv", GOOD))
        services.auth.sign_out()
    services.auth.sign_in("town_clerk", TEST_PASSWORD)
    result = services.clues.import_file(write_csv(tmp_path / "town.csv", GOOD))
    assert (result.imported, result.rejected) == (1, 2)
    assert [p.row for p in result.problems] == [4, 5]
    assert "not one of your township's units" in result.problems[0].message.render()
    assert [r.subject_names for r in services.clues.search()] == ["李四"]


def test_xlsx_with_number_and_date_cells_and_the_template(services: Services, county: County,
                                                          tmp_path: Path) -> None:
    template = tmp_path / "模板.xlsx"
    write_clue_template(template, lambda context, text: text)
    result = services.clues.import_file(template)
    assert (result.imported, result.rejected) == (1, 0)
    row = services.clues.search()[0]
    assert (row.number, row.received_on, row.result, row.concluded_on, row.money_recovered_fen,
            row.money_corrected_fen, row.persons_disqualified) == (
        "XS2026-0001", dt.date(2026, 3, 5), ClueResult.CONFIRMED, dt.date(2026, 4, 20),
        360_000, 120_000, 1)

    book = tmp_path / "numbers.xlsx"
    write_xlsx(book, "线索", ["受理日期", "被反映人", "身份证号", "问题摘要", "追缴金额(元)",
                            "取消资格人数"],
               [[dt.date(2026, 2, 1), "甲", "", "问题一", 1234.5, 2.0],
                [dt.date(2026, 2, 2), "乙", 420621197001010113, "问题二", "", ""],
                [dt.date(2026, 2, 3), "丙", "", "问题三", 1.005, 1.5]])
    result = services.clues.import_file(book)
    assert (result.imported, result.rejected) == (1, 2)
    assert [p.row for p in result.problems] == [3, 4]
    assert "Excel has lost its last digits" in result.problems[0].message.render()
    first = services.clues.search(ClueFilter(text="问题一"))[0]
    assert (first.money_recovered_fen, first.persons_disqualified) == (123_450, 2)


def test_files_that_cannot_be_imported(services: Services, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("姓名,日期\n张三,2026-01-01\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError) as caught:
        services.clues.import_file(wrong)
    assert "问题摘要" not in caught.value.message.render()    # the labels, untranslated
    assert "Summary of the problem" in caught.value.message.render()
    with pytest.raises(SpreadsheetError):
        services.clues.import_file(tmp_path / "missing.csv")
    assert clue_count(services) == 0
    assert TEMPLATE_HEADERS[1] == "*受理日期"


@pytest.mark.slow
@pytest.mark.sqlite_only("the bounded fast path writes through the SQLite driver; on"
                         " PostgreSQL 400,000 rows take minutes (a known gap)")
def test_400000_rows_import_in_bounded_memory(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    line = ",{d},大数据比对,张{n},,城关镇民政办,名下有车辆仍享受城乡低保第{n}户,了结,查实,100,,,\n"
    with source.open("w", encoding="utf-8") as handle:
        handle.write(",".join(["线索编号", "受理日期", "线索来源", "被反映人", "身份证号", "单位",
                               "问题摘要", "处置方式", "办理结果", "追缴金额(元)",
                               "纠正金额(元)", "取消资格人数", "备注"]) + "\n")
        handle.writelines(line.format(n=n, d=f"2026-0{1 + n % 9}-1{n % 10}")
                          for n in range(400_000))
        handle.write(",2026-13-01,大数据比对,坏行,,,日期不对,,,,,,\n")
    tracemalloc.start()
    try:
        result = services.clues.import_file(source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    print(f"400,000 rows: traced peak {peak / 2**20:.1f} MiB")
    assert (result.imported, result.rejected) == (400_000, 1)
    assert clue_count(services) == 400_000
    # The rows stream: what is held is one chunk and the 8-byte keys of the rows seen.
    assert peak < 90 * 2**20, f"peak {peak / 2**20:.1f} MiB"
