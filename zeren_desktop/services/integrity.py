"""Integrity files (廉政档案, Hubei art. 21), the influence-period search and the
integrity-clearance reply (党风廉政意见回复).

A cadre's file follows the person, not the post (art. 17): every case where they are a
subject, every talk, every clue naming them and every influence period, whatever post
they held then or hold now.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, String, or_, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from zeren_desktop import paths
from zeren_desktop.domain.enums import (
    AppealOutcome,
    CaseStage,
    ClueHandling,
    ClueResult,
    ClueSource,
    Rank,
    Sex,
)
from zeren_desktop.domain.identity import normalize_code
from zeren_desktop.domain.parsing import cell_text, match_header
from zeren_desktop.domain.records import clean_text
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    Message,
    Translate,
    untranslated,
)
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import CADRE_NOT_FOUND, ServiceBase, not_found
from zeren_desktop.services.dto import PostInfo
from zeren_desktop.services.regulations import RegulationService
from zeren_desktop.services.session import Actor
from zeren_desktop.services.settings import SettingsService
from zeren_desktop.services.spreadsheets import SpreadsheetError, iter_rows, write_xlsx
from zeren_desktop.services.talks import talk_row
from zeren_desktop.services.talks_dto import TalkRow
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Cadre,
    CaseSubject,
    Clue,
    InfluencePeriodRecord,
    Post,
    Talk,
    Unit,
    clue_cadres,
)

_CTX = "Integrity"
HEADER_SEARCH_ROWS = 10     # the header row may sit under a title row or two
REQUESTS_MAX = 2000         # people in one clearance request
_CHUNK = 500                # ids in one IN (...)
_ID_NUMBER = re.compile(r"[0-9]{17}[0-9X]")
_DECIDED_STAGES = frozenset(CaseStage) - {CaseStage.PROPOSED, CaseStage.OPENED,
                                           CaseStage.INVESTIGATED}

# The columns of the organisation department's list, matched by name in any order.
REQUEST_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "干部姓名", "name"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码", "ID number",
                  "ID"),
    "unit": ("单位", "工作单位", "所在单位", "现工作单位", "unit"),
    "post": ("职务", "现任职务", "现职务", "拟任职务", "post", "title"),
}

# -- conclusions of the clearance reply
C_NONE = QT_TRANSLATE_NOOP("Integrity", "No problems found")
C_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Integrity", "Not in the records of this office; check by hand")
C_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Integrity", "Several cadres of this name; give the ID number")
C_ID_DIFFERS = QT_TRANSLATE_NOOP(
    "Integrity", "Name and unit match a cadre with another ID number; check by hand")
C_OPEN_CLUES = QT_TRANSLATE_NOOP("Integrity", "Problem clues not yet concluded ({n})")
C_OPEN_CASES = QT_TRANSLATE_NOOP("Integrity", "Accountability case under way ({n})")
C_PERIOD = QT_TRANSLATE_NOOP("Integrity", "Under an influence period until {date}")
C_SAME_YEAR = QT_TRANSLATE_NOOP(
    "Integrity", "Held accountable in {year}: no excellent rating or awards this year")
CONCLUSION_SEPARATOR = QT_TRANSLATE_NOOP("Integrity", "; ")

NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Integrity", "{name} has no column of names (姓名) in its first {rows} rows.")
NO_PEOPLE = QT_TRANSLATE_NOOP("Integrity", "The list names nobody.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "Integrity", "The list names {n} people; at most {limit} can be answered at once.")
ROW_WITHOUT_NAME = QT_TRANSLATE_NOOP("Integrity", "The row has no name; it was left out.")


def _pairs(session: Session, statement: Select[Any, Any]) -> Iterator[tuple[Any, Any]]:
    """(key, value) of each row of a two-column query (a Result is no mapping)."""
    for row in session.execute(statement):
        yield row[0], row[1]


def chinese_date(day: dt.date) -> str:
    """2027年3月1日 (GB/T 9704: Arabic numerals, no zero padding)."""
    return f"{day.year}年{day.month}月{day.day}日"


# -- the integrity file


@dataclass(frozen=True)
class FileAppeal:
    filed_on: dt.date
    body: str
    answer_due: dt.date
    answered_on: dt.date | None
    outcome: AppealOutcome | None


@dataclass(frozen=True)
class FileCase:
    """One case where the cadre is a subject, as decided for them."""

    case_id: uuid.UUID
    number: str
    title: str
    stage: CaseStage
    decision_date: dt.date | None
    deciding_body: str
    # The subject as they were then (art. 17): name, unit, post.
    name: str
    unit_name: str
    post_title: str
    responsibility: str
    severity: str
    measures: tuple[str, ...]          # codes
    measure_names: tuple[str, ...]
    appeals: tuple[FileAppeal, ...]

    @property
    def decided(self) -> bool:
        return self.stage in _DECIDED_STAGES


@dataclass(frozen=True)
class FileClue:
    clue_id: uuid.UUID
    number: str
    received_on: dt.date
    source: ClueSource
    handling: ClueHandling
    result: ClueResult | None
    concluded_on: dt.date | None
    summary: str
    case_number: str
    is_open: bool


@dataclass(frozen=True)
class FilePeriod:
    case_id: uuid.UUID
    case_number: str
    measure: str
    measure_name: str
    months: int
    starts_on: dt.date
    until: dt.date
    restriction: str

    def active_on(self, day: dt.date) -> bool:
        return self.starts_on <= day < self.until


@dataclass(frozen=True)
class IntegrityFile:
    cadre_id: uuid.UUID
    name: str
    sex: Sex | None
    birth_date: dt.date | None
    id_number: str
    party_standing: str
    rank: Rank
    on: dt.date                          # the day "active" refers to
    posts: tuple[PostInfo, ...]          # every post held, oldest first
    cases: tuple[FileCase, ...]
    talks: tuple[TalkRow, ...]
    clues: tuple[FileClue, ...]
    periods: tuple[FilePeriod, ...]

    @property
    def active_periods(self) -> tuple[FilePeriod, ...]:
        return tuple(p for p in self.periods if p.active_on(self.on))

    @property
    def open_clues(self) -> tuple[FileClue, ...]:
        return tuple(c for c in self.clues if c.is_open)


@dataclass(frozen=True)
class InfluenceRow:
    """A cadre under at least one influence period on the day asked about."""

    cadre_id: uuid.UUID
    name: str
    unit_name: str                       # of their post on that day
    post_title: str
    periods: tuple[FilePeriod, ...]      # the active ones, longest last

    @property
    def until(self) -> dt.date:
        return max(p.until for p in self.periods)


# -- the clearance reply


@dataclass(frozen=True)
class ClearanceRequest:
    name: str
    id_number: str = ""
    unit: str = ""
    post: str = ""
    row: int = 0                         # in the spreadsheet, for messages


@dataclass(frozen=True)
class RowProblem:
    row: int
    message: Message


@dataclass(frozen=True)
class ClearanceSheet:
    requests: tuple[ClearanceRequest, ...]
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True)
class DecidedMeasures:
    case_number: str
    decision_date: dt.date | None
    names: tuple[str, ...]


@dataclass(frozen=True)
class ClearanceAnswer:
    request: ClearanceRequest
    cadre_id: uuid.UUID | None
    matched_by: str                      # "id_number", "name_unit" or "" (not matched)
    open_clues: tuple[str, ...] = ()     # clue numbers
    open_cases: tuple[str, ...] = ()     # case numbers
    measures: tuple[DecidedMeasures, ...] = ()
    periods: tuple[FilePeriod, ...] = ()  # active on the day
    findings: tuple[Message, ...] = ()   # empty: nothing found

    @property
    def matched(self) -> bool:
        return self.cadre_id is not None

    def conclusion(self, translate: Translate = untranslated) -> str:
        if not self.findings:
            return translate(_CTX, C_NONE)
        return translate(_CTX, CONCLUSION_SEPARATOR).join(
            f.render(translate) for f in self.findings)


@dataclass(frozen=True)
class ClearanceResult:
    on: dt.date
    answers: tuple[ClearanceAnswer, ...]
    problems: tuple[RowProblem, ...] = field(default=())

    @property
    def unknown(self) -> tuple[ClearanceAnswer, ...]:
        return tuple(a for a in self.answers if not a.matched)

    @property
    def requests(self) -> tuple[ClearanceRequest, ...]:
        return tuple(a.request for a in self.answers)


def read_clearance_list(path: Path) -> ClearanceSheet:
    """The people of the organisation department's list (.xlsx, .xls, .ods or .csv):
    headers matched by name in any order, under up to HEADER_SEARCH_ROWS title rows."""
    path = Path(path)
    columns: dict[str, int] | None = None
    requests: list[ClearanceRequest] = []
    problems: list[RowProblem] = []
    for number, cells in iter_rows(path):
        if columns is None:
            found = {}
            for index, value in enumerate(cells):
                key = match_header(cell_text(value), REQUEST_COLUMNS)
                if key is not None and key not in found:
                    found[key] = index
            if "name" in found:
                columns = found
            elif number >= HEADER_SEARCH_ROWS:
                break
            continue

        values = {key: clean_text(" ".join(_cell(cells, columns.get(key)).split()))
                  for key in REQUEST_COLUMNS}
        if not any(values.values()):
            continue
        if not values["name"]:
            problems.append(RowProblem(number, Message(_CTX, ROW_WITHOUT_NAME)))
            continue
        requests.append(ClearanceRequest(values["name"][:50],
                                         normalize_code(values["id_number"])[:18],
                                         values["unit"][:200], values["post"][:200], number))
    if columns is None:
        raise SpreadsheetError(Message(_CTX, NO_NAME_COLUMN,
                                       {"name": path.name, "rows": HEADER_SEARCH_ROWS}))
    return ClearanceSheet(tuple(requests), tuple(problems))


def _cell(cells: Sequence[object], index: int | None) -> str:
    return cell_text(cells[index]) if index is not None and index < len(cells) else ""


def under_influence_query(on: dt.date) -> Select[InfluencePeriodRecord]:
    """Influence periods running on `on` (starts_on <= on < until), through the index on
    `until`."""
    return (select(InfluencePeriodRecord)
            .where(InfluencePeriodRecord.until > on, InfluencePeriodRecord.starts_on <= on,
                   InfluencePeriodRecord.cadre_id.is_not(None)))


def _is_open_clue(clue: Clue) -> bool:
    """Not concluded: no conclusion date, not closed, and not turned into a case (the
    case answers for it from then on)."""
    if clue.concluded_on is not None or clue.handling == ClueHandling.CLOSED:
        return False
    return not (clue.handling == ClueHandling.FILED and clue.case_id is not None)


def _post_on(posts: Sequence[Post], on: dt.date) -> Post | None:
    """The post held on `on` (the latest started), else the latest post."""
    ordered = sorted(posts, key=lambda p: p.start_date, reverse=True)
    for post in ordered:
        if post.start_date <= on and (post.end_date is None or post.end_date >= on):
            return post
    return ordered[0] if ordered else None


def _codes(measures: str) -> tuple[str, ...]:
    try:
        value = json.loads(measures or "[]")
    except ValueError:
        return ()
    return tuple(str(code) for code in value) if isinstance(value, list) else ()


class IntegrityService(ServiceBase):
    # -- the file

    def file(self, cadre_id: uuid.UUID, on: dt.date | None = None) -> IntegrityFile:
        """The cadre's integrity file; influence periods are "active" on `on` (today)."""
        actor = self._require(Permission.VIEW_RECORDS, "integrity.file")
        on = on or self._today()
        names = self._measure_names()
        with self.db.read() as session:
            cadre = session.get(Cadre, cadre_id, options=[
                selectinload(Cadre.posts).selectinload(Post.unit)])
            if cadre is None:
                raise not_found(CADRE_NOT_FOUND, cadre_id)
            self._check_cadre(actor, cadre, "integrity.file")
            posts = tuple(PostInfo(p.id, p.unit_id, p.unit.name, p.title, p.portfolio,
                                   p.start_date, p.end_date) for p in cadre.posts)
            cases = self._cases(session, cadre_id, names)
            talks = self._talks(session, cadre_id)
            clues = self._clues(session, {cadre_id: cadre.id_number}).get(cadre_id, [])
            periods = self._periods(session, [cadre_id], names).get(cadre_id, [])
            led_to = self._case_numbers(session, {c.case_id for c in clues if c.case_id})
            return IntegrityFile(
                cadre.id, cadre.name, cadre.sex, cadre.birth_date, cadre.id_number,
                cadre.party_standing, cadre.rank, on, posts, tuple(cases), tuple(talks),
                tuple(self._file_clue(c, led_to.get(c.case_id, "") if c.case_id else "")
                      for c in clues), tuple(periods))

    def under_influence(self, on: dt.date, unit_id: uuid.UUID | None = None
                        ) -> list[InfluenceRow]:
        """Cadres under an influence period on `on`, by name; `unit_id` keeps those whose
        post on that day is in the unit or below it (for appointment checks)."""
        actor = self._require(Permission.VIEW_RECORDS, "integrity.under_influence")
        names = self._measure_names()
        with self.db.read() as session:
            records = list(session.scalars(under_influence_query(on)))
            by_cadre: dict[uuid.UUID, list[InfluencePeriodRecord]] = {}
            for record in records:
                if record.cadre_id is not None:
                    by_cadre.setdefault(record.cadre_id, []).append(record)
            cadre_ids = set(by_cadre)
            if not cadre_ids:
                return []
            cadres = {c.id: c for c in session.scalars(
                select(Cadre).where(Cadre.id.in_(cadre_ids))
                .options(selectinload(Cadre.posts).selectinload(Post.unit)))}
            numbers = self._case_numbers(session, {r.case_id for r in records})
            units = subtree(session, unit_id) if unit_id is not None else None
            rows: list[InfluenceRow] = []
            for cid, cadre in cadres.items():
                if actor.scope_units is not None and not any(
                        actor.sees_unit(p.unit_id) for p in cadre.posts):
                    continue
                post = _post_on(cadre.posts, on)
                if units is not None and (post is None or post.unit_id not in units):
                    continue
                periods = sorted((self._period(r, numbers, names) for r in by_cadre[cid]),
                                 key=lambda p: (p.until, p.measure))
                rows.append(InfluenceRow(cid, cadre.name, post.unit.name if post else "",
                                         post.title if post else "", tuple(periods)))
            return sorted(rows, key=lambda r: (r.name, str(r.cadre_id)))

    # -- the clearance reply

    def read_clearance_list(self, path: Path) -> ClearanceSheet:
        self._require(Permission.VIEW_RECORDS, "integrity.clearance")
        return read_clearance_list(path)

    def clearance_file(self, path: Path, on: dt.date) -> ClearanceResult:
        """Read the organisation department's list and answer for each person."""
        sheet = self.read_clearance_list(path)
        result = self.clearance(sheet.requests, on)
        return ClearanceResult(result.on, result.answers, sheet.problems)

    def clearance(self, requests: Sequence[ClearanceRequest], on: dt.date) -> ClearanceResult:
        """For each person: open clues, cases under way, measures decided and the influence
        periods active on `on`, with a one-line conclusion. People are matched by ID number
        first, then by name and unit; those not matched are answered as such."""
        actor = self._require(Permission.VIEW_RECORDS, "integrity.clearance")
        if not requests:
            raise ConflictError(Message(_CTX, NO_PEOPLE))
        if len(requests) > REQUESTS_MAX:
            raise ConflictError(Message(_CTX, TOO_MANY,
                                        {"n": len(requests), "limit": REQUESTS_MAX}))
        names = self._measure_names()
        with self.db.read() as session:
            matches = self._match(session, actor, requests)
            cadre_ids = [m[0] for m in matches if m[0] is not None]
            id_numbers = dict(_pairs(session, select(Cadre.id, Cadre.id_number).where(
                Cadre.id.in_(cadre_ids)))) if cadre_ids else {}
            clues = self._clues(session, id_numbers)
            periods = self._periods(session, cadre_ids, names)
            subjects = self._subjects(session, cadre_ids)
            answers = []
            for request, (cid, how, problem) in zip(requests, matches, strict=True):
                if cid is None:
                    answers.append(ClearanceAnswer(request, None, "", findings=(
                        Message(_CTX, problem),)))
                    continue
                answers.append(self._answer(request, cid, how, on, clues.get(cid, []),
                                            periods.get(cid, []), subjects.get(cid, []),
                                            names))
        return ClearanceResult(on, tuple(answers))

    def clearance_pdf(self, target: Path, requests: Sequence[ClearanceRequest], on: dt.date,
                      *, addressee: str = "", issued_on: dt.date | None = None,
                      translate: Translate = untranslated) -> int:
        """The reply as a document (GB/T 9704 page) for sign-off; the pages written."""
        from zeren_desktop.reports.clearance_reply import (
            ClearanceDocument,
            ClearancePerson,
            build_clearance_reply,
        )
        from zeren_desktop.reports.fonts import register_bundled_font
        from zeren_desktop.services.files import write_atomically

        actor = self._require(Permission.VIEW_RECORDS, "integrity.clearance_pdf")
        result = self.clearance(requests, on)
        people = tuple(ClearancePerson(
            a.request.name, "".join(filter(None, (a.request.unit, a.request.post))) or "",
            self._clues_cases_text(a, translate), self._measures_text(a, translate),
            a.conclusion(translate), a.matched) for a in result.answers)
        document = ClearanceDocument(
            people=people, on=on, addressee=clean_text(addressee)[:100],
            issuer=self._issuer(), issued_on=issued_on or self._today())
        font = register_bundled_font(paths.resources_dir())
        pages = write_atomically(Path(target), lambda temp: build_clearance_reply(
            temp, document, font, translate=translate))
        self._audit_print(actor, "print.clearance_reply", result, Path(target), pages)
        return pages

    def clearance_xlsx(self, target: Path, requests: Sequence[ClearanceRequest], on: dt.date,
                       *, translate: Translate = untranslated) -> int:
        """The answers as a workbook (one row a person); the rows written."""
        actor = self._require(Permission.VIEW_RECORDS, "integrity.clearance_xlsx")
        result = self.clearance(requests, on)
        tr = translate
        headers = [tr(_CTX, h) for h in (
            QT_TRANSLATE_NOOP("Integrity", "No."), QT_TRANSLATE_NOOP("Integrity", "Name"),
            QT_TRANSLATE_NOOP("Integrity", "ID number"), QT_TRANSLATE_NOOP("Integrity", "Unit"),
            QT_TRANSLATE_NOOP("Integrity", "Post"), QT_TRANSLATE_NOOP("Integrity", "Matched by"),
            QT_TRANSLATE_NOOP("Integrity", "Problem clues not concluded"),
            QT_TRANSLATE_NOOP("Integrity", "Cases under way"),
            QT_TRANSLATE_NOOP("Integrity", "Measures decided"),
            QT_TRANSLATE_NOOP("Integrity", "Influence periods on the date"),
            QT_TRANSLATE_NOOP("Integrity", "Conclusion"))]
        matched_by = {"id_number": tr(_CTX, QT_TRANSLATE_NOOP("Integrity", "ID number")),
                      "name_unit": tr(_CTX, QT_TRANSLATE_NOOP("Integrity", "Name and unit")),
                      "": tr(_CTX, QT_TRANSLATE_NOOP("Integrity", "Not matched"))}
        rows = [[n, a.request.name, a.request.id_number, a.request.unit, a.request.post,
                 matched_by[a.matched_by], "、".join(a.open_clues), "、".join(a.open_cases),
                 self._measures_only(a), self._periods_only(a, translate),
                 a.conclusion(translate)]
                for n, a in enumerate(result.answers, start=1)]
        count = write_xlsx(Path(target), tr(_CTX, QT_TRANSLATE_NOOP(
            "Integrity", "Integrity clearance")), headers, rows,
            column_widths=[6, 10, 20, 24, 18, 10, 18, 18, 30, 30, 36])
        self._audit_print(actor, "export.clearance_reply", result, Path(target), count)
        return count

    # -- text of the answers

    @staticmethod
    def _clues_cases_text(answer: ClearanceAnswer, translate: Translate) -> str:
        parts = []
        if answer.open_clues:
            parts.append(Message(_CTX, C_OPEN_CLUES, {"n": len(answer.open_clues)})
                         .render(translate) + "：" + "、".join(answer.open_clues))
        if answer.open_cases:
            parts.append(Message(_CTX, C_OPEN_CASES, {"n": len(answer.open_cases)})
                         .render(translate) + "：" + "、".join(answer.open_cases))
        return "\n".join(parts) or (translate(_CTX, QT_TRANSLATE_NOOP("Integrity", "None"))
                                    if answer.matched else "")

    @staticmethod
    def _measures_only(answer: ClearanceAnswer) -> str:
        return "\n".join(
            "".join(filter(None, (chinese_date(m.decision_date) if m.decision_date else "",
                                  "、".join(m.names), f"（{m.case_number}）")))
            for m in answer.measures)

    @staticmethod
    def _periods_only(answer: ClearanceAnswer, translate: Translate) -> str:
        template = translate(_CTX, QT_TRANSLATE_NOOP("Integrity", "{measure}: until {date}"))
        return "\n".join(template.format(measure=p.measure_name, date=chinese_date(p.until))
                         for p in answer.periods)

    def _measures_text(self, answer: ClearanceAnswer, translate: Translate) -> str:
        text = "\n".join(filter(None, (self._measures_only(answer),
                                       self._periods_only(answer, translate))))
        return text or (translate(_CTX, QT_TRANSLATE_NOOP("Integrity", "None"))
                        if answer.matched else "")

    # -- gathering

    def _measure_names(self) -> dict[str, str]:
        """Measure code → name, from the regulations (the newest naming wins)."""
        regulations = RegulationService(self.db, self.office_id, self.state,
                                        self.audit).regulations()
        names: dict[str, str] = {}
        for regulation in regulations:
            for code, rule in regulation.measures.items():
                names[code] = rule.name
        return names

    def _issuer(self) -> str:
        settings = SettingsService(self.db, self.office_id, self.state, self.audit)
        return settings.office_settings().issuer_name or settings.office_name()

    def _audit_print(self, actor: Actor, action: str, result: ClearanceResult, target: Path,
                     count: int) -> None:
        if self.state.read_only:
            return
        with self.db.write() as session:
            self._audit(session, actor, action, "cadres", None,
                        summary=f"{len(result.answers)} people on {result.on.isoformat()}, "
                                f"{count} to {target.name}",
                        after={"on": result.on.isoformat(),
                               "cadres": [str(a.cadre_id) for a in result.answers
                                          if a.cadre_id is not None],
                               "unknown": len(result.unknown)})

    def _check_cadre(self, actor: Actor, cadre: Cadre, operation: str) -> None:
        if actor.scope_units is not None:
            self._require_scope(actor, {p.unit_id for p in cadre.posts}, operation,
                                "cadres", cadre.id)

    @staticmethod
    def _case_numbers(session: Session, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        ids = set(case_ids)
        if not ids:
            return {}
        return dict(_pairs(session, select(AccountabilityCase.id, AccountabilityCase.number)
                                    .where(AccountabilityCase.id.in_(ids))))

    @staticmethod
    def _period(record: InfluencePeriodRecord, numbers: dict[uuid.UUID, str],
                names: dict[str, str]) -> FilePeriod:
        return FilePeriod(record.case_id, numbers.get(record.case_id, ""), record.measure,
                          names.get(record.measure, record.measure), record.months,
                          record.starts_on, record.until, record.restriction)

    def _periods(self, session: Session, cadre_ids: Sequence[uuid.UUID],
                 names: dict[str, str]) -> dict[uuid.UUID, list[FilePeriod]]:
        if not cadre_ids:
            return {}
        records = list(session.scalars(
            select(InfluencePeriodRecord)
            .where(InfluencePeriodRecord.cadre_id.in_(set(cadre_ids)))
            .order_by(InfluencePeriodRecord.starts_on, InfluencePeriodRecord.until,
                      InfluencePeriodRecord.measure)))
        numbers = self._case_numbers(session, {r.case_id for r in records})
        out: dict[uuid.UUID, list[FilePeriod]] = {}
        for record in records:
            assert record.cadre_id is not None
            out.setdefault(record.cadre_id, []).append(self._period(record, numbers, names))
        return out

    @staticmethod
    def _subjects(session: Session, cadre_ids: Sequence[uuid.UUID]
                  ) -> dict[uuid.UUID, list[CaseSubject]]:
        if not cadre_ids:
            return {}
        out: dict[uuid.UUID, list[CaseSubject]] = {}
        for subject in session.scalars(
                select(CaseSubject).where(CaseSubject.cadre_id.in_(set(cadre_ids)))
                .options(selectinload(CaseSubject.case).selectinload(AccountabilityCase.appeals))):
            assert subject.cadre_id is not None
            out.setdefault(subject.cadre_id, []).append(subject)
        for subjects in out.values():
            subjects.sort(key=lambda s: (s.case.decision_date or dt.date.max,
                                         s.case.created_at, s.case.number))
        return out

    def _cases(self, session: Session, cadre_id: uuid.UUID,
               names: dict[str, str]) -> list[FileCase]:
        subjects = self._subjects(session, [cadre_id]).get(cadre_id, [])
        unit_ids = {s.unit_id for s in subjects if s.unit_id is not None}
        units = dict(_pairs(session, select(Unit.id, Unit.name).where(
            Unit.id.in_(unit_ids)))) if unit_ids else {}
        cases: list[FileCase] = []
        for s in subjects:
            case = s.case
            codes = _codes(s.measures)
            appeals = tuple(FileAppeal(a.filed_on, a.body, a.answer_due, a.answered_on,
                                       a.outcome) for a in case.appeals
                            if a.subject_id is None or a.subject_id == s.id)
            cases.append(FileCase(
                case.id, case.number, case.title, case.stage, case.decision_date,
                case.deciding_body, s.name, units.get(s.unit_id, "") if s.unit_id else "",
                s.post_title, s.responsibility, s.severity, codes,
                tuple(names.get(c, c) for c in codes), appeals))
        return cases

    def _talks(self, session: Session, cadre_id: uuid.UUID) -> list[TalkRow]:
        talks = list(session.scalars(select(Talk).where(Talk.cadre_id == cadre_id)
                                     .options(selectinload(Talk.cadre))
                                     .order_by(Talk.held_on, Talk.start_time)))
        unit_ids = {t.unit_id for t in talks if t.unit_id is not None}
        units = dict(_pairs(session, select(Unit.id, Unit.name).where(
            Unit.id.in_(unit_ids)))) if unit_ids else {}
        numbers = self._case_numbers(session, {t.case_id for t in talks if t.case_id})
        return [talk_row(t, units.get(t.unit_id, "") if t.unit_id else "",
                         numbers.get(t.case_id, "") if t.case_id else "") for t in talks]

    @staticmethod
    def _clues(session: Session, id_numbers: dict[uuid.UUID, str]
               ) -> dict[uuid.UUID, list[Clue]]:
        """Clues naming each cadre: linked to them, or carrying their ID number as
        received and not linked to anybody yet."""
        if not id_numbers:
            return {}
        out: dict[uuid.UUID, dict[uuid.UUID, Clue]] = {}
        linked = session.execute(
            select(clue_cadres.c.cadre_id, Clue)
            .join(Clue, Clue.id == clue_cadres.c.clue_id)
            .where(clue_cadres.c.cadre_id.in_(set(id_numbers))))
        for cid, clue in linked:
            out.setdefault(cid, {})[clue.id] = clue
        by_number = {n.upper(): cid for cid, n in id_numbers.items() if len(n) == 18}
        if by_number:
            unlinked = ~select(clue_cadres.c.clue_id).where(
                clue_cadres.c.clue_id == Clue.id).exists()
            query = select(type_coerce(Clue.id, String()), Clue.subject_id_numbers).where(
                Clue.subject_id_numbers != "", unlinked)
            if len(by_number) == 1:   # one LIKE scan in SQL
                query = query.where(Clue.subject_id_numbers.contains(
                    next(iter(by_number)), autoescape=True))
            # Several people (a clearance list): one pass over the received ID numbers;
            # a LIKE per person would scan 400,000 big-data clues once per person.
            hits: dict[uuid.UUID, set[uuid.UUID]] = {}
            for raw_id, numbers in session.execute(query):
                for number in _ID_NUMBER.findall(numbers.upper()):
                    cid = by_number.get(number)
                    if cid is not None:
                        hits.setdefault(uuid.UUID(str(raw_id)), set()).add(cid)
            found = list(hits)
            for start in range(0, len(found), _CHUNK):
                for clue in session.scalars(select(Clue).where(
                        Clue.id.in_(found[start:start + _CHUNK]))):
                    for cid in hits[clue.id]:
                        out.setdefault(cid, {})[clue.id] = clue
        return {cid: sorted(found.values(), key=lambda c: (c.received_on, c.number))
                for cid, found in out.items()}

    @staticmethod
    def _file_clue(clue: Clue, case_number: str = "") -> FileClue:
        return FileClue(clue.id, clue.number, clue.received_on, clue.source, clue.handling,
                        clue.result, clue.concluded_on, clue.summary, case_number,
                        _is_open_clue(clue))

    def _match(self, session: Session, actor: Actor, requests: Sequence[ClearanceRequest]
               ) -> list[tuple[uuid.UUID | None, str, str]]:
        """(cadre id or None, how matched, why not) for each request."""
        numbers = {r.id_number for r in requests if r.id_number}
        names = {r.name for r in requests}
        options = [selectinload(Cadre.posts).selectinload(Post.unit)]
        candidates = list(session.scalars(select(Cadre).where(
            or_(Cadre.id_number.in_(numbers), Cadre.name.in_(names))).options(*options)))
        if actor.scope_units is not None:
            candidates = [c for c in candidates
                          if any(actor.sees_unit(p.unit_id) for p in c.posts)]
        by_number: dict[str, list[Cadre]] = {}
        by_name: dict[str, list[Cadre]] = {}
        for cadre in candidates:
            if cadre.id_number:
                by_number.setdefault(cadre.id_number.upper(), []).append(cadre)
            by_name.setdefault(cadre.name, []).append(cadre)
        out: list[tuple[uuid.UUID | None, str, str]] = []
        for request in requests:
            found = by_number.get(request.id_number.upper(), []) if request.id_number else []
            if len(found) == 1:
                out.append((found[0].id, "id_number", ""))
                continue
            same_name = by_name.get(request.name, [])
            if request.unit:
                same_name = [c for c in same_name if any(
                    _unit_matches(request.unit, p.unit) for p in c.posts)]
            if len(same_name) == 1:
                cadre = same_name[0]
                if request.id_number and cadre.id_number \
                        and cadre.id_number.upper() != request.id_number.upper():
                    out.append((None, "", C_ID_DIFFERS))
                else:
                    out.append((cadre.id, "name_unit", ""))
            elif len(same_name) > 1 or len(found) > 1:
                out.append((None, "", C_AMBIGUOUS))
            else:
                out.append((None, "", C_NOT_FOUND))
        return out

    def _answer(self, request: ClearanceRequest, cadre_id: uuid.UUID, how: str,
                on: dt.date, clues: list[Clue], periods: list[FilePeriod],
                subjects: list[CaseSubject], names: dict[str, str]) -> ClearanceAnswer:
        open_clues = tuple(c.number for c in clues if _is_open_clue(c))
        open_cases: list[str] = []
        measures: list[DecidedMeasures] = []
        same_year = False
        for subject in subjects:
            case = subject.case
            if case.stage not in _DECIDED_STAGES:
                if case.number not in open_cases:
                    open_cases.append(case.number)
                continue
            codes = _codes(subject.measures)
            if case.decision_date is not None and case.decision_date > on:
                continue  # decided after the day asked about
            if codes:
                measures.append(DecidedMeasures(case.number, case.decision_date,
                                                tuple(names.get(c, c) for c in codes)))
            if case.decision_date is not None and case.decision_date.year == on.year:
                same_year = True
        active = tuple(p for p in periods if p.active_on(on))
        findings: list[Message] = []
        if open_clues:
            findings.append(Message(_CTX, C_OPEN_CLUES, {"n": len(open_clues)}))
        if open_cases:
            findings.append(Message(_CTX, C_OPEN_CASES, {"n": len(open_cases)}))
        if active:
            findings.append(Message(_CTX, C_PERIOD,
                                    {"date": chinese_date(max(p.until for p in active))}))
        if same_year:
            findings.append(Message(_CTX, C_SAME_YEAR, {"year": on.year}))
        return ClearanceAnswer(request, cadre_id, how, open_clues, tuple(open_cases),
                               tuple(measures), active, tuple(findings))


def _unit_matches(text: str, unit: Unit) -> bool:
    """The unit as typed by the organisation department: full or short name, or a name
    that contains the other (“某某镇” for “中共某某镇委员会”)."""
    text = "".join(text.split())
    names = [n for n in (unit.name, unit.short_name) if n]
    return any(text == n or (len(text) >= 2 and (text in n or n in text)) for n in names)

