"""Periodic reports generated from the records with no typing (REFERENCE.md §4–§6):

- the monthly accountability statistics table (月度问责工作统计表): the month beside the
  year to date, both counted by the statistics service (SQL aggregates);
- the quarterly ledger completeness summary (季度履责纪实完整情况汇总表): per township and
  county department, per member of its Party committee team during the quarter, the
  entries per must-record kind (one GROUP BY) and the kinds missing (the reminders' and the
  assessment's `missing_must_record`);
- the year-end duty report draft (述责述廉报告) of a leader, or of every leader of a unit.

Each as PDF and .xlsx (the duty report also as .docx, for the leader to edit). Reading needs
the permission to view records; a township account sees only its township's units, cadres
and records. Every export is audited.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.enums import (
    ItemStatus,
    LedgerCategory,
    TeamKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.ledger import check_year, quarter_bounds
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    Message,
    Translate,
    ValidationError,
    untranslated,
)
from zeren_desktop.reports.completeness_report import (
    CompletenessReport,
    LeaderCompleteness,
    UnitCompleteness,
)
from zeren_desktop.reports.duty_report import (
    OVERDUE_INSPECTION,
    OVERDUE_ITEM,
    OVERDUE_TALK,
    DutyAssessment,
    DutyCase,
    DutyClues,
    DutyEntry,
    DutyListItem,
    DutyMeeting,
    DutyOverdue,
    DutyReport,
    DutyTalk,
    DutyText,
    draft_text,
)
from zeren_desktop.reports.fonts import DocumentFonts
from zeren_desktop.reports.ledger_book import chinese_date
from zeren_desktop.reports.monthly_statistics import MonthlyStatistics
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import (
    CADRE_NOT_FOUND,
    UNIT_NOT_FOUND,
    ServiceBase,
    not_found,
)
from zeren_desktop.services.files import write_atomically
from zeren_desktop.services.ledger import missing_must_record
from zeren_desktop.services.lists import current_post
from zeren_desktop.services.regulations import RegulationService
from zeren_desktop.services.session import Actor
from zeren_desktop.services.settings import SettingsService
from zeren_desktop.services.statistics import StatisticsService
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Cadre,
    CaseSubject,
    Inspection,
    LeadershipTeam,
    LedgerEntry,
    Meeting,
    Post,
    ResponsibilityList,
    Talk,
    TeamMembership,
    Unit,
    UnitAssessment,
    ledger_entry_items,
    meeting_attendees,
)

_CTX = "Services"
KINDS: tuple[LedgerCategory, ...] = tuple(LedgerCategory)
# The units whose Party committee teams the completeness summary covers.
COMPLETENESS_KINDS = (UnitKind.TOWNSHIP, UnitKind.DEPARTMENT)
ROLE_ORDER = {TeamRole.PRINCIPAL: 0, TeamRole.DEPUTY: 1, TeamRole.MEMBER: 2}
DUTY_FORMATS = ("pdf", "xlsx", "docx")
NOTHING_TO_PRINT = QT_TRANSLATE_NOOP(
    "Services", "The unit has no member of its Party committee team on record for {year}.")
BAD_MONTH = QT_TRANSLATE_NOOP("Services", "The month {month} is not between 1 and 12.")
BAD_QUARTER = QT_TRANSLATE_NOOP("Services", "The quarter {quarter} is not between 1 and 4.")
FUTURE_MONTH = QT_TRANSLATE_NOOP(
    "Services", "Month {month} of {year} has not begun yet: there is nothing to count.")
FUTURE_QUARTER = QT_TRANSLATE_NOOP(
    "Services", "Quarter {quarter} of {year} has not begun yet: there is nothing to count.")
ONE_OF = QT_TRANSLATE_NOOP("Services", "Choose either a leader or a unit.")
BAD_FORMAT = QT_TRANSLATE_NOOP("Services", "The format {format} is not one of PDF, xlsx or docx.")
# A name inside a talker's text ("党委书记 李明") is the name when no other character of a
# name follows it (李明 is not 李明华).
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first, following - dt.timedelta(days=1)


def names_in(text: str, name: str) -> bool:
    """`name` occurs in `text` as a whole name (not the start of a longer one)."""
    name = name.strip()
    if not name:
        return False
    start = text.find(name)
    while start >= 0:
        after = text[start + len(name):start + len(name) + 1]
        if not after or not _CJK.match(after):
            return True
        start = text.find(name, start + 1)
    return False


def _check_month(month: int) -> int:
    if not 1 <= month <= 12:
        raise ValidationError("month", Message(_CTX, BAD_MONTH, {"month": month}))
    return month


def _check_quarter(quarter: int) -> int:
    if not 1 <= quarter <= 4:
        raise ValidationError("quarter", Message(_CTX, BAD_QUARTER, {"quarter": quarter}))
    return quarter


class PeriodicReportService(ServiceBase):
    # -- (a) the monthly statistics table

    def monthly_statistics(self, year: int, month: int,
                           unit_id: uuid.UUID | None = None) -> MonthlyStatistics:
        """The figures of `month` of `year` and of the year up to the month's end (of
        `unit_id` and the units under it if given, else of the account's scope), by the
        statistics service. A month not begun yet is refused (ValidationError); one not
        ended counts up to today (the table says so)."""
        actor = self._require(Permission.VIEW_RECORDS, "periodic_reports.monthly_statistics")
        check_year(year)
        start, end = month_bounds(year, _check_month(month))
        if start > self._today():
            raise ValidationError("month", Message(_CTX, FUTURE_MONTH,
                                                   {"year": year, "month": month}))
        unit_id = _in_scope(actor, unit_id)
        statistics = StatisticsService(self.db, self.office_id, self.state, self.audit)
        month_report = statistics.report(start, end, unit_id)
        year_report = statistics.report(dt.date(year, 1, 1), end, unit_id)
        issuer = self._issuer()
        return MonthlyStatistics(year, month, unit_id, month_report.unit_name, issuer,
                                 _preparer(actor), self._today(), month_report, year_report)

    def export_monthly_pdf(self, year: int, month: int, target: Path,
                           unit_id: uuid.UUID | None = None, *,
                           translate: Translate = untranslated) -> int:
        """The month's table as an A4 PDF; its pages."""
        from zeren_desktop.reports.monthly_statistics import build_monthly_pdf

        actor = self._require(Permission.VIEW_RECORDS, "periodic_reports.export_monthly_pdf")
        data = self.monthly_statistics(year, month, unit_id)
        fonts = self._fonts()
        pages = write_atomically(Path(target), lambda temp: build_monthly_pdf(
            temp, data, fonts, translate=translate))
        self._audit_export(actor, "export.monthly_statistics_pdf", "accountability_cases",
                           None, f"{year}-{month:02d} {data.unit_name}", Path(target),
                           {"problems": data.month_report.problems,
                            "persons": data.month_report.persons})
        return pages

    def export_monthly_xlsx(self, year: int, month: int, target: Path,
                            unit_id: uuid.UUID | None = None, *,
                            translate: Translate = untranslated) -> int:
        """The month's table as an .xlsx sheet, figures as numbers; the rows written."""
        from zeren_desktop.reports.monthly_statistics import monthly_sheets
        from zeren_desktop.reports.periodic_common import write_sheets

        actor = self._require(Permission.VIEW_RECORDS, "periodic_reports.export_monthly_xlsx")
        data = self.monthly_statistics(year, month, unit_id)
        rows = write_atomically(Path(target), lambda temp: write_sheets(
            temp, monthly_sheets(data, translate)))
        self._audit_export(actor, "export.monthly_statistics_xlsx", "accountability_cases",
                           None, f"{year}-{month:02d} {data.unit_name}", Path(target),
                           {"problems": data.month_report.problems,
                            "persons": data.month_report.persons})
        return rows

    # -- (b) the quarterly ledger completeness summary

    def ledger_completeness(self, year: int, quarter: int,
                            unit_id: uuid.UUID | None = None) -> CompletenessReport:
        """Per township and county department (those under `unit_id` if given, else under
        the account's scope unit; those the account sees), per member of its Party committee
        team during the quarter: entries per must-record kind and the kinds missing. A
        quarter not begun yet is refused (ValidationError)."""
        actor = self._require(Permission.VIEW_RECORDS, "periodic_reports.ledger_completeness")
        check_year(year)
        start, end = quarter_bounds(year, _check_quarter(quarter))
        if start > self._today():
            raise ValidationError("quarter", Message(_CTX, FUTURE_QUARTER,
                                                     {"year": year, "quarter": quarter}))
        unit_id = _in_scope(actor, unit_id)
        issuer = self._issuer()
        with self.db.read() as session:
            unit_name = ""
            query = select(Unit.id, Unit.name, Unit.kind).where(
                Unit.kind.in_(COMPLETENESS_KINDS))
            if unit_id is not None:
                chosen = session.get(Unit, unit_id)
                if chosen is None:
                    raise not_found(UNIT_NOT_FOUND, unit_id)
                self._require_scope(actor, {unit_id}, "periodic_reports.ledger_completeness",
                                    "units", unit_id)
                unit_name = chosen.name
                query = query.where(Unit.id.in_(subtree(session, unit_id)))
            units = [(uid, name, kind) for uid, name, kind in session.execute(
                query.order_by(Unit.sort_order, Unit.name)) if actor.sees_unit(uid)]
            leaders = self._team_members(session, [u for u, _, _ in units], start, end)
            cadre_ids = {cid for members in leaders.values() for cid, _, _ in members}
            counts = _entry_counts(session, cadre_ids, start, end)
            missing = missing_must_record(session, cadre_ids, start, end)
            titles = _post_titles(session, cadre_ids, end)
            rows = []
            for uid, name, kind in units:
                members = tuple(
                    LeaderCompleteness(
                        cid, cadre_name, role, titles.get((cid, uid), titles.get((cid, None), "")),
                        tuple(counts.get((cid, k), 0) for k in KINDS), missing[cid])
                    for cid, cadre_name, role in leaders.get(uid, []))
                rows.append(UnitCompleteness(uid, name, kind, members))
        return CompletenessReport(year, quarter, start, end, unit_id, unit_name, issuer,
                                  _preparer(actor), self._today(), tuple(rows))

    def export_ledger_completeness_pdf(self, year: int, quarter: int, target: Path,
                                       unit_id: uuid.UUID | None = None, *,
                                       translate: Translate = untranslated) -> int:
        """The summary as A4 landscape pages; their number."""
        from zeren_desktop.reports.completeness_report import build_completeness_pdf

        actor = self._require(Permission.VIEW_RECORDS,
                              "periodic_reports.export_ledger_completeness_pdf")
        report = self.ledger_completeness(year, quarter, unit_id)
        fonts = self._fonts()
        pages = write_atomically(Path(target), lambda temp: build_completeness_pdf(
            temp, report, fonts, translate=translate))
        self._audit_export(actor, "export.ledger_completeness_pdf", "ledger_entries", unit_id,
                           f"{year} Q{quarter} {report.unit_name}", Path(target),
                           {"units": len(report.units), "leaders": len(report.leaders)})
        return pages

    def export_ledger_completeness_xlsx(self, year: int, quarter: int, target: Path,
                                        unit_id: uuid.UUID | None = None, *,
                                        translate: Translate = untranslated) -> int:
        """The summary as an .xlsx workbook (units ranked; every leader); the rows written."""
        from zeren_desktop.reports.completeness_report import completeness_sheets
        from zeren_desktop.reports.periodic_common import write_sheets

        actor = self._require(Permission.VIEW_RECORDS,
                              "periodic_reports.export_ledger_completeness_xlsx")
        report = self.ledger_completeness(year, quarter, unit_id)
        rows = write_atomically(Path(target), lambda temp: write_sheets(
            temp, completeness_sheets(report, translate)))
        self._audit_export(actor, "export.ledger_completeness_xlsx", "ledger_entries",
                           unit_id, f"{year} Q{quarter} {report.unit_name}", Path(target),
                           {"units": len(report.units), "leaders": len(report.leaders)})
        return rows

    # -- (c) the year-end duty report

    def duty_leaders(self, unit_id: uuid.UUID, year: int) -> list[tuple[uuid.UUID, str]]:
        """(cadre id, name) of the members of the unit's Party committee team during the
        year: the principal leader first."""
        actor = self._require(Permission.VIEW_RECORDS, "periodic_reports.duty_leaders")
        check_year(year)
        with self.db.read() as session:
            if session.get(Unit, unit_id) is None:
                raise not_found(UNIT_NOT_FOUND, unit_id)
            self._require_scope(actor, {unit_id}, "periodic_reports.duty_leaders", "units",
                                unit_id)
            members = self._team_members(session, [unit_id], dt.date(year, 1, 1),
                                         dt.date(year, 12, 31)).get(unit_id, [])
            return [(cid, name) for cid, name, _ in members]

    def duty_report(self, cadre_id: uuid.UUID, year: int) -> DutyReport:
        """What the records say about the leader's year (see reports/duty_report.py)."""
        actor = self._require(Permission.VIEW_RECORDS, "periodic_reports.duty_report")
        check_year(year)
        today = self._today()
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        measure_names = self._measure_names()
        with self.db.read() as session:
            cadre = session.get(Cadre, cadre_id, options=[selectinload(Cadre.posts)])
            if cadre is None:
                raise not_found(CADRE_NOT_FOUND, cadre_id)
            self._require_scope(actor, {p.unit_id for p in cadre.posts},
                                "periodic_reports.duty_report", "cadres", cadre_id)
            lst = session.scalars(
                select(ResponsibilityList)
                .where(ResponsibilityList.year == year, ResponsibilityList.cadre_id == cadre_id)
                .options(selectinload(ResponsibilityList.items))
                .order_by(ResponsibilityList.number)).first()
            # The unit of the year's duty: the list's, else the team's the leader sat on,
            # else the post's at the year's end (a leader who moved reports on the unit
            # whose list they held).
            membership = self._membership(session, cadre_id,
                                          lst.unit_id if lst is not None else None, first, last)
            post = current_post(session, cadre_id, min(last, today))
            unit_id = (lst.unit_id if lst is not None
                       else membership.team.unit_id if membership is not None
                       else post.unit_id if post is not None else None)
            unit = session.get(Unit, unit_id) if unit_id is not None else None
            if unit is not None and (post is None or post.unit_id != unit.id):
                post = _post_in(session, cadre_id, unit.id, first, last) or post
            units = subtree(session, unit.id) if unit is not None else frozenset()
            if actor.scope_units is not None:
                units = frozenset(u for u in units if actor.sees_unit(u))
            portfolio = ((lst.portfolio if lst is not None else "")
                         or (membership.portfolio if membership is not None else "")
                         or (post.portfolio if post is not None else ""))
            title = ((lst.holder_title if lst is not None else "")
                     or (post.title if post is not None else ""))
            items = _list_items(session, lst, first, last)
            counts = _entry_counts(session, {cadre_id}, first, last)
            talks_held, talks_received = self._talks(session, actor, cadre, first, last)
            unit_cases = _unit_cases(session, units, first, last)
            report = DutyReport(
                year=year, cadre_id=cadre_id, name=cadre.name,
                unit_id=unit.id if unit else None, unit_name=unit.name if unit else "",
                post_title=title, portfolio=portfolio,
                role=membership.role if membership is not None else None,
                prepared_on=today,
                items=items,
                ledger_counts=tuple(counts.get((cadre_id, k), 0) for k in KINDS),
                ledger_examples=_examples(session, cadre_id, first, last),
                talks_held=talks_held, talks_received=talks_received,
                meetings=_meetings(session, actor, cadre_id, first, last),
                unit_cases=unit_cases,
                own_cases=_own_cases(session, cadre_id, first, last, measure_names),
                assessment=_assessment(session, self.office_id, unit, year),
                list_assessment=lst.assessment_result if lst is not None else "",
                overdue=(*_open_items(items),
                         *_overdue_inspections(session, cadre_id, unit, first, last, today),
                         *_overdue_talks(session, cadre_id, first, last, today)))
        statistics = StatisticsService(self.db, self.office_id, self.state, self.audit)
        if unit is not None:
            report = _with_figures(report, statistics.report(first, last, unit.id))
        return report

    def export_duty_report(self, year: int, target: Path, fmt: str = "pdf", *,
                           cadre_id: uuid.UUID | None = None, unit_id: uuid.UUID | None = None,
                           translate: Translate = untranslated) -> int:
        """The draft of one leader (`cadre_id`) or of every leader of a unit (`unit_id`),
        as "pdf" (pages), "xlsx" (one row per fact; rows) or "docx" (leaders)."""
        actor = self._require(Permission.VIEW_RECORDS, "periodic_reports.export_duty_report")
        if (cadre_id is None) == (unit_id is None):
            raise ValidationError("cadre_id", Message(_CTX, ONE_OF))
        if fmt not in DUTY_FORMATS:
            raise ValidationError("format", Message(_CTX, BAD_FORMAT, {"format": fmt}))
        check_year(year)
        if cadre_id is not None:
            cadres = [cadre_id]
        else:
            assert unit_id is not None
            cadres = [cid for cid, _ in self.duty_leaders(unit_id, year)]
            if not cadres:
                raise ConflictError(Message(_CTX, NOTHING_TO_PRINT, {"year": year}))
        reports = [self.duty_report(cid, year) for cid in cadres]
        texts = [draft_text(report, translate) for report in reports]
        target = Path(target)
        if fmt == "pdf":
            from zeren_desktop.reports.duty_report import build_duty_pdf

            fonts = self._fonts()
            count = write_atomically(target, lambda temp: build_duty_pdf(temp, texts, fonts))
        elif fmt == "xlsx":
            from zeren_desktop.reports.duty_report import duty_sheets
            from zeren_desktop.reports.periodic_common import write_sheets

            count = write_atomically(target, lambda temp: write_sheets(
                temp, duty_sheets(texts, translate)))
        else:
            count = write_atomically(target, lambda temp: write_duty_docx(temp, texts))
        self._audit_export(actor, f"export.duty_report_{fmt}", "cadres",
                           cadre_id if cadre_id is not None else None,
                           f"{year} {', '.join(r.name for r in reports)}", target,
                           {"year": year, "cadres": [str(c) for c in cadres],
                            "unit_id": str(unit_id or "")})
        return count

    # -- helpers

    def _issuer(self) -> str:
        settings = SettingsService(self.db, self.office_id, self.state, self.audit)
        return settings.office_settings().issuer_name or settings.office_name()

    def _measure_names(self) -> dict[str, str]:
        """The measures' names in the regulation data (the newest regulation's wording)."""
        regulations = RegulationService(self.db, self.office_id, self.state,
                                        self.audit).regulations()
        return dict(st.MeasureRanking.of(regulations).names)

    def _fonts(self) -> DocumentFonts:
        from zeren_desktop.services.documents import document_fonts_for

        settings = SettingsService(self.db, self.office_id, self.state, self.audit)
        return document_fonts_for(settings.office_settings())

    def _audit_export(self, actor: Actor, action: str, entity: str,
                      entity_id: uuid.UUID | None, summary: str, target: Path,
                      after: dict[str, object]) -> None:
        if self.state.read_only:
            return
        with self.db.write() as session:
            self._audit(session, actor, action, entity, entity_id,
                        summary=f"{summary} to {target.name}"[:200], after=after)

    @staticmethod
    def _team_members(session: Session, unit_ids: Sequence[uuid.UUID], start: dt.date,
                      end: dt.date) -> dict[uuid.UUID, list[tuple[uuid.UUID, str, TeamRole]]]:
        """Per unit: (cadre, name, role) of the members of its Party committee team at any
        time from `start` to `end`, each once (their highest role), principal first."""
        found: dict[uuid.UUID, dict[uuid.UUID, tuple[str, TeamRole]]] = defaultdict(dict)
        if not unit_ids:
            return {}
        rows = session.execute(
            select(LeadershipTeam.unit_id, TeamMembership.cadre_id, Cadre.name,
                   TeamMembership.role)
            .join(LeadershipTeam, LeadershipTeam.id == TeamMembership.team_id)
            .join(Cadre, Cadre.id == TeamMembership.cadre_id)
            .where(LeadershipTeam.unit_id.in_(list(unit_ids)),
                   LeadershipTeam.kind == TeamKind.PARTY_COMMITTEE,
                   TeamMembership.start_date <= end,
                   or_(TeamMembership.end_date.is_(None), TeamMembership.end_date >= start)))
        for unit_id, cadre_id, name, role in rows:
            known = found[unit_id].get(cadre_id)
            if known is None or ROLE_ORDER[role] < ROLE_ORDER[known[1]]:
                found[unit_id][cadre_id] = (name, role)
        return {unit_id: sorted(((cid, name, role) for cid, (name, role) in members.items()),
                                key=lambda m: (ROLE_ORDER[m[2]], m[1], str(m[0])))
                for unit_id, members in found.items()}

    @staticmethod
    def _membership(session: Session, cadre_id: uuid.UUID, unit_id: uuid.UUID | None,
                    start: dt.date, end: dt.date) -> TeamMembership | None:
        """The leader's membership of a Party committee team in the year (of the unit of
        their post if there is one), the highest role first."""
        query = (select(TeamMembership)
                 .join(LeadershipTeam, LeadershipTeam.id == TeamMembership.team_id)
                 .where(TeamMembership.cadre_id == cadre_id,
                        LeadershipTeam.kind == TeamKind.PARTY_COMMITTEE,
                        TeamMembership.start_date <= end,
                        or_(TeamMembership.end_date.is_(None),
                            TeamMembership.end_date >= start)))
        rows = list(session.scalars(query))
        rows.sort(key=lambda m: (m.team.unit_id != unit_id, ROLE_ORDER[m.role],
                                 -m.start_date.toordinal()))
        return rows[0] if rows else None

    def _talks(self, session: Session, actor: Actor, cadre: Cadre, start: dt.date,
               end: dt.date) -> tuple[tuple[DutyTalk, ...], tuple[DutyTalk, ...]]:
        """Talks the leader held (the talker's text names them) and received."""
        held_query = (select(Talk).options(selectinload(Talk.cadre))
                      .where(Talk.held_on.between(start, end),
                             Talk.talker.contains(cadre.name, autoescape=True))
                      .order_by(Talk.held_on, Talk.start_time, Talk.id))
        received_query = (select(Talk).where(
            Talk.held_on.between(start, end),
            or_(Talk.cadre_id == cadre.id,
                and_(Talk.cadre_id.is_(None), Talk.subject_name == cadre.name)))
            .order_by(Talk.held_on, Talk.start_time, Talk.id))
        if actor.scope_units is not None:
            held_query = held_query.where(Talk.unit_id.in_(actor.scope_units))
            received_query = received_query.where(Talk.unit_id.in_(actor.scope_units))
        held = tuple(
            DutyTalk(t.held_on, t.kind,
                     t.subject_name or (t.cadre.name if t.cadre is not None else ""),
                     " ".join(t.reason.split()))
            for t in session.scalars(held_query)
            if names_in(t.talker, cadre.name) and t.cadre_id != cadre.id)
        received = tuple(DutyTalk(t.held_on, t.kind, t.talker, " ".join(t.reason.split()))
                         for t in session.scalars(received_query))
        return held, received


