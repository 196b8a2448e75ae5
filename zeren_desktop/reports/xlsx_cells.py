"""The cells and files of every .xlsx the program writes (RELIABILITY T22).

services/spreadsheets.write_xlsx (exports and import reports), reports/periodic_common
(the periodic report workbooks) and reports/assessment_xlsx (the ranking) write through
openpyxl's write-only mode with these helpers: text a spreadsheet program would run as a
formula is written as text, text is cleaned of what XML cannot hold, sheet titles are made
ones Excel accepts, and a file appears under its name only when complete. The rule lives
here, in the lowest layer that writes workbooks, so that services and reports share it.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]

# Text a spreadsheet program would take for a formula (or strip) when it is typed or
# edited: written as text with the quote prefix, so nothing runs.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
SHEET_TITLE_MAX = 31


def clean_text(text: str) -> str:
    """`text` as a cell can hold it: XML turns a carriage return into a line feed anyway,
    so say so; what XML cannot hold at all is dropped."""
    cleaned: str = ILLEGAL_CHARACTERS_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return cleaned


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet program would run (or strip) `text` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def csv_safe(text: str) -> str:
    """A CSV cell a spreadsheet program would run as a formula, quoted as text with an
    apostrophe (a CSV file has no cell types; the rejected-rows report, the audit log)."""
    return "'" + text if looks_like_formula(text) else text


def text_cell(sheet: Any, text: str) -> Any:
    """A write-only cell of `sheet` holding `text` (cleaned); text that looks like a
    formula is a string with the quote prefix, so it stays text when the cell is edited."""
    text = clean_text(text)
    cell = WriteOnlyCell(sheet, value=text)
    if looks_like_formula(text):
        cell.data_type = "s"      # a string, whatever openpyxl guessed from the "="
        cell.quotePrefix = True   # and it stays text when someone edits the cell
    return cell


def sheet_title(title: str, fallback: str = "Sheet1") -> str:
    """`title` as Excel accepts a sheet title: no []:*?/\\, no quote at either end, at most
    31 characters; `fallback` when nothing is left."""
    for bad in "[]:*?/\\":
        title = title.replace(bad, "_")
    title = ILLEGAL_CHARACTERS_RE.sub("", title).strip().strip("'")
    return title[:SHEET_TITLE_MAX] or fallback


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[BinaryIO]:
    """A new temporary file beside `target`, to write the workbook into; when the block
    ends without an error it is synced and renamed to `target`. On any failure the old
    file, if any, is left as it was and the temporary file is removed. OSError when the
    folder cannot be written (raised before the block runs)."""
    target = Path(target)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with temporary.open("xb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
