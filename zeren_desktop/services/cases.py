"""Accountability cases (问责案件) from proposal to archive, appeals and 一案双查.

Permissions: reading needs VIEW_RECORDS (clerk, reviewer, leader); writing needs
EDIT_DRAFTS (clerk, reviewer). Recording the decision (决定) — and taking a decided case
back before its decision — needs REVIEW (reviewer, leader): a clerk prepares the case, a
reviewer or the leader enters what the deciding body decided. The administrator and the
auditor read no case content. A township account sees the cases of its own units only
(the case's unit).

The stage machine, what each stage needs and the deadlines are in `domain/cases.py`.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain import cases as rules
from zeren_desktop.domain.cases import (
    CaseState,
    Deadlines,
    StageInput,
    SubjectState,
    appeal_terms,
    due_status,
    next_case_number,
    stage_index,
)
from zeren_desktop.domain.enums import (
    CaseStage,
    LedgerCategory,
    LedgerSource,
    ProblemCategory,
    SubjectKind,
    TeamKind,
    TeamRole,
)
from zeren_desktop.domain.ledger import normalise_for_search
from zeren_desktop.domain.periods import influence_period, longest
from zeren_desktop.domain.records import clean_text
from zeren_desktop.domain.regulations import AppealRule, Duration, Regulation, RegulationSet
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    Message,
    Translate,
    ValidationError,
)
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import (
    CADRE_NOT_FOUND,
    UNIT_NOT_FOUND,
    ServiceBase,
    not_found,
    refuse_if_documents,
)
from zeren_desktop.services.cases_dto import (
    AppealAnswer,
    AppealInfo,
    AppealInput,
    CaseDeadline,
    CaseDetail,
    CaseFilter,
    CaseInput,
    CaseRow,
    DualInquiryProposal,
    EventInfo,
    PeriodInfo,
    ProblemInfo,
    ProblemInput,
    SubjectInfo,
    SubjectInput,
)
from zeren_desktop.services.ledger_derived import (
    DerivedEntry,
    derived_count,
    derived_names,
    remove_derived,
    resolve_names,
    sync_derived,
)
from zeren_desktop.services.lists import current_post
from zeren_desktop.services.paging import page_rows
from zeren_desktop.services.regulations import RegulationService
from zeren_desktop.services.session import Actor
from zeren_desktop.services.settings import SettingsService
from zeren_desktop.storage import search_index
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Appeal,
    Cadre,
    CaseProblem,
    CaseStageEvent,
    CaseSubject,
    Clue,
    Determination,
    InfluencePeriodRecord,
    LeadershipTeam,
    Post,
    Talk,
    TeamMembership,
    Unit,
)

_CTX = "Cases"
CASE_MATTER = QT_TRANSLATE_NOOP("Derived", "{stage}: case {number} {title}")
CASE_LABEL = QT_TRANSLATE_NOOP("Derived", "{date} case {number}: {stage}")
# The ledger kind of acting on each stage (archiving is clerical: no entry).
_STAGE_CATEGORY = {
    CaseStage.PROPOSED: LedgerCategory.ACCOUNTABILITY,
    CaseStage.OPENED: LedgerCategory.CASE_HANDLING,
    CaseStage.INVESTIGATED: LedgerCategory.CASE_HANDLING,
    CaseStage.DECIDED: LedgerCategory.ACCOUNTABILITY,
    CaseStage.SERVED: LedgerCategory.ACCOUNTABILITY,
    CaseStage.EXECUTED: LedgerCategory.ACCOUNTABILITY,
}
CASE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The case was not found; it may have been deleted meanwhile.")
APPEAL_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The appeal was not found; it may have been deleted meanwhile.")
NUMBER_PREFIX = "WZ"
# Used when a regulation has no [appeal] table: 1 month to appeal, 1 month to answer.
DEFAULT_APPEAL = AppealRule(Duration(1, "months"), Duration(1, "months"), verified=False)
RESPONSIBILITIES = ("", "collective", "primary", "important", "none")
SEVERITIES = ("", "minor", "serious", "grave")


def _error(field: str, text: str, **params: object) -> ValidationError:
    return ValidationError(field, Message(_CTX, text, params))


def _measures(subject: CaseSubject) -> tuple[str, ...]:
    try:
        value = json.loads(subject.measures or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _details(event: CaseStageEvent) -> dict[str, Any]:
    try:
        value = json.loads(event.details or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _reached_on(case: AccountabilityCase) -> dt.date | None:
    """The day the case reached its current stage (the last event that put it there)."""
    for event in reversed(case.events):
        if event.stage == case.stage:
            return event.happened_on
    return None


def _served_on(case: AccountabilityCase) -> dt.date | None:
    if stage_index(case.stage) < stage_index(CaseStage.SERVED):
        return None
    for event in reversed(case.events):
        if event.stage is CaseStage.SERVED and not event.reverted:
            return event.happened_on
    return None


def _all_measures(case: AccountabilityCase) -> list[str]:
    return [code for s in case.subjects for code in _measures(s)]


def _case_values(case: AccountabilityCase) -> dict[str, Any]:
    return {"number": case.number, "title": case.title, "unit_id": str(case.unit_id or ""),
            "stage": case.stage.value, "conduct_date": str(case.conduct_date or ""),
            "determination_id": str(case.determination_id or ""),
            "problems": [[p.category.value, p.description] for p in case.problems],
            "subjects": [[s.kind.value, s.name, list(_measures(s))] for s in case.subjects],
            "summary": case.summary}


NO_CASE_FILTER = CaseFilter()
# What `CaseService.page` sorts by: the key's columns, the id last (a total order). By the
# deadline: cases without one after those with one.
CASE_SORTS: dict[str, tuple[Any, ...]] = {
    "date": (AccountabilityCase.created_at, AccountabilityCase.number, AccountabilityCase.id),
    "number": (AccountabilityCase.number, AccountabilityCase.id),
    "due": (AccountabilityCase.stage_due.is_(None), AccountabilityCase.stage_due,
            AccountabilityCase.number, AccountabilityCase.id),
}
_CASE_ROW_COLUMNS = (
    AccountabilityCase.id, AccountabilityCase.number, AccountabilityCase.title,
    AccountabilityCase.unit_id, func.coalesce(Unit.name, ""), AccountabilityCase.stage,
    AccountabilityCase.stage_due, AccountabilityCase.decision_date,
    AccountabilityCase.circulate, AccountabilityCase.dual_inquiry_of,
    AccountabilityCase.created_at)


def _due_filtered(query: Select[Any], due: str | None, today: dt.date) -> Select[Any]:
    """Cases whose stage is overdue, due within DUE_SOON_DAYS (today included), or either
    ("attention"), by the stored deadline: as `due_status` says."""
    soon = today + dt.timedelta(days=rules.DUE_SOON_DAYS)
    column = AccountabilityCase.stage_due
    if due == "overdue":
        return query.where(column < today)
    if due == "due_soon":
        return query.where(column >= today, column <= soon)
    if due == "attention":
        return query.where(column <= soon)
    return query


@dataclass(frozen=True, slots=True)
class CaseDeleteEffects:
    """What deleting a case takes with it: the ledger entries made from its stages (removed)
    and the clues, talks and dual-inquiry cases that name it (unlinked)."""

    entries: int = 0
    clues: int = 0
    talks: int = 0
    cases: int = 0


class CaseService(ServiceBase):
    # ---- helpers shared with other services ---------------------------------------------

    def _deadlines(self) -> Deadlines:
        office = SettingsService(self.db, self.office_id, self.state, self.audit) \
            .office_settings()
        return Deadlines(office.investigation_days, office.proposal_reply_days,
                         office.execution_report_months, office.org_handling_months)

    def _regulations(self) -> RegulationSet:
        return RegulationService(self.db, self.office_id, self.state, self.audit)._load()[0]

    def _regulation(self, session: Session, case: AccountabilityCase,
                    regs: RegulationSet) -> Regulation | None:
        """The regulation of the case: its decision's, its determination's, else the one in
        force on the conduct date (or the decision date, or today)."""
        for event in reversed(case.events):
            if event.stage is CaseStage.DECIDED and not event.reverted:
                reg = regs.get(str(_details(event).get("regulation", "")))
                if reg is not None:
                    return reg
                break
        if case.determination_id is not None:
            det = session.get(Determination, case.determination_id)
            if det is not None and regs.get(det.regulation_id) is not None:
                return regs.get(det.regulation_id)
        for day in (case.conduct_date, case.decision_date, self._today()):
            if day is not None:
                reg = regs.in_force_on(day)
                if reg is not None:
                    return reg
        return regs.earliest()

    # ---- reading ------------------------------------------------------------------------

    def suggest_number(self, year: int | None = None) -> str:
        """The next free number of the year, e.g. WZ2026-004."""
        self._require(Permission.VIEW_RECORDS, "cases.number")
        year = year or self._today().year
        with self.db.read() as session:
            numbers = list(session.scalars(select(AccountabilityCase.number).where(
                AccountabilityCase.office_id == self.office_id,
                AccountabilityCase.number.like(f"{NUMBER_PREFIX}{year}-%"))))
        return next_case_number(numbers, year, NUMBER_PREFIX)

    def search(self, stage: CaseStage | None = None, unit_id: uuid.UUID | None = None,
               year: int | None = None, due: str | None = None, text: str = "",
               today: dt.date | None = None) -> list[CaseRow]:
        """Cases, newest first. `year`: of the proposal; `due`: "overdue",
        "due_soon" or "attention" (either); `unit_id` includes the units under it."""
        actor = self._require(Permission.VIEW_RECORDS, "cases.search")
        today = today or self._today()
        deadlines = self._deadlines()
        with self.db.read() as session:
            query = select(AccountabilityCase).options(
                selectinload(AccountabilityCase.unit),
                selectinload(AccountabilityCase.subjects),
                selectinload(AccountabilityCase.events),
                selectinload(AccountabilityCase.appeals))
            if stage is not None:
                query = query.where(AccountabilityCase.stage == stage)
            if unit_id is not None:
                query = query.where(AccountabilityCase.unit_id.in_(subtree(session, unit_id)))
            if year is not None:  # the year of the proposal (its first event)
                query = query.where(AccountabilityCase.id.in_(
                    select(CaseStageEvent.case_id).where(
                        CaseStageEvent.stage == CaseStage.PROPOSED,
                        CaseStageEvent.from_stage.is_(None),
                        CaseStageEvent.happened_on.between(dt.date(year, 1, 1),
                                                           dt.date(year, 12, 31)))))
            if normalise_for_search(text):  # number, title, summary, subjects' names
                query = query.where(AccountabilityCase.id.in_(
                    search_index.matching_ids("case", text)))
            if actor.scope_units is not None:
                query = query.where(AccountabilityCase.unit_id.in_(actor.scope_units))
            query = _due_filtered(query, due, today).order_by(
                AccountabilityCase.created_at.desc(), AccountabilityCase.number.desc())
            return [self._row(case, today, deadlines) for case in session.scalars(query)]

    def count(self, where: CaseFilter = NO_CASE_FILTER) -> int:
        """How many cases `page` pages through."""
        actor = self._require(Permission.VIEW_RECORDS, "cases.count")
        with self.db.read() as session:
            query = self._filtered(session, select(func.count()).select_from(
                AccountabilityCase), where, actor)
            return int(session.scalar(query) or 0)

    def page(self, where: CaseFilter = NO_CASE_FILTER, sort: str = "date",
             descending: bool = True, offset: int = 0, limit: int = 200) -> list[CaseRow]:
        """One page of the cases under the filter, sorted in SQL by a key of `CASE_SORTS`
        (the id breaks ties; "date" is when the case was registered), built from the
        columns a row shows; the due status from the stored deadline of the stage."""
        actor = self._require(Permission.VIEW_RECORDS, "cases.page")
        try:
            keys = CASE_SORTS[sort]
        except KeyError:
            raise ValueError(f"unknown case sort key {sort!r}") from None
        today = where.today or self._today()
        with self.db.read() as session:
            rows = page_rows(
                session, self._filtered(session, select(AccountabilityCase.id), where, actor),
                keys, descending, offset, limit, lambda ids: select(*_CASE_ROW_COLUMNS)
                .outerjoin(Unit, Unit.id == AccountabilityCase.unit_id)
                .where(AccountabilityCase.id.in_(ids)))
            if not rows:
                return []
            ids = [row[0] for row in rows]
            names: dict[uuid.UUID, list[str]] = {}
            for case_id, name in session.execute(
                    select(CaseSubject.case_id, CaseSubject.name)
                    .where(CaseSubject.case_id.in_(ids))
                    .order_by(CaseSubject.case_id, CaseSubject.position)):
                names.setdefault(case_id, []).append(name)
            appeals = dict(session.execute(
                select(Appeal.case_id, func.count())
                .where(Appeal.case_id.in_(ids), Appeal.answered_on.is_(None))
                .group_by(Appeal.case_id)).all())
        out: list[CaseRow] = []
        for row in rows:
            (case_id, number, title, unit_id, unit_name, stage, due, decided, circulate,
             dual, created) = row
            out.append(CaseRow(case_id, number, title, unit_id, unit_name, stage, due,
                               due_status(due, today), "、".join(names.get(case_id, [])),
                               decided, circulate, dual, int(appeals.get(case_id, 0)),
                               created))
        return out

    def _filtered(self, session: Session, query: Select[Any], where: CaseFilter,
                  actor: Actor) -> Select[Any]:
        if where.stage is not None:
            query = query.where(AccountabilityCase.stage == where.stage)
        if where.unit_id is not None:
            query = query.where(AccountabilityCase.unit_id.in_(subtree(session, where.unit_id)))
        if where.year is not None:  # the year of the proposal (its first event)
            query = query.where(AccountabilityCase.id.in_(
                select(CaseStageEvent.case_id).where(
                    CaseStageEvent.stage == CaseStage.PROPOSED,
                    CaseStageEvent.from_stage.is_(None),
                    CaseStageEvent.happened_on.between(dt.date(where.year, 1, 1),
                                                       dt.date(where.year, 12, 31)))))
        if normalise_for_search(where.text):  # as `search` finds them
            query = query.where(AccountabilityCase.id.in_(
                search_index.matching_ids("case", where.text)))
        if actor.scope_units is not None:
            query = query.where(AccountabilityCase.unit_id.in_(actor.scope_units))
        return _due_filtered(query, where.due, where.today or self._today())

    def _due(self, case: AccountabilityCase, deadlines: Deadlines) -> dt.date | None:
        if case.stage_due is not None:
            return case.stage_due
        reached = _reached_on(case)
        if reached is None:
            return None
        return rules.stage_due(case.stage, reached, case.decision_date, _all_measures(case),
                               deadlines)

    def _row(self, case: AccountabilityCase, today: dt.date,
             deadlines: Deadlines) -> CaseRow:
        due = self._due(case, deadlines)
        return CaseRow(
            case.id, case.number, case.title, case.unit_id,
            case.unit.name if case.unit is not None else "", case.stage, due,
            due_status(due, today), "、".join(s.name for s in case.subjects),
            case.decision_date, case.circulate, case.dual_inquiry_of,
            sum(1 for a in case.appeals if a.answered_on is None), case.created_at)

    def deadlines(self, today: dt.date | None = None) -> list[CaseDeadline]:
        """For the dashboard: stages and appeal answers overdue or due within 7 days,
        the earliest first (in SQL on the stored deadlines; archived cases left out)."""
        actor = self._require(Permission.VIEW_RECORDS, "cases.deadlines")
        today = today or self._today()
        soon = today + dt.timedelta(days=rules.DUE_SOON_DAYS)
        out: list[CaseDeadline] = []
        with self.db.read() as session:
            live = [AccountabilityCase.stage != CaseStage.ARCHIVED]
            if actor.scope_units is not None:
                live.append(AccountabilityCase.unit_id.in_(actor.scope_units))
            columns = (AccountabilityCase.id, AccountabilityCase.number,
                       AccountabilityCase.title, func.coalesce(Unit.name, ""),
                       AccountabilityCase.stage)
            for case_id, number, title, unit_name, stage, due in session.execute(
                    select(*columns, AccountabilityCase.stage_due)
                    .outerjoin(Unit, Unit.id == AccountabilityCase.unit_id)
                    .where(*live, AccountabilityCase.stage_due <= soon)):
                assert due is not None
                out.append(CaseDeadline(case_id, number, title, unit_name, "stage", stage,
                                        due, due_status(due, today)))
            for case_id, number, title, unit_name, stage, due in session.execute(
                    select(*columns, Appeal.answer_due)
                    .join(Appeal, Appeal.case_id == AccountabilityCase.id)
                    .outerjoin(Unit, Unit.id == AccountabilityCase.unit_id)
                    .where(*live, Appeal.answered_on.is_(None), Appeal.answer_due <= soon)
                    .order_by(Appeal.filed_on)):
                out.append(CaseDeadline(case_id, number, title, unit_name, "appeal", stage,
                                        due, due_status(due, today)))
        return sorted(out, key=lambda d: (d.due, d.number))

    def get(self, case_id: uuid.UUID) -> CaseDetail:
        """The case in full, with its stage history (reverted steps and their reasons)."""
        actor = self._require(Permission.VIEW_RECORDS, "cases.get")
        regs = self._regulations()
        deadlines = self._deadlines()
        with self.db.read() as session:
            case = self._case(session, case_id)
            self._require_scope(actor, {case.unit_id}, "cases.get", "accountability_cases",
                                case_id)
            return self._detail(session, case, regs, deadlines)

    def stage_ledger_names(self, case_id: uuid.UUID, event_id: uuid.UUID) -> list[str]:
        """Whose ledgers hold an entry made from a stage of the case (those who acted)."""
        actor = self._require(Permission.VIEW_RECORDS, "cases.stage_ledger_names")
        with self.db.read() as session:
            case = self._case(session, case_id)
            self._require_scope(actor, {case.unit_id}, "cases.stage_ledger_names",
                                "accountability_cases", case_id)
            if all(e.id != event_id for e in case.events):
                return []
            return derived_names(session, LedgerSource.CASE_STAGE, event_id)

    def delete_effects(self, case_id: uuid.UUID) -> CaseDeleteEffects:
        """What `delete` would remove or unlink with the case (read only)."""
        actor = self._require(Permission.VIEW_RECORDS, "cases.delete_effects")
        with self.db.read() as session:
            case = self._case(session, case_id)
            self._require_scope(actor, {case.unit_id}, "cases.delete_effects",
                                "accountability_cases", case_id)
            entries = derived_count(session, LedgerSource.CASE_STAGE,
                                    [e.id for e in case.events])

            def count(column: Any) -> int:
                return session.scalar(select(func.count()).where(column == case.id)) or 0

            return CaseDeleteEffects(
                entries=sum(entries.values()), clues=count(Clue.case_id),
                talks=count(Talk.case_id), cases=count(AccountabilityCase.dual_inquiry_of))

    def _detail(self, session: Session, case: AccountabilityCase, regs: RegulationSet,
                deadlines: Deadlines) -> CaseDetail:
        reg = self._regulation(session, case, regs)
        result = self._determination_result(session, case.determination_id)
        allowed = {str(s.get("id")): tuple(s.get("allowed_measures", ()))
                   for s in (result or {}).get("subjects", [])}
        periods: dict[uuid.UUID, list[InfluencePeriodRecord]] = {}
        for period in session.scalars(select(InfluencePeriodRecord).where(
                InfluencePeriodRecord.case_id == case.id).order_by(
                InfluencePeriodRecord.until.desc())):
            periods.setdefault(period.subject_id, []).append(period)
        subjects: list[SubjectInfo] = []
        for s in case.subjects:
            own = periods.get(s.id, [])
            ends = max((p.until for p in own), default=None)
            infos = tuple(PeriodInfo(
                p.measure, reg.measures[p.measure].name if reg and p.measure in reg.measures
                else p.measure, p.months, p.starts_on, p.until, p.restriction, p.until == ends)
                for p in own)
            key = f"cadre-{s.cadre_id}" if s.cadre_id else f"team-{s.team_id}"
            subjects.append(SubjectInfo(
                s.id, s.kind, s.cadre_id, s.team_id, s.unit_id, s.name, s.post_title, s.rank,
                s.responsibility, s.severity, _measures(s), allowed.get(key, ()),
                s.probation_months, s.statement, s.statement_accepted, s.adjusted_on,
                s.self_examination_on, infos,
                case.decision_date.year if case.decision_date and _measures(s) else None))
        names = {s.id: s.name for s in case.subjects}
        events = tuple(EventInfo(
            e.id, e.stage, e.from_stage, e.happened_on, e.acted_by, e.approved_by,
            _details(e), e.reverted, e.reason, e.entered_by, e.created_at) for e in case.events)
        appeals = tuple(AppealInfo(
            a.id, a.subject_id, names.get(a.subject_id, "") if a.subject_id else "",
            a.filed_on, a.within_window, a.body, a.grounds, a.answer_due, a.answered_on,
            a.outcome, a.answer) for a in case.appeals)
        dual = (result or {}).get("dual_inquiry", {})
        linked = tuple(session.scalars(select(AccountabilityCase.id).where(
            AccountabilityCase.dual_inquiry_of == case.id)))
        parent_number = ""
        if case.dual_inquiry_of is not None:
            parent_number = session.scalar(select(AccountabilityCase.number).where(
                AccountabilityCase.id == case.dual_inquiry_of)) or ""
        served = _served_on(case)
        window_ends = None
        if case.decision_date is not None and rules.is_decided(case.stage):
            rule = reg.appeal if reg is not None and reg.appeal is not None else DEFAULT_APPEAL
            window_ends = rules.add_duration(served or case.decision_date, rule.submit_within)
        due = self._due(case, deadlines)
        clues = session.execute(select(Clue.id, Clue.number).where(
            Clue.case_id == case.id).order_by(Clue.number)).all()
        clue_ids = tuple(row[0] for row in clues)
        return CaseDetail(
            case.id, case.number, case.title, case.unit_id,
            case.unit.name if case.unit is not None else "", case.stage, due,
            due_status(due, self._today()), case.determination_id, reg.id if reg else "",
            case.conduct_date, case.decision_date, case.deciding_body, served,
            case.dual_inquiry_of, parent_number, case.circulate, case.circulated_on,
            case.summary, case.created_by, case.created_at,
            tuple(ProblemInfo(p.id, p.category, p.description) for p in case.problems),
            tuple(subjects), events, appeals, clue_ids,
            DualInquiryProposal(bool(dual.get("required")), tuple(dual.get("grounds", ())),
                                linked),
            window_ends, tuple(row[1] for row in clues))

    def _determination_result(self, session: Session,
                              determination_id: uuid.UUID | None) -> dict[str, Any] | None:
        if determination_id is None:
            return None
        det = session.get(Determination, determination_id)
        if det is None:
            return None
        value = json.loads(det.result)
        return value if isinstance(value, dict) else None

    # ---- creating and editing -----------------------------------------------------------

    def subjects_from_determination(self, determination_id: uuid.UUID) -> list[SubjectInput]:
        """The subjects of a saved determination (cadres and teams the wizard chose), with
        the responsibility, severity and measures it found, to prefill a new case."""
        actor = self._require(Permission.VIEW_RECORDS, "cases.from_determination")
        with self.db.read() as session:
            det = session.get(Determination, determination_id)
            if det is None:
                raise not_found(QT_TRANSLATE_NOOP(
                    "Services", "The determination was not found; it may have been deleted"
                    " meanwhile."), determination_id)
            if actor.scope_units is not None:
                self._require_scope(actor, {det.unit_id}, "cases.from_determination",
                                    "determinations", det.id)
            return _determination_subjects(det)

    def find_clues(self, numbers: Sequence[str]) -> list[uuid.UUID]:
        """The clues with these numbers (exactly), to link to a case; ValidationError on
        field `clue_ids` names a number that is not found (or not visible to the user)."""
        actor = self._require(Permission.VIEW_RECORDS, "cases.find_clues")
        wanted = list(dict.fromkeys(clean_text(n) for n in numbers if clean_text(n)))
        if not wanted:
            return []
        with self.db.read() as session:
            query = select(Clue.number, Clue.id).where(Clue.office_id == self.office_id,
                                                        Clue.number.in_(wanted))
            if actor.scope_units is not None:
                query = query.where(Clue.unit_id.in_(actor.scope_units))
            found = {number: clue_id for number, clue_id in session.execute(query)}
        missing = [n for n in wanted if n not in found]
        if missing:
            raise _error("clue_ids", QT_TRANSLATE_NOOP(
                "Cases", "There is no clue numbered {number}."), number=missing[0])
        return [found[n] for n in wanted]

    def create(self, data: CaseInput) -> uuid.UUID:
        """A new case at the proposal stage (提出建议)."""
        actor = self._require(Permission.EDIT_DRAFTS, "cases.create")
        today = self._today()
        proposed_on = rules.check_date(data.proposed_on or today, "proposed_on", today)
        data = self._checked(data)
        self._require_scope(actor, {data.unit_id}, "cases.create", "units",
                            data.unit_id or uuid.UUID(int=0))
        self._check_reference_scope(actor, data)
        deadlines = self._deadlines()
        with self.db.write() as session:
            return self._insert(session, actor, data, proposed_on, deadlines).id

    def _insert(self, session: Session, actor: Actor, data: CaseInput, proposed_on: dt.date,
                deadlines: Deadlines, dual_inquiry_of: uuid.UUID | None = None
                ) -> AccountabilityCase:
        self._check_references(session, actor, data, None)
        case = AccountabilityCase(
            office_id=self.office_id, number=data.number, title=data.title,
            unit_id=data.unit_id, stage=CaseStage.PROPOSED,
            determination_id=data.determination_id, conduct_date=data.conduct_date,
            summary=data.summary, created_by=actor.username,
            dual_inquiry_of=dual_inquiry_of)
        session.add(case)
        session.flush()
        self._apply(session, case, data)
        proposal = CaseStageEvent(
            office_id=self.office_id, case_id=case.id, stage=CaseStage.PROPOSED,
            from_stage=None, happened_on=proposed_on, acted_by=clean_text(
                data.proposed_by)[:200], entered_by=actor.username)
        session.add(proposal)
        case.stage_due = rules.stage_due(CaseStage.PROPOSED, proposed_on, None, (),
                                         deadlines)
        session.flush()
        self._derive(session, actor, case, proposal)
        self._audit(session, actor, "case.create", "accountability_cases", case.id,
                    summary=f"{case.number} {case.title}"[:200],
                    after=_case_values(case) | {"dual_inquiry_of": str(dual_inquiry_of or "")})
        return case

    def update(self, case_id: uuid.UUID, data: CaseInput) -> None:
        """Number, title, unit, problems, subjects and clues, while no decision is made."""
        actor = self._require(Permission.EDIT_DRAFTS, "cases.update")
        data = self._checked(data)
        self._check_case_scope(actor, case_id, "cases.update")
        self._require_scope(actor, {data.unit_id}, "cases.update", "units",
                            data.unit_id or uuid.UUID(int=0))
        self._check_reference_scope(actor, data)
        with self.db.write() as session:
            case = self._case(session, case_id)
            if rules.is_decided(case.stage):
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Cases", "The case is decided; its particulars can no longer be changed."
                    " Take it back before the decision (with a reason) to correct them.")))
            self._check_references(session, actor, data, case.id)
            before = _case_values(case)
            case.number, case.title, case.unit_id = data.number, data.title, data.unit_id
            case.determination_id, case.conduct_date = data.determination_id, data.conduct_date
            case.summary = data.summary
            self._apply(session, case, data)
            session.flush()
            for event in case.events:  # the entries name the case: they follow it
                if not event.reverted:
                    self._derive(session, actor, case, event)
            self._audit(session, actor, "case.update", "accountability_cases", case.id,
                        summary=case.number, before=before, after=_case_values(case))

    def _checked(self, data: CaseInput) -> CaseInput:
        number = clean_text(data.number)
        if not number:
            raise _error("number", QT_TRANSLATE_NOOP(
                "Cases", "Give the case a number, e.g. {example}."),
                example=f"{NUMBER_PREFIX}{self._today().year}-001")
        if len(number) > 60:
            raise _error("number", QT_TRANSLATE_NOOP(
                "Cases", "A case number has at most 60 characters."))
        title = clean_text(data.title)
        if not title:
            raise _error("title", QT_TRANSLATE_NOOP("Cases", "Give the case a title."))
        if len(title) > 200:
            raise _error("title", QT_TRANSLATE_NOOP(
                "Cases", "A title has at most 200 characters."))
        if data.unit_id is None:
            raise _error("unit_id", QT_TRANSLATE_NOOP(
                "Cases", "Choose the unit the case concerns."))
        if not data.problems:
            raise _error("problems", QT_TRANSLATE_NOOP(
                "Cases", "A case deals with at least one problem: choose its category."))
        if not data.subjects:
            raise _error("subjects", QT_TRANSLATE_NOOP(
                "Cases", "Add at least one subject (a team or a cadre)."))
        seen: set[tuple[SubjectKind, uuid.UUID | None]] = set()
        for index, subject in enumerate(data.subjects):
            target = subject.cadre_id if subject.kind is SubjectKind.CADRE else subject.team_id
            if target is None:
                raise _error(f"subjects[{index}]", QT_TRANSLATE_NOOP(
                    "Cases", "A subject is a cadre or a leadership team chosen from the"
                    " records."))
            if (subject.kind, target) in seen:
                raise _error(f"subjects[{index}]", QT_TRANSLATE_NOOP(
                    "Cases", "The same subject is given twice."))
            seen.add((subject.kind, target))
            if subject.responsibility not in RESPONSIBILITIES:
                raise _error(f"subjects[{index}].responsibility", QT_TRANSLATE_NOOP(
                    "Cases", "Unknown responsibility {value}."), value=subject.responsibility)
            if subject.severity not in SEVERITIES:
                raise _error(f"subjects[{index}].severity", QT_TRANSLATE_NOOP(
                    "Cases", "Unknown severity {value}."), value=subject.severity)
        for index, problem in enumerate(data.problems):
            if len(clean_text(problem.description)) > rules.TEXT_MAX:
                raise _error(f"problems[{index}].description", QT_TRANSLATE_NOOP(
                    "Cases", "A problem's description has at most {n} characters."),
                    n=rules.TEXT_MAX)
        if data.conduct_date is not None:
            rules.check_date(data.conduct_date, "conduct_date", self._today())
        return CaseInput(
            number, title, data.unit_id,
            tuple(ProblemInput(p.category, clean_text(p.description)) for p in data.problems),
            data.subjects, tuple(dict.fromkeys(data.clue_ids)), data.determination_id,
            data.conduct_date, data.proposed_on, clean_text(data.proposed_by),
            clean_text(data.summary)[:rules.TEXT_MAX])

    def _check_references(self, session: Session, actor: Actor, data: CaseInput,
                          case_id: uuid.UUID | None) -> None:
        clash = session.scalar(select(AccountabilityCase.id).where(
            AccountabilityCase.office_id == self.office_id,
            AccountabilityCase.number == data.number))
        if clash is not None and clash != case_id:
            raise _error("number", QT_TRANSLATE_NOOP(
                "Cases", "The number {number} is already used by another case; the next free"
                " one is {suggested}."), number=data.number,
                suggested=next_case_number(list(session.scalars(
                    select(AccountabilityCase.number))), rules.number_year(data.number)
                    or self._today().year, NUMBER_PREFIX))
        assert data.unit_id is not None
        if session.get(Unit, data.unit_id) is None:
            raise not_found(UNIT_NOT_FOUND, data.unit_id)
        if data.determination_id is not None:
            det = session.get(Determination, data.determination_id)
            if det is None:
                raise _error("determination_id", QT_TRANSLATE_NOOP(
                    "Cases", "The determination was not found; it may have been deleted."))
        for clue_id in data.clue_ids:
            clue = session.get(Clue, clue_id)
            if clue is None:
                raise _error("clue_ids", QT_TRANSLATE_NOOP(
                    "Cases", "A clue to link was not found; it may have been deleted."))
            if clue.case_id is not None and clue.case_id != case_id:
                raise _error("clue_ids", QT_TRANSLATE_NOOP(
                    "Cases", "Clue {number} already led to another case."), number=clue.number)

    def _snapshot(self, session: Session, row: CaseSubject, subject: SubjectInput,
                  on: dt.date) -> None:
        if subject.kind is SubjectKind.CADRE:
            assert subject.cadre_id is not None
            cadre = session.get(Cadre, subject.cadre_id)
            if cadre is None:
                raise not_found(CADRE_NOT_FOUND, subject.cadre_id)
            post = current_post(session, cadre.id, on)
            row.cadre_id, row.team_id = cadre.id, None
            row.name, row.rank = cadre.name, cadre.rank
            row.post_title = post.title if post is not None else ""
            row.unit_id = post.unit_id if post is not None else None
        else:
            assert subject.team_id is not None
            team = session.get(LeadershipTeam, subject.team_id)
            if team is None:
                raise not_found(QT_TRANSLATE_NOOP(
                    "Services", "The leadership team was not found; it may have been deleted"
                    " meanwhile."), subject.team_id)
            row.cadre_id, row.team_id = None, team.id
            row.name, row.rank, row.post_title, row.unit_id = team.name, None, "", team.unit_id

    def _apply(self, session: Session, case: AccountabilityCase, data: CaseInput) -> None:
        """Problems, subjects (kept by who they are, so recorded statements stay) and
        clues of `data` onto `case`."""
        case.problems = [CaseProblem(office_id=self.office_id, position=n, category=p.category,
                                     description=p.description)
                         for n, p in enumerate(data.problems)]
        prefill: dict[tuple[SubjectKind, uuid.UUID | None], SubjectInput] = {}
        if data.determination_id is not None:
            det = session.get(Determination, data.determination_id)
            if det is not None:
                prefill = {(s.kind, s.cadre_id or s.team_id): s
                           for s in _determination_subjects(det)}
        existing = {(s.kind, s.cadre_id or s.team_id): s for s in case.subjects}
        on = data.conduct_date or self._today()
        subjects: list[CaseSubject] = []
        for position, subject in enumerate(data.subjects):
            key = (subject.kind, subject.cadre_id or subject.team_id)
            row = existing.get(key) or CaseSubject(office_id=self.office_id, kind=subject.kind)
            self._snapshot(session, row, subject, on)
            hint = prefill.get(key)
            row.position = position
            row.responsibility = subject.responsibility or (hint.responsibility if hint else "")
            row.severity = subject.severity or (hint.severity if hint else "")
            measures = subject.measures or (hint.measures if hint else ())
            row.measures = json.dumps(list(measures))
            subjects.append(row)
        kept = {row.id for row in subjects if row.id is not None}
        gone = [row.id for row in case.subjects if row.id not in kept]
        if gone:  # an appeal of a subject taken out of the case keeps its text, not the link
            for appeal in session.scalars(select(Appeal).where(Appeal.subject_id.in_(gone))):
                appeal.subject_id = None
        case.subjects = subjects
        for clue in session.scalars(select(Clue).where(Clue.case_id == case.id)):
            if clue.id not in data.clue_ids:
                clue.case_id = None
        for clue_id in data.clue_ids:
            linked = session.get(Clue, clue_id)
            if linked is not None:
                linked.case_id = case.id

    def delete(self, case_id: uuid.UUID) -> None:
        """Only before the decision; the clues are unlinked, the deletion audited."""
        actor = self._require(Permission.EDIT_DRAFTS, "cases.delete")
        self._check_case_scope(actor, case_id, "cases.delete")
        with self.db.write() as session:
            case = self._case(session, case_id)
            # Once decided (even if taken back since), a case stays in the records.
            if (rules.is_decided(case.stage) or case.decision_date is not None
                    or any(e.stage is CaseStage.DECIDED for e in case.events)):
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Cases", "A decided case cannot be deleted; it stays in the records.")))
            refuse_if_documents(session, "case_id", case.id)
            before = _case_values(case)
            for event in case.events:
                remove_derived(session, LedgerSource.CASE_STAGE, event.id)
            for clue in session.scalars(select(Clue).where(Clue.case_id == case.id)):
                clue.case_id = None
            for talk in session.scalars(select(Talk).where(Talk.case_id == case.id)):
                talk.case_id = None
            for other in session.scalars(select(AccountabilityCase).where(
                    AccountabilityCase.dual_inquiry_of == case.id)):
                other.dual_inquiry_of = None
            self._audit(session, actor, "case.delete", "accountability_cases", case.id,
                        summary=f"{case.number} {case.title}"[:200], before=before)
            session.delete(case)

    # ---- stages -------------------------------------------------------------------------

    def advance(self, case_id: uuid.UUID, data: StageInput) -> None:
        """One stage forward with what that stage needs (domain.cases.check_stage)."""
        operation = f"cases.advance.{data.stage.value}"
        if data.stage is CaseStage.DECIDED:
            actor = self._require(Permission.REVIEW, operation)
        else:
            actor = self._require(Permission.EDIT_DRAFTS, operation)
        self._check_case_scope(actor, case_id, operation)
        today = self._today()
        deadlines = self._deadlines()
        regs = self._regulations()
        with self.db.write() as session:
            case = self._case(session, case_id)
            reg = self._regulation(session, case, regs)
            state = CaseState(
                case.stage, max((e.happened_on for e in case.events), default=None),
                tuple(SubjectState(s.id, s.kind, s.name, _measures(s)) for s in case.subjects),
                case.decision_date)
            data = rules.check_stage(state, data, today, deadlines,
                                     list(reg.measures) if reg is not None else None)
            previous = case.stage
            details = data.details()
            by_id = {s.id: s for s in case.subjects}
            if data.stage is CaseStage.INVESTIGATED:
                for entry in data.subjects:
                    row = by_id[entry.subject_id]
                    if row.kind is SubjectKind.CADRE:
                        row.statement, row.statement_accepted = (entry.statement,
                                                                 entry.statement_accepted)
            elif data.stage is CaseStage.DECIDED:
                case.decision_date, case.deciding_body = data.happened_on, data.deciding_body
                for entry in data.subjects:
                    row = by_id[entry.subject_id]
                    row.measures = json.dumps(list(entry.measures))
                    row.probation_months = entry.probation_months
                if reg is not None:
                    details["regulation"] = reg.id
                    details["periods"] = self._store_periods(session, case, reg)
                details["no_excellent_rating_year"] = data.happened_on.year
            elif data.stage is CaseStage.EXECUTED:
                for entry in data.subjects:
                    row = by_id[entry.subject_id]
                    row.adjusted_on = entry.adjusted_on
                    row.self_examination_on = entry.self_examination_on
                if case.circulate and case.circulated_on is None:
                    case.circulated_on = data.happened_on
            case.stage = data.stage
            case.stage_due = rules.stage_due(data.stage, data.happened_on, case.decision_date,
                                             _all_measures(case), deadlines)
            event = CaseStageEvent(
                office_id=self.office_id, case_id=case.id, stage=data.stage,
                from_stage=previous, happened_on=data.happened_on,
                acted_by=data.acted_by or data.deciding_body,
                approved_by=data.approved_by,
                details=json.dumps(details, ensure_ascii=False, sort_keys=True,
                                   default=str),
                entered_by=actor.username)
            session.add(event)
            session.flush()
            self._derive(session, actor, case, event)
            self._audit(session, actor, "case.advance", "accountability_cases", case.id,
                        summary=f"{case.number}: {previous.value} -> {data.stage.value}",
                        after={"stage": data.stage.value, "on": str(data.happened_on),
                               **{k: v for k, v in details.items() if k != "periods"}})

    def _derive(self, session: Session, actor: Actor, case: AccountabilityCase,
                event: CaseStageEvent) -> int:
        return derive_case_stage(session, self.office_id, actor.username, case, event,
                                 self.state.translate)

    def _store_periods(self, session: Session, case: AccountabilityCase,
                       reg: Regulation) -> list[dict[str, Any]]:
        """Every influence period of every subject (the regulation's measure rules), from
        the decision date; the longest of each subject governs (Hubei art. 19)."""
        assert case.decision_date is not None
        session.execute(delete(InfluencePeriodRecord).where(
            InfluencePeriodRecord.case_id == case.id))
        stored: list[dict[str, Any]] = []
        for subject in case.subjects:
            periods = []
            for code in _measures(subject):
                rule = reg.measures.get(code)
                months = rule.period_months(subject.probation_months) if rule else None
                if rule is None or months is None:
                    continue
                period = influence_period(code, months, case.decision_date)
                periods.append(period)
                session.add(InfluencePeriodRecord(
                    office_id=self.office_id, case_id=case.id, subject_id=subject.id,
                    cadre_id=subject.cadre_id, measure=code, months=months,
                    starts_on=case.decision_date, until=period.until,
                    restriction=rule.restriction[:200]))
            governs = longest(periods)
            if governs is not None:
                stored.append({"subject": subject.name, "until": governs.isoformat()})
        return stored

    def go_back(self, case_id: uuid.UUID, stage: CaseStage, reason: str,
                on: dt.date | None = None) -> None:
        """Back to an earlier stage; the reason is required and kept as a reverted event.

        Going back before the decision needs REVIEW, removes the decision date and the
        influence periods (the measures stay, to decide again)."""
        today = self._today()
        on = on or today
        with self.db.read() as session:
            current = session.scalar(select(AccountabilityCase.stage).where(
                AccountabilityCase.id == case_id))
        undoes_decision = (current is not None and rules.is_decided(current)
                           and not rules.is_decided(stage))
        actor = self._require(Permission.REVIEW if undoes_decision else Permission.EDIT_DRAFTS,
                              "cases.go_back")
        self._check_case_scope(actor, case_id, "cases.go_back")
        with self.db.write() as session:
            case = self._case(session, case_id)
            reason = rules.check_go_back(case.stage, stage, reason)
            rules.check_date(on, "happened_on", today,
                             max((e.happened_on for e in case.events), default=None))
            previous = case.stage
            if rules.is_decided(previous) and not rules.is_decided(stage):
                case.decision_date, case.deciding_body = None, ""
                session.execute(delete(InfluencePeriodRecord).where(
                    InfluencePeriodRecord.case_id == case.id))
            case.stage = stage
            # The stage starts again: its deadline counts from the step back.
            case.stage_due = rules.stage_due(stage, on, case.decision_date,
                                             _all_measures(case), self._deadlines())
            session.add(CaseStageEvent(
                office_id=self.office_id, case_id=case.id, stage=stage, from_stage=previous,
                happened_on=on, reverted=True, reason=reason, entered_by=actor.username))
            session.flush()
            self._audit(session, actor, "case.go_back", "accountability_cases", case.id,
                        summary=f"{case.number}: {previous.value} -> {stage.value}",
                        before={"stage": previous.value},
                        after={"stage": stage.value, "reason": reason})

    # ---- appeals, circulation, dual inquiry ---------------------------------------------

    def record_appeal(self, case_id: uuid.UUID, data: AppealInput) -> uuid.UUID:
        """An appeal, any time after the decision: the window and the answer deadline come
        from the regulation's data; a late appeal is kept with `within_window=False`. The
        stage does not change and execution goes on."""
        actor = self._require(Permission.EDIT_DRAFTS, "cases.appeal")
        self._check_case_scope(actor, case_id, "cases.appeal")
        today = self._today()
        regs = self._regulations()
        with self.db.write() as session:
            case = self._case(session, case_id)
            rules.check_date(data.filed_on, "filed_on", today)
            if data.subject_id is not None and data.subject_id not in {
                    s.id for s in case.subjects}:
                raise _error("subject_id", QT_TRANSLATE_NOOP(
                    "Cases", "The appellant must be a subject of this case."))
            reg = self._regulation(session, case, regs)
            rule = reg.appeal if reg is not None and reg.appeal is not None else DEFAULT_APPEAL
            terms = appeal_terms(rule, case.stage, case.decision_date, _served_on(case),
                                 data.filed_on)
            grounds = clean_text(data.grounds)
            if len(grounds) > rules.TEXT_MAX:
                raise _error("grounds", QT_TRANSLATE_NOOP(
                    "Cases", "At most {limit} characters are allowed here ({n} given)."),
                    limit=rules.TEXT_MAX, n=len(grounds))
            appeal = Appeal(
                office_id=self.office_id, case_id=case.id, subject_id=data.subject_id,
                filed_on=data.filed_on, within_window=terms.within_window,
                body=(clean_text(data.body) or case.deciding_body)[:200], grounds=grounds,
                answer_due=terms.answer_due, entered_by=actor.username)
            session.add(appeal)
            session.flush()
            self._audit(session, actor, "case.appeal", "appeals", appeal.id,
                        summary=case.number, after={
                            "filed_on": str(data.filed_on), "within_window": terms.within_window,
                            "window_ends": str(terms.window_ends),
                            "answer_due": str(terms.answer_due)})
            return appeal.id

    def answer_appeal(self, appeal_id: uuid.UUID, data: AppealAnswer) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "cases.answer_appeal")
        if actor.scope_units is not None:
            with self.db.read() as session:
                owner = session.scalar(select(Appeal.case_id).where(Appeal.id == appeal_id))
            if owner is not None:
                self._check_case_scope(actor, owner, "cases.answer_appeal")
        today = self._today()
        with self.db.write() as session:
            appeal = session.get(Appeal, appeal_id)
            if appeal is None:
                raise not_found(APPEAL_NOT_FOUND, appeal_id)
            case = appeal.case
            rules.check_date(data.answered_on, "answered_on", today, appeal.filed_on)
            answer = clean_text(data.answer)
            if len(answer) > rules.TEXT_MAX:
                raise _error("answer", QT_TRANSLATE_NOOP(
                    "Cases", "At most {limit} characters are allowed here ({n} given)."),
                    limit=rules.TEXT_MAX, n=len(answer))
            before = {"answered_on": str(appeal.answered_on or ""),
                      "outcome": appeal.outcome.value if appeal.outcome else ""}
            appeal.answered_on, appeal.outcome, appeal.answer = (data.answered_on,
                                                                 data.outcome, answer)
            session.flush()
            self._audit(session, actor, "case.answer_appeal", "appeals", appeal.id,
                        summary=case.number, before=before,
                        after={"answered_on": str(data.answered_on),
                               "outcome": data.outcome.value})

    def set_circulate(self, case_id: uuid.UUID, circulate: bool,
                      on: dt.date | None = None) -> None:
        """Mark (or unmark) a decided case for circulation as a typical case (典型案例通报)."""
        actor = self._require(Permission.EDIT_DRAFTS, "cases.circulate")
        self._check_case_scope(actor, case_id, "cases.circulate")
        on = rules.check_date(on or self._today(), "circulated_on", self._today())
        with self.db.write() as session:
            case = self._case(session, case_id)
            if circulate and not rules.is_decided(case.stage):
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Cases", "Only a decided case can be circulated as a typical case.")))
            before = {"circulate": case.circulate, "on": str(case.circulated_on or "")}
            case.circulate = circulate
            case.circulated_on = on if circulate else None
            self._audit(session, actor, "case.circulate", "accountability_cases", case.id,
                        summary=case.number, before=before,
                        after={"circulate": circulate, "on": str(case.circulated_on or "")})

    def propose_dual_inquiry(self, case_id: uuid.UUID, title: str | None = None,
                             number: str | None = None,
                             description: str | None = None) -> uuid.UUID:
        """一案双查 (Hubei art. 10): when the case's determination requires it, a linked case
        at the proposal stage against the unit's Party committee team and its principal
        leader. Refused when not required or already proposed.

        `title` and `description` (of its one problem) are stored as given; the UI passes
        them in the user's language (the defaults are the untranslated source text)."""
        actor = self._require(Permission.EDIT_DRAFTS, "cases.dual_inquiry")
        today = self._today()
        with self.db.read() as session:
            case = self._case(session, case_id)
            self._require_scope(actor, {case.unit_id}, "cases.dual_inquiry",
                                "accountability_cases", case_id)
            result = self._determination_result(session, case.determination_id) or {}
            dual = result.get("dual_inquiry", {})
            if not dual.get("required"):
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Cases", "The case's determination does not call for a dual inquiry"
                    " (一案双查).")))
            if session.scalar(select(AccountabilityCase.id).where(
                    AccountabilityCase.dual_inquiry_of == case.id)) is not None:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Cases", "The dual inquiry of this case has already been proposed.")))
            team = session.scalar(select(LeadershipTeam).where(
                LeadershipTeam.unit_id == case.unit_id,
                LeadershipTeam.kind == TeamKind.PARTY_COMMITTEE).order_by(LeadershipTeam.name))
            if team is None:
                raise _error("unit_id", QT_TRANSLATE_NOOP(
                    "Cases", "The unit has no Party committee (leading group) team in the"
                    " records; add it to propose the dual inquiry."))
            principal = session.scalar(select(TeamMembership.cadre_id).where(
                TeamMembership.team_id == team.id, TeamMembership.role == TeamRole.PRINCIPAL,
                or_(TeamMembership.end_date.is_(None), TeamMembership.end_date >= today))
                .order_by(TeamMembership.start_date.desc()))
            subjects = [SubjectInput(SubjectKind.PARTY_TEAM, team_id=team.id,
                                     responsibility="collective")]
            if principal is not None:
                subjects.append(SubjectInput(SubjectKind.CADRE, cadre_id=principal,
                                             responsibility="primary"))
            base_title, unit_id, conduct = case.title, case.unit_id, case.conduct_date
            grounds = ", ".join(str(g) for g in dual.get("grounds", ()))
            parent_number = case.number
        new_title = title or Message(_CTX, QT_TRANSLATE_NOOP(
            "Cases", "Dual inquiry: {title}"), {"title": base_title}).render()
        description = description or Message(_CTX, QT_TRANSLATE_NOOP(
            "Cases", "Principal and supervisory responsibility for case {number} (dual"
            " inquiry; grounds: {grounds})."),
            {"number": parent_number, "grounds": grounds}).render()
        data = self._checked(CaseInput(
            number or self.suggest_number(today.year), new_title[:200], unit_id,
            (ProblemInput(ProblemCategory.TWO_RESPONSIBILITIES, description),),
            tuple(subjects), conduct_date=conduct, proposed_on=today))
        deadlines = self._deadlines()
        with self.db.write() as session:
            linked = self._insert(session, actor, data, today, deadlines, case_id)
            self._audit(session, actor, "case.dual_inquiry", "accountability_cases", linked.id,
                        summary=f"{parent_number} -> {linked.number}",
                        after={"dual_inquiry_of": str(case_id)})
            return linked.id

    # ---- helpers ------------------------------------------------------------------------

    def _check_case_scope(self, actor: Actor, case_id: uuid.UUID, operation: str) -> None:
        """Before a write (a refusal is audited in a transaction of its own)."""
        if actor.scope_units is None:
            return
        with self.db.read() as session:
            case = session.get(AccountabilityCase, case_id)
            if case is None:
                return
            unit_id = case.unit_id
        self._require_scope(actor, {unit_id}, operation, "accountability_cases", case_id)

    def _check_reference_scope(self, actor: Actor, data: CaseInput) -> None:
        if actor.scope_units is None:
            return
        checks: list[tuple[uuid.UUID | None, str, uuid.UUID]] = []
        with self.db.read() as session:
            if data.determination_id is not None:
                det = session.get(Determination, data.determination_id)
                if det is not None:
                    checks.append((det.unit_id, "determinations", det.id))
            for clue_id in data.clue_ids:
                clue = session.get(Clue, clue_id)
                if clue is not None:
                    checks.append((clue.unit_id, "clues", clue.id))
            # Subjects: a cadre who has held a post in the township, a team of it.
            people: list[tuple[set[uuid.UUID | None], uuid.UUID]] = []
            for subject in data.subjects:
                if subject.cadre_id is not None:
                    people.append((set(session.scalars(select(Post.unit_id).where(
                        Post.cadre_id == subject.cadre_id))), subject.cadre_id))
                if subject.team_id is not None:
                    team = session.get(LeadershipTeam, subject.team_id)
                    if team is not None:
                        checks.append((team.unit_id, "teams", team.id))
        for unit_id, entity, entity_id in checks:
            self._require_scope(actor, {unit_id}, "cases.link", entity, entity_id)
        for unit_ids, cadre_id in people:
            self._require_scope(actor, unit_ids, "cases.link", "cadres", cadre_id)

    def _case(self, session: Session, case_id: uuid.UUID) -> AccountabilityCase:
        case = session.get(AccountabilityCase, case_id, options=[
            selectinload(AccountabilityCase.unit), selectinload(AccountabilityCase.problems),
            selectinload(AccountabilityCase.subjects), selectinload(AccountabilityCase.events),
            selectinload(AccountabilityCase.appeals)])
        if case is None:
            raise not_found(CASE_NOT_FOUND, case_id)
        return case


