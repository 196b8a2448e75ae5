"""Importing the unit list and the cadre roster from spreadsheets (RELIABILITY T19, T21):
the preview says what each row does, a bad row blocks the whole file, the same file twice
adds nothing, and the CLI does the same headless."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from zeren_desktop.cli import main
from zeren_desktop.domain.enums import Rank, Sex, UnitKind
from zeren_desktop.domain.identity import resident_id_check_char
from zeren_desktop.domain.records import CadreInput, PostInput, UnitInput
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.domain.text import ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.roster_import import (
    CADRE_TEMPLATE_HEADERS,
    UNIT_TEMPLATE_HEADERS,
    RosterPreview,
    RowStatus,
    parse_rank,
    parse_unit_kind,
    parse_year_month_or_date,
    unit_kind_from_name,
    write_cadre_template,
    write_unit_template,
)
from zeren_desktop.services.spreadsheets import SpreadsheetError
from zeren_desktop.storage.models import AuditRecord, Cadre, Unit


def resident_id(birth: str, seq: str = "013", region: str = "420621") -> str:
    """A valid ID number; an odd last sequence digit means male."""
    first17 = region + birth + seq
    return first17 + resident_id_check_char(first17)


WEI_ID = resident_id("19750312", "013")     # 魏明, male
LIU_ID = resident_id("19820705", "024")     # 刘芳, female
BAD_ID = WEI_ID[:-1] + ("0" if WEI_ID[-1] != "0" else "1")   # wrong check character


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(list(row))
    workbook.save(path)
    return path


def statuses(preview: RosterPreview) -> list[tuple[int, RowStatus]]:
    return [(row.row, row.status) for row in preview.rows]


def units_by_name(services: Services) -> dict[str, Unit]:
    with services.db.read() as session:
        units = list(session.scalars(select(Unit)))
        session.expunge_all()
    return {unit.name: unit for unit in units}


def cadre_count(services: Services) -> int:
    with services.db.read() as session:
        return len(list(session.scalars(select(Cadre.id))))


def audit_actions(services: Services, action: str) -> list[AuditRecord]:
    with services.db.read() as session:
        records = list(session.scalars(select(AuditRecord).where(AuditRecord.action == action)))
        session.expunge_all()
    return records


UNIT_ROWS = [
    ["青山县单位名单"],
    ["*单位名称", "单位类型", "上级单位", "统一社会信用代码", "备注"],
    ["青山县", "县", "", "", ""],
    ["城关镇", "乡镇", "青山县", "", "县城所在地"],
    ["东门社区", "", "城关镇", "", ""],
    ["县财政局", "", "青山县", "11420621MB1234567Y", ""],
    ["", "", "", "", ""],
    ["城关镇党政办", "县直部门", "城关镇", "", ""],
]


def credit_code(first17: str) -> str:
    from zeren_desktop.domain.identity import credit_code_check_char

    return first17 + credit_code_check_char(first17)


@pytest.fixture
def unit_rows() -> list[list[str]]:
    rows = [list(row) for row in UNIT_ROWS]
    rows[5][3] = credit_code("11420621MB1234567")
    return rows


# -- the unit list


def test_unit_list_xlsx_with_parents_in_the_same_file(services: Services, tmp_path: Path,
                                                      unit_rows: list[list[str]]) -> None:
    source = write_xlsx(tmp_path / "单位.xlsx", unit_rows)
    preview = services.units.import_preview(source)
    assert statuses(preview) == [(3, RowStatus.NEW), (4, RowStatus.NEW), (5, RowStatus.NEW),
                                 (6, RowStatus.NEW), (8, RowStatus.NEW)]
    assert preview.can_import and preview.new == 5 and preview.errors == 0
    # the kind of 东门社区 comes from its name, and the preview says so
    village = preview.rows[2]
    assert "Kind taken from the name" in village.reason()
    assert units_by_name(services) == {}   # a preview writes nothing

    result = services.units.import_file(source)
    assert result.written and result.created == 5
    units = units_by_name(services)
    assert units["青山县"].parent_id is None and units["青山县"].kind == UnitKind.COUNTY
    assert units["城关镇"].parent_id == units["青山县"].id
    assert units["城关镇"].notes == "县城所在地"
    assert units["东门社区"].parent_id == units["城关镇"].id
    assert units["东门社区"].kind == UnitKind.VILLAGE
    assert units["县财政局"].kind == UnitKind.DEPARTMENT
    assert units["县财政局"].credit_code == unit_rows[5][3]
    assert units["城关镇党政办"].parent_id == units["城关镇"].id
    # the pinyin column is filled as the unit service fills it
    assert [u.name for u in services.units.search("cgz")] == ["城关镇", "城关镇党政办"]
    assert len(audit_actions(services, "unit.import")) == 1

    again = services.units.import_file(source)
    assert not again.written and again.created == 0
    assert again.unchanged == 5 and again.preview.new == 0
    assert len(units_by_name(services)) == 5
    assert len(audit_actions(services, "unit.import")) == 1


def test_unit_list_with_bad_rows_imports_nothing_and_names_them(
        services: Services, tmp_path: Path) -> None:
    rows = [
        ["单位名称", "单位类型", "上级单位", "统一社会信用代码"],
        ["青山县", "县", "", ""],
        ["城关镇", "乡镇", "青山县", "91420621MA4812345X"],   # wrong check character
        ["河口镇", "镇级", "青山县", ""],                      # unknown kind
        ["东门社区", "村(社区)", "南关镇", ""],                 # no such parent
        ["西街社区", "村(社区)", "后面的镇", ""],               # parent only further down
        ["后面的镇", "乡镇", "青山县", ""],
        ["青山县", "县", "", ""],                              # repeats row 2
        ["城东社区", "村(社区)", "城关镇", ""],                  # its parent's row is bad
    ]
    source = write_csv(tmp_path / "units.csv", rows, "utf-8")
    result = services.units.import_file(source)
    assert not result.written
    assert [row.row for row in result.errors] == [3, 4, 5, 6, 8, 9]
    reasons = {row.row: row.reason() for row in result.errors}
    assert reasons[3].startswith("统一社会信用代码: ") and "check character" in reasons[3]
    assert reasons[4].startswith("单位类型: ") and "镇级" in reasons[4]
    assert reasons[5].startswith("上级单位: ") and "南关镇" in reasons[5]
    assert "comes later in the file" in reasons[6]
    assert reasons[8] == "单位名称: This row repeats row 2."
    assert reasons[9] == ("上级单位: The unit “城关镇” of row 3 has an error: correct that "
                          "row first.")
    assert units_by_name(services) == {}
    assert audit_actions(services, "unit.import") == []


def test_unit_update_and_same_names_under_other_parents(services: Services,
                                                        tmp_path: Path) -> None:
    county = services.units.create(UnitInput("青山县", UnitKind.COUNTY))
    town = services.units.create(UnitInput("城关镇", UnitKind.OTHER, county))
    river = services.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, county))
    services.units.create(UnitInput("党政办", UnitKind.DEPARTMENT, town))
    code = credit_code("11420621MB0000001")
    rows = [["单位名称", "类型", "上级单位", "信用代码", "排序"],
            ["城关镇", "乡镇", "", code, "3"],         # by name alone: the one 城关镇
            ["党政办", "部门", "城关镇", "", ""],        # recorded, nothing to change
            ["党政办", "部门", "河口镇", "", ""],        # another 党政办: a new unit
            ["党政办", "", "", "", ""]]                  # which one? two now
    source = write_csv(tmp_path / "units.csv", rows, "utf-8-sig")
    preview = services.units.import_preview(source)
    assert statuses(preview) == [(2, RowStatus.UPDATE), (3, RowStatus.UNCHANGED),
                                 (4, RowStatus.NEW), (5, RowStatus.ERROR)]
    assert "Kind of unit" in preview.rows[0].reason() and \
        "Unified social credit code" in preview.rows[0].reason()
    assert "上级单位" in preview.rows[3].reason()
    del rows[4]
    write_csv(source, rows, "utf-8-sig")
    result = services.units.import_file(source)
    assert result.written and (result.created, result.updated, result.unchanged) == (1, 1, 1)
    detail = services.units.get(town)
    assert (detail.kind, detail.credit_code, detail.sort_order) == (
        UnitKind.TOWNSHIP, code, 3)
    assert sorted(u.parent_id == river for u in services.units.search("党政办")) == [
        False, True]


def test_unit_import_refuses_a_cadre_roster(services: Services, tmp_path: Path) -> None:
    rows = [["姓名", "单位", "职务"], ["魏明", "城关镇", "书记"]]
    source = write_csv(tmp_path / "名册.csv", rows, "utf-8")
    with pytest.raises(SpreadsheetError, match="cadre roster"):
        services.units.import_preview(source)


def test_a_township_user_imports_units_only_below_its_township(
        services: Services, tmp_path: Path) -> None:
    county = services.units.create(UnitInput("青山县", UnitKind.COUNTY))
    town = services.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, county))
    services.auth.sign_in("admin", TEST_PASSWORD)
    services.auth.create_user(UserInput("chengguan", "城关镇录入员",
                                        frozenset({AccountRole.CLERK}), town), "Town-Pass-2026")
    services.auth.sign_in("chengguan", "Town-Pass-2026")
    rows = [["单位名称", "上级单位"], ["东门社区", "城关镇"], ["县档案馆", ""],
            ["西门社区", "青山县"], ["北门社区", "不存在镇"]]
    source = write_csv(tmp_path / "units.csv", rows, "utf-8")
    result = services.units.import_file(source)
    assert not result.written
    assert statuses(result.preview) == [(2, RowStatus.NEW), (3, RowStatus.ERROR),
                                        (4, RowStatus.ERROR), (5, RowStatus.ERROR)]
    assert "below its own township" in result.errors[0].reason()
    # recorded, but not one of theirs: said so, not "not recorded"
    assert result.errors[1].reason() == (
        "上级单位: “青山县” is not within the scope of your account (城关镇).")
    assert "No unit named “不存在镇” is recorded" in result.errors[2].reason()
    write_csv(source, rows[:2], "utf-8")
    assert services.units.import_file(source).written
    # the new unit is theirs at once
    assert {u.name for u in services.units.list_all()} == {"城关镇", "东门社区"}


# -- the cadre roster


CADRE_HEADER = ["序号", "姓名", "性别", "出生年月", "民族", "身份证号", "政治面貌", "单位", "职务",
                "职级", "任职时间", "手机", "备注"]


@pytest.fixture
def county(services: Services) -> dict[str, uuid.UUID]:
    county = services.units.create(UnitInput("青山县", UnitKind.COUNTY))
    town = services.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, county))
    village = services.units.create(UnitInput("东门社区", UnitKind.VILLAGE, town))
    return {"county": county, "town": town, "village": village}


def roster_rows() -> list[list[str]]:
    return [
        ["青山县城关镇干部名册"],
        CADRE_HEADER,
        ["1", "魏明", "", "1975.03", "汉族", WEI_ID, "中共党员", "城关镇", "党委书记", "正科级",
         "2021.06", "13800000001", ""],
        ["2", "刘芳", "女", "", "", LIU_ID.lower(), "中共党员", "城关镇", "纪委书记", "副科",
         "2022年1月", "", ""],
        ["3", "张  三", "男", "1988-02-03", "汉", "", "群众", "东门社区", "党支部书记", "",
         "2020-11-30", "", "村干部"],
        ["4", "欧阳晓燕", "女", "1990.10", "", "", "", "", "", "", "", "", ""],
    ]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_cadre_roster_csv_in_the_encodings_offices_save(
        services: Services, county: dict[str, uuid.UUID], tmp_path: Path, encoding: str) -> None:
    source = write_csv(tmp_path / "干部名册.csv", roster_rows(), encoding)
    preview = services.cadres.import_preview(source)
    assert statuses(preview) == [(3, RowStatus.NEW), (4, RowStatus.NEW), (5, RowStatus.NEW),
                                 (6, RowStatus.NEW)]
    assert "序号" in preview.ignored_headers
    result = services.cadres.import_file(source)
    assert result.written and result.created == 4
    wei = services.cadres.search("魏明")[0]
    detail = services.cadres.get(wei.id)
    # sex and birth date come from the ID number; 1975.03 agrees with it
    assert (detail.sex, detail.birth_date) == (Sex.MALE, dt.date(1975, 3, 12))
    assert (detail.rank, detail.party_standing, detail.phone) == (
        Rank.TOWNSHIP_SECTION, "中共党员", "13800000001")
    assert [(p.unit_name, p.title, p.start_date, p.end_date) for p in detail.posts] == [
        ("城关镇", "党委书记", dt.date(2021, 6, 1), None)]
    liu = services.cadres.get(services.cadres.search("刘芳")[0].id)
    assert liu.id_number == LIU_ID.upper() and liu.rank == Rank.TOWNSHIP_SECTION
    zhang = services.cadres.get(services.cadres.search("张三")[0].id)
    assert zhang.birth_date == dt.date(1988, 2, 3) and zhang.notes == "村干部"
    assert zhang.posts[0].unit_name == "东门社区" and zhang.rank == Rank.GENERAL
    ouyang = services.cadres.get(services.cadres.search("欧阳晓燕")[0].id)
    assert ouyang.birth_date == dt.date(1990, 10, 1) and ouyang.posts == ()
    # pinyin initials find the imported cadres, surname readings first
    assert [r.name for r in services.cadres.search("wm")] == ["魏明"]
    assert [r.name for r in services.cadres.search("oyxy")] == ["欧阳晓燕"]


def test_cadre_roster_xlsx_same_file_twice_adds_nothing(
        services: Services, county: dict[str, uuid.UUID], tmp_path: Path) -> None:
    rows = roster_rows()
    rows[2][3] = 1975.03    # typed into a number cell
    rows[3][3] = dt.datetime(1982, 7, 1)   # a date cell shown as 1982.07; the ID says the 5th
    rows[3][10] = dt.date(2022, 1, 1)
    source = write_xlsx(tmp_path / "名册.xlsx", rows)
    first = services.cadres.import_file(source)
    assert first.written and first.created == 4
    assert cadre_count(services) == 4
    again = services.cadres.import_file(source)
    assert not again.written and again.created == 0 and again.unchanged == 4
    reasons = [row.reason() for row in again.preview.rows]
    assert "ID number" in reasons[0]                   # matched by the ID number
    assert "post in this unit" in reasons[2]           # by name and unit
    assert cadre_count(services) == 4
    assert len(audit_actions(services, "cadre.import")) == 1
    liu = services.cadres.get(services.cadres.search("刘芳")[0].id)
    assert liu.birth_date == dt.date(1982, 7, 5)
    assert liu.posts[0].start_date == dt.date(2022, 1, 1)


def test_one_bad_id_number_imports_nothing_and_reports_the_row(
        services: Services, county: dict[str, uuid.UUID], tmp_path: Path) -> None:
    rows = roster_rows()
    rows[3][5] = BAD_ID
    source = write_csv(tmp_path / "名册.csv", rows, "gb18030")
    preview = services.cadres.import_preview(source)
    assert not preview.can_import
    assert statuses(preview)[1] == (4, RowStatus.ERROR)
    result = services.cadres.import_file(source)
    assert not result.written and result.created == 0
    assert [row.row for row in result.errors] == [4]
    reason = result.errors[0].reason()
    assert reason.startswith("身份证号: ") and "check character" in reason
    assert cadre_count(services) == 0
    assert audit_actions(services, "cadre.import") == []


def test_cadre_row_problems_name_their_columns(services: Services, county: dict[str, uuid.UUID],
                                               tmp_path: Path) -> None:
    rows = [
        ["姓名", "性别", "出生年月", "身份证号", "单位", "职务", "职级", "任职时间"],
        ["魏明", "女", "", WEI_ID, "城关镇", "书记", "", "2021.06"],      # sex vs ID
        ["刘芳", "", "1983.01", LIU_ID, "", "", "", ""],                 # month vs ID
        ["王五", "", "", "", "南关镇", "镇长", "", "2020.01"],            # no such unit
        ["赵六", "", "", "", "城关镇", "镇长", "", ""],                   # post without date
        ["钱七", "", "", "", "城关镇", "", "", "2020.01"],                # unit without post
        ["孙八", "", "", "", "城关镇", "副镇长", "大领导", "2020.01"],      # unknown rank
        ["", "男", "", "", "", "", "", ""],                               # no name
        ["李九", "", "", "", "城关镇", "镇长", "", "2099.01"],            # in the future
        ["周十", "", "", "", "城关镇", "镇长", "", "2020.01"],
        ["周十", "", "", "", "城关镇", "镇长", "", "2020.01"],            # repeats row 10
    ]
    source = write_csv(tmp_path / "名册.csv", rows, "utf-8")
    preview = services.cadres.import_preview(source)
    reasons = {row.row: row.reason() for row in preview.error_rows}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7, 8, 9, 11]
    assert reasons[2].startswith("性别: ")
    assert reasons[3].startswith("出生年月: ") and "1983-01" in reasons[3]
    assert reasons[4].startswith("单位: ") and "南关镇" in reasons[4]
    assert reasons[5].startswith("任职时间: ")
    assert reasons[6].startswith("职务: ")
    assert reasons[7].startswith("职级: ") and "大领导" in reasons[7]
    assert reasons[8].startswith("姓名: ")
    assert reasons[9].startswith("任职时间: ")
    assert reasons[11] == "姓名: This row repeats row 10."
    assert statuses(preview)[-2] == (10, RowStatus.NEW)


def test_an_id_number_stored_as_a_number_is_refused(services: Services,
                                                    county: dict[str, uuid.UUID],
                                                    tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "名册.xlsx", [["姓名", "身份证号"], ["魏明", int(WEI_ID[:17])]])
    preview = services.cadres.import_preview(source)
    assert preview.errors == 1 and "stored as a number" in preview.rows[0].reason()


def test_recorded_cadres_are_updated_and_keep_their_other_posts(
        services: Services, county: dict[str, uuid.UUID], tmp_path: Path) -> None:
    town, village = county["town"], county["village"]
    wei = services.cadres.create(CadreInput(
        "魏明", Rank.GENERAL, id_number=WEI_ID,
        posts=(PostInput(village, "党支部书记", dt.date(2015, 1, 1)),)))
    zhang = services.cadres.create(CadreInput("张三", posts=(
        PostInput(town, "副镇长", dt.date(2019, 1, 1)),)))
    li = services.cadres.create(CadreInput("李红", phone="13900000000"))
    wang_id = resident_id("19700101", "011")
    services.cadres.create(CadreInput("王五", id_number=wang_id))
    rows = [["姓名", "身份证号", "单位", "职务", "职级", "任职时间", "手机"],
            ["魏明", WEI_ID, "城关镇", "党委书记", "乡科级", "2021.06", "13800000001"],
            ["张三", LIU_ID, "城关镇", "副镇长", "", "", ""],    # adds the ID number
            ["李红", "", "", "", "", "", ""],                     # nothing new
            ["刘芳", wang_id, "", "", "", "", ""]]                # someone else's ID number
    source = write_csv(tmp_path / "名册.csv", rows, "utf-8")
    preview = services.cadres.import_preview(source)
    assert statuses(preview) == [(2, RowStatus.UPDATE), (3, RowStatus.UPDATE),
                                 (4, RowStatus.UNCHANGED), (5, RowStatus.ERROR)]
    assert preview.rows[3].reason() == "身份证号: This ID number is recorded for 王五."
    assert "name with a post in this unit" in preview.rows[1].reason()
    del rows[4]
    write_csv(source, rows, "utf-8")
    preview = services.cadres.import_preview(source)
    assert statuses(preview) == [(2, RowStatus.UPDATE), (3, RowStatus.UPDATE),
                                 (4, RowStatus.UNCHANGED)]
    assert "Adds the post 党委书记 in 城关镇" in preview.rows[0].reason()
    assert "Rank" in preview.rows[0].reason() and "Mobile phone" in preview.rows[0].reason()
    result = services.cadres.import_file(source)
    assert result.written and (result.created, result.updated) == (0, 2)
    detail = services.cadres.get(wei)
    assert detail.rank == Rank.TOWNSHIP_SECTION and detail.phone == "13800000001"
    assert [(p.unit_name, p.title, p.end_date) for p in detail.posts] == [
        ("东门社区", "党支部书记", None), ("城关镇", "党委书记", None)]
    zhang_detail = services.cadres.get(zhang)
    assert (zhang_detail.id_number, zhang_detail.sex) == (LIU_ID, Sex.FEMALE)
    assert services.cadres.get(li).phone == "13900000000"
    assert cadre_count(services) == 4


def test_units_written_as_a_path_tell_same_names_apart(
        services: Services, county: dict[str, uuid.UUID], tmp_path: Path) -> None:
    town = county["town"]
    river = services.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, county["county"]))
    services.units.create(UnitInput("党政办", UnitKind.DEPARTMENT, town))
    services.units.create(UnitInput("党政办", UnitKind.DEPARTMENT, river))
    rows = [["姓名", "单位", "职务", "任职时间"],
            ["魏明", "党政办", "主任", "2020.01"],
            ["刘芳", "河口镇/党政办", "主任", "2020.01"]]
    source = write_csv(tmp_path / "名册.csv", rows, "utf-8")
    preview = services.cadres.import_preview(source)
    assert statuses(preview) == [(2, RowStatus.ERROR), (3, RowStatus.NEW)]
    reason = preview.rows[0].reason()
    assert "河口镇" not in reason and "上级单位/党政办" in reason


def test_cadre_templates_round_trip(services: Services, tmp_path: Path) -> None:
    """The blank templates, filled only with their example rows, import as they are."""
    units = tmp_path / "单位模板.xlsx"
    cadres = tmp_path / "干部模板.xlsx"
    write_unit_template(units, lambda _context, text: text)
    write_cadre_template(cadres, lambda _context, text: text)
    workbook = openpyxl.load_workbook(cadres)
    header = [cell.value for cell in next(workbook.active.iter_rows(max_row=1))]
    assert tuple(header) == CADRE_TEMPLATE_HEADERS
    workbook = openpyxl.load_workbook(units)
    header = [cell.value for cell in next(workbook.active.iter_rows(max_row=1))]
    assert tuple(header) == UNIT_TEMPLATE_HEADERS
    assert services.units.import_file(units).created == 2
    result = services.cadres.import_file(cadres)
    assert result.written and result.created == 1
    assert services.cadres.search("zs")[0].unit_name == "青山县城关镇"


def test_cell_parsers() -> None:
    assert parse_year_month_or_date("1975.03") == (dt.date(1975, 3, 1), True)
    assert parse_year_month_or_date("1975年3月") == (dt.date(1975, 3, 1), True)
    assert parse_year_month_or_date("197503") == (dt.date(1975, 3, 1), True)
    assert parse_year_month_or_date(1975.1) == (dt.date(1975, 10, 1), True)
    assert parse_year_month_or_date("1975.1") == (dt.date(1975, 1, 1), True)
    assert parse_year_month_or_date("1975-03-12") == (dt.date(1975, 3, 12), False)
    assert parse_year_month_or_date(dt.datetime(1975, 3, 12)) == (dt.date(1975, 3, 12), False)
    with pytest.raises(ValidationError):
        parse_year_month_or_date("1975.13")
    assert parse_rank("副科级领导职务") == Rank.TOWNSHIP_SECTION
    assert parse_rank("二级调研员") == Rank.COUNTY_DIVISION
    assert parse_rank("general") == Rank.GENERAL
    assert parse_unit_kind("村（社区）") == UnitKind.VILLAGE
    assert parse_unit_kind("Township") == UnitKind.TOWNSHIP
    assert unit_kind_from_name("青山县城关镇") == UnitKind.TOWNSHIP
    assert unit_kind_from_name("县纪委监委") == UnitKind.DEPARTMENT
    assert unit_kind_from_name("青山县") == UnitKind.COUNTY
    assert unit_kind_from_name("某某") == UnitKind.OTHER


# -- the CLI


@pytest.fixture
def db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ZEREN_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("ZEREN_LANG", "en")
    return db_path


def zeren(db: Path, *args: str, user: str = "clerk") -> int:
    return main(["--db", str(db), "--user", user, *args])


def test_cli_dry_run_then_import(db: Path, tmp_path: Path, unit_rows: list[list[str]],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    units = write_xlsx(tmp_path / "units.xlsx", unit_rows)
    assert zeren(db, "units", "import", str(units), "--dry-run") == 0
    out, _ = capsys.readouterr()
    assert "5 new, 0 to update, 0 already present, 0 with problems" in out
    assert "Nothing was imported" in out
    with Services.open(db) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        assert services.units.list_all() == []
    assert zeren(db, "units", "import", str(units)) == 0
    out, _ = capsys.readouterr()
    assert "Imported: 5 new, 0 updated, 0 already present." in out

    rows = roster_rows()
    rows[3][5] = BAD_ID
    roster = write_csv(tmp_path / "roster.csv", rows, "gb18030")
    assert zeren(db, "cadres", "import", str(roster), "--dry-run") == 1
    out, err = capsys.readouterr()
    assert "Row 4: 身份证号: " in err
    assert zeren(db, "cadres", "import", str(roster)) == 1
    out, err = capsys.readouterr()
    assert "Row 4: 身份证号: " in err and "Nothing was imported" in err
    with Services.open(db) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        assert services.cadres.count() == 0

    write_csv(roster, roster_rows(), "gb18030")
    assert zeren(db, "cadres", "import", str(roster)) == 0
    out, _ = capsys.readouterr()
    assert "Imported: 4 new, 0 updated, 0 already present." in out
    # A header alone is said to be one, not "0 rows: nothing to import" (exit 1).
    header = write_csv(tmp_path / "header.csv", roster_rows()[:2], "gb18030")
    for extra in ((), ("--dry-run",)):
        assert zeren(db, "cadres", "import", str(header), *extra) == 1
        out, err = capsys.readouterr()
        assert "no data rows" in err and "Imported" not in out
    assert zeren(db, "cadres", "list", "--search", "wm") == 0
    out, _ = capsys.readouterr()
    assert "魏明" in out
    # the leader may read, not import
    assert zeren(db, "cadres", "import", str(roster), user="leader") == 1


def test_cli_writes_the_templates(db: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "units-template.xlsx"
    assert zeren(db, "units", "import", "--template", str(target)) == 0
    assert target.exists()
    target = tmp_path / "roster-template.xlsx"
    assert zeren(db, "cadres", "import", "--template", str(target)) == 0
    workbook = openpyxl.load_workbook(target)
    assert workbook.active["A1"].value == "*姓名"
    assert zeren(db, "cadres", "import") == 2   # no file
    _, err = capsys.readouterr()
    assert "--template" in err


def test_a_township_user_imports_cadres_of_its_own_township(
        services: Services, county: dict[str, uuid.UUID], tmp_path: Path) -> None:
    river = services.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, county["county"]))
    services.cadres.create(CadreInput("刘芳", id_number=LIU_ID, posts=(
        PostInput(river, "镇长", dt.date(2020, 1, 1)),)))
    services.auth.sign_in("admin", TEST_PASSWORD)
    services.auth.create_user(UserInput("chengguan", "城关镇录入员",
                                        frozenset({AccountRole.CLERK}), county["town"]),
                              "Town-Pass-2026")
    services.auth.sign_in("chengguan", "Town-Pass-2026")
    rows = [["姓名", "身份证号", "单位", "职务", "任职时间"],
            ["魏明", WEI_ID, "东门社区", "党支部书记", "2021.01"],
            ["刘芳", LIU_ID, "城关镇", "副镇长", "2023.01"],    # recorded by 河口镇
            ["王五", "", "河口镇", "副镇长", "2023.01"],         # not one of its units
            ["赵六", "", "", "", ""],                            # no post at all
            ["钱七", "", "青山县/河口镇", "镇长", "2023.01"],     # not one of its units either
            ["孙八", "", "西门社区", "主任", "2023.01"]]          # not recorded at all
    source = write_csv(tmp_path / "名册.csv", rows, "utf-8")
    preview = services.cadres.import_preview(source)
    assert statuses(preview) == [(2, RowStatus.NEW), (3, RowStatus.ERROR),
                                 (4, RowStatus.ERROR), (5, RowStatus.ERROR),
                                 (6, RowStatus.ERROR), (7, RowStatus.ERROR)]
    reasons = [row.reason() for row in preview.error_rows]
    assert "another township" in reasons[0]
    assert reasons[1] == "单位: “河口镇” is not within the scope of your account (城关镇)."
    assert reasons[2].startswith("单位: ") and "own township" in reasons[2]
    assert reasons[3] == "单位: “青山县/河口镇” is not within the scope of your account (城关镇)."
    assert "No unit named “西门社区” is recorded" in reasons[4]
    write_csv(source, rows[:2], "utf-8")
    assert services.cadres.import_file(source).written
    assert [r.name for r in services.cadres.search("wm")] == ["魏明"]
