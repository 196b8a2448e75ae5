"""Reading problem clues (问题线索) from a spreadsheet: big-data comparison results and the
like, hundreds of thousands of rows.

Columns are found by their header (Chinese or English, any order, `*` markers, spaces and
bracketed notes ignored; a money column headed in 万元 is read in ten thousand yuan). Rows
above the header (a title) and rows empty in every known column are skipped. Rows are
parsed one at a time as they stream from the file; this module touches no database: the
clue service checks each chunk against the records and writes it (services/clues.py).

Each good row gets an import key, the SHA-256 of its normalised content: importing the same
rows again adds nothing, and a row repeated within a file is reported.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import operator
import re
import unicodedata
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from zeren_desktop.domain.enums import ClueHandling, ClueResult, ClueSource
from zeren_desktop.domain.parsing import (
    cell_text,
    match_header,
    normalise_header,
    parse_date,
    parse_int,
    parse_money_fen,
)
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    ValidationError,
)
from zeren_desktop.reports.xlsx_cells import csv_safe
from zeren_desktop.services.clue_dto import (
    MONEY_MAX_FEN,
    NUMBER_MAX,
    PERSONS_MAX,
    TEXT_MAX,
    UNIT_TEXT_MAX,
    ClueInput,
)
from zeren_desktop.services.spreadsheets import SpreadsheetError, iter_rows, write_xlsx

_CTX = "Import"

# -- columns, in the order of the import key

NUMBER, RECEIVED, SOURCE, NAMES, ID_NUMBERS, UNIT = (
    "number", "received", "source", "names", "id_numbers", "unit")
SUMMARY, HANDLING, RESULT, CONCLUDED = "summary", "handling", "result", "concluded"
RECOVERED, CORRECTED, DISQUALIFIED, REMARKS = (
    "recovered", "corrected", "disqualified", "remarks")
KEYS = (NUMBER, RECEIVED, SOURCE, NAMES, ID_NUMBERS, UNIT, SUMMARY, HANDLING, RESULT,
        CONCLUDED, RECOVERED, CORRECTED, DISQUALIFIED, REMARKS)

# The first alias is the template's header.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    NUMBER: ("线索编号", "编号", "线索号", "number", "clue number"),
    RECEIVED: ("受理日期", "受理时间", "收到日期", "接收日期", "比对日期", "发现日期", "日期",
               "received", "date"),
    SOURCE: ("线索来源", "来源", "问题来源", "source"),
    NAMES: ("被反映人", "被反映人姓名", "姓名", "涉及人员", "当事人", "name", "names"),
    ID_NUMBERS: ("身份证号", "身份证号码", "公民身份号码", "证件号码", "ID number"),
    UNIT: ("单位", "所在单位", "工作单位", "被反映单位", "涉及单位", "unit"),
    SUMMARY: ("问题摘要", "问题描述", "主要问题", "反映问题", "比对问题", "问题线索", "问题",
              "summary"),
    HANDLING: ("处置方式", "处置方式类别", "处置", "handling"),
    RESULT: ("办理结果", "核查结果", "查处结果", "结果", "result"),
    CONCLUDED: ("办结日期", "办结时间", "concluded"),
    RECOVERED: ("追缴金额", "追缴资金", "收缴金额", "money recovered"),
    CORRECTED: ("纠正金额", "纠正资金", "清退金额", "money corrected"),
    DISQUALIFIED: ("取消资格人数", "取消享受资格人数", "取消享受待遇人数", "persons disqualified"),
    REMARKS: ("备注", "remarks"),
}
REQUIRED_COLUMNS = (RECEIVED, NAMES, SUMMARY)
MONEY_COLUMNS = (RECOVERED, CORRECTED)

COLUMN_LABELS: dict[str, str] = {
    NUMBER: QT_TRANSLATE_NOOP("Import", "Clue number"),
    RECEIVED: QT_TRANSLATE_NOOP("Import", "Received on"),
    SOURCE: QT_TRANSLATE_NOOP("Import", "Source"),
    NAMES: QT_TRANSLATE_NOOP("Import", "Persons named"),
    ID_NUMBERS: QT_TRANSLATE_NOOP("Import", "ID number"),
    UNIT: QT_TRANSLATE_NOOP("Import", "Unit"),
    SUMMARY: QT_TRANSLATE_NOOP("Import", "Summary of the problem"),
    HANDLING: QT_TRANSLATE_NOOP("Import", "Handling"),
    RESULT: QT_TRANSLATE_NOOP("Import", "Result"),
    CONCLUDED: QT_TRANSLATE_NOOP("Import", "Concluded on"),
    RECOVERED: QT_TRANSLATE_NOOP("Import", "Money recovered (yuan)"),
    CORRECTED: QT_TRANSLATE_NOOP("Import", "Money corrected (yuan)"),
    DISQUALIFIED: QT_TRANSLATE_NOOP("Import", "Persons disqualified"),
    REMARKS: QT_TRANSLATE_NOOP("Import", "Remarks"),
}

HEADER_SCAN_ROWS = 20
DEFAULT_SOURCE = ClueSource.BIG_DATA
ID_DIGITS_EXCEL_KEEPS = 15

# -- the names used on paper

SOURCE_NAMES: dict[ClueSource, tuple[str, ...]] = {
    ClueSource.PETITION: ("信访举报", "信访", "举报", "来信来访", "信访件"),
    ClueSource.SUPERVISION: ("监督检查", "日常监督", "监督检查发现"),
    ClueSource.INSPECTION_TOUR: ("巡察", "巡察发现", "巡察移交", "巡视巡察"),
    ClueSource.AUDIT: ("审计", "审计发现", "审计移交"),
    ClueSource.BIG_DATA: ("大数据比对", "大数据", "数据比对", "大数据监督"),
    ClueSource.PUBLIC_INQUIRY: ("百姓问政", "电视问政", "问政", "网络问政"),
    ClueSource.ASSIGNED: ("上级交办", "交办", "上级转办", "转办"),
    ClueSource.UNANNOUNCED: ("明察暗访", "暗访"),
    ClueSource.OTHER: ("其他", "其它"),
}
HANDLING_NAMES: dict[ClueHandling, tuple[str, ...]] = {
    ClueHandling.PENDING: ("暂存", "暂存待查", "待处置"),
    ClueHandling.PRELIMINARY: ("初核", "初步核实", "核实"),
    ClueHandling.TALK_INQUIRY: ("谈话函询", "函询", "谈话"),
    ClueHandling.FILED: ("立案", "立案审查", "立案调查"),
    ClueHandling.CLOSED: ("了结", "予以了结", "办结", "了结处理"),
}
RESULT_NAMES: dict[ClueResult, tuple[str, ...]] = {
    ClueResult.CONFIRMED: ("查实", "属实", "已查实"),
    ClueResult.PARTLY: ("部分查实", "部分属实"),
    ClueResult.UNFOUNDED: ("查否", "不属实", "失实", "否定"),
}


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if not c.isspace() and c not in "*_-'\"“”‘’")


def _index(names: Mapping[ClueSource, tuple[str, ...]] | Mapping[ClueHandling, tuple[str, ...]]
           | Mapping[ClueResult, tuple[str, ...]]) -> dict[str, object]:
    index: dict[str, object] = {}
    for member, aliases in names.items():
        for alias in (member.value, member.label, *aliases):
            index[_normalise(alias)] = member
    return index


_SOURCES = _index(SOURCE_NAMES)
_HANDLINGS = _index(HANDLING_NAMES)
_RESULTS = _index(RESULT_NAMES)


def _lookup(index: dict[str, object], cache: dict[str, object], text: str) -> object | None:
    found = cache.get(text)
    if found is None:
        found = index.get(_normalise(text))
        if found is not None:
            cache[text] = found
    return found


def parse_source(text: str) -> ClueSource:
    found = _lookup(_SOURCES, {}, text)
    if not isinstance(found, ClueSource):
        raise _unknown(SOURCE, text, ClueSource)
    return found


def _unknown(key: str, text: str, cls: type[ClueSource] | type[ClueHandling]
             | type[ClueResult]) -> ValidationError:
    names = {ClueSource: SOURCE_NAMES, ClueHandling: HANDLING_NAMES,
             ClueResult: RESULT_NAMES}[cls]
    choices = "、".join(aliases[0] for aliases in names.values())  # type: ignore[attr-defined]
    return ValidationError(key, Message(_CTX, QT_TRANSLATE_NOOP(
        "Import", "“{text}” is not one of: {choices}."),
        {"text": text[:40], "choices": choices}))


# -- results

@dataclass(slots=True)
class ParsedClue:
    """A good row: its spreadsheet row number, its import key (hex) and the clue's fields
    (ClueInput's, without cadres and case; `number` may be empty: the importer numbers it)."""

    row: int
    key: str
    number: str
    received_on: dt.date
    source: ClueSource
    summary: str
    handling: ClueHandling
    subject_names: str
    subject_id_numbers: str
    unit_id: uuid.UUID | None
    unit_text: str
    result: ClueResult | None
    concluded_on: dt.date | None
    money_recovered_fen: int
    money_corrected_fen: int
    persons_disqualified: int
    remarks: str

    def clue(self, number: str | None = None) -> ClueInput:
        return ClueInput(
            self.number if number is None else number, self.received_on, self.source,
            self.summary, self.handling, self.subject_names, self.subject_id_numbers,
            self.unit_id, self.unit_text, (), self.result, self.concluded_on,
            self.money_recovered_fen, self.money_corrected_fen, self.persons_disqualified,
            None, self.remarks)


@dataclass(frozen=True)
class Header:
    row: int
    columns: dict[str, int]           # column key -> index in the row
    texts: dict[str, str]             # column key -> header as written
    found: tuple[str, ...]            # every header of the row
    ignored: tuple[str, ...]          # headers of no column
    ten_thousands: frozenset[str]     # money columns headed in 万元
    cells: tuple[str, ...] = ()       # the header row as written, for the report


class RowRefused(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.message = message


_HEADER_MARKS = "*＊ \t\n\u3000"


def _read_header(number: int, cells: Sequence[object]) -> Header:
    columns: dict[str, int] = {}
    texts: dict[str, str] = {}
    found: list[str] = []
    ignored: list[str] = []
    ten_thousands: set[str] = set()
    for index, cell in enumerate(cells):
        text = cell_text(cell)
        if not text:
            continue
        text = text.strip(_HEADER_MARKS) or text
        found.append(text)
        key = match_header(text, COLUMN_ALIASES)
        if key is None or key in columns:
            ignored.append(text)
            continue
        columns[key], texts[key] = index, text
        if key in MONEY_COLUMNS and "万元" in normalise_header(text):
            ten_thousands.add(key)
    return Header(number, columns, texts, tuple(found), tuple(ignored),
                  frozenset(ten_thousands), tuple(cell_text(c) for c in cells))


def _label(key: str) -> Message:
    return Message(_CTX, COLUMN_LABELS[key])


def find_header(path: Path, rows: Iterator[tuple[int, list[object]]]) -> Header:
    best: Header | None = None
    seen = 0
    for number, cells in rows:
        if not any(cell_text(c) for c in cells):
            continue
        header = _read_header(number, cells)
        if all(key in header.columns for key in REQUIRED_COLUMNS):
            return header
        if best is None or len(header.columns) > len(best.columns):
            best = header
        seen += 1
        if seen >= HEADER_SCAN_ROWS:
            break
    if best is None:
        raise SpreadsheetError(Message(_CTX, QT_TRANSLATE_NOOP(
            "Import", "The file {name} has no rows to import."), {"name": path.name}))
    missing = [_label(key) for key in REQUIRED_COLUMNS if key not in best.columns]
    found = "、".join(f"“{text[:40]}”" for text in best.found)
    raise SpreadsheetError(Message(_CTX, QT_TRANSLATE_NOOP(
        "Import", "The file {name} lacks the columns {missing}. The headers found (row {row}) "
        "are: {found}."),
        {"name": path.name, "missing": missing, "row": best.row, "found": found}))


# -- rows

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_PLAIN_YUAN = re.compile(r"^(\d{1,12})(?:\.(\d{1,2}))?$")
_ID_SEPARATORS = re.compile(r"[\s,，、;；/]+")
_ID_FORM = re.compile(r"^(?:\d{17}[\dX]|\d{15})$")
_NAME_SEPARATORS = re.compile(r"\s*[,，、;；/]\s*")
_NAME_WORK = re.compile(r"[\s,，、;；/]")


def _prefixed(column: str | Message, message: Message) -> Message:
    return Message(_CTX, QT_TRANSLATE_NOOP("Import", "{column}: {problem}"),
                   {"column": column, "problem": message})


def _required_message() -> Message:
    return Message("Validation", QT_TRANSLATE_NOOP("Validation", "This field is required."))


def _too_long(limit: int, n: int) -> Message:
    return Message("Validation", QT_TRANSLATE_NOOP(
        "Validation", "At most {limit} characters are allowed here ({n} given)."),
        {"limit": limit, "n": n})


def _names(text: str) -> str:
    """张  三、李四 → 张三、李四: spaces padding Chinese names go, separators become 、."""
    if not text:
        return ""
    if not _NAME_WORK.search(text):
        return text
    parts = []
    for part in _NAME_SEPARATORS.split(text):
        if any(c.isspace() for c in part) and all(
                c.isspace() or unicodedata.name(c, "").startswith("CJK") for c in part):
            part = "".join(part.split())
        else:
            part = " ".join(part.split())
        if part:
            parts.append(part)
    return "、".join(parts)


class RowParser:
    """Turns the cells of one row into a ParsedClue, or raises RowRefused."""

    def __init__(self, header: Header, units: Mapping[str, uuid.UUID], today: dt.date,
                 default_source: ClueSource = DEFAULT_SOURCE) -> None:
        self.header = header
        self.units = units
        self.today = today
        self.default_source = default_source
        self.width = max(header.columns.values()) + 1
        self.indexes = tuple(header.columns.get(key, -1) for key in KEYS)
        self._get = operator.itemgetter(*self.indexes)
        self._dates: dict[str, dt.date] = {}
        self._sources: dict[str, object] = {}
        self._handlings: dict[str, object] = {}
        self._results: dict[str, object] = {}

    def column(self, key: str) -> str | Message:
        return self.header.texts.get(key) or _label(key)

    def values(self, cells: list[object]) -> list[object]:
        """The cells of KEYS' columns ("" for a column the file lacks or a short row)."""
        padded = cells + [""] * (self.width + 1 - len(cells))  # the last one: absent columns
        return list(self._get(padded))

    def is_header_again(self, texts: Sequence[str]) -> bool:
        if texts[1] != self.header.texts[RECEIVED]:
            return False
        return all(texts[KEYS.index(key)].strip(_HEADER_MARKS) == self.header.texts[key]
                   for key in REQUIRED_COLUMNS)

    def refuse(self, key: str, message: Message) -> RowRefused:
        return RowRefused(_prefixed(self.column(key), message))

    def date(self, key: str, value: object, text: str) -> dt.date | None:
        if not text:
            return None
        found = self._dates.get(text) if isinstance(value, str) else None
        if found is not None:
            return found
        match = _ISO_DATE.match(text) if isinstance(value, str) else None
        try:
            day = (dt.date(int(match[1]), int(match[2]), int(match[3])) if match
                   else parse_date(value))
        except ValidationError as error:
            raise self.refuse(key, error.message) from None
        except ValueError:
            raise self.refuse(key, Message(_CTX, QT_TRANSLATE_NOOP(
                "Import", "“{text}” is not a real calendar date."), {"text": text[:40]})
            ) from None
        if not dt.date(1900, 1, 1) <= day <= self.today:
            raise self.refuse(key, Message("Validation", QT_TRANSLATE_NOOP(
                "Validation",
                "{date} is not plausible: it must lie between 1900 and {latest}."),
                {"date": day.isoformat(), "latest": self.today.isoformat()}))
        if isinstance(value, str) and len(self._dates) < 100_000:
            self._dates[text] = day
        return day

    def money(self, key: str, value: object, text: str) -> int:
        if not text:
            return 0
        ten_thousands = key in self.header.ten_thousands
        if not ten_thousands:
            match = _PLAIN_YUAN.match(text)
            if match:
                fen = int(match[1]) * 100 + int((match[2] or "0").ljust(2, "0"))
                if fen > MONEY_MAX_FEN:
                    raise self.refuse(key, Message(_CTX, QT_TRANSLATE_NOOP(
                        "Import", "“{text}” is too large for an amount of money."),
                        {"text": text[:40]}))
                return fen
        try:
            if ten_thousands and "元" not in text and "万" not in text:
                return parse_money_fen(text + "万元")
            return parse_money_fen(value)
        except ValidationError as error:
            raise self.refuse(key, error.message) from None

    def enum(self, key: str, index: dict[str, object], cache: dict[str, object], text: str,
             cls: type[ClueSource] | type[ClueHandling] | type[ClueResult]) -> object:
        found = _lookup(index, cache, text)
        if found is None:
            raise self.refuse(key, _unknown(key, text, cls).message)
        return found

    def id_numbers(self, value: object, text: str) -> str:
        if not text:
            return ""
        if type(value) is str and len(text) == 18 and _ID_FORM.match(text):
            return text
        if isinstance(value, float | int) and not isinstance(value, bool) and \
                abs(value) >= 10 ** ID_DIGITS_EXCEL_KEEPS:
            raise self.refuse(ID_NUMBERS, Message(_CTX, QT_TRANSLATE_NOOP(
                "Import", "The ID number was stored as a number, so Excel has lost its last "
                "digits: format the column as text and type the numbers again.")))
        numbers = _ID_SEPARATORS.split(unicodedata.normalize("NFKC", text).upper())
        numbers = [n for n in numbers if n]
        for n in numbers:
            if not _ID_FORM.match(n):
                raise self.refuse(ID_NUMBERS, Message(_CTX, QT_TRANSLATE_NOOP(
                    "Import", "“{text}” is not an ID number of 18 characters (or an old one "
                    "of 15 digits)."), {"text": n[:40]}))
        return " ".join(numbers)

    def parse(self, row: int, values: Sequence[object], texts: Sequence[str]) -> ParsedClue:
        (number, received_text, source_text, names_text, ids_text, unit_text, summary,
         handling_text, result_text, concluded_text, recovered_text, corrected_text,
         persons_text, remarks) = texts
        if len(number) > NUMBER_MAX:
            raise self.refuse(NUMBER, _too_long(NUMBER_MAX, len(number)))
        received = self.date(RECEIVED, values[1], received_text)
        if received is None:
            raise self.refuse(RECEIVED, _required_message())
        source = (self.enum(SOURCE, _SOURCES, self._sources, source_text, ClueSource)
                  if source_text else self.default_source)
        names = _names(names_text)
        if not names:
            raise self.refuse(NAMES, _required_message())
        ids = self.id_numbers(values[4], ids_text)
        if not summary:
            raise self.refuse(SUMMARY, _required_message())
        for key, text, limit in ((NAMES, names, TEXT_MAX), (UNIT, unit_text, UNIT_TEXT_MAX),
                                 (SUMMARY, summary, TEXT_MAX), (REMARKS, remarks, TEXT_MAX)):
            if len(text) > limit:
                raise self.refuse(key, _too_long(limit, len(text)))
        result = (self.enum(RESULT, _RESULTS, self._results, result_text, ClueResult)
                  if result_text else None)
        if handling_text:
            handling = self.enum(HANDLING, _HANDLINGS, self._handlings, handling_text,
                                 ClueHandling)
        else:
            handling = ClueHandling.CLOSED if result is not None else ClueHandling.PENDING
        if result is not None and handling == ClueHandling.PENDING:
            raise self.refuse(RESULT, Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "A clue that is only held has no result yet: choose how it "
                "was handled.")))
        concluded = self.date(CONCLUDED, values[9], concluded_text)
        if concluded is not None and concluded < received:
            raise self.refuse(CONCLUDED, Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "A clue cannot be concluded before it was received.")))
        recovered = self.money(RECOVERED, values[10], recovered_text)
        corrected = self.money(CORRECTED, values[11], corrected_text)
        persons = 0
        if persons_text:
            try:
                persons = parse_int(values[12])
            except ValidationError as error:
                raise self.refuse(DISQUALIFIED, error.message) from None
            if not 0 <= persons <= PERSONS_MAX:
                raise self.refuse(DISQUALIFIED, Message("Validation", QT_TRANSLATE_NOOP(
                    "Validation", "Give a number from 0 to {limit}."), {"limit": PERSONS_MAX}))
        assert isinstance(source, ClueSource) and isinstance(handling, ClueHandling)
        assert result is None or isinstance(result, ClueResult)
        content = "\x1f".join((
            number, received.isoformat(), source.value, names, ids, unit_text, summary,
            handling.value, result.value if result is not None else "",
            concluded.isoformat() if concluded is not None else "", str(recovered),
            str(corrected), str(persons), remarks))
        key = hashlib.sha256(content.encode()).hexdigest()
        return ParsedClue(row, key, number, received, source, summary, handling, names, ids,
                          self.units.get(unit_text), unit_text, result, concluded, recovered,
                          corrected, persons, remarks)


