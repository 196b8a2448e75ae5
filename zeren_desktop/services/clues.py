"""Problem clues (问题线索): the register, the verification rate (查实率), bulk import.

A clue names its persons as received (names, ID numbers) and, where the records know them,
the cadres; an ID number of a cadre in the records links the clue to that cadre. The
verification rate is (查实 + 部分查实) / concluded clues, counted in SQL per source and period.

The bulk import streams the file (services/clue_import.py) and writes chunks with the
driver's `executemany` inside one transaction: a failure or a cancel leaves the database
as it was. Each rejected row goes to a CSV report with its row number and reason.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    case,
    extract,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain.enums import ClueHandling, ClueResult, ClueSource
from zeren_desktop.domain.ledger import normalise_for_search
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    Message,
    Translate,
    ZerenError,
    untranslated,
)
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import (
    CADRE_NOT_FOUND,
    UNIT_NOT_FOUND,
    ServiceBase,
    not_found,
)
from zeren_desktop.services.clue_dto import (
    ClueFilter,
    ClueImportResult,
    ClueInput,
    ClueProblem,
    ClueRate,
    ClueRow,
)
from zeren_desktop.services.lists import post_unit
from zeren_desktop.services.paging import page_rows
from zeren_desktop.services.session import Actor
from zeren_desktop.storage import search_index
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Cadre,
    Clue,
    Unit,
    clue_cadres,
    utcnow,
)
from zeren_desktop.storage.query_plan import no_index

_CTX = "Services"
CLUE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The clue was not found; it may have been deleted meanwhile.")
CASE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The accountability case was not found; it may have been deleted meanwhile.")
NUMBER_PREFIX = "XS"
NUMBER_DIGITS = 4
IMPORT_CHUNK = 5000
PROGRESS_EVERY = 1000
PREVIEW_ROWS = 50
IMPORT_CACHE_KIB = -65_536     # SQLite page cache during an import: 64 MiB
PROBLEMS_KEPT = 1000
NO_FILTER = ClueFilter()
PERIODS = ("", "year", "month")


# What `ClueService.page` sorts by: the key's columns, the id last (a total order).
CLUE_SORTS: dict[str, tuple[Any, ...]] = {
    "date": (Clue.received_on, Clue.number, Clue.id),
    "number": (Clue.number, Clue.id),
}
# The columns of a ClueRow but the linked cadres' ids and names, in its order.
_CLUE_ROW_COLUMNS = (
    Clue.id, Clue.number, Clue.received_on, Clue.source, Clue.summary, Clue.handling,
    Clue.subject_names, Clue.subject_id_numbers, Clue.unit_id, func.coalesce(Unit.name, ""),
    Clue.unit_text, Clue.result, Clue.concluded_on, Clue.money_recovered_fen,
    Clue.money_corrected_fen, Clue.persons_disqualified, Clue.case_id,
    func.coalesce(AccountabilityCase.number, ""), Clue.remarks, Clue.import_key)


class ImportCancelled(ZerenError):
    """The user stopped an import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(Message(_CTX, QT_TRANSLATE_NOOP(
            "Services", "The import was cancelled; nothing was imported.")))


class _DryRunDone(Exception):
    """Rolls back a dry run's transaction after it has checked everything."""


def _row(clue: Clue, case_number: str = "") -> ClueRow:
    cadres = sorted(clue.cadres, key=lambda c: c.name)
    return ClueRow(
        clue.id, clue.number, clue.received_on, clue.source, clue.summary, clue.handling,
        clue.subject_names, clue.subject_id_numbers, clue.unit_id,
        clue.unit.name if clue.unit is not None else "", clue.unit_text,
        tuple(c.id for c in cadres), tuple(c.name for c in cadres), clue.result,
        clue.concluded_on, clue.money_recovered_fen, clue.money_corrected_fen,
        clue.persons_disqualified, clue.case_id, case_number, clue.remarks,
        clue.import_key is not None)


def _values(clue: Clue) -> dict[str, Any]:
    return {"number": clue.number, "received_on": str(clue.received_on),
            "source": clue.source.value, "unit_id": str(clue.unit_id or ""),
            "subject_names": clue.subject_names,
            "subject_id_numbers": clue.subject_id_numbers, "unit_text": clue.unit_text,
            "summary": clue.summary, "handling": clue.handling.value,
            "result": clue.result.value if clue.result else "",
            "concluded_on": str(clue.concluded_on or ""),
            "money_recovered_fen": clue.money_recovered_fen,
            "money_corrected_fen": clue.money_corrected_fen,
            "persons_disqualified": clue.persons_disqualified,
            "case_id": str(clue.case_id or ""), "remarks": clue.remarks,
            "cadres": sorted(str(c.id) for c in clue.cadres)}


