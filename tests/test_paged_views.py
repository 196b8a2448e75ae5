"""The paged views' service calls give what a plain query gives.

The small county of tests/conftest.py (services/demo_county.py) with ties made on purpose
(entries of one day made at the same moment, clues received on one day, cases due on one
day): for every sort key, both directions and with filters, `page(...)` equals a plain SQL
query with ORDER BY, LIMIT and OFFSET written out here, at the start, in the middle, at the
end, and fetched from the end in the reverse order as the table model does; `count` equals
the plain count; the rows equal those the ORM-built `search`/`get` give; the cases' stored
deadline answers the due filter and the dashboard as the domain rule says.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text, update

from tests.conftest import COUNTY_SCALE, TEST_PASSWORD
from zeren_desktop.domain import cases as rules
from zeren_desktop.domain.enums import CaseStage, ClueSource, LedgerCategory
from zeren_desktop.domain.ledger import normalise_for_search
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services import ledger as ledger_service
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.cases_dto import CaseFilter
from zeren_desktop.services.clue_dto import ClueFilter
from zeren_desktop.services.ledger_dto import LedgerFilter
from zeren_desktop.storage.case_due import fill_stage_due
from zeren_desktop.storage.models import AccountabilityCase, Clue, LedgerEntry

TODAY = dt.date(2025, 12, 20)
SOON, LATE = TODAY + dt.timedelta(days=3), TODAY - dt.timedelta(days=30)   # set by hand


@pytest.fixture(scope="module")
def county_db(county_db: Path) -> Path:
    """The shared small county (tests/conftest.py) with ties made on purpose and a township
    account."""
    with Services.open(county_db) as services:
        services.auth.sign_in("admin", TEST_PASSWORD)
        services.auth.create_user(UserInput(
            "township", "乡镇录入员", frozenset({AccountRole.CLERK}),
            scope_unit_id=_township(services)), TEST_PASSWORD)
        with services.db.write() as session:
            # Ties: the first 40 entries (by id) on one day, made at one moment; 30 clues
            # received on one day; 20 cases due on one day, registered at one moment.
            ids = list(session.scalars(text("SELECT id FROM ledger_entries ORDER BY id"
                                            " LIMIT 40").columns(LedgerEntry.id)))
            session.execute(update(LedgerEntry).where(LedgerEntry.id.in_(ids)).values(
                entry_date=dt.date(2025, 6, 3), created_at=dt.datetime(2025, 6, 3, 9)))
            clue_ids = list(session.scalars(text("SELECT id FROM clues ORDER BY id"
                                                 " LIMIT 30").columns(Clue.id)))
            session.execute(update(Clue).where(Clue.id.in_(clue_ids)).values(
                received_on=dt.date(2025, 5, 9)))
            case_ids = list(session.scalars(
                text("SELECT id FROM accountability_cases WHERE stage_due IS NOT NULL"
                     " ORDER BY id LIMIT 12").columns(AccountabilityCase.id)))
            session.execute(update(AccountabilityCase).where(
                AccountabilityCase.id.in_(case_ids[:7])).values(
                stage_due=SOON, created_at=dt.datetime(2025, 3, 1, 8)))
            session.execute(update(AccountabilityCase).where(
                AccountabilityCase.id.in_(case_ids[7:])).values(stage_due=LATE))
    return county_db


def _param(services: Services, value: uuid.UUID) -> object:
    return value.hex if services.db.engine.dialect.name == "sqlite" else value


def _ids(services: Services, sql: str, **params: object) -> list[uuid.UUID]:
    with services.db.read() as session:
        return [uuid.UUID(str(v)) for v in session.scalars(text(sql), params)]


def _subtree_sql() -> str:
    return ("WITH RECURSIVE sub(id) AS (SELECT :unit UNION SELECT units.id FROM units"
            " JOIN sub ON units.parent_id = sub.id)")


def _township(services: Services) -> uuid.UUID:
    towns = sorted((u for u in services.units.list_all() if u.kind.value == "township"),
                   key=lambda u: u.name)
    return towns[1].id


def _windows(n: int) -> list[tuple[int, int]]:
    """(offset, limit) at the start, in the middle, over the end and past it."""
    return [(0, 1), (0, 7), (3, 50), (n // 2, 13), (max(n - 5, 0), 10), (n - 1, 1), (n, 5)]


def _check_pages(plain: Sequence[uuid.UUID], page: Any, n: int) -> None:
    assert len(plain) == n
    for offset, limit in _windows(n):
        assert [r.id for r in page(offset, limit)] == list(plain[offset:offset + limit]), \
            (offset, limit)


# -- the ledger

LEDGER_ORDER = {
    "date": "e.entry_date {d}, e.created_at {d}, e.id {d}",
    "cadre": "c.name {d}, e.cadre_id {d}, e.entry_date {d}, e.id {d}",
    "unit": "u.name {d}, e.unit_id {d}, e.entry_date {d}, e.id {d}",
    "category": "e.category {d}, e.entry_date {d}, e.id {d}",
}


def _plain_ledger(services: Services, sort: str, descending: bool, where: str = "",
                  prefix: str = "", **params: object) -> list[uuid.UUID]:
    order = LEDGER_ORDER[sort].format(d="DESC" if descending else "ASC")
    return _ids(services, f"{prefix} SELECT e.id FROM ledger_entries e"
                f" JOIN cadres c ON c.id = e.cadre_id LEFT JOIN units u ON u.id = e.unit_id"
                f" {where} ORDER BY {order}", **params)


@pytest.mark.parametrize("sort", sorted(LEDGER_ORDER))
@pytest.mark.parametrize("descending", [True, False])
def test_ledger_pages_equal_a_plain_query(county: Services, sort: str,
                                          descending: bool) -> None:
    ledger = county.ledger
    n = ledger.count()
    assert n == COUNTY_SCALE.ledger_entries
    plain = _plain_ledger(county, sort, descending)
    _check_pages(plain, lambda o, k: ledger.page(LedgerFilter(), sort, descending, o, k), n)
    # From the end, reversed (what the table model does for the last half).
    tail = ledger.page(LedgerFilter(), sort, not descending, 0, 25)
    assert [r.id for r in reversed(tail)] == plain[-25:]

    # A township (its units below it), a period and a kind.
    town = _township(county)
    where = LedgerFilter(unit_id=town, date_from=dt.date(2024, 3, 1),
                         date_to=dt.date(2025, 9, 30))
    plain = _plain_ledger(
        county, sort, descending, "WHERE e.unit_id IN (SELECT id FROM sub) AND"
        " e.entry_date BETWEEN :a AND :b", _subtree_sql(), unit=_param(county, town),
        a=dt.date(2024, 3, 1), b=dt.date(2025, 9, 30))
    assert 0 < ledger.count(where) == len(plain) < n
    _check_pages(plain, lambda o, k: ledger.page(where, sort, descending, o, k), len(plain))
    kind = LedgerFilter(category=LedgerCategory.INSPECTION, reviewed=False)
    plain = _plain_ledger(county, sort, descending, "WHERE e.category = 'inspection'"
                          " AND e.reviewed_at IS NULL")
    assert ledger.count(kind) == len(plain) > 0
    _check_pages(plain, lambda o, k: ledger.page(kind, sort, descending, o, k), len(plain))


@pytest.mark.parametrize("common", [False, True])
@pytest.mark.parametrize("sort", ["date", "cadre"])
def test_ledger_pages_with_words_equal_a_plain_query(
        county: Services, sort: str, common: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Words through the index, and words so common (here: more than none) that the page
    walks the sort's index checking each entry's text instead: the same pages."""
    if common:
        monkeypatch.setattr(ledger_service, "COMMON_WORD", 0)
    ledger = county.ledger
    words = county.ledger.page(LedgerFilter(), "date", True, 0, 1)[0].matter[:2]
    plain = _plain_ledger(county, sort, True, "WHERE e.search_text LIKE :w",
                          w=f"%{normalise_for_search(words)}%")
    where = LedgerFilter(text=words)
    assert 0 < ledger.count(where) == len(plain) < ledger.count()
    _check_pages(plain, lambda o, k: ledger.page(where, sort, True, o, k), len(plain))
    tail = ledger.page(where, sort, False, 0, 25)
    assert [r.id for r in reversed(tail)] == plain[-25:]


