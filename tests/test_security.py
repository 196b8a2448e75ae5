"""Accounts, roles and the audit trail: RELIABILITY.md T12–T17."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.conftest import TEST_ACCOUNTS, TEST_PASSWORD, copy_database
from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.assessment import ItemInput
from zeren_desktop.domain.cases import StageInput, SubjectStageInput
from zeren_desktop.domain.document_templates import DocumentParts
from zeren_desktop.domain.documents import DocumentKind
from zeren_desktop.domain.enums import (
    AppealOutcome,
    CaseStage,
    ClueSource,
    InspectionKind,
    ItemStatus,
    LedgerCategory,
    ListRole,
    MeetingKind,
    ProblemCategory,
    Rank,
    SubjectKind,
    TalkKind,
    TeamKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.ledger import (
    InspectionInput,
    IssueRequest,
    ItemStatusInput,
    LedgerEntryInput,
    SignatureInput,
    TemplateInput,
    TemplateItemInput,
    YearEndInput,
)
from zeren_desktop.domain.meetings import MeetingInput
from zeren_desktop.domain.records import (
    CadreInput,
    MembershipInput,
    PostInput,
    TeamInput,
    UnitInput,
)
from zeren_desktop.domain.security import ROLE_PERMISSIONS, AccountRole, Permission
from zeren_desktop.domain.text import ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.assessment_dto import ManualScore
from zeren_desktop.services.audit_log import AuditFilter
from zeren_desktop.services.auth import SignInError, UserInput
from zeren_desktop.services.cases_dto import (
    AppealAnswer,
    AppealInput,
    CaseInput,
    ProblemInput,
    SubjectInput,
)
from zeren_desktop.services.clue_dto import ClueFilter, ClueInput
from zeren_desktop.services.documents_dto import DraftEdit
from zeren_desktop.services.integrity import ClearanceRequest
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.services.settings import OfficeSettings
from zeren_desktop.services.talks_dto import TalkInput
from zeren_desktop.storage.models import AuditRecord, User

# The role table, written out as the specification: who may call what.
EDITORS = {"clerk", "reviewer"}
VIEWERS = {"clerk", "reviewer", "leader", "admin"}
READERS = {"clerk", "reviewer", "leader"}  # case content: not the administrator
EXPECTED: dict[str, set[str]] = {
    "units.list_all": VIEWERS, "units.get": VIEWERS, "units.search": VIEWERS,
    "units.create": EDITORS, "units.update": EDITORS, "units.delete": EDITORS,
    "cadres.search": VIEWERS, "cadres.count": VIEWERS, "cadres.get": VIEWERS,
    "cadres.create": EDITORS, "cadres.update": EDITORS, "cadres.delete": EDITORS,
    "units.import_preview": EDITORS, "units.import_file": EDITORS,
    "cadres.import_preview": EDITORS, "cadres.import_file": EDITORS,
    "teams.for_unit": VIEWERS, "teams.create": EDITORS, "teams.add_member": EDITORS,
    "auth.list_users": {"admin"}, "auth.create_user": {"admin"},
    "auth.update_user": {"admin"}, "auth.reset_password": {"admin"},
    "auth.unlock": {"admin"}, "settings.rename_office": {"admin"},
    "audit_log.list": {"auditor"}, "audit_log.count": {"auditor"},
    "audit_log.export_csv": {"auditor"},
    "regulations.summaries": VIEWERS,
    "regulations.assess": {"clerk", "reviewer", "leader"},
    "regulations.save_determination": EDITORS,
    "regulations.determinations": {"clerk", "reviewer", "leader"},
    "regulations.set_override": {"admin"},
    "regulations.overrides": {"admin"},
    "reports.cadre_roster": VIEWERS,
    "settings.set_office_settings": {"admin"},
    "settings.save_settings": {"admin"},
    "regulations.regulations": VIEWERS,
    "regulations.determination": {"clerk", "reviewer", "leader"},
    # responsibility lists, the duty ledger, inspections, their printing
    "lists.templates": VIEWERS, "lists.template": VIEWERS,
    "lists.create_template": {"admin"}, "lists.update_template": {"admin"},
    "lists.set_template_active": {"admin"},
    "lists.search": READERS, "lists.get": READERS,
    "lists.issue": EDITORS, "lists.issue_one": EDITORS, "lists.sign": EDITORS,
    "lists.set_item_status": EDITORS, "lists.set_year_end": EDITORS, "lists.delete": EDITORS,
    "ledger.search": READERS, "ledger.count": READERS, "ledger.get": READERS,
    "ledger.page": READERS,
    "ledger.item_choices": READERS, "ledger.reminders": READERS,
    "ledger.source_record": READERS,
    "ledger.attachment_path": READERS, "ledger.export_xlsx": READERS,
    "ledger.create": EDITORS, "ledger.update": EDITORS, "ledger.delete": EDITORS,
    "ledger.add_attachment": EDITORS, "ledger.remove_attachment": EDITORS,
    "ledger.import_preview": EDITORS, "ledger.import_file": EDITORS,
    "ledger.review": {"reviewer", "leader"},
    "inspections.search": READERS, "inspections.overdue": READERS,
    "inspections.get": READERS, "inspections.create": EDITORS,
    "inspections.update": EDITORS, "inspections.delete": EDITORS,
    "inspections.ledger_names": READERS,
    "books.ledger_books": READERS, "books.list_documents": READERS,
    # problem clues
    "clues.search": READERS, "clues.count": READERS, "clues.get": READERS,
    "clues.page": READERS,
    "clues.next_number": READERS, "clues.verification_rates": READERS,
    "clues.create": EDITORS, "clues.update": EDITORS, "clues.delete": EDITORS,
    "clues.link_case": EDITORS, "clues.match_cadres": EDITORS, "clues.import_file": EDITORS,
    # accountability cases: a clerk prepares them; the decision (and taking a decided case
    # back before it) is entered by the reviewer or the leader
    "cases.suggest_number": READERS, "cases.search": READERS, "cases.deadlines": READERS,
    "cases.page": READERS, "cases.count": READERS,
    "cases.get": READERS, "cases.subjects_from_determination": READERS,
    "cases.find_clues": READERS, "cases.stage_ledger_names": READERS,
    "cases.delete_effects": READERS,
    "cases.create": EDITORS, "cases.update": EDITORS, "cases.delete": EDITORS,
    "cases.advance": EDITORS, "cases.advance.decision": {"reviewer", "leader"},
    "cases.go_back": EDITORS, "cases.go_back.decision": {"reviewer", "leader"},
    "cases.record_appeal": EDITORS, "cases.answer_appeal": EDITORS,
    "cases.set_circulate": EDITORS, "cases.propose_dual_inquiry": EDITORS,
    # talk records
    "talks.search": READERS, "talks.follow_ups_due": READERS, "talks.get": READERS,
    "talks.ledger_names": READERS,
    "talks.create": EDITORS, "talks.update": EDITORS, "talks.delete": EDITORS,
    # meeting records (their ledger entries follow them)
    "meetings.search": READERS, "meetings.get": READERS,
    "meetings.attendee_choices": READERS, "meetings.item_choices": READERS,
    "meetings.create": EDITORS, "meetings.update": EDITORS, "meetings.delete": EDITORS,
    # integrity files and the clearance reply: case content, read only
    "integrity.file": READERS, "integrity.under_influence": READERS,
    "integrity.read_clearance_list": READERS, "integrity.clearance": READERS,
    "integrity.clearance_file": READERS, "integrity.clearance_pdf": READERS,
    "integrity.clearance_xlsx": READERS,
    # statistics: aggregated, but the drill-down opens the records behind each figure
    "statistics.report": READERS, "statistics.drill": READERS,
    "statistics.export_xlsx": READERS, "statistics.export_pdf": READERS,
    # documents: templates are the administrator's; drafts the editors'; the reviewer or
    # the leader approves and returns; only the leader signs
    "documents.templates": VIEWERS, "documents.template_versions": VIEWERS,
    "documents.save_template": {"admin"}, "documents.restore_default_template": {"admin"},
    "documents.create_from_case": EDITORS, "documents.create_from_talk": EDITORS,
    "documents.create_from_list": EDITORS, "documents.create_statistics": EDITORS,
    "documents.create_clearance": EDITORS, "documents.update_draft": EDITORS,
    "documents.refill": EDITORS, "documents.delete_draft": EDITORS,
    "documents.import_docx": EDITORS, "documents.submit": EDITORS,
    "documents.supersede": EDITORS,
    "documents.approve": {"reviewer", "leader"},
    "documents.return_to_draft": {"reviewer", "leader"},
    "documents.sign": {"leader"},
    "documents.search": READERS, "documents.get": READERS, "documents.pdf_bytes": READERS,
    "documents.export_pdf": READERS, "documents.preview_pdf": READERS,
    "documents.export_docx": READERS, "documents.record_print": READERS,
    "documents.verify": READERS, "documents.find_by_code": READERS,
    "documents.check_signed": READERS,
    # the quantitative assessment: sheets and the bottom-N setting are the administrator's;
    # scoring and proposing talks the editors'; review, reopen and lock the reviewer's or
    # the leader's
    "assessment.sheet": VIEWERS, "assessment.sheet_versions": VIEWERS,
    "assessment.save_sheet": {"admin"}, "assessment.bottom_n": VIEWERS,
    "assessment.set_bottom_n": {"admin"},
    "assessment.units": READERS, "assessment.automatic": READERS, "assessment.get": READERS,
    "assessment.find": READERS, "assessment.ranking": READERS,
    "assessment.comparison": READERS, "assessment.talk_proposals": READERS,
    "assessment.start": EDITORS, "assessment.save_scores": EDITORS,
    "assessment.refresh_automatic": EDITORS, "assessment.delete_draft": EDITORS,
    "assessment.ledger_names": READERS,
    "assessment.propose_talks": EDITORS, "assessment.link_talk": EDITORS,
    "assessment.review": {"reviewer", "leader"}, "assessment.reopen": {"reviewer", "leader"},
    "assessment.lock": {"reviewer", "leader"},
    "assessment.export_score_sheet": READERS, "assessment.export_ranking_pdf": READERS,
    "assessment.export_ranking_xlsx": READERS,
    # periodic reports: aggregated tables and drafts made from case content
    "periodic_reports.monthly_statistics": READERS,
    "periodic_reports.export_monthly_pdf": READERS,
    "periodic_reports.export_monthly_xlsx": READERS,
    "periodic_reports.ledger_completeness": READERS,
    "periodic_reports.export_ledger_completeness_pdf": READERS,
    "periodic_reports.export_ledger_completeness_xlsx": READERS,
    "periodic_reports.duty_leaders": READERS, "periodic_reports.duty_report": READERS,
    "periodic_reports.export_duty_report": READERS,
    # phrase templates (常用语): everyone who enters records reads them; the administrator
    # keeps them, like the other office settings
    "phrases.fields": VIEWERS, "phrases.phrases": VIEWERS, "phrases.default_phrases": VIEWERS,
    "phrases.set_phrases": {"admin"},
    # exchange packages: the administrator or the leader; conflicts show content
    "exchange.public_key": {"leader", "admin"}, "exchange.write_public_key": {"leader", "admin"},
    "exchange.trusted": {"leader", "admin"}, "exchange.export": {"leader", "admin"},
    "exchange.imported_packages": {"leader", "admin"}, "exchange.conflicts": {"leader"},
}

YEAR = 2026
JAN = dt.date(YEAR, 1, 5)
CASE = {"conduct_date": "2016-02-10", "decision_date": "2016-05-31",
        "subjects": [{"id": "a", "kind": "cadre", "role": "first_responsible",
                      "clauses": ["hubei-2016/7.7"], "severity": "minor"}]}
# The dates of the cases' steps (all in the past).
CONDUCT = dt.date(2025, 1, 15)
PROPOSED = dt.date(2025, 3, 3)
OPENED = dt.date(2025, 3, 10)
INVESTIGATED = dt.date(2025, 4, 2)
DECIDED = dt.date(2025, 4, 30)
APPEALED = dt.date(2025, 5, 2)
CLUE = ClueInput("XS2025-0001", dt.date(2025, 2, 1), ClueSource.PETITION,
                 "反映镇党委违规发放津贴", subject_names="张建国")
TALK = TalkInput(TalkKind.REMINDER, dt.date(2026, 1, 10), "县纪委副书记 刘明",
                 reason="落实主体责任不力", follow_up_on=dt.date(2026, 2, 10))


def _dual_case(cadre: uuid.UUID) -> dict[str, Any]:
    """A determination that calls for a dual inquiry (一案双查, Hubei art. 10)."""
    return {"regulation": "hubei-2016", "conduct_date": "2025-01-15",
            "decision_date": "2025-04-30",
            "unit_year": {"members_given_party_post_removal_or_heavier": 2},
            "subjects": [{"id": f"cadre-{cadre}", "kind": "cadre",
                          "role": "first_responsible", "clauses": ["hubei-2016/7.7"],
                          "severity": "grave", "measures": ["party_serious_warning"]}]}


def _case_input(world: World, number: str, **changes: Any) -> CaseInput:
    return replace(CaseInput(number, "城关镇违规发放津贴问责案", world.township,
                             (ProblemInput(ProblemCategory.EIGHT_RULES, "违规发放津贴"),),
                             (SubjectInput(SubjectKind.CADRE, cadre_id=world.cadre),),
                             conduct_date=CONDUCT, proposed_on=PROPOSED), **changes)


class World:
    """Records made before the role under test signs in."""

    def __init__(self, services: Services, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        services.auth.sign_in("clerk", TEST_PASSWORD)
        self.county = services.units.create(UnitInput("青山县", UnitKind.COUNTY))
        self.township = services.units.create(
            UnitInput("城关镇", UnitKind.TOWNSHIP, parent_id=self.county))
        self.spare_unit = services.units.create(
            UnitInput("县档案馆", UnitKind.DEPARTMENT, parent_id=self.county))
        self.cadre = services.cadres.create(CadreInput("张建国", Rank.TOWNSHIP_SECTION, posts=(
            PostInput(self.township, "党委书记", dt.date(2021, 1, 4)),)))
        self.spare_cadre = services.cadres.create(CadreInput("李红", posts=(
            PostInput(self.township, "副镇长", dt.date(2022, 1, 4)),)))
        self.team = services.teams.create(
            TeamInput(self.township, TeamKind.PARTY_COMMITTEE, "城关镇党委领导班子"))
        self.determination = services.regulations.save_determination(
            "城关镇某案", CASE, self.township)
        services.teams.add_member(MembershipInput(self.team, self.cadre, TeamRole.PRINCIPAL,
                                                  dt.date(2021, 1, 4)))
        self.list_id = services.lists.issue(IssueRequest(YEAR, (self.township,), JAN)).created[1]
        self.item = services.lists.get(self.list_id).items[0].id
        self.entry = services.ledger.create(LedgerEntryInput(
            self.cadre, JAN, LedgerCategory.DEPLOYMENT, "专题研究党风廉政建设"))
        self.spare_entry = services.ledger.create(LedgerEntryInput(
            self.cadre, JAN, LedgerCategory.EDUCATION, "廉政党课"))
        evidence = tmp_path / "佐证.txt"
        evidence.write_text("会议记录", encoding="utf-8")
        self.evidence = evidence
        self.attachment = services.ledger.add_attachment(self.entry, evidence)
        self.inspection = services.inspections.create(InspectionInput(
            JAN, InspectionKind.LEDGER, "县纪委检查组", unit_id=self.township,
            rectification="补记台账", deadline=JAN + dt.timedelta(days=10)))
        self.csv = tmp_path / "ledger.csv"
        self.csv.write_text("姓名,日期,类别,事项\n张建国,2026-01-06,廉政谈话提醒,提醒谈话\n",
                            encoding="utf-8")
        self._cases(services, tmp_path)
        self._documents(services, tmp_path)
        self._assessment(services)
        services.auth.sign_in("admin", TEST_PASSWORD)
        self.template = services.lists.templates()[0]
        self.user = next(u.id for u in services.auth.list_users() if u.username == "leader")
        services.auth.sign_out()

    def _cases(self, services: Services, tmp_path: Path) -> None:
        """Clues, cases (one at each stage an operation starts from), a talk and files."""
        self.clue = services.clues.create(replace(CLUE, unit_id=self.township,
                                                  cadre_ids=(self.cadre,)))
        self.dual_determination = services.regulations.save_determination(
            "城关镇双查案", _dual_case(self.cadre), self.township)
        # proposed, with the determination that calls for a dual inquiry
        self.case = services.cases.create(_case_input(
            self, "WZ2025-001", determination_id=self.dual_determination))
        # investigated: ready for the decision
        self.case_investigated, self.case_subject = self._investigated(services, "WZ2025-002")
        # decided, with an appeal to answer
        self.case_decided, decided_subject = self._investigated(services, "WZ2025-003")
        services.auth.sign_in("reviewer", TEST_PASSWORD)
        services.cases.advance(self.case_decided, _decision(decided_subject))
        services.auth.sign_in("clerk", TEST_PASSWORD)
        self.appeal = services.cases.record_appeal(self.case_decided, AppealInput(
            APPEALED, decided_subject, grounds="处理偏重"))
        self.talk = services.talks.create(replace(TALK, cadre_id=self.cadre))
        self.meeting = services.meetings.create(MeetingInput(
            JAN, MeetingKind.PARTY_COMMITTEE, self.township, "党委会", (self.cadre,)))
        self.clue_csv = tmp_path / "clues.csv"
        self.clue_csv.write_text("受理日期,被反映人,问题摘要\n2026-01-02,某人,违规领取低保\n",
                                 encoding="utf-8")
        self.clearance_csv = tmp_path / "名单.csv"
        self.clearance_csv.write_text("姓名,单位,职务\n张建国,城关镇,党委书记\n",
                                      encoding="utf-8")

    def _documents(self, services: Services, tmp_path: Path) -> None:
        """A decision of the decided case in each state, its .docx and signed PDF."""
        services.auth.sign_in("admin", TEST_PASSWORD)
        services.settings.set_office_settings(OfficeSettings(
            issuer_name="中共青山县纪律检查委员会", issuer_short="青纪"))
        docs = services.documents
        made = []
        for _ in range(4):
            services.auth.sign_in("clerk", TEST_PASSWORD)
            made.append(docs.create_from_case(self.case_decided, DocumentKind.DECISION))
        self.doc_draft, self.doc_submitted, self.doc_approved, self.doc_signed = made
        for document in made[1:]:
            docs.submit(document)
        services.auth.sign_in("reviewer", TEST_PASSWORD)
        docs.approve(self.doc_approved)
        docs.approve(self.doc_signed)
        services.auth.sign_in("leader", TEST_PASSWORD)
        self.doc_code = docs.sign(self.doc_signed).verification_code
        self.doc_pdf = docs.pdf_bytes(self.doc_signed)
        services.auth.sign_in("clerk", TEST_PASSWORD)
        self.doc_docx = tmp_path / "draft.docx"
        docs.export_docx(self.doc_draft, self.doc_docx)

    def _assessment(self, services: Services) -> None:
        """The township scored for 2024 (locked, with a talk proposed), 2025 (reviewed) and
        2026 (a draft with every item scored), all by the clerk."""
        assess = services.assessment
        made = []
        for year in (2024, 2025, 2026):
            services.auth.sign_in("clerk", TEST_PASSWORD)
            made.append(assess.start(year, self.township))
            assess.save_scores(made[-1], ASSESSMENT_MANUAL)
        self.assess_locked, self.assess_reviewed, self.assess_draft = made
        services.auth.sign_in("reviewer", TEST_PASSWORD)
        for assessment in made[:2]:
            assess.review(assessment)
        assess.lock(self.assess_locked)
        services.auth.sign_in("clerk", TEST_PASSWORD)
        self.assess_sheet = assess.sheet(2026, UnitKind.TOWNSHIP).sheet
        self.proposal = assess.propose_talks(2024, UnitKind.TOWNSHIP)[0].id

    def _investigated(self, services: Services,
                      number: str) -> tuple[uuid.UUID, uuid.UUID]:
        """A new case taken through the investigation: (its id, its one subject's id)."""
        case_id = services.cases.create(_case_input(self, number))
        services.cases.advance(case_id, StageInput(CaseStage.OPENED, OPENED,
                                                   approved_by="县纪委书记"))
        subject = services.cases.get(case_id).subjects[0].id
        services.cases.advance(case_id, StageInput(
            CaseStage.INVESTIGATED, INVESTIGATED, team=("王磊", "刘芳"), facts="经查属实。",
            subjects=(SubjectStageInput(subject, statement="无异议。",
                                        statement_accepted=True),)))
        return case_id, subject


ASSESSMENT_MANUAL = {
    code: ManualScore(given) for code, given in (
        ("A1", ItemInput(count=2)), ("A3", ItemInput(met=True)), ("D1", ItemInput(count=3)),
        ("D2", ItemInput(met=True)), ("E1", ItemInput(count=0)))}


def _roster_csv(world: World, kind: str) -> Path:
    """A unit list (a new village of 城关镇) or a cadre roster (a new cadre posted there)."""
    path = world.tmp_path / f"{kind}.csv"
    text = ("单位名称,上级单位\n东门社区,城关镇\n" if kind == "units"
            else "姓名,单位,职务,任职时间\n王五,城关镇,副镇长,2024.01\n")
    path.write_text(text, encoding="utf-8")
    return path


def _decision(subject: uuid.UUID) -> StageInput:
    return StageInput(CaseStage.DECIDED, DECIDED, deciding_body="中共青山县委",
                      subjects=(SubjectStageInput(subject, measures=("party_serious_warning",)),))


OPERATIONS: dict[str, Callable[[Services, World], Any]] = {
    "units.list_all": lambda s, w: s.units.list_all(),
    "units.get": lambda s, w: s.units.get(w.township),
    "units.search": lambda s, w: s.units.search("qs"),
    "units.create": lambda s, w: s.units.create(
        UnitInput("新单位", UnitKind.OTHER, parent_id=w.county)),
    "units.update": lambda s, w: s.units.update(
        w.spare_unit, UnitInput("县档案局", UnitKind.DEPARTMENT, parent_id=w.county)),
    "units.delete": lambda s, w: s.units.delete(w.spare_unit),
    "cadres.search": lambda s, w: s.cadres.search("张"),
    "cadres.count": lambda s, w: s.cadres.count(),
    "cadres.get": lambda s, w: s.cadres.get(w.cadre),
    "cadres.create": lambda s, w: s.cadres.create(CadreInput("王五")),
    "cadres.update": lambda s, w: s.cadres.update(w.spare_cadre, CadreInput("李红", posts=(
        PostInput(w.township, "党委副书记", dt.date(2022, 1, 4)),))),
    "cadres.delete": lambda s, w: s.cadres.delete(w.spare_cadre),
    "units.import_preview": lambda s, w: s.units.import_preview(_roster_csv(w, "units")),
    "units.import_file": lambda s, w: s.units.import_file(_roster_csv(w, "units")),
    "cadres.import_preview": lambda s, w: s.cadres.import_preview(_roster_csv(w, "cadres")),
    "cadres.import_file": lambda s, w: s.cadres.import_file(_roster_csv(w, "cadres")),
    "teams.for_unit": lambda s, w: s.teams.for_unit(w.township),
    "teams.create": lambda s, w: s.teams.create(
        TeamInput(w.township, TeamKind.DISCIPLINE, "城关镇纪委")),
    "teams.add_member": lambda s, w: s.teams.add_member(
        MembershipInput(w.team, w.cadre, TeamRole.PRINCIPAL, dt.date(2021, 1, 4))),
    "auth.list_users": lambda s, w: s.auth.list_users(),
    "auth.create_user": lambda s, w: s.auth.create_user(
        UserInput("newclerk", "新录入员", frozenset({AccountRole.CLERK})), "New-Pass-2026"),
    "auth.update_user": lambda s, w: s.auth.update_user(
        w.user, UserInput("leader", "领导", frozenset({AccountRole.APPROVER}))),
    "auth.reset_password": lambda s, w: s.auth.reset_password(w.user, "Other-Pass-2026"),
    "auth.unlock": lambda s, w: s.auth.unlock(w.user),
    "settings.rename_office": lambda s, w: s.settings.rename_office("城关镇纪委"),
    "audit_log.list": lambda s, w: s.audit_log.list(),
    "audit_log.count": lambda s, w: s.audit_log.count(),
    "audit_log.export_csv": lambda s, w: s.audit_log.export_csv(w.tmp_path / "audit.csv"),
    "regulations.summaries": lambda s, w: s.regulations.summaries(),
    "regulations.assess": lambda s, w: s.regulations.assess(CASE),
    "regulations.save_determination": lambda s, w: s.regulations.save_determination(
        "测试", CASE, w.township),
    "regulations.determinations": lambda s, w: s.regulations.determinations(),
    "regulations.set_override": lambda s, w: s.regulations.set_override(
        "hubei-2016", {"appeal": {"submit_within": {"value": 15, "unit": "days"}}}),
    "regulations.overrides": lambda s, w: s.regulations.overrides("hubei-2016"),
    "reports.cadre_roster": lambda s, w: s.reports.cadre_roster(w.tmp_path / "roster.pdf"),
    "regulations.regulations": lambda s, w: s.regulations.regulations(),
    "regulations.determination": lambda s, w: s.regulations.determination(w.determination),
    "settings.set_office_settings": lambda s, w: s.settings.set_office_settings(
        OfficeSettings(issuer_short="青纪")),
    "settings.save_settings": lambda s, w: s.settings.save_settings(
        OfficeSettings(issuer_short="青纪"), "城关镇纪委", w.tmp_path),
    "lists.templates": lambda s, w: s.lists.templates(),
    "lists.template": lambda s, w: s.lists.template(w.template.id),
    "lists.create_template": lambda s, w: s.lists.create_template(TemplateInput(
        "村级清单", ListRole.MEMBER, (TemplateItemInput("一、", "落实一岗双责"),))),
    "lists.update_template": lambda s, w: s.lists.update_template(w.template.id, TemplateInput(
        w.template.name, w.template.role, tuple(
            TemplateItemInput(i.area, i.text, i.id) for i in w.template.items))),
    "lists.set_template_active": lambda s, w: s.lists.set_template_active(w.template.id, True),
    "lists.search": lambda s, w: s.lists.search(year=YEAR),
    "lists.get": lambda s, w: s.lists.get(w.list_id),
    "lists.issue": lambda s, w: s.lists.issue(IssueRequest(YEAR, (w.township,), JAN)),
    "lists.issue_one": lambda s, w: s.lists.issue_one(
        YEAR, w.template.id, JAN, cadre_id=w.spare_cadre),
    "lists.sign": lambda s, w: s.lists.sign(w.list_id, SignatureInput(JAN, "张建国")),
    "lists.set_item_status": lambda s, w: s.lists.set_item_status(
        w.item, ItemStatusInput(ItemStatus.DONE, JAN)),
    "lists.set_year_end": lambda s, w: s.lists.set_year_end(w.list_id, YearEndInput("总结")),
    "lists.delete": lambda s, w: s.lists.delete(w.list_id),
    "ledger.search": lambda s, w: s.ledger.search(),
    "ledger.count": lambda s, w: s.ledger.count(),
    "ledger.page": lambda s, w: s.ledger.page(sort="cadre"),
    "ledger.get": lambda s, w: s.ledger.get(w.entry),
    "ledger.source_record": lambda s, w: s.ledger.source_record(w.entry),
    "ledger.item_choices": lambda s, w: s.ledger.item_choices(w.cadre, YEAR),
    "ledger.reminders": lambda s, w: s.ledger.reminders(YEAR, 1),
    "ledger.attachment_path": lambda s, w: s.ledger.attachment_path(w.attachment),
    "ledger.export_xlsx": lambda s, w: s.ledger.export_xlsx(w.tmp_path / "ledger.xlsx"),
    "ledger.create": lambda s, w: s.ledger.create(LedgerEntryInput(
        w.cadre, JAN, LedgerCategory.REPORTING, "听取汇报")),
    "ledger.update": lambda s, w: s.ledger.update(w.entry, LedgerEntryInput(
        w.cadre, JAN, LedgerCategory.DEPLOYMENT, "专题研究党风廉政建设", place="会议室")),
    "ledger.delete": lambda s, w: s.ledger.delete(w.spare_entry),
    "ledger.add_attachment": lambda s, w: s.ledger.add_attachment(w.entry, w.evidence),
    "ledger.remove_attachment": lambda s, w: s.ledger.remove_attachment(w.attachment),
    "ledger.import_preview": lambda s, w: s.ledger.import_preview(w.csv),
    "ledger.import_file": lambda s, w: s.ledger.import_file(w.csv),
    "ledger.review": lambda s, w: s.ledger.review([w.entry]),
    "inspections.search": lambda s, w: s.inspections.search(),
    "inspections.overdue": lambda s, w: s.inspections.overdue(),
    "inspections.get": lambda s, w: s.inspections.get(w.inspection),
    "inspections.create": lambda s, w: s.inspections.create(InspectionInput(
        JAN, InspectionKind.SPECIAL, "检查组", cadre_id=w.cadre)),
    "inspections.update": lambda s, w: s.inspections.update(w.inspection, InspectionInput(
        JAN, InspectionKind.LEDGER, "县纪委检查组", unit_id=w.township, result="已整改",
        result_date=JAN + dt.timedelta(days=5))),
    "inspections.delete": lambda s, w: s.inspections.delete(w.inspection),
    "inspections.ledger_names": lambda s, w: s.inspections.ledger_names(w.inspection),
    "books.ledger_books": lambda s, w: s.books.ledger_books(
        w.tmp_path / "book.pdf", YEAR, cadre_ids=[w.cadre]),
    "books.list_documents": lambda s, w: s.books.list_documents(
        w.tmp_path / "lists.pdf", [w.list_id]),
    # problem clues
    "clues.search": lambda s, w: s.clues.search(ClueFilter(text="张建国")),
    "clues.count": lambda s, w: s.clues.count(),
    "clues.page": lambda s, w: s.clues.page(sort="number"),
    "clues.get": lambda s, w: s.clues.get(w.clue),
    "clues.next_number": lambda s, w: s.clues.next_number(2025),
    "clues.verification_rates": lambda s, w: s.clues.verification_rates(period="year"),
    "clues.create": lambda s, w: s.clues.create(replace(
        CLUE, number="XS2025-0100", unit_id=w.township)),
    "clues.update": lambda s, w: s.clues.update(w.clue, replace(
        CLUE, unit_id=w.township, cadre_ids=(w.cadre,), remarks="县纪委转办")),
    "clues.delete": lambda s, w: s.clues.delete(w.clue),
    "clues.link_case": lambda s, w: s.clues.link_case(w.clue, w.case),
    "clues.match_cadres": lambda s, w: s.clues.match_cadres(),
    "clues.import_file": lambda s, w: s.clues.import_file(
        w.clue_csv, report=w.tmp_path / "rejected.csv"),
    # accountability cases
    "cases.suggest_number": lambda s, w: s.cases.suggest_number(2025),
    "cases.search": lambda s, w: s.cases.search(text="津贴"),
    "cases.page": lambda s, w: s.cases.page(sort="due"),
    "cases.count": lambda s, w: s.cases.count(),
    "cases.deadlines": lambda s, w: s.cases.deadlines(),
    "cases.get": lambda s, w: s.cases.get(w.case),
    "cases.stage_ledger_names": lambda s, w: s.cases.stage_ledger_names(w.case, uuid.uuid4()),
    "cases.delete_effects": lambda s, w: s.cases.delete_effects(w.case),
    "cases.subjects_from_determination": lambda s, w: s.cases.subjects_from_determination(
        w.dual_determination),
    "cases.find_clues": lambda s, w: s.cases.find_clues([CLUE.number]),
    "cases.create": lambda s, w: s.cases.create(_case_input(w, "WZ2025-100")),
    "cases.update": lambda s, w: s.cases.update(w.case, _case_input(
        w, "WZ2025-001", determination_id=w.dual_determination, summary="经初核属实")),
    "cases.delete": lambda s, w: s.cases.delete(w.case),
    "cases.advance": lambda s, w: s.cases.advance(w.case, StageInput(
        CaseStage.OPENED, OPENED, approved_by="县纪委书记")),
    "cases.advance.decision": lambda s, w: s.cases.advance(
        w.case_investigated, _decision(w.case_subject)),
    "cases.go_back": lambda s, w: s.cases.go_back(
        w.case_investigated, CaseStage.OPENED, "调查组成员需回避"),
    "cases.go_back.decision": lambda s, w: s.cases.go_back(
        w.case_decided, CaseStage.INVESTIGATED, "决定程序有误"),
    "cases.record_appeal": lambda s, w: s.cases.record_appeal(
        w.case_decided, AppealInput(APPEALED, grounds="事实不清")),
    "cases.answer_appeal": lambda s, w: s.cases.answer_appeal(
        w.appeal, AppealAnswer(APPEALED, AppealOutcome.UPHELD, "维持原决定")),
    "cases.set_circulate": lambda s, w: s.cases.set_circulate(w.case_decided, True, DECIDED),
    "cases.propose_dual_inquiry": lambda s, w: s.cases.propose_dual_inquiry(w.case),
    # talk records
    "talks.search": lambda s, w: s.talks.search(cadre_id=w.cadre),
    "talks.follow_ups_due": lambda s, w: s.talks.follow_ups_due(),
    "talks.get": lambda s, w: s.talks.get(w.talk),
    "talks.ledger_names": lambda s, w: s.talks.ledger_names(w.talk),
    "talks.create": lambda s, w: s.talks.create(replace(
        TALK, subject_name="王某", unit_id=w.township)),
    "talks.update": lambda s, w: s.talks.update(w.talk, replace(
        TALK, cadre_id=w.cadre, follow_up_note="已整改")),
    "talks.delete": lambda s, w: s.talks.delete(w.talk),
    # meeting records
    "meetings.search": lambda s, w: s.meetings.search(year=2026),
    "meetings.get": lambda s, w: s.meetings.get(w.meeting),
    "meetings.attendee_choices": lambda s, w: s.meetings.attendee_choices(w.township, JAN),
    "meetings.item_choices": lambda s, w: s.meetings.item_choices(w.township, 2026),
    "meetings.create": lambda s, w: s.meetings.create(MeetingInput(
        JAN, MeetingKind.SPECIAL, w.township, "专题会", (w.cadre,))),
    "meetings.update": lambda s, w: s.meetings.update(w.meeting, MeetingInput(
        JAN, MeetingKind.PARTY_COMMITTEE, w.township, "党委会（更正）", (w.cadre,))),
    "meetings.delete": lambda s, w: s.meetings.delete(w.meeting),
    # integrity files and the clearance reply
    "integrity.file": lambda s, w: s.integrity.file(w.cadre),
    "integrity.under_influence": lambda s, w: s.integrity.under_influence(DECIDED),
    "integrity.read_clearance_list": lambda s, w: s.integrity.read_clearance_list(
        w.clearance_csv),
    "integrity.clearance": lambda s, w: s.integrity.clearance(
        [ClearanceRequest("张建国", unit="城关镇")], DECIDED),
    "integrity.clearance_file": lambda s, w: s.integrity.clearance_file(
        w.clearance_csv, DECIDED),
    "integrity.clearance_pdf": lambda s, w: s.integrity.clearance_pdf(
        w.tmp_path / "reply.pdf", [ClearanceRequest("张建国", unit="城关镇")], DECIDED),
    "integrity.clearance_xlsx": lambda s, w: s.integrity.clearance_xlsx(
        w.tmp_path / "reply.xlsx", [ClearanceRequest("张建国", unit="城关镇")], DECIDED),
    # statistics
    "statistics.report": lambda s, w: s.statistics.report(
        dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    "statistics.drill": lambda s, w: s.statistics.drill(
        st.FIG_PERSONS, None, dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    "statistics.export_xlsx": lambda s, w: s.statistics.export_xlsx(
        w.tmp_path / "stats.xlsx", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    "statistics.export_pdf": lambda s, w: s.statistics.export_pdf(
        w.tmp_path / "stats.pdf", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    # documents
    "documents.templates": lambda s, w: s.documents.templates(),
    "documents.template_versions": lambda s, w: s.documents.template_versions(
        DocumentKind.DECISION),
    "documents.save_template": lambda s, w: s.documents.save_template(
        DocumentKind.NOTICE, DocumentParts(title="关于{case_title}的通报", body="{facts}")),
    "documents.restore_default_template": lambda s, w: s.documents.restore_default_template(
        DocumentKind.NOTICE),
    "documents.create_from_case": lambda s, w: s.documents.create_from_case(
        w.case_decided, DocumentKind.DECISION),
    "documents.create_from_talk": lambda s, w: s.documents.create_from_talk(w.talk),
    "documents.create_from_list": lambda s, w: s.documents.create_from_list(w.list_id),
    "documents.create_statistics": lambda s, w: s.documents.create_statistics(
        dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    "documents.create_clearance": lambda s, w: s.documents.create_clearance(
        [ClearanceRequest("张建国", unit="城关镇")], DECIDED),
    "documents.update_draft": lambda s, w: s.documents.update_draft(w.doc_draft, DraftEdit(
        DocumentParts(title="关于给予{subject_name}处理的决定", body="经查，{facts}"))),
    "documents.refill": lambda s, w: s.documents.refill(w.doc_draft),
    "documents.delete_draft": lambda s, w: s.documents.delete_draft(w.doc_draft),
    "documents.import_docx": lambda s, w: s.documents.import_docx(w.doc_draft, w.doc_docx),
    "documents.submit": lambda s, w: s.documents.submit(w.doc_draft),
    "documents.supersede": lambda s, w: s.documents.supersede(w.doc_signed),
    "documents.approve": lambda s, w: s.documents.approve(w.doc_submitted),
    "documents.return_to_draft": lambda s, w: s.documents.return_to_draft(
        w.doc_submitted, "请补充事实"),
    "documents.sign": lambda s, w: s.documents.sign(w.doc_approved),
    "documents.search": lambda s, w: s.documents.search(text="决定"),
    "documents.get": lambda s, w: s.documents.get(w.doc_signed),
    "documents.pdf_bytes": lambda s, w: s.documents.pdf_bytes(w.doc_signed),
    "documents.export_pdf": lambda s, w: s.documents.export_pdf(
        w.doc_signed, w.tmp_path / "signed.pdf"),
    "documents.preview_pdf": lambda s, w: s.documents.preview_pdf(
        w.doc_draft, w.tmp_path / "preview.pdf"),
    "documents.export_docx": lambda s, w: s.documents.export_docx(
        w.doc_draft, w.tmp_path / "export.docx"),
    "documents.record_print": lambda s, w: s.documents.record_print(w.doc_signed),
    "documents.verify": lambda s, w: s.documents.verify(w.doc_pdf),
    "documents.find_by_code": lambda s, w: s.documents.find_by_code(w.doc_code),
    "documents.check_signed": lambda s, w: s.documents.check_signed(),
    # the quantitative assessment
    "assessment.sheet": lambda s, w: s.assessment.sheet(2026, UnitKind.TOWNSHIP),
    "assessment.sheet_versions": lambda s, w: s.assessment.sheet_versions(
        2026, UnitKind.TOWNSHIP),
    "assessment.save_sheet": lambda s, w: s.assessment.save_sheet(
        2026, UnitKind.TOWNSHIP, w.assess_sheet, "复核"),
    "assessment.bottom_n": lambda s, w: s.assessment.bottom_n(),
    "assessment.set_bottom_n": lambda s, w: s.assessment.set_bottom_n(2),
    "assessment.units": lambda s, w: s.assessment.units(2025, UnitKind.TOWNSHIP),
    "assessment.automatic": lambda s, w: s.assessment.automatic(2026, w.township),
    "assessment.get": lambda s, w: s.assessment.get(w.assess_locked),
    "assessment.find": lambda s, w: s.assessment.find(2025, w.township),
    "assessment.ranking": lambda s, w: s.assessment.ranking(2024, UnitKind.TOWNSHIP),
    "assessment.comparison": lambda s, w: s.assessment.comparison(
        UnitKind.TOWNSHIP, [2024, 2025]),
    "assessment.talk_proposals": lambda s, w: s.assessment.talk_proposals(2024),
    "assessment.start": lambda s, w: s.assessment.start(2023, w.township),
    "assessment.save_scores": lambda s, w: s.assessment.save_scores(
        w.assess_draft, {"A1": ManualScore(ItemInput(count=1))}),
    "assessment.refresh_automatic": lambda s, w: s.assessment.refresh_automatic(
        w.assess_draft),
    "assessment.delete_draft": lambda s, w: s.assessment.delete_draft(w.assess_draft),
    "assessment.ledger_names": lambda s, w: s.assessment.ledger_names(w.assess_draft),
    "assessment.propose_talks": lambda s, w: s.assessment.propose_talks(
        2024, UnitKind.TOWNSHIP),
    "assessment.link_talk": lambda s, w: s.assessment.link_talk(w.proposal, w.talk),
    "assessment.review": lambda s, w: s.assessment.review(w.assess_draft, "复核无误"),
    "assessment.reopen": lambda s, w: s.assessment.reopen(w.assess_reviewed, "补充材料"),
    "assessment.lock": lambda s, w: s.assessment.lock(w.assess_reviewed),
    "assessment.export_score_sheet": lambda s, w: s.assessment.export_score_sheet(
        w.assess_locked, w.tmp_path / "score.pdf"),
    "assessment.export_ranking_pdf": lambda s, w: s.assessment.export_ranking_pdf(
        2024, UnitKind.TOWNSHIP, w.tmp_path / "ranking.pdf", chart=False),
    "assessment.export_ranking_xlsx": lambda s, w: s.assessment.export_ranking_xlsx(
        2024, UnitKind.TOWNSHIP, w.tmp_path / "ranking.xlsx"),
    # periodic reports
    "periodic_reports.monthly_statistics": lambda s, w: s.periodic_reports.monthly_statistics(
        2025, 4),
    "periodic_reports.export_monthly_pdf": lambda s, w: s.periodic_reports.export_monthly_pdf(
        2025, 4, w.tmp_path / "monthly.pdf"),
    "periodic_reports.export_monthly_xlsx": lambda s, w: s.periodic_reports.export_monthly_xlsx(
        2025, 4, w.tmp_path / "monthly.xlsx"),
    "periodic_reports.ledger_completeness": lambda s, w: s.periodic_reports.ledger_completeness(
        YEAR, 1),
    "periodic_reports.export_ledger_completeness_pdf":
        lambda s, w: s.periodic_reports.export_ledger_completeness_pdf(
            YEAR, 1, w.tmp_path / "completeness.pdf", w.township),
    "periodic_reports.export_ledger_completeness_xlsx":
        lambda s, w: s.periodic_reports.export_ledger_completeness_xlsx(
            YEAR, 1, w.tmp_path / "completeness.xlsx"),
    "periodic_reports.duty_leaders": lambda s, w: s.periodic_reports.duty_leaders(
        w.township, YEAR),
    "periodic_reports.duty_report": lambda s, w: s.periodic_reports.duty_report(w.cadre, YEAR),
    "periodic_reports.export_duty_report": lambda s, w: s.periodic_reports.export_duty_report(
        YEAR, w.tmp_path / "duty.docx", "docx", unit_id=w.township),
    "phrases.fields": lambda s, w: s.phrases.fields(),
    "phrases.phrases": lambda s, w: s.phrases.phrases("ledger.matter"),
    "phrases.default_phrases": lambda s, w: s.phrases.default_phrases("ledger.matter"),
    "phrases.set_phrases": lambda s, w: s.phrases.set_phrases(
        "ledger.matter", ["学习传达上级党风廉政建设会议精神"]),
    "exchange.public_key": lambda s, w: s.exchange.public_key(),
    "exchange.write_public_key": lambda s, w: s.exchange.write_public_key(
        w.tmp_path / "office.pub"),
    "exchange.trusted": lambda s, w: s.exchange.trusted(),
    "exchange.export": lambda s, w: s.exchange.export(w.tmp_path / "office.zrx"),
    "exchange.imported_packages": lambda s, w: s.exchange.imported_packages(),
    "exchange.conflicts": lambda s, w: s.exchange.conflicts(),
}


def test_every_operation_is_in_the_table() -> None:
    assert set(OPERATIONS) == set(EXPECTED)


@pytest.fixture(scope="module")
def world_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """The world made once; each matrix test gets a copy (with the attachment store)."""
    folder = tmp_path_factory.mktemp("world")
    path = copy_database(template_db, folder / "world.sqlite")
    with Services.open(path) as services:
        world = World(services, folder)
    return path, world


@pytest.fixture
def world_services(world_db: tuple[Path, World],
                   tmp_path: Path) -> Iterator[tuple[Services, World]]:
    path, world = world_db
    target = copy_database(path, tmp_path / "zeren.sqlite")
    shutil.copytree(path.parent / "attachments", tmp_path / "attachments")
    mine = copy.copy(world)
    mine.tmp_path = tmp_path
    with Services.open(target) as opened:
        yield opened, mine


@pytest.mark.parametrize("role", sorted(TEST_ACCOUNTS))
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_role_matrix(world_services: tuple[Services, World], role: str,
                     operation: str) -> None:
    open_services, world = world_services
    open_services.auth.sign_in(role, TEST_PASSWORD)
    refusals_before = _count_actions(open_services, "refused")
    if role in EXPECTED[operation]:
        OPERATIONS[operation](open_services, world)
        assert _count_actions(open_services, "refused") == refusals_before
    else:
        with pytest.raises(PermissionDeniedError):
            OPERATIONS[operation](open_services, world)
        assert _count_actions(open_services, "refused") == refusals_before + 1


def test_role_table_keeps_the_administrator_out_of_case_content() -> None:
    admin = ROLE_PERMISSIONS[AccountRole.ADMINISTRATOR]
    assert Permission.VIEW_RECORDS not in admin and Permission.READ_AUDIT not in admin
    assert ROLE_PERMISSIONS[AccountRole.AUDITOR] == frozenset({Permission.READ_AUDIT})


def _count_actions(services: Services, action: str) -> int:
    with services.db.read() as session:
        return len(list(session.scalars(
            select(AuditRecord.seq).where(AuditRecord.action == action))))


# ---- data scope -------------------------------------------------------------------------


def test_township_user_sees_only_its_township(open_services: Services, tmp_path: Path) -> None:
    services = open_services
    world = World(services, tmp_path)
    services.auth.sign_in("clerk", TEST_PASSWORD)
    other = services.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, parent_id=world.county))
    outsider = services.cadres.create(CadreInput("赵外", posts=(
        PostInput(other, "镇长", dt.date(2020, 1, 1)),)))
    services.auth.sign_in("admin", TEST_PASSWORD)
    services.auth.create_user(UserInput("chengguan", "城关镇录入员",
                                        frozenset({AccountRole.CLERK}), world.township),
                              "Town-Pass-2026")
    services.auth.sign_in("chengguan", "Town-Pass-2026")
    assert {u.name for u in services.units.list_all()} == {"城关镇"}
    assert {r.name for r in services.cadres.search()} == {"张建国", "李红"}
    refusals = _count_actions(services, "refused")
    with pytest.raises(PermissionDeniedError, match="another township"):
        services.cadres.get(outsider)
    with pytest.raises(PermissionDeniedError):
        services.units.get(other)
    with pytest.raises(PermissionDeniedError):
        services.units.create(UnitInput("县外单位", UnitKind.OTHER, parent_id=world.county))
    assert _count_actions(services, "refused") == refusals + 3
    # Its own sub-units are its to make and to see.
    village = services.units.create(UnitInput("城东村", UnitKind.VILLAGE,
                                              parent_id=world.township))
    assert village in {u.id for u in services.units.list_all()}


# ---- accounts ---------------------------------------------------------------------------


def test_three_duties_never_in_one_account(open_services: Services) -> None:
    services = open_services
    services.auth.sign_in("admin", TEST_PASSWORD)
    count = len(services.auth.list_users())
    for roles in ({AccountRole.ADMINISTRATOR, AccountRole.AUDITOR},
                  {AccountRole.APPROVER, AccountRole.AUDITOR},
                  {AccountRole.ADMINISTRATOR, AccountRole.APPROVER}):
        with pytest.raises(ValidationError, match="separation of the three duties"):
            services.auth.create_user(UserInput("two", "", frozenset(roles)), "Two-Pass-2026")
    leader = next(u for u in services.auth.list_users() if u.username == "leader")
    with pytest.raises(ValidationError):
        services.auth.update_user(leader.id, UserInput(
            "leader", "", frozenset({AccountRole.APPROVER, AccountRole.AUDITOR})))
    assert len(services.auth.list_users()) == count
    assert next(u for u in services.auth.list_users()
                if u.username == "leader").roles == {AccountRole.APPROVER}


@pytest.mark.parametrize(("password", "reason"), [
    ("Ab1-xyz", "at least 8"),
    ("abcdefgh1", "3 of"),
    ("ABCDEFGH", "3 of"),
    ("Newclerk-2026", "user name"),
])
def test_password_rules(open_services: Services, password: str, reason: str) -> None:
    open_services.auth.sign_in("admin", TEST_PASSWORD)
    with pytest.raises(ValidationError, match=reason):
        open_services.auth.create_user(
            UserInput("newclerk", "", frozenset({AccountRole.CLERK})), password)
    assert "newclerk" not in {u.username for u in open_services.auth.list_users()}


def test_last_five_passwords_are_not_reused(services: Services) -> None:
    passwords = [f"Pass-{n}-Word" for n in range(6)]
    current = TEST_PASSWORD
    for new in passwords[:5]:
        services.auth.change_own_password(current, new)
        current = new
    # The current one and the four before it are refused...
    for old in passwords[:5]:
        with pytest.raises(ValidationError, match="used recently"):
            services.auth.change_own_password(current, old)
    # ...the sixth-newest may come back.
    services.auth.change_own_password(current, TEST_PASSWORD)
    services.auth.sign_in("clerk", TEST_PASSWORD)


def test_wrong_password_five_times_locks_for_thirty_minutes(db_path: Path) -> None:
    now = [dt.datetime(2026, 11, 26, 9, 0)]
    services = Services.open(db_path)
    services.state.clock = lambda: now[0]
    messages = set()
    for _ in range(5):
        with pytest.raises(SignInError) as caught:
            services.auth.sign_in("clerk", "Wrong-Pass-1")
        messages.add(str(caught.value))
    with pytest.raises(SignInError) as unknown:
        services.auth.sign_in("nobody", "Wrong-Pass-1")
    # Unknown user and wrong password read the same.
    assert messages == {str(unknown.value)}
    with pytest.raises(SignInError, match="locked"):
        services.auth.sign_in("clerk", TEST_PASSWORD)
    services.close()

    # The lock survives a restart.
    services = Services.open(db_path)
    services.state.clock = lambda: now[0] + dt.timedelta(minutes=29)
    with pytest.raises(SignInError, match="locked"):
        services.auth.sign_in("clerk", TEST_PASSWORD)
    services.state.clock = lambda: now[0] + dt.timedelta(minutes=31)
    services.auth.sign_in("clerk", TEST_PASSWORD)
    services.close()


def test_administrator_ends_a_lock(open_services: Services) -> None:
    services = open_services
    for _ in range(5):
        with pytest.raises(SignInError):
            services.auth.sign_in("reviewer", "Wrong-Pass-1")
    services.auth.sign_in("admin", TEST_PASSWORD)
    reviewer = next(u for u in services.auth.list_users() if u.username == "reviewer")
    assert reviewer.locked_until is not None
    services.auth.unlock(reviewer.id)
    services.auth.sign_in("reviewer", TEST_PASSWORD)


def test_passwords_are_argon2id_and_appear_nowhere(open_services: Services,
                                                   db_path: Path) -> None:
    services = open_services
    secret = "Secret-Word-4711"
    services.auth.sign_in("admin", TEST_PASSWORD)
    services.auth.create_user(UserInput("newclerk", "", frozenset({AccountRole.CLERK})), secret)
    with pytest.raises(SignInError):
        services.auth.sign_in("newclerk", secret + "x")
    services.auth.sign_in("newclerk", secret)
    with services.db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "newclerk"))
    assert stored is not None and stored.startswith("$argon2id$")
    services.close()
    for path in db_path.parent.iterdir():
        if path.is_file():
            data = path.read_bytes()
            assert secret.encode() not in data, path
            assert (secret + "x").encode() not in data, path
            assert TEST_PASSWORD.encode() not in data, path


def test_demo_accounts_sign_in_only_to_their_own_database(tmp_path: Path) -> None:
    from zeren_desktop.services.demo import DEMO_PASSWORD, load_demo

    demo_path = tmp_path / "demo.sqlite"
    with Services.open(demo_path) as demo:
        load_demo(demo)
        demo.auth.sign_in("leader", DEMO_PASSWORD)
    other_path = tmp_path / "other.sqlite"
    Services.open(other_path).close()
    # Someone copies the demo account rows into another database behind the program's back.
    connection = sqlite3.connect(other_path)
    connection.execute("attach database ? as demo", (str(demo_path),))
    connection.execute("insert into users select * from demo.users")
    connection.commit()
    connection.close()
    with Services.open(other_path) as other, pytest.raises(SignInError, match="Demo accounts"):
        other.auth.sign_in("leader", DEMO_PASSWORD)


# ---- audit trail ------------------------------------------------------------------------


def test_every_write_and_sign_in_is_recorded(open_services: Services, tmp_path: Path) -> None:
    services = open_services
    World(services, tmp_path)
    with pytest.raises(SignInError):
        services.auth.sign_in("clerk", "Wrong-Pass-1")
    services.auth.sign_in("auditor", TEST_PASSWORD)
    rows = list(reversed(services.audit_log.list(limit=1000)))
    actions = [(r.username, r.action) for r in rows]
    for expected in [("clerk", "login.success"), ("clerk", "unit.create"),
                     ("clerk", "cadre.create"), ("clerk", "team.create"),
                     ("admin", "login.success"), ("admin", "logout"),
                     ("clerk", "login.failure"), ("auditor", "login.success")]:
        assert expected in actions, expected
    created = [r for r in rows if r.action == "cadre.create"]
    assert '"name": "张建国"' in created[0].after
    assert services.audit_log.count(AuditFilter(username="clerk", action="unit.")) == 3
    exported = services.audit_log.export_csv(tmp_path / "trail.csv")
    assert exported == len(rows)
    assert ("auditor", "audit.export") in [(r.username, r.action)
                                           for r in services.audit_log.list(limit=3)]


def _tamper(db_path: Path, *statements: str) -> None:
    connection = sqlite3.connect(db_path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


@pytest.fixture
def busy_db(db_path: Path, tmp_path: Path) -> Path:
    with Services.open(db_path) as services:
        World(services, tmp_path)
        assert services.audit.verify().ok
        assert services.audit.count() >= 12
    return db_path


def _verify(db_path: Path) -> tuple[bool, int | None, str]:
    with Services.open(db_path) as services:
        result = services.audit.verify()
        return result.ok, result.first_bad_seq, str(result.problem or "")


def test_intact_chain_verifies(busy_db: Path) -> None:
    assert _verify(busy_db) == (True, None, "")


def test_edited_row_is_named(busy_db: Path) -> None:
    _tamper(busy_db, "update audit_records set summary = 'nothing' where seq = 5")
    ok, seq, problem = _verify(busy_db)
    assert (ok, seq) == (False, 5) and "altered" in problem


def test_deleted_middle_row_is_named(busy_db: Path) -> None:
    _tamper(busy_db, "delete from audit_records where seq = 7")
    assert _verify(busy_db)[:2] == (False, 7)


def test_swapped_rows_are_found(busy_db: Path) -> None:
    _tamper(busy_db,
            "update audit_records set seq = -1 where seq = 4",
            "update audit_records set seq = 4 where seq = 5",
            "update audit_records set seq = 5 where seq = -1")
    assert _verify(busy_db)[:2] == (False, 4)


def test_inserted_row_is_found(busy_db: Path) -> None:
    _tamper(busy_db,
            "update audit_records set seq = seq + 1000 where seq >= 6",
            "update audit_records set seq = seq - 999 where seq >= 1006",
            "insert into audit_records (seq, id, office_id, at, username, action, entity, "
            "entity_id, summary, before, after, prev_hash, hash) select 6, "
            "'00000000000000000000000000000001', office_id, at, 'x', 'unit.create', '', '', "
            "'', '', '', prev_hash, hash from audit_records where seq = 5")
    ok, seq, _ = _verify(busy_db)
    assert not ok and seq is not None and seq <= 7


def test_deleting_the_newest_rows_is_found(busy_db: Path) -> None:
    _tamper(busy_db, "delete from audit_records where seq = (select max(seq) from "
                     "audit_records)")
    ok, _, problem = _verify(busy_db)
    assert not ok and "newest" in problem


def test_rolling_back_to_an_older_copy_is_found(busy_db: Path, tmp_path: Path) -> None:
    from zeren_desktop.storage.backup import backup_sqlite

    older = backup_sqlite(busy_db, tmp_path / "older.sqlite")
    with Services.open(busy_db) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        services.units.create(UnitInput("后来的单位", UnitKind.OTHER))
    # Behind the program's back: the live file replaced by the older copy.
    for suffix in ("-wal", "-shm"):
        Path(str(busy_db) + suffix).unlink(missing_ok=True)
    busy_db.write_bytes(older.read_bytes())
    ok, _, problem = _verify(busy_db)
    assert not ok and "rolled back" in problem
    # And the next change through the program does not cover it up.
    with Services.open(busy_db) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        services.units.create(UnitInput("再后来的单位", UnitKind.OTHER))
    assert not _verify(busy_db)[0]


def test_audit_rows_hold_no_password_hash(open_services: Services) -> None:
    services = open_services
    services.auth.sign_in("admin", TEST_PASSWORD)
    services.auth.create_user(UserInput("newclerk", "", frozenset({AccountRole.CLERK})),
                              "Fresh-Pass-2026")
    with services.db.read() as session:
        texts = [r.before + r.after + r.summary for r in session.scalars(select(AuditRecord))]
    assert texts and not any("argon2" in t for t in texts)


def test_township_user_cannot_touch_other_townships(open_services: Services,
                                                    tmp_path: Path) -> None:
    import time

    services = open_services
    world = World(services, tmp_path)
    services.auth.sign_in("clerk", TEST_PASSWORD)
    other = services.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, parent_id=world.county))
    other_team = services.teams.create(TeamInput(other, TeamKind.PARTY_COMMITTEE, "河口镇党委"))
    outsider = services.cadres.create(CadreInput("赵外", posts=(
        PostInput(other, "镇长", dt.date(2020, 1, 1)),)))
    # Someone who served in both townships: the other township's post is not theirs.
    both = services.cadres.create(CadreInput("钱两", posts=(
        PostInput(other, "副镇长", dt.date(2015, 1, 1), dt.date(2019, 12, 31)),
        PostInput(world.township, "镇长", dt.date(2020, 1, 1)))))
    unposted = services.cadres.create(CadreInput("孙无"))
    other_case = services.cases.create(CaseInput(
        "WZ2025-099", "河口镇问责案", other, (ProblemInput(ProblemCategory.OTHER, "问题"),),
        (SubjectInput(SubjectKind.CADRE, cadre_id=outsider),), conduct_date=CONDUCT,
        proposed_on=PROPOSED))
    services.auth.sign_in("admin", TEST_PASSWORD)
    services.auth.create_user(UserInput("chengguan", "城关镇录入员",
                                        frozenset({AccountRole.CLERK}), world.township),
                              "Town-Pass-2026")
    services.auth.sign_in("chengguan", "Town-Pass-2026")
    detail = services.cadres.get(both)
    old_post = next(p for p in detail.posts if p.unit_id == other)
    own_post = next(p for p in detail.posts if p.unit_id == world.township)
    attempts = [
        lambda: services.cadres.update(outsider, CadreInput("赵外改")),
        lambda: services.cadres.delete(outsider),
        lambda: services.cadres.get(unposted),
        lambda: services.cadres.delete(both),  # would delete the other township's post
        lambda: services.cadres.update(both, CadreInput("钱两", posts=(  # drops it
            PostInput(world.township, "镇长", own_post.start_date, id=own_post.id),))),
        lambda: services.cadres.update(both, CadreInput("钱两", posts=(  # rewrites it
            PostInput(other, "镇长", old_post.start_date, old_post.end_date, id=old_post.id),
            PostInput(world.township, "镇长", own_post.start_date, id=own_post.id)))),
        lambda: services.teams.add_member(MembershipInput(
            world.team, outsider, TeamRole.MEMBER, dt.date(2021, 1, 1))),
        lambda: services.teams.add_member(MembershipInput(
            other_team, world.cadre, TeamRole.MEMBER, dt.date(2021, 1, 1))),
        # their own clue, talk or case may not reach into the other township's records
        lambda: services.clues.link_case(world.clue, other_case),
        lambda: services.clues.update(world.clue, replace(
            CLUE, unit_id=world.township, case_id=other_case)),
        lambda: services.talks.create(replace(TALK, cadre_id=world.cadre, case_id=other_case)),
        lambda: services.cases.create(_case_input(world, "WZ2025-100", subjects=(
            SubjectInput(SubjectKind.CADRE, cadre_id=outsider),))),
        lambda: services.cases.create(_case_input(world, "WZ2025-101", subjects=(
            SubjectInput(SubjectKind.PARTY_TEAM, team_id=other_team),))),
        lambda: services.cases.update(world.case, _case_input(world, "WZ2025-001", subjects=(
            SubjectInput(SubjectKind.CADRE, cadre_id=world.cadre),
            SubjectInput(SubjectKind.CADRE, cadre_id=outsider)))),
    ]
    refusals = _count_actions(services, "refused")
    for attempt in attempts:
        started = time.monotonic()
        with pytest.raises(PermissionDeniedError):
            attempt()
        # Refused at once, not after waiting for a write lock the refusal itself holds.
        assert time.monotonic() - started < 2
    assert _count_actions(services, "refused") == refusals + len(attempts)
    # Their own post may change; the other township's stays exactly as it was.
    services.cadres.update(both, CadreInput("钱两", posts=(
        PostInput(other, old_post.title, old_post.start_date, old_post.end_date,
                  id=old_post.id),
        PostInput(world.township, "党委书记", own_post.start_date, id=own_post.id))))
    services.auth.sign_in("clerk", TEST_PASSWORD)
    assert [(p.unit_name, p.title) for p in services.cadres.get(both).posts] == [
        ("河口镇", "副镇长"), ("城关镇", "党委书记")]
    assert services.cadres.get(outsider).name == "赵外"
    assert services.clues.get(world.clue).case_id is None
    assert [s.name for s in services.cases.get(world.case).subjects] == ["张建国"]
    # A cadre who once served in their township may be a subject of their case.
    services.auth.sign_in("chengguan", "Town-Pass-2026")
    services.cases.create(_case_input(world, "WZ2025-102", subjects=(
        SubjectInput(SubjectKind.CADRE, cadre_id=both),)))


def test_last_administrator_stays(open_services: Services) -> None:
    services = open_services
    services.auth.sign_in("admin", TEST_PASSWORD)
    me = next(u for u in services.auth.list_users() if u.username == "admin")
    with pytest.raises(ValidationError, match="last active administrator"):
        services.auth.update_user(me.id, UserInput("admin", "", frozenset(
            {AccountRole.ADMINISTRATOR}), is_active=False))
    leader = next(u for u in services.auth.list_users() if u.username == "leader")
    with pytest.raises(ValidationError, match="taken"):
        services.auth.update_user(leader.id, UserInput("clerk", "", frozenset(
            {AccountRole.APPROVER})))
    assert {u.username for u in services.auth.list_users()} == set(TEST_ACCOUNTS)


def test_an_account_names_an_existing_cadre_and_the_audit_keeps_the_link(
        open_services: Services) -> None:
    services = open_services
    services.auth.sign_in("clerk", TEST_PASSWORD)
    cadre = services.cadres.create(CadreInput("欧阳晓燕", Rank.TOWNSHIP_SECTION))
    services.auth.sign_out()
    services.auth.sign_in("admin", TEST_PASSWORD)
    leader = next(u for u in services.auth.list_users() if u.username == "leader")
    with pytest.raises(ValidationError, match="no longer in the roster") as caught:
        services.auth.update_user(leader.id, UserInput(
            "leader", "", leader.roles, cadre_id=uuid.uuid4()))
    assert caught.value.field == "cadre_id"
    assert next(u for u in services.auth.list_users() if u.username == "leader").cadre_id \
        is None
    services.auth.update_user(leader.id, UserInput("leader", "", leader.roles,
                                                   cadre_id=cadre))
    linked = next(u for u in services.auth.list_users() if u.username == "leader")
    assert (linked.cadre_id, linked.cadre_name) == (cadre, "欧阳晓燕")
    with services.db.read() as session:
        record = session.scalars(select(AuditRecord).where(
            AuditRecord.action == "account.update").order_by(AuditRecord.seq.desc())).first()
    assert record is not None and str(cadre) in record.after


def test_a_password_typed_as_user_name_is_not_kept(open_services: Services) -> None:
    services = open_services
    with pytest.raises(SignInError):
        services.auth.sign_in("Secret-Typed-9", "whatever")
    with services.db.read() as session:
        texts = [r.username + r.summary + r.before + r.after
                 for r in session.scalars(select(AuditRecord))]
    assert not any("Secret-Typed-9" in t for t in texts)


# Public service methods that are not in the role matrix, and why.
EXEMPT = {
    "auth.has_accounts": "before sign-in: does the first start need an administrator",
    "auth.create_first_administrator": "only on a database without accounts (tested)",
    "auth.sign_in": "the sign-in itself", "auth.sign_out": "own session",
    "auth.confirm_password": "unlock own idle screen", "auth.change_own_password": "own",
    "settings.office_name": "shown on the login screen", "settings.value": "facts, no content",
    "settings.is_demo": "shown on the login screen",
    "settings.office_settings": "issuer names for documents, no content",
    "settings.document_fonts": "which font files serve the documents, no content",
    "settings.rename_office": "in the matrix as settings.rename_office",
    "cadres.note_used": "the signed-in user's own recent picks, on this computer, no content",
    "cadres.recent": "the signed-in user's own recent picks (ids), no content",
    "units.note_used": "the signed-in user's own recent picks, on this computer, no content",
    "units.recent": "the signed-in user's own recent picks (ids), no content",
    # They need a package or key file of another office: tests/test_exchange.py test_roles.
    "exchange.trust": "role refusals in test_exchange.py (needs another office's key)",
    "exchange.inspect": "role refusals in test_exchange.py (needs another office's package)",
    "exchange.import_file": "role refusals in test_exchange.py (needs a package)",
    "exchange.resolve_conflict": "in test_exchange.py (needs a conflict)",
}


def _public_methods(services: Services) -> set[str]:
    import inspect

    from zeren_desktop.services.base import ServiceBase

    found = set()
    for attribute, service in vars(services).items():
        if not isinstance(service, ServiceBase):
            continue
        for name, member in inspect.getmembers(type(service), inspect.isfunction):
            if not name.startswith("_") and member.__qualname__.split(".")[0] != "ServiceBase":
                found.add(f"{attribute}.{name}")
    return found


def test_every_public_service_method_is_in_the_matrix_or_exempt(
        open_services: Services) -> None:
    missing = _public_methods(open_services) - set(OPERATIONS) - set(EXEMPT)
    # Backups and encryption have their own permission tests (test_backups, test_encryption).
    missing = {m for m in missing if not m.startswith(("backups.", "encryption."))}
    assert not missing, f"add to the role matrix (or EXEMPT with a reason): {sorted(missing)}"