def _number_pattern(year: int) -> re.Pattern[str]:
    return re.compile(rf"^{NUMBER_PREFIX}{year}-(\d+)$")


def format_number(year: int, sequence: int) -> str:
    return f"{NUMBER_PREFIX}{year}-{sequence:0{NUMBER_DIGITS}d}"


class ClueService(ServiceBase):
    # -- reading

    def search(self, where: ClueFilter = NO_FILTER, limit: int | None = None,
               offset: int = 0) -> list[ClueRow]:
        """Clues matching the filter, newest first."""
        actor = self._require(Permission.VIEW_RECORDS, "clues.search")
        with self.db.read() as session:
            query = self._filtered(session, select(Clue), where, actor)
            query = (query.options(selectinload(Clue.unit), selectinload(Clue.cadres))
                     .order_by(Clue.received_on.desc(), Clue.number.desc(), Clue.id)
                     .offset(offset))
            if limit is not None:
                query = query.limit(limit)
            clues = list(session.scalars(query))
            numbers = self._case_numbers(session, {c.case_id for c in clues if c.case_id})
            return [_row(c, numbers.get(c.case_id, "") if c.case_id else "") for c in clues]

    def count(self, where: ClueFilter = NO_FILTER) -> int:
        actor = self._require(Permission.VIEW_RECORDS, "clues.count")
        with self.db.read() as session:
            # count(*): counted in an index, where count(id) reads every row for its id
            query = self._filtered(session, select(func.count()).select_from(Clue), where,
                                   actor)
            return int(session.scalar(query) or 0)

    def page(self, where: ClueFilter = NO_FILTER, sort: str = "date", descending: bool = True,
             offset: int = 0, limit: int = 200) -> list[ClueRow]:
        """One page of the clues matching the filter, sorted in SQL by a key of
        `CLUE_SORTS` (the id breaks ties): the ids of the page by an index walk, then
        their rows from the columns a row shows (no ORM object per clue)."""
        actor = self._require(Permission.VIEW_RECORDS, "clues.page")
        try:
            keys = CLUE_SORTS[sort]
        except KeyError:
            raise ValueError(f"unknown clue sort key {sort!r}") from None
        with self.db.read() as session:
            rows = page_rows(
                session, self._page_ids(session, where, sort, actor), keys, descending,
                offset, limit, lambda ids: select(*_CLUE_ROW_COLUMNS)
                .outerjoin(Unit, Unit.id == Clue.unit_id)
                .outerjoin(AccountabilityCase, AccountabilityCase.id == Clue.case_id)
                .where(Clue.id.in_(ids)))
            if not rows:
                return []
            cadres: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
            for clue_id, cadre_id, name in session.execute(
                    select(clue_cadres.c.clue_id, Cadre.id, Cadre.name)
                    .join(Cadre, Cadre.id == clue_cadres.c.cadre_id)
                    .where(clue_cadres.c.clue_id.in_([row[0] for row in rows]))
                    .order_by(Cadre.name, Cadre.id)):
                cadres.setdefault(clue_id, []).append((cadre_id, name))
        out: list[ClueRow] = []
        for row in rows:
            linked = cadres.get(row[0], [])
            values = (*row[:11], tuple(c[0] for c in linked), tuple(c[1] for c in linked),
                      *row[11:-1], row[-1] is not None)
            out.append(ClueRow(*values))
        return out

    def _page_ids(self, session: Session, where: ClueFilter, sort: str,
                  actor: Actor) -> Select[Any]:
        """The ids under the filter. Unless it picks words or a case (few rows), the walk
        follows the sort's index, the unit and date terms checked in it
        (storage/query_plan.py)."""
        query = select(Clue.id)
        if where.case_id is not None or normalise_for_search(where.text):
            return self._filtered(session, query, where, actor)
        query = self._filtered(session, query, replace(where, unit_id=None, date_from=None,
                                                       date_to=None),
                               replace(actor, scope_units=None))
        if actor.scope_units is not None:   # a township account: checked in the index too
            query = query.where(no_index(Clue.unit_id).in_(actor.scope_units))
        received = Clue.received_on if sort == "date" else no_index(Clue.received_on)
        if where.date_from is not None:
            query = query.where(received >= where.date_from)
        if where.date_to is not None:
            query = query.where(received <= where.date_to)
        if where.unit_id is not None:
            query = query.where(no_index(Clue.unit_id).in_(subtree(session, where.unit_id)))
        return query

    def get(self, clue_id: uuid.UUID) -> ClueRow:
        actor = self._require(Permission.VIEW_RECORDS, "clues.get")
        with self.db.read() as session:
            clue = self._clue(session, clue_id)
            self._require_scope(actor, {clue.unit_id}, "clues.get", "clues", clue_id)
            numbers = self._case_numbers(session, {clue.case_id} if clue.case_id else set())
            return _row(clue, numbers.get(clue.case_id, "") if clue.case_id else "")

    def next_number(self, year: int | None = None) -> str:
        """The next free number of the year, e.g. XS2026-0001 (after the highest in use)."""
        self._require(Permission.VIEW_RECORDS, "clues.next_number")
        year = year or self._today().year
        with self.db.read() as session:
            return format_number(year, self._next_sequence(session.connection(), year))

    def verification_rates(self, date_from: dt.date | None = None,
                           date_to: dt.date | None = None, *, period: str = "",
                           unit_id: uuid.UUID | None = None) -> list[ClueRate]:
        """查实率 of the clues received in the range, per source and `period` ("" for the
        whole range, "year" or "month"), with a total row (source None) for each period.
        Only sources with clues appear; periods in order, sources in their order."""
        actor = self._require(Permission.VIEW_RECORDS, "clues.verification_rates")
        if period not in PERIODS:
            raise ValueError(period)
        with self.db.read() as session:
            keys: list[Any] = []
            if period:
                keys.append(extract("year", Clue.received_on).label("y"))
            if period == "month":
                keys.append(extract("month", Clue.received_on).label("m"))

            def counted(result: ClueResult) -> Any:
                return func.coalesce(func.sum(case((Clue.result == result, 1), else_=0)), 0)

            query = select(Clue.source, *keys, func.count(), func.count(Clue.result),
                           counted(ClueResult.CONFIRMED), counted(ClueResult.PARTLY),
                           counted(ClueResult.UNFOUNDED))
            query = self._filtered(session, query, ClueFilter(
                unit_id=unit_id, date_from=date_from, date_to=date_to), actor)
            query = query.group_by(Clue.source, *keys)
            found: dict[str, dict[ClueSource, tuple[int, ...]]] = {}
            for row in session.execute(query):
                source = row[0]
                parts = [int(v) for v in row[1:1 + len(keys)]]
                label = (f"{parts[0]:04d}" if len(parts) == 1 else
                         f"{parts[0]:04d}-{parts[1]:02d}" if parts else "")
                found.setdefault(label, {})[source] = tuple(int(v) for v in row[1 + len(keys):])
        rates: list[ClueRate] = []
        for label in sorted(found):
            by_source = found[label]
            totals = [0] * 5
            for source in ClueSource:
                if source in by_source:
                    figures = by_source[source]
                    rates.append(ClueRate(source, label, *figures))
                    totals = [a + b for a, b in zip(totals, figures, strict=True)]
            rates.append(ClueRate(None, label, *totals))
        return rates

    # -- writing

    def create(self, data: ClueInput) -> uuid.UUID:
        actor = self._require(Permission.EDIT_DRAFTS, "clues.create")
        data = data.validated(self._today())
        self._check_target(actor, data, "clues.create")
        with self.db.write() as session:
            self._check_number(session, data.number, data.received_on.year)
            clue = Clue(office_id=self.office_id, created_by=actor.username)
            self._apply(session, clue, data)
            session.add(clue)
            session.flush()
            self._audit(session, actor, "clue.create", "clues", clue.id, after=_values(clue))
            return clue.id

    def update(self, clue_id: uuid.UUID, data: ClueInput) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "clues.update")
        data = data.validated(self._today())
        self._check_existing(actor, clue_id, "clues.update")
        self._check_target(actor, data, "clues.update")
        with self.db.write() as session:
            clue = self._clue(session, clue_id)
            self._check_number(session, data.number, data.received_on.year, clue_id)
            before = _values(clue)
            self._apply(session, clue, data)
            session.flush()
            self._audit(session, actor, "clue.update", "clues", clue.id, before=before,
                        after=_values(clue))

    def delete(self, clue_id: uuid.UUID) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "clues.delete")
        self._check_existing(actor, clue_id, "clues.delete")
        with self.db.write() as session:
            clue = self._clue(session, clue_id)
            self._audit(session, actor, "clue.delete", "clues", clue.id, before=_values(clue))
            clue.cadres.clear()
            session.flush()
            session.delete(clue)

    def link_case(self, clue_id: uuid.UUID, case_id: uuid.UUID | None) -> None:
        """The case the clue led to (None: no longer linked)."""
        actor = self._require(Permission.EDIT_DRAFTS, "clues.link_case")
        self._check_existing(actor, clue_id, "clues.link_case")
        self._check_case(actor, case_id, "clues.link_case")
        with self.db.write() as session:
            clue = self._clue(session, clue_id)
            if case_id is not None and session.get(AccountabilityCase, case_id) is None:
                raise not_found(CASE_NOT_FOUND, case_id)
            before = str(clue.case_id or "")
            clue.case_id = case_id
            self._audit(session, actor, "clue.link_case", "clues", clue.id,
                        before={"case_id": before}, after={"case_id": str(case_id or "")})

    def match_cadres(self) -> int:
        """Link every clue to the cadres of the records whose ID number it carries (for
        clues received before the cadre was entered); the number of links added."""
        actor = self._require(Permission.EDIT_DRAFTS, "clues.match_cadres")
        with self.db.write() as session:
            by_number = self._cadres_by_id_number(session)
            if not by_number:
                return 0
            linked = {(clue_id, cadre_id) for clue_id, cadre_id in session.execute(
                select(clue_cadres.c.clue_id, clue_cadres.c.cadre_id))}
            query = select(Clue.id, Clue.subject_id_numbers, Clue.unit_id).where(
                Clue.subject_id_numbers != "")
            added: list[tuple[uuid.UUID, uuid.UUID]] = []
            for clue_id, numbers, unit_id in session.execute(query):
                if not actor.sees_unit(unit_id):
                    continue
                for number in numbers.split():
                    for cadre_id in by_number.get(number, ()):
                        if (clue_id, cadre_id) not in linked:
                            linked.add((clue_id, cadre_id))
                            added.append((clue_id, cadre_id))
            if added:
                session.execute(insert(clue_cadres), [
                    {"clue_id": c, "cadre_id": k} for c, k in added])
                # Links alone changed: the clues count as changed (exchange `--since`).
                touched = sorted({c for c, _k in added})
                for i in range(0, len(touched), 500):
                    session.execute(update(Clue).where(Clue.id.in_(touched[i:i + 500]))
                                    .values(updated_at=utcnow()))
                self._audit(session, actor, "clue.match_cadres", "clues", None,
                            summary=f"{len(added)} links", after={"links": len(added)})
            return len(added)

    # -- import

    def import_file(self, source: Path, *, report: Path | None = None, dry_run: bool = False,
                    progress: Callable[[int], None] | None = None,
                    default_source: ClueSource | None = None,
                    translate: Translate = untranslated) -> ClueImportResult:
        """Import the good rows of a spreadsheet of clues in one transaction (all or none).

        Rows already imported (same content) are counted, not added; rejected rows (and a
        row repeating another of the file) go to the CSV `report` (default: next to the
        source, `NAME.rejected.csv`) with their row number and reason. `dry_run` checks
        everything and writes nothing but the report. `progress(rows)` is called every
        thousand rows and may raise (ImportCancelled) to stop: nothing is then written.
        """
        from zeren_desktop.services.clue_import import (
            DEFAULT_SOURCE,
            RejectedReport,
            default_report_path,
            read_clue_file,
        )

        actor = self._require(Permission.EDIT_DRAFTS, "clues.import")
        source = Path(source)
        with self.db.read() as session:
            units = self._unit_names(session)
        header, outcomes = read_clue_file(source, units, self._today(),
                                          default_source=default_source or DEFAULT_SOURCE)
        rejected = RejectedReport(report or default_report_path(source),
                                  header.cells, translate)
        run = _ImportRun(self, actor, rejected)
        result: ClueImportResult | None = None
        try:
            with self.db.write() as session:
                run.start(session)
                for outcome in outcomes:
                    run.total += 1
                    if progress is not None and run.total % PROGRESS_EVERY == 0:
                        progress(run.total)
                    if outcome.parsed is None:
                        assert outcome.problem is not None
                        run.reject(outcome.row, outcome.problem, outcome.cells)
                        continue
                    run.pending.append((outcome.parsed, outcome.cells))
                    if len(run.pending) >= IMPORT_CHUNK:
                        run.flush()
                run.flush()
                if progress is not None:
                    progress(run.total)
                result = run.result(rejected.finish(remove_stale=report is None), dry_run,
                                    header.ignored)
                if dry_run:
                    raise _DryRunDone()
                self._audit(session, actor, "clue.import", "clues", None,
                            summary=f"{run.imported} clues from {source.name}",
                            after={"file": source.name, "rows": run.total,
                                   "imported": run.imported, "already": run.already,
                                   "rejected": rejected.count})
        except _DryRunDone:
            pass
        except BaseException:
            rejected.abandon()
            raise
        finally:
            run.finish()
        assert result is not None
        return result

    # -- helpers

    def _filtered(self, session: Session, query: Select[Any], where: ClueFilter,
                  actor: Actor) -> Select[Any]:
        if where.source is not None:
            query = query.where(Clue.source == where.source)
        if where.handling is not None:
            query = query.where(Clue.handling == where.handling)
        if where.result is not None:
            query = query.where(Clue.result == where.result)
        if where.open_only:
            query = query.where(Clue.result.is_(None))
        if where.unit_id is not None:
            query = query.where(Clue.unit_id.in_(subtree(session, where.unit_id)))
        if where.date_from is not None:
            query = query.where(Clue.received_on >= where.date_from)
        if where.date_to is not None:
            query = query.where(Clue.received_on <= where.date_to)
        if where.case_id is not None:
            query = query.where(Clue.case_id == where.case_id)
        if actor.scope_units is not None:
            query = query.where(Clue.unit_id.in_(actor.scope_units))
        if normalise_for_search(where.text):  # the search index (storage/search_index.py)
            query = query.where(Clue.id.in_(search_index.matching_ids("clue", where.text)))
        return query

    def _clue(self, session: Session, clue_id: uuid.UUID) -> Clue:
        clue = session.get(Clue, clue_id, options=[selectinload(Clue.unit),
                                                   selectinload(Clue.cadres)])
        if clue is None:
            raise not_found(CLUE_NOT_FOUND, clue_id)
        return clue

    @staticmethod
    def _case_numbers(session: Session, case_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
        if not case_ids:
            return {}
        query = select(AccountabilityCase.id, AccountabilityCase.number).where(
            AccountabilityCase.id.in_(case_ids))
        return {case_id: number for case_id, number in session.execute(query)}

    def _check_number(self, session: Session, number: str, year: int,
                      clue_id: uuid.UUID | None = None) -> None:
        query = select(Clue.id).where(Clue.office_id == self.office_id, Clue.number == number)
        if clue_id is not None:
            query = query.where(Clue.id != clue_id)
        if session.scalar(query) is not None:
            raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Services", "The clue number {number} is already used; the next free one is "
                "{free}."), {"number": number, "free": format_number(
                    year, self._next_sequence(session.connection(), year))}))

    def _next_sequence(self, connection: Connection, year: int) -> int:
        pattern = _number_pattern(year)
        prefix = f"{NUMBER_PREFIX}{year}-"
        highest = 0
        of_year = (Clue.office_id == self.office_id,
                   Clue.number.between(prefix, prefix + "\uffff"))
        # Not every number of the year through Python (400,000 after a big-data check):
        # among numbers of one length the greatest digits sort last, so the first number
        # that fits the pattern, from the end, is that length's highest; a shorter length
        # can only win over a longer one padded with zeros.
        lengths = connection.scalars(select(func.length(Clue.number)).where(*of_year)
                                     .distinct().order_by(func.length(Clue.number).desc()))
        for length in list(lengths):
            if length - len(prefix) < len(str(highest)):
                break
            numbers = connection.execute(select(Clue.number).where(
                *of_year, func.length(Clue.number) == length).order_by(Clue.number.desc()))
            for (number,) in numbers:
                match = pattern.match(number)
                if match:
                    highest = max(highest, int(match[1]))
                    break
            numbers.close()
        return highest + 1

    def _check_existing(self, actor: Actor, clue_id: uuid.UUID, operation: str) -> None:
        # Read first: a refusal writes its audit row in a transaction of its own.
        with self.db.read() as session:
            unit_id = self._clue(session, clue_id).unit_id
        self._require_scope(actor, {unit_id}, operation, "clues", clue_id)

    def _check_target(self, actor: Actor, data: ClueInput, operation: str) -> None:
        with self.db.read() as session:
            if data.unit_id is not None and session.get(Unit, data.unit_id) is None:
                raise not_found(UNIT_NOT_FOUND, data.unit_id)
            for cadre_id in data.cadre_ids:
                if session.get(Cadre, cadre_id) is None:
                    raise not_found(CADRE_NOT_FOUND, cadre_id)
            if data.case_id is not None and \
                    session.get(AccountabilityCase, data.case_id) is None:
                raise not_found(CASE_NOT_FOUND, data.case_id)
            unit_id = self._target_unit(session, data)
        self._require_scope(actor, {unit_id}, operation, "units", unit_id or uuid.UUID(int=0))
        self._check_case(actor, data.case_id, operation)

    def _check_case(self, actor: Actor, case_id: uuid.UUID | None, operation: str) -> None:
        """A township user links only to a case of its own township."""
        if case_id is None or actor.scope_units is None:
            return
        with self.db.read() as session:
            case = session.get(AccountabilityCase, case_id)
            if case is None:
                raise not_found(CASE_NOT_FOUND, case_id)
            unit_id = case.unit_id
        self._require_scope(actor, {unit_id}, operation, "accountability_cases", case_id)

    @staticmethod
    def _cadre_ids(session: Session, data: ClueInput) -> list[uuid.UUID]:
        """The cadres chosen, then those whose ID number the clue carries."""
        cadre_ids = list(data.cadre_ids)
        if data.subject_id_numbers:
            numbers = set(data.subject_id_numbers.split())
            cadre_ids += session.scalars(select(Cadre.id).where(Cadre.id_number.in_(numbers))
                                         .order_by(Cadre.name, Cadre.id))
        return list(dict.fromkeys(cadre_ids))

    def _target_unit(self, session: Session, data: ClueInput) -> uuid.UUID | None:
        """The unit given, else the unit of the first named cadre's post that day."""
        if data.unit_id is not None:
            return data.unit_id
        for cadre_id in self._cadre_ids(session, data):
            unit_id = post_unit(session, cadre_id, data.received_on)
            if unit_id is not None:
                return unit_id
        return None

    @staticmethod
    def _cadres_by_id_number(session: Session) -> dict[str, list[uuid.UUID]]:
        found: dict[str, list[uuid.UUID]] = {}
        for cadre_id, number in session.execute(
                select(Cadre.id, Cadre.id_number).where(Cadre.id_number != "")):
            found.setdefault(number.upper(), []).append(cadre_id)
        return found

    def _apply(self, session: Session, clue: Clue, data: ClueInput) -> None:
        clue.unit_id = self._target_unit(session, data)
        clue.number, clue.received_on, clue.source = data.number, data.received_on, data.source
        clue.subject_names, clue.subject_id_numbers = data.subject_names, data.subject_id_numbers
        clue.unit_text, clue.summary = data.unit_text, data.summary
        clue.handling, clue.result, clue.concluded_on = data.handling, data.result, \
            data.concluded_on
        clue.money_recovered_fen = data.money_recovered_fen
        clue.money_corrected_fen = data.money_corrected_fen
        clue.persons_disqualified = data.persons_disqualified
        clue.case_id, clue.remarks = data.case_id, data.remarks
        wanted = self._cadre_ids(session, data)
        current = {c.id for c in clue.cadres}
        if set(wanted) != current:
            clue.cadres = [c for c in (session.get(Cadre, i) for i in wanted) if c is not None]

    @staticmethod
    def _unit_names(session: Session) -> dict[str, uuid.UUID]:
        """Unit by full and short name; a name two units share matches neither."""
        names: dict[str, uuid.UUID | None] = {}
        for unit_id, name, short in session.execute(select(Unit.id, Unit.name,
                                                           Unit.short_name)):
            for text in {name, short} - {""}:
                names[text] = None if text in names and names[text] != unit_id else unit_id
        return {k: v for k, v in names.items() if v is not None}


