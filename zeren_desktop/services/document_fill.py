"""The values of a document's fields, read from the records (domain.document_templates
lists them per kind). Documents are printed in Chinese whatever the interface language:
fixed words come from resources/documents/terms.toml, names from the records and the
regulations; only a few labels computed by other services (statistics buckets without a
printed term, clearance conclusions) go through `translate`.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.document_codes import (
    chinese_date,
    chinese_duration,
    chinese_month,
    chinese_months,
    chinese_numeral,
    citations,
)
from zeren_desktop.domain.document_templates import (
    PrintedTerms,
    block_kind,
    header_rule,
    table_row,
)
from zeren_desktop.domain.documents import BlockKind, DocumentKind, DocumentStatus
from zeren_desktop.domain.enums import CaseStage, SubjectKind
from zeren_desktop.domain.regulations import Regulation, RegulationSet
from zeren_desktop.domain.text import Translate
from zeren_desktop.services.lists import current_post, holder_name
from zeren_desktop.services.settings import OfficeSettings
from zeren_desktop.storage.models import (
    AccountabilityCase,
    CaseStageEvent,
    CaseSubject,
    Clue,
    Determination,
    Document,
    InfluencePeriodRecord,
    ListTemplate,
    ResponsibilityList,
    Talk,
    Unit,
)

# Measures that change a post: the decision asks for the organisational formalities.
ORGANISATIONAL_MEASURES = frozenset({
    "adjust_post", "ordered_resignation", "dismissal", "demotion",
    "suspension_for_examination", "team_adjustment"})


@dataclass(frozen=True)
class FillContext:
    regs: RegulationSet
    settings: OfficeSettings
    issuer_name: str
    terms: PrintedTerms
    today: dt.date
    translate: Translate
    # CaseService._regulation: which regulation a case is judged by.
    regulation_of: Callable[[Session, AccountabilityCase], Regulation | None]


@dataclass
class Filled:
    """The values, and what the document is linked to."""

    values: dict[str, str]
    unit_id: uuid.UUID | None = None
    case_id: uuid.UUID | None = None
    subject_id: uuid.UUID | None = None
    talk_id: uuid.UUID | None = None
    list_id: uuid.UUID | None = None
    source: dict[str, Any] = field(default_factory=dict)


def common_values(ctx: FillContext) -> dict[str, str]:
    return {"issuer_name": ctx.issuer_name, "issuer_short": ctx.settings.issuer_short}


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in "。！？；：.!?" else text + "。"


def _lines(texts: Iterable[str]) -> str:
    return "\n".join(t for t in texts if t)


def _unit_name(session: Session, unit_id: uuid.UUID | None) -> str:
    unit = session.get(Unit, unit_id) if unit_id is not None else None
    return unit.name if unit is not None else ""


def _measures(subject: CaseSubject) -> list[str]:
    try:
        value = json.loads(subject.measures or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _details(event: CaseStageEvent) -> dict[str, Any]:
    try:
        value = json.loads(event.details or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# ---- accountability cases ---------------------------------------------------------------


def load_case(session: Session, case_id: uuid.UUID) -> AccountabilityCase | None:
    return session.get(AccountabilityCase, case_id, options=[
        selectinload(AccountabilityCase.unit), selectinload(AccountabilityCase.problems),
        selectinload(AccountabilityCase.subjects), selectinload(AccountabilityCase.events)])


class _CaseReader:
    def __init__(self, session: Session, case: AccountabilityCase, ctx: FillContext) -> None:
        self.session, self.case, self.ctx = session, case, ctx
        self.terms = ctx.terms
        self.reg = ctx.regulation_of(session, case)
        det = (session.get(Determination, case.determination_id)
               if case.determination_id is not None else None)
        self.result: dict[str, Any] = json.loads(det.result) if det is not None else {}
        self.case_input: dict[str, Any] = json.loads(det.case_input) if det is not None else {}

    # -- the case

    def problems(self) -> str:
        texts = [p.description.strip().rstrip("。；;") for p in self.case.problems]
        return "；".join(t for t in texts if t)

    def facts(self) -> str:
        for event in reversed(self.case.events):
            if event.stage is CaseStage.INVESTIGATED and not event.reverted:
                facts = str(_details(event).get("facts", "")).strip()
                if facts:
                    return facts
        return _sentence(self.problems())

    def source(self) -> str:
        sources = self.session.scalars(select(Clue.source).where(
            Clue.case_id == self.case.id).order_by(Clue.received_on))
        names = [self.terms.term("clue_source", s.value) for s in dict.fromkeys(sources)]
        return "、".join(n for n in names if n) or self.terms.word("default_source")

    def _key(self, subject: CaseSubject) -> str:
        return f"cadre-{subject.cadre_id}" if subject.cadre_id else f"team-{subject.team_id}"

    def _found(self, subject: CaseSubject | None) -> list[dict[str, Any]]:
        found = [s for s in self.result.get("subjects", []) if isinstance(s, dict)]
        if subject is None:
            return found
        mine = [s for s in found if s.get("id") == self._key(subject)]
        # A determination made for one unnamed subject (the wizard's "a") is the case's.
        return mine or (found if len(found) == 1 else [])

    def _raw(self, subject: CaseSubject | None) -> list[dict[str, Any]]:
        raw = [s for s in self.case_input.get("subjects", []) if isinstance(s, dict)]
        if subject is None:
            return raw
        mine = [s for s in raw if s.get("id") == self._key(subject)]
        return mine or (raw if len(raw) == 1 else [])

    def clauses(self, subject: CaseSubject | None = None) -> str:
        ids = [str(c) for s in self._found(subject) for c in s.get("clauses", [])]
        if not ids:
            ids = [str(c) for s in self._raw(subject) for c in s.get("clauses", [])]
        if not ids and self.reg is not None:
            # No determination names the articles: cite the regulation itself, so that the
            # sentence "违反了……的规定" still reads; the clerk adds the articles in the draft.
            return f"《{self.reg.title}》"
        return citations(self.ctx.regs, ids)

    def grounds(self, subject: CaseSubject | None = None) -> str:
        by_kind: dict[str, list[str]] = {}
        for raw in self._raw(subject):
            for ground in raw.get("grounds", []):
                clause = self.ctx.regs.clause(str(ground))
                if clause is not None:
                    by_kind.setdefault(clause.kind, []).append(clause.id)
        out = []
        for kind in ("mitigating", "aggravating", "exemption"):
            if by_kind.get(kind):
                out.append(self.terms.word(f"grounds_{kind}",
                                           clauses=citations(self.ctx.regs, by_kind[kind])))
        return "".join(out)

    def measure_names(self, subject: CaseSubject) -> str:
        names = []
        for code in _measures(subject):
            rule = self.reg.measures.get(code) if self.reg is not None else None
            names.append(rule.name if rule is not None else code)
        return "、".join(names)

    def case_values(self) -> dict[str, str]:
        case, reg = self.case, self.reg
        return {
            "case_number": case.number, "case_title": case.title,
            "unit_name": case.unit.name if case.unit is not None else "",
            "problems": self.problems(), "facts": self.facts(), "clauses": self.clauses(),
            "grounds": self.grounds(), "regulation_title": reg.title if reg else "",
            "deciding_body": case.deciding_body,
            "decision_date": chinese_date(case.decision_date) if case.decision_date else "",
        }

    # -- a subject

    def post_bracket(self, subject: CaseSubject) -> str:
        return self.terms.word("post_in_brackets", post=subject.post_title) \
            if subject.post_title else ""

    def subject_values(self, subject: CaseSubject) -> dict[str, str]:
        terms, session = self.terms, self.session
        on_then = self.case.conduct_date or self.case.decision_date or self.ctx.today
        unit_then = _unit_name(session, subject.unit_id)
        values = {"subject_name": subject.name, "subject_sex": "", "subject_birth": "",
                  "subject_ethnicity": "", "subject_party_standing": "",
                  "subject_unit_then": unit_then, "subject_post_then": subject.post_title,
                  "subject_unit_now": unit_then, "subject_post_now": subject.post_title,
                  "subject_portfolio": ""}
        if subject.kind is not SubjectKind.CADRE or subject.cadre is None:
            values["subject_particulars"] = _sentence(subject.name)  # a team
            return values
        cadre = subject.cadre
        then = current_post(session, cadre.id, on_then)
        now = current_post(session, cadre.id, self.ctx.today)
        values.update(
            subject_sex=terms.term("sex", cadre.sex.value) if cadre.sex else "",
            subject_birth=chinese_month(cadre.birth_date) if cadre.birth_date else "",
            subject_ethnicity=cadre.ethnicity, subject_party_standing=cadre.party_standing,
            subject_portfolio=(then.portfolio if then is not None else "").strip())
        if now is not None:
            values["subject_unit_now"] = _unit_name(session, now.unit_id)
            values["subject_post_now"] = now.title
        same = (values["subject_unit_now"], values["subject_post_now"]) == (
            unit_then, subject.post_title)
        pieces = [subject.name, values["subject_sex"], values["subject_ethnicity"],
                  terms.word("birth", birth=values["subject_birth"])
                  if values["subject_birth"] else "",
                  values["subject_party_standing"]]
        if same:
            pieces.append(terms.word("post_same", unit=unit_then, post=subject.post_title)
                          if unit_then or subject.post_title else "")
        else:
            pieces.append(terms.word("particulars_then", unit=unit_then,
                                     post=subject.post_title))
            pieces.append(terms.word("particulars_now", unit=values["subject_unit_now"],
                                     post=values["subject_post_now"]))
        if values["subject_portfolio"]:
            pieces.append(terms.word("particulars_portfolio",
                                     portfolio=values["subject_portfolio"].rstrip("。")))
        values["subject_particulars"] = "，".join(p for p in pieces if p) + "。"
        return values

    def statement_result(self, subject: CaseSubject) -> str:
        statement = subject.statement.strip()
        if not statement:
            return ""
        text = self.terms.word("statement_given", name=subject.name,
                               statement=_sentence(statement))
        if subject.statement_accepted is True:
            text += self.terms.word("statement_accepted")
        elif subject.statement_accepted is False:
            text += self.terms.word("statement_rejected")
        return text

    def periods(self, subject: CaseSubject) -> str:
        rows = self.session.scalars(select(InfluencePeriodRecord).where(
            InfluencePeriodRecord.subject_id == subject.id).order_by(
            InfluencePeriodRecord.until.desc()))
        out = []
        for period in rows:
            rule = self.reg.measures.get(period.measure) if self.reg is not None else None
            out.append(self.terms.word(
                "period", measure=rule.name if rule is not None else period.measure,
                months=chinese_months(period.months), start=chinese_date(period.starts_on),
                until=chinese_date(period.until), restriction=period.restriction.rstrip("。")))
        if _measures(subject) and self.case.decision_date is not None:
            out.append(self.terms.word("no_excellent_rating",
                                       year=self.case.decision_date.year))
        return "".join(out)

    def execution(self, subject: CaseSubject, unit_now: str) -> str:
        unit = unit_now or subject.name
        if ORGANISATIONAL_MEASURES & set(_measures(subject)):
            return self.terms.word("execution", unit=unit,
                                   months=self.ctx.settings.org_handling_months,
                                   issuer=self.ctx.issuer_name)
        return self.terms.word("execution_plain", unit=unit, issuer=self.ctx.issuer_name)

    def appeal_values(self) -> dict[str, str]:
        rule = self.reg.appeal if self.reg is not None else None
        window = chinese_duration(rule.submit_within) if rule is not None else "1个月"
        return {"appeal_window": window,
                "appeal_body": self.case.deciding_body or self.ctx.issuer_name}


def fill_case(session: Session, case: AccountabilityCase, kind: DocumentKind,
              subject: CaseSubject | None, ctx: FillContext) -> Filled:
    reader = _CaseReader(session, case, ctx)
    values = common_values(ctx) | reader.case_values()
    terms = ctx.terms
    if kind is DocumentKind.PROPOSAL:
        lines = []
        for s in case.subjects:
            measures = reader.measure_names(s)
            key = "proposed_measure" if measures else "proposed_without_measure"
            lines.append(terms.word(key, name=s.name, post=reader.post_bracket(s),
                                    measures=measures))
        proposed_on = next((e.happened_on for e in case.events
                            if e.stage is CaseStage.PROPOSED and e.from_stage is None),
                           ctx.today)
        due = max(proposed_on, ctx.today) + dt.timedelta(days=ctx.settings.proposal_reply_days)
        values |= {"source": reader.source(), "subjects": "、".join(s.name for s in case.subjects),
                   "proposed_measures": _lines(lines), "reply_deadline": chinese_date(due)}
    elif kind is DocumentKind.NOTICE:
        values |= {"subjects": "、".join(s.name for s in case.subjects),
                   "subjects_measures": _lines(
                       terms.word("subject_measure", name=s.name, post=reader.post_bracket(s),
                                  measures=reader.measure_names(s))
                       for s in case.subjects if _measures(s))}
    elif kind in (DocumentKind.DECISION, DocumentKind.RECEIPT):
        assert subject is not None
        person = reader.subject_values(subject)
        if kind is DocumentKind.DECISION:
            values |= person | reader.appeal_values() | {
                "clauses": reader.clauses(subject) or values["clauses"],
                "grounds": reader.grounds(subject),
                "statement": subject.statement,
                "statement_result": reader.statement_result(subject),
                "measures": reader.measure_names(subject),
                "influence_periods": reader.periods(subject),
                "execution": reader.execution(subject, person["subject_unit_now"])}
        else:
            decision = _decision_document(session, case.id, subject.id)
            values = common_values(ctx) | {
                "case_number": case.number, "deciding_body": case.deciding_body,
                "served_document": decision.title if decision is not None
                else terms.word("decision_document"),
                "served_document_number": decision.number if decision is not None else "",
                "recipient": subject.name,
                "recipient_unit": person["subject_unit_now"] + person["subject_post_now"]}
    return Filled(values, unit_id=case.unit_id, case_id=case.id,
                  subject_id=subject.id if subject is not None else None)


def _decision_document(session: Session, case_id: uuid.UUID,
                       subject_id: uuid.UUID) -> Document | None:
    """The decision served: the signed one in force, else the newest draft."""
    documents = list(session.scalars(select(Document).where(
        Document.case_id == case_id, Document.case_subject_id == subject_id,
        Document.kind == DocumentKind.DECISION).order_by(Document.created_at.desc())))
    signed = [d for d in documents
              if d.status is DocumentStatus.SIGNED and d.superseded_by is None]
    chosen = signed or documents
    return chosen[0] if chosen else None


# ---- talks, lists -----------------------------------------------------------------------


def fill_talk(session: Session, talk: Talk, ctx: FillContext) -> Filled:
    terms = ctx.terms
    post = current_post(session, talk.cadre_id, talk.held_on) if talk.cadre_id else None
    time_text = chinese_date(talk.held_on)
    if talk.start_time:
        time_text = terms.word("talk_time", date=time_text, start=talk.start_time,
                               end=talk.end_time or "") if talk.end_time else \
            time_text + talk.start_time
    follow_up = terms.word("follow_up", date=chinese_date(talk.follow_up_on),
                           note=_sentence(talk.follow_up_note)) \
        if talk.follow_up_on is not None and talk.follow_up_note else ""
    values = common_values(ctx) | {
        "talk_kind": terms.term("talk_kind", talk.kind.value), "basis": talk.basis,
        "approved_by": talk.approved_by,
        "subject_name": talk.subject_name or (talk.cadre.name if talk.cadre else ""),
        "subject_unit": _unit_name(session, talk.unit_id),
        "subject_post": post.title if post is not None else "",
        "talker": talk.talker, "note_taker": talk.note_taker,
        "talk_date": chinese_date(talk.held_on), "talk_time": time_text, "place": talk.place,
        "reason": talk.reason, "content": talk.content, "statement": talk.statement,
        "rectification": talk.rectification,
        "deadline": chinese_date(talk.deadline) if talk.deadline else "",
        "follow_up": follow_up}
    return Filled(values, unit_id=talk.unit_id, talk_id=talk.id, case_id=talk.case_id)


def fill_list(session: Session, lst: ResponsibilityList, ctx: FillContext) -> Filled:
    lines: list[str] = []
    area: str | None = None
    headings = 0
    number = 0
    for item in lst.items:
        if item.area != area:
            area = item.area
            number = 0
            if area.strip():
                headings += 1
                heading = area.strip()
                if block_kind(heading) is not BlockKind.HEADING1:
                    heading = f"{chinese_numeral(headings)}、{heading}"
                lines.append(heading)
        number += 1
        lines.append(f"（{number}）{item.text.strip()}")
    template = session.get(ListTemplate, lst.template_id) if lst.template_id else None
    title = lst.title or (f"{lst.year}年度{template.name}" if template is not None else "")
    values = common_values(ctx) | {
        "list_title": title, "year": str(lst.year), "holder_name": holder_name(lst),
        "holder_title": lst.holder_title, "unit_name": lst.unit.name,
        "portfolio": lst.portfolio, "duty": ctx.terms.term("list_duty", lst.role.value),
        "items": _lines(lines), "issued_on": chinese_date(lst.issued_on)}
    return Filled(values, unit_id=lst.unit_id, list_id=lst.id)


# ---- the statistics report, the clearance reply ---------------------------------------


def _label(terms: PrintedTerms, bucket: st.Bucket | st.ClueFigures,
           translate: Translate) -> str:
    section = {"ProblemCategory": "problem_category", "ClueSource": "clue_source"}.get(
        bucket.context, "")
    printed = terms.term(section, bucket.key) if section else ""
    if not printed and bucket.key.startswith("form"):
        printed = terms.term("form", bucket.key)
    if printed:
        return printed
    return translate(bucket.context, bucket.label) if bucket.context else bucket.label


def _header(terms: PrintedTerms, table: str) -> list[str]:
    header = terms.header(table)
    return [table_row(*header), header_rule(len(header))]


def _percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "—"


def _bucket_table(terms: PrintedTerms, buckets: Sequence[st.Bucket], total: int,
                  translate: Translate) -> str:
    if not buckets:
        return ""
    header = terms.header("statistics")
    rows = [table_row(*header), header_rule(len(header))]
    rows += [table_row(_label(terms, b, translate), b.count, _percent(b.count, total))
             for b in buckets]
    rows.append(table_row(terms.term("tables", "total"), total, _percent(total, total)))
    return _lines(rows)


def fill_statistics(report: st.StatisticsReport, ctx: FillContext) -> Filled:
    terms, tr = ctx.terms, ctx.translate
    units = _header(terms, "units") + [
        table_row(_label(terms, b, tr), b.count, b.persons) for b in report.by_unit]
    clues = _header(terms, "clues") + [
        table_row(_label(terms, c, tr) if c.key != "total" else terms.term("tables", "total"),
                  c.received, c.concluded, c.confirmed,
                  f"{c.rate_percent}%" if c.rate_percent is not None else "—")
        for c in (*report.clues_by_source, report.clues)]
    values = common_values(ctx) | {
        "period": f"{chinese_date(report.start)}至{chinese_date(report.end)}",
        "scope_name": report.unit_name or terms.word("scope_all"),
        "problems": str(report.problems), "persons": str(report.persons),
        "teams": str(report.teams), "cases": str(report.cases),
        "clues_received": str(report.clues.received),
        "clues_concluded": str(report.clues.concluded),
        "category_table": _bucket_table(terms, report.by_category, report.problems, tr),
        "measure_table": _bucket_table(terms, report.by_measure, report.persons, tr),
        "form_table": _bucket_table(terms, report.by_form, report.persons, tr),
        "unit_table": _lines(units) if report.by_unit else "",
        "clue_table": _lines(clues)}
    return Filled(values, unit_id=report.unit_id, source={
        "start": report.start.isoformat(), "end": report.end.isoformat(),
        "unit_id": str(report.unit_id or "")})


@dataclass(frozen=True)
class ClearanceLine:
    name: str
    unit_post: str
    clues_cases: str
    measures: str
    conclusion: str
    matched: bool


def fill_clearance(lines: Sequence[ClearanceLine], on: dt.date, ctx: FillContext,
                   source: dict[str, Any]) -> Filled:
    terms = ctx.terms
    names = [line.name for line in lines]
    if len(names) > 2:
        names_text = terms.word("names_many", first=names[0], n=len(names))
    else:
        names_text = "、".join(names)
    unknown = sum(1 for line in lines if not line.matched)
    rows = _header(terms, "clearance") + [
        table_row(n, line.name, line.unit_post, line.clues_cases.replace("\n", "；"),
                  line.measures.replace("\n", "；"), line.conclusion)
        for n, line in enumerate(lines, start=1)]
    values = common_values(ctx) | {
        "names": names_text, "count": str(len(lines)), "checked_on": chinese_date(on),
        "people_table": _lines(rows),
        "unknown_note": terms.word("unknown_note", n=unknown) if unknown else ""}
    return Filled(values, source=source)
