"""Demo responsibility lists, duty-ledger entries and inspections for the demo county.

This year up to `until` (last year in full before March): every Party committee team and discipline
team gets its list, every member of a Party committee team their own; each of them has a
ledger with most (not all) must-record kinds each quarter, so that reminders show; a few
inspections, one of them with its rectification overdue. Written in bulk, in the demo's
transaction.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain import demo_ledger_text as text
from zeren_desktop.domain.enums import (
    InspectionKind,
    ItemStatus,
    LedgerCategory,
    ListRole,
    TeamKind,
    TeamRole,
)
from zeren_desktop.domain.ledger import LedgerEntryInput, quarter_bounds
from zeren_desktop.services.ledger import (
    search_fields,
    search_text_of,
)
from zeren_desktop.storage.models import (
    Inspection,
    ItemStatusUpdate,
    LeadershipTeam,
    LedgerEntry,
    ListTemplate,
    Post,
    ResponsibilityItem,
    ResponsibilityList,
    TeamMembership,
    ledger_entry_items,
    utcnow,
)


@dataclass(frozen=True)
class DemoLedgerResult:
    lists: int
    entries: int
    inspections: int


def _common(office_id: uuid.UUID) -> dict[str, Any]:
    now = utcnow()
    return {"id": uuid.uuid4(), "office_id": office_id, "created_at": now, "updated_at": now}


class _LedgerBuilder:
    def __init__(self, session: Session, office_id: uuid.UUID, rng: random.Random,
                 until: dt.date) -> None:
        self.session, self.office_id, self.rng, self.until = session, office_id, rng, until
        self.rows: dict[str, list[dict[str, Any]]] = {
            "lists": [], "items": [], "updates": [], "entries": [], "links": [],
            "inspections": []}
        self.templates = {t.role: t for t in session.scalars(
            select(ListTemplate).where(ListTemplate.is_active.is_(True))
            .options(selectinload(ListTemplate.items)).order_by(ListTemplate.created_at))}
        self.numbers: Counter[int] = Counter()
        self.keys: set[str] = set()

    def day(self, lo: dt.date, hi: dt.date) -> dt.date:
        hi = min(hi, self.until)
        return lo + dt.timedelta(days=self.rng.randint(0, max((hi - lo).days, 0)))

    def build(self) -> _LedgerBuilder:
        teams = list(self.session.scalars(select(LeadershipTeam).options(
            selectinload(LeadershipTeam.memberships).selectinload(TeamMembership.cadre),
            selectinload(LeadershipTeam.unit))))
        posts = {p.cadre_id: p for p in self.session.scalars(
            select(Post).where(Post.end_date.is_(None)))}
        year = self.until.year if self.until.month >= 3 else self.until.year - 1
        issued = dt.date(year, 1, 8)
        for team in sorted(teams, key=lambda t: (t.unit.name, t.kind.value)):
            role = ListRole.TEAM if team.kind is TeamKind.PARTY_COMMITTEE \
                else ListRole.SUPERVISORY
            # A team's list is signed by its principal leader.
            principal = next((m.cadre.name for m in team.memberships
                              if m.role is TeamRole.PRINCIPAL and m.end_date is None), "")
            self.new_list(year, issued, role, team, None, "", "", principal)
            if team.kind is not TeamKind.PARTY_COMMITTEE:
                continue
            for m in team.memberships:
                if m.start_date > issued or (m.end_date and m.end_date < issued):
                    continue
                post = posts.get(m.cadre_id)
                role = (ListRole.FIRST_RESPONSIBLE if m.role is TeamRole.PRINCIPAL
                        else ListRole.MEMBER)
                _, items = self.new_list(
                    year, issued, role, team, m.cadre_id, post.title if post else "",
                    m.portfolio, m.cadre.name)
                self.ledger(year, m.cadre_id, m.cadre.name, team.unit_id,
                            role is ListRole.FIRST_RESPONSIBLE, items)
        self.inspections(year, teams)
        return self

    def new_list(self, year: int, issued: dt.date, role: ListRole, team: LeadershipTeam,
                 cadre_id: uuid.UUID | None, title: str, portfolio: str,
                 holder: str) -> tuple[uuid.UUID, list[uuid.UUID]]:
        template = self.templates[role]
        self.numbers[year] += 1
        signed = bool(holder) and self.rng.random() < 0.93
        row = {**_common(self.office_id), "number": f"{year}-{self.numbers[year]:03d}",
               "year": year, "role": role, "title": "", "template_id": template.id,
               "unit_id": team.unit_id, "team_id": team.id, "cadre_id": cadre_id,
               "holder_title": title, "portfolio": portfolio, "issued_on": issued,
               "issued_by": "clerk",
               "signed_on": self.day(issued, dt.date(year, 2, 28)) if signed else None,
               "signed_by": holder if signed else "", "self_report": "",
               "assessment_result": ""}
        self.rows["lists"].append(row)
        items: list[uuid.UUID] = []
        for n, item in enumerate(i for i in template.items if i.retired_on is None):
            item_row = {**_common(self.office_id), "list_id": row["id"],
                        "template_item_id": item.id, "area": item.area, "text": item.text,
                        "sort_order": n, "status": ItemStatus.NOT_STARTED}
            self.rows["items"].append(item_row)
            items.append(item_row["id"])
            # Most items move on during the year: in progress, then done.
            status = ItemStatus.NOT_STARTED
            for quarter in range(1, 5):
                start, end = quarter_bounds(year, quarter)
                if start > self.until:
                    break
                roll = self.rng.random()
                if status is ItemStatus.NOT_STARTED and roll < 0.6:
                    status = ItemStatus.IN_PROGRESS
                elif status is ItemStatus.IN_PROGRESS and roll < 0.35 + 0.15 * quarter:
                    status = ItemStatus.DONE
                else:
                    continue
                self.rows["updates"].append({
                    **_common(self.office_id), "item_id": item_row["id"],
                    "on": self.day(start, end), "status": status, "note": "", "by": "clerk"})
            item_row["status"] = status
        if year < self.until.year and cadre_id is not None:
            row["self_report"] = self.rng.choice(text.SELF_REPORTS).format(
                n=self.rng.randint(20, 40))
            row["assessment_result"] = self.rng.choice(("好", "较好", "好", "一般"))
        return row["id"], items

    def ledger(self, year: int, cadre_id: uuid.UUID, name: str, unit_id: uuid.UUID,
               principal: bool, items: list[uuid.UUID]) -> None:
        for quarter in range(1, 5):
            start, end = quarter_bounds(year, quarter)
            if start > self.until:
                return
            kinds = list(LedgerCategory)
            count = self.rng.randint(5, 8) if principal else self.rng.randint(3, 6)
            for category in self.rng.sample(kinds, count):
                matter, content = self.rng.choice(text.ENTRY_TEXT[category])
                day = self.day(start, end)
                data = LedgerEntryInput(
                    cadre_id, day, category, matter, place=self.rng.choice(text.PLACES),
                    participants=self.rng.choice(text.PARTICIPANTS), content=content,
                    evidence=f"{year}-{self.rng.randint(1, 300):03d}")
                key = data.duplicate_key()
                if key in self.keys:
                    continue
                self.keys.add(key)
                reviewed = (self.until - day).days > 20 and self.rng.random() < 0.85
                fields = search_fields(name, data)
                row = {**_common(self.office_id), "cadre_id": cadre_id, "unit_id": unit_id,
                       "entry_date": day, "category": category, "matter": matter,
                       "place": data.place, "participants": data.participants,
                       "content": content, "evidence": data.evidence, "remarks": "",
                       "entered_by": "clerk", "reviewed_by": "reviewer" if reviewed else "",
                       "reviewed_at": (dt.datetime.combine(day + dt.timedelta(days=3),
                                                           dt.time(9)) if reviewed else None),
                       "duplicate_key": key, "search_text": search_text_of(fields)}
                self.rows["entries"].append(row)
                if items and self.rng.random() < 0.75:
                    for item_id in self.rng.sample(items, min(len(items),
                                                              self.rng.randint(1, 2))):
                        self.rows["links"].append({"entry_id": row["id"], "item_id": item_id})

    def inspections(self, year: int, teams: list[LeadershipTeam]) -> None:
        committees = [t for t in teams if t.kind is TeamKind.PARTY_COMMITTEE]
        for team in self.rng.sample(committees, min(len(committees), 8)):
            for _ in range(self.rng.randint(1, 2)):
                kind = self.rng.choice(list(InspectionKind))
                findings, fix, result = self.rng.choice(text.INSPECTION_TEXT[kind])
                day = self.day(dt.date(year, 3, 1), dt.date(year, 11, 30))
                if day >= self.until:
                    continue
                deadline = day + dt.timedelta(days=self.rng.choice((15, 30, 45)))
                done = deadline < self.until - dt.timedelta(days=10) or self.rng.random() < 0.5
                self.rows["inspections"].append({
                    **_common(self.office_id), "inspected_on": day, "kind": kind,
                    "inspectors": self.rng.choice(text.INSPECTORS), "unit_id": team.unit_id,
                    "cadre_id": None, "findings": findings, "rectification": fix,
                    "deadline": deadline, "result": result if done else "",
                    "result_date": (min(deadline, self.until) if done else None)})
        if year == self.until.year and committees:
            # One rectification overdue, for the dashboard.
            team = committees[0]
            findings, fix, _ = text.INSPECTION_TEXT[InspectionKind.LEDGER][0]
            day = max(dt.date(year, 1, 2), self.until - dt.timedelta(days=45))
            self.rows["inspections"].append({
                **_common(self.office_id), "inspected_on": day, "kind": InspectionKind.LEDGER,
                "inspectors": text.INSPECTORS[0], "unit_id": team.unit_id, "cadre_id": None,
                "findings": findings, "rectification": fix,
                "deadline": day + dt.timedelta(days=30), "result": "", "result_date": None})

    def write(self) -> DemoLedgerResult:
        # Core inserts on the connection: the ORM's bulk path costs seconds here.
        connection = self.session.connection()
        tables: tuple[tuple[Any, str], ...] = (
            (ResponsibilityList.__table__, "lists"), (ResponsibilityItem.__table__, "items"),
            (ItemStatusUpdate.__table__, "updates"), (LedgerEntry.__table__, "entries"),
            (Inspection.__table__, "inspections"), (ledger_entry_items, "links"))
        for table, key in tables:
            if self.rows[key]:
                connection.execute(insert(table), self.rows[key])
        # The search index: load_demo rebuilds it once everything is written.
        return DemoLedgerResult(len(self.rows["lists"]), len(self.rows["entries"]),
                                len(self.rows["inspections"]))


def add_demo_ledger(session: Session, office_id: uuid.UUID, rng: random.Random,
                    until: dt.date) -> DemoLedgerResult:
    """Lists, ledgers and inspections for the teams and cadres already in `session`."""
    session.flush()
    return _LedgerBuilder(session, office_id, rng, until).build().write()
