"""Accountability cases (问责案件): the stage machine, what each stage needs, deadlines.

Pure Python. A case moves one stage at a time through `CASE_STAGES` (提出建议 → 启动调查 →
调查 → 决定 → 宣布送达 → 执行 → 归档); none may be skipped. Going back one or more stages
needs a reason, kept as a reverted stage event. An appeal (申诉) may be filed any time after
the decision; it changes no stage and execution goes on (Hubei art. 20).

Due dates (what the dashboard and the case list colour):

- 提出建议: the reply to the proposal (the start of the investigation) within
  `proposal_reply_days` of the proposal;
- 启动调查: the investigation done within `investigation_days` of its start;
- 调查: none (the decision is the deciding body's);
- 决定 and 宣布送达: execution done within `org_handling_months` of the decision when a
  subject has an organisational adjustment (组织调整, REFERENCE.md §2), else within
  `execution_report_months` (执行情况报告);
- 执行 and 归档: none.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from zeren_desktop.domain.enums import CASE_STAGES, CaseStage, SubjectKind
from zeren_desktop.domain.periods import add_months
from zeren_desktop.domain.records import EARLIEST_DATE, clean_text
from zeren_desktop.domain.regulations import MEASURE_ORDER, AppealRule, Duration
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

_CTX = "Cases"
SHORT_MAX = 200
TEXT_MAX = 10_000
DUE_SOON_DAYS = 7

# Measures whose execution is an organisational adjustment (组织调整或者组织处理), to be
# done within `org_handling_months` of the decision.
ORG_ADJUSTMENT_MEASURES = frozenset({
    "team_adjustment", "adjust_post", "ordered_resignation", "dismissal", "demotion",
    "suspension_for_examination", "org_reorganisation"})
# Measures that call for a written self-examination (书面检查) to be received.
SELF_EXAMINATION_MEASURES = frozenset({"written_examination", "org_examination"})


def stage_index(stage: CaseStage) -> int:
    return CASE_STAGES.index(stage)


def next_stage(stage: CaseStage) -> CaseStage | None:
    index = stage_index(stage)
    return CASE_STAGES[index + 1] if index + 1 < len(CASE_STAGES) else None


def is_decided(stage: CaseStage) -> bool:
    return stage_index(stage) >= stage_index(CaseStage.DECIDED)


def _error(field: str, text: str, **params: object) -> ValidationError:
    return ValidationError(field, Message(_CTX, text, params))


def _required(value: str, field: str, limit: int = SHORT_MAX) -> str:
    value = clean_text(value)
    if not value:
        raise _error(field, QT_TRANSLATE_NOOP("Cases", "This field is required."))
    return _limited(value, field, limit)


def _limited(value: str, field: str, limit: int = TEXT_MAX) -> str:
    value = clean_text(value)
    if len(value) > limit:
        raise _error(field, QT_TRANSLATE_NOOP(
            "Cases", "At most {limit} characters are allowed here ({n} given)."),
            limit=limit, n=len(value))
    return value


def check_date(value: dt.date, field: str, today: dt.date,
               not_before: dt.date | None = None) -> dt.date:
    if value < EARLIEST_DATE or value > today:
        raise _error(field, QT_TRANSLATE_NOOP(
            "Cases", "{date} is not plausible: it must lie between 1900 and today"
            " ({today})."), date=value.isoformat(), today=today.isoformat())
    if not_before is not None and value < not_before:
        raise _error(field, QT_TRANSLATE_NOOP(
            "Cases", "The date {date} cannot come before {earlier}, the date of the previous"
            " step."), date=value.isoformat(), earlier=not_before.isoformat())
    return value


_NAME_SPLIT = re.compile(r"[、，,；;\s]+")


def split_names(text: str) -> tuple[str, ...]:
    """Names typed in one line: separated by 、 ， , ； or spaces."""
    return tuple(part for part in _NAME_SPLIT.split(clean_text(text)) if part)


# --------------------------------------------------------------------------------------
# Stage inputs


@dataclass(frozen=True)
class SubjectStageInput:
    """What a stage records for one subject (by the subject's id)."""

    subject_id: uuid.UUID
    statement: str = ""                      # 调查: 陈述申辩
    statement_accepted: bool | None = None   # 调查: whether it was accepted
    measures: tuple[str, ...] = ()           # 决定: measure codes
    probation_months: int | None = None      # 决定: 留党察看 12 or 24
    adjusted_on: dt.date | None = None       # 执行: 组织调整 done
    self_examination_on: dt.date | None = None  # 执行: written self-examination received


@dataclass(frozen=True)
class StageInput:
    """The data of one step forward. `happened_on` is the stage's date (the decision date
    for 决定, the service date for 宣布送达, ...)."""

    stage: CaseStage
    happened_on: dt.date
    acted_by: str = ""
    approved_by: str = ""        # 启动调查: who approved the start
    team: tuple[str, ...] = ()   # 调查: the investigators, at least two
    facts: str = ""              # 调查: the facts found
    deciding_body: str = ""      # 决定
    subjects: tuple[SubjectStageInput, ...] = ()
    note: str = ""               # anything else; a late 组织调整 needs it

    def subject(self, subject_id: uuid.UUID) -> SubjectStageInput | None:
        return next((s for s in self.subjects if s.subject_id == subject_id), None)

    def details(self) -> dict[str, object]:
        """The stage's own fields, for the event's JSON."""
        out: dict[str, object] = {}
        if self.team:
            out["team"] = list(self.team)
        for key in ("facts", "deciding_body", "note"):
            value = getattr(self, key)
            if value:
                out[key] = value
        return out


@dataclass(frozen=True)
class SubjectState:
    """What the stage checks need to know of a subject already in the case."""

    id: uuid.UUID
    kind: SubjectKind
    name: str
    measures: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseState:
    stage: CaseStage
    last_event_on: dt.date | None
    subjects: tuple[SubjectState, ...]
    decision_date: dt.date | None = None


@dataclass(frozen=True)
class Deadlines:
    """The office's deadlines (services.settings.OfficeSettings carries the same)."""

    investigation_days: int = 30
    proposal_reply_days: int = 30
    execution_report_months: int = 6
    org_handling_months: int = 1


def check_transition(current: CaseStage, target: CaseStage) -> None:
    """Only the next stage: anything else is refused and says which one comes next."""
    following = next_stage(current)
    if target == following:
        return
    if following is None:
        raise _error("stage", QT_TRANSLATE_NOOP(
            "Cases", "The case is archived; it has no further stage."))
    raise _error("stage", QT_TRANSLATE_NOOP(
        "Cases", "A stage cannot be skipped: the case is at \"{current}\", so the next stage"
        " is \"{next}\", not \"{target}\"."),
        current=Message("CaseStage", current.label), next=Message("CaseStage", following.label),
        target=Message("CaseStage", target.label))


def check_stage(state: CaseState, data: StageInput, today: dt.date,
                deadlines: Deadlines = Deadlines(),
                known_measures: Sequence[str] | None = None) -> StageInput:
    """`data` checked against the case and cleaned; ValidationError names the field
    (`subjects[2].measures` for the third subject of the case)."""
    check_transition(state.stage, data.stage)
    check_date(data.happened_on, "happened_on", today, state.last_event_on)
    data = replace(data, acted_by=_limited(data.acted_by, "acted_by", SHORT_MAX),
                   approved_by=_limited(data.approved_by, "approved_by", SHORT_MAX),
                   facts=_limited(data.facts, "facts"),
                   deciding_body=_limited(data.deciding_body, "deciding_body", SHORT_MAX),
                   note=_limited(data.note, "note"),
                   team=tuple(clean_text(n) for n in data.team if clean_text(n)))
    known_ids = {s.id for s in state.subjects}
    for entry in data.subjects:
        if entry.subject_id not in known_ids:
            raise _error("subjects", QT_TRANSLATE_NOOP(
                "Cases", "A subject given is not a subject of this case."))
    stage = data.stage
    if stage is CaseStage.OPENED:
        _required(data.approved_by, "approved_by")
    elif stage is CaseStage.INVESTIGATED:
        return _check_investigation(state, data)
    elif stage is CaseStage.DECIDED:
        return _check_decision(state, data, known_measures)
    elif stage is CaseStage.EXECUTED:
        _check_execution(state, data, deadlines)
    return data


def _check_investigation(state: CaseState, data: StageInput) -> StageInput:
    if len(data.team) < 2:
        raise _error("team", QT_TRANSLATE_NOOP(
            "Cases", "An investigation team has at least two members; name them, separated"
            " by 、 or commas."))
    _required(data.facts, "facts", TEXT_MAX)
    subjects: list[SubjectStageInput] = []
    for index, subject in enumerate(state.subjects):
        entry = data.subject(subject.id) or SubjectStageInput(subject.id)
        if subject.kind is SubjectKind.CADRE:
            statement = _limited(entry.statement, f"subjects[{index}].statement")
            if not statement:
                raise _error(f"subjects[{index}].statement", QT_TRANSLATE_NOOP(
                    "Cases", "Record what {name} said in statement and defence (陈述申辩), or"
                    " that they waived it."), name=subject.name)
            if entry.statement_accepted is None:
                raise _error(f"subjects[{index}].statement_accepted", QT_TRANSLATE_NOOP(
                    "Cases", "Say whether the statement and defence of {name} was accepted."),
                    name=subject.name)
            entry = replace(entry, statement=statement)
        subjects.append(entry)
    return replace(data, subjects=tuple(subjects))


def _check_decision(state: CaseState, data: StageInput,
                    known_measures: Sequence[str] | None) -> StageInput:
    _required(data.deciding_body, "deciding_body")
    subjects: list[SubjectStageInput] = []
    for index, subject in enumerate(state.subjects):
        entry = data.subject(subject.id) or SubjectStageInput(subject.id)
        # Canonical order (light to heavy), unknown codes last: stored and shown alike.
        measures = tuple(sorted(dict.fromkeys(entry.measures),
                                key=lambda c: MEASURE_ORDER.get(c, len(MEASURE_ORDER))))
        if not measures:
            raise _error(f"subjects[{index}].measures", QT_TRANSLATE_NOOP(
                "Cases", "Choose the measures decided for {name}."), name=subject.name)
        if known_measures is not None:
            unknown = [m for m in measures if m not in known_measures]
            if unknown:
                raise _error(f"subjects[{index}].measures", QT_TRANSLATE_NOOP(
                    "Cases", "{code} is not a measure of the regulation that applies."),
                    code=unknown[0])
        if entry.probation_months not in (None, 12, 24):
            raise _error(f"subjects[{index}].probation_months", QT_TRANSLATE_NOOP(
                "Cases", "The probation period (留党察看) is 12 or 24 months."))
        subjects.append(replace(entry, measures=measures))
    return replace(data, subjects=tuple(subjects))


def org_handling_due(decision_date: dt.date, deadlines: Deadlines) -> dt.date:
    return add_months(decision_date, deadlines.org_handling_months)


def _check_execution(state: CaseState, data: StageInput, deadlines: Deadlines) -> None:
    decided = state.decision_date
    assert decided is not None, "a case at 宣布送达 has a decision date"
    late: list[str] = []
    for index, subject in enumerate(state.subjects):
        entry = data.subject(subject.id) or SubjectStageInput(subject.id)
        codes = set(subject.measures)
        if codes & ORG_ADJUSTMENT_MEASURES:
            field = f"subjects[{index}].adjusted_on"
            if entry.adjusted_on is None:
                raise _error(field, QT_TRANSLATE_NOOP(
                    "Cases", "Enter the date the organisational adjustment of {name} was"
                    " done."), name=subject.name)
            check_date(entry.adjusted_on, field, data.happened_on, decided)
            if entry.adjusted_on > org_handling_due(decided, deadlines):
                late.append(subject.name)
        if codes & SELF_EXAMINATION_MEASURES:
            field = f"subjects[{index}].self_examination_on"
            if entry.self_examination_on is None:
                raise _error(field, QT_TRANSLATE_NOOP(
                    "Cases", "Enter the date the written self-examination of {name} was"
                    " received."), name=subject.name)
            check_date(entry.self_examination_on, field, data.happened_on, decided)
    if late and not data.note:
        raise _error("note", QT_TRANSLATE_NOOP(
            "Cases", "The organisational adjustment of {names} was done later than {months}"
            " month(s) after the decision ({due}): say why in the note."),
            names="、".join(late), months=deadlines.org_handling_months,
            due=org_handling_due(decided, deadlines).isoformat())


def check_go_back(current: CaseStage, target: CaseStage, reason: str) -> str:
    """The cleaned reason; refused unless `target` is an earlier stage and a reason given."""
    if stage_index(target) >= stage_index(current):
        raise _error("stage", QT_TRANSLATE_NOOP(
            "Cases", "Going back needs an earlier stage than the current one (\"{current}\")."),
            current=Message("CaseStage", current.label))
    reason = _limited(reason, "reason")
    if not reason:
        raise _error("reason", QT_TRANSLATE_NOOP(
            "Cases", "Say why the case goes back; the reason is kept in its history."))
    return reason


# --------------------------------------------------------------------------------------
# Deadlines


def stage_due(stage: CaseStage, reached_on: dt.date, decision_date: dt.date | None,
              measures: Sequence[str], deadlines: Deadlines) -> dt.date | None:
    """When the case must leave `stage`, reached on `reached_on` (see the module doc)."""
    if stage is CaseStage.PROPOSED:
        return reached_on + dt.timedelta(days=deadlines.proposal_reply_days)
    if stage is CaseStage.OPENED:
        return reached_on + dt.timedelta(days=deadlines.investigation_days)
    if stage in (CaseStage.DECIDED, CaseStage.SERVED) and decision_date is not None:
        if set(measures) & ORG_ADJUSTMENT_MEASURES:
            return add_months(decision_date, deadlines.org_handling_months)
        return add_months(decision_date, deadlines.execution_report_months)
    return None


def due_status(due: dt.date | None, today: dt.date) -> str:
    """"overdue", "due_soon" (today or within DUE_SOON_DAYS) or ""."""
    if due is None:
        return ""
    if due < today:
        return "overdue"
    return "due_soon" if due <= today + dt.timedelta(days=DUE_SOON_DAYS) else ""


# --------------------------------------------------------------------------------------
# Appeals


def add_duration(day: dt.date, duration: Duration) -> dt.date:
    if duration.unit == "days":
        return day + dt.timedelta(days=duration.value)
    return add_months(day, duration.value)


@dataclass(frozen=True)
class AppealTerms:
    window_starts: dt.date
    window_ends: dt.date     # the last day an appeal is within the window
    within_window: bool
    answer_due: dt.date


def appeal_terms(rule: AppealRule, stage: CaseStage, decision_date: dt.date | None,
                 served_on: dt.date | None, filed_on: dt.date) -> AppealTerms:
    """The window counts from service (receipt of the decision), or from the decision while
    it is not yet served; the answer is due `answer_within` after filing. Refused before
    the decision."""
    if not is_decided(stage) or decision_date is None:
        raise _error("filed_on", QT_TRANSLATE_NOOP(
            "Cases", "An appeal can only be filed against a decision; this case has none yet."))
    if filed_on < decision_date:
        raise _error("filed_on", QT_TRANSLATE_NOOP(
            "Cases", "An appeal cannot be filed before the decision ({date})."),
            date=decision_date.isoformat())
    starts = served_on or decision_date
    ends = add_duration(starts, rule.submit_within)
    return AppealTerms(starts, ends, filed_on <= ends, add_duration(filed_on, rule.answer_within))


def case_number(prefix: str, year: int, serial: int) -> str:
    return f"{prefix}{year}-{serial:03d}"


_NUMBER = re.compile(r"^(?P<prefix>\D*)(?P<year>\d{4})-(?P<serial>\d+)$")


def next_case_number(existing: Sequence[str], year: int, prefix: str = "WZ") -> str:
    """The next free number of `year`, e.g. WZ2026-004 after WZ2026-003."""
    highest = 0
    for number in existing:
        match = _NUMBER.match(number)
        if match and match["prefix"] == prefix and int(match["year"]) == year:
            highest = max(highest, int(match["serial"]))
    return case_number(prefix, year, highest + 1)


def number_year(number: str) -> int | None:
    """The year of a number such as WZ2026-003, None for another form."""
    match = _NUMBER.match(number)
    return int(match["year"]) if match else None