def _in_scope(actor: Actor, unit_id: uuid.UUID | None) -> uuid.UUID | None:
    """The unit a report covers: the one chosen, else the account's scope unit (a
    township account's reports are its township's, and say so), else None (all units)."""
    return unit_id if unit_id is not None else actor.scope_unit_id


def _preparer(actor: Actor) -> str:
    return actor.display_name or actor.username


def _entry_counts(session: Session, cadre_ids: set[uuid.UUID], start: dt.date, end: dt.date
                  ) -> dict[tuple[uuid.UUID, LedgerCategory], int]:
    """Entries per (cadre, must-record kind) dated from `start` to `end`: one GROUP BY."""
    if not cadre_ids:
        return {}
    return {(cid, category): int(n) for cid, category, n in session.execute(
        select(LedgerEntry.cadre_id, LedgerEntry.category, func.count())
        .where(LedgerEntry.cadre_id.in_(cadre_ids), LedgerEntry.entry_date.between(start, end))
        .group_by(LedgerEntry.cadre_id, LedgerEntry.category))}


def _post_titles(session: Session, cadre_ids: set[uuid.UUID], on: dt.date
                 ) -> dict[tuple[uuid.UUID, uuid.UUID | None], str]:
    """The post title of each cadre per unit, and (cadre, None): their post on `on` (as
    lists.current_post chooses: the latest started that holds on the day, else the
    latest)."""
    if not cadre_ids:
        return {}
    titles: dict[tuple[uuid.UUID, uuid.UUID | None], str] = {}
    held: dict[uuid.UUID, str] = {}
    for cid, unit_id, title, start, end in session.execute(
            select(Post.cadre_id, Post.unit_id, Post.title, Post.start_date, Post.end_date)
            .where(Post.cadre_id.in_(cadre_ids)).order_by(Post.start_date, Post.id)):
        titles[(cid, unit_id)] = title          # the latest started per unit wins
        if start <= on and (end is None or end >= on):
            held[cid] = title
        titles[(cid, None)] = held.get(cid, title)
    return titles