def test_ledger_page_rows_are_the_search_rows(county: Services) -> None:
    ledger = county.ledger
    page = ledger.page(LedgerFilter(), "cadre", False, 100, 60)
    by_id = {r.id: r for r in ledger.search()}
    assert len(page) == 60 and all(row == by_id[row.id] for row in page)
    cadre = page[0].cadre_id
    mine = ledger.page(LedgerFilter(cadre_id=cadre), "date", True, 0, 1000)
    plain = ledger.search(LedgerFilter(cadre_id=cadre))
    # The same entries, newest first; entries of the same day may tie in either order
    # (search breaks ties by id ascending, the page by the index's direction).
    assert sorted(r.id for r in mine) == sorted(r.id for r in plain)
    assert [r.entry_date for r in mine] == [r.entry_date for r in plain]
    # A whole period counts as no period; one past the data as nothing.
    assert ledger.count(LedgerFilter(date_from=dt.date(2000, 1, 1),
                                     date_to=dt.date(2100, 1, 1))) == COUNTY_SCALE.ledger_entries
    assert ledger.count(LedgerFilter(date_from=dt.date(2100, 1, 1))) == 0
    assert ledger.page(LedgerFilter(date_from=dt.date(2100, 1, 1))) == []
    with pytest.raises(ValueError):
        ledger.page(LedgerFilter(), "matter")


