"""The quantitative assessment of units (量化考核): indicator sheets with versions, the
automatic figures computed from the records with their evidence, scoring from draft to
reviewed to locked, the ranking with its tie rule, and the talks proposed with the
principal leaders of the units at the bottom.

Permissions: the sheets are read with VIEW_MASTER_DATA (the administrator edits them, so
reads them too) and changed with MANAGE_SETTINGS; everything else is read with
VIEW_RECORDS; scoring (start, save_scores, refresh_automatic, delete_draft) and proposing
and linking talks need EDIT_DRAFTS; review, reopen and lock need REVIEW; the files (score
sheet PDF, ranking PDF and .xlsx) VIEW_RECORDS, each export audited. Four eyes: the last
person who scored a unit (`assessor`) cannot review it. A township account sees and scores only
the units of its own township (and cannot propose the county's talks).

Sheets: a year's sheet of a kind of unit is the shipped default (resources/assessment)
until someone changes it or starts scoring. Reading never writes: with nothing stored,
`sheet()` returns the default as version 1, unsaved (`created_by` ""), with the id it
gets once stored; `start()` and `save_sheet()` store it. A version that has scored a unit
(`in_use`, drafts included) is never rewritten: saving then makes a new version; an
unused current version is replaced. New scorings use the newest version; a draft moves to
it on `refresh_automatic` (its manual inputs kept where they still fit).

Automatic figures count the records of the unit and of the units under it (villages of a
township), as of today: lists of the year not signed by 31 March, cases that were past a
stage deadline on some day of the year, clues received in the year and not concluded,
talks held in the year, rectifications of the year's inspections not done by their
deadline; ledger completeness is the average over the members of the unit's Party
committee team of each member's share of their quarters of the year (those begun by today,
while they were members) in which their ledger has all nine must-record kinds.

A locked result never changes: every write on it is refused with ConflictError. Its
figures, inputs, totals and category subtotals are kept as they were when it was locked
(points as integer hundredths), and the ranking reads them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, not_, or_, select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop import paths
from zeren_desktop.domain import cases as case_rules
from zeren_desktop.domain.assessment import (
    CENT,
    SHORTFALL_METRICS,
    ZERO,
    AssessmentStatus,
    DefaultSheet,
    Indicator,
    IndicatorSheet,
    ItemInput,
    Metric,
    Ranked,
    RankEntry,
    RuleKind,
    SheetScore,
    bottom,
    check_sheet,
    format_points,
    load_default_sheets,
    rank,
    score_item,
    score_sheet,
    sheet_from_dict,
    sheet_to_dict,
)
from zeren_desktop.domain.cases import Deadlines
from zeren_desktop.domain.enums import (
    CaseStage,
    LedgerCategory,
    LedgerSource,
    TeamKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.ledger import check_year, quarter_bounds
from zeren_desktop.domain.records import clean_text
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    Message,
    Translate,
    ValidationError,
    untranslated,
)
from zeren_desktop.services.assessment_dto import (
    AssessmentDetail,
    AssessmentRow,
    AutomaticFigure,
    EvidenceRow,
    ManualScore,
    Ranking,
    RankingRow,
    SheetInfo,
    TalkProposal,
)
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import (
    TABLE_LABELS,
    UNIT_NOT_FOUND,
    ServiceBase,
    not_found,
)
from zeren_desktop.services.cases import _all_measures
from zeren_desktop.services.files import write_atomically
from zeren_desktop.services.ledger import missing_must_record
from zeren_desktop.services.ledger_derived import (
    DerivedEntry,
    derived_names,
    remove_derived,
    resolve_names,
    sync_derived,
)
from zeren_desktop.services.session import Actor
from zeren_desktop.services.settings import SettingsService
from zeren_desktop.services.settings import _settings_from as settings_from
from zeren_desktop.services.talks import TALK_NOT_FOUND
from zeren_desktop.storage.models import (
    AccountabilityCase,
    AppSetting,
    AssessmentSheet,
    AssessmentTalkProposal,
    Cadre,
    CaseStageEvent,
    Clue,
    Inspection,
    LeadershipTeam,
    ResponsibilityList,
    Talk,
    TeamMembership,
    Unit,
    UnitAssessment,
    User,
)

if TYPE_CHECKING:
    from zeren_desktop.reports.fonts import DocumentFonts

_CTX = "Assessment"
ASSESSMENT_MATTER = QT_TRANSLATE_NOOP("Derived", "Assessment of {unit} for {year}")
ASSESSMENT_CONTENT = QT_TRANSLATE_NOOP("Derived", "Scored {total} points.")
ASSESSMENT_LABEL = QT_TRANSLATE_NOOP("Derived", "{year} assessment: {unit}")
ASSESSED_KINDS = (UnitKind.TOWNSHIP, UnitKind.DEPARTMENT)
BOTTOM_N_SETTING = "assessment.bottom_n"
DEFAULT_BOTTOM_N = 3
BOTTOM_N_MAX = 50
# The responsibility lists of a year are signed by this day of the year (month, day).
LIST_SIGN_BY = (3, 31)
COMMENT_MAX = 2000
NOTE_MAX = 2000
COUNT_MAX = 10_000
_SHEET_NAMESPACE = uuid.UUID("6f1d5c1e-9a43-4c1b-8d0e-3a7b2f0c9e51")

TABLE_LABELS.setdefault("assessment_sheets", QT_TRANSLATE_NOOP(
    "Tables", "assessment indicator sheets"))
TABLE_LABELS.setdefault("unit_assessments", QT_TRANSLATE_NOOP("Tables", "unit assessments"))
TABLE_LABELS.setdefault("assessment_talk_proposals", QT_TRANSLATE_NOOP(
    "Tables", "talks proposed by the assessment"))

ASSESSMENT_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The assessment was not found; it may have been deleted meanwhile.")
PROPOSAL_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The proposed talk was not found; it may have been withdrawn meanwhile.")
TIE_RULE = QT_TRANSLATE_NOOP(
    "Assessment", "Ranking rule: units without a one-vote veto rank before vetoed ones, then"
    " the higher total first; on equal totals the higher subtotal of the sheet's first"
    " category decides, then of the second, and so on; units still equal share the rank"
    " (1, 2, 2, 4) and are listed by name. The last {n} (and any tied with the last of"
    " them) are proposed for a talk with their principal leader.")
LOCKED = QT_TRANSLATE_NOOP(
    "Assessment", "The assessment of {unit} for {year} is locked and never changes.")
WRONG_STATUS = QT_TRANSLATE_NOOP(
    "Assessment", "The assessment of {unit} for {year} is {status}; this needs one that is"
    " {needed}.")


def _error(field_name: str, text: str, **params: object) -> ValidationError:
    return ValidationError(field_name, Message(_CTX, text, params))


# ---- points and JSON -------------------------------------------------------------------


def to_hundredths(value: Decimal) -> int:
    return int((value.quantize(CENT) * 100).to_integral_value())


def from_hundredths(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(CENT)


def _param_json(value: Any) -> Any:
    if isinstance(value, Message):
        return {"$message": message_to_json(value)}
    if isinstance(value, list | tuple):
        return {"$list": [_param_json(v) for v in value]}
    if isinstance(value, Decimal):
        return format_points(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _param_from(value: Any) -> Any:
    if isinstance(value, dict) and "$message" in value:
        return message_from_json(value["$message"])
    if isinstance(value, dict) and "$list" in value:
        return [_param_from(v) for v in value["$list"]]
    return value


def message_to_json(message: Message) -> dict[str, Any]:
    return {"context": message.context, "text": message.text,
            "params": {k: _param_json(v) for k, v in message.params.items()}}


def message_from_json(data: Mapping[str, Any]) -> Message:
    return Message(str(data["context"]), str(data["text"]),
                   {k: _param_from(v) for k, v in dict(data.get("params", {})).items()})


def input_to_json(given: ItemInput) -> dict[str, Any]:
    return {"met": given.met, "count": given.count,
            "shares": None if given.shares is None else [str(s) for s in given.shares]}


def input_from_json(data: Mapping[str, Any]) -> ItemInput:
    shares = data.get("shares")
    return ItemInput(met=data.get("met"), count=data.get("count"),
                     shares=None if shares is None else tuple(Decimal(s) for s in shares))


def figures_to_json(figures: Sequence[AutomaticFigure]) -> str:
    return json.dumps([{
        "code": f.code, "metric": f.metric.value, "given": input_to_json(f.given),
        "summary": message_to_json(f.summary),
        "evidence": [{"kind": e.kind, "record_id": str(e.record_id) if e.record_id else None,
                      "day": e.day.isoformat() if e.day else None,
                      "text": message_to_json(e.message) if e.message is not None
                      else e.text, "counts": e.counts}
                     for e in f.evidence]} for f in figures], ensure_ascii=False)


def figures_from_json(text: str) -> tuple[AutomaticFigure, ...]:
    return tuple(AutomaticFigure(
        f["code"], Metric(f["metric"]), input_from_json(f["given"]),
        message_from_json(f["summary"]),
        tuple(evidence_row(e["kind"], uuid.UUID(e["record_id"]) if e["record_id"] else None,
                           dt.date.fromisoformat(e["day"]) if e["day"] else None,
                           message_from_json(e["text"]) if isinstance(e["text"], dict)
                           else e["text"], bool(e["counts"]))
              for e in f["evidence"])) for f in json.loads(text or "[]"))


def evidence_row(kind: str, record_id: uuid.UUID | None, day: dt.date | None,
                 text: Message | str, counts: bool) -> EvidenceRow:
    if isinstance(text, Message):
        return EvidenceRow(kind, record_id, day, text.render(), counts, text)
    return EvidenceRow(kind, record_id, day, text, counts)


def manual_to_json(manual: Mapping[str, ManualScore]) -> str:
    return json.dumps({code: {"given": input_to_json(m.given), "comment": m.comment}
                       for code, m in sorted(manual.items())}, ensure_ascii=False)


def manual_from_json(text: str) -> dict[str, ManualScore]:
    return {code: ManualScore(input_from_json(m["given"]), str(m.get("comment", "")))
            for code, m in json.loads(text or "{}").items()}


def subtotals_to_json(score: SheetScore) -> str:
    return json.dumps([[name, format_points(value)] for name, value in score.subtotals],
                      ensure_ascii=False)


def subtotals_from_json(text: str) -> tuple[tuple[str, Decimal], ...]:
    return tuple((str(name), Decimal(value).quantize(CENT))
                 for name, value in json.loads(text or "[]"))


# ---- sheets ----------------------------------------------------------------------------


@functools.cache
def default_sheets() -> dict[UnitKind, DefaultSheet]:
    """The shipped sheets (resources/assessment), read once."""
    return load_default_sheets(paths.resources_dir() / "assessment")


def check_kind(unit_kind: UnitKind, field_name: str = "unit_kind") -> UnitKind:
    if unit_kind not in ASSESSED_KINDS:
        raise _error(field_name, QT_TRANSLATE_NOOP(
            "Assessment", "Only townships and county departments are assessed."))
    return unit_kind


def default_sheet(year: int, unit_kind: UnitKind) -> IndicatorSheet:
    return default_sheets()[unit_kind].for_year(year)


def default_sheet_id(office_id: uuid.UUID, year: int, unit_kind: UnitKind) -> uuid.UUID:
    """The id of version 1 of a year's sheet, known before it is stored."""
    return uuid.uuid5(_SHEET_NAMESPACE, f"{office_id}:{year}:{unit_kind.value}")