def _post_in(session: Session, cadre_id: uuid.UUID, unit_id: uuid.UUID, start: dt.date,
             end: dt.date) -> Post | None:
    """The cadre's latest post in the unit held at some time from `start` to `end`."""
    return session.scalars(
        select(Post).where(Post.cadre_id == cadre_id, Post.unit_id == unit_id,
                           Post.start_date <= end,
                           or_(Post.end_date.is_(None), Post.end_date >= start))
        .order_by(Post.start_date.desc())).first()


def _list_items(session: Session, lst: ResponsibilityList | None, start: dt.date,
                end: dt.date) -> tuple[DutyListItem, ...]:
    if lst is None:
        return ()
    ids = [item.id for item in lst.items]
    served: dict[uuid.UUID, int] = {}
    if ids:
        served = {item_id: int(n) for item_id, n in session.execute(
            select(ledger_entry_items.c.item_id, func.count())
            .join(LedgerEntry, LedgerEntry.id == ledger_entry_items.c.entry_id)
            .where(ledger_entry_items.c.item_id.in_(ids),
                   LedgerEntry.entry_date.between(start, end))
            .group_by(ledger_entry_items.c.item_id))}
    return tuple(DutyListItem(n, item.area, " ".join(item.text.split()), item.status,
                              served.get(item.id, 0))
                 for n, item in enumerate(lst.items, start=1))


