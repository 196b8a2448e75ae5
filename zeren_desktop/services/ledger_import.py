"""Reading duty-ledger entries (履责纪实) from a spreadsheet: the good rows, and every bad
row with its number and reason.

Columns are found by their header (Chinese or English, any order, `*` markers and spaces
ignored); rows above the header (a title) and rows empty in every known column are
skipped. No database access: the caller passes `find_cadres` and `existing_keys`, and
commits the good rows itself.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from zeren_desktop.domain.enums import LedgerCategory
from zeren_desktop.domain.ledger import LedgerEntryInput
from zeren_desktop.domain.parsing import cell_text, match_header, parse_date, parse_int
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    ValidationError,
)
from zeren_desktop.services.spreadsheets import SpreadsheetError, iter_rows, write_xlsx

T = TypeVar("T")

# -- columns

NAME, ID_NUMBER, DATE, CATEGORY, MATTER = "name", "id_number", "date", "category", "matter"
PLACE, PARTICIPANTS, CONTENT, ITEMS = "place", "participants", "content", "items"
EVIDENCE, REMARKS = "evidence", "remarks"

# The first alias is the template's header; earlier aliases win when two headers of a
# file name the same column (日期 before 时间).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    NAME: ("姓名", "干部", "干部姓名", "领导干部", "责任人", "name", "cadre"),
    ID_NUMBER: ("身份证号", "身份证号码", "公民身份号码", "ID number"),
    DATE: ("日期", "记录日期", "时间", "date"),
    CATEGORY: ("类别", "类型", "纪实类别", "必记类别", "category"),
    MATTER: ("事项", "工作事项", "主题", "matter"),
    PLACE: ("地点", "place"),
    PARTICIPANTS: ("参加人员", "参与人员", "participants"),
    CONTENT: ("内容及措施", "主要内容", "内容", "content", "content and measures"),
    ITEMS: ("对应清单事项", "清单事项", "list items", "items"),
    EVIDENCE: ("佐证材料", "佐证材料编号", "evidence"),
    REMARKS: ("备注", "remarks"),
}
REQUIRED_COLUMNS = (NAME, DATE, CATEGORY, MATTER)

COLUMN_LABELS: dict[str, str] = {
    NAME: QT_TRANSLATE_NOOP("Import", "Name"),
    ID_NUMBER: QT_TRANSLATE_NOOP("Import", "ID number"),
    DATE: QT_TRANSLATE_NOOP("Import", "Date"),
    CATEGORY: QT_TRANSLATE_NOOP("Import", "Category"),
    MATTER: QT_TRANSLATE_NOOP("Import", "Matter"),
    PLACE: QT_TRANSLATE_NOOP("Import", "Place"),
    PARTICIPANTS: QT_TRANSLATE_NOOP("Import", "Participants"),
    CONTENT: QT_TRANSLATE_NOOP("Import", "Content and measures"),
    ITEMS: QT_TRANSLATE_NOOP("Import", "List items"),
    EVIDENCE: QT_TRANSLATE_NOOP("Import", "Evidence"),
    REMARKS: QT_TRANSLATE_NOOP("Import", "Remarks"),
}

# LedgerEntryInput's field names and the columns they come from
_FIELD_COLUMNS = {"entry_date": DATE, "matter": MATTER, "place": PLACE,
                  "participants": PARTICIPANTS, "content": CONTENT, "evidence": EVIDENCE,
                  "remarks": REMARKS, "category": CATEGORY, "cadre_id": NAME}

HEADER_SCAN_ROWS = 20      # non-empty rows searched for the header row (titles come first)
PROGRESS_EVERY = 1000
ITEM_NUMBER_MAX = 999
ID_DIGITS_EXCEL_KEEPS = 15

# -- categories: the names used on paper, in the seed's order

CATEGORY_NAMES: dict[LedgerCategory, tuple[str, ...]] = {
    LedgerCategory.DEPLOYMENT: ("研究部署", "部署研究"),
    LedgerCategory.RESEARCH_SUPERVISION: ("调研督办",),
    LedgerCategory.INSPECTION: ("检查考核",),
    LedgerCategory.REPORTING: ("听取或报告汇报", "听取汇报", "报告汇报", "听取和报告汇报"),
    LedgerCategory.CASE_HANDLING: ("研究查处案件", "查处案件"),
    LedgerCategory.ACCOUNTABILITY: ("追责问责",),
    LedgerCategory.INTEGRITY_TALK: ("廉政谈话提醒", "廉政谈话"),
    LedgerCategory.EDUCATION: ("廉政教育活动", "廉政教育"),
    LedgerCategory.DAILY_SUPERVISION: ("日常监督管理", "日常监督"),
}
# a leading number such as 一、 (一) 1. 1、 ①
_ENUMERATOR = re.compile(r"^(?:\(?[一二三四五六七八九]\)?[、.]?|\(?\d\)?[、.]?|[①-⑨])")


def _normalise_name(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if not c.isspace() and c not in "*_-'\"“”‘’")


def _category_index() -> dict[str, LedgerCategory]:
    index: dict[str, LedgerCategory] = {}
    for category in LedgerCategory:
        index[_normalise_name(category.value)] = category
        index[_normalise_name(category.label)] = category
        for name in CATEGORY_NAMES[category]:
            index[_normalise_name(name)] = category
    return index


_CATEGORIES = _category_index()


def parse_category(value: object) -> LedgerCategory:
    """One of the nine kinds, by its Chinese name (with or without 必记, 类 or a leading
    number), its code (`deployment`) or its English label."""
    text = cell_text(value)
    if not text:
        raise ValidationError("category", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "This field is required.")))
    key = _normalise_name(text)
    found = _CATEGORIES.get(key)
    if found is None:
        key = _ENUMERATOR.sub("", key)
        for suffix in ("必记", "类", "类别"):
            key = key.removesuffix(suffix)
        found = _CATEGORIES.get(key)
    if found is None:
        kinds = [Message(c.context(), c.label) for c in LedgerCategory]
        raise ValidationError("category", Message("Import", QT_TRANSLATE_NOOP(
            "Import", "“{text}” is not one of the nine kinds of entry: {kinds}."),
            {"text": text[:40], "kinds": kinds}))
    return found


_ITEM_SEPARATORS = re.compile(r"[、,，;；/\s]+|和|及")
_ITEM_RANGE = re.compile(r"^(\d+)[-~～至到](\d+)$")


def parse_item_numbers(value: object) -> tuple[int, ...]:
    """List item numbers: 3, "1、3", "1,3", "2-4" (2, 3, 4), "第1项"; in the order given,
    without repeats."""
    if value is None or value == "":
        return ()
    if not isinstance(value, str):
        number = parse_int(value)
        if not 1 <= number <= ITEM_NUMBER_MAX:
            raise _items_error(value)
        return (number,)
    text = unicodedata.normalize("NFKC", cell_text(value))
    numbers: list[int] = []
    for part in _ITEM_SEPARATORS.split(text):
        part = part.removeprefix("第").removesuffix("项").removesuffix("条")
        if not part:
            continue
        match = _ITEM_RANGE.match(part)
        if match:
            low, high = int(match[1]), int(match[2])
            if not 1 <= low <= high <= ITEM_NUMBER_MAX:
                raise _items_error(value)
            numbers.extend(range(low, high + 1))
            continue
        if not part.isdigit() or not part.isascii() or len(part) > 3 or \
                not 1 <= int(part) <= ITEM_NUMBER_MAX:
            raise _items_error(value)
        numbers.append(int(part))
    return tuple(dict.fromkeys(numbers))


def _items_error(value: object) -> ValidationError:
    return ValidationError("items", Message("Import", QT_TRANSLATE_NOOP(
        "Import", "“{text}” is not a list of item numbers such as 1、3 or 2-4."),
        {"text": cell_text(value)[:40]}))


# -- results

@dataclass
class ImportRow:
    """A good row: its spreadsheet row number and the validated entry. `item_numbers` are
    the numbers of the cadre's list items for the entry's year, for the importer to
    resolve."""

    row: int
    entry: LedgerEntryInput
    item_numbers: tuple[int, ...] = ()


@dataclass
class RowProblem:
    row: int
    message: Message


@dataclass
class ImportPreview:
    rows: list[ImportRow]
    problems: list[RowProblem]
    total_rows: int                      # data rows that were not empty
    ignored_headers: tuple[str, ...] = field(default_factory=tuple)  # columns not imported


class _RowRefused(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.message = message


# -- the header row

@dataclass(frozen=True)
class _Header:
    row: int
    columns: dict[str, int]           # column key -> index in the row
    texts: dict[str, str]             # column key -> header as written in the file
    found: tuple[str, ...]            # every header of the row, in order
    ignored: tuple[str, ...]          # headers of no column (or of a column found twice)
    twice: tuple[str, str, str] | None = None   # key, first and second header of one column


_HEADER_MARKS = "*＊ \t\n\u3000"


def _read_header(number: int, cells: Sequence[object]) -> _Header:
    columns: dict[str, int] = {}
    texts: dict[str, str] = {}
    ranks: dict[str, int] = {}
    found: list[str] = []
    ignored: list[str] = []
    twice: tuple[str, str, str] | None = None
    for index, cell in enumerate(cells):
        text = cell_text(cell)
        if not text:
            continue
        text = text.strip(_HEADER_MARKS) or text   # as the user will know it
        found.append(text)
        key = match_header(text, COLUMN_ALIASES)
        if key is None:
            ignored.append(text)
            continue
        rank = _alias_rank(text, key)
        if key in columns:
            if rank == ranks[key] and twice is None:
                twice = (key, texts[key], text)
            if rank >= ranks[key]:
                ignored.append(text)
                continue
            ignored.append(texts[key])
        columns[key], texts[key], ranks[key] = index, text, rank
    return _Header(number, columns, texts, tuple(found), tuple(ignored), twice)


def _alias_rank(text: str, key: str) -> int:
    aliases = COLUMN_ALIASES[key]
    for rank, alias in enumerate(aliases):
        if match_header(text, {key: (alias,)}) is not None:
            return rank
    return len(aliases)  # pragma: no cover - matched above


def _label(key: str) -> Message:
    return Message("Import", COLUMN_LABELS[key])


def _find_header(path: Path, rows: Iterator[tuple[int, list[object]]]) -> _Header:
    best: _Header | None = None
    seen = 0
    for number, cells in rows:
        if not any(cell_text(c) for c in cells):
            continue
        header = _read_header(number, cells)
        if all(key in header.columns for key in REQUIRED_COLUMNS):
            if header.twice is not None:
                key, first, second = header.twice
                raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
                    "Import", "Row {row} has two columns for {column}: “{first}” and "
                    "“{second}”. Keep one of them."),
                    {"row": number, "column": _label(key), "first": first, "second": second}))
            return header
        if best is None or len(header.columns) > len(best.columns):
            best = header
        seen += 1
        if seen >= HEADER_SCAN_ROWS:
            break
    if best is None:
        raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
            "Import", "The file {name} has no rows to import."), {"name": path.name}))
    missing = [_label(key) for key in REQUIRED_COLUMNS if key not in best.columns]
    found = "、".join(f"“{text[:40]}”" for text in best.found)
    raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
        "Import", "The file {name} lacks the columns {missing}. The headers found (row {row}) "
        "are: {found}."),
        {"name": path.name, "missing": missing, "row": best.row, "found": found}))


# -- rows

def _cadre_name(text: str) -> str:
    """张  三 (padded to line up with three-character names) is 张三."""
    if any(c.isspace() for c in text) and all(
            c.isspace() or unicodedata.name(c, "").startswith("CJK") for c in text):
        return "".join(text.split())
    return " ".join(text.split())


def _id_number(value: object, column: str | Message) -> str:
    if isinstance(value, float | int) and not isinstance(value, bool) and \
            abs(value) >= 10 ** ID_DIGITS_EXCEL_KEEPS:
        # an 18-digit ID typed into a number cell: Excel has already rounded it (an old
        # 15-digit one survives)
        raise _RowRefused(_prefixed(column, Message("Import", QT_TRANSLATE_NOOP(
            "Import", "The ID number was stored as a number, so Excel has lost its last "
            "digits: format the column as text and type the numbers again."))))
    return "".join(cell_text(value).split()).upper()


def _prefixed(column: str | Message, message: Message) -> Message:
    return Message("Import", QT_TRANSLATE_NOOP("Import", "{column}: {problem}"),
                   {"column": column, "problem": message})


class _RowReader:
    def __init__(self, header: _Header, find_cadres: Callable[[str, str], list[uuid.UUID]],
                 today: dt.date) -> None:
        self.header = header
        self.find_cadres = find_cadres
        self.today = today
        self.cadres: dict[tuple[str, str], list[uuid.UUID]] = {}
        self.columns = tuple(header.columns.items())

    def column(self, key: str) -> str | Message:
        return self.header.texts.get(key) or _label(key)

    def values(self, cells: Sequence[object]) -> dict[str, object]:
        """The cells of the known columns (None beyond the end of a short row)."""
        size = len(cells)
        return {key: cells[index] if index < size else None for key, index in self.columns}

    def is_header_again(self, texts: Mapping[str, str]) -> bool:
        """A header row repeated further down (sheets pasted one after another)."""
        return all(texts[key].strip(_HEADER_MARKS) == self.header.texts[key]
                   for key in REQUIRED_COLUMNS)

    def parse(self, number: int, values: Mapping[str, object],
              texts: Mapping[str, str]) -> ImportRow:
        cadre_id = self.cadre(values, texts)
        entry_date = self.parsed(values, DATE, parse_date)
        category = self.parsed(values, CATEGORY, parse_category)
        items = self.parsed(values, ITEMS, parse_item_numbers)
        entry = LedgerEntryInput(
            cadre_id=cadre_id, entry_date=entry_date, category=category,
            matter=texts.get(MATTER, ""), place=texts.get(PLACE, ""),
            participants=texts.get(PARTICIPANTS, ""), content=texts.get(CONTENT, ""),
            evidence=texts.get(EVIDENCE, ""), remarks=texts.get(REMARKS, ""))
        try:
            entry = entry.validated(self.today)
        except ValidationError as error:
            key = _FIELD_COLUMNS.get(error.field.split(".")[0].split("[")[0])
            column: str | Message = self.column(key) if key else error.field
            raise _RowRefused(_prefixed(column, error.message)) from None
        return ImportRow(number, entry, items)

    def parsed(self, values: Mapping[str, object], key: str,
               parser: Callable[[object], T]) -> T:
        try:
            return parser(values.get(key))
        except ValidationError as error:
            raise _RowRefused(_prefixed(self.column(key), error.message)) from None

    def cadre(self, values: Mapping[str, object], texts: Mapping[str, str]) -> uuid.UUID:
        column = self.column(NAME)
        name = _cadre_name(texts[NAME])
        if not name:
            raise _RowRefused(_prefixed(column, Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "This field is required."))))
        id_number = _id_number(values.get(ID_NUMBER), self.column(ID_NUMBER))
        key = (name, id_number)
        if key not in self.cadres:
            self.cadres[key] = list(dict.fromkeys(self.find_cadres(name, id_number)))
        found = self.cadres[key]
        if len(found) == 1:
            return found[0]
        if not found and id_number:
            message = Message("Import", QT_TRANSLATE_NOOP(
                "Import", "No cadre named {name} with the ID number {id_number} was found."),
                {"name": name, "id_number": id_number})
        elif not found:
            message = Message("Import", QT_TRANSLATE_NOOP(
                "Import", "No cadre named {name} was found."), {"name": name})
        elif id_number:
            message = Message("Import", QT_TRANSLATE_NOOP(
                "Import", "Several cadres named {name} have the ID number {id_number}: "
                "correct the cadre records first."), {"name": name, "id_number": id_number})
        else:
            message = Message("Import", QT_TRANSLATE_NOOP(
                "Import", "Several cadres are named {name}: add an ID number column (身份证号) "
                "to tell them apart."), {"name": name})
        raise _RowRefused(_prefixed(column, message))


def parse_ledger_file(path: Path, find_cadres: Callable[[str, str], list[uuid.UUID]], *,
                      today: dt.date,
                      existing_keys: Callable[[set[str]], set[str]] | None = None,
                      progress: Callable[[int], None] | None = None) -> ImportPreview:
    """Read the ledger entries of a spreadsheet; write nothing.

    `find_cadres(name, id_number)` returns the ids of the cadres of that name (and ID
    number, when the file gives one); `existing_keys(keys)` returns those of the
    duplicate keys already in the ledger, and is called once. `progress(row)` is called
    every thousand rows; it may raise to cancel. Raises SpreadsheetError when the file
    cannot be read or lacks a required column.
    """
    rows = iter_rows(path)
    header = _find_header(path, rows)
    reader = _RowReader(header, find_cadres, today)
    good: list[ImportRow] = []
    problems: list[RowProblem] = []
    first_row_of: dict[str, int] = {}
    total = 0
    for number, cells in rows:
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number)
        values = reader.values(cells)
        texts = {key: cell_text(value) for key, value in values.items()}
        if not any(texts.values()) or reader.is_header_again(texts):
            continue
        total += 1
        try:
            parsed = reader.parse(number, values, texts)
        except _RowRefused as refused:
            problems.append(RowProblem(number, refused.message))
            continue
        key = parsed.entry.duplicate_key()
        if key in first_row_of:
            problems.append(RowProblem(number, Message("Import", QT_TRANSLATE_NOOP(
                "Import", "This entry repeats row {row}."), {"row": first_row_of[key]})))
            continue
        first_row_of[key] = number
        good.append(parsed)
    if existing_keys is not None and good:
        already = existing_keys(set(first_row_of))
        if already:
            kept: list[ImportRow] = []
            for row in good:
                if row.entry.duplicate_key() in already:
                    problems.append(RowProblem(row.row, Message("Import", QT_TRANSLATE_NOOP(
                        "Import", "This entry is already in the ledger."))))
                else:
                    kept.append(row)
            good = kept
    problems.sort(key=lambda problem: problem.row)
    return ImportPreview(good, problems, total, header.ignored)


# -- the template

TEMPLATE_HEADERS = ("*姓名", "身份证号", "*日期", "*类别", "*事项", "地点", "参加人员",
                    "内容及措施", "对应清单事项", "佐证材料", "备注")
TEMPLATE_WIDTHS = (10, 20, 12, 14, 30, 16, 24, 50, 14, 16, 24)


def write_ledger_template(path: Path, translate: Translate) -> None:
    """An .xlsx to fill in: the Chinese headers (required ones marked *) and an example row."""
    example = ("张三", "", dt.date(2026, 3, 5), CATEGORY_NAMES[LedgerCategory.DEPLOYMENT][0],
               translate("Import", QT_TRANSLATE_NOOP(
                   "Import", "Party committee meeting on this year's integrity work")),
               translate("Import", QT_TRANSLATE_NOOP(
                   "Import", "Meeting room of the Party committee")),
               translate("Import", QT_TRANSLATE_NOOP("Import", "All members of the team")),
               translate("Import", QT_TRANSLATE_NOOP(
                   "Import", "Studied the county's plan and divided the year's tasks "
                   "among the team members.")),
               "1、3", "2026-001",
               translate("Import", QT_TRANSLATE_NOOP(
                   "Import", "Example row: replace it with your own entries.")))
    write_xlsx(path, translate("Import", QT_TRANSLATE_NOOP("Import", "Ledger entries")),
               TEMPLATE_HEADERS, [example], column_widths=TEMPLATE_WIDTHS)