@dataclass
class RowOutcome:
    """One data row: parsed, or refused with a message; `cells` for the report."""

    row: int
    cells: list[object]
    parsed: ParsedClue | None
    problem: Message | None


def read_clue_file(path: Path, units: Mapping[str, uuid.UUID], today: dt.date, *,
                   default_source: ClueSource = DEFAULT_SOURCE
                   ) -> tuple[Header, Iterator[RowOutcome]]:
    """The header (raises SpreadsheetError when the file cannot be read or lacks a required
    column) and the data rows, parsed one at a time as the caller iterates."""
    rows = iter_rows(path)
    header = find_header(path, rows)
    parser = RowParser(header, units, today, default_source)
    return header, _outcomes(parser, rows)


_NOT_PLAIN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _texts(values: list[object]) -> list[str]:
    """cell_text() of each value; text cells without control characters (nearly all of a
    CSV) only need stripping, which is checked once for the whole row."""
    try:
        joined = "\n".join(values)  # type: ignore[arg-type]
    except TypeError:   # a number, a date…
        return [cell_text(v) for v in values]
    if _NOT_PLAIN.search(joined):
        return [cell_text(v) for v in values]
    return [v.strip() for v in values]  # type: ignore[attr-defined]


def _outcomes(parser: RowParser, rows: Iterator[tuple[int, list[object]]]
              ) -> Iterator[RowOutcome]:
    for number, cells in rows:
        values = parser.values(cells)
        texts = _texts(values)
        if not any(texts) or parser.is_header_again(texts):
            continue
        try:
            yield RowOutcome(number, cells, parser.parse(number, values, texts), None)
        except RowRefused as refused:
            yield RowOutcome(number, cells, None, refused.message)