def _examples(session: Session, cadre_id: uuid.UUID, start: dt.date, end: dt.date
              ) -> tuple[DutyEntry, ...]:
    """Per kind, the first and the last entry of the year (two dated matters)."""
    rows = session.execute(
        select(LedgerEntry.entry_date, LedgerEntry.category, LedgerEntry.matter)
        .where(LedgerEntry.cadre_id == cadre_id, LedgerEntry.entry_date.between(start, end))
        .order_by(LedgerEntry.entry_date, LedgerEntry.created_at, LedgerEntry.id)).all()
    by_kind: dict[LedgerCategory, list[DutyEntry]] = defaultdict(list)
    for day, category, matter in rows:
        by_kind[category].append(DutyEntry(day, category, " ".join(matter.split())))
    out: list[DutyEntry] = []
    for kind in KINDS:
        entries = by_kind.get(kind, [])
        out += entries[:1] + entries[-1:] if len(entries) > 1 else entries
    return tuple(out)


def _meetings(session: Session, actor: Actor, cadre_id: uuid.UUID, start: dt.date,
              end: dt.date) -> tuple[DutyMeeting, ...]:
    """The meetings on record that the leader attended in the year."""
    query = (select(Meeting.held_on, Meeting.kind, Meeting.title)
             .join(meeting_attendees, meeting_attendees.c.meeting_id == Meeting.id)
             .where(meeting_attendees.c.cadre_id == cadre_id,
                    Meeting.held_on.between(start, end))
             .order_by(Meeting.held_on, Meeting.title, Meeting.id))
    if actor.scope_units is not None:
        query = query.where(Meeting.unit_id.in_(actor.scope_units))
    return tuple(DutyMeeting(day, kind, " ".join(title.split()))
                 for day, kind, title in session.execute(query))


