"""Importing the unit list (单位名单) and the cadre roster (干部名册) from the spreadsheets
offices already keep: .xlsx/.xls/.ods, or .csv in UTF-8 (with or without BOM) or GB18030.

Three steps, so that reading the file holds no lock and the preview and the import decide
exactly alike:

1. `read_unit_file` / `read_cadre_file` (no database): find the header row by its Chinese
   or English column names (any order; `*` markers, spaces and bracketed notes ignored;
   title rows above it skipped), then parse every data row, keeping its spreadsheet row
   number and its first problem.
2. `plan_units` / `plan_cadres` (a session): match every row with the records and say
   what would happen to it: new, update (the file gives values that differ), already
   present, or error with a reason naming the column; rows repeating another row of the
   file are errors.
3. `write_units` / `write_cadres` (a write session): write the plan. The services call them
   only when no row has an error, in the transaction of the plan: all or none.

How rows are matched with the records (the preview says which way each row matched):

- a unit is the unit of the same name under the same parent (上级单位); a row without a
  parent is the one unit of that name, wherever it is in the tree;
- a cadre is the cadre with the same ID number (身份证号); without one in the file, the
  cadre of the same name holding a current post in the row's unit (or the one cadre of
  that name when the row names no unit). A recorded cadre takes the values the file gives
  (an empty cell changes nothing, a name never changes) and the row's post when they do
  not hold it yet; their other posts stay as they are.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain.enums import Rank, Sex, UnitKind
from zeren_desktop.domain.identity import (
    birth_date_from_resident_id,
    resident_id_check_char,
    validate_resident_id,
)
from zeren_desktop.domain.parsing import (
    cell_text,
    match_header,
    normalise_header,
    parse_date,
    parse_int,
)
from zeren_desktop.domain.records import CadreInput, PostInput, UnitInput
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    ValidationError,
    untranslated,
)
from zeren_desktop.services.session import Actor
from zeren_desktop.services.spreadsheets import SpreadsheetError, iter_rows, write_xlsx
from zeren_desktop.storage.models import Cadre, Unit

_CTX = "Import"
UNITS, CADRES = "units", "cadres"
HEADER_SCAN_ROWS = 20          # non-empty rows searched for the header row
ID_DIGITS_EXCEL_KEEPS = 15
SORT_ORDER_MAX = 1_000_000
_BATCH = 500
_FLUSH_EVERY = 200
_HEADER_MARKS = "*＊ \t\n\u3000"

# -- unit columns

U_NAME, U_SHORT, U_KIND, U_PARENT = "name", "short_name", "kind", "parent"
U_CREDIT, U_ORDER, U_NOTES = "credit_code", "sort_order", "notes"
UNIT_KEYS = (U_NAME, U_SHORT, U_KIND, U_PARENT, U_CREDIT, U_ORDER, U_NOTES)

# The first alias is the template's header; an earlier alias wins when two headers of a
# file name the same column.
UNIT_ALIASES: dict[str, tuple[str, ...]] = {
    U_NAME: ("单位名称", "单位全称", "名称", "单位", "组织名称", "unit name", "name", "unit"),
    U_SHORT: ("简称", "单位简称", "short name"),
    U_KIND: ("单位类型", "单位类别", "类型", "类别", "单位性质", "kind", "type"),
    U_PARENT: ("上级单位", "上级", "隶属单位", "主管单位", "上级组织", "parent unit", "parent"),
    U_CREDIT: ("统一社会信用代码", "社会信用代码", "信用代码", "credit code"),
    U_ORDER: ("排序", "排序号", "显示顺序", "sort order", "order"),
    U_NOTES: ("备注", "notes", "remarks"),
}
UNIT_LABELS: dict[str, str] = {
    U_NAME: QT_TRANSLATE_NOOP("Import", "Unit name"),
    U_SHORT: QT_TRANSLATE_NOOP("Import", "Short name"),
    U_KIND: QT_TRANSLATE_NOOP("Import", "Kind of unit"),
    U_PARENT: QT_TRANSLATE_NOOP("Import", "Parent unit"),
    U_CREDIT: QT_TRANSLATE_NOOP("Import", "Unified social credit code"),
    U_ORDER: QT_TRANSLATE_NOOP("Import", "Sort order"),
    U_NOTES: QT_TRANSLATE_NOOP("Import", "Remarks"),
}

# -- cadre columns

C_NAME, C_SEX, C_BIRTH, C_ETHNICITY, C_ID = "name", "sex", "birth", "ethnicity", "id_number"
C_PARTY, C_UNIT, C_TITLE, C_RANK, C_START = "party", "unit", "title", "rank", "start"
C_PORTFOLIO, C_PHONE, C_NOTES = "portfolio", "phone", "notes"
CADRE_KEYS = (C_NAME, C_SEX, C_BIRTH, C_ETHNICITY, C_ID, C_PARTY, C_UNIT, C_TITLE, C_RANK,
              C_START, C_PORTFOLIO, C_PHONE, C_NOTES)

CADRE_ALIASES: dict[str, tuple[str, ...]] = {
    C_NAME: ("姓名", "干部姓名", "name"),
    C_SEX: ("性别", "sex"),
    C_BIRTH: ("出生年月", "出生日期", "出生年月日", "出生时间", "生日", "birth date",
              "date of birth"),
    C_ETHNICITY: ("民族", "ethnicity"),
    C_ID: ("身份证号", "身份证号码", "公民身份号码", "证件号码", "ID number"),
    C_PARTY: ("政治面貌", "party standing", "political standing"),
    C_UNIT: ("单位", "工作单位", "所在单位", "任职单位", "单位名称", "unit"),
    C_TITLE: ("职务", "现任职务", "现职务", "职务名称", "post", "title"),
    C_RANK: ("职级", "现职级", "级别", "职务层次", "rank"),
    C_START: ("任职时间", "任现职时间", "任职日期", "任现职务时间", "任职年月", "post since",
              "start date"),
    C_PORTFOLIO: ("分工", "分管工作", "工作分工", "分管", "portfolio"),
    C_PHONE: ("手机", "手机号码", "手机号", "联系电话", "电话", "phone", "mobile"),
    C_NOTES: ("备注", "notes", "remarks"),
}
CADRE_LABELS: dict[str, str] = {
    C_NAME: QT_TRANSLATE_NOOP("Import", "Name"),
    C_SEX: QT_TRANSLATE_NOOP("Import", "Sex"),
    C_BIRTH: QT_TRANSLATE_NOOP("Import", "Birth date"),
    C_ETHNICITY: QT_TRANSLATE_NOOP("Import", "Ethnicity"),
    C_ID: QT_TRANSLATE_NOOP("Import", "ID number"),
    C_PARTY: QT_TRANSLATE_NOOP("Import", "Political standing"),
    C_UNIT: QT_TRANSLATE_NOOP("Import", "Unit"),
    C_TITLE: QT_TRANSLATE_NOOP("Import", "Post"),
    C_RANK: QT_TRANSLATE_NOOP("Import", "Rank"),
    C_START: QT_TRANSLATE_NOOP("Import", "In post since"),
    C_PORTFOLIO: QT_TRANSLATE_NOOP("Import", "Portfolio"),
    C_PHONE: QT_TRANSLATE_NOOP("Import", "Mobile phone"),
    C_NOTES: QT_TRANSLATE_NOOP("Import", "Remarks"),
}
# CadreInput's and PostInput's field names and the columns they come from
_CADRE_FIELDS = {"name": C_NAME, "sex": C_SEX, "birth_date": C_BIRTH,
                 "ethnicity": C_ETHNICITY, "id_number": C_ID, "party_standing": C_PARTY,
                 "phone": C_PHONE, "notes": C_NOTES, "title": C_TITLE, "start_date": C_START,
                 "end_date": C_START, "portfolio": C_PORTFOLIO, "rank": C_RANK}
_UNIT_FIELDS = {"name": U_NAME, "short_name": U_SHORT, "credit_code": U_CREDIT,
                "notes": U_NOTES, "kind": U_KIND, "parent_id": U_PARENT}

# -- the names used on paper

UNIT_KIND_NAMES: dict[UnitKind, tuple[str, ...]] = {
    UnitKind.COUNTY: ("县", "县级", "县(市、区)", "县市区", "县区", "县委县政府"),
    UnitKind.TOWNSHIP: ("乡镇", "乡", "镇", "街道", "乡镇(街道)", "乡镇街道", "街道办事处"),
    UnitKind.DEPARTMENT: ("县直部门", "部门", "县直单位", "机关", "县直机关", "机关单位",
                          "党政机关", "行政机关"),
    UnitKind.VILLAGE: ("村(社区)", "村", "社区", "村居", "村委会", "居委会"),
    UnitKind.ENTERPRISE: ("国有企事业单位", "国有企业", "国企", "企业", "事业单位",
                          "企事业单位"),
    UnitKind.OTHER: ("其他", "其它"),
}
RANK_NAMES: dict[Rank, tuple[str, ...]] = {
    Rank.COUNTY_DIVISION: ("县处级", "处级", "县级", "正处级", "副处级", "正处", "副处",
                           "正县级", "副县级", "一级调研员", "二级调研员", "三级调研员",
                           "四级调研员", "调研员"),
    Rank.TOWNSHIP_SECTION: ("乡科级", "科级", "乡镇科级", "正科级", "副科级", "正科", "副科",
                            "一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员",
                            "主任科员"),
    Rank.GENERAL: ("一般干部", "一般", "科员", "一级科员", "二级科员", "办事员", "股级",
                   "职员"),
    Rank.OTHER: ("其他", "其它"),
}
SEX_NAMES: dict[Sex, tuple[str, ...]] = {
    Sex.MALE: ("男", "男性", "m"),
    Sex.FEMALE: ("女", "女性", "f"),
}
_RANK_SUFFIXES = ("领导职务", "非领导职务", "正职", "副职", "干部", "职级")

# What a unit's name says about its kind when the file gives none, by the end of the name.
_KIND_BY_ENDING: tuple[tuple[UnitKind, tuple[str, ...]], ...] = (
    (UnitKind.VILLAGE, ("村", "村委会", "村民委员会", "社区", "居委会", "居民委员会",
                        "社区居民委员会")),
    (UnitKind.TOWNSHIP, ("镇", "乡", "街道", "街道办事处", "镇人民政府", "乡人民政府",
                         "镇党委", "乡党委")),
    (UnitKind.ENTERPRISE, ("公司", "集团", "银行", "医院", "学校", "中学", "小学", "学院",
                           "卫生院")),
    (UnitKind.DEPARTMENT, ("局", "委", "办", "部", "院", "厅", "署", "联", "室", "馆", "会",
                           "中心", "所", "站", "队")),
    (UnitKind.COUNTY, ("县", "市", "区")),
)


def _normalise(text: str) -> str:
    text = normalise_header(text)
    return "".join(c for c in text if c not in "_-'\"“”‘’、,，·.")


def _index(names: Mapping[Any, tuple[str, ...]]) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for member, aliases in names.items():
        for alias in (member.value, member.label, *aliases):
            index.setdefault(_normalise(alias), member)
    return index


_UNIT_KINDS = _index(UNIT_KIND_NAMES)
_RANKS = _index(RANK_NAMES)
_SEXES = _index(SEX_NAMES)


def _not_one_of(text: str, names: Mapping[Any, tuple[str, ...]]) -> Message:
    choices = "、".join(aliases[0] for aliases in names.values())
    return Message(_CTX, QT_TRANSLATE_NOOP("Import", "“{text}” is not one of: {choices}."),
                   {"text": text[:40], "choices": choices})


def parse_unit_kind(text: str) -> UnitKind:
    """乡镇, 县直部门, 村(社区)… (or the code `township`, or the English label)."""
    found = _UNIT_KINDS.get(_normalise(text))
    if found is None:
        raise ValidationError("kind", _not_one_of(text, UNIT_KIND_NAMES))
    return found  # type: ignore[no-any-return]


def parse_rank(text: str) -> Rank:
    """县处级, 乡科级, 一般干部, the civil-service grades (二级主任科员…), 正科/副科…"""
    key = _normalise(text)
    found = _RANKS.get(key)
    if found is None:
        for suffix in _RANK_SUFFIXES:
            if key.endswith(suffix) and key != suffix:
                found = _RANKS.get(key.removesuffix(suffix))
                if found is not None:
                    break
    if found is None:
        raise ValidationError("rank", _not_one_of(text, RANK_NAMES))
    return found  # type: ignore[no-any-return]


def parse_sex(text: str) -> Sex:
    found = _SEXES.get(_normalise(text))
    if found is None:
        raise ValidationError("sex", _not_one_of(text, SEX_NAMES))
    return found  # type: ignore[no-any-return]


def unit_kind_from_name(name: str) -> UnitKind:
    """A guess from the end of a unit's name: 城关镇 a township, 东门社区 a village,
    县财政局 a department; OTHER when the name says nothing."""
    text = unicodedata.normalize("NFKC", name).strip()
    for kind, endings in _KIND_BY_ENDING:
        if text.endswith(endings) and len(text) > 1:
            return kind
    return UnitKind.OTHER


_YEAR_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_YEAR_MONTH_DIGITS = re.compile(r"^(\d{4})(\d{2})$")


def parse_year_month_or_date(value: object) -> tuple[dt.date, bool]:
    """A date, or a month as rosters write it (1975.03, 1975年3月, 197503, 1975-03): the
    first of that month and True. A number cell such as 1975.1 is October (Excel dropped
    the trailing zero of 1975.10)."""
    if isinstance(value, float) and not value.is_integer() and 1900 <= value < 2200:
        text = f"{value:.2f}"
    else:
        text = unicodedata.normalize("NFKC", cell_text(value)).replace(" ", "")
    match = _YEAR_MONTH.match(text) or _YEAR_MONTH_DIGITS.match(text)
    if match:
        year, month = int(match[1]), int(match[2])
        if not 1 <= month <= 12:
            raise ValidationError("date", Message(_CTX, QT_TRANSLATE_NOOP(
                "Import", "“{text}” is not a real calendar date."), {"text": text[:40]}))
        return dt.date(year, month, 1), True
    return parse_date(value), False


def _squeeze(text: str) -> str:
    """张  三 (padded to line up with three-character names) is 张三; other runs of spaces
    become one."""
    if any(c.isspace() for c in text) and all(
            c.isspace() or unicodedata.name(c, "").startswith("CJK") for c in text):
        return "".join(text.split())
    return " ".join(text.split())


# -- what the preview and the import report

class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


STATUS_LABELS: dict[RowStatus, str] = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("Import", "New"),
    RowStatus.UPDATE: QT_TRANSLATE_NOOP("Import", "Update"),
    RowStatus.UNCHANGED: QT_TRANSLATE_NOOP("Import", "Already present"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("Import", "Error"),
}

Value = str | Message


def status_label(status: RowStatus) -> Message:
    return Message(_CTX, STATUS_LABELS[status])


def render_value(value: Value, translate: Translate = untranslated) -> str:
    return value.render(translate) if isinstance(value, Message) else value


@dataclass(frozen=True)
class PreviewRow:
    """One data row: its spreadsheet row number, what happens to it, the values as they
    will be recorded (one per column of the preview), and why: the error, or what an
    update changes and how the row was matched."""

    row: int
    status: RowStatus
    values: tuple[Value, ...]           # an error row's: the cells as written
    messages: tuple[Message, ...] = ()

    def reason(self, translate: Translate = untranslated) -> str:
        return " ".join(m.render(translate) for m in self.messages)


@dataclass(frozen=True)
class RosterPreview:
    kind: str                               # UNITS or CADRES
    file_name: str
    columns: tuple[Message, ...]            # the labels of PreviewRow.values
    rows: tuple[PreviewRow, ...]
    ignored_headers: tuple[str, ...] = ()   # columns of the file that are not imported

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def new(self) -> int:
        return self.count(RowStatus.NEW)

    @property
    def updated(self) -> int:
        return self.count(RowStatus.UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(RowStatus.UNCHANGED)

    @property
    def errors(self) -> int:
        return self.count(RowStatus.ERROR)

    @property
    def error_rows(self) -> tuple[PreviewRow, ...]:
        return tuple(row for row in self.rows if row.status == RowStatus.ERROR)

    @property
    def can_import(self) -> bool:
        """No row has an error, and some row adds or changes something."""
        return not self.errors and bool(self.new or self.updated)


@dataclass(frozen=True)
class RosterImportResult:
    """`written`: the new and updated rows were written (all of them); False when a row
    has an error (then nothing was written) or there was nothing to write."""

    preview: RosterPreview
    written: bool

    @property
    def created(self) -> int:
        return self.preview.new if self.written else 0

    @property
    def updated(self) -> int:
        return self.preview.updated if self.written else 0

    @property
    def unchanged(self) -> int:
        return self.preview.unchanged

    @property
    def errors(self) -> tuple[PreviewRow, ...]:
        return self.preview.error_rows


# -- the header row and the data rows

@dataclass(frozen=True)
class _Header:
    row: int
    columns: dict[str, int]           # column key -> index in the row
    texts: dict[str, str]             # column key -> header as written
    found: tuple[str, ...]
    ignored: tuple[str, ...]


def _alias_rank(text: str, key: str, aliases: Mapping[str, tuple[str, ...]]) -> int:
    for rank, alias in enumerate(aliases[key]):
        if match_header(text, {key: (alias,)}) is not None:
            return rank
    return len(aliases[key])


def _read_header(number: int, cells: Sequence[object],
                 aliases: Mapping[str, tuple[str, ...]]) -> _Header:
    columns: dict[str, int] = {}
    texts: dict[str, str] = {}
    ranks: dict[str, int] = {}
    found: list[str] = []
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        text = cell_text(cell)
        if not text:
            continue
        text = text.strip(_HEADER_MARKS) or text
        found.append(text)
        key = match_header(text, aliases)
        if key is None:
            ignored.append(text)
            continue
        rank = _alias_rank(text, key, aliases)
        if key in columns:
            if rank >= ranks[key]:
                ignored.append(text)
                continue
            ignored.append(texts[key])
        columns[key], texts[key], ranks[key] = index, text, rank
    return _Header(number, columns, texts, tuple(found), tuple(ignored))


def _find_header(path: Path, rows: Iterator[tuple[int, list[object]]],
                 aliases: Mapping[str, tuple[str, ...]], required: Sequence[str],
                 labels: Mapping[str, str]) -> _Header:
    best: _Header | None = None
    seen = 0
    for number, cells in rows:
        if not any(cell_text(c) for c in cells):
            continue
        header = _read_header(number, cells, aliases)
        if all(key in header.columns for key in required):
            return header
        if best is None or len(header.columns) > len(best.columns):
            best = header
        seen += 1
        if seen >= HEADER_SCAN_ROWS:
            break
    if best is None:
        raise SpreadsheetError(Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "The file {name} has no rows to import."), {"name": path.name}))
    missing = [Message(_CTX, labels[key]) for key in required if key not in best.columns]
    found = "、".join(f"“{text[:40]}”" for text in best.found)
    raise SpreadsheetError(Message(_CTX, QT_TRANSLATE_NOOP(
        "Import", "The file {name} lacks the columns {missing}. The headers found (row {row}) "
        "are: {found}."),
        {"name": path.name, "missing": missing, "row": best.row, "found": found}))


def _data_rows(rows: Iterator[tuple[int, list[object]]], header: _Header,
               required: Sequence[str]
               ) -> Iterator[tuple[int, dict[str, object], dict[str, str]]]:
    columns = tuple(header.columns.items())
    for number, cells in rows:
        size = len(cells)
        values = {key: cells[index] if index < size else None for key, index in columns}
        texts = {key: cell_text(value) for key, value in values.items()}
        if not any(texts.values()):
            continue
        if all(texts[key].strip(_HEADER_MARKS) == header.texts[key] for key in required):
            continue  # the header again (sheets pasted one below another)
        yield number, values, texts


class _RowRefused(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.message = message


def _prefixed(column: str | Message, message: Message) -> Message:
    return Message(_CTX, QT_TRANSLATE_NOOP("Import", "{column}: {problem}"),
                   {"column": column, "problem": message})


def _required() -> Message:
    return Message("Validation", QT_TRANSLATE_NOOP("Validation", "This field is required."))


@dataclass(frozen=True)
class _Columns:
    header: _Header
    labels: Mapping[str, str]

    def name(self, key: str) -> str | Message:
        """The column as the file heads it, or its label when the file has no such column."""
        return self.header.texts.get(key) or Message(_CTX, self.labels[key])

    def refuse(self, key: str, message: Message) -> _RowRefused:
        return _RowRefused(_prefixed(self.name(key), message))

    def field_error(self, error: ValidationError, fields: Mapping[str, str],
                    default: str) -> _RowRefused:
        key = fields.get(error.field.rsplit(".", 1)[-1].split("[")[0], default)
        return self.refuse(key, error.message)


@dataclass
class UnitRow:
    """A unit row as read from the file (checked, not yet matched)."""

    row: int
    texts: dict[str, str]
    name: str = ""
    short_name: str = ""
    kind: UnitKind | None = None
    parent: str = ""
    credit_code: str = ""
    sort_order: int | None = None
    notes: str = ""
    problem: Message | None = None


@dataclass
class CadreRow:
    """A cadre row as read from the file (checked, not yet matched)."""

    row: int
    texts: dict[str, str]
    name: str = ""
    sex: Sex | None = None
    birth: dt.date | None = None
    birth_month_only: bool = False
    ethnicity: str = ""
    id_number: str = ""
    party_standing: str = ""
    unit: str = ""
    title: str = ""
    rank: Rank | None = None
    start: dt.date | None = None
    start_month_only: bool = False
    portfolio: str = ""
    phone: str = ""
    notes: str = ""
    problem: Message | None = None


@dataclass(frozen=True)
class ParsedFile:
    kind: str
    name: str
    columns: _Columns
    rows: tuple[Any, ...]            # UnitRow or CadreRow, in the file's order

    @property
    def ignored_headers(self) -> tuple[str, ...]:
        return self.columns.header.ignored


def read_unit_file(path: Path) -> ParsedFile:
    """The unit rows of a spreadsheet; raises SpreadsheetError when the file cannot be
    read or has no 单位名称 column."""
    path = Path(path)
    rows = iter_rows(path)
    header = _find_header(path, rows, UNIT_ALIASES, (U_NAME,), UNIT_LABELS)
    people = [text for text in header.found if match_header(
        text, {C_NAME: CADRE_ALIASES[C_NAME], C_ID: CADRE_ALIASES[C_ID]}) is not None]
    if people:
        raise SpreadsheetError(Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "The file {name} has a column “{column}”: it is a list of people, not of "
            "units. Import it as a cadre roster."), {"name": path.name, "column": people[0]}))
    columns = _Columns(header, UNIT_LABELS)
    parsed = []
    for number, values, texts in _data_rows(rows, header, (U_NAME,)):
        row = UnitRow(number, texts)
        try:
            _parse_unit(row, values, texts, columns)
        except _RowRefused as refused:
            row.problem = refused.message
        parsed.append(row)
    return ParsedFile(UNITS, path.name, columns, tuple(parsed))


def _parse_unit(row: UnitRow, values: Mapping[str, object], texts: Mapping[str, str],
                columns: _Columns) -> None:
    name = _squeeze(texts.get(U_NAME, ""))
    if not name:
        raise columns.refuse(U_NAME, _required())
    row.parent = _squeeze(texts.get(U_PARENT, ""))
    if row.parent == name:
        raise columns.refuse(U_PARENT, Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "A unit cannot be its own parent unit.")))
    kind_text = texts.get(U_KIND, "")
    if kind_text:
        try:
            row.kind = parse_unit_kind(kind_text)
        except ValidationError as error:
            raise columns.refuse(U_KIND, error.message) from None
    if texts.get(U_ORDER):
        try:
            order = parse_int(values.get(U_ORDER))
        except ValidationError as error:
            raise columns.refuse(U_ORDER, error.message) from None
        if not 0 <= order <= SORT_ORDER_MAX:
            raise columns.refuse(U_ORDER, Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "Give a number from 0 to {limit}."), {"limit": SORT_ORDER_MAX}))
        row.sort_order = order
    try:
        data = UnitInput(name, row.kind or UnitKind.OTHER, None, texts.get(U_SHORT, ""),
                         texts.get(U_CREDIT, ""), texts.get(U_NOTES, "")).validated()
    except ValidationError as error:
        raise columns.field_error(error, _UNIT_FIELDS, U_NAME) from None
    row.name, row.short_name, row.credit_code, row.notes = (
        data.name, data.short_name, data.credit_code, data.notes)


def read_cadre_file(path: Path, today: dt.date) -> ParsedFile:
    """The cadre rows of a spreadsheet; raises SpreadsheetError when the file cannot be
    read or has no 姓名 column."""
    path = Path(path)
    rows = iter_rows(path)
    header = _find_header(path, rows, CADRE_ALIASES, (C_NAME,), CADRE_LABELS)
    columns = _Columns(header, CADRE_LABELS)
    parsed = []
    for number, values, texts in _data_rows(rows, header, (C_NAME,)):
        row = CadreRow(number, texts)
        try:
            _parse_cadre(row, values, texts, columns, today)
        except _RowRefused as refused:
            row.problem = refused.message
        parsed.append(row)
    return ParsedFile(CADRES, path.name, columns, tuple(parsed))


def _id_number(value: object, columns: _Columns, today: dt.date) -> str:
    if isinstance(value, float | int) and not isinstance(value, bool) and \
            abs(value) >= 10 ** ID_DIGITS_EXCEL_KEEPS:
        # an 18-digit ID typed into a number cell: Excel has already rounded it
        raise columns.refuse(C_ID, Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "The ID number was stored as a number, so Excel has lost its last "
            "digits: format the column as text and type the numbers again.")))
    text = cell_text(value)
    if not text:
        return ""
    try:
        return validate_resident_id(text, today=today)
    except ValidationError as error:
        raise columns.refuse(C_ID, error.message) from None


def _month_date(key: str, value: object, columns: _Columns) -> tuple[dt.date | None, bool]:
    if not cell_text(value):
        return None, False
    try:
        return parse_year_month_or_date(value)
    except ValidationError as error:
        raise columns.refuse(key, error.message) from None


def _birth_month_differs(birth: dt.date, id_birth: dt.date) -> Message:
    return Message(_CTX, QT_TRANSLATE_NOOP(
        "Import", "The birth month {month} differs from the one in the ID number ({id_date})."),
        {"month": f"{birth:%Y-%m}", "id_date": id_birth.isoformat()})


def _parse_cadre(row: CadreRow, values: Mapping[str, object], texts: Mapping[str, str],
                 columns: _Columns, today: dt.date) -> None:
    row.name = _squeeze(texts.get(C_NAME, ""))
    if not row.name:
        raise columns.refuse(C_NAME, _required())
    if texts.get(C_SEX):
        try:
            row.sex = parse_sex(texts[C_SEX])
        except ValidationError as error:
            raise columns.refuse(C_SEX, error.message) from None
    if texts.get(C_RANK):
        try:
            row.rank = parse_rank(texts[C_RANK])
        except ValidationError as error:
            raise columns.refuse(C_RANK, error.message) from None
    row.birth, row.birth_month_only = _month_date(C_BIRTH, values.get(C_BIRTH), columns)
    if row.birth is not None and row.birth.day == 1:
        # 出生年月 kept as a date cell shows 1975.03 and holds 1975-03-01: only the month
        row.birth_month_only = True
    row.id_number = _id_number(values.get(C_ID), columns, today)
    if row.birth is not None and row.birth_month_only and row.id_number:
        id_birth = birth_date_from_resident_id(row.id_number)
        if (id_birth.year, id_birth.month) != (row.birth.year, row.birth.month):
            raise columns.refuse(C_BIRTH, _birth_month_differs(row.birth, id_birth))
    row.start, row.start_month_only = _month_date(C_START, values.get(C_START), columns)
    row.unit = _squeeze(texts.get(C_UNIT, ""))
    row.title = " ".join(texts.get(C_TITLE, "").split())
    row.portfolio = texts.get(C_PORTFOLIO, "")
    if row.title and not row.unit:
        raise columns.refuse(C_UNIT, Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "Give the unit where the post (职务) is held.")))
    if (row.unit or row.start or row.portfolio) and not row.title:
        raise columns.refuse(C_TITLE, Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "Give the post (职务) held in the unit.")))
    posts = ((PostInput(uuid.UUID(int=0), row.title, row.start or today,
                        portfolio=row.portfolio),) if row.title else ())
    birth = None if row.birth_month_only and row.id_number else row.birth
    try:
        data = CadreInput(
            row.name, row.rank or Rank.GENERAL, row.sex, birth, texts.get(C_ETHNICITY, ""),
            row.id_number, texts.get(C_PARTY, ""), texts.get(C_PHONE, ""),
            texts.get(C_NOTES, ""), posts).validated(today)
    except ValidationError as error:
        raise columns.field_error(error, _CADRE_FIELDS, C_NAME) from None
    if row.id_number:
        row.sex = row.sex or data.sex
        if row.birth is None or row.birth_month_only:
            row.birth, row.birth_month_only = data.birth_date, False
    row.ethnicity, row.party_standing = data.ethnicity, data.party_standing
    row.phone, row.notes = data.phone, data.notes
    if data.posts:
        row.portfolio = data.posts[0].portfolio


# -- units: matching and writing

@dataclass
class _Place:
    """A unit as the matching sees it: recorded, or made by an earlier row of the file."""

    id: uuid.UUID
    name: str
    short_name: str
    parent_id: uuid.UUID | None
    row: int | None = None              # the file row that makes it
    unit: Unit | None = None            # the recorded unit


class _Tree:
    """Finds units by name (or short name), and by path: 城关镇/党政办."""

    def __init__(self, places: Iterable[_Place]) -> None:
        self.by_id: dict[uuid.UUID, _Place] = {}
        self.by_name: dict[str, list[_Place]] = defaultdict(list)
        self.by_short: dict[str, list[_Place]] = defaultdict(list)
        for place in places:
            self.add(place)

    def add(self, place: _Place) -> None:
        self.by_id[place.id] = place
        self.by_name[place.name].append(place)
        if place.short_name and place.short_name != place.name:
            self.by_short[place.short_name].append(place)

    def named(self, name: str) -> list[_Place]:
        return list(self.by_name.get(name, ())) or list(self.by_short.get(name, ()))

    def find(self, text: str) -> list[_Place]:
        found = self.named(text)
        parts = [part for part in _PATH.split(text) if part]
        if found or len(parts) < 2:
            return found
        found = self.named(parts[0])
        for part in parts[1:]:
            parents = {place.id for place in found}
            found = [place for place in self.named(part) if place.parent_id in parents]
        return found


_PATH = re.compile(r"\s*[/／>＞\\]\s*")


@dataclass(frozen=True)
class _Scope:
    """A township account's view: every recorded unit, to tell a unit outside the account's
    scope from one that is not recorded at all."""

    everything: _Tree
    name: str    # the township the account is scoped to

    def outside(self, text: str) -> Message | None:
        if not self.everything.find(text):
            return None
        return Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "“{name}” is not within the scope of your account ({scope})."),
            {"name": text[:60], "scope": self.name})


def _scope(session: Session, actor: Actor) -> _Scope | None:
    """None for a county account, which sees every unit."""
    if actor.scope_units is None:
        return None
    rows = session.execute(select(Unit.id, Unit.name, Unit.short_name, Unit.parent_id))
    everything = _Tree(_Place(unit_id, name, short_name, parent_id)
                       for unit_id, name, short_name, parent_id in rows)
    own = everything.by_id.get(actor.scope_unit_id) if actor.scope_unit_id else None
    return _Scope(everything, own.name if own is not None else "")


def _unit_problem(text: str, found: list[_Place], later: bool = False,
                  failed_row: int | None = None, scope: _Scope | None = None
                  ) -> Message | None:
    if len(found) == 1:
        return None
    if not found and failed_row is not None:
        return Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "The unit “{name}” of row {row} has an error: correct that row first."),
            {"name": text[:60], "row": failed_row})
    if not found and later:
        return Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "The unit “{name}” comes later in the file: put it above the units "
            "under it."), {"name": text[:60]})
    outside = scope.outside(text) if scope is not None and not found else None
    if outside is not None:
        return outside
    if not found:
        return Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "No unit named “{name}” is recorded: import the unit list first, or "
            "check the name."), {"name": text[:60]})
    return Message(_CTX, QT_TRANSLATE_NOOP(
        "Import", "Several units are named “{name}”: write the unit above it too, as "
        "“{example}”."), {"name": text[:60], "example": f"上级单位/{text[:60]}"})


def _visible_units(session: Session, actor: Actor) -> list[Unit]:
    query = select(Unit).order_by(Unit.sort_order, Unit.name)
    if actor.scope_units is not None:
        query = query.where(Unit.id.in_(actor.scope_units))
    return list(session.scalars(query))


def _label_list(keys: Iterable[str], labels: Mapping[str, str]) -> list[Message]:
    return [Message(_CTX, labels[key]) for key in keys]


def _updates(keys: Sequence[str], labels: Mapping[str, str]) -> Message:
    return Message(_CTX, QT_TRANSLATE_NOOP("Import", "Changes {columns}."),
                   {"columns": _label_list(keys, labels)})


@dataclass
class UnitPlan:
    preview: RosterPreview
    creates: list[tuple[uuid.UUID, UnitInput, int]] = field(default_factory=list)
    updates: list[tuple[Unit, UnitInput, int]] = field(default_factory=list)


def plan_units(session: Session, parsed: ParsedFile, actor: Actor) -> UnitPlan:
    """What importing the rows would do, row by row; nothing is written."""
    recorded = _visible_units(session, actor)
    tree = _Tree(_Place(u.id, u.name, u.short_name, u.parent_id, unit=u) for u in recorded)
    first_row_of_name: dict[str, int] = {}
    for row in parsed.rows:
        if row.name:
            first_row_of_name.setdefault(row.name, row.row)
    orders: dict[uuid.UUID | None, int] = defaultdict(int)
    for unit in recorded:
        orders[unit.parent_id] = max(orders[unit.parent_id], unit.sort_order)
    columns: _Columns = parsed.columns
    shown = [key for key in UNIT_KEYS if key in columns.header.columns or key == U_KIND]
    plan = UnitPlan(RosterPreview(UNITS, parsed.name, tuple(
        Message(_CTX, UNIT_LABELS[key]) for key in shown), (), parsed.ignored_headers))
    previews: list[PreviewRow] = []
    failed: dict[str, int] = {}    # unit name -> the first row of that name with an error
    scope = _scope(session, actor)

    for row in parsed.rows:
        row_values = tuple(row.texts.get(key, "") for key in shown)  # as written
        problem = row.problem
        if problem is None:
            try:
                previews.append(_plan_unit(row, shown, tree, plan, orders, first_row_of_name,
                                           failed, columns, actor, scope))
                continue
            except _RowRefused as refused:
                problem = refused.message
        previews.append(PreviewRow(row.row, RowStatus.ERROR, row_values, (problem,)))
        failed.setdefault(row.name or _squeeze(row.texts.get(U_NAME, "")), row.row)
    plan.preview = replace(plan.preview, rows=tuple(previews))
    return plan


def _unit_values(row: UnitRow, shown: Sequence[str], kind: UnitKind | None) -> tuple[Value, ...]:
    values: list[Value] = []
    for key in shown:
        if key == U_NAME:
            values.append(row.name or row.texts.get(U_NAME, ""))
        elif key == U_KIND:
            member = kind or row.kind
            values.append(Message(member.context(), member.label) if member
                          else row.texts.get(U_KIND, ""))
        elif key == U_ORDER:
            values.append(str(row.sort_order) if row.sort_order is not None
                          else row.texts.get(U_ORDER, ""))
        else:
            values.append(getattr(row, key) or row.texts.get(key, ""))
    return tuple(values)


def _plan_unit(row: UnitRow, shown: Sequence[str], tree: _Tree, plan: UnitPlan,
               orders: dict[uuid.UUID | None, int], first_row_of_name: Mapping[str, int],
               failed: Mapping[str, int], columns: _Columns, actor: Actor,
               scope: _Scope | None = None) -> PreviewRow:
    parent: _Place | None = None
    if row.parent:
        found = tree.find(row.parent)
        later = not found and first_row_of_name.get(row.parent, 0) > row.row
        problem = _unit_problem(row.parent, found, later, failed.get(row.parent), scope)
        if problem is not None:
            raise columns.refuse(U_PARENT, problem)
        parent = found[0]
        matches = [p for p in tree.by_name.get(row.name, ()) if p.parent_id == parent.id]
    else:
        matches = list(tree.by_name.get(row.name, ()))
        if len(matches) > 1:
            raise columns.refuse(U_NAME, Message(_CTX, QT_TRANSLATE_NOOP(
                "Import", "Several units are named “{name}”: give the parent unit (上级单位) "
                "to say which."), {"name": row.name}))
    if matches and matches[0].row is not None:
        raise columns.refuse(U_NAME, Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "This row repeats row {row}."), {"row": matches[0].row}))
    if matches:
        unit = matches[0].unit
        assert unit is not None
        return _plan_unit_update(row, shown, unit, plan, parent is None)
    if actor.scope_units is not None and parent is None:
        raise columns.refuse(U_PARENT, Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "Your account adds units only below its own township: give the parent "
            "unit (上级单位).")))
    kind = row.kind or unit_kind_from_name(row.name)
    parent_id = parent.id if parent is not None else None
    order = row.sort_order if row.sort_order is not None else orders[parent_id] + 1
    orders[parent_id] = max(orders[parent_id], order)
    new_id = uuid.uuid4()
    tree.add(_Place(new_id, row.name, row.short_name, parent_id, row=row.row))
    plan.creates.append((new_id, UnitInput(row.name, kind, parent_id, row.short_name,
                                           row.credit_code, row.notes), order))
    notes: list[Message] = []
    if row.kind is None:
        notes.append(Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "Kind taken from the name: {kind}."),
            {"kind": Message(kind.context(), kind.label)}))
    return PreviewRow(row.row, RowStatus.NEW, _unit_values(row, shown, kind), tuple(notes))


def _plan_unit_update(row: UnitRow, shown: Sequence[str], unit: Unit, plan: UnitPlan,
                      by_name_only: bool) -> PreviewRow:
    changed: list[str] = []
    kind = unit.kind
    if row.kind is not None and row.kind != unit.kind:
        kind = row.kind
        changed.append(U_KIND)
    texts = {U_SHORT: unit.short_name, U_CREDIT: unit.credit_code, U_NOTES: unit.notes}
    for key, value in ((U_SHORT, row.short_name), (U_CREDIT, row.credit_code),
                       (U_NOTES, row.notes)):
        if value and value != texts[key]:
            texts[key] = value
            changed.append(key)
    order = unit.sort_order
    if row.sort_order is not None and row.sort_order != unit.sort_order:
        order = row.sort_order
        changed.append(U_ORDER)
    how = (Message(_CTX, QT_TRANSLATE_NOOP(
        "Import", "The unit of this name is recorded.")) if by_name_only else Message(
        _CTX, QT_TRANSLATE_NOOP(
            "Import", "The unit of this name under this parent unit is recorded.")))
    values = _unit_values(row, shown, kind)
    if not changed:
        return PreviewRow(row.row, RowStatus.UNCHANGED, values, (how,))
    plan.updates.append((unit, UnitInput(unit.name, kind, unit.parent_id, texts[U_SHORT],
                                         texts[U_CREDIT], texts[U_NOTES]), order))
    return PreviewRow(row.row, RowStatus.UPDATE, values, (how, _updates(changed, UNIT_LABELS)))


def write_units(session: Session, plan: UnitPlan, office_id: uuid.UUID,
                apply: Callable[[Unit, UnitInput], None]) -> list[uuid.UUID]:
    """Write the plan (`apply` sets a unit's fields and pinyin as the unit service does);
    the ids of the new units."""
    created = []
    for unit_id, data, order in plan.creates:
        unit = Unit(id=unit_id, office_id=office_id, sort_order=order)
        apply(unit, data)
        session.add(unit)
        session.flush()   # a parent made by an earlier row exists before its children
        created.append(unit_id)
    for unit, data, order in plan.updates:
        apply(unit, data)
        unit.sort_order = order
    session.flush()
    return created


# -- cadres: matching and writing

@dataclass
class CadrePlan:
    preview: RosterPreview
    creates: list[CadreInput] = field(default_factory=list)
    updates: list[tuple[Cadre, CadreInput]] = field(default_factory=list)
    # the units, held so that the session finds them again when the posts are written
    units: list[Unit] = field(default_factory=list, repr=False)


def _recorded_cadres(session: Session, names: set[str], id_numbers: set[str]) -> list[Cadre]:
    found: dict[uuid.UUID, Cadre] = {}
    names_list, ids_list = sorted(names), sorted(id_numbers)
    for start in range(0, max(len(names_list), len(ids_list)), _BATCH):
        some_names = names_list[start:start + _BATCH]
        some_ids = ids_list[start:start + _BATCH]
        query = (select(Cadre).options(selectinload(Cadre.posts))
                 .where(or_(Cadre.name.in_(some_names), Cadre.id_number.in_(some_ids))))
        for cadre in session.scalars(query):
            found[cadre.id] = cadre
    return list(found.values())


def plan_cadres(session: Session, parsed: ParsedFile, actor: Actor,
                today: dt.date) -> CadrePlan:
    """What importing the rows would do, row by row; nothing is written."""
    units = _visible_units(session, actor)
    tree = _Tree(_Place(u.id, u.name, u.short_name, u.parent_id, unit=u) for u in units)
    rows: tuple[CadreRow, ...] = parsed.rows
    cadres = _recorded_cadres(session, {r.name for r in rows if r.name},
                              {r.id_number for r in rows if r.id_number})
    by_id: dict[str, list[Cadre]] = defaultdict(list)
    by_name: dict[str, list[Cadre]] = defaultdict(list)
    for cadre in cadres:
        by_name[cadre.name].append(cadre)
        if cadre.id_number:
            by_id[cadre.id_number].append(cadre)
    columns: _Columns = parsed.columns
    present = set(columns.header.columns)
    if C_ID in present:
        present |= {C_SEX, C_BIRTH}
    shown = [key for key in CADRE_KEYS if key in present or key == C_RANK]
    plan = CadrePlan(RosterPreview(CADRES, parsed.name, tuple(
        Message(_CTX, CADRE_LABELS[key]) for key in shown), (), parsed.ignored_headers),
        units=units)
    matcher = _CadreMatcher(tree, by_id, by_name, columns, actor, today, plan, shown,
                            _scope(session, actor))
    previews: list[PreviewRow] = []
    for row in rows:
        as_written = tuple(row.texts.get(key, "") for key in shown)
        if row.problem is not None:
            previews.append(PreviewRow(row.row, RowStatus.ERROR, as_written, (row.problem,)))
            continue
        try:
            previews.append(matcher.plan(row))
        except _RowRefused as refused:
            previews.append(PreviewRow(row.row, RowStatus.ERROR, as_written,
                                       (refused.message,)))
    plan.preview = replace(plan.preview, rows=tuple(previews))
    return plan


_COMPARED = ("sex", "birth_date", "ethnicity", "id_number", "party_standing", "rank",
             "phone", "notes")  # CadreInput's fields that an update may change
_COMPARED_COLUMNS = {"sex": C_SEX, "birth_date": C_BIRTH, "ethnicity": C_ETHNICITY,
                     "id_number": C_ID, "party_standing": C_PARTY, "rank": C_RANK,
                     "phone": C_PHONE, "notes": C_NOTES}


@dataclass
class _CadreMatcher:
    tree: _Tree
    by_id: dict[str, list[Cadre]]
    by_name: dict[str, list[Cadre]]
    columns: _Columns
    actor: Actor
    today: dt.date
    outcome: CadrePlan
    shown: Sequence[str]
    scope: _Scope | None = None
    first_row: dict[tuple[object, ...], int] = field(default_factory=dict)
    claimed: dict[uuid.UUID, int] = field(default_factory=dict)

    def values(self, row: CadreRow, data: CadreInput) -> tuple[Value, ...]:
        """The values as they will be recorded (a recorded cadre's where the row is empty)."""
        values: list[Value] = []
        for key in self.shown:
            text = row.texts.get(key, "")
            if key == C_SEX:
                sex = data.sex
                values.append(Message(sex.context(), sex.label) if sex else text)
            elif key == C_BIRTH:
                values.append(data.birth_date.isoformat() if data.birth_date else text)
            elif key == C_RANK:
                values.append(Message(data.rank.context(), data.rank.label))
            elif key == C_START:
                values.append(row.start.isoformat() if row.start else text)
            elif key == C_ID:
                values.append(row.id_number or text)
            else:
                attribute = {C_PARTY: "party_standing"}.get(key, key)
                values.append(getattr(row, attribute) or text)
        return tuple(values)

    def repeats(self, key: tuple[object, ...], row: CadreRow, column: str) -> None:
        first = self.first_row.setdefault(key, row.row)
        if first != row.row:
            raise self.columns.refuse(column, Message(_CTX, QT_TRANSLATE_NOOP(
                "Import", "This row repeats row {row}."), {"row": first}))

    def plan(self, row: CadreRow) -> PreviewRow:
        place: _Place | None = None
        if row.unit:
            found = self.tree.find(row.unit)
            problem = _unit_problem(row.unit, found, scope=self.scope)
            if problem is not None:
                raise self.columns.refuse(C_UNIT, problem)
            place = found[0]
        if row.id_number:
            self.repeats(("id", row.id_number), row, C_ID)
        else:
            self.repeats(("name", row.name, place.id if place else None), row, C_NAME)
        cadre, how = self.match(row, place)
        if cadre is not None:
            first = self.claimed.setdefault(cadre.id, row.row)
            if first != row.row:
                raise self.columns.refuse(C_NAME, Message(_CTX, QT_TRANSLATE_NOOP(
                    "Import", "This row and row {row} are the same cadre."), {"row": first}))
        if self.actor.scope_units is not None:
            if cadre is not None and not any(
                    self.actor.sees_unit(p.unit_id) for p in cadre.posts):
                raise self.columns.refuse(C_NAME, Message(_CTX, QT_TRANSLATE_NOOP(
                    "Import", "This cadre is recorded by another township: ask the county "
                    "office to change the record.")))
            if place is None and (cadre is None or not any(
                    self.actor.sees_unit(p.unit_id) and p.end_date is None
                    for p in cadre.posts)):
                raise self.columns.refuse(C_UNIT, Message(_CTX, QT_TRANSLATE_NOOP(
                    "Import", "Your account records cadres with a post in its own township: "
                    "give the unit.")))
        if cadre is None:
            return self.plan_new(row, place)
        assert how is not None
        return self.plan_update(row, place, cadre, how)

    def match(self, row: CadreRow, place: _Place | None) -> tuple[Cadre | None, Message | None]:
        if row.id_number:
            found = self.by_id.get(row.id_number, [])
            if len(found) > 1:
                raise self.columns.refuse(C_ID, Message(_CTX, QT_TRANSLATE_NOOP(
                    "Import", "Several recorded cadres have this ID number: correct the "
                    "records first.")))
            if found:
                if found[0].name != row.name:
                    raise self.columns.refuse(C_ID, Message(_CTX, QT_TRANSLATE_NOOP(
                        "Import", "This ID number is recorded for {name}."),
                        {"name": found[0].name}))
                return found[0], Message(_CTX, QT_TRANSLATE_NOOP(
                    "Import", "A cadre with this ID number is recorded."))
        candidates = [c for c in self.by_name.get(row.name, ())
                      if not (row.id_number and c.id_number)]
        if place is not None:
            candidates = [c for c in candidates if any(
                p.unit_id == place.id and p.end_date is None for p in c.posts)]
        if len(candidates) > 1:
            raise self.columns.refuse(C_NAME, Message(_CTX, QT_TRANSLATE_NOOP(
                "Import", "Several recorded cadres are named {name}: add the ID number "
                "(身份证号) to say which."), {"name": row.name}))
        if not candidates:
            return None, None
        if place is not None:
            return candidates[0], Message(_CTX, QT_TRANSLATE_NOOP(
                "Import", "A cadre of this name with a post in this unit is recorded."))
        return candidates[0], Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "A cadre of this name is recorded."))

    def no_start(self) -> _RowRefused:
        return self.columns.refuse(C_START, Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "Give the date the post began (任职时间): a post is recorded with it.")))

    def validated(self, data: CadreInput) -> CadreInput:
        try:
            return data.validated(self.today)
        except ValidationError as error:
            raise self.columns.field_error(error, _CADRE_FIELDS, C_NAME) from None

    def plan_new(self, row: CadreRow, place: _Place | None) -> PreviewRow:
        posts: tuple[PostInput, ...] = ()
        if place is not None:
            if row.start is None:
                raise self.no_start()
            posts = (PostInput(place.id, row.title, row.start, portfolio=row.portfolio),)
        data = self.validated(CadreInput(
            row.name, row.rank or Rank.GENERAL, row.sex,
            None if row.id_number else row.birth, row.ethnicity, row.id_number,
            row.party_standing, row.phone, row.notes, posts))
        self.outcome.creates.append(data)
        return PreviewRow(row.row, RowStatus.NEW, self.values(row, data))

    def plan_update(self, row: CadreRow, place: _Place | None, cadre: Cadre,
                    how: Message) -> PreviewRow:
        id_number = row.id_number or cadre.id_number
        birth = cadre.birth_date
        if row.birth is not None and not (
                row.birth_month_only and birth is not None
                and (birth.year, birth.month) == (row.birth.year, row.birth.month)):
            birth = row.birth
        if id_number:
            id_birth = birth_date_from_resident_id(id_number)
            if row.birth is not None and row.birth_month_only and \
                    (id_birth.year, id_birth.month) != (row.birth.year, row.birth.month):
                raise self.columns.refuse(C_BIRTH, _birth_month_differs(row.birth, id_birth))
            # the ID number says it; a full date in the file is checked against it
            birth = row.birth if row.birth is not None and not row.birth_month_only else None
        posts = [PostInput(p.unit_id, p.title, p.start_date, p.end_date, p.portfolio, p.id)
                 for p in cadre.posts]
        post_changes: list[str] = []
        post_note: Message | None = None
        if place is not None:
            held = [i for i, p in enumerate(posts) if p.unit_id == place.id
                    and p.title == row.title and p.end_date is None]
            if held:
                post = posts[held[-1]]
                if row.start is not None and row.start != post.start_date:
                    post_changes.append(C_START)
                if row.portfolio and row.portfolio != post.portfolio:
                    post_changes.append(C_PORTFOLIO)
                posts[held[-1]] = replace(post, start_date=row.start or post.start_date,
                                          portfolio=row.portfolio or post.portfolio)
            else:
                if row.start is None:
                    raise self.no_start()
                posts.append(PostInput(place.id, row.title, row.start,
                                       portfolio=row.portfolio))
                post_note = Message(_CTX, QT_TRANSLATE_NOOP(
                    "Import", "Adds the post {title} in {unit}; the cadre's other posts stay "
                    "as they are."), {"title": row.title, "unit": place.name})
        data = self.validated(CadreInput(
            cadre.name, row.rank or cadre.rank, row.sex or cadre.sex, birth,
            row.ethnicity or cadre.ethnicity, id_number,
            row.party_standing or cadre.party_standing, row.phone or cadre.phone,
            row.notes or cadre.notes, tuple(posts)))
        changed = [_COMPARED_COLUMNS[name] for name in _COMPARED
                   if getattr(cadre, name) != getattr(data, name)] + post_changes
        values = self.values(row, data)
        if not changed and post_note is None:
            return PreviewRow(row.row, RowStatus.UNCHANGED, values, (how,))
        self.outcome.updates.append((cadre, data))
        notes = [how]
        if changed:
            notes.append(_updates(changed, CADRE_LABELS))
        if post_note is not None:
            notes.append(post_note)
        return PreviewRow(row.row, RowStatus.UPDATE, values, tuple(notes))


