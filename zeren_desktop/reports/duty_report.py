"""述责述廉报告: the year-end duty report draft of a leader, from the records.

`DutyReport` holds what the records say about one leader's year (gathered by
services/periodic_reports.py): the particulars, the responsibility list's items and their
status, the duty ledger counted per must-record kind with a few dated matters, the talks
the leader held and received, the meetings on record the leader attended, the
accountability cases and clues of the unit, the unit's assessment result, and what is
still to fix (kinds never recorded, items not done, overdue rectifications).

`draft_text` words it as a document for the leader to edit: sections 一、二、… (numbered
as they occur), paragraphs and numbered facts, in the body language of the documents
(domain/document_templates.py: `to_blocks` reads it). No table: a table split across pages
can leave the type area, and the leader rewrites prose more easily.
The same text makes the PDF (a GB/T 9704 document in the document fonts, drawn by
reports/official_document.py; several leaders one after another, each from a recto page
and numbered on its own) and the .docx (services/document_docx.py); `duty_sheets` gives the
same facts as rows (leader, section, date, text) for a spreadsheet.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table
from reportlab.platypus.doctemplate import ActionFlowable

from zeren_desktop.domain.assessment import AssessmentStatus, format_points
from zeren_desktop.domain.document_templates import to_blocks
from zeren_desktop.domain.documents import BlockKind, DocumentContent, DocumentKind
from zeren_desktop.domain.enums import (
    ItemStatus,
    LabelledEnum,
    LedgerCategory,
    TalkKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from zeren_desktop.reports import gbt9704 as g
from zeren_desktop.reports.fonts import DocumentFonts
from zeren_desktop.reports.ledger_book import chinese_date, short_date
from zeren_desktop.reports.official_document import _Builder as DocumentBuilder
from zeren_desktop.reports.official_document import draw_line
from zeren_desktop.reports.periodic_common import Sheet

_CTX = "DutyReport"
KINDS: tuple[LedgerCategory, ...] = tuple(LedgerCategory)
NUMERALS = "一二三四五六七八九十"
# A portfolio beginning with one of these says what the leader does: not prefixed with
# "in charge of" (分管) again.
PORTFOLIO_VERBS = ("主持", "负责", "分管", "协助", "协管", "主管", "兼管", "联系", "牵头",
                   "统筹", "领导", "配合", "抓", "具体负责", "in charge", "responsible",
                   "assist")
EXAMPLES_PER_KIND = 2


# --- what the records say --------------------------------------------------------------------


@dataclass(frozen=True)
class DutyListItem:
    number: int
    area: str
    text: str
    status: ItemStatus
    entries: int            # ledger entries of the year that serve it


@dataclass(frozen=True)
class DutyEntry:
    day: dt.date
    category: LedgerCategory
    matter: str


@dataclass(frozen=True)
class DutyTalk:
    day: dt.date
    kind: TalkKind
    person: str             # held: who was talked to; received: who talked
    reason: str


@dataclass(frozen=True)
class DutyMeeting:
    day: dt.date
    kind: LabelledEnum | None
    title: str


@dataclass(frozen=True)
class DutyCase:
    number: str
    title: str
    decided_on: dt.date | None
    measures: str = ""      # the leader's own case: the measures, as named in the rules


@dataclass(frozen=True)
class DutyAssessment:
    status: AssessmentStatus
    total: Decimal
    rank: int | None        # among the locked results of the year's units of its kind
    ranked: int             # how many units are ranked
    unit_kind: UnitKind


@dataclass(frozen=True)
class DutyClues:
    received: int = 0
    concluded: int = 0
    confirmed: int = 0


@dataclass(frozen=True)
class DutyOverdue:
    """Something still to fix: a list item not done, a rectification overdue."""

    kind: str                   # OVERDUE_ITEM, OVERDUE_INSPECTION or OVERDUE_TALK
    what: LabelledEnum          # the item's status, the inspection's or the talk's kind
    text: str                   # the item, or the rectification demanded
    on: dt.date | None = None   # the inspection's or the talk's date
    due: dt.date | None = None
    done: dt.date | None = None     # done, but after the deadline
    number: int = 0             # the item's number in the list


OVERDUE_ITEM, OVERDUE_INSPECTION, OVERDUE_TALK = "item", "inspection", "talk"


@dataclass(frozen=True)
class DutyReport:
    """One leader's year, as `PeriodicReportService.duty_report` returns it."""

    year: int
    cadre_id: uuid.UUID
    name: str
    unit_id: uuid.UUID | None
    unit_name: str
    post_title: str
    portfolio: str
    role: TeamRole | None               # in the unit's Party committee team
    prepared_on: dt.date
    items: tuple[DutyListItem, ...] = ()
    ledger_counts: tuple[int, ...] = (0,) * len(KINDS)
    ledger_examples: tuple[DutyEntry, ...] = ()
    talks_held: tuple[DutyTalk, ...] = ()
    talks_received: tuple[DutyTalk, ...] = ()
    meetings: tuple[DutyMeeting, ...] | None = None     # None: no meeting records kept
    unit_cases: tuple[DutyCase, ...] = ()
    own_cases: tuple[DutyCase, ...] = ()
    unit_problems: int = 0
    unit_persons: int = 0
    clues: DutyClues = field(default_factory=DutyClues)
    assessment: DutyAssessment | None = None
    list_assessment: str = ""           # the year-end result typed on the list
    overdue: tuple[DutyOverdue, ...] = ()

    @property
    def never_recorded(self) -> tuple[LedgerCategory, ...]:
        return tuple(kind for kind, n in zip(KINDS, self.ledger_counts, strict=True) if not n)

    @property
    def entries(self) -> int:
        return sum(self.ledger_counts)