# -- the clues

CLUE_ORDER = {"date": "k.received_on {d}, k.number {d}, k.id {d}",
              "number": "k.number {d}, k.id {d}"}


def _plain_clues(services: Services, sort: str, descending: bool, where: str = "",
                 prefix: str = "", **params: object) -> list[uuid.UUID]:
    order = CLUE_ORDER[sort].format(d="DESC" if descending else "ASC")
    return _ids(services, f"{prefix} SELECT k.id FROM clues k {where} ORDER BY {order}",
                **params)


@pytest.mark.parametrize("sort", sorted(CLUE_ORDER))
@pytest.mark.parametrize("descending", [True, False])
def test_clue_pages_equal_a_plain_query(county: Services, sort: str,
                                        descending: bool) -> None:
    clues = county.clues
    n = clues.count()
    plain = _plain_clues(county, sort, descending)
    _check_pages(plain, lambda o, k: clues.page(ClueFilter(), sort, descending, o, k), n)
    tail = clues.page(ClueFilter(), sort, not descending, 0, 9)
    assert [r.id for r in reversed(tail)] == plain[-9:]
    town = _township(county)
    where = ClueFilter(unit_id=town, date_from=dt.date(2025, 1, 1), source=ClueSource.BIG_DATA)
    plain = _plain_clues(county, sort, descending,
                         "WHERE k.unit_id IN (SELECT id FROM sub) AND k.received_on >= :a"
                         " AND k.source = :s", _subtree_sql(), unit=_param(county, town),
                         a=dt.date(2025, 1, 1), s=ClueSource.BIG_DATA.value)
    assert clues.count(where) == len(plain) > 0
    _check_pages(plain, lambda o, k: clues.page(where, sort, descending, o, k), len(plain))


def test_clue_page_rows_are_the_get_rows(county: Services) -> None:
    rows = county.clues.page(ClueFilter(), "number", False, 0, 300)
    assert len(rows) == 300
    assert any(r.cadre_ids for r in rows) and any(r.case_id for r in rows)
    for row in rows[::7] + [r for r in rows if r.cadre_ids or r.case_id][:20]:
        assert row == county.clues.get(row.id)


# -- the cases

CASE_ORDER = {"date": "a.created_at {d}, a.number {d}, a.id {d}",
              "number": "a.number {d}, a.id {d}",
              "due": "a.stage_due IS NULL {d}, a.stage_due {d}, a.number {d}, a.id {d}"}


def _plain_cases(services: Services, sort: str, descending: bool, where: str = "",
                 prefix: str = "", **params: object) -> list[uuid.UUID]:
    order = CASE_ORDER[sort].format(d="DESC" if descending else "ASC")
    return _ids(services, f"{prefix} SELECT a.id FROM accountability_cases a {where}"
                f" ORDER BY {order}", **params)


@pytest.mark.parametrize("sort", sorted(CASE_ORDER))
@pytest.mark.parametrize("descending", [True, False])
def test_case_pages_equal_a_plain_query(county: Services, sort: str,
                                        descending: bool) -> None:
    cases = county.cases
    n = cases.count()
    assert n == COUNTY_SCALE.cases
    plain = _plain_cases(county, sort, descending)
    _check_pages(plain, lambda o, k: cases.page(CaseFilter(), sort, descending, o, k), n)
    tail = cases.page(CaseFilter(), sort, not descending, 0, 11)
    assert [r.id for r in reversed(tail)] == plain[-11:]
    soon = TODAY + dt.timedelta(days=rules.DUE_SOON_DAYS)
    for due, condition in (("overdue", "a.stage_due < :t"),
                           ("due_soon", "a.stage_due BETWEEN :t AND :s"),
                           ("attention", "a.stage_due <= :s")):
        where = CaseFilter(due=due, today=TODAY)
        plain = _plain_cases(county, sort, descending, f"WHERE {condition}", t=TODAY, s=soon)
        assert cases.count(where) == len(plain) > 0, due
        _check_pages(plain, lambda o, k, w=where: cases.page(w, sort, descending, o, k),
                     len(plain))