def _unit_cases(session: Session, units: frozenset[uuid.UUID], start: dt.date,
                end: dt.date) -> tuple[DutyCase, ...]:
    """The cases of the unit (and the units under it) decided in the year: the cases the
    statistics count for it."""
    if not units:
        return ()
    return tuple(DutyCase(number, title, decided) for number, title, decided in session.execute(
        select(AccountabilityCase.number, AccountabilityCase.title,
               AccountabilityCase.decision_date)
        .where(AccountabilityCase.unit_id.in_(units),
               AccountabilityCase.decision_date.between(start, end))
        .order_by(AccountabilityCase.decision_date, AccountabilityCase.number)))


def _own_cases(session: Session, cadre_id: uuid.UUID, start: dt.date, end: dt.date,
               names: dict[str, str]) -> tuple[DutyCase, ...]:
    """Cases decided in the year that held the leader accountable."""
    out = []
    for number, title, decided, measures in session.execute(
            select(AccountabilityCase.number, AccountabilityCase.title,
                   AccountabilityCase.decision_date, CaseSubject.measures)
            .join(CaseSubject, CaseSubject.case_id == AccountabilityCase.id)
            .where(CaseSubject.cadre_id == cadre_id,
                   AccountabilityCase.decision_date.between(start, end))
            .order_by(AccountabilityCase.decision_date, AccountabilityCase.number)):
        out.append(DutyCase(number, title, decided, _measure_names(measures, names)))
    return tuple(out)