def write_cadres(session: Session, plan: CadrePlan, office_id: uuid.UUID,
                 apply: Callable[[Session, Cadre, CadreInput], None]) -> list[uuid.UUID]:
    """Write the plan (`apply` sets a cadre's fields, pinyin and posts as the cadre service
    does); the ids of the new cadres."""
    created = []
    for count, data in enumerate(plan.creates, 1):
        cadre = Cadre(id=uuid.uuid4(), office_id=office_id)
        apply(session, cadre, data)
        session.add(cadre)
        created.append(cadre.id)
        if count % _FLUSH_EVERY == 0:
            session.flush()   # a few hundred at a time: one flush of thousands sorts slowly
    for cadre, data in plan.updates:
        apply(session, cadre, data)
    session.flush()
    return created


# -- the templates

UNIT_TEMPLATE_HEADERS = ("*单位名称", "简称", "单位类型", "上级单位", "统一社会信用代码", "排序",
                         "备注")
UNIT_TEMPLATE_WIDTHS = (30, 14, 14, 24, 24, 8, 30)
CADRE_TEMPLATE_HEADERS = ("*姓名", "性别", "出生年月", "民族", "身份证号", "政治面貌", "单位",
                          "职务", "职级", "任职时间", "分工", "手机", "备注")
CADRE_TEMPLATE_WIDTHS = (10, 6, 10, 8, 22, 12, 24, 16, 12, 12, 24, 14, 24)