def sheet_rows(session: Session, office_id: uuid.UUID, year: int,
               unit_kind: UnitKind) -> list[AssessmentSheet]:
    """The stored versions, oldest first."""
    return list(session.scalars(select(AssessmentSheet).where(
        AssessmentSheet.office_id == office_id, AssessmentSheet.year == year,
        AssessmentSheet.unit_kind == unit_kind).order_by(AssessmentSheet.version)))


def install_sheet(session: Session, office_id: uuid.UUID, year: int,
                  unit_kind: UnitKind) -> AssessmentSheet:
    """The current version, storing the shipped default as version 1 when none is (its
    `created_by` is "": nobody made it)."""
    rows = sheet_rows(session, office_id, year, unit_kind)
    if rows:
        return rows[-1]
    row = AssessmentSheet(id=default_sheet_id(office_id, year, unit_kind),
                          office_id=office_id, year=year, unit_kind=unit_kind, version=1,
                          content=json.dumps(sheet_to_dict(default_sheet(year, unit_kind)),
                                             ensure_ascii=False),
                          note="", created_by="")
    session.add(row)
    session.flush()
    return row


def sheet_of(row: AssessmentSheet) -> IndicatorSheet:
    return sheet_from_dict(json.loads(row.content))


def _sheet_in_use(session: Session, sheet_id: uuid.UUID) -> bool:
    return session.scalar(select(UnitAssessment.id).where(
        UnitAssessment.sheet_id == sheet_id).limit(1)) is not None


def _sheet_info(session: Session, row: AssessmentSheet, current_version: int) -> SheetInfo:
    return SheetInfo(row.id, row.year, row.unit_kind, row.version, sheet_of(row),
                     _sheet_in_use(session, row.id), row.version == current_version,
                     row.created_at, row.created_by)


# ---- automatic figures -----------------------------------------------------------------


def deadlines_in(session: Session) -> Deadlines:
    """The office's case deadlines (the settings CaseService uses)."""
    rows = session.scalars(select(AppSetting).where(AppSetting.key.startswith("office.")))
    office = settings_from({row.key: row.value for row in rows})
    return Deadlines(office.investigation_days, office.proposal_reply_days,
                     office.execution_report_months, office.org_handling_months)


@dataclasses.dataclass(frozen=True)
class _Measured:
    """What the records say for one metric: the count or the shares, and the evidence."""

    summary: Message
    evidence: tuple[EvidenceRow, ...]
    count: int = 0
    shares: tuple[Decimal, ...] | None = None