def test_case_rows_deadlines_and_the_stored_due_date(county: Services) -> None:
    cases = county.cases
    rows = cases.page(CaseFilter(today=TODAY), "number", False, 0, 1000)
    searched = {r.id: r for r in cases.search(today=TODAY)}
    assert len(rows) == COUNTY_SCALE.cases and all(row == searched[row.id] for row in rows)
    assert {r.due_status for r in rows} >= {"overdue", "due_soon", ""}
    assert all(r.due_status == rules.due_status(r.stage_due, TODAY) for r in rows)
    attention = {r.id for r in rows if r.due_status and r.stage is not CaseStage.ARCHIVED}
    assert {d.case_id for d in cases.deadlines(TODAY) if d.kind == "stage"} == attention
    assert [r.id for r in cases.search(due="overdue", today=TODAY)] == [
        r.id for r in cases.page(CaseFilter(due="overdue", today=TODAY), "date", True)]

    # Emptied, the stored deadline comes back from the stage events by the domain rule
    # (migration 0012 and the demo fill it so).
    stored = {r.id: r.stage_due for r in rows}
    with county.db.write() as session:
        session.execute(update(AccountabilityCase).values(stage_due=None))
        assert fill_stage_due(session.connection()) == sum(
            1 for due in stored.values() if due is not None)
    again = {r.id: r.stage_due for r in cases.page(CaseFilter(), "number", False, 0, 1000)}
    changed = {i for i in stored if stored[i] != again[i]}
    # Only the cases whose deadline was set by hand above may differ.
    assert changed <= {r.id for r in rows if r.stage_due in (SOON, LATE)}


@pytest.mark.parametrize("sort", sorted(LEDGER_ORDER))
def test_a_township_account_pages_its_own_records(county: Services, sort: str) -> None:
    town = _township(county)
    county.auth.sign_in("township", TEST_PASSWORD)
    where = "WHERE e.unit_id IN (SELECT id FROM sub)"
    plain = _plain_ledger(county, sort, True, where, _subtree_sql(), unit=_param(county, town))
    assert 0 < county.ledger.count() == len(plain) < COUNTY_SCALE.ledger_entries
    _check_pages(plain, lambda o, k: county.ledger.page(LedgerFilter(), sort, True, o, k),
                 len(plain))
    period = LedgerFilter(date_from=dt.date(2025, 1, 1), category=LedgerCategory.EDUCATION)
    plain = _plain_ledger(county, sort, False, where + " AND e.entry_date >= :a AND"
                          " e.category = 'education'", _subtree_sql(),
                          unit=_param(county, town), a=dt.date(2025, 1, 1))
    assert county.ledger.count(period) == len(plain) > 0
    _check_pages(plain, lambda o, k: county.ledger.page(period, sort, False, o, k),
                 len(plain))
    if sort in CLUE_ORDER:
        plain = _plain_clues(county, sort, True, "WHERE k.unit_id IN (SELECT id FROM sub)",
                             _subtree_sql(), unit=_param(county, town))
        assert county.clues.count() == len(plain) > 0
        _check_pages(plain, lambda o, k: county.clues.page(ClueFilter(), sort, True, o, k),
                     len(plain))


def test_scope_and_permissions(county: Services) -> None:
    town = _township(county)
    with county.db.read() as session:
        inside = session.scalar(text(f"{_subtree_sql()} SELECT count(*) FROM ledger_entries"
                                     " WHERE unit_id IN (SELECT id FROM sub)"),
                                {"unit": _param(county, town)})
    assert county.ledger.count(LedgerFilter(unit_id=town)) == inside
    county.auth.sign_in("auditor", TEST_PASSWORD)
    from zeren_desktop.services.session import PermissionDeniedError

    for call in (lambda: county.ledger.page(), lambda: county.clues.page(),
                 lambda: county.cases.page(), lambda: county.cases.count()):
        with pytest.raises(PermissionDeniedError):
            call()
    assert replace(LedgerFilter(), text="") == LedgerFilter()
