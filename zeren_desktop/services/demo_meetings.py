"""Demo meetings: each township's Party committee studies integrity work every quarter.

The meetings go through the same derivation as the meetings page (meetings.derive_meeting),
so the demo ledgers show entries made from them, linked to the list items they served.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain.enums import MeetingKind, TeamKind, TeamRole, UnitKind
from zeren_desktop.domain.ledger import quarter_bounds
from zeren_desktop.domain.text import Translate
from zeren_desktop.services.meetings import derive_meeting
from zeren_desktop.storage.models import (
    LeadershipTeam,
    Meeting,
    ResponsibilityList,
    TeamMembership,
    Unit,
)

# (title, agenda, decisions) by quarter; {year} is filled in.
AGENDAS = (
    ("党委会研究部署{year}年党风廉政建设和反腐败工作",
     "传达学习县纪委全会精神\n研究制定本年度党风廉政建设工作要点\n分解落实主体责任清单",
     "印发工作要点和责任清单，班子成员一季度内完成责任书签订"),
    ("党委会专题研究落实全面从严治党主体责任",
     "听取班子成员履行“一岗双责”情况汇报\n分析当前党风廉政建设形势",
     "对分管领域开展一次廉政风险排查，6月底前报送排查情况"),
    ("党委会传达学习上级党风廉政建设会议精神",
     "传达学习上级通报的典型案例\n研究部署警示教育活动",
     "召开警示教育大会，组织观看警示教育片"),
    ("党委会听取党风廉政建设责任制落实情况汇报",
     "听取纪委关于全年监督检查情况的汇报\n研究年终考核迎检工作",
     "对照责任清单逐项自查，12月底前完成述责述廉"),
)
PLACES = ("镇党委会议室", "镇政府三楼会议室", "党员活动室")


def add_demo_meetings(session: Session, office_id: uuid.UUID, rng: random.Random,
                      until: dt.date, translate: Translate) -> int:
    """Quarterly Party committee meetings of each township this year, up to `until`; the
    number of meetings made."""
    session.flush()
    year = until.year if until.month >= 3 else until.year - 1
    teams = list(session.scalars(
        select(LeadershipTeam).join(Unit)
        .where(LeadershipTeam.kind == TeamKind.PARTY_COMMITTEE,
               Unit.kind == UnitKind.TOWNSHIP)
        .options(selectinload(LeadershipTeam.memberships).selectinload(TeamMembership.cadre),
                 selectinload(LeadershipTeam.unit))
        .order_by(Unit.name)))
    made = 0
    for team in teams:
        team_items = list(session.scalars(
            select(ResponsibilityList).where(ResponsibilityList.team_id == team.id,
                                             ResponsibilityList.cadre_id.is_(None),
                                             ResponsibilityList.year == year)
            .options(selectinload(ResponsibilityList.items))))
        items = [i for lst in team_items for i in lst.items]
        for quarter, (title, agenda, decisions) in enumerate(AGENDAS, 1):
            start, end = quarter_bounds(year, quarter)
            if start > until:
                break
            day = min(start + dt.timedelta(days=rng.randint(5, 40)), end, until)
            members = [m for m in team.memberships
                       if m.start_date <= day and (m.end_date is None or m.end_date >= day)]
            if not members:
                continue
            attendees = [m.cadre for m in members]
            if len(attendees) > 4 and rng.random() < 0.4:  # someone away on business
                attendees.pop(rng.randrange(1, len(attendees)))
            principal = next((m.cadre.name for m in members if m.role is TeamRole.PRINCIPAL),
                             attendees[0].name)
            meeting = Meeting(
                office_id=office_id, held_on=day, kind=MeetingKind.PARTY_COMMITTEE,
                unit_id=team.unit_id, title=title.format(year=year),
                place=rng.choice(PLACES), presided_by=principal, agenda=agenda,
                decisions=decisions, integrity=True, entered_by="clerk",
                attendees=attendees,
                items=rng.sample(items, min(len(items), 2)) if items else [])
            session.add(meeting)
            session.flush()
            derive_meeting(session, office_id, "clerk", meeting, translate)
            made += 1
    return made