def _measure_names(measures: str, names: dict[str, str]) -> str:
    try:
        codes = json.loads(measures or "[]")
    except ValueError:
        return ""
    if not isinstance(codes, list):
        return ""
    return "、".join(names.get(str(code), str(code)) for code in codes)


def _with_figures(report: DutyReport, figures: st.StatisticsReport) -> DutyReport:
    from dataclasses import replace

    clues = figures.clues
    return replace(report, unit_problems=figures.problems, unit_persons=figures.persons,
                   clues=DutyClues(clues.received, clues.concluded, clues.confirmed))


def _assessment(session: Session, office_id: uuid.UUID, unit: Unit | None,
                year: int) -> DutyAssessment | None:
    from zeren_desktop.domain.assessment import AssessmentStatus
    from zeren_desktop.services.assessment import from_hundredths, ranking_of

    if unit is None or unit.kind not in COMPLETENESS_KINDS:
        return None
    row = session.scalar(select(UnitAssessment).where(
        UnitAssessment.office_id == office_id, UnitAssessment.year == year,
        UnitAssessment.unit_id == unit.id))
    if row is None:
        return None
    rank, ranked = None, 0
    if row.status is AssessmentStatus.LOCKED:
        ranking = ranking_of(session, office_id, year, unit.kind)
        ranked = len(ranking)
        rank = next((r.rank for r in ranking if r.entry.key.unit_id == unit.id), None)
    return DutyAssessment(row.status, from_hundredths(row.total_hundredths), rank, ranked,
                          unit.kind)