# --- the words -------------------------------------------------------------------------------

T_TITLE = QT_TRANSLATE_NOOP("DutyReport", "{name}: report on duty and integrity in {year}")
T_OPENING = QT_TRANSLATE_NOOP(
    "DutyReport",
    "I am {name}, {post} of {unit}{portfolio}. In {year} I carried out {responsibility} for "
    "Party conduct and integrity. Drafted from the records of the duty ledger, the "
    "responsibility list, the talks, the cases and the assessment as of {date}, this report "
    "states how; the wording is to be completed and corrected by me.")
T_PORTFOLIO = QT_TRANSLATE_NOOP("DutyReport", ", in charge of {portfolio}")
# a portfolio that says itself what the leader does ("主持…全面工作", "负责…", "分管…")
T_PORTFOLIO_AS_IS = QT_TRANSLATE_NOOP("DutyReport", ", {portfolio}")
# …carried out {responsibility} for Party conduct and integrity: the principal leader is
# the first person responsible (第一责任人), the other members carry "one post, two duties"
T_FIRST = QT_TRANSLATE_NOOP("DutyReport", "the duty of the first person responsible")
T_MEMBER = QT_TRANSLATE_NOOP("DutyReport", "the dual responsibility of my post")
T_ANY = QT_TRANSLATE_NOOP("DutyReport", "my responsibility")
T_NO_UNIT = QT_TRANSLATE_NOOP("DutyReport", "(unit not on record)")
T_NO_POST = QT_TRANSLATE_NOOP("DutyReport", "leader")

H_LIST = QT_TRANSLATE_NOOP("DutyReport", "Carrying out the responsibility list")
H_LEDGER = QT_TRANSLATE_NOOP("DutyReport", "The duty ledger (the nine must-record kinds)")
H_TALKS = QT_TRANSLATE_NOOP("DutyReport", "Talks and meetings")
H_TALKS_HELD = QT_TRANSLATE_NOOP("DutyReport", "Talks I held")
H_TALKS_RECEIVED = QT_TRANSLATE_NOOP("DutyReport", "Talks I received")
H_MEETINGS = QT_TRANSLATE_NOOP("DutyReport", "Meetings I attended")
H_CASES = QT_TRANSLATE_NOOP("DutyReport", "Accountability and clues in the unit")
H_ASSESSMENT = QT_TRANSLATE_NOOP("DutyReport", "The assessment result")
H_PROBLEMS = QT_TRANSLATE_NOOP("DutyReport", "Problems and what I will do")
H_PARTICULARS = QT_TRANSLATE_NOOP("DutyReport", "Particulars")

T_LIST_SUMMARY = QT_TRANSLATE_NOOP(
    "DutyReport", "My responsibility list of {year} has {n} items: {done} done, {progress} in"
    " progress, {not_started} not started.")
