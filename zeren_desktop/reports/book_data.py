"""Plain data the ledger book and the responsibility-list document are printed from.

The services fill these from the database; the report builders only lay them out, so a
blank book is the same data with no entries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class BookListItem:
    number: int            # 1, 2, ... within the list
    area: str              # the group heading (may be "")
    text: str
    # Status label at the end of each quarter ("" when the quarter has not ended or, in a
    # blank book, always ""): index 0 = Q1 ... 3 = Q4. Already translated.
    quarter_status: tuple[str, str, str, str] = ("", "", "", "")


@dataclass(frozen=True)
class BookEntry:
    number: int
    entry_date: dt.date
    category: str          # translated label of the must-record kind
    matter: str
    place: str
    participants: str
    content: str           # content and measures
    items: str             # list items served, e.g. "3、5"
    evidence: str          # evidence numbers and attachment names
    remarks: str
    reviewed: bool


@dataclass(frozen=True)
class BookInspection:
    inspected_on: dt.date
    kind: str              # translated label
    inspectors: str
    findings: str
    rectification: str
    deadline: dt.date | None
    result: str
    result_date: dt.date | None


@dataclass(frozen=True)
class LedgerBook:
    """One cadre's ledger book (履责纪实簿) for one year."""

    year: int
    cadre_name: str
    unit_name: str
    title: str             # post
    portfolio: str         # 分管工作
    book_number: str
    issuer: str            # the commission that issues the book, e.g. "中共某某县纪律检查委员会"
    list_title: str
    list_signed_on: dt.date | None
    list_signed_by: str
    items: tuple[BookListItem, ...] = field(default_factory=tuple)
    entries: tuple[BookEntry, ...] = field(default_factory=tuple)
    inspections: tuple[BookInspection, ...] = field(default_factory=tuple)
    self_report: str = ""
    assessment_result: str = ""
    blank: bool = False    # hand-filling book: ruled empty rows instead of entries
    blank_entry_rows: int = 120   # rows of entry pages in a blank book


@dataclass(frozen=True)
class ListDocument:
    """A responsibility list to sign (责任书): per cadre or team, with signature lines."""

    year: int
    title: str
    holder: str            # cadre name or team name
    unit_name: str
    holder_title: str
    portfolio: str
    role_label: str        # translated ListRole label
    issuer: str
    number: str
    items: tuple[BookListItem, ...]
    issued_on: dt.date
    signed_on: dt.date | None
    signed_by: str
