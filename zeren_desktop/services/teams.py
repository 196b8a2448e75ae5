"""Leadership teams (领导班子) of units and their members."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from zeren_desktop.domain.records import MembershipInput, TeamInput
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP
from zeren_desktop.services.base import CADRE_NOT_FOUND, UNIT_NOT_FOUND, ServiceBase, not_found
from zeren_desktop.services.dto import MemberInfo, TeamInfo
from zeren_desktop.storage.models import Cadre, LeadershipTeam, Post, TeamMembership, Unit

TEAM_WHAT = QT_TRANSLATE_NOOP(
    "Services", "The leadership team was not found; it may have been deleted meanwhile.")
UNIT_WHAT = UNIT_NOT_FOUND
CADRE_WHAT = CADRE_NOT_FOUND


def _team_info(team: LeadershipTeam) -> TeamInfo:
    members = tuple(
        MemberInfo(m.id, m.cadre_id, m.cadre.name, m.role, m.portfolio, m.start_date, m.end_date)
        for m in sorted(team.memberships, key=lambda m: (m.end_date is not None, m.role.value,
                                                          m.start_date)))
    return TeamInfo(team.id, team.unit_id, team.kind, team.name, members)


class TeamService(ServiceBase):
    def for_unit(self, unit_id: uuid.UUID) -> list[TeamInfo]:
        actor = self._require(Permission.VIEW_MASTER_DATA, "teams.list")
        self._require_scope(actor, {unit_id}, "teams.list", "units", unit_id)
        with self.db.read() as session:
            teams = session.scalars(
                select(LeadershipTeam).where(LeadershipTeam.unit_id == unit_id)
                .options(selectinload(LeadershipTeam.memberships)
                         .selectinload(TeamMembership.cadre))
                .order_by(LeadershipTeam.kind))
            return [_team_info(t) for t in teams]

    def create(self, data: TeamInput) -> uuid.UUID:
        actor = self._require(Permission.EDIT_MASTER_DATA, "teams.create")
        data = data.validated()
        self._require_scope(actor, {data.unit_id}, "teams.create", "units", data.unit_id)
        with self.db.write() as session:
            if session.get(Unit, data.unit_id) is None:
                raise not_found(UNIT_WHAT, data.unit_id)
            team = LeadershipTeam(office_id=self.office_id, unit_id=data.unit_id,
                                  kind=data.kind, name=data.name)
            session.add(team)
            session.flush()
            self._audit(session, actor, "team.create", "leadership_teams", team.id,
                        after={"unit_id": str(data.unit_id), "kind": data.kind.value,
                               "name": data.name})
            return team.id

    def add_member(self, data: MembershipInput) -> uuid.UUID:
        actor = self._require(Permission.EDIT_MASTER_DATA, "teams.add_member")
        data = data.validated()
        with self.db.read() as session:
            team = session.get(LeadershipTeam, data.team_id)
            if team is None:
                raise not_found(TEAM_WHAT, data.team_id)
            if session.get(Cadre, data.cadre_id) is None:
                raise not_found(CADRE_WHAT, data.cadre_id)
            team_unit = team.unit_id
            cadre_units = set(session.scalars(select(Post.unit_id).where(
                Post.cadre_id == data.cadre_id)))
        # Both the team and the cadre must be the actor's (checked outside the write).
        self._require_scope(actor, {team_unit}, "teams.add_member", "leadership_teams",
                            data.team_id)
        self._require_scope(actor, set(cadre_units), "teams.add_member", "cadres",
                            data.cadre_id)
        with self.db.write() as session:
            if session.get(LeadershipTeam, data.team_id) is None:
                raise not_found(TEAM_WHAT, data.team_id)
            if session.get(Cadre, data.cadre_id) is None:
                raise not_found(CADRE_WHAT, data.cadre_id)
            member = TeamMembership(
                office_id=self.office_id, team_id=data.team_id, cadre_id=data.cadre_id,
                role=data.role, portfolio=data.portfolio.strip(),
                start_date=data.start_date, end_date=data.end_date)
            session.add(member)
            session.flush()
            self._audit(session, actor, "team.add_member", "team_memberships", member.id,
                        after={"team_id": str(data.team_id), "cadre_id": str(data.cadre_id),
                               "role": data.role.value, "start_date": str(data.start_date),
                               "end_date": str(data.end_date or "")})
            return member.id