def _m(text: str, **params: object) -> Message:
    return Message(_CTX, text, params)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class _Records:
    """The records of one unit (and the units under it) for one year, as of `today`."""

    def __init__(self, session: Session, unit_id: uuid.UUID, year: int, today: dt.date,
                 deadlines: Deadlines) -> None:
        self.session, self.unit_id, self.year, self.today = session, unit_id, year, today
        self.deadlines = deadlines
        self.units = subtree(session, unit_id)
        self.start, self.end = dt.date(year, 1, 1), dt.date(year, 12, 31)

    def measure(self, metric: Metric) -> _Measured:
        return {
            Metric.LEDGER_COMPLETENESS: self.ledger,
            Metric.LISTS_SIGNED_ON_TIME: self.lists,
            Metric.CASES_WITHIN_DEADLINE: self.cases,
            Metric.CLUES_VERIFIED: self.clues,
            Metric.TALKS_HELD: self.talks,
            Metric.RECTIFICATIONS: self.rectifications,
        }[metric]()

    def ledger(self) -> _Measured:
        rows = self.session.execute(
            select(TeamMembership.cadre_id, Cadre.name, TeamMembership.start_date,
                   TeamMembership.end_date)
            .join(LeadershipTeam, LeadershipTeam.id == TeamMembership.team_id)
            .join(Cadre, Cadre.id == TeamMembership.cadre_id)
            .where(LeadershipTeam.unit_id == self.unit_id,
                   LeadershipTeam.kind == TeamKind.PARTY_COMMITTEE,
                   TeamMembership.start_date <= self.end,
                   or_(TeamMembership.end_date.is_(None),
                       TeamMembership.end_date >= self.start)))
        names: dict[uuid.UUID, str] = {}
        periods: dict[uuid.UUID, list[tuple[dt.date, dt.date]]] = {}
        for cadre_id, name, start, end in rows:
            names[cadre_id] = name
            periods.setdefault(cadre_id, []).append((start, end or dt.date.max))
        quarters = [(q, *quarter_bounds(self.year, q)) for q in range(1, 5)
                    if quarter_bounds(self.year, q)[0] <= self.today]
        # Per quarter: the members in the team during it, and what each one's ledger lacks.
        member_quarters: dict[uuid.UUID, list[tuple[int, dt.date,
                                                    tuple[LedgerCategory, ...]]]] = {}
        for q, q_start, q_end in quarters:
            present = {cid for cid, spans in periods.items()
                       if any(s <= q_end and e >= q_start for s, e in spans)}
            lacking = missing_must_record(self.session, present, q_start, q_end)
            for cid in present:
                member_quarters.setdefault(cid, []).append((q, q_end, lacking[cid]))
        shares: list[Decimal] = []
        evidence: list[EvidenceRow] = []
        for cid in sorted(member_quarters, key=lambda c: (names[c], str(c))):
            done = member_quarters[cid]
            complete = sum(1 for _, _, missing in done if not missing)
            shares.append(Decimal(complete) / Decimal(len(done)))
            for q, q_end, missing in done:
                text = (_m(QT_TRANSLATE_NOOP(
                    "Assessment", "{name}, quarter {quarter} of {year}: missing {kinds}"),
                    name=names[cid], quarter=q, year=self.year,
                    kinds=[Message(c.context(), c.label) for c in missing]) if missing else
                    _m(QT_TRANSLATE_NOOP(
                        "Assessment", "{name}, quarter {quarter} of {year}: every"
                        " must-record kind"), name=names[cid], quarter=q, year=self.year))
                evidence.append(evidence_row("ledger", cid, q_end, text, bool(missing)))
        if not shares:
            summary = _m(QT_TRANSLATE_NOOP(
                "Assessment", "No member of the unit's Party committee team is on record for"
                " {year}."), year=self.year)
        else:
            average = sum(shares, ZERO) / len(shares)
            summary = _m(QT_TRANSLATE_NOOP(
                "Assessment", "Average over {n} team members: {percent}% of their quarters"
                " have every must-record kind."), n=len(shares),
                percent=format_points(average * 100))
        return _Measured(summary, tuple(evidence), shares=tuple(shares))

    def lists(self) -> _Measured:
        month, day = LIST_SIGN_BY
        due = dt.date(self.year, month, day)
        rows = self.session.execute(
            select(ResponsibilityList.id, ResponsibilityList.number,
                   ResponsibilityList.signed_on, Cadre.name, LeadershipTeam.name)
            .outerjoin(Cadre, Cadre.id == ResponsibilityList.cadre_id)
            .outerjoin(LeadershipTeam, LeadershipTeam.id == ResponsibilityList.team_id)
            .where(ResponsibilityList.year == self.year,
                   ResponsibilityList.unit_id.in_(self.units))
            .order_by(ResponsibilityList.number, ResponsibilityList.id))
        evidence = []
        for list_id, number, signed_on, cadre_name, team_name in rows:
            holder = cadre_name or team_name or ""
            late = (signed_on > due) if signed_on is not None else self.today > due
            text = (_m(QT_TRANSLATE_NOOP("Assessment", "List {number} of {holder}: signed on"
                                         " {date}"), number=number, holder=holder,
                       date=signed_on.isoformat())
                    if signed_on is not None else
                    _m(QT_TRANSLATE_NOOP("Assessment", "List {number} of {holder}: not"
                                         " signed"), number=number, holder=holder))
            evidence.append(evidence_row("list", list_id, signed_on, text, late))
        late_count = sum(1 for e in evidence if e.counts)
        summary = _m(QT_TRANSLATE_NOOP(
            "Assessment", "{n} of {total} lists of {year} were not signed by {date}."),
            n=late_count, total=len(evidence), year=self.year, date=due.isoformat())
        return _Measured(summary, tuple(evidence), count=late_count)

    def cases(self) -> _Measured:
        """Cases of the unit that were past a stage deadline on some day of the year."""
        last_day = min(self.end, self.today)
        finished_before = (select(CaseStageEvent.case_id).group_by(CaseStageEvent.case_id)
                           .having(func.max(CaseStageEvent.happened_on) < self.start))
        cases = self.session.scalars(
            select(AccountabilityCase)
            .where(AccountabilityCase.unit_id.in_(self.units),
                   AccountabilityCase.id.in_(select(CaseStageEvent.case_id).where(
                       CaseStageEvent.happened_on <= self.end)),
                   not_(and_(AccountabilityCase.stage == CaseStage.ARCHIVED,
                             AccountabilityCase.id.in_(finished_before))))
            .options(selectinload(AccountabilityCase.events),
                     selectinload(AccountabilityCase.subjects))
            .order_by(AccountabilityCase.number))
        evidence = []
        for case in cases:
            late = self._late_stage(case, last_day)
            if late is None:
                text = _m(QT_TRANSLATE_NOOP(
                    "Assessment", "Case {number} {title}: every stage deadline met"),
                    number=case.number, title=_short(case.title))
                day = None
            else:
                stage, due, left = late
                day = due
                text = (_m(QT_TRANSLATE_NOOP(
                    "Assessment", "Case {number} {title}: stage \"{stage}\" due {due}, left on"
                    " {left}"), number=case.number, title=_short(case.title),
                    stage=Message(stage.context(), stage.label), due=due.isoformat(),
                    left=left.isoformat()) if left is not None else _m(QT_TRANSLATE_NOOP(
                        "Assessment", "Case {number} {title}: stage \"{stage}\" due {due},"
                        " not finished"), number=case.number, title=_short(case.title),
                        stage=Message(stage.context(), stage.label), due=due.isoformat()))
            evidence.append(evidence_row("case", case.id, day, text, late is not None))
        late_count = sum(1 for e in evidence if e.counts)
        summary = _m(QT_TRANSLATE_NOOP(
            "Assessment", "{n} of {total} cases handled in {year} were past a stage"
            " deadline."), n=late_count, total=len(evidence), year=self.year)
        return _Measured(summary, tuple(evidence), count=late_count)

    def _late_stage(self, case: AccountabilityCase, last_day: dt.date
                    ) -> tuple[CaseStage, dt.date, dt.date | None] | None:
        """The first stage of the case that was past its deadline on a day of the year:
        (stage, due, the day it was left or None while still in it)."""
        events = sorted(case.events, key=lambda e: e.happened_on)  # stable: created order
        measures = _all_measures(case)
        decision: dt.date | None = None
        for index, event in enumerate(events):
            if event.stage is CaseStage.DECIDED:
                decision = event.happened_on
            elif not case_rules.is_decided(event.stage):
                decision = None
            left = events[index + 1].happened_on if index + 1 < len(events) else None
            if left is None and case.stage_due is not None and event.stage is case.stage:
                due: dt.date | None = case.stage_due   # as CaseService shows it
            else:
                due = case_rules.stage_due(event.stage, event.happened_on, decision,
                                           measures, self.deadlines)
            if due is None:
                continue
            first = max(due + dt.timedelta(days=1), self.start)
            last = min(left, last_day) if left is not None else last_day
            if first <= last:
                return event.stage, due, left
        return None

    def clues(self) -> _Measured:
        rows = self.session.execute(
            select(Clue.id, Clue.number, Clue.received_on, Clue.subject_names,
                   Clue.concluded_on)
            .where(Clue.unit_id.in_(self.units),
                   Clue.received_on.between(self.start, self.end))
            .order_by(Clue.received_on, Clue.number))
        evidence = []
        for clue_id, number, received_on, names, concluded_on in rows:
            text = (_m(QT_TRANSLATE_NOOP("Assessment", "Clue {number} ({names}) received {date}:"
                                         " concluded on {concluded}"), number=number,
                       names=_short(names, 30), date=received_on.isoformat(),
                       concluded=concluded_on.isoformat())
                    if concluded_on is not None else
                    _m(QT_TRANSLATE_NOOP("Assessment", "Clue {number} ({names}) received {date}:"
                                         " not concluded"), number=number,
                       names=_short(names, 30), date=received_on.isoformat()))
            evidence.append(evidence_row("clue", clue_id, received_on, text,
                                        concluded_on is None))
        open_count = sum(1 for e in evidence if e.counts)
        summary = _m(QT_TRANSLATE_NOOP(
            "Assessment", "{n} of {total} clues received in {year} are not concluded."),
            n=open_count, total=len(evidence), year=self.year)
        return _Measured(summary, tuple(evidence), count=open_count)

    def talks(self) -> _Measured:
        rows = self.session.execute(
            select(Talk.id, Talk.kind, Talk.held_on, Talk.subject_name, Cadre.name)
            .outerjoin(Cadre, Cadre.id == Talk.cadre_id)
            .where(Talk.unit_id.in_(self.units),
                   Talk.held_on.between(self.start, min(self.end, self.today)))
            .order_by(Talk.held_on, Talk.id))
        evidence = tuple(
            evidence_row("talk", talk_id, held_on, _m(QT_TRANSLATE_NOOP(
                "Assessment", "{kind} with {name}"), kind=Message(kind.context(), kind.label),
                name=subject_name or cadre_name or ""), True)
            for talk_id, kind, held_on, subject_name, cadre_name in rows)
        summary = _m(QT_TRANSLATE_NOOP("Assessment", "{n} talks held in {year}."),
                     n=len(evidence), year=self.year)
        return _Measured(summary, evidence, count=len(evidence))

    def rectifications(self) -> _Measured:
        rows = self.session.execute(
            select(Inspection.id, Inspection.inspected_on, Inspection.kind,
                   Inspection.rectification, Inspection.deadline, Inspection.result_date)
            .where(Inspection.unit_id.in_(self.units),
                   Inspection.inspected_on.between(self.start, self.end),
                   Inspection.deadline.is_not(None))
            .order_by(Inspection.inspected_on, Inspection.id))
        evidence = []
        for inspection_id, on, kind, rectification, deadline, done in rows:
            assert deadline is not None  # the query's
            late = done > deadline if done is not None else deadline < self.today
            what = _short(rectification) or Message(kind.context(), kind.label)
            text = (_m(QT_TRANSLATE_NOOP("Assessment", "Inspection of {date}, {what}: due {due},"
                                         " done {done}"), date=on.isoformat(), what=what,
                       due=deadline.isoformat(), done=done.isoformat())
                    if done is not None else
                    _m(QT_TRANSLATE_NOOP("Assessment", "Inspection of {date}, {what}: due {due},"
                                         " not done"), date=on.isoformat(), what=what,
                       due=deadline.isoformat()))
            evidence.append(evidence_row("inspection", inspection_id, deadline, text, late))
        late_count = sum(1 for e in evidence if e.counts)
        summary = _m(QT_TRANSLATE_NOOP(
            "Assessment", "{n} of {total} rectifications of {year}'s inspections were not done"
            " by their deadline."), n=late_count, total=len(evidence), year=self.year)
        return _Measured(summary, tuple(evidence), count=late_count)