T_NO_LIST = QT_TRANSLATE_NOOP("DutyReport", "No responsibility list of mine for {year} is on"
                              " record.")
T_ITEM = QT_TRANSLATE_NOOP("DutyReport", "({number}) {text} ({status}; {n} ledger entries serve"
                           " it)")
T_LEDGER_SUMMARY = QT_TRANSLATE_NOOP(
    "DutyReport", "My duty ledger records {n} entries in {year}: {breakdown}.")
T_KIND_COUNT = QT_TRANSLATE_NOOP("DutyReport", "{kind} {n}")
T_SEPARATOR = QT_TRANSLATE_NOOP("DutyReport", "; ")
T_NAMES_SEPARATOR = QT_TRANSLATE_NOOP("DutyReport", ", ")
T_NO_ENTRIES = QT_TRANSLATE_NOOP("DutyReport", "My duty ledger records no entry in {year}.")
T_KIND_LINE = QT_TRANSLATE_NOOP("DutyReport",
                                "({number}) {kind}: {n} entries, such as {examples}.")
T_EXAMPLE = QT_TRANSLATE_NOOP("DutyReport", "{date} {matter}")
T_TALKS_HELD = QT_TRANSLATE_NOOP("DutyReport", "I held {n} talks in {year}.")
T_TALKS_RECEIVED = QT_TRANSLATE_NOOP("DutyReport", "I received {n} talks in {year}.")
T_TALK = QT_TRANSLATE_NOOP("DutyReport", "({number}) {date}, {kind} with {person}: {reason}")
T_TALK_BRIEF = QT_TRANSLATE_NOOP("DutyReport", "({number}) {date}, {kind} with {person}")
T_MEETINGS = QT_TRANSLATE_NOOP("DutyReport", "I attended {n} meetings on record in {year}.")
T_MEETING = QT_TRANSLATE_NOOP("DutyReport", "({number}) {date}, {kind}: {title}")
T_UNIT_FIGURES = QT_TRANSLATE_NOOP(
    "DutyReport",
    "In {year}, {cases} accountability cases of {unit} were decided, with {problems} problems "
    "and {persons} persons held accountable; {received} clues were received, {concluded} "
    "concluded and {confirmed} confirmed or partly confirmed.")
T_CASE = QT_TRANSLATE_NOOP("DutyReport", "({number}) {case_number} {title}, decided on {date}")
T_OWN_NONE = QT_TRANSLATE_NOOP("DutyReport", "I was not held accountable in {year}.")
T_OWN_CASE = QT_TRANSLATE_NOOP(
    "DutyReport", "I was held accountable in case {case_number} {title} ({measures}), decided on"
    " {date}.")
T_ASSESSED_LOCKED = QT_TRANSLATE_NOOP(
    "DutyReport", "In the quantitative assessment of {year}, {unit} scored {total} points and"
    " ranked {rank} of {ranked} ({kind}).")
T_ASSESSED_VETOED = QT_TRANSLATE_NOOP(
    "DutyReport", "In the quantitative assessment of {year}, {unit} scored {total} points; the"
    " one-vote veto applied.")
T_ASSESSED_OPEN = QT_TRANSLATE_NOOP(
    "DutyReport", "The quantitative assessment of {unit} for {year} is not final ({status});"
    " its score so far is {total} points.")
T_NOT_ASSESSED = QT_TRANSLATE_NOOP(
    "DutyReport", "{unit} has not been assessed for {year} yet.")
T_LIST_RESULT = QT_TRANSLATE_NOOP("DutyReport", "Year-end assessment on my list: {result}")
T_NEVER = QT_TRANSLATE_NOOP(
    "DutyReport", "({number}) No entry of these must-record kinds in {year}: {kinds}.")
T_OVERDUE = QT_TRANSLATE_NOOP("DutyReport", "({number}) {text}")
T_ITEM_OPEN = QT_TRANSLATE_NOOP("DutyReport", "List item {n} is {status}: {text}")
T_ITEMS_OPEN = QT_TRANSLATE_NOOP(
    "DutyReport", "({number}) {n} items of my responsibility list are not done yet (items"
    " {numbers}).")
T_INSPECTION_OPEN = QT_TRANSLATE_NOOP(
    "DutyReport", "The rectification demanded by the {kind} of {date} was due on {due} and is"
    " not done: {text}")