def _open_items(items: Sequence[DutyListItem]) -> list[DutyOverdue]:
    return [DutyOverdue(OVERDUE_ITEM, item.status, item.text, number=item.number)
            for item in items if item.status is not ItemStatus.DONE]


def _overdue_inspections(session: Session, cadre_id: uuid.UUID, unit: Unit | None,
                         start: dt.date, end: dt.date, today: dt.date) -> list[DutyOverdue]:
    """Rectifications demanded by the year's inspections of the leader (or of their unit
    as a whole) not done by the deadline."""
    whom = Inspection.cadre_id == cadre_id
    if unit is not None:
        whom = or_(whom, and_(Inspection.cadre_id.is_(None), Inspection.unit_id == unit.id))
    out = []
    for row in session.scalars(select(Inspection).where(
            whom, Inspection.inspected_on.between(start, end),
            Inspection.deadline.is_not(None), Inspection.deadline < today)
            .order_by(Inspection.deadline, Inspection.inspected_on)):
        assert row.deadline is not None  # the query's
        late = row.result_date is None or row.result_date > row.deadline
        if late:
            text = " ".join((row.rectification or row.findings).split())
            out.append(DutyOverdue(OVERDUE_INSPECTION, row.kind, text, row.inspected_on,
                                   row.deadline, row.result_date))
    return out