def _given(item: Indicator, measured: _Measured) -> ItemInput:
    if item.rule is RuleKind.TEAM_AVERAGE:
        return ItemInput(shares=measured.shares or ())
    if item.rule is RuleKind.ALL_OR_NOTHING:
        met = (measured.count == 0 if item.metric in SHORTFALL_METRICS
               else measured.count > 0)
        return ItemInput(met=met)
    return ItemInput(count=measured.count)


def compute_automatic(session: Session, sheet: IndicatorSheet, unit_id: uuid.UUID,
                      year: int, today: dt.date,
                      deadlines: Deadlines) -> tuple[AutomaticFigure, ...]:
    """The automatic items of `sheet` for the unit, from its records (each metric once)."""
    records = _Records(session, unit_id, year, today, deadlines)
    measured: dict[Metric, _Measured] = {}
    figures = []
    for item in sheet.indicators:
        if not item.automatic:
            continue
        if item.metric not in measured:
            measured[item.metric] = records.measure(item.metric)
        found = measured[item.metric]
        figures.append(AutomaticFigure(item.code, item.metric, _given(item, found),
                                       found.summary, found.evidence))
    return tuple(figures)


# ---- scoring ---------------------------------------------------------------------------


def score_of(sheet: IndicatorSheet, automatic: Sequence[AutomaticFigure],
             manual: Mapping[str, ManualScore]) -> SheetScore:
    codes = {i.code for i in sheet.indicators}
    inputs: dict[str, ItemInput] = {f.code: f.given for f in automatic if f.code in codes}
    inputs.update({code: m.given for code, m in manual.items() if code in codes})
    return score_sheet(sheet, inputs)


def apply_score(row: UnitAssessment, score: SheetScore) -> None:
    row.total_hundredths = to_hundredths(score.total)
    row.base_hundredths = to_hundredths(score.base)
    row.bonus_hundredths = to_hundredths(score.bonus)
    row.subtotals = subtotals_to_json(score)
    row.vetoed = score.vetoed


def _count(item: Indicator, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= COUNT_MAX:
        raise _error(item.code, QT_TRANSLATE_NOOP(
            "Assessment", "Item {code} is scored by a whole number of occurrences or"
            " shortfalls from 0 to {limit}."), code=item.code, limit=COUNT_MAX)
    return value


def _shares(item: Indicator, values: Iterable[object]) -> tuple[Decimal, ...]:
    out = []
    for value in values:
        try:
            share = Decimal(str(value).strip())
        except (InvalidOperation, ValueError):
            share = Decimal(-1)
        if isinstance(value, bool) or not share.is_finite() or not 0 <= share <= 1:
            raise _error(item.code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code} is scored by each member's share, from 0 to 1."),
                code=item.code)
        out.append(share)
    return tuple(out)


def check_manual_score(item: Indicator, score: ManualScore) -> ManualScore:
    """The assessor's input for a manual item, checked against its rule and cleaned; a
    comment is required wherever points are lost or the unit is vetoed."""
    if item.automatic:
        raise _error(item.code, QT_TRANSLATE_NOOP(
            "Assessment", "Item {code} is computed from the records; it cannot be entered by"
            " hand (refresh the automatic figures instead)."), code=item.code)
    comment = clean_text(score.comment)
    if len(comment) > COMMENT_MAX:
        raise _error(item.code, QT_TRANSLATE_NOOP(
            "Assessment", "The comment on item {code} is longer than {limit} characters."),
            code=item.code, limit=COMMENT_MAX)
    given = score.given
    rule = item.rule
    if rule in (RuleKind.ALL_OR_NOTHING, RuleKind.VETO):
        if given.count is not None or given.shares is not None or not (
                given.met is None or isinstance(given.met, bool)):
            raise _error(item.code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code} is scored as met or not met."), code=item.code)
        given = ItemInput(met=given.met)
    elif rule is RuleKind.TEAM_AVERAGE:
        if given.count is not None or given.met is not None:
            raise _error(item.code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code} is scored by each member's share, from 0 to 1."),
                code=item.code)
        given = ItemInput(shares=None if given.shares is None else _shares(item, given.shares))
    else:
        if given.met is not None or given.shares is not None:
            _count(item, None)
        given = ItemInput(count=None if given.count is None else _count(item, given.count))
    scored = score_item(item, given)
    if not comment:
        if rule is RuleKind.DEDUCTION and scored.deducted > 0:
            raise _error(item.code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code}: {points} points are deducted. Say why in the"
                " comment: a deduction is explained on the score sheet and checked at"
                " review."), code=item.code, points=format_points(scored.deducted))
        if rule is RuleKind.ALL_OR_NOTHING and given.met is False:
            raise _error(item.code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code} is not met, so its {points} points are lost. Say"
                " why in the comment: it is printed on the score sheet and checked at"
                " review."), code=item.code, points=format_points(item.points))
        if rule is RuleKind.VETO and given.met:
            raise _error(item.code, QT_TRANSLATE_NOOP(
                "Assessment", "Item {code} vetoes the unit, which then ranks last whatever"
                " its score. Say why in the comment: it is printed on the score sheet and"
                " checked at review."), code=item.code)
    return ManualScore(given, comment)


def check_manual(sheet: IndicatorSheet,
                 manual: Mapping[str, ManualScore]) -> dict[str, ManualScore]:
    out = {}
    for code, score in manual.items():
        try:
            item = sheet.indicator(code)
        except KeyError:
            raise _error(code, QT_TRANSLATE_NOOP(
                "Assessment", "The sheet has no item {code}."), code=code) from None
        out[code] = check_manual_score(item, score)
    return out


def unscored_items(sheet: IndicatorSheet, manual: Mapping[str, ManualScore]) -> list[str]:
    """Manual items whose input is still missing where "nothing" is no answer: all or
    nothing, per occurrence, team average (deduction, bonus and veto default to none)."""
    needed = {RuleKind.ALL_OR_NOTHING: "met", RuleKind.PER_OCCURRENCE: "count",
              RuleKind.TEAM_AVERAGE: "shares"}
    out = []
    for item in sheet.indicators:
        attr = needed.get(item.rule)
        if item.automatic or attr is None:
            continue
        given = manual.get(item.code)
        if given is None or getattr(given.given, attr) is None:
            out.append(item.code)
    return out


# ---- ranking and talk proposals --------------------------------------------------------


def bottom_n_in(session: Session) -> int:
    row = session.get(AppSetting, BOTTOM_N_SETTING)
    if row is None or not row.value.isdigit():
        return DEFAULT_BOTTOM_N
    return min(int(row.value), BOTTOM_N_MAX)


def locked_results(session: Session, office_id: uuid.UUID, year: int,
                   unit_kind: UnitKind) -> list[tuple[UnitAssessment, str]]:
    return [(row, name) for row, name in session.execute(
        select(UnitAssessment, Unit.name).join(Unit, Unit.id == UnitAssessment.unit_id)
        .where(UnitAssessment.office_id == office_id, UnitAssessment.year == year,
               UnitAssessment.status == AssessmentStatus.LOCKED, Unit.kind == unit_kind))]