T_INSPECTION_LATE = QT_TRANSLATE_NOOP(
    "DutyReport", "The rectification demanded by the {kind} of {date} was due on {due} and done"
    " late on {done}: {text}")
T_TALK_OPEN = QT_TRANSLATE_NOOP(
    "DutyReport", "The rectification after the {kind} of {date} was due on {due} and has no"
    " follow-up on record: {text}")
T_NO_PROBLEMS = QT_TRANSLATE_NOOP(
    "DutyReport", "The records show no open problem; add what they do not show.")
T_NEXT = QT_TRANSLATE_NOOP(
    "DutyReport", "Next, I will (to be completed): remedy the gaps above, keep the ledger "
    "entered as the work happens, and carry out the list of the coming year.")
T_NAME_ROW = QT_TRANSLATE_NOOP("DutyReport", "Name: {value}")
T_UNIT_ROW = QT_TRANSLATE_NOOP("DutyReport", "Unit: {value}")
T_POST_ROW = QT_TRANSLATE_NOOP("DutyReport", "Post: {value}")
T_PORTFOLIO_ROW = QT_TRANSLATE_NOOP("DutyReport", "Portfolio: {value}")
T_ROLE_ROW = QT_TRANSLATE_NOOP("DutyReport", "Role in the team: {value}")
T_SECTION = QT_TRANSLATE_NOOP("DutyReport", "Section")
T_DATE = QT_TRANSLATE_NOOP("DutyReport", "Date")
T_FACT = QT_TRANSLATE_NOOP("DutyReport", "What the records say")
T_LEADER = QT_TRANSLATE_NOOP("DutyReport", "Leader")
T_SHEET = QT_TRANSLATE_NOOP("DutyReport", "Duty report facts")


def duty_title(report: DutyReport, translate: Translate = untranslated) -> str:
    return translate(_CTX, T_TITLE).format(name=report.name, year=report.year)


def portfolio_phrase(portfolio: str, translate: Translate = untranslated) -> str:
    """", in charge of <portfolio>" (，分管…) after the leader's post; the portfolio as it is
    when it begins with what the leader does (主持…, 负责…, 分管…); "" for none."""
    portfolio = " ".join(portfolio.split())
    if not portfolio:
        return ""
    verb = portfolio.casefold().startswith(PORTFOLIO_VERBS)
    return translate(_CTX, T_PORTFOLIO_AS_IS if verb else T_PORTFOLIO).format(
        portfolio=portfolio)


def _label(member: LabelledEnum, translate: Translate) -> str:
    return translate(member.context(), member.label)


def _one_line(text: str) -> str:
    """A record's text as one line of the body language: no line breaks, and never read as
    a table row."""
    text = " ".join(text.split())
    return "｜" + text[1:] if text.startswith("|") else text


@dataclass
class DutyText:
    title: str
    lines: list[str]                    # the body language of domain/document_templates
    facts: list[tuple[str, dt.date | None, str]]    # (section, date, text)
    signer: str
    date: dt.date

    @property
    def body(self) -> str:
        return "\n".join(self.lines)


