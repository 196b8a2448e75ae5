"""Reading and writing spreadsheets: .xlsx/.xlsm/.xlsb/.xls/.ods and .csv in, .xlsx out.

Reading goes through python-calamine (ten times faster than openpyxl, DESIGN.md) and
yields one row at a time; CSV files are decoded as UTF-8 (with or without BOM) or, failing
that, GB18030 (what Chinese Excel and WPS save as "CSV"). Writing uses openpyxl's
write-only mode into a temporary file that replaces the target only when complete, with
the cell rules of reports/xlsx_cells.py (text that looks like a formula stays text).
Every failure the user can act on is a `SpreadsheetError` with a translatable message.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import python_calamine
from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.cell.cell import Cell  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError
from zeren_desktop.reports.xlsx_cells import FORMULA_TRIGGERS as FORMULA_TRIGGERS
from zeren_desktop.reports.xlsx_cells import SHEET_TITLE_MAX as SHEET_TITLE_MAX
from zeren_desktop.reports.xlsx_cells import (
    clean_text,
    looks_like_formula,
    replacing,
    text_cell,
)
from zeren_desktop.reports.xlsx_cells import sheet_title as safe_sheet_title

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
SUPPORTED_SUFFIXES = WORKBOOK_SUFFIXES | TEXT_SUFFIXES

EXCEL_CELL_MAX = 32_767          # characters Excel keeps in one cell
_CHUNK = 1 << 20
_SAMPLE_LINES = 10
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class SpreadsheetError(ZerenError):
    """A spreadsheet that cannot be read or written; the message says why."""


# -- reading

def iter_rows(path: Path) -> Iterator[tuple[int, list[object]]]:
    """(row number as the spreadsheet shows it, cell values) for each row of the first
    visible sheet, top to bottom, column A first; empty cells are "".

    The file is opened (and refused with a SpreadsheetError) at the call; rows are made
    one at a time as the caller iterates.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
            "Import", "{name} is not a spreadsheet this program reads: use .xlsx, .xls, .ods "
            "or .csv."), {"name": path.name}))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
            "Import", "The file {path} does not exist."), {"path": str(path)})) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    if size == 0:
        raise _empty(path)
    if suffix in TEXT_SUFFIXES:
        return _iter_csv(path, _sniff_encoding(path, head))
    _check_magic(path, suffix, head)
    return _iter_workbook(path)


def _unreadable(path: Path, error: BaseException) -> SpreadsheetError:
    return SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
        "Import", "The file {name} cannot be read: {reason}"),
        {"name": path.name, "reason": _reason(error)}))


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _empty(path: Path) -> SpreadsheetError:
    return SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
        "Import", "The file {name} is empty."), {"name": path.name}))


def _not_a_workbook(path: Path) -> SpreadsheetError:
    return SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
        "Import", "The file {name} is not a spreadsheet or is damaged: open it in Excel or WPS, "
        "save it again as .xlsx and import that."), {"name": path.name}))


def _check_magic(path: Path, suffix: str, head: bytes) -> None:
    """Many office systems export web pages or text under an .xls name: say so plainly."""
    expected = _OLE_MAGIC if suffix == ".xls" else _ZIP_MAGIC
    if head.startswith(expected):
        return
    if head.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
            "Import", "The file {name} is a spreadsheet of another kind than its name says: "
            "open it in Excel or WPS and save it again as .xlsx."), {"name": path.name}))
    if head.lstrip(codecs.BOM_UTF8).lstrip().startswith(b"<"):
        raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
            "Import", "The file {name} is a web page saved under a spreadsheet name: open it "
            "in Excel or WPS and save it again as .xlsx."), {"name": path.name}))
    raise _not_a_workbook(path)


def _is_rust_panic(error: BaseException) -> bool:
    # pyo3 turns a panic inside calamine into PanicException, a BaseException.
    return type(error).__name__ == "PanicException"


def _open_first_sheet(path: Path) -> python_calamine.CalamineSheet | None:
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        index = 0
        metadata = getattr(workbook, "sheets_metadata", None) or []
        for number, sheet in enumerate(metadata):
            if sheet.visible == python_calamine.SheetVisibleEnum.Visible and \
                    sheet.typ == python_calamine.SheetTypeEnum.WorkSheet:
                index = number
                break
        return workbook.get_sheet_by_index(index)
    except python_calamine.PasswordError:
        raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
            "Import", "The file {name} is protected by a password: remove the password in Excel "
            "or WPS first."), {"name": path.name})) from None
    except python_calamine.WorksheetNotFound:
        return None
    except python_calamine.CalamineError:
        raise _not_a_workbook(path) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    except BaseException as error:
        if _is_rust_panic(error):
            raise _not_a_workbook(path) from None
        raise


def _iter_workbook(path: Path) -> Iterator[tuple[int, list[object]]]:
    sheet = _open_first_sheet(path)
    start = sheet.start if sheet is not None else None
    if sheet is None or start is None:
        raise _empty(path)
    return _workbook_rows(path, sheet, start)


