"""Demo documents (公文/文书): drafts, documents under review and signed ones, made from
the demo cases, talks and lists in the demo's one transaction.

Nobody is signed in while the demo loads, so the documents are made with the building
blocks of services.documents (the same templates, fields, numbering, PDF and hashes as
the Documents page) instead of its permission-checked methods; the demo accounts are
named as the people who drafted (clerk), reviewed (reviewer) and signed (leader). Each
signing appends the audit record "document.sign" the service appends: `check_signed`
and `verify` compare the stored hash with it.

Same seed, same documents: which records they are made from and their dates come from
`rng`, and they are signed in the order of their dates, so the numbers of a prefix, kind
and year run from 1 without gaps in date order. Only the ids and the verification codes
(random by design) differ between loads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.documents import DocumentKind, DocumentStatus
from zeren_desktop.domain.enums import CaseStage
from zeren_desktop.domain.regulations import RegulationSet
from zeren_desktop.domain.text import untranslated
from zeren_desktop.services.app import Services
from zeren_desktop.services.document_fill import (
    FillContext,
    Filled,
    fill_case,
    fill_list,
    fill_statistics,
    fill_talk,
    load_case,
)
from zeren_desktop.services.documents import (
    apply_transition,
    document_fonts_for,
    fill_context,
    new_draft,
    new_version,
    office_settings_in,
    sign_document,
)
from zeren_desktop.services.statistics import _Scope, definitions
from zeren_desktop.storage.models import (
    AccountabilityCase,
    CaseSubject,
    Document,
    Office,
    ResponsibilityList,
    Talk,
    User,
)

if TYPE_CHECKING:
    from zeren_desktop.reports.fonts import DocumentFonts

# Who drafts, reviews and signs: demo accounts (services.demo.DEMO_ACCOUNTS).
DRAFTER, REVIEWER, SIGNER = "clerk", "reviewer", "leader"
DECIDED_AND_SERVED = frozenset({CaseStage.SERVED, CaseStage.EXECUTED, CaseStage.ARCHIVED})
RETURN_REASON = "谈话内容记录过简，请补充谈话要点和被谈话人的表态后重新提交。"
# Signed on the same day: a decision before the receipt of its service, and so on.
_KIND_ORDER = {kind: n for n, kind in enumerate((
    DocumentKind.PROPOSAL, DocumentKind.DECISION, DocumentKind.RECEIPT,
    DocumentKind.NOTICE, DocumentKind.TALK_RECORD, DocumentKind.LIST,
    DocumentKind.STATISTICS))}


@dataclass(frozen=True)
class DemoDocumentsResult:
    documents: int
    signed: int


@dataclass
class _Plan:
    """One document: what it is made from, when, and how far it has gone."""

    kind: DocumentKind
    fill: Callable[[FillContext], Filled]
    made_on: dt.date
    status: DocumentStatus
    done_on: dt.date          # submitted, approved, returned or signed on
    returned: str = ""        # a draft sent back with this reason
    supersedes: _Plan | None = None  # a new version of that plan's (signed) document
    document: Document | None = None  # once made


class _DocumentMaker:
    def __init__(self, session: Session, services: Services, rng: random.Random,
                 until: dt.date, regulations: RegulationSet,
                 fonts: DocumentFonts | None) -> None:
        self.session, self.services, self.rng, self.until = session, services, rng, until
        self.regulations = regulations
        settings = office_settings_in(session)
        office = session.get(Office, services.office_id)
        cases = services.cases
        self.settings = settings
        self.context = fill_context(
            settings, office.name if office is not None else "", regulations, until,
            untranslated, lambda s, case: cases._regulation(s, case, regulations))
        self.fonts = fonts or document_fonts_for(settings)
        self.users = {u.username: u for u in session.scalars(
            select(User).where(User.username.in_((DRAFTER, REVIEWER, SIGNER))))}
        self.plans: list[_Plan] = []
        self.made = 0
        self.signed = 0

    def _stamp(self, day: dt.date, hour: int) -> dt.datetime:
        """A time in office hours of `day` (stored in UTC: 01:00 UTC is 09:00 in China)."""
        return dt.datetime.combine(day, dt.time(hour, self.rng.randrange(60)))

    def _name(self, username: str) -> str:
        user = self.users.get(username)
        return user.display_name if user is not None else username

    # -- what to make

    def _cases(self) -> list[AccountabilityCase]:
        ids = self.session.scalars(select(AccountabilityCase.id).order_by(
            AccountabilityCase.number))
        return [c for c in (load_case(self.session, i) for i in ids) if c is not None]

    @staticmethod
    def _event_day(case: AccountabilityCase, stage: CaseStage) -> dt.date | None:
        days = [e.happened_on for e in case.events if e.stage is stage and not e.reverted]
        return max(days) if days else None

    def _case_plan(self, case: AccountabilityCase, kind: DocumentKind,
                   subject: CaseSubject | None, made_on: dt.date, status: DocumentStatus,
                   done_on: dt.date) -> _Plan:
        session = self.session
        plan = _Plan(kind, lambda ctx: fill_case(session, case, kind, subject, ctx),
                     min(made_on, self.until), status, min(max(done_on, made_on), self.until))
        self.plans.append(plan)
        return plan

    def plan_cases(self, home_unit: uuid.UUID | None) -> None:
        rng = self.rng
        cases = self._cases()
        decided = [c for c in cases if c.decision_date is not None]
        served = [c for c in decided if c.stage in DECIDED_AND_SERVED]
        pending = [c for c in decided if c.stage is CaseStage.DECIDED]
        # Decisions (one per subject): signed where served, under review where just decided
        # (the newest). Cases of one or two subjects: each signed one costs a PDF.
        few = [c for c in served if len(c.subjects) <= 2] or served
        chosen = rng.sample(few, min(4, len(few)))
        home = [c for c in few if c.unit_id == home_unit]
        if home and chosen and not any(c.unit_id == home_unit for c in chosen):
            chosen[-1] = rng.choice(home)  # the demo clerk's township has one too
        rest = [c for c in decided if c not in chosen]
        waiting = sorted(pending, key=lambda c: (c.decision_date, c.number))[-2:]
        waiting += rng.sample([c for c in rest if c not in waiting], 2 - len(waiting))
        signed_decisions: list[_Plan] = []
        # The newer waits for review, the older for the signature.
        for case, status in [(c, DocumentStatus.SIGNED) for c in chosen] + list(zip(
                waiting, (DocumentStatus.APPROVED, DocumentStatus.SUBMITTED), strict=True)):
            assert case.decision_date is not None
            made = case.decision_date - dt.timedelta(days=rng.randint(1, 4))
            done = (case.decision_date if status is DocumentStatus.SIGNED
                    else min(case.decision_date + dt.timedelta(days=rng.randint(0, 3)),
                             self.until))
            for subject in case.subjects:
                plan = self._case_plan(case, DocumentKind.DECISION, subject, made, status, done)
                if status is DocumentStatus.SIGNED:
                    signed_decisions.append(plan)
        if signed_decisions:
            # A correction: the earliest signed decision is superseded by a version 2.
            first = min(signed_decisions, key=lambda p: p.done_on)
            again = min(first.done_on + dt.timedelta(days=rng.randint(3, 10)), self.until)
            self.plans.append(_Plan(first.kind, first.fill, again, DocumentStatus.SIGNED,
                                    again, supersedes=first))
        # Receipts of service (送达回证), signed on the day the decision was served.
        pairs = [(c, s) for c in chosen for s in c.subjects
                 if self._event_day(c, CaseStage.SERVED) is not None]
        for case, subject in rng.sample(pairs, min(2, len(pairs))):
            day = self._event_day(case, CaseStage.SERVED)
            assert day is not None
            self._case_plan(case, DocumentKind.RECEIPT, subject, day, DocumentStatus.SIGNED,
                            day)
        # Proposals (问责建议书): a draft for a case just proposed, the others signed.
        early = [c for c in cases if c.stage in (CaseStage.PROPOSED, CaseStage.OPENED)]
        for n, case in enumerate(rng.sample(early, min(1, len(early)))
                                 + rng.sample(decided, rng.randint(1, 2))):
            proposed = self._event_day(case, CaseStage.PROPOSED) or case.created_at.date()
            signed = n > 0 or not early
            self._case_plan(case, DocumentKind.PROPOSAL, None, proposed,
                            DocumentStatus.SIGNED if signed else DocumentStatus.DRAFT,
                            proposed + dt.timedelta(days=rng.randint(0, 2) if signed else 0))
        # A circulated notice (通报) of a typical case.
        circulated = [c for c in decided if c.circulate]
        if circulated:
            case = rng.choice(circulated)
            assert case.decision_date is not None
            issued = case.circulated_on or min(
                case.decision_date + dt.timedelta(days=rng.randint(5, 15)), self.until)
            self._case_plan(case, DocumentKind.NOTICE, None,
                            issued - dt.timedelta(days=rng.randint(1, 3)),
                            DocumentStatus.SIGNED, issued)

    def plan_talks(self) -> None:
        rng, session = self.rng, self.session
        talks = list(session.scalars(select(Talk).where(Talk.held_on <= self.until).order_by(
            Talk.held_on, Talk.subject_name, Talk.kind, Talk.start_time, Talk.place)))
        if not talks:
            return
        recent = talks[-20:]
        draft = rng.choice(recent[-10:])
        returned = rng.choice([t for t in recent if t is not draft] or [draft])
        of_cases = [t for t in talks if t.case_id is not None and t not in (draft, returned)]
        signed = rng.choice(of_cases or [t for t in talks if t not in (draft, returned)]
                            or talks)
        for talk, status, reason, after in (
                (signed, DocumentStatus.SIGNED, "", rng.randint(0, 1)),
                (returned, DocumentStatus.DRAFT, RETURN_REASON, rng.randint(1, 3)),
                (draft, DocumentStatus.DRAFT, "", 0)):
            self.plans.append(_Plan(
                DocumentKind.TALK_RECORD, functools.partial(fill_talk, session, talk),
                talk.held_on, status, min(talk.held_on + dt.timedelta(days=after), self.until),
                returned=reason))

    def plan_list(self, home_unit: uuid.UUID | None) -> None:
        session = self.session
        year = session.scalar(select(ResponsibilityList.year).where(
            ResponsibilityList.issued_on <= self.until).order_by(
            ResponsibilityList.year.desc()).limit(1))
        if year is None:
            return
        lists = list(session.scalars(select(ResponsibilityList).where(
            ResponsibilityList.year == year, ResponsibilityList.issued_on <= self.until)
            .order_by(ResponsibilityList.number)))
        mine = [lst for lst in lists if lst.unit_id == home_unit] or lists
        lst = self.rng.choice(mine[:10])
        made = min(lst.issued_on + dt.timedelta(days=self.rng.randint(1, 20)), self.until)
        self.plans.append(_Plan(DocumentKind.LIST, lambda ctx: fill_list(session, lst, ctx),
                                made, DocumentStatus.DRAFT, made))

    def plan_statistics(self) -> None:
        """The report of the last full quarter before `until`, signed some days after."""
        first_month = (self.until.month - 1) // 3 * 3 + 1
        end = dt.date(self.until.year, first_month, 1) - dt.timedelta(days=1)
        start = dt.date(end.year, end.month - 2, 1)
        made = min(end + dt.timedelta(days=self.rng.randint(3, 8)), self.until)
        signed = min(made + dt.timedelta(days=self.rng.randint(1, 4)), self.until)
        session, regulations = self.session, self.regulations
        statistics = self.services.statistics

        def fill(ctx: FillContext) -> Filled:
            report = statistics._report(session, _Scope(start, end, None, None), None,
                                        st.MeasureRanking.of(regulations), definitions())
            return fill_statistics(report, ctx)

        self.plans.append(_Plan(DocumentKind.STATISTICS, fill, made, DocumentStatus.SIGNED,
                                signed))

    # -- making them

    def make(self) -> None:
        """Every plan in the order of its last day, so that numbers follow the dates."""
        order = sorted(range(len(self.plans)), key=lambda i: (
            self.plans[i].done_on, _KIND_ORDER[self.plans[i].kind], i))
        for index in order:
            plan = self.plans[index]
            old = plan.supersedes.document if plan.supersedes is not None else None
            if old is not None:
                doc = new_version(self.session, old, DRAFTER)
            else:
                filled = plan.fill(dataclasses.replace(self.context, today=plan.made_on))
                doc = new_draft(self.session, self.services.office_id, plan.kind, filled,
                                DRAFTER)
            self._advance(doc, plan.made_on, plan.status, plan.done_on, plan.returned)
            plan.document = doc
            if old is not None:
                old.updated_at = doc.updated_at  # marked superseded when this was signed
                self.session.flush()

    def _advance(self, doc: Document, made_on: dt.date, status: DocumentStatus,
                 done_on: dt.date, returned: str = "") -> None:
        """Through the sign-off to `status`, as the demo accounts would have taken it."""
        created = last = self._stamp(made_on, 1)
        if status is not DocumentStatus.DRAFT or returned:
            last = self._stamp(made_on if status is not DocumentStatus.SUBMITTED else done_on,
                               2)
            apply_transition(doc, DocumentStatus.SUBMITTED, DRAFTER, last)
        if returned:
            last = self._stamp(done_on, 3)
            apply_transition(doc, DocumentStatus.DRAFT, REVIEWER, last, returned)
        if status in (DocumentStatus.APPROVED, DocumentStatus.SIGNED):
            last = self._stamp(done_on, 3)
            apply_transition(doc, DocumentStatus.APPROVED, REVIEWER, last)
        if status is DocumentStatus.SIGNED:
            last = self._stamp(done_on, 6)
            summary, after = sign_document(
                self.session, doc, done_on, self.settings, self.fonts, username=SIGNER,
                display_name=self._name(SIGNER), signed_at=last)
            signer = self.users.get(SIGNER)
            self.services.audit.append(
                self.session, user_id=signer.id if signer is not None else None,
                username=SIGNER, action="document.sign", entity="documents",
                entity_id=doc.id, summary=summary, after=after)
            self.signed += 1
        doc.created_at, doc.updated_at = created, last
        self.session.flush()
        self.made += 1


def add_demo_documents(session: Session, services: Services, rng: random.Random,
                       until: dt.date, regulations: RegulationSet, *,
                       home_unit: uuid.UUID | None = None,
                       fonts: DocumentFonts | None = None) -> DemoDocumentsResult:
    """Documents of every kind made from records and in every status, for the demo cases,
    talks and lists in `session` (with the demo accounts and the office settings); some
    are made for `home_unit` (the demo clerk's township) where it has records. `fonts`:
    those of the office settings (DocumentService._fonts), if already loaded."""
    session.flush()
    maker = _DocumentMaker(session, services, rng, until, regulations, fonts)
    maker.plan_cases(home_unit)
    maker.plan_talks()
    maker.plan_list(home_unit)
    maker.plan_statistics()
    maker.make()
    return DemoDocumentsResult(maker.made, maker.signed)