def derive_case_stage(session: Session, office_id: uuid.UUID, entered_by: str,
                      case: AccountabilityCase, event: CaseStageEvent,
                      words: Translate) -> int:
    """Entries for the leaders who acted on the stage (named in who acted or approved):
    研究查处案件 while the case is investigated, 追责问责 when it is proposed, decided
    and carried out; written in the language of `words`. The number of entries made."""
    category = _STAGE_CATEGORY.get(event.stage)
    if category is None:
        return 0
    stage = words("CaseStage", event.stage.label)  # i18n: marked elsewhere
    matter = words("Derived", CASE_MATTER).format(  # i18n: marked elsewhere
        stage=stage, number=case.number, title=case.title)
    names = " ".join([event.acted_by, event.approved_by])
    subjects = {s.cadre_id for s in case.subjects}
    wanted = [DerivedEntry(cadre_id, event.happened_on, category, matter, content=case.summary)
              for cadre_id in resolve_names(session, names, case.unit_id, event.happened_on)
              if cadre_id not in subjects]
    label = words("Derived", CASE_LABEL).format(  # i18n: marked elsewhere
        date=event.happened_on.isoformat(), number=case.number, stage=stage)
    return sync_derived(session, office_id=office_id, entered_by=entered_by,
                        kind=LedgerSource.CASE_STAGE, source_id=event.id, label=label,
                        wanted=wanted)


def _determination_subjects(det: Determination) -> list[SubjectInput]:
    case_input = json.loads(det.case_input)
    result = json.loads(det.result)
    found = {str(s.get("id")): s for s in result.get("subjects", [])}
    out: list[SubjectInput] = []
    for raw in case_input.get("subjects", []):
        sid = str(raw.get("id", ""))
        prefix, _, rest = sid.partition("-")
        try:
            target = uuid.UUID(rest)
        except ValueError:
            continue
        kind_text = str(raw.get("kind", "cadre"))
        try:
            kind = SubjectKind(kind_text)
        except ValueError:
            continue
        if (prefix == "cadre") != (kind is SubjectKind.CADRE):
            continue
        determined = found.get(sid, {})
        out.append(SubjectInput(
            kind, cadre_id=target if kind is SubjectKind.CADRE else None,
            team_id=None if kind is SubjectKind.CADRE else target,
            responsibility=str(determined.get("responsibility", "")),
            severity=str(raw.get("severity", "")),
            measures=tuple(str(m) for m in raw.get("measures", ()))))
    return out