def _workbook_rows(path: Path, sheet: python_calamine.CalamineSheet,
                   start: tuple[int, int]) -> Iterator[tuple[int, list[object]]]:
    # The sheet is held by calamine in Rust; Python lists are made one row at a time.
    first_row, first_column = start
    # calamine starts at the first used column; pad so that index 0 is always column A
    padding: list[object] = [""] * first_column
    rows = iter(sheet.iter_rows())
    try:
        first = next(rows, None)
    except BaseException as error:
        if _is_rust_panic(error):
            raise _not_a_workbook(path) from None
        raise
    if first is None:
        return
    # python-calamine 0.9 pads the rows above the data with empty ones; older releases
    # started at the first used row. The first row tells which.
    offset = first_row if first_row and any(cell != "" for cell in first) else 0
    number = offset + 1
    yield number, padding + first
    for row in rows:
        number += 1
        yield number, padding + row


def _sniff_encoding(path: Path, head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for encoding in ("utf-8", "gb18030"):
        if _decodes(path, encoding):
            return encoding
    raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
        "Import", "The text of {name} is in an unknown encoding: save it as CSV UTF-8 or as "
        ".xlsx."), {"name": path.name}))


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    except OSError as error:
        raise _unreadable(path, error) from None
    return True


def _delimiter(sample: str) -> str:
    """Comma, tab or semicolon: the most frequent in the first lines (a title line above
    the table may have none)."""
    counts = {sep: sample.count(sep) for sep in (",", "\t", ";")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _iter_csv(path: Path, encoding: str) -> Iterator[tuple[int, list[object]]]:
    try:
        with path.open("r", encoding=encoding, newline="") as handle:
            sample = "".join(handle.readline() for _ in range(_SAMPLE_LINES))
    except OSError as error:
        raise _unreadable(path, error) from None
    return _csv_rows(path, encoding, _delimiter(sample))


def _csv_rows(path: Path, encoding: str,
              delimiter: str) -> Iterator[tuple[int, list[object]]]:
    number = 0
    try:
        with path.open("r", encoding=encoding, newline="") as handle:
            # A record with a quoted line break is still one spreadsheet row.
            for number, record in enumerate(csv.reader(handle, delimiter=delimiter), 1):
                cells: list[object] = list(record)
                yield number, cells
    except csv.Error as error:
        raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
            "Import", "Row {row} of {name} cannot be read: {reason}"),
            {"row": number + 1, "name": path.name, "reason": str(error)})) from None
    except (OSError, UnicodeDecodeError) as error:
        raise _unreadable(path, error) from None


# -- writing

def _text_cell(sheet: Any, text: str) -> object:
    text = clean_text(text)
    if len(text) > EXCEL_CELL_MAX:
        raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
            "Import", "A text of {n} characters is longer than a spreadsheet cell holds "
            "({limit})."), {"n": len(text), "limit": EXCEL_CELL_MAX}))
    if not looks_like_formula(text):
        return text           # a plain string is the cheapest cell in write-only mode
    return text_cell(sheet, text)


def _cell(sheet: Any, value: object) -> object:
    if value is None or isinstance(value, bool | int | float | Decimal):
        return value
    if isinstance(value, str):
        return _text_cell(sheet, value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    return _text_cell(sheet, str(value))


def write_xlsx(path: Path, sheet_title: str, headers: Sequence[str],
               rows: Iterable[Sequence[object]], *,
               column_widths: Sequence[int] | None = None) -> int:
    """Write one sheet: a bold, frozen header row and the rows; returns the rows written.

    The file appears under its name only when complete (temporary file in the same
    folder, fsync, rename); on any failure the old file, if any, is left as it was.
    Dates are real dates shown as yyyy-mm-dd; text that a spreadsheet would run as a
    formula (= + - @ …) is written as text.
    """
    path = Path(path)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(safe_sheet_title(sheet_title))
    sheet.freeze_panes = "A2"
    for index, width in enumerate(column_widths or (), 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    saved = False
    try:
        # opened first, so that a folder that cannot be written fails before the rows run
        with replacing(path) as handle:
            count = _fill(sheet, headers, rows)
            workbook.save(handle)
            saved = True
    except OSError as error:
        raise SpreadsheetError(Message("Import", QT_TRANSLATE_NOOP(
            "Import", "The file {name} cannot be written: {reason}. If it is open in Excel or "
            "WPS, close it and try again."), {"name": path.name, "reason": _reason(error)})
        ) from None
    finally:
        if not saved:
            _abandon(sheet)
    _fsync_directory(path.parent)
    return count


def _fill(sheet: Any, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = _cell(sheet, header)
        if not isinstance(cell, Cell):
            cell = WriteOnlyCell(sheet, value=cell)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
        count += 1
    return count


def _abandon(sheet: Any) -> None:
    """Close a write-only sheet that will not be saved and remove openpyxl's temporary file."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def _fsync_directory(folder: Path) -> None:
    # Makes the rename durable on POSIX; Windows has no such call.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