def ranking_of(session: Session, office_id: uuid.UUID, year: int,
               unit_kind: UnitKind) -> list[Ranked]:
    """The locked results of the year ranked by the tie rule (domain.assessment.rank);
    each entry's key is the assessment row."""
    entries = []
    for row, name in locked_results(session, office_id, year, unit_kind):
        subtotals = subtotals_from_json(row.subtotals)
        entries.append(RankEntry(row, name, from_hundredths(row.total_hundredths),
                                 row.vetoed, tuple(v for _, v in subtotals)))
    ranked = rank([dataclasses.replace(e, key=e.key.unit_id) for e in entries])
    by_unit = {e.key.unit_id: e for e in entries}
    return [Ranked(by_unit[r.entry.key], r.rank) for r in ranked]


def principal_leader(session: Session, unit_id: uuid.UUID,
                     year: int) -> tuple[uuid.UUID | None, str]:
    """The principal leader of the unit's Party committee team at the end of the year (else
    the last one in the year); (None, "") when none is on record."""
    year_start, year_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    query = (select(TeamMembership.cadre_id, Cadre.name)
             .join(LeadershipTeam, LeadershipTeam.id == TeamMembership.team_id)
             .join(Cadre, Cadre.id == TeamMembership.cadre_id)
             .where(LeadershipTeam.unit_id == unit_id,
                    LeadershipTeam.kind == TeamKind.PARTY_COMMITTEE,
                    TeamMembership.role == TeamRole.PRINCIPAL,
                    TeamMembership.start_date <= year_end,
                    or_(TeamMembership.end_date.is_(None),
                        TeamMembership.end_date >= year_start))
             .order_by(func.coalesce(TeamMembership.end_date, dt.date.max).desc(),
                       TeamMembership.start_date.desc()).limit(1))
    row = session.execute(query).first()
    return (row[0], row[1]) if row is not None else (None, "")


def propose_in(session: Session, office_id: uuid.UUID, year: int, unit_kind: UnitKind,
               bottom_n: int, created_by: str) -> tuple[list[str], list[str], list[str]]:
    """Make the proposals of the bottom of the year's ranking: new ones for units now at
    the bottom, rank and total brought up to date for those kept, and unlinked ones of
    units no longer at the bottom withdrawn. Returns the unit names (added, withdrawn,
    updated)."""
    ranking = ranking_of(session, office_id, year, unit_kind)
    at_bottom = {r.entry.key.unit_id: r for r in bottom(ranking, bottom_n)}
    existing = {p.unit_id: (p, name) for p, name in session.execute(
        select(AssessmentTalkProposal, Unit.name)
        .join(Unit, Unit.id == AssessmentTalkProposal.unit_id)
        .where(AssessmentTalkProposal.office_id == office_id,
               AssessmentTalkProposal.year == year, Unit.kind == unit_kind))}
    added: list[str] = []
    withdrawn: list[str] = []
    updated: list[str] = []
    for unit_id, ranked in at_bottom.items():
        total = ranked.entry.key.total_hundredths
        proposal = existing[unit_id][0] if unit_id in existing else None
        if proposal is None:
            cadre_id, _ = principal_leader(session, unit_id, year)
            session.add(AssessmentTalkProposal(
                office_id=office_id, year=year, unit_id=unit_id, cadre_id=cadre_id,
                rank=ranked.rank, total_hundredths=total, created_by=created_by))
            added.append(ranked.entry.name)
        elif (proposal.rank, proposal.total_hundredths) != (ranked.rank, total):
            proposal.rank, proposal.total_hundredths = ranked.rank, total
            updated.append(ranked.entry.name)
    for unit_id, (proposal, name) in existing.items():
        if unit_id not in at_bottom and proposal.talk_id is None:
            withdrawn.append(name)
            session.delete(proposal)
    session.flush()
    return added, withdrawn, updated


def proposals_in(session: Session, office_id: uuid.UUID, year: int,
                 unit_kind: UnitKind | None = None) -> list[TalkProposal]:
    """The proposed talks of the year (of one kind of unit), by kind and rank."""
    query = (select(AssessmentTalkProposal, Unit.name, Cadre.name)
             .join(Unit, Unit.id == AssessmentTalkProposal.unit_id)
             .outerjoin(Cadre, Cadre.id == AssessmentTalkProposal.cadre_id)
             .where(AssessmentTalkProposal.office_id == office_id,
                    AssessmentTalkProposal.year == year)
             .order_by(Unit.kind, AssessmentTalkProposal.rank, Unit.name))
    if unit_kind is not None:
        query = query.where(Unit.kind == unit_kind)
    return [TalkProposal(p.id, p.year, p.unit_id, unit_name, p.cadre_id, cadre_name or "",
                         p.rank, from_hundredths(p.total_hundredths), p.talk_id, p.created_at)
            for p, unit_name, cadre_name in session.execute(query)]


# ---- the service -----------------------------------------------------------------------