# -- the report of rejected rows

class RejectedReport:
    """A CSV (UTF-8 with BOM, so that Excel and WPS read the Chinese) of the rejected rows:
    row number, reason, then the row's cells. Written to a temporary name, renamed when
    complete; nothing is left behind when there is no rejected row."""

    def __init__(self, target: Path, header: Sequence[object], translate: Translate) -> None:
        self.target = target
        self.translate = translate
        self.temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        self.count = 0
        self._handle: TextIO | None = None
        self._writer: csv.Writer | None = None   # type: ignore[name-defined]
        self._header = [cell_text(c) for c in header]

    def add(self, row: int, message: Message, cells: Sequence[object]) -> None:
        if self._writer is None:
            self._handle = self.temporary.open("w", encoding="utf-8-sig", newline="")
            self._writer = csv.writer(self._handle)
            self._writer.writerow([
                self.translate(_CTX, QT_TRANSLATE_NOOP("Import", "Row")),
                self.translate(_CTX, QT_TRANSLATE_NOOP("Import", "Reason")), *self._header])
        self._writer.writerow([row, message.render(self.translate),
                               *(csv_safe(cell_text(c)) for c in cells)])
        self.count += 1

    def finish(self, *, remove_stale: bool = False) -> Path | None:
        """The report, complete; None without a rejected row (and then a report left at
        the target by an earlier import of the file goes when `remove_stale`)."""
        if self._handle is None:
            if remove_stale:
                with contextlib.suppress(OSError):
                    self.target.unlink(missing_ok=True)
            return None
        self._handle.close()
        self._handle = None
        self.temporary.replace(self.target)
        return self.target

    def abandon(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        self.temporary.unlink(missing_ok=True)


def default_report_path(source: Path) -> Path:
    return source.with_name(f"{source.stem}.rejected.csv")


# -- the template

TEMPLATE_HEADERS = ("线索编号", "*受理日期", "线索来源", "*被反映人", "身份证号", "单位",
                    "*问题摘要", "处置方式", "办理结果", "办结日期", "追缴金额(元)",
                    "纠正金额(元)", "取消资格人数", "备注")
TEMPLATE_WIDTHS = (16, 12, 12, 12, 22, 24, 50, 12, 12, 12, 14, 14, 14, 24)


def write_clue_template(path: Path, translate: Translate) -> None:
    """An .xlsx to fill in: the Chinese headers (required ones marked *) and an example row."""
    example = ("XS2026-0001", dt.date(2026, 3, 5), SOURCE_NAMES[ClueSource.BIG_DATA][0],
               "张三", "420621197001010113",
               translate(_CTX, QT_TRANSLATE_NOOP("Import", "Civil affairs office of the town")),
               translate(_CTX, QT_TRANSLATE_NOOP(
                   "Import", "Drew the minimum living allowance while owning a car")),
               HANDLING_NAMES[ClueHandling.CLOSED][0], RESULT_NAMES[ClueResult.CONFIRMED][0],
               dt.date(2026, 4, 20), "3,600.00", "1,200", 1,
               translate(_CTX, QT_TRANSLATE_NOOP(
                   "Import", "Example row: replace it with your own clues.")))
    write_xlsx(path, translate(_CTX, QT_TRANSLATE_NOOP("Import", "Problem clues")),
               TEMPLATE_HEADERS, [example], column_widths=TEMPLATE_WIDTHS)