# -- the import, chunk by chunk

_INSERT_COLUMNS = ("id", "office_id", "created_at", "updated_at", "number", "received_on",
                   "source", "unit_id", "subject_names", "subject_id_numbers", "unit_text",
                   "summary", "handling", "result", "concluded_on", "money_recovered_fen",
                   "money_corrected_fen", "persons_disqualified", "case_id", "import_key",
                   "remarks", "created_by")
_INSERT_SQL = (f"INSERT INTO clues ({', '.join(_INSERT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})")
_SEARCH_COLUMNS = tuple(_INSERT_COLUMNS.index(c) for c in search_index.SOURCES["clue"][1])
_OUR_NUMBER = re.compile(rf"^{NUMBER_PREFIX}(\d{{4}})-(\d+)$")
_LINK_SQL = "INSERT INTO clue_cadres (clue_id, cadre_id) VALUES (?, ?)"


def _uuid4_hex() -> str:
    """uuid.uuid4().hex, a third of the time (it counts on 400,000 rows)."""
    value = int.from_bytes(os.urandom(16), "big")
    value = (value & ~(0xF000 << 64) | (0x4000 << 64)) & ~(0xC000 << 48) | (0x8000 << 48)
    return f"{value:032x}"


class _ImportRun:
    """The state of one import: counts, numbers handed out, the keys seen in the file."""

    def __init__(self, service: ClueService, actor: Actor, report: Any) -> None:
        self.service = service
        self.actor = actor
        self.report = report
        self.pending: list[tuple[Any, list[object]]] = []
        self.total = self.imported = self.already = 0
        self.problems: list[ClueProblem] = []
        self.preview: list[Any] = []
        # first 16 hex digits of each accepted key -> its row (a repeat within the file)
        self.seen: dict[int, int] = {}
        self.sequences: dict[int, int] = {}
        self.session: Session | None = None
        self.connection: Connection | None = None
        self.cadres: dict[str, list[uuid.UUID]] = {}
        self.now = ""
        self.cache_size: Any = None
        self.raw: Any = None
        self.stamp = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def start(self, session: Session) -> None:
        self.session = session
        self.connection = session.connection()
        if self.connection.dialect.name == "sqlite":
            # The unique indexes take random keys: a larger page cache for this
            # transaction spares re-reading their pages (restored by finish()).
            self.cache_size = self.connection.exec_driver_sql("PRAGMA cache_size").scalar()
            self.raw = self.connection.connection.dbapi_connection
            self.connection.exec_driver_sql(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
        self.cadres = self.service._cadres_by_id_number(session)
        self.now = self.stamp.strftime("%Y-%m-%d %H:%M:%S.%f")

    def finish(self) -> None:
        if self.cache_size is not None and self.raw is not None:
            with contextlib.suppress(Exception):  # the connection may be gone: no matter
                self.raw.execute(f"PRAGMA cache_size = {int(self.cache_size)}")

    def reject(self, row: int, message: Message, cells: Sequence[object]) -> None:
        self.report.add(row, message, cells)
        if len(self.problems) < PROBLEMS_KEPT:
            self.problems.append(ClueProblem(row, message))

    def _sequence(self, year: int) -> int:
        if year not in self.sequences:
            assert self.connection is not None
            self.sequences[year] = self.service._next_sequence(self.connection, year)
        return self.sequences[year]

    def flush(self) -> None:
        chunk, self.pending = self.pending, []
        if not chunk:
            return
        connection = self.connection
        assert connection is not None
        existing = self._found(connection, Clue.import_key, [p.key for p, _ in chunk])
        used = self._found(connection, Clue.number, [p.number for p, _ in chunk if p.number])
        rows: list[tuple[object, ...]] = []
        links: list[tuple[str, str]] = []
        office = self.service.office_id.hex
        scoped = self.actor.scope_units is not None
        user = self.actor.username
        for parsed, cells in chunk:
            short = int(parsed.key[:16], 16)
            first = self.seen.get(short)
            if first is not None:
                self.reject(parsed.row, Message("Import", QT_TRANSLATE_NOOP(
                    "Import", "This row repeats row {row}."), {"row": first}), cells)
                continue
            if parsed.key in existing:
                self.seen[short] = parsed.row
                self.already += 1
                continue
            clue = parsed
            if scoped and not self.actor.sees_unit(clue.unit_id):
                self.reject(parsed.row, Message("Import", QT_TRANSLATE_NOOP(
                    "Import", "The unit “{unit}” is not one of your township's units."),
                    {"unit": clue.unit_text}), cells)
                continue
            number = clue.number
            if number:
                if number in used:
                    self.reject(parsed.row, Message("Import", QT_TRANSLATE_NOOP(
                        "Import", "The clue number {number} is already used."),
                        {"number": number}), cells)
                    continue
                used.add(number)
                match = _OUR_NUMBER.match(number)
                if match:
                    year, sequence = int(match[1]), int(match[2])
                    self.sequences[year] = max(self._sequence(year), sequence + 1)
            else:
                year = clue.received_on.year
                sequence = self._sequence(year)
                number = format_number(year, sequence)
                while number in used:   # taken earlier in this chunk
                    sequence += 1
                    number = format_number(year, sequence)
                self.sequences[year] = sequence + 1
                used.add(number)
            self.seen[short] = parsed.row
            clue_id = _uuid4_hex()
            rows.append((
                clue_id, office, self.now, self.now, number, clue.received_on.isoformat(),
                clue.source.value, clue.unit_id.hex if clue.unit_id else None,
                clue.subject_names, clue.subject_id_numbers, clue.unit_text, clue.summary,
                clue.handling.value, clue.result.value if clue.result else None,
                clue.concluded_on.isoformat() if clue.concluded_on else None,
                clue.money_recovered_fen, clue.money_corrected_fen, clue.persons_disqualified,
                None, parsed.key, clue.remarks, user))
            if clue.subject_id_numbers and self.cadres:
                for id_number in clue.subject_id_numbers.split():
                    for cadre_id in self.cadres.get(id_number, ()):
                        links.append((clue_id, cadre_id.hex))
            if len(self.preview) < PREVIEW_ROWS:
                self.preview.append((parsed.row, clue.clue(number)))
        self._insert(connection, rows, links)
        self.imported += len(rows)

    def _found(self, connection: Connection, column: Any, values: list[str]) -> set[str]:
        """Those of `values` (import keys or clue numbers) already in the table."""
        if not values:
            return set()
        office = column is Clue.number
        if connection.dialect.name == "sqlite":  # 5,000 parameters: straight to the driver
            sql = (f"SELECT {column.key} FROM clues WHERE {column.key} IN "
                   f"({','.join('?' * len(values))})")
            params: list[str] = values
            if office:
                sql += " AND office_id = ?"
                params = [*values, self.service.office_id.hex]
            return {row[0] for row in connection.exec_driver_sql(sql, tuple(params))}
        query = select(column).where(column.in_(values))
        if office:
            query = query.where(Clue.office_id == self.service.office_id)
        return set(connection.scalars(query))

    def _insert(self, connection: Connection, rows: list[tuple[object, ...]],
                links: list[tuple[str, str]]) -> None:
        if not rows:
            return
        links = list(dict.fromkeys(links))
        # The search index: each row's text from its searchable columns (_INSERT_COLUMNS).
        search_index.index_records(connection, "clue", (
            (uuid.UUID(str(values[0])), search_index.document_text(
                "clue", [str(values[i] or "") for i in _SEARCH_COLUMNS])) for values in rows),
            fresh=True)
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(_INSERT_SQL, rows)
            if links:
                connection.exec_driver_sql(_LINK_SQL, links)
            return
        # elsewhere through Core, with the types' own conversions
        converted = []
        for values in rows:
            record = dict(zip(_INSERT_COLUMNS, values, strict=True))
            record.update(
                id=uuid.UUID(str(record["id"])), office_id=self.service.office_id,
                created_at=self.stamp, updated_at=self.stamp,
                received_on=dt.date.fromisoformat(str(record["received_on"])),
                unit_id=uuid.UUID(str(record["unit_id"])) if record["unit_id"] else None,
                concluded_on=(dt.date.fromisoformat(str(record["concluded_on"]))
                              if record["concluded_on"] else None),
                source=ClueSource(str(record["source"])),
                handling=ClueHandling(str(record["handling"])),
                result=ClueResult(str(record["result"])) if record["result"] else None)
            converted.append(record)
        connection.execute(insert(Clue), converted)
        if links:
            connection.execute(insert(clue_cadres), [
                {"clue_id": uuid.UUID(c), "cadre_id": uuid.UUID(k)} for c, k in links])

    def result(self, report: Path | None, dry_run: bool,
               ignored: tuple[str, ...]) -> ClueImportResult:
        return ClueImportResult(
            self.total, self.imported, self.already, self.report.count, report, dry_run,
            tuple(self.problems),
            tuple(clue for _, clue in self.preview),
            tuple(row for row, _ in self.preview), ignored)