class _Drafter:
    def __init__(self, report: DutyReport, translate: Translate) -> None:
        self.report, self.translate = report, translate
        self.lines: list[str] = []
        self.facts: list[tuple[str, dt.date | None, str]] = []
        self.sections = 0
        self.section = ""

    def t(self, text: str) -> str:
        return self.translate(_CTX, text)

    def heading(self, text: str) -> None:
        self.section = self.t(text)
        self.lines.append(f"{NUMERALS[self.sections]}、{self.section}")
        self.sections += 1

    def subheading(self, number: int, text: str) -> None:
        self.lines.append(f"（{NUMERALS[number - 1]}）{self.t(text)}")

    def para(self, text: str, *, fact: bool = True, day: dt.date | None = None) -> None:
        self.lines.append(_one_line(text))
        if fact:
            self.facts.append((self.section, day, _one_line(text)))

    def fact(self, day: dt.date | None, text: str) -> None:
        self.facts.append((self.section, day, _one_line(text)))

    def date(self, day: dt.date) -> str:
        return short_date(day, self.report.year)

    # -- the sections

    def opening(self) -> None:
        r, t = self.report, self.t
        responsibility = (t(T_FIRST) if r.role is TeamRole.PRINCIPAL
                          else t(T_MEMBER) if r.role is not None else t(T_ANY))
        portfolio = portfolio_phrase(r.portfolio, self.translate)
        self.section = t(H_PARTICULARS)
        self.para(t(T_OPENING).format(
            name=r.name, post=r.post_title or t(T_NO_POST), unit=r.unit_name or t(T_NO_UNIT),
            portfolio=portfolio, year=r.year, responsibility=responsibility,
            date=chinese_date(r.prepared_on)), fact=False)
        self.fact(None, t(T_NAME_ROW).format(value=r.name))
        if r.unit_name:
            self.fact(None, t(T_UNIT_ROW).format(value=r.unit_name))
        if r.post_title:
            self.fact(None, t(T_POST_ROW).format(value=r.post_title))
        if r.portfolio:
            self.fact(None, t(T_PORTFOLIO_ROW).format(value=r.portfolio))
        if r.role is not None:
            self.fact(None, t(T_ROLE_ROW).format(value=_label(r.role, self.translate)))

    def responsibility_list(self) -> None:
        r, t = self.report, self.t
        self.heading(H_LIST)
        if not r.items:
            self.para(t(T_NO_LIST).format(year=r.year))
            return
        count = {s: sum(1 for i in r.items if i.status is s) for s in ItemStatus}
        self.para(t(T_LIST_SUMMARY).format(
            year=r.year, n=len(r.items), done=count[ItemStatus.DONE],
            progress=count[ItemStatus.IN_PROGRESS], not_started=count[ItemStatus.NOT_STARTED]))
        for item in r.items:
            self.para(t(T_ITEM).format(number=item.number, text=item.text,
                                       status=_label(item.status, self.translate),
                                       n=item.entries))

    def ledger(self) -> None:
        r, t = self.report, self.t
        self.heading(H_LEDGER)
        if not r.entries:
            self.para(t(T_NO_ENTRIES).format(year=r.year))
            return
        breakdown = t(T_SEPARATOR).join(
            t(T_KIND_COUNT).format(kind=_label(kind, self.translate), n=n)
            for kind, n in zip(KINDS, r.ledger_counts, strict=True))
        self.para(t(T_LEDGER_SUMMARY).format(n=r.entries, year=r.year, breakdown=breakdown))
        number = 0
        for kind, n in zip(KINDS, r.ledger_counts, strict=True):
            examples = [e for e in r.ledger_examples if e.category is kind]
            if not n:
                continue
            number += 1
            shown = t(T_SEPARATOR).join(
                t(T_EXAMPLE).format(date=self.date(e.day), matter=e.matter) for e in examples)
            self.para(t(T_KIND_LINE).format(number=number, kind=_label(kind, self.translate),
                                            n=n, examples=shown), fact=False)
            for e in examples:
                self.fact(e.day, f"{_label(kind, self.translate)}：{e.matter}")

    def talks_and_meetings(self) -> None:
        r, t = self.report, self.t
        self.heading(H_TALKS)
        groups: list[tuple[str, str, tuple[DutyTalk, ...]]] = [
            (H_TALKS_HELD, T_TALKS_HELD, r.talks_held),
            (H_TALKS_RECEIVED, T_TALKS_RECEIVED, r.talks_received)]
        for number, (head, summary, talks) in enumerate(groups, start=1):
            self.subheading(number, head)
            self.para(t(summary).format(n=len(talks), year=r.year))
            for index, talk in enumerate(talks, start=1):
                template = T_TALK if talk.reason.strip() else T_TALK_BRIEF
                self.para(t(template).format(
                    number=index, date=self.date(talk.day),
                    kind=_label(talk.kind, self.translate), person=talk.person,
                    reason=talk.reason), fact=False)
                self.fact(talk.day, f"{_label(talk.kind, self.translate)}：{talk.person}"
                          + (f"，{talk.reason}" if talk.reason.strip() else ""))
        if r.meetings is None:
            return
        self.subheading(3, H_MEETINGS)
        self.para(t(T_MEETINGS).format(n=len(r.meetings), year=r.year))
        for index, meeting in enumerate(r.meetings, start=1):
            kind = _label(meeting.kind, self.translate) if meeting.kind is not None else ""
            self.para(t(T_MEETING).format(number=index, date=self.date(meeting.day), kind=kind,
                                          title=meeting.title), fact=False)
            self.fact(meeting.day, f"{kind}：{meeting.title}" if kind else meeting.title)

    def cases(self) -> None:
        r, t = self.report, self.t
        self.heading(H_CASES)
        self.para(t(T_UNIT_FIGURES).format(
            year=r.year, cases=len(r.unit_cases), unit=r.unit_name or t(T_NO_UNIT),
            problems=r.unit_problems, persons=r.unit_persons, received=r.clues.received,
            concluded=r.clues.concluded, confirmed=r.clues.confirmed))
        for index, case in enumerate(r.unit_cases, start=1):
            decided = chinese_date(case.decided_on) if case.decided_on else ""
            self.para(t(T_CASE).format(number=index, case_number=case.number, title=case.title,
                                       date=decided), fact=False)
            self.fact(case.decided_on, f"{case.number} {case.title}")
        if not r.own_cases:
            self.para(t(T_OWN_NONE).format(year=r.year))
        for case in r.own_cases:
            decided = chinese_date(case.decided_on) if case.decided_on else ""
            self.para(t(T_OWN_CASE).format(case_number=case.number, title=case.title,
                                           measures=case.measures, date=decided),
                      day=case.decided_on)

    def assessment(self) -> None:
        r, t = self.report, self.t
        self.heading(H_ASSESSMENT)
        a, unit = r.assessment, r.unit_name or t(T_NO_UNIT)
        if a is None:
            self.para(t(T_NOT_ASSESSED).format(unit=unit, year=r.year))
        elif a.status is AssessmentStatus.LOCKED and a.rank is not None:
            self.para(t(T_ASSESSED_LOCKED).format(
                year=r.year, unit=unit, total=format_points(a.total), rank=a.rank,
                ranked=a.ranked, kind=_label(a.unit_kind, self.translate)))
        elif a.status is AssessmentStatus.LOCKED:
            self.para(t(T_ASSESSED_VETOED).format(year=r.year, unit=unit,
                                                  total=format_points(a.total)))
        else:
            self.para(t(T_ASSESSED_OPEN).format(
                unit=unit, year=r.year, status=_label(a.status, self.translate),
                total=format_points(a.total)))
        if r.list_assessment.strip():
            self.para(t(T_LIST_RESULT).format(result=r.list_assessment))

    def overdue_text(self, o: DutyOverdue) -> str:
        t, what = self.t, _label(o.what, self.translate)
        day = chinese_date(o.on) if o.on else ""
        due = chinese_date(o.due) if o.due else ""
        if o.kind == OVERDUE_ITEM:
            return t(T_ITEM_OPEN).format(n=o.number, status=what, text=o.text)
        if o.kind == OVERDUE_TALK:
            return t(T_TALK_OPEN).format(kind=what, date=day, due=due, text=o.text)
        if o.done is not None:
            return t(T_INSPECTION_LATE).format(kind=what, date=day, due=due,
                                               done=chinese_date(o.done), text=o.text)
        return t(T_INSPECTION_OPEN).format(kind=what, date=day, due=due, text=o.text)

    def problems(self) -> None:
        r, t = self.report, self.t
        self.heading(H_PROBLEMS)
        number = 0
        if r.never_recorded:
            number += 1
            self.para(t(T_NEVER).format(number=number, year=r.year, kinds=t(
                T_NAMES_SEPARATOR).join(_label(k, self.translate) for k in r.never_recorded)))
        items = [o for o in r.overdue if o.kind == OVERDUE_ITEM]
        if items:       # the items are listed in section one: here only their numbers
            number += 1
            self.para(t(T_ITEMS_OPEN).format(number=number, n=len(items), numbers=t(
                T_NAMES_SEPARATOR).join(str(o.number) for o in items)), fact=False)
            for overdue in items:
                self.fact(None, self.overdue_text(overdue))
        for overdue in r.overdue:
            if overdue.kind == OVERDUE_ITEM:
                continue
            number += 1
            text = self.overdue_text(overdue)
            self.para(t(T_OVERDUE).format(number=number, text=text), fact=False)
            self.fact(overdue.due, text)
        if not number:
            self.para(t(T_NO_PROBLEMS))
        self.para(t(T_NEXT), fact=False)