def _example_id(birth: str, sequence: str) -> str:
    first17 = "420621" + birth + sequence
    return first17 + resident_id_check_char(first17)


def write_unit_template(path: Path, translate: Translate) -> None:
    """An .xlsx to fill in: the Chinese headers (the required one marked *) and example
    rows, a county and a township under it."""
    example = translate(_CTX, QT_TRANSLATE_NOOP(
        "Import", "Example row: replace it with your own units."))
    rows = [("青山县", "", UNIT_KIND_NAMES[UnitKind.COUNTY][0], "", "", 1, example),
            ("青山县城关镇", "城关镇", UNIT_KIND_NAMES[UnitKind.TOWNSHIP][0], "青山县", "", 1,
             example)]
    write_xlsx(path, translate(_CTX, QT_TRANSLATE_NOOP("Import", "Units")),
               UNIT_TEMPLATE_HEADERS, rows, column_widths=UNIT_TEMPLATE_WIDTHS)


def write_cadre_template(path: Path, translate: Translate) -> None:
    """An .xlsx to fill in: the Chinese headers (the required one marked *) and an example
    row. The ID number column is text, so that Excel keeps all 18 characters."""
    example = translate(_CTX, QT_TRANSLATE_NOOP(
        "Import", "Example row: replace it with your own cadres. A post needs its unit, "
        "title and start date."))
    rows = [("张三", "男", "1975.03", "汉族", _example_id("19750312", "013"), "中共党员",
             "青山县城关镇", "党委书记", RANK_NAMES[Rank.TOWNSHIP_SECTION][0], "2021.06",
             "主持党委全面工作", "13800000000", example)]
    write_xlsx(path, translate(_CTX, QT_TRANSLATE_NOOP("Import", "Cadre roster")),
               CADRE_TEMPLATE_HEADERS, rows, column_widths=CADRE_TEMPLATE_WIDTHS)