def _overdue_talks(session: Session, cadre_id: uuid.UUID, start: dt.date, end: dt.date,
                   today: dt.date) -> list[DutyOverdue]:
    """Talks the leader received whose rectification deadline passed with no follow-up."""
    return [DutyOverdue(OVERDUE_TALK, t.kind, " ".join(t.rectification.split()), t.held_on,
                        t.deadline)
            for t in session.scalars(select(Talk).where(
                Talk.cadre_id == cadre_id, Talk.held_on.between(start, end),
                Talk.deadline.is_not(None), Talk.deadline < today, Talk.follow_up_note == "",
                Talk.rectification != "").order_by(Talk.deadline))]


def official_page(document: Any) -> None:
    """Every section of `document` (python-docx) on the A4 page of the duty report's PDF:
    GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), not python-docx's
    US Letter with 1.25 in margins."""
    from docx.shared import Pt

    from zeren_desktop.reports import gbt9704 as g

    for section in document.sections:
        section.page_width, section.page_height = Pt(g.PAGE_WIDTH), Pt(g.PAGE_HEIGHT)
        section.top_margin = Pt(g.TOP_MARGIN)
        section.bottom_margin = Pt(g.AREA_BOTTOM)
        section.left_margin = Pt(g.AREA_LEFT)
        section.right_margin = Pt(g.PAGE_WIDTH - g.AREA_RIGHT)


def write_duty_docx(target: Path, texts: Sequence[DutyText]) -> int:
    """The drafts as one .docx (services/document_docx.write_docx for each, joined with
    page breaks) on A4 pages with the PDF's margins; the leader's name and the date close
    each. The number of drafts."""
    import docx

    from zeren_desktop.services.document_docx import write_docx

    def body(text: DutyText) -> str:
        return "\n".join([*text.lines, text.signer, chinese_date(text.date)])

    with tempfile.TemporaryDirectory(prefix="zeren-duty-") as folder:
        parts = []
        for index, text in enumerate(texts):
            part = Path(folder) / f"{index}.docx"
            write_docx(part, text.title, body(text))
            parts.append(part)
        merged = docx.Document(str(parts[0]))
        for part in parts[1:]:
            merged.add_page_break()  # type: ignore[no-untyped-call]
            end = merged.element.body.sectPr
            for element in docx.Document(str(part)).element.body.iterchildren():
                if element.tag.endswith("}sectPr"):
                    continue
                if end is not None:
                    end.addprevious(copy.deepcopy(element))
                else:
                    merged.element.body.append(copy.deepcopy(element))
        official_page(merged)
        merged.save(str(target))
    return len(texts)