def draft_text(report: DutyReport, translate: Translate = untranslated) -> DutyText:
    """The draft: its title, body lines (document body language) and facts."""
    drafter = _Drafter(report, translate)
    drafter.opening()
    drafter.responsibility_list()
    drafter.ledger()
    drafter.talks_and_meetings()
    drafter.cases()
    drafter.assessment()
    drafter.problems()
    return DutyText(duty_title(report, translate), drafter.lines, drafter.facts, report.name,
                    report.prepared_on)


def document_content(text: DutyText) -> DocumentContent:
    """The draft as a GB/T 9704 document: no issuer mark or number (a report, not a
    公文 of the office), the leader's name and the date at its foot."""
    return DocumentContent(kind=DocumentKind.STATISTICS, title=text.title,
                           blocks=to_blocks(text.body), signer=text.signer, date=text.date)


# --- the PDF -------------------------------------------------------------------------------


class _Start(ActionFlowable):  # type: ignore[misc]
    """Never drawn: runs `action(doc)` when layout reaches it (a report's start or end)."""

    def __init__(self, action: Callable[[Any], None]) -> None:
        super().__init__()
        self._run = action

    def apply(self, doc: Any) -> None:
        self._run(doc)


def build_duty_pdf(target: Path, texts: Sequence[DutyText], fonts: DocumentFonts) -> int:
    """The drafts one after another in one PDF, each from a recto page (a blank verso
    between when needed) and numbered on its own ("— 1 —" as GB/T 9704 places it); the
    number of pages."""
    if not texts:
        raise ValueError("no duty report to print")
    first_page = [1]
    pages = [0]
    blank = [False]
    style = g.STYLES["page_number"]
    chain = fonts.chain(style.role)

    def start(document: Any) -> None:
        first_page[0] = document.page

    def to_recto(document: Any) -> None:
        """End the report; after an odd number of pages add a blank verso, so that the
        next report starts on a recto page (odd, its number on the right)."""
        odd = (document.page - first_page[0] + 1) % 2 == 1
        document.handle_pageBreak()
        if odd:
            blank[0] = True
            document.handle_pageBreak()

    def end(canvas: Any, document: Any) -> None:
        pages[0] += 1
        if blank[0]:
            blank[0] = False
            return
        n = document.page - first_page[0] + 1
        number = g.PAGE_NUMBER_FORMAT.format(n=n)
        x, _side = g.page_number_x(n, chain.width(number) * style.size)
        draw_line(canvas, chain, style.size, x, g.AREA_BOTTOM - g.PAGE_NUMBER_BELOW, number)

    story: list[Any] = []
    for index, text in enumerate(texts):
        if index:
            story.append(_Start(to_recto))
        story.append(_Start(start))
        story += DocumentBuilder(document_content(text), fonts).story()
    body_font = fonts.name(g.STYLES[BlockKind.PARAGRAPH].role)
    for flowable in story:
        # A table whose cells are all flowables still declares Helvetica (not embedded)
        # unless a font is set: the body tables of official_document set none.
        table = getattr(flowable, "table", None)
        if isinstance(table, Table):
            table.setStyle([("FONT", (0, 0), (-1, -1), body_font, g.BODY_SIZE)])
    frame = Frame(g.AREA_LEFT, g.AREA_BOTTOM, g.AREA_WIDTH, g.AREA_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document = BaseDocTemplate(
        str(target), pagesize=(g.PAGE_WIDTH, g.PAGE_HEIGHT), title=texts[0].title,
        author=texts[0].signer if len(texts) == 1 else "", creator="Zeren Desktop",
        invariant=True,
        # else the canvas declares Helvetica, a font that is not embedded
        initialFontName=body_font, initialFontSize=10,
        pageTemplates=[PageTemplate("page", [frame], onPageEnd=end)])
    document.build(story)
    return pages[0]


# --- the workbook -------------------------------------------------------------------------


def duty_sheets(texts: Sequence[DutyText], translate: Translate = untranslated) -> list[Sheet]:
    """One sheet, one row per fact: Leader | Section | Date | What the records say."""
    def t(text: str) -> str:
        return translate(_CTX, text)

    rows: list[list[object]] = [[text.signer, section, day, fact]
                                for text in texts for section, day, fact in text.facts]
    return [Sheet(t(T_SHEET), [t(T_LEADER), t(T_SECTION), t(T_DATE), t(T_FACT)], rows,
                  [10, 24, 12, 90])]