class AssessmentService(ServiceBase):
    # -- sheets

    def sheet(self, year: int, unit_kind: UnitKind) -> SheetInfo:
        """The current version of the year's sheet (the shipped default, unsaved, as
        version 1 when none is stored: reading writes nothing)."""
        self._require(Permission.VIEW_MASTER_DATA, "assessment.sheet")
        check_year(year)
        check_kind(unit_kind)
        with self.db.read() as session:
            rows = sheet_rows(session, self.office_id, year, unit_kind)
            if rows:
                return _sheet_info(session, rows[-1], rows[-1].version)
        return self._unsaved_default(year, unit_kind)

    def sheet_versions(self, year: int, unit_kind: UnitKind) -> list[SheetInfo]:
        """Every stored version, oldest first (the unsaved default when none is)."""
        self._require(Permission.VIEW_MASTER_DATA, "assessment.sheet_versions")
        check_year(year)
        check_kind(unit_kind)
        with self.db.read() as session:
            rows = sheet_rows(session, self.office_id, year, unit_kind)
            if rows:
                return [_sheet_info(session, r, rows[-1].version) for r in rows]
        return [self._unsaved_default(year, unit_kind)]

    def save_sheet(self, year: int, unit_kind: UnitKind, sheet: IndicatorSheet,
                   note: str = "") -> SheetInfo:
        """Store an edited sheet (checked): a new version when the current one has scored a
        unit, else in place of the current one."""
        actor = self._require(Permission.MANAGE_SETTINGS, "assessment.save_sheet")
        check_year(year)
        check_kind(unit_kind)
        sheet = check_sheet(dataclasses.replace(sheet, year=year, unit_kind=unit_kind))
        note = clean_text(note)
        if len(note) > NOTE_MAX:
            raise _error("note", QT_TRANSLATE_NOOP(
                "Assessment", "The note is longer than {limit} characters."), limit=NOTE_MAX)
        content = json.dumps(sheet_to_dict(sheet), ensure_ascii=False)
        with self.db.write() as session:
            rows = sheet_rows(session, self.office_id, year, unit_kind)
            current = rows[-1] if rows else None
            if current is None or _sheet_in_use(session, current.id):
                row = AssessmentSheet(
                    id=(default_sheet_id(self.office_id, year, unit_kind) if current is None
                        else uuid.uuid4()),
                    office_id=self.office_id, year=year, unit_kind=unit_kind,
                    version=1 if current is None else current.version + 1, content=content,
                    note=note, created_by=actor.username)
                session.add(row)
                replaced = False
            else:
                row, replaced = current, True
                before = {"content": json.loads(row.content), "note": row.note}
                row.content, row.note, row.created_by = content, note, actor.username
            session.flush()
            self._audit(session, actor, "assessment.save_sheet", "assessment_sheets", row.id,
                        summary=f"{year} {unit_kind.value} v{row.version}"
                                f"{' (replaced)' if replaced else ''}",
                        before=before if replaced else None,
                        after={"content": sheet_to_dict(sheet), "note": note})
            return _sheet_info(session, row, row.version)

    def _unsaved_default(self, year: int, unit_kind: UnitKind) -> SheetInfo:
        return SheetInfo(default_sheet_id(self.office_id, year, unit_kind), year, unit_kind,
                         1, default_sheet(year, unit_kind), False, True,
                         self.state.clock(), "")

    # -- settings

    def bottom_n(self) -> int:
        """How many units at the bottom of a ranking are proposed for a talk."""
        self._require(Permission.VIEW_MASTER_DATA, "assessment.bottom_n")
        with self.db.read() as session:
            return bottom_n_in(session)

    def set_bottom_n(self, n: int) -> None:
        actor = self._require(Permission.MANAGE_SETTINGS, "assessment.set_bottom_n")
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= BOTTOM_N_MAX:
            raise _error("bottom_n", QT_TRANSLATE_NOOP(
                "Assessment", "Enter a whole number from 0 to {limit}."), limit=BOTTOM_N_MAX)
        with self.db.write() as session:
            before = bottom_n_in(session)
            session.merge(AppSetting(key=BOTTOM_N_SETTING, value=str(n)))
            self._audit(session, actor, "assessment.set_bottom_n", "app_settings", None,
                        before={"bottom_n": before}, after={"bottom_n": n})

    # -- reading

    def units(self, year: int, unit_kind: UnitKind) -> list[AssessmentRow]:
        """Every unit of the kind (those the account sees), scored or not, with its rank
        among the locked results."""
        actor = self._require(Permission.VIEW_RECORDS, "assessment.units")
        check_year(year)
        check_kind(unit_kind)
        with self.db.read() as session:
            units = [(uid, name) for uid, name in session.execute(
                select(Unit.id, Unit.name).where(Unit.kind == unit_kind)
                .order_by(Unit.sort_order, Unit.name)) if actor.sees_unit(uid)]
            found = {a.unit_id: a for a in session.scalars(select(UnitAssessment).where(
                UnitAssessment.office_id == self.office_id, UnitAssessment.year == year,
                UnitAssessment.unit_id.in_([u for u, _ in units])))}
            ranks = {r.entry.key.unit_id: r.rank
                     for r in ranking_of(session, self.office_id, year, unit_kind)}
            out = []
            for uid, name in units:
                a = found.get(uid)
                if a is None:
                    out.append(AssessmentRow(uid, name, unit_kind, None, None, None, False,
                                             None))
                    continue
                out.append(AssessmentRow(
                    uid, name, unit_kind, a.id, a.status, from_hundredths(a.total_hundredths),
                    a.vetoed, ranks.get(uid), a.assessor, a.reviewer, a.locked_at))
            return out

    def automatic(self, year: int, unit_id: uuid.UUID) -> tuple[AutomaticFigure, ...]:
        """The automatic items of the unit's current sheet, from the records as they are
        now, with their evidence."""
        actor = self._require(Permission.VIEW_RECORDS, "assessment.automatic")
        check_year(year)
        self._require_scope(actor, {unit_id}, "assessment.automatic", "units", unit_id)
        today = self._today()
        with self.db.read() as session:
            kind = self._unit_kind(session, unit_id)
            rows = sheet_rows(session, self.office_id, year, kind)
            sheet = sheet_of(rows[-1]) if rows else default_sheet(year, kind)
            return compute_automatic(session, sheet, unit_id, year, today,
                                     deadlines_in(session))

    def get(self, assessment_id: uuid.UUID) -> AssessmentDetail:
        actor = self._require(Permission.VIEW_RECORDS, "assessment.get")
        self._check_scope(actor, assessment_id, "assessment.get")
        with self.db.read() as session:
            return self._detail(session, self._row(session, assessment_id))

    def find(self, year: int, unit_id: uuid.UUID) -> AssessmentDetail | None:
        actor = self._require(Permission.VIEW_RECORDS, "assessment.find")
        self._require_scope(actor, {unit_id}, "assessment.find", "units", unit_id)
        with self.db.read() as session:
            row = session.scalar(select(UnitAssessment).where(
                UnitAssessment.office_id == self.office_id, UnitAssessment.year == year,
                UnitAssessment.unit_id == unit_id))
            return self._detail(session, row) if row is not None else None

    def ranking(self, year: int, unit_kind: UnitKind) -> Ranking:
        """The locked results of the year ranked; the last N (setting) marked."""
        actor = self._require(Permission.VIEW_RECORDS, "assessment.ranking")
        check_year(year)
        check_kind(unit_kind)
        with self.db.read() as session:
            n = bottom_n_in(session)
            ranked = ranking_of(session, self.office_id, year, unit_kind)
            at_bottom = {r.entry.key.unit_id for r in bottom(ranked, n)}
            rows = tuple(
                RankingRow(r.rank, r.entry.key.unit_id, r.entry.name, r.entry.total,
                           r.entry.vetoed, subtotals_from_json(r.entry.key.subtotals),
                           r.entry.key.unit_id in at_bottom)
                for r in ranked if actor.sees_unit(r.entry.key.unit_id))
            scored = {r.entry.key.unit_id for r in ranked}
            not_scored = tuple(name for uid, name in session.execute(
                select(Unit.id, Unit.name).where(Unit.kind == unit_kind)
                .order_by(Unit.sort_order, Unit.name))
                if uid not in scored and actor.sees_unit(uid))
        return Ranking(year, unit_kind, rows, n, not_scored,
                       Message(_CTX, TIE_RULE, {"n": n}))

    def comparison(self, unit_kind: UnitKind,
                   years: Sequence[int]) -> dict[uuid.UUID, dict[int, Decimal]]:
        """Locked totals per unit and year (the year-on-year chart)."""
        actor = self._require(Permission.VIEW_RECORDS, "assessment.comparison")
        check_kind(unit_kind)
        out: dict[uuid.UUID, dict[int, Decimal]] = {}
        with self.db.read() as session:
            for unit_id, year, total in session.execute(
                    select(UnitAssessment.unit_id, UnitAssessment.year,
                           UnitAssessment.total_hundredths)
                    .join(Unit, Unit.id == UnitAssessment.unit_id)
                    .where(UnitAssessment.office_id == self.office_id,
                           UnitAssessment.status == AssessmentStatus.LOCKED,
                           UnitAssessment.year.in_([int(y) for y in years]),
                           Unit.kind == unit_kind)
                    .order_by(UnitAssessment.year)):
                if actor.sees_unit(unit_id):
                    out.setdefault(unit_id, {})[year] = from_hundredths(total)
        return out

    def talk_proposals(self, year: int) -> list[TalkProposal]:
        actor = self._require(Permission.VIEW_RECORDS, "assessment.talk_proposals")
        check_year(year)
        with self.db.read() as session:
            return [p for p in proposals_in(session, self.office_id, year)
                    if actor.sees_unit(p.unit_id)]

    # -- scoring

    def start(self, year: int, unit_id: uuid.UUID) -> uuid.UUID:
        """The unit's scoring of the year as a draft with the current sheet (stored now if
        it was the unsaved default) and the automatic figures; the existing one, whatever
        its status, if there is one."""
        actor = self._require(Permission.EDIT_DRAFTS, "assessment.start")
        check_year(year)
        today = self._today()
        if year > today.year:
            raise _error("year", QT_TRANSLATE_NOOP(
                "Assessment", "The year {year} has not begun; it cannot be assessed yet."),
                year=year)
        self._require_scope(actor, {unit_id}, "assessment.start", "units", unit_id)
        with self.db.write() as session:
            existing = session.scalar(select(UnitAssessment.id).where(
                UnitAssessment.office_id == self.office_id, UnitAssessment.year == year,
                UnitAssessment.unit_id == unit_id))
            if existing is not None:
                return existing
            kind = self._unit_kind(session, unit_id)
            sheet_row = install_sheet(session, self.office_id, year, kind)
            sheet = sheet_of(sheet_row)
            figures = compute_automatic(session, sheet, unit_id, year, today,
                                        deadlines_in(session))
            row = UnitAssessment(
                office_id=self.office_id, year=year, unit_id=unit_id, sheet_id=sheet_row.id,
                status=AssessmentStatus.DRAFT, manual="{}",
                automatic=figures_to_json(figures), assessor=actor.username, reviewer="",
                review_note="")
            apply_score(row, score_of(sheet, figures, {}))
            session.add(row)
            session.flush()
            self._audit(session, actor, "assessment.start", "unit_assessments", row.id,
                        summary=f"{year} {unit_id}",
                        after={"sheet_version": sheet_row.version,
                               "total": format_points(from_hundredths(row.total_hundredths))})
            return row.id

    def save_scores(self, assessment_id: uuid.UUID,
                    manual: Mapping[str, ManualScore]) -> AssessmentDetail:
        """The assessor's inputs of manual items (those given replace the stored ones; an
        empty input without comment removes one). Drafts only."""
        actor = self._require(Permission.EDIT_DRAFTS, "assessment.save_scores")
        self._check_scope(actor, assessment_id, "assessment.save_scores")
        with self.db.write() as session:
            row = self._row(session, assessment_id)
            self._check_status(session, row, AssessmentStatus.DRAFT)
            sheet = sheet_of(self._sheet_row(session, row))
            checked = check_manual(sheet, manual)
            stored = manual_from_json(row.manual)
            before = {"manual": json.loads(row.manual),
                      "total": format_points(from_hundredths(row.total_hundredths))}
            for code, score in checked.items():
                if score.given == ItemInput() and not score.comment:
                    stored.pop(code, None)
                else:
                    stored[code] = score
            row.manual = manual_to_json(stored)
            apply_score(row, score_of(sheet, figures_from_json(row.automatic), stored))
            row.assessor = actor.username
            session.flush()
            self._derive(session, actor, row)
            self._audit(session, actor, "assessment.save_scores", "unit_assessments", row.id,
                        before=before,
                        after={"manual": json.loads(row.manual),
                               "total": format_points(from_hundredths(row.total_hundredths))})
            return self._detail(session, row)

    def refresh_automatic(self, assessment_id: uuid.UUID) -> AssessmentDetail:
        """Compute the automatic figures again from the records (drafts only); a draft
        scored on an older version of the sheet moves to the current one, keeping the
        manual inputs that still fit it."""
        actor = self._require(Permission.EDIT_DRAFTS, "assessment.refresh_automatic")
        self._check_scope(actor, assessment_id, "assessment.refresh_automatic")
        today = self._today()
        with self.db.write() as session:
            row = self._row(session, assessment_id)
            self._check_status(session, row, AssessmentStatus.DRAFT)
            old_sheet = self._sheet_row(session, row)
            current = install_sheet(session, self.office_id, row.year, old_sheet.unit_kind)
            sheet = sheet_of(current)
            manual = manual_from_json(row.manual)
            dropped = []
            if current.id != old_sheet.id:
                kept = {}
                for code, score in manual.items():
                    try:
                        kept[code] = check_manual_score(sheet.indicator(code), score)
                    except (KeyError, ValidationError):
                        dropped.append(code)
                manual = kept
                row.sheet_id = current.id
                row.manual = manual_to_json(manual)
            before = {"total": format_points(from_hundredths(row.total_hundredths)),
                      "sheet_version": old_sheet.version}
            figures = compute_automatic(session, sheet, row.unit_id, row.year, today,
                                        deadlines_in(session))
            row.automatic = figures_to_json(figures)
            apply_score(row, score_of(sheet, figures, manual))
            session.flush()
            self._audit(session, actor, "assessment.refresh_automatic", "unit_assessments",
                        row.id, before=before,
                        after={"total": format_points(from_hundredths(row.total_hundredths)),
                               "sheet_version": current.version,
                               "dropped_manual": dropped})
            return self._detail(session, row)

    def ledger_names(self, assessment_id: uuid.UUID) -> list[str]:
        """Whose ledgers hold an entry made from the scores (what deleting them removes)."""
        actor = self._require(Permission.VIEW_RECORDS, "assessment.ledger_names")
        self._check_scope(actor, assessment_id, "assessment.ledger_names")
        with self.db.read() as session:
            row = self._row(session, assessment_id)
            return derived_names(session, LedgerSource.ASSESSMENT, row.id)

    def delete_draft(self, assessment_id: uuid.UUID) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "assessment.delete_draft")
        self._check_scope(actor, assessment_id, "assessment.delete_draft")
        with self.db.write() as session:
            row = self._row(session, assessment_id)
            self._check_status(session, row, AssessmentStatus.DRAFT)
            remove_derived(session, LedgerSource.ASSESSMENT, row.id)
            self._audit(session, actor, "assessment.delete_draft", "unit_assessments", row.id,
                        summary=f"{row.year} {row.unit_id}",
                        before={"manual": json.loads(row.manual),
                                "total": format_points(from_hundredths(row.total_hundredths))})
            session.delete(row)

    def _derive(self, session: Session, actor: Actor, row: UnitAssessment) -> None:
        """A 检查考核 entry for the assessor and for the reviewer, when their accounts
        name a cadre."""
        unit = session.get(Unit, row.unit_id)
        unit_name = unit.name if unit is not None else ""
        words = self.state.translate  # i18n: marked elsewhere
        matter = words("Derived", ASSESSMENT_MATTER).format(  # i18n: marked elsewhere
            year=row.year, unit=unit_name)
        content = words("Derived", ASSESSMENT_CONTENT).format(  # i18n: marked elsewhere
            total=format_points(from_hundredths(row.total_hundredths)))
        wanted: list[DerivedEntry] = []
        for username, when in ((row.assessor, row.created_at),
                               (row.reviewer, row.reviewed_at)):
            user = session.scalar(select(User).where(User.username == username))
            if user is None or when is None:
                continue
            # The account's cadre, else the cadre its display name names (unique names only).
            cadre_id = user.cadre_id or next(iter(resolve_names(
                session, user.display_name, None, when.date())), None)
            if cadre_id is not None:
                wanted.append(DerivedEntry(cadre_id, when.date(), LedgerCategory.INSPECTION,
                                           matter, unit_name, content=content))
        label = words("Derived", ASSESSMENT_LABEL).format(  # i18n: marked elsewhere
            year=row.year, unit=unit_name)
        sync_derived(session, office_id=self.office_id, entered_by=actor.username,
                     kind=LedgerSource.ASSESSMENT, source_id=row.id, label=label,
                     wanted=wanted)

    # -- review and lock

    def review(self, assessment_id: uuid.UUID, note: str = "") -> AssessmentDetail:
        """Draft → reviewed, by someone other than the one who scored it (four eyes); every
        manual item must be scored."""
        actor = self._require(Permission.REVIEW, "assessment.review")
        self._check_scope(actor, assessment_id, "assessment.review")
        note = clean_text(note)
        if len(note) > NOTE_MAX:
            raise _error("note", QT_TRANSLATE_NOOP(
                "Assessment", "The note is longer than {limit} characters."), limit=NOTE_MAX)
        with self.db.write() as session:
            row = self._row(session, assessment_id)
            self._check_status(session, row, AssessmentStatus.DRAFT)
            if row.assessor == actor.username:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Assessment", "You scored this unit yourself; another reviewer must review"
                    " it (four eyes).")))
            sheet = sheet_of(self._sheet_row(session, row))
            missing = unscored_items(sheet, manual_from_json(row.manual))
            if missing:
                raise _error(missing[0], QT_TRANSLATE_NOOP(
                    "Assessment", "Item {code} is not scored yet; every item is scored before"
                    " the review."), code=missing[0])
            row.status, row.reviewer, row.review_note = (AssessmentStatus.REVIEWED,
                                                         actor.username, note)
            row.reviewed_at = self.state.clock()
            session.flush()
            self._derive(session, actor, row)
            self._audit(session, actor, "assessment.review", "unit_assessments", row.id,
                        after={"status": row.status.value, "note": note,
                               "total": format_points(from_hundredths(row.total_hundredths))})
            return self._detail(session, row)

    def reopen(self, assessment_id: uuid.UUID, reason: str) -> AssessmentDetail:
        """Reviewed → draft again, with the reason (kept as the review note and audited)."""
        actor = self._require(Permission.REVIEW, "assessment.reopen")
        self._check_scope(actor, assessment_id, "assessment.reopen")
        reason = clean_text(reason)
        if not reason:
            raise _error("reason", QT_TRANSLATE_NOOP(
                "Assessment", "Say why the scoring goes back to the assessor; the reason is"
                " kept."))
        if len(reason) > NOTE_MAX:
            raise _error("reason", QT_TRANSLATE_NOOP(
                "Assessment", "The note is longer than {limit} characters."), limit=NOTE_MAX)
        with self.db.write() as session:
            row = self._row(session, assessment_id)
            self._check_status(session, row, AssessmentStatus.REVIEWED)
            before = {"status": row.status.value, "reviewer": row.reviewer}
            row.status, row.reviewer, row.reviewed_at = AssessmentStatus.DRAFT, "", None
            row.review_note = reason
            session.flush()
            self._audit(session, actor, "assessment.reopen", "unit_assessments", row.id,
                        before=before, after={"status": row.status.value, "reason": reason})
            return self._detail(session, row)

    def lock(self, assessment_id: uuid.UUID) -> AssessmentDetail:
        """Reviewed → locked: the figures, inputs and totals never change afterwards."""
        actor = self._require(Permission.REVIEW, "assessment.lock")
        self._check_scope(actor, assessment_id, "assessment.lock")
        with self.db.write() as session:
            row = self._row(session, assessment_id)
            self._check_status(session, row, AssessmentStatus.REVIEWED)
            row.status, row.locked_at = AssessmentStatus.LOCKED, self.state.clock()
            session.flush()
            self._audit(session, actor, "assessment.lock", "unit_assessments", row.id,
                        after={"status": row.status.value,
                               "total": format_points(from_hundredths(row.total_hundredths)),
                               "vetoed": row.vetoed,
                               "subtotals": json.loads(row.subtotals)})
            return self._detail(session, row)

    # -- talks with the last

    def propose_talks(self, year: int, unit_kind: UnitKind) -> list[TalkProposal]:
        """Talks (约谈) with the principal leaders of the units at the bottom of the
        ranking (bottom N, ties at the boundary included). Calling it again changes
        nothing unless the ranking changed: then new units at the bottom are added, and
        proposals of units no longer there are withdrawn unless their talk is recorded."""
        actor = self._require(Permission.EDIT_DRAFTS, "assessment.propose_talks")
        check_year(year)
        check_kind(unit_kind)
        if actor.scope_units is not None:
            self._refuse_out_of_scope(actor, "assessment.propose_talks", "units", None)
        with self.db.write() as session:
            added, withdrawn, updated = propose_in(
                session, self.office_id, year, unit_kind, bottom_n_in(session),
                actor.username)
            if added or withdrawn or updated:
                self._audit(session, actor, "assessment.propose_talks",
                            "assessment_talk_proposals", None,
                            summary=f"{year} {unit_kind.value}",
                            after={"added": added, "withdrawn": withdrawn,
                                   "updated": updated})
            return proposals_in(session, self.office_id, year, unit_kind)

    def link_talk(self, proposal_id: uuid.UUID, talk_id: uuid.UUID) -> None:
        """The talk record of a proposed talk, once held (services.talks.create)."""
        actor = self._require(Permission.EDIT_DRAFTS, "assessment.link_talk")
        with self.db.read() as session:
            proposal = session.get(AssessmentTalkProposal, proposal_id)
            if proposal is None:
                raise not_found(PROPOSAL_NOT_FOUND, proposal_id)
            unit_id = proposal.unit_id
        self._require_scope(actor, {unit_id}, "assessment.link_talk",
                            "assessment_talk_proposals", proposal_id)
        with self.db.write() as session:
            proposal = session.get(AssessmentTalkProposal, proposal_id)
            if proposal is None:
                raise not_found(PROPOSAL_NOT_FOUND, proposal_id)
            if session.get(Talk, talk_id) is None:
                raise not_found(TALK_NOT_FOUND, talk_id)
            before = str(proposal.talk_id or "")
            proposal.talk_id = talk_id
            session.flush()
            self._audit(session, actor, "assessment.link_talk", "assessment_talk_proposals",
                        proposal.id, before={"talk_id": before}, after={"talk_id": str(talk_id)})

    # -- files

    def export_score_sheet(self, assessment_id: uuid.UUID, target: Path, *,
                           translate: Translate = untranslated) -> int:
        """The score sheet of one unit as an A4 PDF (reports.assessment_pdf); its pages. A
        result not yet locked carries the draft mark."""
        from zeren_desktop.reports.assessment_pdf import build_score_sheet

        actor = self._require(Permission.VIEW_RECORDS, "assessment.export_score_sheet")
        detail = self.get(assessment_id)
        fonts, office = self._fonts_and_office()
        pages = write_atomically(Path(target), lambda temp: build_score_sheet(
            temp, detail, fonts, translate=translate, office_name=office))
        self._audit_export(actor, "export.assessment_score_sheet", "unit_assessments",
                           detail.id, f"{detail.year} {detail.unit_name}", Path(target))
        return pages

    def export_ranking_pdf(self, year: int, unit_kind: UnitKind, target: Path, *,
                           translate: Translate = untranslated, chart: bool = True) -> int:
        """The ranking of the year as an A4 PDF, with the bar chart of totals; its pages."""
        from zeren_desktop.reports.assessment_pdf import build_ranking_pdf

        actor = self._require(Permission.VIEW_RECORDS, "assessment.export_ranking_pdf")
        ranking = self.ranking(year, unit_kind)
        fonts, office = self._fonts_and_office()
        pages = write_atomically(Path(target), lambda temp: build_ranking_pdf(
            temp, ranking, fonts, translate=translate, office_name=office, chart=chart))
        self._audit_export(actor, "export.assessment_ranking_pdf", "unit_assessments", None,
                           f"{year} {unit_kind.value}", Path(target))
        return pages

    def export_ranking_xlsx(self, year: int, unit_kind: UnitKind, target: Path, *,
                            translate: Translate = untranslated) -> int:
        """The ranking of the year as an .xlsx workbook; the number of unit rows."""
        from zeren_desktop.reports.assessment_xlsx import write_ranking_xlsx

        actor = self._require(Permission.VIEW_RECORDS, "assessment.export_ranking_xlsx")
        ranking = self.ranking(year, unit_kind)
        rows = write_atomically(Path(target), lambda temp: write_ranking_xlsx(
            temp, ranking, translate=translate))
        self._audit_export(actor, "export.assessment_ranking_xlsx", "unit_assessments", None,
                           f"{year} {unit_kind.value}", Path(target))
        return rows

    def _fonts_and_office(self) -> tuple[DocumentFonts, str]:
        from zeren_desktop.services.documents import document_fonts_for

        settings = SettingsService(self.db, self.office_id, self.state, self.audit)
        return document_fonts_for(settings.office_settings()), settings.office_name()

    def _audit_export(self, actor: Actor, action: str, entity: str,
                      entity_id: uuid.UUID | None, summary: str, target: Path) -> None:
        if self.state.read_only:
            return
        with self.db.write() as session:
            self._audit(session, actor, action, entity, entity_id,
                        summary=f"{summary} to {target.name}"[:200])

    # -- helpers

    def _unit_kind(self, session: Session, unit_id: uuid.UUID) -> UnitKind:
        kind = session.scalar(select(Unit.kind).where(Unit.id == unit_id))
        if kind is None:
            raise not_found(UNIT_NOT_FOUND, unit_id)
        return check_kind(kind, "unit_id")

    def _row(self, session: Session, assessment_id: uuid.UUID) -> UnitAssessment:
        row = session.get(UnitAssessment, assessment_id)
        if row is None or row.office_id != self.office_id:
            raise not_found(ASSESSMENT_NOT_FOUND, assessment_id)
        return row

    def _sheet_row(self, session: Session, row: UnitAssessment) -> AssessmentSheet:
        sheet = session.get(AssessmentSheet, row.sheet_id)
        assert sheet is not None  # a foreign key
        return sheet

    def _check_scope(self, actor: Actor, assessment_id: uuid.UUID, operation: str) -> None:
        if actor.scope_units is None:
            return
        with self.db.read() as session:
            unit_id = session.scalar(select(UnitAssessment.unit_id).where(
                UnitAssessment.id == assessment_id))
        if unit_id is None:
            return  # the operation reports "not found"
        self._require_scope(actor, {unit_id}, operation, "unit_assessments", assessment_id)

    def _check_status(self, session: Session, row: UnitAssessment,
                      needed: AssessmentStatus) -> None:
        if row.status is needed:
            return
        unit = session.scalar(select(Unit.name).where(Unit.id == row.unit_id)) or ""
        if row.status is AssessmentStatus.LOCKED:
            raise ConflictError(Message(_CTX, LOCKED, {"unit": unit, "year": row.year}))
        raise ConflictError(Message(_CTX, WRONG_STATUS, {
            "unit": unit, "year": row.year,
            "status": Message(row.status.context(), row.status.label),
            "needed": Message(needed.context(), needed.label)}))

    def _detail(self, session: Session, row: UnitAssessment) -> AssessmentDetail:
        sheet_row = self._sheet_row(session, row)
        current = session.scalar(select(func.max(AssessmentSheet.version)).where(
            AssessmentSheet.office_id == sheet_row.office_id,
            AssessmentSheet.year == sheet_row.year,
            AssessmentSheet.unit_kind == sheet_row.unit_kind)) or sheet_row.version
        info = _sheet_info(session, sheet_row, current)
        figures = figures_from_json(row.automatic)
        manual = manual_from_json(row.manual)
        unit_name = session.scalar(select(Unit.name).where(Unit.id == row.unit_id)) or ""
        return AssessmentDetail(
            row.id, row.year, row.unit_id, unit_name, info, row.status, figures, manual,
            score_of(info.sheet, figures, manual),
            {code: m.comment for code, m in manual.items() if m.comment},
            row.assessor, row.reviewer, row.review_note, row.created_at, row.updated_at,
            row.locked_at)

